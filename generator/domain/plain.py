"""Plain text stays plain: what counts as markup or a disguising character in a value that
is meant as text (a name, a title, a summary), and the text without it.

A title reaches places that treat it as HTML (an RSS reader's `<title>`, a mail client
showing an RSS item), sometimes after decoding entities once more than it should. So a
value counts as markup when it holds a tag as written or after one or two rounds of entity
decoding (`&lt;script&gt;`), and the stripped text holds none either way.
"""

from __future__ import annotations

import html
import re
import unicodedata

# A tag opener up to its '>' (or the end): '<' then a letter, '/', '!' or '?'. Linear: the
# run excludes '<', so no match attempt scans past the next one.
_TAG = re.compile(r"<\s*[/!?a-zA-Z][^<>]*>?")
# Characters that change how text is shown without being seen: zero-width spaces, word
# joiners, byte order marks and every bidirectional control (the "Trojan Source" set).
# ZWJ/ZWNJ (U+200C/D) are left alone: scripts and emoji need them.
INVISIBLE = re.compile("[\u200b\u2060\ufeff\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
                       "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ROUNDS = 3


def markup_in(text: str) -> str | None:
    """The first tag in the text as written or after up to two rounds of entity decoding,
    shortened for a message; None when there is none."""
    for _ in range(_ROUNDS):
        found = _TAG.search(text)
        if found:
            return found.group(0)[:40]
        if "&" not in text:
            return None
        decoded = html.unescape(text)
        if decoded == text:
            return None
        text = decoded
    return None


def invisible_in(text: str) -> str | None:
    """The first disguising character, named like 'U+202E RIGHT-TO-LEFT OVERRIDE'."""
    found = INVISIBLE.search(text)
    if not found:
        return None
    char = found.group(0)
    return f"U+{ord(char):04X} {unicodedata.name(char, 'CONTROL CHARACTER')}"


def strip_markup(text: str) -> str:
    """The text without tags (decoded as a reader would) and without disguising
    characters, white space folded; markup_in() finds nothing in the result."""
    text = INVISIBLE.sub("", text)
    for _ in range(_ROUNDS + 2):
        if markup_in(text) is None:
            break
        text = _TAG.sub("", html.unescape(text))
    else:
        text = text.replace("<", "").replace("&", "")  # a last resort: nothing to decode
    return " ".join(text.split())
