"""`check --previous DIR`: the reminder to raise an event's `sequence:`.

A calendar that imported an event takes a later copy only when its SEQUENCE is higher
(RFC 5546, 2.1.5), and SEQUENCE follows from the source alone (Event.calendar_sequence:
twice `sequence:`, plus one while cancelled, so a moved event cancelled at the same time
needs no raise), never from version-control history. So when an event's time or place
changes, or a cancelled event goes ahead after all, its editor must raise `sequence:`; this
module compares the events with a previous version of the site (the pull-request check
passes the base branch's, pr_build.py) and says so when they did not.

DIR is read like the site itself, and no more of it: only its events folder, at the place
the site's own mkdocs.yml gives it (DIR's mkdocs.yml is not read), by the site's own loader
(loaders.load_events: 1 MiB a file, links passed by). A folder that leaves DIR or passes
through a link is not read; whatever cannot be read is one advisory, never a failure: the
reminder is advice, and the previous version's own problems were its own check's.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ...domain.model import Event
from ...messages import msg
from ..errors import Report
from ..files.confinement import folder_refused
from ..files.tree import Layout
from ..loaders import LoadOptions, load_events

# What a calendar shows of an event's time and place: a change of one needs a raise.
TIME_AND_PLACE = ("start", "end", "location", "address", "online")


def report_sequences(layout: Layout, options: LoadOptions, events: Iterable[Event],
                     previous_root: Path, report: Report) -> None:
    """An advisory on each event that changed time, place or went ahead after all since
    the previous version, while its SEQUENCE did not rise; or one advisory that the
    previous version cannot be read."""
    before = previous_events(layout, options, previous_root, report)
    if before is None:
        return
    for event in events:
        old = before.get(event.slug)
        if old is None:
            continue
        changed = [name for name in TIME_AND_PLACE if getattr(old, name) != getattr(event, name)]
        if old.cancelled and not event.cancelled:
            changed.append("cancelled")
        if not changed or event.calendar_sequence > old.calendar_sequence:
            continue
        line = event.lines.get("sequence") or next(
            (event.lines[name] for name in changed if name in event.lines), None)
        shown = ", ".join("cancelled: true → false" if name == "cancelled" else name
                          for name in changed)
        report.advisory(event.source.path, line, "sequence",
                        msg("event.sequence", fields=shown, wanted=old.sequence + 1))


def previous_events(layout: Layout, options: LoadOptions, previous_root: Path,
                    report: Report) -> dict[str, Event] | None:
    """The previous version's events by slug (none when it has no events folder), or None,
    reported, when it cannot be read. Its own problems are not the site's: left out."""
    shown = layout.relative(layout.events_dir)
    try:
        root = previous_root.resolve()
        if not root.is_dir():
            why = msg("reason.previous_missing", folder=str(previous_root))
        else:
            folder = root / layout.events_dir.relative_to(layout.root)
            why = folder_refused(root, folder)
        if why is None:
            # Only events_dir of this layout is ever read (load_events).
            their = Layout(root, folder, folder, folder, folder, folder, folder)
            if not folder.is_dir():
                return {}
            events = load_events(their, options, Report())
            return {event.slug: event for event in events}
    except (OSError, ValueError, RuntimeError) as exc:   # a loop of links, a name too long
        why = msg("reason.previous_error", error=getattr(exc, "strerror", None) or exc)
    report.advisory(shown, None, None, msg("previous.unreadable", folder=str(previous_root),
                                           reason=why))
    return None

