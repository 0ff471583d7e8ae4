"""A cache folder that git tracks files in is refused by `check` and the build alike: a
commit must never put compiled templates (code the build runs) or kept outputs into the
builds that read the cache."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.sitebuilder import build, run_cli
from tests.zorgnetwerk import EPOCH, write_site

PLANTED = ".cache/ambassadors/templates/__jinja2_planted.cache"


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   cwd=root, check=True, capture_output=True)


def repository(tmp_path: Path) -> Path:
    root = write_site(tmp_path)
    (root / ".gitignore").write_text("/.cache/\n/site/\n", encoding="utf-8")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "site")
    return root


def test_a_tracked_cache_file_stops_check_and_build(tmp_path: Path) -> None:
    root = repository(tmp_path)
    planted = root / PLANTED
    planted.parent.mkdir(parents=True)
    planted.write_bytes(b"not a template")
    git(root, "add", "-f", PLANTED)
    git(root, "commit", "-qm", "planted")
    checked = run_cli(root, "check", epoch=EPOCH)
    assert checked.returncode == 1
    assert "cache_dir: '.cache/ambassadors' holds 1 file(s) that git tracks" in checked.stdout
    assert PLANTED in checked.stdout and "NL: " in checked.stdout
    assert "bestand(en) die git bijhoudt" in checked.stdout
    built = build(root, EPOCH)
    assert built.code != 0 and "holds 1 file(s) that git tracks" in built.out
    assert not (root / "site" / "index.html").exists()
    git(root, "rm", "-q", "-r", "--cached", ".cache")
    assert run_cli(root, "check", epoch=EPOCH).returncode == 0
    assert build(root, EPOCH).code == 0


def test_an_untracked_cache_and_a_folder_outside_git_pass(tmp_path: Path) -> None:
    root = repository(tmp_path / "repo")
    assert build(root, EPOCH).code == 0   # the cache now holds files, none tracked
    assert build(root, EPOCH, site_dir="again").code == 0
    plain = write_site(tmp_path / "plain")   # no git at all
    assert build(plain, EPOCH).code == 0
