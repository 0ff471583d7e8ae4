"""The files of docs_dir that MkDocs publishes by itself, hand-written pages and files copied
as they are: which of them the build must leave out.

A file at an address the site makes itself is left out (the caller says which are taken:
generator/addresses.py), and so is an HTML, SVG or XML file that could run a script
(raw_files.py). Both are errors that the build neutralises: it warns, so a `--strict`
build fails and `serve` still previews the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..messages import Message
from .errors import Report
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
