"""Keeps every read inside the repository: source folders lie inside the site's folder, and a
symbolic link anywhere in them is an error that names it, never something to follow.

A pull request can add a link `ambassadors/x/portrait.jpg -> ~/.ssh/id_rsa`, or a folder
`content/runner -> /`; git stores links as they are, and a build that followed one would
publish what it points to. So nothing here follows a link: each one is an error, the
loaders pass links by, and the build stops before MkDocs collects docs_dir.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path

from ...messages import Message, msg
from ..errors import Report
from .tree import Layout

# A folder whose option is not the plugin's own, by the name mkdocs.yml writes it under.
_SETTING = {"custom_dir": "theme.custom_dir"}


def source_folders(layout: Layout) -> dict[str, Path]:
    """Each folder a build reads, by its option name (`ambassadors_dir`, ...)."""
    return {_SETTING.get(f.name, f.name): getattr(layout, f.name) for f in fields(layout)
            if isinstance(getattr(layout, f.name), Path) and f.name != "root"}


def check_confinement(layout: Layout, report: Report, config: str = "mkdocs.yml") -> bool:
    """Report every folder outside the site and every link inside one. False when a folder
    itself may not be read; links inside are reported, and the loaders pass them by."""
    clean = True
    folders = list(source_folders(layout).items())
    for option, folder in folders:
        problem = _outside(layout.root, folder)
        if problem:
            report.error(config, None, option, problem)
            clean = False
    if clean and layout.private_dir is not None:
        clean = _private_apart(layout, report, config)
    if not clean:
        return False
    for link in _links_below(folder for _, folder in _outermost(folders)):
        report.error(layout.relative(link), None, None, msg("confine.link"))
    return True


def folder_refused(root: Path, folder: Path) -> Message | None:
    """Why a folder may not be read as one below `root` (outside it, or a link on the way),
    or None: the rule for the site's folders, and for a previous version's (previous.py)."""
    return _outside(root, folder)


def _outside(root: Path, folder: Path) -> Message | None:
    """Why a configured folder may not be read, or None: it must lie below the site's folder
    and no part of its path below that folder may be a link."""
    try:
        parts = folder.relative_to(root).parts
    except ValueError:
        parts = ("..",)
    if ".." in parts:
        return msg("confine.outside", folder=folder, root=root)
    for depth in range(1, len(parts) + 1):
        if (root.joinpath(*parts[:depth])).is_symlink():
            return msg("confine.link_in_path", path="/".join(parts[:depth]),
                       link=msg("confine.link"))
    return None


def _private_apart(layout: Layout, report: Report, config: str) -> bool:
    """The private folder shares no folder with the public sources: inside docs_dir MkDocs
    would publish its files as they are, and a public folder inside it would be read twice."""
    private = layout.private_dir
    assert private is not None
    for option, folder in source_folders(layout).items():
        if option == "private_dir" or not (folder == private or private in folder.parents
                                           or folder in private.parents):
            continue
        shown, where = layout.relative(private), layout.relative(folder)
        report.error(config, None, "private_dir",
                     msg("private.overlaps", private=shown, option=option, where=where))
        return False
    return True


def _outermost(folders: list[tuple[str, Path]]) -> list[tuple[str, Path]]:
    """The folders that lie inside no other one (events/ inside content/ is scanned once)."""
    paths = {folder for _, folder in folders}
    return [(name, folder) for name, folder in folders
            if not any(other != folder and other in folder.parents for other in paths)]


def _links_below(folders: Iterable[Path]) -> list[Path]:
    """Every symbolic link below the folders, files and folders alike, without following
    any: one directory scan per folder."""
    found: list[Path] = []
    pending = [folder for folder in folders if folder.is_dir()]
    seen: set[Path] = set()
    while pending:
        folder = pending.pop()
        if folder in seen:
            continue
        seen.add(folder)
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_symlink():
                    found.append(Path(entry.path))
                elif entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
    return sorted(found)
