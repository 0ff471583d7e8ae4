"""Plain-text values: markup found as written and after entity decoding, invisible and
bidirectional characters, the stripped text, and paths shown without hidden characters."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from generator.domain.text.plain import invisible_in, markup_in, strip_markup
from generator.sources.errors import FieldError, Neutralised, Problem
from generator.sources.front_matter.fields import Context, Text
from generator.sources.front_matter.parse import Scalar

TZ = ZoneInfo("Europe/Amsterdam")


@pytest.mark.parametrize(("text", "found"), [
    ("Anouk <script>alert(1)</script>", "<script>"),
    ("<svg/onload=alert(3)>", "<svg/onload=alert(3)>"),
    ("&lt;img src=x onerror=alert(1)&gt;", "<img src=x onerror=alert(1)>"),
    ("&amp;lt;b&amp;gt;vet", "<b>"),
    ("<!-- verborgen -->", "<!-- verborgen -->"),
    ("5 < 6 & 7 > 3", None),
    ("Van Dam &amp; Zn", None),
    ("Marie-Thérèse van den Berg", None),
])
def test_markup_is_found_as_written_and_once_or_twice_decoded(text: str, found: str | None) -> None:
    assert markup_in(text) == found


@pytest.mark.parametrize("text", ["Aïcha\u200bBouzid", "Jan\u202eneJ", "Piet\u2066Jan\u2069",
                                  "Nul\x00teken", "BOM\ufeff"])
def test_invisible_and_bidirectional_characters_are_found(text: str) -> None:
    assert invisible_in(text) is not None
    assert invisible_in(strip_markup(text)) is None


@pytest.mark.parametrize("text", ["Anouk <script>alert(1)</script>", "&l<b>t;script&g<i>t;",
                                  "&amp;lt;iframe src=javascript:alert(4)&amp;gt;",
                                  '"><b onmouseover=alert(5)>x</b>', "a<b", "<" * 1000 + "a"])
def test_stripped_text_holds_no_markup_even_decoded_again(text: str) -> None:
    stripped = strip_markup(text)
    assert markup_in(stripped) is None and "<script" not in stripped


def test_emoji_joiners_stay() -> None:
    assert invisible_in("Team 👩\u200d⚕️") is None


def test_check_makes_markup_an_error_and_the_build_strips_it() -> None:
    node = Scalar("Jan <b>de Vries</b>", 3, True)
    with pytest.raises(FieldError) as raised:
        Text().parse(node, Context(TZ, strict=True))
    assert not isinstance(raised.value, Neutralised)
    assert "HTML is not allowed" in raised.value.message and "HTML is in dit veld" in \
        (raised.value.nl or "")
    with pytest.raises(Neutralised) as stripped:
        Text().parse(node, Context(TZ))
    assert stripped.value.value == "Jan de Vries"


def test_an_over_long_text_is_an_error() -> None:
    with pytest.raises(FieldError, match="201 characters long; at most 200"):
        Text().parse(Scalar("x" * 201, 2, True), Context(TZ))


def test_a_path_with_a_hidden_character_is_shown_escaped() -> None:
    problem = Problem("stories/lek\u202egpj.md", 1, None, "not a valid slug")
    assert str(problem) == "stories/lek\\u202egpj.md:1: not a valid slug"
    assert "\u202e" not in problem.dutch()


@pytest.mark.parametrize("url", ['https://x.nl/"><script>alert(1)</script>', "https://x.nl/a<b",
                                 "https://x.nl/`x`", "https://x.nl/a\x07b"])
def test_a_web_address_cannot_carry_quotes_or_brackets(url: str) -> None:
    from generator.sources.front_matter.fields import HttpsUrl
    with pytest.raises(FieldError, match="expected a web address"):
        HttpsUrl().parse(Scalar(url, 2, False), Context(TZ))
