"""Names and newsletter privacy (issue 26, items 7 and 8): slugs of at most 80 characters,
sources in the folder layout or an error saying where they belong, event handlers in
Markdown attribute lists, and images from another host in a newsletter (tracking pixels)."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from generator.commands import scaffold
from generator.domain.people import MAX_SLUG, shorten_slug
from generator.domain.text.paragraphs import first_paragraph
from generator.render.html import own_images, sanitise
from generator.sources.checks.remote_images import foreign_host, remote_images, site_host
from generator.sources.checks.safety import find_unsafe
from generator.sources.errors import Report, Severity
from generator.sources.front_matter.fields import Context
from generator.sources.loaders import LoadOptions, load_sources

from .sitefiles import TZ, layout, write

HOST = "zorg.example.org"
AMBASSADOR = "---\nname: Jan Jansen\nterm:\n  start: 2025-01-20\n---\nJan.\n"
STORY = "---\ntitle: Verhaal\ndate: 2026-01-10\nambassadors: [jan]\n---\nTekst.\n"
EVENT = "---\ntitle: Bijeenkomst\nstart: 2026-03-12\n---\nTekst.\n"
ISSUE = "---\ntitle: Nieuwsbrief\ndate: 2026-01-31\n---\n"


def problems(root: Path, files: dict[str, str | bytes], own_host: str = HOST
             ) -> list[tuple[str, int | None, str | None, str, Severity]]:
    write(root, {"ambassadors/jan/index.md": AMBASSADOR, **files})
    report = Report()
    load_sources(layout(root), LoadOptions(Context(TZ), unsafe_is_error=True,
                                           own_host=own_host), report)
    return [(p.path, p.line, p.field, p.message_id, p.severity) for p in report.problems
            if p.severity is not Severity.INFO]


# --- slugs -------------------------------------------------------------------------------

def test_a_slug_is_shortened_at_a_word() -> None:
    assert shorten_slug("kort") == "kort"
    assert shorten_slug("een-" * 30) == ("een-" * 20)[:-1]
    assert shorten_slug("a" * 300) == "a" * MAX_SLUG
    assert all(len(shorten_slug(s)) <= MAX_SLUG for s in ("ab-" + "c" * 200, "-" * 200))


KINDS = [
    pytest.param(lambda slug: (f"ambassadors/{slug}/index.md", AMBASSADOR), id="ambassador"),
    pytest.param(lambda slug: (f"stories/{slug}.md", STORY), id="story"),
    pytest.param(lambda slug: (f"stories/{slug}/index.md", STORY), id="story-folder"),
    pytest.param(lambda slug: (f"content/events/{slug}.md", EVENT), id="event"),
    pytest.param(lambda slug: (f"content/newsletter/{slug}.md", ISSUE + "Intro.\n"),
                 id="newsletter"),
]


@pytest.mark.parametrize("source", KINDS)
def test_a_slug_of_80_characters_is_fine_and_81_is_an_error(tmp_path: Path, source) -> None:
    fine, _ = source("a" * MAX_SLUG)
    too_long, text = source("b-" * 40 + "c")
    found = problems(tmp_path, {fine: text, too_long: text})

    assert found == [(too_long, None, None, "slug.too_long", Severity.ERROR)]


def test_the_longest_name_the_file_system_takes(tmp_path: Path) -> None:
    """No OSError from any step: the error names the file, in English and Dutch."""
    longest = "a" * min(255, os.pathconf(tmp_path, "PC_NAME_MAX"))
    write(tmp_path, {"ambassadors/jan/index.md": AMBASSADOR,
                     f"ambassadors/{longest}/index.md": AMBASSADOR,
                     f"stories/{longest[:-3]}.md": STORY})
    report = Report()
    load_sources(layout(tmp_path), LoadOptions(Context(TZ)), report)

    errors = [p for p in report.errors if p.message_id == "slug.too_long"]
    assert [p.path for p in errors] == [f"ambassadors/{longest}/index.md",
                                        f"stories/{longest[:-3]}.md"]
    assert "at most 80 characters" in errors[0].message
    assert "hoogstens 80 tekens" in (errors[0].message_nl or "")
    assert repr("a" * 80) in errors[0].message   # a name that fits, to copy


def test_an_invalid_long_name_gets_a_suggestion_that_fits(tmp_path: Path) -> None:
    name = "Een Heel Lang Verhaal " * 8
    found = problems(tmp_path, {f"stories/{name}.md": STORY})
    assert [f[3] for f in found] == ["slug.invalid"]
    write(tmp_path, {})
    report = Report()
    load_sources(layout(tmp_path), LoadOptions(Context(TZ)), report)
    message = next(p.message for p in report.errors)
    suggestion = message.rsplit("like ", 1)[1].strip("'")
    assert len(suggestion) <= MAX_SLUG and suggestion.startswith("een-heel-lang-verhaal")


# --- the folder layout ---------------------------------------------------------------------

@pytest.mark.parametrize("name, target", [
    ("jan-de-vries.md", "ambassadors/jan-de-vries/index.md"),
    ("Piet Jansen.MD", "ambassadors/piet-jansen/index.md"),
    ("anna.markdown", "ambassadors/anna/index.md"),
    ("notities.txt", "ambassadors/notities/index.md"),
])
def test_an_ambassador_as_a_single_file_is_an_error_that_shows_the_layout(
        tmp_path: Path, name: str, target: str) -> None:
    path = f"ambassadors/{name}"
    found = problems(tmp_path, {path: AMBASSADOR})
    assert found == [(path, None, None, "folder.ambassador_file", Severity.ERROR)]
    report = Report()
    load_sources(layout(tmp_path), LoadOptions(Context(TZ)), report)
    problem = report.errors[0]
    assert target in problem.message and "photo" in problem.message
    assert target in (problem.message_nl or "") and "foto" in (problem.message_nl or "")


def test_files_that_are_not_sources_stay_allowed(tmp_path: Path) -> None:
    """A README, a hidden file, a photo beside a flat story, a download in docs_dir."""
    files: dict[str, str | bytes] = {
        "ambassadors/README.md": "# Lees mij\n", "ambassadors/.gitkeep": "",
        "stories/readme.md": "x", "stories/omslag.jpg": b"\xff\xd8",
        "content/events/programma.txt": "09:00 koffie\n", "content/events/plattegrond.pdf": b"%",
    }
    assert problems(tmp_path, files) == []


@pytest.mark.parametrize("path, kind", [
    ("stories/verhaal.markdown", "story"),
    ("stories/verhaal.MD", "story"),
    ("stories/verhaal.txt", "story"),
    ("content/events/bijeenkomst.mdown", "event"),
    ("content/events/bijeenkomst.Md", "event"),
    ("content/newsletter/2026-01.mkd", "newsletter issue"),
    ("content/appointments/2026.markdown", "appointment"),
])
def test_a_source_under_another_ending_is_an_error(tmp_path: Path, path: str, kind: str) -> None:
    found = problems(tmp_path, {path: STORY})
    assert found == [(path, None, None, "file.md_name", Severity.ERROR)]
    report = Report()
    load_sources(layout(tmp_path), LoadOptions(Context(TZ)), report)
    stem = Path(path).name.rsplit(".", 1)[0]
    assert f"a {kind} ends in .md; rename it to {stem}.md" in report.errors[0].message


def test_a_hand_written_page_in_any_markdown_ending_is_checked(tmp_path: Path) -> None:
    """MkDocs renders `.markdown`, `.mdown`, ... as pages: check reads them too."""
    found = problems(tmp_path, {"content/over.markdown": "# Over\n\n<script>x</script>\n"})
    assert found == [("content/over.markdown", 3, "body", "body.unsafe", Severity.ERROR)]


# --- event handlers in attribute lists ------------------------------------------------------

@pytest.mark.parametrize("markdown, handler", [
    ('Een alinea\n{: onclick="alert(1)" }', "onclick"),
    ("## Kop { onmouseover=alert(1) }", "onmouseover"),
    ("[link](https://example.org){: ONCLICK='alert(1)' }", "onclick"),
    ("![foto](foto.jpg){ .rond onerror=alert(1) }", "onerror"),
    ("Tekst\n{:onfocus=alert(1)}", "onfocus"),
    ('Tekst { title="}" onload=alert(1) }', "onload"),
])
def test_an_event_handler_in_an_attribute_list_is_unsafe(markdown: str, handler: str) -> None:
    found = find_unsafe("Eerste alinea.\n\n" + markdown + "\n", 10)
    line = 12 + markdown.count("\n")
    assert [(at, said.id, dict(said.values)) for at, said in found] == [
        (line, "unsafe.handler", {"name": handler})]


@pytest.mark.parametrize("markdown", [
    "Een alinea\n{: .lead #intro title=\"Welkom\" }",
    "Prijs: {een} of { once } of {x=1}",
    "Een zin over online=ja en {onderwerp}",
])
def test_attribute_lists_without_handlers_are_fine(markdown: str) -> None:
    assert find_unsafe(markdown) == []


@pytest.mark.parametrize("body", ["{" * 1_000_000, "{ onclick=" * 100_000 + "}",
                                  "{ x }\n" * 150_000])
def test_attribute_lists_are_read_in_linear_time(body: str) -> None:
    started = time.perf_counter()
    find_unsafe(body)
    assert time.perf_counter() - started < 2


def test_a_description_leaves_attribute_lists_out() -> None:
    assert first_paragraph('Het netwerk.\n{: onclick="alert(1)" }') == "Het netwerk."
    assert first_paragraph("Zie [dit](x){: .knop } en ![a](b){ #c }.") == "Zie dit en ."
    assert first_paragraph("Een { once } verhaal") == "Een { once } verhaal"


# --- newsletter images from another host ---------------------------------------------------

@pytest.mark.parametrize("url, host", [
    ("https://tracker.example/p.gif", "tracker.example"),
    ("//tracker.example/p.gif", "tracker.example"),
    ("HTTP://Tracker.Example./p.gif", "tracker.example"),
    ("https://zorg.example.org@tracker.example/p.gif", "tracker.example"),
    ("https://tracker.example:8443/p.gif", "tracker.example"),
    ("/\\tracker.example/p.gif", "tracker.example"),
    (" \thttps://tra\ncker.example/p.gif", "tracker.example"),
    ("https://zorg%2Eexample.org.tracker.example/p.gif", "zorg.example.org.tracker.example"),
    ("https://zorg.example.org/netwerk/logo.png", None),
    ("//ZORG.example.org/logo.png", None),
    ("foto.png", None),
    ("/netwerk/foto.png", None),
    ("../foto.png", None),
    ("data:image/gif;base64,R0lG", None),
])
def test_the_host_an_image_is_fetched_from(url: str, host: str | None) -> None:
    assert foreign_host(url, HOST) == host


def test_the_sites_host() -> None:
    assert site_host("https://Zorg.Example.org/netwerk/") == HOST
    assert site_host("") == "" and site_host("https://[::1") == ""


PIXELS = """\
Welkom ![pixel](https://inline.example/p.gif) en ![b](//protocol.example/x.gif "titel").

![referentie][pix] en ![Kort] en ![a [geneste] alt](<https://nested.example/x y.gif>)

[pix]: https://reference.example/r.gif
[kort]: <//shortcut.example/r.gif>
[link]: https://only-a-link.example/

<img src="https://raw.example/x.gif" width="1" height="1" alt="">
<img src="/netwerk/x.gif" srcset="https://srcset.example/x.gif 2x, eigen.png 1x">
<p style="background:url('https://css.example/bg.gif')">x</p>
![x](eigen.png){ src="https://attr-list.example/x.gif" }
<IMG SRC=&#x68;ttps://entity.example/x.gif>
<video poster="https://poster.example/p.jpg"></video>
<img src="https://zorg.example.org/netwerk/logo.png"> ![eigen](eigen.png)
[geen plaatje](https://link.example/x.gif) en ?src=https://query.example/x
"""


def test_every_way_a_body_shows_an_image_from_another_host() -> None:
    assert remote_images(PIXELS, 5, HOST) == [
        (5, "inline.example"), (5, "protocol.example"), (7, "nested.example"),
        (9, "reference.example"), (10, "shortcut.example"), (13, "raw.example"),
        (14, "srcset.example"), (15, "css.example"), (16, "attr-list.example"),
        (17, "entity.example"), (18, "poster.example")]


@pytest.mark.parametrize("body", ["![" * 500_000, "![a](" * 200_000, "url(" * 250_000,
                                  "<img srcset=\"" + "a 1x," * 200_000 + "\">",
                                  "![a](https://x.example/)\n" * 40_000])
def test_remote_images_are_found_in_linear_time(body: str) -> None:
    started = time.perf_counter()
    remote_images(body, 1, HOST)
    assert time.perf_counter() - started < 3


def test_a_newsletter_image_from_another_host_is_an_advisory(tmp_path: Path) -> None:
    path = "content/newsletter/2026-01.md"
    found = problems(tmp_path, {path: ISSUE + "Intro.\n\n![](https://pixel.example/p.gif)\n"})
    assert found == [(path, 7, "body", "newsletter.remote_image", Severity.ADVISORY)]


def test_only_newsletters_are_advised_and_own_images_are_fine(tmp_path: Path) -> None:
    found = problems(tmp_path, {
        "stories/x.md": STORY + "![](https://elders.example/p.gif)\n",
        "content/newsletter/2026-01.md": ISSUE + "![](https://zorg.example.org/logo.png)\n"})
    assert found == []


def test_without_a_site_url_every_host_is_another(tmp_path: Path) -> None:
    found = problems(tmp_path, {"content/newsletter/2026-01.md":
                                ISSUE + "![](https://zorg.example.org/logo.png)\n"}, own_host="")
    assert [f[3] for f in found] == ["newsletter.remote_image"]


def test_the_page_keeps_only_its_own_images() -> None:
    html = sanitise('<p><a title="<img ">x</a><img src="own.png" alt="own">'
                    '<img alt="a>b" src="https://pixel.example/p.gif">'
                    '<img src="//pixel.example/q.gif" width="1" height="1">'
                    '<img src="/\\pixel.example/r.gif">'
                    '<img src="https://zorg.example.org/netwerk/logo.png" alt="logo">'
                    '<img src="foto.png" alt="foto" srcset="https://pixel.example/s.gif 2x">'
                    '</p>')
    kept = own_images(html, "https://zorg.example.org/netwerk/")
    assert "pixel.example" not in kept
    assert kept.count("<img") == 3 and 'alt="logo"' in kept and 'alt="foto"' in kept


def test_new_makes_slugs_that_check_accepts() -> None:
    """`python -m generator new` from a long title: whole words up to 80 characters."""
    title, today, ctx = "Een heel lange titel over zorg " * 10, dt.date(2026, 6, 1), Context(TZ)
    drafts = [scaffold.ambassador(title, today),
              scaffold.story(title, today, ["jan"], ["jan"]),
              scaffold.event(title, "2026-07-01", ctx),
              scaffold.newsletter(title, None, today, ctx)]
    for draft in drafts:
        assert 60 < len(draft.slug) <= MAX_SLUG and not draft.slug.endswith("-"), draft.slug
