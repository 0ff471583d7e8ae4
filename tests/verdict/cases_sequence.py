"""`check --previous` (issue 29, calendars): an event moved since the previous version
without a raise of `sequence:` (an advisory: calendars that imported it would keep the old
time or place), and a previous version that cannot be read (an advisory: nothing is
compared, and nothing fails)."""

from __future__ import annotations

from tests.verdict import Case, Link
from tests.verdict.base import EVENT, FILES

MOVED = FILES[EVENT].replace("Stadhuis Arnhem", "Stadhuis Nijmegen")
assert MOVED != FILES[EVENT]

CASES: list[Case] = [
    Case("event.sequence", files={EVENT: MOVED}, previous={EVENT: FILES[EVENT]},
         note="the venue changed, sequence: stayed absent (0)"),
    Case("previous.unreadable", previous={"docs": Link("/")},
         note="the previous version's docs folder is a link out of it: never followed"),
]
