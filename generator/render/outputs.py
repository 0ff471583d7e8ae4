"""Generated files that are not pages: the iCalendar feed, one .ics per event, and the press
kits."""

from __future__ import annotations

import platform
from pathlib import Path

from ..domain.calendar import in_feed_window
from ..domain.site import Site
from .calendars.ics import CalendarInfo, CalendarWriter
from .dates import moment
from .kept import KeptFiles, KeptParts, digest_of
from .labels import Labels
from .press.press_kit import Kit, press_zip
from .templating.links import Links
from .templating.names import TemplateNames
from .templating.network import Presentation


def calendar_files(site: Site, amb: TemplateNames, past_days: int,
                   kept: Path | None = None) -> dict[str, bytes]:
    """The subscription feed and one file per event; `kept`: the cache's folder for their
    parts kept between builds (render/kept.py), None to make every part."""
    info = CalendarInfo(amb.t("agenda_calendar_name", site=amb.network.site_name),
                        amb.network.site_url, site.clock)
    parts = KeptParts(kept / "calendar-parts.json" if kept else None)
    writer = CalendarWriter(info, amb.calendar.entry_text, parts)
    routes = amb.links.routes
    files = {routes.path("calendar"):
             writer.calendar(in_feed_window(site.calendar, site.clock, past_days))}
    for item in site.calendar:
        if item.event:
            files[routes.path("event_ics", slug=item.event.slug)] = writer.calendar([item])
    parts.save()
    return files


def press_files(site: Site, links: Links, t: Labels, shown: Presentation,
                made: dict[str, Path], kept: Path) -> dict[str, Path]:
    """One press kit (zip) per published announcement, kept in the folder `kept` by the
    digest of all it holds (render/kept.py): only a changed kit is made again."""
    files = {}
    path = links.routes.path
    kits = KeptFiles(kept, "press-kit")
    labels = repr(sorted(t.texts.items()))
    for appointment in site.appointments:
        people = site.ambassadors_of(appointment.ambassadors)
        photos = {p.slug: made[path("press_photo", year=appointment.year, slug=p.slug)]
                  for p in people if p.photo}
        kit = Kit(appointment, people, photos, links.absolute(appointment) or shown.site_url,
                  shown.site_name, moment(appointment.date, site.clock.tz, t),
                  shown.press_contact, shown.logo_file, shown.colour, shown.logo_size)
        key = digest_of("press-kit", repr(kit), labels, platform.python_version())
        files[path("press_kit", year=appointment.year)] = kits.file(
            key, ".zip", lambda kit=kit: press_zip(kit, t))
    kits.prune()
    return files
