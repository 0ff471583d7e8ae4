"""The configuration of the browser editor (Decap CMS) at /admin/, generated from the schemas
the validator itself uses, like the JSON Schemas in commands/json_schema.py.

Every front-matter field becomes a form field with its Dutch label and hint
(`Field.label`, `Field.hint` in schemas.py), the same required-ness and, for slugs, addresses and file names, the
same pattern `check` applies; every folder comes from the site's settings. The committed
`<docs_dir>/admin/config.yml` is compared with this output by a test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from .addresses import ADMIN_CONFIG
from .messages import msg
from .site_loader import Settings
from .sources.focus import Focus
from .sources.front_matter import schemas
from .sources.front_matter.fields import (
    Bool,
    Choice,
    Date,
    FieldType,
    GithubUser,
    HttpsUrl,
    ImageFile,
    Moment,
    Slug,
    Text,
    Whole,
)
from .sources.front_matter.records import Field, ListOf, Schema

COMMAND = "python -m generator cms-config --write"
BRANCH = "main"
# Where `--write` puts it: MkDocs copies it to /admin/config.yml beside /admin/index.html.
RELATIVE_PATH = Path(ADMIN_CONFIG)
STALE = msg("cms.stale")  # the committed file is not what the command makes
# What one entry of a list of records is called in the form's "add" button.
_SINGULAR = {"podium entry": "optreden"}
# The widgets Decap CMS ships with; a test checks that the output uses no other.
WIDGETS = frozenset({"boolean", "code", "color", "datetime", "file", "hidden", "image", "list",
                     "map", "markdown", "number", "object", "relation", "select", "string",
                     "text"})
# Plain text longer than this gets a text area rather than a one-line input.
_ONE_LINE = 200
_DATE_FORMAT = "YYYY-MM-DD"
_MOMENT_FORMAT = "YYYY-MM-DDTHH:mm"
_SHOWN_DATE = "DD-MM-YYYY"

# Lists of slugs, and single slugs, offered as a choice from another collection:
# (schema title, field name) -> (collection, the field to search and show).
# The ambassadors of an announcement stay a typed list: they are usually still in the
# private folder, which the editor does not show.
_RELATIONS = {
    ("story", "ambassadors"): ("ambassadors", "name"),
    ("event", "ambassadors"): ("ambassadors", "name"),
    ("podium entry", "event"): ("events", "title"),
}
# Defaults the loader applies when a field is absent, where Decap would otherwise write
# the opposite (an untouched boolean saves as false).
_DEFAULTS = {("podium entry", "public"): True}
_ITEM_LABELS = {"themes": "Thema", "ambassadors": "Map van de ambassadeur"}
# The podium entries' one-line summaries, their dates as the date field shows them.
_SUMMARIES = {("ambassador", "podium"):
              "{{fields.date | date('DD-MM-YYYY')}} · {{fields.kind}} · {{fields.title}}"}


@dataclass(frozen=True)
class Collection:
    kind: str                 # the key in json_schema.KINDS
    name: str
    label: str
    label_singular: str
    folder: str               # the Settings.layout attribute
    schema: Schema
    slug: str
    identifier: str
    body_label: str
    body_hint: str
    path: str | None = None   # a folder per entry, with its images beside index.md


COLLECTIONS = (
    Collection("ambassador", "ambassadors", "Ambassadeurs", "Ambassadeur", "ambassadors_dir",
               schemas.AMBASSADOR, "{{name}}", "name", "Biografie",
               "Wie je bent, wat je organisatie doet en waarom je ambassadeur bent geworden. "
               "Schrijf in de derde persoon, in een paar korte alinea's.",
               path="{{slug}}/index"),
    Collection("story", "stories", "Verhalen", "Verhaal", "stories_dir", schemas.STORY,
               "{{title}}", "title", "Verhaal",
               "De eerste alinea is de samenvatting in overzichten en feeds, dus vertel daarin "
               "kort waar het over gaat. Gebruik tussenkoppen om een lang verhaal leesbaar te "
               "houden."),
    Collection("event", "events", "Agenda", "Bijeenkomst", "events_dir", schemas.EVENT,
               "{{title}}", "title", "Beschrijving",
               "Voor wie de bijeenkomst is, wat er gebeurt en wat deelnemers meenemen."),
    Collection("newsletter", "newsletter", "Nieuwsbrief", "Nummer van de nieuwsbrief",
               "newsletter_dir", schemas.NEWSLETTER, "{{title}}", "title", "Inleiding",
               "De inleiding van deze nieuwsbrief. De verhalen, de agenda, de optredens en de "
               "benoemingen van deze periode voegt de generator zelf toe."),
    Collection("appointment", "appointments", "Benoemingen", "Benoemingsbericht",
               "appointments_dir", schemas.APPOINTMENT, "{{year}}", "title", "Persbericht",
               "Het persbericht. Het bestand heet naar het jaar waarin je het maakt; de eerste "
               "alinea, met plaats en datum vooraan, is ook de samenvatting in de feed."),
)


def site_urls(config_file: Path) -> tuple[str | None, str | None]:
    """`site_url` and `repo_url` of mkdocs.yml, read as MkDocs reads it (!ENV included),
    without running the code a `!!python/...` tag names (mkdocs_yml.load_inert)."""
    import yaml

    from .mkdocs_yml import load_inert

    try:
        raw = load_inert(config_file)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None, None
    if not isinstance(raw, dict):
        return None, None
    if "INHERIT" in raw:  # only MkDocs' full loader merges the parent file
        from mkdocs.config import load_config

        config = load_config(str(config_file))
        return config.site_url, config.repo_url
    site_url, repo_url = raw.get("site_url"), raw.get("repo_url")
    return (site_url if isinstance(site_url, str) else None,
            repo_url if isinstance(repo_url, str) else None)


def github_repo(repo_url: str | None) -> str | None:
    """'owner/name' of a GitHub repository address, None for any other host."""
    if not repo_url:
        return None
    parts = urlsplit(repo_url.strip())
    found = re.fullmatch(r"/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\.git)?/?", parts.path)
    if parts.hostname not in ("github.com", "www.github.com") or not found:
        return None
    return f"{found[1]}/{found[2]}"


def config(settings: Settings, site_url: str | None, repo_url: str | None) -> dict[str, Any]:
    """The whole configuration, keys in the order they are written."""
    layout = settings.layout
    repo = github_repo(repo_url)
    backend: dict[str, Any] = ({"name": "github", "repo": repo} if repo
                               else {"name": "git-gateway"})
    backend["branch"] = BRANCH
    if repo:  # editors without write access work through a fork of their own
        backend["open_authoring"] = True
    if settings.cms_auth_url:  # the OAuth helper that signs editors in to GitHub
        backend["base_url"] = settings.cms_auth_url
    site_path = urlsplit(site_url or "/").path.rstrip("/") + "/"
    docs = layout.relative(layout.docs_dir)
    values = {"term_years": settings.term_years, "podium_minimum": settings.podium_minimum,
              "timezone": settings.timezone,
              "events_dir": layout.relative(layout.events_dir)}
    result: dict[str, Any] = {
        "backend": backend,
        "publish_mode": "editorial_workflow",
        "local_backend": True,
        "locale": "nl",
    }
    if site_url:
        result["site_url"] = site_url
        result["display_url"] = site_url
    if settings.logo:   # the network's logo on the editor's sign-in page (render/images/look.py)
        # Relative to /admin/ (Decap routes by the URL's #), so the editor asks only the
        # host that serves it: the site, a preview, or a coordinator's own computer.
        route = "logo_svg" if settings.logo.lower().endswith(".svg") else "logo_png"
        result["logo_url"] = "../" + settings.routes.path(route)
    result |= {
        # Uploads outside an entry; every collection keeps its images beside its files.
        "media_folder": f"{docs}/assets/media",
        "public_folder": f"{site_path}assets/media",
        # File names as slugify() makes them: ASCII, accents dropped.
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": [_collection(c, layout.relative(getattr(layout, c.folder)), values)
                        for c in COLLECTIONS],
    }
    return result


def _collection(spec: Collection, folder: str, values: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "name": spec.name, "label": spec.label, "label_singular": spec.label_singular,
        "folder": folder, "create": True, "format": "frontmatter", "extension": "md",
        "identifier_field": spec.identifier, "slug": spec.slug,
    }
    if spec.path:
        result["path"] = spec.path
    result |= {"media_folder": "", "public_folder": "",
               "fields": [_field(f, spec.schema, values) for f in spec.schema.fields]
               + [{"name": "body", "label": spec.body_label, "widget": "markdown",
                   "required": False, "hint": spec.body_hint, "sanitize_preview": True}]}
    return result


def _field(spec: Field, schema: Schema, values: dict[str, Any]) -> dict[str, Any]:
    key = (schema.title, spec.name)
    result = {"name": spec.name, "label": spec.label, **_widget(spec.type, key, values),
              "required": spec.required, "hint": spec.hint.format(**values)}
    if key in _DEFAULTS:
        result["default"] = _DEFAULTS[key]
    if key in _SUMMARIES:
        result["summary"] = _SUMMARIES[key]
    return result


def _widget(kind: FieldType, key: tuple[str, str], values: dict[str, Any]) -> dict[str, Any]:
    """The widget and its options for one field type."""
    if isinstance(kind, Schema):
        return {"widget": "object", "fields": [_field(f, kind, values) for f in kind.fields]}
    if key in _RELATIONS:
        collection, shown = _RELATIONS[key]
        many = isinstance(kind, ListOf)
        return {"widget": "relation", "collection": collection, "value_field": "{{slug}}",
                "search_fields": [shown], "display_fields": [shown],
                **({"multiple": True, "max": kind.max_items} if many else {})}
    if isinstance(kind, ListOf):
        if isinstance(kind.item, Schema):
            # "Voeg optreden toe", not "Voeg Podiumlogboek toe"
            singular = _SINGULAR.get(kind.item.title)
            return {"widget": "list", "max": kind.max_items,
                    **({"label_singular": singular} if singular else {}),
                    "fields": [_field(f, kind.item, values) for f in kind.item.fields]}
        label = _ITEM_LABELS.get(key[1], "Item")
        item = {"name": "item", "label": label, **_widget(kind.item, ("", ""), values)}
        return {"widget": "list", "max": kind.max_items, "field": item}
    if isinstance(kind, Focus):
        number = {"name": "percentage", "label": "Procent", "widget": "number",
                  "value_type": "float", "min": 0, "max": 100}
        return {"widget": "list", "min": 2, "max": 2, "field": number}
    if isinstance(kind, Choice):
        return {"widget": "select", "options": list(kind.values)}
    if isinstance(kind, Bool):
        return {"widget": "boolean"}
    if isinstance(kind, Whole):
        return {"widget": "number", "value_type": "int", "min": kind.least, "max": kind.most}
    if isinstance(kind, Date):
        # Shown as 20-05-2026 by theme/admin/editor.js; no picker_utc: Decap would print
        # "UTC" beside a calendar date, and the saved text is the same either way.
        return {"widget": "datetime", "format": _DATE_FORMAT, "date_format": _SHOWN_DATE,
                "time_format": False}
    if isinstance(kind, Moment):
        return {"widget": "datetime", "format": _MOMENT_FORMAT, "date_format": _SHOWN_DATE,
                "time_format": "HH:mm"}
    if isinstance(kind, ImageFile):
        return {"widget": "image", "choose_url": False, "pattern": _pattern(kind)}
    if isinstance(kind, Text):
        return {"widget": "string" if kind.max_length <= _ONE_LINE else "text",
                "pattern": _pattern(kind, "Schrijf gewone tekst, zonder HTML, hoogstens "
                                          f"{kind.max_length} tekens.")}
    if isinstance(kind, (Slug, HttpsUrl, GithubUser)):
        return {"widget": "string", "pattern": _pattern(kind)}
    raise TypeError(f"no CMS widget for {type(kind).__name__}: add one in cms_config.py")


def _pattern(kind: FieldType, message: str | None = None) -> list[str]:
    """The JSON Schema's pattern (the rule `check` applies), with a Dutch message."""
    return [kind.json_schema()["pattern"], message or f"Verwacht {kind.expected.nl}."]


def render(settings: Settings, site_url: str | None, repo_url: str | None) -> str:
    """Stable text: a header comment, then the keys in the order config() builds them."""
    data = config(settings, site_url, repo_url)
    header = ["# The browser editor (Decap CMS) at /admin/: its collections and form fields.",
              f"# Generated by `{COMMAND}` from the validator's schemas",
              "# (generator/sources/front_matter/schemas.py) and mkdocs.yml: do not edit by hand.",
              "# Saving opens a pull request (editorial_workflow); `npx decap-server` in the",
              "# site's folder lets the editor write straight to disk (local_backend)."]
    if data["backend"]["name"] != "github":
        header.append(f"# repo_url ({repo_url or 'not set'}) is not a GitHub repository: "
                      "git-gateway instead, which needs a gateway service (Netlify Identity).")
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=96,
                          default_flow_style=False)
    return "\n".join(header) + "\n" + body


def target(settings: Settings) -> Path:
    return settings.docs_dir / RELATIVE_PATH
