"""Nothing an ambassador writes can run a script on the public site: an XSS corpus in front
matter and bodies, and the built HTML parsed for anything executable."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from textwrap import dedent

import pytest

from tests.sitebuilder import Result, build, write
from tests.zorgnetwerk import EPOCH, write_site

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<svg/onload=alert(3)>",
    "<svg><script>alert(4)</script></svg>",
    '"><script>alert(5)</script>',
    "<a href=\"javascript:alert(6)\">klik</a>",
    "<a href=\"jav&#x61;script:alert(7)\">klik</a>",
    "<a href=\"&#106;avascript:alert(8)\">klik</a>",
    "<iframe src=\"https://evil.example/\"></iframe>",
    "<object data=\"x.swf\"></object>",
    "<div style=\"background:url(javascript:alert(9))\">x</div>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxMCk8L3NjcmlwdD4=\">d</a>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(11)>",
    "<details open ontoggle=alert(12)>",
    "</textarea><script>alert(13)</script>",
    "<!--<script>alert(14)</script>-->",
]
BODY = "\n\n".join(f"Tekst {i}: {payload}" for i, payload in enumerate(PAYLOADS)) + "\n\n" + \
    "[link](javascript:alert(15)) en ![plaatje](javascript:alert(16))\n"


def yaml_text(value: str) -> str:
    return json.dumps(value)  # a JSON string is a valid YAML double-quoted scalar


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = write_site(tmp_path_factory.mktemp("xss"))
    evil = PAYLOADS[4]
    write(root, {
        "mensen/anouk-de-wit/index.md": dedent(f"""
            ---
            name: {yaml_text("Anouk " + PAYLOADS[0])}
            role: {yaml_text(PAYLOADS[1])}
            organisation: {yaml_text(evil)}
            region: {yaml_text(PAYLOADS[2])}
            sector: {yaml_text(PAYLOADS[5])}
            themes: [{yaml_text(PAYLOADS[3])}, {yaml_text(PAYLOADS[13])}]
            photo: foto.JPG
            photo_alt: {yaml_text(evil)}
            term:
              start: 2025-02-01
            podium:
              - date: 2026-03-01
                kind: presentatie
                title: {yaml_text(PAYLOADS[0])}
                venue: {yaml_text(PAYLOADS[1])}
              - date: 2026-07-01
                kind: workshop
                title: {yaml_text(evil)}
            ---
            """) + BODY,
        "verhalen-bron/kleinschalig-wonen.md": dedent(f"""
            ---
            title: {yaml_text("Wonen " + PAYLOADS[0])}
            date: 2026-05-02
            ambassadors: [anouk-de-wit]
            summary: {yaml_text(PAYLOADS[1])}
            themes: [{yaml_text(PAYLOADS[2])}]
            ---
            """) + BODY,
        "docs/events/2026-07-zomerbijeenkomst.md": dedent(f"""
            ---
            title: {yaml_text("Zomer " + PAYLOADS[0])}
            start: 2026-07-02T15:00
            location: {yaml_text(PAYLOADS[1])}
            kind: {yaml_text(evil)}
            ambassadors: [anouk-de-wit]
            ---
            """) + BODY,
    })
    result = build(root, EPOCH, strict=False)
    assert result.code == 0, result.out
    assert "WARNING" in result.out and "is not allowed" in result.out
    return result


class Executable(HTMLParser):
    """Collects every place in a page where markup could run code."""

    SAFE_SCRIPT_TYPES = {"application/ld+json", "application/json"}
    # the header's and the search page's search forms; the theme's light/dark toggle; the
    # newsletter's sign-up form (option newsletter_signup: its action an https address)
    THEME_FORMS = {"amb-header-search", "amb-search__form", "md-header__option", "amb-signup"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("iframe", "object", "embed", "frame", "applet", "base") or (
                tag == "form" and not set((values.get("class") or "").split())
                & self.THEME_FORMS):
            self.found.append(f"<{tag}>")
        if tag == "script":
            kind = values.get("type") or ""
            src = values.get("src") or ""
            # the theme's and our own scripts are files on the site; data is not code
            if kind not in self.SAFE_SCRIPT_TYPES and not src.endswith(".js"):
                self.in_script = True
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if name in ("href", "src", "action", "formaction", "data", "xlink:href") and value:
                scheme = "".join(value.split()).lower()
                if scheme.startswith(("javascript:", "vbscript:", "data:text")):
                    self.found.append(f"<{tag} {name}={value[:30]}>")
            if name == "style" and value and "url(" in value.lower():
                self.found.append(f"<{tag} style=url()>")

    def handle_data(self, data: str) -> None:
        if self.in_script and "alert(" in data:
            self.found.append(f"script: {data[:40]}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = False


def executable_in(text: str) -> list[str]:
    parser = Executable()
    parser.feed(text)
    return parser.found


@pytest.mark.parametrize("page", ["ambassadeurs/anouk-de-wit/index.html", "ambassadeurs/index.html",
                                  "verhalen/kleinschalig-wonen/index.html", "verhalen/index.html",
                                  "agenda/index.html", "agenda/2026-07-zomerbijeenkomst/index.html",
                                  "podium/index.html", "index.html", "pers/index.html"])
def test_no_executable_markup_in_pages(built: Result, page: str) -> None:
    assert executable_in(built.page(page)) == []


def test_no_executable_markup_anywhere(built: Result) -> None:
    for path in built.site.rglob("*.html"):
        assert executable_in(path.read_text(encoding="utf-8")) == [], path


@pytest.mark.parametrize("feed", ["feeds/verhalen.xml", "feeds/verhalen.atom"])
def test_no_executable_markup_in_feed_items(built: Result, feed: str) -> None:
    import feedparser
    parsed = feedparser.parse((built.site / feed).read_bytes(), sanitize_html=False)
    for entry in parsed.entries:
        for content in entry.get("content", []):
            assert executable_in(content.value) == [], entry.title


def test_the_text_around_the_markup_is_still_shown(built: Result) -> None:
    page = built.page("ambassadeurs/anouk-de-wit/index.html")
    assert re.search(r'class="amb-profile__name"[^>]*>Anouk alert\(1\)</h1>', page)


def test_check_reports_unsafe_bodies_as_errors(built: Result) -> None:
    from tests.sitebuilder import run_cli
    root = built.site.parent
    done = run_cli(root, "check", epoch=EPOCH)
    assert done.returncode == 1
    assert "mensen/anouk-de-wit/index.md:" in done.stdout and "is not allowed" in done.stdout
