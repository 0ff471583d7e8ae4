"""Finds markup in authored Markdown that could run a script on the public site."""

from __future__ import annotations

import html
import re

_SCHEME = r"j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|v\s*b\s*s\s*c\s*r\s*i\s*p\s*t"
# Each pattern with a cheap look that must succeed first (most bodies have none of these),
# and what it found, in English and in Dutch.
_PATTERNS = (
    (re.compile("<"),
     re.compile(r"<\s*(script|iframe|object|embed|frame|frameset|applet|base|meta|link|form)\b",
                re.IGNORECASE), "a <{0}> tag", "een <{0}>-tag"),
    # Browsers also split attributes on '/' and quotes: <svg/onload=...>
    (re.compile("<"), re.compile(r"<[a-z][^>]*?[\s/\"'](on[a-z]+)\s*=", re.IGNORECASE),
     "an event-handler attribute ({0})", "een event-handler-attribuut ({0})"),
    (re.compile(r"p\s*t\s*:", re.IGNORECASE), re.compile(rf"\b({_SCHEME})\s*:", re.IGNORECASE),
     "a {0}: link", "een {0}:-link"),
    (re.compile(r"data\s*:", re.IGNORECASE),
     re.compile(r"(?:\]\(|\b(?:href|src)\s*=\s*[\"']?)\s*(data)\s*:", re.IGNORECASE),
     "a {0}: URL", "een {0}:-adres"),
)


def find_unsafe(markdown: str, first_line: int = 1) -> list[tuple[int, str, str]]:
    """Return (line, description in English, in Dutch) for each line with script-capable
    markup. Entities are decoded first (`jav&#x61;script:`) and tags may span lines."""
    text = html.unescape(markdown) if "&" in markdown else markdown
    found: dict[int, tuple[str, str]] = {}
    for guard, pattern, english, dutch in _PATTERNS:
        if not guard.search(text):
            continue
        for match in pattern.finditer(text):
            line = first_line + text.count("\n", 0, match.start(1))
            what = re.sub(r"\s+", "", match.group(1)).lower()
            found.setdefault(line, (english.format(what), dutch.format(what)))
    return [(line, *found[line]) for line in sorted(found)]
