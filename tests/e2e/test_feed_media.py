"""Images in the feeds (content-model.md, "Feeds"): an item carries its images – a story's
cover, the portraits of the newly appointed – as <enclosure> (RSS: the first; Atom: one
link rel="enclosure" each) and one media:content each, with absolute URLs to files the
site publishes, their real byte size and pixel size, and the person's name. Built with
`mkdocs build --strict` at a fixed clock; embargoed people stay out of every feed."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest
from PIL import Image

from tests.sitebuilder import Result, build, portrait, write

CLOCK = dt.datetime(2026, 3, 20, 12, 0, tzinfo=dt.timezone.utc)
EPOCH = int(CLOCK.timestamp())
SITE_URL = "https://netwerk.example.org/sub/"
ATOM = "http://www.w3.org/2005/Atom"
MRSS = "http://search.yahoo.com/mrss/"
FEED_FILES = tuple(f"feeds/{name}.{ext}" for name in ("verhalen", "nieuwsbrief", "benoemingen")
                   for ext in ("xml", "atom"))

ANNOUNCEMENT = "Drie ambassadeurs benoemd"
CREDIT = "Foto: Jan de Vries, CC BY 4.0"
COVER_ALT = "Een bouwplaats bij zonsopgang"
EMBARGO_PERSON = "Emma Verborgenstein"
# In the announcement's order (not by name): Carla first; Bram has no photo.
WITH_PHOTO = (("carla-bos", "Carla Bos", None), ("anna-jansen", "Anna Jansen", CREDIT))

MKDOCS_YML = f"""\
site_name: Netwerk Beeld Test
site_url: {SITE_URL}
docs_dir: content
theme:
  name: material
  language: nl
plugins:
  - ambassadors
