"""Generated files that are not pages: the iCalendar feed and one .ics per event."""

from __future__ import annotations

from ..domain.calendar import in_feed_window
from ..domain.site import Site
from .helpers import Helpers
from .ics import CalendarInfo, build_calendar
from .pages import CALENDAR_FILE, event_ics


def calendar_files(site: Site, helpers: Helpers, past_days: int) -> dict[str, bytes]:
    info = CalendarInfo(helpers.t("agenda_calendar_name", site=helpers.site_name),
                        helpers.site_url, site.clock)
    files = {CALENDAR_FILE: build_calendar(in_feed_window(site.calendar, site.clock, past_days),
                                           info, helpers.entry_text)}
    for item in site.calendar:
        if item.event:
            files[event_ics(item.event)] = build_calendar([item], info, helpers.entry_text)
    return files
