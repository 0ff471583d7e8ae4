"""Every problem is said in English and in Dutch: the same facts (quoted values, dates),
no English left in the Dutch, and both languages in `check`, in the GitHub annotations and
in the build's listing. Also the slug suggestion that names an existing file, and the
`github:` field type."""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from mkdocs.exceptions import PluginError

from generator import codeowners, scaffold
from generator.domain.model import Source
from generator.domain.site import SiteOptions
from generator.plugin import _log_report
from generator.sources import loaders
from generator.sources.errors import Bilingual, Problem, Report, Severity
from generator.sources.fields import Context, GithubUser, localize
from generator.sources.frontmatter import Scalar
from tests.sitebuilder import run_cli, write as write_site_files
from tests.zorgnetwerk import EPOCH, write_site

from .sitefiles import TZ, build, image, load, write
from .test_validation import BASE, CASES, JAN, NOW, UNSAFE, Case, event, jan, story

REPO = Path(__file__).resolve().parents[2]
ENGLISH = re.compile(r"\b(expected|got)\b", re.IGNORECASE)
QUOTED = re.compile(r"'[^'\n]*'")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PLACEHOLDERS = {"'field: value'"}  # quoted words, not values: translated on purpose


def assert_dutch(english: str, dutch: str | None) -> None:
    """A Dutch message exists, differs from the English, has no English 'expected'/'got',
    and keeps the facts: every quoted value and every date of the English message."""
    assert dutch and dutch.strip(), f"no Dutch for: {english}"
    assert dutch != english, f"Dutch is the English: {english}"
    assert not ENGLISH.search(dutch), dutch
    if "not valid YAML" not in english:  # PyYAML's own words are replaced by advice
        for fact in QUOTED.findall(english) + DATE.findall(english):
            assert fact in dutch or fact in PLACEHOLDERS, (fact, english, dutch)


def assert_all_dutch(problems: list[Problem]) -> None:
    assert problems
    for problem in problems:
        assert_dutch(problem.message, problem.message_nl)
        assert problem.dutch().startswith(str(problem)[: -len(problem.message)])


# --- every rule of the validation table --------------------------------------------------

@pytest.mark.parametrize("case", CASES)
def test_every_validation_rule_has_a_dutch_message(tmp_path: Path, case: Case) -> None:
    write(tmp_path, BASE | case.files)
    _, report = build(tmp_path, NOW)
    assert_all_dutch(report.problems)


@pytest.mark.parametrize("markup", [p.values[0] for p in UNSAFE])
@pytest.mark.parametrize("unsafe_is_error", [False, True])
def test_unsafe_markup_has_a_dutch_message(tmp_path: Path, markup: str,
                                           unsafe_is_error: bool) -> None:
    write(tmp_path, {JAN: "---\nname: Jan Jansen\nterm:\n  start: 2025-01-20\n---\n"
                          + markup + "\n"})
    _, report = build(tmp_path, NOW, unsafe_is_error=unsafe_is_error)
    assert_all_dutch(report.problems)
    assert "is niet toegestaan" in (report.problems[0].message_nl or "")


def appointment(year: str, date: str, *slugs: str) -> dict[str, str]:
    return {f"content/appointments/{year}.md": f"---\ntitle: Benoemd\ndate: {date}\n"
            f"ambassadors: [{', '.join(slugs)}]\n---\n"}


def ambassador(slug: str, start: str) -> dict[str, str]:
    return {f"ambassadors/{slug}/index.md": f"---\nname: {slug.title()}\nterm:\n"
            f"  start: {start}\n---\n"}


def raw(text: str) -> dict[str, str | bytes]:
    """Jan's file exactly as given, not dedented."""
    return {JAN: text.encode()}


