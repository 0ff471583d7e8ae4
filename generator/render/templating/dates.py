"""`amb.dates`: dates and moments in Dutch, in the site's timezone (render/dates.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...domain.calendar import Happening
from ..dates import long_date, moment, month_year, when
from ..labels import Labels


@dataclass(frozen=True)
class Dates:
    tz: dt.tzinfo
    t: Labels

    def date(self, value: dt.date | dt.datetime) -> str:
        """'12 maart 2026'."""
        return long_date(value)

    def moment(self, value: dt.datetime) -> str:
        """'dinsdag 20 januari 2027 om 10:00 uur'."""
        return moment(value, self.tz, self.t)

    def when(self, item: Happening) -> str:
        """An event's day and hours, or its days: 'donderdag 12 maart 2026, 19:00–21:30'."""
        return when(item.start, item.end, self.tz)

    def month(self, day: dt.date) -> str:
        """'maart 2026': the agenda's month headings."""
        return month_year(day)
