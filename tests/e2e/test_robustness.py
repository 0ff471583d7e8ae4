"""Hostile and accidental inputs from pull requests: each one is a clear error naming the
file (and the line and field where there is one), for `check` and `mkdocs build` alike,
with exit code 1, no traceback, and nothing written by `check`."""

from __future__ import annotations

import hashlib
import os
import re
import resource
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.sitebuilder import build, portrait, run_cli, write
from tests.zorgnetwerk import EPOCH, write_site

STORY = """\
---
title: {title}
date: 2026-05-01
ambassadors: [anouk-de-wit]
---
Tekst.
"""


@dataclass(frozen=True)
class Case:
    """A bad input, written into a valid site, and the messages it must produce."""

    name: str
    setup: Callable[[Path], None]
    messages: tuple[str, ...]


def non_utf8(root: Path) -> None:
    text = "---\nname: Pieter Vos\nrole: Bestuurder van Caf\xe9 De Hoek\nterm:\n" \
           "  start: 2026-09-01\n---\nTekst.\n"
    (root / "mensen/pieter-vos/index.md").write_bytes(text.encode("latin-1"))


def empty(root: Path) -> None:
    (root / "verhalen-bron/leeg.md").write_bytes(b"")


def list_front_matter(root: Path) -> None:
    write(root, {"docs/events/2026-08-lijst.md":
                 "---\n- title: Zomer\n- start: 2026-08-01\n---\nTekst.\n"})


def huge(root: Path) -> None:
    body = "Een alinea over sociale innovatie, keer op keer herhaald.\n\n" * 90_000
    write(root, {"docs/newsletter/groot.md":
                 "---\ntitle: Groot\ndate: 2026-05-01\n---\n" + body})
    assert (root / "docs/newsletter/groot.md").stat().st_size > 5 * 1024 * 1024


def case_duplicate(root: Path) -> None:
    write(root, {"verhalen-bron/Mijn-Verhaal.md": STORY.format(title="Hoofdletters"),
                 "verhalen-bron/mijn-verhaal.md": STORY.format(title="Kleine letters")})


def file_and_folder(root: Path) -> None:
    write(root, {"verhalen-bron/x.md": STORY.format(title="Als bestand"),
                 "verhalen-bron/x/index.md": STORY.format(title="Als map")})


def ambassador_folder_with_spaces(root: Path) -> None:
    write(root, {"mensen/Jan Jansen/index.md":
                 "---\nname: Jan Jansen\nterm:\n  start: 2025-01-01\n---\nTekst.\n"})


def story_with_spaces(root: Path) -> None:
    write(root, {"verhalen-bron/mijn verhaal/index.md": STORY.format(title="Spaties")})


def photo_link_outside(root: Path) -> None:
    outside = root.parent / "elders" / "foto.jpg"
    portrait(outside)
    photo = root / "mensen/anouk-de-wit/foto.JPG"
    photo.unlink()
    photo.symlink_to(outside)


def photo_link_to_a_sibling(root: Path) -> None:
    photo = root / "mensen/anouk-de-wit/foto.JPG"
    photo.unlink()
    photo.symlink_to(Path("../lotte-geheim/foto.jpg"))


