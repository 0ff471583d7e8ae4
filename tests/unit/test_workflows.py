"""The workflows as a security boundary, in both renderings of the one source
(generator/network/workflow_templates): this repository's .github, which must be the
project rendering byte for byte, and a network's, as `init` writes it. zizmor (the GitHub
Actions auditor, pinned in the test extras) finds nothing in either, with every persona and
no configuration or inline suppression to quiet it; and the rules it does not know are read
from the files: actions pinned to a commit with the version beside it, Dependabot watching
them and the Python packages, no permission at workflow level and each job only its own, no
token kept by a checkout, the deploy key only where it is used, packages only from the
hashed lock (a network: the one pinned generator), and a pull-request job that runs nothing
of the pull request (tests/e2e/test_pr_build.py runs its check on hostile pull requests).
The release workflow (this repository only) builds, checks and publishes on version tags."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from generator import __version__
from generator.network.workflows import FILES, TemplateError, render, workflow_files

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = REPO / ".github/workflows"
PUBLISH, PULL_REQUEST, RELEASE = "publish.yml", "pull-request.yml", "release.yml"
ZIZMOR = Path(sys.executable).parent / "zizmor"
REGENERATE = "python -m generator workflows --project --write"


def workflow(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def network(name: str) -> dict:
    return yaml.safe_load(workflow_files()[f".github/workflows/{name}"])


def steps(config: dict) -> list[tuple[str, dict]]:
    return [(job_id, step) for job_id, job in config["jobs"].items() for step in job["steps"]]


@pytest.fixture(scope="module")
def network_repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A network's .github as init writes it, in a folder of its own."""
    root = tmp_path_factory.mktemp("network")
    for path, text in workflow_files(project=False).items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return root


def test_the_committed_files_are_the_project_rendering() -> None:
    for path, text in workflow_files(project=True).items():
        assert (REPO / path).read_text(encoding="utf-8") == text, \
            f"{path} is not what its template renders: run `{REGENERATE}` (or mend the " \
            "template in generator/network/workflow_templates and run it)"


def test_the_workflows_are_the_three_we_know() -> None:
    assert sorted(p.name for p in WORKFLOWS.iterdir()) == [PUBLISH, PULL_REQUEST, RELEASE]
    assert set(workflow_files()) == set(FILES) == set(workflow_files(project=True))
    assert all(not text.count("%%") for text in workflow_files().values())


@pytest.mark.parametrize("persona", ["regular", "pedantic", "auditor"])
@pytest.mark.parametrize("where", ["project", "network"])
def test_zizmor_finds_nothing(persona: str, where: str, network_repository: Path) -> None:
    assert ZIZMOR.is_file(), "zizmor is in the test extras: pip install -e '.[test]'"
    done = subprocess.run([str(ZIZMOR), "--offline", "--no-config", "--persona", persona,
                           "--format", "json", ".github/workflows", ".github/dependabot.yml"],
                          cwd=REPO if where == "project" else network_repository,
                          capture_output=True, text=True, timeout=120)
    assert json.loads(done.stdout) == [], done.stdout
    assert done.returncode == 0, done.stderr
    audited = [PUBLISH, PULL_REQUEST] + ([RELEASE] if where == "project" else [])
    for name in audited:
        assert f"completed .github/workflows/{name}" in done.stderr
    assert "completed .github/dependabot.yml" in done.stderr


def test_nothing_is_quieted_for_zizmor() -> None:
    for path in (REPO / ".github").rglob("*"):
        if path.is_file():
            assert "zizmor:" not in path.read_text(encoding="utf-8"), path
    for text in workflow_files().values():
        assert "zizmor:" not in text
    assert not list(REPO.glob("zizmor.y*ml")) and not list(REPO.glob(".github/zizmor.y*ml"))


def all_configs() -> list[tuple[str, str, dict]]:
    """(where, name, parsed) of every workflow: this repository's three, a network's two."""
    return [("project", name, workflow(name)) for name in (PUBLISH, PULL_REQUEST, RELEASE)] \
        + [("network", name, network(name)) for name in (PUBLISH, PULL_REQUEST)]


