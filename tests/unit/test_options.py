"""Options are fields (issue 26): every plugin option and every MkDocs setting that reaches
visitors, written as an attacker would, is an error of mkdocs.yml naming the option and its
line in English and Dutch, by the one rule per option in generator/config.py that `check`
and the build both run. Here through `check`'s reader (generator/mkdocs_yml.py); the build
runs the same `check_config` (tests/e2e/test_options_build.py)."""

from __future__ import annotations

import re
import textwrap
import time
from pathlib import Path

import pytest

from generator.config import AmbassadorsConfig, Option
from generator.mkdocs_yml import read_config
from generator.render.labels import NL, parse_labels, placeholders
from generator.sources.errors import Problem, Report, Severity
from generator.sources.options.config_file import ConfigNodes
from generator.sources.options.press_contact import OptionError

BASE = """\
site_name: T
site_url: https://t.example/
docs_dir: docs
plugins:
  - search
  - ambassadors:
      ambassadors_dir: mensen
{options}
{top}
"""
FIRST_OPTION_LINE = 8


def check(tmp_path: Path, options: str = "", top: str = "", base: str = BASE,
          replace: bool = True) -> list[Problem]:
    """The problems `check` finds in this mkdocs.yml, errors and advisories."""
    (tmp_path / "docs").mkdir(exist_ok=True)
    # A case's own setting replaces the base's: a key written twice is an error of its own.
    for text, indent in ((options, "      "), (top, "")) if replace else ():
        for key in re.findall(r"^(\w+):", textwrap.dedent(text), re.MULTILINE):
            base = re.sub(rf"^{indent}{key}:.*$", "#", base, flags=re.MULTILINE)
    text = base.format(options=textwrap.indent(textwrap.dedent(options).strip("\n"), " " * 6),
                       top=textwrap.dedent(top).strip("\n"))
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    report = Report()
    read_config(tmp_path / "mkdocs.yml", report)
    return report.problems


def only_error(problems: list[Problem]) -> Problem:
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert len(errors) == 1, [str(p) for p in problems]
    return errors[0]


# The whole numbers, with the range each takes.
NUMBERS = {
    "term_years": (1, 10),
    "podium_minimum": (1, 52),
    "network_maximum": (1, 10_000),
    "newsletter_days_ahead": (1, 366),
    "appointment_tolerance_days": (0, 366),
    "feed_items": (1, 1000),
    "calendar_past_days": (0, 3660),
}
HOSTILE_NUMBERS = [(option, value, shown) for option, (least, most) in NUMBERS.items()
                   for value, shown in ((str(least - 1), str(least - 1)),
                                        (str(most + 1), str(most + 1)),
                                        ("-5", "-5"),
                                        ("1000000000000000000000000000000",
                                         "10000000000000000000…"),
                                        ("true", "true"), ("false", "false"),
                                        ("'3'", "'3'"), ("2.5", "2.5"), ("[3]", "'[3]'"),
                                        ("{a: 1}", "\"{'a': 1}\""), (".inf", "inf"))]


@pytest.mark.parametrize(("option", "value", "shown"), HOSTILE_NUMBERS)
def test_a_number_out_of_range_or_of_another_type_is_an_error(
        tmp_path: Path, option: str, value: str, shown: str) -> None:
    least, most = NUMBERS[option]
    problem = only_error(check(tmp_path, f"{option}: {value}"))
    assert (problem.path, problem.line, problem.field) == \
        ("mkdocs.yml", FIRST_OPTION_LINE, option)
    assert problem.message == f"expected a whole number from {least} to {most}, got {shown}"
    assert problem.message_nl == \
        f"verwacht een heel getal van {least} tot en met {most}, maar er staat {shown}"


@pytest.mark.parametrize("option", sorted(NUMBERS))
def test_each_number_takes_its_whole_range(tmp_path: Path, option: str) -> None:
    least, most = NUMBERS[option]
    for value in (least, most):
        assert check(tmp_path, f"{option}: {value}") == [], (option, value)


FLAGS = ("enabled", "show_repository", "generator_credit", "self_hosted", "cache")


