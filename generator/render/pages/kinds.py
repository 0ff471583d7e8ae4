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
from ..search.pagefind import SearchEntry, facets_of
from .descriptions import counted, listing

if TYPE_CHECKING:
    from ...domain.site import Site
    from ..templating.media import Image
    from .listings import Facet
    from .story_themes import StoryTheme



class _Network(Protocol):
    site_name: str


class _Links(Protocol):
    def url_of(self, src: str) -> str | None: ...


class _Media(Protocol):
    def photo(self, ambassador: Ambassador) -> tuple[Image, ...]: ...
    def cover(self, story: Story) -> tuple[Image, ...]: ...
    def webp(self, images: tuple[Image, ...]) -> tuple[Image, ...]: ...


class _Dates(Protocol):
    def date(self, value: dt.date | dt.datetime) -> str: ...
    def when(self, item: Happening) -> str: ...


class _People(Protocol):
    def term_text(self, ambassador: Ambassador) -> str: ...


class _Texts(Protocol):
    def summary(self, story: Story) -> str: ...


class _Calendar(Protocol):
    def title(self, item: Happening) -> str: ...
    def location(self, item: Happening) -> str | None: ...


class _Podium(Protocol):
    def summary(self, year: int) -> str: ...


class Amb(Protocol):
    """What a page kind reads of the templates' `amb` (templating/names.py has it all): the
    kinds are data below the templating parts, so they name what they need instead of
    importing it."""

    site: Site
    network: _Network
    links: _Links
    media: _Media
    dates: _Dates
    people: _People
    texts: _Texts
    calendar: _Calendar
    podium: _Podium

    def t(self, key: str, /, **values: object) -> str: ...


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

    def describe(self, amb: Amb) -> str:
        """What the page holds, for the description tags ('' says: use the site's)."""
        return ""

    def card(self, amb: Amb, dest: str) -> Card | None:
        """A social card of its own, or None for the site's."""
        return None

    def published(self) -> dt.datetime | None:
        """An article's publication moment, for `article:published_time`; None otherwise."""
        return None

    def search(self, amb: Amb) -> SearchEntry:
        """What the page tells the search index besides its text (render/search/pagefind.py)."""
        return SearchEntry(amb.t(self.search_kind), listing=self.search_listing)


