"""Errors raised while reading sources; the collected problems live in `domain.problems`."""

from __future__ import annotations

from ..domain.problems import Problem, Report, Severity, quote, visible
from ..messages import Message

__all__ = ["Bilingual", "FieldError", "Neutralised", "Problem", "Report", "Severity", "quote",
           "visible"]


class Bilingual(Exception):
    """An error with a catalogue message: English in `str(exc)` and `exc.message`, Dutch in
    `exc.nl`; `exc.text` keeps the message, to pass on or to wrap in another."""

    def __init__(self, text: Message) -> None:
        super().__init__(text)
        self.text = text

    @property
    def message(self) -> str:
        return self.text.en

    @property
    def nl(self) -> str:
        return self.text.nl

    def __str__(self) -> str:
        return self.text.en


class FieldError(Bilingual):
    """Raised by a field parser; the caller adds the file, line and field."""

    def __init__(self, text: Message, line: int | None = None,
                 field: str | None = None) -> None:
        super().__init__(text)
        self.line = line
        self.field = field


class Neutralised(FieldError):
    """A value the build made harmless (markup stripped): a warning, with the value to use.
    `check` raises a plain FieldError for the same input instead."""

    def __init__(self, error: FieldError, value: object) -> None:
        super().__init__(error.text, error.line, error.field)
        self.value = value
