"""Pagefind's index read back, for tests: every indexed page (its URL, text, metadata and
filters) and the raw bytes of every chunk, to prove a word is or is not anywhere in it.

Pagefind writes gzip files that start with a signature; fragments are JSON after it, the
word index, metadata and filter chunks are CBOR (their words appear as UTF-8 strings)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


def _chunk(path: Path) -> bytes:
    data = gzip.decompress(path.read_bytes())
    assert data.startswith(SIGNATURE), path
    return data[len(SIGNATURE):]


def pages(site: Path, bundle: str = "pagefind") -> list[dict]:
    """Every indexed page: {'url', 'content', 'meta', 'filters', ...}, sorted by URL."""
    found = [json.loads(_chunk(p)) for p in sorted((site / bundle / "fragment").iterdir())]
    return sorted(found, key=lambda page: page["url"])


def by_url(site: Path, bundle: str = "pagefind") -> dict[str, dict]:
    return {page["url"]: page for page in pages(site, bundle)}


def everything(site: Path, bundle: str = "pagefind") -> bytes:
    """All chunks decompressed and joined: the words, metadata, filters and page texts."""
    root = site / bundle
    chunks = [p for p in sorted(root.rglob("*")) if p.is_file()
              and p.suffix in (".pf_fragment", ".pf_index", ".pf_meta", ".pf_filter")]
    return b"\n".join(_chunk(p) for p in chunks)
