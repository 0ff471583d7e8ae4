"""Issue 26's classes of hostile input, planted in three content sets that are not alike:
the demo, a synthetic set from `make-corpus --size S` and the second network. For each set:
the errors (a date far out, a slug too long, an ambassador as a single file, an event
handler through an attribute list, a script in an SVG, a theme template, a page at an
address the site makes, a bad option, a label with markup) make `check` exit 1 naming each
file and the strict build fail, both without a traceback; the advisories (control characters
pasted from a PDF, a tracking pixel in a newsletter, a `hooks:` entry) leave `check` at 0 and
the strict build passing, and the output, read back, carries none of them."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
from icalendar import Calendar

from tests.quality.conftest import MAKE_CORPUS, copy_demo
from tests.sitebuilder import build, run_cli
from tests.zorgnetwerk import EPOCH as ZORG_EPOCH
from tests.zorgnetwerk import write_site

DEMO_EPOCH = 1795435200
PIXEL_HOST = "track.example.com"
CONTROL = "\x0c\x08\x00\ufffe"
# Published text, where no control character may go (images are binary by nature).
TEXT_OUTPUTS = {".html", ".xml", ".atom", ".ics", ".txt", ".json", ".webmanifest"}


class ContentSet:
    """Where a content set keeps its sources."""

    def __init__(self, root: Path, epoch: int, people: str, stories: str) -> None:
        self.root, self.epoch, self.people, self.stories = root, epoch, people, stories
        config = (root / "mkdocs.yml").read_text(encoding="utf-8")
        found = re.search(r"^docs_dir:\s*(\S+)", config, re.MULTILINE)
        self.docs = found.group(1) if found else "docs"

    def first(self, folder: str, pattern: str) -> Path:
        return sorted((self.root / folder).glob(pattern))[0]

    def plugin_option(self, line: str) -> None:
        """Add an option under the plugin (written as `- ambassadors` or with options)."""
        path = self.root / "mkdocs.yml"
        text = path.read_text(encoding="utf-8")
        if re.search(r"^  - ambassadors:\s*$", text, re.MULTILINE):
            text = re.sub(r"^  - ambassadors:\s*$", "  - ambassadors:\n      " + line, text,
                          count=1, flags=re.MULTILINE)
        else:
            text = re.sub(r"^  - ambassadors\s*$", "  - ambassadors:\n      " + line, text,
                          count=1, flags=re.MULTILINE)
        path.write_text(text, encoding="utf-8")

    def top_level(self, line: str) -> None:
        path = self.root / "mkdocs.yml"
        path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")


def demo(root: Path) -> ContentSet:
    copy_demo(root)
    return ContentSet(root, DEMO_EPOCH, "ambassadors", "stories")


def corpus(root: Path) -> ContentSet:
    made = subprocess.run([sys.executable, str(MAKE_CORPUS), "--size", "S", "--out", str(root),
                           "--plugin", "ambassadors", "--embargoed", "2", "--jobs", "2"],
                          capture_output=True, text=True, timeout=600)
    assert made.returncode == 0, made.stderr
    info = json.loads((root / ".corpus.json").read_text())
    return ContentSet(root, info["SOURCE_DATE_EPOCH"], "ambassadors", "stories")


def network(root: Path) -> ContentSet:
    write_site(root)
    return ContentSet(root, ZORG_EPOCH, "mensen", "verhalen-bron")


MAKERS = {"demo": demo, "corpus-S": corpus, "zorgnetwerk": network}


@pytest.fixture(scope="module", params=list(MAKERS))
def pristine(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
             ) -> ContentSet:
    return MAKERS[request.param](tmp_path_factory.mktemp(request.param))


def copy_of(content: ContentSet, target: Path) -> ContentSet:
    shutil.copytree(content.root, target, symlinks=True,
                    ignore=shutil.ignore_patterns("site", ".cache"))
    return ContentSet(target, content.epoch, content.people, content.stories)


def _set_front(path: Path, key: str, value: str) -> None:
    text = path.read_text(encoding="utf-8")
    text, count = re.subn(rf"^{key}:.*$", f"{key}: {value}", text, count=1, flags=re.MULTILINE)
    assert count == 1, path
    path.write_text(text, encoding="utf-8")


def plant_errors(cs: ContentSet) -> set[str]:
    """One input of each error class; the files `check` must name."""
    story = cs.first(cs.stories, "*.md")
    _set_front(story, "date", "0001-01-01")
    person = cs.first(cs.people, "*/index.md")
    long_slug = "a" + "-lang" * 30
    shutil.copytree(person.parent, cs.root / cs.people / long_slug)
    (cs.root / cs.people / "jan-los.md").write_text(
        "---\nname: Jan Los\nterm:\n  start: 2025-01-01\n---\nJan.\n", encoding="utf-8")
    with person.open("a", encoding="utf-8") as out:
        out.write('\n\nKlik hier.\n{: onclick="alert(1)" }\n')
    docs = cs.root / cs.docs
    (docs / "logo-aanval.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        encoding="utf-8")
    (docs / "sjabloon.md").write_text("---\ntemplate: partials/header.html\n---\n# Sjabloon\n",
                                      encoding="utf-8")
    (docs / "agenda").mkdir(exist_ok=True)
    (docs / "agenda" / "index.md").write_text("# Mijn agenda\n", encoding="utf-8")
    return {story.relative_to(cs.root).as_posix(),
            f"{cs.people}/{long_slug}", f"{cs.people}/jan-los.md",
            person.relative_to(cs.root).as_posix(), f"{cs.docs}/logo-aanval.svg",
            f"{cs.docs}/sjabloon.md", f"{cs.docs}/agenda/index.md"}


def test_every_error_class_is_named_by_check_and_stops_the_build(pristine: ContentSet,
                                                                  tmp_path: Path) -> None:
    cs = copy_of(pristine, tmp_path / "site")
    named = plant_errors(cs)
    done = run_cli(cs.root, "check", "--format", "json", epoch=cs.epoch)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    problems = json.loads(done.stdout)
    errors = {p["path"] for p in problems if p["severity"] == "error"}
    for path in named:
        assert any(e == path or e.startswith(path + "/") for e in errors), (path, errors)
    assert all(p["message_nl"] and p["message_nl"] != p["message"] for p in problems
               if p["severity"] == "error")
    result = build(cs.root, cs.epoch)
    assert result.code != 0 and "Traceback" not in result.out, result.out[-3000:]
    assert not (cs.root / "site" / "logo-aanval.svg").exists()


@pytest.mark.parametrize("option, top_level", [
    ("", "edit_uri: 'javascript:alert(1)//'"),
    ("labels: {nav_home: '<img src=x onerror=alert(1)>'}", ""),
    ("feed_items: 100000000000000000000", ""),
    ("cache_dir: ../buiten", ""),
], ids=["edit_uri", "label", "number", "folder"])
def test_a_bad_option_is_an_error_of_mkdocs_yml(pristine: ContentSet, tmp_path: Path,
                                               option: str, top_level: str) -> None:
    cs = copy_of(pristine, tmp_path / "site")
    if option:
        cs.plugin_option(option)
    if top_level:
        cs.top_level(top_level)
    done = run_cli(cs.root, "check", epoch=cs.epoch)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert re.search(r"^error: mkdocs\.yml:\d+:", done.stdout, re.MULTILINE), done.stdout
    assert "NL: mkdocs.yml:" in done.stdout
    result = build(cs.root, cs.epoch)
    assert result.code != 0 and "Traceback" not in result.out, result.out[-3000:]
    assert not (tmp_path / "buiten").exists()


def plant_advisories(cs: ContentSet) -> None:
    story = cs.first(cs.stories, "*.md")
    text = story.read_text(encoding="utf-8")
    text = re.sub(r"^title: (.*)$", lambda m: f"title: {m.group(1)}{CONTROL[0]}", text,
                  count=1, flags=re.MULTILINE)
    story.write_text(text + f"\n\nUit een pdf{CONTROL} geplakt.\n", encoding="utf-8")
    issue = cs.first(f"{cs.docs}/newsletter", "*.md")
    with issue.open("a", encoding="utf-8") as out:
        out.write(f'\n\n![](https://{PIXEL_HOST}/p.gif)\n\n<img src="//{PIXEL_HOST}/q.gif" '
                  'alt="">\n')
    hook = cs.root / "hook.py"
    hook.write_text("", encoding="utf-8")
    cs.top_level("hooks:\n  - hook.py")


def test_advisories_never_stop_publishing_and_reach_no_output(pristine: ContentSet,
                                                               tmp_path: Path) -> None:
    cs = copy_of(pristine, tmp_path / "site")
    before = {p["id"] for p in json.loads(run_cli(cs.root, "check", "--format", "json",
                                                  epoch=cs.epoch).stdout)}
    plant_advisories(cs)
    done = run_cli(cs.root, "check", "--format", "json", epoch=cs.epoch)
    assert done.returncode == 0, done.stdout + done.stderr
    found = {p["id"] for p in json.loads(done.stdout)} - before
    assert found == {"text.control", "newsletter.remote_image", "option.hooks"}
    assert "U+000C" in done.stdout
    result = build(cs.root, cs.epoch)
    assert result.code == 0, result.out[-3000:]
    assert PIXEL_HOST.encode() not in result.all_bytes()
    for path in result.site.rglob("*"):
        if path.suffix in TEXT_OUTPUTS:
            text = path.read_text(encoding="utf-8")
            assert not [c for c in CONTROL if c in text], path
    for feed in result.site.glob("feeds/*.*ml"):
        assert not feedparser.parse(feed.read_bytes()).bozo, feed
    Calendar.from_ical((result.site / "agenda.ics").read_bytes())
