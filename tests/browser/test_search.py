"""Site search (Pagefind, /zoeken/) in a real browser, on the demo and on a second network:
names found without accents, snippets that only show what a page shows, overview pages,
shareable filters, keyboard and screen-reader use, hostile text and privacy."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from tests.browser.conftest import serve
from tests.browser.test_demo_in_browser import DEMO_EPOCH
from tests.pagefind_index import by_url
from tests.quality.conftest import copy_demo
from tests.sitebuilder import build, portrait, write
from tests.zorgnetwerk import EPOCH, write_site

LABEL = "Zoek op deze site"      # labels.py search_label
WAIT = 20000                     # ms: the index loads per query
STATUS = "[data-amb-search-status]"
RESULTS = "ol[data-amb-search-results] > li.amb-result"
THERESE_DEMO = "/ambassadeurs/marie-therese-van-den-berg/"
THERESE_ZORG = "/ambassadeurs/therese-de-lange/"
ZOE_ZORG = "/ambassadeurs/zoe-el-idrissi/"
AICHA = "/ambassadeurs/aicha-bouzid/"
HOSTILE_WORD = "xylofoonpiraat"      # only in the biography below
STORY_WORD = "marimbakaper"          # only in the story below and its cards
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = "<script>alert(2)</script>"

# The second network gets an accented person who also has a story with her name in its
# title (the profile must still come first).
ZORG_EXTRA = {
    "mensen/therese-de-lange/index.md": """
        ---
        name: Thérèse de Lange
        role: Wijkverpleegkundige
        organisation: Buurtzorg Lekstroom
        region: Utrecht
        sector: Thuiszorg
        themes: [Medezeggenschap]
        photo: portret.jpg
        term:
          start: 2025-09-01
        ---
        Thérèse werkt sinds vijftien jaar in de wijk rond Nieuwegein.
        """,
    "verhalen-bron/therese-in-de-wijk.md": """
        ---
        title: Thérèse en de wijkzorg van morgen
        date: 2026-04-10
        ambassadors: [therese-de-lange, anouk-de-wit]
        ---
        Thérèse de Lange en Anouk de Wit over zorg dicht bij huis.
        """,
}
# A copy of the second network with an ambassador whose biography and story show markup as
# text (in code and as entities), and a story title with '<', '&' and '>'. The build warns
# about that text (sources/checks/safety.py) and shows it as text; it is built without --strict.
HOSTILE_TITLE = "Formulieren testen: 3 < 4 & 5 > 2"
HOSTILE_EXTRA = {
    "mensen/sanne-proef/index.md": f"""
        ---
        name: Sanne Proef
        role: Functioneel beheerder
        region: Groningen
        term:
          start: 2025-03-01
        ---
        Sanne typte als {HOSTILE_WORD} eens `{HOSTILE_IMG}` en
        &lt;script&gt;alert(2)&lt;/script&gt; en &lt;mark&gt;nep&lt;/mark&gt; in een veld:
        {HOSTILE_WORD} blijft {HOSTILE_WORD}.
        """,
    "verhalen-bron/formulieren-testen.md": f"""
        ---
        title: "{HOSTILE_TITLE}"
        date: 2026-05-20
        ambassadors: [sanne-proef]
        ---
        De {STORY_WORD} schreef `<script>alert(4)</script>` in een veld, zei de {STORY_WORD}.
        """,
}


@dataclass
class Site:
    url: str                 # served from 127.0.0.1, ends with '/'
    root: Path               # the built site folder
    texts: dict[str, set[str]] = field(default_factory=dict)   # path -> visible words

    def index(self) -> dict[str, dict]:
        return by_url(self.root)


def _serve(result) -> Iterator[Site]:  # noqa: ANN001
    assert result.code == 0, result.out
    url, server = serve(result.site)
    yield Site(url, result.site)
    server.shutdown()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    yield from _serve(build(copy_demo(tmp_path_factory.mktemp("search-demo")), DEMO_EPOCH))


@pytest.fixture(scope="module")
def zorg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = write_site(tmp_path_factory.mktemp("search-zorg"))
    write(root, ZORG_EXTRA)
    portrait(root / "mensen/therese-de-lange/portret.jpg", (90, 60, 160))
    yield from _serve(build(root, EPOCH))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = write_site(tmp_path_factory.mktemp("search-hostile"))
    write(root, HOSTILE_EXTRA)
    yield from _serve(build(root, EPOCH, strict=False))


@pytest.fixture(params=["demo", "zorg"])
def site(request: pytest.FixtureRequest) -> Site:
    return request.getfixturevalue(request.param)


@pytest.fixture
def page(browser) -> Iterator[object]:  # noqa: ANN001
    page = browser.new_page()
    yield page
    page.close()


@pytest.fixture
def reader(browser) -> Iterator[object]:  # noqa: ANN001
    """A second tab, to open the pages that results point to."""
    page = browser.new_page()
    yield page
    page.close()


# -- helpers ------------------------------------------------------------------------------

def wait_for_search(page, what: str) -> str:  # noqa: ANN001
    """Wait until the status line reports the search for `what` and the list is complete;
    return the status text."""
    page.wait_for_function(
        """what => {
             const status = document.querySelector('[data-amb-search-status]');
             const list = document.querySelector('[data-amb-search-results]');
             return status.textContent.includes('\u201e' + what + '\u201d')
                    && !list.hasAttribute('aria-busy');
           }""", arg=what, timeout=WAIT)
    return page.locator(STATUS).text_content()


def wait_idle(page) -> str:  # noqa: ANN001
    """After a click that searches again (a filter, the clear button): wait for the answer."""
    page.wait_for_function(
        """() => !document.querySelector('[data-amb-search-results]').hasAttribute('aria-busy')
                 && document.querySelector('[data-amb-search-status]').textContent !== ''""",
        timeout=WAIT)
    return page.locator(STATUS).text_content()


def total(status: str) -> int:
    found = re.match(r"(\d+) resulta(?:at|ten) voor", status)
    if found:
        return int(found.group(1))
    assert status.startswith("Geen resultaten"), status
    return 0


def search(page, site: Site, query: str) -> str:  # noqa: ANN001
    page.goto(site.url + "zoeken/?q=" + quote(query))
    return wait_for_search(page, query.strip())


def result_paths(page) -> list[str]:  # noqa: ANN001
    return page.eval_on_selector_all(
        RESULTS + " h2.amb-result__title a", "links => links.map(a => new URL(a.href).pathname)")


def show_all(page, status: str) -> list[str]:  # noqa: ANN001
    """Press 'Toon meer resultaten' until every result the status line counts is listed."""
    count = total(status)
    more = page.locator("[data-amb-search-more]")
    while (shown := page.locator(RESULTS).count()) < count:
        more.click()
        page.wait_for_function(f"document.querySelectorAll('{RESULTS}').length > {shown}",
                               timeout=WAIT)
    paths = result_paths(page)
    assert len(paths) == count, (len(paths), status)
    return paths


def words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold())


def visible_words(reader, site: Site, path: str) -> set[str]:  # noqa: ANN001
    """The words a visitor sees on a page (closed disclosures opened: one click away),
    read with the browser page `reader`."""
    if path not in site.texts:
        response = reader.goto(site.url + path.lstrip("/"))
        assert response is not None and response.ok, path
        site.texts[path] = set(words(reader.evaluate("""() => {
            document.querySelectorAll('details').forEach(d => { d.open = true; });
            return document.body.innerText; }""")))
    return site.texts[path]


# -- 1. names without accents -------------------------------------------------------------

NAMES = {
    "demo": [("therese", THERESE_DEMO), ("Therese", THERESE_DEMO), ("thérèse", THERESE_DEMO),
             ("THÉRÈSE", THERESE_DEMO), (unicodedata.normalize("NFD", "thérèse"), THERESE_DEMO),
             ("aicha", AICHA), ("Aïcha", AICHA)],
    "zorg": [("therese", THERESE_ZORG), ("Therese", THERESE_ZORG), ("thérèse", THERESE_ZORG),
             ("Thérèse", THERESE_ZORG), (unicodedata.normalize("NFD", "Thérèse"), THERESE_ZORG),
             ("zoe", ZOE_ZORG), ("Zoe", ZOE_ZORG), ("zoë", ZOE_ZORG)],
}


@pytest.mark.parametrize(("network", "query", "path"),
                         [(network, query, path) for network, cases in NAMES.items()
                          for query, path in cases])
def test_a_name_finds_the_profile_first(request, page, network: str, query: str,
                                        path: str) -> None:
    """A name with or without accents, in any case or Unicode form, lists the person's own
    profile first (not a story, list or podium page that names them): opened as
    /zoeken/?q=<name>, and typed in the labelled box, whose query then shows in the
    address so the search can be shared."""
    site = request.getfixturevalue(network)
    search(page, site, query)
    by_address = result_paths(page)[:3]

    page.goto(site.url + "zoeken/")
    page.locator("[data-amb-search]").get_by_label(LABEL).click()
    page.keyboard.type(query, delay=30)
    wait_for_search(page, query)
    by_typing = result_paths(page)[:3]
    assert parse_qs(urlsplit(page.url).query) == {"q": [query]}
    assert (by_address[0], by_typing[0]) == (path, path), (by_address, by_typing)


def test_slow_typing_ends_with_the_answer_to_the_whole_word(page, demo: Site) -> None:
    """Every keystroke starts a search when typing slowly; answers to 't', 'th', ... that
    arrive late never replace the answer to the full name."""
    page.goto(demo.url + "zoeken/")
    page.locator("[data-amb-search]").get_by_label(LABEL).click()
    page.keyboard.type("therese", delay=300)
    status = wait_for_search(page, "therese")
    page.wait_for_timeout(600)   # any straggling answer would have landed by now
    assert page.locator(STATUS).text_content() == status
    assert result_paths(page)[0] == THERESE_DEMO


# -- 2. a profile result with its thumbnail -----------------------------------------------

def test_aicha_finds_her_profile_with_a_loaded_thumbnail(page, demo: Site) -> None:
    """'aicha' lists Aïcha Bouzid's profile first, marked 'Ambassadeur', with a thumbnail
    that loads from the site itself."""
    search(page, demo, "aicha")
    first = page.locator(RESULTS).first
    assert first.locator("h2.amb-result__title a").text_content().strip() == "Aïcha Bouzid"
    assert result_paths(page)[0] == AICHA
    assert first.locator("p.amb-result__kind").text_content().strip() == "Ambassadeur"
    assert first.locator("p.amb-result__excerpt mark").count() >= 1
    image = first.locator("img.amb-result__image")
    assert image.count() == 1
    assert image.get_attribute("src").startswith(demo.url)
    image.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0",
                           arg=image.element_handle(), timeout=WAIT)


# -- 3. snippets show only what the page shows --------------------------------------------

SNIPPET_QUERIES = [("demo", "thérèse"), ("demo", "aicha"), ("demo", "zaytoun"), ("demo", "zorg"),
                   ("demo", "podium"), ("demo", "werk"), ("demo", "biografieen"),
                   ("zorg", "therese"), ("zorg", "zorg"),
                   ("hostile", HOSTILE_WORD), ("hostile", STORY_WORD)]


@pytest.mark.parametrize(("network", "query"), SNIPPET_QUERIES)
def test_every_snippet_word_is_visible_on_its_page(request, reader, page, network: str,
                                                   query: str) -> None:
    """Each word of each shown snippet (marks stripped, case and punctuation ignored) is in
    the visible text of the page the result opens: no hidden keywords, accent-folded
    copies, file names or text glued together by the indexer."""
    site = request.getfixturevalue(network)
    status = search(page, site, query)
    assert total(status) >= 1, status
    snippets = page.eval_on_selector_all(RESULTS, """items => items.map(li => [
        new URL(li.querySelector('h2 a').href).pathname,
        li.querySelector('.amb-result__excerpt').textContent])""")
    problems = {}
    for path, snippet in snippets:
        assert snippet.strip(), f"{path}: empty snippet"
        unseen = [w for w in words(snippet) if w not in visible_words(reader, site, path)]
        if unseen:
            problems[path] = (unseen, snippet)
    assert not problems, "\n".join(f"{path}: {unseen} not on the page, in snippet {snippet!r}"
                                    for path, (unseen, snippet) in problems.items())


def test_an_accent_folded_query_shows_the_words_as_written(page, reader, demo: Site) -> None:
    """'biografieen' finds pages that say 'biografieën'; their snippets show the word as the
    page writes it, and no page carries the folded spelling as hidden text."""
    search(page, demo, "biografieen")
    marks = [words(m)[0] for m in page.locator(RESULTS + " mark").all_text_contents()]
    assert marks and set(marks) == {"biografieën"}, marks
    for path in result_paths(page):
        assert "biografieen" not in visible_words(reader, demo, path), path
    everywhere = b"".join(p.read_bytes() for p in demo.root.rglob("*.html"))
    assert b"biografieen" not in everywhere.lower()


# -- 4. overview pages --------------------------------------------------------------------

OVERVIEWS = {"pers": "/pers/", "podium": "/podium/", "agenda": "/agenda/",
             "ambassadeurs": "/ambassadeurs/", "toegankelijkheid": "/toegankelijkheid/"}
# On a site about ambassadors nearly every page says 'ambassadeur': such a word ranks no page
# first (Pagefind's weighting by rarity), so for it the directory need only be found.
EVERYWHERE = {"ambassadeurs"}


@pytest.mark.parametrize("query", sorted(OVERVIEWS))
def test_overview_pages_are_found_by_their_title(page, site: Site, query: str) -> None:
    """An overview page is indexed and comes up for its title word among the results a
    visitor sees without asking for more (the first ten)."""
    status = search(page, site, query)
    path = OVERVIEWS[query]
    assert path in site.index(), f"{path} is not in the index"
    shown = result_paths(page)
    if path not in shown:
        found = show_all(page, status)
        assert path in found, f"{path} is not among the results of {status!r}"
        if query not in EVERYWHERE:
            pytest.fail(f"{path} is not among the first {len(shown)} results of {status!r}, "
                        f"only at position {found.index(path) + 1}")


# -- 4b. people and stories before lists (issue 30) ---------------------------------------

def result_kinds(page) -> list[str]:  # noqa: ANN001
    return [k.strip() for k in page.locator(RESULTS + " p.amb-result__kind").all_text_contents()]


def og_type(reader, site: Site, path: str) -> str:  # noqa: ANN001
    reader.goto(site.url + path.lstrip("/"))
    return reader.locator("meta[property='og:type']").get_attribute("content")


@pytest.mark.parametrize("query", ["zorg utrecht", "utrecht zorg"])
def test_profiles_and_stories_come_before_list_pages(page, reader, demo: Site,
                                                     query: str) -> None:
    """For a word or two that many pages share, the first three results are people's
    profiles and stories (a page of their own: og:type profile or article, marked
    Ambassadeur or Verhaal), not the directory, a facet, podium, alumni or newsletter."""
    search(page, demo, query)
    top = list(zip(result_paths(page)[:3], result_kinds(page)[:3], strict=True))
    assert len(top) == 3, top
    for path, kind in top:
        assert kind in ("Ambassadeur", "Verhaal"), top
        assert og_type(reader, demo, path) in ("profile", "article"), top


def test_a_bakery_finds_the_baker_before_a_person_named_bakker(page, reader,
                                                                demo: Site) -> None:
    """Dutch stemming files 'bakkerij' and 'Bakker' under one word: the baker, whose
    organisation is a bakery, comes first, then Eva Bakker, whose name only looks like it."""
    search(page, demo, "bakkerij")
    paths = result_paths(page)
    reader.goto(demo.url + paths[0].lstrip("/"))
    assert "Bakkerij" in reader.locator(".amb-profile__role").text_content()
    assert "/ambassadeurs/eva-bakker/" in paths[1:], paths


YILMAZ = "/ambassadeurs/zeynep-yilmaz/"


def test_the_dotless_i_is_an_i_both_ways(page, demo: Site) -> None:
    """'yilmaz', 'Yılmaz', 'YILMAZ' and 'YİLMAZ' find the same pages, in the same order,
    her profile first; and the snippets still write her name as she does."""
    found = {}
    for query in ("yilmaz", "Yılmaz", "YILMAZ", "YİLMAZ"):
        found[query] = show_all(page, search(page, demo, query))
        assert found[query][0] == YILMAZ, (query, found[query][:3])
    assert len(found["yilmaz"]) > 5
    assert all(paths == found["yilmaz"] for paths in found.values()), found
    marks = {m.strip(".,:;") for m in page.locator(RESULTS + " mark").all_text_contents()}
    assert marks == {"Yılmaz"}, marks


def doubled_pieces(snippet: str) -> list[str]:
    """The pieces of a snippet (between '.', ',', ':', ';' and '·') that repeat the piece
    before them, or its end: 'Datalab Utrecht. Utrecht.' says 'utrecht' twice in a row."""
    pieces = [p.strip(" ()\"'").casefold() for p in re.split(r"[.,:;·]\s+", snippet)]
    return [b for a, b in zip(pieces, pieces[1:]) if b and (a == b or a.endswith(" " + b))]


@pytest.mark.parametrize("query", ["zorg utrecht", "utrecht", "noord-brabant", "bakkerij",
                                   "yilmaz", "gelderland"])
def test_no_snippet_says_the_same_thing_twice_in_a_row(page, demo: Site, query: str) -> None:
    """A card's organisation and region ('Datalab Utrecht', 'Utrecht') no longer read
    'Utrecht. Utrecht.' in a snippet: no piece of text is followed by itself."""
    assert doubled_pieces("Datalab Utrecht. Utrecht. Pieter") == ["utrecht"]   # the check
    show_all(page, search(page, demo, query))
    snippets = page.locator(RESULTS + " p.amb-result__excerpt").all_text_contents()
    assert snippets
    doubled = [(s, doubled_pieces(s)) for s in snippets if doubled_pieces(s)]
    assert doubled == [], doubled


def test_the_hint_says_je(page, demo: Site) -> None:
    """The search page speaks to a visitor as the rest of the site does: 'je', never 'u'."""
    page.goto(demo.url + "zoeken/")
    hint = page.locator("#amb-search-hint").text_content()
    nojs = page.locator("noscript").first.inner_html()
    for text in (hint, nojs):
        assert re.search(r"\bje\b", text, re.IGNORECASE), text
        assert not re.search(r"\b(?:u|uw)\b", text, re.IGNORECASE), text


# -- 5. filters ---------------------------------------------------------------------------

def facet_box(page, name: str, value: str):  # noqa: ANN201, ANN001
    return page.locator(f"fieldset.amb-search__facet[data-filter={name}] "
                        f"input[type=checkbox][name={name}][value='{value}']")


REFINE = "details.amb-search__refine"


def test_a_region_filter_narrows_is_shared_by_address_and_cleared(page, demo: Site) -> None:
    """Ticking a region keeps exactly the results whose page has that region, puts
    regio=<value> in the address, comes back the same when that address is opened again,
    and 'Wis de filters' brings back every result."""
    index = demo.index()
    unfiltered = show_all(page, search(page, demo, "zorg"))
    expected = [p for p in unfiltered if "Utrecht" in index[p]["filters"].get("regio", [])]
    assert 0 < len(expected) < len(unfiltered)

    page.locator(f"{REFINE} > summary").click()
    facet_box(page, "regio", "Utrecht").check()
    status = wait_idle(page)
    assert total(status) == len(expected), status
    assert sorted(show_all(page, status)) == sorted(expected)
    assert parse_qs(urlsplit(page.url).query) == {"q": ["zorg"], "regio": ["Utrecht"]}
    clear = page.get_by_role("button", name="Wis de filters")
    assert clear.is_visible()

    shared = page.url
    page.goto(shared)
    assert wait_for_search(page, "zorg") == status
    assert facet_box(page, "regio", "Utrecht").is_checked()
    assert page.locator(REFINE).get_attribute("open") is not None
    assert sorted(show_all(page, status)) == sorted(expected)

    clear.click()
    again = wait_idle(page)
    assert total(again) == len(unfiltered), again
    assert not facet_box(page, "regio", "Utrecht").is_checked()
    assert parse_qs(urlsplit(page.url).query) == {"q": ["zorg"]}
    assert clear.is_hidden()
    assert page.evaluate("document.activeElement.name") == "q"


def test_a_filter_alone_lists_every_page_with_that_value(page, demo: Site) -> None:
    """/zoeken/?regio=Noord-Holland without a query lists exactly the indexed pages that
    carry that region, as the index says."""
    page.goto(demo.url + "zoeken/?regio=Noord-Holland")
    status = wait_for_search(page, "Noord-Holland")
    expected = sorted(p for p, data in demo.index().items()
                      if "Noord-Holland" in data["filters"].get("regio", []))
    assert expected and sorted(show_all(page, status)) == expected
    assert facet_box(page, "regio", "Noord-Holland").is_checked()


def test_the_more_button_shows_only_while_results_are_left(page, demo: Site) -> None:
    """'Toon meer resultaten' is on screen only while some results are not listed yet: not
    on an empty search page, not after the last result, not for a short list."""
    more = page.locator("[data-amb-search-more]")
    page.goto(demo.url + "zoeken/")
    page.wait_for_load_state("networkidle")
    assert more.is_hidden(), "shown on the empty search page"
    search(page, demo, "toegankelijkheid")
    assert more.is_hidden(), "shown under a list that is complete"
    status = search(page, demo, "podium")
    assert total(status) > 10 and more.is_visible()
    show_all(page, status)
    assert more.is_hidden(), "still shown after the last result"


# -- 6. keyboard and screen readers -------------------------------------------------------

def test_search_page_works_by_keyboard_and_announces_the_count(page, demo: Site) -> None:
    """The search box has a label and focus on arrival, Tab goes from it to the submit
    button, Enter searches, and the role=status line says how many results there are."""
    page.goto(demo.url + "zoeken/")
    box = page.locator("[data-amb-search]").get_by_label(LABEL)
    assert box.get_attribute("id") == "amb-search-q"
    page.wait_for_function("document.activeElement && document.activeElement.id === "
                           "'amb-search-q'", timeout=WAIT)
    status = page.get_by_role("status")
    assert status.count() == 1
    assert status.get_attribute("data-amb-search-status") is not None

    box.fill("werk")
    box.press("Enter")
    text = wait_for_search(page, "werk")
    assert re.match(r"\d+ resultaten voor „werk”", text), text
    assert status.text_content() == text
    for query, said in (("advocatenkantoor", "1 resultaat voor „advocatenkantoor”."),
                        ("qqqzzz", "Geen resultaten voor „qqqzzz”.")):
        box.fill(query)
        box.press("Enter")
        assert wait_for_search(page, query).startswith(said)
        assert page.locator(RESULTS).count() == (1 if said[0] == "1" else 0)

    box.focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("""() => { const e = document.activeElement;
        return [e.tagName, e.type, e.textContent.trim(), !!e.closest('.amb-search__form')]; }""")
    assert focused == ["BUTTON", "submit", "Zoeken", True]


def test_header_search_from_the_home_page_opens_the_results(page, demo: Site) -> None:
    """On the home page the header's search box is reached with Tab, has a label, and Enter
    opens /zoeken/?q=<query> with the results listed."""
    page.goto(demo.url)
    header_box = page.locator("form.amb-header-search").get_by_label(LABEL)
    assert header_box.get_attribute("id") == "amb-header-q"
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "amb-header-q":
            break
    else:
        pytest.fail("Tab never reaches the header search box")
    page.keyboard.type("Thérèse")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=Th%C3%A9r%C3%A8se$"), timeout=WAIT)
    wait_for_search(page, "Thérèse")
    assert result_paths(page)[0] == THERESE_DEMO
    assert page.locator("[data-amb-search]").get_by_label(LABEL).input_value() == "Thérèse"


# -- 7. hostile text ----------------------------------------------------------------------

@pytest.mark.parametrize(("word", "shown_as_text"), [
    (HOSTILE_WORD, (HOSTILE_IMG, HOSTILE_SCRIPT, "<mark>nep</mark>")),
    (STORY_WORD, ("<script>alert(4)</script>",))])
def test_markup_shown_as_text_never_becomes_elements_in_results(
        page, hostile: Site, word: str, shown_as_text: tuple[str, ...]) -> None:  # noqa: ANN001
    """A biography, story and title that show <img onerror>, <script>, <mark>, '<' and '&'
    as text: their results show that text, as text; an excerpt holds nothing but text and
    the <mark>s of the search word, a title nothing but its link, and no dialog opens."""
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    status = search(page, hostile, word)
    assert total(status) >= 1, status
    page.wait_for_timeout(300)    # let any injected handler fire
    assert dialogs == []
    text = " ".join(page.locator(RESULTS + " p.amb-result__excerpt").all_text_contents())
    for shown in shown_as_text:
        assert shown in text, (shown, text)   # the attack reached the excerpts, as text
    assert page.eval_on_selector_all(
        RESULTS + " p.amb-result__excerpt *",
        "els => els.filter(e => e.tagName !== 'MARK' || e.children.length)"
        ".map(e => e.outerHTML)") == []
    marks = page.locator(RESULTS + " mark").all_text_contents()
    assert marks and all(word in mark.casefold() for mark in marks), marks
    titles = [t.strip() for t in page.locator(RESULTS + " h2.amb-result__title")
              .all_text_contents()]
    assert ("Sanne Proef" if word == HOSTILE_WORD else HOSTILE_TITLE) in titles, titles
    assert page.locator(RESULTS + " h2 > :not(a), " + RESULTS + " h2 a *").count() == 0
    assert page.locator(RESULTS + " script, " + RESULTS + " iframe").count() == 0
    assert page.locator(RESULTS + " img:not(.amb-result__image)").count() == 0
    assert page.locator("img[src='x'], img[src$='/x']").count() == 0
    assert dialogs == []


# -- 8. privacy ---------------------------------------------------------------------------

def test_searching_only_talks_to_the_site_itself(browser, demo: Site) -> None:
    """From the header box to filtered results with thumbnails and more results, every
    request the browser makes goes to the site's own address on 127.0.0.1."""
    context = browser.new_context()
    requests: list[str] = []
    failed: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    # An image request the browser drops itself (ERR_ABORTED: the result list was redrawn
    # by the filter while it loaded) is no failure of the site; anything else, and every
    # answer of 400 or more, is.
    context.on("requestfailed", lambda request: "ERR_ABORTED" not in (request.failure or "")
               and failed.append(f"{request.failure} {request.url}"))
    context.on("response", lambda response: response.status >= 400
               and failed.append(f"{response.status} {response.url}"))
    page = context.new_page()
    page.goto(demo.url)
    page.locator("form.amb-header-search").get_by_label(LABEL).fill("aicha")
    page.keyboard.press("Enter")
    status = wait_for_search(page, "aicha")
    page.locator(f"{REFINE} > summary").click()
    page.locator("fieldset.amb-search__facet[data-filter=thema] input").first.check()
    show_all(page, wait_idle(page))
    for image in page.locator("img.amb-result__image").all():
        image.scroll_into_view_if_needed()
    page.wait_for_load_state("networkidle")
    context.close()
    assert total(status) > 1
    assert any("/pagefind/" in url for url in requests), requests
    assert any(url.endswith(".webp") or "/assets/images/" in url for url in requests)
    elsewhere = [url for url in requests
                 if urlsplit(url).scheme not in ("data", "blob")
                 and not url.startswith(demo.url)]
    assert elsewhere == []
    assert failed == []


def test_a_search_loads_the_filters_only_when_they_are_opened(browser, demo: Site) -> None:
    """The filters' values and Pagefind's worker are downloads of their own (a fifth of a
    search on a large site): a plain search fetches neither; opening the filters does."""
    page = browser.new_page()
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(demo.url + "zoeken/?q=aicha")
    wait_for_search(page, "aicha")
    assert any(".pf_index" in url for url in asked) and any(".pf_fragment" in url for url in asked)
    assert not any(".pf_filter" in url or "pagefind-worker" in url for url in asked), asked
    page.locator(f"{REFINE} > summary").click()
    page.locator("fieldset.amb-search__facet[data-filter=regio] input").first.wait_for()
    page.close()
    assert any(".pf_filter" in url for url in asked)
    assert not any("pagefind-worker" in url for url in asked)
