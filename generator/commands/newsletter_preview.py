"""`python -m generator newsletter preview <slug>`: an issue's e-mail as the build will
publish it, for a coordinator to send as a test (render/newsletter_email.py).

The site is built once, in a temporary folder, with the build clock at the issue's moment
(with the engine installed: MkDocs or ProperDocs); the issue's `email.html` and `email.txt`
are copied out of it. Only the cache folder is shared with a normal build.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..messages import msg
from ..render.routes import Routes
from ..sources.errors import Bilingual


class PreviewError(Bilingual):
    """No preview: an unknown issue, or a build that failed (its output says why)."""


def newsletter_preview(config_file: Path, routes: Routes, slug: str, epoch: int,
                       out: Path) -> list[Path]:
    engine = "mkdocs" if importlib.util.find_spec("mkdocs") else "properdocs"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ambassadors-preview-") as folder:
        site = Path(folder) / "site"
        done = subprocess.run(
            [sys.executable, "-m", engine, "build", "-q", "-f", str(config_file),
             "-d", str(site)], capture_output=True, text=True, check=False,
            env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)})
        made = []
        for route, name in (("newsletter_email", f"{slug}.email.html"),
                            ("newsletter_text", f"{slug}.email.txt")):
            built = site / routes.path(route, slug=slug)
            if done.returncode != 0 or not built.is_file():
                output = (done.stdout + done.stderr).strip()[-2000:]
                raise PreviewError(msg("newsletter.preview_failed", slug=slug, output=output))
            shutil.copyfile(built, out / name)
            made.append(out / name)
    return made