@pytest.mark.parametrize("option", FLAGS)
@pytest.mark.parametrize("value", ["'true'", "1", "0", "[]", "ja"])
def test_a_switch_takes_only_true_or_false(tmp_path: Path, option: str, value: str) -> None:
    problem = only_error(check(tmp_path, f"{option}: {value}"))
    assert problem.field == option and problem.line == FIRST_OPTION_LINE
    assert problem.message.startswith("expected true or false, got ")
    assert problem.message_nl.startswith("verwacht true of false, maar er staat ")


# (option lines, field, what the English message says)
HOSTILE = [
    # colours: Pillow takes names and 'hsl(...)'; a style attribute must not take more
    ("card_colors: [red, blue]", "card_colors", "expected a list of 2 colours"),
    ("card_colors: ['#fff', '#000']", "card_colors", "expected a list of 2 colours"),
    ("card_colors: ['#0b5e55']", "card_colors", "expected a list of 2 colours"),
    ("card_colors: '#0b5e55'", "card_colors", "expected a list of 2 colours"),
    ("card_colors: ['#0b5e55', 'expression(alert(1))']", "card_colors", "2 colours"),
    ("card_colors: ['#0b5e55', '#a1421b', '#000000']", "card_colors", "2 colours"),
    ("email_colour: red", "email_colour", "expected a colour like '#0b5e55'"),
    ("email_colour: '#0b5e55;background:url(x)'", "email_colour", "expected a colour"),
    # choices and zones
    ("podium_public: everything", "podium_public", "expected one of full, progress, counts"),
    ("podium_public: 1", "podium_public", "expected one of"),
    ("timezone: Mars/Olympus", "timezone", "unknown timezone 'Mars/Olympus'"),
    ("timezone: ../../../../etc/passwd", "timezone", "unknown timezone"),
    ("timezone: Europe", "timezone", "unknown timezone"),
    ("timezone: 5", "timezone", "unknown timezone 5"),
    ("timezone: ''", "timezone", "unknown timezone"),
    # pages and contacts
    ("edit_guide: ../README.md", "edit_guide", "expected a Markdown page inside docs_dir"),
    ("edit_guide: /etc/passwd.md", "edit_guide", "expected a Markdown page"),
    ("edit_guide: gids.html", "edit_guide", "expected a Markdown page"),
    ("edit_guide: 'x\"><script>.md'", "edit_guide", "expected a Markdown page"),
    ("edit_guide: [gids.md]", "edit_guide", "expected a Markdown page"),
    ("accessibility_contact: 'javascript:alert(1)'", "accessibility_contact",
     "expected an e-mail address like toegankelijkheid@example.nl or an https:// page"),
    ("accessibility_contact: http://toegankelijk.example.org/", "accessibility_contact",
     "expected an e-mail address"),
    ("accessibility_contact: 'a@b\"onmouseover=x'", "accessibility_contact", "an e-mail"),
    ("accessibility_contact: [a@b.example]", "accessibility_contact", "an e-mail"),
    ("invite_contact: 'javascript:alert(1)'", "invite_contact", "expected an e-mail address"),
    ("cms_auth_url: 'javascript:alert(1)'", "cms_auth_url", "expected an https:// address"),
    ("email_unsubscribe: 'javascript:alert(1)'", "email_unsubscribe", "expected an https://"),
    ("workers: 0", "workers", "expected a whole number from 1 to 64"),
    ("workers: 100000", "workers", "expected a whole number from 1 to 64"),
    ("workers: true", "workers", "expected a whole number from 1 to 64"),
    ("press_contact: {email: 'x<script>'}", "press_contact.email", "expected an e-mail"),
    ("press_contact: [pers@example.nl]", "press_contact", "expected a mapping"),
    ("newsletter_signup: {action: 'javascript:alert(1)', email_field: EMAIL}",
     "newsletter_signup.action", "expected the https:// address"),
    # labels: plain text, known keys, the default's placeholders only, written plainly
    ("labels: [ambassadors]", "labels", "expected a mapping like 'key: value'"),
    ("labels: Ambassadors", "labels", "expected a mapping"),
    ("labels: {nope: x}", "labels", "unknown label 'nope'"),
    ("labels: {ambassadors: '<b>Wij</b>'}", "labels.ambassadors", "without markup (<b>)"),
    ("labels: {ambassadors: '&lt;script&gt;alert(1)&lt;/script&gt;'}", "labels.ambassadors",
     "without markup (<script>)"),
    ("labels: {ambassadors: \"Amb\\u202eassadors\"}", "labels.ambassadors",
     "without invisible characters"),
    ("labels: {ambassadors: \"Amb\\u0007assadors\"}", "labels.ambassadors",
     "without invisible characters"),
    ("labels: {ambassadors: \"twee\\nregels\"}", "labels.ambassadors", "line breaks"),
    ("labels: {ambassadors: 5}", "labels.ambassadors", "expected text, got 5"),
    ("labels: {ambassadors: null}", "labels.ambassadors", "expected text, got nothing"),
    ("labels: {ambassadors: " + "x" * 1001 + "}", "labels.ambassadors", "over 1000"),
    ("labels: {active_count: '{n} actief {x}'}", "labels.active_count",
     "{x} is not a placeholder of this text; it may use {n}"),
    ("labels: {ambassadors: 'Wij {n}'}", "labels.ambassadors",
     "{n} is not a placeholder of this text; it may use none"),
    ("labels: {active_count: '{n!r}'}", "labels.active_count", "{n!r} is not a placeholder"),
    ("labels: {active_count: '{n.__class__}'}", "labels.active_count",
     "{n.__class__} is not a placeholder"),
    ("labels: {active_count: '{n:>999999999}'}", "labels.active_count",
     "{n:>999999999} is not a placeholder"),
    ("labels: {active_count: '{n[0]}'}", "labels.active_count", "is not a placeholder"),
    ("labels: {active_count: '{0}'}", "labels.active_count", "{0} is not a placeholder"),
    ("labels: {active_count: '{} actief'}", "labels.active_count", "{} is not a placeholder"),
    ("labels: {active_count: '{n} {'}", "labels.active_count",
     "a '{' or '}' without its pair; this text may use {n}"),
    # folders: inside the repository, apart from docs_dir, the output and each other
    ("ambassadors_dir: ../andere-site", "ambassadors_dir",
     "'../andere-site' lies outside the repository"),
    ("ambassadors_dir: /etc", "ambassadors_dir", "lies outside the repository"),
    ("ambassadors_dir: .", "ambassadors_dir", "'.' overlaps docs_dir ('docs')"),
    ("ambassadors_dir: .git/hooks", "ambassadors_dir", "lies outside the repository"),
    ("ambassadors_dir: mensen/../..", "ambassadors_dir", "lies outside the repository"),
    ("ambassadors_dir: docs", "ambassadors_dir",
     "'docs' overlaps docs_dir ('docs'): MkDocs publishes every file in docs_dir"),
    ("ambassadors_dir: docs/mensen", "ambassadors_dir", "overlaps docs_dir"),
    ("ambassadors_dir: site/mensen", "ambassadors_dir",
     "overlaps site_dir ('site'): the build empties the output folder"),
    ("ambassadors_dir: ''", "ambassadors_dir", "expected a folder inside the repository"),
    ("ambassadors_dir: [mensen]", "ambassadors_dir", "expected a folder inside"),
    ("ambassadors_dir: \"mensen\\u202e\"", "ambassadors_dir", "expected a folder inside"),
    ("stories_dir: mensen", "stories_dir",
     "'mensen' overlaps ambassadors_dir ('mensen'): a file would be read twice"),
    ("stories_dir: mensen/verhalen", "stories_dir", "overlaps ambassadors_dir"),
    ("private_dir: docs/prive", "private_dir", "overlaps docs_dir"),
    ("private_dir: ../geheim", "private_dir", "lies outside the repository"),
    ("private_dir: mensen", "private_dir", "overlaps ambassadors_dir"),
    ("cache_dir: ../cache", "cache_dir", "lies outside the repository"),
    ("cache_dir: /tmp/cache", "cache_dir", "lies outside the repository"),
    ("cache_dir: docs/.cache", "cache_dir", "overlaps docs_dir"),
    ("cache_dir: mensen/.cache", "cache_dir", "overlaps ambassadors_dir"),
    ("cache_dir: site/.cache", "cache_dir", "overlaps site_dir"),
    ("cache_dir: .git", "cache_dir", "lies outside the repository"),
    ("events_dir: ../agenda", "events_dir", "'../agenda' is not a folder inside docs_dir"),
    ("events_dir: /etc", "events_dir", "is not a folder inside docs_dir"),
    ("events_dir: .", "events_dir", "is not a folder inside docs_dir"),
    ("appointments_dir: events", "appointments_dir",
     "'events' overlaps events_dir ('events'): a page would be read as two kinds"),
    ("newsletter_dir: events/nieuws", "newsletter_dir", "overlaps events_dir"),
    # urls: no two outputs at one address
    ("urls: {stories: ambassadeurs}", "urls",
     "stories ('ambassadeurs') and ambassadors ('ambassadeurs') would put two outputs at "
     "one address"),
    ("urls: {stories: ambassadeurs/verhalen}", "urls", "would put two outputs at one address"),
    ("urls: {ambassadors: en, stories: en/verhalen}", "urls", "two outputs at one address"),
    ("urls: {region: sector}", "urls", "region ('sector') and sector ('sector')"),
    ("urls: {alumni: thema}", "urls", "two outputs at one address"),
    ("urls: {feed_stories: nieuwsbrief}", "urls", "feed_newsletter ('nieuwsbrief')"),
    ("urls: {calendar: agenda/x/x}", "urls", "calendar ('agenda/x/x') and agenda ('agenda')"),
    ("urls: {podium: admin}", "urls", "podium: 'admin' is taken by admin/"),
    ("urls: {feed_stories: sitemap}", "urls", "is taken by feeds/sitemap.xml"),
    ("urls: {stories: ../geheim}", "urls", "stories: expected lower-case letters"),
    ("urls: [ambassadors]", "urls", "expected a mapping of words"),
    # not an option: MkDocs ignores it and warns, so --strict fails
    ("term_year: 3", "term_year",
     "not an option of the ambassadors plugin (did you mean 'term_years'?)"),
    ("bogus: 1", "bogus", "not an option of the ambassadors plugin: MkDocs ignores it"),
]


