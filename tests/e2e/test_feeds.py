"""The RSS 2.0 and Atom 1.0 feeds on a content set of their own, under a sub-path site_url,
built with `mkdocs build --strict` at a fixed clock (content-model.md, "Public output",
"Feeds", "Rules in detail"): valid XML, unique and stable ids, absolute links, dates with a
timezone, clean item HTML, nothing unpublished, the item limit, byte-identical rebuilds and
the subscribe links on the pages."""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
import shutil
import xml.etree.ElementTree as ET
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import feedparser
import pytest

from tests.sitebuilder import Result, build, portrait, write

UTC = dt.timezone.utc
AMS = ZoneInfo("Europe/Amsterdam")
CLOCK = dt.datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
EPOCH = int(CLOCK.timestamp())
SITE_URL = "https://netwerk.example.org/sub/"
FEEDS = ("verhalen", "nieuwsbrief", "benoemingen")
FEED_FILES = tuple(f"feeds/{name}.{ext}" for name in FEEDS for ext in ("xml", "atom"))
ATOM_NS = "http://www.w3.org/2005/Atom"

DRAFT_TITLE = "Conceptverhaal Zwaluwstaart"
FUTURE_STORY_TITLE = "Toekomstverhaal Kiekendief"
FUTURE_ISSUE_TITLE = "Nieuwsbrief Toekomst Ooievaar"
EMBARGO_TITLE = "Geheime benoemingen Reigersbos"
EMBARGO_PERSON = "Emma Verborgenstein"


def mkdocs_yml(options: str = "") -> str:
    plugin = "  - ambassadors" + (":\n" + options if options else "")
    return f"""\
site_name: Netwerk Feeds Test
site_url: {SITE_URL}
docs_dir: content
theme:
  name: material
  language: nl
markdown_extensions:
  - toc:
      permalink: true
plugins:
{plugin}
"""


