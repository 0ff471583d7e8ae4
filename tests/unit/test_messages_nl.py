"""Every problem is said in English and in Dutch: the same facts (quoted values, dates),
no English left in the Dutch, and both languages in `check`, in the GitHub annotations and
in the build's listing. Every message comes from the one catalogue (generator/messages),
whole in every language. Also the slug suggestion that names an existing file, and the
`github:` field type."""

from __future__ import annotations

import ast
import datetime as dt
import re
import string
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from mkdocs.exceptions import PluginError

from generator.commands import codeowners, scaffold
from generator.domain.model import Source
from generator.domain.site import SiteOptions
from generator.messages import CATALOGUES, msg
from generator.messages.severity import severity_of
from generator.plugin import _log_report
from generator.sources import loaders
from generator.sources.errors import Bilingual, Problem, Report, Severity
from generator.sources.front_matter.fields import Context, Date, GithubUser, localize
from generator.sources.front_matter.parse import Scalar
from tests.sitebuilder import run_cli
from tests.sitebuilder import write as write_site_files
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
        "Toegestane velden zijn name, sort_name, role, organisation, region, sector, themes, "
        "photo, photo_alt, photo_focus, photo_credit, term, honorary, links, github, podium",
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


# --- the catalogue: one id, every language ----------------------------------------------

GENERATOR = REPO / "generator"
FORMAT = string.Formatter()
ID = re.compile(r"^[a-z_]+(?:\.[a-z0-9_]+)+$")
# The only ids whose placeholders differ between languages: values the Dutch leaves out, or
# says although the English does not (as it did before the catalogue).
UNEVEN = {("nl", "slug.duplicate"): {"kind"}, ("nl", "private.absent"): {"folder"},
          ("nl", "option.markup"): {"tag", "limit"}}
MAKERS = {"FieldError", "ScaffoldError", "OwnersError", "LinkRefused", "OptionError",
          "Bilingual", "Neutralised"}
REPORTERS = {"error", "advisory", "info", "add"}


class _Any:
    """A value for any placeholder, conversion and format spec."""

    def __format__(self, spec: str) -> str:
        return "x"

    def __repr__(self) -> str:
        return "x"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in FORMAT.parse(template) if name is not None}


def catalogue_faults(catalogues: dict[str, dict[str, str]]) -> list[str]:
    """Each way a catalogue can be broken: an id missing from a language or unknown in
    English, other placeholders than the English, a template that does not format, English
    'expected' or 'got' in the Dutch words."""
    english, faults = catalogues["en"], []
    for lang, messages in catalogues.items():
        faults += [f"{lang}: no {id_}" for id_ in sorted(english.keys() - messages.keys())]
        faults += [f"{lang}: unknown {id_}" for id_ in sorted(messages.keys() - english.keys())]
        for id_, template in messages.items():
            try:
                template.format_map({name: _Any() for name in placeholders(template)})
                words = "".join(text for text, *_ in FORMAT.parse(template))
            except (ValueError, IndexError, KeyError) as exc:
                faults.append(f"{lang}: {id_}: {exc}")
                continue
            differ = placeholders(template) ^ placeholders(english.get(id_, template))
            if differ and differ != UNEVEN.get((lang, id_)):
                faults.append(f"{lang}: {id_}: placeholders {sorted(differ)}")
            if lang == "nl" and ENGLISH.search(words):
                faults.append(f"nl: {id_}: English words")
    return faults


def test_every_id_is_in_every_language_with_the_same_values() -> None:
    assert set(CATALOGUES) == {"en", "nl"} and len(CATALOGUES["en"]) > 150
    assert catalogue_faults(CATALOGUES) == []
    assert all(placeholders(CATALOGUES["nl"][id_]) ^ placeholders(CATALOGUES["en"][id_]) == names
               for (_, id_), names in UNEVEN.items())  # no exception outlives its reason


