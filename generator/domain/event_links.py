"""Podium entries that name a network event (`event: <slug>`): checked like every other
cross-reference, because an ambassador types the slug by hand in the web editor.

An unknown slug is an error: the appearance would silently become a look-alike item beside
the event it meant. A date outside the event's days is only a warning: the entry still
counts in the podium log on its own date, but one of the two dates is probably a typo.
"""

from __future__ import annotations

import datetime as dt
from pathlib import PurePosixPath

from .model import Event, Sources
from .suggest import did_you_mean
from .problems import Report


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
                hint, hint_nl = _hint(entry.event, known, sources.events)
                report.error(path, entry.lines.get("event", entry.line), f"{place}.event",
                             f"unknown event {entry.event!r}{hint}",
                             nl=f"onbekend evenement {entry.event!r}{hint_nl}")
                continue
            event = events.get(entry.event)   # None: its file has errors of its own
            if event is not None and not _on_event_days(entry.date, event, tz):
                first, last = _days(event, tz)
                days = str(first) if first == last else f"{first} to {last}"
                days_nl = str(first) if first == last else f"{first} tot en met {last}"
                report.warning(path, entry.lines.get("date", entry.line), f"{place}.date",
                               f"{entry.date} is not the date of event {entry.event!r} "
                               f"({days}); check both dates",
                               nl=f"{entry.date} is niet de datum van evenement "
                                  f"{entry.event!r} ({days_nl}); kijk beide datums na")


def _hint(slug: str, known: list[str], events: tuple[Event, ...]) -> tuple[str, str]:
    close = did_you_mean(slug, known)
    if close:
        return close
    if not events:
        return ("; there are no events: each event is a file in content/events/",
                "; er zijn geen evenementen: elk evenement is een bestand in content/events/")
    example = PurePosixPath(events[0].source.path)
    return (f"; an event is named by its file name without .md, like {example.stem!r} "
            f"for {example}",
            f"; een evenement heet naar zijn bestandsnaam zonder .md, zoals "
            f"{example.stem!r} voor {example}")


def _days(event: Event, tz: dt.tzinfo) -> tuple[dt.date, dt.date]:
    """The first and last local day of an event (an all-day `end` is inclusive)."""
    def day(value: dt.date | dt.datetime) -> dt.date:
        return value.astimezone(tz).date() if isinstance(value, dt.datetime) else value
    return day(event.start), day(event.end or event.start)


def _on_event_days(day: dt.date, event: Event, tz: dt.tzinfo) -> bool:
    first, last = _days(event, tz)
    return first <= day <= last
