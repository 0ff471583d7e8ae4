"""Social cards (Open Graph, 1200x630) drawn with Pillow in the network's colours, with a
font shipped in the package so cards look the same on every machine."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

from ...sources.files.atomic import write_atomic
from .derived import Progress, open_upright, run_parallel, source_digest

FONTS = Path(__file__).resolve().parents[2] / "fonts"
SIZE = (1200, 630)
CARD_VERSION = 1


HOME_CARD = "social-card.jpg"


def card_dest(src: str) -> str:
    """`ambassadeurs/x/index.md` -> `ambassadeurs/x/social-card.jpg`."""
    folder = src.rsplit("/", 1)[0] if "/" in src else ""
    return f"{folder}/{HOME_CARD}" if folder else HOME_CARD


@dataclass(frozen=True)
class Card:
    """What one card shows; `image` is a portrait (tall) or a cover (wide), or None."""

    dest: str
    title: str
    subtitle: str
    site_name: str
    image: Path | None = None
    portrait: bool = False
    focus: tuple[float, float] = (0.5, 0.5)

    def key(self, colours: tuple[str, str], logo: Path | None = None) -> str:
        digest = hashlib.sha1(repr((CARD_VERSION, self.title, self.subtitle, self.site_name,
                                    self.portrait, self.focus, colours)).encode())
        if self.image:
            digest.update(source_digest(self.image).encode())
        if logo:
            digest.update(b"logo:" + source_digest(logo).encode())
        return digest.hexdigest()


def draw(card: Card, colours: tuple[str, str], logo: Path | None = None) -> bytes:
    """The card; with the network's logo (a PNG, render/images/look.py) on a white tile beside the
    site's name."""
    background, accent = colours
    canvas = Image.new("RGB", SIZE, background)
    text_left, text_right = 64, SIZE[0] - 64
    if card.image:
        text_right = _place_image(canvas, card)
    pen = ImageDraw.Draw(canvas)
    pen.rectangle((0, SIZE[1] - 14, SIZE[0], SIZE[1]), fill=accent)
    size, lines = _fit_title(pen, card.title, text_right - text_left)
    y = 80
    for line in lines:
        pen.text((text_left, y), line, font=_font(True, size), fill="white")
        y += round(size * 1.22)
    if card.subtitle:
        for line in _wrap(pen, card.subtitle, _font(False, 34), text_right - text_left)[:2]:
            pen.text((text_left, y + 16), line, font=_font(False, 34), fill="#e8f1ef")
            y += 44
    name_left = _place_logo(canvas, logo, text_left) if logo else text_left
    pen.text((name_left, SIZE[1] - 84), card.site_name, font=_font(True, 30), fill="white")
    out = io.BytesIO()
    canvas.save(out, "JPEG", quality=85, optimize=True, progressive=True)
    return out.getvalue()


def _place_image(canvas: Image.Image, card: Card) -> int:
    """Portrait on the right as a 4:5 panel, cover as the right half; return text edge."""
    assert card.image is not None
    picture = open_upright(card.image)
    width = 420 if card.portrait else 560
    panel = ImageOps.fit(picture, (width, SIZE[1] - 14), Image.Resampling.LANCZOS,
                         centering=card.focus)
    canvas.paste(panel, (SIZE[0] - width, 0))
    return SIZE[0] - width - 48


LOGO_BOX = (220, 56)   # the logo's largest size on a card, on a tile 12 px larger each way


def _place_logo(canvas: Image.Image, logo: Path, left: int) -> int:
    """The logo on a white tile at the card's foot, level with the site's name; return where
    the name starts."""
    with Image.open(logo) as source:
        image = source.convert("RGBA")
    image.thumbnail(LOGO_BOX, Image.Resampling.LANCZOS)
    pad = 12
    top = SIZE[1] - 70 - (image.height + 2 * pad) // 2
    tile = (left, top, left + image.width + 2 * pad, top + image.height + 2 * pad)
    ImageDraw.Draw(canvas).rounded_rectangle(tile, radius=8, fill="white")
    canvas.paste(image, (left + pad, top + pad), image)
    return tile[2] + 24


def _fit_title(pen: ImageDraw.ImageDraw, title: str, width: int) -> tuple[int, list[str]]:
    """The largest size at which the title takes at most four lines; cut with '…' if even
    the smallest does not fit."""
    for size in (64, 56, 48, 42):
        lines = _wrap(pen, title, _font(True, size), width)
        if len(lines) <= 4:
            return size, lines
    return 42, lines[:3] + [lines[3] + " …"]


def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def _wrap(pen: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont,
          width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and pen.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def make_cards(cards: list[Card], cache_dir: Path, colours: tuple[str, str],
               workers: int = 2, logo: Path | None = None) -> dict[str, Path]:
    """dest -> cached JPEG; a card is drawn again only when its text, image, colours or
    logo change."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    paths = {card.dest: cache_dir / f"card-{card.key(colours, logo)}.jpg" for card in cards}
    missing = list({paths[card.dest]: (card, colours, logo) for card in cards
                    if not paths[card.dest].exists()}.items())
    progress = Progress(len(missing), "social cards")
    drawn = run_parallel(_draw_job, [job for _, job in missing], workers)
    for (path, _), data in zip(missing, drawn):
        write_atomic(path, data)
        progress.step()
    return paths


def _draw_job(job: tuple[Card, tuple[str, str], Path | None]) -> bytes:
    return draw(*job)
