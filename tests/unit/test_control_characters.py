"""Control characters in source texts (content-model.md v1.4, "Text"): found by line and
code point, taken out as a file is read (raw, or made by a YAML escape), and reported as an
advisory `text.control` naming file, line and field; the invisible characters that disguise
a name stay an error (`text.invisible`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.domain.text.plain import (
    CONTROL,
    MAX_CONTROL_LINES,
    controls_by_line,
    invisible_in,
    without_controls,
)
from generator.messages.severity import Severity
from generator.sources.front_matter.parse import parse
from tests.unit.sitefiles import findings, load, write

# Every class the rule names, and what it leaves alone.
REMOVED = ["\x00", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x80", "\x85", "\x9b",
           "\x9f", "\ud800", "\udfff", "\ufffe", "\uffff"]
KEPT = ["\t", "\n", "\r", " ", "\xa0", "é", "\u200d", "\ufffd", "😀", "\U0010fffd"]


@pytest.mark.parametrize("char", REMOVED)
def test_controls_are_found_and_removed(char: str) -> None:
    assert CONTROL.search(f"a{char}b")
    assert without_controls(f"a{char}b") == "ab"
    assert controls_by_line(f"x\ny{char}", 4) == ((5, f"U+{ord(char):04X}"),)


@pytest.mark.parametrize("char", KEPT)
def test_text_characters_stay(char: str) -> None:
    assert CONTROL.search(f"a{char}b") is None


def test_one_entry_per_line_each_code_point_once_and_a_bounded_list() -> None:
    assert controls_by_line("a\x0cb\x0c\x08\nok\n\x00") == ((1, "U+000C, U+0008"),
                                                          (3, "U+0000"))
    assert len(controls_by_line("\x0c\n" * 1000)) == MAX_CONTROL_LINES
    many = "".join(chr(c) for c in range(0x80, 0xA0))
    assert controls_by_line(many)[0][1].endswith("U+0087, …")


def test_invisible_characters_include_the_controls_for_other_values() -> None:
    """Options (press contact, sign-up form) are no source file: there a control stays an
    error, like a zero-width space."""
    assert invisible_in("Jan\ufffe") is not None and invisible_in("Jan\u200b") is not None


def test_a_yaml_escape_makes_no_control_in_a_value() -> None:
    doc = parse('---\ntitle: "Over\\fons\\0"\nthemes: ["a\\x08", "b\\uFFFE"]\n---\nTekst.\n')
    assert doc.meta.entries["title"].value.text == "Overons"   # type: ignore[union-attr]
    assert doc.controls == ((2, "U+000C, U+0000"), (3, "U+0008, U+FFFE"))


def test_the_loader_reports_each_line_with_its_field(tmp_path: Path) -> None:
    write(tmp_path, {
        "ambassadors/jan/index.md": "---\nname: Jan\x0c de Vries\nrole: \"Rol\\b\"\nterm:\n"
                                    "  start: 2025-01-01\n---\nTekst\x00 met NUL.\n",
        "content/over.md": "---\ntitle: Over\x0c ons\n---\n# Over\n\nTekst\x08.\n",
        "content/index.md": "# Home\n\nZonder kop\x7f.\n",
    })
    sources, report = load(tmp_path)
    assert sources.ambassadors[0].name == "Jan de Vries"
    assert sources.ambassadors[0].role == "Rol"
    assert "\x00" not in sources.ambassadors[0].body
    said = [(p.path, p.line, p.field, p.message_id, p.severity) for p in findings(report)]
    advisory = Severity.ADVISORY
    assert said == [
        ("ambassadors/jan/index.md", 2, "name", "text.control", advisory),
        ("ambassadors/jan/index.md", 3, "role", "text.control", advisory),
        ("ambassadors/jan/index.md", 7, "body", "text.control", advisory),
        ("content/index.md", 3, "body", "text.control", advisory),
        ("content/over.md", 2, "title", "text.control", advisory),
        ("content/over.md", 6, "body", "text.control", advisory),
    ]
    assert "U+000C" in findings(report)[0].message and "U+000C" in findings(report)[0].message_nl


def test_a_zero_width_space_stays_an_error(tmp_path: Path) -> None:
    write(tmp_path, {"ambassadors/jan/index.md": "---\nname: Jan\u200b de Vries\nterm:\n"
                                                 "  start: 2025-01-01\n---\n"})
    _, report = load(tmp_path, unsafe_is_error=True)
    assert [(p.field, p.message_id) for p in report.errors] == [("name", "text.invisible")]


@pytest.mark.parametrize("name", ["pdf\x0cpagina.md", "map\x08/index.md", "a\u200bb.md"])
def test_a_hand_written_page_named_with_a_hidden_character_is_an_error(tmp_path: Path,
                                                                      name: str) -> None:
    write(tmp_path, {f"content/{name}": "# Pagina\n"})
    _, report = load(tmp_path)
    assert [(p.path, p.message_id) for p in report.errors] == \
        [(f"content/{name}", "file.name_invisible")]
