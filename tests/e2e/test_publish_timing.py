"""Publication at the moment (issue 15): `embargo --next` names the next moment, and the
publishing workflow's scheduled run waits for a moment in its window before it builds, with
the private sources checked out first so that their moments count too."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

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


def wait_script(root: Path, now: int, tmp_path: Path) -> tuple[str, list[str]]:
    """Run scripts/wait-for-next-moment with a stand-in `sleep` that records its argument."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    record = tmp_path / "slept"
    record.write_text("")
    (bin_dir / "sleep").write_text(f'#!/bin/sh\necho "$1" >> {record}\n')
    (bin_dir / "sleep").chmod(0o755)
    env = {**os.environ, "NOW": str(now),
           "PATH": os.pathsep.join([str(bin_dir), str(Path(sys.executable).parent),
                                    os.environ["PATH"]])}
    env.pop("SOURCE_DATE_EPOCH", None)
    env["SOURCE_DATE_EPOCH"] = str(now)
    done = subprocess.run([str(REPO / "scripts/wait-for-next-moment"), "2400"], cwd=root,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout, record.read_text().split()


def test_a_run_twenty_minutes_before_waits_until_just_after_the_moment(tmp_path: Path) -> None:
    out, slept = wait_script(private_site(tmp_path / "site"), AT - 1200, tmp_path)
    assert slept == ["1205"] and "waiting 1200 s for 2026-07-01T10:00:00+02:00" in out


def test_a_moment_beyond_the_window_is_left_to_a_later_run(tmp_path: Path) -> None:
    out, slept = wait_script(private_site(tmp_path / "site"), AT - 3 * 3600, tmp_path)
    assert slept == [] and "building now" in out


def test_nothing_scheduled_builds_at_once(tmp_path: Path) -> None:
    root = tmp_path / "site"
    write(root, {"mkdocs.yml": "site_name: Leeg\nsite_url: https://leeg.example.org/\n"
                 "docs_dir: docs\nplugins:\n  - ambassadors\n",
                 "docs/index.md": "# Leeg\n"})
    out, slept = wait_script(root, AT, tmp_path)
    assert slept == [] and "nothing scheduled" in out


def test_the_workflow_checks_out_private_sources_then_waits_then_builds() -> None:
    workflow = yaml.safe_load((REPO / ".github/workflows/publish.yml").read_text())
    assert re.fullmatch(r"\S+,?\S* \* \* \* \*", workflow[True]["schedule"][0]["cron"])
    steps = workflow["jobs"]["build"]["steps"]
    names = [step.get("name") or step.get("run") or step.get("uses") for step in steps]
    private = names.index("Check out the private sources")
    wait = next(i for i, step in enumerate(steps)
                if "wait-for-next-moment" in str(step.get("run")))
    build = next(i for i, step in enumerate(steps) if "mkdocs build" in str(step.get("run")))
    assert private < wait < build
    assert steps[private]["with"]["path"] == "private"  # private_dir in mkdocs.yml
    # The deploy key goes to that checkout alone (tests/unit/test_workflows.py).
    assert steps[private]["with"]["ssh-key"] == "${{ secrets.PRIVATE_SOURCES_KEY }}"
    assert steps[wait]["if"] == "github.event_name == 'schedule'"
    demo = yaml.safe_load((REPO / "mkdocs.yml").read_text().split("\ntheme:")[0] + "\n")
    assert demo["site_name"]
    assert "private_dir: private" in (REPO / "mkdocs.yml").read_text()
