"""Finds markup in authored Markdown that could run a script on the public site."""

from __future__ import annotations

import re

_PATTERNS = (
    (re.compile(r"<\s*(script|iframe|object|embed|frame|frameset|applet|base|meta|link|form)\b",
                re.IGNORECASE), "a <{0}> tag"),
    (re.compile(r"<[a-z][^>]*\s(on[a-z]+)\s*=", re.IGNORECASE), "an event-handler attribute ({0})"),
    (re.compile(r"\b(javascript|vbscript)\s*:", re.IGNORECASE), "a {0}: link"),
    (re.compile(r"(?:\]\(|\b(?:href|src)\s*=\s*[\"']?)\s*(data)\s*:", re.IGNORECASE),
     "a {0}: URL"),
)


def find_unsafe(markdown: str, first_line: int = 1) -> list[tuple[int, str]]:
    """Return (line, description) for each line with script-capable markup."""
    found = []
    for offset, line in enumerate(markdown.splitlines()):
        for pattern, description in _PATTERNS:
            match = pattern.search(line)
            if match:
                found.append((first_line + offset, description.format(match.group(1).lower())))
                break
    return found
