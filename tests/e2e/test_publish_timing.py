"""Publication at the moment (issue 15): `embargo --next` names the next moment, and the
publishing workflow's scheduled run waits for a moment in its window before it builds, with
the private sources checked out first so that their moments count too."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from generator import cli
from tests.e2e.test_private_sources import private_site
from tests.sitebuilder import run_cli, write
from tests.zorgnetwerk import write_site

REPO = Path(__file__).resolve().parents[2]
UTC = dt.timezone.utc
MOMENT = dt.datetime(2026, 7, 1, 8, 0, tzinfo=UTC)  # the care network's announcement
AT = int(MOMENT.timestamp())


def test_next_prints_the_moment_with_offset_and_seconds(tmp_path: Path) -> None:
    root = private_site(tmp_path)  # the announcement is in the private folder
    done = run_cli(root, "embargo", "--next", epoch=AT - 60)
    assert done.returncode == 0 and done.stdout == f"2026-07-01T10:00:00+02:00\t{AT}\n"
    moment, seconds = done.stdout.rstrip("\n").split("\t")
    assert dt.datetime.fromisoformat(moment).timestamp() == int(seconds)


def test_next_is_the_soonest_of_every_kind(tmp_path: Path) -> None:
    root = write_site(tmp_path)  # 'verhalen-bron/later.md' waits for 2026-06-22 00:00
    done = run_cli(root, "embargo", "--next", epoch=AT - 15 * 86400)  # 16 June
    assert done.stdout.startswith("2026-06-22T00:00:00+02:00\t")


def test_next_prints_nothing_when_nothing_is_scheduled(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    for path in ("verhalen-bron/concept.md", "verhalen-bron/later.md", "mensen/pieter-vos"):
        target = root / path
        if target.is_dir():
            for child in target.iterdir():
                child.unlink()
            target.rmdir()
        else:
            target.unlink()
    done = run_cli(root, "embargo", "--next", epoch=AT + 60)
    assert done.returncode == 0 and done.stdout == ""


def wait_script(root: Path, now: int, monkeypatch: pytest.MonkeyPatch,
                capsys: pytest.CaptureFixture[str]) -> tuple[str, list[int]]:
    """Run `python -m generator embargo --wait 2400` (the workflow's step) in the site's
    folder at the given clock, with a stand-in for sleeping that records its argument."""
    slept: list[int] = []
    monkeypatch.setattr(cli.time, "sleep", slept.append)
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(now))
    capsys.readouterr()
    assert cli.main(["embargo", "--wait", "2400"]) == 0
    return capsys.readouterr().out, slept


def test_a_run_twenty_minutes_before_waits_until_just_after_the_moment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    out, slept = wait_script(private_site(tmp_path / "site"), AT - 1200, monkeypatch, capsys)
    assert slept == [1205] and "waiting 1200 s for 2026-07-01T10:00:00+02:00" in out


def test_a_moment_beyond_the_window_is_left_to_a_later_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    root = private_site(tmp_path / "site")
    out, slept = wait_script(root, AT - 2401, monkeypatch, capsys)
    assert slept == [] and "is not in the next 2400 s: building now" in out
    out, slept = wait_script(root, AT - 2400, monkeypatch, capsys)   # the window's edge
    assert slept == [2405]
    out, slept = wait_script(root, AT, monkeypatch, capsys)          # the moment itself
    assert slept == [] and "building now" in out


def test_nothing_scheduled_builds_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "site"
    write(root, {"mkdocs.yml": "site_name: Leeg\nsite_url: https://leeg.example.org/\n"
                 "docs_dir: docs\nplugins:\n  - ambassadors\n",
                 "docs/index.md": "# Leeg\n"})
    out, slept = wait_script(root, AT, monkeypatch, capsys)
    assert slept == [] and "nothing scheduled" in out


@pytest.mark.parametrize("window", ["0", "-5", "21601", "40 minutes", "", "２４００"])
def test_a_window_that_is_not_a_number_of_seconds_is_refused(tmp_path: Path,
                                                              window: str) -> None:
    done = run_cli(private_site(tmp_path / "site"), "embargo", "--wait", window)
    assert done.returncode == 2 and "seconds from 1 to 21600" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_workflow_checks_out_private_sources_then_waits_then_builds() -> None:
    workflow = yaml.safe_load((REPO / ".github/workflows/publish.yml").read_text())
    assert re.fullmatch(r"\S+,?\S* \* \* \* \*", workflow[True]["schedule"][0]["cron"])
    steps = workflow["jobs"]["build"]["steps"]
    names = [step.get("name") or step.get("run") or step.get("uses") for step in steps]
    private = names.index("Check out the private sources")
    wait = next(i for i, step in enumerate(steps)
                if step.get("run") == "python -m generator embargo --wait 2400")
    build = next(i for i, step in enumerate(steps) if "mkdocs build" in str(step.get("run")))
    assert private < wait < build
    assert steps[private]["with"]["path"] == "private"  # private_dir in mkdocs.yml
    # The deploy key goes to that checkout alone (tests/unit/test_workflows.py).
    assert steps[private]["with"]["ssh-key"] == "${{ secrets.PRIVATE_SOURCES_KEY }}"
    assert steps[wait]["if"] == "github.event_name == 'schedule'"
    demo = yaml.safe_load((REPO / "mkdocs.yml").read_text().split("\ntheme:")[0] + "\n")
    assert demo["site_name"]
    assert "private_dir: private" in (REPO / "mkdocs.yml").read_text()
