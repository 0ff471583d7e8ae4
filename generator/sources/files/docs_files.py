"""The files of docs_dir that MkDocs publishes by itself, hand-written pages and files copied
as they are: which of them the build must leave out.

A file at an address the site makes itself is left out (the caller says which are taken:
generator/addresses.py), and so is an HTML, SVG or XML file that could run a script
(raw_files.py). Both are errors that the build neutralises: it warns, so a `--strict`
build fails and `serve` still previews the rest.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ...messages import Message
from ..errors import Report
from .raw_files import check_markup, is_markup
from .tree import MARKDOWN_SUFFIXES, Layout, find_docs_files

Taken = Callable[[str], "Message | None"]   # a docs path -> the problem of its address


def check_docs_files(layout: Layout, taken: Taken | None, report: Report) -> frozenset[str]:
    """Report the files that may not be published; their paths in docs_dir."""
    sources = (layout.events_dir, layout.appointments_dir, layout.newsletter_dir)
    withheld = set()
    for path in find_docs_files(layout):
        src = path.relative_to(layout.docs_dir).as_posix()
        shown = layout.relative(path)
        # The pages in those folders are sources the plugin renders at its own address.
        source_page = src.endswith(MARKDOWN_SUFFIXES) and _inside(path, sources)
        problem = taken(src) if taken and not source_page else None
        if problem is not None:
            report.add(shown, None, None, problem, neutralised=True)
            withheld.add(src)
        elif is_markup(path.name) and check_markup(path, shown, report):
            withheld.add(src)
    return frozenset(withheld)


def _inside(path: Path, folders: tuple[Path, ...]) -> bool:
    return any(folder in path.parents for folder in folders)


def check_theme_files(layout: Layout, report: Report) -> frozenset[str]:
    """The files of the theme's custom_dir that MkDocs would copy into the site as they are
    (every file but its templates, `.html`, and hidden ones), held to the rules of docs_dir's
    raw files: an SVG there is served from the site's address like one in docs_dir. Their
    paths in custom_dir that the build must leave out."""
    folder = layout.custom_dir
    if folder is None or layout.is_private or not folder.is_dir() or folder.is_symlink():
        return frozenset()
    withheld = set()
    for path in _theme_files(folder):
        src = path.relative_to(folder).as_posix()
        if src.lower() in _THEME_TEMPLATES or path.name.lower().endswith(".html"):
            continue
        if is_markup(path.name) and check_markup(path, layout.relative(path), report):
            withheld.add(src)
    return frozenset(withheld)


# The theme's static templates MkDocs renders with Jinja rather than copies.
_THEME_TEMPLATES = {"sitemap.xml", "404.html"}


def _theme_files(folder: Path) -> list[Path]:
    """Every file below the folder, hidden ones and links left out (links are reported by
    the confinement check and never followed)."""
    found, pending = [], [folder]
    while pending:
        with os.scandir(pending.pop()) as scan:
            entries = sorted(scan, key=lambda e: e.name)
        for entry in entries:
            if entry.name.startswith(".") or entry.is_symlink():
                continue
            if entry.is_dir(follow_symlinks=False):
                pending.append(Path(entry.path))
            else:
                found.append(Path(entry.path))
    return sorted(found)
