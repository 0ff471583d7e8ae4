"""check-site on what we build: the demo, a synthetic set made by someone else's tool, and
a hand-written second network; and proof that each check fails on a planted defect."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.quality.conftest import MAKE_CORPUS, check_site, copy_demo
from tests.sitebuilder import build
from tests.zorgnetwerk import EPOCH as ZORG_EPOCH
from tests.zorgnetwerk import write_site

DEMO_EPOCH = 1795435200


def assert_passes(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "RESULT PASS" in result.stdout


def test_demo_passes_every_check_in_both_colour_schemes(checkers: Path, tmp_path: Path) -> None:
    result = build(copy_demo(tmp_path), DEMO_EPOCH)
    assert result.code == 0, result.out
    assert_passes(check_site(result.site, "--a11y-color-scheme", "both"))


def test_synthetic_content_set_passes(checkers: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    made = subprocess.run([sys.executable, str(MAKE_CORPUS), "--size", "S", "--out",
                           str(corpus), "--plugin", "ambassadors", "--embargoed", "2",
                           "--jobs", "2"], capture_output=True, text=True, timeout=600)
    assert made.returncode == 0, made.stderr
    info = json.loads((corpus / ".corpus.json").read_text())
    result = build(corpus, info["SOURCE_DATE_EPOCH"])
    assert result.code == 0, result.out[-5000:]
    assert_passes(check_site(result.site))


def test_second_network_passes(checkers: Path, tmp_path: Path) -> None:
    result = build(write_site(tmp_path), ZORG_EPOCH)
    assert result.code == 0, result.out
    assert_passes(check_site(result.site, "--a11y-color-scheme", "both"))


# Each defect is planted in a built page (the build sanitises what a source could carry, so
# a form field without a label or broken nesting cannot come from Markdown any more), then
# the one check that must catch it runs.
DEFECTS = {
    "a11y": ('<input type="text" name="zoek">', "label"),
    "html": ("<div><span>open</div>", "html"),
    "links": ('<a href="../nergens/">weg</a>', "nergens"),
}


@pytest.mark.parametrize("check", sorted(DEFECTS))
def test_a_planted_page_defect_fails_the_check(checkers: Path, tmp_path: Path,
                                               check: str) -> None:
    result = build(write_site(tmp_path), ZORG_EPOCH)
    assert result.code == 0, result.out
    snippet, evidence = DEFECTS[check]
    page = result.site / "over/index.html"
    text = page.read_text(encoding="utf-8")
    assert "</h1>" in text
    page.write_text(text.replace("</h1>", "</h1>" + snippet, 1), encoding="utf-8")
    checked = check_site(result.site, "--only", check)
    assert checked.returncode == 1, checked.stdout
    assert evidence in checked.stdout


@pytest.mark.parametrize(("check", "file", "damage"), [
    ("feeds", "feeds/verhalen.xml", lambda text: text.replace("<guid", "<guid-kapot", 1)),
    ("ics", "agenda.ics", lambda text: text.replace("\r\n", "\n")),
])
def test_a_planted_file_defect_fails_the_check(checkers: Path, tmp_path: Path, check: str,
                                               file: str, damage) -> None:
    result = build(write_site(tmp_path), ZORG_EPOCH)
    assert result.code == 0, result.out
    target = result.site / file
    target.write_bytes(damage(target.read_bytes().decode()).encode())
    checked = check_site(result.site, "--only", check)
    assert checked.returncode == 1, checked.stdout