@pytest.mark.parametrize(("options", "field", "said"), HOSTILE)
def test_a_hostile_option_is_an_error_on_its_line(tmp_path: Path, options: str, field: str,
                                                  said: str) -> None:
    problem = only_error(check(tmp_path, options))
    assert (problem.path, problem.line, problem.field) == \
        ("mkdocs.yml", FIRST_OPTION_LINE, field), str(problem)
    assert said in problem.message, problem.message
    assert problem.message_nl and problem.message_nl != problem.message


# (top-level lines, field, what the English message says)
HOSTILE_SETTINGS = [
    ("site_url: 'javascript://x/%0aalert(1)'", "site_url", "expected an https:// address"),
    ("site_url: http://ambassadeurs.example.org/", "site_url", "http:// only for localhost"),
    ("site_url: https://wie:geheim@ambassadeurs.example.org/", "site_url",
     "without a user name or password"),
    ("site_url: ftp://ambassadeurs.example.org/", "site_url", "expected an https://"),
    ("site_url: 'https://x.example/\"><script>'", "site_url", "expected an https://"),
    ("repo_url: 'javascript://x/%0aalert(1)'", "repo_url",
     "expected the repository's https:// address"),
    ("repo_url: http://git.example.org/site", "repo_url", "https://"),
    ("edit_uri: 'javascript:alert(1)'", "edit_uri",
     "expected a path on the repository host like 'edit/main/docs/', or an https:// address, "
     "got 'javascript:alert(1)'"),
    ("edit_uri: 'JavaScript:alert(1)//'", "edit_uri", "expected a path on the repository host"),
    ("edit_uri: '//evil.example/edit/'", "edit_uri", "expected a path"),
    ("edit_uri: 'data:text/html,<script>alert(1)</script>'", "edit_uri", "expected a path"),
    ("edit_uri: 'edit/main/docs/\" onmouseover=\"alert(1)'", "edit_uri", "expected a path"),
    ("edit_uri: http://git.example.org/edit/", "edit_uri", "expected a path"),
    ("edit_uri: [edit]", "edit_uri", "expected a path"),
    ("edit_uri_template: 'javascript:alert({path})'", "edit_uri_template", "expected a path"),
    ("site_url: !ENV [AMBASSADORS_TEST_UNSET, 'http://ambassadeurs.example.org/']",
     "site_url", "http:// only for localhost"),
    ("site_dir: ../uitvoer", "site_dir", "'../uitvoer' lies outside the "
     "repository"),
    ("site_dir: /tmp/uitvoer", "site_dir", "lies outside the repository"),
    ("site_dir: mensen", "site_dir", "overlaps ambassadors_dir"),
    ("site_dir: docs/site", "site_dir", "overlaps docs_dir"),
    ("sitename: T", "sitename", "not a setting MkDocs knows (or one it no longer supports) "
     "(did you mean 'site_name'?)"),
    ("pages: [index.md]", "pages", "not a setting MkDocs knows"),
]


