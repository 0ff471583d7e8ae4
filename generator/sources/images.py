"""Checks an image named in front matter: inside its folder, a real raster, within limits."""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

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
        raise FieldError(f"expected a file name in this folder, got {name!r}: "
                         "the image must sit beside the Markdown file",
                         nl=f"verwacht de naam van een bestand in deze map, zoals portrait.jpg, "
                            f"maar er staat {name!r}: de afbeelding moet naast het "
                            "Markdown-bestand staan")
    path = folder / name
    if path.is_symlink():
        raise LinkRefused(f"{name!r} is a symbolic link; links are never followed: put the "
                          "image itself in the folder",
                          nl=f"{name!r} is een symbolische koppeling (symlink); die worden "
                             "nooit gevolgd: zet de afbeelding zelf in de map")
    try:
        inside = path.resolve(strict=True).is_relative_to(folder.resolve())
    except (FileNotFoundError, RuntimeError, OSError):
        english, dutch = _listing(folder)
        raise FieldError(f"the file {name!r} does not exist in this folder ({english})",
                         nl=f"het bestand {name!r} staat niet in deze map ({dutch})") from None
    if not inside:
        raise FieldError(f"{name!r} points outside this folder (a link?); "
                         "put the image itself in the folder",
                         nl=f"{name!r} wijst naar iets buiten deze map (een snelkoppeling?); "
                            "zet de afbeelding zelf in de map")
    if not path.is_file():
        raise FieldError(f"{name!r} is not a file", nl=f"{name!r} is geen bestand")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise FieldError(f"{name!r} is {size / 1048576:.1f} MiB; at most 20 MiB is allowed",
                         nl=f"{name!r} is {size / 1048576:.1f} MiB; hoogstens 20 MiB is "
                            "toegestaan")
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
        raise FieldError(f"{name!r} is not a readable JPEG, PNG or WebP image",
                         nl=f"{name!r} is geen leesbare JPEG-, PNG- of WebP-afbeelding") \
            from None
    if kind not in FORMATS:
        raise FieldError(f"{name!r} is a {kind} image; use JPEG, PNG or WebP",
                         nl=f"{name!r} is een {kind}-afbeelding; gebruik JPEG, PNG of WebP")
    if not name.lower().endswith(FORMATS[kind]):
        raise FieldError(f"{name!r} is really a {kind} image; rename it to end in "
                         f"{FORMATS[kind][0]}",
                         nl=f"{name!r} is eigenlijk een {kind}-afbeelding; geef het bestand "
                            f"een naam die eindigt op {FORMATS[kind][0]}")
    if width * height > MAX_PIXELS:
        megapixels = f"{width * height / 1e6:.0f}"
        raise FieldError(f"{name!r} has {width}x{height} pixels "
                         f"({megapixels} megapixels); at most 40 are allowed",
                         nl=f"{name!r} heeft {width}x{height} pixels ({megapixels} megapixel); "
                            "hoogstens 40 megapixel is toegestaan")


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
        raise FieldError(f"{name!r} cannot be read to the end (damaged or cut off): export "
                         "or save it again",
                         nl=f"{name!r} kan niet tot het einde gelezen worden (beschadigd of "
                            "afgebroken): exporteer of bewaar de afbeelding opnieuw") from None


def _listing(folder: Path) -> tuple[str, str]:
    """Which images the folder does hold, in English and in Dutch."""
    names = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in
                   (".jpg", ".jpeg", ".png", ".webp")) if folder.is_dir() else []
    if not names:
        return "no images here", "hier staan geen afbeeldingen"
    return "images here: " + ", ".join(names), "afbeeldingen hier: " + ", ".join(names)
