"""The search index of a second network, read back: which pages are in it, what each says
about itself, and what a pull request cannot change about it (render/search/pagefind.py)."""

from __future__ import annotations

import gzip
from pathlib import Path

import cbor2
import pytest

from tests.pagefind_index import SIGNATURE, by_url, everything
from tests.sitebuilder import Result, build, write
from tests.zorgnetwerk import EPOCH, write_site

# A Turkish name: the dotless ı is no i with a mark, so Pagefind keeps it (pagefind_fold.py).
YILDIZ = {"mensen/emre-yildiz/index.md": """
    ---
    name: Emre Yıldız
    role: Teamleider
    organisation: Bakkerij Işık
    region: Utrecht
    term:
      start: 2025-09-01
    ---
    Emre Yıldız leidt het team van Bakkerij Işık in Utrecht.
    """}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = write_site(tmp_path_factory.mktemp("zoeken"))
    write(root, YILDIZ)
    write(root, {
        "docs/verborgen.md": "---\nsearch:\n  exclude: true\n---\n# Intern\n\nNiet vindbaar.\n",
        # A pull request's Pagefind settings, in the folder the build runs from.
        "pagefind.yml": "output_subdir: ../buiten\nexclude_selectors: ['h1', 'p']\n"
                        "force_language: en\n",
    })
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


def test_every_kind_of_page_is_found_and_the_search_page_is_not(built: Result) -> None:
    found = by_url(built.site)
    for url in ("/", "/ambassadeurs/", "/ambassadeurs/anouk-de-wit/", "/agenda/", "/podium/",
                "/pers/", "/toegankelijkheid/", "/nieuwsbrief/", "/benoemingen/", "/over/"):
        assert url in found, url
    assert "/zoeken/" not in found and "/verborgen/" not in found
    assert not any(url.startswith("/admin") for url in found)
    assert built.exists("zoeken/index.html")


def test_a_profile_carries_its_thumbnail_and_facets(built: Result) -> None:
    profile = by_url(built.site)["/ambassadeurs/anouk-de-wit/"]
    assert profile["meta"]["title"] == "Anouk de Wit"
    # relative to the page (a folder word in it would be searched on every profile)
    assert profile["meta"]["image"] == "anouk-de-wit-320.webp"
    assert built.exists("ambassadeurs/anouk-de-wit/anouk-de-wit-320.webp")
    assert profile["filters"] == {"soort": ["Ambassadeur"], "regio": ["Gelderland"],
                                  "sector": ["Ouderenzorg"],
                                  "thema": ["verpleeghuis van de toekomst", "Medezeggenschap"]}


def test_pages_without_a_thumbnail_get_none(built: Result) -> None:
    """Not the first image on the page: on a list of people that would be someone's face."""
    for url in ("/ambassadeurs/", "/podium/", "/pers/"):
        assert by_url(built.site)[url]["meta"].get("image", "") == "", url


def test_the_snippet_text_is_the_page_text(built: Result) -> None:
    """Only what a visitor sees: no hidden block, no heading anchors, no edit link."""
    profile = by_url(built.site)["/ambassadeurs/anouk-de-wit/"]["content"]
    assert "Anouk de Wit" in profile and "¶" not in profile
    assert "Regio Gelderland" in profile                 # a term and its value kept apart
    assert "Bewerk" not in profile and "Ambassadeur Ambassadeur" not in profile


def test_the_theme_search_is_off(built: Result) -> None:
    assert not built.exists("search/search_index.json")
    home = built.page("index.html")
    assert "md-search" not in home
    assert 'class="amb-header-search"' in home and 'action="zoeken/"' in home


def test_repository_settings_for_pagefind_are_ignored(built: Result) -> None:
    """The pull request's pagefind.yml asked for another folder, English and no text."""
    root = built.site.parent
    assert not (root / "buiten").exists() and not (built.site.parent.parent / "buiten").exists()
    assert list((built.site / "pagefind").glob("pagefind.nl_*.pf_meta"))
    assert "Gelderland" in by_url(built.site)["/ambassadeurs/anouk-de-wit/"]["content"]


def test_the_same_sources_give_the_same_index(built: Result, tmp_path: Path) -> None:
    again = write_site(tmp_path)
    write(again, YILDIZ)
    write(again, {"docs/verborgen.md": (built.site.parent / "docs/verborgen.md").read_text(),
                  "pagefind.yml": (built.site.parent / "pagefind.yml").read_text()})
    twin = build(again, EPOCH)
    assert twin.code == 0, twin.out
    ours = sorted(p.relative_to(built.site) for p in (built.site / "pagefind").rglob("*"))
    assert ours == sorted(p.relative_to(twin.site) for p in (twin.site / "pagefind").rglob("*"))
    for name in ours:
        if (built.site / "pagefind" / name).is_file():
            assert (built.site / "pagefind" / name).read_bytes() == \
                (twin.site / "pagefind" / name).read_bytes(), name


def test_a_profile_carries_its_name_role_and_organisation_as_metadata(built: Result) -> None:
    """Weighted in ranking like the title (render/search/pagefind.py RANKING), never shown."""
    meta = by_url(built.site)["/ambassadeurs/anouk-de-wit/"]["meta"]
    assert (meta["name"], meta["role"]) == ("Anouk de Wit", "Verpleegkundige, Zorggroep Oost")
    assert "name" not in by_url(built.site)["/ambassadeurs/"]["meta"]


def test_the_dotless_i_is_indexed_as_i_and_shown_as_written(built: Result) -> None:
    """Every word with ı is stored under its key with i, as a variant the way Pagefind
    stores 'thérèse' under 'therese'; the page text, and so the snippet, keeps the ı."""
    words = everything(built.site)
    assert "yıldız".encode() in words and "işık".encode() in words   # the variants
    keys = [entry[0] for chunk in (built.site / "pagefind" / "index").iterdir()
            for entry in _index_chunk(chunk)]
    assert not [key for key in keys if "ı" in key]
    assert "yildiz" in keys and any(key.startswith("isik") for key in keys)
    profile = by_url(built.site)["/ambassadeurs/emre-yildiz/"]
    assert "Emre Yıldız leidt het team van Bakkerij Işık" in profile["content"]


def _index_chunk(path: Path) -> list:
    """A chunk of Pagefind's word index: [[key, pages, variants], ...]."""
    return cbor2.loads(gzip.decompress(path.read_bytes())[len(SIGNATURE):])[0]
