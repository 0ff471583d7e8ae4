"""The outside world's checks (../shared/tools/check-site) as part of the test suite."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("AMBASSADORS_SHARED", REPO.parent / "shared"))
CHECK_SITE = SHARED / "tools" / "check-site"
INSTALL = SHARED / "tools" / "install-checkers"
MAKE_CORPUS = SHARED / "bench" / "make-corpus"
# Our own, documented filters for false positives of the checker (none needed so far).
VNU_FILTERS = REPO / "tests" / "quality" / "vnu-filters.txt"


@pytest.fixture(scope="session")
def checkers() -> Path:
    """Install the checkers once (a second run takes about a second)."""
    if not CHECK_SITE.exists():
        pytest.fail(f"{CHECK_SITE} not found: the shared tools must sit beside the repository "
                    "(or set AMBASSADORS_SHARED)")
    done = subprocess.run([str(INSTALL)], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return CHECK_SITE


def check_site(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [str(CHECK_SITE), str(site), "--vnu-filter", str(VNU_FILTERS), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=1200)


def copy_demo(target: Path) -> Path:
    for name in ("content", "ambassadors", "stories", "private", "theme"):
        shutil.copytree(REPO / name, target / name)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    return target
