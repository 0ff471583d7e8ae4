"""Generated files that are not pages: the iCalendar feed, one .ics per event, and the press
kits."""

from __future__ import annotations

from pathlib import Path

from ..domain.calendar import in_feed_window
from ..domain.site import Site
from .calendars.ics import CalendarInfo, CalendarWriter
from .dates import moment
from .labels import Labels
from .press.press_kit import Kit, press_zip
from .templating.links import Links
from .templating.names import TemplateNames
from .templating.network import Presentation


def calendar_files(site: Site, amb: TemplateNames, past_days: int) -> dict[str, bytes]:
    info = CalendarInfo(amb.t("agenda_calendar_name", site=amb.network.site_name),
                        amb.network.site_url, site.clock)
    writer = CalendarWriter(info, amb.calendar.entry_text)
    routes = amb.links.routes
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
