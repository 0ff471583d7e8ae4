"""Parts of outputs kept between builds (issue 32): a part whose inputs have the digest they
had last time is read back instead of made again, so that a warm build neither runs nor
imports the library that makes it. Like the search index (search/pagefind.py), the digest
covers the generator's own code and the library's version, so an upgrade makes everything
again.

The store is one JSON file of text parts by digest: data, never code, whatever a cache
folder holds. It keeps only what the last build used, so it does not grow."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from ..sources.files.atomic import write_atomic

_PACKAGE = Path(__file__).resolve().parents[1]
_FORMAT = 1


# What the generator's outputs are made with: its code, templates, stylesheet and fonts (not
# the editor's bundle, which no kept part comes from).
_MADE_WITH = {".py", ".html", ".j2", ".txt", ".css", ".ttf"}


@functools.cache
def code_digest() -> bytes:
    """The generator's own files: any change to them makes every kept part again."""
    digest = hashlib.blake2b(digest_size=20)
    made_with = (p for p in _PACKAGE.rglob("*") if p.suffix in _MADE_WITH
                 and "__pycache__" not in p.parts)
    for path in sorted(made_with):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.digest()


@functools.cache
def version(package: str) -> str:
    """An installed package's version, without importing it."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return ""


def digest_of(*inputs: str | bytes) -> str:
    """The key of a part: the generator's code and every input, each length-prefixed so
    that no two lists of inputs run together into the same bytes."""
    digest = hashlib.blake2b(code_digest(), digest_size=20)
    for value in inputs:
        data = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else value
        digest.update(f"{len(data)}:".encode() + data)
    return digest.hexdigest()


class KeptParts:
    """Text parts by digest, read from and written back to one file of the cache."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._old = self._read(path) if path is not None else {}
        self._used: dict[str, str] = {}

    @staticmethod
    def _read(path: Path) -> dict[str, str]:
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        parts = stored.get("parts") if isinstance(stored, dict) else None
        if not isinstance(parts, dict) or stored.get("format") != _FORMAT:
            return {}
        return {k: v for k, v in parts.items() if isinstance(k, str) and isinstance(v, str)}

    def find(self, key: str) -> str | None:
        """The part kept under `key`, if any; kept again for the next build."""
        part = self._used.get(key)
        if part is None and (part := self._old.get(key)) is not None:
            self._used[key] = part
        return part

    def keep(self, key: str, part: str) -> None:
        self._used[key] = part

    @property
    def hits(self) -> int:
        return sum(key in self._old for key in self._used)

    def save(self) -> None:
        """Write what this build used, when it differs from what was read."""
        if self.path is None or self._used == self._old:
            return
        write_atomic(self.path, json.dumps({"format": _FORMAT, "parts": self._used},
                                           ensure_ascii=False, sort_keys=True).encode())


class KeptFiles:
    """Whole files by digest, `<name>-<digest><suffix>` in a folder of the cache; prune()
    removes those of the name that this build did not use."""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder, self.name = folder, name
        self._used: set[Path] = set()

    def file(self, key: str, suffix: str, make: Callable[[], bytes]) -> Path:
        path = self.folder / f"{self.name}-{key}{suffix}"
        if not path.is_file():
            write_atomic(path, make())
        self._used.add(path)
        return path

    def prune(self) -> None:
        for path in self.folder.glob(f"{self.name}-*"):
            if path not in self._used:
                path.unlink(missing_ok=True)
