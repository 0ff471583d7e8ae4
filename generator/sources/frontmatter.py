"""YAML front matter with a line number for every key, and no silent type coercion.

PyYAML would turn `country: NO` into False, `01234` into 668 and `1.10` into 1.1,
so we keep every scalar as the text the author typed and let each field decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Union

import yaml

from .errors import FieldError

_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass(frozen=True)
class Scalar:
    text: str
    line: int
    plain: bool  # unquoted: only plain scalars may be null, booleans or dates

    @property
    def is_null(self) -> bool:
        return self.plain and self.text in _NULLS


@dataclass(frozen=True)
class Sequence:
    items: tuple[Node, ...]
    line: int


@dataclass(frozen=True)
class Entry:
    key_line: int
    value: Node


@dataclass(frozen=True)
class Mapping:
    entries: dict[str, Entry]
    line: int


Node = Union[Scalar, Sequence, Mapping]


@dataclass(frozen=True)
class Document:
    """A source file split into its front matter and its Markdown body."""

    meta: Mapping
    body: str
    body_line: int  # line number of the first body line, for Markdown error messages


def split(text: str) -> tuple[str, str, int]:
    """Return (yaml, body, first body line); raise FieldError when the fences are wrong."""
    opening = _OPEN.match(text)
    if not opening:
        raise FieldError("expected front matter at the top: a line '---', the fields, "
                         "and a closing line '---'", 1)
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        raise FieldError("the front matter is not closed: add a line '---' after the fields", 1)
    yaml_text = text[opening.end():closing.start()]
    body_start = closing.end() + 1 if closing.end() < len(text) else closing.end()
    return yaml_text, text[body_start:], text.count("\n", 0, body_start) + 1


def parse(text: str) -> Document:
    """Parse a whole source file. Raises FieldError with the file line of the problem."""
    yaml_text, body, body_line = split(text)
    try:
        root = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else None
        raise FieldError(f"the front matter is not valid YAML: {exc.problem}", line) from None
    except yaml.YAMLError as exc:
        raise FieldError(f"the front matter is not valid YAML: {exc}", 2) from None
    if root is None:
        return Document(Mapping({}, 2), body, body_line)
    node = _convert(root, ())
    if not isinstance(node, Mapping):
        raise FieldError("the front matter must be a list of 'field: value' lines, "
                         "not a single value or a list", node.line)
    return Document(node, body, body_line)


def _convert(node: yaml.Node, parents: tuple[int, ...]) -> Node:
    # +2: line 1 is the opening '---', and PyYAML counts from 0.
    line = node.start_mark.line + 2
    if id(node) in parents:
        raise FieldError("an alias (*name) refers to a value that contains it; "
                         "write the value out instead", line)
    inner = (*parents, id(node))
    if isinstance(node, yaml.ScalarNode):
        return Scalar(str(node.value), line, node.style is None)
    if isinstance(node, yaml.SequenceNode):
        return Sequence(tuple(_convert(item, inner) for item in node.value), line)
    if isinstance(node, yaml.MappingNode):
        return Mapping(_entries(node, inner), line)
    raise FieldError("unsupported YAML construct", line)  # pragma: no cover - compose yields the 3


def _entries(node: yaml.MappingNode, parents: tuple[int, ...]) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 2
        if not isinstance(key_node, yaml.ScalarNode):
            raise FieldError("a field name must be plain text", key_line)
        key = str(key_node.value)
        if key in entries:
            raise FieldError(f"field '{key}' appears twice (also on line "
                             f"{entries[key].key_line}); keep one", key_line)
        entries[key] = Entry(key_line, _convert(value_node, parents))
    return entries
