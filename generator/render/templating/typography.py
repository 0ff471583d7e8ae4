"""What the layout must know of a text's words: a column that is to hold a word whole."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Where a browser may end a line without hyphenating: spaces, and after a written hyphen.
_BREAKS = re.compile(r"[\s\-\u2010\u2011]+")


def longest_word(texts: Iterable[str]) -> int:
    """The letters in the longest word of `texts`: a grid whose narrowest column holds it
    never breaks a word, even in a browser without a Dutch hyphenation dictionary."""
    return max((len(word) for text in texts for word in _BREAKS.split(text)), default=0)
