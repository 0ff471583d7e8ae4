"""Turns page and image specs into MkDocs files, and claims the docs pages we own."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.structure.files import File, Files, InclusionLevel

from ..domain.text import plain
from ..domain.text.plain import CONTROL
from ..render.images import derived as image_work
from ..render.images.cards import Card, make_cards
from ..render.images.derived import Derived
from ..render.pages.kinds import PageSpec

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from ..domain.model import Sources
    from ..render.templating.media import ImageKey
    from ..site_loader import Settings


class CachedFile(File):
    """A file from our image cache. There are thousands, so they are hard-linked into the
    site rather than copied; where links are impossible they are copied as usual."""

    def copy_file(self, dirty: bool = False) -> None:
        if self.abs_src_path and self._content is None:
            output = self.abs_dest_path
            os.makedirs(os.path.dirname(output), exist_ok=True)
            try:
                if os.path.lexists(output):
                    os.remove(output)
                os.chmod(self.abs_src_path, 0o644)  # caches from before were made 0600
                os.link(self.abs_src_path, output)
                return
            except OSError:
                pass
        super().copy_file(dirty)


class Collision(Exception):
    """Two sources want the same output path."""


def keep_back(files: Files, config: MkDocsConfig, sources: Sources, settings: Settings) -> None:
    """The first step of a build: what MkDocs found that the site may not publish as it is.
    Withheld sources (embargoed, unsafe or reserved), the plugin's own page templates, the
    unsafe files of the network's theme folder, the source folders the generator renders
    itself, and names with control characters."""
    from ..addresses import THEME_DIR, is_theme_asset

    withhold(files, config, sources.withheld, is_theme_asset)
    drop_theme_folder(files, THEME_DIR / "amb")
    if settings.custom_dir:   # its unsafe raw files (sources/files/docs_files.py)
        drop_theme_files(files, settings.custom_dir, sources.withheld_theme)
    claim(files, (settings.events_dir, settings.appointments_dir, settings.newsletter_dir))
    without_controls(files)


def drop_theme_folder(files: Files, folder: Path) -> None:
    """Leave out the files MkDocs took from one folder of our theme: it publishes every
    theme file that is not an HTML template as it is (the e-mail's text template would be
    Jinja source on the site; the editor's bundle is for sites with an editor only)."""
    for file in [f for f in files if f.abs_src_path
                 and Path(f.abs_src_path).parent == folder]:
        files.remove(file)


def drop_theme_files(files: Files, folder: Path, srcs: Iterable[str]) -> None:
    """Leave out the files of a theme folder (the site's custom_dir) the loaders refused:
    MkDocs would copy them into the site as they are."""
    for src in srcs:
        file = files.get_file_from_path(src)
        if file is not None and file.abs_src_path and \
                Path(file.abs_src_path).resolve() == (folder / src).resolve():
            files.remove(file)


def claim(files: Files, folders: Iterable[str]) -> list[File]:
    """Take the Markdown pages in docs sub-folders we render ourselves out of the build."""
    prefixes = tuple(f"{folder.strip('/')}/" for folder in folders)
    claimed = [f for f in files if f.src_uri.startswith(prefixes) and f.is_documentation_page()]
    for file in claimed:
        files.remove(file)
    return claimed


def withhold(files: Files, config: MkDocsConfig, srcs: Iterable[str],
             restore: Callable[[str], bool]) -> None:
    """Leave out the docs files the loaders refused (sources/files/docs_files.py): a theme file
    one of them hid (`restore` says which kinds) comes back, as MkDocs would have added it."""
    for src in srcs:
        file = files.get_file_from_path(src)
        if file is None or file.generated_by:
            continue
        files.remove(file)
        theme = next((folder for folder in config.theme.dirs
                      if os.path.isfile(os.path.join(folder, src))), None)
        if theme is not None and restore(src):
            files.append(File(src, theme, config.site_dir, config.use_directory_urls))


def without_controls(files: Files) -> None:
    """Hand-written pages as the loaders read them: without control characters (reported
    by the loaders, sources/loaders.py _check_hand_written), before MkDocs reads their front
    matter, which one such character makes it drop without a word, and their Markdown."""
    for file in files.documentation_pages():
        if file.generated_by or file.abs_src_path is None:
            continue
        try:
            text = file.content_string
        except (OSError, ValueError):
            continue   # the loaders reported it (file.unreadable, file.not_utf8)
        if CONTROL.search(text):
            file.content_string = plain.without_controls(text)


def add_pages(files: Files, config: MkDocsConfig, specs: Iterable[PageSpec],
              root: Path) -> None:
    docs_dir = Path(config.docs_dir)
    for spec in specs:
        _check_free(files, spec.src, spec.edit_path or "the ambassadors plugin")
        # Not in MkDocs' automatic nav: nesting thousands of item pages costs a second at
        # a few thousand; nav.arrange adds the section pages itself.
        file = File.generated(config, spec.src, content=spec.markdown,
                              inclusion=InclusionLevel.NOT_IN_NAV)
        if spec.edit_path:
            # Relative to docs_dir, so MkDocs' repo_url + edit_uri reaches the source file.
            file.edit_uri = Path(os.path.relpath(root / spec.edit_path, docs_dir)).as_posix()
        files.append(file)


def url_lookup(files: Files) -> Callable[[str], str | None]:
    """Site URLs by source path, remembered: templates ask for the same few thousand links
    tens of thousands of times. Misses are not remembered (files may still be added)."""
    known: dict[str, str] = {}

    def url_of(src: str) -> str | None:
        url = known.get(src)
        if url is None:
            file = files.get_file_from_path(src)
            if file is None:
                return None
            url = known[src] = file.url
        return url

    return url_of


def add_derived(files: Files, config: MkDocsConfig,
                planned: dict[ImageKey, tuple[Derived, ...]], cache_dir: Path,
                workers: int) -> dict[str, Path]:
    """Every derived image (render/images/), made or taken from the cache, and published:
    their cached files by destination."""
    derived = [d for group in planned.values() for d in group]
    made = image_work.make_all(derived, cache_dir, workers)
    add_images(files, config, derived, made)
    return made


def add_cards(files: Files, config: MkDocsConfig, cards: dict[str, Card], cache_dir: Path,
              workers: int, colours: tuple[str, str], logo: Path | None) -> dict[str, str]:
    """The social cards (render/images/cards.py), made or taken from the cache, and
    published: each card's address by the source path of its page."""
    add_cached(files, config, make_cards(list(cards.values()), cache_dir, colours, workers,
                                         logo))
    return {src: card.dest for src, card in cards.items()}


def add_images(files: Files, config: MkDocsConfig, images: Iterable[Derived],
               made: dict[str, Path]) -> None:
    for image in images:
        _check_free(files, image.dest, str(image.source))
        files.append(CachedFile.generated(config, image.dest,
                                          abs_src_path=str(made[image.dest])))


def add_cached(files: Files, config: MkDocsConfig, made: dict[str, Path]) -> None:
    """Files made by us and kept in the cache (social cards), published under `dest`."""
    for dest, path in made.items():
        _check_free(files, dest, "the ambassadors plugin")
        files.append(CachedFile.generated(config, dest, abs_src_path=str(path)))


def _check_free(files: Files, src: str, wanted_by: str) -> None:
    existing = files.get_file_from_path(src)
    if existing is not None:
        owner = existing.abs_src_path or existing.generated_by or src
        raise Collision(f"{wanted_by} and {owner} both want the output path {src!r}; "
                        "rename one of them")


def add_raw(files: Files, config: MkDocsConfig, contents: dict[str, bytes]) -> None:
    """Files made in memory (calendars, feeds), published as they are."""
    for src, content in contents.items():
        _check_free(files, src, "the ambassadors plugin")
        files.append(File.generated(config, src, content=content))
