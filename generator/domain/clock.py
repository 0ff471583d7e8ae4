"""The one build clock all time rules use: SOURCE_DATE_EPOCH when set, else now; and the
calendar's edges: the years a source date may lie in, and date steps that never overflow."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..messages import Message, msg

# The years a date in a source may lie in (content-model.md v1.4, "Dates"): any other is
# almost always a typo (0225 for 2025), and Python's dates end at 9999, so everything
# derived from a date in this range (a default term end, the day after an all-day event,
# a calendar or newsletter window) stays far inside what Python can hold.
FIRST_YEAR, LAST_YEAR = 1900, 2199
# The build clock runs from 1970 (SOURCE_DATE_EPOCH counts from there) to the last second
# a 32-bit count holds (2106-02-07 06:28:15 UTC): MkDocs writes the clock into the gzip
# header of sitemap.xml.gz, which has no room for a later one.
LAST_EPOCH = 2**32 - 1
_EPOCH = re.compile(r"[0-9]{1,11}")   # ASCII digits only: int() also takes '+1', '1_0', '١'
# The longest step any date rule takes (400 years): a window or term option beyond it
# (config.py bounds them far lower) still cannot step outside Python's years 1-9999.
MAX_STEP_YEARS = 400
MAX_STEP_DAYS = MAX_STEP_YEARS * 366


class ClockError(ValueError):
    """A bad SOURCE_DATE_EPOCH or timezone name, said like an option error: where, then the
    message in English and in Dutch."""

    def __init__(self, path: str, field: str | None, text: Message) -> None:
        super().__init__(text.en)
        self.path, self.field, self.text = path, field, text

    @property
    def nl(self) -> str:
        return self.text.nl

    def __str__(self) -> str:
        where = self.path + (f": {self.field}" if self.field else "")
        return f"{where}: {self.text.en}\n  NL: {where}: {self.text.nl}"


@dataclass(frozen=True)
class BuildClock:
    now: dt.datetime   # aware, UTC
    tz: ZoneInfo

    @classmethod
    def from_environment(cls, timezone: str,
                         environ: Mapping[str, str] | None = None) -> BuildClock:
        environ = os.environ if environ is None else environ
        tz = zone(timezone)
        epoch = environ.get("SOURCE_DATE_EPOCH")
        if epoch is None or epoch == "":
            return cls(dt.datetime.now(dt.timezone.utc).replace(microsecond=0), tz)
        if not _EPOCH.fullmatch(epoch) or int(epoch) > LAST_EPOCH:
            last = dt.datetime.fromtimestamp(LAST_EPOCH, dt.timezone.utc)
            raise ClockError("SOURCE_DATE_EPOCH", None, msg(
                "clock.epoch", value=repr(epoch[:30]), last=LAST_EPOCH, moment=last))
        return cls(dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc), tz)

    @property
    def local_now(self) -> dt.datetime:
        return self.now.astimezone(self.tz)

    @property
    def today(self) -> dt.date:
        """Today's calendar day in the site timezone: terms and podium dates compare to it."""
        return self.local_now.date()

    def start_of(self, day: dt.date) -> dt.datetime:
        """00:00 local time on `day`: the moment a date-only publication value means."""
        return dt.datetime.combine(day, dt.time(0), self.tz)

    def has_passed(self, moment: dt.datetime) -> bool:
        return moment <= self.now


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError):  # "Europe": a folder
        raise ClockError("mkdocs.yml", "timezone",
                         msg("clock.timezone", name=repr(str(name)[:60]))) from None


def in_calendar(year: int) -> bool:
    """Whether a source date may lie in this year (FIRST_YEAR-LAST_YEAR)."""
    return FIRST_YEAR <= year <= LAST_YEAR


def days(count: int) -> dt.timedelta:
    """`count` days as a step for date rules, bounded by MAX_STEP_DAYS: the options that
    set a window (calendar_past_days, newsletter_days_ahead, ...) can never make a date
    overflow, whatever their value."""
    return dt.timedelta(days=max(-MAX_STEP_DAYS, min(count, MAX_STEP_DAYS)))
