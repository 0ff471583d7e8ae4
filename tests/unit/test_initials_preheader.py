"""Initials in place of a missing portrait, and the e-mail's preheader (issue 29)."""

from __future__ import annotations

import pytest

from generator.domain.text.paragraphs import first_sentence, initials
from generator.render.newsletter_email import preheader


@pytest.mark.parametrize(("name", "expected"), [
    ("Joke van 't Hek", "JH"), ("Zoë El Idrissi", "ZI"), ("Madonna", "M"),
    ("  ", ""), ("ïris de öztürk", "ÏÖ"), ("Jan-Willem de Vries", "JV")])
def test_initials_are_the_first_and_last_word_s_letters(name: str, expected: str) -> None:
    assert initials(name) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Welkom bij de nieuwsbrief. Lees verder.", "Welkom bij de nieuwsbrief."),
    ("Wat weten we nu? Veel.", "Wat weten we nu?"),
    ("Zonder punt aan het eind", "Zonder punt aan het eind"),
    ("Versie 2.5 is uit! Nu.", "Versie 2.5 is uit!"),
    ("", "")])
def test_the_first_sentence_ends_at_its_mark(text: str, expected: str) -> None:
    assert first_sentence(text) == expected


def test_the_preheader_is_plain_text_of_the_intro() -> None:
    body = "![](https://pixel.example/x.gif)\n\n**Welkom** bij [de brief](x.md). Meer <b>hier</b>.\n"
    assert preheader(body) == "Welkom bij de brief."
    assert preheader("") == ""
    assert "<" not in preheader("Let op <script>alert(1)</script> nu. Daarna.")
