"""Colours as WCAG 2.1 measures them: relative luminance, contrast ratio, and the lighter
and darker shades of a network's colour that stay readable (options `colour` and
`accent_colour`, content-model.md v1.4; render/images/look.py turns them into the stylesheet)."""

from __future__ import annotations

import math
import re

Rgb = tuple[int, int, int]

HEX = re.compile(r"#[0-9a-fA-F]{6}")
WHITE: Rgb = (255, 255, 255)
# The background of mkdocs-material's dark scheme (slate): hsl(225deg 15% 14%).
SLATE: Rgb = (0x1e, 0x21, 0x29)
# WCAG 2.1 AA for normal text (success criterion 1.4.3).
AA = 4.5


def rgb(colour: str) -> Rgb:
    """'#0b5e55' -> (11, 94, 85)."""
    if not HEX.fullmatch(colour):
        raise ValueError(f"not a colour like '#0b5e55': {colour!r}")
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def hex_of(colour: Rgb) -> str:
    return "#%02x%02x%02x" % colour


def luminance(colour: Rgb) -> float:
    """Relative luminance (WCAG 2.1): each sRGB channel made linear, then weighted."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: Rgb, second: Rgb) -> float:
    """The contrast ratio, 1 to 21: the same whichever is text and which background."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def shown_ratio(ratio: float) -> str:
    """'4.5:1', rounded down: a ratio that misses 4.5 never reads as 4.5."""
    return f"{math.floor(ratio * 10) / 10:.1f}:1"


def mix(colour: Rgb, other: Rgb, share: float) -> Rgb:
    """`share` (0 to 1) of the way from `colour` to `other`, channel by channel."""
    return tuple(round(a + (b - a) * share) for a, b in zip(colour, other))  # type: ignore[return-value]


def readable_on(colour: Rgb, background: Rgb, minimum: float = AA) -> Rgb:
    """The colour, mixed towards white in small steps until it reaches `minimum` against a
    dark `background` (links in the dark scheme); white itself at the end."""
    for step in range(21):
        shade = mix(colour, WHITE, step / 20)
        if contrast(shade, background) >= minimum:
            return shade
    return WHITE


def lighter(colour: Rgb, share: float = 0.15) -> Rgb:
    return mix(colour, WHITE, share)


def darker(colour: Rgb, share: float = 0.25) -> Rgb:
    return mix(colour, (0, 0, 0), share)
