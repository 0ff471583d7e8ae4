"""Derived images with Pillow: upright, sRGB, resized, no metadata, cached by content hash.

Encoding costs more than all pages together, so a derived image is made once per
(source bytes, recipe) and kept in a cache folder outside the site.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PIL import Image, ImageCms, ImageOps

from ...messages import msg

# The spec's limit (40 MP) is checked on every photo before decoding, per call: Pillow's
# global MAX_IMAGE_PIXELS belongs to the whole process, and is not ours to change.
from ...sources.files.atomic import write_atomic
from ...sources.images import MAX_PIXELS

RECIPE_VERSION = 1
log = logging.getLogger("mkdocs.plugins.generator.images")
_SWAPPING_ORIENTATIONS = {5, 6, 7, 8}


@dataclass(frozen=True)
class Recipe:
    width: int
    aspect: tuple[int, int] | None = None   # crop around the centre to width:height
    quality: int = 80
    longest: bool = False   # `width` bounds the longest side (press photos), not the width
    format: str = "JPEG"    # or "WEBP"

    @property
    def extension(self) -> str:
        return "webp" if self.format == "WEBP" else "jpg"


@dataclass(frozen=True)
class Derived:
    """A derived image to publish at `dest` (a site path), made from `source`."""

    source: Path
    recipe: Recipe
    dest: str
    width: int
    height: int
    focus: tuple[float, float] = (0.5, 0.5)   # the point a crop keeps in view


def plan(source: Path, recipe: Recipe, dest: str,
         focus: tuple[float, float] | None = None) -> Derived:
    """Work out the output size from the source header alone (no decoding)."""
    stat = source.stat()
    width, height = upright_size(source, stat.st_size, stat.st_mtime_ns)
    if recipe.aspect:
        aw, ah = recipe.aspect
        width, height = (min(width, height * aw // ah), min(height, width * ah // aw))
    scale = min(1.0, recipe.width / (max(width, height) if recipe.longest else width))
    out_w = round(width * scale)
    return Derived(source, recipe, dest, out_w, round(height * out_w / width),
                   focus or (0.5, 0.5))


# What earlier builds found out about each photo (issue 32): its size as shown and its
# digest, by path, size and modification time; read_facts() fills it from the cache and
# write_facts() keeps what this build used, so a warm build opens no unchanged photo.
_kept: dict[str, dict[str, object]] = {}
_used: dict[str, dict[str, object]] = {}


def _fact(path: Path, size: int, mtime_ns: int, name: str, find: Callable[[], object],
          valid: Callable[[object], bool]) -> object:
    """A fact of this build, else the last build's (when it is well-formed), else found."""
    key = f"{path}\0{size}\0{mtime_ns}"
    facts = _used.setdefault(key, {})
    if name not in facts:
        kept = _kept.get(key, {}).get(name)
        facts[name] = kept if valid(kept) else find()
    return facts[name]


def read_facts(path: Path) -> None:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stored = {}
    _kept.clear()
    if isinstance(stored, dict):
        _kept.update((k, v) for k, v in stored.items() if isinstance(v, dict))
    _used.clear()


def write_facts(path: Path) -> None:
    if _used == _kept:
        return
    write_atomic(path, json.dumps(_used, sort_keys=True).encode())


def upright_size(path: Path, size: int, mtime_ns: int) -> tuple[int, int]:
    """Width and height as shown (EXIF orientation applied), read once per photo and build
    however many derivatives are planned from it."""
    def find() -> list[int]:
        with Image.open(path) as image:
            width, height = image.size
            if image.getexif().get(0x0112) in _SWAPPING_ORIENTATIONS:
                width, height = height, width
        return [width, height]

    def valid(kept: object) -> bool:
        return isinstance(kept, list) and len(kept) == 2 and \
            all(isinstance(n, int) and n > 0 for n in kept)

    width, height = _fact(path, size, mtime_ns, "size", find, valid)  # type: ignore[misc]
    return width, height


def file_digest(path: Path, size: int, mtime_ns: int) -> str:
    """sha1 of a source file, read once per build however many copies are made of it."""
    return _fact(path, size, mtime_ns, "sha1",  # type: ignore[return-value]
                 lambda: hashlib.sha1(path.read_bytes()).hexdigest(),
                 lambda kept: isinstance(kept, str) and len(kept) == 40)


def source_digest(path: Path) -> str:
    stat = path.stat()
    return file_digest(path, stat.st_size, stat.st_mtime_ns)