def test_a_broken_catalogue_is_caught() -> None:
    broken = {lang: dict(messages) for lang, messages in CATALOGUES.items()}
    del broken["nl"]["file.not_utf8"]
    broken["nl"]["field.required"] = "dit veld is verplicht: {naam}"
    broken["nl"]["text.empty"] = "expected tekst, got niets"
    broken["nl"]["list.item"] = "item {number: {problem}"
    broken["nl"]["private.both"] = broken["nl"]["private.both"].replace("{kind}", "dit")
    broken["nl"]["zz.extra"] = "extra"
    assert sorted(catalogue_faults(broken)) == [
        "nl: field.required: placeholders ['example', 'naam', 'name']",
        "nl: list.item: unmatched '{' in format spec", "nl: no file.not_utf8",
        "nl: private.both: placeholders ['kind']", "nl: text.empty: English words",
        "nl: unknown zz.extra"]


def _modules() -> list[Path]:
    return sorted(p for p in GENERATOR.rglob("*.py") if "messages" not in p.parts)


def ids_used(tree: ast.AST) -> tuple[set[str], set[str]]:
    """The message ids a module names: string literals shaped like an id in a catalogue
    section, and prefixes of ids made from a code (`"kind." + kind`)."""
    sections = {id_.split(".")[0] for id_ in CATALOGUES["en"]}
    literals, prefixes = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                ID.match(node.value) and node.value.split(".")[0] in sections:
            literals.add(node.value)
        elif isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant) and \
                isinstance(node.left.value, str) and node.left.value.endswith("."):
            prefixes.add(node.left.value)
    return literals, prefixes


def test_every_id_used_exists_and_every_id_is_used() -> None:
    literals, prefixes = set(), set()
    for path in _modules():
        found = ids_used(ast.parse(path.read_text(encoding="utf-8")))
        literals |= found[0]
        prefixes |= found[1]
    ids = set(CATALOGUES["en"])
    assert literals - ids == set()
    assert prefixes == {"kind."}
    assert {i for i in ids - literals if not i.startswith(tuple(prefixes))} == set()
    assert ids_used(ast.parse('msg("feld.unknown"); msg("field.unknwn")'))[0] == \
        {"field.unknwn"}  # a misspelt id in a known section is seen (and then refused)


def bare_messages(tree: ast.AST, where: str) -> tuple[int, list[str]]:
    """Calls that make or report a message (FieldError(...), report.error(...)), and those
    among them that pass text rather than a catalogue message, or an `nl=` pair."""
    seen, bare = 0, []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else \
            node.func.attr if isinstance(node.func, ast.Attribute) else ""
        if name in MAKERS and node.args:
            text = node.args[0]
        elif name in REPORTERS and isinstance(node.func, ast.Attribute) and len(node.args) >= 3:
            text = node.args[-1]
        else:
            continue
        seen += 1
        if isinstance(text, (ast.Constant, ast.JoinedStr, ast.BinOp)) or \
                any(k.arg == "nl" for k in node.keywords):
            bare.append(f"{where}:{node.lineno}")
    return seen, bare


def test_every_message_site_passes_a_catalogue_message() -> None:
    """No call in generator/ makes or reports a message from its own words: each names a
    catalogue message, so that no site can slip back to one language."""
    seen, bare = 0, []
    for path in _modules():
        if path.name in ("errors.py", "problems.py"):
            continue  # they define them
        where = str(path.relative_to(REPO))
        counted, found = bare_messages(ast.parse(path.read_text(encoding="utf-8")), where)
        seen, bare = seen + counted, bare + found
    assert seen > 80 and bare == []
    planted = ('report.error(p, 1, None, "in English")\n'
               'raise FieldError(f"expected {x}", nl="verwacht")\n'
               'file.error(1, "body", msg("file.not_utf8"))\n'
               'report.advisory(p, 1, "x", "a " + b)\n')
    assert bare_messages(ast.parse(planted), "x.py") == (4, ["x.py:1", "x.py:2", "x.py:4"])


