"""The kinds of page the site makes, one small class each (like mkdocs-material's blog `Post`,
`View`, `Archive`): each knows its template, its Open Graph type, the feeds it
advertises, its social card and its description, so that no caller switches on a name.

Templates get the page as `spec`, with typed fields (`spec.ambassador`, `spec.stories`).
"""

from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from ...domain.calendar import Happening
from ...domain.model import Ambassador, Appointment, NewsletterIssue, Story
from ...domain.newsletter import IssueContents
from ...domain.text.paragraphs import first_paragraph
from ..images.cards import Card
from .descriptions import counted, listing
from ..search.pagefind import SearchEntry, facets_of

if TYPE_CHECKING:
    from ...domain.site import Site
    from .listings import Facet
    from ..templating.media import Image
    from .story_themes import StoryTheme



class _UrlOf(Protocol):
    def url_of(self, src: str) -> str | None: ...


class PageHelpers(Protocol):
    """What a page kind reads of the template helpers (helpers.Helpers has them all): the
    kinds are data below the helpers, so they name what they need instead of importing it."""

    site: Site
    site_name: str
    addresses: _UrlOf

    def t(self, key: str, /, **values: object) -> str: ...
    def date(self, value: dt.date | dt.datetime) -> str: ...
    def when(self, item: Happening) -> str: ...
    def title(self, item: Happening) -> str: ...
    def location(self, item: Happening) -> str | None: ...
    def summary(self, story: Story) -> str: ...
    def term_text(self, ambassador: Ambassador) -> str: ...
    def podium_summary(self, year: int) -> str: ...
    def photo(self, ambassador: Ambassador) -> tuple[Image, ...]: ...
    def cover(self, story: Story) -> tuple[Image, ...]: ...
    def webp(self, images: tuple[Image, ...]) -> tuple[Image, ...]: ...


# Feed ids (routes.SEGMENTS has their file names): what a page advertises in its head.
STORIES_FEED, NEWSLETTER_FEED, APPOINTMENTS_FEED = "stories", "newsletter", "appointments"
HOME_FEEDS = (STORIES_FEED, NEWSLETTER_FEED, APPOINTMENTS_FEED)


@dataclass(frozen=True, kw_only=True)
class PageSpec:
    """A page the site makes: its source path in the docs tree, title and Markdown body."""

    template: ClassVar[str]
    og_type: ClassVar[str] = "website"
    feeds: ClassVar[tuple[str, ...]] = ()
    search_kind: ClassVar[str] = "search_kind_page"   # label of its kind in search results
    search_listing: ClassVar[bool] = False  # a list of other pages: weighs little in search
    own_images_only: ClassVar[bool] = False   # images from another host are left out

    src: str
    title: str
    markdown: str = ""
    edit_path: str | None = None     # the contributor's source file, relative to the root
    authored: bool = False           # the body comes from a contributor: sanitise it

    def describe(self, h: PageHelpers) -> str:
        """What the page holds, for the description tags ('' says: use the site's)."""
        return ""

    def card(self, h: PageHelpers, dest: str) -> Card | None:
        """A social card of its own, or None for the site's."""
        return None

    def published(self) -> dt.datetime | None:
        """An article's publication moment, for `article:published_time`; None otherwise."""
        return None

    def search(self, h: PageHelpers) -> SearchEntry:
        """What the page tells the search index besides its text (render/search/pagefind.py)."""
        return SearchEntry(h.t(self.search_kind), listing=self.search_listing)


