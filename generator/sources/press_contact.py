"""The contact options `press_contact` (content-model.md v1.3, "Press") and
`invite_contact`, checked like every field: mkdocs.yml comes through pull requests too, and
the contacts are printed on pages, in links and in press kits."""

from __future__ import annotations

import re

from ..domain.model import PressContact
from ..domain.plain import invisible_in, markup_in
from .fields import is_https_url

KEYS = ("name", "role", "email", "phone")
MAX_LENGTH = 200
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")
_PHONE = re.compile(r"\+?[0-9 ()./-]{6,30}")
_EXPECTED = {"email": ("an e-mail address like pers@example.nl",
                       "een e-mailadres zoals pers@example.nl"),
             "phone": ("a phone number like +31 30 123 45 67, in quotes",
                       "een telefoonnummer zoals +31 30 123 45 67, tussen aanhalingstekens")}


class OptionError(Exception):
    """A plugin option in mkdocs.yml that cannot be used, said in English and Dutch."""

    def __init__(self, message: str, nl: str) -> None:
        super().__init__(message)
        self.message, self.nl = message, nl

    def __str__(self) -> str:
        return f"mkdocs.yml: {self.message}\n  NL: mkdocs.yml: {self.nl}"


def parse_press_contact(raw: object) -> PressContact | None:
    """The contact, or None when the option is unset or empty."""
    if raw is None or raw == {}:
        return None
    if not isinstance(raw, dict):
        raise OptionError("press_contact: expected a mapping with name, role, email and phone",
                          "press_contact: verwacht een lijst met name, role, email en phone")
    values = {}
    for key, value in raw.items():
        if key not in KEYS:
            raise OptionError(f"press_contact: unknown key {key!r}; expected name, role, "
                              "email or phone",
                              f"press_contact: onbekende sleutel {key!r}; verwacht name, "
                              "role, email of phone")
        values[key] = _value(key, value)
    return PressContact(**values)


def _value(key: str, value: object) -> str:
    field = f"press_contact.{key}"
    expected, expected_nl = _EXPECTED.get(key, ("one line of text", "één regel tekst"))
    if not isinstance(value, str) or not value.strip():
        shown = value if isinstance(value, (int, float, bool)) or value is None else "a list"
        raise OptionError(f"{field}: expected {expected}, got {shown!r}",
                          f"{field}: verwacht {expected_nl}, maar er staat {shown!r}")
    value = value.strip()
    tag = markup_in(value)
    if tag or invisible_in(value) or "\n" in value or len(value) > MAX_LENGTH:
        what = f"markup ({tag})" if tag else "invisible characters, line breaks or over " \
            f"{MAX_LENGTH} characters"
        raise OptionError(f"{field}: expected {expected}, without {what}",
                          f"{field}: verwacht {expected_nl}, zonder opmaak, onzichtbare "
                          f"tekens, regeleinden of meer dan {MAX_LENGTH} tekens")
    pattern = {"email": _EMAIL, "phone": _PHONE}.get(key)
    if pattern and not pattern.fullmatch(value):
        raise OptionError(f"{field}: expected {expected}, got {value!r}",
                          f"{field}: verwacht {expected_nl}, maar er staat {value!r}")
    return value


def parse_invite_contact(raw: object) -> str | None:
    """`invite_contact`: an e-mail address or an https page, or None when unset."""
    if raw is None or raw == "":
        return None
    value = raw.strip() if isinstance(raw, str) else ""
    if _EMAIL.fullmatch(value) or _https(value):
        return value
    raise OptionError(f"invite_contact: expected an e-mail address like "
                      f"uitnodigen@example.nl or an https:// page, got {raw!r}",
                      f"invite_contact: verwacht een e-mailadres zoals uitnodigen@example.nl "
                      f"of een https://-pagina, maar er staat {raw!r}")


def parse_https_option(option: str, raw: object) -> str | None:
    """An https address option (`cms_auth_url`), or None when unset."""
    if raw is None or raw == "":
        return None
    value = raw.strip() if isinstance(raw, str) else ""
    if _https(value):
        return value
    raise OptionError(f"{option}: expected an https:// address, got {raw!r}",
                      f"{option}: verwacht een https://-adres, maar er staat {raw!r}")


def _https(value: str) -> bool:
    """The https fields' own rule, written in lower case (the pages test for "https://")."""
    return value.startswith("https://") and len(value) <= MAX_LENGTH and is_https_url(value)
