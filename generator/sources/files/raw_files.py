"""Files in docs_dir that MkDocs publishes as they are (HTML, SVG, XML and the XML formats a
browser shows as a document): nothing in them may run a script on the site's address.

No sanitiser stands between such a file and a visitor, so this check is the only guard, and
it searches the whole text rather than the tags a parser would find: a parser's reading can
be steered (a '>' inside a quoted value, a comment around a tag, an encoding that hides
bytes), a search of the text cannot. It finds more than a browser would run (an `on...=` in
a sentence counts too); the message names what it found, so such a text can be reworded.
A URL's scheme is also found spelled with character references (`&#106;avascript&colon;`).
"""

from __future__ import annotations

import functools
import gzip
import re
import zlib
from collections.abc import Callable, Iterator
from html.entities import html5
from pathlib import Path
from typing import Optional

from ...messages import Message, msg
from ..errors import Report

# Rendered as documents by browsers (text/html, application/xhtml+xml, image/svg+xml and
# the XML types), compared without letter case: `.HTML` is served as HTML too.
SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml", ".xht", ".svg", ".svgz", ".xml",
                      ".xsl", ".xslt", ".rss", ".atom", ".rdf", ".mml"})
MAX_RAW_BYTES = 5 * 1024 * 1024   # read whole; a logo or a page is far smaller
MAX_FINDINGS = 20                 # lines per file: the file is left out anyway
_LIMIT_MIB = MAX_RAW_BYTES // (1024 * 1024)

# Control characters other than white space. With UTF-8 required, these are what is left to
# make a browser read other characters than this check reads: ESC switches ISO-2022-JP (a
# declared encoding) into and out of modes that hide bytes, NUL comes with UTF-16.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _spelled(char: str) -> str:
    """A character as written or as a character reference (decimal or hexadecimal, any
    leading zeros, with or without ';', either letter case; `&colon;`, `&sol;`, `&plus;`),
    in text already in lower case."""
    codes = sorted({ord(char), ord(char.upper())})
    ways = [re.escape(char)] + [way for code in codes for way in (
        rf"&#0*+{code}(?![0-9]);?", rf"&#x0*+{code:x}(?![0-9a-f]);?")]
    named = {":": "&colon;", "/": "&sol;", "+": "&plus;"}.get(char)
    return "(?:" + "|".join(ways + ([named] if named else [])) + ")"


# White space a URL parser skips inside a scheme, written or as a reference (&Tab; ...).
_GAP = r"(?:\s|&tab;|&newline;|&#0*+(?:9|10|13)(?![0-9]);?|&#x0*+[9ad](?![0-9a-f]);?)*+"


def _word(word: str, gap: str = _GAP) -> str:
    return gap.join(_spelled(char) for char in word)


_PREFIX = r"(?:[a-z0-9_.-]++:)?"   # an XML namespace prefix: <svg:script>, <h:iframe>
_START = r"(?<![a-z0-9])"          # a scheme starts a value: not 'xjavascript:'

Hit = Optional[tuple[int, str, str]]   # offset, message id, what it names


def _matches(pattern: str, said: str, name: str | None = None) -> Callable[[str, int], Hit]:
    """The first match at or after an offset; group 1, or `name`, says what it is."""
    compiled = re.compile(pattern)

    def find(text: str, pos: int) -> Hit:
        match = compiled.search(text, pos)
        if match is None:
            return None
        return match.start(), said, name or re.sub(r"\s+", "", match.group(1))
    return find


