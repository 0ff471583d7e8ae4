"""Authored HTML made safe: an allow-list of what Markdown and the theme produce."""

from __future__ import annotations

import html as entities
import re

import nh3

from ..sources.checks.remote_images import foreign_host, site_host

_TAGS = set(nh3.ALLOWED_TAGS) | {"div", "span", "figure", "figcaption", "details", "summary",
                                 "mark", "abbr", "sup", "sub", "del", "ins", "kbd", "hr"}
_ATTRIBUTES = {
    "*": {"class", "id", "title", "lang", "dir"},
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "th": {"style", "colspan", "rowspan", "scope"},
    "td": {"style", "colspan", "rowspan"},
    "ol": {"start"},
    "abbr": {"title"},
    "details": {"open"},
}


# Built once: handing nh3 the allow-lists on every call rebuilds its sanitiser each time.
_CLEANER = nh3.Cleaner(tags=_TAGS, attributes=_ATTRIBUTES, link_rel=None,
                       url_schemes={"https", "http", "mailto", "tel"},
                       filter_style_properties={"text-align"}, strip_comments=True)


def sanitise(html: str) -> str:
    """Remove scripts, event handlers, embeds and unsafe URLs; keep the rest as it is."""
    return _CLEANER.clean(html)


def size_images(html: str, images: dict[str, list[tuple[str, int, int]]]) -> str:
    """Give body images their size, a srcset and lazy loading: `images` maps the src a
    page uses to its copies (file name, width, height), smallest first."""
    def replace(match: re.Match[str]) -> str:
        tag, src = match.group(0), match.group(1)
        copies = images.get(src)
        if not copies or " width=" in tag:
            return tag
        name, width, height = copies[-1]
        widths = {w: n for n, w, _ in copies}  # a small source gives equal widths: list once
        srcset = ", ".join(f"{n} {w}w" for w, n in sorted(widths.items()))
        extra = (f' width="{width}" height="{height}" srcset="{srcset}" '
                 f'sizes="(min-width: 60em) 45rem, 95vw" loading="lazy" decoding="async"')
        return tag[:-1].rstrip("/ ") + extra + ">"

    return re.sub(r'<img [^>]*src="([^"]+)"[^>]*>', replace, html)


# An <img> as the sanitiser writes it: every attribute value in double quotes.
_IMG = re.compile(r'<img\b(?:[^>"]|"[^"]*")*>')
_SRC = re.compile(r'\ssrc="([^"]*)"')


def own_images(html: str, site_url: str) -> str:
    """Only the site's own images: an <img> from another host (a tracking pixel in a
    newsletter) is left out, so that reading the page, its e-mail or its feed item tells
    no one else who reads it. `html` is sanitised (no srcset, no style with a url())."""
    host = site_host(site_url)

    def keep(match: re.Match[str]) -> str:
        src = _SRC.search(match.group(0))
        if src and foreign_host(entities.unescape(src.group(1)), host) is not None:
            return ""
        return match.group(0)

    return _IMG.sub(keep, html)
