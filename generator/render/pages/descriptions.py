"""The description of every generated page: `<meta name="description">`, `og:description` and
`twitter:description` all carry it.

Search engines show it under the link and chat apps in the preview, so a page that repeats
the site's slogan says nothing about itself. Each kind (kinds.py) says what it holds from its own data
(counts, names, date and place, the first paragraph), in Dutch labels a site may override,
as plain text cut to fit at a word: search engines cut off around 160 characters anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class Labelled(Protocol):
    """What a description needs of the templates' `amb`: its labels."""

    def t(self, key: str, /, **values: object) -> str: ...


LIMIT = 160
ELLIPSIS = "…"


def shorten(text: str, limit: int = LIMIT) -> str:
    """At most `limit` characters: white space folded, cut after the last whole word that
    fits with an ellipsis (a single longer word is cut where it must be)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = text[:limit - len(ELLIPSIS) + 1]
    cut = room[:-1] if room.endswith(" ") else room.rsplit(" ", 1)[0] if " " in room \
        else room[:-1]
    return cut.rstrip(" ,;:–-") + ELLIPSIS


def describe(own: str, default: str) -> str:
    """The page's own description (its kind's `describe`), or `default` (the site's) for a
    page we do not make or that has nothing to say."""
    return shorten(own or default)


def counted(amb: Labelled, noun: str, n: int) -> str:
    """'1 verhaal', '3 verhalen': labels `desc_<noun>_one` and `desc_<noun>_many`."""
    return amb.t(f"desc_{noun}_one") if n == 1 else amb.t(f"desc_{noun}_many", n=n)


def listing(amb: Labelled, names: Iterable[str]) -> str:
    """'A, B en C'."""
    names = list(names)
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {amb.t('desc_and')} {names[-1]}"
