"""A release carries everything a site needs: `python -m build` makes the sdist and, from
it, the wheel (as the release workflow does), `twine check --strict` passes on both, and the
wheel holds every file under generator/ that git has (tracked, or new and not ignored): the
theme with the vendored editor, fonts, page templates, messages, the files `init` writes
(dotfiles stored with a `dot-` prefix) and the workflow templates. Its metadata has the
version of generator/__init__.py and the licence, LICENSE travels in dist-info/licenses,
and the sdist also carries README, CHANGELOG and LICENSE. The build runs without isolation
(the venv's setuptools, pinned by the lock), so the test needs no network."""

from __future__ import annotations

import email.parser
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from generator import __version__

REPO = Path(__file__).resolve().parents[2]
NAME = "ambassadors_generator"


def in_git(folder: str) -> list[str]:
    """Every file git has under the folder: tracked, or new and not ignored."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z", "--",
                             folder], cwd=REPO, capture_output=True, check=True).stdout
    return sorted(name for name in listed.decode().split("\0")
                  if name and (REPO / name).is_file())


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir",
                           str(out), str(REPO)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out


def wheel(dist: Path) -> Path:
    (found,) = dist.glob(f"{NAME}-{__version__}-py3-none-any.whl")
    return found


def sdist(dist: Path) -> Path:
    (found,) = dist.glob(f"{NAME}-{__version__}.tar.gz")
    return found


def test_twine_finds_both_valid(dist: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "twine", "check", "--strict",
                           str(wheel(dist)), str(sdist(dist))],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("PASSED") == 2


def test_the_wheel_has_every_file_of_the_package(dist: Path) -> None:
    with zipfile.ZipFile(wheel(dist)) as archive:
        names = set(archive.namelist())
    wanted = in_git("generator")
    # What a site needs besides modules is there to be checked, hidden or not.
    for part in ("generator/theme/admin/", "generator/fonts/", "generator/render/press/templates/",
                 "generator/network/workflow_templates/", "generator/messages/"):
        assert any(name.startswith(part) for name in wanted), part
    missing = [name for name in wanted if name not in names]
    assert missing == [], f"not in the wheel (pyproject.toml package-data): {missing[:20]}"
    # No dotfile is left out silently: the files init writes store them as dot-*.
    assert not [name for name in wanted if "/." in name], "a dotfile under generator/"
    assert not [name for name in names if name.startswith("generator/") and "/." in name]
    assert "generator/network/workflow_templates/pull-request.yml" in names


def test_the_wheels_metadata_has_the_version_and_the_licence(dist: Path) -> None:
    info = f"{NAME}-{__version__}.dist-info"
    with zipfile.ZipFile(wheel(dist)) as archive:
        metadata = email.parser.Parser().parsestr(
            archive.read(f"{info}/METADATA").decode("utf-8"))
        licence = archive.read(f"{info}/licenses/LICENSE")
        entry_points = archive.read(f"{info}/entry_points.txt").decode()
    assert metadata["Name"] == "ambassadors-generator"
    assert metadata["Version"] == __version__
    assert metadata["License-Expression"] == "EUPL-1.2"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert licence == (REPO / "LICENSE").read_bytes()
    assert "ambassadors = generator.plugin:AmbassadorsPlugin" in entry_points


def test_the_sdist_carries_the_readme_changelog_and_licence(dist: Path) -> None:
    root = f"{NAME}-{__version__}"
    with tarfile.open(sdist(dist)) as archive:
        names = {member.name.removeprefix(root + "/") for member in archive.getmembers()}
        changelog = archive.extractfile(f"{root}/CHANGELOG.md").read().decode()
    assert {"LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml"} <= names
    assert [name for name in in_git("generator") if name not in names] == []
    assert f"## [{__version__}] - " in changelog


def test_the_licence_is_the_whole_eupl() -> None:
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2\n")
    articles = [line.split(". ", 1)[0] for line in text.splitlines()
                if line[:1].isdigit() and ". " in line[:4]]
    assert articles == [str(n) for n in range(1, 16)]
    assert "Appendix" in text and "All other changes or additions to this Appendix require " \
        "the production of a new EUPL version." in text


def test_the_version_is_said_by_the_command() -> None:
    done = subprocess.run([sys.executable, "-m", "generator", "--version"], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout == f"ambassadors-generator {__version__}\n"
    assert 'version = "' not in (REPO / "pyproject.toml").read_text(encoding="utf-8")
