"""Dates as Dutch readers expect them: '14 maart 2026', 'donderdag 12 maart 2026'."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from babel.dates import format_date as _babel_format_date

LOCALE = "nl"


@functools.lru_cache(maxsize=4096)
def format_date(day: dt.date, pattern: str, locale: str) -> str:
    """babel's formatting, remembered: a site prints the same few hundred days many times."""
    return _babel_format_date(day, pattern, locale=locale)


def long_date(day: dt.date | dt.datetime, locale: str = LOCALE) -> str:
    if isinstance(day, dt.datetime):
        day = day.date()
    return format_date(day, "d MMMM y", locale)


def stated(moment: dt.datetime) -> dt.datetime:
    """The moment as feeds and JSON-LD can state it: their offsets (RFC 3339, RFC 822, ISO
    8601) have whole minutes, and a site zone's local mean time, valid for dates long ago
    (Amsterdam until 1937: +00:19:32), has seconds; such a moment is said in UTC."""
    offset = moment.utcoffset()
    return moment.astimezone(dt.timezone.utc) if offset and offset.seconds % 60 else moment


def iso_date(day: dt.date | dt.datetime) -> str:
    return day.isoformat()


def weekday_date(day: dt.date, locale: str = LOCALE) -> str:
    return format_date(day, "EEEE d MMMM y", locale)


def month_year(day: dt.date, locale: str = LOCALE) -> str:
    return format_date(day, "LLLL y", locale)


def when(start: dt.date | dt.datetime, end: dt.date | dt.datetime, tz: dt.tzinfo,
         locale: str = LOCALE) -> str:
    """'donderdag 12 maart 2026, 19:00–21:30', '12–14 maart 2026', '30 maart – 2 april 2026'."""
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        first, last = start.astimezone(tz), end.astimezone(tz)
        text = f"{weekday_date(first.date(), locale)}, {first:%H:%M}"
        if last == first:
            return text
        if last.date() == first.date():
            return f"{text}–{last:%H:%M}"
        return f"{text} – {weekday_date(last.date(), locale)}, {last:%H:%M}"
    assert not isinstance(start, dt.datetime) and not isinstance(end, dt.datetime)
    return day_range(start, end, locale)


def day_range(first: dt.date, last: dt.date, locale: str = LOCALE) -> str:
    if first == last:
        return weekday_date(first, locale)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{long_date(last, locale)}"
    if first.year == last.year:
        return f"{format_date(first, 'd MMMM', locale=locale)} – {long_date(last, locale)}"
    return f"{long_date(first, locale)} – {long_date(last, locale)}"


def short_month(month: int, locale: str = LOCALE) -> str:
    """'jan', 'feb', ...: chart labels."""
    return format_date(dt.date(2000, month, 1), "LLL", locale=locale).rstrip(".")


def moment(value: dt.datetime, tz: dt.tzinfo, t: Callable[..., str]) -> str:
    """'dinsdag 20 januari 2027 om 10:00 uur', in the site's timezone (label `moment`)."""
    local = value.astimezone(tz)
    return t("moment", date=weekday_date(local.date()), time=f"{local:%H:%M}")
