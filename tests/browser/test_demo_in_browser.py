"""The demo in a real browser: every page type stays on the site's own origin, fits a
375 px phone without horizontal scrolling, and search forgives missing accents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import serve
from tests.quality.conftest import copy_demo
from tests.sitebuilder import build, write
from tests.zorgnetwerk import EPOCH, write_site

DEMO_EPOCH = 1795435200
PAGE_TYPES = ["", "ambassadeurs/", "ambassadeurs/aicha-bouzid/", "ambassadeurs/oud-ambassadeurs/",
              "ambassadeurs/regio/noord-holland/", "verhalen/",
              "verhalen/podium-in-de-praktijk-zo-vertel-je-je-verhaal/", "agenda/",
              "agenda/2027-03-nachtdebat-rotterdam/", "podium/", "podium/2025/",
              "nieuwsbrief/", "nieuwsbrief/2026-10/", "benoemingen/2026/", "pers/",
              "toegankelijkheid/", "wat-doet-een-ambassadeur/"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    result = build(copy_demo(tmp_path_factory.mktemp("demo-browser")), DEMO_EPOCH)
    assert result.code == 0, result.out
    url, server = serve(result.site)
    yield url
    server.shutdown()


def foreign_requests(browser, url: str, **context: object) -> list[str]:
    """Load a page and return every request that went anywhere but its own origin; those
    are blocked, so the test never touches the network."""
    origin = url.split("/", 3)[:3]
    page = browser.new_page(**context)
    seen: list[str] = []

    def route(request_route, request) -> None:  # noqa: ANN001
        if request.url.split("/", 3)[:3] == origin:
            request_route.continue_()
        else:
            seen.append(request.url)
            request_route.abort()

    page.route("**/*", route)
    page.goto(url, wait_until="networkidle")
    page.close()
    return seen


@pytest.mark.parametrize("path", PAGE_TYPES)
def test_every_page_type_stays_on_its_own_origin(browser, demo: str, path: str) -> None:
    assert foreign_requests(browser, demo + path) == []


@pytest.mark.parametrize("path", PAGE_TYPES)
def test_every_page_type_fits_a_phone(browser, demo: str, path: str) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 812}, device_scale_factor=2)
    page.goto(demo + path, wait_until="networkidle")
    width = page.evaluate("document.documentElement.scrollWidth")
    page.close()
    assert width <= 375, f"{path} scrolls sideways: {width}px"


def test_search_finds_a_name_typed_without_accents(browser, demo: str) -> None:
    """The header's box leads to the search page, where the profile comes first."""
    page = browser.new_page()
    page.goto(demo, wait_until="networkidle")
    page.get_by_role("searchbox", name="Zoek op deze site").first.fill("therese")
    page.keyboard.press("Enter")
    page.locator(".amb-result").first.wait_for(timeout=20000)
    titles = page.locator(".amb-result__title").all_inner_texts()
    address = page.url
    page.close()
    assert "/zoeken/?q=therese" in address
    assert titles[0] == "Marie-Thérèse van den Berg"


def test_a_planted_third_party_request_is_caught(browser, tmp_path: Path) -> None:
    root = write_site(tmp_path)
    write(root, {"docs/over.md": "# Over ons\n\n![Logo](https://cdn.example.com/logo.png)\n"})
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    url, server = serve(result.site)
    try:
        assert foreign_requests(browser, url + "over/") == ["https://cdn.example.com/logo.png"]
    finally:
        server.shutdown()


@pytest.mark.parametrize("path", ["ambassadeurs/aicha-bouzid/",
                                  "verhalen/podium-in-de-praktijk-zo-vertel-je-je-verhaal/",
                                  "agenda/2027-03-nachtdebat-rotterdam/"])
def test_pages_print_without_navigation_and_with_link_addresses(browser, demo: str,
                                                                path: str) -> None:
    page = browser.new_page()
    page.goto(demo + path, wait_until="networkidle")
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.md-tabs', '.md-sidebar--primary',
        '.md-footer', '.amb-edit'].map(s => document.querySelector(s))
        .filter(e => e && getComputedStyle(e).display !== 'none').map(e => e.className)""")
    assert hidden == []
    shown = page.evaluate("""() => [...document.querySelectorAll('.md-typeset a[href^="http"]')]
        .map(a => getComputedStyle(a, '::after').content)""")
    page.close()
    assert all(content.startswith('" (http') for content in shown), shown[:3]
    if not path.startswith("verhalen/"):  # profiles and events always have outside links
        assert shown
