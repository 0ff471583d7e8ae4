"""The files of a folder that git tracks. The cache folder must hold none: a commit that put
files there would put them into every build that reads the cache (compiled templates are
code the build runs; kept outputs are published as they are)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def tracked(root: Path, folder: Path) -> list[str]:
    """The paths git tracks in `folder`, relative to the repository's top; none outside a
    git work tree or without git."""
    try:
        where = folder.resolve().relative_to(root.resolve())
        done = subprocess.run(["git", "-C", str(root), "ls-files", "-z", "--", str(where)],
                              capture_output=True, timeout=60, check=False)
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return []
    if done.returncode != 0:
        return []
    return [name for name in done.stdout.decode("utf-8", "replace").split("\0") if name]
