"""Checks an image named in front matter: inside its folder, a real raster, within limits."""

from __future__ import annotations

import json
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

from ..messages import Message, msg
from .errors import FieldError
from .files.atomic import write_atomic

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
FORMATS = {"JPEG": (".jpg", ".jpeg"), "PNG": (".png",), "WEBP": (".webp",)}


@dataclass(frozen=True, eq=False)
class ImageChecks:
    """The photos earlier builds checked and found good, by file_key, and those this run
    found good (checked, or known and unchanged): a warm build reads no photo that has not
    changed. A loader in another process fills its own copy; the caller unites them."""

    known: frozenset[str] = frozenset()
    passed: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, path: Path) -> ImageChecks:
        """What the last build kept in `path` (nothing when it is missing or damaged)."""
        try:
            keys = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        return cls(frozenset(k for k in keys if isinstance(k, str)) if isinstance(keys, list)
                   else frozenset())

    def write(self, path: Path) -> None:
        """Keep what this run found good, for the next; only when it changed."""
        if self.passed == self.known:
            return
        write_atomic(path, json.dumps(sorted(self.passed)).encode())


def file_key(path: Path, stat: os.stat_result) -> str:
    """A file as git's index and make judge it unchanged: path, size, modification time and
    inode. Any change to the file changes one of them."""
    return f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ino}"


class LinkRefused(FieldError):
    """The image is a symbolic link: not read. The confinement scan has already reported
    the link by its path, so the loader need not say it twice."""


def check_image(folder: Path, name: str, checks: ImageChecks | None = None) -> Path:
    """Return the image's path, or raise FieldError saying what is wrong with it. With
    `checks`, a photo known good and unchanged is not read again."""
    if "/" in name or "\\" in name or name in (".", ".."):
        raise FieldError(msg("image.not_a_name", name=name))
    path = folder / name
    if path.is_symlink():
        raise LinkRefused(msg("image.link", name=name))
    try:
        inside = path.resolve(strict=True).is_relative_to(folder.resolve())
    except (FileNotFoundError, RuntimeError, OSError):
        raise FieldError(msg("image.missing", name=name, listing=_listing(folder))) from None
    if not inside:
        raise FieldError(msg("image.outside", name=name))
    if not path.is_file():
        raise FieldError(msg("image.not_a_file", name=name))
    stat = path.stat()
    if stat.st_size > MAX_BYTES:
        raise FieldError(msg("image.too_large", name=name, mib=stat.st_size / 1048576))
    key = file_key(path, stat)
    if checks is None or key not in checks.known:
        _check_raster(path, name)
    if checks is not None:
        checks.passed.add(key)
    return path


def _check_raster(path: Path, name: str) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                kind, (width, height) = image.format, image.size
                if kind in FORMATS and width * height <= MAX_PIXELS:
                    _decode_cheaply(image, name)
    except FieldError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError):
        raise FieldError(msg("image.unreadable", name=name)) from None
    if kind not in FORMATS:
        raise FieldError(msg("image.format", name=name, format=kind))
    if not name.lower().endswith(FORMATS[kind]):
        raise FieldError(msg("image.misnamed", name=name, format=kind,
                             suffix=FORMATS[kind][0]))
    if width * height > MAX_PIXELS:
        raise FieldError(msg("image.pixels", name=name, width=width, height=height,
                             megapixels=width * height / 1e6))


def _decode_cheaply(image: Image.Image, name: str) -> None:
    """A file cut off, or a header that promises more than the file holds, fails here, with
    its field, and not in the build. A JPEG's scan must end in its end-of-image marker (a
    look at the bytes, no decoding: photos are many and large); other formats are decoded."""
    try:
        if image.format == "JPEG":
            if not _marker_after(image.fp, image.tile[0][2] if image.tile else 0):
                raise OSError("no end-of-image marker after the scan")
        else:
            image.load()
    except (OSError, SyntaxError, ValueError):
        raise FieldError(msg("image.cut_off", name=name)) from None


_EOI = b"\xff\xd9"
_TAIL = 64 * 1024


def _marker_after(file: BinaryIO, start: int) -> bool:
    """Whether the end-of-image marker follows `start`. Where a photo has one, it is nearly
    always in its last bytes: those are read first, and the whole scan only when the marker
    is not there (a file cut off, or data a camera appended after it)."""
    end = file.seek(0, os.SEEK_END)
    tail = max(start, end - _TAIL)
    file.seek(tail)
    if _EOI in file.read():
        return True
    if tail == start:
        return False
    file.seek(start)
    return _EOI in file.read(tail - start + 1)


def _listing(folder: Path) -> Message:
    """Which images the folder does hold."""
    names = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in
                   (".jpg", ".jpeg", ".png", ".webp")) if folder.is_dir() else []
    if not names:
        return msg("image.none_here")
    return msg("image.here", names=", ".join(names))
