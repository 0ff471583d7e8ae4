"""The network's logo (option `logo`): an SVG or PNG file inside the repository, read once,
confined and bounded, and safe to publish and to render (render/images/look.py).

A pull request can change the option and the file, so the file is held to the rules of
every other input: no symbolic link on its way, nothing outside the repository or in .git,
at most MAX_BYTES. An SVG is published as it is and rendered to PNG, so it must also pass
the raw-file rules (raw_files.py: no script, event handler, javascript: URL, entity or
remote <use>), be well-formed SVG, and refer to nothing outside itself: an `href` names
only `#an-id` or an embedded raster image (`data:image/png;base64,...`), a CSS `url()` only
`#an-id`. The renderer would otherwise open a file an `href` names, anywhere on the
machine. Its shape is bounded (the canvas it is drawn on follows it).
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lxml import etree
from PIL import Image, UnidentifiedImageError

from ...domain.problems import quote
from ...messages import Message, msg
from ..files.raw_files import find_unsafe_markup
from .press_contact import OptionError

MAX_BYTES = 1024 * 1024          # a logo is a few kilobytes; 1 MiB is generous
MAX_SIDE = 4096                  # a PNG logo's canvas, each way
MAX_PIXELS = MAX_SIDE * MAX_SIDE
MAX_ASPECT = 8                   # a logo at most 8 times as wide as high, or as high as wide
MIN_SIDE = 16                    # a PNG smaller than this cannot make a 180 px icon
SUFFIXES = (".svg", ".png")
SVG_NS = "http://www.w3.org/2000/svg"
_EMBEDDED = re.compile(r"data:image/(?:png|jpeg|gif|webp);base64,", re.IGNORECASE)
_URL = re.compile(r"url\(\s*+['\"]?\s*+([^'\")\s]*)", re.IGNORECASE)
_IMPORT = re.compile(r"@import", re.IGNORECASE)
_LENGTH = re.compile(r"\s*([0-9]*\.?[0-9]+)\s*(px)?\s*")


@dataclass(frozen=True)
class Logo:
    """A checked logo: its bytes as read (never read again), its kind and its shape."""

    written: str          # as mkdocs.yml writes it
    kind: str             # "svg" or "png"
    data: bytes
    width: float          # the intrinsic size: pixels of a PNG, user units of an SVG
    height: float

    @property
    def text(self) -> str:
        return self.data.decode("utf-8-sig")


def read_logo(root: Path, written: str) -> Logo:
    """The logo file, checked; OptionError naming `logo` and what is wrong otherwise."""
    path = _confined(root, written)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _error("option.logo_too_large", written, kib=size // 1024,
                         limit=MAX_BYTES // 1024)
        data = path.read_bytes()[:MAX_BYTES + 1]
    except OSError as exc:
        raise _error("option.logo_unreadable", written, reason=exc.strerror) from None
    if len(data) > MAX_BYTES:   # grew since stat()
        raise _error("option.logo_too_large", written, kib=len(data) // 1024,
                     limit=MAX_BYTES // 1024)
    if written.lower().endswith(".svg"):
        return _svg(written, data)
    return _png(written, data)


def _error(id_: str, written: str, **values: object) -> OptionError:
    return OptionError(msg(id_, file=quote(written), **values))


def _confined(root: Path, written: str) -> Path:
    """The file's path below the repository, no part of which is a link."""
    parts = PurePosixPath(written).parts
    if written.startswith("/") or ".." in parts or parts[:1] == (".git",):
        raise _error("option.logo_outside", written)
    for depth in range(1, len(parts) + 1):
        if root.joinpath(*parts[:depth]).is_symlink():
            raise _error("option.logo_link", written, link=quote("/".join(parts[:depth])))
    path = root.joinpath(*parts)
    if not path.is_file():
        raise _error("option.logo_missing", written)
    return path


