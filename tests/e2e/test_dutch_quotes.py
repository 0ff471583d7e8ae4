"""Quotation marks in the text we generate are Dutch: „…” (‘…’ inside), never straight quotes
(issue 30). Built on the care network, whose authored texts quote nothing, so every quotation
mark on a page comes from a template, a label or render code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import html

from tests.sitebuilder import Result, build
from tests.zorgnetwerk import EPOCH, write_site

# A straight double quote anywhere, or a straight single quote that is not an apostrophe
# (zo'n, thema's, van 't Hek, 's-Hertogenbosch): in visible text both are quotation marks.
STRAIGHT = re.compile(r"\"|(?<![^\W\d_])'(?!(?:t|s|n|k)\b)|'(?![^\W\d_])")
INVISIBLE = "//script | //style | //template | //noscript"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = write_site(tmp_path_factory.mktemp("quotes"))
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


def visible_text(page: Path) -> str:
    tree = html.fromstring(page.read_bytes())
    for element in tree.xpath(INVISIBLE):
        element.drop_tree()
    texts = tree.xpath("//text()") + tree.xpath("//@alt | //@title | //@placeholder"
                                                 " | //@aria-label")
    return "\n".join(texts)


def test_no_straight_quote_in_generated_text(built: Result) -> None:
    pages = sorted(built.site.rglob("*.html"))
    assert len(pages) > 20
    found = {str(page.relative_to(built.site)): STRAIGHT.findall(visible_text(page))
             for page in pages}
    assert {path: marks for path, marks in found.items() if marks} == {}


def test_the_search_page_quotes_a_query_the_dutch_way(built: Result) -> None:
    tree = html.fromstring((built.site / "zoeken/index.html").read_bytes())
    labels = json.loads(tree.xpath("//script[@data-amb-search-labels]")[0].text)
    for key in ("none", "one", "many"):
        assert "„{query}”" in labels[key], labels[key]
        assert not STRAIGHT.search(labels[key])


def test_the_pattern_catches_straight_quotes_and_spares_apostrophes() -> None:
    assert STRAIGHT.findall('Resultaten voor "werk" en \'zorg\'') == ['"', '"', "'", "'"]
    assert STRAIGHT.findall("Thema's, zo'n, van 't Hek, 's-Hertogenbosch, „werk” en ‘zorg’"
                            ) == []
