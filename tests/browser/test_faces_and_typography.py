"""Faces and Dutch typography (issue 30), in Debian's Chromium at 1366x900 and 390x844 on the
demo: initials in a portrait's tile, a phone's profile that starts with the person, words
never cut without a hyphen, lines of readable length, no empty stories section."""

from __future__ import annotations

import re

import pytest

from tests.sitebuilder import Result

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
SCREENS = [pytest.param(DESKTOP, id="1366"), pytest.param(PHONE, id="390")]
NO_PHOTO = "ambassadeurs/femke-de-jong/"   # the demo's people without a photo
WITH_PHOTO = "ambassadeurs/aicha-bouzid/"

BOX = "e => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; }"
# The box of the initials themselves (their glyphs), to see where they sit in the tile.
GLYPHS = """e => { const range = document.createRange(); range.selectNodeContents(e);
  const r = range.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; }"""
# Every place in `root` where a line ends between two letters: a word cut in two. This
# Chromium has no hyphenation dictionary, so a cut word here is one cut without a hyphen.
CUT_WORDS = """root => {
  const cuts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let previous = null;
    for (let i = 0; i < node.data.length; i++) {
      const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      if (previous && rect.top > previous.rect.top + previous.rect.height / 2
          && /\\p{L}/u.test(node.data[previous.i]) && /\\p{L}/u.test(node.data[i]))
        cuts.push(node.data.slice(0, i) + '|' + node.data.slice(i));
      previous = {i, rect};
    }
  }
  return cuts;
}"""
# Characters per line of each paragraph, leaving out its last (short) line.
LINE_LENGTHS = """root => {
  const lengths = [];
  for (const p of root.querySelectorAll(':scope > p')) {
    const lines = new Map();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect) { const top = Math.round(rect.top); lines.set(top, (lines.get(top) || 0) + 1); }
      }
    lengths.push(...[...lines.values()].slice(0, -1));
  }
  return lengths;
}"""


def boxes(page, selector: str, script: str = BOX) -> list[list[float]]:
    return [element.evaluate(script) for element in page.locator(selector).all()]


def centred(tile: list[float], glyphs: list[float]) -> bool:
    return (abs((tile[0] + tile[2] / 2) - (glyphs[0] + glyphs[2] / 2)) < 2
            and abs((tile[1] + tile[3] / 2) - (glyphs[1] + glyphs[3] / 2)) < 4)


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("path, portrait", [("", ".amb-face__photo"),
                                            ("ambassadeurs/", ".amb-card__photo"),
                                            ("ambassadeurs/oud-ambassadeurs/", ".amb-card__photo")])
def test_initials_fill_a_portrait_tile_and_sit_in_its_middle(browser, plain_demo_url: str, screen,
                                                             path: str, portrait: str) -> None:
    page = browser.new_page(viewport=screen)
    page.goto(plain_demo_url + path)
    tiles = boxes(page, f"{portrait}.amb-initials")
    photos = boxes(page, f"img{portrait}")
    assert tiles and photos
    for tile, glyphs in zip(tiles, boxes(page, f"{portrait}.amb-initials", GLYPHS)):
        assert abs(tile[2] - photos[0][2]) < 1 and abs(tile[3] - photos[0][3]) < 1, (tile, photos[0])
        assert centred(tile, glyphs), (tile, glyphs)
    page.close()


@pytest.mark.parametrize("screen", SCREENS)
def test_a_profile_without_a_photo_has_a_card_sized_tile(browser, plain_demo_url: str, screen) -> None:
    page = browser.new_page(viewport=screen)
    page.goto(plain_demo_url + "ambassadeurs/")
    card = boxes(page, "img.amb-card__photo")[0]
    page.goto(plain_demo_url + NO_PHOTO)
    [tile] = boxes(page, ".amb-profile__photo.amb-initials")
    [glyphs] = boxes(page, ".amb-profile__photo.amb-initials", GLYPHS)
    assert centred(tile, glyphs), (tile, glyphs)
    assert abs(tile[2] / tile[3] - 4 / 5) < 0.02
    assert tile[2] * tile[3] <= 1.1 * card[2] * card[3], (tile, card)
    page.close()


