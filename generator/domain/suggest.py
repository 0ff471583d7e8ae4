"""'Did you mean ...?' for a slug typed by hand that names nothing, in English and Dutch."""

from __future__ import annotations

import difflib
from collections.abc import Sequence


def did_you_mean(slug: str, known: Sequence[str]) -> tuple[str, str] | None:
    """The message tail naming up to three close slugs, or None when none is close."""
    close = difflib.get_close_matches(slug, known, n=3, cutoff=0.6)
    if not close:
        return None
    return ("; did you mean " + " or ".join(map(repr, close)) + "?",
            "; bedoel je " + " of ".join(map(repr, close)) + "?")
