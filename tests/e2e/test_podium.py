"""The podium log on a content set of its own, built with `mkdocs build --strict` at a fixed
clock, with `podium_minimum: 4`: the year pages, the profiles, the charts, private entries
and the `python -m generator podium` command (content-model.md, "Podium target")."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.pagefind_index import pages
from tests.sitebuilder import Result, build, run_cli, write

UTC = dt.timezone.utc
CLOCK = dt.datetime(2026, 9, 15, 10, 0, tzinfo=UTC)     # 12:00 in Amsterdam, 15 September
EPOCH = int(CLOCK.timestamp())

SECRET_TITLE = "Geheim Overleg Zeepaardje"
SECRET_VENUE = "Villa Vertrouwelijk Ommen"
SECRET_FUTURE_TITLE = "Besloten Sessie Kwalstersteen"
SECRET_FUTURE_VENUE = "Kasteel Onzichtbaar"
SECRET_OLD_TITLE = "Vertrouwelijk Beraad Nachtegaal"
SECRET_OLD_VENUE = "Paviljoen Verborgen Hoorn"
FUTURE_TITLE = "Toekomstig optreden Zuidas"


def entries(*rows: tuple[str, str, str] | tuple[str, str, str, str] | str) -> str:
    """YAML for a podium list: (date, kind, title[, venue]) or a raw block."""
    out = ["podium:"]
    for row in rows:
        if isinstance(row, str):
            out.append(row)
            continue
        out += [f"  - date: {row[0]}", f"    kind: {row[1]}", f"    title: {row[2]}"]
        if len(row) == 4:
            out.append(f"    venue: {row[3]}")
    return "\n".join(out)


def private(day: str, kind: str, title: str, venue: str) -> str:
    return (f"  - date: {day}\n    kind: {kind}\n    title: {title}\n    venue: {venue}\n"
            "    public: false")


def ambassador(name: str, start: str, podium: str) -> str:
    return f"---\nname: {name}\nterm:\n  start: {start}\n{podium}\n---\nBiografie van {name}.\n"


# With podium_minimum 4 (worked out by hand):
#
# Frank Bos, 2023-04-01 .. 2025-03-31 (default two years)
#   2023: 1 Apr..31 Dec = 365 - 90 = 275 days, 4 x 275/365 = 3.01 -> 4; 4 entries: met
#   2024: whole leap year -> 4; 3 entries: not met
#   2025: 1 Jan..31 Mar = 90 days, 4 x 90/365 = 0.99 -> 1; 1 private entry: met
# Daan Mulder, 2024-07-01 .. 2026-06-30: the term ended mid-year
#   2024: 1 Jul..31 Dec = 184 days of 366, 4 x 184/366 = 2.01 -> 3; 3 entries: met
#   2025: 4; 4 entries: met
#   2026: 1 Jan..30 Jun = 181 days, 4 x 181/365 = 1.98 -> 2; 1 entry: closed, not met
# Anouk Visser, 2025-01-01 .. 2026-12-31: met this year already
#   2025: 4; 4 entries: met.  2026: 4; 5 entries (one private) by 15 Sep: met (open year)
# Bram de Wit, 2025-03-01 .. 2027-02-28: behind this year
#   2025: 1 Mar..31 Dec = 365 - 59 = 306 days, 4 x 306/365 = 3.35 -> 4; 2 entries: not met
#   2026: 4; 1 entry (a second one is tomorrow and does not count): open, 3 to go
# Gijs Kok, 2026-01-01 .. 2027-12-31
#   2026: 4; 3 entries, the last one today: open, 1 to go
# Eva Smit, from 2026-11-01, not announced: not public, in no log, nowhere in the output
SITE = {
    "mkdocs.yml": """
        site_name: Podium Test
        site_url: https://podium.example.org/
        docs_dir: content
        theme:
          name: material
          language: nl
        plugins:
          - search:
              lang: nl
          - ambassadors:
              podium_minimum: 4
              podium_public: full   # met / not met as the command says; see test_podium_public
        """,
    "content/index.md": "# Podium test\n",
    "ambassadors/frank-bos/index.md": ambassador("Frank Bos", "2023-04-01", entries(
        ("2023-05-01", "presentatie", "Frank in mei 2023"),
        ("2023-06-01", "workshop", "Frank in juni 2023"),
        ("2023-09-01", "inleiding", "Frank in september 2023"),
        ("2023-11-01", "artikel", "Frank in november 2023"),
        ("2024-02-01", "presentatie", "Frank in februari 2024"),
        ("2024-06-01", "presentatie", "Frank in juni 2024"),
        ("2024-10-01", "interview", "Frank in oktober 2024"),
        private("2025-02-10", "bedrijfsbezoek", SECRET_OLD_TITLE, SECRET_OLD_VENUE),
    )),
    "ambassadors/daan-mulder/index.md": ambassador("Daan Mulder", "2024-07-01", entries(
        ("2024-08-01", "presentatie", "Daan in augustus 2024"),
        ("2024-10-01", "presentatie", "Daan in oktober 2024"),
        ("2024-12-01", "presentatie", "Daan in december 2024"),
        ("2025-02-01", "workshop", "Daan in februari 2025"),
        ("2025-04-01", "workshop", "Daan in april 2025"),
        ("2025-06-01", "workshop", "Daan in juni 2025"),
        ("2025-08-01", "workshop", "Daan in augustus 2025"),
        ("2026-03-20", "workshop", "Daan in maart 2026"),
    )),
    "ambassadors/anouk-visser/index.md": ambassador("Anouk Visser", "2025-01-01", entries(
        ("2025-02-01", "presentatie", "Anouk in februari 2025"),
        ("2025-05-01", "presentatie", "Anouk in mei 2025"),
        ("2025-07-01", "presentatie", "Anouk in juli 2025"),
        ("2025-11-01", "presentatie", "Anouk in november 2025"),
        ("2026-01-15", "presentatie", "Anouk in januari 2026", "Zaal Januari"),
        private("2026-03-03", "interview", SECRET_TITLE, SECRET_VENUE),
        ("2026-04-22", "workshop", "Anouk in april 2026"),
        ("2026-06-05", "artikel", "Anouk in juni 2026"),
        ("2026-08-30", "inleiding", "Anouk in augustus 2026"),
        private("2026-10-10", "presentatie", SECRET_FUTURE_TITLE, SECRET_FUTURE_VENUE),
    )),
    "ambassadors/bram-de-wit/index.md": ambassador("Bram de Wit", "2025-03-01", entries(
        ("2025-04-15", "presentatie", "Bram in april 2025"),
        ("2025-10-15", "presentatie", "Bram in oktober 2025"),
        ("2026-02-10", "presentatie", "Bram in februari 2026"),
        ("2026-09-16", "presentatie", FUTURE_TITLE, "Theater Morgen"),
    )),
    "ambassadors/gijs-kok/index.md": ambassador("Gijs Kok", "2026-01-01", entries(
        ("2026-05-12", "bedrijfsbezoek", "Gijs in mei 2026"),
        ("2026-07-01", "presentatie", "Gijs in juli 2026"),
        ("2026-09-15", "anders", "Gijs vandaag"),
    )),
    "ambassadors/eva-smit/index.md": ambassador("Eva Smit", "2026-11-01", entries(
        ("2026-11-15", "workshop", "Onthulling Evaluna", "Zaal Evaluna"),
    )),
}

# name -> (counted, required, state label) per year, in the expected (behind first) order
YEARS = {
    2026: [("Daan Mulder", 1, 2, "Niet gehaald"), ("Bram de Wit", 1, 4, "Nog 3 te gaan"),
           ("Gijs Kok", 3, 4, "Nog 1 te gaan"), ("Anouk Visser", 5, 4, "Gehaald")],
    2025: [("Bram de Wit", 2, 4, "Niet gehaald"), ("Frank Bos", 1, 1, "Gehaald"),
           ("Daan Mulder", 4, 4, "Gehaald"), ("Anouk Visser", 4, 4, "Gehaald")],
    2024: [("Frank Bos", 3, 4, "Niet gehaald"), ("Daan Mulder", 3, 3, "Gehaald")],
    2023: [("Frank Bos", 4, 4, "Gehaald")],
}
SLUGS = {"Frank Bos": "frank-bos", "Daan Mulder": "daan-mulder", "Anouk Visser": "anouk-visser",
         "Bram de Wit": "bram-de-wit", "Gijs Kok": "gijs-kok"}
MET = {"Gehaald": True, "Niet gehaald": False}


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("podium")
    write(root, SITE)
    return root


@pytest.fixture(scope="module")
def site(root: Path) -> Result:
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


class _Rows(HTMLParser):
    """The body rows of the first <table> with a given class: each a list of cell texts."""

    def __init__(self, table_class: str) -> None:
        super().__init__()
        self.table_class, self.depth, self.done = table_class, 0, False
        self.in_body, self.cell = False, None
        self.rows: list[list[str]] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "table" and not self.done and (self.depth or self.table_class in classes):
            self.depth += 1
        elif self.depth and tag == "tbody":
            self.in_body = True
        elif self.depth and self.in_body and tag == "tr":
            self.rows.append([])
        elif self.depth and self.in_body and tag in ("td", "th"):
            self.cell = []
        elif self.depth and self.in_body and tag == "a" and self.cell is not None:
            self.links.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self.depth:
            self.depth -= 1
            self.done = self.depth == 0
        elif self.depth and tag == "tbody":
            self.in_body = False
        elif self.depth and tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append(" ".join("".join(self.cell).split()))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def podium_rows(page: str) -> list[tuple[str, int, int, str]]:
    parser = _Rows("amb-podium")
    parser.feed(page)
    assert parser.done, "no table.amb-podium on the page"
    out = []
    for name, progress, state in parser.rows:
        match = re.fullmatch(r"(\d+) van (\d+)", progress)
        assert match, progress
        out.append((name, int(match[1]), int(match[2]), state))
    return out


def section(page: str, start: str, end: str) -> str:
    """The part of a page from the first `start` up to the next `end`."""
    begin = page.index(start)
    return page[begin:page.index(end, begin)]


# --- the year pages ---------------------------------------------------------------------

def test_this_year_on_podium_index_behind_first(site: Result) -> None:
    page = site.page("podium/index.html")
    assert podium_rows(page) == YEARS[2026]
    # the one not met stands first, then the open ones, most short first, the met one last
    assert podium_rows(page)[0][0] == "Daan Mulder"
    assert [r[0] for r in podium_rows(page)][1:3] == ["Bram de Wit", "Gijs Kok"]
    assert "Podium 2026" in page
    assert "1 van de 4 ambassadeurs hebben het doel van 2026 gehaald." in page


def test_the_option_podium_minimum_is_used(site: Result) -> None:
    page = site.page("podium/index.html")
    assert "minstens 4 keer per jaar" in unescape(page)
    # the default 3 would have given "5 van 3" for Anouk; with 4 she has "5 van 4"
    assert all(required == 4 for name, _, required, _ in podium_rows(page)
               if name in ("Anouk Visser", "Bram de Wit", "Gijs Kok"))


@pytest.mark.parametrize("year", [2026, 2025, 2024, 2023])
def test_each_year_has_its_page_with_the_right_figures(site: Result, year: int) -> None:
    page = site.page(f"podium/{year}/index.html")
    assert podium_rows(page) == YEARS[year]
    assert f"Podium {year}" in page


def test_row_state_classes_and_links_to_profiles(site: Result) -> None:
    page = site.page("podium/2026/index.html")
    parser = _Rows("amb-podium")
    parser.feed(page)
    assert [link.strip("./").split("/")[-1] for link in parser.links] == [
        SLUGS[name] for name, *_ in YEARS[2026]]
    states = re.findall(r'amb-podium__row amb-podium__row--([a-z-]+)"', page)
    assert states == ["not-met", "open", "open", "met"]


def test_years_before_the_first_term_and_after_this_year_have_no_page(site: Result) -> None:
    assert not site.exists("podium/2022/index.html")
    assert not site.exists("podium/2027/index.html")
    nav = section(site.page("podium/index.html"), 'class="amb-years"', "</nav>")
    assert re.findall(r">(\d{4})</a>", nav) == ["2026", "2025", "2024", "2023"]


def test_unannounced_upcoming_ambassador_is_in_no_log_and_nowhere(site: Result) -> None:
    for path in ["podium/index.html"] + [f"podium/{y}/index.html" for y in YEARS]:
        assert "Eva Smit" not in site.page(path)
    everything = site.all_bytes()
    for secret in (b"Eva Smit", b"eva-smit", b"Evaluna"):
        assert secret not in everything
    assert not site.exists("ambassadeurs/eva-smit/index.html")


def test_entries_table_lists_the_counted_entries_newest_first(site: Result) -> None:
    page = site.page("podium/2026/index.html")
    parser = _Rows("amb-entries")
    parser.feed(page)
    dates = re.findall(r'<time datetime="(2026-\d\d-\d\d)"',
                       section(page, 'class="amb-entries"', "</table>"))
    assert dates == ["2026-09-15", "2026-08-30", "2026-07-01", "2026-06-05", "2026-05-12",
                     "2026-04-22", "2026-03-20", "2026-03-03", "2026-02-10", "2026-01-15"]
    private_row = next(r for r in parser.rows if r[1] == "Anouk Visser" and r[2] == "Interview")
    assert private_row[3:] == ["Niet openbaar"]
    assert FUTURE_TITLE not in page


# --- private and future entries ---------------------------------------------------------

def test_private_entries_count_but_title_and_venue_are_nowhere(site: Result) -> None:
    # they count: Anouk 5 in 2026 (one private), Frank 1 in 2025 (only a private one)
    assert ("Anouk Visser", 5, 4, "Gehaald") in podium_rows(site.page("podium/index.html"))
    assert ("Frank Bos", 1, 1, "Gehaald") in podium_rows(site.page("podium/2025/index.html"))
    everything = site.all_bytes()
    indexed = "\n".join(found["content"] for found in pages(site.site))
    assert "Biografie van Anouk Visser" in indexed     # the index is real, not empty
    for secret in (SECRET_TITLE, SECRET_VENUE, SECRET_FUTURE_TITLE, SECRET_FUTURE_VENUE,
                   SECRET_OLD_TITLE, SECRET_OLD_VENUE):
        for form in {secret, secret.replace(" ", "-").lower(), secret.lower()}:
            assert form.encode() not in everything, form
    # but the date and kind of a private entry are published
    profile = site.page("ambassadeurs/anouk-visser/index.html")
    assert '<time datetime="2026-03-03">' in profile


def test_a_future_entry_does_not_count(site: Result) -> None:
    rows = {r[0]: r for r in podium_rows(site.page("podium/index.html"))}
    assert rows["Bram de Wit"][1:3] == (1, 4)
    # today's entry does count: Gijs has 3
    assert rows["Gijs Kok"][1:3] == (3, 4)
    profile = site.page("ambassadeurs/bram-de-wit/index.html")
    history = section(profile, 'class="amb-entries-list"', "</ul>")
    assert FUTURE_TITLE not in history
    assert "2026-09-16" not in history
    assert FUTURE_TITLE in profile          # it is a planned appearance instead


def test_the_command_counts_by_the_day_in_the_site_timezone(root: Path) -> None:
    """22:30 UTC on 15 September is 00:30 on 16 September in Amsterdam: Bram's entry of
    16 September now counts."""
    late = int(dt.datetime(2026, 9, 15, 22, 30, tzinfo=UTC).timestamp())
    done = run_cli(root, "podium", "--format", "json", epoch=late)
    assert done.returncode == 0, done.stderr
    rows = {r["slug"]: (r["counted"], r["required"], r["met"]) for r in json.loads(done.stdout)}
    assert rows["bram-de-wit"] == (2, 4, None)
    done = run_cli(root, "podium", "--format", "json", epoch=EPOCH)
    rows = {r["slug"]: (r["counted"], r["required"], r["met"]) for r in json.loads(done.stdout)}
    assert rows["bram-de-wit"] == (1, 4, None)


# --- profiles ---------------------------------------------------------------------------

def progress_line(profile: str) -> str:
    part = section(profile, 'class="amb-podium__progress"', "</p>")
    return " ".join(re.sub(r"<[^>]+>", " ", unescape(part.split(">", 1)[1])).split())


@pytest.mark.parametrize(("slug", "expected"), [
    ("bram-de-wit", "Podium dit jaar (2026): 1 van 4 Nog 3 te gaan"),
    ("anouk-visser", "Podium dit jaar (2026): 5 van 4 Gehaald"),
    ("gijs-kok", "Podium dit jaar (2026): 3 van 4 Nog 1 te gaan"),
    ("daan-mulder", "Podium dit jaar (2026): 1 van 2 Niet gehaald"),
])
def test_profile_shows_this_years_progress(site: Result, slug: str, expected: str) -> None:
    assert progress_line(site.page(f"ambassadeurs/{slug}/index.html")) == expected


def test_profile_of_someone_whose_term_ended_last_year_has_no_progress(site: Result) -> None:
    profile = site.page("ambassadeurs/frank-bos/index.html")
    assert "amb-podium__progress" not in profile
    assert "Podiumlog" in profile


@pytest.mark.parametrize("slug", sorted(SLUGS.values()))
def test_profile_history_newest_first(site: Result, slug: str) -> None:
    source = SITE[f"ambassadors/{slug}/index.md"]
    past = sorted((d for d in re.findall(r"date: (\S+)", source) if d <= "2026-09-15"),
                  reverse=True)
    profile = site.page(f"ambassadeurs/{slug}/index.html")
    history = section(profile, 'class="amb-entries-list"', "</ul>")
    assert re.findall(r'<time datetime="([\d-]+)"', history) == past


# --- charts -----------------------------------------------------------------------------

def charts(page: str) -> list[tuple[str, str]]:
    svgs = re.findall(r"<svg class=\"amb-chart\".*?</svg>", page, re.S)
    out = []
    for svg in svgs:
        assert 'role="img"' in svg
        title = re.search(r"<title[^>]*>(.*?)</title>", svg, re.S)
        desc = re.search(r"<desc[^>]*>(.*?)</desc>", svg, re.S)
        assert title and desc, svg[:200]
        out.append((unescape(title[1]), unescape(desc[1])))
    return out


def test_charts_are_inline_svg_with_the_figures(site: Result) -> None:
    page = site.page("podium/2026/index.html")
    (month_title, month_desc), (kind_title, kind_desc) = charts(page)
    assert month_title == "Optredens per maand in 2026"
    # Counted in 2026: jan Anouk; feb Bram; mrt Anouk (private), Daan; apr Anouk; mei Gijs;
    # jun Anouk; jul Gijs; aug Anouk; sep Gijs (today; Bram's of tomorrow does not count:
    # it is planned, and so named; Anouk's private one of October is in no calendar)
    assert month_desc == ("Aantal optredens per maand: jan 1, feb 1, mrt 2, apr 1, mei 1, "
                          "jun 1, jul 1, aug 1, sep 1 en 1 gepland, okt 0, nov 0, dec 0.")
    assert kind_title == "Optredens per soort in 2026"
    # presentatie: Anouk (jan), Bram (feb), Gijs (jul) = 3; workshop: Anouk, Daan = 2
    assert kind_desc == ("Aantal optredens per soort: Presentatie 3 en 1 gepland, Workshop 2, "
                         "Inleiding 1, Bedrijfsbezoek 1, Interview 1, Artikel 1, Anders 1.")
    assert not site.exists("podium/2026/chart.svg")
    assert not list(site.site.rglob("*.svg")) or all(
        "amb-chart" not in p.read_text(errors="replace") for p in site.site.rglob("*.svg"))


def test_summary_under_full_adds_the_networks_total(site: Result) -> None:
    """2026: counted Daan 1 + Bram 1 + Gijs 3 + Anouk 5 = 10 of 2 + 4 + 4 + 4 = 14, with
    Bram's public appearance of tomorrow planned (Anouk's private one of October is not)."""
    page = unescape(site.page("podium/2026/index.html"))
    assert ("1 van de 4 ambassadeurs hebben het doel van 2026 gehaald. Samen stonden ze tot nu "
            "toe 10 keer op het podium, van de 14 keer die het doel voor 2026 vraagt. "
            "Nog gepland in 2026: 1.") in page
    assert ("Samen stonden ze 11 keer op het podium, van de 13 keer die het doel voor 2025 "
            "vraagt.</p>") in unescape(site.page("podium/2025/index.html"))


def test_chart_of_an_earlier_year(site: Result) -> None:
    (_, month_desc), (_, kind_desc) = charts(site.page("podium/2024/index.html"))
    # Frank: feb, jun, okt 2024; Daan: aug, okt, dec 2024 -> 6
    assert month_desc == ("Aantal optredens per maand: jan 0, feb 1, mrt 0, apr 0, mei 0, "
                          "jun 1, jul 0, aug 1, sep 0, okt 2, nov 0, dec 1.")
    assert kind_desc == ("Aantal optredens per soort: Presentatie 5, Workshop 0, Inleiding 0, "
                         "Bedrijfsbezoek 0, Interview 1, Artikel 0, Anders 0.")


# --- the command ------------------------------------------------------------------------

def expected_json(year: int) -> list[dict[str, object]]:
    return [{"slug": SLUGS[name], "name": name, "year": year, "counted": counted,
             "required": required, "met": MET.get(state)}
            for name, counted, required, state in YEARS[year]]


def test_podium_command_json_this_year(root: Path, site: Result) -> None:
    done = run_cli(root, "podium", "--format", "json", epoch=EPOCH)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data == expected_json(2026)
    assert all(list(row) == ["slug", "name", "year", "counted", "required", "met"]
               for row in data)
    # the same figures as the page
    assert [(r["name"], r["counted"], r["required"]) for r in data] == [
        r[:3] for r in podium_rows(site.page("podium/index.html"))]


@pytest.mark.parametrize("year", [2025, 2024, 2023])
def test_podium_command_json_with_year(root: Path, year: int) -> None:
    done = run_cli(root, "podium", "--year", str(year), "--format", "json", epoch=EPOCH)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == expected_json(year)


def test_podium_command_json_year_without_terms_is_empty(root: Path) -> None:
    done = run_cli(root, "podium", "--year", "2022", "--format", "json", epoch=EPOCH)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_podium_command_csv(root: Path) -> None:
    done = run_cli(root, "podium", "--format", "csv", epoch=EPOCH)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(r["slug"], r["year"], r["counted"], r["required"], r["met"]) for r in rows] == [
        ("daan-mulder", "2026", "1", "2", "false"), ("bram-de-wit", "2026", "1", "4", ""),
        ("gijs-kok", "2026", "3", "4", ""), ("anouk-visser", "2026", "5", "4", "true")]


def test_podium_command_text(root: Path) -> None:
    done = run_cli(root, "podium", epoch=EPOCH)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[:2] for line in lines[1:]] == [
        ["Daan", "Mulder"], ["Bram", "de"], ["Gijs", "Kok"], ["Anouk", "Visser"]]
    assert "Eva" not in done.stdout
    done = run_cli(root, "podium", "--year", "2024", "--format", "text", epoch=EPOCH)
    assert done.returncode == 0, done.stderr
    assert "Frank Bos" in done.stdout and "Daan Mulder" in done.stdout
