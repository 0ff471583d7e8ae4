"""Markup in every plain-text field, as a hostile pull request would write it (as tags,
entity-encoded once and twice, with bidirectional overrides): `check` names each field as
an error; the build strips it with a warning; and no output (pages, feeds, JSON-LD,
calendars, the search index, press kits) carries markup in a text value, not even after
one more round of entity decoding."""

from __future__ import annotations

import html
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from textwrap import dedent

import pytest

from tests.e2e.test_xss import executable_in, yaml_text
from tests.pagefind_index import pages
from tests.sitebuilder import Result, build, run_cli, write
from tests.zorgnetwerk import EPOCH, write_site

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "&lt;svg onload=alert(3)&gt;",
    "&amp;lt;iframe src=javascript:alert(4)&amp;gt;",
    '"><b onmouseover=alert(5)>x</b>',
    "Omgekeerd \u202etxt.exe",
]
TAG = re.compile(r"<\s*[/!?a-zA-Z]")
DANGER = re.compile(r"<\s*(script|img|svg|iframe|b)\b|on(error|load|mouseover)\s*=|javascript:",
                    re.IGNORECASE)


def p(n: int, word: str) -> str:
    return yaml_text(f"{word} {PAYLOADS[n % len(PAYLOADS)]}")


# (file, field, line) for every plain-text field the sources below fill with markup.
FIELDS = [
    ("mensen/anouk-de-wit/index.md", "name", 2), ("mensen/anouk-de-wit/index.md", "role", 3),
    ("mensen/anouk-de-wit/index.md", "organisation", 4),
    ("mensen/anouk-de-wit/index.md", "region", 5), ("mensen/anouk-de-wit/index.md", "sector", 6),
    ("mensen/anouk-de-wit/index.md", "themes", 7),
    ("mensen/anouk-de-wit/index.md", "photo_alt", 9),
    ("mensen/anouk-de-wit/index.md", "photo_credit", 10),
    ("mensen/anouk-de-wit/index.md", "podium[1].title", 16),
    ("mensen/anouk-de-wit/index.md", "podium[1].venue", 17),
    ("mensen/anouk-de-wit/index.md", "podium[2].title", 20),
    ("verhalen-bron/met-foto/index.md", "title", 2),
    ("verhalen-bron/met-foto/index.md", "summary", 5),
    ("verhalen-bron/met-foto/index.md", "image_alt", 7),
    ("verhalen-bron/met-foto/index.md", "themes", 8),
    ("docs/events/2026-07-zomerbijeenkomst.md", "title", 2),
    ("docs/events/2026-07-zomerbijeenkomst.md", "kind", 5),
    ("docs/events/2026-07-zomerbijeenkomst.md", "location", 6),
    ("docs/appointments/2025.md", "title", 2),
    ("docs/newsletter/2026-05.md", "title", 2),
]


