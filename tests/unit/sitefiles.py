"""Helpers for unit tests: write a site's source files in a temporary folder and load them
with the real loader, at a fixed build clock."""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from generator.domain.clock import BuildClock, zone
from generator.domain.model import Sources
from generator.domain.site import Site, SiteOptions, build_site
from generator.sources.errors import Problem, Report, Severity
from generator.sources.files.tree import Layout
from generator.sources.front_matter.fields import Context
from generator.sources.loaders import LoadOptions, load_sources

TZ = zone("Europe/Amsterdam")
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))


@dataclass(frozen=True)
class Symlink:
    """A file entry that is a symbolic link to `target` (relative to the site root)."""

    target: str


def text(source: str) -> str:
    """A file's text from an indented triple-quoted string; the first newline is dropped."""
    return textwrap.dedent(source).lstrip("\n")


def write(root: Path, files: dict[str, str | bytes | Symlink]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Symlink):
            path.symlink_to(root / content.target)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(text(content).encode("utf-8"))


def line_of(root: Path, rel: str, needle: str) -> int:
    """1-based number of the first line of a written file that contains `needle`."""
    lines = (root / rel).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {rel}")


def layout(root: Path) -> Layout:
    content = root / "content"
    return Layout(root, root / "ambassadors", root / "stories", content, content / "events",
                  content / "appointments", content / "newsletter")


def load(root: Path, *, unsafe_is_error: bool = False, term_years: int = 2,
         report: Report | None = None) -> tuple[Sources, Report]:
    report = Report() if report is None else report
    options = LoadOptions(Context(TZ), term_years=term_years, unsafe_is_error=unsafe_is_error)
    return load_sources(layout(root), options, report), report


def clock(moment: str) -> BuildClock:
    """A build clock at an ISO moment with an offset, like '2026-01-20T09:00Z'."""
    now = dt.datetime.fromisoformat(moment.replace("Z", "+00:00"))
    assert now.tzinfo is not None, "give the clock an offset"
    return BuildClock(now.astimezone(dt.timezone.utc), TZ)


def build(root: Path, moment: str, options: SiteOptions | None = None,
          **load_options: object) -> tuple[Site, Report]:
    sources, report = load(root, **load_options)  # type: ignore[arg-type]
    site = build_site(sources, clock(moment), options or SiteOptions(), report)
    return site, report


def findings(report: Report) -> list[Problem]:
    """Errors and warnings (not the INFO lines about held-back items)."""
    return [p for p in report.problems if p.severity is not Severity.INFO]


def image(fmt: str = "JPEG", size: tuple[int, int] = (4, 3), mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, fmt)
    return buffer.getvalue()


def local(*args: int) -> dt.datetime:
    """An aware local datetime in the site timezone."""
    return dt.datetime(*args, tzinfo=TZ)
