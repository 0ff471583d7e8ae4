"""Finds the source files of each kind and derives their slugs, reporting bad names."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ...domain.people import MAX_SLUG, shorten_slug, slugify
from ...messages import Message, msg
from ..errors import Report, quote
from ..front_matter.fields import SLUG

IGNORED = {"readme.md"}
# The endings MkDocs reads as Markdown (mkdocs.utils.markdown_extensions), and a text file:
# a source under such a name is not read, so it is an error, not silently left out.
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")
TEXT_SUFFIXES = (*MARKDOWN_SUFFIXES, ".txt")


@dataclass(frozen=True)
class Layout:
    """Where a site's sources live; every path is absolute."""

    root: Path
    ambassadors_dir: Path
    stories_dir: Path
    docs_dir: Path
    events_dir: Path
    appointments_dir: Path
    newsletter_dir: Path
    private_dir: Path | None = None   # a second folder with the same layout (spec v1.3)
    is_private: bool = False          # this is that second folder's layout
    custom_dir: Path | None = None    # the theme's custom_dir: the engine reads it too

    def private(self) -> Layout | None:
        """The private folder's layout: every source folder at the same place relative to
        the private folder as it has relative to the site. Only for a confined layout."""
        if self.private_dir is None:
            return None
        private_dir = self.private_dir

        def mirror(folder: Path) -> Path:
            return private_dir / folder.relative_to(self.root)

        return Layout(self.root, mirror(self.ambassadors_dir), mirror(self.stories_dir),
                      mirror(self.docs_dir), mirror(self.events_dir),
                      mirror(self.appointments_dir), mirror(self.newsletter_dir),
                      is_private=True)

    def relative(self, path: Path) -> str:
        text, root = str(path), str(self.root)
        if os.sep == "/" and text.startswith(root + "/"):  # the common case, without pathlib
            return text[len(root) + 1:]
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()


@dataclass(frozen=True)
class Found:
    slug: str
    path: Path     # the Markdown file
    private: bool = False


def find_ambassadors(layout: Layout, report: Report) -> list[Found]:
    """`ambassadors/<slug>/index.md`, one folder per ambassador."""
    found = []
    for entry in _children(layout.ambassadors_dir):
        if not entry.is_dir():
            _single_file(entry, layout, report)
            continue
        folder = Path(entry.path)
        index = folder / "index.md"
        if not _plain_file(index):
            report.error(layout.relative(folder), None, None, msg("folder.ambassador_index"))
            continue
        found.append(Found(folder.name, index, layout.is_private))
    return _checked(found, layout, report, msg("this.ambassador"))


def find_stories(layout: Layout, report: Report) -> list[Found]:
    """`stories/<slug>.md` or `stories/<slug>/index.md`."""
    found = []
    for entry in _children(layout.stories_dir):
        path = Path(entry.path)
        if entry.is_dir():
            if _plain_file(path / "index.md"):
                found.append(Found(entry.name, path / "index.md", layout.is_private))
            else:
                report.error(layout.relative(path), None, None, msg("folder.story_index"))
        elif entry.name.endswith(".md") and entry.name.lower() not in IGNORED:
            found.append(Found(entry.name[:-3], path, layout.is_private))
        else:   # outside docs_dir: no text file there is anything but a source
            _misnamed(entry, TEXT_SUFFIXES, layout, report, msg("this.story"))
    return _checked(found, layout, report, msg("this.story"))


def find_pages(folder: Path, layout: Layout, report: Report, kind: Message) -> list[Found]:
    """`<folder>/<slug>.md` for events, appointments and newsletter issues; `kind` names
    one of them in messages (`this.event`)."""
    found = []
    for entry in _children(folder):
        if entry.name.endswith(".md") and entry.is_file() and entry.name.lower() not in IGNORED:
            found.append(Found(entry.name[:-3], Path(entry.path), layout.is_private))
        elif entry.is_file():   # in docs_dir: a .txt may be a download, Markdown is a page
            _misnamed(entry, MARKDOWN_SUFFIXES, layout, report, kind)
    return _checked(found, layout, report, kind)


def find_hand_written(layout: Layout) -> list[Path]:
    """The hand-written Markdown pages in docs_dir: every `.md` outside the folders of events,
    announcements and newsletter issues, hidden ones left out as MkDocs leaves them out."""
    claimed = {layout.events_dir, layout.appointments_dir, layout.newsletter_dir}
    found, pending = [], [layout.docs_dir]
    while pending:
        for entry in _children(pending.pop(), hidden="."):
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                if path not in claimed:
                    pending.append(path)
            elif entry.name.endswith(MARKDOWN_SUFFIXES):   # every page MkDocs renders
                found.append(path)
    return sorted(found)


