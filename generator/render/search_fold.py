"""Search that forgives missing accents: 'therese' finds 'Thérèse'.

The theme's search matches tokens as typed, so for every word with an accent the index also
gets the word without it. The extra words go at the end of the text, where they rarely show
in a result's snippet.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..domain.people import fold

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def folded_words(text: str) -> list[str]:
    """Accent-free spellings of the words in `text` that have accents, in first-seen order."""
    seen: dict[str, None] = {}
    if text.isascii():  # most pages: nothing to fold
        return []
    for word in _WORD.findall(text):
        if word.isascii():  # nearly every word: nothing to fold
            continue
        plain = fold(word)
        if plain != word.casefold() and plain.isascii():
            seen.setdefault(plain, None)
            seen.update({part: None for part in re.split(r"['’-]", plain) if part})
    return list(seen)


def fold_search_index(path: Path) -> None:
    """Rewrite the theme's search_index.json in place, formatted as the theme writes it."""
    if not path.is_file():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    for doc in data.get("docs", []):
        extra = folded_words(f"{doc.get('title', '')} {doc.get('text', '')}")
        if extra:
            doc["text"] = f"{doc.get('text', '')} {' '.join(extra)}"
    path.write_text(json.dumps(data, separators=(",", ":"), default=str), encoding="utf-8")
