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


def split(text: str) -> tuple[str, str, int]:
    """Return (yaml, body, first body line); raise FieldError when the fences are wrong."""
    opening = _OPEN.match(text)
    if not opening:
        raise FieldError("expected front matter at the top: a line '---', the fields, "
                         "and a closing line '---'", 1,
                         nl="bovenaan het bestand horen de velden te staan: een regel '---', "
                            "de velden, en een afsluitende regel '---'")
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        raise FieldError("the front matter is not closed: add a line '---' after the fields", 1,
                         nl="de velden bovenaan zijn niet afgesloten: zet een regel '---' na "
                            "het laatste veld")
    yaml_text = text[opening.end():closing.start()]
    body_start = closing.end() + 1 if closing.end() < len(text) else closing.end()
    return yaml_text, text[body_start:], text.count("\n", 0, body_start) + 1


def parse(text: str) -> Document:
    """Parse a whole source file. Raises FieldError with the file line of the problem."""
    yaml_text, body, body_line = split(text)
    try:
        root = _compose(yaml_text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else None
        raise FieldError(f"the front matter is not valid YAML: {exc.problem}", line,
                         nl=_yaml_problem_nl(exc.problem or "")) from None
    except yaml.YAMLError as exc:
        raise FieldError(f"the front matter is not valid YAML: {exc}", 2,
                         nl=_yaml_problem_nl(str(exc))) from None
    if root is None:
        return Document(Mapping({}, 2), body, body_line)
    if not isinstance(root, Mapping):
        raise FieldError("the front matter must be a list of 'field: value' lines, "
                         "not a single value or a list", root.line,
                         nl="de velden bovenaan moeten regels 'veld: waarde' zijn, zoals "
                            "'name: Marie', geen losse waarde of lijst")
    return Document(root, body, body_line)


# PyYAML's problems, said in Dutch with what to do: PyYAML's own words ("expected ',' or
# ']', but got ':'") mean little to an ambassador and are English.
_YAML_NL = (
    (re.compile(r"^mapping values are not allowed"),
     "er staat een dubbele punt waar dat niet kan: zet een waarde met een dubbele punt tussen "
     "aanhalingstekens, zoals role: 'eigenaar: bakkerij', en kijk de inspringing na"),
    (re.compile(r"^expected '(.)' or '(.)'"),
     "een lijst of groep tussen haakjes is niet afgesloten: er ontbreekt een '{0}' of '{1}'"),
    (re.compile(r"^found character '\\t'"),
     "er staat een tab: spring in met spaties"),
    (re.compile(r"^found character '(.)' that cannot start"),
     "een waarde kan niet met '{0}' beginnen: zet de hele waarde tussen aanhalingstekens, "
     "zoals github: '@mvdberg'"),
    (re.compile(r"^found unexpected end of stream"),
     "een aanhalingsteken is niet gesloten: eindig de waarde met hetzelfde aanhalingsteken "
     "als waarmee ze begint"),
    (re.compile(r"^expected <block end>"),
     "de inspringing klopt niet: velden op hetzelfde niveau beginnen even ver naar rechts"),
)


def _yaml_problem_nl(problem: str) -> str:
    for pattern, advice in _YAML_NL:
        found = pattern.match(problem)
        if found:
            return "de velden bovenaan zijn geen geldige YAML: " + advice.format(*found.groups())
    return ("de velden bovenaan zijn geen geldige YAML: kijk op deze regel de dubbele punten, "
            "aanhalingstekens, haakjes en inspringing na")


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


def _compose(yaml_text: str) -> Node | None:
    """The front matter's nodes, read from the parser's events in one pass, without
    recursion. Anchors and aliases are refused outright: an alias repeats a value, so a few
    lines of them can stand for billions of values ("billion laughs"); nesting is bounded."""
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
            node = Scalar(str(event.value), line, not event.style)  # None or "" when plain
        if not open_:
            root = node
        else:
            _add(open_[-1], node)
    return root


def _add(parent: _Open, node: Node) -> None:
    if parent.items is not None:
        parent.items.append(node)
        return
    assert parent.entries is not None
    if parent.key is None:
        if not isinstance(node, Scalar):
            raise FieldError("a field name must be plain text", node.line,
                             nl="een veldnaam moet gewone tekst zijn, zoals 'name'")
        if node.text in parent.entries:
            first = parent.entries[node.text].key_line
            raise FieldError(f"field '{node.text}' appears twice (also on line {first}); "
                             "keep one", node.line,
                             nl=f"het veld '{node.text}' staat er twee keer (ook op regel "
                                f"{first}): houd er één over")
        parent.key = (node.text, node.line)
        return
    key, key_line = parent.key
    parent.entries[key] = Entry(key_line, node)
    parent.key = None


def _field_of(open_: list[_Open]) -> str | None:
    """The top-level field being read, for the message."""
    return open_[0].key[0] if open_ and open_[0].key else None


def _anchor_error(line: int, open_: list[_Open]) -> FieldError:
    return FieldError("YAML anchors and aliases (&name, *name) are not allowed: write each "
                      "value out in full", line, field=_field_of(open_),
                      nl="YAML-ankers en -verwijzingen (&naam, *naam) zijn niet toegestaan: "
                         "schrijf elke waarde helemaal uit")


def _depth_error(line: int, open_: list[_Open]) -> FieldError:
    return FieldError(f"lists and groups of fields are nested more than {MAX_DEPTH} deep; no "
                      "field needs that: check the indentation and the brackets", line,
                      field=_field_of(open_),
                      nl=f"lijsten en groepen velden zijn meer dan {MAX_DEPTH} lagen diep "
                         "genest; geen enkel veld heeft dat nodig: kijk de inspringing en de "
                         "haakjes na")
