"""Builds real sites in temporary folders: write sources, run `mkdocs build`, read the output."""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

MKDOCS_YML = """\
site_name: Zorgambassadeurs Test
site_url: https://zorg.example.org/netwerk/
repo_url: https://git.example.org/zorg/site
edit_uri: src/branch/main/docs/
docs_dir: docs
theme:
  name: material
  language: nl
plugins:
  - search:
      lang: nl
  - ambassadors:
      ambassadors_dir: mensen
      stories_dir: verhalen-bron
{extra}
"""

# Where the base's settings and plugin options are written.
_TOP, _OPTION = "", " " * 6


def mkdocs_yml(extra: str = "", base: str = MKDOCS_YML) -> str:
    """`base` with `extra` (plugin options indented six spaces, settings at the margin) in its
    slot. A setting or option `extra` writes again replaces the base's: a key written twice
    is an error of its own. The base's lines become `#`, so that line numbers stay."""
    keys = {indent: set(re.findall(rf"^{indent}(\w+):", extra, re.MULTILINE))
            for indent in (_TOP, _OPTION)}
    lines, dropping = [], None
    for line in base.split("\n"):
        if dropping is None or not line.startswith(dropping + " "):
            dropping = None
            for indent in (_TOP, _OPTION):
                match = re.match(rf"{indent}(\w+):", line)
                if match:
                    dropping = indent if match.group(1) in keys[indent] else None
                    break
        lines.append("#" if dropping is not None else line)
    return "\n".join(lines).format(extra=extra)


@dataclass
class Result:
    code: int
    out: str
    site: Path

    def page(self, path: str) -> str:
        return (self.site / path).read_text(encoding="utf-8")

    def exists(self, path: str) -> bool:
        return (self.site / path).exists()

    def all_bytes(self) -> bytes:
        """Every file's content and name; the search index's gzip chunks also opened, so
        that a leak test sees the words in them."""
        return b"".join(_readable(p) + p.relative_to(self.site).as_posix().encode()
                        for p in sorted(self.site.rglob("*")) if p.is_file())


def _readable(path: Path) -> bytes:
    data = path.read_bytes()
    return data + gzip.decompress(data) if path.suffix.startswith(".pf_") else data


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")


def portrait(path: Path, color: tuple[int, int, int] = (200, 120, 80), size=(400, 500),
             exif: bool = True) -> bytes:
    """A small JPEG with camera EXIF and a GPS position, like a phone photo."""
    image = Image.new("RGB", size, color)
    data = image.getexif()
    if exif:
        data[0x010F] = "PhoneMaker"
        data[0x0110] = "Model X"
        data[0x8825] = {1: "N", 2: (52.0, 5.0, 0.0), 3: "E", 4: (4.0, 54.0, 0.0)}
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", exif=data.tobytes())
    return path.read_bytes()


def build(root: Path, epoch: int, strict: bool = True, site_dir: str = "site",
          env: dict[str, str] | None = None) -> Result:
    """Run `mkdocs build` as a user would, in a subprocess, with a fixed build clock."""
    environ = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), **(env or {})}
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", site_dir]
    if strict:
        command.append("--strict")
    done = subprocess.run(command, cwd=root, env=environ, capture_output=True, text=True,
                          timeout=300)
    return Result(done.returncode, done.stdout + done.stderr, root / site_dir)


def run_cli(root: Path, *args: str, epoch: int | None = None) -> subprocess.CompletedProcess:
    environ = dict(os.environ)
    if epoch is not None:
        environ["SOURCE_DATE_EPOCH"] = str(epoch)
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=root, env=environ,
                          capture_output=True, text=True, timeout=300)
