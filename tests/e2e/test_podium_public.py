"""The plugin option `podium_public` (issues 16 and 30): the public pages do not name and shame.

A content set of its own, built with `mkdocs build --strict` at a fixed clock under each of
`full`, `progress` (the default) and `counts`: the podium year pages and the profiles mark
who met the target, who is behind and who fell short only under `full`; the default shows
each count against the target and the network's total, and marks no one; the coordinator's
`podium` command keeps met / not met exactly as content-model.md ("Podium target") says,
whatever the option.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html import unescape
from pathlib import Path

import pytest

from generator.domain.model import Ambassador, Source, Term
from generator.domain.podium import YearResult
from generator.render.labels import Labels
from generator.render.templating.podium_public import PodiumView, public_view, short_remnant
from tests.e2e.test_podium import _Rows, ambassador, entries, progress_line
from tests.sitebuilder import Result, build, run_cli, write

UTC = dt.timezone.utc
CLOCK = dt.datetime(2026, 9, 15, 10, 0, tzinfo=UTC)     # 15 September 2026
EPOCH = int(CLOCK.timestamp())
EARLY = int(dt.datetime(2026, 1, 20, 10, 0, tzinfo=UTC).timestamp())   # 20 January 2026

# With the default podium_minimum 3 (worked out by hand):
#
# Hanna Jansen, 2024-02-01 .. 2026-01-31 (default two years): a former ambassador by CLOCK
#   2024: 1 Feb..31 Dec = 366 - 31 = 335 days, 3 x 335/366 = 2.75 -> 3; 3 entries: met
#   2025: 3; 1 entry: closed, not met
#   2026: 1..31 Jan = 31 days, 3 x 31/365 = 0.25 -> 1; no entry: closed, not met; a short
#         remnant. At EARLY (20 January) the term still runs: open, 1 to go.
# Pieter Smit, 2025-01-01 .. 2026-12-31
#   2025: 3; 3 entries: met.  2026: 3; 1 entry by CLOCK: open, 2 to go
# Lotte Meijer, 2026-01-01 .. 2027-12-31
#   2026: 3; 3 entries by CLOCK: met while open; one more planned in December
# Kees Dekker, 2025-10-15 .. 2027-10-14
#   2025: 15 Oct..31 Dec = 17 + 30 + 31 = 78 days, 3 x 78/365 = 0.64 -> 1; no entry: closed,
#         not met, a short remnant.  2026: 3; 2 entries by CLOCK: open, 1 to go
SITE = {
    "mkdocs.yml": """
        site_name: Podium Openbaar
        site_url: https://openbaar.example.org/
        docs_dir: content
        theme:
          name: material
          language: nl
        plugins:
          - search:
              lang: nl
          - ambassadors:{option}
        """,
    "content/index.md": "# Podium openbaar\n",
    "ambassadors/hanna-jansen/index.md": ambassador("Hanna Jansen", "2024-02-01", entries(
        ("2024-03-01", "presentatie", "Hanna in maart 2024"),
        ("2024-06-01", "workshop", "Hanna in juni 2024"),
        ("2024-09-01", "inleiding", "Hanna in september 2024"),
        ("2025-05-01", "presentatie", "Hanna in mei 2025"),
    )),
    "ambassadors/pieter-smit/index.md": ambassador("Pieter Smit", "2025-01-01", entries(
        ("2025-02-01", "presentatie", "Pieter in februari 2025"),
        ("2025-06-01", "presentatie", "Pieter in juni 2025"),
        ("2025-10-01", "artikel", "Pieter in oktober 2025"),
        ("2026-03-10", "workshop", "Pieter in maart 2026"),
    )),
    "ambassadors/lotte-meijer/index.md": ambassador("Lotte Meijer", "2026-01-01", entries(
        ("2026-02-01", "presentatie", "Lotte in februari 2026"),
        ("2026-05-01", "interview", "Lotte in mei 2026"),
        ("2026-08-01", "presentatie", "Lotte in augustus 2026"),
        ("2026-12-03", "interview", "Lotte in december 2026"),
    )),
    "ambassadors/kees-dekker/index.md": ambassador("Kees Dekker", "2025-10-15", entries(
        ("2026-04-01", "bedrijfsbezoek", "Kees in april 2026"),
        ("2026-07-01", "presentatie", "Kees in juli 2026"),
    )),
}

YEARS = (2026, 2025, 2024)
CLOSED_YEARS = (2025, 2024)
FAILURE = ("Niet gehaald", "niet gehaald", "✗", "not-met")
# what says of one person that they met the target or are behind (issue 30)
MARKS = FAILURE + ("Gehaald", "gehaald", "te gaan", "✓", "amb-state--", "amb-progress__track",
                   "amb-podium__row--met", "amb-podium__row--open")


def site_files(option: str | None) -> dict[str, str]:
    line = f"\n              podium_public: {option}" if option else ""
    return {**SITE, "mkdocs.yml": SITE["mkdocs.yml"].format(option=line)}


def make(root: Path, option: str | None, epoch: int = EPOCH) -> Result:
    write(root, site_files(option))
    result = build(root, epoch)
    assert result.code == 0, result.out
    return result


@pytest.fixture(scope="module")
def roots(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {mode: tmp_path_factory.mktemp(f"podium-{mode}")
            for mode in ("default", "explicit", "full", "counts", "early-default",
                         "early-full")}


@pytest.fixture(scope="module")
def default(roots: dict[str, Path]) -> Result:
    return make(roots["default"], None)


@pytest.fixture(scope="module")
def full(roots: dict[str, Path]) -> Result:
    return make(roots["full"], "full")


@pytest.fixture(scope="module")
def counts(roots: dict[str, Path]) -> Result:
    return make(roots["counts"], "counts")


def rows(page: str) -> list[tuple[str, ...]]:
    """The cells of table.amb-podium: (name, figure[, state])."""
    parser = _Rows("amb-podium")
    parser.feed(page)
    assert parser.done, "no table.amb-podium on the page"
    return [tuple(unescape(cell) for cell in row) for row in parser.rows]


def row_classes(page: str) -> list[str]:
    return re.findall(r'amb-podium__row amb-podium__row--([a-z-]+)"', page)


def podium_part(page: str) -> str:
    """Everything from the lead up to the end of the table: the part that shows targets."""
    begin = page.index('<p class="amb-lead">')
    return page[begin:page.index("</table>", begin)]


def assert_no_failure(page: str) -> None:
    for mark in FAILURE:
        assert mark not in page, mark


def assert_no_mark(page: str) -> None:
    for mark in MARKS:
        assert mark not in page, mark


def failure_selectors(result: Result) -> set[str]:
    """The classes our stylesheet marks with a cross or in red: none may be on a page."""
    css = (result.site / "assets/stylesheets/ambassadors.css").read_text(encoding="utf-8")
    marked = set()
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        if "✗" in body or "#8a1c1c" in body or "#ff9e9e" in body:
            marked |= set(re.findall(r"\.(amb-[a-z_-]+)", selector))
    return marked


# --- the default: progress ---------------------------------------------------------------

def test_the_default_is_progress(default: Result, roots: dict[str, Path]) -> None:
    explicit = make(roots["explicit"], "progress")
    for path in ["podium/index.html", "ambassadeurs/hanna-jansen/index.html"] + [
            f"podium/{year}/index.html" for year in YEARS]:
        assert podium_or_profile(explicit.page(path)) == podium_or_profile(default.page(path))


def podium_or_profile(page: str) -> str:
    if 'class="amb-podium"' in page:
        return podium_part(page)
    return progress_line(page)


def test_former_ambassadors_profile_shows_no_failure(default: Result) -> None:
    profile = default.page("ambassadeurs/hanna-jansen/index.html")
    assert_no_failure(profile)
    assert "amb-state" not in progress_part(profile)
    # the count is still there, and so is her log
    assert progress_line(profile) == "Podium dit jaar (2026): 0 keer"
    assert "Hanna in mei 2025" in profile


def progress_part(page: str) -> str:
    begin = page.index('class="amb-podium__progress"')
    return page[begin:page.index("</p>", begin)]


@pytest.mark.parametrize("year", CLOSED_YEARS)
def test_closed_year_shows_counts_against_the_target_and_marks_no_one(
        default: Result, year: int) -> None:
    page = default.page(f"podium/{year}/index.html")
    assert_no_mark(page)
    expected = {
        # Kees's 2025 is a short remnant: the count alone; Hanna fell short, Pieter met it,
        # and the two rows look alike
        2025: [("Kees Dekker", "0 keer"), ("Hanna Jansen", "1 van 3"),
               ("Pieter Smit", "3 van 3")],
        2024: [("Hanna Jansen", "3 van 3")],
    }[year]
    # by surname, not behind first; no state column
    assert rows(page) == expected
    assert set(row_classes(page)) == {"plain"}
    assert "podium_status" not in page and "<th scope=\"col\">Stand</th>" not in page


def test_summary_gives_the_networks_total_only(default: Result) -> None:
    """Required 2025: Kees 1 + Hanna 3 + Pieter 3 = 7; counted 0 + 1 + 3 = 4. In 2026:
    3 + 1 + 3 + 3 = 10 against 2 + 0 + 3 + 1 = 6 so far, and Lotte's December one planned."""
    summary = {year: unescape(default.page(f"podium/{year}/index.html")
                              .split('class="amb-podium__summary">')[1].split("</p>")[0])
               for year in YEARS}
    assert summary[2025] == ("Ambassadeurs in 2025: 3. Samen stonden ze 4 keer op het podium, "
                             "van de 7 keer die het doel voor 2025 vraagt.")
    assert summary[2026] == ("Ambassadeurs in 2026: 4. Samen stonden ze tot nu toe 6 keer op "
                             "het podium, van de 10 keer die het doel voor 2026 vraagt. "
                             "Nog gepland in 2026: 1.")
    index = unescape(default.page("podium/index.html"))
    assert summary[2026] in index
    assert "hebben het doel" not in "".join(summary.values())