@dataclass(frozen=True, kw_only=True)
class ProfilePage(PageSpec):
    template = "amb/ambassador.html"
    og_type = "profile"
    search_kind = "search_kind_ambassador"
    ambassador: Ambassador
    stories: tuple[Story, ...]
    status: str

    def describe(self, h: PageHelpers) -> str:
        person = self.ambassador
        facts = ", ".join(filter(None, (person.role, person.organisation, person.region)))
        return " ".join(filter(None, (f"{facts}." if facts else "", f"{h.term_text(person)}.",
                                      first_paragraph(person.body))))

    def card(self, h: PageHelpers, dest: str) -> Card | None:
        person = self.ambassador
        return Card(dest, person.name, ", ".join(filter(None, (person.role,
                    person.organisation))), h.site_name, person.photo, portrait=True,
                    focus=person.photo_focus or (0.5, 0.5))

    def search(self, h: PageHelpers) -> SearchEntry:
        a = self.ambassador
        return SearchEntry(h.t(self.search_kind), thumbnail(h.photo(a), h, self.src),
                           facets_of(region=(a.region,), sector=(a.sector,), themes=a.themes),
                           name=a.name,
                           role=", ".join(filter(None, (a.role, a.organisation))) or None)


@dataclass(frozen=True, kw_only=True)
class StoryPage(PageSpec):
    template = "amb/story.html"
    og_type = "article"
    feeds = (STORIES_FEED,)
    search_kind = "search_kind_story"
    story: Story
    ambassadors: tuple[Ambassador, ...]

    def describe(self, h: PageHelpers) -> str:
        people = listing(h, (p.name for p in self.ambassadors))
        return h.summary(self.story) or h.t("desc_story", people=people, site=h.site_name,
                                            date=h.date(self.story.date))

    def published(self) -> dt.datetime | None:
        return self.story.date

    def card(self, h: PageHelpers, dest: str) -> Card | None:
        story = self.story
        people = ", ".join(p.name for p in self.ambassadors)
        return Card(dest, story.title, f"{h.date(story.date)} · {people}", h.site_name,
                    story.image)

    def search(self, h: PageHelpers) -> SearchEntry:
        """A story is found under its own themes and its ambassadors' regions and sectors."""
        people = self.ambassadors
        return SearchEntry(h.t(self.search_kind), thumbnail(h.cover(self.story), h, self.src),
                           facets_of(region=(a.region for a in people),
                                     sector=(a.sector for a in people),
                                     themes=self.story.themes))


@dataclass(frozen=True, kw_only=True)
class EventPage(PageSpec):
    template = "amb/event.html"
    og_type = "article"
    search_kind = "search_kind_agenda"
    item: Happening
    ambassadors: tuple[Ambassador, ...]

    def describe(self, h: PageHelpers) -> str:
        item = self.item
        assert item.event is not None
        head = " · ".join(filter(None, (h.when(item), h.location(item))))
        text = f"{head}. {first_paragraph(item.event.body)}".strip()
        return f"{h.t('cancelled')}: {text}" if item.cancelled else text


@dataclass(frozen=True, kw_only=True)
class DirectoryPage(PageSpec):
    template = "amb/ambassadors.html"
    search_kind = "search_kind_ambassador"
    search_listing = True
    ambassadors: tuple[Ambassador, ...]
    facets: dict[str, tuple[Facet, ...]]
    facet: Facet | None = None

    def describe(self, h: PageHelpers) -> str:
        n = len(self.ambassadors)
        if not n:
            return h.t("desc_ambassadors_none", site=h.site_name)
        return h.t("desc_ambassadors", count=counted(h, "active", n), site=h.site_name)


@dataclass(frozen=True, kw_only=True)
class FacetPage(DirectoryPage):
    """The directory filtered on one region, sector or theme."""

    facet: Facet

    def describe(self, h: PageHelpers) -> str:
        facet = self.facet
        return h.t(f"desc_facet_{facet.kind}",
                   count=counted(h, "active", len(facet.ambassadors)), site=h.site_name,
                   value=facet.value, names=listing(h, (a.name for a in facet.ambassadors)))


@dataclass(frozen=True, kw_only=True)
class AlumniPage(PageSpec):
    template = "amb/alumni.html"
    search_kind = "search_kind_ambassador"
    search_listing = True
    ambassadors: tuple[Ambassador, ...]

    def describe(self, h: PageHelpers) -> str:
        people = self.ambassadors
        if not people:
            return h.t("desc_alumni_none", site=h.site_name)
        honorary = sum(a.honorary for a in people)
        who = [counted(h, "alumni", len(people) - honorary) if len(people) > honorary else "",
               counted(h, "honorary", honorary) if honorary else ""]
        return h.t("desc_alumni", who=listing(h, filter(None, who)), site=h.site_name)


