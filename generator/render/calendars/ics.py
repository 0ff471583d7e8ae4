"""iCalendar (RFC 5545) files with the icalendar package: a subscription feed and one file
per event. UIDs come from slugs and the site's host, never from the build or the title.

Each serialised part (the calendar's frame, every VEVENT, each VTIMEZONE) is kept between
builds by the digest of what it is made from (render/kept.py): a warm build assembles the
files from kept text, with this build's time stamped in, and imports no icalendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ...domain.calendar import Happening
from ...domain.clock import BuildClock
from ..kept import KeptParts, digest_of, version
from .vtimezone import vtimezone, zone_data

if TYPE_CHECKING:
    import icalendar

# The lines that carry the build's time: a kept VEVENT has STAMP in their place.
_STAMPED = ("DTSTAMP", "LAST-MODIFIED")
STAMP = "STAMP"


@dataclass(frozen=True)
class CalendarInfo:
    name: str
    site_url: str
    clock: BuildClock

    @property
    def host(self) -> str:
        return urlsplit(self.site_url).hostname or "ambassadors.invalid"


@dataclass(frozen=True)
class EntryText:
    """What the feed says about one item, worked out by the caller (labels, links)."""

    summary: str
    description: str
    location: str | None
    url: str | None


def uid(item: Happening, host: str) -> str:
    kind = "podium" if item.appearance else "event"
    return f"{kind}-{item.key}@{host}"


class CalendarWriter:
    """Writes many calendars over the same items: the subscription feed and one file per
    event. Each VEVENT and VTIMEZONE is serialised by icalendar once and reused, because
    folding lines is the slow part and a site writes every event twice."""

    def __init__(self, info: CalendarInfo, text_of: Callable[[Happening], EntryText],
                 kept: KeptParts | None = None):
        self.info = info
        self.text_of = text_of
        self.kept = kept if kept is not None else KeptParts(None)
        self._stamp = info.clock.now.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        tzid = info.clock.tz.key
        # What every part's text depends on besides its own inputs.
        self._context = (info.host, tzid, zone_data(tzid), version("icalendar"))
        self._events: dict[Happening, bytes] = {}
        self._head, self._end = self._frame()

    def calendar(self, items: Iterable[Happening]) -> bytes:
        items = list(items)
        parts = [self._event(item) for item in items]
        if any(not item.all_day for item in items):
            first = min(h.starts_at for h in items).year - 1
            last = max(h.ends_at for h in items).year + 1
            parts.append(self._part(("vtimezone", str(first), str(last)), lambda: vtimezone(
                self.info.clock.tz.key, first, last)))
        return self._head + b"".join(parts) + self._end

    def _part(self, inputs: tuple[str, ...], make: Callable[[], bytes]) -> bytes:
        """A part as kept for these inputs, else made (and kept)."""
        key = digest_of(*self._context, *inputs)
        if (kept := self.kept.find(key)) is None:
            made = make()
            self.kept.keep(key, made.decode("utf-8"))
            return made
        return kept.encode("utf-8")

    def _event(self, item: Happening) -> bytes:
        if item not in self._events:
            text = self.text_of(item)
            key = digest_of(*self._context, "vevent", repr(item), repr(text))
            kept = self.kept.find(key)
            if kept is None:
                made = _event(item, self.info, text).to_ical()
                if (template := _unstamped(made, self._stamp)) is not None:
                    self.kept.keep(key, template)
            else:
                made = _stamped(kept, self._stamp)
            self._events[item] = made
        return self._events[item]

    def _frame(self) -> tuple[bytes, bytes]:
        """The VCALENDAR's own lines, split where its components go."""
        end = b"END:VCALENDAR\r\n"
        whole = self._part(("vcalendar", self.info.name), self._calendar)
        assert whole.endswith(end)
        return whole[:-len(end)], end

    def _calendar(self) -> bytes:
        import icalendar

        calendar = icalendar.Calendar()
        calendar.add("prodid", f"-//{self.info.host}//ambassadeurs//NL")
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        calendar.add("x-wr-calname", self.info.name)
        calendar.add("x-wr-timezone", self.info.clock.tz.key)
        return calendar.to_ical()


def _unstamped(made: bytes, stamp: str) -> str | None:
    """A VEVENT's text with STAMP for the build's time, or None where its time is not
    found as we write it (then it is not kept)."""
    text = made.decode("utf-8")
    for name in _STAMPED:
        line = f"\r\n{name}:{stamp}\r\n"
        if text.count(line) != 1:
            return None
        text = text.replace(line, f"\r\n{name}:{STAMP}\r\n")
    return text


def _stamped(template: str, stamp: str) -> bytes:
    for name in _STAMPED:
        template = template.replace(f"\r\n{name}:{STAMP}\r\n", f"\r\n{name}:{stamp}\r\n")
    return template.encode("utf-8")


def _moment(at: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """The site's local time, or UTC where that local time occurs twice (the hour after a
    change back from daylight saving time): RFC 5545 means the first, but ical.js reads
    the second, so only an instant in UTC is read alike by every client."""
    local = at.astimezone(tz)
    if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
        return at.astimezone(dt.timezone.utc)
    return local


def sequence(item: Happening) -> int:
    """The SEQUENCE of an event (Event.calendar_sequence); an appearance has no source
    field to raise, so only a cancellation raises its."""
    return item.event.calendar_sequence if item.event else (1 if item.cancelled else 0)


def _event(item: Happening, info: CalendarInfo, text: EntryText) -> icalendar.Event:
    import icalendar  # here: only a part not kept needs it

    event = icalendar.Event()
    event.add("uid", uid(item, info.host))
    event.add("dtstamp", info.clock.now)
    if item.all_day:
        assert isinstance(item.end, dt.date)
        event.add("dtstart", item.start)
        event.add("dtend", item.end + dt.timedelta(days=1))  # DTEND of a DATE is exclusive
    else:
        event.add("dtstart", _moment(item.starts_at, info.clock.tz))
        if item.ends_at != item.starts_at:
            event.add("dtend", _moment(item.ends_at, info.clock.tz))
    event.add("summary", text.summary)
    if text.description:
        event.add("description", text.description)
    if text.location:
        event.add("location", text.location)
    if text.url:
        event.add("url", text.url)
    event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
    event.add("sequence", sequence(item))
    event.add("last-modified", info.clock.now)
    event.add("transp", "TRANSPARENT" if item.all_day else "OPAQUE")
    return event
