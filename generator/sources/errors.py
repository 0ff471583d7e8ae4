"""Errors raised while reading sources; the collected problems live in `domain.problems`."""

from __future__ import annotations

from ..domain.problems import Problem, Report, Severity, quote, visible

__all__ = ["Bilingual", "FieldError", "Neutralised", "Problem", "Report", "Severity", "quote",
           "visible"]


class Bilingual(Exception):
    """An error said in English (`str(exc)`) and in Dutch (`exc.nl`)."""

    def __init__(self, message: str, nl: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.nl = nl


class FieldError(Bilingual):
    """Raised by a field parser; the caller adds the file, line and field."""

    def __init__(self, message: str, line: int | None = None, nl: str | None = None,
                 field: str | None = None) -> None:
        super().__init__(message, nl)
        self.line = line
        self.field = field


class Neutralised(FieldError):
    """A value the build made harmless (markup stripped): a warning, with the value to use.
    `check` raises a plain FieldError for the same input instead."""

    def __init__(self, error: FieldError, value: object) -> None:
        super().__init__(error.message, error.line, error.nl, error.field)
        self.value = value
