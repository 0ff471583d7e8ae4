"""Subscribing to the agenda subscribes: a webcal:// link, Google Calendar's 'add by URL'
link and the feed's https address to copy, all absolute for a site under a sub-path, in
Dutch, working without JavaScript, and nothing the page loads from another host."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest

from generator.render.labels import NL
from tests.sitebuilder import Result, build, write

CLOCK = dt.datetime(2026, 3, 20, 12, 0, tzinfo=dt.timezone.utc)
EPOCH = int(CLOCK.timestamp())


def site_files(site_url: str) -> dict[str, str]:
    return {
        "mkdocs.yml": f"""
            site_name: Abonneren Test
            site_url: {site_url}
            docs_dir: content
            theme:
              name: material
              language: nl
            plugins:
              - ambassadors
            """,
        "content/index.md": "# Abonneren\n",
        "ambassadors/sanne-bakker/index.md": """
            ---
            name: Sanne Bakker
            term:
              start: 2025-01-20
            ---
            Sanne.
            """,
        "content/events/voorjaar.md": """
            ---
            title: Voorjaarsbijeenkomst
            start: 2026-04-02T19:00
            ---
            Samen.
            """,
    }


class Page(HTMLParser):
    """The parts of a page these tests read: links, fields, labels and everything loaded."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []      # (href, text)
        self.inputs: list[dict[str, str | None]] = []
        self.labels: dict[str, str] = {}            # for= -> text
        self.loaded: list[str] = []                 # src, srcset, stylesheet/icon/preload
        self.text: list[str] = []
        self._open: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for name in ("src", "srcset", "poster", "data"):
            if a.get(name) and tag != "a":
                self.loaded += [part.strip().split(" ")[0]
                                for part in str(a[name]).split(",")]
        if tag == "link" and a.get("rel") and set(str(a["rel"]).split()) & {
                "stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest",
                "preconnect", "dns-prefetch"}:
            self.loaded.append(str(a.get("href")))
        if tag == "input":
            self.inputs.append(a)
        if tag in ("a", "label"):
            self._open.append((tag, a, []))

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1][0] == tag:
            _, a, text = self._open.pop()
            joined = " ".join("".join(text).split())
            if tag == "a":
                self.links.append((str(a.get("href")), joined))
            elif a.get("for"):
                self.labels[str(a["for"])] = joined

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for _, _, text in self._open:
            text.append(data)

    def link(self, prefix: str) -> tuple[str, str]:
        found = [link for link in self.links if link[0].startswith(prefix)]
        assert len(found) == 1, (prefix, self.links)
        return found[0]


@pytest.fixture(scope="module")
def sub_path(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = tmp_path_factory.mktemp("subscribe")
    write(root, site_files("https://zorg.example.org/netwerk/"))
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


def agenda(result: Result) -> Page:
    return Page(result.page("agenda/index.html"))


def test_webcal_link_is_the_feed_under_the_sub_path(sub_path: Result) -> None:
    href, text = agenda(sub_path).link("webcal:")
    assert href == "webcal://zorg.example.org/netwerk/agenda.ics"
    assert text == NL["subscribe_calendar"]
    feed = icalendar.Calendar.from_ical((sub_path.site / "agenda.ics").read_bytes())
    assert [str(e["SUMMARY"]) for e in feed.walk("VEVENT")] == ["Voorjaarsbijeenkomst"]


def test_google_adds_the_webcal_address_by_url(sub_path: Result) -> None:
    href, text = agenda(sub_path).link("https://calendar.google.com/")
    parts = urlsplit(href)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "calendar.google.com",
                                                        "/calendar/r")
    assert parse_qs(parts.query) == {"cid": ["webcal://zorg.example.org/netwerk/agenda.ics"]}
    assert parts.query == "cid=webcal%3A%2F%2Fzorg.example.org%2Fnetwerk%2Fagenda.ics"
    assert text == NL["subscribe_calendar_google"]


def test_the_https_address_is_there_to_copy_without_javascript(sub_path: Result) -> None:
    page = agenda(sub_path)
    fields = [f for f in page.inputs if f.get("value", "").endswith("agenda.ics")]
    assert len(fields) == 1
    field = fields[0]
    assert field["value"] == "https://zorg.example.org/netwerk/agenda.ics"
    assert "readonly" in field and field.get("type") == "url"
    assert page.labels[str(field["id"])] == NL["subscribe_calendar_address"]
    assert (sub_path.site / "agenda.ics").is_file()   # the address is where the file is
    # the copy button is only added by the script, which takes its words from the page
    html = sub_path.page("agenda/index.html")
    assert f'data-amb-copy="{NL["subscribe_calendar_copy"]}"' in html
    assert "<button" not in html.split('id="amb-calendar-url"', 1)[1].split("</div>", 1)[0]
    script = (sub_path.site / "assets/javascripts/ambassadors.js").read_text(encoding="utf-8")
    assert "data-amb-copy-source" in script


def test_help_for_outlook_and_apple_in_dutch(sub_path: Result) -> None:
    text = " ".join("".join(agenda(sub_path).text).split())
    hint = NL["subscribe_calendar_hint"]
    assert hint in text and "Outlook" in hint and "Apple" in hint
    assert "abonnement" in hint.lower()


def test_the_page_loads_nothing_from_another_host(sub_path: Result) -> None:
    page = agenda(sub_path)
    assert page.loaded, "the parser found nothing loaded: it is looking at the wrong page"
    for url in page.loaded:
        parts = urlsplit(url)
        assert not parts.netloc or parts.netloc == "zorg.example.org", url
    html = sub_path.page("agenda/index.html")
    assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html


def test_webcal_keeps_host_and_path_of_a_site_at_the_root(tmp_path: Path) -> None:
    write(tmp_path, site_files("https://agenda.example.org"))
    result = build(tmp_path, EPOCH)
    assert result.code == 0, result.out
    page = agenda(result)
    assert page.link("webcal:")[0] == "webcal://agenda.example.org/agenda.ics"
    assert [f["value"] for f in page.inputs if f.get("readonly") is not None or
            "readonly" in f] == ["https://agenda.example.org/agenda.ics"]
