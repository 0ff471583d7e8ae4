"""Open Graph and Twitter meta tags for every page, pointing at its social card. The
description they carry comes from descriptions.py, like `<meta name="description">`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from ...domain.site import Site
from ..dates import stated
from ..pages.kinds import PageSpec
from ..templating.names import TemplateNames
from .cards import HOME_CARD, Card, card_dest


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    url: str
    image: str
    kind: str
    published: dt.datetime | None = None   # an article's: article:published_time


def plan_cards(site: Site, specs: list[PageSpec], amb: TemplateNames,
               site_description: str) -> dict[str, Card]:
    """Cards by page source path; pages without their own use the home card ('')."""
    name = amb.network.site_name
    cards = {"": Card(HOME_CARD, name, site_description, name)}
    for spec in specs:
        card = spec.card(amb, card_dest(spec.src))
        if card:
            cards[spec.src] = card
    return cards


def meta_tags(meta: PageMeta, site_name: str, locale: str = "nl_NL") -> str:
    pairs = [("property", "og:type", meta.kind), ("property", "og:site_name", site_name),
             ("property", "og:locale", locale), ("property", "og:title", meta.title),
             ("property", "og:description", meta.description),
             ("property", "og:url", meta.url), ("property", "og:image", meta.image),
             ("property", "og:image:type", "image/jpeg"),
             ("property", "og:image:width", "1200"), ("property", "og:image:height", "630"),
             ("property", "og:image:alt", meta.title),
             ("property", "article:published_time",
              stated(meta.published).isoformat(timespec="minutes") if meta.published else ""),
             ("name", "twitter:card", "summary_large_image"),
             ("name", "twitter:title", meta.title),
             ("name", "twitter:description", meta.description),
             ("name", "twitter:image", meta.image), ("name", "twitter:image:alt", meta.title)]
    return "".join(f'<meta {attr}="{key}" content="{escape(value, quote=True)}">'
                   for attr, key, value in pairs if value)

