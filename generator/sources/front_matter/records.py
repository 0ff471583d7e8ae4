"""Lists and groups of fields: a Schema parses a front-matter mapping into a Record and
reports every problem in it, not only the first, each with its line and field path."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from ...messages import Message, msg
from ..errors import FieldError, Neutralised, Report
from .fields import Context, FieldType, shape_of
from .parse import Mapping, Node, Scalar, Sequence


@dataclass(frozen=True)
class ListOf(FieldType):
    item: FieldType
    example: str = "[a, b]"
    max_items: int = 50

    @property
    def expected(self) -> Message:  # type: ignore[override]
        return msg("type.list", example=self.example)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "items": self.item.json_schema(), "maxItems": self.max_items}

    def check_length(self, node: Sequence) -> None:
        if len(node.items) > self.max_items:
            raise FieldError(msg("list.too_long", count=len(node.items), limit=self.max_items),
                             node.line)

    def parse(self, node: Node, ctx: Context) -> list[Any]:
        if isinstance(node, Scalar):
            raise self.fail(node)
        if not isinstance(node, Sequence):
            raise self.mismatch(shape_of(node))
        self.check_length(node)
        values = []
        stripped: FieldError | None = None   # the first item the build made harmless
        for index, item in enumerate(node.items):
            try:
                values.append(self.item.parse(item, ctx))
            except FieldError as exc:
                error = FieldError(msg("list.item", number=index + 1, problem=exc.text),
                                   exc.line or item.line)
                if not isinstance(exc, Neutralised):
                    raise error from None
                values.append(exc.value)
                stripped = stripped or error
        if stripped is not None:
            raise Neutralised(stripped, values)
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
    # Dutch, for people: the label beside the browser editor's form field, and the hint
    # both it and `python -m generator new` (commands/scaffold.py) show. A hint may name the site's
    # settings as {term_years}, {podium_minimum}, {timezone} and {events_dir}.
    label: str = ""
    hint: str = ""


@dataclass(frozen=True)
class Schema(FieldType):
    """A group of named fields; unknown and missing fields are errors."""

    title: str
    fields: tuple[Field, ...]
    by_name: dict[str, Field] = field(init=False, compare=False, repr=False)
    expected = msg("shape.fields")

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})

    def parse(self, node: Node, ctx: Context) -> Record:  # type: ignore[override]
        raise NotImplementedError("use parse_into, which reports every problem")

    def parse_into(self, node: Node, ctx: Context, report: Report, path: str,
                   prefix: str = "") -> Record:
        """Parse every field, reporting each problem; return what parsed cleanly."""
        if not isinstance(node, Mapping):
            report.error(path, node.line, prefix.rstrip(".") or None,
                         msg("fields.expected", example=self.example_text()))
            return Record({}, {}, node.line)
        values: dict[str, Any] = {}
        lines: dict[str, int] = {}
        for key, entry in node.entries.items():
            name = prefix + key
            spec = self.by_name.get(key)
            if spec is None:
                report.error(path, entry.key_line, name, self._unknown(key))
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
                             msg("field.required", name=spec.name, example=spec.example))
        return Record(values, lines, node.line)

    def _parse_value(self, spec: Field, entry: Any, ctx: Context, report: Report,
                     path: str, name: str) -> Any:
        if isinstance(spec.type, Schema):
            return spec.type.parse_into(entry.value, ctx, report, path, name + ".")
        if isinstance(spec.type, ListOf) and isinstance(spec.type.item, Schema):
            return self._parse_records(spec.type, entry.value, ctx, report, path, name)
        try:
            return spec.type.parse(entry.value, ctx)
        except Neutralised as exc:
            report.add(path, exc.line or entry.value.line, name, exc.text, neutralised=True)
            return exc.value
        except FieldError as exc:
            report.error(path, exc.line or entry.value.line, name, exc.text)
            return None

    @staticmethod
    def _parse_records(kind: ListOf, node: Node, ctx: Context, report: Report, path: str,
                       name: str) -> list[Record] | None:
        assert isinstance(kind.item, Schema)
        if not isinstance(node, Sequence):
            example = f"\n  {name}:\n    - {kind.item.example_text()}"
            report.error(path, node.line, name, msg("fields.entries", example=example))
            return None
        try:
            kind.check_length(node)
        except FieldError as exc:
            report.error(path, exc.line, name, exc.text)
            return None
        return [kind.item.parse_into(item, ctx, report, path, f"{name}[{index + 1}].")
                for index, item in enumerate(node.items)]

    def _unknown(self, key: str) -> Message:
        """The message, with the closest allowed field."""
        close = difflib.get_close_matches(key, list(self.by_name), n=1, cutoff=0.6)
        allowed = ", ".join(self.by_name)
        if close:
            return msg("field.unknown_close", key=key, close=close[0], allowed=allowed)
        return msg("field.unknown", key=key, allowed=allowed)

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

