"""The browser editor at /admin/: Decap CMS, vendored in theme/admin/ (see its README).

MkDocs publishes the theme's admin/ files itself (the bundle and its licences, and our
editor.js: Dutch dates, the preview's stylesheets, one glyph). A site that has
`admin/config.yml` in its docs folder (`python -m generator cms-config --write`) also gets
/admin/index.html, which loads them; a site without one gets no /admin/ at all."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .. import cms_config
from ..addresses import ADMIN_CONFIG, ADMIN_PAGE
from ..cms_config import COLLECTIONS
from ..render.labels import Labels
from ..sources.errors import Report
from . import mkdocs_files

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from ..site_loader import Settings

VENDORED = Path(__file__).parents[1] / "theme" / "admin"


# Above Decap's sign-in button: what the editor is for (render/labels.py) and the network's
# name. Gone once Decap runs (#nc-root) and shows anything but its sign-in page (the element
# whose class names StyledAuthenticationPage: Decap labels its styled components so); shown
# without JavaScript too.
_STYLE = """
/* Decap draws some texts grey on grey (3.4:1): the "back to the site" link and the text of
   its loading screen. WCAG 2.1 AA asks 4.5:1. (Decap has no dark scheme: always light.) */
a[href] > p, [class*="LoaderText"] { color: #4a5261 !important; }
/* The network's page, not Decap's: no pink Decap logo under the button (its credit), and
   without the network's logo none of Decap's in its place (the name stands above instead). */
[class*="NetlifyCreditIcon"], [class*="DecapLogoIcon"] { display: none !important; }
[class*="StyledAuthenticationPage"] img { max-height: 9rem; width: auto; }
[class*="StyledAuthenticationPage"] { min-height: 0 !important; height: auto !important;
  padding-top: 1rem !important; }
.amb-intro { max-width: 36rem; margin: 0 auto; padding: 2.5rem 1.25rem 0; color: #1f2933;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif; }
.amb-intro h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.75rem; text-align: center; }
.amb-intro p { margin: 0; }
body:has(#nc-root):not(:has([class*="StyledAuthenticationPage"])) .amb-intro { display: none; }
"""


# The date field's texts in editor.js (render/labels.py: admin_<key>).
_EDITOR_TEXTS = ("date_placeholder", "moment_placeholder", "date_error", "moment_error")


def page(site_name: str, favicon: str, labels: Labels,
         setup: dict[str, object]) -> bytes:
    """Static: the CMS reads config.yml and renders everything in the browser. No search
    engine should list it; MkDocs lists only pages, so it is in neither sitemap nor search.
    `setup` is read by editor.js (the preview's stylesheets, the collections)."""
    name = html.escape(site_name)
    data = json.dumps(setup, ensure_ascii=True).replace("<", "\\u003c")
    return f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<meta name="description" content="Het bewerkformulier van {name}: ambassadeurs, verhalen, agenda, nieuwsbrief en benoemingen.">
<title>{html.escape(labels("admin_title", site=site_name))}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<link rel="icon" href="{html.escape(favicon)}">
<style>{_STYLE}</style>
</head>
<body>
<header class="amb-intro">
<h1>{name}</h1>
<p>{html.escape(labels("admin_intro"))}</p>
</header>
<script type="application/json" id="amb-editor">{data}</script>
<script src="decap-cms.js"></script>
<script src="editor.js"></script>
</body>
</html>
""".encode()


def stylesheets(files: Files, config: MkDocsConfig) -> list[str]:
    """The site's own stylesheets, as its pages link them: the theme's (their names carry a
    hash), then extra_css (the network's colours, the site's, ours). Relative to /admin/."""
    theme = sorted(f.src_uri for f in files
                   if re.fullmatch(r"assets/stylesheets/(main|palette)\.[0-9a-f]+\.min\.css",
                                   f.src_uri))
    theme.sort(key=lambda uri: "palette" in uri)  # main first, as Material's base.html
    return ["../" + uri for uri in theme + [str(css) for css in config.extra_css]]


def add_admin(files: Files, config: MkDocsConfig, labels: Labels) -> None:
    if files.get_file_from_path(ADMIN_CONFIG) is None:
        mkdocs_files.drop_theme_folder(files, VENDORED)
        return
    favicon = "../" + (config.theme.get("favicon") or "assets/images/favicon.png")
    setup = {"stylesheets": stylesheets(files, config),
             "collections": [c.name for c in COLLECTIONS],
             **{key: labels(f"admin_{key}") for key in _EDITOR_TEXTS}}
    mkdocs_files.add_raw(files, config, {
        ADMIN_PAGE: page(config.site_name, favicon, labels, setup)})


def publish_config(files: Files, config: MkDocsConfig, settings: Settings) -> Report:
    """The editor's configuration decides where editors' sign-in goes (`base_url`), so
    the site publishes the one the schemas and mkdocs.yml make, never the committed
    file as it is: a stale or a tampered one is only an advisory (as in `check`), and a
    scheduled publication goes on with the right one."""
    report = Report()
    path = cms_config.target(settings)
    committed = files.get_file_from_path(ADMIN_CONFIG)
    if committed is None or not path.is_file():
        return report
    # mkdocs.yml's own addresses, as `check` and `cms-config --write` read them: under
    # `mkdocs serve` config.site_url is the local server's, which made every committed
    # file look stale.
    expected = cms_config.render(settings, *cms_config.site_urls(Path(config.config_file_path)))
    if path.read_text(encoding="utf-8", errors="replace") != expected:
        report.advisory(settings.layout.relative(path), None, None, cms_config.STALE)
    files.remove(committed)
    mkdocs_files.add_raw(files, config, {ADMIN_CONFIG: expected.encode()})
    return report
