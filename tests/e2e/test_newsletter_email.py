"""The newsletter as e-mail (issue 20): email.html and email.txt beside every published
issue, read back as a mail client and a mailing tool would; the newsletter feed carries the
same e-mail; the preview command; hostile input and a bad colour."""

from __future__ import annotations

import re
from pathlib import Path

import feedparser
import pytest

from tests.e2e.test_feeds import Tags, tags_of
from tests.sitebuilder import Result, build, portrait, run_cli, write
from tests.zorgnetwerk import EPOCH, write_site

# Without the option email_unsubscribe: the newsletter page's section on unsubscribing.
UNSUBSCRIBE = "https://zorg.example.org/netwerk/nieuwsbrief/#afmelden"
ISSUE = "nieuwsbrief/2026-05"
INTRO = """\
---
title: Nieuwsbrief mei
date: 2026-05-31
---
Welkom bij de nieuwsbrief van mei. Lees [het verhaal van Anouk](../../verhalen/zorg-op-maat/)
en kijk in de [agenda](https://zorg.example.org/netwerk/agenda/).

<script>alert(1)</script><img src=x onerror="alert(2)">

- eerste punt
- tweede punt
"""


def read(html: str) -> Tags:
    return tags_of(html)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = write_site(tmp_path_factory.mktemp("email"))
    write(root, {"docs/newsletter/2026-05.md": INTRO, "verhalen-bron/zorg-op-maat.md": """\
---
title: Zorg op maat
date: 2026-05-10
ambassadors: [anouk-de-wit]
image: omslag.jpg
image_alt: Anouk in gesprek met een bewoner
---
Het verhaal.
"""})
    portrait(root / "verhalen-bron/omslag.jpg", (40, 120, 90), size=(1600, 900))
    result = build(root, EPOCH, strict=False)
    assert result.code == 0, result.out
    return result


def test_the_email_is_self_contained(built: Result) -> None:
    mail = read(built.page(f"{ISSUE}/email.html"))
    names = [tag for tag, _ in mail.tags]
    assert "script" not in names and "style" not in names and "iframe" not in names
    assert not any(tag == "link" for tag, _ in mail.tags)
    for tag, attrs in mail.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for name in ("href", "src"):
            value = attrs.get(name)
            if value is not None:
                assert re.match(r"https?://", value), (tag, value)
    assert any("style" in attrs for _, attrs in mail.tags)   # inlined, not a stylesheet


def test_every_image_has_alt_and_size_and_fits_the_column(built: Result) -> None:
    images = [attrs for tag, attrs in read(built.page(f"{ISSUE}/email.html")).tags
              if tag == "img"]
    assert images, "the story's cover is in the e-mail"
    for attrs in images:
        assert attrs.get("alt") and attrs.get("width") and attrs.get("height"), attrs
        assert int(attrs["width"]) <= 600
        path = attrs["src"].removeprefix("https://zorg.example.org/netwerk/")
        assert built.exists(path), attrs["src"]
    assert any(a["alt"] == "Anouk in gesprek met een bewoner" for a in images)


def test_the_templates_of_the_email_are_not_published(built: Result) -> None:
    """MkDocs copies a theme's non-HTML files as they are: the text part's template would
    be Jinja source on the site."""
    assert built.exists("nieuwsbrief") and not built.exists("amb")
    assert not [p for p in built.site.rglob("*") if p.is_file()
                and b"{%" in p.read_bytes() and p.suffix in {".txt", ".html"}]


def test_the_email_holds_the_issue(built: Result) -> None:
    html = built.page(f"{ISSUE}/email.html")
    text = " ".join(read(html).text)
    for expected in ("Nieuwsbrief mei", "Welkom bij de nieuwsbrief van mei", "Zorg op maat",
                     "Bekijk deze nieuwsbrief in je browser", "Afmelden", "eerste punt"):
        assert expected in text, expected
    assert 'href="https://zorg.example.org/netwerk/nieuwsbrief/2026-05/"' in html   # online
    assert 'href="https://zorg.example.org/netwerk/verhalen/zorg-op-maat/"' in html
    assert f'href="{UNSUBSCRIBE}"' in html
    assert "alert" not in html and "onerror" not in html


