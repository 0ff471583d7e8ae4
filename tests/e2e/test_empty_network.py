"""A network on its first day: no ambassadors, stories, events, issues or announcements. It
builds with --strict, every page says something true (no empty heading, list or table, no
"0 actieve ambassadeurs"), the feeds and the calendar are valid and empty, and check-site
passes; the same after the first `new ambassador` and `new story`, filled in as a
coordinator would."""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path

import feedparser
import icalendar
import lxml.html
import pytest

from generator.render.labels import NL
from tests.coordinator import fill_ambassador, fill_story
from tests.quality.conftest import check_site, checkers  # noqa: F401 (a fixture)
from tests.sitebuilder import Result, build, run_cli, write

EPOCH = 1795435200   # Monday 23 November 2026, 13:00 in Amsterdam
MINIMAL = {
    "mkdocs.yml": """\
        site_name: Zorgnetwerk Oost
        site_url: https://zorg-oost.example.org/
        docs_dir: content
        theme:
          name: material
          language: nl
        plugins:
          - ambassadors:
              private_dir: private
        """,
    "content/index.md": "# Welkom\n\nHet netwerk van zorgambassadeurs in Oost-Nederland.\n",
}
PAGES = ("index.html", "ambassadeurs/index.html", "ambassadeurs/oud-ambassadeurs/index.html",
         "verhalen/index.html", "agenda/index.html", "benoemingen/index.html",
         "pers/index.html", "nieuwsbrief/index.html", "zoeken/index.html",
         "toegankelijkheid/index.html", "404.html")
FEEDS = ("verhalen", "benoemingen", "nieuwsbrief")
# Filled in by the search script, in the browser: empty in the HTML by design.
FILLED_BY_SCRIPT = {"amb-search__results", "amb-search__facets", "amb-search__status"}
# A count of nothing: "0 actieve ambassadeurs", "Optredens samen: 0." (not "2.0 AA",
# "10:00", "0,5" or "05").
ZERO = re.compile(r"(?<![\w.,/-])0\b(?![.,:]\d)")
HEADING = re.compile(r"^h([1-6])$")
IN_HEADING = " | ".join(f"ancestor::h{n}" for n in range(1, 7))


def network(root: Path) -> Path:
    write(root, MINIMAL)
    return root


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory) -> Result:
    result = build(network(tmp_path_factory.mktemp("empty")), EPOCH)
    assert result.code == 0, result.out
    return result


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Result:
    """The same network after the first `new ambassador` and `new story`."""
    root = network(tmp_path_factory.mktemp("first"))
    made = run_cli(root, "new", "ambassador", "Fatima el Amrani", epoch=EPOCH)
    assert made.returncode == 0, made.stderr
    made = run_cli(root, "new", "story", "Hoe wij begonnen", "--ambassador",
                   "fatima-el-amrani", epoch=EPOCH)
    assert made.returncode == 0, made.stderr
    refused = run_cli(root, "check", epoch=EPOCH)
    assert refused.returncode != 0 and "placeholder" in refused.stdout + refused.stderr
    fill_ambassador(root / "ambassadors" / "fatima-el-amrani" / "index.md")
    fill_story(root / "stories" / "hoe-wij-begonnen.md")
    checked = run_cli(root, "check", epoch=EPOCH)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


def content(result: Result, page: str) -> lxml.html.HtmlElement:
    """The page's own content, without the theme's header, navigation and footer, and
    without what is hidden (the search index's metadata)."""
    tree = lxml.html.fromstring(result.page(page))
    article = tree.xpath('//article[contains(@class, "md-content__inner")]')
    assert len(article) == 1, page
    for hidden in article[0].xpath(".//*[@hidden]"):
        hidden.getparent().remove(hidden)
    return article[0]


def text(element: lxml.html.HtmlElement) -> str:
    """The words, with a space between elements: "Binnenkort" and "0" stay apart."""
    return " ".join(" ".join(element.itertext()).split())


def prose(article: lxml.html.HtmlElement) -> str:
    """The page's sentences, without its tables and progress meters, where "0 keer" is a
    measurement in a column, not a claim."""
    article = copy.deepcopy(article)
    for measured in article.xpath('.//table | .//*[contains(@class, "amb-progress")]'):
        measured.getparent().remove(measured)
    return text(article)


