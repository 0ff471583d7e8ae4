"""What a coordinator does after `python -m generator new`: fill in the scaffold with real
values, as they would in an editor (uncomment a few fields, replace the placeholder text)."""

from __future__ import annotations

import re
from pathlib import Path

AMBASSADOR_FIELDS = {
    "role": "Directeur zorg",
    "organisation": "Zorggroep De Linde",
    "region": "Gelderland",
    "sector": "Zorg",
    "themes": "[werkplezier, zeggenschap]",
}
AMBASSADOR_BIO = ("Fatima werkt al twintig jaar in de ouderenzorg. Als directeur van Zorggroep "
                  "De Linde liet ze de teams zelf hun roosters maken.\n")
STORY_BODY = ("Toen het verloop in de teams opliep, vroeg Fatima de verzorgenden zelf wat er "
              "anders moest. Het antwoord was eenvoudig: meer zeggenschap over het rooster.\n\n"
              "## Wat er veranderde\n\nDe teams plannen nu zelf, en het verloop is gehalveerd.\n")


def _body(text: str, body: str) -> str:
    """The front matter kept, the placeholder body replaced."""
    head, _, _ = text.partition("\n---\n")
    return f"{head}\n---\n{body}"


def fill_ambassador(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for key, value in AMBASSADOR_FIELDS.items():
        text, found = re.subn(rf"^# {key}: .*$", f"{key}: {value}", text, count=1,
                              flags=re.MULTILINE)
        assert found, key
    path.write_text(_body(text, AMBASSADOR_BIO), encoding="utf-8")


def fill_story(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    text, found = re.subn(r"^# themes: .*$", "themes: [zeggenschap]", text, count=1,
                          flags=re.MULTILINE)
    assert found
    path.write_text(_body(text, STORY_BODY), encoding="utf-8")
