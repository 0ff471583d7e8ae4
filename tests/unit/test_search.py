"""What a page tells Pagefind, and running Pagefind itself (render/search/pagefind.py)."""

from __future__ import annotations

import html
import os
import shutil
from pathlib import Path

import pytest

from generator.render.search import pagefind as search
from generator.render.search.pagefind import SearchEntry, SearchError, facets_of, mark, write_index
from generator.render.search.pagefind_fold import _merge, fold
from tests.pagefind_index import by_url

ARTICLE = '<article class="md-content__inner md-typeset">'


def page(body: str) -> str:
    return (f'<!doctype html><html lang="nl"><head><title>t</title></head><body>'
            f'<nav>Menu</nav>{ARTICLE}{body}</article></body></html>')


def test_the_hidden_block_escapes_every_value() -> None:
    hostile = '<img src=x onerror=alert(1)>"'
    entry = SearchEntry(hostile, f"a/{hostile}.webp", facets_of(region=(hostile,)))
    block = entry.block()
    assert "<img" not in block and html.escape(hostile) in block
    assert block.startswith("<div hidden data-pagefind-ignore>")


def test_facets_keep_their_order_without_blanks_or_repeats() -> None:
    assert facets_of(themes=("zorg", "", "zorg", "werk"), region=(None,), sector=("ICT",)) == (
        ("region", ()), ("sector", ("ICT",)), ("themes", ("zorg", "werk")))


def test_a_page_is_marked_once_with_its_block() -> None:
    marked = mark(page("<h1>A</h1><p>x</p>" + ARTICLE), SearchEntry("Pagina"))
    assert marked.count("data-pagefind-body") == 1
    assert 'data-pagefind-meta="image:"' in marked  # no thumbnail: not the first image
    assert '<span data-pagefind-filter="soort">Pagina</span>' in marked
    assert 'data-pagefind-meta="kind"' not in marked   # metadata is searched: not the kind


def test_a_page_with_a_thumbnail_names_it_instead() -> None:
    marked = mark(page("<h1>A</h1>"), SearchEntry("Ambassadeur", "ambassadeurs/a/a-320.webp"))
    assert 'data-pagefind-meta="image:"' not in marked
    assert '<span data-pagefind-meta="image">ambassadeurs/a/a-320.webp</span>' in marked


def test_a_list_page_weighs_little_and_a_profile_names_its_person_and_role() -> None:
    """Issue 30: lists weigh 0.1 but for their title (templates: search_weight); a
    profile's name and role are metadata, escaped, that the ranking options boost."""
    listing = mark(page("<h1>A</h1>"), SearchEntry("Ambassadeur", listing=True))
    assert f'data-pagefind-body data-pagefind-meta="image:" data-pagefind-weight="' \
           f'{search.WEIGHTS["list_page"]}">' in listing
    assert "data-pagefind-weight" not in mark(page("<h1>A</h1>"), SearchEntry("Pagina"))
    entry = SearchEntry("Ambassadeur", name="Eva <b>", role="Bakker & zoon")
    block = entry.block()
    assert '<span data-pagefind-meta="name">Eva &lt;b&gt;</span>' in block
    assert '<span data-pagefind-meta="role">Bakker &amp; zoon</span>' in block
    weights = search.RANKING["metaWeights"]
    assert weights["role"] == weights["title"] + weights["name"] and weights["image"] == 0


def test_fold_moves_dotless_words_under_their_i_key() -> None:
    """A word with ı becomes a variant of its key with i, beside what that key had."""
    assert fold("yılmaz") == "yilmaz" and fold("işık") == "işik"
    entries = [["yilmaz", [[1, [], [-1, 0]]], []]]
    _merge(entries, "yilmaz", ["yılmaz", [[2, [-25, 3], []]], [["yılmazı", [[3, [], []]]]]])
    assert entries == [["yilmaz", [[1, [], [-1, 0]]],
                        [["yılmaz", [[2, [-25, 3], []]]], ["yılmazı", [[3, [], []]]]]]]


def test_an_excluded_page_or_a_foreign_layout_is_left_alone() -> None:
    assert mark(page("<h1>A</h1>"), SearchEntry("Pagina", indexed=False)) == page("<h1>A</h1>")
    foreign = "<html><body><main><h1>A</h1></main></body></html>"
    assert mark(foreign, SearchEntry("Pagina")) == foreign


def test_terms_and_cells_are_kept_apart() -> None:
    marked = mark(page("<dl><dt>Regio</dt><dd>Utrecht</dd></dl><table><tr><th>A</th><td>1</td>"
                       "</tr></table>"), SearchEntry("Pagina"))
    assert "<dt>Regio</dt> <dd>Utrecht</dd>" in marked and "<th>A</th> <td>1</td>" in marked


@pytest.fixture
def tiny_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    for folder, title, words in (("a", "Marie-Thérèse van den Berg", "bakt brood"),
                                 ("b", "Benoemingen", "Marie-Thérèse en anderen")):
        (site / folder).mkdir(parents=True)
        entry = SearchEntry("Ambassadeur" if folder == "a" else "Benoeming")
        (site / folder / "index.html").write_text(
            mark(page(f"<h1>{title}</h1><p>{words}</p>"), entry), encoding="utf-8")
    (site / "404.html").write_text("<html><body><h1>Niet gevonden</h1></body></html>")
    return site


