"""Newsletter issues on a content set of their own, built with `mkdocs build --strict` at a
fixed clock (content-model.md, "Newsletter issue", "Newsletter sections"): which stories,
events, podium appearances and appointments each issue lists, on its page and in its feed
item, with the edges of the period and of the look-ahead, and the archive."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import feedparser
import pytest

from tests.sitebuilder import Result, build, write

UTC = dt.timezone.utc
CLOCK = dt.datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
EPOCH = int(CLOCK.timestamp())
SITE_URL = "https://brief.example.org/"

SECRET_TITLE = "Geheim Gesprek Zeekoe"
SECRET_VENUE = "Kamer Vertrouwelijk Dokkum"
HIDDEN_PLANNED = "Verborgen Optreden Walrus"
FUTURE_ISSUE = "Nieuwsbrief Toekomst Albatros"
EMBARGOED = "Benoeming Geheim Zeilvis"

STORIES = {  # title -> date
    "Verhaal Oudjaar": "2025-12-31",        # 32 days before the first issue: in no issue
    "Verhaal Nieuwjaar": "2026-01-01",      # 31 days before the first issue: in it
    "Verhaal Eindjanuari": "2026-01-31",    # the first issue's own date
    "Verhaal Midfebruari": "2026-02-10",
    "Verhaal Eindfebruari": "2026-02-28",   # the second issue's date: not in the third
    "Verhaal Begmaart": "2026-03-01",       # the day after the second issue
    "Verhaal Idusmaart": "2026-03-15",      # the third issue's own date
    "Verhaal Nazomer": "2026-03-16",        # after the last published issue: in none
}
EVENTS = {  # title -> front matter lines
    "Bijeenkomst Januari": "start: 2026-01-20T19:00",
    "Bijeenkomst Veertien": "start: 2026-03-14T10:00",          # 31 Jan + 42 days
    "Bijeenkomst Vijftien": "start: 2026-03-15T19:00",          # 31 Jan + 43; 15 Mar + 0
    "Borrel Afgelast": "start: 2026-04-01T17:00\ncancelled: true",
    "Dag Tweeenveertig": "start: 2026-04-26",                   # 15 Mar + 42 days
    "Dag Drieenveertig": "start: 2026-04-27",                   # 15 Mar + 43 days
    "Nacht Grens": "start: 2026-04-27T00:30",                   # 26 Apr 22:30 UTC, 27 Apr local
}
PUBLIC_APPEARANCES = ("Presentatie Winter", "Workshop Schrikkel", "Inleiding Lente", "Bezoek Idus")
APPOINTMENTS = ("Benoeming Anna en Bram", "Benoeming Dirk Lente", EMBARGOED)

ISSUES = {  # slug -> title, date; the future issue is not published
    "2026-01": ("Nieuwsbrief januari", "2026-01-31"),
    "2026-02": ("Nieuwsbrief februari", "2026-02-28"),
    "2026-03": ("Nieuwsbrief maart", "2026-03-15"),
    "2026-04": (FUTURE_ISSUE, "2026-04-30"),
}
PUBLISHED = ("2026-01", "2026-02", "2026-03")

EXPECTED = {
    "2026-01": {
        "stories": {"Verhaal Nieuwjaar", "Verhaal Eindjanuari"},
        "events": {"Bijeenkomst Veertien", "Workshop Schrikkel"},
        "appearances": {"Presentatie Winter"},
        "appointments": set(),
    },
    "2026-02": {
        "stories": {"Verhaal Midfebruari", "Verhaal Eindfebruari"},
        # the spec lists every planned appearance, a company visit too (its kind shown)
        "events": {"Bijeenkomst Veertien", "Bijeenkomst Vijftien", "Borrel Afgelast",
                   "Workshop Schrikkel", "Inleiding Lente", "Bezoek Idus"},
        "appearances": {"Workshop Schrikkel"},
        "appointments": {"Benoeming Dirk Lente"},
    },
    "2026-03": {
        "stories": {"Verhaal Begmaart", "Verhaal Idusmaart"},
        "events": {"Bijeenkomst Vijftien", "Borrel Afgelast", "Dag Tweeenveertig",
                   "Inleiding Lente", "Bezoek Idus"},
        "appearances": {"Bezoek Idus"},          # and the private interview, without title
        "appointments": set(),
    },
}
# With newsletter_days_ahead: 10.
EXPECTED_EVENTS_10 = {
    "2026-01": set(),
    "2026-02": {"Workshop Schrikkel"},
    "2026-03": {"Bijeenkomst Vijftien", "Bezoek Idus"},
}
TOKENS = (*STORIES, *EVENTS, *PUBLIC_APPEARANCES, *APPOINTMENTS, SECRET_TITLE, HIDDEN_PLANNED)
HEADINGS = {"Nieuwe verhalen": "stories", "Agenda voor de komende weken": "events",
            "Op het podium": "appearances", "Benoemingen": "appointments"}
PAGE_SECTIONS = {"amb-nl-stories": "stories", "amb-nl-events": "events",
                 "amb-nl-podium": "appearances", "amb-nl-appointments": "appointments"}


def sources(options: str = "") -> dict[str, str]:
    plugin = "  - ambassadors" + (":\n" + options if options else "")
    files = {
        "mkdocs.yml": f"""\