def all_texts() -> list[str]:
    return [(WORKFLOWS / name).read_text(encoding="utf-8")
            for name in (PUBLISH, PULL_REQUEST, RELEASE)] + \
        [workflow_files()[f".github/workflows/{name}"] for name in (PUBLISH, PULL_REQUEST)]


def test_every_action_is_pinned_to_a_commit_with_its_version() -> None:
    uses = [line.strip() for text in all_texts() for line in text.splitlines()
            if "uses:" in line]
    assert len(uses) == sum("uses" in step for _, _, config in all_configs()
                            for _, step in steps(config)) == 11 + 8 + 11
    for line in uses:
        assert re.fullmatch(r"(- )?uses: (actions|pypa)/[a-z-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+",
                            line), line
    # One commit per action and version everywhere.
    pins = {line.split("uses: ")[1] for line in uses}
    assert len({pin.split("@")[0] for pin in pins}) == len(pins)


@pytest.mark.parametrize("project", [True, False])
def test_dependabot_watches_the_actions_and_the_python_packages(project: bool) -> None:
    config = yaml.safe_load(workflow_files(project)[".github/dependabot.yml"])
    updates = {u["package-ecosystem"]: u for u in config["updates"]}
    assert set(updates) == {"github-actions", "pip"}
    for update in updates.values():
        assert update["directory"] == "/" and update["schedule"]["interval"] == "weekly"
        assert [group["patterns"] for group in update["groups"].values()] == [["*"]]
        assert update["cooldown"]["default-days"] >= 1
    # A network's pip ecosystem is its requirements.txt: the generator's one pinned line.
    assert ("requirements.txt (ambassadors-generator==" in
            workflow_files(project)[".github/dependabot.yml"]) is not project


def test_no_permission_at_workflow_level_and_each_job_only_its_own() -> None:
    for _, _, config in all_configs():
        assert config["permissions"] == {}
    for where in ("project", "network"):
        publish = workflow(PUBLISH) if where == "project" else network(PUBLISH)
        pull = workflow(PULL_REQUEST) if where == "project" else network(PULL_REQUEST)
        assert {job_id: job["permissions"] for job_id, job in publish["jobs"].items()} \
            == {"codeowners": {"contents": "write"}, "build": {"contents": "read"},
                "deploy": {"pages": "write", "id-token": "write"}}
        assert {job_id: job["permissions"] for job_id, job in pull["jobs"].items()} == \
            {"check": {"contents": "read"}}
        # Only the CODEOWNERS job may write, and only on a push to main.
        assert publish["jobs"]["codeowners"]["if"] == "github.event_name == 'push'"
        assert publish[True]["push"] == {"branches": ["main"]}
    assert {job_id: job["permissions"] for job_id, job in workflow(RELEASE)["jobs"].items()} \
        == {"build": {"contents": "read"}, "release": {"contents": "write"},
            "pypi": {"id-token": "write"}}
    # Every permission says why, on its own line.
    for text in all_texts():
        for line in text.splitlines():
            if re.match(r"\s+(contents|pages|id-token): (read|write)", line):
                assert re.search(r" # \w+", line), line


def test_no_checkout_keeps_the_token() -> None:
    checkouts = [step for _, _, config in all_configs() for _, step in steps(config)
                 if step.get("uses", "").startswith("actions/checkout@")]
    assert len(checkouts) == 4 + 1 + 4
    assert all(step["with"]["persist-credentials"] is False for step in checkouts)
    # The one job that pushes gives the token to its last step only.
    for publish in (workflow(PUBLISH), network(PUBLISH)):
        codeowners = publish["jobs"]["codeowners"]["steps"]
        holding = [i for i, step in enumerate(codeowners) if "github.token" in json.dumps(step)
                   or "GITHUB_TOKEN" in json.dumps(step)]
        assert holding == [len(codeowners) - 1]
        assert "extraheader" in codeowners[-1]["run"]