def empty_headings(article: lxml.html.HtmlElement) -> list[str]:
    """Headings with no text, or followed by nothing before the next heading of the same
    or a higher level (or the end of the page)."""
    found, open_headings = [], []   # (level, text, has content)
    for element in article.iter():
        if not isinstance(element.tag, str):
            continue
        level = HEADING.match(element.tag)
        if level:
            own = text(element)
            if not own:
                found.append(f"<{element.tag}> without text")
            n = int(level.group(1))
            found += [title for lvl, title, said in open_headings if lvl >= n and not said]
            open_headings = [h for h in open_headings if h[0] < n] + [[n, own, False]]
        elif not element.xpath(IN_HEADING) and (
                (element.text or "").strip() or element.tag in ("img", "input", "svg")):
            for heading in open_headings:
                heading[2] = True
    return found + [title for _, title, said in open_headings if not said]


def empty_lists(article: lxml.html.HtmlElement) -> list[str]:
    found = []
    for element in article.xpath(".//ul | .//ol | .//table | .//dl | .//nav | .//section"):
        classes = set((element.get("class") or "").split())
        if classes & FILLED_BY_SCRIPT:
            continue
        items = {"ul": "li", "ol": "li", "table": ".//td", "dl": "dd"}.get(element.tag)
        empty = not element.xpath(items if items.startswith(".") else f"./{items}") \
            if items else not text(element)
        if empty:
            found.append(f"<{element.tag} class={element.get('class')!r}>")
    return found


@pytest.mark.parametrize("page", PAGES)
def test_no_empty_heading_list_or_zero_count(empty: Result, page: str) -> None:
    article = content(empty, page)
    assert empty_headings(article) == []
    assert empty_lists(article) == []
    assert not ZERO.search(prose(article)), prose(article)


def test_the_checks_of_this_test_catch_what_they_look_for() -> None:
    """The helpers above are the test: shown to fail on the defects they look for."""
    page = lxml.html.fromstring(
        "<article><h1>Agenda</h1><h2>Binnenkort</h2><ul class='amb-events'></ul>"
        "<h2></h2><p>0 actieve ambassadeurs</p><section><h3>Leeg</h3></section></article>")
    assert sorted(empty_headings(page)) == ["<h2> without text", "Binnenkort", "Leeg"]
    assert empty_lists(page) == ["<ul class='amb-events'>"]
    assert ZERO.search(text(page))
    assert ZERO.search("Optredens samen: 0.") and ZERO.search("(0)")
    fine = lxml.html.fromstring("<article><h1>Titel</h1><p>WCAG 2.0 AA om 10:00 uur op "
                                "2026-01-05, 0,5 uur</p>"
                                "<ul><li>een</li></ul></article>")
    assert (empty_headings(fine), empty_lists(fine), ZERO.search(text(fine))) == ([], [], None)


def test_every_page_says_what_there_is_not_yet(empty: Result) -> None:
    said = {page: text(content(empty, page)) for page in PAGES}
    assert NL["no_ambassadors_yet"] in said["index.html"]
    assert NL["no_ambassadors_yet"] in said["ambassadeurs/index.html"]
    assert NL["no_alumni"] in said["ambassadeurs/oud-ambassadeurs/index.html"]
    assert NL["stories_none"] in said["verhalen/index.html"]
    assert NL["no_upcoming"] in said["agenda/index.html"]
    assert NL["appointments_none"] in said["benoemingen/index.html"]
    assert NL["appointments_none"] in said["pers/index.html"]
    assert NL["press_policy_title"] in said["pers/index.html"]
    assert NL["newsletter_none"] in said["nieuwsbrief/index.html"]
    # Nothing promises what is not there: no directory to open, no numbers, no box of
    # upcoming events, no link to alumni, no date of a next announcement.
    home = content(empty, "index.html")
    assert not home.xpath('.//*[contains(@class, "amb-numbers")]')
    assert not home.xpath('.//*[contains(@class, "amb-home__upcoming")]')
    assert NL["all_ambassadors"] not in said["index.html"]
    assert NL["alumni"] not in said["ambassadeurs/index.html"]
    assert not content(empty, "ambassadeurs/index.html").xpath('.//*[@data-amb-count]')
    assert NL["press_moment_title"] not in said["pers/index.html"]
    assert not empty.exists("podium/index.html")
    # The descriptions for search engines and link previews too: true, and no zeros.
    described = {page: lxml.html.fromstring(empty.page(page)).xpath(
        '//meta[@name="description"]/@content') for page in PAGES if page != "404.html"}
    assert described["agenda/index.html"] == [
        NL["desc_agenda_empty"].format(site="Zorgnetwerk Oost")]
    for page, description in described.items():
        assert len(description) == 1 and not ZERO.search(description[0]), page