def test_the_index_holds_the_marked_pages_only(tiny_site: Path) -> None:
    write_index(tiny_site, "pagefind")
    found = by_url(tiny_site)
    assert sorted(found) == ["/a/", "/b/"]
    assert "kind" not in found["/a/"]["meta"]
    assert found["/a/"]["filters"] == {"soort": ["Ambassadeur"]}
    assert "Menu" not in found["/a/"]["content"] and "Ambassadeur" not in found["/a/"]["content"]
    bundle = tiny_site / "pagefind"
    assert (bundle / "pagefind.js").is_file() and (bundle / "pagefind-worker.js").is_file()
    assert not list(bundle.glob("*ui*")) and not (bundle / "pagefind-highlight.js").exists()
    assert list(bundle.glob("pagefind.nl_*.pf_meta"))   # Dutch: the pages' lang


def test_the_index_is_the_same_bytes_every_time(tiny_site: Path, tmp_path: Path) -> None:
    twin = tmp_path / "twin"
    shutil.copytree(tiny_site, twin)
    write_index(tiny_site, "pagefind")
    write_index(twin, "pagefind")
    files = sorted(p.relative_to(tiny_site) for p in (tiny_site / "pagefind").rglob("*"))
    assert files == sorted(p.relative_to(twin) for p in (twin / "pagefind").rglob("*"))
    for name in files:
        if (tiny_site / name).is_file():
            assert (tiny_site / name).read_bytes() == (twin / name).read_bytes(), name


def test_a_rebuild_leaves_no_stale_chunks(tiny_site: Path) -> None:
    write_index(tiny_site, "pagefind")
    stale = tiny_site / "pagefind" / "fragment" / "old.pf_fragment"
    stale.write_bytes(b"old")
    write_index(tiny_site, "pagefind")
    assert not stale.exists()


def test_pagefind_settings_from_the_repository_or_environment_are_ignored(
        tiny_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pull request cannot point the indexer elsewhere: its pagefind.yml in the folder the
    build runs from, and PAGEFIND_* variables, are not read."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.html").write_text("<html lang='en'><body>geheim wachtwoord</body></html>")
    repository = tmp_path / "repository"
    repository.mkdir()
    (repository / "pagefind.yml").write_text(
        f"site: {outside}\noutput_path: {outside / 'bundle'}\nforce_language: en\n")
    monkeypatch.chdir(repository)
    monkeypatch.setenv("PAGEFIND_SITE", str(outside))
    monkeypatch.setenv("PAGEFIND_FORCE_LANGUAGE", "en")
    write_index(tiny_site, "pagefind")
    assert sorted(by_url(tiny_site)) == ["/a/", "/b/"]
    assert list((tiny_site / "pagefind").glob("pagefind.nl_*.pf_meta"))
    assert not (outside / "bundle").exists() and os.listdir(outside) == ["secret.html"]


def test_a_failing_indexer_is_one_bilingual_error(tiny_site: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import pagefind_bin
    monkeypatch.setattr(pagefind_bin, "get_executable", lambda: Path("/bin/false"))
    with pytest.raises(SearchError) as caught:
        write_index(tiny_site, "pagefind")
    text = str(caught.value)
    assert text.startswith("search: the search index could not be written")
    assert "NL: zoeken: de zoekindex kon niet worden geschreven" in text


def test_a_hanging_indexer_is_stopped(tiny_site: Path, monkeypatch: pytest.MonkeyPatch,
                                      tmp_path: Path) -> None:
    import pagefind_bin
    sleeper = tmp_path / "sleeper"
    sleeper.write_text("#!/bin/sh\nsleep 30\n")
    sleeper.chmod(0o755)
    monkeypatch.setattr(pagefind_bin, "get_executable", lambda: sleeper)
    monkeypatch.setattr(search, "TIMEOUT", 1)
    with pytest.raises(SearchError, match="timed out"):
        write_index(tiny_site, "pagefind")


def test_the_same_pages_reuse_the_last_index(tiny_site: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A rebuild whose pages did not change copies the kept index instead of running
    Pagefind; one changed page runs it again; the cache keeps one index only."""
    runs = []
    real = search._run_pagefind
    monkeypatch.setattr(search, "_run_pagefind", lambda *a: (runs.append(a), real(*a)))
    cache = tmp_path / "cache"

    def digest(text: str) -> search.PagesDigest:
        pages = search.PagesDigest()
        pages.add("a/index.html", text)
        return pages

    write_index(tiny_site, "pagefind", cache, digest("one"))
    first = {p.relative_to(tiny_site): p.read_bytes()
             for p in (tiny_site / "pagefind").rglob("*") if p.is_file()}
    write_index(tiny_site, "pagefind", cache, digest("one"))
    again = {p.relative_to(tiny_site): p.read_bytes()
             for p in (tiny_site / "pagefind").rglob("*") if p.is_file()}
    assert len(runs) == 1 and again == first and ".complete" not in str(list(again))
    write_index(tiny_site, "pagefind", cache, digest("two"))
    assert len(runs) == 2
    assert [p.name for p in cache.iterdir()] == [digest("two").key]


def test_a_half_written_cache_entry_is_not_used(tiny_site: Path, tmp_path: Path) -> None:
    pages = search.PagesDigest()
    pages.add("a/index.html", "x")
    (tmp_path / "cache" / pages.key).mkdir(parents=True)   # no .complete: a crash
    write_index(tiny_site, "pagefind", tmp_path / "cache", pages)
    assert (tiny_site / "pagefind" / "pagefind.js").is_file()
