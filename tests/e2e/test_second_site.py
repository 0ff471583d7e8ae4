"""A content set that is not the demo (tests/zorgnetwerk.py), built with `mkdocs build --strict`:
the spec's rules must hold on any content, under other folder names and a site sub-path."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PIL import Image

from tests.sitebuilder import Result, build
from tests.zorgnetwerk import EPOCH, write_site


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = write_site(tmp_path_factory.mktemp("zorg"))
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


def text_of(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def links_in(page: str) -> list[str]:
    return re.findall(r'href="([^"]+)"', page)


def test_public_ambassadors_have_profiles(built: Result) -> None:
    for slug, name in [("anouk-de-wit", "Anouk de Wit"), ("zoe-el-idrissi", "Zoë El Idrissi"),
                       ("joke-van-t-hek", "Joke van 't Hek"), ("bram-ozturk", "Bram Öztürk")]:
        page = built.page(f"ambassadeurs/{slug}/index.html")
        heading = re.search(r'<h1 class="amb-profile__name"[^>]*>([^<]*)</h1>', page)
        assert heading and html.unescape(heading.group(1)) == name


def test_directory_lists_active_only_sorted_by_surname(built: Result) -> None:
    page = built.page("ambassadeurs/index.html")
    cards = re.findall(r'class="amb-card__link" href="([a-z0-9-]+)/"', page)
    # "El" is not a Dutch particle: Zoë El Idrissi sorts under Idrissi, before Wit.
    assert cards == ["zoe-el-idrissi", "anouk-de-wit"]
    assert "2 actieve ambassadeurs" in page


def test_alumni_page_marks_ere_leden(built: Result) -> None:
    page = built.page("ambassadeurs/oud-ambassadeurs/index.html")
    honorary, former = page.split('id="amb-group-2"')
    assert "Ere-lid (1)</h2>" in honorary and "Oud-ambassadeur (1)</h2>" in former
    assert "joke-van-t-hek" in honorary and "Ere-lid" in honorary
    assert "bram-ozturk" in former and "joke-van-t-hek" not in former
    assert "anouk-de-wit" not in page


def test_term_that_ended_yesterday_is_alumnus(built: Result) -> None:
    page = text_of(built.page("ambassadeurs/joke-van-t-hek/index.html"))
    assert "Ambassadeur van 15 juni 2024 tot en met 14 juni 2026" in page


def test_term_starting_today_is_active(built: Result) -> None:
    page = text_of(built.page("ambassadeurs/zoe-el-idrissi/index.html"))
    assert "Ambassadeur sinds 15 juni 2026" in " ".join(page.split())


@pytest.mark.parametrize("secret", ["lotte-geheim", "Geheimhouding", "pieter-vos", "Pieter Vos",
                                    "Nieuwe ambassadeur benoemd", "Maak kennis met Lotte",
                                    "Nog niet klaar", "Verhaal van volgende week", "concept"])
def test_unpublished_things_appear_nowhere(built: Result, secret: str) -> None:
    """Not in pages, search index, sitemap, file names or images."""
    assert secret.lower().encode() not in built.all_bytes().lower()


def test_story_links_to_its_ambassadors_and_back(built: Result) -> None:
    story = built.page("verhalen/kleinschalig-wonen/index.html")
    assert "../../ambassadeurs/anouk-de-wit/" in links_in(story)
    assert "../../ambassadeurs/joke-van-t-hek/" in links_in(story)
    profile = built.page("ambassadeurs/joke-van-t-hek/index.html")
    assert "../../verhalen/kleinschalig-wonen/" in links_in(profile)


def test_story_shows_dutch_date_and_themes(built: Result) -> None:
    story = text_of(built.page("verhalen/kleinschalig-wonen/index.html"))
    assert "2 mei 2026" in story and "verpleeghuis van de toekomst" in story


def test_story_index_is_newest_first_with_summaries(built: Result) -> None:
    page = built.page("verhalen/index.html")
    order = re.findall(r'class="amb-story-card__link" href="([a-z0-9-]+)/"', page)
    assert order == ["met-foto", "kleinschalig-wonen"]
    assert "Een fotoverslag van een gewone dinsdag." in page
    assert "Bewoners koken weer zelf, en dat merk je aan alles." in page  # first paragraph


def test_edit_link_opens_the_ambassadors_own_file(built: Result) -> None:
    page = built.page("ambassadeurs/anouk-de-wit/index.html")
    assert "https://git.example.org/zorg/site/src/branch/main/mensen/anouk-de-wit/index.md" \
        in links_in(page)
    story = built.page("verhalen/met-foto/index.html")
    assert ("https://git.example.org/zorg/site/src/branch/main/verhalen-bron/met-foto/index.md"
            in links_in(story))


def test_filter_pages_per_region_sector_theme(built: Result) -> None:
    page = built.page("ambassadeurs/regio/gelderland/index.html")
    assert re.findall(r'class="amb-card__link" href="\.\./\.\./([a-z0-9-]+)/"', page) == \
        ["zoe-el-idrissi", "anouk-de-wit"]
    assert built.exists("ambassadeurs/thema/medezeggenschap/index.html")
    assert built.exists("ambassadeurs/sector/ouderenzorg/index.html")
    # Utrecht only has alumni: no filter page for it
    assert not built.exists("ambassadeurs/regio/utrecht/index.html")


def test_navigation_has_sections_but_not_every_profile(built: Result) -> None:
    for page in ("index.html", "over/index.html", "ambassadeurs/anouk-de-wit/index.html"):
        assert_nav_has_sections_only(built.page(page))


def assert_nav_has_sections_only(page: str) -> None:
    nav = page[page.index('<nav class="md-nav md-nav--primary"'):]
    depth, end = 0, 0
    for tag in re.finditer(r"<nav\b|</nav>", nav):  # the primary nav holds a section's nav
        depth += 1 if tag.group() == "<nav" else -1
        if depth == 0:
            end = tag.end()
            break
    nav = nav[:end]
    titles = re.findall(r'md-ellipsis">\s*([^<]*?)\s*<', nav)
    # The automatic nav as a visitor's: Start, the directory with the podium and the alumni
    # under one tab, and the site's single own page as it is.
    assert titles == ["Start", "Ambassadeurs", "Ambassadeurs", "Podium",
                      "Oud-ambassadeurs en ere-leden", "Verhalen", "Agenda", "Nieuwsbrief",
                      "Pers", "Over ons"]


def test_published_images_have_no_metadata(built: Result) -> None:
    images = sorted(p for p in built.site.rglob("*") if p.suffix in (".jpg", ".webp", ".png")
                    and "assets" not in p.parts)
    # one portrait in 2 widths x 2 formats, one cover in 3 widths x 2 formats,
    # 1 press photo, and social cards for home, 4 profiles, 2 stories, 1 announcement
    assert len([p for p in images if "social-card" not in p.name]) == 2 * 2 + 3 * 2 + 1
    assert len([p for p in images if "social-card" in p.name]) == 1 + 4 + 2 + 1
    for path in images:
        with Image.open(path) as image:
            assert not image.getexif(), path
            assert not {"exif", "icc_profile", "xmp", "XML:com.adobe.xmp"} & set(image.info)
            assert image.mode == "RGB"


def test_portraits_are_cropped_and_the_original_is_not_published(built: Result) -> None:
    with Image.open(built.site / "ambassadeurs/anouk-de-wit/anouk-de-wit-320.jpg") as image:
        assert image.size == (320, 400)
    assert not list(built.site.rglob("foto.*"))


def test_transparent_png_gets_a_white_background(built: Result) -> None:
    with Image.open(built.site / "verhalen/met-foto/met-foto-640.jpg") as image:
        r, g, b = image.getpixel((10, 10))
        assert r > 100 and g > 150 and b > 200  # blue at half alpha over white, not black


def test_contributor_text_is_escaped(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    profile = root / "mensen/anouk-de-wit/index.md"
    profile.write_text(profile.read_text().replace(
        "role: Verpleegkundige", "role: \"<script>alert('x')</script>\"").replace(
        "Ze vertelt graag", "<img src=x onerror=alert(1)> Ze vertelt graag"))
    result = build(root, EPOCH, strict=False)
    assert result.code == 0, result.out
    page = result.page("ambassadeurs/anouk-de-wit/index.html")
    assert "<script>alert" not in page and "&lt;script" not in page   # stripped, not shown
    assert "alert(&#39;x&#39;)" in page or "alert('x')" in page
    assert "onerror" not in page
    assert "mensen/anouk-de-wit/index.md:" in result.out and "WARNING" in result.out
    strict = build(root, EPOCH, strict=True, site_dir="strict")
    assert strict.code != 0


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    first = build(root, EPOCH, site_dir="one")
    second = build(root, EPOCH, site_dir="two")
    assert first.code == second.code == 0
    files = sorted(p.relative_to(first.site) for p in first.site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second.site) for p in second.site.rglob("*")
                           if p.is_file())
    for name in files:
        assert (first.site / name).read_bytes() == (second.site / name).read_bytes(), name


def test_the_clock_decides_not_the_wall_clock(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    after = build(root, EPOCH + 20 * 86400)  # 5 July 2026: the announcement is out
    assert after.code == 0, after.out
    assert after.exists("ambassadeurs/lotte-geheim/index.html")
    assert after.exists("verhalen/over-lotte/index.html")
    assert after.exists("verhalen/later/index.html")