def test_the_text_part_carries_every_link(built: Result) -> None:
    html = built.page(f"{ISSUE}/email.html")
    text = built.page(f"{ISSUE}/email.txt")
    links = {attrs["href"] for tag, attrs in read(html).tags if tag == "a" and attrs.get("href")}
    assert len(links) > 4
    for link in links:
        assert link in text, link
    assert "<" not in text.replace("<https://", "").replace("<http://", "")
    assert "Welkom bij de nieuwsbrief van mei" in text and "- eerste punt" in text
    assert "&amp;" not in text


def test_the_newsletter_feed_item_is_the_email(built: Result) -> None:
    body = built.page(f"{ISSUE}/email.html")
    for name in ("nieuwsbrief.xml", "nieuwsbrief.atom"):
        feed = feedparser.parse((built.site / "feeds" / name).read_bytes(),
                                sanitize_html=False, resolve_relative_uris=False)
        assert not feed.bozo, feed.bozo_exception
        entry = next(e for e in feed.entries if e.link.endswith("/nieuwsbrief/2026-05/"))
        content = entry.content[0].value
        assert 'style="' in content and "Zorg op maat" in content
        assert "<body" not in content and "<script" not in content
        # the issue without the mail's frame: the mailing tool adds its own footer
        assert "Afmelden" not in content and UNSUBSCRIBE not in content
        assert content.strip()[:60] in body


def test_the_same_sources_give_the_same_email(built: Result, tmp_path: Path) -> None:
    again = build(built.site.parent, EPOCH, strict=False, site_dir=str(tmp_path / "again"))
    assert again.code == 0, again.out
    for name in ("email.html", "email.txt"):
        assert (again.site / ISSUE / name).read_bytes() == (built.site / ISSUE / name).read_bytes()


def test_the_preview_writes_an_unpublished_issue(built: Result, tmp_path: Path) -> None:
    """A coordinator previews next month's issue before its date."""
    root = built.site.parent
    write(root, {"docs/newsletter/2026-07.md": "---\ntitle: Nieuwsbrief juli\n"
                 "date: 2026-07-31\n---\nZomer.\n"})
    try:
        done = run_cli(root, "newsletter", "preview", "2026-07", "--out", str(tmp_path),
                       epoch=EPOCH)
        assert done.returncode == 0, done.stdout + done.stderr
        html = (tmp_path / "2026-07.email.html").read_text(encoding="utf-8")
        assert "Nieuwsbrief juli" in html and "Zomer." in html
        assert "Nieuwsbrief juli" in (tmp_path / "2026-07.email.txt").read_text("utf-8")
        assert not (root / "site" / "nieuwsbrief" / "2026-07").exists()
        missing = run_cli(root, "newsletter", "preview", "2099-01", epoch=EPOCH)
        assert missing.returncode == 1 and "Traceback" not in missing.stderr
        assert "no newsletter issue '2099-01'" in missing.stderr
        assert "NL: geen nieuwsbrief '2099-01'" in missing.stderr
    finally:
        (root / "docs/newsletter/2026-07.md").unlink()


@pytest.mark.parametrize("value", ['"red"', '"#12345"', '"#0b5e55; background: url(x)"',
                                   "12", "[1]"])
def test_a_bad_colour_is_a_clear_error(tmp_path: Path, value: str) -> None:
    root = write_site(tmp_path, f"      email_colour: {value}\n")
    result = build(root, EPOCH)
    assert result.code != 0
    assert "email_colour: expected a colour like '#0b5e55'" in result.out
    assert re.search(r"NL: mkdocs\.yml:\d+: email_colour:", result.out)
    assert "Traceback" not in result.out


def test_the_newsletter_feed_item_carries_its_pictures(built: Result) -> None:
    """Mailing tools read an item's image from <enclosure> and media:content."""
    cover = "verhalen/zorg-op-maat/zorg-op-maat-"
    for name in ("nieuwsbrief.xml", "nieuwsbrief.atom"):
        feed = feedparser.parse((built.site / "feeds" / name).read_bytes())
        entry = next(e for e in feed.entries if e.link.endswith("/nieuwsbrief/2026-05/"))
        [enclosure] = [link for link in entry.links if link.rel == "enclosure"]
        assert cover in enclosure.href and enclosure.type == "image/jpeg"
        assert int(enclosure.length) == (built.site / enclosure.href.removeprefix(
            "https://zorg.example.org/netwerk/")).stat().st_size
        [media] = entry.media_content
        assert media["url"] == enclosure.href and media["medium"] == "image"
        assert int(media["width"]) > 0 and int(media["height"]) > 0