site_name: Nieuwsbrief Test
site_url: {SITE_URL}
docs_dir: content
theme:
  name: material
  language: nl
plugins:
{plugin}
""",
        "content/index.md": "# Nieuwsbrief test\n",
        "ambassadors/anna-jansen/index.md": f"""
            ---
            name: Anna Jansen
            term:
              start: 2025-01-20
            podium:
              - date: 2026-01-15
                kind: presentatie
                title: Presentatie Winter
              - date: 2026-02-28
                kind: workshop
                title: Workshop Schrikkel
              - date: 2026-03-10
                kind: interview
                title: {SECRET_TITLE}
                venue: {SECRET_VENUE}
                public: false
              - date: 2026-04-05
                kind: inleiding
                title: Inleiding Lente
              - date: 2026-04-10
                kind: interview
                title: {HIDDEN_PLANNED}
                public: false
            ---
            Anna.
            """,
        "ambassadors/bram-de-vries/index.md": """
            ---
            name: Bram de Vries
            term:
              start: 2025-01-20
            podium:
              - date: 2026-03-15
                kind: bedrijfsbezoek
                title: Bezoek Idus
            ---
            Bram.
            """,
        "ambassadors/dirk-smit/index.md": """
            ---
            name: Dirk Smit
            term:
              start: 2026-02-10
            ---
            Dirk.
            """,
        "ambassadors/emma-zeilvis/index.md": """
            ---
            name: Emma Zeilvis
            term:
              start: 2027-01-20
            ---
            Emma.
            """,
        "content/appointments/2025.md": """
            ---
            title: Benoeming Anna en Bram
            date: 2025-01-20T10:00
            ambassadors: [anna-jansen, bram-de-vries]
            ---
            Benoemd.
            """,
        "content/appointments/2026.md": """
            ---
            title: Benoeming Dirk Lente
            date: 2026-02-10T10:00
            ambassadors: [dirk-smit]
            ---
            Benoemd.
            """,
        "content/appointments/2027.md": f"""
            ---
            title: {EMBARGOED}
            date: 2027-01-20T10:00
            ambassadors: [emma-zeilvis]
            ---
            Embargo.
            """,
    }
    for n, (title, date) in enumerate(STORIES.items()):
        slug = title.lower().replace(" ", "-")
        who = "anna-jansen" if n % 2 else "bram-de-vries"
        files[f"stories/{slug}.md"] = (f"---\ntitle: {title}\ndate: {date}\n"
                                       f"ambassadors: [{who}]\n---\nTekst van {title}.\n")
    for title, lines in EVENTS.items():
        slug = title.lower().replace(" ", "-")
        files[f"content/events/{slug}.md"] = f"---\ntitle: {title}\n{lines}\n---\nOmschrijving.\n"
    for slug, (title, date) in ISSUES.items():
        files[f"content/newsletter/{slug}.md"] = (f"---\ntitle: {title}\ndate: {date}\n---\n"
                                                  f"Inleiding van {title}.\n")
    return files


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = tmp_path_factory.mktemp("nieuwsbrief")
    write(root, sources())
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


@pytest.fixture(scope="module")
def site_10(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = tmp_path_factory.mktemp("nieuwsbrief10")
    write(root, sources("      newsletter_days_ahead: 10\n"))
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


def found(html: str) -> set[str]:
    text = unescape(html)
    return {token for token in TOKENS if token in text}


def page_sections(result: Result, slug: str) -> dict[str, str]:
    html = result.page(f"nieuwsbrief/{slug}/index.html")
    sections = {key: "" for key in PAGE_SECTIONS.values()}
    for label, body in re.findall(r'<section[^>]*aria-labelledby="(amb-nl-[a-z]+)"[^>]*>(.*?)'
                                  r'</section>', html, re.DOTALL):
        sections[PAGE_SECTIONS[label]] = body
    assert sections["stories"] and sections["events"] and sections["appearances"], slug
    return sections


def feed_entry(result: Result, slug: str, ext: str = "xml") -> feedparser.FeedParserDict:
    parsed = feedparser.parse((result.site / f"feeds/nieuwsbrief.{ext}").read_bytes(),
                              sanitize_html=False, resolve_relative_uris=False)
    title = ISSUES[slug][0]
    [entry] = [e for e in parsed.entries if e.title == title]
    return entry


def feed_sections(result: Result, slug: str, ext: str = "xml") -> dict[str, str]:
    html = feed_entry(result, slug, ext).content[0].value
    parts = re.split(r"<h2[^>]*>(.*?)</h2>", html)   # the e-mail styles its headings
    sections = {key: "" for key in HEADINGS.values()}
    for heading, body in zip(parts[1::2], parts[2::2]):
        assert unescape(heading) in HEADINGS, heading
        sections[HEADINGS[unescape(heading)]] = body
    assert found(parts[0]) == set(), "the intro mentions no item"
    return sections


def list_items(html: str) -> list[str]:
    """The page's list items, or the e-mail's (feed) items: table cells and lines of their
    own."""
    return re.findall(r"<li\b.*?</li>|<td\b.*?</td>|<p\b.*?</p>", html, re.DOTALL)


# --- what each issue lists ----------------------------------------------------------------

@pytest.mark.parametrize("section", ("stories", "events", "appearances", "appointments"))
@pytest.mark.parametrize("slug", PUBLISHED)
def test_issue_page_lists_exactly_its_period(site: Result, slug: str, section: str) -> None:
    assert found(page_sections(site, slug)[section]) == EXPECTED[slug][section]


@pytest.mark.parametrize("ext", ("xml", "atom"))
@pytest.mark.parametrize("slug", PUBLISHED)
def test_issue_feed_item_lists_the_same(site: Result, slug: str, ext: str) -> None:
    sections = feed_sections(site, slug, ext)
    for section, expected in EXPECTED[slug].items():
        assert found(sections[section]) == expected, (slug, section)


def test_story_on_the_previous_issues_date_belongs_to_the_previous_issue(site: Result) -> None:
    assert "Verhaal Eindfebruari" in found(page_sections(site, "2026-02")["stories"])
    assert "Verhaal Eindfebruari" not in found(page_sections(site, "2026-03")["stories"])
    assert "Verhaal Eindjanuari" in found(page_sections(site, "2026-01")["stories"])
    assert "Verhaal Eindjanuari" not in found(page_sections(site, "2026-02")["stories"])


def test_first_issue_covers_the_31_days_up_to_its_date(site: Result) -> None:
    stories = found(page_sections(site, "2026-01")["stories"])
    assert "Verhaal Nieuwjaar" in stories        # 1 January: 30 days before
    assert "Verhaal Oudjaar" not in stories      # 31 December: the exclusive start
    assert "Verhaal Eindjanuari" in stories      # its own date


def test_events_42_days_ahead_are_in_and_43_are_out(site: Result) -> None:
    march = found(page_sections(site, "2026-03")["events"])
    assert "Bijeenkomst Vijftien" in march          # on the issue's date
    assert "Dag Tweeenveertig" in march             # 42 days after
    assert "Dag Drieenveertig" not in march         # 43 days after
    assert "Nacht Grens" not in march               # 43 days after in local time
    assert "Bijeenkomst Veertien" not in march      # the day before the issue
    january = found(page_sections(site, "2026-01")["events"])
    assert "Bijeenkomst Veertien" in january        # 42 days after 31 January
    assert "Bijeenkomst Vijftien" not in january    # 43 days after


def test_cancelled_events_are_listed_and_marked(site: Result) -> None:
    for slug in ("2026-02", "2026-03"):
        for html in (page_sections(site, slug)["events"], feed_sections(site, slug)["events"]):
            items = list_items(html)
            cancelled = [li for li in items if "Borrel Afgelast" in li]
            assert len(cancelled) == 1 and "Geannuleerd" in cancelled[0], slug
            assert all("Geannuleerd" not in li for li in items if "Borrel Afgelast" not in li)


def test_private_appearance_is_listed_by_date_kind_and_ambassador_only(site: Result) -> None:
    for html in (page_sections(site, "2026-03")["appearances"],
                 feed_sections(site, "2026-03")["appearances"]):
        items = list_items(html)
        assert len(items) == 2, items
        private = [li for li in items if "Bezoek Idus" not in li]
        assert len(private) == 1
        line = unescape(private[0])
        assert "2026-03-10" in line or "10 maart 2026" in line
        assert "Interview" in line and "Anna Jansen" in line
        assert SECRET_TITLE not in line and SECRET_VENUE not in line


def test_private_titles_appear_nowhere_in_the_output(site: Result) -> None:
    everything = site.all_bytes()
    text = unescape(everything.decode("utf-8", errors="replace"))
    for secret in (SECRET_TITLE, SECRET_VENUE, HIDDEN_PLANNED):
        assert secret.encode() not in everything and secret not in text, secret


def test_newsletter_days_ahead_changes_the_window(site_10: Result) -> None:
    for slug in PUBLISHED:
        assert found(page_sections(site_10, slug)["events"]) == EXPECTED_EVENTS_10[slug], slug
        assert found(feed_sections(site_10, slug)["events"]) == EXPECTED_EVENTS_10[slug], slug
        # The other sections do not depend on the option.
        assert found(page_sections(site_10, slug)["stories"]) == EXPECTED[slug]["stories"]


# --- the archive and the unpublished issue ----------------------------------------------------

def test_archive_lists_published_issues_newest_first(site: Result) -> None:
    html = site.page("nieuwsbrief/index.html")
    main = html[html.find("<article") if "<article" in html else 0:]
    positions = [main.find(ISSUES[slug][0]) for slug in ("2026-03", "2026-02", "2026-01")]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
    for slug in PUBLISHED:
        assert re.search(rf'href="(\./)?{slug}/"', html), slug
    assert FUTURE_ISSUE not in html and "2026-04/" not in html


def test_future_issue_is_not_published(site: Result) -> None:
    assert not site.exists("nieuwsbrief/2026-04/index.html")
    assert FUTURE_ISSUE.encode() not in site.all_bytes()
    assert EMBARGOED.encode() not in site.all_bytes()
    assert not site.exists("benoemingen/2027/index.html")


def test_issue_page_and_feed_item_agree_on_everything(site: Result) -> None:
    for slug in PUBLISHED:
        page, item = page_sections(site, slug), feed_sections(site, slug)
        for section in EXPECTED[slug]:
            assert found(page[section]) == found(item[section]), (slug, section)


@pytest.mark.parametrize("slug,first_day,last_day", [
    ("2026-01", "1 januari 2026", "31 januari 2026"),
    ("2026-02", "1 februari 2026", "28 februari 2026"),
    ("2026-03", "1 maart 2026", "15 maart 2026"),
])
def test_stated_period_names_the_first_and_last_day_it_covers(site: Result, slug: str,
                                                               first_day: str,
                                                               last_day: str) -> None:
    # "periode X tot en met Y" reads as X included; the period starts the day after the
    # previous issue (a story on 28 February is in the February issue, not in March's).
    text = unescape(site.page(f"nieuwsbrief/{slug}/index.html"))
    assert f"Over de periode {first_day} tot en met {last_day}." in text
