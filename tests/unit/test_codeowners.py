"""CODEOWNERS from the ambassadors' `github:` fields: the pure text, the command, and the
check that fails when the committed file is out of date."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.commands import codeowners
from tests.sitebuilder import run_cli, write
from tests.zorgnetwerk import EPOCH, write_site

REPO = Path(__file__).resolve().parents[2]
TEAM = ("@zorg/redactie",)


def test_maintainers_own_everything_and_each_ambassador_their_folder() -> None:
    text = codeowners.codeowners({"zoe-el-idrissi": None, "anouk-de-wit": "anoukdw",
                                  "bram-ozturk": "@bramoz"}, TEAM, "mensen")
    assert text.startswith(codeowners.HEADER)
    rules = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert rules == ["* @zorg/redactie",
                     "/mensen/anouk-de-wit/ @anoukdw @zorg/redactie",
                     "/mensen/bram-ozturk/ @bramoz @zorg/redactie",
                     *[f"{path} @zorg/redactie" for path in codeowners.CODE_PATHS]]


def test_code_and_configuration_belong_to_the_maintainers_alone_and_come_last() -> None:
    """Later lines win in CODEOWNERS: after every folder line, the paths that the
    pull-request check does not build from a pull request (scripts/pr-build) are the
    maintainers' alone, whatever the ambassadors' folder lines say."""
    text = codeowners.codeowners({"b": "bee", "a": "aa"}, TEAM)
    rules = [line.split() for line in text.splitlines() if line and not line.startswith("#")]
    assert {"/mkdocs.yml", "/pyproject.toml", "/requirements.lock", "/generator/", "/scripts/",
            "/.github/"} <= set(codeowners.CODE_PATHS)
    assert rules[-len(codeowners.CODE_PATHS):] == [[path, *TEAM]
                                                   for path in codeowners.CODE_PATHS]
    assert [rule[0] for rule in rules[:-len(codeowners.CODE_PATHS)]] == \
        ["*", "/ambassadors/a/", "/ambassadors/b/"]


def test_output_is_sorted_and_stable() -> None:
    github = {"b": "bee", "a": "aa", "c": "cee"}
    text = codeowners.codeowners(github, TEAM)
    assert text == codeowners.codeowners(dict(reversed(list(github.items()))), TEAM)
    assert text.index("/ambassadors/a/") < text.index("/ambassadors/b/") \
        < text.index("/ambassadors/c/")
    assert text.endswith("\n")


def test_no_ambassador_with_github_gives_only_the_maintainers() -> None:
    text = codeowners.codeowners({"a": None}, ("@x", "@y/z"))
    assert [line for line in text.splitlines() if line and not line.startswith("#")] == \
        ["* @x @y/z", *[f"{path} @x @y/z" for path in codeowners.CODE_PATHS]]


@pytest.mark.parametrize(("value", "user"), [
    ("mvdberg", "mvdberg"), ("@mvdberg", "mvdberg"), (" fel-amrani ", "fel-amrani"),
    ("jan jansen", None), ("-jan", None), ("jan--jansen", None), ("a" * 40, None),
    ("jan/../x", None), (None, None)])
def test_github_user_names(value: str | None, user: str | None) -> None:
    assert codeowners.github_user(value) == user


def test_maintainers_come_from_the_star_line_of_the_existing_file() -> None:
    existing = "# comment\n\n*   @org/team @boss  # the editors\n/ambassadors/a/ @a @org/team\n"
    assert codeowners.maintainers_from(existing) == ("@org/team", "@boss")
    assert codeowners.maintainers_from(None) == codeowners.DEFAULT_MAINTAINERS
    assert codeowners.maintainers_from("# nothing here\n") == codeowners.DEFAULT_MAINTAINERS


@pytest.mark.parametrize("owner", ["redactie", "@", "@org/team extra", "@org//team"])
def test_bad_maintainers_are_refused(owner: str) -> None:
    with pytest.raises(codeowners.OwnersError):
        codeowners.check_maintainers([owner])


def test_first_difference() -> None:
    assert codeowners.first_difference("a\nb\nc\n", "a\nx\nc\n") == 2
    assert codeowners.first_difference("a\n", "a\nb\n") == 2


def test_the_demo_file_is_up_to_date() -> None:
    done = run_cli(REPO, "codeowners", epoch=1795435200)
    assert done.returncode == 0, done.stderr
    assert (REPO / codeowners.PATH).read_text(encoding="utf-8") == done.stdout
    assert "/ambassadors/marie-therese-van-den-berg/ @mvdberg @sociale-innovatie/redactie" \
        in done.stdout
    assert done.stdout.endswith("/generator/ @sociale-innovatie/redactie\n"
                                "/scripts/ @sociale-innovatie/redactie\n"
                                "/tests/ @sociale-innovatie/redactie\n")


# --- the command and the check, on the care network in a temporary folder --------------

@pytest.fixture()
def site(tmp_path: Path) -> Path:
    return write_site(tmp_path)


def test_command_prints_and_writes(site: Path) -> None:
    printed = run_cli(site, "codeowners", "--maintainers", "@zorg/redactie", epoch=EPOCH)
    assert printed.returncode == 0, printed.stderr
    assert "/mensen/anouk-de-wit/ @anoukdw @zorg/redactie\n" in printed.stdout
    assert not (site / codeowners.PATH).exists()
    written = run_cli(site, "codeowners", "--write", "--maintainers", "@zorg/redactie",
                      epoch=EPOCH)
    assert written.returncode == 0
    assert (site / codeowners.PATH).read_text(encoding="utf-8") == printed.stdout
    # Later runs keep the maintainers of the committed '*' line.
    again = run_cli(site, "codeowners", epoch=EPOCH)
    assert again.stdout == printed.stdout


def test_embargoed_ambassadors_are_included(site: Path) -> None:
    write(site, {"mensen/lotte-geheim/index.md": (site / "mensen/lotte-geheim/index.md")
                 .read_text(encoding="utf-8").replace("term:", "github: lottegeheim\nterm:")})
    done = run_cli(site, "codeowners", epoch=EPOCH)
    assert "/mensen/lotte-geheim/ @lottegeheim" in done.stdout


def test_check_passes_when_the_file_is_current(site: Path) -> None:
    run_cli(site, "codeowners", "--write", epoch=EPOCH)
    done = run_cli(site, "check", epoch=EPOCH)
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_out_of_date_file_is_a_warning_not_a_failure(site: Path) -> None:
    """An ambassador who adds `github:` in the web editor cannot run a command: the
    publishing workflow regenerates the file, so check warns and exits 0."""
    run_cli(site, "codeowners", "--write", "--maintainers", "@zorg/redactie", epoch=EPOCH)
    source = site / "mensen/anouk-de-wit/index.md"
    source.write_text(source.read_text(encoding="utf-8").replace("github: anoukdw",
                                                                 "github: anouk-w"),
                      encoding="utf-8")
    done = run_cli(site, "check", epoch=EPOCH)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "advisory: .github/CODEOWNERS:7: out of date with the ambassadors' github: fields" \
        in done.stdout and "0 error(s)" in done.stderr
    assert sum(line.startswith("advisory: .github/CODEOWNERS") for line in
               done.stdout.splitlines()) == 1
    github = run_cli(site, "check", "--format", "github", epoch=EPOCH)
    assert github.returncode == 0
    assert "::warning file=.github/CODEOWNERS,line=7::out of date" in github.stdout
    run_cli(site, "codeowners", "--write", epoch=EPOCH)
    again = run_cli(site, "check", epoch=EPOCH)
    assert again.returncode == 0 and "CODEOWNERS" not in again.stdout


def test_check_without_a_codeowners_file_does_not_ask_for_one(site: Path) -> None:
    done = run_cli(site, "check", epoch=EPOCH)
    assert done.returncode == 0 and "CODEOWNERS" not in done.stdout


def test_bad_github_name_is_an_error_on_its_line(site: Path) -> None:
    run_cli(site, "codeowners", "--write", epoch=EPOCH)
    source = site / "mensen/anouk-de-wit/index.md"
    source.write_text(source.read_text(encoding="utf-8").replace("github: anoukdw",
                                                                 "github: anouk de wit"),
                      encoding="utf-8")
    done = run_cli(site, "check", epoch=EPOCH)
    assert done.returncode == 1
    assert "mensen/anouk-de-wit/index.md:11: github: expected a GitHub user name like " \
        "mvdberg, got 'anouk de wit'" in done.stdout


def test_an_ambassador_with_errors_is_reported_once(site: Path) -> None:
    """While an ambassador file is broken, the CODEOWNERS comparison waits: one problem,
    one message."""
    run_cli(site, "codeowners", "--write", epoch=EPOCH)
    source = site / "mensen/anouk-de-wit/index.md"
    source.write_text(source.read_text(encoding="utf-8").replace("start: 2025-02-01",
                                                                 "start: 1 februari"),
                      encoding="utf-8")
    done = run_cli(site, "check", epoch=EPOCH)
    assert done.returncode == 1 and "CODEOWNERS" not in done.stdout
    assert "term.start" in done.stdout


def test_bad_maintainer_argument_exits_1_without_traceback(site: Path) -> None:
    done = run_cli(site, "codeowners", "--maintainers", "redactie", epoch=EPOCH)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "'redactie' is not a CODEOWNERS owner" in done.stderr
