"""Podium entries that name a network event (`event: <slug>`): checked like every other
cross-reference, because an ambassador types the slug by hand in the web editor.

An unknown slug is an error: the appearance would silently become a look-alike item beside
the event it meant. A date outside the event's days is only an advisory: the entry still
counts in the podium log on its own date, but one of the two dates is probably a typo.
"""

from __future__ import annotations

import datetime as dt
from pathlib import PurePosixPath

from ..messages import Message, msg
from .model import Event, Sources
from .problems import Report
from .text.suggest import did_you_mean


def check_event_links(sources: Sources, tz: dt.tzinfo, report: Report) -> None:
    """Report every podium entry whose `event:` names no event, or another day."""
    events = {event.slug: event for event in sources.events}
    known = sorted(sources.event_slugs)
    for ambassador in sources.ambassadors:
        for entry in ambassador.podium:
            if entry.event is None:
                continue
            path, place = ambassador.source.path, f"podium[{entry.number}]"
            if entry.event not in sources.event_slugs:
                report.error(path, entry.lines.get("event", entry.line), f"{place}.event",
                             msg("event.unknown", slug=entry.event,
                                 hint=_hint(entry.event, known, sources.events)))
                continue
            event = events.get(entry.event)   # None: its file has errors of its own
            if event is not None and not _on_event_days(entry.date, event, tz):
                first, last = _days(event, tz)
                days = first if first == last else msg("event.days", first=first, last=last)
                report.advisory(path, entry.lines.get("date", entry.line), f"{place}.date",
                               msg("event.other_day", date=entry.date, slug=entry.event,
                                   days=days))


def _hint(slug: str, known: list[str], events: tuple[Event, ...]) -> Message:
    close = did_you_mean(slug, known)
    if close:
        return close
    if not events:
        return msg("event.none")
    example = PurePosixPath(events[0].source.path)
    return msg("event.named_like", stem=example.stem, path=example)


def _days(event: Event, tz: dt.tzinfo) -> tuple[dt.date, dt.date]:
    """The first and last local day of an event (an all-day `end` is inclusive)."""
    def day(value: dt.date | dt.datetime) -> dt.date:
        return value.astimezone(tz).date() if isinstance(value, dt.datetime) else value
    return day(event.start), day(event.end or event.start)


def _on_event_days(day: dt.date, event: Event, tz: dt.tzinfo) -> bool:
    first, last = _days(event, tz)
    return first <= day <= last
