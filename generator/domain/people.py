"""Sorting people the Dutch way: by surname without particles, ignoring case and accents.

Particles are ignored in any letter case, as the spec says: "Jan Van Dijk" sorts under D,
the Dutch way. A name the rule cannot know (a Belgian "Van der Berg" under V, "Tjon A Fong"
under T, "El Amrani" under E) carries the profile field `sort_name`: the text it sorts by."""

from __future__ import annotations

import functools
import re
import unicodedata

# The spec's particles, and the other Dutch ones ('Op den Brouw', 'In 't Veld', 'Uit den
# Bogaard'); any run of them before the surname is skipped: 'van der', 'van 't', 'in de'.
PARTICLES = frozenset({"van", "de", "den", "der", "'t", "te", "ter", "ten", "het", "d'",
                       "in", "op", "uit", "aan", "bij", "'s"})
# Letters that Unicode does not split into a base letter and an accent.
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                          "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "þ": "th",
                          "Þ": "TH", "ð": "d", "Ð": "D", "ı": "i"})


def fold(text: str) -> str:
    """Lowercase ASCII-ish text for comparison: 'Thérèse' -> 'therese'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def surname(name: str) -> str:
    """The part of a name a Dutch index sorts on: 'Joke van 't Hek' -> 'Hek'."""
    words = name.replace("’", "'").split()
    if len(words) < 2:
        return name
    for index in range(1, len(words)):
        if "-" in words[index]:  # a double surname: 'Smit-de Wit', 'Jansen-van der Berg'
            return " ".join(words[index:])
        if fold(words[index]) in PARTICLES:
            rest = [w for w in words[index:] if fold(w) not in PARTICLES]
            return " ".join(rest) or words[-1]
    last = words[-1]
    return re.sub(r"^[dD]'(?=\w)", "", last)


def sort_key(name: str, slug: str = "", sort_name: str | None = None) -> tuple[str, str, str]:
    """A total order: the surname (or `sort_name` as written, where the rule cannot know),
    then the full name, then the slug."""
    return (fold(sort_name or surname(name)), fold(name), slug)


@functools.lru_cache(maxsize=4096)  # the same regions and themes, on every card and page
def slugify(text: str) -> str:
    """An ASCII slug: 'Marie-Thérèse van den Berg' -> 'marie-therese-van-den-berg'."""
    folded = fold(text).replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


# A slug names a folder or file and the page's address: long enough for any real name or
# title, short enough for every file the build derives from it (`<slug>-1200.webp` under
# the file system's 255 bytes) and for an address someone can read out.
MAX_SLUG = 80


def shorten_slug(slug: str, limit: int = MAX_SLUG) -> str:
    """A slug of at most `limit` characters: whole words from the start where they fit."""
    if len(slug) <= limit:
        return slug
    cut = slug[:limit + 1].rsplit("-", 1)[0] if "-" in slug[:limit + 1] else ""
    return (cut if cut else slug[:limit]).strip("-")
