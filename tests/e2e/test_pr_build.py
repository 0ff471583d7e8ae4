"""The pull-request check builds a pull request's content with the base branch's code:
scripts/pr-build, run as the workflow runs it (`git show BASE:scripts/pr-build`), on a
temporary git repository with the generator and scripts of this working tree and the care
network as content. A hostile pull request changes mkdocs.yml (a hook), the generator,
the scripts, the workflow and pyproject.toml, and adds a setup.py, each writing a marker
file when it runs; it is merged as GitHub merges it for the check. None of the markers
appears, the content change is checked and built, and each file outside the content
folders gets a warning annotation. A control shows that each marker does appear when the
pull request's own tree is used."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.pr_build import refused
from tests.sitebuilder import write
from tests.zorgnetwerk import EPOCH, write_site

REPO = Path(__file__).resolve().parents[2]
SCRIPT = "scripts/pr-build"
MODULE = "generator/pr_build.py"
# What the base branch takes from this working tree: the code and configuration.
CODE = ["generator", "scripts", ".github", "pyproject.toml", "requirements.lock"]
GIT_ENV = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, env=GIT_ENV, check=True,
                          capture_output=True, text=True).stdout.strip()


def commit(root: Path, message: str) -> str:
    git(root, "add", "-A")
    git(root, "commit", "-q", "--no-gpg-sign", "-m", message)
    return git(root, "rev-parse", "HEAD")


def base_repository(root: Path) -> str:
    """The generator and scripts of this working tree, the care network as content."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z", "--", *CODE],
                            cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        if (REPO / name).is_file() and "__pycache__" not in name:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes((REPO / name).read_bytes())
    write_site(root)
    write(root, {"private/README.md": "the base branch's private folder\n"})
    git(root, "init", "-q", "-b", "main")
    return commit(root, "base")


@dataclass
class Run:
    code: int
    out: str
    tree: Path

    @property
    def site(self) -> Path:
        return self.tree / "site"


def pr_build(root: Path, base: str, head: str, tree: Path) -> Run:
    """As the workflow: the script as BASE has it, BASE and HEAD as arguments."""
    script = tree.parent / f"{tree.name}-pr-build"
    script.write_bytes(subprocess.run(["git", "show", f"{base}:{SCRIPT}"], cwd=root,
                                      capture_output=True, check=True).stdout)
    environ = {**GIT_ENV, "SOURCE_DATE_EPOCH": str(EPOCH)}
    environ.pop("PYTHONPATH", None)
    done = subprocess.run([sys.executable, str(script), "--out", str(tree), base, head],
                          cwd=root, env=environ, capture_output=True, text=True, timeout=600)
    return Run(done.returncode, done.stdout + done.stderr, tree)


def marker_code(markers: Path, name: str) -> str:
    return f"\nimport pathlib\npathlib.Path({str(markers / name)!r}).write_text('ran')\n"


def hostile(root: Path, markers: Path) -> dict[str, str | bytes]:
    """Every way a pull request's code could run in the check, each leaving a marker."""
    def appended(name: str, code: str) -> str:
        return (root / name).read_text(encoding="utf-8") + code
    return {
        "mkdocs.yml": appended("mkdocs.yml", "hooks:\n  - docs/haak.py\n"),
        "docs/haak.py": marker_code(markers, "hook"),
        "generator/__init__.py": appended("generator/__init__.py",
                                          marker_code(markers, "generator")),
        "generator/plugin.py": appended("generator/plugin.py", marker_code(markers, "plugin")),
        SCRIPT: "#!/usr/bin/env python3" + marker_code(markers, "pr-build"),
        # The check's code, which scripts/pr-build takes from the base branch.
        MODULE: marker_code(markers, "pr_build.py"),
        "scripts/install": "#!/usr/bin/env python3" + marker_code(markers, "install"),
        ".github/workflows/pull-request.yml": appended(
            ".github/workflows/pull-request.yml",
            f"      - run: touch {markers / 'workflow'}\n"),
        "pyproject.toml": appended("pyproject.toml", "\n# changed\n"),
        "setup.py": marker_code(markers, "setup") + "import setuptools\nsetuptools.setup()\n",
        "private/geheim.md": "# Not from a pull request\n",
    }


