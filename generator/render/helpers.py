"""What templates may ask about the site: links, images, status and texts, as plain values."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from ..domain.calendar import Happening
from ..domain.model import Ambassador, Appointment, NewsletterIssue, PressContact, Story
from ..domain.people import slugify
from ..domain.text import NOTE_HEADING, first_paragraph
from ..domain.site import Site
from ..domain.terms import Status
from . import structured
from .calendar_helpers import CalendarHelpers
from .podium_helpers import PodiumHelpers
from .dates import long_date, weekday_date
from .images import Derived
from .labels import LINK_ORDER, Labels
from .press_release import to_html
from .pages import (ACCESSIBILITY, AGENDA, ALUMNI, AMBASSADORS, APPOINTMENTS, CALENDAR_FILE,
                    FEEDS, NEWSLETTER, PODIUM, PRESS, STORIES, Facet, ambassador_src,
                    appointment_src, event_src, facets, newsletter_src, press_kit, story_src,
                    summary)
from .story_themes import StoryTheme, story_themes

_FIRST_H1 = re.compile(r"<h1\b[^>]*>.*?</h1>", re.DOTALL)
_INDEXES = {"ambassadors": f"{AMBASSADORS}/index.md",
            "agenda": f"{AGENDA}/index.md",
            "calendar": CALENDAR_FILE,
            "podium": f"{PODIUM}/index.md",
            "newsletters": f"{NEWSLETTER}/index.md",
            "appointments": f"{APPOINTMENTS}/index.md",
            "press": f"{PRESS}/index.md",
            "accessibility": f"{ACCESSIBILITY}/index.md",
            "alumni": f"{AMBASSADORS}/{ALUMNI}/index.md",
            "stories": f"{STORIES}/index.md"}


@dataclass(frozen=True)
class Image:
    url: str
    width: int
    height: int
    format: str = "JPEG"


class Helpers(CalendarHelpers, PodiumHelpers):
    """Exposed to templates as `amb`; every URL it returns is site-relative (use `| url`)."""

    def __init__(self, site: Site, t: Labels, url_of: Callable[[str], str | None],
                 images: dict[str, tuple[Derived, ...]], site_url: str = "",
                 site_name: str = "") -> None:
        self.site = site
        self.site_url = site_url
        self.site_name = site_name
        self.file_sizes: dict[str, int] = {}  # generated downloads, by site path
        self.logo_url: str | None = None
        self.edit_guide = ""   # docs path of the editing guide, when the site has one
        self.press_contact: PressContact | None = None
        self.invite_contact: str | None = None   # e-mail address or https page
        self.show_repository = False
        self.generator_credit = False
        self.t = t
        self._url_of = url_of
        self._entry_texts = {}
        self._images = images
        self._facets = {(f.kind, f.slug): f for group in facets(site).values() for f in group}
        self._story_themes = {th.slug: th for th in story_themes(site.stories, STORIES)}

    def href(self, target: object) -> str:
        if isinstance(target, Ambassador):
            src = ambassador_src(target.slug)
        elif isinstance(target, Story):
            src = story_src(target.slug)
        elif isinstance(target, (Facet, StoryTheme)):
            src = target.src
        elif isinstance(target, NewsletterIssue):
            src = newsletter_src(target)
        elif isinstance(target, Appointment):
            src = appointment_src(target)
        elif isinstance(target, Happening):
            src = event_src(target.event) if target.event else \
                ambassador_src(target.appearance.ambassador.slug)  # type: ignore[union-attr]
        else:
            src = _INDEXES[str(target)]
        return self._url_of(src) or ""

    def photo(self, ambassador: Ambassador) -> tuple[Image, ...]:
        return self.sized(f"ambassador:{ambassador.slug}")

    def cover(self, story: Story) -> tuple[Image, ...]:
        return self.sized(f"story:{story.slug}")

    def sized(self, key: str, format: str = "JPEG") -> tuple[Image, ...]:  # noqa: A002
        """The derived images of one owner in one format, smallest first."""
        by_width = {d.width: d for d in self._images.get(key, ()) if d.recipe.format == format}
        return tuple(Image(self._url_of(d.dest) or d.dest, d.width, d.height, format)
                     for _, d in sorted(by_width.items()))

    def webp(self, images: tuple[Image, ...]) -> tuple[Image, ...]:
        """The WebP twins of JPEG images (same sizes), for <picture> sources."""
        return tuple(Image(i.url.rsplit(".", 1)[0] + ".webp", i.width, i.height, "WEBP")
                     for i in images)

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

    def moment(self, value: dt.datetime) -> str:
        """'dinsdag 20 januari 2027 om 10:00 uur', in the site's timezone."""
        local = value.astimezone(self.site.clock.tz)
        return self.t("moment", date=weekday_date(local.date()), time=f"{local:%H:%M}")

    def stories_of(self, ambassador: Ambassador) -> tuple[Story, ...]:
        return self.site.stories_of(ambassador.slug)

    def ambassadors_of(self, item: Story | Appointment) -> tuple[Ambassador, ...]:
        return self.site.ambassadors_of(item.ambassadors)

    def intro(self, issue: NewsletterIssue) -> str:
        return first_paragraph(issue.body)

    # -- feeds ---------------------------------------------------------------------------

    FEEDS_BY_KIND = {"stories": ("verhalen",), "story": ("verhalen",),
                     "newsletters": ("nieuwsbrief",), "newsletter": ("nieuwsbrief",),
                     "appointments": ("benoemingen",), "appointment": ("benoemingen",),
                     "press": ("benoemingen",), "home": ("verhalen", "nieuwsbrief", "benoemingen")}
    FEED_LABELS = {"verhalen": "feed_stories", "nieuwsbrief": "feed_newsletter",
                   "benoemingen": "feed_appointments"}

    def feeds_for(self, kind: str) -> tuple[str, ...]:
        """The feeds a page of this kind advertises in its head."""
        return self.FEEDS_BY_KIND.get(kind, ())

    def feed_title(self, name: str) -> str:
        return self.t(self.FEED_LABELS[name], site=self.site_name)

    def feed_href(self, name: str, extension: str) -> str:
        return f"{FEEDS}/{name}.{extension}"

    def facet_values(self, ambassador: Ambassador, kind: str) -> str:
        value = getattr(ambassador, kind)
        values = value if isinstance(value, tuple) else (value,) if value else ()
        return " ".join(slugify(v) for v in values)

    def facet_href(self, kind: str, value: str) -> str:
        """The filter page for a value, or '' when no active ambassador has it."""
        facet = self._facets.get((kind, slugify(value)))
        return self.href(facet) if facet else ""

    def story_theme_href(self, value: str) -> str:
        """The page of a story theme ('' when no published story has it): any spelling
        with the same slug leads to the same page."""
        theme = self._story_themes.get(slugify(value))
        return self.href(theme) if theme else ""

    def home_numbers(self) -> list[tuple[int, str]]:
        """A few true numbers for the home page: active ambassadors, the appearances
        counted this year so far (private ones too: they happened), published stories."""
        year = self.site.today.year
        appearances = sum(row.counted for row in self.site.podium_log(year))
        return [(len(self.site.active), self.t("home_number_ambassadors")),
                (appearances, self.t("home_number_appearances", year=year)),
                (len(self.site.stories), self.t("home_number_stories"))]

    def without_first_h1(self, html: str) -> str:
        """The home page's own text below the hero, which already carries the page's h1."""
        return _FIRST_H1.sub("", html, count=1)

    def first_h1_id(self, html: str) -> str:
        """The id of that h1, which the hero's h1 takes over: the theme's table of contents
        links to it."""
        found = _FIRST_H1.search(html)
        named = found and re.search(r'\bid="([^"]+)"', found.group(0))
        return named.group(1) if named else "amb-hero-title"

    def newest_ambassadors(self, count: int) -> tuple[Ambassador, ...]:
        """The most recently appointed active ambassadors, for the home page."""
        newest = sorted(self.site.active, key=lambda a: a.term.start, reverse=True)
        return tuple(newest[:count])

    def absolute(self, target: object) -> str | None:
        """The public address of a page, for feeds, calendars and structured data."""
        href = self.href(target)
        return self.site_url.rstrip("/") + "/" + href if self.site_url else None

    def invite_href(self, ambassador: Ambassador | None = None) -> str | None:
        """Where "invite an ambassador" goes: a mail with the ambassador's name in the
        subject, or the network's page for invitations; None when the site has neither."""
        contact = self.invite_contact
        if not contact or contact.startswith("https://"):
            return contact
        subject = self.t("invite_subject_person", name=ambassador.name) if ambassador \
            else self.t("invite_subject", site=self.site_name)
        return f"mailto:{contact}?subject={quote(subject)}"

    # -- press ---------------------------------------------------------------------------

    note_heading = NOTE_HEADING

    def release_summary(self, appointment: Appointment) -> str:
        return first_paragraph(appointment.release)

    def note_html(self, appointment: Appointment) -> str:
        """The note for editors, rendered apart: the page's Markdown is the release only,
        so that the note stays out of feeds, summaries and link previews."""
        return to_html(appointment.editors_note, self.absolute(appointment) or self.site_url)

    def press_kit_href(self, appointment: Appointment) -> str:
        return self._url_of(press_kit(appointment)) or ""

    def press_kit_size(self, appointment: Appointment) -> str:
        size = self.file_sizes.get(press_kit(appointment), 0)
        return f"{size / 1048576:.1f} MB".replace(".", ",")

    def press_photos(self, appointment: Appointment) -> list[tuple[Ambassador, Image]]:
        return [(person, images[0]) for person in self.ambassadors_of(appointment)
                if (images := self.sized(f"press:{appointment.year}:{person.slug}"))]

    # -- structured data and term history ------------------------------------------------

    def _absolute_image(self, images: tuple[Image, ...]) -> str | None:
        return f"{self.site_url.rstrip('/')}/{images[-1].url}" if images else None

    def person_jsonld(self, ambassador: Ambassador) -> str:
        return structured.person(ambassador, self.absolute(ambassador),
                                 self._absolute_image(self.photo(ambassador)))

    def article_jsonld(self, appointment: Appointment) -> str:
        images = [image for person in self.ambassadors_of(appointment)
                  if (image := self._absolute_image(self.photo(person)))]
        return structured.news_article(
            appointment, url=self.absolute(appointment), images=images,
            publisher=self.site_name, site_url=self.site_url, logo=self.logo_url,
            description=first_paragraph(appointment.release))

    def appointments_of(self, ambassador: Ambassador) -> tuple[Appointment, ...]:
        """The published announcements that name an ambassador: their term history."""
        return tuple(a for a in self.site.appointments if ambassador.slug in a.ambassadors)

    def body_images(self, src: str) -> dict[str, list[tuple[str, int, int]]]:
        """For a page: the src its body uses -> its derived copies (name, width, height)."""
        return self._body_index.get(src.rsplit("/", 1)[0], {})

    @cached_property
    def _body_index(self) -> dict[str, dict[str, list[tuple[str, int, int]]]]:
        index: dict[str, dict[str, list[tuple[str, int, int]]]] = {}
        for key, derived in self._images.items():
            if key.startswith("body:"):
                folder = key.split(":", 2)[1]
                copies = [(d.dest.rsplit("/", 1)[1], d.width, d.height) for d in derived]
                index.setdefault(folder, {})[copies[-1][0]] = copies
        return index

    def edit_guide_href(self) -> str:
        return (self._url_of(self.edit_guide) or "") if self.edit_guide else ""