def test_open_year_shows_counts_against_the_target_and_marks_no_one(default: Result) -> None:
    page = default.page("podium/index.html")
    # Kees is behind, Lotte met it while the year is open, Pieter is far behind: alike
    assert rows(page) == [("Kees Dekker", "2 van 3"),
                          ("Hanna Jansen", "0 keer"),
                          ("Lotte Meijer", "3 van 3"),
                          ("Pieter Smit", "1 van 3")]
    assert row_classes(page) == ["plain"] * 4
    assert_no_mark(page)
    assert progress_line(default.page("ambassadeurs/pieter-smit/index.html")) == \
        "Podium dit jaar (2026): 1 van 3"
    assert progress_line(default.page("ambassadeurs/lotte-meijer/index.html")) == \
        "Podium dit jaar (2026): 3 van 3"
    assert progress_line(default.page("ambassadeurs/kees-dekker/index.html")) == \
        "Podium dit jaar (2026): 2 van 3"


def test_no_public_page_marks_anyone(default: Result) -> None:
    """Not the podium pages, not the profiles, not the home page: every page of the site."""
    pages = sorted(default.site.rglob("*.html"))
    assert len(pages) > 8 and default.site / "index.html" in pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for mark in MARKS:
            assert mark not in text, (page, mark)


def test_the_chart_counts_the_planned_appearance_as_planned(default: Result) -> None:
    page = unescape(default.page("podium/index.html"))
    assert ("Aantal optredens per maand: jan 0, feb 1, mrt 1, apr 1, mei 1, jun 0, jul 1, "
            "aug 1, sep 0, okt 0, nov 0, dec 0 en 1 gepland.") in page
    assert "Interview 1 en 1 gepland" in page
    month = re.search(r'<svg class="amb-chart".*?</svg>', page, re.S)
    assert month and month[0].count('class="amb-chart__planned"') == 2   # bar and legend
    assert ">Gepland</text>" in month[0] and ">0+1</text>" in month[0]
    # a closed year has nothing planned: no hatching, no legend
    assert "amb-chart__planned" not in default.page("podium/2025/index.html")