def test_the_deploy_key_is_only_in_the_step_that_uses_it() -> None:
    for pull, publish in ((workflow(PULL_REQUEST), workflow(PUBLISH)),
                          (network(PULL_REQUEST), network(PUBLISH))):
        text = json.dumps(pull)
        assert "secrets." not in text and "github.token" not in text
        assert re.findall(r"secrets\.\w+", json.dumps(publish)) == \
            ["secrets.PRIVATE_SOURCES_KEY"] * 2
        build = publish["jobs"]["build"]
        # The job's environment holds whether the key is set, "true" or "false", never it.
        assert build["env"] == {"PRIVATE_SOURCES": "${{ secrets.PRIVATE_SOURCES_KEY != '' && "
                                                   "vars.PRIVATE_SOURCES_REPOSITORY != '' }}"}
        using = [step for step in build["steps"] if "PRIVATE_SOURCES_KEY" in json.dumps(step)]
        assert [step.get("name") for step in using] == ["Check out the private sources"]
        assert using[0]["with"]["ssh-key"] == "${{ secrets.PRIVATE_SOURCES_KEY }}"
        assert using[0]["if"] == "env.PRIVATE_SOURCES == 'true'" and "env" not in using[0]
        assert build["environment"] == "private-sources"


def test_packages_come_only_from_the_hashed_lock() -> None:
    runs = [(job_id, step["run"]) for name in (PUBLISH, PULL_REQUEST)
            for job_id, step in steps(workflow(name)) if "run" in step]
    assert not [run for _, run in runs if "pip " in run]   # only through scripts/install
    installs = [job_id for job_id, run in runs if run == "python scripts/install"]
    assert installs == ["codeowners", "build"]
    # The pull-request job installs the base branch's lock, with the base branch's script.
    assert any("--install" in run for job_id, run in runs if job_id == "check")
    for job in workflow(PUBLISH)["jobs"].values():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/setup-python@"):
                assert step["with"]["cache-dependency-path"] == "requirements.lock"


def test_a_network_installs_only_its_pinned_generator() -> None:
    """A network has no lock, scripts/ or generator/: requirements.txt, one pinned line."""
    text = "".join(workflow_files().values())
    assert "scripts/" not in text and "requirements.lock" not in text
    runs = [(job_id, step["run"]) for name in (PUBLISH, PULL_REQUEST)
            for job_id, step in steps(network(name)) if "run" in step]
    pip = [(job_id, run) for job_id, run in runs if "pip " in run]
    install = "python -m pip install --disable-pip-version-check -r requirements.txt"
    assert [(job_id, run.splitlines()[-1]) for job_id, run in pip] == \
        [("codeowners", install), ("build", install), ("check", install)]
    for job in network(PUBLISH)["jobs"].values():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/setup-python@"):
                assert step["with"]["cache-dependency-path"] == "requirements.txt"
    # Both wait for a moment with the generator's own command.
    for publish in (workflow(PUBLISH), network(PUBLISH)):
        wait = [step for step in publish["jobs"]["build"]["steps"]
                if step.get("name") == "Wait for a moment in the coming 40 minutes"]
        assert wait[0]["run"] == "python -m generator embargo --wait 2400"


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


def test_a_networks_pull_request_job_installs_and_runs_the_base_branchs_generator() -> None:
    config = network(PULL_REQUEST)
    assert config[True] == {"pull_request": None}
    job = config["jobs"]["check"]
    assert "env" not in job and "environment" not in job and "services" not in job
    runs = [step for step in job["steps"] if "run" in step]
    assert [step["env"] for step in runs] == \
        [{"BASE": "${{ github.event.pull_request.base.sha }}"}] * 2
    # BASE's requirements.txt, installed from a folder outside the pull request's tree;
    # then the installed generator, with the working directory off the import path (-P).
    assert runs[0]["run"].splitlines() == [
        'git show "$BASE:requirements.txt" > "$RUNNER_TEMP/requirements.txt"',
        'cd "$RUNNER_TEMP"',
        "python -m pip install --disable-pip-version-check -r requirements.txt"]
    assert runs[1]["run"] == \
        'python -P -m generator pr-build --out "$RUNNER_TEMP/pr" "$BASE" HEAD'
    assert job["steps"][0]["with"] == {"persist-credentials": False, "fetch-depth": 2}
    assert job["steps"][1]["with"] == {"python-version": "3.11"}
    assert job["steps"][-1]["with"]["path"] == "${{ runner.temp }}/pr/site/"


