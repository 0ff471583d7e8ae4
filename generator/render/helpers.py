"""What templates may ask about the site: links, images, status and texts, as plain values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from ..domain.model import Ambassador, Story
from ..domain.people import slugify
from ..domain.site import Site
from ..domain.terms import Status
from .dates import long_date
from .images import Derived
from .labels import LINK_ORDER, Labels
from .pages import (ALUMNI, AMBASSADORS, STORIES, Facet, ambassador_src, facets, story_src,
                    summary)

_INDEXES = {"ambassadors": f"{AMBASSADORS}/index.md",
            "alumni": f"{AMBASSADORS}/{ALUMNI}/index.md",
            "stories": f"{STORIES}/index.md"}


@dataclass(frozen=True)
class Image:
    url: str
    width: int
    height: int


class Helpers:
    """Exposed to templates as `amb`; every URL it returns is site-relative (use `| url`)."""

    def __init__(self, site: Site, t: Labels, url_of: Callable[[str], str | None],
                 images: dict[str, tuple[Derived, ...]]) -> None:
        self.site = site
        self.t = t
        self._url_of = url_of
        self._images = images
        self._facets = {(f.kind, f.slug): f for group in facets(site).values() for f in group}

    def href(self, target: object) -> str:
        if isinstance(target, Ambassador):
            src = ambassador_src(target.slug)
        elif isinstance(target, Story):
            src = story_src(target.slug)
        elif isinstance(target, Facet):
            src = target.src
        else:
            src = _INDEXES[str(target)]
        return self._url_of(src) or ""

    def photo(self, ambassador: Ambassador) -> tuple[Image, ...]:
        return self._sized(f"ambassador:{ambassador.slug}")

    def cover(self, story: Story) -> tuple[Image, ...]:
        return self._sized(f"story:{story.slug}")

    def _sized(self, key: str) -> tuple[Image, ...]:
        return tuple(Image(self._url_of(d.dest) or d.dest, d.width, d.height)
                     for d in self._images.get(key, ()))

    def status(self, ambassador: Ambassador) -> str:
        status = self.site.status(ambassador)
        if status is Status.ALUMNUS:
            return "honorary" if ambassador.honorary else "alumnus"
        return status.value

    def status_label(self, ambassador: Ambassador) -> str:
        status = self.status(ambassador)
        if status == "upcoming":
            return self.t("upcoming", date=long_date(ambassador.term.start))
        return self.t(status)

    def term_text(self, ambassador: Ambassador) -> str:
        key = {"active": "term_since", "upcoming": "term_from"}.get(
            self.site.status(ambassador).value, "term_was")
        return self.t(key, start=long_date(ambassador.term.start),
                      end=long_date(ambassador.term.end))

    def links(self, ambassador: Ambassador) -> list[tuple[str, str, str]]:
        """(kind, label, url) in a fixed order."""
        given = dict(ambassador.links)
        return [(kind, self.t(f"link_{kind}"), given[kind]) for kind in LINK_ORDER
                if kind in given]

    def summary(self, story: Story) -> str:
        return summary(story)

    def date(self, value: dt.date | dt.datetime) -> str:
        return long_date(value)

    def stories_of(self, ambassador: Ambassador) -> tuple[Story, ...]:
        return self.site.stories_of(ambassador.slug)

    def ambassadors_of(self, story: Story) -> tuple[Ambassador, ...]:
        return self.site.ambassadors_of(story.ambassadors)

    def facet_values(self, ambassador: Ambassador, kind: str) -> str:
        value = getattr(ambassador, kind)
        values = value if isinstance(value, tuple) else (value,) if value else ()
        return " ".join(slugify(v) for v in values)

    def facet_href(self, kind: str, value: str) -> str:
        """The filter page for a value, or '' when no active ambassador has it."""
        facet = self._facets.get((kind, slugify(value)))
        return self.href(facet) if facet else ""

    def newest_ambassadors(self, count: int) -> tuple[Ambassador, ...]:
        """The most recently appointed active ambassadors, for the home page."""
        newest = sorted(self.site.active, key=lambda a: a.term.start, reverse=True)
        return tuple(newest[:count])