def test_no_public_page_carries_a_failure_mark(default: Result) -> None:
    marked = failure_selectors(default)
    assert "amb-state--not-met" in marked      # the stylesheet's cross, so the check is real
    for page in sorted(default.site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        assert_no_failure(text)
        for css_class in marked:
            assert css_class not in text, (page, css_class)


def test_short_remnant_is_no_failure_even_while_open(roots: dict[str, Path]) -> None:
    """At 20 January Hanna's term still runs for 11 days with a target of one: `full` says
    "Nog 1 te gaan", the default shows only the count; Pieter's whole year shows his count
    against the target, and nothing more."""
    early = make(roots["early-default"], None, EARLY)
    page = early.page("podium/index.html")
    table = {row[0]: row[1:] for row in rows(page)}
    assert table["Hanna Jansen"] == ("0 keer",)
    assert table["Pieter Smit"] == ("0 van 3",)
    assert progress_line(early.page("ambassadeurs/hanna-jansen/index.html")) == \
        "Podium dit jaar (2026): 0 keer"
    early_full = make(roots["early-full"], "full", EARLY)
    table = {row[0]: row[1:] for row in rows(early_full.page("podium/index.html"))}
    assert table["Hanna Jansen"] == ("0 van 1", "Nog 1 te gaan")


# --- full: today's presentation ------------------------------------------------------------

def test_full_keeps_met_and_not_met(full: Result) -> None:
    page = full.page("podium/2025/index.html")
    # behind first, with fractions and states
    assert rows(page) == [("Hanna Jansen", "1 van 3", "Niet gehaald"),
                          ("Kees Dekker", "0 van 1", "Niet gehaald"),
                          ("Pieter Smit", "3 van 3", "Gehaald")]
    assert row_classes(page) == ["not-met", "not-met", "met"]
    assert 'amb-state amb-state--not-met' in page
    assert ("1 van de 3 ambassadeurs hebben het doel van 2025 gehaald. Samen stonden ze 4 keer "
            "op het podium, van de 7 keer die het doel voor 2025 vraagt.") in unescape(page)
    assert page.count("amb-progress__track") == 3
    assert progress_line(full.page("ambassadeurs/hanna-jansen/index.html")) == \
        "Podium dit jaar (2026): 0 van 1 Niet gehaald"
    assert rows(full.page("podium/index.html"))[0] == ("Hanna Jansen", "0 van 1", "Niet gehaald")


# --- counts: no target at all --------------------------------------------------------------

@pytest.mark.parametrize("year", YEARS)
def test_counts_shows_no_target(counts: Result, year: int) -> None:
    page = counts.page(f"podium/{year}/index.html")
    part = unescape(podium_part(page))
    for word in ("minstens", "doel", "Gehaald", "te gaan", "Stand", " van ", "naar rato"):
        assert word not in part, word
    assert_no_failure(page)
    assert all(len(row) == 2 and re.fullmatch(r"\d+ keer", row[1]) for row in rows(page))
    assert set(row_classes(page)) == {"plain"}
    assert "amb-progress__track" not in page


def test_counts_on_profiles(counts: Result) -> None:
    for slug, figure in [("hanna-jansen", "0 keer"), ("pieter-smit", "1 keer"),
                         ("lotte-meijer", "3 keer"), ("kees-dekker", "2 keer")]:
        profile = counts.page(f"ambassadeurs/{slug}/index.html")
        assert progress_line(profile) == f"Podium dit jaar (2026): {figure}"
        assert "amb-state" not in progress_part(profile)


def test_counts_keeps_the_charts(counts: Result) -> None:
    page = unescape(counts.page("podium/2026/index.html"))
    assert "Optredens per maand in 2026" in page
    assert "Aantal optredens per soort: Presentatie 3, Workshop 1" in page


# --- the coordinator's command -------------------------------------------------------------

def test_podium_command_is_the_same_under_every_option(
        roots: dict[str, Path], default: Result, full: Result, counts: Result) -> None:
    outputs = {}
    for mode in ("default", "full", "counts"):
        out = []
        for year in YEARS:
            done = run_cli(roots[mode], "podium", "--year", str(year), "--format", "json",
                           epoch=EPOCH)
            assert done.returncode == 0, done.stderr
            out.append(done.stdout)
        outputs[mode] = out
    assert outputs["default"] == outputs["full"] == outputs["counts"]
    by_year = dict(zip(YEARS, (json.loads(text) for text in outputs["default"]), strict=True))
    assert [(r["slug"], r["counted"], r["required"], r["met"]) for r in by_year[2025]] == [
        ("hanna-jansen", 1, 3, False), ("kees-dekker", 0, 1, False), ("pieter-smit", 3, 3, True)]
    assert [(r["slug"], r["met"]) for r in by_year[2026]] == [
        ("hanna-jansen", False), ("pieter-smit", None), ("kees-dekker", None),
        ("lotte-meijer", True)]


# --- a wrong value -----------------------------------------------------------------------

def test_an_unknown_value_fails_the_build_clearly(tmp_path: Path) -> None:
    write(tmp_path, site_files("verbergen"))
    result = build(tmp_path, EPOCH)
    assert result.code != 0
    assert "podium_public" in result.out
    assert "verbergen" in result.out
    for mode in ("full", "progress", "counts"):
        assert mode in result.out
    assert "Traceback" not in result.out


# --- the rule itself ---------------------------------------------------------------------

def year(start: str, end: str, year_: int, counted: int, required: int,
         closed: bool) -> YearResult:
    path = "ambassadors/x/index.md"
    person = Ambassador("x", "X", Term(dt.date.fromisoformat(start), dt.date.fromisoformat(end)),
                        Source(path, Path("/nowhere") / path))
    return YearResult(person, year_, counted, required, closed, ())


@pytest.mark.parametrize(("start", "end", "required", "minimum", "expected"), [
    ("2024-01-01", "2026-12-31", 3, 3, False),   # the whole year
    ("2024-02-01", "2026-01-31", 1, 3, True),    # 31 days
    ("2024-04-01", "2026-03-31", 1, 3, True),    # 90 days: under three months
    ("2024-04-02", "2026-04-30", 1, 3, True),    # 120 days, pro rata brought 3 down to 1
    ("2024-05-02", "2026-05-01", 1, 3, True),    # 121 days: still 1 by the rule
    ("2024-06-01", "2026-05-31", 2, 3, False),   # 151 days: 2 required, a real target
    ("2024-04-01", "2026-03-31", 1, 1, True),    # 90 days, minimum 1: under three months
    ("2024-07-01", "2026-06-30", 1, 1, False),   # half a year with minimum 1: a real target
    ("2024-01-01", "2026-12-31", 1, 1, False),   # minimum 1, whole year: never a remnant
])
def test_short_remnant_rule(start: str, end: str, required: int, minimum: int,
                            expected: bool) -> None:
    assert short_remnant(year(start, end, 2026, 0, required, True), minimum) is expected


def test_public_view_per_mode() -> None:
    t = Labels()
    short_fall = year("2024-01-01", "2026-12-31", 2025, 1, 3, True)
    plain = PodiumView("plain", "", False, False)
    assert public_view(short_fall, "full", 3, t) == PodiumView("not-met", "Niet gehaald", True)
    assert public_view(short_fall, "counts", 3, t) == plain
    met_closed = year("2024-01-01", "2026-12-31", 2025, 3, 3, True)
    counted = PodiumView("plain", "", True, False)
    assert public_view(met_closed, "progress", 3, t) == counted
    assert public_view(short_fall, "progress", 3, t) == counted
    running = year("2024-01-01", "2026-12-31", 2026, 1, 3, False)
    assert public_view(running, "progress", 3, t) == counted
    assert public_view(running, "full", 3, t) == PodiumView("open", "Nog 2 te gaan", True)
    assert public_view(running, "counts", 3, t) == plain
    remnant = year("2024-02-01", "2026-01-31", 2026, 0, 1, False)
    assert public_view(remnant, "progress", 3, t) == plain
    assert public_view(remnant, "full", 3, t) == PodiumView("open", "Nog 1 te gaan", True)