@dataclass(frozen=True, kw_only=True)
class StoriesPage(PageSpec):
    template = "amb/stories.html"
    feeds = (STORIES_FEED,)
    search_kind = "search_kind_story"
    search_listing = True
    stories: tuple[Story, ...]
    themes: tuple[StoryTheme, ...]
    theme: StoryTheme | None = None

    def describe(self, h: PageHelpers) -> str:
        if not self.stories:
            return h.t("desc_stories_none", site=h.site_name)
        return h.t("desc_stories", count=counted(h, "stories", len(self.stories)),
                   site=h.site_name, title=self.stories[0].title)


@dataclass(frozen=True, kw_only=True)
class StoryThemePage(StoriesPage):
    """The stories with one theme."""

    feeds = ()
    theme: StoryTheme

    def describe(self, h: PageHelpers) -> str:
        theme = self.theme
        return h.t("desc_story_theme", count=counted(h, "stories", len(theme.stories)),
                   value=theme.value, site=h.site_name,
                   titles="; ".join(s.title for s in theme.stories))


@dataclass(frozen=True, kw_only=True)
class AgendaPage(PageSpec):
    template = "amb/agenda.html"
    search_kind = "search_kind_agenda"
    search_listing = True

    def describe(self, h: PageHelpers) -> str:
        upcoming = h.site.upcoming
        if not upcoming:
            return h.t("desc_agenda_none" if h.site.past else "desc_agenda_empty",
                       site=h.site_name)
        events = sum(1 for item in upcoming if item.event)
        what = listing(h, filter(None, (
            counted(h, "events", events) if events else "",
            counted(h, "appearances", len(upcoming) - events) if len(upcoming) > events
            else "")))
        first = next((item for item in upcoming if not item.cancelled), upcoming[0])
        return h.t("desc_agenda", what=what, site=h.site_name, title=h.title(first),
                   date=h.date(first.starts_at.astimezone(h.site.clock.tz)))


@dataclass(frozen=True, kw_only=True)
class PodiumPage(PageSpec):
    """/podium/ shows the latest year like /podium/<year>/ does, but stands for all years."""

    template = "amb/podium.html"
    search_kind = "search_kind_podium"
    search_listing = True
    label: ClassVar[str] = "desc_podium"
    is_year: ClassVar[bool] = False   # the page of one year (its link is the current one)
    year: int

    def describe(self, h: PageHelpers) -> str:
        # The figures are the page's own summary, which says only what the site's
        # podium_public option lets the page say.
        return h.t(self.label, site=h.site_name, year=self.year,
                   first=min(h.site.podium_years), summary=h.podium_summary(self.year))


@dataclass(frozen=True, kw_only=True)
class PodiumYearPage(PodiumPage):
    label = "desc_podium_year"
    is_year = True


@dataclass(frozen=True, kw_only=True)
class NewslettersPage(PageSpec):
    template = "amb/newsletters.html"
    feeds = (NEWSLETTER_FEED,)
    search_kind = "search_kind_newsletter"
    search_listing = True
    issues: tuple[NewsletterIssue, ...]

    def describe(self, h: PageHelpers) -> str:
        if not self.issues:
            return h.t("desc_newsletters_none", site=h.site_name)
        latest = self.issues[0]
        return h.t("desc_newsletters", count=counted(h, "issues", len(self.issues)),
                   site=h.site_name, title=latest.title, date=h.date(latest.date))


