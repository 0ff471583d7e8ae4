"""The addresses the site publishes itself, so that no file in docs_dir takes one.

The generator's pages and files (render/routes.py) with the images, cards, calendars and
e-mails beside them, the search bundle and the editor's page; and the scripts and styles of
the themes, which every page loads (MkDocs publishes a docs file instead of the theme's
file of the same name). A hand-written page or file at one of them would be dropped without
a word, replace the generator's output, or stop the build: `check` and the build report it,
and the build leaves the file out (sources/files/docs_files.py, mkdocs_files.withhold).

A folder of items (`ambassadeurs/<slug>/`) belongs to the generator whole, whether an item
has that slug today or not: an embargoed ambassador's page appears at a moment of its own,
and a hand-written page there would then stop the scheduled build.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import posixpath
import re
from pathlib import Path

from .messages import Message, msg
from .render.images.social import HOME_CARD
from .render.routes import PATTERNS, Routes
from .sources.files.tree import MARKDOWN_SUFFIXES

ADMIN_PAGE = "admin/index.html"   # the browser editor's page (adapter/admin_page.py writes it)
ADMIN_CONFIG = "admin/config.yml"   # its configuration (`generator cms-config --write`)
THEME_DIR = Path(__file__).parent / "theme"
# Theme files a docs file could replace and every page (or the editor) loads: code and
# styles. Images and fonts may be replaced on purpose (a favicon).
THEME_ASSETS = (".js", ".mjs", ".css", ".json", ".wasm")
_INDEX = "/index.md"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def output_of(src: str) -> str:
    """Where MkDocs publishes a file of docs_dir (with its default use_directory_urls):
    `pers.md` at `pers/index.html`, `a/index.md` and `a/README.md` at `a/index.html`,
    any other file as it is."""
    if not src.endswith(MARKDOWN_SUFFIXES):
        return src
    parent, name = posixpath.split(src)
    stem = posixpath.splitext(name)[0]
    if stem in ("index", "README"):
        return posixpath.join(parent, "index.html")
    return posixpath.join(parent, stem, "index.html")


class Addresses:
    """What owns an output address: `taken(src)` says so for a file of docs_dir."""

    def __init__(self, routes: Routes, theme_dirs: tuple[Path, ...] | None = None) -> None:
        reserved = [(re.escape(HOME_CARD), HOME_CARD), (re.escape(ADMIN_PAGE), ADMIN_PAGE)]
        for route in PATTERNS:
            reserved += _reservations(routes.pattern(route), route == "search_bundle")
        self._reserved = [(re.compile(pattern), shown) for pattern, shown in reserved]
        self._theme = theme_assets(theme_dirs if theme_dirs is not None else theme_folders())

    def taken(self, src: str) -> Message | None:
        """The problem of a docs file at an address the site makes itself, or None.
        Compared without letter case: on a Mac or Windows disk both are one file."""
        address = output_of(src)
        key = address.lower()
        for pattern, shown in self._reserved:
            if pattern.fullmatch(key):
                return msg("docs.taken", address=address, pattern=shown)
        return msg("docs.theme_file", address=address) if key in self._theme else None


def _reservations(pattern: str, whole_folder: bool) -> list[tuple[str, str]]:
    """(regular expression, as shown) for one route. A page in a folder of items reserves
    the folder; a page at a fixed address reserves it and its social card."""
    if whole_folder or (pattern.endswith(_INDEX) and _PLACEHOLDER.search(pattern)):
        folder = pattern.rsplit("/", 1)[0]
        return [(_regex(folder) + "/.+", _shown(folder) + "/...")]
    if pattern.endswith(_INDEX):
        folder = pattern[: -len(_INDEX)]
        return [(_regex(page), _shown(page)) for page in
                (f"{folder}/index.html", f"{folder}/{HOME_CARD}")]
    return [(_regex(pattern), _shown(pattern))]


def _regex(pattern: str) -> str:
    parts = _PLACEHOLDER.split(pattern)   # literal, name, literal, name, ...
    return "".join(re.escape(part.lower()) if index % 2 == 0 else "[^/]+"
                   for index, part in enumerate(parts))


def _shown(pattern: str) -> str:
    return _PLACEHOLDER.sub(r"<\1>", pattern)


def theme_folders() -> tuple[Path, ...]:
    """The plugin's theme and Material's, whichever is installed: the same for `check` and
    the build, whatever mkdocs.yml says (its custom_dir is the site's own)."""
    folders = [THEME_DIR]
    spec = importlib.util.find_spec("material")
    if spec is not None and spec.submodule_search_locations:
        folders.append(Path(list(spec.submodule_search_locations)[0]) / "templates")
    return tuple(folders)


def is_theme_asset(path: str) -> bool:
    return path.lower().endswith(THEME_ASSETS)


@functools.lru_cache(maxsize=4)
def theme_assets(folders: tuple[Path, ...]) -> frozenset[str]:
    """The theme files of THEME_ASSETS kinds, by path (in lower case), hidden ones left
    out as MkDocs leaves them out."""
    found = set()
    for folder in folders:
        for parent, dirs, files in os.walk(folder):
            dirs[:] = [name for name in dirs if not name.startswith((".", "__"))]
            for name in files:
                if is_theme_asset(name) and not name.startswith("."):
                    found.add(Path(parent, name).relative_to(folder).as_posix().lower())
    return frozenset(found)
