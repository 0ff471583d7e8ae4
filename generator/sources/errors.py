"""Problems found in sources: file, line, field and message, collected and reported at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    """How bad a problem is: errors fail every build, warnings fail `--strict` builds."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Problem:
    """One finding, phrased for an ambassador reading a pull request."""

    path: str
    line: int | None
    field: str | None
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = self.path + (f":{self.line}" if self.line else "")
        what = f" {self.field}:" if self.field else ""
        return f"{where}:{what} {self.message}"


class FieldError(Exception):
    """Raised by a field parser; the caller adds the file, line and field."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class Report:
    """Collects problems so that every one is reported, not only the first (Pelican `all()`)."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, path: str, line: int | None, field_name: str | None, message: str,
            severity: Severity = Severity.ERROR) -> None:
        self.problems.append(Problem(path, line, field_name, message, severity))

    def error(self, path: str, line: int | None, field_name: str | None, message: str) -> None:
        self.add(path, line, field_name, message, Severity.ERROR)

    def warning(self, path: str, line: int | None, field_name: str | None, message: str) -> None:
        self.add(path, line, field_name, message, Severity.WARNING)

    def info(self, path: str, line: int | None, field_name: str | None, message: str) -> None:
        self.add(path, line, field_name, message, Severity.INFO)

    def of(self, severity: Severity) -> list[Problem]:
        return [p for p in self.problems if p.severity is severity]

    @property
    def errors(self) -> list[Problem]:
        return self.of(Severity.ERROR)

    @property
    def warnings(self) -> list[Problem]:
        return self.of(Severity.WARNING)


def quote(text: str, limit: int = 60) -> str:
    """Show a bad value the way the author typed it, shortened when long."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown)
