"""Checks an image named in front matter: inside its folder, a real raster, within limits."""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from ..messages import Message, msg
from .errors import FieldError

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
FORMATS = {"JPEG": (".jpg", ".jpeg"), "PNG": (".png",), "WEBP": (".webp",)}


class LinkRefused(FieldError):
    """The image is a symbolic link: not read. The confinement scan has already reported
    the link by its path, so the loader need not say it twice."""


def check_image(folder: Path, name: str) -> Path:
    """Return the image's path, or raise FieldError saying what is wrong with it."""
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
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise FieldError(msg("image.too_large", name=name, mib=size / 1048576))
    _check_raster(path, name)
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
            start = image.tile[0][2] if image.tile else 0
            image.fp.seek(start)
            if b"\xff\xd9" not in image.fp.read():
                raise OSError("no end-of-image marker after the scan")
        else:
            image.load()
    except (OSError, SyntaxError, ValueError):
        raise FieldError(msg("image.cut_off", name=name)) from None


def _listing(folder: Path) -> Message:
    """Which images the folder does hold."""
    names = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in
                   (".jpg", ".jpeg", ".png", ".webp")) if folder.is_dir() else []
    if not names:
        return msg("image.none_here")
    return msg("image.here", names=", ".join(names))
