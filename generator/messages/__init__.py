"""Every message the generator says, in one catalogue keyed by message id, one module per
language (like a theme's language files): `en.py`, `nl.py`; a file `de.py` with the same ids
adds German. Code names a message by id with its values (`msg("field.unknown", key=...)`);
the text in a language is made only when it is shown, so that no sentence is written twice
in code and no language is left out at one call site."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass

__all__ = ["CATALOGUES", "Message", "Verbatim", "msg"]


def _languages() -> dict[str, dict[str, str]]:
    """Each language module of this package by its name: the modules with `MESSAGES`
    (severity.py says how bad each problem is, in no language)."""
    modules = [importlib.import_module(f"{__name__}.{info.name}")
               for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")]
    return {module.__name__.rpartition(".")[2]: module.MESSAGES for module in modules
            if hasattr(module, "MESSAGES")}


CATALOGUES = _languages()
_ENGLISH = CATALOGUES["en"]


@dataclass(frozen=True)
class Message:
    """A catalogue entry with its values. Values that are messages themselves are said in
    the same language; the rest is formatted as it is (`{slug!r}`, `{until:%Y-%m-%d}`)."""

    id: str
    values: tuple[tuple[str, object], ...] = ()

    def in_(self, lang: str) -> str:
        """The text in a language; English for an id the language does not have yet."""
        template = CATALOGUES[lang].get(self.id) or _ENGLISH[self.id]
        return template.format_map({name: _said(value, lang) for name, value in self.values})

    @property
    def en(self) -> str:
        return self.in_("en")

    @property
    def nl(self) -> str:
        return self.in_("nl")

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True)
class Verbatim:
    """Someone else's words, like PyYAML's English problem: shown as they are in their own
    language, and as a catalogue message (advice) in every other."""

    text: str
    otherwise: Message
    lang: str = "en"


def msg(id: str, /, **values: object) -> Message:
    """The message `id` with its values; an id the catalogue lacks fails here, at once."""
    if id not in _ENGLISH:
        raise KeyError(f"no message {id!r} in generator/messages/en.py")
    return Message(id, tuple(values.items()))


def _said(value: object, lang: str) -> object:
    if isinstance(value, Message):
        return value.in_(lang)
    if isinstance(value, Verbatim):
        return value.text if lang == value.lang else value.otherwise.in_(lang)
    return value
