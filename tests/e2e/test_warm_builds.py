"""Warm builds do only what changed (issue 32): calendars assembled from kept parts, press
kits kept whole, photos not read again while unchanged. Each is read back against a build
that kept nothing, and each shown to notice a change: a moved clock, an edited event or
announcement, a photo damaged after it passed, a damaged cache."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.sitebuilder import Result, build
from tests.zorgnetwerk import EPOCH, write_site

KEPT = ".cache/ambassadors/kept"
NO_CACHE = {"AMBASSADORS_NO_CACHE": "1"}
EVENT = "docs/events/2026-07-zomerbijeenkomst.md"

# A build in one process that says afterwards which of these libraries it imported.
IMPORTS = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
build(load_config("mkdocs.yml", site_dir=sys.argv[1]))
print("imported:", " ".join(m for m in ("icalendar",) if m in sys.modules))
"""


def same_files(one: Path, other: Path) -> list[str]:
    """The files that differ between two built sites, or exist in one only."""
    names = {p.relative_to(one) for p in one.rglob("*") if p.is_file()} | \
        {p.relative_to(other) for p in other.rglob("*") if p.is_file()}
    return sorted(str(n) for n in names if not (one / n).is_file() or not (other / n).is_file()
                  or (one / n).read_bytes() != (other / n).read_bytes())


def imported(root: Path, site_dir: str, epoch: int = EPOCH) -> str:
    done = subprocess.run([sys.executable, "-c", IMPORTS, site_dir], cwd=root,
                          env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().rsplit("imported:", 1)[1].strip()


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    root = write_site(tmp_path)
    first = build(root, EPOCH)
    assert first.code == 0, first.out
    return root


def test_a_warm_build_imports_no_icalendar_and_equals_a_build_that_kept_nothing(
        root: Path) -> None:
    assert imported(root, "warm") == ""
    fresh = build(root, EPOCH, site_dir="fresh", env=NO_CACHE)
    assert fresh.code == 0
    assert same_files(root / "warm", fresh.site) == []
    assert (root / "warm/agenda.ics").read_bytes().count(b"BEGIN:VEVENT") >= 1


def test_without_kept_parts_the_calendar_is_made_again(root: Path) -> None:
    (root / KEPT / "calendar-parts.json").unlink()
    assert imported(root, "made") == "icalendar"
    assert same_files(root / "site", root / "made") == []


@pytest.mark.parametrize("damage", ["{", "[]", '{"format": 1, "parts": {"x": 3}}',
                                    '{"format": 1, "parts": []}'])
def test_a_damaged_store_is_made_again(root: Path, damage: str) -> None:
    (root / KEPT / "calendar-parts.json").write_text(damage, encoding="utf-8")
    (root / KEPT / "checked-images.json").write_text(damage, encoding="utf-8")
    (root / KEPT / "image-facts.json").write_text(damage, encoding="utf-8")
    again = build(root, EPOCH, site_dir="again")
    assert again.code == 0, again.out
    assert same_files(root / "site", again.site) == []


def test_a_later_clock_stamps_the_kept_events_with_its_own_time(root: Path) -> None:
    later = EPOCH + 3600 + 17
    warm = build(root, later, site_dir="later")
    fresh = build(root, later, site_dir="fresh", env=NO_CACHE)
    assert warm.code == fresh.code == 0
    assert same_files(warm.site, fresh.site) == []
    calendar = (warm.site / "agenda.ics").read_text(encoding="utf-8")
    assert "DTSTAMP:20260615T110017Z" in calendar and "20260615T100000Z" not in calendar


def test_an_edited_event_is_made_again(root: Path) -> None:
    event = root / EVENT
    event.write_text(event.read_text(encoding="utf-8").replace(
        "Een middag in de tuin.", "Een middag in de kas."), encoding="utf-8")
    warm = build(root, EPOCH, site_dir="edited")
    fresh = build(root, EPOCH, site_dir="fresh", env=NO_CACHE)
    assert same_files(warm.site, fresh.site) == []
    assert "Een middag in de kas." in (warm.site / "agenda.ics").read_text(encoding="utf-8")
    parts = json.loads((root / KEPT / "calendar-parts.json").read_text(encoding="utf-8"))
    assert not any("in de tuin" in part for part in parts["parts"].values())  # not kept


def kit_names(site: Path) -> dict[str, list[str]]:
    kits = {}
    for kit in sorted(site.rglob("*.zip")):
        with zipfile.ZipFile(kit) as archive:
            kits[kit.name] = sorted(archive.namelist())
    return kits


def test_press_kits_are_kept_whole_and_made_again_when_their_text_changes(root: Path) -> None:
    kept = sorted((root / KEPT).glob("press-kit-*.zip"))
    assert kept and kit_names(root / "site")
    appointment = root / "docs/appointments/2025.md"
    appointment.write_text(appointment.read_text(encoding="utf-8").replace(
        "Persbericht 2025.", "Een nieuw persbericht."), encoding="utf-8")
    warm = build(root, EPOCH, site_dir="edited")
    fresh = build(root, EPOCH, site_dir="fresh", env=NO_CACHE)
    assert same_files(warm.site, fresh.site) == []
    now = sorted((root / KEPT).glob("press-kit-*.zip"))
    assert len(now) == len(kept) and len(set(now) - set(kept)) == 1   # one made, old pruned


def test_a_photo_damaged_after_it_passed_is_refused_again(root: Path) -> None:
    assert json.loads((root / KEPT / "checked-images.json").read_text(encoding="utf-8"))
    photo = next((root / "mensen").rglob("foto.jpg"))
    data = photo.read_bytes()
    photo.write_bytes(data[: len(data) // 3])   # cut off: another size, another time
    result: Result = build(root, EPOCH, site_dir="damaged")
    assert result.code != 0
    assert "cannot be read to the end" in result.out
