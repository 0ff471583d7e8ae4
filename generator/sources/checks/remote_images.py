"""Images that a newsletter would make its readers fetch from another host: a tracking
pixel tells that host who opened the e-mail and when (content-model.md v1.4). The check
finds them in the Markdown, in every way a body can show an image; the build leaves them
out of the page, the e-mail and the feeds (render/html.py `own_images`)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

# Browsers drop tabs and line ends anywhere in an address and spaces and control
# characters around it, and read '\' as '/' in http(s) addresses (`/\evil.example/x.gif`).
_IGNORED = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):(.*)", re.IGNORECASE | re.DOTALL)


def site_host(site_url: str) -> str:
    """The host of the site's own address, '' when there is none."""
    try:
        return (urlsplit(site_url).hostname or "").rstrip(".")
    except ValueError:   # not an address at all: the option's own check says so
        return ""


def foreign_host(url: str, own_host: str) -> str | None:
    """The host an image address would be fetched from when that is not `own_host`; None
    for the site's own images (a relative address, or one on the site's host). In doubt,
    foreign: a look-alike of the site's host is someone else's."""
    text = _IGNORED.sub("", url).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e"
                                        "\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a"
                                        "\x1b\x1c\x1d\x1e\x1f ").replace("\\", "/")
    absolute = _SCHEME.match(text)
    if absolute:
        if absolute.group(1).lower() not in ("http", "https"):
            return None   # data: is refused as unsafe; no other scheme loads an image
        rest = absolute.group(2)
    elif text.startswith("//"):
        rest = text
    else:
        return None
    authority = re.split(r"[/?#]", rest.lstrip("/"), maxsplit=1)[0]
    host = unquote(authority.rpartition("@")[2])
    host = (host.split("]")[0] + "]" if host.startswith("[") else host.split(":")[0])
    host = host.lower().rstrip(".")
    return None if host and host == own_host else (host or "?")


# Where a body names an image's address, each pattern with the address in group 'url':
# Markdown `![alt](url)`, HTML and attribute lists `src=`, `poster=`, `background=`,
# CSS `url(...)` and `@import`. Each part stops at the next character of its kind, so no
# pattern reads a long body more than a few times.
_ADDRESS = r"""(?:<(?P<angled>[^<>\n]*)>|"(?P<double>[^"\n]*)"|'(?P<single>[^'\n]*)'|(?P<bare>[^\s"'<>()]+))"""
_PATTERNS = (
    re.compile(r"!\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*" + _ADDRESS),
    re.compile(r"(?<![^\s\"'{}/:;<])(?:src|poster|background|lowsrc|dynsrc)\s*=\s*" + _ADDRESS,
               re.IGNORECASE),
    re.compile(r"\burl\(\s*" + _ADDRESS, re.IGNORECASE),
    re.compile(r"@import\s+" + _ADDRESS, re.IGNORECASE),
)
_SRCSET = re.compile(r"(?<![^\s\"'{}/:;<])srcset\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>}]+))",
                     re.IGNORECASE)
# Reference-style images `![alt][label]`, `![label][]`, `![label]`, and the definitions
# `[label]: url` they take their address from.
_REFERENCE = re.compile(r"!\[([^\[\]]*)\](?:[ \n]?\[([^\[\]]*)\])?")
_DEFINITION = re.compile(r"^[ ]{0,3}\[([^\[\]]+)\]:[ \t]*\n?[ \t]*" + _ADDRESS, re.MULTILINE)


def remote_images(markdown: str, first_line: int, own_host: str) -> list[tuple[int, str]]:
    """(line, host) of every image the body would fetch from another host, in order, each
    host once per line. Entities are decoded first (`&#x68;ttps://`)."""
    text = html.unescape(markdown) if "&" in markdown else markdown
    result, seen = [], set()
    last, line = 0, first_line
    for start, url in sorted(_addresses(text)):   # lines counted on from the last find
        line, last = line + text.count("\n", last, start), start
        host = foreign_host(url, own_host)
        if host is not None and (line, host) not in seen:
            seen.add((line, host))
            result.append((line, host))
    return result


def _addresses(text: str) -> Iterator[tuple[int, str]]:
    """(where, address) of every image address the body names."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            yield match.start(), _url(match)
    for match in _SRCSET.finditer(text):
        candidates = next(group for group in match.groups() if group is not None)
        for candidate in candidates.split(","):
            if candidate.strip():
                yield match.start(), candidate.split()[0]
    labels = {_label(m.group(2) or m.group(1)) for m in _REFERENCE.finditer(text)}
    for match in _DEFINITION.finditer(text):
        if _label(match.group(1)) in labels:
            yield match.start(), _url(match)


def _url(match: re.Match[str]) -> str:
    return next(match.group(name) for name in ("angled", "double", "single", "bare")
                if match.group(name) is not None)


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()
