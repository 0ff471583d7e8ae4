"""`check` reads files in two processes: the same sources and the same report, in order."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from generator.sources.errors import Report
from generator.sources.front_matter.fields import Context
from generator.sources.loaders import LoadOptions, load_sources
from generator.sources.workers import Workers

from .sitefiles import TZ, layout, write


def _site(root: Path) -> None:
    files: dict[str, str] = {}
    for n in range(260):
        bad = "\nkleur: rood" if n % 37 == 5 else ""   # an unknown field now and then
        files[f"ambassadors/persoon-{n:03d}/index.md"] = (
            f"---\nname: Persoon {n}\nterm:\n  start: 2025-01-20{bad}\n---\nBio {n}.\n")
    for n in range(430):
        date = "2026-13-01" if n % 41 == 3 else "2026-01-10"   # a bad date now and then
        files[f"stories/verhaal-{n:03d}.md"] = (
            f"---\ntitle: Verhaal {n}\ndate: {date}\nambassadors: [persoon-{n % 260:03d}]\n"
            f"---\nTekst {n}.\n")
    files["content/events/x.md"] = "---\ntitle: Bijeenkomst\nstart: gisteren\n---\nTekst.\n"
    write(root, files)


def test_two_processes_load_what_one_loads_and_report_in_the_same_order(tmp_path: Path) -> None:
    _site(tmp_path)
    options = LoadOptions(Context(TZ))
    one, two = Report(), Report()
    sequential = load_sources(layout(tmp_path), options, one)
    parallel = load_sources(layout(tmp_path), replace(options, workers=2), two)
    assert parallel == sequential
    assert len(sequential.ambassadors) == 260 and len(sequential.stories) == 430 - 11
    assert two.problems == one.problems
    fields = [p.field for p in one.problems]
    assert fields.count("kleur") == 7 and fields.count("date") == 11 and "start" in fields
    kinds = [p.path.split("/")[0] for p in one.problems]
    assert kinds == ["ambassadors"] * 7 + ["stories"] * 11 + ["content"]
    assert [p.path for p in one.problems[:18]] == sorted(p.path for p in one.problems[:18])


def _pids(part: list[int]) -> tuple[list[int], int]:
    return part, os.getpid()


def test_enough_files_are_read_in_contiguous_halves_by_other_processes() -> None:
    with Workers(2) as workers:
        parts = [f.result() for f in workers.in_parts(_pids, list(range(260)))]
        few = [f.result() for f in workers.in_parts(_pids, list(range(150)))]
    assert [items for items, _ in parts] == [list(range(130)), list(range(130, 260))]
    assert all(pid != os.getpid() for _, pid in parts)
    assert few == [(list(range(150)), os.getpid())]   # too few to be worth a process