def test_the_release_builds_checks_and_publishes_only_what_it_built() -> None:
    config = workflow(RELEASE)
    assert config[True] == {"push": {"tags": ["v*"]}}
    jobs = config["jobs"]
    assert jobs["release"]["needs"] == "build" and jobs["pypi"]["needs"] == ["build", "release"]
    build = "\n".join(step.get("run", "") for step in jobs["build"]["steps"])
    assert "python -m build" in build and "python -m twine check --strict dist/*" in build
    assert '"$GITHUB_REF_NAME" != "v$version"' in build and "generator.__version__" in build
    # build and twine at the test extras' pins: the tools the tests ran.
    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [p for p in extras["project"]["optional-dependencies"]["test"]
            if p.startswith(("build==", "twine=="))]
    assert f"python -m pip install --disable-pip-version-check {' '.join(pins)}" in build
    # The token is the release step's alone; PyPI only by trusted publishing, when asked.
    release = jobs["release"]["steps"]
    assert [i for i, step in enumerate(release) if "github.token" in json.dumps(step)] == \
        [len(release) - 1]
    assert "gh release create" in release[-1]["run"] and "--verify-tag" in release[-1]["run"]
    assert jobs["pypi"]["if"] == "vars.PUBLISH_TO_PYPI == 'true'"
    assert jobs["pypi"]["environment"]["name"] == "pypi"
    assert jobs["pypi"]["steps"][-1]["uses"].startswith("pypa/gh-action-pypi-publish@")
    assert "with" not in jobs["pypi"]["steps"][-1]   # no password: trusted publishing
    assert "secrets." not in (WORKFLOWS / RELEASE).read_text(encoding="utf-8")
    # The awk that takes the version's notes from CHANGELOG.md finds this version's.
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(__version__)}\] - \d{{4}}-\d\d-\d\d$", changelog, re.M)


@pytest.mark.parametrize(("template", "error"), [
    ("%%if project%%\na\n", "without %%end%%"),
    ("a\n%%end%%\n", "without %%if%%"),
    ("a: %%nothing%%\n", "no value 'nothing'"),
    ("a: %%Odd%%\n", "unknown %% mark"),
])
def test_a_broken_template_is_an_error(template: str, error: str) -> None:
    with pytest.raises(TemplateError, match=re.escape(error)):
        render(template, project=True)


def test_the_two_sides_and_values() -> None:
    template = "%%if project%%\np\n%%else%%\nn\n%%end%%\n%%if network%%\nonly n\n%%end%%\n" \
               "x: %%requirements%%\n${{ github.token }}\n"
    assert render(template, project=True) == "p\nx: requirements.lock\n${{ github.token }}\n"
    assert render(template, project=False) == \
        "n\nonly n\nx: requirements.txt\n${{ github.token }}\n"


def test_the_workflows_command_says_and_writes_a_networks_files(tmp_path: Path) -> None:
    def command(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "generator", "workflows", *args],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60)
    done = command()
    assert done.returncode == 1 and done.stdout.count(": missing") == 3
    assert command("--write").returncode == 0
    for path, text in workflow_files().items():
        assert (tmp_path / path).read_text(encoding="utf-8") == text
    assert command().stdout.count(": up to date") == 3
    (tmp_path / ".github/dependabot.yml").write_text("version: 2\n", encoding="utf-8")
    done = command()
    assert done.returncode == 1 and ".github/dependabot.yml: differs" in done.stdout
    assert "python -m generator workflows --write" in done.stdout
    # This repository's own are the project rendering, and up to date.
    done = subprocess.run([sys.executable, "-m", "generator", "workflows", "--project"],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.count(": up to date") == 3
