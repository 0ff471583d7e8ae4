"""Before an announcement's moment: does every newly appointed ambassador have what the
press kit needs? Found by the coordinator before the moment, not by a journalist after."""

from __future__ import annotations

from PIL import Image

from ..domain.clock import BuildClock
from ..domain.model import Sources
from ..messages import msg
from .errors import Report

PRINT_LONG_SIDE = 1500   # px: about 13 cm at 300 dpi, a column in a newspaper


def report_press_readiness(sources: Sources, clock: BuildClock, report: Report) -> None:
    """Warnings, never errors: a photo can still arrive on the morning itself."""
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


def _size(path: object) -> tuple[int, int] | None:
    """Width and height from the header alone; None when the file cannot be read (the
    loader has reported that already)."""
    try:
        with Image.open(path) as image:  # type: ignore[arg-type]
            return image.size
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