def reported_severities(tree: ast.AST, where: str) -> list[tuple[str, str, str]]:
    """(place, method, message id) of each `report.error/advisory/info(..., msg("id"))`."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("error", "advisory", "info") and len(node.args) >= 4):
            continue
        text = node.args[3]
        if isinstance(text, ast.Call) and getattr(text.func, "id", "") == "msg" and \
                text.args and isinstance(text.args[0], ast.Constant):
            found.append((f"{where}:{node.lineno}", node.func.attr, text.args[0].value))
    return found


def test_each_report_call_says_what_the_catalogue_decides() -> None:
    """The severity of a problem is its message's (messages/severity.py); a call site that
    says `report.error` for an advisory, or the other way round, would mislead its reader."""
    names = {"error": Severity.ERROR, "advisory": Severity.ADVISORY, "info": Severity.INFO}
    found = [hit for path in _modules()
             for hit in reported_severities(ast.parse(path.read_text(encoding="utf-8")),
                                            str(path.relative_to(REPO)))]
    assert len(found) > 20
    assert [(where, method, id_) for where, method, id_ in found
            if severity_of(id_) is not names[method]] == []
    planted = 'report.error(p, 1, None, msg("appearance.outside_term"))\n'
    assert [severity_of(id_) for _, _, id_ in reported_severities(ast.parse(planted), "x")] \
        == [Severity.ADVISORY]


def test_every_listed_severity_names_a_catalogue_message() -> None:
    from generator.messages.severity import ADVISORIES, NOTICES
    assert sorted((ADVISORIES | NOTICES) - set(CATALOGUES["en"])) == []


def test_a_message_is_said_in_each_language_from_one_id() -> None:
    said = msg("value.mismatch", expected=Date.expected, got="'x'", hint="")
    assert (said.en, said.nl, said.in_("en"), str(said)) == (
        "expected a date like 2025-01-20, got 'x'",
        "verwacht een datum zoals 2025-01-20, maar er staat 'x'",
        "expected a date like 2025-01-20, got 'x'", "expected a date like 2025-01-20, got 'x'")
    with pytest.raises(KeyError):
        msg("value.mismatchh")


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
    report.error("a.md", 3, "date", msg("value.mismatch", expected=Date.expected, got="'x'",
                                        hint=""))
    report.error("b.md", None, None, msg("file.not_utf8"))
    with pytest.raises(PluginError) as caught:
        _log_report(report)
    assert str(caught.value).endswith(
        "2 problem(s) in the sources; fix them and build again:\n"
        "  a.md:3: date: expected a date like 2025-01-20, got 'x'\n"
        "    NL: a.md:3: date: verwacht een datum zoals 2025-01-20, maar er staat 'x'\n"
        "  b.md: the file is not UTF-8 text: save it as UTF-8\n"
        "    NL: b.md: het bestand is geen UTF-8-tekst: sla het op als UTF-8")


def test_advisories_in_the_build_log_have_dutch_and_never_warn(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO")
    report = Report()
    report.advisory("a.md", 7, "podium.date", msg(
        "appearance.outside_term", date=dt.date(2024, 1, 1), start=dt.date(2025, 1, 20),
        end=dt.date(2027, 1, 19)))
    _log_report(report)
    [record] = caplog.records
    message = record.getMessage()
    assert record.levelname == "INFO" and "advisory: a.md:7:" in message
    assert message.endswith("a.md:7: podium.date: 2024-01-01 lies outside the term "
                            "(2025-01-20 to 2027-01-19), so it does not count\n"
                            "  NL: a.md:7: podium.date: 2024-01-01 valt buiten de termijn "
                            "(2025-01-20 tot en met 2027-01-19), dus dit optreden telt niet mee")


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
    assert "\n/ambassadors/jan-jansen/ @jjansen @org/x\n" in \
        codeowners.codeowners({"jan-jansen": loaded.ambassadors[0].github}, ("@org/x",))


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
