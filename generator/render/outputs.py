"""Generated files that are not pages: the iCalendar feed, one .ics per event, and the press
kits."""

from __future__ import annotations

from pathlib import Path

from ..domain.calendar import in_feed_window
from ..domain.site import Site
from .dates import moment
from .templating.helpers import Helpers, Presentation
from .calendars.ics import CalendarInfo, CalendarWriter
from .labels import Labels
from .templating.links import Links
from .press.press_kit import Kit, press_zip


def calendar_files(site: Site, helpers: Helpers, past_days: int) -> dict[str, bytes]:
    info = CalendarInfo(helpers.t("agenda_calendar_name", site=helpers.site_name),
                        helpers.site_url, site.clock)
    writer = CalendarWriter(info, helpers.entry_text)
    routes = helpers.addresses.routes
    files = {routes.path("calendar"):
             writer.calendar(in_feed_window(site.calendar, site.clock, past_days))}
    for item in site.calendar:
        if item.event:
            files[routes.path("event_ics", slug=item.event.slug)] = writer.calendar([item])
    return files


def press_files(site: Site, links: Links, t: Labels, shown: Presentation,
                made: dict[str, Path]) -> dict[str, bytes]:
    """One press kit (zip) per published announcement."""
    files = {}
    path = links.routes.path
    for appointment in site.appointments:
        people = site.ambassadors_of(appointment.ambassadors)
        photos = {p.slug: made[path("press_photo", year=appointment.year, slug=p.slug)]
                  for p in people if p.photo}
        kit = Kit(appointment, people, photos, links.absolute(appointment) or shown.site_url,
                  shown.site_name, moment(appointment.date, site.clock.tz, t),
                  shown.press_contact, shown.logo_file, shown.colour, shown.logo_size)
        files[path("press_kit", year=appointment.year)] = press_zip(kit, t)
    return files
