"""The option `newsletter_signup` (issue 20): the mailing service's own sign-up form, shown
on /nieuwsbrief/ and in the footer as a plain form that posts to the service. Nothing is
loaded from the service before a visitor submits. mkdocs.yml comes through pull requests
too, so every value is checked: an https action, field names of a safe alphabet, short
plain hidden values; every value is also autoescaped by the templates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ...domain.problems import quote
from ...domain.text.plain import invisible_in, markup_in
from ...messages import msg
from .press_contact import OptionError, parse_https_option

OPTION = "newsletter_signup"
KEYS = ("action", "email_field", "name_field", "hidden")
FIELD_LIMIT = 60
VALUE_LIMIT = 200
HIDDEN_MOST = 20
_FIELD = re.compile(r"[A-Za-z0-9_\-\[\]]{1,%d}" % FIELD_LIMIT)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class NewsletterSignup:
    """Where the form posts and the names the service expects (Mailchimp: `EMAIL`, `FNAME`,
    hidden `u` and `id`; Laposta: `email`)."""

    action: str
    email_field: str
    name_field: str | None = None
    hidden: tuple[tuple[str, str], ...] = ()

    @property
    def host(self) -> str:
        """The service's host, named to the visitor before the address leaves the site."""
        return urlsplit(self.action).hostname or ""


def parse_newsletter_signup(raw: object) -> NewsletterSignup | None:
    """The option, or None when it is unset or empty."""
    if raw is None or raw == {}:
        return None
    if not isinstance(raw, dict):
        raise OptionError(msg("option.newsletter_signup"))
    for key in raw:
        if key not in KEYS:
            raise OptionError(msg("option.newsletter_signup_key", key=quote(str(key))))
    action = raw.get("action")
    try:
        action = parse_https_option(f"{OPTION}.action", action)
    except OptionError:
        action = None
    if action is None:
        raise OptionError(msg("option.newsletter_signup_action",
                              value=quote(str(raw.get("action")))))
    email_field = _field("email_field", raw.get("email_field"))
    name_field = _field("name_field", raw["name_field"]) if raw.get("name_field") else None
    hidden = _hidden(raw.get("hidden"))
    names = [email_field, name_field, *(name for name, _ in hidden)]
    for name in names:
        if name is not None and names.count(name) > 1:
            raise OptionError(msg("option.newsletter_signup_twice", name=quote(name)))
    return NewsletterSignup(action, email_field, name_field, hidden)


def _field(key: str, value: object) -> str:
    """A form field's name: letters, digits, '_', '-', '[' and ']'."""
    if isinstance(value, str) and _FIELD.fullmatch(value):
        return value
    raise OptionError(msg("option.newsletter_signup_field", key=key, limit=FIELD_LIMIT,
                          value=quote(str(value))))


def _hidden(raw: object) -> tuple[tuple[str, str], ...]:
    if raw is None or raw == {}:
        return ()
    if not isinstance(raw, dict) or len(raw) > HIDDEN_MOST:
        raise OptionError(msg("option.newsletter_signup_hidden", most=HIDDEN_MOST))
    return tuple((_field("hidden", name), _plain(str(name), value))
                 for name, value in raw.items())


def _plain(name: str, value: object) -> str:
    """A hidden value: one short line of plain text; a number as written; empty allowed
    (Mailchimp's bot trap `b_<u>_<id>` is empty)."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and len(value) <= VALUE_LIMIT and not _CONTROL.search(value) \
            and not invisible_in(value) and not markup_in(value):
        return value
    raise OptionError(msg("option.newsletter_signup_value", name=name, limit=VALUE_LIMIT,
                          value=quote(str(value))))
