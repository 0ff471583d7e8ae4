"""Dutch surname sorting and slugs (content-model.md, "Sorting" and "Sources")."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from generator.domain.people import fold, slugify, sort_key, surname
from generator.sources.front_matter.fields import SLUG

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
    # multi-word particles, and the Dutch ones the spec's list leaves out
    ("Mila In 't Veld", "Veld"),
    ("Gerrit op den Brouw", "Brouw"),
    ("Kees uit den Bogaard", "Bogaard"),
    ("Anna van de Ven", "Ven"),
    # a capitalised particle is still a particle (the spec ignores case): the Belgian
    # 'Van der Berg' under V needs sort_name
    ("Karel Van der Berg", "Berg"),
    ("Karel VAN DER BERG", "BERG"),
    # what the rule cannot know: the last word ('Tjon A Fong' needs sort_name)
    ("Wendy Tjon A Fong", "Fong"),
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


def test_sort_name_files_a_name_the_rule_cannot_know() -> None:
    names = ["Tom Terpstra", "Frank Fokker", "Sem Uil"]
    by_rule = sorted([*names, "Wendy Tjon A Fong"], key=sort_key)
    by_sort_name = sorted([*names, "Wendy Tjon A Fong"],
                          key=lambda n: sort_key(n, "", "Tjon A Fong" if "Tjon" in n else None))

    assert by_rule == ["Frank Fokker", "Wendy Tjon A Fong", "Tom Terpstra", "Sem Uil"]  # F
    assert by_sort_name == ["Frank Fokker", "Tom Terpstra", "Wendy Tjon A Fong", "Sem Uil"]


def test_sort_name_ignores_case_and_accents() -> None:
    assert sort_key("Karel Van der Berg", "", "VAN DER BÉRG")[0] == "van der berg"
    # under V now, after Uil and before Vries
    assert sort_key("Sem Uil") < sort_key("Karel Van der Berg", "", "Van der Berg") \
        < sort_key("Piet de Vries")


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


def test_site_lists_ambassadors_by_sort_name(tmp_path: Path) -> None:
    names = {"wendy": ("Wendy Tjon A Fong", "sort_name: Tjon A Fong\n"),
             "frank": ("Frank Fokker", ""), "tom": ("Tom Terpstra", ""), "sem": ("Sem Uil", "")}
    write(tmp_path, {f"ambassadors/{slug}/index.md":
                     f"---\nname: {name}\n{extra}term:\n  start: 2025-01-20\n---\n"
                     for slug, (name, extra) in names.items()})
    site, report = build(tmp_path, "2026-01-01T12:00Z")

    assert report.problems == []
    assert [a.slug for a in site.ambassadors] == ["frank", "tom", "wendy", "sem"]
    assert site.ambassadors[2].sort_name == "Tjon A Fong"


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
