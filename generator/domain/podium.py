"""The podium target: at least `minimum` appearances per calendar year of a term, pro rata.

required = ceil(minimum x days active in the year / days in the year). Only entries within
the term and on or before the build clock count. A year is closed when it is over or the
term has ended; then it is met or not met, otherwise it is met once the count is reached.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .model import Ambassador, PodiumEntry, Term


@dataclass(frozen=True)
class YearResult:
    ambassador: Ambassador
    year: int
    counted: int
    required: int
    closed: bool
    entries: tuple[PodiumEntry, ...]   # the counted ones, newest first

    @property
    def met(self) -> bool | None:
        """True or False for a closed year; while open, True once reached, else None."""
        if self.counted >= self.required:
            return True
        return False if self.closed else None

    @property
    def shortfall(self) -> int:
        return max(0, self.required - self.counted)


def days_in_year(year: int) -> int:
    return (dt.date(year + 1, 1, 1) - dt.date(year, 1, 1)).days


def days_active(term: Term, year: int) -> int:
    first = max(term.start, dt.date(year, 1, 1))
    last = min(term.end, dt.date(year, 12, 31))
    return max(0, (last - first).days + 1)


def required(term: Term, year: int, minimum: int) -> int:
    """The pro-rata target, rounded up, with integer arithmetic so nothing drifts."""
    return -(-minimum * days_active(term, year) // days_in_year(year))


def counted_entries(ambassador: Ambassador, year: int, today: dt.date) -> tuple[PodiumEntry, ...]:
    entries = [e for e in ambassador.podium
               if e.date.year == year and ambassador.term.contains(e.date) and e.date <= today]
    return tuple(sorted(entries, key=lambda e: (e.date, e.title), reverse=True))


def year_result(ambassador: Ambassador, year: int, today: dt.date, minimum: int) -> YearResult:
    entries = counted_entries(ambassador, year, today)
    closed = year < today.year or ambassador.term.end < today
    return YearResult(ambassador, year, len(entries), required(ambassador.term, year, minimum),
                      closed, entries)


def term_years(term: Term) -> range:
    return range(term.start.year, term.end.year + 1)


def year_log(ambassadors: tuple[Ambassador, ...], year: int, today: dt.date,
             minimum: int) -> tuple[YearResult, ...]:
    """Every given ambassador with a day of their term in `year`, in the given order."""
    return tuple(year_result(a, year, today, minimum) for a in ambassadors
                 if days_active(a.term, year) > 0)


def behind_first(results: tuple[YearResult, ...]) -> tuple[YearResult, ...]:
    """Who is behind stands out: not met, then open and short (most short first), then met."""
    order = {False: 0, None: 1, True: 2}
    return tuple(sorted(results, key=lambda r: (order[r.met], -r.shortfall)))


def log_years(ambassadors: tuple[Ambassador, ...], today: dt.date) -> list[int]:
    """Years some public term touches, up to this year, newest first."""
    years = {y for a in ambassadors for y in term_years(a.term) if y <= today.year}
    return sorted(years, reverse=True)


def history(ambassador: Ambassador, today: dt.date) -> tuple[PodiumEntry, ...]:
    """All past entries of an ambassador, newest first (also those outside the term)."""
    return tuple(sorted((e for e in ambassador.podium if e.date <= today),
                        key=lambda e: (e.date, e.title), reverse=True))
