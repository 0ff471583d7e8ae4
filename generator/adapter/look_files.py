"""The network's look in an MkDocs build (render/images/look.py makes it): the theme's logo and
favicon settings, the stylesheet before the site's own, the logo's files, and the
home-screen icon's link on every page."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.utils import get_relative_url

from ..render.images.look import Look, Made, make_images
from ..render.routes import Routes
from ..sources.options.logo import read_logo
from . import mkdocs_files

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from ..config import AmbassadorsConfig


def look_of(options: AmbassadorsConfig, root: Path) -> Look:
    """The options as a Look, the logo read and checked (sources/options/logo.py)."""
    logo = read_logo(root, options.logo) if options.logo else None
    return Look(options.colour, options.accent_colour, logo)


def header_logo(look: Look, routes: Routes) -> str | None:
    """The logo's address in the header: the SVG as written, or the PNG made from it."""
    if look.logo is None:
        return None
    return routes.path("logo_svg" if look.logo.kind == "svg" else "logo_png")


def apply(config: MkDocsConfig, look: Look, routes: Routes) -> None:
    """The theme's settings: its logo and favicon, and the colours' stylesheet first among
    the extra ones, so that a site's own stylesheet still overrides it."""
    if look.stylesheet():
        config.extra_css.insert(0, routes.path("look_css"))
    logo = header_logo(look, routes)
    if logo:
        config.theme["logo"] = logo
        config.theme["favicon"] = routes.path("favicon")


def add_files(files: Files, config: MkDocsConfig, look: Look, routes: Routes,
              cache_dir: Path) -> Made | None:
    """The stylesheet and the logo's images as files of the site; the logo's copy that
    MkDocs took from the theme's custom_dir (`theme/logo.svg`) is left out: it is published
    once, at its own address."""
    css = look.stylesheet()
    if css:
        mkdocs_files.add_raw(files, config, {routes.path("look_css"): css.encode()})
    if look.logo is None:
        return None
    source = (Path(config.config_file_path).parent / look.logo.written).resolve()
    docs = Path(config.docs_dir).resolve()
    name = source.name
    for file in [f for f in files if f.src_uri.endswith(name) and f.abs_src_path
                 and not f.generated_by]:
        path = Path(str(file.abs_src_path)).resolve()
        if path == source and not path.is_relative_to(docs):
            files.remove(file)
    made = make_images(look.logo, cache_dir / "logo")
    if look.logo.kind == "svg":
        mkdocs_files.add_raw(files, config, {routes.path("logo_svg"): look.logo.data})
    mkdocs_files.add_cached(files, config, {routes.path("logo_png"): made.files["raster"],
                                            routes.path("favicon"): made.files["favicon"],
                                            routes.path("touch_icon"): made.files["touch"]})
    return made


def touch_icon_tag(page_url: str, routes: Routes, root: str | None = None) -> str:
    """The home-screen icon's link for a page at `page_url` (relative, like the theme's
    favicon link, so that a preview under another address works too), or from the site's
    `root` path (the not-found page)."""
    path = routes.path("touch_icon")
    href = root.rstrip("/") + "/" + path if root is not None \
        else get_relative_url(path, page_url or ".")
    return f'<link rel="apple-touch-icon" sizes="180x180" href="{html.escape(href)}">'
