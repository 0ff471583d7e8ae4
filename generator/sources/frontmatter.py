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
        root = yaml.compose(yaml_text, Loader=_LOADER)
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
    node = _convert(root, ())
    if not isinstance(node, Mapping):
        raise FieldError("the front matter must be a list of 'field: value' lines, "
                         "not a single value or a list", node.line,
                         nl="de velden bovenaan moeten regels 'veld: waarde' zijn, zoals "
                            "'name: Marie', geen losse waarde of lijst")
    return Document(node, body, body_line)


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
    (re.compile(r"^found undefined alias"),
     "er staat een verwijzing (*naam) naar iets dat niet bestaat: schrijf de waarde uit"),
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


def _convert(node: yaml.Node, parents: tuple[int, ...]) -> Node:
    # +2: line 1 is the opening '---', and PyYAML counts from 0.
    line = node.start_mark.line + 2
    if id(node) in parents:
        raise FieldError("an alias (*name) refers to a value that contains it; "
                         "write the value out instead", line,
                         nl="een verwijzing (*naam) verwijst naar een waarde waar ze zelf in "
                            "staat: schrijf de waarde uit")
    inner = (*parents, id(node))
    if isinstance(node, yaml.ScalarNode):
        return Scalar(str(node.value), line, not node.style)  # None (Python) or "" (libyaml)
    if isinstance(node, yaml.SequenceNode):
        return Sequence(tuple(_convert(item, inner) for item in node.value), line)
    if isinstance(node, yaml.MappingNode):
        return Mapping(_entries(node, inner), line)
    raise FieldError("unsupported YAML construct", line,  # pragma: no cover - compose
                     nl="deze YAML-vorm wordt niet ondersteund")  # yields only the 3 above


def _entries(node: yaml.MappingNode, parents: tuple[int, ...]) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 2
        if not isinstance(key_node, yaml.ScalarNode):
            raise FieldError("a field name must be plain text", key_line,
                             nl="een veldnaam moet gewone tekst zijn, zoals 'name'")
        key = str(key_node.value)
        if key in entries:
            raise FieldError(f"field '{key}' appears twice (also on line "
                             f"{entries[key].key_line}); keep one", key_line,
                             nl=f"het veld '{key}' staat er twee keer (ook op regel "
                                f"{entries[key].key_line}): houd er één over")
        entries[key] = Entry(key_line, _convert(value_node, parents))
    return entries