@pytest.mark.parametrize(("top", "field", "said"), HOSTILE_SETTINGS)
def test_a_hostile_setting_is_an_error_on_its_line(tmp_path: Path, top: str, field: str,
                                                   said: str) -> None:
    problem = only_error(check(tmp_path, top=top))
    assert (problem.path, problem.field) == ("mkdocs.yml", field), str(problem)
    assert problem.line == FIRST_OPTION_LINE + 1
    assert said in problem.message, problem.message
    assert problem.message_nl and problem.message_nl != problem.message


def test_edit_uri_and_its_template_together_fail_a_strict_build(tmp_path: Path) -> None:
    """MkDocs ignores edit_uri then and warns: --strict fails, so check says so too."""
    problem = only_error(check(tmp_path, top="edit_uri: edit/main/docs/\n"
                                             "edit_uri_template: 'edit/main/docs/{path}'"))
    assert (problem.line, problem.field) == (10, "edit_uri_template")
    assert problem.message_id == "option.edit_uri_both"


def test_site_url_is_required(tmp_path: Path) -> None:
    problem = only_error(check(tmp_path, base=BASE.replace("site_url: https://t.example/\n",
                                                           "")))
    assert problem.message.startswith("site_url is required")
    assert problem.message_nl.startswith("site_url is verplicht")


