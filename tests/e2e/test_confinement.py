"""Nothing outside the repository is read or published: a symbolic link planted by a pull
request in any source folder (files and folders alike), or a source folder outside the site,
stops `check` and `mkdocs build` with the path named; the marker it points at reaches no
output byte."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.sitebuilder import build, portrait, run_cli, write
from tests.zorgnetwerk import EPOCH, write_site

MARKER = "GEHEIM-7f3a9c-MARKER"
AMBASSADOR = f"---\nname: Eva Indringer\nterm:\n  start: 2026-01-01\n---\n{MARKER}\n"
STORY = f"---\ntitle: Lek\ndate: 2026-05-01\nambassadors: [anouk-de-wit]\n---\n{MARKER}\n"


def outside(tmp_path: Path) -> Path:
    """A folder beside the site, as a runner's home or /etc would be."""
    folder = tmp_path / "buiten"
    write(folder, {"secret.txt": MARKER + "\n", "persoon/index.md": AMBASSADOR,
                   "verhaal.md": STORY, "verhaalmap/index.md": STORY})
    portrait(folder / "foto.jpg", (1, 2, 3))
    return folder


def link(root: Path, name: str, target: Path) -> None:
    path = root / name
    if path.exists() or path.is_symlink():
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(target)


Plant = Callable[[Path, Path], str]   # (site root, outside folder) -> the path to be named

CASES: dict[str, Plant] = {
    "docs file": lambda r, o: (link(r, "docs/geheim.txt", o / "secret.txt"), "docs/geheim.txt")[1],
    "docs folder": lambda r, o: (link(r, "docs/runner", o), "docs/runner")[1],
    "events file": lambda r, o: (link(r, "docs/events/lek.md", o / "verhaal.md"),
                                 "docs/events/lek.md")[1],
    "ambassador folder": lambda r, o: (link(r, "mensen/eva-indringer", o / "persoon"),
                                       "mensen/eva-indringer")[1],
    "ambassador index": lambda r, o: (link(r, "mensen/eva-indringer/index.md",
                                           o / "persoon/index.md"),
                                      "mensen/eva-indringer/index.md")[1],
    "ambassador photo": lambda r, o: (link(r, "mensen/anouk-de-wit/foto.JPG", o / "foto.jpg"),
                                      "mensen/anouk-de-wit/foto.JPG")[1],
    "ambassador extra file": lambda r, o: (link(r, "mensen/anouk-de-wit/cv.txt",
                                                o / "secret.txt"), "mensen/anouk-de-wit/cv.txt")[1],
    "story file": lambda r, o: (link(r, "verhalen-bron/lek.md", o / "verhaal.md"),
                                "verhalen-bron/lek.md")[1],
    "story folder": lambda r, o: (link(r, "verhalen-bron/lek", o / "verhaalmap"),
                                  "verhalen-bron/lek")[1],
    "story image": lambda r, o: (link(r, "verhalen-bron/met-foto/dag.png", o / "foto.jpg"),
                                 "verhalen-bron/met-foto/dag.png")[1],
}


def published_marker(root: Path) -> bool:
    site = root / "site"
    return site.exists() and any(MARKER.encode() in p.read_bytes()
                                 for p in site.rglob("*") if p.is_file())


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_planted_link_stops_check_and_build(tmp_path: Path, case: str) -> None:
    root = write_site(tmp_path / "site-root")
    named = CASES[case](root, outside(tmp_path))

    checked = run_cli(root, "check", epoch=EPOCH)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert f"{named}: is a symbolic link" in checked.stdout
    assert f"{named}: is een symbolische koppeling" in checked.stdout
    assert MARKER not in checked.stdout + checked.stderr

    result = build(root, EPOCH)
    assert result.code != 0
    assert f"{named}: is a symbolic link" in result.out
    assert "Traceback" not in result.out and MARKER not in result.out
    assert not published_marker(root)


def test_a_link_in_the_theme_folder_stops_the_build(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site-root")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("  language: nl\n",
                                                 "  language: nl\n  custom_dir: overrides\n"))
    write(root, {"overrides/main.html": '{% extends "base.html" %}\n'})
    link(root, "overrides/geheim.txt", outside(tmp_path) / "secret.txt")
    result = build(root, EPOCH)
    assert result.code != 0 and "overrides/geheim.txt: is a symbolic link" in result.out
    assert not published_marker(root)


def test_a_linked_source_folder_is_not_read(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site-root")
    moved = tmp_path / "elders"
    os.rename(root / "mensen", moved)
    (root / "mensen").symlink_to(moved)
    checked = run_cli(root, "check", epoch=EPOCH)
    assert checked.returncode == 1 and "ambassadors_dir: mensen is a symbolic link" in \
        checked.stdout
    result = build(root, EPOCH)
    assert result.code != 0 and "mensen is a symbolic link" in result.out
    assert not (root / "site").exists()


def test_a_source_folder_outside_the_site_is_refused(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site-root")
    outside(tmp_path)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("ambassadors_dir: mensen",
                                                 "ambassadors_dir: ../buiten"))
    checked = run_cli(root, "check", epoch=EPOCH)
    assert checked.returncode == 1
    said = "ambassadors_dir: '../buiten' lies outside the repository"
    assert f"mkdocs.yml:13: {said}" in checked.stdout
    result = build(root, EPOCH)
    assert result.code != 0 and f"mkdocs.yml:13: {said}" in result.out
    assert "Traceback" not in result.out and not published_marker(root)


def test_odd_file_names_are_refused_and_named_visibly(tmp_path: Path) -> None:
    """A right-to-left override can make `lek\u202egpj.md` read as `lekdm.jpg`; a name that
    is not UTF-8 cannot be printed as it is. Both are bad slugs, shown with escapes."""
    root = write_site(tmp_path / "site-root")
    write(root, {"mensen/anouk\u202egnp/index.md": AMBASSADOR})
    (root / os.fsdecode(b"verhalen-bron/verhaal\xff.md")).write_text(STORY, encoding="utf-8")
    for output in ("text", "github"):
        done = run_cli(root, "check", "--format", output, epoch=EPOCH)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert "\u202e" not in done.stdout
        assert "'anouk\\u202egnp' is not a valid slug" in done.stdout
        assert "'verhaal\\udcff' is not a valid slug" in done.stdout
    result = build(root, EPOCH)
    assert result.code != 0 and "Traceback" not in result.out
    assert "mensen/anouk\\u202egnp/index.md: the ambassador name" in result.out
