"""The directory's filter values (region, sector, theme) and the stories' themes, worked out
once from the site: the pages are made from them (pages.py) and the templates link to them
(links.py)."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.model import Ambassador
from ...domain.people import fold, slugify
from ...domain.site import Site
from ..routes import DEFAULT, FACETS, Routes
from .story_themes import StoryTheme, story_themes


@dataclass(frozen=True)
class Facet:
    """One filter value, e.g. region 'Noord-Brabant', and the active ambassadors with it."""

    kind: str
    value: str
    slug: str
    src: str
    ambassadors: tuple[Ambassador, ...]


def facets(site: Site, routes: Routes = DEFAULT) -> dict[str, tuple[Facet, ...]]:
    """Filter values per kind, in Dutch alphabetical order; spellings that give the same
    slug are one value."""
    result = {}
    for kind in FACETS:
        groups: dict[str, tuple[str, list[Ambassador]]] = {}
        for ambassador in site.active:
            values = getattr(ambassador, kind)
            for value in (values if isinstance(values, tuple) else (values,)):
                if value and slugify(value):
                    groups.setdefault(slugify(value), (value, []))[1].append(ambassador)
        result[kind] = tuple(
            Facet(kind, value, slug, routes.path("facet", facet=routes.segments[kind],
                                                 slug=slug), tuple(members))
            for slug, (value, members) in
            sorted(groups.items(), key=lambda g: (fold(g[1][0]), g[0])))
    return result


@dataclass(frozen=True)
class Listings:
    """The directory's filter values and the stories' themes: worked out once, for the
    pages and for the templates' links to them."""

    facets: dict[str, tuple[Facet, ...]]
    themes: tuple[StoryTheme, ...]


def listings(site: Site, routes: Routes = DEFAULT) -> Listings:
    return Listings(facets(site, routes), story_themes(site.stories, routes))