def find_docs_files(layout: Layout) -> list[Path]:
    """Every file MkDocs would publish from docs_dir (pages and files copied as they are),
    in the folders of events, announcements and newsletter issues too; hidden ones and
    links left out as in find_hand_written."""
    found, pending = [], [layout.docs_dir]
    while pending:
        for entry in _children(pending.pop(), hidden="."):
            if entry.is_dir(follow_symlinks=False):
                pending.append(Path(entry.path))
            else:
                found.append(Path(entry.path))
    return sorted(found)


def merged(public: list[Found], private: list[Found], layout: Layout, report: Report,
           kind: Message) -> list[Found]:
    """The private folder's sources beside the public ones: a slug lives in one of the two
    (compared without letter case, as within one folder)."""
    taken = {item.slug.casefold(): item for item in public}
    result = list(public)
    for item in private:
        other = taken.get(item.slug.casefold())
        if other is None:
            result.append(item)
            continue
        here, there = layout.relative(item.path), layout.relative(other.path)
        report.error(here, None, None, msg("private.both", slug=item.slug, there=there,
                                           kind=kind))
    return result


def _children(folder: Path, hidden: str | tuple[str, ...] = (".", "_")
              ) -> list[os.DirEntry[str]]:
    """The visible entries of a folder, by name; a scan knows which are folders without
    asking the file system again for each (thousands of stories). Symbolic links are left
    out: never followed (the confinement check reports them)."""
    if not folder.is_dir() or folder.is_symlink():
        return []
    with os.scandir(folder) as entries:
        return sorted((e for e in entries
                       if not e.name.startswith(hidden) and not e.is_symlink()),
                      key=lambda e: e.name)


def _single_file(entry: os.DirEntry[str], layout: Layout, report: Report) -> None:
    """A Markdown or text file directly in the ambassadors folder (`ambassadors/jan.md`):
    an ambassador is a folder with an index.md and the photo beside it, so say where this
    file belongs instead of leaving it out without a word."""
    stem, suffix = os.path.splitext(entry.name)
    if suffix.lower() not in TEXT_SUFFIXES or entry.name.lower() in IGNORED:
        return
    slug = shorten_slug(slugify(stem)) or "a-name-like-this"
    folder = layout.relative(layout.ambassadors_dir / slug)
    report.error(layout.relative(Path(entry.path)), None, None,
                 msg("folder.ambassador_file", target=f"{folder}/index.md", folder=folder))


def _misnamed(entry: os.DirEntry[str], suffixes: tuple[str, ...], layout: Layout,
              report: Report, kind: Message) -> None:
    """A source under another ending than `.md` (`x.markdown`, `x.MD`, `x.txt`): not read,
    so an error that names the file it should be."""
    stem, suffix = os.path.splitext(entry.name)
    if suffix.lower() not in suffixes or entry.name.lower() in IGNORED:
        return
    report.error(layout.relative(Path(entry.path)), None, None,
                 msg("file.md_name", kind=kind, name=f"{stem}.md"))


def _plain_file(path: Path) -> bool:
    """A file that is not a symbolic link."""
    return path.is_file() and not path.is_symlink()


def _checked(found: list[Found], layout: Layout, report: Report, kind: Message
             ) -> list[Found]:
    """Drop bad slugs and duplicates (also those differing only in letter case)."""
    by_slug = {item.slug: item for item in found}
    seen: dict[str, Found] = {}
    good = []
    for item in found:
        if not SLUG.match(item.slug):
            _bad_slug(item, by_slug, layout, report, kind)
            continue
        if len(item.slug) > MAX_SLUG:
            report.error(layout.relative(item.path), None, None, msg(
                "slug.too_long", kind=kind, slug=quote(item.slug), length=len(item.slug),
                limit=MAX_SLUG, suggestion=shorten_slug(item.slug)))
            continue
        key = item.slug.casefold()
        if key in seen:
            other = layout.relative(seen[key].path)
            report.error(layout.relative(item.path), None, None,
                         msg("slug.duplicate", kind=kind, slug=item.slug, other=other))
            continue
        seen[key] = item
        good.append(item)
    return good


def _bad_slug(item: Found, by_slug: dict[str, Found], layout: Layout, report: Report,
              kind: Message) -> None:
    """Suggest the slug the name would make, unless a source already has that slug."""
    suggestion = shorten_slug(slugify(item.slug)) or "a-name-like-this"
    taken = by_slug.get(suggestion)
    advice = msg("slug.like", suggestion=suggestion) if taken is None else \
        msg("slug.taken", other=layout.relative(taken.path))
    report.error(layout.relative(item.path), None, None,
                 msg("slug.invalid", kind=kind, slug=item.slug, advice=advice))
