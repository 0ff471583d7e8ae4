#!/usr/bin/env python3
"""The floor for image work: a plain two-process Pillow loop over a corpus' photos.

It makes the same derivatives as the generator's pipeline (portraits, story covers and
press photos, with the recipes of generator/render/pages/plan.py and the steps of
generator/render/images/derived.py encode_all(): exif_transpose, convert to RGB, centre-crop fit or
resize with LANCZOS, then JPEG with optimize+progressive or WebP) and times only the
encoding loop. `bench/run` compares the cold build's image share (cold minus warm) with
this figure; the issue's target is "within 1.2x of this floor".

It deliberately does no caching, no hashing and no de-duplication, and decodes the photo
again for every derivative: it is what anyone would write in ten minutes, so it is the
reference a build tool should come close to. (The generator decodes each photo once for all
its derivatives, de-duplicates identical photos, and also draws the social cards, which
this loop does not make.)

Usage:
    .venv/bin/python bench/pillow_floor.py CORPUS [--processes 2] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

import yaml
from PIL import Image, ImageOps

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Job:
    """One derivative to make: a photo and the recipe fields that matter for the pixels."""

    source: str
    width: int
    aspect: tuple[int, int] | None
    quality: int
    longest: bool
    format: str


def recipes() -> dict[str, tuple]:
    """The generator's recipes, read from its code so the floor follows when they change;
    a copy of today's values when the generator cannot be imported (e.g. mid-edit)."""
    sys.path.insert(0, str(REPO))
    try:
        from generator.render.pages.plan import COVER, PORTRAIT, PRESS_PHOTO
        return {"portrait": PORTRAIT, "cover": COVER, "press": (PRESS_PHOTO,)}
    except Exception as exc:  # noqa: BLE001 - any import failure: fall back, say so
        print(f"pillow_floor: using built-in recipes ({type(exc).__name__}: {exc})",
              file=sys.stderr)
        portrait = tuple(_Fallback(w, (4, 5), 80, False, f)
                         for f in ("WEBP", "JPEG") for w in (320, 640))
        cover = tuple(_Fallback(w, None, 80, False, f)
                      for f in ("WEBP", "JPEG") for w in (320, 640, 1280))
        return {"portrait": portrait, "cover": cover,
                "press": (_Fallback(3000, None, 90, True, "JPEG"),)}
    finally:
        sys.path.remove(str(REPO))


@dataclass(frozen=True)
class _Fallback:
    width: int
    aspect: tuple[int, int] | None
    quality: int
    longest: bool
    format: str


def front_matter(path: Path) -> dict:
    """The YAML between the leading `---` lines (the corpus is valid, so no checks)."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---"):
        return {}
    return yaml.safe_load(text.split("\n---", 1)[0][3:]) or {}


def plan_jobs(corpus: Path, clock: dt.datetime) -> list[Job]:
    """Every derivative the site publishes: 4 per portrait, 6 per cover, one press photo
    per ambassador named in a published appointment announcement."""
    r = recipes()
    jobs: list[Job] = []
    photos: dict[str, Path] = {}
    for index in sorted((corpus / "ambassadors").glob("*/index.md")):
        photo = front_matter(index).get("photo")
        if photo:
            photos[index.parent.name] = index.parent / photo
            jobs += [_job(index.parent / photo, recipe) for recipe in r["portrait"]]
    for index in sorted((corpus / "stories").glob("*/index.md")):
        image = front_matter(index).get("image")
        if image:
            jobs += [_job(index.parent / image, recipe) for recipe in r["cover"]]
    for page in sorted((corpus / "content" / "appointments").glob("*.md")):
        meta = front_matter(page)
        if _naive(meta.get("date")) > clock:
            continue  # under embargo: the build makes no press photo for it
        jobs += [_job(photos[slug], r["press"][0]) for slug in meta.get("ambassadors", [])
                 if slug in photos]
    return jobs


def _naive(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value))


def _job(source: Path, recipe: object) -> Job:
    return Job(str(source), recipe.width, recipe.aspect, recipe.quality,  # type: ignore[attr-defined]
               recipe.longest, getattr(recipe, "format", "JPEG"))  # type: ignore[attr-defined]


def make(job_and_dir: tuple[Job, str]) -> int:
    """Decode, turn upright, resize and encode one derivative; write it; return its size."""
    job, out_dir = job_and_dir
    with Image.open(job.source) as original:
        image = ImageOps.exif_transpose(original).convert("RGB")
    width, height = image.size
    if job.aspect:
        aw, ah = job.aspect
        width, height = min(width, height * aw // ah), min(height, width * ah // aw)
    scale = min(1.0, job.width / (max(width, height) if job.longest else width))
    out_w = round(width * scale)  # the same rounding as images.plan()
    size = (out_w, round(height * out_w / width))
    if job.aspect:
        image = ImageOps.fit(image, size, Image.Resampling.LANCZOS)
    else:
        image = image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if job.format == "WEBP":
        image.save(out, "WEBP", quality=job.quality, method=4)
    else:
        image.save(out, "JPEG", quality=job.quality, optimize=True, progressive=True)
    data = out.getvalue()
    with tempfile.NamedTemporaryFile(dir=out_dir, delete=False) as stream:
        stream.write(data)
    return len(data)


def run(corpus: Path, processes: int) -> dict:
    manifest = json.loads((corpus / ".corpus.json").read_text(encoding="utf-8"))
    clock = dt.datetime.strptime(manifest["clock"], "%Y-%m-%dT%H:%M:%SZ")
    jobs = plan_jobs(corpus, clock)
    with tempfile.TemporaryDirectory(prefix="pillow-floor-") as out_dir:
        start = time.perf_counter()
        with Pool(processes) as pool:
            sizes = pool.map(make, [(job, out_dir) for job in jobs], chunksize=1)
        seconds = time.perf_counter() - start
    return {"corpus": str(corpus), "derivatives": len(jobs),
            "photos": len({job.source for job in jobs}), "processes": processes,
            "seconds": round(seconds, 3), "bytes": sum(sizes),
            "per_derivative_ms": round(1000 * seconds / max(1, len(jobs)), 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    result = run(args.corpus.resolve(), args.processes)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['derivatives']} derivatives of {result['photos']} photos in "
              f"{result['seconds']:.1f} s with {result['processes']} processes "
              f"({result['per_derivative_ms']} ms each, {result['bytes'] / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
