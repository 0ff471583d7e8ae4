"""Field types and schemas for front matter: one definition drives validation and documentation.

Each type says what it expects in words an ambassador understands, with an example, in
English and in Dutch, and turns a front-matter node into a Python value or raises FieldError.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from .errors import FieldError, Report, quote
from .frontmatter import Mapping, Node, Scalar, Sequence

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MOMENT = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# GitHub's rule: letters, digits and single hyphens, not at either end, at most 39.
GITHUB_USER = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")


@dataclass(frozen=True)
class Context:
    """What a parser needs besides the node: the site timezone."""

    tz: ZoneInfo


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


class Text(FieldType):
    expected = "text"
    expected_nl = "tekst"
    json_type = {"type": "string", "pattern": r"\S"}  # not only spaces, as parse() demands

    def parse(self, node: Node, ctx: Context) -> str:
        text = self.scalar(node).text.strip()
        if not text:
            raise FieldError("expected text, got an empty value",
                             nl="verwacht tekst, maar het veld is leeg")
        return text


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


class HttpsUrl(FieldType):
    expected = "a web address starting with https://, like https://example.nl/page"
    expected_nl = "een webadres dat begint met https://, zoals https://example.nl/page"
    # parse() accepts the scheme in any letter case, so the pattern does too.
    json_type = {"type": "string", "pattern": "^" + any_case("https") + r"://\S+$"}

    def parse(self, node: Node, ctx: Context) -> str:
        scalar = self.scalar(node)
        text = scalar.text.strip()
        parts = urlsplit(text)
        if parts.scheme.lower() != "https" or not parts.hostname or re.search(r"\s", text):
            raise self.fail(scalar)
        return text


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


@dataclass(frozen=True)
class ListOf(FieldType):
    item: FieldType
    example: str = "[a, b]"

    @property
    def expected(self) -> str:  # type: ignore[override]
        return f"a list like {self.example}"

    @property
    def expected_nl(self) -> str:  # type: ignore[override]
        return f"een lijst zoals {self.example}"

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "items": self.item.json_schema()}

    def parse(self, node: Node, ctx: Context) -> list[Any]:
        if isinstance(node, Scalar):
            raise self.fail(node)
        if not isinstance(node, Sequence):
            raise self.mismatch(*shape_of(node))
        values = []
        for index, item in enumerate(node.items):
            try:
                values.append(self.item.parse(item, ctx))
            except FieldError as exc:
                raise FieldError(f"item {index + 1}: {exc.message}", exc.line or item.line,
                                 nl=f"item {index + 1}: {exc.nl or exc.message}") from None
        return values


@dataclass(frozen=True)
class Record:
    """Parsed fields of one mapping, with the line of each, for later cross-field checks."""

    values: dict[str, Any]
    lines: dict[str, int]
    line: int

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    required: bool = False
    doc: str = ""
    example: str = ""


@dataclass(frozen=True)
class Schema(FieldType):
    """A group of named fields; unknown and missing fields are errors."""

    title: str
    fields: tuple[Field, ...]
    by_name: dict[str, Field] = field(init=False, compare=False, repr=False)
    expected = "a group of fields"
    expected_nl = "een groep velden"

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})

    def parse(self, node: Node, ctx: Context) -> Record:  # type: ignore[override]
        raise NotImplementedError("use parse_into, which reports every problem")

    def parse_into(self, node: Node, ctx: Context, report: Report, path: str,
                   prefix: str = "") -> Record:
        """Parse every field, reporting each problem; return what parsed cleanly."""
        if not isinstance(node, Mapping):
            report.error(path, node.line, prefix.rstrip(".") or None,
                         f"expected fields like {self.example_text()}",
                         nl=f"verwacht velden zoals {self.example_text()}, elk op een eigen "
                            "ingesprongen regel")
            return Record({}, {}, node.line)
        values: dict[str, Any] = {}
        lines: dict[str, int] = {}
        for key, entry in node.entries.items():
            name = prefix + key
            spec = self.by_name.get(key)
            if spec is None:
                message, dutch = self._unknown(key)
                report.error(path, entry.key_line, name, message, nl=dutch)
                continue
            if isinstance(entry.value, Scalar) and entry.value.is_null:
                continue  # an empty optional field counts as absent; required ones fail below
            lines[key] = entry.key_line
            value = self._parse_value(spec, entry, ctx, report, path, name)
            if value is not None:
                values[key] = value
        for spec in self.fields:
            if spec.required and spec.name not in lines:
                report.error(path, node.entries[spec.name].key_line if spec.name in node.entries
                             else node.line, prefix + spec.name,
                             f"this field is required: add a line like "
                             f"'{spec.name}: {spec.example}'",
                             nl=f"dit veld is verplicht: voeg een regel toe zoals "
                                f"'{spec.name}: {spec.example}'")
        return Record(values, lines, node.line)

    def _parse_value(self, spec: Field, entry: Any, ctx: Context, report: Report,
                     path: str, name: str) -> Any:
        if isinstance(spec.type, Schema):
            return spec.type.parse_into(entry.value, ctx, report, path, name + ".")
        if isinstance(spec.type, ListOf) and isinstance(spec.type.item, Schema):
            return self._parse_records(spec.type, entry.value, ctx, report, path, name)
        try:
            return spec.type.parse(entry.value, ctx)
        except FieldError as exc:
            report.error(path, exc.line or entry.value.line, name, exc.message, nl=exc.nl)
            return None

    @staticmethod
    def _parse_records(kind: ListOf, node: Node, ctx: Context, report: Report, path: str,
                       name: str) -> list[Record] | None:
        assert isinstance(kind.item, Schema)
        if not isinstance(node, Sequence):
            example = f"\n  {name}:\n    - {kind.item.example_text()}"
            report.error(path, node.line, name, "expected a list of entries, each starting "
                         f"with '- ', like:{example}",
                         nl=f"verwacht een lijst met items die elk met '- ' beginnen, zoals:"
                            f"{example}")
            return None
        return [kind.item.parse_into(item, ctx, report, path, f"{name}[{index + 1}].")
                for index, item in enumerate(node.items)]

    def _unknown(self, key: str) -> tuple[str, str]:
        """The message in English and Dutch, with the closest allowed field."""
        close = difflib.get_close_matches(key, list(self.by_name), n=1, cutoff=0.6)
        allowed = ", ".join(self.by_name)
        hint = f"did you mean '{close[0]}'? " if close else ""
        hint_nl = f"bedoel je '{close[0]}'? Toegestane" if close else "toegestane"
        return (f"unknown field '{key}': {hint}allowed fields are {allowed}",
                f"onbekend veld '{key}': {hint_nl} velden zijn {allowed}")

    def json_schema(self) -> dict[str, Any]:
        """An object that allows exactly these fields, each described by its `doc`."""
        properties = {f.name: f.type.json_schema() | ({"description": f.doc} if f.doc else {})
                      for f in self.fields}
        required = [f.name for f in self.fields if f.required]
        return {"type": "object", "title": self.title, "properties": properties,
                "additionalProperties": False, **({"required": required} if required else {})}

    def example_text(self) -> str:
        """The required fields with an example value; the first field when none is."""
        shown = [f for f in self.fields if f.required] or list(self.fields[:1])
        return ", ".join(f"{f.name}: {f.example}" for f in shown)

