"""A network's pull-request check: `python -P -m generator pr-build BASE HEAD`, run as the
network's workflow runs it (generator/network/workflow_templates/pull-request.yml: the
generator BASE's requirements.txt names is installed, here the one under test, then run in
the checked-out merge commit). The network is what `init` writes, in a git repository in
tmp_path. A pull request changes content (a page added, one changed) and, each leaving a
marker file when it runs, mkdocs.yml (a hook), requirements.txt, the theme folder, a
workflow, and a generator/ package at the root that `python -m generator` would import from
the working directory. The content is checked and built with BASE's configuration; none of
the markers appears; every other file gets a warning; a control shows that the planted
generator does run when the working directory is on the import path (without -P)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_pr_build import GIT_ENV, Run, commit, git, marker_code
from tests.sitebuilder import write

EPOCH = 1795435200  # 23 November 2026


def network(root: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "generator", "init", str(root), "--name",
                           "Netwerk Zuid", "--site-url", "https://zuid.example.org/"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (root / "requirements.txt").is_file() and not (root / "generator").exists()
    git(root, "init", "-q", "-b", "main")
    return commit(root, "init")


def check(root: Path, base: str, head: str, tree: Path, *python: str) -> Run:
    """As the network's workflow: the installed generator, in the checkout."""
    environ = {**GIT_ENV, "SOURCE_DATE_EPOCH": str(EPOCH)}
    environ.pop("PYTHONPATH", None)
    done = subprocess.run([sys.executable, *python, "-m", "generator", "pr-build", "--out",
                           str(tree), base, head], cwd=root, env=environ,
                          capture_output=True, text=True, timeout=600)
    return Run(done.returncode, done.stdout + done.stderr, tree)


OUTSIDE = {"mkdocs.yml", "haak.py", "requirements.txt", "theme/main.html",
           ".github/workflows/publish.yml", "generator/__init__.py", "generator/__main__.py"}


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str, Path]:
    root = tmp_path_factory.mktemp("net") / "zuid"
    markers = root.parent / "markers"
    markers.mkdir()
    base = network(root)
    git(root, "checkout", "-q", "-b", "pr")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    about = (root / "content/over-het-netwerk.md").read_text(encoding="utf-8")
    write(root, {
        "content/nieuw.md": "# Nieuw in het netwerk\n\nEen nieuwe pagina.\n",
        "content/over-het-netwerk.md": about + "\nEen zin uit de pull request.\n",
        "mkdocs.yml": config + "hooks:\n  - haak.py\n",
        "haak.py": marker_code(markers, "hook"),
        "requirements.txt": "ambassadors-generator==99.0\n",
        "theme/main.html": "{% extends 'base.html' %}{% block content %}weg{% endblock %}\n",
        ".github/workflows/publish.yml": "name: anders\n",
        "generator/__init__.py": marker_code(markers, "generator"),
        "generator/__main__.py": marker_code(markers, "main"),
    })
    commit(root, "a pull request")
    git(root, "checkout", "-q", "main")
    git(root, "merge", "-q", "--no-ff", "--no-gpg-sign", "-m", "merge", "pr")
    return root, base, git(root, "rev-parse", "HEAD"), markers


@pytest.fixture(scope="module")
def built(merged, tmp_path_factory: pytest.TempPathFactory) -> Run:
    root, base, merge, _ = merged
    return check(root, base, merge, tmp_path_factory.mktemp("out") / "tree", "-P")


def test_the_content_is_checked_and_built_with_the_base_configuration(built: Run) -> None:
    assert built.code == 0, built.out
    assert "--- Check the sources" in built.out and "0 error(s)" in built.out
    assert "--- Build the site" in built.out and "Traceback" not in built.out
    assert (built.site / "nieuw/index.html").is_file()
    about = (built.site / "over-het-netwerk/index.html").read_text(encoding="utf-8")
    assert "Een zin uit de pull request." in about
    assert "weg" not in (built.site / "index.html").read_text(encoding="utf-8")
    assert "hooks:" not in (built.tree / "mkdocs.yml").read_text(encoding="utf-8")
    assert "99.0" not in (built.tree / "requirements.txt").read_text(encoding="utf-8")
    for path in ("theme/main.html", "haak.py", "generator"):
        assert not (built.tree / path).exists(), path


def test_none_of_the_pull_requests_code_runs(built: Run, merged) -> None:
    assert built.code == 0
    assert sorted(p.name for p in merged[3].iterdir()) == []


def test_each_change_outside_the_content_is_a_warning(built: Run) -> None:
    title = "title=Not in this check / niet in deze controle::"
    lines = [line for line in built.out.splitlines() if title in line]
    warned = {line.split("::")[1].removeprefix("warning file=").split(",title=")[0]
              for line in lines if line.startswith("::warning file=")}
    listed = set()
    if lines and lines[-1].startswith(f"::warning {title}"):
        listed = set(lines[-1].split("::", 2)[2].split("%0A")[0].split(": ", 1)[1].split(", "))
    assert warned | listed == OUTSIDE
    line = lines[0]
    assert "A coordinator must review this change and build it (mkdocs build --strict)" in line
    assert "ambassadors/, content/, stories/" in line
    assert "make test" not in built.out


def test_without_dash_p_the_working_directory_would_be_imported(merged,
                                                                 tmp_path: Path) -> None:
    """The control: `python -m generator` in the checkout imports the pull request's
    generator/ when the working directory is on the import path; the workflow's -P is what
    keeps it off."""
    root, base, merge, markers = merged
    try:
        check(root, base, merge, tmp_path / "tree")
        assert sorted(p.name for p in markers.iterdir()) == ["generator", "main"]
    finally:
        for marker in markers.iterdir():
            marker.unlink()


def test_a_symbolic_link_in_the_content_is_refused(merged, tmp_path: Path) -> None:
    root, base, _, _ = merged
    git(root, "checkout", "-q", "-b", "link", base)
    try:
        os.symlink("../mkdocs.yml", root / "content/instellingen.md")
        head = commit(root, "a link")
        run = check(root, base, head, tmp_path / "tree", "-P")
    finally:
        git(root, "checkout", "-q", "main")
    assert run.code == 1, run.out
    assert "::error file=content/instellingen.md::a symbolic link" in run.out
    assert not run.site.exists()


def test_the_usage_is_the_commands(merged, tmp_path: Path) -> None:
    root, base, _, _ = merged
    run = check(root, base, "0" * 40, tmp_path / "tree", "-P")
    assert run.code == 2 and "no such commit here" in run.out
    run = check(root, base, base, tmp_path / "tree2", "-P")
    assert run.code == 0, run.out
    done = subprocess.run([sys.executable, "-P", "-m", "generator", "pr-build", "--install",
                           base, base], cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "--install" in done.stderr   # the project's option only