def test_feeds_and_calendar_are_valid_and_empty(empty: Result) -> None:
    for feed in FEEDS:
        for extension in ("xml", "atom"):
            parsed = feedparser.parse(empty.site / "feeds" / f"{feed}.{extension}")
            assert parsed.bozo == 0, (feed, parsed.get("bozo_exception"))
            assert parsed.feed.title and parsed.entries == [], feed
    calendar = icalendar.Calendar.from_ical((empty.site / "agenda.ics").read_bytes())
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar.walk("VEVENT") == []


def test_who_comes_next_is_said_only_when_known(tmp_path: Path) -> None:
    """An announcement that is out names people whose term starts later: the directory
    says when; one that waits in the private folder: the moment it comes."""
    person = """\
        ---
        name: {name}
        term:
          start: 2027-01-20
        ---
        {name} werkt in de wijkverpleging.
        """
    announced = network(tmp_path / "announced")
    write(announced, {
        "ambassadors/sara-de-wit/index.md": person.format(name="Sara de Wit"),
        "content/appointments/2026.md": """\
            ---
            title: De eerste ambassadeur
            date: 2026-11-02T10:00
            ambassadors: [sara-de-wit]
            ---
            Sara de Wit wordt de eerste ambassadeur van het netwerk.
            """})
    waiting = network(tmp_path / "waiting")
    write(waiting, {
        "private/ambassadors/sara-de-wit/index.md": person.format(name="Sara de Wit"),
        "private/content/appointments/2027.md": """\
            ---
            title: De eerste ambassadeur
            date: 2027-01-20T10:00
            ambassadors: [sara-de-wit]
            ---
            Sara de Wit wordt de eerste ambassadeur van het netwerk.
            """})
    expected = {
        announced: (NL["no_active_ambassadors"],
                    NL["ambassadors_first_start"].format(date="20 januari 2027")),
        waiting: (NL["no_ambassadors_yet"], NL["ambassadors_first_moment"].format(
            moment="woensdag 20 januari 2027 om 10:00 uur"))}
    for root, sentences in expected.items():
        result = build(root, EPOCH)
        assert result.code == 0, result.out
        for page in ("index.html", "ambassadeurs/index.html"):
            said = text(content(result, page))
            for sentence in sentences:
                assert sentence in said, (root.name, page, said)
    assert "Sara" not in build(waiting, EPOCH).page("index.html")


def test_first_ambassador_and_story(first: Result) -> None:
    pages = PAGES + ("ambassadeurs/fatima-el-amrani/index.html",
                     "verhalen/hoe-wij-begonnen/index.html", "podium/index.html",
                     "podium/2026/index.html")
    for page in pages:
        article = content(first, page)
        assert empty_headings(article) == [], page
        assert empty_lists(article) == [], page
        assert not ZERO.search(prose(article)), (page, prose(article))
    home = text(content(first, "index.html"))
    assert f"1 {NL['home_number_ambassadors_one']}" in home
    assert f"1 {NL['home_number_stories_one']}" in home
    assert NL["no_ambassadors_yet"] not in home
    assert "Fatima el Amrani" in home and "Hoe wij begonnen" in home
    directory = text(content(first, "ambassadeurs/index.html"))
    assert NL["active_count_one"] in directory and "Zorggroep De Linde" in directory
    assert NL["alumni"] not in directory
    # A year without appearances: no charts of nothing, no total of 0.
    podium = content(first, "podium/index.html")
    assert not podium.xpath('.//*[contains(@class, "amb-charts")]')
    assert NL["podium_summary_none"].format(year=2026, total=1) in text(podium)
    entries = feedparser.parse(first.site / "feeds" / "verhalen.xml").entries
    assert [e.title for e in entries] == ["Hoe wij begonnen"]


@pytest.mark.usefixtures("checkers")
@pytest.mark.parametrize("which", ["empty", "first"])
def test_check_site_passes(which: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    result: Result = request.getfixturevalue(which)
    site = shutil.copytree(result.site, tmp_path / "site")
    checked = check_site(site)
    assert checked.returncode == 0, checked.stdout[-6000:] + checked.stderr[-2000:]
    assert "RESULT PASS" in checked.stdout