def cache_key(item: Derived) -> str:
    digest = hashlib.sha1(source_digest(item.source).encode())
    digest.update(repr((RECIPE_VERSION, item.recipe, item.width, item.height,
                        item.focus)).encode())
    return digest.hexdigest()


def make_all(items: list[Derived], cache_dir: Path, workers: int = 2) -> dict[str, Path]:
    """Return dest -> cached file, encoding only what the cache lacks, each distinct
    (photo, recipe) once and each photo decoded once for all its recipes, in worker
    processes when there is enough to do."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    paths = {item.dest: cache_dir / f"{cache_key(item)}.{item.recipe.extension}"
             for item in items}
    missing = {paths[item.dest]: item for item in items if not paths[item.dest].exists()}
    by_photo: dict[Path, list[tuple[Path, Derived]]] = {}
    for path, item in missing.items():
        by_photo.setdefault(item.source, []).append((path, item))
    groups = list(by_photo.values())
    progress = Progress(len(missing), "derived images")
    made = run_parallel(encode_all, [[item for _, item in group] for group in groups],
                        workers, chunksize=1)
    for group, encoded in zip(groups, made):
        for (path, _), data in zip(group, encoded):
            write_atomic(path, data)
            progress.step()
    return paths


T = TypeVar("T")
R = TypeVar("R")


def run_parallel(work: Callable[[T], R], jobs: list[T], workers: int,
                 chunksize: int = 4) -> Iterator[R]:
    """work(job) for every job, in order. Encoding holds the GIL for much of its time, so
    threads do not use both cores: processes do, once there are enough jobs to pay for
    starting them."""
    if len(jobs) < 8 or workers < 2:
        yield from map(work, jobs)
        return
    # forkserver: forking a process that runs `mkdocs serve` threads could deadlock
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(work, jobs, chunksize=chunksize)


class Progress:
    """A progress line in the build log for long runs (many images to make)."""

    def __init__(self, total: int, what: str, every: int = 100) -> None:
        self.total, self.what, self.every, self.done = total, what, every, 0
        if total >= every:
            log.info(f"making {total} {what} ({os.cpu_count() or 1} cores)")

    def step(self) -> None:
        self.done += 1
        if self.total >= self.every and (self.done % self.every == 0 or
                                         self.done == self.total):
            log.info(f"{self.done}/{self.total} {self.what}")


class DamagedImage(Exception):
    """A photo whose header reads well but whose pixels do not (cut off, damaged, or a
    header that promises more than the file holds): said for the author, not a traceback."""

    def __str__(self) -> str:
        shown = os.path.relpath(self.args[0])
        said = msg("image.damaged")
        return f"{shown}: {said.en}\n    NL: {shown}: {said.nl}"


def encode_all(items: list[Derived]) -> list[bytes]:
    """Derivatives of one photo: decoding a camera JPEG costs about as much as a resize, so
    it is decoded, turned upright and converted to sRGB once for all of them."""
    upright = open_upright(items[0].source)
    return [_derive(upright, item) for item in items]


def open_upright(path: Path) -> Image.Image:
    """The photo's pixels as shown: EXIF orientation applied, sRGB, alpha on white."""
    try:
        with Image.open(path) as original:
            if original.width * original.height > MAX_PIXELS:
                raise DamagedImage(str(path))
            return _to_srgb(ImageOps.exif_transpose(original))
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise DamagedImage(str(path)) from None


def _derive(upright: Image.Image, item: Derived) -> bytes:
    if item.recipe.aspect:
        image = ImageOps.fit(upright, (item.width, item.height), Image.Resampling.LANCZOS,
                             centering=item.focus)
    else:
        image = upright.resize((item.width, item.height), Image.Resampling.LANCZOS)
    image.info = {}  # no EXIF, XMP, ICC or comments may travel along
    out = io.BytesIO()
    if item.recipe.format == "WEBP":
        image.save(out, "WEBP", quality=item.recipe.quality, method=4)
    else:
        image.save(out, "JPEG", quality=item.recipe.quality, optimize=True, progressive=True)
    return out.getvalue()


def _to_srgb(image: Image.Image) -> Image.Image:
    icc = image.info.get("icc_profile")
    if icc:
        try:
            image = ImageCms.profileToProfile(
                image, ImageCms.ImageCmsProfile(io.BytesIO(icc)),
                ImageCms.createProfile("sRGB"), outputMode="RGB") or image
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: keep the pixels as they are
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    return image.convert("RGB")
