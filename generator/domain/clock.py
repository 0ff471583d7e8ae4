"""The one build clock all time rules use: SOURCE_DATE_EPOCH when set, else now."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class ClockError(ValueError):
    """A bad SOURCE_DATE_EPOCH or timezone name."""


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
        try:
            return cls(dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc), tz)
        except (ValueError, OverflowError, OSError):
            raise ClockError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970 (UTC), "
                             f"got {epoch!r}") from None

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
    except (ZoneInfoNotFoundError, ValueError):
        raise ClockError(f"unknown timezone {name!r}: use an IANA name like "
                         "'Europe/Amsterdam'") from None
