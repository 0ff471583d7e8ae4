"""The network's own look (options `colour`, `accent_colour`, `logo`): the stylesheet that
gives the theme its colours, and the images made from the logo, published at fixed
addresses (render/routes.py): the logo itself, a PNG of it for mail and print, a favicon and
a 180x180 apple-touch-icon.

An SVG logo is drawn by resvg (resvg-py), which needs no system library; only with the
package's own fonts, so that a logo with text looks the same on every machine, and only
after sources/options/logo.py has refused every reference outside the file. Every PNG is written by
Pillow without metadata, so two builds give the same bytes; they are kept in the image
cache by the logo's bytes and the recipe.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ...domain import colour as c
from ...sources.files.atomic import write_atomic
from ...sources.options.logo import Logo

FONTS = Path(__file__).resolve().parents[2] / "fonts"
LOOK_VERSION = 1
# (width, height) boxes; the logo keeps its shape inside.
RASTER_BOX = (640, 160)    # mail, print, cards: shown at most 320x80
FAVICON_SIZE = 48
TOUCH_SIZE = 180           # Apple's size for a home-screen icon
TOUCH_MARGIN = 20          # iOS rounds the corners; keep the logo clear of them
DEFAULT_COLOUR, DEFAULT_ACCENT = "#0b5e55", "#a1421b"   # the demo's (cards, e-mail)


class LogoFailed(Exception):
    """The renderer refused a logo that passed the checks (said as a build error)."""


@dataclass(frozen=True)
class Look:
    """The options as given; None: the theme's look stays."""

    colour: str | None = None
    accent: str | None = None
    logo: Logo | None = None

    @property
    def card_colours(self) -> tuple[str, str]:
        """The social cards' background and stripe: the network's colours, else the demo's."""
        primary = self.colour or DEFAULT_COLOUR
        accent = self.accent or (c.hex_of(c.darker(c.rgb(self.colour))) if self.colour
                                 else DEFAULT_ACCENT)
        return primary, accent

    def stylesheet(self) -> str:
        """CSS that sets the theme's colour properties (mkdocs-material's own way to take a
        custom colour), and frames the header logo; empty when nothing is set."""
        blocks = []
        if self.colour or self.accent:
            blocks.append(_colours(self.colour, self.accent))
        if self.logo:
            blocks.append(_LOGO_CSS)
        return "".join(blocks)


def _colours(primary: str | None, accent: str | None) -> str:
    """Light scheme: the colours as given (each 4.5:1 on white, options.py). Dark scheme
    (slate): links and the accent in lighter shades that reach 4.5:1 on its background, and
    dark text on accent buttons (the same ratio, read the other way)."""
    light, dark = [], []
    if primary:
        rgb = c.rgb(primary)
        light += [f"--md-primary-fg-color: {primary}",
                  f"--md-primary-fg-color--light: {c.hex_of(c.lighter(rgb))}",
                  f"--md-primary-fg-color--dark: {c.hex_of(c.darker(rgb))}",
                  "--md-primary-bg-color: #ffffff", "--md-primary-bg-color--light: #ffffffb3",
                  f"--md-typeset-a-color: {primary}"]
        dark += [f"--md-typeset-a-color: {c.hex_of(c.readable_on(rgb, c.SLATE))}"]
    if accent:
        light += [f"--md-accent-fg-color: {accent}",
                  f"--md-accent-fg-color--transparent: {accent}1a",
                  "--md-accent-bg-color: #ffffff"]
        shade = c.hex_of(c.readable_on(c.rgb(accent), c.SLATE))
        dark += [f"--md-accent-fg-color: {shade}", f"--md-accent-fg-color--transparent: {shade}1a",
                 f"--md-accent-bg-color: {c.hex_of(c.SLATE)}"]
    # Later than the theme's stylesheets, and as specific as its named palettes' rules
    # ([data-md-color-scheme=slate][data-md-color-primary=indigo]), so these win.
    return ("/* The network's colours (options colour, accent_colour; render/images/look.py). */\n"
            ":root > *, [data-md-color-primary] {\n" + _declarations(light) + "}\n"
            + ("[data-md-color-scheme=\"slate\"], "
               "[data-md-color-scheme=\"slate\"][data-md-color-primary] {\n"
               + _declarations(dark) + "}\n" if dark else ""))


def _declarations(lines: list[str]) -> str:
    return "".join(f"  {line};\n" for line in lines)


