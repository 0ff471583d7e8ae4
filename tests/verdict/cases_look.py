"""Verdict cases for the network's look (issue 28, item 3): the colours' contrast rule and
the logo file, held to the rules of every published file; and a file in the theme's
custom_dir that MkDocs would copy into the site as it is."""

from __future__ import annotations

import io

from PIL import Image

from generator.sources.options.logo import MAX_BYTES
from tests.verdict import Case, Link

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">{}</svg>\n'
LOGO = "logo: theme/logo.svg"
CIRCLE = '<circle cx="32" cy="32" r="30" fill="#0b5e55"/>'


def png(size: tuple[int, int], kind: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (11, 94, 85)).save(buffer, kind)
    return buffer.getvalue()


CASES: list[Case] = [
    Case("option.colour_contrast", options="colour: '#7fd1c5'",
         note="the demo's dark-scheme link colour: 1.7:1 with white"),
    Case("option.colour_contrast", options="accent_colour: '#ffb38f'"),
    Case("option.expected", options="colour: teal", note="a colour name: no ratio to say"),
    Case("option.expected", options="logo: theme/logo.gif"),
    Case("option.logo_outside", options="logo: ../logo.svg"),
    Case("option.logo_link", {"theme/logo.svg": Link("/etc/hostname")}, options=LOGO,
         note="a link would publish what it points to"),
    Case("option.logo_link", {"merk": Link("/etc")},
         options="logo: merk/hostname.svg", note="a link on the way, not the file itself"),
    Case("option.logo_missing", options=LOGO),
    Case("option.logo_too_large",
         {"theme/logo.svg": SVG.format(CIRCLE + " " * MAX_BYTES)}, options=LOGO),
    Case("option.logo_unsafe",
         {"theme/logo.svg": SVG.format(CIRCLE + "<script>alert(1)</script>")}, options=LOGO),
    Case("option.logo_unsafe",
         {"theme/logo.svg": SVG.format('<a href="javascript:alert(1)">' + CIRCLE + "</a>")},
         options=LOGO),
    Case("option.logo_reference",
         {"theme/logo.svg": SVG.format('<image href="/etc/passwd" width="64" height="64"/>')},
         options=LOGO, note="the renderer would open a file anywhere on the machine"),
    Case("option.logo_reference",
         {"theme/logo.svg": SVG.format('<rect width="64" height="64" '
                                       'style="fill: url(https://x.example/p.svg#a)"/>')},
         options=LOGO),
    Case("option.logo_invalid", {"theme/logo.svg": "<svg><circle></svg>\n"}, options=LOGO),
    Case("option.logo_invalid", {"theme/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg">'
                                                   + CIRCLE + "</svg>"}, options=LOGO,
         note="no viewBox or size: nothing to draw it at"),
    Case("option.logo_invalid", {"theme/logo.png": png((64, 64), "JPEG")},
         options="logo: theme/logo.png", note="a JPEG under a .png name"),
    Case("option.logo_pixels", {"theme/logo.png": png((8, 8))}, options="logo: theme/logo.png"),
    Case("option.logo_shape",
         {"theme/logo.svg": SVG.replace("0 0 64 64", "0 0 6400 64").format(CIRCLE)},
         options=LOGO, note="a canvas that follows the shape would be huge"),
    # A file in custom_dir that MkDocs would copy into the site as it is.
    Case("raw.unsafe", {"theme/kaart.svg": SVG.format('<circle onclick="alert(1)" r="1"/>')},
         mkdocs="theme:\n  name: material\n  custom_dir: theme",
         note="written after the base site's own theme: YAML takes the last"),
]
