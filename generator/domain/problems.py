"""Problems found in sources: file, line, field and message (in English and Dutch), collected
and reported at once. Plain values, so that the domain's own checks can report too; the
words come from the catalogue (generator/messages)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..messages import Message
from ..messages.severity import Severity, severity_of

__all__ = ["Problem", "Report", "Severity", "quote", "visible"]


@dataclass(frozen=True)
class Problem:
    """One finding, phrased for an ambassador reading a pull request."""

    path: str
    line: int | None
    field: str | None
    message: str
    severity: Severity = Severity.ERROR
    message_nl: str | None = None  # the same facts in Dutch, for the ambassadors
    # An error the build made harmless and carried on past (markup stripped): it warns, so
    # that `serve` still shows a preview and `--strict` still fails.
    neutralised: bool = False
    message_id: str = ""

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
            neutralised: bool = False) -> None:
        """A problem whose severity is its message's (messages/severity.py)."""
        self.problems.append(Problem(path, line, field_name, text.en, severity_of(text.id),
                                     text.nl, neutralised, text.id))

    # The names say what the caller means; the catalogue decides (a test holds them equal).
    error = advisory = info = add

    def of(self, severity: Severity) -> list[Problem]:
        return [p for p in self.problems if p.severity is severity]

    @property
    def errors(self) -> list[Problem]:
        return self.of(Severity.ERROR)

    @property
    def advisories(self) -> list[Problem]:
        return self.of(Severity.ADVISORY)


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