def _svg(written: str, data: bytes) -> Logo:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _error("option.logo_invalid", written, reason=msg("reason.logo_not_utf8")) from None
    found = find_unsafe_markup(text)
    if found:
        line, what = found[0]
        raise _error("option.logo_unsafe", written, line=line, what=what)
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                 huge_tree=False, remove_comments=True)
        tree = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise _error("option.logo_invalid", written,
                     reason=msg("reason.logo_not_xml", line=exc.lineno or 1)) from None
    if tree.tag != f"{{{SVG_NS}}}svg":
        raise _error("option.logo_invalid", written, reason=msg("reason.logo_not_svg"))
    reference = _outside_reference(tree)
    if reference is not None:
        raise _error("option.logo_reference", written, line=reference[0],
                     reference=quote(reference[1][:60]))
    width, height = _svg_size(tree, written)
    return _shaped(Logo(written, "svg", data, width, height))


def _outside_reference(tree: etree._Element) -> tuple[int, str] | None:
    """(line, value) of the first reference to anything outside the file."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue   # a processing instruction (find_unsafe_markup refused all but xml)
        for name, value in element.attrib.items():
            local = etree.QName(name).localname
            if local == "href" and not (value.strip().startswith("#")
                                        or _EMBEDDED.match(value.strip())):
                return element.sourceline or 1, value
            if local in ("style", "fill", "stroke", "filter", "clip-path", "mask",
                         "marker-start", "marker-mid", "marker-end") or "url(" in value:
                bad = _bad_url(value)
                if bad is not None:
                    return element.sourceline or 1, bad
        if etree.QName(element).localname == "style" and element.text:
            bad = _bad_url(element.text)
            if bad is not None:
                return element.sourceline or 1, bad
    return None


def _bad_url(css: str) -> str | None:
    if _IMPORT.search(css):
        return "@import"
    for found in _URL.finditer(css):
        if not found.group(1).startswith("#"):
            return found.group(0)
    return None


def _svg_size(tree: etree._Element, written: str) -> tuple[float, float]:
    """The drawing's size: its viewBox, else its width and height in pixels."""
    box = (tree.get("viewBox") or "").replace(",", " ").split()
    try:
        if len(box) == 4:
            width, height = float(box[2]), float(box[3])
        else:
            width, height = (_pixels(tree.get(key)) for key in ("width", "height"))
    except ValueError:
        width = height = 0.0
    if not (0 < width < 1e6 and 0 < height < 1e6):
        raise _error("option.logo_invalid", written, reason=msg("reason.logo_no_size"))
    return width, height


def _pixels(value: str | None) -> float:
    match = _LENGTH.fullmatch(value or "")
    if match is None:
        raise ValueError(value)
    return float(match.group(1))


def _png(written: str, data: bytes) -> Logo:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kind, (width, height) = image.format, image.size
                if kind == "PNG" and width * height <= MAX_PIXELS:
                    image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError,
            ValueError):
        raise _error("option.logo_invalid", written, reason=msg("reason.logo_not_png")) from None
    if kind != "PNG":
        raise _error("option.logo_invalid", written, reason=msg("reason.logo_not_png"))
    if max(width, height) > MAX_SIDE or min(width, height) < MIN_SIDE:
        raise _error("option.logo_pixels", written, width=width, height=height,
                     least=MIN_SIDE, most=MAX_SIDE)
    return _shaped(Logo(written, "png", data, width, height))


def _shaped(logo: Logo) -> Logo:
    if max(logo.width / logo.height, logo.height / logo.width) > MAX_ASPECT:
        raise _error("option.logo_shape", logo.written, width=f"{logo.width:g}",
                     height=f"{logo.height:g}", most=MAX_ASPECT)
    return logo


def logo_message(root: Path, written: str) -> Message | None:
    """What is wrong with the logo file, or None: for `check` (config_check.py)."""
    try:
        read_logo(root, written)
    except OptionError as exc:
        return exc.text
    return None
