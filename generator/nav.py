"""Puts the generated sections in the site navigation, and keeps item pages out of it.

MkDocs' automatic nav would list every profile and story on every page (quadratic work),
so only the section index pages go in; the pages they list are reached from them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from .render.pages import AGENDA, AMBASSADORS, NEWSLETTER, PODIUM, PRESS, STORIES

if TYPE_CHECKING:
    from mkdocs.structure.files import Files

# The announcements are reached from the press page, so they need no tab of their own.
SECTIONS = tuple(f"{section}/index.md" for section in
                 (AMBASSADORS, STORIES, AGENDA, PODIUM, NEWSLETTER, PRESS))


def arrange(nav: Navigation, files: Files, ours: set[str]) -> Navigation:
    """Drop our generated pages from wherever the nav put them; add the section pages
    after the home page, unless the site's own nav already places them."""
    placed = {p.file.src_uri for p in nav.pages}
    explicit = {src for src in SECTIONS if src in placed and not _auto(nav, src)}
    items = _prune(nav.items, ours - explicit)
    sections = [files.get_file_from_path(src) for src in SECTIONS if src not in explicit]
    new = [f.page for f in sections if f is not None and f.page is not None]
    for page in new:
        page.parent = None
    at = 1 if items and isinstance(items[0], Page) and items[0].is_homepage else 0
    items[at:at] = new
    before = nav.pages
    nav.items = items
    nav.pages = _flatten(items)
    kept = {id(page) for page in nav.pages}
    for page in before:
        if id(page) not in kept:  # Page defines __eq__ without __hash__
            page.parent = page.previous_page = page.next_page = None
    _link_neighbours(nav.pages)
    return nav


def _auto(nav: Navigation, src: str) -> bool:
    """True when MkDocs put the page there itself (inside a section named after the folder)."""
    page = next(p for p in nav.pages if p.file.src_uri == src)
    return page.parent is not None and isinstance(page.parent, Section)


def _prune(items: list, drop: set[str]) -> list:
    kept = []
    for item in items:
        if isinstance(item, Page) and item.file.src_uri in drop:
            continue
        if isinstance(item, Section):
            item.children = _prune(item.children, drop)
            if not item.children:
                continue
        kept.append(item)
    return kept


def _flatten(items: list) -> list[Page]:
    pages: list[Page] = []
    for item in items:
        if isinstance(item, Page):
            pages.append(item)
        elif isinstance(item, Section):
            pages.extend(_flatten(item.children))
    return pages


def _link_neighbours(pages: list[Page]) -> None:
    for index, page in enumerate(pages):
        page.previous_page = pages[index - 1] if index else None
        page.next_page = pages[index + 1] if index + 1 < len(pages) else None