ACCEPTED = [
    ("term_years: 1\ncalendar_past_days: 0\nappointment_tolerance_days: 0", ""),
    ("card_colors: ['#0B5E55', '#a1421b']\nemail_colour: '#123abc'", ""),
    ("timezone: UTC\npodium_public: counts", ""),
    ("edit_guide: hulp/bewerken.md\naccessibility_contact: https://t.example/toegankelijk", ""),
    ("labels: {active_count: '{n} active', ambassadors: Ambassadors, "
     "podium_summary: '{met} of {total} met the {year} target'}", ""),
    ("labels: {ambassadors: 'Q&A: wij'}", ""),
    ("stories_dir: bronnen/verhalen\nprivate_dir: prive\ncache_dir: .cache/x", ""),
    ("events_dir: agenda/bijeenkomsten\nappointments_dir: benoemingen\n"
     "newsletter_dir: nieuws", ""),
    ("urls: {ambassadors: ambassadors, alumni: former, stories: en/stories, agenda: events, "
     "calendar: events-calendar, feeds: subscribe, feed_stories: stories, "
     "search_bundle: assets/search-index}", ""),
    ("urls: {calendar: agenda}", ""),
    ("", "site_url: http://127.0.0.1:8000/"),
    ("", "site_url: http://localhost/netwerk/"),
    ("", "repo_url: https://github.com/netwerk/site\nedit_uri: edit/main/docs/"),
    ("", "edit_uri: '?path=/docs/&version=GBmain'"),
    ("", "edit_uri: /netwerk/site/-/edit/main/docs/"),
    ("", "edit_uri: https://git.example.org/netwerk/site/edit/main/docs/"),
    ("", "edit_uri_template: 'src/branch/main/docs/{path!q}'"),
    ("", "edit_uri: ''"),
    ("", "site_dir: public"),
    ("", "site_url: !ENV [AMBASSADORS_TEST_UNSET, 'https://t.example/netwerk/']"),
]


@pytest.mark.parametrize(("options", "top"), ACCEPTED)
def test_sound_values_pass(tmp_path: Path, options: str, top: str) -> None:
    assert check(tmp_path, options, top) == []