def hostile(root: Path) -> Path:
    write_site(root)
    write(root, {
        "mensen/anouk-de-wit/index.md": dedent(f"""
            ---
            name: {p(0, "Anouk")}
            role: {p(1, "Rol")}
            organisation: {p(2, "Organisatie")}
            region: {p(3, "Regio")}
            sector: {p(4, "Sector")}
            themes: [{p(5, "Thema")}, gewoon thema]
            photo: foto.JPG
            photo_alt: {p(0, "Portret")}
            photo_credit: {p(1, "Foto")}
            term:
              start: 2025-02-01
            podium:
              - date: 2026-03-01
                kind: presentatie
                title: {p(2, "Titel")}
                venue: {p(3, "Zaal")}
              - date: 2026-07-01
                kind: workshop
                title: {p(4, "Gepland")}
            ---
            Anouk werkt in de ouderenzorg.
            """),
        "verhalen-bron/met-foto/index.md": dedent(f"""
            ---
            title: {p(0, "Verhaal")}
            date: 2026-05-02
            ambassadors: [anouk-de-wit]
            summary: {p(1, "Samenvatting")}
            image: dag.png
            image_alt: {p(2, "Beeld")}
            themes: [{p(3, "Verhaalthema")}]
            ---
            Een gewoon verhaal.
            """),
        "docs/events/2026-07-zomerbijeenkomst.md": dedent(f"""
            ---
            title: {p(4, "Zomer")}
            start: 2026-07-02T15:00
            end: 2026-07-02T17:00
            kind: {p(5, "Soort")}
            location: {p(0, "Plek")}
            ambassadors: [anouk-de-wit]
            ---
            Een middag &lt;img src=x onerror=alert(8)&gt; in de tuin.
            """),
        "docs/appointments/2025.md": dedent(f"""
            ---
            title: {p(1, "Benoemd")}
            date: 2025-02-01T09:00
            ambassadors: [anouk-de-wit]
            ---
            Persbericht 2025.
            """),
        "docs/newsletter/2026-05.md": dedent(f"""
            ---
            title: {p(2, "Nieuwsbrief")}
            date: 2026-05-31
            ---
            Intro.
            """),
    })
    # A story without summary: its first paragraph becomes the feed description.
    story = root / "verhalen-bron/kleinschalig-wonen.md"
    text = story.read_text(encoding="utf-8").split("---\n")
    story.write_text("---\n".join(text[:2]) + "---\nTekst &lt;img src=x onerror=alert(6)&gt; "
                     "en `<script>alert(7)</script>` en &amp;lt;b&amp;gt;vet.\n\nMeer.\n",
                     encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Result:
    result = build(hostile(tmp_path_factory.mktemp("plain")), EPOCH, strict=False)
    assert result.code == 0, result.out
    return result


def test_check_names_every_field_as_an_error(tmp_path: Path) -> None:
    done = run_cli(hostile(tmp_path), "check", epoch=EPOCH)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    for path, field, line in FIELDS:
        assert re.search(rf"^error: {re.escape(path)}:{line}: {re.escape(field)}: "
                         r"(item 1: )?(HTML is not allowed|the text contains an invisible)",
                         done.stdout, re.MULTILINE), (path, field, done.stdout)
    fields = re.findall(r"^error: \S+:\d+: (?!body:)", done.stdout, re.MULTILINE)
    assert len(fields) == len(FIELDS), done.stdout


def test_the_build_warns_for_every_field_and_strict_fails(built: Result, tmp_path: Path) -> None:
    for path, field, line in FIELDS:
        assert re.search(rf"^WARNING .*{re.escape(f'{path}:{line}: {field}: ')}", built.out,
                         re.MULTILINE), (path, field)
    assert build(hostile(tmp_path), EPOCH).code != 0   # --strict


def test_no_page_carries_executable_markup(built: Result) -> None:
    pages = sorted(built.site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert executable_in(text) == [], page
        assert "\u202e" not in text, page


def text_values(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in text_values(v)]
    if isinstance(value, list):
        return [t for v in value for t in text_values(v)]
    return []


def plain(text: str, where: object) -> None:
    """Text as a reader gets it, and after one more round of decoding: no tag at all."""
    for shown in (text, html.unescape(text)):
        assert not TAG.search(shown), (where, text)
        assert "\u202e" not in shown, where


@pytest.mark.parametrize("feed", ["verhalen", "nieuwsbrief", "benoemingen"])
def test_feed_titles_and_descriptions_are_text(built: Result, feed: str) -> None:
    import feedparser
    for ending in ("xml", "atom"):
        parsed = feedparser.parse((built.site / f"feeds/{feed}.{ending}").read_bytes(),
                                  sanitize_html=False)
        assert parsed.entries, feed
        for entry in parsed.entries:
            plain(entry.title, entry.link)
            plain(entry.get("summary", ""), entry.link)
            for tag in entry.get("tags", []):
                plain(tag.term, entry.link)
            for content in entry.get("content", []):
                assert executable_in(content.value) == [], entry.link


def test_structured_data_is_text(built: Result) -> None:
    found = 0
    for page in built.site.rglob("*.html"):
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>',
                                page.read_text(encoding="utf-8"), re.DOTALL):
            found += 1
            for text in text_values(json.loads(block)):
                plain(text, page)
    assert found


def test_calendars_are_text(built: Result) -> None:
    from icalendar import Calendar
    calendars = sorted(built.site.rglob("*.ics"))
    assert calendars
    for path in calendars:
        for component in Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
            for name in ("SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES"):
                value = component.get(name)
                if value is not None:
                    plain(str(value.to_ical(), "utf-8") if hasattr(value, "to_ical")
                          else str(value), (path.name, name))


class _Text(HTMLParser):
    """The text a reader sees, with the style sheet left out."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self.skip = False

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def test_search_index_and_press_kits_carry_no_markup(built: Result) -> None:
    indexed = pages(built.site)
    assert len(indexed) > 10
    for found in indexed:
        for key, value in found["meta"].items():
            plain(value, (found["url"], key))
        for values in found["filters"].values():
            for value in values:
                plain(value, found["url"])
        # The text a visitor sees, and the search page shows it as text: markup in it is
        # there only because the page shows it escaped, as text.
        shown = (built.site / found["url"].strip("/") / "index.html").read_text("utf-8")
        for tag in re.findall(r"<[!/a-zA-Z][^<>\s]{0,12}", found["content"]):
            assert html.escape(tag, quote=False) in shown, (found["url"], tag)
    kits = sorted(built.site.rglob("*.zip"))
    assert kits
    for kit in kits:
        with zipfile.ZipFile(kit) as archive:
            for name in archive.namelist():
                assert not DANGER.search(name)
                if name.endswith((".txt", ".md")):
                    text = archive.read(name).decode("utf-8")
                    assert not DANGER.search(html.unescape(html.unescape(text))), name
                elif name.endswith(".html"):  # the printable release: its own tags only
                    page = archive.read(name).decode("utf-8")
                    assert executable_in(page) == [], name
                    shown = _Text()
                    shown.feed(page)
                    text = "".join(shown.parts)
                    assert not DANGER.search(html.unescape(html.unescape(text))), name
                    sources = re.findall(r'<img [^>]*src="([^"]+)"', page)
                    assert all(f"{name.split('/')[0]}/{src}" in archive.namelist()
                               for src in sources), sources


def test_the_stripped_text_is_published(built: Result) -> None:
    profile = built.page("ambassadeurs/anouk-de-wit/index.html")
    assert re.search(r'class="amb-profile__name"[^>]*>Anouk alert\(1\)</h1>', profile)
    assert "Regio" in profile
    assert "Thema Omgekeerd txt.exe" in built.page("ambassadeurs/thema/thema-omgekeerd-txt-exe/"
                                                   "index.html")