@dataclass(frozen=True, kw_only=True)
class ProfilePage(PageSpec):
    template = "amb/ambassador.html"
    og_type = "profile"
    search_kind = "search_kind_ambassador"
    ambassador: Ambassador
    stories: tuple[Story, ...]
    status: str

    def describe(self, amb: Amb) -> str:
        person = self.ambassador
        facts = ", ".join(filter(None, (person.role, person.organisation, person.region)))
        return " ".join(filter(None, (f"{facts}." if facts else "", f"{amb.people.term_text(person)}.",
                                      first_paragraph(person.body))))

    def card(self, amb: Amb, dest: str) -> Card | None:
        person = self.ambassador
        return Card(dest, person.name, ", ".join(filter(None, (person.role,
                    person.organisation))), amb.network.site_name, person.photo, portrait=True,
                    focus=person.photo_focus or (0.5, 0.5))

    def search(self, amb: Amb) -> SearchEntry:
        a = self.ambassador
        return SearchEntry(amb.t(self.search_kind), thumbnail(amb.media.photo(a), amb, self.src),
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

    def describe(self, amb: Amb) -> str:
        people = listing(amb, (p.name for p in self.ambassadors))
        return amb.texts.summary(self.story) or amb.t("desc_story", people=people, site=amb.network.site_name,
                                            date=amb.dates.date(self.story.date))

    def published(self) -> dt.datetime | None:
        return self.story.date

    def card(self, amb: Amb, dest: str) -> Card | None:
        story = self.story
        people = ", ".join(p.name for p in self.ambassadors)
        return Card(dest, story.title, f"{amb.dates.date(story.date)} · {people}", amb.network.site_name,
                    story.image)

    def search(self, amb: Amb) -> SearchEntry:
        """A story is found under its own themes and its ambassadors' regions and sectors."""
        people = self.ambassadors
        return SearchEntry(amb.t(self.search_kind), thumbnail(amb.media.cover(self.story), amb, self.src),
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

    def describe(self, amb: Amb) -> str:
        item = self.item
        assert item.event is not None
        head = " · ".join(filter(None, (amb.dates.when(item), amb.calendar.location(item))))
        text = f"{head}. {first_paragraph(item.event.body)}".strip()
        return f"{amb.t('cancelled')}: {text}" if item.cancelled else text


@dataclass(frozen=True, kw_only=True)
class DirectoryPage(PageSpec):
    template = "amb/ambassadors.html"
    search_kind = "search_kind_ambassador"
    search_listing = True
    ambassadors: tuple[Ambassador, ...]
    facets: dict[str, tuple[Facet, ...]]
    facet: Facet | None = None

    def describe(self, amb: Amb) -> str:
        n = len(self.ambassadors)
        if not n:
            return amb.t("desc_ambassadors_none", site=amb.network.site_name)
        return amb.t("desc_ambassadors", count=counted(amb, "active", n), site=amb.network.site_name)


@dataclass(frozen=True, kw_only=True)
class FacetPage(DirectoryPage):
    """The directory filtered on one region, sector or theme."""

    facet: Facet

    def describe(self, amb: Amb) -> str:
        facet = self.facet
        return amb.t(f"desc_facet_{facet.kind}",
                   count=counted(amb, "active", len(facet.ambassadors)), site=amb.network.site_name,
                   value=facet.value, names=listing(amb, (a.name for a in facet.ambassadors)))


@dataclass(frozen=True, kw_only=True)
class AlumniPage(PageSpec):
    template = "amb/alumni.html"
    search_kind = "search_kind_ambassador"
    search_listing = True
    ambassadors: tuple[Ambassador, ...]

    def describe(self, amb: Amb) -> str:
        people = self.ambassadors
        if not people:
            return amb.t("desc_alumni_none", site=amb.network.site_name)
        honorary = sum(a.honorary for a in people)
        who = [counted(amb, "alumni", len(people) - honorary) if len(people) > honorary else "",
               counted(amb, "honorary", honorary) if honorary else ""]
        return amb.t("desc_alumni", who=listing(amb, filter(None, who)), site=amb.network.site_name)


@dataclass(frozen=True, kw_only=True)
class StoriesPage(PageSpec):
    template = "amb/stories.html"
    feeds = (STORIES_FEED,)
    search_kind = "search_kind_story"
    search_listing = True
    stories: tuple[Story, ...]
    themes: tuple[StoryTheme, ...]
    theme: StoryTheme | None = None

    def describe(self, amb: Amb) -> str:
        if not self.stories:
            return amb.t("desc_stories_none", site=amb.network.site_name)
        return amb.t("desc_stories", count=counted(amb, "stories", len(self.stories)),
                   site=amb.network.site_name, title=self.stories[0].title)


@dataclass(frozen=True, kw_only=True)
class StoryThemePage(StoriesPage):
    """The stories with one theme."""

    feeds = ()
    theme: StoryTheme

    def describe(self, amb: Amb) -> str:
        theme = self.theme
        return amb.t("desc_story_theme", count=counted(amb, "stories", len(theme.stories)),
                   value=theme.value, site=amb.network.site_name,
                   titles="; ".join(s.title for s in theme.stories))


@dataclass(frozen=True, kw_only=True)
class AgendaPage(PageSpec):
    template = "amb/agenda.html"
    search_kind = "search_kind_agenda"
    search_listing = True

    def describe(self, amb: Amb) -> str:
        upcoming = amb.site.upcoming
        if not upcoming:
            return amb.t("desc_agenda_none" if amb.site.past else "desc_agenda_empty",
                       site=amb.network.site_name)
        events = sum(1 for item in upcoming if item.event)
        what = listing(amb, filter(None, (
            counted(amb, "events", events) if events else "",
            counted(amb, "appearances", len(upcoming) - events) if len(upcoming) > events
            else "")))
        first = next((item for item in upcoming if not item.cancelled), upcoming[0])
        return amb.t("desc_agenda", what=what, site=amb.network.site_name, title=amb.calendar.title(first),
                   date=amb.dates.date(first.starts_at.astimezone(amb.site.clock.tz)))


@dataclass(frozen=True, kw_only=True)
class PodiumPage(PageSpec):
    """/podium/ shows the latest year like /podium/<year>/ does, but stands for all years."""

    template = "amb/podium.html"
    search_kind = "search_kind_podium"
    search_listing = True
    label: ClassVar[str] = "desc_podium"
    is_year: ClassVar[bool] = False   # the page of one year (its link is the current one)
    year: int

    def describe(self, amb: Amb) -> str:
        # The figures are the page's own summary, which says only what the site's
        # podium_public option lets the page say.
        return amb.t(self.label, site=amb.network.site_name, year=self.year,
                   first=min(amb.site.podium_years), summary=amb.podium.summary(self.year))


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

    def describe(self, amb: Amb) -> str:
        if not self.issues:
            return amb.t("desc_newsletters_none", site=amb.network.site_name)
        latest = self.issues[0]
        return amb.t("desc_newsletters", count=counted(amb, "issues", len(self.issues)),
                   site=amb.network.site_name, title=latest.title, date=amb.dates.date(latest.date))


@dataclass(frozen=True, kw_only=True)
class NewsletterPage(PageSpec):
    template = "amb/newsletter.html"
    og_type = "article"
    feeds = (NEWSLETTER_FEED,)
    search_kind = "search_kind_newsletter"
    search_listing = True
    own_images_only = True   # it goes out as an e-mail: no tracking pixels (spec v1.4)
    newsletter: IssueContents   # the issue and what happened in its period

    def describe(self, amb: Amb) -> str:
        issue = self.newsletter.issue
        return first_paragraph(issue.body) or amb.t("desc_newsletter", site=amb.network.site_name,
                                                  date=amb.dates.date(issue.date))


@dataclass(frozen=True, kw_only=True)
class AppointmentsPage(PageSpec):
    template = "amb/appointments.html"
    feeds = (APPOINTMENTS_FEED,)
    search_kind = "search_kind_appointment"
    search_listing = True
    appointments: tuple[Appointment, ...]

    def describe(self, amb: Amb) -> str:
        if not self.appointments:
            return amb.t("desc_appointments_none", site=amb.network.site_name)
        latest = self.appointments[0]
        return amb.t("desc_appointments",
                   count=counted(amb, "announcements", len(self.appointments)),
                   site=amb.network.site_name, title=latest.title, date=amb.dates.date(latest.date))


@dataclass(frozen=True, kw_only=True)
class AppointmentPage(PageSpec):
    template = "amb/appointment.html"
    og_type = "article"
    feeds = (APPOINTMENTS_FEED,)
    search_kind = "search_kind_appointment"
    appointment: Appointment
    appointed: tuple[Ambassador, ...]
    farewell: tuple[Ambassador, ...]

    def describe(self, amb: Amb) -> str:
        appointment = self.appointment
        return first_paragraph(appointment.release) or amb.t(
            "desc_appointment", site=amb.network.site_name, date=amb.dates.date(appointment.date),
            names=listing(amb, (a.name for a in self.appointed)))

    def card(self, amb: Amb, dest: str) -> Card | None:
        return Card(dest, self.appointment.title, amb.dates.date(self.appointment.date), amb.network.site_name)

    def published(self) -> dt.datetime | None:
        return self.appointment.date


@dataclass(frozen=True, kw_only=True)
class PressPage(PageSpec):
    template = "amb/press.html"
    feeds = (APPOINTMENTS_FEED,)
    search_kind = "search_kind_press"
    search_listing = True
    appointments: tuple[Appointment, ...]

    def describe(self, amb: Amb) -> str:
        if not self.appointments:
            return amb.t("desc_press_none", site=amb.network.site_name)
        return amb.t("desc_press", site=amb.network.site_name,
                   count=counted(amb, "announcements", len(self.appointments)))


@dataclass(frozen=True, kw_only=True)
class AccessibilityPage(PageSpec):
    template = "amb/accessibility.html"
    date: str           # the statement's date, in words
    contact: str

    def describe(self, amb: Amb) -> str:
        return amb.t("desc_accessibility", site=amb.network.site_name, date=self.date)


@dataclass(frozen=True, kw_only=True)
class SearchPage(PageSpec):
    """/zoeken/?q=...: results for the query in the address, worked out in the browser."""

    template = "amb/search.html"

    def describe(self, amb: Amb) -> str:
        return amb.t("desc_search", site=amb.network.site_name)

    def search(self, amb: Amb) -> SearchEntry:
        return SearchEntry(amb.t(self.search_kind), indexed=False)


def thumbnail(images: tuple[Image, ...], amb: Amb, page: str) -> str | None:
    """The smallest WebP of a photo or cover, for a search result, relative to the page:
    Pagefind searches metadata too, and a site-relative path would add a folder word
    ('ambassadeurs') to every profile."""
    if not images:
        return None
    folder = amb.links.url_of(page) or posixpath.dirname(page)
    return posixpath.relpath(amb.media.webp(images)[0].url, folder or ".")


__all__ = ["AccessibilityPage", "AgendaPage", "AlumniPage", "AppointmentPage",
           "AppointmentsPage", "DirectoryPage", "EventPage", "FacetPage", "NewsletterPage",
           "NewslettersPage", "PageSpec", "PodiumPage", "PodiumYearPage", "PressPage",
           "ProfilePage", "SearchPage", "StoriesPage", "StoryPage", "StoryThemePage"]
