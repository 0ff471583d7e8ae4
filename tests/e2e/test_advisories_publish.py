"""A content set with only advisories is published: at an embargo moment, the publishing
workflow's own build command (read from .github/workflows/publish.yml) passes and the
announcement is out, while `check` lists every advisory and exits 0 (issue 26)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shlex
import subprocess
from pathlib import Path

import yaml

from generator.messages.severity import ADVISORIES
from tests.sitebuilder import run_cli
from tests.verdict import Case
from tests.verdict.base import PERSON, PERSON_TEXT, jpeg, write_case
from tests.verdict.cases_sources import FUTURE_ANNOUNCEMENT, NEW, NEW_TEXT

REPO = Path(__file__).resolve().parents[2]
# The announcement's moment, 2026-07-01 10:00 in Amsterdam, and five seconds past it (the
# scheduled run waits until then, python -m generator embargo --wait).
MOMENT = int(dt.datetime(2026, 7, 1, 8, 0, tzinfo=dt.timezone.utc).timestamp())

ADVICE = Case("all advisories", options="network_maximum: 1", files={
    # a podium date outside the term, and one beside its event's days
    PERSON: PERSON_TEXT.replace("  - date: 2025-03-01", "  - date: 2024-03-01").replace(
        "    title: Wonen met zorg", "    title: Wonen met zorg\n  - date: 2026-06-02\n"
        "    kind: workshop\n    title: Op de netwerkdag\n    event: 2026-09-netwerkdag"),
    "docs/events/2026-06-netwerkdag.md": "---\ntitle: Netwerkdag\nstart: 2026-06-01\n---\nx\n",
    # announced in a public file, with a photo too small to print and no credit, a term
    # that started long before the announcement
    NEW: NEW_TEXT.replace("term:", "photo: p.jpg\nterm:").replace("2026-06-01", "2026-04-01"),
    "mensen/piet-nieuw/p.jpg": jpeg((300, 400)),
    "docs/appointments/2026.md": FUTURE_ANNOUNCEMENT,
    # in no announcement, and active: two more than network_maximum
    "mensen/kees-zonder/index.md": "---\nname: Kees Zonder\nterm:\n  start: 2026-01-01\n"
                                   "---\nKees.\n",
    ".github/CODEOWNERS": "* @iemand\n",
    "docs/admin/config.yml": "backend:\n  name: github\n",
})


def _publish_command() -> list[str]:
    """The build step of the publishing workflow, as it is written there."""
    workflow = yaml.safe_load((REPO / ".github/workflows/publish.yml").read_text())
    runs = [step["run"] for job in workflow["jobs"].values() for step in job["steps"]
            if "mkdocs build" in step.get("run", "")]
    assert len(runs) == 1
    return shlex.split(runs[0])


def test_only_advisories_publish_at_the_moment(tmp_path: Path) -> None:
    root = write_case(tmp_path, ADVICE)
    checked = run_cli(root, "check", "--format", "json", epoch=MOMENT - 3600)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    found = {p["id"] for p in json.loads(checked.stdout)}
    assert {p["severity"] for p in json.loads(checked.stdout)} == {"advisory"}
    assert found >= {"appearance.outside_term", "event.other_day", "appointment.late",
                     "appointment.missing", "network.over_maximum", "press.small_photo",
                     "press.no_credit", "exposed.readable", "codeowners.stale", "cms.stale"}
    assert found <= ADVISORIES
    environ = {**os.environ, "SOURCE_DATE_EPOCH": str(MOMENT + 5), "NO_MKDOCS_2_WARNING": "1"}
    command = _publish_command()
    done = subprocess.run([str(Path(os.sys.executable).parent / command[0]), *command[1:]],
                          cwd=root, env=environ, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "advisory: " in done.stderr
    page = (root / "site/benoemingen/2026/index.html").read_text(encoding="utf-8")
    assert "Piet Nieuw" in page
    assert (root / "site/ambassadeurs/piet-nieuw/index.html").is_file()
