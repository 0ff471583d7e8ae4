"""`amb.links`: where things are. The address of an ambassador, story, event, filter or
section page, relative to the site (for `| url`) or absolute (for feeds, calendars and
structured data); feeds, filter pages, social cards and the editing guide."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ...domain.calendar import Happening
from ...domain.model import Ambassador, Appointment, NewsletterIssue, Story
from ...domain.people import slugify
from ..images.cards import HOME_CARD, card_dest
from ..pages.kinds import HOME_FEEDS
from ..pages.listings import Facet, Listings
from ..pages.story_themes import StoryTheme
from ..routes import Routes

# The source path of each kind of thing a template links to (a str names a section page or
# the calendar: one of routes.PATTERNS without placeholders).
_SOURCES: dict[type, Callable[[Routes, object], str]] = {
    Ambassador: lambda r, a: r.path("ambassador", slug=a.slug),  # type: ignore[attr-defined]
    Story: lambda r, s: r.path("story", slug=s.slug),  # type: ignore[attr-defined]
    Facet: lambda r, f: f.src,  # type: ignore[attr-defined]
    StoryTheme: lambda r, th: th.src,  # type: ignore[attr-defined]
    NewsletterIssue: lambda r, n: r.path("newsletter", slug=n.slug),  # type: ignore[attr-defined]
    Appointment: lambda r, a: r.path("appointment", year=a.year),  # type: ignore[attr-defined]
    Happening: lambda r, h: _happening(r, h),  # type: ignore[arg-type]
    str: lambda r, name: r.path(name),  # type: ignore[arg-type]
}


def _happening(routes: Routes, item: Happening) -> str:
    """An event's own page; an appearance is shown on its ambassador's profile."""
    if item.event:
        return routes.path("event", slug=item.event.slug)
    assert item.appearance is not None
    return routes.path("ambassador", slug=item.appearance.ambassador.slug)


@dataclass(frozen=True)
class Links:
    routes: Routes
    url_of: Callable[[str], str | None]   # the engine's URL of a source path, if it has one
    site_url: str = ""
    edit_guide: str = ""   # docs path of the editing guide, when the site has one
    facets: Mapping[tuple[str, str], Facet] = field(default_factory=dict)  # (kind, slug)
    themes: Mapping[str, StoryTheme] = field(default_factory=dict)   # by slug

    home_feeds = HOME_FEEDS   # what a page we do not make (the home page) advertises

    @classmethod
    def of(cls, routes: Routes, url_of: Callable[[str], str | None], site_url: str,
           listed: Listings, edit_guide: str = "") -> Links:
        return cls(routes, url_of, site_url, edit_guide,
                   {(f.kind, f.slug): f for group in listed.facets.values() for f in group},
                   {theme.slug: theme for theme in listed.themes})

    def src(self, target: object) -> str:
        return _SOURCES[type(target)](self.routes, target)

    def href(self, target: object) -> str:
        """Site-relative (use `| url` in templates); '' for a page the site does not have."""
        return self.url_of(self.src(target)) or ""

    def absolute(self, target: object) -> str | None:
        """The public address, for feeds, calendars and structured data."""
        href = self.href(target)
        return self.site_url.rstrip("/") + "/" + href if self.site_url else None

    def file(self, route: str, **values: object) -> str:
        """The URL of a generated file (a press kit, an event's .ics)."""
        return self.url_of(self.routes.path(route, **values)) or ""

    def feed_href(self, feed: str, extension: str) -> str:
        return self.routes.feed(feed, extension)

    def facet_href(self, kind: str, value: str) -> str:
        """The filter page for a value, or '' when no active ambassador has it."""
        facet = self.facets.get((kind, slugify(value)))
        return self.href(facet) if facet else ""

    def story_theme_href(self, value: str) -> str:
        """The page of a story theme ('' when no published story has it): any spelling
        with the same slug leads to the same page."""
        theme = self.themes.get(slugify(value))
        return self.href(theme) if theme else ""

    def edit_guide_href(self) -> str:
        return (self.url_of(self.edit_guide) or "") if self.edit_guide else ""

    def card_url(self, target: object) -> str | None:
        """The absolute address of a page's social card (render/images/social.py): its own
        beside it when it has one (a story), else the site's."""
        if not self.site_url:
            return None
        own = card_dest(self.src(target)) if isinstance(target, Story) else HOME_CARD
        return f"{self.site_url.rstrip('/')}/{own}"