# What runs a script, or makes the file load or define more than it shows, in text in lower
# case (browsers compare tag names and schemes without ASCII case). Every pattern is
# linear: no repetition can give back what a neighbouring one takes.
@functools.cache
def _finders() -> tuple[Callable[[str, int], Hit], ...]:
    """Compiled on first use: compiling them costs a tenth of a second, which a build
    without a raw file or an SVG logo need not pay."""
    return (
        # (?=...): a '<' that starts no such name fails at once, not after ten names.
        _matches(rf"<\s*+{_PREFIX}(?=[sifoeabph])(script|iframe|frame|frameset|object|embed"
                 r"|applet|base|portal|handler)\b", "unsafe.tag"),
        # An attribute starts after white space, '/' or a quote (<svg/onload=, <a x=""onclick=).
        _matches(r"(?<![^\s/\"'])(on[a-z]++)\s*+=", "unsafe.handler"),
        _matches(rf"attributename\s*+=\s*+[\"']?\s*+{_PREFIX}(on[a-z]++)", "unsafe.handler"),
        *(_matches(_START + _word(scheme) + _GAP + _spelled(":"), "unsafe.scheme", scheme)
          for scheme in ("javascript", "vbscript", "livescript")),
        _matches(_START + _word("data") + _GAP + _spelled(":") + _GAP + "(?:" + "|".join(
            _word(kind, "") for kind in (
                "text/html", "text/xml", "text/javascript", "text/ecmascript",
                "application/xhtml+xml", "application/xml", "application/javascript",
                "application/x-javascript", "application/ecmascript")) + ")",
            "unsafe.data", "data"),
        # Entities and attribute defaults (billion laughs, XXE, an `onload` added to every tag).
        _matches(r"(<!\s*+(?:entity|attlist|element|notation))\b", "unsafe.declaration"),
        # Any processing instruction but the XML declaration (xml-stylesheet runs XSLT).
        _matches(r"<\?(?!xml\s)([^\s?>]{0,40})", "unsafe.instruction"),
    )


