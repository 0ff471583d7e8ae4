"""Draw the illustrated demo portraits and story covers.

The demo content must not use photos of real people, so every portrait is a
drawn, stylised avatar and every story cover an abstract illustration. The
drawings are seeded by the slug: running the script again gives the same
images, byte for byte (with the same Pillow version).

What is drawn follows the sources:

* ``ambassadors/<slug>/index.md`` with ``photo: portrait.jpg`` (or ``.png``)
  gets a 800x1000 head-and-shoulders portrait under that file name;
* ``stories/<slug>/index.md`` with ``image: cover.jpg`` gets a 1600x900 cover.

Usage (from the site's root folder)::

    .venv/bin/python scripts/draw_portraits.py [--force] [slug ...]

Without ``--force`` existing images are left alone.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import math
import random
import re
import sys
from pathlib import Path

import yaml
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
SCALE = 2  # draw at twice the size, then downsample: cheap anti-aliasing

PORTRAIT_SIZE = (800, 1000)
COVER_SIZE = (1600, 900)
PORTRAIT_BUDGET = 90 * 1024
COVER_BUDGET = 150 * 1024

SKIN = [
    (255, 224, 196), (247, 208, 176), (238, 194, 160), (224, 172, 134),
    (203, 146, 106), (176, 120, 82), (141, 92, 60), (111, 70, 46), (86, 55, 38),
]
HAIR = {
    "zwart": (34, 30, 32), "donkerbruin": (68, 45, 32), "bruin": (112, 72, 44),
    "kastanje": (140, 70, 40), "blond": (214, 176, 108), "asblond": (184, 160, 122),
    "rood": (176, 88, 48), "grijs": (160, 160, 162), "wit": (222, 220, 214),
}
CLOTHES = [
    (46, 84, 140), (38, 120, 110), (150, 60, 70), (90, 70, 130), (60, 60, 70),
    (196, 120, 52), (70, 110, 60), (30, 100, 150), (170, 80, 120), (110, 90, 70),
    (224, 196, 80), (80, 140, 170),
]
BACKGROUNDS = [
    ((236, 242, 250), (206, 222, 244)), ((250, 238, 226), (244, 210, 186)),
    ((232, 246, 238), (196, 230, 210)), ((246, 236, 248), (222, 204, 236)),
    ((252, 246, 220), (244, 226, 170)), ((230, 244, 246), (186, 224, 230)),
    ((244, 240, 234), (222, 214, 200)), ((250, 232, 236), (240, 198, 208)),
]

# A light hint per person so that the drawing fits the name in the sources:
# "f" and "m" choose from different hair styles, "hijab" draws a head scarf,
# the optional second value fixes a hair colour, the third the age look.
HINTS: dict[str, tuple[str, str | None, str | None]] = {
    "marie-therese-van-den-berg": ("f", "grijs", "ouder"),
    "hendrik-de-vries": ("m", "wit", "ouder"),
    "fatima-el-amrani": ("hijab", None, None),
    "jan-willem-ter-horst": ("m", "asblond", None),
    "anouk-jansen": ("f", "blond", None),
    "sietske-hoekstra": ("f", "blond", None),
    "joke-van-t-hek": ("f", "grijs", "ouder"),
    "mehmet-ozturk": ("m", "zwart", None),
    "eva-bakker": ("f", "kastanje", None),
    "ruud-zijlstra": ("m", "grijs", "ouder"),
    "chloe-de-graaf": ("f", "rood", None),
    "pieter-jan-verbeek": ("m", "bruin", None),
    "noor-mahabier": ("f", "zwart", None),
    "rene-kuipers": ("m", "donkerbruin", None),
    "aicha-bouzid": ("hijab", None, None),
    "thijs-van-der-meulen": ("m", "blond", None),
    "lotte-smit": ("f", "bruin", None),
    "gerrit-jan-brouwer": ("m", "grijs", "ouder"),
    "inge-de-haan": ("f", "asblond", None),
    "bram-hendriks": ("m", "bruin", None),
    "sanne-vermeulen": ("f", "donkerbruin", None),
    "kees-ten-brink": ("m", "wit", "ouder"),
    "wendy-tjon-a-fong": ("f", "zwart", None),
    "daan-mulder": ("m", "kastanje", None),
    "zeynep-yilmaz": ("f", "donkerbruin", None),
    "maarten-van-dijk": ("m", "donkerbruin", None),
    "renee-koster": ("f", "blond", None),
    "youssef-haddouchi": ("m", "zwart", None),
    "femke-de-jong": ("f", "bruin", None),
    "joost-dekker": ("m", "asblond", None),
    "ilse-scholten": ("f", "kastanje", None),
    "noel-peeters": ("m", "donkerbruin", None),
    "priya-ramdin": ("f", "zwart", None),
    "hans-visser": ("m", "grijs", "ouder"),
    "loes-van-leeuwen": ("f", "blond", None),
    "omer-kaya": ("m", "zwart", None),
    "marloes-wijnands": ("f", "bruin", None),
    "sjoerd-de-boer": ("m", "blond", None),
    "helene-dubois-bakker": ("f", "grijs", "ouder"),
}

# Darker skin tones for names whose hint asks for them; the rest is seeded.
SKIN_HINTS = {
    "fatima-el-amrani": 4, "mehmet-ozturk": 4, "noor-mahabier": 5, "aicha-bouzid": 5,
    "wendy-tjon-a-fong": 6, "zeynep-yilmaz": 3, "youssef-haddouchi": 5,
    "priya-ramdin": 6, "omer-kaya": 4, "noel-peeters": 8,
}

# Fixed choices where the alt text in the sources describes them.
STYLE = {"chloe-de-graaf": "long", "loes-van-leeuwen": "bun", "joke-van-t-hek": "bob",
         "priya-ramdin": "long", "helene-dubois-bakker": "bob"}
GLASSES = {"joke-van-t-hek": True, "priya-ramdin": False, "chloe-de-graaf": False,
           "loes-van-leeuwen": False}

F_HAIR = ["long", "bob", "bun", "curly", "long", "bob", "pony"]
M_HAIR = ["short", "side", "short", "curly", "buzz", "side", "bald"]


def rng_for(slug: str, salt: str) -> random.Random:
    digest = hashlib.sha256(f"{salt}:{slug}".encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def shade(colour: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    """Darker for factor < 1, lighter for factor > 1."""
    if factor <= 1:
        return tuple(max(0, int(c * factor)) for c in colour)  # type: ignore[return-value]
    return tuple(min(255, int(c + (255 - c) * (factor - 1))) for c in colour)  # type: ignore


def mix(a, b, t: float):
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


def vertical_gradient(size, top, bottom) -> Image.Image:
    w, h = size
    column = Image.new("RGB", (1, h))
    for y in range(h):
        column.putpixel((0, y), mix(top, bottom, y / max(1, h - 1)))
    return column.resize((w, h))


def s(*values):
    """Scale design coordinates (given at final size) to drawing size."""
    out = [v * SCALE for v in values]
    return out[0] if len(out) == 1 else out


# --------------------------------------------------------------------------- portraits

def draw_portrait(slug: str) -> Image.Image:
    r = rng_for(slug, "portrait")
    kind, hair_name, age = HINTS.get(slug, (r.choice(["f", "m"]), None, None))
    w, h = PORTRAIT_SIZE
    top, bottom = r.choice(BACKGROUNDS)
    img = vertical_gradient((w * SCALE, h * SCALE), top, bottom).convert("RGBA")
    d = ImageDraw.Draw(img)

    # a soft disc behind the head, sometimes a second one
    halo = shade(bottom, 1.25)
    d.ellipse(s(400 - 330, 110, 400 + 330, 770), fill=halo)
    if r.random() < 0.5:
        cx, cy, rad = r.choice([(120, 150, 90), (690, 200, 70), (660, 820, 110)])
        d.ellipse(s(cx - rad, cy - rad, cx + rad, cy + rad), fill=shade(bottom, 0.93))

    skin = SKIN[SKIN_HINTS.get(slug, r.choice([0, 1, 1, 2, 2, 3, 4]))]
    skin_dark = shade(skin, 0.84)
    hair = HAIR[hair_name] if hair_name else HAIR[r.choice(list(HAIR))]
    hair_dark = shade(hair, 0.78)
    cloth = r.choice(CLOTHES)
    shirt = r.choice([(245, 245, 240), (220, 232, 245), (250, 236, 220), shade(cloth, 1.5)])
    style = "hijab" if kind == "hijab" else r.choice(F_HAIR if kind == "f" else M_HAIR)
    style = STYLE.get(slug, style)
    if age == "ouder" and style in ("curly", "pony"):
        style = "bob" if kind == "f" else "side"

    hx, hy = 400, 440          # head centre
    hw, hh = 150, 188          # head half sizes

    # hair that falls behind the head and shoulders
    if style == "long":
        d.rounded_rectangle(s(hx - hw - 34, hy - hh + 10, hx + hw + 34, hy + 250), radius=s(140),
                            fill=hair_dark)
    elif style == "bob":
        d.rounded_rectangle(s(hx - hw - 30, hy - hh + 10, hx + hw + 30, hy + 120), radius=s(110),
                            fill=hair_dark)
    elif style == "pony":
        d.ellipse(s(hx + 90, hy - 120, hx + 230, hy + 170), fill=hair_dark)
    scarf = (0, 0, 0)
    if style == "hijab":
        scarf = r.choice([(120, 60, 80), (40, 90, 110), (150, 120, 90), (70, 60, 110),
                          (180, 110, 90)])
        d.ellipse(s(hx - hw - 58, hy - hh - 50, hx + hw + 58, hy + hh + 90), fill=scarf)
        d.polygon(s(hx - hw - 50, hy + 40, hx + hw + 50, hy + 40, hx + 250, 900, hx - 250, 900),
                  fill=scarf)

    # shoulders and clothes
    neck_w = 62
    body_top = 760
    d.rounded_rectangle(s(hx - neck_w, hy + 110, hx + neck_w, body_top + 60), radius=s(30),
                        fill=skin_dark)
    d.rounded_rectangle(s(70, body_top, 730, 1000 + 200), radius=s(190), fill=cloth)
    top_style = r.choice(["crew", "collar", "blazer", "vneck", "turtle"])
    if style == "hijab":
        top_style = r.choice(["crew", "blazer"])
    if top_style == "crew":
        d.chord(s(hx - 92, body_top - 70, hx + 92, body_top + 60), 0, 180, fill=skin_dark)
        d.arc(s(hx - 100, body_top - 78, hx + 100, body_top + 68), 0, 180,
              fill=shade(cloth, 0.8), width=s(10))
    elif top_style == "vneck":
        d.polygon(s(hx - 86, body_top - 4, hx + 86, body_top - 4, hx, body_top + 120),
                  fill=skin_dark)
    elif top_style == "turtle":
        d.rounded_rectangle(s(hx - 78, hy + 250, hx + 78, body_top + 40), radius=s(26),
                            fill=shade(cloth, 0.88))
    elif top_style == "collar":
        d.polygon(s(hx - 70, body_top - 10, hx + 70, body_top - 10, hx, body_top + 110),
                  fill=shirt)
        d.polygon(s(hx - 78, body_top - 22, hx - 6, body_top + 60, hx - 100, body_top + 40),
                  fill=shade(shirt, 0.9))
        d.polygon(s(hx + 78, body_top - 22, hx + 6, body_top + 60, hx + 100, body_top + 40),
                  fill=shade(shirt, 0.9))
    elif top_style == "blazer":
        d.polygon(s(hx - 100, body_top - 8, hx + 100, body_top - 8, hx + 40, 1000,
                    hx - 40, 1000), fill=shirt)
        d.polygon(s(hx - 104, body_top - 12, hx - 10, body_top + 170, hx - 60, 1000,
                    hx - 170, 1000, hx - 170, body_top + 20), fill=shade(cloth, 0.82))
        d.polygon(s(hx + 104, body_top - 12, hx + 10, body_top + 170, hx + 60, 1000,
                    hx + 170, 1000, hx + 170, body_top + 20), fill=shade(cloth, 0.82))
        if style != "hijab" and kind == "m" and r.random() < 0.5:
            tie = r.choice([(150, 40, 50), (40, 60, 110), (200, 150, 60)])
            d.polygon(s(hx - 16, body_top + 4, hx + 16, body_top + 4, hx + 24, body_top + 150,
                        hx, body_top + 180, hx - 24, body_top + 150), fill=tie)
    if style == "hijab":
        # the scarf also covers the neck and falls over the shoulders
        d.polygon(s(hx - hw + 4, hy + 40, hx + hw - 4, hy + 40, hx + 190, body_top + 70,
                    hx, body_top + 120, hx - 190, body_top + 70), fill=scarf)
    if style == "long":
        # strands over the shoulders
        d.rounded_rectangle(s(hx - hw - 34, hy + 60, hx - hw + 36, body_top + 110),
                            radius=s(34), fill=hair_dark)
        d.rounded_rectangle(s(hx + hw - 36, hy + 60, hx + hw + 34, body_top + 110),
                            radius=s(34), fill=hair_dark)

    # ears (covered by a scarf)
    if style != "hijab":
        for side in (-1, 1):
            ex = hx + side * (hw - 4)
            d.ellipse(s(ex - 26, hy - 20, ex + 26, hy + 52), fill=skin_dark)
        if kind == "f" and r.random() < 0.55:
            ear_ring = r.choice([(214, 180, 90), (200, 200, 210), (170, 60, 80)])
            for side in (-1, 1):
                ex = hx + side * (hw - 2)
                d.ellipse(s(ex - 9, hy + 50, ex + 9, hy + 68), fill=ear_ring)

    if style == "bald":
        d.chord(s(hx - hw - 10, hy - hh + 60, hx + hw + 10, hy + hh - 40), 150, 390, fill=hair)

    # head
    d.ellipse(s(hx - hw, hy - hh, hx + hw, hy + hh), fill=skin)

    # beard (some men)
    if kind == "m" and r.random() < 0.35:
        beard = hair if age != "ouder" else HAIR["grijs"]
        d.chord(s(hx - hw + 6, hy - 40, hx + hw - 6, hy + hh + 6), 20, 160, fill=beard)
        d.ellipse(s(hx - 70, hy + 40, hx + 70, hy + 140), fill=skin)  # mouth area
        d.chord(s(hx - 70, hy + 40, hx + 70, hy + 140), 180, 360, fill=beard)

    # hair on top of the head
    if style in ("short", "side", "long", "bob", "pony", "bun"):
        d.chord(s(hx - hw - 8, hy - hh - 16, hx + hw + 8, hy + 60), 180, 360, fill=hair)
        if style == "side":
            d.pieslice(s(hx - hw - 10, hy - hh - 20, hx + hw + 40, hy + 40), 200, 300, fill=hair)
        if style in ("long", "bob"):
            # a fringe sweeping to one side
            side = r.choice([-1, 1])
            d.chord(s(hx - hw, hy - hh - 6, hx + hw, hy - 20), 180, 360, fill=hair)
            d.pieslice(s(hx - hw - 4 + side * 40, hy - hh - 10, hx + hw + 4 + side * 40, hy + 10),
                       200 if side > 0 else 250, 290 if side > 0 else 340, fill=hair)
        # sideburns / hair at the temples
        for side in (-1, 1):
            inner, outer = hx + side * (hw - 26), hx + side * (hw + 8)
            low = {"short": 0, "side": 0, "bun": 10, "pony": 10}.get(style, 70)
            d.rounded_rectangle(s(min(inner, outer), hy - 120, max(inner, outer), hy + low),
                                radius=s(16), fill=hair)
    if style == "bun":
        d.ellipse(s(hx - 62, hy - hh - 96, hx + 62, hy - hh + 20), fill=hair)
    if style == "curly":
        for i in range(26):
            a = math.pi + math.pi * i / 25
            rad = r.randint(40, 58)
            cx = hx + math.cos(a) * (hw + 4)
            cy = hy - 40 + math.sin(a) * (hh - 10)
            d.ellipse(s(cx - rad, cy - rad, cx + rad, cy + rad), fill=hair)
        for i in range(8):
            cx = hx - 110 + i * 31
            cy = hy - hh + 20 + r.randint(-10, 10)
            d.ellipse(s(cx - 40, cy - 40, cx + 40, cy + 40), fill=hair)
    if style == "buzz":
        d.chord(s(hx - hw - 2, hy - hh - 6, hx + hw + 2, hy + 20), 180, 360,
                fill=mix(hair, skin, 0.35))
    if style == "hijab":
        # the scarf frames the face
        scarf_front = shade(scarf, 1.08)
        d.chord(s(hx - hw - 20, hy - hh - 30, hx + hw + 20, hy + 40), 180, 360, fill=scarf_front)
        d.arc(s(hx - hw + 10, hy - hh + 12, hx + hw - 10, hy + 10), 200, 340,
              fill=shade(scarf_front, 0.85), width=s(8))

    # face
    eye_y = hy + 4
    brow = hair_dark if style not in ("hijab",) else (50, 40, 36)
    if age == "ouder" and hair_name in ("grijs", "wit"):
        brow = shade(hair, 0.7)
    brow_tilt = r.choice([-6, 0, 4])
    for side in (-1, 1):
        ex = hx + side * 62
        d.ellipse(s(ex - 14, eye_y - 16, ex + 14, eye_y + 16), fill=(40, 34, 36))
        d.ellipse(s(ex - 2 + 4, eye_y - 9, ex + 6 + 4, eye_y - 1), fill=(250, 250, 250))
        d.line(s(ex - 34, eye_y - 48 + (brow_tilt if side < 0 else 0),
                 ex + 30, eye_y - 50 + (brow_tilt if side > 0 else 0)),
               fill=brow, width=s(12), joint="curve")
    if age == "ouder":
        for side in (-1, 1):
            ex = hx + side * 62
            d.arc(s(ex - 30, eye_y + 6, ex + 30, eye_y + 36), 20, 160, fill=skin_dark,
                  width=s(4))
    # nose
    d.arc(s(hx - 22, hy + 30, hx + 22, hy + 78), 20, 160, fill=shade(skin, 0.72), width=s(6))
    # cheeks
    blush = Image.new("RGBA", img.size, (0, 0, 0, 0))
    bd = ImageDraw.Draw(blush)
    for side in (-1, 1):
        cx = hx + side * 88
        bd.ellipse(s(cx - 34, hy + 54, cx + 34, hy + 92), fill=(236, 120, 120, 60))
    img.alpha_composite(blush)
    d = ImageDraw.Draw(img)
    # mouth
    mouth = r.choice(["smile", "open", "smile"])
    lip = shade((190, 80, 84), 0.9 if skin in SKIN[5:] else 1.0)
    if mouth == "smile":
        d.arc(s(hx - 50, hy + 70, hx + 50, hy + 130), 25, 155, fill=lip, width=s(9))
    else:
        d.chord(s(hx - 48, hy + 92, hx + 48, hy + 146), 0, 180, fill=(120, 40, 50))
        d.chord(s(hx - 40, hy + 92, hx + 40, hy + 116), 0, 180, fill=(250, 250, 246))
    # glasses
    if GLASSES.get(slug, r.random() < 0.35):
        frame = r.choice([(30, 30, 34), (120, 70, 40), (60, 90, 140), (150, 40, 60)])
        for side in (-1, 1):
            ex = hx + side * 62
            d.rounded_rectangle(s(ex - 46, eye_y - 36, ex + 46, eye_y + 34), radius=s(22),
                                outline=frame, width=s(7))
        d.arc(s(hx - 20, eye_y - 24, hx + 20, eye_y + 4), 200, 340, fill=frame, width=s(7))
        for side in (-1, 1):
            d.line(s(hx + side * 108, eye_y - 14, hx + side * (hw - 6), eye_y - 24), fill=frame,
                   width=s(7))

    return img.convert("RGB").resize(PORTRAIT_SIZE, Image.Resampling.LANCZOS)


# --------------------------------------------------------------------------- covers

COVER_PALETTES = [
    ((255, 226, 190), (255, 246, 232), [(38, 84, 124), (239, 71, 111), (255, 209, 102),
                                        (6, 214, 160), (17, 138, 178)]),
    ((206, 232, 246), (244, 250, 252), [(42, 157, 143), (233, 196, 106), (244, 162, 97),
                                        (231, 111, 81), (38, 70, 83)]),
    ((250, 222, 226), (252, 244, 240), [(109, 89, 122), (181, 101, 118), (229, 107, 111),
                                        (234, 172, 139), (53, 80, 112)]),
    ((222, 240, 222), (246, 252, 242), [(40, 114, 113), (83, 166, 126), (186, 209, 129),
                                        (244, 196, 96), (47, 72, 88)]),
    ((232, 226, 248), (248, 246, 252), [(72, 61, 139), (114, 137, 218), (242, 168, 83),
                                        (237, 98, 96), (90, 180, 170)]),
]


def draw_cover(slug: str) -> Image.Image:
    r = rng_for(slug, "cover")
    w, h = COVER_SIZE
    sky_top, sky_bottom, colours = r.choice(COVER_PALETTES)
    img = vertical_gradient((w * SCALE, h * SCALE), sky_top, sky_bottom).convert("RGBA")
    d = ImageDraw.Draw(img)

    # sun and a few soft circles
    sx, sy, sr = r.randint(200, 1400), r.randint(120, 300), r.randint(80, 140)
    d.ellipse(s(sx - sr, sy - sr, sx + sr, sy + sr), fill=shade(colours[2], 1.35))
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    ld = ImageDraw.Draw(layer)
    for _ in range(5):
        cx, cy, rad = r.randint(0, w), r.randint(0, 500), r.randint(60, 220)
        c = r.choice(colours)
        ld.ellipse(s(cx - rad, cy - rad, cx + rad, cy + rad), fill=(*c, 38))
    img.alpha_composite(layer)
    d = ImageDraw.Draw(img)

    # skyline
    x = -20
    base = 640
    while x < w:
        bw = r.randint(70, 170)
        bh = r.randint(120, 380)
        c = shade(r.choice(colours), r.choice([1.25, 1.45, 1.6]))
        top_kind = r.random()
        d.rectangle(s(x, base - bh, x + bw, base), fill=c)
        if top_kind < 0.25:
            d.polygon(s(x, base - bh, x + bw / 2, base - bh - 50, x + bw, base - bh), fill=c)
        elif top_kind < 0.4:  # Dutch gable
            d.polygon(s(x + 10, base - bh, x + bw / 2, base - bh - 70, x + bw - 10, base - bh),
                      fill=c)
        win = shade(c, 1.35)
        for wy in range(base - bh + 24, base - 30, 46):
            for wx in range(x + 16, x + bw - 24, 34):
                if r.random() < 0.7:
                    d.rectangle(s(wx, wy, wx + 16, wy + 24), fill=win)
        x += bw + r.randint(4, 30)

    # rolling ground
    ground = shade(colours[0], 1.15)
    d.rectangle(s(0, base, w, h), fill=ground)
    for i in range(3):
        cx = r.randint(-200, w + 200)
        d.ellipse(s(cx - 700, base - 60 + i * 30, cx + 700, base + 400),
                  fill=shade(colours[(i + 1) % len(colours)], 1.5 + i * 0.1))

    # network lines between people
    n = r.randint(5, 8)
    xs = sorted(x + r.randint(-30, 30) for x in r.sample(range(140, w - 100, 170), n))
    people = []
    for px in xs:
        scale = r.uniform(0.8, 1.15)
        py = 860 - r.randint(0, 40)
        people.append((px, py, scale, r.choice(colours)))
    for (x1, y1, s1, _), (x2, y2, s2, _) in zip(people, people[1:]):
        d.line(s(x1, y1 - 230 * s1, x2, y2 - 230 * s2), fill=shade(colours[4], 1.2), width=s(5))
    for px, py, sc, c in people:
        head_r = 34 * sc
        body_w = 62 * sc
        body_h = 150 * sc
        d.rounded_rectangle(s(px - body_w, py - body_h, px + body_w, py + 60), radius=s(int(50 * sc)),
                            fill=c)
        d.ellipse(s(px - head_r, py - body_h - 2.3 * head_r, px + head_r, py - body_h - 0.3 * head_r),
                  fill=shade(c, 0.75))
        d.ellipse(s(px - 12, py - 230 * sc - 12, px + 12, py - 230 * sc + 12),
                  fill=(255, 255, 255))

    return img.convert("RGB").resize(COVER_SIZE, Image.Resampling.LANCZOS)


# --------------------------------------------------------------------------- saving

def encode(image: Image.Image, suffix: str, budget: int) -> bytes:
    """JPEG at quality 82 (lower only when over budget); PNG quantised."""
    if suffix in (".jpg", ".jpeg"):
        for quality in (82, 78, 74, 70, 65):
            buf = io.BytesIO()
            image.save(buf, "JPEG", quality=quality, optimize=True, progressive=True)
            if buf.tell() <= budget:
                break
        return buf.getvalue()
    for colours in (128, 64, 48, 32):
        buf = io.BytesIO()
        image.quantize(colors=colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
                       ).save(buf, "PNG", optimize=True)
        if buf.tell() <= budget:
            break
    return buf.getvalue()


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"^---\s*\n(.*?)\n---\s*\n", text, re.S)
    return yaml.safe_load(match.group(1)) if match else {}


def jobs(root: Path):
    for index in sorted((root / "ambassadors").glob("*/index.md")):
        photo = front_matter(index).get("photo")
        if photo:
            yield index.parent.name, index.parent / photo, "portrait"
    for index in sorted((root / "stories").glob("*/index.md")):
        image = front_matter(index).get("image")
        if image:
            yield index.parent.name, index.parent / image, "cover"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slugs", nargs="*", help="only these slugs")
    parser.add_argument("--force", action="store_true", help="redraw existing images")
    parser.add_argument("--root", type=Path, default=ROOT, help="site root folder")
    args = parser.parse_args(argv)
    for slug, target, what in jobs(args.root):
        if args.slugs and slug not in args.slugs:
            continue
        if target.exists() and not args.force:
            continue
        suffix = target.suffix.lower()
        if what == "portrait":
            data = encode(draw_portrait(slug), suffix, PORTRAIT_BUDGET)
        else:
            data = encode(draw_cover(slug), suffix, COVER_BUDGET)
        target.write_bytes(data)
        print(f"{target.relative_to(args.root)}  {len(data) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
