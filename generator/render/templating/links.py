"""Where things are: the address of an ambassador, story, event, filter or section page,
relative to the site (for `| url`) or absolute (for feeds, calendars and structured data)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...domain.calendar import Happening
from ...domain.model import Ambassador, Appointment, NewsletterIssue, Story
from ..pages.listings import Facet
from ..routes import Routes
from ..pages.story_themes import StoryTheme

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
