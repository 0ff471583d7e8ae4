"""Generated files that are not pages: the iCalendar feed, one .ics per event, and the press
kits."""

from __future__ import annotations

from pathlib import Path

from ..domain.calendar import in_feed_window
from ..domain.site import Site
from .helpers import Helpers
from .ics import CalendarInfo, CalendarWriter
from .pages import CALENDAR_FILE, event_ics, press_kit, press_photo
from .press_kit import Kit, press_zip


def calendar_files(site: Site, helpers: Helpers, past_days: int) -> dict[str, bytes]:
    info = CalendarInfo(helpers.t("agenda_calendar_name", site=helpers.site_name),
                        helpers.site_url, site.clock)
    writer = CalendarWriter(info, helpers.entry_text)
    files = {CALENDAR_FILE: writer.calendar(in_feed_window(site.calendar, site.clock, past_days))}
    for item in site.calendar:
        if item.event:
            files[event_ics(item.event)] = writer.calendar([item])
    return files


def press_files(site: Site, helpers: Helpers, made: dict[str, Path]) -> dict[str, bytes]:
    """One press kit (zip) per published announcement."""
    files = {}
    for appointment in site.appointments:
        people = site.ambassadors_of(appointment.ambassadors)
        kit = Kit(appointment, people,
                  {p.slug: made[press_photo(appointment, p)] for p in people if p.photo},
                  helpers.absolute(appointment) or helpers.site_url, helpers.site_name,
                  helpers.moment(appointment.date), helpers.press_contact)
        files[press_kit(appointment)] = press_zip(kit, helpers.t)
        helpers.file_sizes[press_kit(appointment)] = len(files[press_kit(appointment)])
    return files
