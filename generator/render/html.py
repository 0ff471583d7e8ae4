"""Authored HTML made safe: an allow-list of what Markdown and the theme produce."""

from __future__ import annotations

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


def sanitise(html: str) -> str:
    """Remove scripts, event handlers, embeds and unsafe URLs; keep the rest as it is."""
    return nh3.clean(html, tags=_TAGS, attributes=_ATTRIBUTES, link_rel=None,
                     url_schemes={"https", "http", "mailto", "tel"},
                     filter_style_properties={"text-align"},
                     strip_comments=True)
