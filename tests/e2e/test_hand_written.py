"""Hand-written pages in docs_dir come through pull requests like every source: script-capable
markup in their body or title is an error from `check`, and the build removes it and warns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_xss import executable_in
from tests.sitebuilder import Result, build, run_cli, write
from tests.zorgnetwerk import EPOCH, write_site

PAGE = """\
---
title: "<img src=x onerror=alert(1)>Over ons"
---
# Welkom <svg/onload=alert(2)>

Tekst <script>alert(3)</script> en <a href="javascript:alert(4)">klik</a>.

<iframe src="https://evil.example/"></iframe>
"""


def hostile(root: Path) -> Path:
    write_site(root)
    write(root, {"docs/over.md": PAGE, "docs/sub/diep.md": "# Diep\n\n<script>alert(5)</script>\n"})
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Result:
    result = build(hostile(tmp_path_factory.mktemp("hand")), EPOCH, strict=False)
    assert result.code == 0, result.out
    return result


def test_check_reports_markup_in_hand_written_pages(tmp_path: Path) -> None:
    done = run_cli(hostile(tmp_path), "check", epoch=EPOCH)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    for where in ("docs/over.md:2: body: an event-handler attribute (onerror)",
                  "docs/over.md:6: body: a <script> tag", "docs/sub/diep.md:3: body: a <script>"):
        assert f"error: {where}" in done.stdout, done.stdout


def test_the_build_warns_so_strict_fails(built: Result, tmp_path: Path) -> None:
    assert "docs/over.md:6: body: a <script> tag is not allowed" in built.out
    assert build(hostile(tmp_path), EPOCH).code != 0


def test_no_page_carries_the_markup(built: Result) -> None:
    pages = sorted(built.site.rglob("*.html"))
    for page in pages:
        assert executable_in(page.read_text(encoding="utf-8")) == [], page
    assert "Over ons" in built.page("over/index.html")