# Message sites that the validation table does not reach; each gives at least the phrase.
EXTRA = [
    pytest.param(appointment("2025", "2025-06-10T10:00", "jan-jansen"), "started the term on",
                 id="appointment-long-after-term-start"),
    pytest.param(story("draft: true"), "held back", id="held-back-draft"),
    pytest.param({"stories/x.md": "---\ntitle: T\ndate: 2027-01-10\n"
                  "ambassadors: [jan-jansen]\n---\n"}, "dated in the future",
                 id="held-back-future-story"),
    pytest.param(ambassador("piet", "2026-01-20") | appointment("2026", "2026-06-01T10:00", "piet")
                 | event("ambassadors: [piet]"), "not announced yet", id="held-back-embargo"),
    pytest.param(ambassador("kees", "2027-01-20"), "term has not started",
                 id="held-back-term-not-started"),
    pytest.param(jan("photo: portret.jpg") | {"ambassadors/jan-jansen/portret.jpg/x.txt": "x"},
                 "is not a file", id="photo-is-a-folder"),
    pytest.param(jan("photo: portret.jpg")
                 | {"ambassadors/jan-jansen/portret.jpg": image("GIF", mode="P")},
                 "is a GIF image", id="photo-gif-named-jpg"),
    pytest.param(jan("photo: portret.jpg") | {"ambassadors/jan-jansen/ander.png": image("PNG")},
                 "images here: ander.png", id="photo-missing-listing"),
    pytest.param({"stories/x/index.md": "---\ntitle: T\ndate: 2026-01-10\n"
                  "ambassadors: [jan-jansen]\n---\n![](foto.jpg)\n",
                  "stories/x/foto.jpg": image()}, "has no description", id="body-image-no-alt"),
    pytest.param({"stories/x.md": "---\ntitle: T\ndate: 2026-01-10\n"
                  "ambassadors: [jan-jansen]\n---\n![Een tafel](foto.jpg)\n"},
                 "must be a folder", id="body-image-in-flat-story"),
    pytest.param({"stories/leeg/foto.jpg": image()}, "needs an index.md", id="story-folder"),
    pytest.param(jan("links: https://example.nl"), "expected fields like website:",
                 id="links-not-a-group"),
    pytest.param(jan("podium:", "  - date: 2025-03-12", "    kind: zzz", "    title: X"),
                 "expected one of", id="choice-without-hint"),
    pytest.param(jan("themes: [[a]]"), "item 1: expected text, got a list", id="list-item"),
    pytest.param(jan("github: '@mvdberg'", "role: eigenaar: bakkerij"), "not valid YAML",
                 id="yaml-mapping-values"),
    pytest.param(raw("---\nname: Jan\nterm:\n\tstart: 2025-01-20\n---\n"), "not valid YAML",
                 id="yaml-tab"),
    pytest.param(jan("github: @mvdberg"), "not valid YAML", id="yaml-at-sign"),
    pytest.param(jan('role: "eigenaar'), "not valid YAML", id="yaml-open-quote"),
    pytest.param(raw("---\nname: Jan\n- term\n---\n"), "not valid YAML", id="yaml-block-end"),
    pytest.param(jan("role: *onbekend"), "YAML anchors and aliases", id="yaml-undefined-alias"),
    pytest.param(jan("themes: {a: b"), "not valid YAML", id="yaml-unclosed-group"),
    pytest.param(raw("---\nname: Jan\nrole: !!binary x\n? [a]\n: b\n---\n"),
                 "a field name must be plain text", id="key-not-plain-text"),
    pytest.param(raw("---\nname: Jan\nterm: &t\n  start: 2025-01-20\n  end: *t\n---\n"),
                 "YAML anchors and aliases", id="alias-cycle"),
]


@pytest.mark.parametrize(("files", "phrase"), EXTRA)
def test_other_message_sites_have_a_dutch_message(tmp_path: Path, files: dict[str, str],
                                                  phrase: str) -> None:
    write(tmp_path, BASE | files)
    _, report = build(tmp_path, NOW)
    assert any(phrase in p.message for p in report.problems), [str(p) for p in report.problems]
    assert_all_dutch(report.problems)


