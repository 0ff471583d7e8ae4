"""`amb.search`: what the search page and the pages' index marks need of Pagefind
(render/search/pagefind.py): its filters, weights, ranking and script."""

from __future__ import annotations

from dataclasses import dataclass

from ..labels import Labels
from ..search.pagefind import FACET_FILTERS, KIND_FILTER, RANKING, WEIGHTS
from .links import Links


@dataclass(frozen=True)
class Search:
    t: Labels
    links: Links

    def filters(self) -> list[tuple[str, str]]:
        """The search page's filters in order: (URL parameter, label)."""
        return [(KIND_FILTER, self.t("search_filter_kind")),
                *((name, self.t(facet)) for facet, name in FACET_FILTERS.items())]

    @staticmethod
    def weight(where: str) -> float:
        """Pagefind's weight for a name on its own page ('own') or in a list ('listed')."""
        return WEIGHTS[where]

    @staticmethod
    def ranking() -> dict:
        """Pagefind's ranking options for the search page."""
        return RANKING

    def script(self) -> str:
        """Pagefind's script, site-relative: written after the build, so the engine does
        not know it as a file."""
        return self.links.routes.path("search_bundle")
