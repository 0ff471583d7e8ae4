"""The Turkish dotless ı folded to i in Pagefind's word index, as Pagefind folds accents.

Pagefind stores each word under its accent-free key ('theres') with the words as written
('thérèse') as variants of that key, and folds the visitor's query the same way, so that
'therese' finds Thérèse. It folds by taking marks off letters, and `ı` (U+0131) is a letter
of its own, not an i with a mark: 'Yılmaz' stays under 'yılmaz', and 'yilmaz' finds only
what happens to be spelled that way. (`İ` needs nothing: it lower-cases to i + a dot mark.)

This moves every word with `ı` to the key with `i`, as a variant, the way Pagefind stores
'thérèse'; the search page folds `ı` in the query to match (assets/javascripts/search.js).
Snippets still show the word as the page writes it: they come from the page text, which is
not touched. A chunk of the word index covers a range of keys; a moved key stays in, or
widens, the range of the chunk it sorts into. Rewritten chunks are named by their content,
like Pagefind's own, and the metadata and entry file point at the new names.

Formats (Pagefind 1.5): an index chunk is [[key, pages, [[variant, pages], ...]], ...], in
key order; the metadata's third item lists the chunks as [[first key, last key, name], ...].
"""

from __future__ import annotations

import json
from pathlib import Path

from .pagefind_order import read_chunk, write_chunk

DOTLESS = {"ı": "i"}
CHUNKS = 2   # position of the index chunk list in the metadata


def fold(word: str) -> str:
    """A key as this site folds it: Pagefind's folding, and `ı` as `i`."""
    for letter, plain in DOTLESS.items():
        word = word.replace(letter, plain)
    return word


def fold_index(bundle: Path) -> None:
    """Move the index's words with `ı` under their folded keys; a bundle without any is
    left as it is."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, about in entry["languages"].items():
        meta_path = bundle / f"pagefind.{about['hash']}.pf_meta"
        meta = read_chunk(meta_path)
        chunks = meta[CHUNKS]
        words = {name: read_chunk(bundle / "index" / f"{name}.pf_index")[0] for *_, name in chunks}
        moved = [(name, word) for name, entries in words.items() for word in entries
                 if fold(word[0]) != word[0]]
        if not moved:
            continue
        changed = set()
        for name, word in moved:
            words[name].remove(word)
            key = fold(word[0])
            target = _chunk_for(chunks, key)
            _merge(words[target[2]], key, word)
            target[0], target[1] = min(target[0], key), max(target[1], key)
            changed |= {name, target[2]}
        for chunk in chunks:
            if chunk[2] in changed:
                (bundle / "index" / f"{chunk[2]}.pf_index").unlink()
                entries = sorted(words[chunk[2]], key=lambda word: word[0])
                chunk[2] = write_chunk(bundle / "index", language, len(chunk[2]) - len(language) - 1,
                                  "{}.pf_index", [entries])
        meta_path.unlink()
        about["hash"] = write_chunk(bundle, language, len(about["hash"]) - len(language) - 1,
                               "pagefind.{}.pf_meta", meta)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")


def _chunk_for(chunks: list, key: str) -> list:
    """The chunk whose range holds `key`, else the last one that starts before it."""
    starts_before = [chunk for chunk in chunks if chunk[0] <= key] or chunks[:1]
    return next((chunk for chunk in chunks if chunk[0] <= key <= chunk[1]), starts_before[-1])


def _merge(entries: list, key: str, word: list) -> None:
    """Add `word` ([written key, pages, variants]) as variants of `key` in `entries`."""
    written, pages, variants = word
    extra = ([[written, pages]] if pages else []) + list(variants)
    same = next((entry for entry in entries if entry[0] == key), None)
    if same is None:
        entries.append([key, [], sorted(extra, key=lambda variant: variant[0])])
    else:
        same[2] = sorted(list(same[2]) + extra, key=lambda variant: variant[0])