def test_network_maximum_and_missing_fields_have_dutch(tmp_path: Path) -> None:
    write(tmp_path, BASE | {"stories/x.md": b"---\ntitle: T\n---\n"})
    _, report = build(tmp_path, NOW, SiteOptions(network_maximum=0))
    assert {p.field for p in report.problems} >= {"network_maximum", "date", "ambassadors"}
    assert_all_dutch(report.problems)
    required = next(p for p in report.problems if p.field == "date")
    assert required.message_nl == ("dit veld is verplicht: voeg een regel toe zoals "
                                   "'date: 2026-03-14'")


def test_unreadable_file_has_dutch(tmp_path: Path) -> None:
    report = Report()
    assert loaders._read(Source("x.md", tmp_path / "x.md"), report) is None
    assert_all_dutch(report.problems)


def test_examples_from_the_issue(tmp_path: Path) -> None:
    write(tmp_path, {JAN: "---\nname: Jan\nterm:\n  start: 20-01-2025\norganization: X\n---\n"})
    _, report = build(tmp_path, NOW)
    assert sorted(p.dutch() for p in report.problems) == [
        f"{JAN}:4: term.start: verwacht een datum zoals 2025-01-20, maar er staat "
        "'20-01-2025'",
        f"{JAN}:5: organization: onbekend veld 'organization': bedoel je 'organisation'? "
        "Toegestane velden zijn name, role, organisation, region, sector, themes, photo, "
        "photo_alt, photo_focus, photo_credit, term, honorary, links, github, podium",
    ]


# --- errors raised outside a report: `new`, CODEOWNERS maintainers, field parsers ----------

def _raises(call: Callable[[], object]) -> Bilingual:
    with pytest.raises(Bilingual) as caught:
        call()
    return caught.value


CTX = Context(TZ)
RAISERS = [
    pytest.param(lambda: scaffold.appointment("27", "2027-01-20T10:00", CTX), id="year"),
    pytest.param(lambda: scaffold.ambassador("Jan\nJansen", dt.date(2026, 1, 1)), id="one-line"),
    pytest.param(lambda: scaffold.ambassador("!!!", dt.date(2026, 1, 1)), id="no-letters"),
    pytest.param(lambda: scaffold.event("T", "12-03-2026", CTX), id="bad-start"),
    pytest.param(lambda: scaffold.story("T", dt.date(2026, 1, 1), [], {"a"}), id="no-slugs"),
    pytest.param(lambda: scaffold.story("T", dt.date(2026, 1, 1), ["jan-janssen"],
                                        {"jan-jansen"}), id="unknown-close"),
    pytest.param(lambda: scaffold.story("T", dt.date(2026, 1, 1), ["zzz"], {"jan-jansen"}),
                 id="unknown-far"),
    pytest.param(lambda: codeowners.check_maintainers([]), id="no-maintainers"),
    pytest.param(lambda: codeowners.check_maintainers(["redactie"]), id="bad-maintainer"),
    pytest.param(lambda: localize(dt.datetime(2026, 3, 29, 2, 30), TZ), id="dst-gap"),
    pytest.param(lambda: GithubUser().parse(Scalar("a b", 1, True), CTX), id="github"),
]


@pytest.mark.parametrize("call", RAISERS)
def test_errors_outside_a_report_are_bilingual(call: Callable[[], object]) -> None:
    error = _raises(call)
    assert_dutch(error.message, error.nl)


def test_every_message_site_gives_dutch() -> None:
    """Each call that makes a message (FieldError, ScaffoldError, OwnersError, and
    report.error/warning/info) passes `nl=`: no site can slip back to English only."""
    makers, reporters = {"FieldError", "ScaffoldError", "OwnersError"}, {"error", "warning",
                                                                        "info"}
    modules = [*sorted((REPO / "generator/sources").glob("*.py")),
               REPO / "generator/domain/site.py", REPO / "generator/cli.py",
               REPO / "generator/scaffold.py", REPO / "generator/codeowners.py"]
    missing, seen = [], 0
    for path in modules:
        if path.name == "errors.py":
            continue  # defines them
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            named = (isinstance(func, ast.Name) and func.id in makers) or \
                (isinstance(func, ast.Attribute) and func.attr in makers | reporters)
            if named:
                seen += 1
                if not any(k.arg == "nl" for k in node.keywords):
                    missing.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert seen > 60 and missing == []