OUTSIDE = {"mkdocs.yml", "generator/__init__.py", "generator/plugin.py", SCRIPT, MODULE,
           "scripts/install", ".github/workflows/pull-request.yml", "pyproject.toml",
           "setup.py", "private/geheim.md"}


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str, str, Path]:
    """main: base, then one more content commit; the pull request: from base, the hostile
    changes and a content change; the merge commit as GitHub makes it for the check (its
    first parent main's tip)."""
    root = tmp_path_factory.mktemp("pr") / "repo"
    markers = root.parent / "markers"
    markers.mkdir()
    base = base_repository(root)
    git(root, "checkout", "-q", "-b", "pr")
    anouk = root / "mensen/anouk-de-wit/index.md"
    write(root, {**hostile(root, markers),
                 "mensen/anouk-de-wit/index.md": anouk.read_text(encoding="utf-8").replace(
                     "name: Anouk de Wit", "name: Anouk de Wit-Veldhuis"),
                 "docs/nieuw.md": "# Nieuw in het netwerk\n\nEen nieuwe pagina.\n"})
    (root / "docs/over.md").unlink()
    pull = commit(root, "a pull request")
    git(root, "checkout", "-q", "main")
    write(root, {"docs/later.md": "# Later op main\n\nNa het begin van de pull request.\n"})
    tip = commit(root, "main goes on")
    git(root, "merge", "-q", "--no-ff", "--no-gpg-sign", "-m", "merge", "pr")
    merge = git(root, "rev-parse", "HEAD")
    assert git(root, "rev-parse", f"{merge}^1") == tip and base != tip
    return root, tip, merge, pull, markers


@pytest.fixture(scope="module")
def built(merged, tmp_path_factory: pytest.TempPathFactory) -> Run:
    root, tip, merge, _, _ = merged
    return pr_build(root, tip, merge, tmp_path_factory.mktemp("out") / "tree")


def test_the_content_is_checked_and_built(built: Run) -> None:
    assert built.code == 0, built.out
    assert "--- Check the sources" in built.out and "0 error(s)" in built.out
    assert "--- Build the site" in built.out and "Traceback" not in built.out
    profile = (built.site / "ambassadeurs/anouk-de-wit/index.html").read_text(encoding="utf-8")
    assert "Anouk de Wit-Veldhuis" in profile
    assert (built.site / "nieuw/index.html").is_file()      # added by the pull request
    assert not (built.site / "over/index.html").exists()    # removed by it
    assert (built.site / "later/index.html").is_file()      # main's, after the branch


def test_none_of_the_pull_requests_code_runs(built: Run, merged) -> None:
    markers = merged[4]
    assert built.code == 0
    assert sorted(p.name for p in markers.iterdir()) == []
    # What the build used is the base branch's: its mkdocs.yml, generator and scripts.
    assert "hooks:" not in (built.tree / "mkdocs.yml").read_text(encoding="utf-8")
    assert "pathlib" not in (built.tree / "generator/__init__.py").read_text(encoding="utf-8")
    assert (built.tree / "scripts/pr-build").read_bytes() == (REPO / SCRIPT).read_bytes()
    assert not (built.tree / "setup.py").exists()
    assert not (built.tree / "private/geheim.md").exists()
    assert (built.tree / "private/README.md").is_file()
    # The hook file itself is content of docs/: copied, never imported.
    assert (built.tree / "docs/haak.py").is_file()


