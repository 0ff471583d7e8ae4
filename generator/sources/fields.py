"""Field types for front matter: one definition drives validation and documentation.

Each type says what it expects in words an ambassador understands, with an example, in
English and in Dutch, and turns a front-matter node into a Python value or raises FieldError.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from ..domain.plain import invisible_in, markup_in, strip_markup
from .errors import FieldError, Neutralised, quote
from .frontmatter import Node, Scalar, Sequence

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MOMENT = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# GitHub's rule: letters, digits and single hyphens, not at either end, at most 39.
GITHUB_USER = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")


@dataclass(frozen=True)
class Context:
    """What a parser needs besides the node: the site timezone, and whether unsafe input is
    an error (`check`) or stripped with a warning (the build)."""

    tz: ZoneInfo
    strict: bool = False


class FieldType:
    """Base of all field types; `expected` completes 'expected ...', `expected_nl` the
    Dutch 'verwacht ...'."""

    expected: ClassVar[str] = "a value"
    expected_nl: ClassVar[str] = "een waarde"
    json_type: ClassVar[dict[str, Any]] = {}

    def parse(self, node: Node, ctx: Context) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        """The same rule as a JSON Schema, for editors; `check` stays the authority."""
        return dict(self.json_type)

    def scalar(self, node: Node) -> Scalar:
        if not isinstance(node, Scalar):
            raise self.mismatch(*shape_of(node))
        return node

    def fail(self, node: Scalar) -> FieldError:
        return self.mismatch(quote(node.text))

    def mismatch(self, got: str, got_nl: str | None = None, hint: str = "",
                 hint_nl: str = "") -> FieldError:
        """'expected <this type>, got <what was found>', in both languages."""
        return FieldError(f"expected {self.expected}, got {got}{hint}",
                          nl=f"verwacht {self.expected_nl}, maar er staat {got_nl or got}"
                             f"{hint_nl}")


def shape_of(node: Node) -> tuple[str, str]:
    """What a list or a group of fields is called, in English and Dutch."""
    if isinstance(node, Sequence):
        return "a list", "een lijst"
    return "a group of fields", "een groep velden"


@dataclass(frozen=True)
class Text(FieldType):
    """Plain text: no HTML, no invisible characters that disguise it, a bounded length."""

    max_length: int = 200
    expected = "text"
    expected_nl = "tekst"

    def json_schema(self) -> dict[str, Any]:
        # not only spaces, as parse() demands; no '<' before a letter: no markup
        return {"type": "string", "pattern": r"^(?![\s\S]*<\s*[/!?a-zA-Z])[\s\S]*\S",
                "maxLength": self.max_length}

    def parse(self, node: Node, ctx: Context) -> str:
        text = self.scalar(node).text.strip()
        if not text:
            raise FieldError("expected text, got an empty value",
                             nl="verwacht tekst, maar het veld is leeg")
        if len(text) > self.max_length:
            raise FieldError(f"the text is {len(text)} characters long; at most "
                             f"{self.max_length} are allowed here",
                             nl=f"de tekst is {len(text)} tekens lang; hier mogen er "
                                f"hoogstens {self.max_length} staan")
        problem = _unsafe_text(text)
        if problem is None:
            return text
        if ctx.strict:
            raise problem
        raise Neutralised(problem, strip_markup(text))


def _unsafe_text(text: str) -> FieldError | None:
    """Markup or a disguising character in plain text, said for an ambassador."""
    tag = markup_in(text)
    if tag is not None:
        return FieldError(f"HTML is not allowed in this field (found {quote(tag, 40)}): "
                          "write plain text; the build removes it",
                          nl=f"HTML is in dit veld niet toegestaan ({quote(tag, 40)}): schrijf "
                             "gewone tekst; de build haalt het weg")
    char = invisible_in(text)
    if char is not None:
        return FieldError(f"the text contains an invisible character ({char}) that can "
                          "disguise what it says: remove it (retype the text)",
                          nl=f"de tekst bevat een onzichtbaar teken ({char}) waarmee tekst "
                             "er anders uit kan zien dan ze is: haal het weg (typ de tekst "
                             "opnieuw)")
    return None


@dataclass(frozen=True)
class Choice(FieldType):
    values: tuple[str, ...]

    @property
    def expected(self) -> str:  # type: ignore[override]
        return "one of " + ", ".join(self.values)

    @property
    def expected_nl(self) -> str:  # type: ignore[override]
        return "een van deze waarden: " + ", ".join(self.values)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": list(self.values)}

    def parse(self, node: Node, ctx: Context) -> str:
        text = self.scalar(node).text.strip()
        if text not in self.values:
            close = difflib.get_close_matches(text, self.values, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            hint_nl = f" (bedoel je '{close[0]}'?)" if close else ""
            raise self.mismatch(quote(text), None, hint, hint_nl)
        return text


class Slug(FieldType):
    expected = "a slug: lowercase letters a-z, digits and hyphens, like marie-van-den-berg"
    expected_nl = ("een slug: kleine letters a-z, cijfers en streepjes, zoals "
                   "marie-van-den-berg")
    json_type = {"type": "string", "pattern": SLUG.pattern}

    def parse(self, node: Node, ctx: Context) -> str:
        scalar = self.scalar(node)
        if not SLUG.match(scalar.text):
            raise self.fail(scalar)
        return scalar.text


class Bool(FieldType):
    expected = "true or false"
    expected_nl = "true of false"
    json_type = {"type": "boolean"}

    def parse(self, node: Node, ctx: Context) -> bool:
        scalar = self.scalar(node)
        value = scalar.text.lower()
        if not scalar.plain or value not in ("true", "false"):
            raise self.fail(scalar)
        return value == "true"


class Date(FieldType):
    expected = "a date like 2025-01-20"
    expected_nl = "een datum zoals 2025-01-20"
    json_type = {"type": "string", "pattern": _DATE.pattern}  # no calendar check: parse() has it

    def parse(self, node: Node, ctx: Context) -> dt.date:
        scalar = self.scalar(node)
        found = _DATE.match(scalar.text.strip())
        if not found:
            raise self.fail(scalar)
        try:
            return dt.date(*map(int, found.groups()))
        except ValueError:
            raise FieldError(f"{quote(scalar.text)} is not a day in the calendar",
                             nl=f"{quote(scalar.text)} is geen bestaande dag: kijk de datum "
                                "na, zoals 2025-01-20") from None


class Moment(FieldType):
    """A date or a date-time; a date-time without offset is local to the site timezone."""

    expected = "a date like 2026-03-12 or a date and time like 2026-03-12T19:00"
    expected_nl = "een datum zoals 2026-03-12 of een datum en tijd zoals 2026-03-12T19:00"
    json_type = {"type": "string", "pattern": _MOMENT.pattern}

    def parse(self, node: Node, ctx: Context) -> dt.date | dt.datetime:
        scalar = self.scalar(node)
        found = _MOMENT.match(scalar.text.strip())
        if not found:
            raise self.fail(scalar)
        y, mo, d, h, mi, s, offset = found.groups()
        try:
            if h is None:
                return dt.date(int(y), int(mo), int(d))
            naive = dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0))
        except ValueError:
            raise FieldError(f"{quote(scalar.text)} is not a valid date and time",
                             nl=f"{quote(scalar.text)} is geen bestaande datum en tijd: kijk "
                                "hem na, zoals 2026-03-12T19:00") from None
        if offset:
            return naive.replace(tzinfo=_offset(offset))
        return localize(naive, ctx.tz)


def any_case(text: str) -> str:
    """A regex for `text` in any letter case without flags: JSON Schema patterns have none."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in text)


