"""Dutch surname sorting and slugs (content-model.md, "Sorting" and "Sources")."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from generator.domain.people import fold, slugify, sort_key, surname
from generator.sources.fields import SLUG

from .sitefiles import build, write


@pytest.mark.parametrize(("name", "expected"), [
    ("Joke van 't Hek", "Hek"),
    ("Joke van ’t Hek", "Hek"),                 # typographic apostrophe
    ("Marie-Thérèse van den Berg", "Berg"),
    ("Piet van der Meer", "Meer"),
    ("Jan de Vries", "Vries"),
    ("Jan Van Dijk", "Dijk"),                    # particle in capitals
    ("Anna ter Horst", "Horst"),
    ("Kees ten Brink", "Brink"),
    ("Willem te Velde", "Velde"),
    ("Sanne het Lam", "Lam"),
    ("Anna Maria van Dijk", "Dijk"),             # two first names
    ("Hedy d'Ancona", "Ancona"),
    ("Hedy d’Ancona", "Ancona"),
    ("Hedy D'Ancona", "Ancona"),
    ("Karel Appel", "Appel"),
    ("Madonna", "Madonna"),
])
def test_surname_without_particles(name: str, expected: str) -> None:
    assert surname(name) == expected


SORTED = [
    "anna aalders",                  # lower case sorts by letter, not before capitals
    "Hedy d'Ancona",                 # under A
    "kees bakker",
    "Karel van den Berg",            # same surname: by full name
    "Marie-Thérèse van den Berg",    # under B
    "Émile Bos",
    "Jan de Haan",
    "Joke van 't Hek",               # under H, after Haan
    "Anna ter Horst-Zwart",
    "Ümit Öztürk",                   # Ö as O: before Pieters
    "Piet Pieters",
    "Piet de Vries",
]


def test_people_sort_by_surname_ignoring_particles_case_and_accents() -> None:
    shuffled = SORTED[:]
    random.Random(7).shuffle(shuffled)

    assert sorted(shuffled, key=sort_key) == SORTED


@pytest.mark.parametrize(("first", "second"), [
    ("Joke van 't Hek", "Jan Hendriks"),         # Hek < Hendriks, the 't is ignored
    ("Zoë Ödegaard", "Piet Olsen"),              # Ö is O
    ("Anna Éland", "Anna Ezinga"),               # É is E
    ("anna de Boer", "Bert Claes"),
    ("Sam Smit", "Sam Smit-de Wit"),
    ("Sam Smit-de Wit", "Tom Tak"),              # a double surname sorts on its first part
    ("Bas Ippel", "Maria Jansen-van der Berg"),  # under J, not under B
    ("Maria Jansen-van der Berg", "Kees Kok"),
])
def test_sorts_before(first: str, second: str) -> None:
    assert sort_key(first) < sort_key(second)


def test_sort_key_breaks_ties_on_the_slug() -> None:
    assert sort_key("Jan Jansen", "jan-jansen") < sort_key("Jan Jansen", "jan-jansen-2")


def test_site_lists_ambassadors_by_surname(tmp_path: Path) -> None:
    names = {"joke": "Joke van 't Hek", "marie": "Marie-Thérèse van den Berg",
             "hedy": "Hedy d'Ancona", "piet": "Piet de Vries", "jan": "Jan Hendriks"}
    write(tmp_path, {f"ambassadors/{slug}/index.md":
                     f"---\nname: {name}\nterm:\n  start: 2025-01-20\n---\n"
                     for slug, name in names.items()})
    site, report = build(tmp_path, "2026-01-01T12:00Z")

    assert report.problems == []
    assert [a.slug for a in site.ambassadors] == ["hedy", "marie", "joke", "jan", "piet"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thérèse", "therese"), ("ÅNGSTRÖM", "angstrom"), ("Çelik", "celik"), ("Straße", "strasse"),
])
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Marie-Thérèse van den Berg", "marie-therese-van-den-berg"),
    ("Joke van 't Hek", "joke-van-t-hek"),
    ("Hedy d’Ancona", "hedy-dancona"),
    ("Jan Jansen", "jan-jansen"),
    ("jan_jansen", "jan-jansen"),
    ("  Zoë   Çelik  ", "zoe-celik"),
    ("Ümit Öztürk", "umit-ozturk"),
    ("Françoise Noël", "francoise-noel"),
    ("Straße 12", "strasse-12"),
    ("Nieuwsbrief #3: maart!", "nieuwsbrief-3-maart"),
    ("Søren Ødegaard", "soren-odegaard"),
    ("Łukasz Żak", "lukasz-zak"),
    ("---", ""),
])
def test_slugify(text: str, expected: str) -> None:
    slug = slugify(text)

    assert slug == expected
    assert slug == "" or SLUG.match(slug)
