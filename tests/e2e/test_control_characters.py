"""Text pasted from a PDF (content-model.md v1.4, "Text"): form feeds, backspaces, NULs,
U+FFFE and C1 controls in a story's title, summary and body, an event's location, an
ambassador's name, a newsletter intro, an announcement and a hand-written page. `check`
exits 0 with an advisory naming file, line and code point; the strict build passes; and
no built file (pages, feeds, calendars, e-mails, search index, press kit, sitemap) carries
one of them: lxml would refuse the feeds, at the very end, naming no file."""

from __future__ import annotations

import gzip
import re
import zipfile
from pathlib import Path

import pytest

from tests.sitebuilder import Result, build, run_cli
from tests.verdict import Case
from tests.verdict.base import (
    ANNOUNCEMENT,
    EPOCH,
    EVENT,
    ISSUE,
    PERSON,
    PERSON_TEXT,
    STORY,
    write_case,
)

FF, BS, NUL, NONCHAR, C1 = "\x0c", "\x08", "\x00", "\ufffe", "\x9b"
CONTROLS = (FF, BS, NUL, NONCHAR, C1, "\x1b", "\x7f", "\uffff")
PDF = FF + BS + NUL + NONCHAR   # what a paste from a PDF brings along
# The words the controls stand beside: in binary files (photos, the search index's CBOR)
# these bytes could occur by chance, the word next to a control cannot.
MARKERS = ("Kleinschalig", "wonen", "Samenvatting", "Stadhuis", "Anouk", "Nieuws", "Arnhem",
           "Over", "PDF")

FILES: dict[str, str | bytes] = {
    PERSON: PERSON_TEXT.replace("name: Anouk de Wit", f"name: Anouk{FF} de{BS} Wit{NUL}")
                       .replace("role: Verpleegkundige", f"role: Verpleeg{C1}kundige"),
    STORY: f"""\
---
title: Kleinschalig{PDF} wonen werkt
date: 2026-05-02
ambassadors: [anouk-de-wit]
themes: [kleinschalig wonen]
summary: "Samenvatting\\f uit de\\b PDF\\x1b"
---
Bewoners koken weer zelf.{FF}

Uit de PDF{BS}{NUL} geplakt, met een pagina-einde{FF}
en een teken{NONCHAR} dat XML niet kent.
""",
    EVENT: f"""\
---
title: Netwerkdag
start: 2026-09-12T10:00
end: 2026-09-12T16:00
location: Stadhuis{FF} Arnhem{NONCHAR}
ambassadors: [anouk-de-wit]
---
Een dag voor het hele netwerk{BS}.
""",
    ISSUE: f"""\
---
title: Nieuwsbrief mei{FF} 2026
date: 2026-05-31
---
Nieuws{NUL} van mei{C1}.
""",
    ANNOUNCEMENT: f"""\
---
title: Anouk de Wit{FF} benoemd
date: 2025-01-20T10:00
ambassadors: [anouk-de-wit]
---
**Arnhem{FF}, 20 januari 2025** – Anouk de Wit is benoemd{NUL}.
""",
    "docs/over.md": f"---\ntitle: Over{FF} ons\ndescription: \"Over\\f het netwerk\"\n---\n"
                    f"# Over{BS} ons\n\nHet netwerk{NUL} van PDF{FF}zorgambassadeurs.\n",
}

# (file, line, field, code points) of every advisory check gives.
ADVISORIES = [
    (PERSON, 2, "name", "U+000C, U+0008, U+0000"),
    (PERSON, 3, "role", "U+009B"),
    (STORY, 2, "title", "U+000C, U+0008, U+0000, U+FFFE"),
    (STORY, 6, "summary", "U+000C, U+0008, U+001B"),
    (STORY, 8, "body", "U+000C"),
    (STORY, 10, "body", "U+0008, U+0000, U+000C"),
    (STORY, 11, "body", "U+FFFE"),
    (EVENT, 5, "location", "U+000C, U+FFFE"),
    (EVENT, 8, "body", "U+0008"),
    (ISSUE, 2, "title", "U+000C"),
    (ISSUE, 5, "body", "U+0000, U+009B"),
    (ANNOUNCEMENT, 2, "title", "U+000C"),
    (ANNOUNCEMENT, 6, "body", "U+000C, U+0000"),
    ("docs/over.md", 2, "title", "U+000C"),
    ("docs/over.md", 3, "description", "U+000C"),
    ("docs/over.md", 5, "body", "U+0008"),
    ("docs/over.md", 7, "body", "U+0000, U+000C"),
]