def _offset(text: str) -> dt.tzinfo:
    if text == "Z":
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    hours, minutes = int(text[1:3]), int(text[4:6])
    if hours > 18 or minutes > 59:
        raise FieldError(f"{text!r} is not a time zone offset: use Z or +HH:MM, like +02:00",
                         nl=f"{text!r} is geen geldig tijdsverschil: gebruik Z of +UU:MM, "
                            "zoals +02:00")
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def localize(naive: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """Attach the site timezone; a time skipped by daylight saving is an error, a doubled
    time means its first occurrence (fold=0)."""
    aware = naive.replace(tzinfo=tz, fold=0)
    back = aware.astimezone(dt.timezone.utc).astimezone(tz).replace(tzinfo=None)
    if back != naive:
        raise FieldError(f"{naive:%Y-%m-%d %H:%M} does not exist in {tz.key}: the clocks "
                         "skip that hour for daylight saving time",
                         nl=f"{naive:%Y-%m-%d %H:%M} bestaat niet in {tz.key}: de klok slaat "
                            "dat uur over bij de overgang naar zomertijd; kies een tijd "
                            "buiten dat uur")
    return aware


_URL_CHARS = r"[^\s<>\"'`{}|\\^\x00-\x1f\x7f]"


class HttpsUrl(FieldType):
    expected = "a web address starting with https://, like https://example.nl/page"
    expected_nl = "een webadres dat begint met https://, zoals https://example.nl/page"
    # parse() accepts the scheme in any letter case, so the pattern does too.
    # Characters a URL never holds unencoded (RFC 3986), quotes and brackets included: they
    # could close an attribute or open a tag wherever the address is printed.
    json_type = {"type": "string", "pattern": "^" + any_case("https") + r"://" + _URL_CHARS + "+$"}

    def parse(self, node: Node, ctx: Context) -> str:
        scalar = self.scalar(node)
        text = scalar.text.strip()
        if not is_https_url(text):
            raise self.fail(scalar)
        return text


def is_https_url(text: str) -> bool:
    """An https address with a host and only characters a URL may hold unencoded: the rule
    of every https field, and of the options that hold an address (`invite_contact`)."""
    parts = urlsplit(text)
    return parts.scheme.lower() == "https" and bool(parts.hostname) and \
        re.fullmatch(_URL_CHARS + "*", text) is not None


@dataclass(frozen=True)
class ImageFile(FieldType):
    """A file name beside the source; the loader checks that it exists and stays inside."""

    extensions: tuple[str, ...] = (".jpg", ".jpeg", ".png", ".webp")

    @property
    def expected(self) -> str:  # type: ignore[override]
        return "an image file name in this folder, like portrait.jpg (jpg, jpeg, png or webp)"

    @property
    def expected_nl(self) -> str:  # type: ignore[override]
        return ("de naam van een afbeelding in deze map, zoals portrait.jpg (jpg, jpeg, png of "
                "webp)")

    def json_schema(self) -> dict[str, Any]:
        endings = "|".join(any_case(ext.lstrip(".")) for ext in self.extensions)
        return {"type": "string", "pattern": rf"^[^/\\]+\.(?:{endings})$"}

    def parse(self, node: Node, ctx: Context) -> str:
        scalar = self.scalar(node)
        text = scalar.text.strip()
        if not text.lower().endswith(self.extensions):
            raise self.fail(scalar)
        return text


class GithubUser(FieldType):
    """A GitHub user name, as CODEOWNERS needs it; a leading '@' is accepted and dropped."""

    expected = "a GitHub user name like mvdberg"
    expected_nl = "een GitHub-gebruikersnaam zoals mvdberg"
    json_type = {"type": "string", "pattern": "^@?" + GITHUB_USER.pattern[1:]}

    def parse(self, node: Node, ctx: Context) -> str:
        scalar = self.scalar(node)
        user = github_user(scalar.text)
        if user is None:
            raise self.fail(scalar)
        return user


def github_user(text: str | None) -> str | None:
    """The user name in '@mvdberg' or 'mvdberg', None when GitHub would not accept it."""
    if text is None:
        return None
    name = text.strip().removeprefix("@")
    return name if GITHUB_USER.match(name) else None
