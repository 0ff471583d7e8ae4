"""Terms of office and the status they give an ambassador on a given day."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from .model import Ambassador


class Status(str, Enum):
    UPCOMING = "upcoming"   # term starts later
    ACTIVE = "active"
    ALUMNUS = "alumnus"     # oud-ambassadeur, or ere-lid when honorary


def anniversary(day: dt.date, years: int) -> dt.date:
    """The same date `years` later; the anniversary of 29 February is 1 March."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def default_term_end(start: dt.date, term_years: int) -> dt.date:
    """The day before the anniversary: a term from 20 January ends on 19 January."""
    return anniversary(start, term_years) - dt.timedelta(days=1)


def status_on(ambassador: Ambassador, today: dt.date) -> Status:
    if today < ambassador.term.start:
        return Status.UPCOMING
    if today <= ambassador.term.end:
        return Status.ACTIVE
    return Status.ALUMNUS