def test_mailchimp_s_unsubscribe_tag_can_be_asked_for(tmp_path: Path) -> None:
    root = write_site(tmp_path, '      email_unsubscribe: "*|UNSUB|*"\n')
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    assert 'href="*|UNSUB|*"' in result.page(f"{ISSUE}/email.html")
    assert "Afmelden: *|UNSUB|*" in result.page(f"{ISSUE}/email.txt")


@pytest.mark.parametrize("value", ['"javascript:alert(1)"', '"http://x.example/af"', "[1]",
                                   '"*|UNSUB|* <b>"'])
def test_a_bad_unsubscribe_link_is_a_clear_error(tmp_path: Path, value: str) -> None:
    result = build(write_site(tmp_path, f"      email_unsubscribe: {value}\n"), EPOCH)
    assert result.code != 0 and "email_unsubscribe" in result.out
    assert "NL:" in result.out and "Traceback" not in result.out


# --- issue 29: preheader, table cells, unsubscribing, initials, what one can attend --------

PREHEADER = re.compile(r'<body[^>]*>\s*(<!--\[if !mso\]><!-->)?<div style="([^"]*)">(.*?)</div>'
                       r'(<!--<!\[endif\]-->)?', re.S)


def preheader_of(html: str) -> tuple[str, str]:
    """The hidden preheader, the first thing in the body: its style and its text.

    It sits in a downlevel-revealed conditional comment, so that Outlook for Windows (which
    ignores display: none) leaves it out and every other program reads it."""
    match = PREHEADER.search(html)
    assert match, html[:2000]
    assert match.group(1) and match.group(4), "the preheader is not hidden from Outlook"
    return match.group(2), match.group(3)


def test_the_inbox_preview_is_the_intro_s_first_sentence(built: Result) -> None:
    html = built.page(f"{ISSUE}/email.html")
    style, inner = preheader_of(html)
    for rule in ("display: none", "max-height: 0", "overflow: hidden"):
        assert rule in style, style
    text = " ".join(read(inner).text)
    assert text.startswith("Welkom bij de nieuwsbrief van mei.")
    # then only blank characters, so the preview stops before 'Bekijk deze nieuwsbrief'
    rest = text.removeprefix("Welkom bij de nieuwsbrief van mei.")
    assert len(rest) >= 100 and not rest.replace("\u200c", "").strip(), repr(rest[:40])
    assert html.index("Welkom bij de nieuwsbrief van mei.") < html.index("Bekijk deze")
    # the feed item (the issue without the mail's frame) has none
    assert "display: none" not in built.page(f"{ISSUE}/email.html").split("<!--amb:issue-->")[1]