"""

SOURCES = {
    "mkdocs.yml": MKDOCS_YML,
    "content/index.md": "# Netwerk\n",
    "ambassadors/anna-jansen/index.md": f"""
        ---
        name: Anna Jansen
        photo: portrait.jpg
        photo_credit: "{CREDIT}"
        term:
          start: 2026-02-10
        ---
        Anna bouwt.
        """,
    "ambassadors/bram-de-vries/index.md": """
        ---
        name: Bram de Vries
        term:
          start: 2026-02-10
        ---
        Bram, zonder foto.
        """,
    "ambassadors/carla-bos/index.md": """
        ---
        name: Carla Bos
        photo: portrait.jpg
        term:
          start: 2026-02-10
        ---
        Carla.
        """,
    "ambassadors/emma-verborgenstein/index.md": f"""
        ---
        name: {EMBARGO_PERSON}
        photo: portrait.jpg
        term:
          start: 2027-01-20
        ---
        Nog geheim.
        """,
    "content/appointments/2026.md": f"""
        ---
        title: {ANNOUNCEMENT}
        date: 2026-02-10T10:00
        ambassadors: [carla-bos, bram-de-vries, anna-jansen]
        ---
        Carla, Bram en Anna zijn benoemd.
        """,
    "content/appointments/2027.md": """
        ---
        title: Geheime benoeming
        date: 2027-01-20T10:00
        ambassadors: [emma-verborgenstein]
        ---
        Onder embargo.
        """,
    "stories/met-omslag/index.md": f"""
        ---
        title: Verhaal met omslag
        date: 2026-03-01
        ambassadors: [anna-jansen]
        image: cover.jpg
        image_alt: {COVER_ALT}
        ---
        Een verhaal met een plaatje erboven.
        """,
    "stories/zonder.md": """
        ---
        title: Verhaal zonder omslag
        date: 2026-02-15
        ambassadors: [carla-bos]
        ---
        Geen plaatje.
        """,
    "content/newsletter/2026-03.md": """
        ---
        title: Nieuwsbrief maart 2026
        date: 2026-03-15
        ---
        De nieuwsbrief.
        """,
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = tmp_path_factory.mktemp("feed-media")
    write(root, SOURCES)
    portrait(root / "ambassadors/anna-jansen/portrait.jpg", size=(400, 500))
    portrait(root / "ambassadors/carla-bos/portrait.jpg", color=(90, 160, 60), size=(1200, 1600))
    portrait(root / "ambassadors/emma-verborgenstein/portrait.jpg", color=(10, 10, 200))
    portrait(root / "stories/met-omslag/cover.jpg", color=(40, 90, 160), size=(900, 600))
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


def parsed(site: Result, path: str) -> feedparser.FeedParserDict:
    data = feedparser.parse((site.site / path).read_bytes(), resolve_relative_uris=False)
    assert data.bozo == 0, data.get("bozo_exception")
    return data


def rss_item(site: Result, name: str, title: str) -> ET.Element:
    items = ET.parse(site.site / f"feeds/{name}.xml").getroot().iter("item")
    return next(i for i in items if i.findtext("title") == title)


def atom_entry(site: Result, name: str, title: str) -> ET.Element:
    entries = ET.parse(site.site / f"feeds/{name}.atom").getroot().iter(f"{{{ATOM}}}entry")
    return next(e for e in entries if e.findtext(f"{{{ATOM}}}title") == title)


def published_file(site: Result, url: str) -> Path:
    """The built file behind an absolute URL, which must be under the site_url."""
    assert url.startswith(SITE_URL), url
    path = site.site / url.removeprefix(SITE_URL)
    assert path.is_file(), f"{url}: no such file in the built site"
    return path


def pixels(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:
        assert image.format == "JPEG", path
        return image.size


def check_image(site: Result, url: str, length: str | None, mime: str | None) -> Path:
    path = published_file(site, url)
    assert mime == "image/jpeg", url
    assert length == str(path.stat().st_size), (url, length)
    return path


def check_media(site: Result, element: ET.Element, expected: tuple[tuple[str, str | None],
                                                                     ...]) -> list[str]:
    """media:content children of an item or entry: (title, credit) each, in order."""
    contents = element.findall(f"{{{MRSS}}}content")
    assert [(c.findtext(f"{{{MRSS}}}title"), c.findtext(f"{{{MRSS}}}credit"))
            for c in contents] == list(expected)
    for content in contents:
        path = check_image(site, content.get("url", ""), content.get("fileSize"),
                           content.get("type"))
        assert content.get("medium") == "image"
        assert (content.get("width"), content.get("height")) == tuple(map(str, pixels(path)))
    return [c.get("url", "") for c in contents]


# --- the announcement ---------------------------------------------------------------------

def test_rss_announcement_carries_the_portraits_of_the_appointed(site: Result) -> None:
    item = rss_item(site, "benoemingen", ANNOUNCEMENT)
    urls = check_media(site, item, tuple((name, credit) for _, name, credit in WITH_PHOTO))
    for url, (slug, _, _) in zip(urls, WITH_PHOTO):
        assert f"/{slug}/" in url, (slug, url)
    [enclosure] = item.findall("enclosure")   # RSS allows one: the first portrait
    assert enclosure.get("url") == urls[0]
    check_image(site, enclosure.get("url", ""), enclosure.get("length"), enclosure.get("type"))
    # The largest JPEG derived: Carla's 1200 x 1600 photo gives 640 x 800, Anna's stays small.
    assert [pixels(published_file(site, url)) for url in urls] == [(640, 800), (400, 500)]


def test_atom_announcement_has_an_enclosure_link_per_portrait(site: Result) -> None:
    entry = atom_entry(site, "benoemingen", ANNOUNCEMENT)
    urls = check_media(site, entry, tuple((name, credit) for _, name, credit in WITH_PHOTO))
    links = [link for link in entry.findall(f"{{{ATOM}}}link") if link.get("rel") == "enclosure"]
    assert [link.get("href") for link in links] == urls
    for link in links:
        check_image(site, link.get("href", ""), link.get("length"), link.get("type"))


@pytest.mark.parametrize("ext,enclosures", [("xml", 1), ("atom", 2)])
def test_readers_see_the_portraits(site: Result, ext: str, enclosures: int) -> None:
    entry = next(e for e in parsed(site, f"feeds/benoemingen.{ext}").entries
                 if e.title == ANNOUNCEMENT)
    assert len(entry.enclosures) == enclosures
    for enclosure in entry.enclosures:
        check_image(site, enclosure.href, enclosure.length, enclosure.type)
    media = entry.get("media_content", [])
    assert len(media) == len(WITH_PHOTO)
    assert [e.href for e in entry.enclosures] == [m["url"] for m in media][:enclosures]
    for content in media:
        check_image(site, content["url"], content.get("filesize"), content.get("type"))


@pytest.mark.parametrize("name", ("benoemingen", "verhalen"))
@pytest.mark.parametrize("ext", ("xml", "atom"))
def test_media_namespace_is_declared_once_on_the_root(site: Result, name: str,
                                                      ext: str) -> None:
    text = (site.site / f"feeds/{name}.{ext}").read_text(encoding="utf-8")
    assert text.count(f'xmlns:media="{MRSS}"') == 1
    root = re.search(r"<(rss|feed)\b[^>]*>", text)
    assert root and f'xmlns:media="{MRSS}"' in root.group(0), root


@pytest.mark.parametrize("path", FEED_FILES)
def test_embargoed_people_are_in_no_feed(site: Result, path: str) -> None:
    text = (site.site / path).read_text(encoding="utf-8")
    assert EMBARGO_PERSON not in text and "emma-verborgenstein" not in text
    assert "Geheime benoeming" not in text


# --- stories ------------------------------------------------------------------------------

def test_story_keeps_its_enclosure_and_gains_media_content(site: Result) -> None:
    item = rss_item(site, "verhalen", "Verhaal met omslag")
    [enclosure] = item.findall("enclosure")
    url = enclosure.get("url", "")
    assert url == f"{SITE_URL}verhalen/met-omslag/met-omslag-1280.jpg"
    check_image(site, url, enclosure.get("length"), enclosure.get("type"))
    assert check_media(site, item, ((COVER_ALT, None),)) == [url]

    entry = atom_entry(site, "verhalen", "Verhaal met omslag")
    links = [link for link in entry.findall(f"{{{ATOM}}}link") if link.get("rel") == "enclosure"]
    assert [link.get("href") for link in links] == [url]
    assert check_media(site, entry, ((COVER_ALT, None),)) == [url]


@pytest.mark.parametrize("ext", ("xml", "atom"))
def test_a_story_without_cover_has_no_image(site: Result, ext: str) -> None:
    entry = next(e for e in parsed(site, f"feeds/verhalen.{ext}").entries
                 if e.title == "Verhaal zonder omslag")
    assert not entry.get("enclosures") and not entry.get("media_content")
