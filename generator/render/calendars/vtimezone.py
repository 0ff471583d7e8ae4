"""The VTIMEZONE of a calendar, derived from zoneinfo in the form every client reads.

A zone whose changes in the calendar's years follow one yearly rule each way (Europe/
Amsterdam: the last Sunday of March at 02:00, the last Sunday of October at 03:00) gets
two observances with a yearly RRULE, as the IANA-derived files of tzurl.org are written.
Any other zone gets one observance per kind of change, each later change on an RDATE line
of its own: ical.js (Thunderbird, Nextcloud) reads only the first date of a comma-separated
RDATE value, so it would put every event after that change an hour off. An observance's
DTSTART is the local time of the change in the offset it leaves: 02:00 for a change from
+01:00 to +02:00, 03:00 for the change back."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import hashlib
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ..kept import version

if TYPE_CHECKING:
    import icalendar

UTC = dt.timezone.utc
STEP = dt.timedelta(hours=6)   # no zone changes twice within six hours
HORIZON = 2040              # one scan, from 1970 to here, serves the calendars of most sites
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Change:
    """One change of a zone's offset or name, at a UTC instant."""

    at: dt.datetime
    before: dt.timedelta
    after: dt.timedelta
    name: str
    dst: bool

    @property
    def kind(self) -> tuple[bool, dt.timedelta, dt.timedelta, str]:
        return self.dst, self.before, self.after, self.name

    @property
    def wall(self) -> dt.datetime:
        """When it happens on the clocks it changes (naive): DTSTART and RDATE values."""
        return (self.at + self.before).replace(tzinfo=None)


@dataclass(frozen=True)
class Rule:
    """A yearly change: in `month`, on the `ordinal`th `weekday` (-1: the last), at `time`."""

    month: int
    weekday: int
    ordinal: int
    time: dt.time

    def on(self, year: int) -> dt.datetime:
        days = calendar.monthrange(year, self.month)[1]
        if self.ordinal > 0:
            first = dt.date(year, self.month, 1)
            day = 1 + (self.weekday - first.weekday()) % 7 + 7 * (self.ordinal - 1)
        else:
            last = dt.date(year, self.month, days)
            day = days - (last.weekday() - self.weekday) % 7
        return dt.datetime.combine(dt.date(year, self.month, day), self.time)

    @property
    def rrule(self) -> dict[str, object]:
        return {"freq": "yearly", "bymonth": self.month,
                "byday": f"{self.ordinal}{WEEKDAYS[self.weekday]}"}


def _state(tz: ZoneInfo, at: dt.datetime) -> tuple[dt.timedelta, str, bool]:
    local = at.astimezone(tz)
    return local.utcoffset() or dt.timedelta(0), local.tzname() or "", bool(local.dst())


@functools.lru_cache(maxsize=16)
def changes(tzid: str, start_year: int, end_year: int) -> tuple[Change, ...]:
    """Every change from the start of `start_year` to the start of `end_year`, found by
    stepping through UTC and halving the step where the offset, the name or daylight saving
    differs."""
    tz, found = ZoneInfo(tzid), []
    end = dt.datetime(end_year, 1, 1, tzinfo=UTC)
    at = dt.datetime(start_year, 1, 1, tzinfo=UTC)
    state = _state(tz, at)
    while at < end:
        later = min(at + STEP, end)
        if (new := _state(tz, later)) != state:
            low, high = at, later
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                low, high = (middle, high) if _state(tz, middle) == state else (low, middle)
            new = _state(tz, high)
            # A change to a larger offset is to daylight saving time, whatever the zone's
            # own flag says (Europe/Dublin calls its winter time the daylight one).
            dst = new[0] > state[0] if new[0] != state[0] else new[2]
            found.append(Change(high, state[0], new[0], new[1], dst))
            state = new
        at = later
    return tuple(found)


def _rule(group: list[Change]) -> Rule | None:
    """The yearly rule that gives exactly these changes, one a year, if there is one."""
    first = group[0].wall
    days = calendar.monthrange(first.year, first.month)[1]
    nth = (first.day - 1) // 7 + 1   # a fifth weekday is not in every year's month
    ordinals = ([nth] if nth <= 4 else []) + ([-1] if first.day + 7 > days else [])
    for ordinal in sorted(ordinals):
        rule = Rule(first.month, first.weekday(), ordinal, first.time())
        if all(c.wall == rule.on(first.year + i) for i, c in enumerate(group)):
            return rule
    return None


