"""Names and newsletter privacy (issue 26, items 7 and 8), as an attacker writes them: real
`check` runs and `mkdocs build`s, the output read back.

- A newsletter full of tracking pixels in every form an image can take: check advises (exit
  0), the strict build passes, and no pixel's host is in any built file.
- Names at the longest the file system takes, sources beside the folder layout: an error in
  English and Dutch naming the file from check and build alike, never a traceback; names of
  exactly 80 characters build.
- Event handlers in Markdown attribute lists: check fails naming the line, the strict build
  fails, and no handler reaches any built file."""

from __future__ import annotations

import os
import re
from pathlib import Path

import feedparser
import pytest

from tests.e2e.test_feeds import tags_of
from tests.sitebuilder import Result, build, portrait, run_cli, write
from tests.zorgnetwerk import EPOCH, write_site

ISSUE = "docs/newsletter/2026-05.md"
HOSTS = ("inline.pixel.example", "protocol.pixel.example", "reference.pixel.example",
         "shortcut.pixel.example", "raw.pixel.example", "srcset.pixel.example",
         "css.pixel.example", "attr-list.pixel.example", "entity.pixel.example",
         "backslash.pixel.example", "userinfo.pixel.example", "poster.pixel.example")
PIXELS = """\
---
title: Nieuwsbrief mei
date: 2026-05-31
---
Welkom bij de nieuwsbrief van mei ![](https://inline.pixel.example/open.gif?id=anouk).
En ![b](//protocol.pixel.example/x.gif "titel").

![teller][pix] ![kort]

[pix]: https://reference.pixel.example/r.gif
[kort]: <//shortcut.pixel.example/r.gif>

<img src="https://raw.pixel.example/x.gif" width="1" height="1" alt="">
<img src="/netwerk/assets/x.gif" srcset="https://srcset.pixel.example/x.gif 2x" alt="x">
<p style="background:url(https://css.pixel.example/bg.gif)">Achtergrond</p>

![eigen](eigen.png){ src="https://attr-list.pixel.example/x.gif" width=1 height=1 }

<img src="&#x68;ttps://entity.pixel.example/x.gif" width="1" height="1" alt="">
<img src="/\\backslash.pixel.example/x.gif" width="1" height="1" alt="">
<img src="https://zorg.example.org@userinfo.pixel.example/x.gif" width="1" height="1" alt="">
<video poster="https://poster.pixel.example/p.jpg"></video>

<img src="https://zorg.example.org/netwerk/assets/logo.png" width="120" height="60" alt="Ons logo">
"""
EXTENSIONS = "markdown_extensions:\n  - attr_list\n  - md_in_html\n"


def lines_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


# --- tracking pixels in a newsletter ------------------------------------------------------

