"""Plain-text helpers for summaries: the first paragraph of a Markdown body."""

from __future__ import annotations

import functools
import re

from .plain import strip_markup

# Each scan stops at the next bracket of its kind, so a body of a million '[' or '<' is
# still read once: the first paragraph is asked of hostile bodies too.
_LINK = re.compile(r"!?\[([^\[\]]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_MARKS = re.compile(r"(\*\*|__|\*|_|`)")
_TAGS = re.compile(r"<[^<>]+>")


@functools.lru_cache(maxsize=None)  # asked for each story on several pages and feeds
def first_paragraph(markdown: str) -> str:
    """The first paragraph of running text, without Markdown marks; '' when there is none."""
    for block in re.split(r"\n\s*\n", markdown.strip()):
        block = block.strip()
        if not block or block[0] in "#>|-*+!<`=" or re.match(r"^\d+\.\s", block):
            continue
        text = _MARKS.sub("", _LINK.sub(r"\1", _TAGS.sub("", block)))
        # Summaries reach feed descriptions and link previews as text: no markup there,
        # not even written as entities (`&lt;script&gt;`) that a reader decodes once more.
        return strip_markup(text)
    return ""
