"""One verdict (content-model.md v1.4): for every message id a case that triggers it, run
through `check` and through `mkdocs build --strict` (tests/e2e/test_one_verdict.py). Each
`cases_<area>.py` module here lists its area's cases as `CASES`."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Link:
    """A symbolic link to `target`, written in place of a file."""

    target: str


@dataclass(frozen=True)
class Case:
    """Sources that make `check` report `id`, written over the base site (BASE_FILES).

    `options` are extra lines under the plugin's options in mkdocs.yml (written at their
    own indentation of 6 spaces), `mkdocs` extra top-level lines of mkdocs.yml, `remove`
    base files to delete first. `epoch` is the build clock. `previous`, when given, is a
    previous version of the site (only these files, written as they are beside the site),
    which `check` gets as `--previous`; the build never reads one."""

    id: str
    files: dict[str, str | bytes | Link] = field(default_factory=dict)
    options: str = ""
    mkdocs: str = ""
    remove: tuple[str, ...] = ()
    epoch: int | None = None
    note: str = ""   # why this input, when it is not plain from the files
    previous: dict[str, str | bytes | Link] | None = None


def all_cases() -> list[Case]:
    """Every case of every `cases_*.py` module here."""
    found: list[Case] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("cases_"):
            found += importlib.import_module(f"{__name__}.{info.name}").CASES
    return found
