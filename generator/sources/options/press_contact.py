"""The contact options `press_contact` (content-model.md v1.3, "Press") and
`invite_contact`, checked like every field: mkdocs.yml comes through pull requests too, and
the contacts are printed on pages, in links and in press kits."""

from __future__ import annotations

import re

from ...domain.model import PressContact
from ...domain.problems import quote
from ...domain.text.plain import invisible_in, markup_in
from ...messages import msg
from ..errors import Bilingual
from ..front_matter.fields import is_https_url

KEYS = ("name", "role", "email", "phone")
MAX_LENGTH = 200
MAX_WORKERS = 64
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")
_PHONE = re.compile(r"\+?[0-9 ()./-]{6,30}")
_EXPECTED = {"email": "option.email", "phone": "option.phone"}


class OptionError(Bilingual):
    """A plugin option in mkdocs.yml that cannot be used, said in English and then in Dutch."""

    def __str__(self) -> str:
        return f"mkdocs.yml: {self.message}\n  NL: mkdocs.yml: {self.nl}"


def parse_press_contact(raw: object) -> PressContact | None:
    """The contact, or None when the option is unset or empty."""
    if raw is None or raw == {}:
        return None
    if not isinstance(raw, dict):
        raise OptionError(msg("option.press_contact"))
    values = {}
    for key, value in raw.items():
        if key not in KEYS:
            raise OptionError(msg("option.press_contact_key", key=key))
        values[key] = _value(key, value)
    return PressContact(**values)


def _value(key: str, value: object) -> str:
    field = f"press_contact.{key}"
    expected = msg(_EXPECTED.get(key, "option.line"))
    if not isinstance(value, str) or not value.strip():
        shown = value if isinstance(value, (int, float, bool)) or value is None else "a list"
        raise OptionError(msg("option.got", field=field, expected=expected, value=shown))
    value = value.strip()
    tag = markup_in(value)
    if tag or invisible_in(value) or "\n" in value or len(value) > MAX_LENGTH:
        what = msg("option.markup", tag=tag, limit=MAX_LENGTH) if tag else \
            msg("option.unprintable", limit=MAX_LENGTH)
        raise OptionError(msg("option.without", field=field, expected=expected, what=what))
    pattern = {"email": _EMAIL, "phone": _PHONE}.get(key)
    if pattern and not pattern.fullmatch(value):
        raise OptionError(msg("option.got", field=field, expected=expected, value=value))
    return value


def parse_invite_contact(raw: object) -> str | None:
    """`invite_contact`: an e-mail address or an https page, or None when unset."""
    if raw is None or raw == "":
        return None
    value = raw.strip() if isinstance(raw, str) else ""
    if _EMAIL.fullmatch(value) or _https(value):
        return value
    raise OptionError(msg("option.invite_contact", value=raw))


def parse_workers(raw: object, most: int = MAX_WORKERS) -> int | None:
    """The `workers` option: unset (the machine's cores) or 1 to `most` processes, so that
    a changed mkdocs.yml in a pull request cannot make the preview build fork thousands."""
    if raw is None:
        return None
    if isinstance(raw, int) and not isinstance(raw, bool) and 1 <= raw <= most:
        return raw
    raise OptionError(msg("option.workers", most=most, value=quote(str(raw))))


def parse_https_option(option: str, raw: object) -> str | None:
    """An https address option (`cms_auth_url`), or None when unset."""
    if raw is None or raw == "":
        return None
    value = raw.strip() if isinstance(raw, str) else ""
    if _https(value):
        return value
    raise OptionError(msg("option.https", option=option, value=raw))


def _https(value: str) -> bool:
    """The https fields' own rule, written in lower case (the pages test for "https://")."""
    return value.startswith("https://") and len(value) <= MAX_LENGTH and is_https_url(value)
