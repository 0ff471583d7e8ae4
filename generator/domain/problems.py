"""Problems found in sources: file, line, field and message (in English and Dutch), collected
and reported at once. Plain values, so that the domain's own checks can report too; the
words come from the catalogue (generator/messages)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from ..messages import Message


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
    message_nl: str | None = None  # the same facts in Dutch, for the ambassadors

    def __str__(self) -> str:
        return self._located(self.message)

    def dutch(self) -> str:
        """`path:line: field: message` with the Dutch message (English if there is none)."""
        return self._located(self.message_nl or self.message)

    def _located(self, message: str) -> str:
        where = visible(self.path) + (f":{self.line}" if self.line else "")
        what = f" {self.field}:" if self.field else ""
        return f"{where}:{what} {message}"


@dataclass
class Report:
    """Collects problems so that every one is reported, not only the first (Pelican `all()`)."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, path: str, line: int | None, field_name: str | None, text: Message,
            severity: Severity = Severity.ERROR) -> None:
        self.problems.append(Problem(path, line, field_name, text.en, severity, text.nl))

    def error(self, path: str, line: int | None, field_name: str | None, text: Message) -> None:
        self.add(path, line, field_name, text, Severity.ERROR)

    def warning(self, path: str, line: int | None, field_name: str | None,
                text: Message) -> None:
        self.add(path, line, field_name, text, Severity.WARNING)

    def info(self, path: str, line: int | None, field_name: str | None, text: Message) -> None:
        self.add(path, line, field_name, text, Severity.INFO)

    def of(self, severity: Severity) -> list[Problem]:
        return [p for p in self.problems if p.severity is severity]

    @property
    def errors(self) -> list[Problem]:
        return self.of(Severity.ERROR)

    @property
    def warnings(self) -> list[Problem]:
        return self.of(Severity.WARNING)


def visible(text: str) -> str:
    """A path as it can be read in a terminal or on a pull request: characters that are not
    printable (a right-to-left override in a planted file name) shown as escapes."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def quote(text: str, limit: int = 60) -> str:
    """Show a bad value the way the author typed it, shortened when long."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown)
