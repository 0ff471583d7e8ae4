"""The network's look, without a build: WCAG contrast maths, the colour options' rule, the
stylesheet, and the logo file's checks and images (issue 28, item 3). Hostile input first."""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path

import pytest
from PIL import Image

from generator.domain import colour as c
from generator.render.images import look
from generator.sources.options import rules
from generator.sources.options.logo import MAX_BYTES, read_logo
from generator.sources.options.press_contact import OptionError

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">{}</svg>\n'
CIRCLE = '<circle cx="32" cy="32" r="30" fill="#0b5e55"/>'


# Contrast, against values WCAG and its tools publish.

@pytest.mark.parametrize(("first", "second", "ratio"), [
    ("#767676", "#ffffff", 4.54),   # the lightest grey that passes AA on white
    ("#777777", "#ffffff", 4.48),   # one step lighter fails
    ("#000000", "#ffffff", 21.0),
    ("#ffffff", "#ffffff", 1.0),
    ("#0b5e55", "#ffffff", 7.65),
    ("#7fd1c5", "#ffffff", 1.78),
])
def test_contrast_matches_wcag(first: str, second: str, ratio: float) -> None:
    assert c.contrast(c.rgb(first), c.rgb(second)) == pytest.approx(ratio, abs=0.005)
    assert c.contrast(c.rgb(second), c.rgb(first)) == c.contrast(c.rgb(first), c.rgb(second))


def test_a_ratio_that_misses_is_never_shown_as_passing() -> None:
    assert c.shown_ratio(4.499) == "4.4:1"
    assert c.shown_ratio(4.54) == "4.5:1"
    assert c.shown_ratio(21.0) == "21.0:1"


@pytest.mark.parametrize("bad", ["#0b5e5", "0b5e55", "#gggggg", "teal", "#0b5e55 ", ""])
def test_rgb_refuses_what_is_not_a_colour(bad: str) -> None:
    with pytest.raises(ValueError):
        c.rgb(bad)


@pytest.mark.parametrize("colour", ["#0b5e55", "#5b2a86", "#000000", "#767676", "#b3261e",
                                    "#1e2129", "#003366"])
def test_the_dark_scheme_shade_reaches_aa_on_slate(colour: str) -> None:
    shade = c.readable_on(c.rgb(colour), c.SLATE)
    assert c.contrast(shade, c.SLATE) >= c.AA


# The option rule: both colours, both languages, the ratio named.

@pytest.mark.parametrize("option", ["colour", "accent_colour"])
def test_a_colour_too_light_for_white_text_is_refused_with_its_ratio(option: str) -> None:
    with pytest.raises(OptionError) as raised:
        rules.readable_colour(option, "#7fd1c5")
    assert raised.value.text.en.startswith(f"{option}: #7fd1c5 gives 1.7:1 with white; "
                                           "expected at least 4.5:1")
    assert raised.value.text.nl.startswith(f"{option}: #7fd1c5 geeft met wit een contrast "
                                           "van 1.7:1; verwacht is minstens 4.5:1")


@pytest.mark.parametrize("value", ["#777777", "#ffffff", "#ffb38f"])
def test_every_colour_below_aa_is_refused(value: str) -> None:
    with pytest.raises(OptionError):
        rules.readable_colour("colour", value)


@pytest.mark.parametrize("value", ["teal", "#fff", ["#0b5e55"], 3, "expression(alert(1))",
                                   "#0b5e55; color: red"])
def test_what_is_not_a_colour_is_refused_as_such(value: object) -> None:
    with pytest.raises(OptionError) as raised:
        rules.readable_colour("colour", value)
    assert "expected a colour like '#0b5e55'" in raised.value.text.en


@pytest.mark.parametrize("value", ["#767676", "#0b5e55", "#0B5E55", "#000000"])
def test_a_readable_colour_is_taken(value: str) -> None:
    assert rules.readable_colour("colour", value) == value


@pytest.mark.parametrize("value", ["/etc/logo.svg", "theme/logo.gif", "logo.svg/",
                                   "theme/", "theme/logo.svg\n", "theme/lo go.svg", 3])
def test_the_logo_option_takes_only_an_svg_or_png_path(value: object) -> None:
    with pytest.raises(OptionError):
        rules.logo_file("logo", value)


