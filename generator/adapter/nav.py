"""Puts the generated sections in the site navigation, and keeps item pages out of it.

MkDocs' automatic nav would list every profile and story on every page (quadratic work),
so only the section index pages go in; the pages they list are reached from them. With the
automatic nav the tabs are a visitor's: Start, the ambassadors (with the podium and the
alumni), stories, agenda, newsletter, press, and the site's own pages in one section; the
editing guide, meant for ambassadors, leaves the nav for the footer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from ..domain.people import slugify
from ..render.routes import DEFAULT, Routes

if TYPE_CHECKING:
    from mkdocs.structure.files import Files

# The announcements are reached from the press page, so they need no tab of their own.
SECTIONS = ("ambassadors", "stories", "agenda", "podium", "newsletters", "press")
# With the automatic nav, these go under the directory's tab instead of tabs of their own.
UNDER_AMBASSADORS = ("podium", "alumni")


@dataclass(frozen=True)
class Arrangement:
    """How the automatic nav is tidied; `auto` is False when mkdocs.yml has its own nav,
    which is then kept as written."""

    auto: bool = True
    home: str = "Start"
    ambassadors: str = "Ambassadeurs"
    about: str = "Over het netwerk"
    edit_guide: str | None = None   # docs path of the editing guide: out of the nav
    routes: Routes = DEFAULT

    @property
    def sections(self) -> tuple[str, ...]:
        return tuple(self.routes.path(name) for name in SECTIONS)


def arrange(nav: Navigation, files: Files, ours: set[str],
            how: Arrangement = Arrangement(auto=False)) -> Navigation:
    """Drop our generated pages from wherever the nav put them; add the section pages
    after the home page, unless the site's own nav already places them."""
    placed = {p.file.src_uri for p in nav.pages}
    explicit = {src for src in how.sections if src in placed and not _auto(nav, src)}
    drop = ours - explicit
    if how.auto and how.edit_guide:
        drop = drop | {how.edit_guide}
    items = _prune(nav.items, drop)
    sections = [files.get_file_from_path(src) for src in how.sections if src not in explicit]
    new: list = [f.page for f in sections if f is not None and f.page is not None]
    for page in new:
        page.parent = None
    at = 1 if items and isinstance(items[0], Page) and items[0].is_homepage else 0
    if how.auto:
        if at:
            items[0].title = how.home
        new = _group_ambassadors(new, files, how)
        own = _about_first(items[at:], how.about)
        items[at:] = [Section(how.about, own)] if len(own) > 1 else own
        for item in own if len(own) > 1 else ():
            item.parent = items[at]
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


def _about_first(pages: list, about: str) -> list:
    """The site's own pages with its about page first: a tab opens its section's first page,
    and "Over het netwerk" should open the page of that name (over-het-netwerk.md), not the
    first in the alphabet ("Ambassadeur worden")."""
    name = slugify(about)

    def is_about(item: object) -> bool:
        if not isinstance(item, Page):
            return False
        path = PurePosixPath(item.file.src_uri)
        return path.stem == name or (path.stem == "index" and path.parent.name == name)

    found = next((item for item in pages if is_about(item)), None)
    return pages if found is None else [found] + [i for i in pages if i is not found]


def _group_ambassadors(pages: list, files: Files, how: Arrangement) -> list:
    """The directory, the podium and the alumni as one tab: one subject for a visitor."""
    directory = files.get_file_from_path(how.routes.path("ambassadors"))
    if directory is None or directory.page not in pages:
        return pages
    children = [directory.page]
    for name in UNDER_AMBASSADORS:
        file = files.get_file_from_path(how.routes.path(name))
        if file is not None and file.page is not None:
            if file.page in pages:
                pages.remove(file.page)
            children.append(file.page)
    if len(children) == 1:
        return pages
    section = Section(how.ambassadors, children)
    for child in children:
        child.parent = section
    return [section if page is directory.page else page for page in pages]


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