# --- output: check, GitHub annotations, the build's listing -----------------------------

BROKEN_DATE = {"mensen/anouk-de-wit/index.md": """
    ---
    name: Anouk de Wit
    term:
      start: 01-02-2025
    ---
    Tekst.
    """}
WHERE = "mensen/anouk-de-wit/index.md:4: term.start: "


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_site(tmp_path_factory.mktemp("netwerk"))
    write_site_files(root, BROKEN_DATE)
    return root


def test_check_text_shows_english_then_dutch(broken: Path) -> None:
    done = run_cli(broken, "check", epoch=EPOCH)
    assert done.returncode == 1
    assert (f"error: {WHERE}expected a date like 2025-01-20, got '01-02-2025'\n"
            f"       NL: {WHERE}verwacht een datum zoals 2025-01-20, maar er staat "
            "'01-02-2025'\n") in done.stdout


def test_github_annotation_carries_both_on_one_line(broken: Path) -> None:
    done = run_cli(broken, "check", "--format", "github", epoch=EPOCH)
    assert [line for line in done.stdout.splitlines() if line.startswith("::error")] == [
        "::error file=mensen/anouk-de-wit/index.md,line=4,title=term.start::expected a date "
        "like 2025-01-20, got '01-02-2025'%0A%0Averwacht een datum zoals 2025-01-20, maar er "
        "staat '01-02-2025'"]


