"""Front matter: a line number for every key and value, scalars kept as the text the author
typed, and files saved with Windows line endings."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.sources.errors import FieldError
from generator.sources.front_matter.parse import Mapping, Scalar, Sequence, parse

from .sitefiles import load, text, write

DOC = text("""
    ---
    name: Jan Jansen
    # a comment line
    term:
      start: 2025-01-20
      end: 2027-01-19
    themes:
      - inclusief werkgeverschap
      - medezeggenschap
    links: {website: https://example.nl}
    podium:
      - date: 2025-03-12
        kind: workshop
        title: |
          Twee
          regels
      - {date: 2025-04-01, kind: artikel, title: Stuk}
    ---
    Eerste alinea.
    """)


@pytest.fixture(scope="module")
def meta() -> Mapping:
    return parse(DOC).meta


@pytest.mark.parametrize(("path", "key_line"), [
    (("name",), 2),
    (("term",), 4),
    (("term", "start"), 5),
    (("term", "end"), 6),
    (("themes",), 7),
    (("links",), 10),
    (("links", "website"), 10),
    (("podium",), 11),
])
def test_key_lines(meta: Mapping, path: tuple[str, ...], key_line: int) -> None:
    node: Mapping = meta
    for key in path[:-1]:
        node = node.entries[key].value  # type: ignore[assignment]
    assert node.entries[path[-1]].key_line == key_line


def test_value_lines(meta: Mapping) -> None:
    entries = meta.entries
    assert entries["name"].value == Scalar("Jan Jansen", 2, True)
    assert entries["term"].value.line == 5          # a block mapping starts at its first key
    themes = entries["themes"].value
    assert isinstance(themes, Sequence)
    assert [(item.text, item.line) for item in themes.items] == [   # type: ignore[union-attr]
        ("inclusief werkgeverschap", 8), ("medezeggenschap", 9)]
    podium = entries["podium"].value
    assert isinstance(podium, Sequence)
    first, second = podium.items
    assert isinstance(first, Mapping) and isinstance(second, Mapping)
    assert (first.line, first.entries["kind"].key_line, first.entries["title"].key_line) == \
        (12, 13, 14)
    assert first.entries["title"].value.text == "Twee\nregels\n"  # type: ignore[union-attr]
    assert (second.line, second.entries["title"].key_line) == (17, 17)


def test_body_and_its_first_line() -> None:
    document = parse(DOC)
    assert document.body == "Eerste alinea.\n"
    assert document.body_line == 19


@pytest.mark.parametrize(("source", "expected", "plain"), [
    ("NO", "NO", True),
    ("no", "no", True),
    ("yes", "yes", True),
    ("On", "On", True),
    ("1.10", "1.10", True),
    ("01234", "01234", True),
    ("0x1F", "0x1F", True),
    ("1e3", "1e3", True),
    (".inf", ".inf", True),
    ("2025-01-20", "2025-01-20", True),
    ("2025-01-20 10:00:00", "2025-01-20 10:00:00", True),
    ("12:30", "12:30", True),                     # YAML 1.1 would make this 750
    ("Jan # a comment", "Jan", True),
    ('"true"', "true", False),
    ("'yes'", "yes", False),
    ('"null"', "null", False),
])
def test_scalars_are_kept_as_typed_text(source: str, expected: str, plain: bool) -> None:
    value = parse(f"---\nfield: {source}\n---\n").meta.entries["field"].value

    assert value == Scalar(expected, 2, plain)
    assert not value.is_null


@pytest.mark.parametrize("source", ["", "~", "null", "Null", "NULL"])
def test_empty_values_are_null(source: str) -> None:
    value = parse(f"---\nfield: {source}\n---\n").meta.entries["field"].value

    assert isinstance(value, Scalar) and value.is_null


@pytest.mark.parametrize(("source", "meta_line", "body", "body_line"), [
    ("---\n---\n", 2, "", 3),
    ("---\nname: Jan\n...\nTekst\n", 2, "Tekst\n", 4),   # YAML's document end marker
    ("---  \nname: Jan\n---\t\n\nTekst", 2, "\nTekst", 4),
])
def test_fences(source: str, meta_line: int, body: str, body_line: int) -> None:
    document = parse(source)

    assert (document.meta.line, document.body, document.body_line) == (meta_line, body,
                                                                      body_line)


@pytest.mark.parametrize(("source", "line", "phrase"), [
    ("", 1, "expected front matter at the top"),
    ("name: Jan\n", 1, "expected front matter at the top"),
    (" ---\nname: Jan\n---\n", 1, "expected front matter at the top"),
    ("---\nname: Jan\n", 1, "the front matter is not closed"),
    ("---\nname: Jan\nrole: x\nname: Piet\n---\n", 4,
     "field 'name' appears twice (also on line 2)"),
    ("---\nterm:\n  start: 2025-01-20\n  start: 2025-01-21\n---\n", 4,
     "field 'start' appears twice (also on line 3)"),
    ("---\n- a\n- b\n---\n", 2, "not a single value or a list"),
    ("---\nname: Jan\nrole: a: b\n---\n", 3, "not valid YAML"),
    ("---\nname: Jan\n\trole: x\n---\n", 3, "not valid YAML"),
    ("---\n? [a, b]\n: c\n---\n", 2, "a field name must be plain text"),
    ("---\nname: &x [*x]\n---\n", 2, ""),            # a list that contains itself
])
def test_bad_front_matter_raises_with_the_line(source: str, line: int, phrase: str) -> None:
    with pytest.raises(FieldError) as raised:
        parse(source)

    assert raised.value.line == line
    assert phrase in raised.value.message


def test_windows_line_endings_parse_like_unix_ones() -> None:
    unix = DOC
    windows = DOC.replace("\n", "\r\n")

    assert parse(windows).meta == parse(unix).meta
    assert parse(windows).body_line == parse(unix).body_line


CRLF = ("---\r\nname: Jan Jansen\r\nterm:\r\n  start: 2025-01-20\r\nhonorary: yes\r\n"
        "themes: [a,\r\n  b]\r\n---\r\nEerste regel.\r\n\r\n<script>x</script>\r\n")


def test_windows_file_reports_the_right_lines(tmp_path: Path) -> None:
    write(tmp_path, {"ambassadors/jan/index.md": CRLF.encode()})
    _, report = load(tmp_path)

    assert [(p.line, p.field) for p in report.problems] == [(5, "honorary"), (11, "body")]


def test_windows_file_loads_without_carriage_returns(tmp_path: Path) -> None:
    write(tmp_path, {"ambassadors/jan/index.md": CRLF.replace("honorary: yes", "honorary: true")
                     .replace("<script>x</script>", "Laatste regel.").encode()})
    sources, report = load(tmp_path)

    assert report.problems == []
    (jan,) = sources.ambassadors
    assert (jan.name, jan.themes, jan.honorary) == ("Jan Jansen", ("a", "b"), True)
    assert "\r" not in jan.body
    assert jan.body == "Eerste regel.\n\nLaatste regel.\n"


def test_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    write(tmp_path, {"ambassadors/jan/index.md":
                     "\ufeff---\nname: Jan\nterm:\n  start: 2025-01-20\nregion: NO\n---\n"
                     .encode()})
    sources, report = load(tmp_path)

    assert report.problems == []
    assert sources.ambassadors[0].region == "NO"
