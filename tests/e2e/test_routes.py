"""The route table (issue 18): a network publishes its pages under its own words, e.g.
/ambassadors/ or /en/stories/, with the plugin option `urls`; every page, link, feed,
calendar and press kit follows, and nothing is left at the Dutch default addresses."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import feedparser
import pytest

from tests.pagefind_index import by_url
from tests.sitebuilder import Result, build, run_cli, write
from tests.zorgnetwerk import EPOCH, write_site

URLS = """\
      urls:
        ambassadors: ambassadors
        alumni: former
        region: region
        stories: en/stories
        agenda: events
        calendar: events-calendar
        appointments: announcements
        press: press
        press_kit: press-kit
        feeds: subscribe
        feed_stories: stories
        feed_newsletter: newsletter
        feed_appointments: announcements
        newsletter: newsletter
        podium: speaking
        accessibility: accessibility
        search: search
        search_bundle: assets/search-index
"""
DUTCH = ("ambassadeurs", "verhalen", "agenda", "benoemingen", "pers", "feeds", "podium",
         "nieuwsbrief", "toegankelijkheid", "zoeken", "pagefind")


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = write_site(tmp_path_factory.mktemp("routes"), URLS)
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


def test_pages_are_at_the_configured_addresses(english: Result) -> None:
    for path in ("ambassadors/index.html", "ambassadors/anouk-de-wit/index.html",
                 "ambassadors/former/index.html", "ambassadors/region/gelderland/index.html",
                 "en/stories/index.html", "events/index.html", "events-calendar.ics",
                 "announcements/2025/index.html", "press/index.html",
                 "press/press-kit-2025.zip", "subscribe/stories.xml",
                 "subscribe/stories.atom", "subscribe/newsletter.xml",
                 "speaking/index.html", "accessibility/index.html",
                 "ambassadors/anouk-de-wit/anouk-de-wit-320.jpg", "search/index.html",
                 "assets/search-index/pagefind.js"):
        assert english.exists(path), path
    top = {p.name for p in english.site.iterdir()}
    assert top.isdisjoint(DUTCH), top & set(DUTCH)


def test_no_page_links_to_a_default_address(english: Result) -> None:
    dutch = re.compile(r'(?:href|src)="[^"]*\b(?:%s)/' % "|".join(DUTCH))
    pages = sorted(english.site.rglob("*.html"))
    assert len(pages) > 15
    found = [(p.relative_to(english.site), m.group(0)) for p in pages
             for m in dutch.finditer(p.read_text(encoding="utf-8"))]
    assert found == []
    home = english.page("index.html")
    assert 'href="ambassadors/"' in home
    assert 'href="subscribe/stories.xml"' in home


def test_search_follows(english: Result) -> None:
    found = by_url(english.site, "assets/search-index")
    assert "/ambassadors/anouk-de-wit/" in found and "/search/" not in found
    image = found["/ambassadors/anouk-de-wit/"]["meta"]["image"]
    assert english.exists(f"ambassadors/anouk-de-wit/{image}")
    search = english.page("search/index.html")
    assert 'data-bundle="../assets/search-index/pagefind.js"' in search
    assert 'action="search/"' in english.page("index.html")


def test_feeds_and_calendars_follow(english: Result) -> None:
    feed = feedparser.parse((english.site / "subscribe/stories.xml").read_bytes())
    assert feed.entries and not feed.bozo
    assert all("/netwerk/en/stories/" in e.link for e in feed.entries)
    # GUIDs keep the words they were made with: readers must not see every item as new.
    assert all(re.fullmatch(r"tag:zorg\.example\.org,2025:verhalen/[a-z0-9-]+", e.id)
               for e in feed.entries), [e.id for e in feed.entries]
    calendar = (english.site / "events-calendar.ics").read_text(encoding="utf-8")
    assert "https://zorg.example.org/netwerk/events/" in calendar.replace("\r\n ", "")


def test_the_nav_carries_the_sections(english: Result) -> None:
    home = english.page("index.html")
    for href in ("ambassadors/", "en/stories/", "events/", "press/"):
        assert f'href="{href}"' in home, href


def test_a_folder_named_like_a_configured_page_is_an_error(tmp_path: Path) -> None:
    root = write_site(tmp_path, URLS)
    write(root, {"mensen/former/index.md": "---\nname: Oud\nterm:\n  start: 2025-01-01\n---\nx\n"})
    result = build(root, EPOCH)
    assert result.code != 0
    assert "'former'" in result.out and "/ambassadors/former/" in result.out
    assert "Traceback" not in result.out
    checked = run_cli(root, "check", epoch=EPOCH)
    assert checked.returncode != 0 and "/ambassadors/former/" in checked.stdout + checked.stderr


@pytest.mark.parametrize("value, said", [
    ("        ambassadors: ../geheim\n", "urls: ambassadors: expected lower-case"),
    ("        Ambassadors: x\n", "urls: unknown key 'Ambassadors'"),
    ("        stories: /verhalen\n", "urls: stories: expected lower-case"),
])
def test_a_bad_urls_option_is_a_clear_error(tmp_path: Path, value: str, said: str) -> None:
    root = write_site(tmp_path, "      urls:\n" + value)
    result = build(root, EPOCH)
    assert result.code != 0
    assert said in result.out and re.search(r"NL: mkdocs\.yml:\d+: urls:", result.out)
    assert "Traceback" not in result.out
    checked = run_cli(root, "check", epoch=EPOCH)
    assert checked.returncode != 0 and said in checked.stdout + checked.stderr
    assert "Traceback" not in checked.stderr


@pytest.mark.parametrize("option, env", [("      cache: false\n", {}),
                                         ("", {"AMBASSADORS_NO_CACHE": "1"})])
def test_caches_can_be_bypassed(tmp_path: Path, option: str, env: dict[str, str]) -> None:
    """`cache: false` or AMBASSADORS_NO_CACHE=1: nothing is read from or left in the site's
    cache folder, and the site is the same (Pelican's --ignore-cache)."""
    root = write_site(tmp_path / "a")
    plain = build(root, EPOCH)
    assert plain.code == 0 and (root / ".cache/ambassadors").is_dir()
    other = write_site(tmp_path / "b", option)
    bypassed = build(other, EPOCH, env=env)
    assert bypassed.code == 0, bypassed.out
    assert not (other / ".cache").exists()
    assert bypassed.all_bytes() == plain.all_bytes()
    assert "ambassadors-cache-" not in " ".join(os.listdir(tempfile.gettempdir()))


def test_a_worker_count_from_a_pull_request_is_bounded(tmp_path: Path) -> None:
    """A changed mkdocs.yml cannot make the preview build start a hundred thousand
    processes: the build stops at the option, in both languages, without a traceback."""
    root = write_site(tmp_path, "      workers: 100000\n")
    result = build(root, EPOCH)
    assert result.code != 0
    assert "workers: expected a whole number from 1 to 64, got '100000'" in result.out
    assert re.search(r"NL: mkdocs\.yml:\d+: workers: verwacht een heel getal", result.out)
    assert "Traceback" not in result.out and not (root / "site/index.html").exists()
