"""Item HTML for feeds and e-mail: cut from the built page, every URL absolute, no scripts,
no theme markup, images with their size and alt text."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import nh3

START, END = "<!--amb:feed-->", "<!--/amb:feed-->"
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
_TAGS = {"p", "a", "img", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "strong",
         "em", "b", "i", "code", "pre", "br", "hr", "table", "thead", "tbody", "tr", "th", "td",
         "figure", "figcaption", "time", "dl", "dt", "dd", "sup", "sub", "del", "abbr"}
_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"},
               "time": {"datetime"}, "th": {"colspan", "rowspan", "scope"},
               "td": {"colspan", "rowspan"}, "abbr": {"title"}, "ol": {"start"}}


def extract(page_html: str) -> str | None:
    """The parts of a built page between the feed markers that the templates set, in
    order (a template leaves out what is not for feeds, like a note for editors)."""
    parts, start = [], page_html.find(START)
    while start >= 0:
        end = page_html.find(END, start)
        if end < 0:
            break
        parts.append(page_html[start + len(START):end])
        start = page_html.find(START, end)
    return "".join(parts) if parts else None


def for_feed(fragment: str, page_url: str) -> str:
    """Absolutise against the page's public URL and keep only e-mail-safe markup."""
    def absolute(tag: str, attribute: str, value: str) -> str | None:
        if attribute in ("href", "src"):
            return urljoin(page_url, value)
        return value

    cleaned = nh3.clean(_HEADERLINK.sub("", fragment), tags=_TAGS, attributes=_ATTRIBUTES,
                        attribute_filter=absolute, url_schemes={"https", "http", "mailto", "tel"},
                        link_rel=None, strip_comments=True)
    return re.sub(r"\n\s*\n+", "\n", cleaned).strip()