# The stylesheet.

def test_the_stylesheet_sets_the_theme_colours_and_a_readable_dark_link() -> None:
    css = look.Look("#5b2a86", "#b3261e").stylesheet()
    assert "--md-primary-fg-color: #5b2a86;" in css
    assert "--md-typeset-a-color: #5b2a86;" in css
    assert "--md-accent-fg-color: #b3261e;" in css
    dark = css.split('[data-md-color-scheme="slate"]', 1)[1]
    link = dark.split("--md-typeset-a-color: ", 1)[1][:7]
    assert c.contrast(c.rgb(link), c.SLATE) >= c.AA
    accent = dark.split("--md-accent-fg-color: ", 1)[1][:7]
    assert c.contrast(c.rgb(accent), c.SLATE) >= c.AA


def test_nothing_set_keeps_the_theme_look() -> None:
    assert look.Look().stylesheet() == ""
    assert look.Look().card_colours == ("#0b5e55", "#a1421b")
    assert look.Look("#5b2a86").card_colours[0] == "#5b2a86"


# The logo file: confined, bounded, nothing outside itself.

def _logo(root: Path, name: str, content: str | bytes) -> str:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return name


HOSTILE_SVG = {
    "script": CIRCLE + "<script>alert(1)</script>",
    "handler": '<circle r="3" onload="alert(1)"/>',
    "javascript": '<a href="javascript:alert(1)">' + CIRCLE + "</a>",
    "absolute file": '<image href="/etc/passwd" width="9" height="9"/>',
    "file url": '<image href="file:///etc/hostname" width="9" height="9"/>',
    "relative file": '<image href="../../private/secret.png" width="9" height="9"/>',
    "xlink": '<image xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="x.png"/>',
    "remote": '<image href="https://tracker.example/p.png" width="9" height="9"/>',
    "nested svg data": '<image href="data:image/svg+xml;base64,PHN2Zz4=" width="9"/>',
    "css url": '<rect width="9" height="9" style="fill:url(https://x.example/a)"/>',
    "css import": "<style>@import 'https://x.example/a.css';</style>" + CIRCLE,
    "style url": "<style>rect { fill: url( '/etc/x.svg#a' ) }</style>" + CIRCLE,
    "fe image": '<filter id="f"><feImage href="/etc/hostname"/></filter>',
    "entity": "",   # written below: a DOCTYPE with an entity
}


@pytest.mark.parametrize("name", sorted(HOSTILE_SVG))
def test_a_hostile_svg_logo_is_refused(tmp_path: Path, name: str) -> None:
    text = SVG.format(HOSTILE_SVG[name]) if name != "entity" else (
        '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n'
        + SVG.format("<text>&x;</text>"))
    written = _logo(tmp_path, "theme/logo.svg", text)
    with pytest.raises(OptionError) as raised:
        read_logo(tmp_path, written)
    assert raised.value.text.en.startswith("logo: 'theme/logo.svg'")
    assert raised.value.text.nl.startswith("logo: 'theme/logo.svg'")


def test_an_svg_may_embed_a_raster_image_and_refer_to_its_own_parts(tmp_path: Path) -> None:
    pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    body = ('<defs><linearGradient id="g"><stop offset="0" stop-color="#0b5e55"/>'
            '</linearGradient></defs><rect width="64" height="64" fill="url(#g)"/>'
            f'<image href="data:image/png;base64,{pixel}" width="9" height="9"/>'
            '<use href="#g"/>')
    logo = read_logo(tmp_path, _logo(tmp_path, "logo.svg", SVG.format(body)))
    assert (logo.kind, logo.width, logo.height) == ("svg", 64, 64)


def test_a_huge_svg_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    written = _logo(tmp_path, "logo.svg", SVG.format(CIRCLE + " " * MAX_BYTES))
    with pytest.raises(OptionError) as raised:
        read_logo(tmp_path, written)
    assert "at most 1024 KiB" in raised.value.text.en