def test_every_problem_is_listed_at_once_in_line_order(tmp_path: Path) -> None:
    problems = check(tmp_path, "term_years: 0\nfeed_items: -1\nlabels: {nope: x}",
                     "edit_uri: 'javascript:alert(1)'")
    assert [(p.line, p.field) for p in problems] == \
        [(8, "term_years"), (9, "feed_items"), (10, "labels"), (11, "edit_uri")]


def test_every_option_has_its_rule_declared_once() -> None:
    """One declaration per option: each option of the plugin is an Option with its rule."""
    assert all(isinstance(option, Option) for _, option in AmbassadorsConfig._schema)


@pytest.mark.parametrize("key", sorted(NL))
def test_every_default_label_passes_its_own_rule(key: str) -> None:
    assert parse_labels("labels", {key: NL[key]}) == {key: NL[key]}


def test_placeholders_are_read_from_the_default() -> None:
    assert placeholders(NL["podium_summary"]) == ("met", "total", "year")
    with pytest.raises(OptionError, match=r"it may use \{met\}, \{total\}, \{year\}"):
        parse_labels("labels", {"podium_summary": "{met} {totaal}"})


def test_hooks_and_python_tags_are_advisories_and_check_runs_none(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    problems = check(tmp_path, top=f"""\
        hooks:
          - hooks/a.py
          - hooks/b.py
        extra:
          x: !!python/object/apply:os.system ["touch {marker}"]
          y: !ENV [NOT_SET_ANYWHERE, standaard]
        extra_templates:
          - robots.txt
        """)
    assert not marker.exists(), "check ran the code of a !!python tag"
    assert all(p.severity is Severity.ADVISORY for p in problems), [str(p) for p in problems]
    assert [(p.line, p.field, p.message_id) for p in problems] == [
        (10, "hooks", "option.hooks"), (11, "hooks", "option.hooks"),
        (13, None, "option.python_tag"), (16, "extra_templates", "option.hooks")]
    assert problems[0].message == "'hooks/a.py' runs code during the build: a coordinator " \
        "reviews this change"
    assert "!!python/object/apply:os.system" in problems[2].message


def test_a_billion_laughs_config_is_read_without_expanding(tmp_path: Path) -> None:
    lines = ["extra:", "  a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"  a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, "
              f"*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]" for i in range(1, 9)]
    path = tmp_path / "mkdocs.yml"
    path.write_text("site_name: T\n" + "\n".join(lines) + "\n", encoding="utf-8")
    started = time.monotonic()
    nodes = ConfigNodes.read(path)
    assert nodes.python_tags() == [] and nodes.top("extra") == 2
    assert time.monotonic() - started < 2


def test_yaml_that_cannot_be_read_is_an_error_with_its_line(tmp_path: Path) -> None:
    problem = only_error(check(tmp_path, top="extra: [unclosed\nnav: x"))
    assert problem.path == "mkdocs.yml" and problem.line is not None
    assert problem.message.startswith("not readable as YAML:")


def test_a_missing_docs_dir_is_an_error_of_its_line(tmp_path: Path) -> None:
    problem = only_error(check(tmp_path, base=BASE.replace("docs_dir: docs", "docs_dir: inhoud")))
    assert (problem.line, problem.field) == (3, "docs_dir")
    assert "the folder 'inhoud' does not exist" in problem.message


@pytest.mark.parametrize(("options", "top", "key", "line", "first"), [
    ("labels: {nav_home: Start}\npodium_minimum: 3\nlabels: {nav_home: Begin}", "",
     "labels", FIRST_OPTION_LINE + 2, FIRST_OPTION_LINE),
    ("", "site_name: Tweede", "site_name", FIRST_OPTION_LINE + 1, 1),
    ("press_contact: {name: A, name: B}", "", "name", FIRST_OPTION_LINE, FIRST_OPTION_LINE),
])
def test_a_setting_written_twice_is_an_error_naming_both_lines(
        tmp_path: Path, options: str, top: str, key: str, line: int, first: int) -> None:
    """YAML keeps the last of two equal keys without a word: the first one's value (a
    label, an option a pull request adds above the real one) would be lost silently."""
    problem = only_error(check(tmp_path, options=options, top=top, replace=False))
    assert (problem.path, problem.line, problem.field) == ("mkdocs.yml", line, key)
    assert problem.message_id == "field.twice" and f"line {first}" in problem.message
    assert f"regel {first}" in problem.message_nl
