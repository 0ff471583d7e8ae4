"""Pagefind's bundle made reproducible: the same pages give the same bytes.

Pagefind 1.5.2 writes each filter chunk's values, and the filter list in its metadata, in
the order of a Rust HashMap, which is random per run; the chunk names are hashes of the
content, so they change too, and with them the metadata and the entry file that name them.
This puts both lists in a fixed order, names each rewritten file by a hash of its new
content, and points the metadata and the entry file at the new names. Nothing else changes:
the index chunks and fragments are already the same every run.

Formats (Pagefind's own): a chunk is gzip of a signature and CBOR. A filter chunk is
[filter, [[value, [page, ...]], ...]]; the metadata is [version, pages, index chunks,
[[filter, chunk name], ...], sorts, meta keys]; chunk names are '<language>_<hash>'.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import cbor2

SIGNATURE = b"pagefind_dcd"
FILTERS = 3   # position of the filter list in the metadata


def read_chunk(path: Path) -> object:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{path.name}: not a Pagefind chunk")
    return cbor2.loads(data[len(SIGNATURE):])


def write_chunk(folder: Path, language: str, digits: int, pattern: str, value: object) -> str:
    """Write a chunk named by its content; returns its new name (without pattern)."""
    body = SIGNATURE + cbor2.dumps(value)
    name = f"{language}_{hashlib.sha256(body).hexdigest()[:digits]}"
    (folder / pattern.format(name)).write_bytes(gzip.compress(body, mtime=0))
    return name


def canonicalise(bundle: Path) -> None:
    """Rewrite the bundle's filter chunks, metadata and entry file in a fixed order."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, about in entry["languages"].items():
        meta_path = bundle / f"pagefind.{about['hash']}.pf_meta"
        meta = read_chunk(meta_path)
        renamed = {}
        for _, chunk in meta[FILTERS]:
            path = bundle / "filter" / f"{chunk}.pf_filter"
            name, values = read_chunk(path)
            path.unlink()
            renamed[chunk] = write_chunk(path.parent, language, 7, "{}.pf_filter",
                                    [name, sorted(values, key=lambda pair: pair[0])])
        meta[FILTERS] = sorted([name, renamed[chunk]] for name, chunk in meta[FILTERS])
        meta_path.unlink()
        about["hash"] = write_chunk(bundle, language, 10, "pagefind.{}.pf_meta", meta)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
