"""Terms of office and the status they give an ambassador on a given day."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from .clock import MAX_STEP_YEARS
from .model import Ambassador


class Status(str, Enum):
    UPCOMING = "upcoming"   # term starts later
    ACTIVE = "active"
    ALUMNUS = "alumnus"     # oud-ambassadeur, or ere-lid when honorary


def anniversary(day: dt.date, years: int) -> dt.date:
    """The same date `years` later; the anniversary of 29 February is 1 March. The step is
    bounded like every date step (clock.MAX_STEP_YEARS), so no option value overflows."""
    year = day.year + max(-MAX_STEP_YEARS, min(years, MAX_STEP_YEARS))
    try:
        return day.replace(year=year)
    except ValueError:
        return dt.date(year, 3, 1)


def default_term_end(start: dt.date, term_years: int) -> dt.date:
    """The day before the anniversary: a term from 20 January ends on 19 January."""
    return anniversary(start, term_years) - dt.timedelta(days=1)


def status_on(ambassador: Ambassador, today: dt.date) -> Status:
    if today < ambassador.term.start:
        return Status.UPCOMING
    if today <= ambassador.term.end:
        return Status.ACTIVE
    return Status.ALUMNUS