@pytest.fixture(scope="module")
def pixels(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    root = write_site(tmp_path_factory.mktemp("pixels"), EXTENSIONS)
    longest = "a" * 80   # every kind at the longest name allowed builds
    write(root, {
        ISSUE: PIXELS,
        f"mensen/{longest}/index.md": "---\nname: Lange Naam\nphoto: foto.jpg\nterm:\n"
                                      "  start: 2025-01-01\n---\nHoi.\n",
        f"verhalen-bron/{longest}.md": "---\ntitle: Lang\ndate: 2026-05-02\nambassadors: "
                                       f"[{longest}]\n---\nTekst.\n",
        f"docs/events/{longest}.md": "---\ntitle: Lang\nstart: 2026-07-03\n---\nTekst.\n",
        f"docs/newsletter/{longest}.md": "---\ntitle: Lang\ndate: 2026-06-10\n---\nTekst.\n"})
    portrait(root / f"mensen/{longest}/foto.jpg", size=(1600, 2000))
    result = build(root, EPOCH, strict=True)
    return root, result


def test_check_advises_on_each_pixel_with_its_line_and_host(pixels: tuple[Path, Result]
                                                             ) -> None:
    root, _ = pixels
    done = run_cli(root, "check", epoch=EPOCH)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    advised = re.findall(rf"^advisory: {re.escape(ISSUE)}:(\d+): body: an image from another "
                         r"host \(([^)]+)\)", done.stdout, re.MULTILINE)
    assert sorted(host for _, host in advised) == sorted(HOSTS)
    for line, host in advised:
        assert host.split(".")[0] in PIXELS.splitlines()[int(line) - 1], (line, host)
    assert f"{ISSUE}:{lines_of(PIXELS, 'inline.pixel')}: body: een afbeelding van een andere " \
           "server (inline.pixel.example)" in done.stdout


def test_the_strict_build_passes_and_says_the_advice(pixels: tuple[Path, Result]) -> None:
    _, result = pixels
    assert result.code == 0, result.out
    assert "Traceback" not in result.out and "WARNING" not in result.out
    assert "advisory: docs/newsletter/2026-05.md" in result.out


def test_no_pixel_host_is_in_any_built_file(pixels: tuple[Path, Result]) -> None:
    _, result = pixels
    everything = result.all_bytes()
    for host in HOSTS:
        assert host.encode() not in everything, host
    assert b"pixel.example" not in everything


def test_the_page_email_and_feeds_keep_the_sites_own_image(pixels: tuple[Path, Result]
                                                          ) -> None:
    _, result = pixels
    logo = "https://zorg.example.org/netwerk/assets/logo.png"
    page = tags_of(result.page("nieuwsbrief/2026-05/index.html"))
    mail = tags_of(result.page("nieuwsbrief/2026-05/email.html"))
    assert logo in [attrs.get("src") for tag, attrs in page.tags if tag == "img"]
    mail_images = [attrs.get("src") for tag, attrs in mail.tags if tag == "img"]
    assert logo in mail_images
    assert all(src and src.startswith("https://zorg.example.org/") for src in mail_images)
    assert "Welkom bij de nieuwsbrief van mei" in result.page("nieuwsbrief/2026-05/email.txt")
    for name in ("nieuwsbrief.xml", "nieuwsbrief.atom"):
        feed = feedparser.parse((result.site / "feeds" / name).read_bytes(),
                                sanitize_html=False, resolve_relative_uris=False)
        assert not feed.bozo, feed.bozo_exception
        entry = next(e for e in feed.entries if e.link.endswith("/nieuwsbrief/2026-05/"))
        content = entry.content[0].value
        assert logo in content and "Welkom bij de nieuwsbrief" in content
        images = [a.get("src") for tag, a in tags_of(content).tags if tag == "img"]
        assert images and all(str(src).startswith("https://zorg.example.org/") for src in images)
        media = [m.get("url", "") for m in entry.get("media_content", [])]
        assert all(url.startswith("https://zorg.example.org/") for url in media)


def test_names_of_80_characters_build(pixels: tuple[Path, Result]) -> None:
    _, result = pixels
    longest = "a" * 80
    for page in (f"ambassadeurs/{longest}/index.html", f"verhalen/{longest}/index.html",
                 f"nieuwsbrief/{longest}/email.html"):
        assert result.exists(page), page


# --- names and the folder layout ----------------------------------------------------------

@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_site(tmp_path_factory.mktemp("names"))
    longest = "a" * min(255, os.pathconf(root, "PC_NAME_MAX"))   # a folder name's maximum
    write(root, {
        f"mensen/{longest}/index.md": "---\nname: Lang\nphoto: foto.jpg\nterm:\n"
                                      "  start: 2025-01-01\n---\nHoi.\n",
        f"verhalen-bron/{longest[:-3]}.md": "---\ntitle: Lang\ndate: 2026-05-02\n"
                                            "ambassadors: [anouk-de-wit]\n---\nTekst.\n",
        f"docs/events/{longest[:-3]}.md": "---\ntitle: Lang\nstart: 2026-07-03\n---\nTekst.\n",
        f"docs/newsletter/{longest[:-3]}.md": "---\ntitle: Lang\ndate: 2026-06-10\n---\nx\n",
        "mensen/jan-de-vries.md": "---\nname: Jan de Vries\nterm:\n  start: 2025-01-01\n---\n",
        "verhalen-bron/notitie.txt": "Een verhaal als tekstbestand.\n",
        "docs/events/borrel.markdown": "---\ntitle: Borrel\nstart: 2026-07-03\n---\n"})
    portrait(root / f"mensen/{longest}/foto.jpg")
    try:
        (root / "mensen" / ("b" * 300)).mkdir()
    except OSError:
        pass   # the file system takes no longer name: the test above is at its maximum
    return root


def expected_errors(root: Path) -> dict[str, str]:
    longest = "a" * min(255, os.pathconf(root, "PC_NAME_MAX"))
    return {
        f"mensen/{longest}/index.md": "at most 80 characters",
        f"verhalen-bron/{longest[:-3]}.md": "at most 80 characters",
        f"docs/events/{longest[:-3]}.md": "at most 80 characters",
        f"docs/newsletter/{longest[:-3]}.md": "at most 80 characters",
        "mensen/jan-de-vries.md": "move this file to mensen/jan-de-vries/index.md and put the "
                                  "photo beside it in mensen/jan-de-vries/",
        "verhalen-bron/notitie.txt": "rename it to notitie.md",
        "docs/events/borrel.markdown": "rename it to borrel.md",
    }


DUTCH = {"at most 80 characters": "hoogstens 80 tekens",
         "move this file": "zet dit bestand in", "rename it to": "noem het"}


def test_check_names_every_bad_name_in_two_languages(names: Path) -> None:
    done = run_cli(names, "check", epoch=EPOCH)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "Traceback" not in out and "OSError" not in out
    for path, phrase in expected_errors(names).items():
        said = [line for line in done.stdout.splitlines() if line.startswith(f"error: {path}:")]
        assert said and phrase in said[0], (path, said)
        dutch = next(v for k, v in DUTCH.items() if k in phrase)
        assert f"NL: {path}: " in out and dutch in out.split(f"NL: {path}: ")[1].split("\n")[0]


@pytest.mark.parametrize("strict", [True, False])
def test_the_build_fails_with_the_same_errors(names: Path, tmp_path: Path, strict: bool
                                              ) -> None:
    result = build(names, EPOCH, strict=strict, site_dir=str(tmp_path / "site"))
    assert result.code == 1, result.out
    assert "Traceback" not in result.out and "File name too long" not in result.out
    for path, phrase in expected_errors(names).items():
        assert f"  {path}: " in result.out and phrase in result.out, path
        assert f"NL: {path}: " in result.out, path


# --- event handlers in attribute lists ----------------------------------------------------

HANDLERS = {
    "verhalen-bron/handlers.md": """\
---
title: Handlers
date: 2026-05-03
ambassadors: [anouk-de-wit]
---
Een alinea die klikt.
{: onclick="alert('amb-pwned-1')" }

## Een kop { onmouseover=alert('amb-pwned-2') }

Een [link](https://example.org){: ONCLICK="alert('amb-pwned-3')" } in de tekst.

![Een foto](https://example.org/x.png){ .rond onerror="alert('amb-pwned-4')" }
""",
    "docs/over.md": "# Over ons\n\nHet netwerk.\n{: onclick=\"alert('amb-pwned-5')\" }\n",
    "docs/events/2026-07-zomerbijeenkomst.md": """\
---
title: Zomerbijeenkomst
start: 2026-07-02T15:00
end: 2026-07-02T17:00
ambassadors: [anouk-de-wit]
---
Een middag in de tuin.
{:onfocus="alert('amb-pwned-6')" tabindex=0}
""",
    ISSUE: "---\ntitle: Nieuwsbrief mei\ndate: 2026-05-31\n---\n"
           "Intro.\n{: onclick=\"alert('amb-pwned-7')\" }\n",
}


@pytest.fixture(scope="module")
def handlers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_site(tmp_path_factory.mktemp("handlers"), EXTENSIONS)
    write(root, HANDLERS)
    return root


def test_check_reports_each_handler_with_its_line(handlers: Path) -> None:
    done = run_cli(handlers, "check", epoch=EPOCH)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    for path, text in HANDLERS.items():
        for line_text in (line for line in text.splitlines() if "amb-pwned" in line):
            number = lines_of(text, line_text)
            handler = re.search(r"(on[a-z]+)=", line_text, re.IGNORECASE).group(1).lower()
            assert f"error: {path}:{number}: body: an event-handler attribute ({handler})" \
                in done.stdout, (path, number)


def test_the_strict_build_fails(handlers: Path, tmp_path: Path) -> None:
    result = build(handlers, EPOCH, strict=True, site_dir=str(tmp_path / "site"))
    assert result.code == 1, result.out
    assert "Traceback" not in result.out
    assert "docs/over.md:4: body: an event-handler attribute (onclick)" in result.out


def test_no_handler_reaches_any_built_file(handlers: Path, tmp_path: Path) -> None:
    """Built as `serve` previews it: the sanitiser removes every handler, the descriptions
    leave the attribute lists out."""
    result = build(handlers, EPOCH, strict=False, site_dir=str(tmp_path / "site"))
    assert result.code == 0, result.out
    everything = result.all_bytes()
    assert b"amb-pwned" not in everything
    for name in (b"onclick", b"onmouseover", b"onfocus", b"onerror"):
        built = [p for p in result.site.rglob("*") if p.is_file()
                 and p.suffix not in (".js", ".map")   # the theme's code, not content
                 and name in p.read_bytes().lower()]
        assert built == [], (name, built)
    story = result.page("verhalen/handlers/index.html")
    assert "Een alinea die klikt." in story and 'class="rond"' in story
