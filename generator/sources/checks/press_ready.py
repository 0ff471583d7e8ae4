"""Before an announcement's moment: does every newly appointed ambassador have what the
press kit needs? Found by the coordinator before the moment, not by a journalist after.
After it, and for everyone published, a portrait without a credit line is still named:
press kits, feeds and newspapers print the credit under the photo."""

from __future__ import annotations

from PIL import Image

from ...domain.clock import BuildClock
from ...domain.model import Sources
from ...domain.site import Publication
from ...messages import msg
from ..errors import Report

PRINT_LONG_SIDE = 1500   # px: about 13 cm at 300 dpi, a column in a newspaper


def report_press_readiness(sources: Sources, clock: BuildClock, report: Report) -> None:
    """Warnings, never errors: a photo can still arrive on the morning itself."""
    _report_uncredited(sources, clock, report)
    people = {a.slug: a for a in sources.ambassadors}
    for appointment in sorted(sources.appointments, key=lambda a: a.date):
        if clock.has_passed(appointment.date):
            continue
        when = appointment.date.astimezone(clock.tz)
        for person in filter(None, map(people.get, appointment.ambassadors)):
            source = person.source.path
            if person.photo is None:
                report.advisory(source, None, "photo",
                               msg("press.no_photo", when=when, pixels=PRINT_LONG_SIDE))
                continue
            size = _size(person.photo)
            if size and max(size) < PRINT_LONG_SIDE:
                width, height = size
                report.advisory(source, person.lines.get("photo"), "photo",
                               msg("press.small_photo", photo=person.photo.name, width=width,
                                   height=height, when=when, pixels=PRINT_LONG_SIDE))
            if not person.photo_credit:
                report.advisory(source, person.lines.get("photo"), "photo_credit",
                               msg("press.no_credit", when=when))


def _report_uncredited(sources: Sources, clock: BuildClock, report: Report) -> None:
    """Every published ambassador's photo without `photo_credit` (those an announcement
    still to come names get press.no_credit, with its moment, instead)."""
    publication = Publication(sources, clock)
    for person in sources.ambassadors:
        if person.photo is not None and not person.photo_credit \
                and publication.pending.get(person.slug, True) is None:
            report.advisory(person.source.path, person.lines.get("photo"), "photo_credit",
                            msg("photo.no_credit", photo=person.photo.name))


def _size(path: object) -> tuple[int, int] | None:
    """Width and height from the header alone; None when the file cannot be read (the
    loader has reported that already)."""
    try:
        with Image.open(path) as image:  # type: ignore[arg-type]
            return image.size
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
