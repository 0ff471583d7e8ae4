"""Field types for front matter: one definition drives validation and documentation.

Each type says what it expects in words an ambassador understands, with an example (a
catalogue message), and turns a front-matter node into a Python value or raises FieldError.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from ...domain.clock import FIRST_YEAR, LAST_YEAR, in_calendar
from ...domain.text.plain import invisible_in, markup_in, strip_markup
from ...messages import Message, msg
from ..errors import FieldError, Neutralised, quote
from .parse import Node, Scalar, Sequence

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
    """Base of all field types; `expected` completes 'expected ...' in every language."""

    expected: ClassVar[Message] = msg("type.value")
    json_type: ClassVar[dict[str, Any]] = {}

    def parse(self, node: Node, ctx: Context) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        """The same rule as a JSON Schema, for editors; `check` stays the authority."""
        return dict(self.json_type)

    def scalar(self, node: Node) -> Scalar:
        if not isinstance(node, Scalar):
            raise self.mismatch(shape_of(node))
        return node

    def fail(self, node: Scalar) -> FieldError:
        return self.mismatch(quote(node.text))

    def mismatch(self, got: str | Message, hint: str | Message = "") -> FieldError:
        """'expected <this type>, got <what was found>'."""
        return FieldError(msg("value.mismatch", expected=self.expected, got=got, hint=hint))


def shape_of(node: Node) -> Message:
    """What a list or a group of fields is called."""
    return msg("shape.list" if isinstance(node, Sequence) else "shape.fields")


@dataclass(frozen=True)
class Text(FieldType):
    """Plain text: no HTML, no invisible characters that disguise it, a bounded length."""

    max_length: int = 200
    expected = msg("type.text")

    def json_schema(self) -> dict[str, Any]:
        # not only spaces, as parse() demands; no '<' before a letter: no markup
        return {"type": "string", "pattern": r"^(?![\s\S]*<\s*[/!?a-zA-Z])[\s\S]*\S",
                "maxLength": self.max_length}

    def parse(self, node: Node, ctx: Context) -> str:
        text = self.scalar(node).text.strip()
        if not text:
            raise FieldError(msg("text.empty"))
        if len(text) > self.max_length:
            raise FieldError(msg("text.too_long", length=len(text), limit=self.max_length))
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
        return FieldError(msg("text.html", tag=quote(tag, 40)))
    char = invisible_in(text)
    if char is not None:
        return FieldError(msg("text.invisible", char=char))
    return None


@dataclass(frozen=True)
class Choice(FieldType):
    values: tuple[str, ...]

    @property
    def expected(self) -> Message:  # type: ignore[override]
        return msg("type.choice", values=", ".join(self.values))

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": list(self.values)}

    def parse(self, node: Node, ctx: Context) -> str:
        text = self.scalar(node).text.strip()
        if text not in self.values:
            close = difflib.get_close_matches(text, self.values, n=1)
            raise self.mismatch(quote(text), msg("value.close", close=close[0]) if close else "")
        return text


class Slug(FieldType):
    expected = msg("type.slug")
    json_type = {"type": "string", "pattern": SLUG.pattern}

    def parse(self, node: Node, ctx: Context) -> str:
        scalar = self.scalar(node)
        if not SLUG.match(scalar.text):
            raise self.fail(scalar)
        return scalar.text


class Bool(FieldType):
    expected = msg("type.bool")
    json_type = {"type": "boolean"}

    def parse(self, node: Node, ctx: Context) -> bool:
        scalar = self.scalar(node)
        value = scalar.text.lower()
        if not scalar.plain or value not in ("true", "false"):
            raise self.fail(scalar)
        return value == "true"


@dataclass(frozen=True)
class Whole(FieldType):
    """A whole number written as digits, like a version number: 0, 1, 2 ..."""

    least: int = 0
    most: int = 999

    @property
    def expected(self) -> Message:  # type: ignore[override]
        return msg("type.whole", least=self.least, most=self.most)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.least, "maximum": self.most}

    def parse(self, node: Node, ctx: Context) -> int:
        scalar = self.scalar(node)
        text = scalar.text.strip()
        if not scalar.plain or not re.fullmatch(r"[0-9]{1,4}", text) \
                or not self.least <= int(text) <= self.most:
            raise self.fail(scalar)
        return int(text)


class Date(FieldType):
    expected = msg("type.date")
    json_type = {"type": "string", "pattern": _DATE.pattern}  # no calendar check: parse() has it

    def parse(self, node: Node, ctx: Context) -> dt.date:
        scalar = self.scalar(node)
        found = _DATE.match(scalar.text.strip())
        if not found:
            raise self.fail(scalar)
        try:
            day = dt.date(*map(int, found.groups()))
        except ValueError:
            raise FieldError(msg("date.not_a_day", value=quote(scalar.text))) from None
        return in_range(day, scalar)


class Moment(FieldType):
    """A date or a date-time; a date-time without offset is local to the site timezone."""

    expected = msg("type.moment")
    json_type = {"type": "string", "pattern": _MOMENT.pattern}

    def parse(self, node: Node, ctx: Context) -> dt.date | dt.datetime:
        scalar = self.scalar(node)
        found = _MOMENT.match(scalar.text.strip())
        if not found:
            raise self.fail(scalar)
        y, mo, d, h, mi, s, offset = found.groups()
        try:
            naive = dt.datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
        except ValueError:
            raise FieldError(msg("moment.invalid", value=quote(scalar.text))) from None
        in_range(naive, scalar)
        if h is None:
            return naive.date()
        if offset:
            return naive.replace(tzinfo=_offset(offset))
        return localize(naive, ctx.tz)


def in_range(day: dt.date, scalar: Scalar) -> dt.date:
    """A date in the years a source may name (domain/clock.py): another is a typo, and
    checked before anything steps from it (an offset, a term, the day after)."""
    if not in_calendar(day.year):
        raise FieldError(msg("date.out_of_range", value=quote(scalar.text.strip()),
                             first=FIRST_YEAR, last=LAST_YEAR))
    return day


def any_case(text: str) -> str:
    """A regex for `text` in any letter case without flags: JSON Schema patterns have none."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in text)


def _offset(text: str) -> dt.tzinfo:
    if text == "Z":
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    hours, minutes = int(text[1:3]), int(text[4:6])
    if hours > 18 or minutes > 59:
        raise FieldError(msg("moment.offset", offset=text))
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def localize(naive: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """Attach the site timezone; a time skipped by daylight saving is an error, a doubled
    time means its first occurrence (fold=0)."""
    aware = naive.replace(tzinfo=tz, fold=0)
    back = aware.astimezone(dt.timezone.utc).astimezone(tz).replace(tzinfo=None)
    if back != naive:
        raise FieldError(msg("moment.skipped", moment=naive, zone=tz.key))
    return aware


_URL_CHARS = r"[^\s<>\"'`{}|\\^\x00-\x1f\x7f]"


class HttpsUrl(FieldType):
    expected = msg("type.https")
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

    expected = msg("type.image")

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

    expected = msg("type.github")
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