def _yearly(window: list[Change], first_year: int, last_year: int
            ) -> dict[tuple[bool, dt.timedelta, dt.timedelta, str], Rule] | None:
    """Two kinds of change (to and from daylight saving), each once in every year of the
    calendar by one yearly rule; else None."""
    kinds: dict[tuple[bool, dt.timedelta, dt.timedelta, str], list[Change]] = {}
    for change in window:
        kinds.setdefault(change.kind, []).append(change)
    years = list(range(first_year, last_year + 1))
    if len(kinds) != 2 or sorted(dst for dst, *_ in kinds) != [False, True]:
        return None
    rules = {}
    for kind, group in kinds.items():
        if [c.wall.year for c in group] != years or not (rule := _rule(group)):
            return None
        rules[kind] = rule
    return rules


def _component(change_kind: tuple[bool, dt.timedelta, dt.timedelta, str],
               start: dt.datetime) -> icalendar.cal.Component:
    import icalendar

    dst, before, after, name = change_kind
    part = icalendar.TimezoneDaylight() if dst else icalendar.TimezoneStandard()
    part.add("dtstart", start)
    part.add("tzoffsetfrom", before)
    part.add("tzoffsetto", after)
    if name:
        part.add("tzname", name)
    return part


def _since(rules: dict, every: tuple[Change, ...], first_year: int
           ) -> dict[tuple, dt.datetime]:
    """Each rule's first change: back from the calendar's first year for as long as the
    zone changed by these rules and in no other way (at most to 1970)."""
    by_year: dict[int, set[tuple]] = {}
    for change in every:
        by_year.setdefault(change.wall.year, set()).add((change.kind, change.wall))
    year = first_year
    while year > 1970 and by_year.get(year - 1) == {
            (kind, rule.on(year - 1)) for kind, rule in rules.items()}:
        year -= 1
    return {kind: rule.on(year) for kind, rule in rules.items()}


@functools.cache
def zone_data(tzid: str) -> str:
    """What a zone's rules are read from, as zoneinfo finds them (its TZPATH first, then the
    tzdata package): a kept VTIMEZONE or VEVENT is made again when they change."""
    for root in zoneinfo.TZPATH:
        path = Path(root) / tzid
        if path.is_file():
            return hashlib.blake2b(path.read_bytes(), digest_size=20).hexdigest()
    return f"tzdata {version('tzdata')}"


@functools.lru_cache(maxsize=64)
def vtimezone(tzid: str, first_year: int, last_year: int) -> bytes:
    """The VTIMEZONE for the whole years first_year to last_year, serialised."""
    import icalendar  # here: only a VTIMEZONE not kept (ics.py) needs it

    every = changes(tzid, min(first_year, 1970), max(last_year + 1, HORIZON))
    window = [c for c in every if first_year <= c.wall.year <= last_year]
    zone = icalendar.Timezone()
    zone.add("tzid", tzid)
    rules = _yearly(window, first_year, last_year)
    if rules:
        for kind, start in sorted(_since(rules, every, first_year).items(),
                                  key=lambda item: item[1]):
            part = _component(kind, start)
            part.add("rrule", rules[kind].rrule)
            zone.add_component(part)
        return zone.to_ical()
    # The state the calendar's first year begins in, then every change as it came.
    earlier = [c for c in every if c.wall.year < first_year]
    offset, name, dst = _state(ZoneInfo(tzid), dt.datetime(first_year, 1, 1, tzinfo=UTC))
    zone.add_component(_component(
        (dst, earlier[-1].before if earlier else offset, offset, name),
        earlier[-1].wall if earlier else dt.datetime(1970, 1, 1)))
    parts: dict[tuple, icalendar.cal.Component] = {}
    for change in window:
        if change.kind in parts:
            parts[change.kind].add("rdate", change.wall)
        else:
            parts[change.kind] = _component(change.kind, change.wall)
            zone.add_component(parts[change.kind])
    return zone.to_ical()
