"""Bad input never crashes: the build and `check` list every problem with file, line and
field, exit non-zero, and print no traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.sitebuilder import build, run_cli, write
from tests.zorgnetwerk import EPOCH, write_site

BROKEN = {
    "mensen/anouk-de-wit/index.md": """
        ---
        name: Anouk de Wit
        photo: foto.JPG
        term:
          start: 01-02-2025
        honorary: yes
        ---
        Tekst.
        """,
    "verhalen-bron/kleinschalig-wonen.md": """
        ---
        title: Kleinschalig wonen werkt
        date: 2026-05-02
        ambassadors: [anouk-de-witt]
        ---
        Tekst.
        """,
    "docs/events/2026-07-zomerbijeenkomst.md": """
        ---
        title: Zomerbijeenkomst
        start: 2026-07-02T15:00
        end: 2026-07-02T13:00
        online: http://meet.example.org/zomer
        ---
        """,
}


@pytest.fixture()
def broken_site(tmp_path: Path) -> Path:
    root = write_site(tmp_path)
    write(root, BROKEN)
    return root


EXPECTED = [
    "mensen/anouk-de-wit/index.md:5: term.start: expected a date like 2025-01-20, "
    "got '01-02-2025'",
    "mensen/anouk-de-wit/index.md:6: honorary: expected true or false, got 'yes'",
    "verhalen-bron/kleinschalig-wonen.md:4: ambassadors: unknown ambassador 'anouk-de-witt'; "
    "did you mean 'anouk-de-wit'?",
    "docs/events/2026-07-zomerbijeenkomst.md:5: online: expected a web address starting "
    "with https://",
    "docs/events/2026-07-zomerbijeenkomst.md:4: end: the event ends (2026-07-02 13:00) "
    "before it starts (2026-07-02 15:00)",
]


def test_build_lists_every_error_and_exits_without_traceback(broken_site: Path) -> None:
    result = build(broken_site, EPOCH, strict=False)
    assert result.code == 1
    assert "Traceback" not in result.out
    for message in EXPECTED:
        assert message in result.out
    assert "5 problem(s) in the sources" in result.out


def test_check_reports_the_same_problems(broken_site: Path) -> None:
    done = run_cli(broken_site, "check", epoch=EPOCH)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    for message in EXPECTED:
        assert message in done.stdout
    assert "5 error(s)" in done.stderr


def test_check_writes_nothing(broken_site: Path) -> None:
    before = sorted(p for p in broken_site.rglob("*"))
    run_cli(broken_site, "check", epoch=EPOCH)
    assert sorted(p for p in broken_site.rglob("*")) == before


def test_check_github_annotations(broken_site: Path) -> None:
    done = run_cli(broken_site, "check", "--format", "github", epoch=EPOCH)
    lines = done.stdout.splitlines()
    assert "::error file=mensen/anouk-de-wit/index.md,line=5,title=term.start::expected a " \
        "date like 2025-01-20, got '01-02-2025'%0A%0Averwacht een datum zoals 2025-01-20, " \
        "maar er staat '01-02-2025'" in lines
    annotation = re.compile(r"^::(error|warning) file=[^,:]+(,line=\d+)?(,title=[^:]+)?::.+$")
    assert lines and all(annotation.match(line) for line in lines), lines


def test_check_only_given_paths(broken_site: Path) -> None:
    done = run_cli(broken_site, "check", "mensen", epoch=EPOCH)
    assert done.returncode == 1
    assert "mensen/anouk-de-wit/index.md" in done.stdout
    assert "verhalen-bron" not in done.stdout and "docs/events" not in done.stdout


def test_check_clean_site_exits_zero(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    done = run_cli(root, "check", epoch=EPOCH)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 error(s)" in done.stderr


def test_check_without_mkdocs_yml(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "check")
    assert done.returncode == 2 and "mkdocs.yml not found" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(("extra", "message"), [
    ("      timezone: Mars/Olympus", "unknown timezone 'Mars/Olympus'"),
    ("      term_years: twee", "term_years"),
])
def test_bad_plugin_options(tmp_path: Path, extra: str, message: str) -> None:
    root = write_site(tmp_path, extra=extra)
    result = build(root, EPOCH)
    assert result.code == 1 and message in result.out and "Traceback" not in result.out


def test_bad_source_date_epoch(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    result = build(root, EPOCH, env={"SOURCE_DATE_EPOCH": "gisteren"})
    assert result.code == 1 and "SOURCE_DATE_EPOCH" in result.out
    assert "Traceback" not in result.out


def test_generated_page_colliding_with_a_hand_written_one(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    write(root, {"docs/verhalen/index.md": "# Mijn eigen verhalenpagina\n"})
    result = build(root, EPOCH)
    assert result.code == 1 and "Traceback" not in result.out
    assert "docs/verhalen/index.md: would be published at verhalen/index.html" in result.out
