"""What templates may ask about the site: links, images, status and texts, as plain values."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from urllib.parse import quote

from ...domain.model import Ambassador, Appointment, NewsletterIssue, PressContact, Story
from ...domain.people import slugify
from ...domain.text.paragraphs import NOTE_HEADING, first_paragraph, initials
from ...domain.site import Site
from ...domain.terms import Status
from ...sources.options.newsletter_signup import NewsletterSignup
from .. import structured
from ..pages import empty_states
from .calendar_helpers import CalendarHelpers
from ..images.cards import HOME_CARD, card_dest
from .podium_helpers import PodiumHelpers
from ..dates import long_date, moment
from ..pages.kinds import APPOINTMENTS_FEED, HOME_FEEDS, NEWSLETTER_FEED, STORIES_FEED
from ..labels import LINK_ORDER, Labels
from .links import Links
from .media import Image, ImageKey, Media
from ..pages.listings import Listings
from ..pages.plan import summary
from .podium_public import DEFAULT_MODE
from ..press.press_release import to_html
from ..search.pagefind import FACET_FILTERS, KIND_FILTER, RANKING, WEIGHTS
from .typography import longest_word

_FIRST_H1 = re.compile(r"<h1\b[^>]*>.*?</h1>", re.DOTALL)


@dataclass(frozen=True)
class Presentation:
    """Site-wide facts and choices the templates show: plugin options and mkdocs.yml."""

    site_name: str = ""
    site_url: str = ""
    logo_url: str | None = None
    edit_guide: str = ""   # docs path of the editing guide, when the site has one
    press_contact: PressContact | None = None
    invite_contact: str | None = None   # e-mail address or https page
    newsletter_signup: NewsletterSignup | None = None   # the mailing service's form
    show_repository: bool = False
    generator_credit: bool = False
    podium_public: str = DEFAULT_MODE
    colour: str | None = None   # the network's colour (option `colour`), for print and mail
    logo_file: Path | None = None   # the logo as PNG (render/images/look.py), for print and mail
    logo_size: tuple[int, int] = (0, 0)   # its width and height in pixels


class Helpers(CalendarHelpers, PodiumHelpers):
    """Exposed to templates as `amb`; every URL it returns is site-relative (use `| url`).
    Built last, from collaborators made before it, and never changed afterwards."""

    def __init__(self, site: Site, t: Labels, links: Links, media: Media, listed: Listings,
                 shown: Presentation = Presentation(),
                 file_sizes: Mapping[str, int] | None = None) -> None:
        values = dict(
            site=site, t=t, addresses=links, media=media, site_url=shown.site_url,
            site_name=shown.site_name, logo_url=shown.logo_url, edit_guide=shown.edit_guide,
            press_contact=shown.press_contact, invite_contact=shown.invite_contact,
            newsletter_signup=shown.newsletter_signup,
            show_repository=shown.show_repository, generator_credit=shown.generator_credit,
            podium_public=shown.podium_public,
            file_sizes=MappingProxyType(dict(file_sizes or {})),  # generated downloads
            _entry_texts={},   # a cache: filled as templates ask
            _facets={(f.kind, f.slug): f for group in listed.facets.values() for f in group},
            _story_themes={th.slug: th for th in listed.themes})
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"the template helpers are read-only ({name})")

    def href(self, target: object) -> str:
        return self.addresses.href(target)

    def absolute(self, target: object) -> str | None:
        """The public address of a page, for feeds, calendars and structured data."""
        return self.addresses.absolute(target)

    def photo(self, ambassador: Ambassador) -> tuple[Image, ...]:
        return self.media.sized(ImageKey.portrait(ambassador.slug))

    def cover(self, story: Story) -> tuple[Image, ...]:
        return self.media.sized(ImageKey.cover(story.slug))

    def sized(self, key: ImageKey, format: str = "JPEG") -> tuple[Image, ...]:  # noqa: A002
        return self.media.sized(key, format)

    def webp(self, images: tuple[Image, ...]) -> tuple[Image, ...]:
        return self.media.webp(images)

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
        return moment(value, self.site.clock.tz, self.t)

    def stories_of(self, ambassador: Ambassador) -> tuple[Story, ...]:
        return self.site.stories_of(ambassador.slug)

    def ambassadors_of(self, item: Story | Appointment) -> tuple[Ambassador, ...]:
        return self.site.ambassadors_of(item.ambassadors)

    def intro(self, issue: NewsletterIssue) -> str:
        return first_paragraph(issue.body)

    def initials(self, name: str) -> str:
        """In place of a missing portrait (domain/text/paragraphs.py)."""
        return initials(name)

    def longest_word(self, people: tuple[Ambassador, ...]) -> int:
        """The faces grid sizes its columns by this (render/templating/typography.py)."""
        return longest_word(text for a in people for text in (a.name, a.role or ""))

    # -- feeds ---------------------------------------------------------------------------

    FEED_LABELS = {STORIES_FEED: "feed_stories", NEWSLETTER_FEED: "feed_newsletter",
                   APPOINTMENTS_FEED: "feed_appointments"}
    home_feeds = HOME_FEEDS   # what a page we do not make (the home page) advertises

    def feed_title(self, feed: str) -> str:
        return self.t(self.FEED_LABELS[feed], site=self.site_name)

    def feed_href(self, feed: str, extension: str) -> str:
        return self.addresses.routes.feed(feed, extension)

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
        counted this year so far (private ones too: they happened), published stories;
        none that is zero."""
        year = self.site.today.year
        appearances = sum(row.counted for row in self.site.podium_log(year))
        counts = ((len(self.site.active), "home_number_ambassadors"),
                  (appearances, "home_number_appearances"),
                  (len(self.site.stories), "home_number_stories"))
        return empty_states.numbers([(n, self.counted(key, n, year=year))
                                     for n, key in counts])

    def counted(self, key: str, n: int, **values: object) -> str:
        """The label for a count: `key_one` for exactly one, else `key` (with `{n}`)."""
        return self.t(f"{key}_one" if n == 1 else key, n=n, **values)

    def no_ambassadors(self) -> tuple[str, ...]:
        """What the directory and the home page say while no ambassador is active."""
        return empty_states.no_ambassadors(self.site, self.t, self.moment)

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
        return self.addresses.file("press_kit", year=appointment.year)

    def press_kit_size(self, appointment: Appointment) -> str:
        size = self.file_sizes.get(self.addresses.routes.path("press_kit", year=appointment.year), 0)
        return f"{size / 1048576:.1f} MB".replace(".", ",")

    def press_photos(self, appointment: Appointment) -> list[tuple[Ambassador, Image]]:
        return [(person, images[0]) for person in self.ambassadors_of(appointment)
                if (images := self.sized(ImageKey.press(appointment.year, person.slug)))]

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

    def network_jsonld(self) -> dict[str, object]:
        """The network as schema.org Organization: publisher of stories, organizer of events."""
        return structured.organisation(self.site_name, self.site_url, self.logo_url)

    def card_url(self, target: object) -> str | None:
        """The absolute address of a page's social card (render/images/social.py): its own beside
        it when it has one, else the site's."""
        if not self.site_url:
            return None
        own = card_dest(self.addresses.src(target)) if isinstance(target, Story) else HOME_CARD
        return f"{self.site_url.rstrip('/')}/{own}"

    def story_jsonld(self, story: Story) -> str:
        authors = [structured.person_ref(person.name, self.absolute(person))
                   for person in self.ambassadors_of(story)]
        images = [image for image in (self._absolute_image(self.cover(story)),
                                      self.card_url(story)) if image]
        return structured.blog_posting(
            story, url=self.absolute(story), images=images, authors=authors,
            publisher=self.network_jsonld(), description=self.summary(story))

    def appointments_of(self, ambassador: Ambassador) -> tuple[Appointment, ...]:
        """The published announcements that name an ambassador: their term history."""
        return tuple(a for a in self.site.appointments if ambassador.slug in a.ambassadors)

    def body_images(self, src: str) -> dict[str, list[tuple[str, int, int]]]:
        return self.media.body_images(src)

    def edit_guide_href(self) -> str:
        return (self.addresses.url_of(self.edit_guide) or "") if self.edit_guide else ""

    def search_filters(self) -> list[tuple[str, str]]:
        """The search page's filters in order: (URL parameter, label)."""
        return [(KIND_FILTER, self.t("search_filter_kind")),
                *((name, self.t(facet)) for facet, name in FACET_FILTERS.items())]

    def search_weight(self, where: str) -> float:
        """Pagefind's weight for a name on its own page ('own') or in a list ('listed')."""
        return WEIGHTS[where]

    def search_ranking(self) -> dict:
        """Pagefind's ranking options for the search page (render/search/pagefind.py)."""
        return RANKING

    def search_script(self) -> str:
        """Pagefind's script, site-relative: written after the build (render/search/pagefind.py), so
        the engine does not know it as a file."""
        return self.addresses.routes.path("search_bundle")