def pasted(root: Path) -> Path:
    return write_case(root, Case("text.control", files=FILES))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Result:
    result = build(pasted(tmp_path_factory.mktemp("pasted")), EPOCH)   # --strict
    assert result.code == 0, result.out
    return result


def test_check_gives_an_advisory_per_line_naming_the_code_points(tmp_path: Path) -> None:
    done = run_cli(pasted(tmp_path), "check", epoch=EPOCH)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    for path, line, field, codes in ADVISORIES:
        assert (f"advisory: {path}:{line}: {field}: control characters removed ({codes})"
                in done.stdout), (path, line, done.stdout)
        assert f"NL: {path}:{line}: {field}: stuurtekens weggehaald ({codes})" in done.stdout
    assert done.stdout.count("advisory: ") == len(ADVISORIES), done.stdout
    assert not any(char in done.stdout for char in CONTROLS)


def test_the_build_says_the_same_advisories(built: Result) -> None:
    for path, line, field, codes in ADVISORIES:
        assert f"{path}:{line}: {field}: control characters removed ({codes})" in built.out


def _texts(site: Path) -> dict[str, str]:
    """Every text the site publishes, by path: files as they are, the sitemap and the
    search fragments unzipped, the press kit's text files opened."""
    texts = {}
    for path in sorted(site.rglob("*")):
        name = path.relative_to(site).as_posix()
        if path.suffix in (".html", ".xml", ".atom", ".ics", ".json", ".txt", ".js", ".css",
                           ".svg", ".webmanifest"):
            texts[name] = path.read_bytes().decode("utf-8")
        elif path.suffix in (".gz", ".pf_fragment"):
            texts[name] = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        elif path.suffix == ".zip":
            with zipfile.ZipFile(path) as kit:
                texts.update({f"{name}/{member}": kit.read(member).decode("utf-8")
                              for member in kit.namelist()
                              if member.endswith((".txt", ".html", ".md", ".csv"))})
    return texts


def test_no_published_text_carries_a_control_character(built: Result) -> None:
    texts = _texts(built.site)
    assert any(name.endswith(".pf_fragment") for name in texts)
    assert any("/perskit-2025.zip/" in name for name in texts), sorted(texts)
    for name, text in texts.items():
        found = sorted({f"U+{ord(c):04X}" for c in text if c in CONTROLS})
        assert found == [], (name, found)


def test_no_built_file_has_a_control_character_beside_the_pasted_words(built: Result) -> None:
    data = built.all_bytes()
    for word in MARKERS:
        for char in CONTROLS:
            assert (word + char).encode() not in data, (word, char)
            assert (char + word).encode() not in data, (char, word)


def test_the_texts_read_as_written_without_them(built: Result) -> None:
    story = built.page("verhalen/kleinschalig-wonen/index.html")
    assert "Kleinschalig wonen werkt" in story and "Samenvatting uit de PDF" in story
    assert "Uit de PDF geplakt" in story
    assert "Stadhuis Arnhem" in built.page("agenda/2026-09-netwerkdag/index.html")
    assert "Anouk de Wit" in built.page("ambassadeurs/anouk-de-wit/index.html")
    over = built.page("over/index.html")
    # MkDocs kept the front matter (one raw form feed in it would make it drop all of it)
    assert "<title>Over ons" in over and "title: Over" not in over
    assert re.search(r'<meta name="description" content="Over het netwerk"', over), over[:2000]


@pytest.mark.parametrize("feed", ["verhalen", "nieuwsbrief", "benoemingen"])
def test_the_feeds_parse(built: Result, feed: str) -> None:
    import feedparser
    for ending in ("xml", "atom"):
        parsed = feedparser.parse((built.site / f"feeds/{feed}.{ending}").read_bytes())
        assert not parsed.bozo, (feed, ending, parsed.get("bozo_exception"))
        assert parsed.entries, feed
        for entry in parsed.entries:
            assert not any(c in entry.title + entry.get("summary", "") for c in CONTROLS)
    if feed == "verhalen":
        assert parsed.entries[0].title == "Kleinschalig wonen werkt"


def test_the_calendars_parse(built: Result) -> None:
    import icalendar
    for path in [built.site / "agenda.ics", built.site / "agenda/2026-09-netwerkdag/2026-09-netwerkdag.ics"]:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        locations = [str(e.get("location")) for e in calendar.walk("VEVENT")]
        assert "Stadhuis Arnhem" in locations, (path, locations)


def test_the_email_reads_as_written(built: Result) -> None:
    for name in ("email.html", "email.txt"):
        text = built.page(f"nieuwsbrief/2026-05/{name}")
        assert "Nieuws van mei" in text and "Kleinschalig wonen werkt" in text, name
