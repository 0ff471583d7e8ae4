"""The calendar: network events and planned podium appearances, on one time line.

An event is upcoming until its end: a timed event without `end` ends at its start, an
all-day event at the end of its last day (its `end` is inclusive).

A podium entry with `event: <slug>` is an appearance at that network event: it is shown
with the event (which names the ambassador), never as a second, look-alike item, so a
subscriber does not get the same evening twice. It still counts in the podium log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import groupby

from .clock import BuildClock, days
from .model import Ambassador, Event, PodiumEntry


@dataclass(frozen=True)
class Appearance:
    """A public podium entry: planned (dated after the build clock), or of any date when
    it names a published event and is shown with it."""

    ambassador: Ambassador
    entry: PodiumEntry
    number: int  # 1 for the first appearance of this ambassador on that day, then 2, ...

    @property
    def key(self) -> str:
        suffix = f"-{self.number}" if self.number > 1 else ""
        return f"{self.ambassador.slug}-{self.entry.date.isoformat()}{suffix}"


@dataclass(frozen=True)
class Happening:
    """One item in the calendar, an event or an appearance, with its instants resolved."""

    key: str                         # stable: the event's slug, or ambassador + date
    title: str
    start: dt.date | dt.datetime     # as in the source (aware when timed)
    end: dt.date | dt.datetime       # inclusive last day when all-day; == start when not given
    starts_at: dt.datetime
    ends_at: dt.datetime
    event: Event | None = None
    appearance: Appearance | None = None
    appearing: tuple[Appearance, ...] = ()   # podium entries linked to this event

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, dt.datetime)

    @property
    def cancelled(self) -> bool:
        return bool(self.event and self.event.cancelled)

    @property
    def ambassador_slugs(self) -> tuple[str, ...]:
        """Who takes part: the event's speakers, then who appears there by their podium log."""
        if self.appearance:
            return (self.appearance.ambassador.slug,)
        if not self.event:
            return ()
        linked = (a.ambassador.slug for a in self.appearing)
        return tuple(dict.fromkeys((*self.event.ambassadors, *linked)))

    def is_upcoming(self, clock: BuildClock) -> bool:
        return self.ends_at >= clock.now


def from_event(event: Event, clock: BuildClock,
               appearing: tuple[Appearance, ...] = ()) -> Happening:
    end = event.end or event.start
    if isinstance(event.start, dt.datetime):
        assert isinstance(end, dt.datetime)
        starts_at, ends_at = event.start, end
    else:
        assert not isinstance(end, dt.datetime)
        starts_at = clock.start_of(event.start)
        ends_at = clock.start_of(end + dt.timedelta(days=1))
    return Happening(event.slug, event.title, event.start, end, starts_at, ends_at, event=event,
                     appearing=appearing)


def from_appearance(appearance: Appearance, clock: BuildClock) -> Happening:
    day = appearance.entry.date
    return Happening(appearance.key, appearance.entry.title, day, day, clock.start_of(day),
                     clock.start_of(day + dt.timedelta(days=1)), appearance=appearance)


def planned_appearances(ambassadors: tuple[Ambassador, ...],
                        today: dt.date) -> list[Appearance]:
    """Public entries after today; entries with `public: false` never appear in a calendar."""
    planned = []
    for ambassador in ambassadors:
        seen: dict[dt.date, int] = {}
        for entry in sorted(ambassador.podium, key=lambda e: (e.date, e.title)):
            if entry.date > today and entry.public:
                seen[entry.date] = seen.get(entry.date, 0) + 1
                planned.append(Appearance(ambassador, entry, seen[entry.date]))
    return planned


def linked_appearances(events: tuple[Event, ...], ambassadors: tuple[Ambassador, ...]
                       ) -> dict[str, tuple[Appearance, ...]]:
    """Event slug -> the public podium entries that name it, past and planned alike, so an
    event page keeps saying who appeared. Only the ambassadors and events given (the
    published ones) take part: an embargoed ambassador's entries stay held back, and an
    entry naming a held-back event stays a plain appearance."""
    published = {event.slug for event in events}
    linked: dict[str, list[Appearance]] = {}
    for ambassador in ambassadors:
        for entry in sorted(ambassador.podium, key=lambda e: (e.date, e.title)):
            if entry.public and entry.event in published:
                linked.setdefault(entry.event, []).append(Appearance(ambassador, entry, 1))
    return {slug: tuple(found) for slug, found in linked.items()}


def build_calendar(events: tuple[Event, ...], ambassadors: tuple[Ambassador, ...],
                   clock: BuildClock) -> tuple[Happening, ...]:
    linked = linked_appearances(events, ambassadors)
    items = [from_event(e, clock, linked.get(e.slug, ())) for e in events]
    items += [from_appearance(a, clock) for a in planned_appearances(ambassadors, clock.today)
              if not is_linked(a.entry, linked)]
    return tuple(sorted(items, key=lambda h: (h.starts_at, h.ends_at, h.key)))


def is_linked(entry: PodiumEntry, linked: dict[str, tuple[Appearance, ...]]) -> bool:
    """Whether an entry is shown with a published event instead of on its own."""
    return entry.event is not None and entry.event in linked


def in_feed_window(items: tuple[Happening, ...], clock: BuildClock,
                   past_days: int) -> tuple[Happening, ...]:
    """What a subscription carries: nothing that ended more than `past_days` ago."""
    oldest = clock.now - days(past_days)
    return tuple(h for h in items if h.ends_at >= oldest)


def by_month(items: tuple[Happening, ...], clock: BuildClock) -> list[tuple[dt.date, list[Happening]]]:
    """Group by the month of the local start: [(first day of month, items)]."""
    def month(h: Happening) -> dt.date:
        return h.starts_at.astimezone(clock.tz).date().replace(day=1)
    return [(key, list(group)) for key, group in groupby(items, key=month)]


def by_year(items: tuple[Happening, ...], clock: BuildClock) -> list[tuple[int, list[Happening]]]:
    """Past items, newest year first and newest first within a year."""
    newest = sorted(items, key=lambda h: (h.starts_at, h.key), reverse=True)
    return [(year, list(group)) for year, group in
            groupby(newest, key=lambda h: h.starts_at.astimezone(clock.tz).year)]
