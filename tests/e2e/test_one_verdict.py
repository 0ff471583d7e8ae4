"""One verdict (content-model.md v1.4, "Two severities, one verdict"): for every message id
a case that triggers it; `check` reports the id, and exits 1 exactly when `mkdocs build
--strict` fails, which is exactly when the id is an error (messages/severity.py). Neither
ever prints a traceback. The cases live in tests/verdict/cases_*.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.messages import CATALOGUES
from generator.messages.severity import NOTICES, Severity, severity_of
from tests.sitebuilder import build, run_cli
from tests.verdict import Case, all_cases
from tests.verdict.base import EPOCH, previous_of, write_case

CASES = all_cases()

# Ids that are never a problem by themselves: parts of other messages (what a field
# expects, a kind's name, a hint) and the words of commands other than check.
FRAGMENT_PREFIXES = ("type.", "shape.", "kind.", "this.", "reason.", "suggest.", "unsafe.",
                     "new.", "init.", "event.timed", "event.all_day", "event.days", "event.none",
                     "event.named_like", "value.close", "value.expected", "slug.like",
                     "slug.taken", "image.none_here", "image.here", "exposed.folder",
                     "exposed.file", "exposed.no_private_dir", "ambassador.is_folder",
                     "list.item", "option.markup", "option.unprintable", "option.email",
                     "option.phone", "option.line", "codeowners.no_maintainer",
                     "codeowners.bad_owner", "newsletter.unknown",
                     "newsletter.preview_failed", "confine.link_in_path",
                     # advice that completes yaml.invalid in languages other than PyYAML's
                     "yaml.colon", "yaml.unclosed", "yaml.tab", "yaml.cannot_start",
                     "yaml.open_quote", "yaml.indentation", "yaml.other")
# Problems no content can make on this machine, each with the reason.
UNREACHABLE = {
    "file.unreadable": "a file the checkout cannot read: the tests run as root, who reads all",
    "search.failed": "Pagefind failing at the end of the build (no content makes it fail)",
    "image.link": "a photo that is a link is reported as confine.link first",
    "image.outside": "a photo outside its folder is reported as image.not_a_name first",
    "image.damaged": "the build's own word for a photo check finds cut off (image.cut_off)",
    "option.logo_unreadable": "a logo the checkout cannot read: the tests run as root",
    "option.cache_tracked": "needs a git repository with a committed cache file, which the "
                            "cases here do not make: tests/e2e/test_cache_in_git.py",
}


def _problem_ids() -> set[str]:
    return {id_ for id_ in CATALOGUES["en"] if not id_.startswith(FRAGMENT_PREFIXES)
            and id_ not in NOTICES and id_ not in UNREACHABLE}


def _check(root: Path, epoch: int, previous: bool = False
           ) -> tuple[int, list[dict[str, object]], str]:
    """`check --format json`, with `--previous` when the case has a previous version."""
    extra = ("--previous", str(previous_of(root))) if previous else ()
    done = run_cli(root, "check", "--format", "json", *extra, epoch=epoch)
    output = done.stdout + done.stderr
    assert "Traceback" not in output, output
    problems = json.loads(done.stdout) if done.stdout.strip().startswith("[") else []
    return done.returncode, problems, output


def test_the_base_site_is_clean(tmp_path: Path) -> None:
    root = write_case(tmp_path, Case("none"))
    code, problems, output = _check(root, EPOCH)
    assert (code, problems) == (0, []), output
    result = build(root, EPOCH)
    assert result.code == 0, result.out


def test_every_problem_id_has_a_case() -> None:
    covered = {case.id for case in CASES}
    assert sorted(_problem_ids() - covered) == []
    assert sorted(covered - set(CATALOGUES["en"])) == []


@pytest.mark.parametrize("case", CASES, ids=[f"{c.id}-{i}" for i, c in enumerate(CASES)])
def test_check_and_the_strict_build_agree(tmp_path: Path, case: Case) -> None:
    root = write_case(tmp_path, case)
    epoch = case.epoch or EPOCH
    code, problems, output = _check(root, epoch, case.previous is not None)
    assert case.id in {p["id"] for p in problems}, output
    severity = severity_of(case.id)
    assert code == (1 if severity is Severity.ERROR else 0), output
    result = build(root, epoch)
    assert "Traceback" not in result.out, result.out
    assert (result.code != 0) == (code == 1), result.out + "\n--- check:\n" + output
