"""Site search with Pagefind: what each page tells the index, and the index itself.

Pagefind was chosen over the theme's own search (issue 19): the theme sends every visitor
one index of every page (0.6 MB at S, tens of MB at L), matches words only as typed, and
shows whatever text it indexed. Pagefind splits its index into chunks a visitor loads per
query, stems Dutch, folds accents ('therese' finds 'Thérèse'; the dotless ı too, with
pagefind_fold.py) and keeps filters and metadata per page; its indexer is one pinned binary (pagefind-bin) that runs offline, and
its output is put in a fixed order (pagefind_order.py) so the same pages give the same bytes.

Each page marks its main content as the part to index and carries a hidden block, not
indexed as text, with the kind of page, a thumbnail and the facets to filter on. Snippets
are then text a visitor sees on the page, nothing else.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from ...messages import msg
from ...sources.errors import Bilingual
from .pagefind_fold import fold_index
from .pagefind_order import canonicalise

# The filters of the search page and their URL parameters (/zoeken/?q=...&regio=Utrecht):
# the kind of page, then the directory's facets (ambassador field -> filter).
KIND_FILTER = "soort"
FACET_FILTERS = {"region": "regio", "sector": "sector", "themes": "thema"}
# A name on its own page weighs most; the same name in a list of people on another page
# weighs least, so that 'therese' finds Marie-Thérèse's profile first (Pagefind: 0 to 10).
# A role and organisation on their own profile weigh as much as the name: 'bakkerij' finds
# the baker before someone called Bakker (Dutch stemming files both under 'bakker').
# Everything else on a page that lists other pages weighs less still (see mark()).
WEIGHTS = {"own": 10, "listed": 0.5, "list_page": 0.1}
# Pagefind also searches a page's metadata: a word of a page's title adds five times its
# rarity to the score. A profile's name is metadata too, so that the person's own page
# comes before a story with their name in its title; its role and organisation weigh as
# much as the name does (title and name): 'bakkerij' finds the baker before Eva Bakker.
# The thumbnail's file name is no word of the page.
NAME_META, ROLE_META = "name", "role"
RANKING = {"metaWeights": {"title": 5.0, NAME_META: 5.0, ROLE_META: 10.0, "image": 0.0}}
# What the theme writes around every page's content (mkdocs-material's base.html).
_ARTICLE = '<article class="md-content__inner md-typeset">'
# Pagefind joins the text of neighbouring cells and terms ('RegioUtrecht'); a space between
# them changes nothing on the page.
_CELLS = re.compile(r"(</(?:dt|dd|th|td)>)(?=<)")
# The bundle parts a visitor's browser uses; Pagefind also writes ready-made interfaces,
# which this site does not (its own page is Dutch, filterable and announced to screen
# readers), so they are not published.
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
           "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
           "pagefind-highlight.js")
# Page furniture that is no text of the page: heading anchors (¶) and the edit link.
NOT_INDEXED = ".headerlink, .amb-edit"
TIMEOUT = 600  # seconds: a large site indexes in a few
_COMPLETE = ".complete"
_FORMAT = 2   # raise when what this module writes into the bundle changes
_VERSION = f"pagefind-bin {version('pagefind-bin')}"


class SearchError(Bilingual):
    """The index could not be written, said in English and then in Dutch."""

    def __str__(self) -> str:
        return f"search: {self.message}\n  NL: zoeken: {self.nl}"


@dataclass(frozen=True)
class SearchEntry:
    """What one page tells the index besides its text."""

    kind: str                                        # filter `soort`, shown with the result
    image: str | None = None                         # thumbnail, relative to the page
    facets: tuple[tuple[str, tuple[str, ...]], ...] = ()   # (facet, values), as FACETS
    name: str | None = None                          # a profile's person
    role: str | None = None                          # a profile's role and organisation
    indexed: bool = True                             # False: the page is not searchable
    listing: bool = False                            # True: a page that lists other pages

    def block(self) -> str:
        """The hidden, not-indexed block that carries the kind, thumbnail and filters. The
        kind is a filter only: Pagefind also searches metadata, and 'Ambassadeur' on every
        profile would bury the directory for the word 'ambassadeurs'."""
        parts = [_tag("filter", KIND_FILTER, self.kind)]
        if self.image:
            parts.append(_tag("meta", "image", self.image))
        if self.name:
            parts.append(_tag("meta", NAME_META, self.name))
        if self.role:
            parts.append(_tag("meta", ROLE_META, self.role))
        for facet, values in self.facets:
            parts += [_tag("filter", FACET_FILTERS[facet], value) for value in values if value]
        return f'<div hidden data-pagefind-ignore>{"".join(parts)}</div>'


def _tag(what: str, key: str, value: str) -> str:
    return f'<span data-pagefind-{what}="{key}">{html.escape(value)}</span>'


def facets_of(**values: Iterable[str | None]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Facet values in a fixed order, without blanks or repeats."""
    return tuple((facet, tuple(dict.fromkeys(v for v in values[facet] if v)))
                 for facet in FACET_FILTERS if facet in values)


