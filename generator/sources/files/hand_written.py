"""What a hand-written page in docs_dir may choose in its front matter: its template.

MkDocs renders a page with whatever template its front matter names. Only the page
templates are meant for that: the theme's `main.html`, and the plugin's home page
(`amb/home.html`); a partial (`partials/header.html`) or a template of another page kind
expects values such a page does not have and ends the build in a traceback, and a missing
one ends it too. The build renders such a page with the default instead (plugin.py), and
`check` and the build both report it.
"""

from __future__ import annotations

import posixpath
import re

from ...messages import msg
from ..errors import FieldError, Report
from ..front_matter.parse import Scalar, parse

PAGE_TEMPLATES = ("main.html", "amb/home.html")
# MkDocs' own front matter: YAML between '---' lines, else MultiMarkdown "Key: value" lines
# at the top (mkdocs/utils/meta.py); the first pattern is its own.
_YAML = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_META = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
_META_MORE = re.compile(r"^(?:[ ]{4}|\t)(\s*)(?P<value>.*)")
# What our parser refuses and MkDocs would read into values that expand without end (other
# refusals, like a key written twice, MkDocs reads its own way: not this module's concern).
_REFUSED = {"frontmatter.anchors", "frontmatter.too_deep"}


def default_template(src: str) -> str:
    """What the build renders a hand-written page with when its own choice is refused."""
    home = posixpath.splitext(src)[0] in ("index", "README")   # MkDocs' home page names
    return "amb/home.html" if home else "main.html"


def check_page(shown: str, src: str, text: str, report: Report) -> None:
    """Report a `template:` that is not a page template, and front matter MkDocs would read
    but our parser refuses (anchors: a few lines that stand for billions of values)."""
    try:
        found = _template(text.replace("\r", "\n"))   # MkDocs reads with universal newlines
    except FieldError as exc:
        if exc.text.id in _REFUSED:
            report.error(shown, exc.line, exc.field, exc.text)
        return
    if found is None:
        return
    line, value = found
    if value not in PAGE_TEMPLATES:
        report.add(shown, line, "template", msg("page.template", value=repr(value),
                                                used=default_template(src)), neutralised=True)


def _template(text: str) -> tuple[int, str] | None:
    """The line of `template:` and its value as written ('[...]' for a list or group)."""
    if _YAML.match(text):
        entry = parse(text).meta.entries.get("template")
        if entry is None:
            return None
        value = entry.value
        return entry.key_line, value.text if isinstance(value, Scalar) else "[...]"
    return _multimarkdown_template(text)


def _multimarkdown_template(text: str) -> tuple[int, str] | None:
    """`Template: x` among the "Key: value" lines that open a page, as MkDocs reads them
    (keys without letter case, continued on indented lines)."""
    found: tuple[int, str] | None = None
    key = None
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            break
        meta = _META.match(line)
        if meta:
            key = meta.group("key").lower()
            if key == "template":   # MkDocs joins repeated keys with a space
                value = meta.group("value").strip()
                found = (found[0], f"{found[1]} {value}") if found else (number, value)
            continue
        more = _META_MORE.match(line)
        if not (more and key):
            break
        if key == "template" and found:
            found = (found[0], f"{found[1]} {more.group('value').strip()}")
    return found