def test_each_change_outside_the_content_is_a_warning(built: Run) -> None:
    title = "title=Not in this check / niet in deze controle::"
    lines = [line for line in built.out.splitlines() if title in line]
    warned = [line.split("::")[1].removeprefix("warning file=").split(",title=")[0]
              for line in lines if line.startswith("::warning file=")]
    # Four on their files, the rest in one more, so that the check's own advisories still
    # fit in the ten warnings GitHub shows of a step.
    assert len(warned) == 4 and len(lines) == 5
    summary = lines[-1].split("::", 2)[2]
    assert lines[-1].startswith(f"::warning {title}6 more files outside the content folders: ")
    listed = summary.split("%0A")[0].split(": ", 1)[1].split(", ")
    assert set(warned) | set(listed) == OUTSIDE and len(warned) + len(listed) == len(OUTSIDE)
    line = next(li for li in lines if li.startswith("::warning file=generator/pr_build.py,"))
    assert "A coordinator must review this change and build it (make test)" in line
    assert "%0ANL: Niet in deze controle" in line
    assert "docs/, mensen/, verhalen-bron/" in line


def test_the_markers_are_live_in_the_pull_requests_own_tree(merged, tmp_path: Path) -> None:
    """The control: the same markers appear as soon as the pull request's tree is used, so
    their absence above means something."""
    root, _, merge, _, markers = merged
    tree = tmp_path / "head"
    git(root, "worktree", "add", "-q", "--detach", str(tree), merge)
    environ = {**os.environ, "PYTHONPATH": str(tree), "NO_MKDOCS_2_WARNING": "1"}
    try:
        for code in ("import generator.plugin", "import generator.pr_build",
                     "from mkdocs.config import load_config; load_config('mkdocs.yml')"):
            subprocess.run([sys.executable, "-c", code], cwd=tree, env=environ,
                           capture_output=True, timeout=120)
        subprocess.run([sys.executable, str(tree / SCRIPT)], cwd=tree, env=environ, check=True)
        assert sorted(p.name for p in markers.iterdir()) == ["generator", "hook", "plugin",
                                                            "pr-build", "pr_build.py"]
    finally:
        for marker in markers.iterdir():
            marker.unlink()
        git(root, "worktree", "remove", "--force", str(tree))


def test_a_symbolic_link_in_the_content_is_refused(merged, tmp_path: Path) -> None:
    root, tip, _, _, _ = merged
    git(root, "checkout", "-q", "-b", "link", tip)
    try:
        os.symlink("/etc/passwd", root / "mensen/anouk-de-wit/wachtwoorden.md")
        os.symlink("../../mkdocs.yml", root / "docs/instellingen.md")
        head = commit(root, "links")
        run = pr_build(root, tip, head, tmp_path / "tree")
    finally:
        git(root, "checkout", "-q", "main")
    assert run.code == 1, run.out
    assert "::error file=mensen/anouk-de-wit/wachtwoorden.md::a symbolic link: the check " \
           "refuses it" in run.out
    assert "::error file=docs/instellingen.md::a symbolic link" in run.out
    assert not run.site.exists() and "--- Check the sources" not in run.out
    assert not (tmp_path / "tree/docs/instellingen.md").exists()


def test_an_error_in_the_content_fails_the_check_and_builds_nothing(merged,
                                                                     tmp_path: Path) -> None:
    root, tip, _, _, _ = merged
    git(root, "checkout", "-q", "-b", "broken", tip)
    try:
        source = root / "mensen/anouk-de-wit/index.md"
        source.write_text(source.read_text(encoding="utf-8").replace(
            "start: 2025-02-01", "start: 1 februari"), encoding="utf-8")
        head = commit(root, "a date the check refuses")
        run = pr_build(root, tip, head, tmp_path / "tree")
    finally:
        git(root, "checkout", "-q", "main")
    assert run.code == 1, run.out
    assert "::error file=mensen/anouk-de-wit/index.md,line=" in run.out
    assert "term.start" in run.out
    assert "--- Build the site" not in run.out and not run.site.exists()
    assert "title=Not in this check" not in run.out    # only content changed


