"""Finds markup in authored Markdown that could run a script on the public site."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator

from ...messages import Message, msg

Found = Iterator[tuple[int, str]]  # where each find starts, and what it is

_SCHEME = r"j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|v\s*b\s*s\s*c\s*r\s*i\s*p\s*t"
# A tag from '<' to its first '>' (or the end): the matches never overlap, so a body of
# a million '<' is read once, not once from each '<' (which took minutes).
_TAG = re.compile(r"<[a-z][^>]*>?", re.IGNORECASE)
# Browsers also split attributes on '/' and quotes: <svg/onload=...>
_HANDLER = re.compile(r"[\s/\"'](on[a-z]++)\s*+=", re.IGNORECASE)


def _matches(pattern: re.Pattern[str]) -> Callable[[str], Found]:
    def find(text: str) -> Found:
        return ((match.start(1), match.group(1)) for match in pattern.finditer(text))
    return find


def _handlers(text: str) -> Found:
    """Event-handler attributes in every tag: after '<' and a letter, before its '>'."""
    for tag in _TAG.finditer(text):
        for handler in _HANDLER.finditer(text, tag.start() + 2, tag.end()):
            yield handler.start(1), handler.group(1)


# In a Markdown attribute list (the attr_list extension, `{: onclick="..." }` after a
# paragraph, heading, link or image), a key as the extension reads it: after the brace, the
# colon or a space. Letter case does not matter to a browser (`ONCLICK=`).
_LIST_HANDLER = re.compile(r"(?:^|[\s{:])(on[a-z]++)\s*+=", re.IGNORECASE)


def _attribute_lists(text: str) -> Found:
    """Event-handler keys in attribute lists: on each line from its first '{' to its last
    '}', as attr_list takes one (a value may hold a '}'); found by index, not by a pattern
    that could try every '{' of a long line against the rest of it."""
    start = 0
    while (brace := text.find("{", start)) >= 0:
        end = text.find("\n", brace)
        end = len(text) if end < 0 else end
        close = text.rfind("}", brace, end)
        if close > brace:
            for handler in _LIST_HANDLER.finditer(text, brace, close):
                yield handler.start(1), handler.group(1)
        start = end + 1


# Each finder with a cheap look that must succeed first (most bodies have none of these),
# and the message id of what it found. Every pattern is linear: no repetition in
# one can give back what a neighbouring one takes.
_PATTERNS = (
    (re.compile("<"), _matches(re.compile(
        r"<\s*+(script|iframe|object|embed|frame|frameset|applet|base|meta|link|form)\b",
        re.IGNORECASE)), "unsafe.tag"),
    (re.compile("<"), _handlers, "unsafe.handler"),
    (re.compile("{"), _attribute_lists, "unsafe.handler"),
    (re.compile(r"p\s*t\s*:", re.IGNORECASE),
     _matches(re.compile(rf"\b({_SCHEME})\s*:", re.IGNORECASE)), "unsafe.scheme"),
    (re.compile(r"data\s*:", re.IGNORECASE), _matches(re.compile(
        r"(?:\]\(|\b(?:href|src)\s*+=\s*+(?:[\"']\s*+)?)\s*+(data)\s*:", re.IGNORECASE)),
     "unsafe.data"),
)


def find_unsafe(markdown: str, first_line: int = 1) -> list[tuple[int, Message]]:
    """Return (line, what it is) for each line with script-capable markup. Entities are
    decoded first (`jav&#x61;script:`) and tags may span lines."""
    text = html.unescape(markdown) if "&" in markdown else markdown
    found: dict[int, Message] = {}
    for guard, finder, said in _PATTERNS:
        if not guard.search(text):
            continue
        last, line = 0, first_line
        for start, what in finder(text):  # in order: lines are counted on from the last
            line, last = line + text.count("\n", last, start), start
            what = re.sub(r"\s+", "", what).lower()
            if line not in found:
                found[line] = msg(said, name=what)
    return [(line, found[line]) for line in sorted(found)]