@dataclass(frozen=True, kw_only=True)
class NewsletterPage(PageSpec):
    template = "amb/newsletter.html"
    og_type = "article"
    feeds = (NEWSLETTER_FEED,)
    search_kind = "search_kind_newsletter"
    search_listing = True
    own_images_only = True   # it goes out as an e-mail: no tracking pixels (spec v1.4)
    newsletter: IssueContents   # the issue and what happened in its period

    def describe(self, h: PageHelpers) -> str:
        issue = self.newsletter.issue
        return first_paragraph(issue.body) or h.t("desc_newsletter", site=h.site_name,
                                                  date=h.date(issue.date))


@dataclass(frozen=True, kw_only=True)
class AppointmentsPage(PageSpec):
    template = "amb/appointments.html"
    feeds = (APPOINTMENTS_FEED,)
    search_kind = "search_kind_appointment"
    search_listing = True
    appointments: tuple[Appointment, ...]

    def describe(self, h: PageHelpers) -> str:
        if not self.appointments:
            return h.t("desc_appointments_none", site=h.site_name)
        latest = self.appointments[0]
        return h.t("desc_appointments",
                   count=counted(h, "announcements", len(self.appointments)),
                   site=h.site_name, title=latest.title, date=h.date(latest.date))


@dataclass(frozen=True, kw_only=True)
class AppointmentPage(PageSpec):
    template = "amb/appointment.html"
    og_type = "article"
    feeds = (APPOINTMENTS_FEED,)
    search_kind = "search_kind_appointment"
    appointment: Appointment
    appointed: tuple[Ambassador, ...]
    farewell: tuple[Ambassador, ...]

    def describe(self, h: PageHelpers) -> str:
        appointment = self.appointment
        return first_paragraph(appointment.release) or h.t(
            "desc_appointment", site=h.site_name, date=h.date(appointment.date),
            names=listing(h, (a.name for a in self.appointed)))

    def card(self, h: PageHelpers, dest: str) -> Card | None:
        return Card(dest, self.appointment.title, h.date(self.appointment.date), h.site_name)

    def published(self) -> dt.datetime | None:
        return self.appointment.date


@dataclass(frozen=True, kw_only=True)
class PressPage(PageSpec):
    template = "amb/press.html"
    feeds = (APPOINTMENTS_FEED,)
    search_kind = "search_kind_press"
    search_listing = True
    appointments: tuple[Appointment, ...]

    def describe(self, h: PageHelpers) -> str:
        if not self.appointments:
            return h.t("desc_press_none", site=h.site_name)
        return h.t("desc_press", site=h.site_name,
                   count=counted(h, "announcements", len(self.appointments)))


@dataclass(frozen=True, kw_only=True)
class AccessibilityPage(PageSpec):
    template = "amb/accessibility.html"
    date: str           # the statement's date, in words
    contact: str

    def describe(self, h: PageHelpers) -> str:
        return h.t("desc_accessibility", site=h.site_name, date=self.date)


@dataclass(frozen=True, kw_only=True)
class SearchPage(PageSpec):
    """/zoeken/?q=...: results for the query in the address, worked out in the browser."""

    template = "amb/search.html"

    def describe(self, h: PageHelpers) -> str:
        return h.t("desc_search", site=h.site_name)

    def search(self, h: PageHelpers) -> SearchEntry:
        return SearchEntry(h.t(self.search_kind), indexed=False)


def thumbnail(images: tuple[Image, ...], h: PageHelpers, page: str) -> str | None:
    """The smallest WebP of a photo or cover, for a search result, relative to the page:
    Pagefind searches metadata too, and a site-relative path would add a folder word
    ('ambassadeurs') to every profile."""
    if not images:
        return None
    folder = h.addresses.url_of(page) or posixpath.dirname(page)
    return posixpath.relpath(h.webp(images)[0].url, folder or ".")


__all__ = ["AccessibilityPage", "AgendaPage", "AlumniPage", "AppointmentPage",
           "AppointmentsPage", "DirectoryPage", "EventPage", "FacetPage", "NewsletterPage",
           "NewslettersPage", "PageSpec", "PodiumPage", "PodiumYearPage", "PressPage",
           "ProfilePage", "SearchPage", "StoriesPage", "StoryPage", "StoryThemePage"]
