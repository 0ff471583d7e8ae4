"""Finds markup in authored Markdown that could run a script on the public site."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator

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


# Each finder with a cheap look that must succeed first (most bodies have none of these),
# and what it found, in English and in Dutch. Every pattern is linear: no repetition in
# one can give back what a neighbouring one takes.
_PATTERNS = (
    (re.compile("<"), _matches(re.compile(
        r"<\s*+(script|iframe|object|embed|frame|frameset|applet|base|meta|link|form)\b",
        re.IGNORECASE)), "a <{0}> tag", "een <{0}>-tag"),
    (re.compile("<"), _handlers,
     "an event-handler attribute ({0})", "een event-handler-attribuut ({0})"),
    (re.compile(r"p\s*t\s*:", re.IGNORECASE),
     _matches(re.compile(rf"\b({_SCHEME})\s*:", re.IGNORECASE)), "a {0}: link", "een {0}:-link"),
    (re.compile(r"data\s*:", re.IGNORECASE), _matches(re.compile(
        r"(?:\]\(|\b(?:href|src)\s*+=\s*+(?:[\"']\s*+)?)\s*+(data)\s*:", re.IGNORECASE)),
     "a {0}: URL", "een {0}:-adres"),
)


def find_unsafe(markdown: str, first_line: int = 1) -> list[tuple[int, str, str]]:
    """Return (line, description in English, in Dutch) for each line with script-capable
    markup. Entities are decoded first (`jav&#x61;script:`) and tags may span lines."""
    text = html.unescape(markdown) if "&" in markdown else markdown
    found: dict[int, tuple[str, str]] = {}
    for guard, finder, english, dutch in _PATTERNS:
        if not guard.search(text):
            continue
        last, line = 0, first_line
        for start, what in finder(text):  # in order: lines are counted on from the last
            line, last = line + text.count("\n", last, start), start
            what = re.sub(r"\s+", "", what).lower()
            found.setdefault(line, (english.format(what), dutch.format(what)))
    return [(line, *found[line]) for line in sorted(found)]
