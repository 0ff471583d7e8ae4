"""Dates as Dutch readers expect them: '14 maart 2026', 'donderdag 12 maart 2026'."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

LOCALE = "nl"


def long_date(day: dt.date | dt.datetime, locale: str = LOCALE) -> str:
    if isinstance(day, dt.datetime):
        day = day.date()
    return format_date(day, "d MMMM y", locale=locale)


def iso_date(day: dt.date | dt.datetime) -> str:
    return day.isoformat()