def test_multi_line_messages_stay_one_annotation(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    source = root / "mensen/anouk-de-wit/index.md"
    text = source.read_text(encoding="utf-8")
    source.write_text(text[:text.index("podium:")] + "podium: {date: 2025-03-12}\n---\n",
                      encoding="utf-8")
    done = run_cli(root, "check", "--format", "github", epoch=EPOCH)
    [line] = [line for line in done.stdout.splitlines() if line.startswith("::error")]
    assert "expected a list of entries" in line and "%0A%0Averwacht een lijst" in line


def test_build_listing_shows_each_error_in_both_languages() -> None:
    report = Report()
    report.error("a.md", 3, "date", "expected a date like 2025-01-20, got 'x'",
                 nl="verwacht een datum zoals 2025-01-20, maar er staat 'x'")
    report.error("b.md", None, None, "the file is not UTF-8 text: save it as UTF-8",
                 nl="het bestand is geen UTF-8-tekst: sla het op als UTF-8")
    with pytest.raises(PluginError) as caught:
        _log_report(report)
    assert str(caught.value).endswith(
        "2 problem(s) in the sources; fix them and build again:\n"
        "  a.md:3: date: expected a date like 2025-01-20, got 'x'\n"
        "    NL: a.md:3: date: verwacht een datum zoals 2025-01-20, maar er staat 'x'\n"
        "  b.md: the file is not UTF-8 text: save it as UTF-8\n"
        "    NL: b.md: het bestand is geen UTF-8-tekst: sla het op als UTF-8")


def test_warnings_in_the_build_log_have_dutch(caplog: pytest.LogCaptureFixture) -> None:
    report = Report()
    report.warning("a.md", 7, "podium.date", "2024-01-01 lies outside the term",
                   nl="2024-01-01 valt buiten de termijn")
    _log_report(report)
    [message] = caplog.messages
    assert message.endswith("a.md:7: podium.date: 2024-01-01 lies outside the term\n"
                            "  NL: a.md:7: podium.date: 2024-01-01 valt buiten de termijn")


def test_str_of_a_problem_is_unchanged_and_dutch_falls_back() -> None:
    problem = Problem("a.md", 2, "name", "message", Severity.ERROR, "bericht")
    assert (str(problem), problem.dutch()) == ("a.md:2: name: message", "a.md:2: name: bericht")
    assert Problem("a.md", None, None, "message").dutch() == "a.md: message"


def test_new_prints_both_languages(broken: Path) -> None:
    done = run_cli(broken, "new", "ambassador", "Anouk de Wit", epoch=EPOCH)
    assert done.returncode == 1
    assert "error: mensen/anouk-de-wit/index.md already exists" in done.stderr
    assert "       NL: mensen/anouk-de-wit/index.md bestaat al" in done.stderr


# --- the slug suggestion never names a file that exists ---------------------------------

def test_suggested_slug_that_exists_is_named_as_existing(tmp_path: Path) -> None:
    write(tmp_path, BASE | story(path="stories/mijn-verhaal.md")
          | story(path="stories/Mijn-Verhaal.md"))
    _, report = build(tmp_path, NOW)
    [problem] = [p for p in report.problems if p.severity is not Severity.INFO]
    assert problem.path == "stories/Mijn-Verhaal.md"
    assert "like 'mijn-verhaal'" not in problem.message
    assert "stories/mijn-verhaal.md already exists" in problem.message
    assert "stories/mijn-verhaal.md bestaat al" in (problem.message_nl or "")


def test_free_slug_is_still_suggested(tmp_path: Path) -> None:
    write(tmp_path, BASE | story(path="stories/Mijn-Verhaal.md"))
    _, report = build(tmp_path, NOW)
    [problem] = [p for p in report.problems if p.severity is not Severity.INFO]
    assert problem.message.endswith("like 'mijn-verhaal'")
    assert problem.message_nl == ("de naam 'Mijn-Verhaal' van dit verhaal is geen geldige slug: "
                                  "gebruik kleine letters a-z, cijfers en streepjes, zoals "
                                  "'mijn-verhaal'")


# --- github: a GitHub user name -------------------------------------------------------

GOOD_USERS = [("mvdberg", "mvdberg"), ("@mvdberg", "mvdberg"), ("fel-amrani", "fel-amrani"),
              ("A1-b2-C3", "A1-b2-C3"), ("j" * 39, "j" * 39), ("@" + "j" * 39, "j" * 39)]
BAD_USERS = ["jan jansen", "-jan", "jan-", "jan--jansen", "j" * 40, "jan/../x", "jan_jansen",
             "@", "@@jan", "jan.jansen"]


@pytest.mark.parametrize(("text", "user"), GOOD_USERS)
def test_github_user_names_are_accepted_without_the_at_sign(text: str, user: str) -> None:
    assert GithubUser().parse(Scalar(text, 1, False), CTX) == user
    jsonschema.validate(text, GithubUser().json_schema())


@pytest.mark.parametrize("text", BAD_USERS)
def test_bad_github_user_names_are_refused_by_check_and_schema(text: str) -> None:
    error = _raises(lambda: GithubUser().parse(Scalar(text, 1, False), CTX))
    assert error.message == f"expected a GitHub user name like mvdberg, got {text!r}"
    assert error.nl == f"verwacht een GitHub-gebruikersnaam zoals mvdberg, maar er staat {text!r}"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(text, GithubUser().json_schema())


def test_ambassador_github_is_the_parsed_user_name(tmp_path: Path) -> None:
    write(tmp_path, jan("github: '@jjansen'"))
    loaded, report = load(tmp_path)
    assert report.problems == []
    assert loaded.ambassadors[0].github == "jjansen"
    assert codeowners.codeowners({"jan-jansen": loaded.ambassadors[0].github}, ("@org/x",)) \
        .endswith("/ambassadors/jan-jansen/ @jjansen @org/x\n")


def test_codeowners_command_reports_a_bad_github_name(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    source = root / "mensen/anouk-de-wit/index.md"
    source.write_text(source.read_text(encoding="utf-8").replace("github: anoukdw",
                                                                 "github: anouk de wit"),
                      encoding="utf-8")
    done = run_cli(root, "codeowners", epoch=EPOCH)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "github: expected a GitHub user name like mvdberg, got 'anouk de wit'" in done.stderr
    assert "NL: " in done.stderr and "/mensen/anouk-de-wit/" not in done.stdout