def mark(page_html: str, entry: SearchEntry) -> str:
    """A built page with its content marked for the index (or left out of it)."""
    if not entry.indexed or _ARTICLE not in page_html:
        return page_html
    # Without a thumbnail of its own, Pagefind would take the page's first image, and index
    # its file name as words: a list of people would then match their names at full weight.
    no_image = "" if entry.image else ' data-pagefind-meta="image:"'
    # A list of people, stories or appearances repeats what their own pages say, and its
    # many entries add up: all of it weighs little, so that for any query ('zorg utrecht')
    # the profiles and stories come first. Its title keeps its own weight (search_weight).
    listed = f' data-pagefind-weight="{WEIGHTS["list_page"]}"' if entry.listing else ""
    opened = _ARTICLE[:-1] + f" data-pagefind-body{no_image}{listed}>" + entry.block()
    return _CELLS.sub(r"\1 ", page_html.replace(_ARTICLE, opened, 1))


class PagesDigest:
    """What the index is made from: every marked page's address and HTML, in build order.
    The same digest means the same index, so a rebuild without changes copies the last
    one instead of running Pagefind (seconds and gigabytes on a large site)."""

    def __init__(self) -> None:
        self._hash = hashlib.blake2b(digest_size=20)
        self._hash.update(f"{_VERSION} {NOT_INDEXED} {_FORMAT}".encode())

    def add(self, address: str, page_html: str) -> None:
        self._hash.update(f"{len(address)}:{address}{len(page_html)}:".encode())
        self._hash.update(page_html.encode("utf-8", "surrogatepass"))

    @property
    def key(self) -> str:
        return self._hash.hexdigest()


def write_index(site_dir: Path, bundle: str, cache: Path | None = None,
                digest: PagesDigest | None = None) -> None:
    """Index the built site into `site_dir/bundle/`, or copy the index the same pages gave
    last time from `cache`.

    Pagefind reads a configuration file and PAGEFIND_* variables from where it runs; it runs
    in an empty folder with a clean environment, so that nothing in the repository (a
    pull request's pagefind.yml) can point it at other files or another output folder."""
    target = site_dir / bundle
    if target.exists():
        shutil.rmtree(target)
    kept = cache / digest.key if cache is not None and digest is not None else None
    if kept is not None and (kept / _COMPLETE).is_file():
        shutil.copytree(kept, target, copy_function=_link_or_copy,
                        ignore=shutil.ignore_patterns(_COMPLETE))
        return
    _run_pagefind(site_dir, bundle)
    if kept is not None:
        _keep(target, kept)


def _run_pagefind(site_dir: Path, bundle: str) -> None:
    from pagefind_bin import get_executable  # here: only a build that indexes needs it

    target = site_dir / bundle
    command = [str(get_executable()), "--site", str(site_dir.resolve()),
               "--output-subdir", bundle, "--exclude-selectors", NOT_INDEXED, "--silent"]
    environment = {"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8"}
    with tempfile.TemporaryDirectory(prefix="ambassadors-search-") as empty:
        try:
            done = subprocess.run(command, cwd=empty, env=environment, capture_output=True,
                                  text=True, timeout=TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SearchError(msg("search.failed", reason=str(exc)[:300])) from None
    if done.returncode != 0 or not (target / "pagefind.js").is_file():
        reason = (done.stderr or done.stdout).strip()[-300:] or f"exit {done.returncode}"
        raise SearchError(msg("search.failed", reason=reason))
    for name in _UNUSED:
        (target / name).unlink(missing_ok=True)
    fold_index(target)
    canonicalise(target)


def _keep(bundle: Path, kept: Path) -> None:
    """Store the bundle as the cache's only entry; complete or not at all."""
    for old in kept.parent.glob("*") if kept.parent.is_dir() else ():
        shutil.rmtree(old, ignore_errors=True)
    partial = kept.parent / f".{kept.name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    shutil.copytree(bundle, partial)
    (partial / _COMPLETE).touch()
    partial.rename(kept)


def _link_or_copy(source: str, destination: str) -> None:
    """A hard link where the cache and the site share a file system: a large site's index
    is tens of thousands of files."""
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)