def photo_cut_off(root: Path) -> None:
    photo = root / "mensen/lotte-geheim/foto.jpg"
    data = photo.read_bytes()
    photo.write_bytes(data[: len(data) // 3])


def photo_header_lies(root: Path) -> None:
    """A PNG whose header promises 3000 x 3000 pixels (9 megapixels, within the limit) over
    the few bytes of pixel data of a 4 x 4 image."""
    import struct
    import zlib
    from io import BytesIO

    from PIL import Image
    out = BytesIO()
    Image.new("RGB", (4, 4), (9, 9, 9)).save(out, "PNG")
    data = bytearray(out.getvalue())
    ihdr = struct.pack(">II", 3000, 3000) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    write(root, {"mensen/sara-smit/foto.png": bytes(data), "mensen/sara-smit/index.md":
                 "---\nname: Sara Smit\nphoto: foto.png\nterm:\n  start: 2025-01-01\n---\n"})


CASES = [
    Case("non-utf8", non_utf8, (
        "mensen/pieter-vos/index.md:3: the file is not UTF-8 text: save it as UTF-8",)),
    Case("empty-file", empty, (
        "verhalen-bron/leeg.md:1: expected front matter at the top",)),
    Case("front-matter-is-a-list", list_front_matter, (
        "docs/events/2026-08-lijst.md:2: the front matter must be a list of 'field: value' "
        "lines, not a single value or a list",)),
    Case("5-mb-markdown", huge, (
        "docs/newsletter/groot.md: the file is 5.",
        "MiB; a Markdown source may be at most 1 MiB")),
    Case("slugs-differing-in-case", case_duplicate, (
        "verhalen-bron/Mijn-Verhaal.md: the story name 'Mijn-Verhaal' is not a valid slug",)),
    Case("file-beside-folder", file_and_folder, (
        "verhalen-bron/x.md: duplicate story 'x': verhalen-bron/x/index.md has the same name",)),
    Case("ambassador-folder-with-spaces", ambassador_folder_with_spaces, (
        "mensen/Jan Jansen/index.md: the ambassador name 'Jan Jansen' is not a valid slug: "
        "use lowercase letters a-z, digits and hyphens, like 'jan-jansen'",)),
    Case("story-folder-with-spaces", story_with_spaces, (
        "verhalen-bron/mijn verhaal/index.md: the story name 'mijn verhaal' is not a valid "
        "slug",)),
    Case("photo-cut-off", photo_cut_off, (
        "mensen/lotte-geheim/index.md:4: photo: 'foto.jpg' cannot be read to the end",)),
    Case("photo-header-lies", photo_header_lies, (
        "mensen/sara-smit/index.md:3: photo: 'foto.png' cannot be read to the end",)),
    Case("photo-symlink-outside", photo_link_outside, (
        "mensen/anouk-de-wit/foto.JPG: is a symbolic link",)),
    Case("photo-symlink-to-another-folder", photo_link_to_a_sibling, (
        "mensen/anouk-de-wit/foto.JPG: is a symbolic link",)),
]
IDS = [case.name for case in CASES]
ANNOTATION = re.compile(r"^::(error|warning) file=[^,:]+(,line=\d+)?(,title=[^:,]+)?::.+$")


def broken(tmp_path: Path, case: Case) -> Path:
    root = write_site(tmp_path / "netwerk")
    case.setup(root)
    return root


def snapshot(root: Path) -> dict[str, str]:
    """Every path under the site with a digest of its content (links are not followed)."""
    state = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            state[rel] = f"-> {path.readlink()}"
        elif path.is_file():
            state[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            state[rel] = "dir"
    return state


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_check(tmp_path: Path, case: Case) -> None:
    root = broken(tmp_path, case)
    before = snapshot(root)
    done = run_cli(root, "check", epoch=EPOCH)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    for message in case.messages:
        assert message in done.stdout, done.stdout
    assert done.stdout.count("error: ") == 1, done.stdout  # one input, one problem
    assert snapshot(root) == before


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_build(tmp_path: Path, case: Case) -> None:
    root = broken(tmp_path, case)
    result = build(root, EPOCH, strict=False)
    assert result.code == 1, result.out
    assert "Traceback" not in result.out
    for message in case.messages:
        assert message in result.out, result.out
    assert "1 problem(s) in the sources" in result.out


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_github_annotations(tmp_path: Path, case: Case) -> None:
    root = broken(tmp_path, case)
    done = run_cli(root, "check", "--format", "github", epoch=EPOCH)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines and all(ANNOTATION.match(line) for line in lines), lines
    where = case.messages[0].split(": ", 1)[0]  # 'path:line' or 'path'
    path, _, line = where.partition(":")
    expected = f"file={path}" + (f",line={line}" if line else "")
    assert any(expected in annotation for annotation in lines), lines


def test_all_bad_inputs_at_once_are_all_reported(tmp_path: Path) -> None:
    root = write_site(tmp_path / "netwerk")
    for case in CASES[:-1]:  # the last two both break the same photo
        case.setup(root)
    done = run_cli(root, "check", epoch=EPOCH)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    for case in CASES[:-1]:
        for message in case.messages:
            assert message in done.stdout, (case.name, done.stdout)
    assert f"{len(CASES) - 1} error(s)" in done.stderr


# A body that took Python-Markdown hours: each '[' reads on to the end of the paragraph.
BRACKETS = STORY.format(title="Haken").replace("Tekst.\n", "[" * 300_000 + "\n")
BRACKETS_ERROR = ("verhalen-bron/haken.md:6: body: this paragraph has too many unclosed or "
                  "deeply nested brackets")
# Address space a process may use: a normal `check` gets by in 150 MB and a normal build
# in 300 MB (measured), so this leaves room for those and none for a runaway.
MEMORY = 3 << 29  # 1.5 GiB


def run_bounded(root: Path, *args: str, memory: int | None) -> subprocess.CompletedProcess:
    """`python -m <args>` in the site, as run_cli and build do, but given 60 s, and
    `memory` bytes of address space when that is set."""
    def limit() -> None:
        if memory:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    environ = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", *args], cwd=root, env=environ,
                          capture_output=True, text=True, timeout=60, preexec_fn=limit)


@pytest.mark.parametrize("memory", [None, MEMORY], ids=["unbounded", "memory-bounded"])
def test_check_answers_a_body_markdown_would_take_hours_on(tmp_path: Path,
                                                           memory: int | None) -> None:
    root = write_site(tmp_path / "netwerk")
    write(root, {"verhalen-bron/haken.md": BRACKETS})
    done = run_bounded(root, "generator", "check", memory=memory)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert BRACKETS_ERROR in done.stdout, done.stdout


@pytest.mark.parametrize("memory", [None, MEMORY], ids=["unbounded", "memory-bounded"])
def test_build_stops_before_markdown_reads_such_a_body(tmp_path: Path,
                                                       memory: int | None) -> None:
    root = write_site(tmp_path / "netwerk")
    write(root, {"verhalen-bron/haken.md": BRACKETS})
    done = run_bounded(root, "mkdocs", "build", "--strict", "--site-dir", "site",
                       memory=memory)
    out = done.stdout + done.stderr
    assert done.returncode != 0, out[-3000:]
    assert "Traceback" not in out
    assert BRACKETS_ERROR in out, out[-3000:]
    assert not (root / "site/verhalen/haken/index.html").exists()


def test_check_answers_a_body_of_unclosed_images(tmp_path: Path) -> None:
    """The image scan of a body (`![alt](file)`) is linear too: it took minutes here."""
    root = write_site(tmp_path / "netwerk")
    write(root, {"verhalen-bron/haken.md": BRACKETS.replace("[" * 300_000, "![a](" * 200_000)})
    done = run_bounded(root, "generator", "check", memory=MEMORY)
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    assert "verhalen-bron/haken.md:6: body: this paragraph has too many unclosed" in done.stdout
