"""The public face (issue 16), in Debian's Chromium on the demo with two more ambassadors
(25 active): a visitor's site, not a documentation site. Tabs that fit, faces and the next
events in the first screen, no sidebar listing one page, Dutch everywhere, no talk of pull
requests outside the editing guide, no red crosses for former ambassadors, a calendar one
can subscribe to, and a directory a phone can scroll."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import serve
from tests.quality.conftest import copy_demo
from tests.sitebuilder import Result, build, portrait, write

DEMO_EPOCH = 1795435200
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
PAGE_TYPES = ["", "ambassadeurs/", "ambassadeurs/aicha-bouzid/", "ambassadeurs/oud-ambassadeurs/",
              "verhalen/", "verhalen/gastvrijheid-begint-achter-de-keukendeur/", "agenda/",
              "podium/", "nieuwsbrief/", "benoemingen/2026/", "pers/",
              "over-het-netwerk/", "toegankelijkheid/"]
EXTRA = {f"ambassadors/{slug}/index.md": f"""
    ---
    name: {name}
    role: Directeur bedrijfsvoering en personeelszaken
    organisation: Coöperatie Extra Lange Naam Voor Een Test
    region: Utrecht
    photo: portrait.jpg
    term:
      start: 2026-01-20
    ---
    Extra ambassadeur.
    """ for slug, name in (("extra-een", "Extra Een"), ("extra-twee", "Extra Twee"))}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = copy_demo(tmp_path_factory.mktemp("public-face"))
    write(root, EXTRA)
    for slug in ("extra-een", "extra-twee"):
        portrait(root / f"ambassadors/{slug}/portrait.jpg", size=(800, 1000))
    result = build(root, DEMO_EPOCH)
    assert result.code == 0, result.out
    return result


@pytest.fixture(scope="module")
def demo(built: Result) -> Iterator[str]:
    url, server = serve(built.site)
    yield url
    server.shutdown()


def test_seven_tabs_fit_at_1280(browser, demo: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(demo)
    tabs = page.locator(".md-tabs__item")
    assert 2 <= tabs.count() <= 7
    assert tabs.first.inner_text().strip() == "Start"
    clipped = page.evaluate("""() => {
        const list = document.querySelector('.md-tabs__list');
        const edge = list.getBoundingClientRect().right;
        return [...list.querySelectorAll('.md-tabs__item')]
          .filter(item => item.getBoundingClientRect().right > edge + 0.5
                  || item.getBoundingClientRect().right > window.innerWidth)
          .map(item => item.innerText);
    }""")
    assert clipped == []
    labels = [t.strip() for t in tabs.all_inner_texts()]
    assert "Je pagina bewerken" not in labels  # the editing guide is for ambassadors
    page.close()


def test_faces_and_upcoming_in_the_first_screen(browser, demo: str) -> None:
    page = browser.new_page(viewport=DESKTOP)
    page.goto(demo)
    assert page.locator("h1").first.inner_text() == "Ambassadeurs Sociale Innovatie"
    for selector in (".amb-face__photo", ".amb-home__upcoming .amb-event", ".amb-hero .md-button"):
        box = page.locator(selector).first.bounding_box()
        assert box is not None and box["y"] + box["height"] <= DESKTOP["height"], selector
    invite = page.get_by_role("link", name="Nodig een ambassadeur uit")
    assert invite.get_attribute("href").startswith("mailto:uitnodigen@example.nl?subject=")
    assert page.locator(".amb-face").count() == 25
    assert page.locator(".amb-home__upcoming .amb-event").count() == 3
    page.close()


@pytest.mark.parametrize("path", PAGE_TYPES)
def test_no_sidebar_lists_a_single_page(browser, demo: str, path: str) -> None:
    page = browser.new_page(viewport=DESKTOP)
    page.goto(demo + path)
    sidebar = page.locator(".md-sidebar--primary")
    if sidebar.count() and sidebar.is_visible():
        links = sidebar.locator("a.md-nav__link:visible, label.md-nav__link:visible")
        assert links.count() > 2, [t.strip() for t in links.all_inner_texts()]
    footer = page.locator("footer").inner_text()
    assert "Made with" not in footer and "Material for MkDocs" not in footer
    page.close()


def test_the_404_page_is_dutch(browser, demo: str) -> None:
    page = browser.new_page(viewport=PHONE)
    page.goto(demo + "404.html")
    assert page.locator("h1").inner_text() == "Deze pagina bestaat niet (meer)"
    assert "Not found" not in page.content()
    assert page.get_by_role("link", name="Ambassadeurs").count() >= 1
    page.close()


def test_no_pull_request_talk_outside_the_editing_guide(built: Result) -> None:
    guide = built.site / "je-pagina-bewerken/index.html"
    editor = built.site / "admin/index.html"   # its sign-in text says where a change goes
    assert guide.is_file() and editor.is_file()
    for html_file in sorted(built.site.rglob("*.html")):
        if html_file in (guide, editor):
            continue
        text = re.sub(r"<[^>]+>", " ", html_file.read_text(encoding="utf-8")).lower()
        assert "pull request" not in text and "pull-request" not in text, html_file


def test_only_profiles_invite_their_ambassador_to_edit(built: Result) -> None:
    profile = built.page("ambassadeurs/aicha-bouzid/index.html")
    assert "Ben jij Aïcha Bouzid? Zo pas je je pagina aan." in profile
    assert 'href="mailto:uitnodigen@example.nl?subject=Uitnodiging%20voor%20A%C3%AFcha%20' \
        'Bouzid"' in profile
    story = built.page("verhalen/gastvrijheid-begint-achter-de-keukendeur/index.html")
    assert "Ben jij" not in story and 'class="amb-edit amb-edit--small"' in story


def test_no_red_cross_for_former_ambassadors(built: Result) -> None:
    alumni = built.page("ambassadeurs/oud-ambassadeurs/index.html")
    slugs = set(re.findall(r'href="\.\./([a-z0-9-]+)/"', alumni))
    assert slugs
    for slug in slugs:
        profile = built.page(f"ambassadeurs/{slug}/index.html")
        assert "Niet gehaald" not in profile and "✗" not in profile, slug


def test_the_agenda_offers_a_webcal_subscription(built: Result) -> None:
    agenda = built.page("agenda/index.html")
    assert 'href="webcal://ambassadeurs.example.nl/agenda.ics"' in agenda


def test_the_directory_fits_a_phone(browser, demo: str) -> None:
    page = browser.new_page(viewport=PHONE)
    page.goto(demo + "ambassadeurs/")
    assert page.locator(".amb-card").count() == 25
    # the 25 cards, two a row, end within 4000 px (below them: the footer, with the demo's
    # newsletter sign-up form)
    last = page.locator(".amb-card").nth(24).bounding_box()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert last["y"] + last["height"] < 4000 and width <= PHONE["width"]
    first, second = (page.locator(".amb-card").nth(i).bounding_box() for i in (0, 1))
    assert first["y"] == second["y"]  # two cards per row
    facets = page.locator("details.amb-filters__facet")
    assert facets.count() == 3
    assert all(f.get_attribute("open") is None for f in facets.all())  # folded away
    facets.first.locator("summary").click()
    assert page.locator(".amb-chip").first.is_visible()
    page.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366", "390"])
def test_people_before_filters_in_the_first_screen(browser, demo: str, viewport) -> None:
    """Issue 30: the filters fold into one row; the first card's top is in the first screen
    (on a phone at least its top), and the order is named above it."""
    page = browser.new_page(viewport=viewport)
    page.goto(demo + "ambassadeurs/")
    summaries = [s.bounding_box() for s in page.locator(".amb-filters__summary").all()]
    first = page.locator(".amb-card").first.bounding_box()

    assert len(summaries) == 3 and len({round(b["y"]) for b in summaries}) == 1  # one row
    assert max(b["x"] + b["width"] for b in summaries) <= viewport["width"]
    assert first["y"] + 40 < viewport["height"]
    if viewport is DESKTOP:
        assert first["y"] + first["height"] / 2 < viewport["height"]  # half a card at least
    assert page.locator(".amb-order").inner_text() == "Volgorde: op achternaam"
    page.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366", "390"])
def test_the_filters_work_without_javascript(browser, demo: str, viewport) -> None:
    context = browser.new_context(viewport=viewport, java_script_enabled=False)
    page = context.new_page()
    page.goto(demo + "ambassadeurs/")
    page.locator('[data-amb-facet="region"] summary').click()
    page.get_by_role("link", name=re.compile(r"^Utrecht \(")).click()
    page.wait_for_url("**/ambassadeurs/regio/utrecht/")
    names = page.locator(".amb-card__name").all_inner_texts()
    assert "Extra Een" in names and len(names) == 4
    # the chosen value stands in its folded disclosure, the way back beside the count
    assert page.locator('[data-amb-facet="region"] summary').text_content() == "Regio: Utrecht"
    assert page.locator('[data-amb-facet="region"]').get_attribute("open") is None
    page.get_by_role("link", name="Toon alle ambassadeurs").click()
    page.wait_for_url("**/ambassadeurs/")
    assert page.locator(".amb-card").count() == 25
    context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366", "390"])
def test_the_filters_work_with_javascript(browser, demo: str, viewport) -> None:
    page = browser.new_page(viewport=viewport)
    page.goto(demo + "ambassadeurs/")
    region = page.locator('[data-amb-facet="region"]')
    region.locator("summary").click()
    page.get_by_role("button", name=re.compile(r"^Utrecht \(")).click()
    shown = page.locator(".amb-card:not([hidden]) .amb-card__name").all_inner_texts()

    assert page.url.endswith("/ambassadeurs/")  # filtered in place
    assert "Extra Een" in shown and len(shown) == 4
    assert page.locator("[data-amb-count]").inner_text() == "4 ambassadeurs gevonden"
    assert region.get_attribute("open") is None
    assert region.locator("summary").text_content() == "Regio: Utrecht"
    # one disclosure open at a time
    page.locator('[data-amb-facet="sector"] summary').click()
    page.locator('[data-amb-facet="themes"] summary').click()
    assert page.locator("details.amb-filters__facet[open]").count() == 1
    page.keyboard.press("Escape")
    assert page.locator("details.amb-filters__facet[open]").count() == 0
    page.locator("[data-amb-reset]").click()
    assert page.locator(".amb-card:not([hidden])").count() == 25
    page.close()


def test_the_screenshots_in_the_readme_exist() -> None:
    repo = Path(__file__).resolve().parents[2]
    readme = (repo / "README.md").read_text(encoding="utf-8")
    shots = re.findall(r"\]\((docs/screenshots/[^)]+\.png)\)", readme)
    assert len(shots) >= 10
    for shot in shots:
        assert (repo / shot).is_file(), shot