@pytest.mark.parametrize("box", ["0 0 64000 64", "0 0 1 100", "0 0 1e9 1e9", "0 0 -5 5"])
def test_a_logo_shape_that_would_make_a_huge_canvas_is_refused(tmp_path: Path,
                                                               box: str) -> None:
    written = _logo(tmp_path, "logo.svg", SVG.replace("0 0 64 64", box).format(CIRCLE))
    with pytest.raises(OptionError):
        read_logo(tmp_path, written)


def test_a_symlinked_logo_or_folder_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.svg"
    _logo(tmp_path, "outside/secret.svg", SVG.format(CIRCLE))
    root = tmp_path / "repo"
    (root / "theme").mkdir(parents=True)
    os.symlink(secret, root / "theme" / "logo.svg")
    os.symlink(secret.parent, root / "merk")
    for written in ("theme/logo.svg", "merk/secret.svg"):
        with pytest.raises(OptionError) as raised:
            read_logo(root, written)
        assert "symbolic link" in raised.value.text.en


@pytest.mark.parametrize("written", ["../outside.svg", ".git/logo.svg", "/etc/logo.svg"])
def test_a_logo_outside_the_repository_is_refused(tmp_path: Path, written: str) -> None:
    _logo(tmp_path, "outside.svg", SVG.format(CIRCLE))
    root = tmp_path / "repo"
    _logo(root, ".git/logo.svg", SVG.format(CIRCLE))
    with pytest.raises(OptionError):
        read_logo(root, written)


def _png(size: tuple[int, int], kind: str = "PNG", mode: str = "RGBA") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, (11, 94, 85)).save(buffer, kind)
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "said"), [
    (_png((64, 64), "JPEG", "RGB"), "is not a PNG"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "is not a PNG"),
    (_png((8, 8)), "pixels"),
    (_png((4100, 16)), "pixels"),
    (_png((16, 200)), "at most 8 times"),
], ids=["jpeg", "empty", "tiny", "wide", "narrow"])
def test_a_bad_png_logo_is_refused(tmp_path: Path, data: bytes, said: str) -> None:
    with pytest.raises(OptionError) as raised:
        read_logo(tmp_path, _logo(tmp_path, "logo.png", data))
    assert said in raised.value.text.en


# The images made from it.

def _chunks(data: bytes) -> list[bytes]:
    """The PNG's chunk types, in order."""
    found, offset = [], 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        found.append(kind)
        offset += 12 + length
    return found


@pytest.mark.parametrize("kind", ["svg", "png"])
def test_the_logo_images_have_their_sizes_no_metadata_and_the_same_bytes_each_time(
        tmp_path: Path, kind: str) -> None:
    if kind == "svg":
        written = _logo(tmp_path, "logo.svg", SVG.replace("0 0 64 64", "0 0 128 64").format(
            '<rect width="128" height="64" fill="#5b2a86"/><text x="8" y="40">Zorg</text>'))
    else:
        image = Image.new("RGBA", (256, 128), (91, 42, 134, 255))
        buffer = io.BytesIO()
        image.save(buffer, "PNG", pnginfo=_text_chunk())
        written = _logo(tmp_path, "logo.png", buffer.getvalue())
    logo = read_logo(tmp_path, written)
    first = look.make_images(logo, tmp_path / "a")
    second = look.make_images(logo, tmp_path / "b")
    sizes = {"raster": (320, 160), "favicon": (48, 48), "touch": (180, 180)}
    for name, path in first.files.items():
        data = path.read_bytes()
        assert data == second.files[name].read_bytes(), name
        with Image.open(path) as made:
            assert made.size == sizes[name]
            assert made.info == {} or set(made.info) <= {"transparency"}
        assert set(_chunks(data)) <= {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}, name
    with Image.open(first.files["touch"]) as touch:
        assert touch.mode == "RGB"   # iOS shows transparency as black
        assert touch.getpixel((2, 2)) == (255, 255, 255)
        assert touch.getpixel((90, 90)) != (255, 255, 255)


def _text_chunk() -> object:
    from PIL import PngImagePlugin
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Someone private")
    info.add_text("GPS", "52.0 N")
    return info


def test_a_png_cut_off_is_refused(tmp_path: Path) -> None:
    data = _png((64, 64))
    with pytest.raises(OptionError):
        read_logo(tmp_path, _logo(tmp_path, "logo.png", data[:len(data) // 2]))
