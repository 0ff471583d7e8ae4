"""Before an announcement's moment: does every newly appointed ambassador have what the
press kit needs? Found by the coordinator before the moment, not by a journalist after."""

from __future__ import annotations

from PIL import Image

from ..domain.clock import BuildClock
from ..domain.model import Sources
from .errors import Report

PRINT_LONG_SIDE = 1500   # px: about 13 cm at 300 dpi, a column in a newspaper


def report_press_readiness(sources: Sources, clock: BuildClock, report: Report) -> None:
    """Warnings, never errors: a photo can still arrive on the morning itself."""
    people = {a.slug: a for a in sources.ambassadors}
    for appointment in sorted(sources.appointments, key=lambda a: a.date):
        if clock.has_passed(appointment.date):
            continue
        when = f"{appointment.date.astimezone(clock.tz):%Y-%m-%d %H:%M}"
        for person in filter(None, map(people.get, appointment.ambassadors)):
            source = person.source.path
            if person.photo is None:
                report.warning(source, None, "photo",
                               f"announced on {when} without a photo: the press kit and the "
                               f"feeds need a portrait of at least {PRINT_LONG_SIDE} px on "
                               "the long side",
                               nl=f"wordt op {when} aangekondigd zonder foto: de perskit en de "
                                  f"feeds hebben een portret nodig van minstens "
                                  f"{PRINT_LONG_SIDE} px aan de lange kant")
                continue
            size = _size(person.photo)
            if size and max(size) < PRINT_LONG_SIDE:
                width, height = size
                report.warning(source, person.lines.get("photo"), "photo",
                               f"{person.photo.name} is {width}×{height} px, too small to "
                               f"print: the press kit of {when} needs at least "
                               f"{PRINT_LONG_SIDE} px on the long side",
                               nl=f"{person.photo.name} is {width}×{height} px, te klein om te "
                                  f"drukken: de perskit van {when} heeft minstens "
                                  f"{PRINT_LONG_SIDE} px aan de lange kant nodig")
            if not person.photo_credit:
                report.warning(source, person.lines.get("photo"), "photo_credit",
                               f"announced on {when}: add photo_credit, the name a newspaper "
                               "prints under the portrait",
                               nl=f"wordt op {when} aangekondigd: vul photo_credit in, de naam "
                                  "die een krant onder het portret zet")


def _size(path: object) -> tuple[int, int] | None:
    """Width and height from the header alone; None when the file cannot be read (the
    loader has reported that already)."""
    try:
        with Image.open(path) as image:  # type: ignore[arg-type]
            return image.size
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
