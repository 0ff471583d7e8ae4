"""Stories by theme (/verhalen/thema/<slug>/) and a description of its own on every page.

Real builds, parsed back. The care network gets stories whose themes differ only in letter
case, and stories that are a draft, dated later or name an ambassador under embargo, all
with a theme; the demo shows that every page carries one description of its own.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlparse

import pytest

from tests.e2e.test_demo import PUBLISHED, STORIES
from tests.quality.conftest import copy_demo
from tests.sitebuilder import Result, build, write
from tests.zorgnetwerk import EPOCH, write_site

DEMO_EPOCH = 1795435200
SITE_URL = "https://zorg.example.org/netwerk/"

THEMED = {
    "verhalen-bron/raad-van-bewoners.md": """
        ---
        title: Een raad van bewoners
        date: 2026-04-01
        ambassadors: [joke-van-t-hek]
        themes: [medezeggenschap]
        ---
        Bewoners praten mee over het menu.
        """,
    "verhalen-bron/meebeslissen-op-de-afdeling.md": """
        ---
        title: Meebeslissen op de afdeling
        date: 2026-06-10
        ambassadors: [anouk-de-wit]
        themes: [MEDEZEGGENSCHAP, Verpleeghuis van de Toekomst]
        ---
        Het team maakt zelf het rooster.
        """,
    # Held back, each with a theme of its own that must not get a page.
    "verhalen-bron/thema.md": """
        ---
        title: Een concept dat thema heet
        date: 2026-03-01
        ambassadors: [anouk-de-wit]
        themes: [Medezeggenschap, conceptthema]
        draft: true
        ---
        Nog niet af.
        """,
    "verhalen-bron/volgende-maand.md": """
        ---
        title: Verhaal van volgende maand
        date: 2026-07-15
        ambassadors: [anouk-de-wit]
        themes: [medezeggenschap, toekomstthema]
        ---
        Komt later.
        """,
    "verhalen-bron/lotte-vertelt.md": """
        ---
        title: Lotte vertelt over inspraak
        date: 2026-06-02
        ambassadors: [lotte-geheim]
        themes: [Medezeggenschap, geheimthema]
        ---
        Onder embargo.
        """,
}
# Newest first; 'kleinschalig-wonen' (zorgnetwerk) writes the theme in lower case.
EXPECTED = {"medezeggenschap": ["meebeslissen-op-de-afdeling", "raad-van-bewoners"],
            "verpleeghuis-van-de-toekomst": ["meebeslissen-op-de-afdeling",
                                             "kleinschalig-wonen"]}
HELD = ("Een concept dat thema heet", "Verhaal van volgende maand",
        "Lotte vertelt over inspraak", "conceptthema", "toekomstthema", "geheimthema")


class Parsed(HTMLParser):
    """The bits of a page these tests read: meta tags, links, and links inside a class."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: list[dict[str, str]] = []
        self.links: list[tuple[str, tuple[str, ...]]] = []   # (href, classes around it)
        self._open: list[tuple[str, str]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            self.meta.append(values)
            return
        if tag in ("img", "br", "link", "input", "source", "hr", "path"):
            return
        self._open.append((tag, values.get("class", "")))
        if tag == "a" and "href" in values:
            self.links.append((values["href"], tuple(c for _, c in self._open if c)))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                return

    def descriptions(self) -> list[str]:
        return [m.get("content", "") for m in self.meta if m.get("name") == "description"]

    def og_description(self) -> str | None:
        found = [m.get("content") for m in self.meta if m.get("property") == "og:description"]
        return found[0] if found else None

    def hrefs_in(self, css_class: str) -> list[str]:
        return [href for href, classes in self.links
                if any(css_class in c.split() for c in classes)]


def parse(result: Result, page: str) -> Parsed:
    return Parsed(result.page(page))


def target(page: str, href: str) -> str:
    """The output file a relative link on `page` leads to ('' for another site)."""
    url = urlparse(urljoin("https://x.invalid/" + page, href))
    if url.netloc != "x.invalid":
        return ""
    path = url.path.lstrip("/")
    return path + "index.html" if not path or path.endswith("/") else path


def story_slugs(page: str, hrefs: list[str]) -> list[str]:
    return [PurePosixPath(target(page, href)).parent.name for href in hrefs]


def slugify(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


@pytest.fixture(scope="module")
def themed(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = write_site(tmp_path_factory.mktemp("themed"))
    write(root, THEMED)
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Result:
    result = build(copy_demo(tmp_path_factory.mktemp("demo-descriptions")), DEMO_EPOCH)
    assert result.code == 0, result.out
    return result


# -- story themes -------------------------------------------------------------------------

@pytest.mark.parametrize("slug", sorted(EXPECTED))
def test_a_theme_page_lists_exactly_its_published_stories(themed: Result, slug: str) -> None:
    page = f"verhalen/thema/{slug}/index.html"
    listed = story_slugs(page, parse(themed, page).hrefs_in("amb-story-card__link"))
    assert listed == EXPECTED[slug]
    text = themed.page(page)
    assert all(held not in text for held in HELD)


def test_spellings_with_one_slug_are_one_theme(themed: Result) -> None:
    pages = sorted(p.parent.name for p in (themed.site / "verhalen/thema").glob("*/index.html"))
    assert pages == sorted(EXPECTED)
    page = parse(themed, "verhalen/index.html")
    chips = [target("verhalen/index.html", h) for h in page.hrefs_in("amb-filters")]
    assert chips.count("verhalen/thema/medezeggenschap/index.html") == 1


def test_held_back_stories_and_their_themes_appear_nowhere(themed: Result) -> None:
    everything = themed.all_bytes().decode("utf-8", "replace")
    for held in HELD:
        assert held not in everything, held
    # A draft called 'thema' does not push the theme pages elsewhere: it is not public.
    assert not themed.exists("verhalen/themas")


def test_theme_links_on_story_page_and_index_lead_to_pages(themed: Result) -> None:
    story = "verhalen/meebeslissen-op-de-afdeling/index.html"
    tags = [target(story, h) for h in parse(themed, story).hrefs_in("amb-tags")]
    assert tags == ["verhalen/thema/medezeggenschap/index.html",
                    "verhalen/thema/verpleeghuis-van-de-toekomst/index.html"]
    index = parse(themed, "verhalen/index.html")
    filters = [target("verhalen/index.html", h) for h in index.hrefs_in("amb-filters")]
    cards = [target("verhalen/index.html", h) for h in index.hrefs_in("amb-story-card__themes")]
    assert {f"verhalen/thema/{slug}/index.html" for slug in EXPECTED} <= set(filters)
    assert set(tags) <= set(cards)
    for link in [*tags, *filters, *cards]:
        assert themed.exists(link), link


def test_theme_pages_mark_the_current_theme_and_lead_back(themed: Result) -> None:
    page = "verhalen/thema/medezeggenschap/index.html"
    text = themed.page(page)
    current = re.findall(r'<a class="amb-chip" href="([^"]+)"\s*aria-current="page"', text)
    assert [target(page, h) for h in current] == [page]
    reset = [target(page, h) for h in parse(themed, page).hrefs_in("amb-filters__reset")]
    assert reset == ["verhalen/index.html"]


def test_theme_pages_are_in_the_sitemap_but_not_in_the_navigation(themed: Result) -> None:
    sitemap = themed.page("sitemap.xml")
    for slug in EXPECTED:
        assert f"<loc>{SITE_URL}verhalen/thema/{slug}/</loc>" in sitemap
    # A hand-written page links to no story: whatever it links to is navigation.
    page = "over/index.html"
    links = [target(page, href) for href, _ in parse(themed, page).links]
    assert "verhalen/index.html" in links
    assert not [link for link in links if "/thema/" in link]


def test_a_story_called_thema_keeps_its_address(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    write(root, {"verhalen-bron/thema.md": """
        ---
        title: Het thema van dit jaar
        date: 2026-06-01
        ambassadors: [anouk-de-wit]
        themes: [Medezeggenschap]
        ---
        Over medezeggenschap.
        """})
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    assert "<h1>Het thema van dit jaar</h1>" in result.page("verhalen/thema/index.html")
    story = "verhalen/thema/index.html"
    tags = [target(story, h) for h in parse(result, story).hrefs_in("amb-tags")]
    assert tags == ["verhalen/themas/medezeggenschap/index.html"]
    listed = story_slugs(tags[0], parse(result, tags[0]).hrefs_in("amb-story-card__link"))
    assert listed == ["thema"]


def test_the_demo_theme_pages_match_the_sources(demo: Result) -> None:
    expected: dict[str, set[str]] = {}
    for slug in PUBLISHED:
        for theme in STORIES[slug].get("themes") or ():
            expected.setdefault(slugify(theme), set()).add(slug)
    pages = {p.parent.name for p in (demo.site / "verhalen/thema").glob("*/index.html")}
    assert pages == set(expected) and len(pages) >= 5
    for theme, stories in expected.items():
        page = f"verhalen/thema/{theme}/index.html"
        assert set(story_slugs(page, parse(demo, page).hrefs_in("amb-story-card__link"))) \
            == stories, theme


# -- descriptions -------------------------------------------------------------------------

KINDS = {  # a page of each generated kind in the demo, by a pattern on its path
    "directory": r"ambassadeurs/index\.html", "facet": r"ambassadeurs/regio/[^/]+/index\.html",
    "alumni": r"ambassadeurs/oud-ambassadeurs/index\.html",
    "profile": r"ambassadeurs/(?!regio|sector|thema|oud-)[^/]+/index\.html",
    "stories": r"verhalen/index\.html", "story": r"verhalen/(?!thema/)[^/]+/index\.html",
    "story theme": r"verhalen/thema/[^/]+/index\.html", "agenda": r"agenda/index\.html",
    "event": r"agenda/[^/]+/index\.html", "podium": r"podium/index\.html",
    "podium year": r"podium/\d{4}/index\.html", "newsletters": r"nieuwsbrief/index\.html",
    "newsletter": r"nieuwsbrief/[^/]+/index\.html", "appointments": r"benoemingen/index\.html",
    "appointment": r"benoemingen/\d{4}/index\.html", "press": r"pers/index\.html",
    "accessibility": r"toegankelijkheid/index\.html"}


def demo_pages(demo: Result) -> dict[str, Parsed]:
    return {p.relative_to(demo.site).as_posix(): Parsed(p.read_text(encoding="utf-8"))
            for p in sorted(demo.site.rglob("*.html"))}


def test_every_page_has_one_description(demo: Result) -> None:
    pages = demo_pages(demo)
    assert len(pages) > 100
    for path, page in pages.items():
        found = page.descriptions()
        assert len(found) == 1 and found[0].strip(), (path, found)
        assert len(found[0]) <= 160, (path, found[0])
        og = page.og_description()
        assert og is None or og == found[0], path


def test_each_kind_describes_itself(demo: Result) -> None:
    config = (demo.site.parent / "mkdocs.yml").read_text(encoding="utf-8")
    site_description = re.search(r"^site_description: (.*)$", config, re.M).group(1)
    pages = demo_pages(demo)
    by_kind: dict[str, list[str]] = {}
    for kind, pattern in KINDS.items():
        for path, page in pages.items():
            if re.fullmatch(pattern, path):
                by_kind.setdefault(kind, []).append(page.descriptions()[0])
    assert set(by_kind) == set(KINDS)
    for kind, texts in by_kind.items():
        assert site_description not in texts, kind
    firsts = [texts[0] for texts in by_kind.values()]
    assert len(set(firsts)) == len(firsts)
    # The profiles are many, and no two say the same.
    assert len(set(by_kind["profile"])) == len(by_kind["profile"])


def test_descriptions_say_what_the_page_holds(demo: Result) -> None:
    def description(page: str) -> str:
        return parse(demo, page).descriptions()[0]

    cards = len(re.findall(r'<li class="amb-card"', demo.page("ambassadeurs/index.html")))
    assert description("ambassadeurs/index.html").startswith(
        f"De {cards} actieve ambassadeurs van Ambassadeurs Sociale Innovatie")
    facet = "ambassadeurs/regio/limburg/index.html"
    people = len(re.findall(r'<li class="amb-card"', demo.page(facet)))
    assert description(facet).startswith(f"{people} actieve ambassadeur")
    assert "Limburg" in description(facet)
    theme = "verhalen/thema/medezeggenschap/index.html"
    stories = len(parse(demo, theme).hrefs_in("amb-story-card__link"))
    assert description(theme).startswith(f"{stories} verha")
    assert "medezeggenschap" in description(theme)
    event = next(p for p in sorted(demo.site.glob("agenda/*/index.html")))
    event_page = event.relative_to(demo.site).as_posix()
    when = re.search(r'<time datetime="[^"]+">([^<]+)</time>', demo.page(event_page)).group(1)
    assert html.unescape(when).split(",")[0] in description(event_page)
    assert re.search(r"\d+ bijeenkomst", description("agenda/index.html"))
    assert description("toegankelijkheid/index.html").startswith("Toegankelijkheidsverklaring")
    assert description("verhalen/index.html").startswith(f"{len(PUBLISHED)} verhalen")


def test_descriptions_are_plain_text(demo: Result) -> None:
    for path, page in demo_pages(demo).items():
        text = page.descriptions()[0]
        assert "<" not in text and ">" not in text and "  " not in text, path
        assert not text.endswith(" …"), path


@pytest.mark.parametrize("text", [
    "Een korte zin.",
    "Bewoners koken weer zelf, en dat merk je aan alles: " * 6,
    "woord " * 40,
    "x" * 400,
])
def test_shorten_cuts_at_a_word_with_an_ellipsis(text: str) -> None:
    from generator.render.pages.descriptions import shorten
    short = shorten(text)
    folded = " ".join(text.split())
    assert len(short) <= 160
    if len(folded) <= 160:
        assert short == folded
        return
    assert short.endswith("…")
    kept = short[:-1]
    assert folded.startswith(kept)
    after = folded[len(kept):]
    assert " " not in folded or after[:1] in (" ", ",", ":", ";")
