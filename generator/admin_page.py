"""The browser editor at /admin/: Decap CMS, vendored in theme/admin/ (see its README).

MkDocs publishes the theme's admin/ files itself (the bundle and its licences). A site that
has `admin/config.yml` in its docs folder (`python -m generator cms-config --write`) also
gets /admin/index.html, which loads both; a site without one gets no /admin/ at all."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from . import mkdocs_files

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

VENDORED = Path(__file__).parent / "theme" / "admin"
CONFIG = "admin/config.yml"
PAGE = "admin/index.html"


def page(site_name: str, favicon: str) -> bytes:
    """Static: the CMS reads config.yml and renders everything in the browser. No search
    engine should list it; MkDocs lists only pages, so it is in neither sitemap nor search."""
    return f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<meta name="description" content="Het bewerkformulier van {html.escape(site_name)}: ambassadeurs, verhalen, agenda, nieuwsbrief en benoemingen.">
<title>Beheer – {html.escape(site_name)}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<link rel="icon" href="{html.escape(favicon)}">
<style>
/* Decap draws some texts grey on grey (3.4:1): the "back to the site" link and the text of
   its loading screen. WCAG 2.1 AA asks 4.5:1. (Decap has no dark scheme: always light.) */
a[href] > p, [class*="LoaderText"] {{ color: #4a5261 !important; }}
</style>
</head>
<body>
<script src="decap-cms.js"></script>
</body>
</html>
""".encode()


def add_admin(files: Files, config: MkDocsConfig) -> None:
    if files.get_file_from_path(CONFIG) is None:
        mkdocs_files.drop_theme_folder(files, VENDORED)
        return
    favicon = "../" + (config.theme.get("favicon") or "assets/images/favicon.png")
    mkdocs_files.add_raw(files, config, {PAGE: page(config.site_name, favicon)})
