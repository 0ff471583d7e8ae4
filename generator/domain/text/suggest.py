"""'Did you mean ...?' for a slug typed by hand that names nothing."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from ...messages import Message, msg

# By the number of close slugs: each language joins them with its own word for "or".
_SUGGEST = {1: "suggest.one", 2: "suggest.two", 3: "suggest.three"}


def did_you_mean(slug: str, known: Sequence[str]) -> Message | None:
    """The message tail naming up to three close slugs, or None when none is close."""
    close = difflib.get_close_matches(slug, known, n=3, cutoff=0.6)
    if not close:
        return None
    return msg(_SUGGEST[len(close)], **dict(zip(("first", "second", "third"), close)))