# The logo sits on a white tile in the header and the drawer, whose ground is the primary
# colour: a logo in the network's own colour would vanish on it otherwise. Larger than the
# theme's icon (1.2rem), within the header's 2.4rem. On narrow screens the theme hides it
# from the header (it is in the drawer): the network's own mark stays, after the menu button.
_LOGO_CSS = """/* The network's logo (option logo). */
.md-header__button.md-logo { padding: 0.2rem; margin: 0 0.2rem; }
.md-header__button.md-logo img, .md-nav__button.md-logo img {
  height: 2rem; width: auto; max-width: 10rem; object-fit: contain;
  padding: 0.15rem; background: #ffffff; border-radius: 0.3rem;
}
@media screen and (max-width: 76.234375em) {
  .md-header__inner > label[for="__drawer"] { order: -1; }
  .md-header__button.md-logo { display: block; padding: 0.4rem 0.2rem; margin: 0; }
  .md-header__button.md-logo img { height: 1.6rem; max-width: 6rem; padding: 0.1rem; }
}
"""


# The images.

@dataclass(frozen=True)
class Made:
    """The logo's published images, by route name, as files in the cache."""

    files: dict[str, Path]
    raster_size: tuple[int, int]   # logo.png's width and height


def make_images(logo: Logo, cache_dir: Path) -> Made:
    """The logo's PNG, favicon and apple-touch-icon (on white), from the cache when made
    before."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha1(repr((LOOK_VERSION, logo.kind)).encode() + logo.data)
    stem = f"logo-{key.hexdigest()}"
    paths = {name: cache_dir / f"{stem}-{name}.png" for name in ("raster", "favicon", "touch")}
    if not all(path.exists() for path in paths.values()):
        raster = fitted(logo, RASTER_BOX)
        write_atomic(paths["raster"], png(raster))
        write_atomic(paths["favicon"], png(_square(logo, FAVICON_SIZE, 0, None)))
        write_atomic(paths["touch"], png(_square(logo, TOUCH_SIZE, TOUCH_MARGIN, "#ffffff")))
    with Image.open(paths["raster"]) as made:
        size = made.size
    return Made(paths, size)


def fitted(logo: Logo, box: tuple[int, int]) -> Image.Image:
    """The logo as RGBA pixels, as large as fits in `box` with its shape kept."""
    scale = min(box[0] / logo.width, box[1] / logo.height)
    width = max(1, min(box[0], round(logo.width * scale)))
    height = max(1, min(box[1], round(logo.height * scale)))
    if logo.kind == "svg":
        image = _draw_svg(logo, width)
    else:
        with Image.open(io.BytesIO(logo.data)) as source:
            image = source.convert("RGBA")
    if image.size != (width, height):
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    return image


def _draw_svg(logo: Logo, width: int) -> Image.Image:
    """The SVG drawn `width` pixels wide. Its shape is bounded (sources/options/logo.py), and the
    canvas is checked again: the renderer's reading of the size is what counts."""
    import resvg_py

    try:
        data = resvg_py.svg_to_bytes(
            svg_string=logo.text, width=width, skip_system_fonts=True,
            font_files=[str(FONTS / "DejaVuSans.ttf"), str(FONTS / "DejaVuSans-Bold.ttf")],
            font_family="DejaVu Sans", sans_serif_family="DejaVu Sans",
            serif_family="DejaVu Sans")
    except (ValueError, OSError) as exc:
        raise LogoFailed(f"{logo.written}: {exc}") from None
    image = Image.open(io.BytesIO(data))
    if image.width > RASTER_BOX[0] * 2 or image.height > RASTER_BOX[0] * 2:
        raise LogoFailed(f"{logo.written}: drawn at {image.width}x{image.height}")
    return image.convert("RGBA")


def _square(logo: Logo, size: int, margin: int, background: str | None) -> Image.Image:
    """The logo centred on a square: transparent, or on a colour (iOS shows transparency
    as black)."""
    inner = fitted(logo, (size - 2 * margin, size - 2 * margin))
    canvas = Image.new("RGBA", (size, size), background or (0, 0, 0, 0))
    canvas.alpha_composite(inner, ((size - inner.width) // 2, (size - inner.height) // 2))
    return canvas if background is None else canvas.convert("RGB")


def png(image: Image.Image) -> bytes:
    """PNG bytes without metadata (no text chunks, no profile, no time)."""
    image.info = {}
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
