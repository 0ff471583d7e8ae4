"""YAML front matter with a line number for every key, and no silent type coercion.

PyYAML would turn `country: NO` into False, `01234` into 668 and `1.10` into 1.1,
so we keep every scalar as the text the author typed and let each field decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Union

import yaml

from ...domain.text.plain import CONTROL, MAX_CONTROL_LINES, control_codes, without_controls
from ...messages import Message, Verbatim, msg
from ..errors import FieldError

_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
# libyaml's parser when PyYAML has it: about ten times faster, same nodes and marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
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
    # (line, code points) of control characters a YAML escape made ("\f", "\0"), taken out
    # of the values as the raw ones are taken out of the file (sources/loaders.py)
    controls: tuple[tuple[int, str], ...] = ()


def split(text: str) -> tuple[str, str, int]:
    """Return (yaml, body, first body line); raise FieldError when the fences are wrong."""
    opening = _OPEN.match(text)
    if not opening:
        raise FieldError(msg("frontmatter.missing"), 1)
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        raise FieldError(msg("frontmatter.unclosed"), 1)
    yaml_text = text[opening.end():closing.start()]
    body_start = closing.end() + 1 if closing.end() < len(text) else closing.end()
    return yaml_text, text[body_start:], text.count("\n", 0, body_start) + 1


def parse(text: str) -> Document:
    """Parse a whole source file. Raises FieldError with the file line of the problem."""
    yaml_text, body, body_line = split(text)
    controls: list[tuple[int, str]] = []
    try:
        root = _compose(yaml_text, controls)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else None
        raise FieldError(_invalid(exc.problem), line) from None
    except yaml.YAMLError as exc:
        raise FieldError(_invalid(str(exc)), 2) from None
    found = tuple((line, control_codes(values)) for line, values in controls)
    if root is None:
        return Document(Mapping({}, 2), body, body_line, found)
    if not isinstance(root, Mapping):
        raise FieldError(msg("frontmatter.not_fields"), root.line)
    return Document(root, body, body_line, found)


# PyYAML's problems by the catalogue's advice for each: PyYAML's own words ("expected ','
# or ']', but got ':'") mean little to an ambassador and exist in English only.
_YAML_ADVICE = (
    (re.compile(r"^mapping values are not allowed"), "yaml.colon"),
    (re.compile(r"^expected '(?P<first>.)' or '(?P<second>.)'"), "yaml.unclosed"),
    (re.compile(r"^found character '\\t'"), "yaml.tab"),
    (re.compile(r"^found character '(?P<char>.)' that cannot start"), "yaml.cannot_start"),
    (re.compile(r"^found unexpected end of stream"), "yaml.open_quote"),
    (re.compile(r"^expected <block end>"), "yaml.indentation"),
)


def _invalid(problem: str | None) -> Message:
    """PyYAML's problem as it says it, with the advice for it in other languages."""
    for pattern, advice in _YAML_ADVICE:
        found = pattern.match(problem or "")
        if found:
            return msg("yaml.invalid",
                       problem=Verbatim(str(problem), msg(advice, **found.groupdict())))
    return msg("yaml.invalid", problem=Verbatim(str(problem), msg("yaml.other")))


# No field needs more: podium (a list) > an entry (a group) > its fields is three levels.
MAX_DEPTH = 6


@dataclass
class _Open:
    """A list or group being read: its items so far, and a group's key awaiting a value."""

    line: int
    items: list[Node] | None = None          # a list
    entries: dict[str, Entry] | None = None  # a group of fields
    key: tuple[str, int] | None = None

    def node(self) -> Node:
        if self.entries is not None:
            return Mapping(self.entries, self.line)
        return Sequence(tuple(self.items or ()), self.line)


def _compose(yaml_text: str, controls: list[tuple[int, str]]) -> Node | None:
    """The front matter's nodes, read from the parser's events in one pass, without
    recursion. Anchors and aliases are refused outright: an alias repeats a value, so a few
    lines of them can stand for billions of values ("billion laughs"); nesting is bounded.
    Control characters an escape makes are left out of the values and added to `controls`."""
    open_: list[_Open] = []
    root: Node | None = None
    for event in yaml.parse(yaml_text, Loader=_LOADER):
        if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent,
                              yaml.DocumentStartEvent, yaml.DocumentEndEvent)):
            continue
        line = event.start_mark.line + 2  # line 1 is the opening '---'; PyYAML counts from 0
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _anchor_error(line, open_)
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(open_) >= MAX_DEPTH:
                raise _depth_error(line, open_)
            mapping = isinstance(event, yaml.MappingStartEvent)
            open_.append(_Open(line, None if mapping else [], {} if mapping else None))
            continue
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            node: Node = open_.pop().node()
        else:
            node = Scalar(_scalar_text(str(event.value), line, controls), line,
                          not event.style)  # style None or "" when plain
        if not open_:
            root = node
        else:
            _add(open_[-1], node)
    return root


def _scalar_text(value: str, line: int, controls: list[tuple[int, str]]) -> str:
    """The value without control characters; those go to `controls`, by line."""
    if CONTROL.search(value) is None:
        return value
    if controls and controls[-1][0] == line:   # another value on the line: one advisory
        controls[-1] = (line, controls[-1][1] + value)
    elif len(controls) < MAX_CONTROL_LINES:
        controls.append((line, value))
    return without_controls(value)


def _add(parent: _Open, node: Node) -> None:
    if parent.items is not None:
        parent.items.append(node)
        return
    assert parent.entries is not None
    if parent.key is None:
        if not isinstance(node, Scalar):
            raise FieldError(msg("field.not_plain"), node.line)
        if node.text in parent.entries:
            first = parent.entries[node.text].key_line
            raise FieldError(msg("field.twice", name=node.text, first=first), node.line)
        parent.key = (node.text, node.line)
        return
    key, key_line = parent.key
    parent.entries[key] = Entry(key_line, node)
    parent.key = None


def _field_of(open_: list[_Open]) -> str | None:
    """The top-level field being read, for the message."""
    return open_[0].key[0] if open_ and open_[0].key else None


def _anchor_error(line: int, open_: list[_Open]) -> FieldError:
    return FieldError(msg("frontmatter.anchors"), line, field=_field_of(open_))


def _depth_error(line: int, open_: list[_Open]) -> FieldError:
    return FieldError(msg("frontmatter.too_deep", limit=MAX_DEPTH), line,
                      field=_field_of(open_))
