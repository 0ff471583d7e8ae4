"""The JavaScript programs the tests read our outputs with (the editor's test server,
ical.js, doiuse-email), installed from npm at a pinned version into a cache folder on first
use: real clients, never a copy of their logic. Without node, npm or the registry a test
fails and says so, rather than passing without its reader."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

CACHE = Path(os.environ.get("AMB_TEST_CACHE") or Path.home() / ".cache" / "ambassadors-test")


def npm_package(name: str, version: str, needs: str = "package.json") -> Path:
    """The installed package's folder (node_modules/<name>), with the file `needs` (relative
    to the install folder's node_modules) present; installed when missing or another version."""
    folder = CACHE / name
    modules = folder / "node_modules"
    manifest = modules / name / "package.json"
    if manifest.exists() and (modules / needs).exists() \
            and json.loads(manifest.read_text())["version"] == version:
        return modules / name
    npm = shutil.which("npm")
    if not npm or not shutil.which("node"):
        pytest.fail(f"node and npm are missing: this test installs {name} with npm "
                    "(apt-get install nodejs npm)")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([npm, "install", "--prefix", str(folder), "--no-audit", "--no-fund",
                           "--no-save", f"{name}@{version}"],
                          capture_output=True, text=True, timeout=600)
    if done.returncode != 0 or not (modules / needs).exists():
        pytest.fail(f"could not install {name}@{version} with npm into {folder} "
                    f"(is the npm registry reachable?):\n{done.stdout}{done.stderr}")
    return modules / name
