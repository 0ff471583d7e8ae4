"""Front matter built to blow up the parser: anchors and aliases ("billion laughs"), deep
nesting, a megabyte on one line. Each is a clear error with its line, fast, and within a
memory limit that a parser expanding the aliases would exceed many times over."""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.sources.errors import FieldError
from generator.sources.front_matter.parse import MAX_DEPTH, parse

LAUGHS = "---\nname: Jan\n" + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + \
    "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10)) + \
    "role: *a9\n---\nTekst.\n"


@pytest.mark.parametrize(("source", "line", "field"), [
    ("---\nname: &n Jan\nrole: *n\n---\n", 2, "name"),
    ("---\nname: Jan\nterm: &t\n  start: 2025-01-20\n  end: *t\n---\n", 3, "term"),
    ("---\nname: Jan\nrole: *onbekend\n---\n", 3, "role"),
    (LAUGHS, 3, "a0"),
])
def test_anchors_and_aliases_are_errors_naming_line_and_field(source: str, line: int,
                                                              field: str | None) -> None:
    with pytest.raises(FieldError) as raised:
        parse(source)
    assert "YAML anchors and aliases" in raised.value.message
    assert "ankers" in (raised.value.nl or "")
    assert (raised.value.line, raised.value.field) == (line, field)


@pytest.mark.parametrize("nesting", ["flow", "block"])
def test_deep_nesting_is_an_error_not_a_recursion(nesting: str) -> None:
    depth = 100_000
    if nesting == "flow":
        value = "[" * depth + "]" * depth
    else:
        value = "\n" + "".join("  " * i + "-\n" for i in range(1, 200)) + "  " * 200 + "- x"
    with pytest.raises(FieldError) as raised:
        parse(f"---\nname: Jan\nthemes: {value}\n---\n")
    assert f"more than {MAX_DEPTH} deep" in raised.value.message
    assert raised.value.field == "themes"
    assert raised.value.line == (3 if nesting == "flow" else 3 + MAX_DEPTH)


def test_the_deepest_real_field_still_parses() -> None:
    doc = parse("---\npodium:\n  - date: 2026-01-01\n    kind: workshop\n    title: x\n---\n")
    entry = doc.meta.entries["podium"].value.items[0]  # type: ignore[union-attr]
    assert entry.entries["title"].value.text == "x"  # type: ignore[union-attr]


HOSTILE = {
    "billion-laughs": LAUGHS,
    "deep-flow": "---\nname: Jan\nthemes: " + "[" * 400_000 + "]" * 400_000 + "\n---\n",
    "megabyte-line": "---\nname: Jan\nrole: " + "x" * 1_000_000 + "\nterm:\n  start: "
                     "2025-01-20\n---\n",
    "megabyte-flow-list": "---\nname: Jan\nthemes: [" + "a, " * 330_000 + "a]\nterm:\n  start: "
                          "2025-01-20\n---\n",
}


def run_limited(source: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`check` on a site holding the source, in a process that may use at most 1 GiB of
    address space and 20 s of CPU: expanding the laughs would need hundreds of GiB."""
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    (site / "ambassadors/jan").mkdir(parents=True)
    (site / "mkdocs.yml").write_text("site_name: T\nsite_url: https://t.example/\n"
                                     "docs_dir: docs\nplugins:\n  - ambassadors\n")
    (site / "ambassadors/jan/index.md").write_text(source, encoding="utf-8")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        resource.setrlimit(resource.RLIMIT_CPU, (20, 20))

    return subprocess.run([sys.executable, "-m", "generator", "check"], cwd=site,
                          capture_output=True, text=True, timeout=60, preexec_fn=limit)


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_check_answers_hostile_front_matter_within_limits(case: str, tmp_path: Path) -> None:
    done = run_limited(HOSTILE[case], tmp_path)
    out = done.stdout + done.stderr
    assert "Traceback" not in out and "MemoryError" not in out, out[-2000:]
    assert done.returncode in (0, 1), out[-2000:]   # not killed by a limit
    if case == "megabyte-line":
        assert "role: the text is 1000000 characters long" in done.stdout
    elif case == "megabyte-flow-list":
        assert "themes: the list has 330001 items" in done.stdout
    else:
        assert "ambassadors/jan/index.md:3:" in done.stdout, out[-2000:]


def test_the_limits_leave_room_for_a_normal_check(tmp_path: Path) -> None:
    normal = textwrap.dedent("""\
        ---
        name: Jan
        term:
          start: 2025-01-20
        ---
        Tekst.
        """)
    done = run_limited(normal, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
