"""The cheaper reads of issue 32, against what they replace: a JPEG's end-of-image marker
found by its tail first, a source read no larger than it is, and the store of kept parts."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from generator.domain.model import Source
from generator.render.kept import KeptParts, digest_of
from generator.sources import loaders
from generator.sources.errors import Report
from generator.sources.images import _TAIL, _marker_after

EOI = b"\xff\xd9"


def whole_scan(data: bytes, start: int) -> bool:
    """What the check did before: the whole scan read and searched."""
    return EOI in data[start:]


@pytest.mark.parametrize("data, start", [
    (b"\x00" * 10 + EOI, 0),                                  # at the very end
    (b"\x00" * 10 + EOI + b"\x01" * (_TAIL * 2), 0),          # data appended after it
    (b"\x00" * 10, 0),                                         # cut off: none
    (EOI + b"\x00" * (_TAIL * 2), 4),                          # only before the scan
    (b"\x00" * (_TAIL + 5) + EOI + b"\x00" * (_TAIL - 1), 0),  # across the tail's edge
    (b"\x00" * (_TAIL + 5) + b"\xff", 0),                      # half a marker at the end
    (b"\x00" * 3 + EOI, 3),
    (b"\x00" * 3 + EOI, 4),                                    # starts inside it
])
def test_the_tail_first_says_what_the_whole_scan_says(data: bytes, start: int) -> None:
    assert _marker_after(io.BytesIO(data), start) == whole_scan(data, start)


def test_a_marker_split_over_the_tail_edge_is_found() -> None:
    size = _TAIL * 3
    for offset in (size - _TAIL - 2, size - _TAIL - 1, size - _TAIL):
        data = bytearray(size)
        data[offset:offset + 2] = EOI
        assert _marker_after(io.BytesIO(bytes(data)), 0), offset


def read(path: Path) -> tuple[str | None, Report]:
    report = Report()
    got = loaders._read_text(Source("a.md", path), report)
    return (got.text if got else None), report


@pytest.mark.parametrize("size", [0, 1, 4096, loaders.MAX_SOURCE_BYTES])
def test_a_source_up_to_the_limit_is_read_whole(tmp_path: Path, size: int) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"x" * size)
    text, report = read(path)
    assert text == "x" * size and not report.problems


def test_a_source_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"x" * (loaders.MAX_SOURCE_BYTES + 1))
    text, report = read(path)
    assert text is None and [p.message_id for p in report.problems] == ["file.too_large"]


def test_the_store_keeps_what_the_build_used_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "parts.json"
    first = KeptParts(path)
    first.keep("a", "one")
    first.keep("b", "two")
    first.save()
    second = KeptParts(path)
    assert second.find("a") == "one" and second.find("c") is None
    second.save()
    assert json.loads(path.read_text(encoding="utf-8"))["parts"] == {"a": "one"}
    assert KeptParts(path).hits == 0 and KeptParts(None).find("a") is None


def test_a_digest_tells_its_inputs_apart() -> None:
    assert digest_of("ab", "c") != digest_of("a", "bc")
    assert digest_of("x") == digest_of(b"x") != digest_of("y")
