"""`python -m generator init` as a coordinator runs it: the new repository passes `check`
and `mkdocs build --strict` as it is, holds nothing of the demo, and every bad value is
refused with its flag named, in English and Dutch, before anything is written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from tests.sitebuilder import build, run_cli

EPOCH = 1781517600   # 15 June 2026, 12:00 in Amsterdam
SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
       '<circle cx="32" cy="32" r="30" fill="#1d4f91"/></svg>')
ARGS = ("--name", "Zorgnetwerk Oost", "--site-url", "https://zorg-oost.example.org/")
FOLDERS = ("ambassadors", "stories", "content/events", "content/appointments",
           "content/newsletter")


def _init(tmp_path: Path, *extra: str, folder: str = "net") -> Path:
    done = run_cli(tmp_path, "init", folder, *ARGS, *extra, epoch=EPOCH)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return tmp_path / folder


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_a_new_network_checks_and_builds_as_it_is(tmp_path: Path) -> None:
    (tmp_path / "beeld.svg").write_text(SVG, encoding="utf-8")
    root = _init(tmp_path, "--description", "Zorgprofessionals die laten zien hoe het kan.",
                 "--colour", "#1d4f91", "--logo", str(tmp_path / "beeld.svg"),
                 "--repository", "zorg-oost/ambassadeurs")
    written = _files(root)
    assert {".gitignore", ".github/CODEOWNERS", ".github/pull_request_template.md",
            ".github/workflows/publish.yml", ".github/workflows/pull-request.yml",
            ".github/dependabot.yml", "mkdocs.yml", "README.md", "requirements.txt",
            "content/index.md", "content/over-het-netwerk.md", "content/admin/config.yml",
            "private/README.md", "theme/logo.svg",
            *[f"{folder}/README.md" for folder in FOLDERS]} <= written
    assert not [name for name in written if "dot-" in name or name.endswith(".j2")]
    # Nothing of the demo: no ambassador, story, event, announcement or issue.
    assert not [name for name in written
                if name.startswith((*FOLDERS, "private/")) and not name.endswith("README.md")]
    assert (root / "theme/logo.svg").read_text(encoding="utf-8") == SVG
    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["plugins"][0]["ambassadors"]["logo"] == "theme/logo.svg"
    assert config["theme"]["custom_dir"] == "theme"

    checked = run_cli(root, "check", epoch=EPOCH)
    assert checked.returncode == 0 and "0 error(s), 0 advisory(ies)" in checked.stderr, \
        checked.stdout + checked.stderr
    editor = run_cli(root, "cms-config", epoch=EPOCH)
    assert editor.stdout == (root / "content/admin/config.yml").read_text(encoding="utf-8")
    assert "repo: zorg-oost/ambassadeurs" in editor.stdout

    result = build(root, EPOCH)
    assert result.code == 0, result.out
    assert "Zorgnetwerk Oost" in result.page("index.html")
    assert result.exists("over-het-netwerk/index.html") and result.exists("admin/index.html")
    # The folders' READMEs are explanations for the coordinator, never pages.
    assert b"alleen uitleg" not in result.all_bytes()
    assert not [p for p in result.site.rglob("*") if "README" in p.name]


def test_without_a_repository_there_is_no_editor_yet_and_the_readme_says_how(
        tmp_path: Path) -> None:
    root = _init(tmp_path)
    assert not (root / "content/admin").exists()
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "python -m generator cms-config --write" in readme and "repo_url:" in readme
    assert "mkdocs serve" in readme and "python -m generator check" in readme
    assert "pip install -r requirements.txt" in readme
    assert run_cli(root, "check", epoch=EPOCH).returncode == 0
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    assert not result.exists("admin/index.html")


def _svg_file(tmp_path: Path, name: str, text: str) -> str:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return str(tmp_path / name)


HOSTILE = {
    "markup in the name": ("--name", ("--name", "<script>alert(1)</script>")),
    "a hidden character in the name": ("--name", ("--name", "Zorg\u200bnetwerk")),
    "markup in the description": ("--description", ("--description", "<img src=x onerror=1>")),
    "a javascript: site url": ("--site-url", ("--site-url", "javascript:alert(1)")),
    "an http site url": ("--site-url", ("--site-url", "http://zorg-oost.example.org/")),
    "a bad colour": ("--colour", ("--colour", "rood")),
    "a colour too light": ("--colour", ("--colour", "#7fd1c5")),
    "a bad repository": ("--repository", ("--repository", "../zorg")),
    "a missing logo": ("--logo", ("--logo", "geen.svg")),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_bad_value_is_refused_with_its_flag_before_anything_is_written(
        tmp_path: Path, case: str) -> None:
    flag, extra = HOSTILE[case]
    done = run_cli(tmp_path, "init", "net", *ARGS, *extra, epoch=EPOCH)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert f"error: {flag}:" in done.stderr and f"NL: {flag}:" in done.stderr, done.stderr
    assert not (tmp_path / "net").exists()


def test_a_hostile_logo_is_refused(tmp_path: Path) -> None:
    real = _svg_file(tmp_path, "echt.svg", SVG)
    (tmp_path / "link.svg").symlink_to(real)
    (tmp_path / "groot.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 2_000_000)
    logos = {
        "link.svg": str(tmp_path / "link.svg"),
        "groot.png": str(tmp_path / "groot.png"),
        "script.svg": _svg_file(tmp_path, "script.svg",
                                SVG.replace("</svg>", "<script>alert(1)</script></svg>")),
        "tekst.png": _svg_file(tmp_path, "tekst.png", "geen afbeelding"),
        "logo.gif": _svg_file(tmp_path, "logo.gif", SVG),
    }
    for name, path in logos.items():
        done = run_cli(tmp_path, "init", "net", *ARGS, "--logo", path, epoch=EPOCH)
        assert done.returncode == 1 and "error: --logo:" in done.stderr, (name, done.stderr)
        assert "NL: --logo:" in done.stderr and "Traceback" not in done.stderr
        assert not (tmp_path / "net").exists()


def test_a_folder_that_is_not_empty_is_refused(tmp_path: Path) -> None:
    (tmp_path / "net").mkdir()
    (tmp_path / "net" / "mkdocs.yml").write_text("site_name: Van mij\n", encoding="utf-8")
    done = run_cli(tmp_path, "init", "net", *ARGS, epoch=EPOCH)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "not an empty folder" in done.stderr and "geen lege map" in done.stderr
    assert os.listdir(tmp_path / "net") == ["mkdocs.yml"]
    assert (tmp_path / "net" / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: Van mij\n"


def test_a_new_ambassador_goes_private_while_an_announcement_is_scheduled(
        tmp_path: Path) -> None:
    root = _init(tmp_path)
    first = run_cli(root, "new", "ambassador", "Anouk de Wit", epoch=EPOCH)
    assert first.returncode == 0 and (root / "ambassadors/anouk-de-wit/index.md").is_file()
    assert "private" not in first.stdout   # nothing scheduled: public, term from today
    assert "start: 2026-06-15" in (root / "ambassadors/anouk-de-wit/index.md").read_text(
        encoding="utf-8")
    announced = run_cli(root, "new", "appointment", "2027", "--date", "2027-01-20T10:00",
                        epoch=EPOCH)
    assert announced.returncode == 0 and (root / "private/content/appointments/2027.md").is_file()

    done = run_cli(root, "new", "ambassador", "Bram Öztürk", epoch=EPOCH)
    assert done.returncode == 0, done.stderr
    draft = root / "private/ambassadors/bram-ozturk/index.md"
    assert draft.is_file() and not (root / "ambassadors/bram-ozturk").exists()
    assert "start: 2027-01-20" in draft.read_text(encoding="utf-8")
    assert "private folder" in done.stdout and "besloten map" in done.stdout
    assert "--public" in done.stdout

    public = run_cli(root, "new", "ambassador", "Zoë El Idrissi", "--public", epoch=EPOCH)
    assert public.returncode == 0 and (root / "ambassadors/zoe-el-idrissi/index.md").is_file()
    assert "start: 2026-06-15" in (root / "ambassadors/zoe-el-idrissi/index.md").read_text(
        encoding="utf-8")
    private = run_cli(root, "new", "story", "Een verhaal", "--ambassador", "anouk-de-wit",
                      "--private", epoch=EPOCH)
    assert private.returncode == 0 and (root / "private/stories/een-verhaal.md").is_file()
    both = run_cli(root, "new", "ambassador", "Piet", "--public", "--private", epoch=EPOCH)
    assert both.returncode == 2 and "not allowed" in both.stderr
