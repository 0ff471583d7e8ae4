"""The scaffold's placeholder text left in a source: `new` writes a draft whose paragraphs
start with these words, and a page published with them would show a visitor instructions
instead of a biography. A warning, so that `--strict` builds (the preview and the
publishing workflow) stop until it is replaced."""

from __future__ import annotations

PLACEHOLDER = "Vervang deze alinea door"


def placeholder_lines(body: str, first_line: int) -> list[int]:
    """The line of each paragraph in the body that is still the scaffold's placeholder."""
    return [first_line + number for number, line in enumerate(body.split("\n"))
            if PLACEHOLDER in line]
