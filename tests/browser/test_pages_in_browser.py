"""The built pages in a real browser: the calendar's next event comes first, the directory
filters work by keyboard and without JavaScript, and no request leaves the site."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser.conftest import serve
from tests.e2e import test_calendar
from tests.sitebuilder import Result, build, write
from tests.zorgnetwerk import EPOCH, write_site


@pytest.fixture(scope="module")
def agenda_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("agenda-browser")
    write(root, test_calendar.SITE)
    result = build(root, test_calendar.EPOCH)
    assert result.code == 0, result.out
    url, server = serve(result.site)
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def zorg_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = write_site(tmp_path_factory.mktemp("zorg-browser"))
    result: Result = build(root, EPOCH)
    assert result.code == 0, result.out
    url, server = serve(result.site)
    yield url
    server.shutdown()


def test_agenda_shows_the_next_event_first(browser, agenda_site: str) -> None:
    page = browser.new_page(locale="nl-NL")
    page.goto(agenda_site + "agenda/")
    titles = page.locator("section[aria-labelledby=amb-upcoming] .amb-event__title a")
    assert titles.first.inner_text() == "Lopende cursus"  # in progress: still upcoming
    assert titles.nth(1).inner_text() == "Lange nacht van de innovatie"
    page.close()


def test_directory_filter_by_keyboard(browser, zorg_site: str) -> None:
    page = browser.new_page(locale="nl-NL")
    page.goto(zorg_site + "ambassadeurs/")
    cards = page.locator(".amb-grid > .amb-card")
    assert cards.count() == 2
    themes = page.locator('[data-amb-facet="themes"]')
    themes.locator("summary").focus()
    page.keyboard.press("Enter")  # the disclosure opens
    chip = page.locator('[data-amb-value="medezeggenschap"]')
    chip.focus()
    page.keyboard.press("Enter")
    assert chip.get_attribute("aria-pressed") == "true"
    visible = [c.inner_text() for c in page.locator(".amb-card:not([hidden]) .amb-card__name")
               .all()]
    assert visible == ["Anouk de Wit"]
    assert page.locator("[data-amb-count]").inner_text() == "1 ambassadeur gevonden"
    # the disclosure folds, says what is chosen, and keeps the focus
    assert themes.get_attribute("open") is None
    assert themes.locator("summary").text_content() == "Thema: Medezeggenschap"
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    page.keyboard.press("Enter")
    chip.focus()
    page.keyboard.press("Space")  # toggles off again
    assert page.locator(".amb-card:not([hidden])").count() == 2
    page.keyboard.press("Enter")
    assert themes.get_attribute("open") is not None
    page.keyboard.press("Escape")  # folds again, the focus on its summary
    assert themes.get_attribute("open") is None
    page.close()


def test_directory_filter_without_javascript(browser, zorg_site: str) -> None:
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.goto(zorg_site + "ambassadeurs/")
    page.click('[data-amb-facet="themes"] summary')  # folded without the script
    page.click('[data-amb-value="medezeggenschap"]')
    assert page.url.endswith("/ambassadeurs/thema/medezeggenschap/")
    names = page.locator(".amb-card__name").all_inner_texts()
    assert names == ["Anouk de Wit"]
    context.close()


@pytest.mark.parametrize("path", ["", "ambassadeurs/", "ambassadeurs/anouk-de-wit/",
                                  "verhalen/met-foto/", "agenda/", "podium/"])
def test_no_request_leaves_the_site(browser, zorg_site: str, path: str) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(zorg_site + path, wait_until="networkidle")
    assert requests and all(url.startswith(zorg_site) for url in requests), requests
    page.close()