def test_an_unknown_revision_or_a_used_folder_is_a_usage_error(merged, tmp_path: Path) -> None:
    root, tip, _, _, _ = merged
    run = pr_build(root, tip, "0" * 40, tmp_path / "tree")
    assert run.code == 2 and "no such commit here" in run.out
    (tmp_path / "used").mkdir()
    (tmp_path / "used/x").write_text("x")
    run = pr_build(root, tip, tip, tmp_path / "used")
    assert run.code == 2 and "is not an empty folder" in run.out


def test_a_base_configuration_that_runs_code_from_the_content_is_refused(
        merged, tmp_path: Path) -> None:
    """A hook or templates in a content folder would be the pull request's code."""
    root, tip, _, _, _ = merged
    git(root, "checkout", "-q", "-b", "hooked", tip)
    try:
        config = (root / "mkdocs.yml").read_text(encoding="utf-8")
        write(root, {"mkdocs.yml": config + "hooks:\n  - ./docs/../docs/haak.py\n",
                     "docs/haak.py": "\n"})
        hooked = commit(root, "a hook in docs/")
        write(root, {"mkdocs.yml": config.replace("  language: nl\n", "  language: nl\n"
                                                  "  custom_dir: mensen/sjablonen\n"),
                     "mensen/sjablonen/main.html": "{% extends 'base.html' %}\n"})
        templated = commit(root, "templates in mensen/")
    finally:
        git(root, "checkout", "-q", "main")
    for base, path in ((hooked, "./docs/../docs/haak.py"), (templated, "mensen/sjablonen")):
        run = pr_build(root, base, base, tmp_path / base)
        assert run.code == 2, run.out
        assert f"takes code from {path}, in a content folder" in run.out
        assert not run.site.exists()


@pytest.mark.parametrize(("mode", "path", "why"), [
    ("120000", "docs/a.md", "a symbolic link"),
    ("160000", "docs/sub", "a submodule"),
    ("100644", "docs/../mkdocs.yml", "a path that leaves its folder"),
    ("100644", "docs/.GIT/config", "a path that leaves its folder"),
    ("100644", "docs//a.md", "a path that leaves its folder"),
    ("100644", "docs/a\\..\\b.md", "a path that leaves its folder"),
])
def test_what_is_never_written(mode: str, path: str, why: str) -> None:
    assert refused([(mode, "0" * 40, path)]) == [(path, why)]
    assert refused([("100644", "0" * 40, "docs/a.md"),
                    ("100755", "0" * 40, "mensen/x/foto.jpg")]) == []


def test_a_moved_event_without_a_raise_is_a_warning_on_its_line(merged,
                                                                 tmp_path: Path) -> None:
    """The check gets the base branch's events (`check --previous`, from git's objects
    into a temporary folder, removed after): a pull request that moves an event without
    raising `sequence:` gets a warning on the changed line and the check passes; with
    the raise, no warning."""
    root, tip, _, _, _ = merged
    name = "docs/events/2026-07-zomerbijeenkomst.md"
    original = (root / name).read_text(encoding="utf-8")
    moved = original.replace("T15:00", "T16:00")
    runs = []
    try:
        for step, text in enumerate([moved, moved.replace("end:", "sequence: 1\nend:")]):
            git(root, "checkout", "-q", "-b", f"moved-{step}", tip)
            write(root, {name: text})
            runs.append(pr_build(root, tip, commit(root, "moved"), tmp_path / f"tree{step}"))
            git(root, "checkout", "-q", "main")
    finally:
        git(root, "checkout", "-q", "main")
    unraised, raised = runs
    line = moved.splitlines().index("start: 2026-07-02T16:00") + 1
    assert unraised.code == 0 and "Traceback" not in unraised.out, unraised.out
    assert f"::warning file={name},line={line},title=sequence::start changed since the " \
        "previous version" in unraised.out, unraised.out
    assert "--previous" in unraised.out and "write sequence: 1" in unraised.out
    assert raised.code == 0 and "title=sequence::" not in raised.out, raised.out
    assert "previous.unreadable" not in raised.out and "cannot be read" not in raised.out
