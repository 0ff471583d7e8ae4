"""An announcement as the press kit carries it: Markdown made into safe HTML for the
printable page, and that HTML made into plain text a journalist can paste.

Python-Markdown is what MkDocs itself renders with, so the kit reads like the page; the
kit is made before the pages are, so it renders the text itself.
"""

from __future__ import annotations

import markdown
from lxml import html as lxml_html

from ..html import sanitise

EXTENSIONS = ["tables", "footnotes", "sane_lists", "attr_list"]
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def to_html(text: str, base_url: str) -> str:
    """Safe HTML with every link absolute (the file is opened from a download folder) and
    no images (an announcement has none of its own; a broken one helps nobody)."""
    if not text.strip():
        return ""
    fragment = lxml_html.fragment_fromstring(
        sanitise(markdown.markdown(text, extensions=EXTENSIONS)), create_parent="div")
    for image in fragment.findall(".//img"):
        image.drop_tree()
    for anchor in fragment.iter("a"):
        anchor.attrib.pop("id", None)
    fragment.make_links_absolute(base_url, resolve_base_href=False)
    return "".join(lxml_html.tostring(child, encoding="unicode") for child in fragment) \
        if len(fragment) else (fragment.text or "")


def to_text(html: str) -> str:
    """Paragraphs separated by a blank line, one line each; list items as '- '; a link as
    'text (address)'; headings underlined."""
    if not html.strip():
        return ""
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    blocks: list[str] = []
    _blocks(root, blocks, "")
    return "\n\n".join(block for block in blocks if block.strip())


def _blocks(element: lxml_html.HtmlElement, out: list[str], prefix: str) -> None:
    if element.text and element.text.strip():
        out.append(prefix + _line(element.text))
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("ul", "ol"):
            items = [f"{prefix}{f'{n}. ' if tag == 'ol' else '- '}{_line(_inline(item))}"
                     for n, item in enumerate(child.findall("li"), 1)]
            out.append("\n".join(items))
        elif tag in _HEADINGS:
            title = _line(_inline(child))
            out.append(f"{prefix}{title}\n{prefix}{'-' * len(title)}")
        elif tag == "blockquote":
            _blocks(child, out, prefix + "> ")
        elif tag == "table":
            rows = [" | ".join(_line(_inline(cell)) for cell in row.findall("./*"))
                    for row in child.iter("tr")]
            out.append("\n".join(prefix + row for row in rows))
        elif tag == "pre":
            out.append(child.text_content().rstrip())
        elif tag in ("div", "section"):
            _blocks(child, out, prefix)
        elif tag != "hr":
            out.append(prefix + "\n".join(_line(part) for part in _inline(child).split("\n")))
        if child.tail and child.tail.strip():
            out.append(prefix + _line(child.tail))


def _inline(element: lxml_html.HtmlElement) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == "br":
            parts.append("\n")
        elif child.tag == "a":
            parts.append(_link(child))
        elif child.tag in ("ul", "ol"):
            parts.append(" " + "; ".join(_line(_inline(item)) for item in child.findall("li")))
        elif isinstance(child.tag, str):
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _link(anchor: lxml_html.HtmlElement) -> str:
    text = _line(_inline(anchor))
    href = anchor.get("href", "")
    if not href or href.startswith("#") or href in (text, f"mailto:{text}", f"tel:{text}"):
        return text
    return f"{text} ({href.removeprefix('mailto:')})"


def _line(text: str) -> str:
    return " ".join(text.split())
