"""The XSS corpus over whole content sets, not only the test network: the demo, a synthetic
set from `make-corpus --size S` and the second network get markup appended to every
plain-text value of every source (names, roles, titles, venues, themes, ...). `check` fails;
the build strips it with warnings; no output carries markup."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.e2e.test_plain_fields import plain, text_values
from tests.e2e.test_xss import executable_in
from tests.pagefind_index import pages
from tests.quality.conftest import MAKE_CORPUS, copy_demo
from tests.sitebuilder import Result, build, run_cli
from tests.zorgnetwerk import EPOCH as ZORG_EPOCH
from tests.zorgnetwerk import write_site

DEMO_EPOCH = 1795435200
PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
            "&lt;svg onload=alert(3)&gt;", '"><b onmouseover=alert(4)>']
TEXT_KEYS = ("name|role|organisation|region|sector|photo_alt|photo_credit|title|summary|"
             "image_alt|kind|location|venue")
LINE = re.compile(rf"^(\s*(?:- )?)({TEXT_KEYS}|themes)(:[ \t]*)(\S.*)$", re.MULTILINE)
SOURCES = ("*/index.md", "*.md", "events/*.md", "appointments/*.md", "newsletter/*.md")


def poison(path: Path, payload: str) -> int:
    """Append the payload to every plain-text value in the front matter; the count."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return 0
    head, sep, body = text[4:].partition("\n---\n")
    count = 0

    def add(match: re.Match[str]) -> str:
        nonlocal count
        indent, key, colon, raw = match.groups()
        if key == "kind" and indent:
            return match.group(0)  # a podium kind is a choice, not text (an event's is)
        value = yaml.safe_load(raw)
        if key == "themes" and isinstance(value, list):
            count += 1
            return f"{indent}{key}{colon}{json.dumps([*value, 'thema ' + payload])}"
        if not isinstance(value, str):
            return match.group(0)
        count += 1
        return f"{indent}{key}{colon}{json.dumps(value + ' ' + payload)}"

    head = LINE.sub(add, head)
    path.write_text("---\n" + head + sep + body, encoding="utf-8")
    return count


def poison_all(root: Path, folders: list[Path]) -> int:
    count = 0
    files = sorted({p for folder in folders for pattern in SOURCES for p in folder.glob(pattern)})
    for number, path in enumerate(files):
        count += poison(path, PAYLOADS[number % len(PAYLOADS)])
    return count


def demo(root: Path) -> tuple[Path, int, list[Path]]:
    copy_demo(root)
    return root, DEMO_EPOCH, [root / "ambassadors", root / "stories", root / "content"]


def corpus(root: Path) -> tuple[Path, int, list[Path]]:
    made = subprocess.run([sys.executable, str(MAKE_CORPUS), "--size", "S", "--out", str(root),
                           "--plugin", "ambassadors", "--embargoed", "2", "--jobs", "2"],
                          capture_output=True, text=True, timeout=600)
    assert made.returncode == 0, made.stderr
    info = json.loads((root / ".corpus.json").read_text())
    return root, info["SOURCE_DATE_EPOCH"], [root / "ambassadors", root / "stories",
                                             root / "docs"]


def network(root: Path) -> tuple[Path, int, list[Path]]:
    write_site(root)
    return root, ZORG_EPOCH, [root / "mensen", root / "verhalen-bron", root / "docs"]


@pytest.fixture(scope="module", params=["demo", "corpus-S", "zorgnetwerk"])
def poisoned(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, int, int]:
    make = {"demo": demo, "corpus-S": corpus, "zorgnetwerk": network}[request.param]
    root, epoch, folders = make(tmp_path_factory.mktemp(request.param))
    count = poison_all(root, folders)
    assert count > 20
    result = build(root, epoch, strict=False)
    assert result.code == 0, result.out[-3000:]
    return result, epoch, count


def test_check_fails_and_the_build_warns(poisoned: tuple[Result, int, int]) -> None:
    result, epoch, count = poisoned
    assert result.out.count("HTML is not allowed in this field") >= count // 2
    done = run_cli(result.site.parent, "check", epoch=epoch)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stdout.count("HTML is not allowed in this field") >= count


def test_no_output_carries_markup(poisoned: tuple[Result, int, int]) -> None:
    import feedparser
    from icalendar import Calendar
    site = poisoned[0].site
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert executable_in(text) == [], page
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text,
                                re.DOTALL):
            for value in text_values(json.loads(block)):
                plain(value, page)
        for value in re.findall(r'<meta (?:property|name)="(?:og|twitter):(?:title|description)'
                                r'" content="([^"]*)"', text):
            plain(value.replace("&amp;", "&").replace("&quot;", '"'), page)
    for feed in site.glob("feeds/*.*ml"):
        for entry in feedparser.parse(feed.read_bytes(), sanitize_html=False).entries:
            plain(entry.title, entry.link)
            plain(entry.get("summary", ""), entry.link)
    for ics in site.rglob("*.ics"):
        for event in Calendar.from_ical(ics.read_bytes()).walk("VEVENT"):
            for name in ("SUMMARY", "DESCRIPTION", "LOCATION"):
                if event.get(name) is not None:
                    plain(str(event.get(name)), (ics.name, name))
    for found in pages(site):
        for value in found["meta"].values():
            plain(value, found["url"])
        shown = (site / found["url"].strip("/") / "index.html").read_text("utf-8")
        for tag in re.findall(r"<[!/a-zA-Z][^<>\s]{0,12}", found["content"]):
            assert html.escape(tag, quote=False) in shown, (found["url"], tag)