@pytest.mark.parametrize("path", [NO_PHOTO, WITH_PHOTO])
def test_a_profile_on_a_phone_starts_with_the_person(browser, plain_demo_url: str, path: str) -> None:
    page = browser.new_page(viewport=PHONE)
    page.goto(plain_demo_url + path)
    [portrait] = boxes(page, ".amb-profile__header .amb-profile__photo")
    [name] = boxes(page, ".amb-profile__name")
    [invite] = boxes(page, ".amb-profile__invite .md-button")
    assert portrait[3] <= 0.45 * PHONE["height"], portrait
    assert name[1] <= portrait[1] + portrait[3], "the name starts beside or above the portrait"
    assert name[1] + name[3] <= PHONE["height"]
    assert invite[1] + invite[3] <= PHONE["height"], "the invitation is in the first screen"
    page.close()


@pytest.mark.parametrize("path", [NO_PHOTO, WITH_PHOTO])
def test_a_profile_on_a_desktop_shows_name_and_invitation_first(browser, plain_demo_url: str,
                                                                path: str) -> None:
    page = browser.new_page(viewport=DESKTOP)
    page.goto(plain_demo_url + path)
    [portrait] = boxes(page, ".amb-profile__header .amb-profile__photo")
    [name] = boxes(page, ".amb-profile__name")
    [invite] = boxes(page, ".amb-profile__invite .md-button")
    assert name[0] > portrait[0] + portrait[2], "the portrait stays beside the facts"
    assert invite[1] + invite[3] <= DESKTOP["height"]
    page.close()


@pytest.mark.parametrize("screen", SCREENS)
def test_no_word_on_the_faces_is_cut_without_a_hyphen(browser, plain_demo_url: str, screen) -> None:
    page = browser.new_page(viewport=screen)
    page.goto(plain_demo_url)
    assert page.evaluate("document.documentElement.lang") == "nl"
    faces = page.locator(".amb-faces")
    role = page.locator(".amb-face__role").first
    assert role.evaluate("e => getComputedStyle(e).hyphens") == "auto"
    assert faces.evaluate(CUT_WORDS) == []
    page.close()


@pytest.mark.parametrize("path, body", [
    ("verhalen/een-kas-vol-talent/", ".amb-story__body"),
    (WITH_PHOTO, ".amb-profile__bio"),
    ("over-het-netwerk/", ".md-content__inner")])
def test_running_text_has_lines_of_60_to_80_characters(browser, plain_demo_url: str, path: str,
                                                       body: str) -> None:
    page = browser.new_page(viewport=DESKTOP)
    page.goto(plain_demo_url + path)
    lengths = page.locator(body).first.evaluate(LINE_LENGTHS)
    assert len(lengths) >= 3, lengths
    assert all(55 <= n <= 85 for n in lengths), lengths
    assert 60 <= sum(lengths) / len(lengths) <= 80, lengths
    page.close()


def test_no_profile_without_stories_has_a_stories_section(plain_demo: Result) -> None:
    linked = {slug for story in (plain_demo.site / "verhalen").glob("*/index.html")
              for slug in re.findall(r'amb-story__people.*?</p>', story.read_text(), re.S)
              for slug in re.findall(r"ambassadeurs/([\w-]+)/", slug)}
    profiles = [p for p in (plain_demo.site / "ambassadeurs").glob("*/index.html")
                if 'class="amb-profile"' in p.read_text()]
    assert len(profiles) > 20 and 0 < len(linked) < len(profiles)
    for profile in profiles:
        text = profile.read_text()
        slug = profile.parent.name
        assert ('id="amb-stories"' in text) == (slug in linked), slug
        assert "Nog geen verhalen" not in text
