"""Plain text stays plain: what counts as markup or a disguising character in a value that
is meant as text (a name, a title, a summary), and the text without it; and the control
characters no source text keeps (CONTROL).

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
# Control characters: no text needs them, and they come with text pasted from a PDF or a
# word processor (a form feed per page, a backspace, a NUL). XML 1.0 cannot carry the C0
# ones but tab and line ends, lone surrogates, U+FFFE and U+FFFF at all (lxml refuses a feed
# with one), HTML calls every control a parse error, and the C1 controls (U+0080-U+009F)
# show up only in text decoded with the wrong code page, where each stands for a character
# that is lost anyway: all are removed as a source is read (sources/loaders.py), with an
# advisory (`text.control`), so that no page, feed, calendar or e-mail carries one.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
CONTROL = re.compile(f"[{_CONTROLS}]")
# Characters that change how text is shown without being seen: zero-width spaces, word
# joiners, byte order marks and every bidirectional control (the "Trojan Source" set); and
# the controls above, for values that are not read from a source (options).
# ZWJ/ZWNJ (U+200C/D) are left alone: scripts and emoji need them.
INVISIBLE = re.compile("[\u200b\u2060\ufeff\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
                       f"{_CONTROLS}]")
# A file full of them needs no advisory per line: the first lines show where the paste is.
MAX_CONTROL_LINES = 10
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


def controls_by_line(text: str, first_line: int = 1) -> tuple[tuple[int, str], ...]:
    """(line, 'U+000C, U+0008') for the first MAX_CONTROL_LINES lines holding control
    characters, each code point named once per line (control_codes)."""
    found: list[tuple[int, str]] = []
    line, at = first_line, 0
    while len(found) < MAX_CONTROL_LINES and (match := CONTROL.search(text, at)):
        line += text.count("\n", at, match.start())
        at = text.find("\n", match.start())
        at = len(text) if at < 0 else at
        found.append((line, control_codes(text[match.start():at])))
    return tuple(found)


def control_codes(text: str) -> str:
    """The control characters in the text, each named once: 'U+000C, U+0008' (eight at
    most, then '…')."""
    chars = list(dict.fromkeys(CONTROL.findall(text)))
    codes = [f"U+{ord(char):04X}" for char in chars[:8]]
    return ", ".join(codes) + (", …" if len(chars) > 8 else "")


def without_controls(text: str) -> str:
    """The text without control characters (CONTROL)."""
    return CONTROL.sub("", text)