def find_unsafe_markup(text: str) -> list[tuple[int, Message]]:
    """(line, what) for each line with something that could run a script; at most
    MAX_FINDINGS lines, in order. Each pattern is searched for once per line at most, so
    that a file of nothing but `<script` costs no more than a clean one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lowered = text.lower()   # once, not per pattern; line ends stay where they are
    found: dict[int, Message] = {}

    def note(lines: _Lines, hit: tuple[int, str, str]) -> None:
        start, said, name = hit
        shown = name.upper() if said == "unsafe.declaration" else name
        found.setdefault(lines.at(start), msg(said, name=shown))

    for finder in _finders():
        pos, lines = 0, _Lines(lowered)
        while len(found) < MAX_FINDINGS and (hit := finder(lowered, pos)) is not None:
            note(lines, hit)
            pos = lowered.find("\n", hit[0]) + 1
            if pos == 0:
                break
    lines = _Lines(text)
    for hit in _remote_uses(text):
        if len(found) >= MAX_FINDINGS:
            break
        note(lines, hit)
    return sorted(found.items())


class _Lines:
    """Line numbers of offsets asked for in increasing order, counted on from the last."""

    def __init__(self, text: str) -> None:
        self.text, self.line, self.last = text, 1, 0

    def at(self, offset: int) -> int:
        self.line += self.text.count("\n", self.last, offset)
        self.last = offset
        return self.line


_USE = re.compile(rf"<\s*+{_PREFIX}use\b[^\s/>]*+", re.IGNORECASE)
# A start tag's attributes after its name as the HTML tokenizer reads them: a name runs to
# white space, '/', '>' or '=' (a quote or '<' in it is part of it), a value is quoted or
# runs to white space or '>', and a quote right after a value starts the next name.
_HTML_ATTRIBUTES = re.compile(r"(?:\s++|/|[^\s/>][^\s/>=]*+"
                              r"(?:\s*+=\s*+(?:\"[^\"]*+\"?|'[^']*+'?|[^\s>]*+))?)*+(>?)")
_HREF = re.compile(r"(?<![^\s/\"'])(?:[a-z0-9_.-]+:)?href\s*+=\s*+"
                   r"(?:\"([^\"]*+)\"?|'([^']*+)'?|([^\s>]*+))", re.IGNORECASE)
_ELSEWHERE = re.compile(r"(?:[a-z][a-z0-9+.-]*:|[/\\]{2})", re.IGNORECASE)
USE_WINDOW, MAX_USES = 2048, 5000


def _remote_uses(text: str) -> Iterator[tuple[int, str, str]]:
    """`<use href=...>` naming a file on another host (or any URL with a scheme): only a
    same-document `#id` or a file of the site is harmless. Read in the text as written: a
    tag runs to its end as the HTML tokenizer finds it, or to the first '<' (XML allows
    none in a value), whichever is further; every href there counts. A tag longer than
    USE_WINDOW characters, and any beyond MAX_USES tags, are not read (bounded effort) and
    count as found."""
    for count, use in enumerate(_USE.finditer(text), 1):
        start = use.end()
        stop = min(len(text), start + USE_WINDOW)
        tag = _HTML_ATTRIBUTES.match(text, start, stop)
        if count >= MAX_USES or (tag and not tag.group(1) and stop < len(text)):
            yield use.start(), "unsafe.use_unchecked", str(MAX_USES)
            if count >= MAX_USES:
                return
            continue
        following = text.find("<", start, stop)
        end = max(stop if following < 0 else following, tag.end() if tag else start)
        for ref in _HREF.finditer(text, start, end):
            value = _decoded(next(group for group in ref.groups() if group is not None))
            if _ELSEWHERE.match(re.sub(r"\s+", "", value)):
                yield use.start(), "unsafe.remote_use", value.strip()[:60]


# The named references that stand for ASCII (&colon; &Tab; &quot; ...): others stand for
# characters no pattern needs.
_ASCII_NAMED = {name.rstrip(";"): value for name, value in html5.items() if value.isascii()}


@functools.cache
def _reference() -> re.Pattern[str]:
    """A character reference, compiled on first use (an alternation of 200 names)."""
    return re.compile(r"&(?:#[xX]0*+([0-9a-fA-F]++)|#0*+([0-9]++)|(%s));?" % "|".join(
        sorted(map(re.escape, _ASCII_NAMED), key=len, reverse=True)))


def _character(reference: re.Match[str]) -> str:
    hexadecimal, decimal, name = reference.groups()
    if name:
        return _ASCII_NAMED[name]
    digits = hexadecimal or decimal or "0"
    number = int(digits, 16 if hexadecimal else 10) if len(digits) <= 8 else 0
    return chr(number) if 0 < number < 128 else "\ufffd"


def _decoded(value: str) -> str:
    """An attribute value (at most USE_WINDOW long) with its references decoded."""
    return _reference().sub(_character, value) if "&" in value else value


def is_markup(name: str) -> bool:
    """A file that browsers show as a document, so that a script in it would run."""
    dot = name.rfind(".")
    return dot >= 0 and name[dot:].lower() in SUFFIXES


def check_markup(path: Path, shown: str, report: Report) -> bool:
    """Report what makes the file unfit to publish as it is; True when something does (the
    build leaves it out and warns, so `serve` still previews and `--strict` fails)."""
    text = _read(path, shown, report)
    if text is None:
        return True
    found = find_unsafe_markup(text)
    for line, what in found:
        report.add(shown, line, None, msg("raw.unsafe", what=what), neutralised=True)
    return bool(found)


def _read(path: Path, shown: str, report: Report) -> str | None:
    """The text, if it can be checked: at most MAX_RAW_BYTES (also once decompressed),
    UTF-8, no control characters."""
    def refuse(line: int | None, text: Message) -> None:
        report.add(shown, line, None, text, neutralised=True)

    try:
        size = path.stat().st_size
        data = _bytes(path, size)
    except (EOFError, zlib.error, gzip.BadGzipFile):   # BadGzipFile is an OSError too
        refuse(None, msg("raw.gzip"))
        return None
    except OSError as exc:
        refuse(None, msg("file.unreadable", reason=exc.strerror))
        return None
    if data is None:
        refuse(None, msg("raw.too_large", mib=max(size, MAX_RAW_BYTES + 1) / 1048576,
                         limit=_LIMIT_MIB))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        refuse(data[: exc.start].count(b"\n") + 1, msg("raw.not_utf8"))
        return None
    control = _CONTROL.search(text)
    if control:
        refuse(text.count("\n", 0, control.start()) + 1,
               msg("raw.control", char=f"U+{ord(control.group()):04X}"))
        return None
    return text


def _bytes(path: Path, size: int) -> bytes | None:
    """The file's bytes, a `.svgz` decompressed; None when over the limit."""
    if size > MAX_RAW_BYTES:
        return None
    if not path.name.lower().endswith(".svgz"):
        return path.read_bytes()
    with gzip.open(path, "rb") as stream:
        data = stream.read(MAX_RAW_BYTES + 1)
    return None if len(data) > MAX_RAW_BYTES else data
