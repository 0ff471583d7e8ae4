"""Authored HTML made safe: an allow-list of what Markdown and the theme produce."""

from __future__ import annotations

import re

import nh3

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