def test_a_preheader_keeps_markup_as_text(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    write(root, {"docs/newsletter/2026-05.md": "---\ntitle: Nieuwsbrief mei\ndate: 2026-05-31\n"
                 "---\nScore 3 &lt; 4 &amp; \"goed\" <i>echt</i> &lt;script&gt;x&lt;/script&gt; "
                 "<img src=x onerror=alert(1)>! Tweede zin.\n"})
    result = build(root, EPOCH, strict=False)
    assert result.code == 0, result.out
    _, inner = preheader_of(result.page(f"{ISSUE}/email.html"))
    assert "<" not in inner and ">" not in inner, inner[:200]
    text = " ".join(read(inner).text).strip("\u200c\xa0 ")
    assert text.startswith("Score 3") and text.endswith("!") and "Tweede" not in text, text
    assert "onerror" not in result.page(f"{ISSUE}/email.html")


def test_stories_and_agenda_entries_are_table_cells(built: Result) -> None:
    """Outlook for Windows honours padding and borders on table cells only: no element
    carries either; each story and agenda entry is a cell of its own."""
    mail = read(built.page(f"{ISSUE}/email.html"))
    divs = [attrs.get("style") or "" for tag, attrs in mail.tags if tag == "div"]
    assert len(divs) == 1 and "display: none" in divs[0], divs   # the preheader only
    for tag, attrs in mail.tags:
        assert not re.search(r"(?:^|;)\s*(padding|border)[a-z-]*\s*:", attrs.get("style") or ""), \
            (tag, attrs)
    html = built.page(f"{ISSUE}/email.html")
    assert re.search(r'<tr><td valign="top">\s*(?:<a [^>]*><img[^>]*></a>)?\s*<h3[^>]*><a href='
                     r'"https://zorg\.example\.org/netwerk/verhalen/zorg-op-maat/"', html)
    assert re.search(r'<tr><td valign="top">\s*<p[^>]*>[^<]*2 juli 2026[^<]*</p>\s*<h3[^>]*>'
                     r'<a [^>]*>Zomerbijeenkomst</a>', html)


def test_without_an_unsubscribe_link_the_newsletter_page_explains(built: Result) -> None:
    """No email_unsubscribe, no newsletter_signup: the mail's 'Afmelden' goes to a section
    of /nieuwsbrief/ that says how to unsubscribe, and check advises the coordinator."""
    page = built.page("nieuwsbrief/index.html")
    section = page[page.index('id="afmelden"'):]
    text = " ".join(read(section).text)
    assert "Afmelden" in text and "onderaan elke nieuwsbrief" in text
    assert f'href="{UNSUBSCRIBE}"' in built.page(f"{ISSUE}/email.html")
    assert f"Afmelden: {UNSUBSCRIBE}" in built.page(f"{ISSUE}/email.txt")
    done = run_cli(built.site.parent, "check", epoch=EPOCH)   # (the intro's <script> is
    assert "Traceback" not in done.stderr                       # an error of its own)
    assert ("advisory: mkdocs.yml: email_unsubscribe: the newsletter has neither the option "
            "email_unsubscribe nor newsletter_signup") in done.stdout, done.stdout
    assert "goes to /nieuwsbrief/#afmelden" in done.stdout
    assert "NL: mkdocs.yml: email_unsubscribe: de nieuwsbrief heeft de optie" in done.stdout


@pytest.mark.parametrize("option", ['email_unsubscribe: "*|UNSUB|*"',
                                    "newsletter_signup:\n        action: "
                                    "https://nieuwsbrief.example.org/aanmelden\n"
                                    "        email_field: email"])
def test_with_a_way_to_unsubscribe_check_is_quiet(tmp_path: Path, option: str) -> None:
    root = write_site(tmp_path, f"      {option}\n")
    done = run_cli(root, "check", epoch=EPOCH)
    assert "newsletter.no_unsubscribe" not in done.stdout
    assert "nor newsletter_signup" not in done.stdout, done.stdout


PODIUM = """\
  - date: 2026-06-02
    kind: workshop
    title: Werkplaats kleinschalig wonen
    venue: Zorgacademie Arnhem
  - date: 2026-06-03
    kind: artikel
    title: Column in het vakblad
  - date: 2026-06-04
    kind: interview
    title: Radio-interview over de nachtdienst
  - date: 2026-06-05
    kind: inleiding
    title: Opening van het symposium
"""


def test_the_agenda_names_the_kind_of_each_appearance(tmp_path: Path) -> None:
    """Every public planned appearance is in 'Agenda voor de komende weken' beside the
    events (the content model's rule), in the e-mail, its text part and on the issue's
    page, each with its kind, so that an article or an interview does not read as a
    meeting one can go to."""
    root = write_site(tmp_path)
    person = root / "mensen/anouk-de-wit/index.md"
    text = person.read_text(encoding="utf-8")
    person.write_text(text.replace("podium:\n", "podium:\n" + PODIUM, 1), encoding="utf-8")
    result = build(root, EPOCH, strict=False)
    assert result.code == 0, result.out
    for path in (f"{ISSUE}/email.html", f"{ISSUE}/email.txt", f"{ISSUE}/index.html"):
        body = result.page(path)
        section = body[body.index("Agenda voor de komende weken"):body.index("Op het podium")]
        entries = re.split(r"<td\b|<li\b|\n- ", section)
        for title, kind in (("Werkplaats kleinschalig wonen", "Workshop"),
                            ("Opening van het symposium", "Inleiding"),
                            ("Column in het vakblad", "Artikel"),
                            ("Radio-interview", "Interview")):
            entry = next((e for e in entries if title in e), None)
            assert entry is not None and kind in entry, (path, title, section)