SOURCES: dict[str, str] = {
    "content/index.md": "# Netwerk\n",
    "ambassadors/anna-jansen/index.md": """
        ---
        name: Anna Jansen
        organisation: Jansen Bouw
        photo: portrait.jpg
        term:
          start: 2025-01-20
        ---
        Anna bouwt.
        """,
    "ambassadors/bram-de-vries/index.md": """
        ---
        name: Bram de Vries
        term:
          start: 2025-01-20
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
    "ambassadors/emma-verborgenstein/index.md": f"""
        ---
        name: {EMBARGO_PERSON}
        term:
          start: 2027-01-20
        ---
        Nog geheim.
        """,
    "stories/eerste.md": """
        ---
        title: Het eerste verhaal
        date: 2026-01-10
        ambassadors: [anna-jansen]
        themes: [inclusie]
        ---
        Het begin van alles.
        """,
    "stories/andere.md": """
        ---
        title: Een ander verhaal
        date: 2026-02-15
        ambassadors: [bram-de-vries]
        ---
        Iets anders.
        """,
    "stories/met-omslag/index.md": """
        ---
        title: Verhaal met omslag
        date: 2026-03-01
        ambassadors: [anna-jansen, dirk-smit]
        image: cover.jpg
        image_alt: Een bouwplaats bij zonsopgang
        ---
        Een verhaal met een plaatje erboven.

        ## Wat we deden

        - eerst luisteren
        - dan bouwen

        Lees ook [het andere verhaal](../andere/) en [de agenda](../../agenda/).
        """,
    "stories/concept.md": f"""
        ---
        title: {DRAFT_TITLE}
        date: 2026-02-01
        ambassadors: [anna-jansen]
        draft: true
        ---
        Nog niet af.
        """,
    "stories/toekomst.md": f"""
        ---
        title: {FUTURE_STORY_TITLE}
        date: 2026-04-01
        ambassadors: [bram-de-vries]
        ---
        Komt later.
        """,
    "content/events/bijeenkomst.md": """
        ---
        title: Voorjaarsbijeenkomst
        start: 2026-03-25T19:00
        end: 2026-03-25T21:00
        location: Stadhuis Zwolle
        ambassadors: [anna-jansen]
        ---
        Welkom.
        """,
    "content/events/afgelast.md": """
        ---
        title: Afgelaste lunch
        start: 2026-04-02T12:00
        cancelled: true
        ---
        Gaat niet door.
        """,
    "content/newsletter/2026-01.md": """
        ---
        title: Nieuwsbrief januari 2026
        date: 2026-01-31
        ---
        De eerste nieuwsbrief.
        """,
    "content/newsletter/2026-02.md": """
        ---
        title: Nieuwsbrief februari 2026
        date: 2026-02-28
        ---
        De tweede nieuwsbrief, met [een link](../2026-01/).
        """,
    "content/newsletter/2026-03.md": """
        ---
        title: Nieuwsbrief maart 2026
        date: 2026-03-15
        ---
        De derde nieuwsbrief.
        """,
    "content/newsletter/2026-04.md": f"""
        ---
        title: {FUTURE_ISSUE_TITLE}
        date: 2026-03-31
        ---
        Nog niet verschenen.
        """,
    "content/appointments/2025.md": """
        ---
        title: Twee ambassadeurs benoemd
        date: 2025-01-20T10:00
        ambassadors: [anna-jansen, bram-de-vries]
        ---
        Anna en Bram zijn benoemd.
        """,
    "content/appointments/2026.md": """
        ---
        title: Dirk Smit benoemd
        date: 2026-02-10T10:00
        ambassadors: [dirk-smit]
        ---
        Dirk is benoemd.
        """,
    "content/appointments/2027.md": f"""
        ---
        title: {EMBARGO_TITLE}
        date: 2027-01-20T10:00
        ambassadors: [emma-verborgenstein]
        ---
        Onder embargo.
        """,
}


def make_site(root: Path, options: str = "") -> None:
    write(root, {"mkdocs.yml": mkdocs_yml(options), **SOURCES})
    portrait(root / "ambassadors/anna-jansen/portrait.jpg")
    portrait(root / "stories/met-omslag/cover.jpg", color=(40, 90, 160), size=(900, 600))


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("feeds")
    make_site(folder)
    return folder


@pytest.fixture(scope="module")
def site(root: Path) -> Result:
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


def parse(data: bytes) -> feedparser.FeedParserDict:
    # No sanitising and no URL resolving by feedparser: the test sees the feed as it is.
    return feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)


def feed(result: Result, path: str) -> feedparser.FeedParserDict:
    return parse((result.site / path).read_bytes())


def item_html(entry: feedparser.FeedParserDict) -> str:
    assert entry.get("content"), f"{entry.get('link')}: no full content"
    return entry.content[0].value


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def tags_of(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    parser.close()
    return parser


def guids(result: Result, path: str) -> list[str]:
    return [e.id for e in feed(result, path).entries]


# --- every feed ---------------------------------------------------------------------------

@pytest.mark.parametrize("path", FEED_FILES)
def test_feed_is_well_formed_with_unique_ids(site: Result, path: str) -> None:
    parsed = feed(site, path)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == ("rss20" if path.endswith(".xml") else "atom10")
    ids = [e.get("id") for e in parsed.entries]
    assert parsed.entries and all(ids)
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("path", FEED_FILES)
def test_item_links_are_absolute_under_the_site_url(site: Result, path: str) -> None:
    for entry in feed(site, path).entries:
        assert entry.link.startswith(SITE_URL), entry.link
        for link in entry.get("links", []):
            assert link.href.startswith(SITE_URL), link
        assert (site.site / urlsplit(entry.link).path.removeprefix("/sub/") / "index.html"
                ).is_file(), (
            f"{entry.link}: the item link a reader sees points at no built page")


@pytest.mark.parametrize("path", FEED_FILES)
def test_dates_carry_a_timezone_and_items_are_newest_first(site: Result, path: str) -> None:
    raw = (site.site / path).read_text(encoding="utf-8")
    if path.endswith(".xml"):
        stamps = re.findall(r"<(?:pubDate|lastBuildDate)>([^<]*)<", raw)
        pattern = r".*\d\d:\d\d:\d\d ([+-]\d{4}|GMT|UT|Z)$"
    else:
        stamps = re.findall(r"<(?:published|updated)>([^<]*)<", raw)
        pattern = r".*T\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$"
    assert stamps
    for stamp in stamps:
        assert re.fullmatch(pattern, stamp.strip()), stamp
    moments = [calendar.timegm(e.published_parsed) for e in feed(site, path).entries]
    assert moments == sorted(moments, reverse=True)


@pytest.mark.parametrize("name", FEEDS)
def test_rss_channel_metadata(site: Result, name: str) -> None:
    tree = ET.parse(site.site / f"feeds/{name}.xml")
    assert tree.getroot().tag == "rss" and tree.getroot().get("version") == "2.0"
    channel = tree.getroot().find("channel")
    assert channel is not None
    for field in ("title", "link", "description"):
        assert (channel.findtext(field) or "").strip(), field
    assert channel.findtext("link").strip().startswith(SITE_URL)
    assert channel.findtext("language") == "nl"
    selfs = [e.get("href") for e in channel.findall(f"{{{ATOM_NS}}}link") if e.get("rel") == "self"]
    assert selfs == [f"{SITE_URL}feeds/{name}.xml"]
    built = email.utils.parsedate_to_datetime(channel.findtext("lastBuildDate"))
    assert built.tzinfo is not None and built == CLOCK


@pytest.mark.parametrize("name", FEEDS)
def test_atom_feed_metadata(site: Result, name: str) -> None:
    parsed = feed(site, f"feeds/{name}.atom")
    selfs = [link.href for link in parsed.feed.links if link.rel == "self"]
    assert selfs == [f"{SITE_URL}feeds/{name}.atom"]
    alternates = [link.href for link in parsed.feed.links if link.rel == "alternate"]
    assert alternates and all(href.startswith(SITE_URL) for href in alternates)
    assert parsed.feed.title and parsed.feed.id
    assert calendar.timegm(parsed.feed.updated_parsed) == EPOCH  # no item is newer than the clock


@pytest.mark.parametrize("path", FEED_FILES)
def test_item_html_is_absolute_clean_and_sized(site: Result, path: str) -> None:
    for entry in feed(site, path).entries:
        html = item_html(entry)
        assert html.strip(), entry.link
        assert "<script" not in html.lower()
        assert "¶" not in unescape(html), f"{entry.link}: headerlink left in the item"
        parsed = tags_of(html)
        for tag, attrs in parsed.tags:
            assert tag != "script"
            for attribute in attrs:
                assert not attribute.lower().startswith("on"), (entry.link, tag, attrs)
                # The newsletter's item is its e-mail (issue 20): styled on the elements.
                allowed = ("style",) if "nieuwsbrief" in path else ()
                assert attribute.lower() not in {"class", "style", "id"} - set(allowed), \
                    (entry.link, tag, attrs)
            for attribute in ("href", "src"):
                value = attrs.get(attribute)
                if value is None:
                    continue
                scheme = urlsplit(value).scheme
                assert scheme in ("https", "mailto", "tel"), (entry.link, tag, value)
                if scheme == "https" and urlsplit(value).hostname == "netwerk.example.org":
                    assert value.startswith(SITE_URL), (entry.link, value)
            assert "srcset" not in attrs, (entry.link, attrs)
            if tag == "img":
                assert attrs.get("width", "").isdigit() and attrs.get("height", "").isdigit(), attrs
                # Decorative card images may carry alt="", but the attribute must be there.
                assert "alt" in attrs, (entry.link, attrs)


def test_story_item_content(site: Result) -> None:
    entries = {e.link: e for e in feed(site, "feeds/verhalen.xml").entries}
    entry = entries[f"{SITE_URL}verhalen/met-omslag/"]
    html = item_html(entry)
    parsed = tags_of(html)
    hrefs = [a.get("href") for tag, a in parsed.tags if tag == "a"]
    assert f"{SITE_URL}verhalen/andere/" in hrefs
    assert f"{SITE_URL}agenda/" in hrefs
    assert [t for t, _ in parsed.tags if t in ("h2", "ul", "li")] == ["h2", "ul", "li", "li"]
    assert "Wat we deden" in "".join(parsed.text)
    images = [a for tag, a in parsed.tags if tag == "img"]
    assert len(images) == 1, "the cover image"
    assert images[0]["alt"] == "Een bouwplaats bij zonsopgang"
    assert images[0]["src"].startswith(SITE_URL)
    cover = site.site / images[0]["src"].removeprefix(SITE_URL)
    assert cover.is_file()
    # The date-only story date is 00:00 in Amsterdam that day.
    expected = dt.datetime(2026, 3, 1, tzinfo=AMS)
    assert calendar.timegm(entry.published_parsed) == int(expected.timestamp())
    enclosures = [link for link in entry.links if link.rel == "enclosure"]
    for enclosure in enclosures:
        assert enclosure.href.startswith(SITE_URL)
        assert (site.site / enclosure.href.removeprefix(SITE_URL)).stat().st_size == \
            int(enclosure.length)


def test_atom_enclosure_is_a_link_rel_enclosure_not_a_second_alternate(site: Result) -> None:
    """RFC 4287 4.1.1: at most one rel="alternate" link per type; a link without rel is one."""
    root = ET.parse(site.site / "feeds/verhalen.atom").getroot()
    for entry in root.findall(f"{{{ATOM_NS}}}entry"):
        links = entry.findall(f"{{{ATOM_NS}}}link")
        alternates = [link.get("href") for link in links
                      if link.get("rel", "alternate") == "alternate"]
        assert len(alternates) == 1, (entry.findtext(f"{{{ATOM_NS}}}id"), alternates)
        assert alternates[0].endswith("/"), alternates
    cover = [entry for entry in root.findall(f"{{{ATOM_NS}}}entry")
             if entry.findtext(f"{{{ATOM_NS}}}id").endswith("/met-omslag")][0]
    enclosures = [link for link in cover.findall(f"{{{ATOM_NS}}}link")
                  if link.get("rel") == "enclosure"]
    assert len(enclosures) == 1
    assert enclosures[0].get("type") == "image/jpeg" and enclosures[0].get("length", "").isdigit()


@pytest.mark.parametrize("ext", ("xml", "atom"))
def test_feeds_list_exactly_the_published_items_newest_first(site: Result, ext: str) -> None:
    # By title, so that this test does not depend on how a reader picks the item link.
    def titles(name: str) -> list[str]:
        return [e.title for e in feed(site, f"feeds/{name}.{ext}").entries]

    assert titles("verhalen") == ["Verhaal met omslag", "Een ander verhaal", "Het eerste verhaal"]
    assert titles("nieuwsbrief") == ["Nieuwsbrief maart 2026", "Nieuwsbrief februari 2026",
                                     "Nieuwsbrief januari 2026"]
    assert titles("benoemingen") == ["Dirk Smit benoemd", "Twee ambassadeurs benoemd"]
    appointment = feed(site, f"feeds/benoemingen.{ext}").entries[0]
    expected = dt.datetime(2026, 2, 10, 10, 0, tzinfo=AMS)
    assert calendar.timegm(appointment.published_parsed) == int(expected.timestamp())
    if ext == "xml":  # RSS has one <link> per item: the page
        links = [e.link.removeprefix(SITE_URL) for e in feed(site, "feeds/verhalen.xml").entries]
        assert links == ["verhalen/met-omslag/", "verhalen/andere/", "verhalen/eerste/"]


@pytest.mark.parametrize("path", FEED_FILES)
def test_nothing_unpublished_in_any_feed(site: Result, path: str) -> None:
    data = (site.site / path).read_text(encoding="utf-8")
    text = unescape(data)
    for secret in (DRAFT_TITLE, FUTURE_STORY_TITLE, FUTURE_ISSUE_TITLE, EMBARGO_TITLE,
                   EMBARGO_PERSON, "Nog niet af", "Komt later", "Nog niet verschenen",
                   "Onder embargo"):
        assert secret not in text, f"{path}: {secret}"
    for entry in feed(site, path).entries:
        for slug in ("verhalen/concept/", "verhalen/toekomst/", "nieuwsbrief/2026-04/",
                     "benoemingen/2027/", "emma-verborgenstein"):
            assert slug not in entry.link and slug not in entry.id


# --- pages advertise the feeds ------------------------------------------------------------

@pytest.mark.parametrize("page,name", [("verhalen/index.html", "verhalen"),
                                       ("nieuwsbrief/index.html", "nieuwsbrief"),
                                       ("benoemingen/index.html", "benoemingen")])
def test_index_pages_have_subscribe_links_and_autodiscovery(site: Result, page: str,
                                                            name: str) -> None:
    html = site.page(page)
    head, _, body = html.partition("</head>")
    page_url = SITE_URL + page.removesuffix("index.html")
    discovered = {(a.get("type"), urljoin(page_url, a.get("href") or ""))
                  for tag, a in tags_of(head).tags
                  if tag == "link" and a.get("rel") == "alternate"}
    assert ("application/rss+xml", f"{SITE_URL}feeds/{name}.xml") in discovered
    assert ("application/atom+xml", f"{SITE_URL}feeds/{name}.atom") in discovered
    visible = {urljoin(page_url, a.get("href") or "") for tag, a in tags_of(body).tags
               if tag == "a"}
    assert f"{SITE_URL}feeds/{name}.xml" in visible
    assert f"{SITE_URL}feeds/{name}.atom" in visible


# --- stability ----------------------------------------------------------------------------

def copy_sources(root: Path, target: Path) -> Path:
    shutil.copytree(root, target, ignore=shutil.ignore_patterns("site", ".cache"))
    return target


def test_two_builds_give_byte_identical_feeds(site: Result, root: Path, tmp_path: Path) -> None:
    again = build(copy_sources(root, tmp_path / "again"), EPOCH)
    assert again.code == 0, again.out
    for path in FEED_FILES:
        assert (again.site / path).read_bytes() == (site.site / path).read_bytes(), path


def test_guids_survive_a_title_edit(site: Result, root: Path, tmp_path: Path) -> None:
    copy = copy_sources(root, tmp_path / "edited")
    source = copy / "stories/eerste.md"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "title: Het eerste verhaal", "title: Het allereerste verhaal, herschreven"),
        encoding="utf-8")
    edited = build(copy, EPOCH)
    assert edited.code == 0, edited.out
    titles = [e.title for e in feed(edited, "feeds/verhalen.xml").entries]
    assert "Het allereerste verhaal, herschreven" in titles
    for path in FEED_FILES:
        assert guids(edited, path) == guids(site, path), path


def test_guids_survive_moving_a_story_into_a_folder(site: Result, root: Path,
                                                    tmp_path: Path) -> None:
    copy = copy_sources(root, tmp_path / "moved")
    (copy / "stories/andere").mkdir()
    (copy / "stories/andere.md").rename(copy / "stories/andere/index.md")
    moved = build(copy, EPOCH)
    assert moved.code == 0, moved.out
    for path in FEED_FILES:
        assert guids(moved, path) == guids(site, path), path
    links = [e.link for e in feed(moved, "feeds/verhalen.xml").entries]
    assert f"{SITE_URL}verhalen/andere/" in links


def test_feed_items_option_limits_the_count(tmp_path: Path) -> None:
    make_site(tmp_path, "      feed_items: 2\n")
    limited = build(tmp_path, EPOCH)
    assert limited.code == 0, limited.out
    for ext in ("xml", "atom"):
        stories = [e.title for e in feed(limited, f"feeds/verhalen.{ext}").entries]
        assert stories == ["Verhaal met omslag", "Een ander verhaal"]
        issues = [e.title for e in feed(limited, f"feeds/nieuwsbrief.{ext}").entries]
        assert issues == ["Nieuwsbrief maart 2026", "Nieuwsbrief februari 2026"]
        assert len(feed(limited, f"feeds/benoemingen.{ext}").entries) == 2


# --- authored scripts -----------------------------------------------------------------------

def test_scripts_in_a_story_do_not_reach_the_feeds(tmp_path: Path) -> None:
    write(tmp_path, {
        "mkdocs.yml": mkdocs_yml(),
        "content/index.md": "# Netwerk\n",
        "ambassadors/anna-jansen/index.md": SOURCES["ambassadors/anna-jansen/index.md"].replace(
            "        photo: portrait.jpg\n", ""),
        "stories/kwaad.md": """
            ---
            title: Een verhaal met een script
            date: 2026-03-01
            ambassadors: [anna-jansen]
            ---
            Gewone tekst.

            <script>alert(1)</script>

            <p onclick="alert(2)">Klik <a href="https://example.org/" onmouseover="alert(3)">hier</a>.</p>

            <div><span onerror="alert(4)">Fout</span></div>
            """,
    })
    result = build(tmp_path, EPOCH, strict=False)
    assert result.code == 0, result.out
    assert "WARNING" in result.out, "authored scripts must give a warning"
    assert build(tmp_path, EPOCH, site_dir="strict").code != 0, "a --strict build must fail"
    for ext in ("xml", "atom"):
        parsed = feed(result, f"feeds/verhalen.{ext}")
        assert parsed.bozo == 0
        [entry] = parsed.entries
        html = item_html(entry)
        assert "alert(" not in html and "<script" not in html.lower()
        for tag, attrs in tags_of(html).tags:
            assert not any(a.lower().startswith("on") for a in attrs), (tag, attrs)
        assert "Gewone tekst" in html and "https://example.org/" in html
