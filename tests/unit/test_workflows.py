"""The workflows as a security boundary: zizmor (the GitHub Actions auditor, pinned in the
test extras) finds nothing in .github, with every persona and no configuration or inline
suppression to quiet it; and the rules it does not know are read from the files: actions
pinned to a commit with the version beside it, Dependabot watching them and the Python
packages, no permission at workflow level and each job only its own, no token kept by a
checkout, the deploy key only where it is used, packages only from the hashed lock, and a
pull-request job that runs nothing of the pull request (tests/e2e/test_pr_build.py runs
its script on a hostile pull request)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = REPO / ".github/workflows"
PUBLISH, PULL_REQUEST = "publish.yml", "pull-request.yml"
ZIZMOR = Path(sys.executable).parent / "zizmor"


def workflow(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def steps(name: str) -> list[tuple[str, dict]]:
    return [(job_id, step) for job_id, job in workflow(name)["jobs"].items()
            for step in job["steps"]]


def test_the_workflows_are_the_two_we_know() -> None:
    assert sorted(p.name for p in WORKFLOWS.iterdir()) == [PUBLISH, PULL_REQUEST]


@pytest.mark.parametrize("persona", ["regular", "pedantic", "auditor"])
def test_zizmor_finds_nothing(persona: str) -> None:
    assert ZIZMOR.is_file(), "zizmor is in the test extras: pip install -e '.[test]'"
    done = subprocess.run([str(ZIZMOR), "--offline", "--no-config", "--persona", persona,
                           "--format", "json", ".github/workflows", ".github/dependabot.yml"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert json.loads(done.stdout) == [], done.stdout
    assert done.returncode == 0, done.stderr
    assert "completed .github/workflows/pull-request.yml" in done.stderr


def test_nothing_is_quieted_for_zizmor() -> None:
    for path in (REPO / ".github").rglob("*"):
        if path.is_file():
            assert "zizmor:" not in path.read_text(encoding="utf-8"), path
    assert not list(REPO.glob("zizmor.y*ml")) and not list(REPO.glob(".github/zizmor.y*ml"))


def test_every_action_is_pinned_to_a_commit_with_its_version() -> None:
    uses = [line.strip() for name in (PUBLISH, PULL_REQUEST)
            for line in (WORKFLOWS / name).read_text(encoding="utf-8").splitlines()
            if "uses:" in line]
    assert len(uses) == sum("uses" in step for name in (PUBLISH, PULL_REQUEST)
                            for _, step in steps(name)) == 11
    for line in uses:
        assert re.fullmatch(r"(- )?uses: actions/[a-z-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+", line), \
            line
    # One commit per action and version everywhere.
    pins = {line.split("uses: ")[1] for line in uses}
    assert len({pin.split("@")[0] for pin in pins}) == len(pins)


def test_dependabot_watches_the_actions_and_the_python_packages() -> None:
    config = yaml.safe_load((REPO / ".github/dependabot.yml").read_text(encoding="utf-8"))
    updates = {u["package-ecosystem"]: u for u in config["updates"]}
    assert set(updates) == {"github-actions", "pip"}
    for update in updates.values():
        assert update["directory"] == "/" and update["schedule"]["interval"] == "weekly"
        assert [group["patterns"] for group in update["groups"].values()] == [["*"]]
        assert update["cooldown"]["default-days"] >= 1


def test_no_permission_at_workflow_level_and_each_job_only_its_own() -> None:
    assert workflow(PUBLISH)["permissions"] == {} == workflow(PULL_REQUEST)["permissions"]
    assert {job_id: job["permissions"] for job_id, job in workflow(PUBLISH)["jobs"].items()} \
        == {"codeowners": {"contents": "write"}, "build": {"contents": "read"},
            "deploy": {"pages": "write", "id-token": "write"}}
    assert {job_id: job["permissions"]
            for job_id, job in workflow(PULL_REQUEST)["jobs"].items()} == \
        {"check": {"contents": "read"}}
    # Every permission says why, on its own line.
    for name in (PUBLISH, PULL_REQUEST):
        for line in (WORKFLOWS / name).read_text(encoding="utf-8").splitlines():
            if re.match(r"\s+(contents|pages|id-token): (read|write)", line):
                assert re.search(r" # \w+", line), line
    # Only the CODEOWNERS job may write, and only on a push to main.
    assert workflow(PUBLISH)["jobs"]["codeowners"]["if"] == "github.event_name == 'push'"
    assert workflow(PUBLISH)[True]["push"] == {"branches": ["main"]}


def test_no_checkout_keeps_the_token() -> None:
    checkouts = [step for name in (PUBLISH, PULL_REQUEST) for _, step in steps(name)
                 if step.get("uses", "").startswith("actions/checkout@")]
    assert len(checkouts) == 4
    assert all(step["with"]["persist-credentials"] is False for step in checkouts)
    # The one job that pushes gives the token to its last step only.
    codeowners = workflow(PUBLISH)["jobs"]["codeowners"]["steps"]
    holding = [i for i, step in enumerate(codeowners) if "github.token" in json.dumps(step)
               or "GITHUB_TOKEN" in json.dumps(step)]
    assert holding == [len(codeowners) - 1]
    assert "git push" not in codeowners[-1]["run"] or "extraheader" in codeowners[-1]["run"]


def test_the_deploy_key_is_only_in_the_step_that_uses_it() -> None:
    text = {name: (WORKFLOWS / name).read_text(encoding="utf-8")
            for name in (PUBLISH, PULL_REQUEST)}
    assert "secrets." not in text[PULL_REQUEST] and "github.token" not in text[PULL_REQUEST]
    assert re.findall(r"secrets\.\w+", text[PUBLISH]) == ["secrets.PRIVATE_SOURCES_KEY"] * 2
    build = workflow(PUBLISH)["jobs"]["build"]
    # The job's environment holds whether the key is set, "true" or "false", never the key.
    assert build["env"] == {"PRIVATE_SOURCES": "${{ secrets.PRIVATE_SOURCES_KEY != '' && "
                                               "vars.PRIVATE_SOURCES_REPOSITORY != '' }}"}
    using = [step for step in build["steps"] if "PRIVATE_SOURCES_KEY" in json.dumps(step)]
    assert [step.get("name") for step in using] == ["Check out the private sources"]
    assert using[0]["with"]["ssh-key"] == "${{ secrets.PRIVATE_SOURCES_KEY }}"
    assert using[0]["if"] == "env.PRIVATE_SOURCES == 'true'" and "env" not in using[0]
    assert build["environment"] == "private-sources"


def test_packages_come_only_from_the_hashed_lock() -> None:
    runs = [(job_id, step["run"]) for name in (PUBLISH, PULL_REQUEST)
            for job_id, step in steps(name) if "run" in step]
    assert not [run for _, run in runs if "pip " in run]   # only through scripts/install
    installs = [job_id for job_id, run in runs if run == "python scripts/install"]
    assert installs == ["codeowners", "build"]
    # The pull-request job installs the base branch's lock, with the base branch's script.
    assert any("--install" in run for job_id, run in runs if job_id == "check")
    for job in workflow(PUBLISH)["jobs"].values():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/setup-python@"):
                assert step["with"]["cache-dependency-path"] == "requirements.lock"


def test_the_pull_request_job_runs_only_the_base_branchs_script() -> None:
    config = workflow(PULL_REQUEST)
    assert config[True] == {"pull_request": None}   # never pull_request_target
    job = config["jobs"]["check"]
    assert "env" not in job and "environment" not in job and "services" not in job
    runs = [step for step in job["steps"] if "run" in step]
    assert len(runs) == 1
    assert runs[0]["env"] == {"BASE": "${{ github.event.pull_request.base.sha }}"}
    assert runs[0]["run"].splitlines() == [
        'git show "$BASE:scripts/pr-build" > "$RUNNER_TEMP/pr-build"',
        'python "$RUNNER_TEMP/pr-build" --install --out "$RUNNER_TEMP/pr" "$BASE" HEAD']
    checkout = job["steps"][0]
    assert checkout["with"] == {"persist-credentials": False, "fetch-depth": 2}
    uses = [step["uses"].split("@")[0] for step in job["steps"] if "uses" in step]
    assert uses == ["actions/checkout", "actions/setup-python", "actions/upload-artifact"]
    setup = job["steps"][1]["with"]
    assert setup == {"python-version": "3.11"}   # no cache: nothing a pull request saves
    assert job["steps"][-1]["with"]["path"] == "${{ runner.temp }}/pr/site/"
    assert "actions/cache" not in (WORKFLOWS / PULL_REQUEST).read_text(encoding="utf-8")
