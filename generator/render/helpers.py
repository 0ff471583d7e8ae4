"""What templates may ask about the site: links, images, status and texts, as plain values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from ..domain.calendar import Happening, by_month, by_year
from ..domain.model import (PODIUM_KINDS, Ambassador, Appointment, NewsletterIssue, PodiumEntry,
                            Story)
from ..domain.podium import YearResult, behind_first, history
from ..domain.people import slugify
from ..domain.text import first_paragraph
from ..domain.site import Site
from ..domain.terms import Status
from . import calendar_links
from . import structured
from .chart import Bar, bar_chart
from .dates import long_date, month_year, short_month, when
from .ics import EntryText
from .images import Derived
from .labels import LINK_ORDER, Labels
from .pages import (AGENDA, ALUMNI, AMBASSADORS, APPOINTMENTS, CALENDAR_FILE, FEEDS, NEWSLETTER,
                    PODIUM, STORIES, Facet, ambassador_src, appointment_src, event_ics,
                    event_src, facets, newsletter_src, podium_src, press_kit, story_src,
                    summary)

_INDEXES = {"ambassadors": f"{AMBASSADORS}/index.md",
            "agenda": f"{AGENDA}/index.md",
            "calendar": CALENDAR_FILE,
            "podium": f"{PODIUM}/index.md",
            "newsletters": f"{NEWSLETTER}/index.md",
            "appointments": f"{APPOINTMENTS}/index.md",
            "press": "pers/index.md",
            "accessibility": "toegankelijkheid/index.md",
            "alumni": f"{AMBASSADORS}/{ALUMNI}/index.md",
            "stories": f"{STORIES}/index.md"}


@dataclass(frozen=True)
class Image:
    url: str
    width: int
    height: int
    format: str = "JPEG"


class Helpers:
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

    def newest_ambassadors(self, count: int) -> tuple[Ambassador, ...]:
        """The most recently appointed active ambassadors, for the home page."""
        newest = sorted(self.site.active, key=lambda a: a.term.start, reverse=True)
        return tuple(newest[:count])

    def absolute(self, target: object) -> str | None:
        """The public address of a page, for feeds, calendars and structured data."""
        href = self.href(target)
        return self.site_url.rstrip("/") + "/" + href if self.site_url else None

    # -- calendar ------------------------------------------------------------------------

    def when(self, item: Happening) -> str:
        return when(item.start, item.end, self.site.clock.tz)

    def month(self, day: dt.date) -> str:
        return month_year(day)

    def upcoming_by_month(self) -> list[tuple[dt.date, list[Happening]]]:
        return by_month(self.site.upcoming, self.site.clock)

    def past_by_year(self) -> list[tuple[int, list[Happening]]]:
        return by_year(self.site.past, self.site.clock)

    def upcoming_of(self, ambassador: Ambassador) -> tuple[Happening, ...]:
        return self.site.upcoming_of(ambassador.slug)

    def kind_label(self, item: Happening) -> str:
        if item.appearance:
            return self.t(f"podium_{item.appearance.entry.kind}")
        return (item.event.kind if item.event and item.event.kind else
                self.t("network_event")).capitalize()

    def title(self, item: Happening) -> str:
        if item.appearance:
            return self.t("appearance_summary", name=item.appearance.ambassador.name,
                          title=item.title)
        return item.title

    def location(self, item: Happening) -> str | None:
        if item.appearance:
            return item.appearance.entry.venue
        event = item.event
        assert event is not None
        return event.location or (self.t("online") if event.online else None)

    def people(self, item: Happening) -> tuple[Ambassador, ...]:
        return self.site.ambassadors_of(item.ambassador_slugs)

    def ics_href(self, item: Happening) -> str:
        return self._url_of(event_ics(item.event)) or "" if item.event else ""

    def entry_text(self, item: Happening) -> EntryText:
        """What a calendar application shows: plain text, absolute link."""
        url = self.absolute(item)
        names = ", ".join(p.name for p in self.people(item))
        lines = [first_paragraph(item.event.body)] if item.event else \
            [self.kind_label(item)]
        if names and not item.appearance:
            lines.append(f"{self.t('speakers')}: {names}")
        if item.event and item.event.online:
            lines.append(f"{self.t('online_join')}: {item.event.online}")
        if item.event and item.event.registration:
            lines.append(f"{self.t('registration')}: {item.event.registration}")
        if url:
            lines.append(url)
        location = self.location(item)
        if item.event and item.event.online and item.event.location:
            location = item.event.location
        return EntryText(self.title(item), "\n\n".join(line for line in lines if line),
                         location, url)

    def google(self, item: Happening) -> str:
        text = self.entry_text(item)
        return calendar_links.google_url(item, text.summary, text.description, text.location)

    def outlook(self, item: Happening) -> str:
        text = self.entry_text(item)
        return calendar_links.outlook_url(item, text.summary, text.description, text.location)

    def event_jsonld(self, item: Happening) -> str:
        organizer = {"@type": "Organization", "name": self.site_name}
        if self.site_url:
            organizer["url"] = self.site_url
        performers = [{"@type": "Person", "name": p.name, **(
            {"url": url} if (url := self.absolute(p)) else {})} for p in self.people(item)]
        description = first_paragraph(item.event.body) if item.event else ""
        return calendar_links.event_jsonld(item, url=self.absolute(item), description=description,
                                           organizer=organizer, performers=performers)

    # -- podium --------------------------------------------------------------------------

    def podium_years(self) -> list[int]:
        return self.site.podium_years

    def podium_year_href(self, year: int) -> str:
        return self._url_of(podium_src(year)) or ""

    def podium_rows(self, year: int) -> tuple[YearResult, ...]:
        return behind_first(self.site.podium_log(year))

    def podium_state(self, result: YearResult) -> str:
        """'met', 'not-met' or 'open': also the CSS modifier."""
        return {True: "met", False: "not-met", None: "open"}[result.met]

    def podium_state_label(self, result: YearResult) -> str:
        if result.met is None:
            return self.t("podium_open", n=result.shortfall)
        return self.t("podium_met" if result.met else "podium_not_met")

    def podium_entries(self, year: int) -> list[tuple[Ambassador, PodiumEntry]]:
        rows = [(r.ambassador, e) for r in self.site.podium_log(year) for e in r.entries]
        return sorted(rows, key=lambda row: (row[1].date, row[0].slug), reverse=True)

    def podium_summary(self, year: int) -> str:
        rows = self.site.podium_log(year)
        return self.t("podium_summary", met=sum(r.met is True for r in rows), total=len(rows),
                      year=year)

    def month_chart(self, year: int) -> str:
        counts = [0] * 12
        for _, entry in self.podium_entries(year):
            counts[entry.date.month - 1] += 1
        bars = [Bar(short_month(month), count) for month, count in enumerate(counts, 1)]
        return self._chart(bars, "podium_per_month", year, f"amb-month-{year}")

    def kind_chart(self, year: int) -> str:
        entries = [entry for _, entry in self.podium_entries(year)]
        bars = [Bar(self.t(f"podium_{kind}"), sum(e.kind == kind for e in entries))
                for kind in PODIUM_KINDS]
        return self._chart(bars, "podium_per_kind", year, f"amb-kind-{year}")

    def _chart(self, bars: list[Bar], key: str, year: int, chart_id: str) -> str:
        figures = ", ".join(f"{bar.label} {bar.value}" for bar in bars)
        return bar_chart(bars, title=self.t(key, year=year),
                         description=self.t(f"{key}_desc", figures=figures), chart_id=chart_id)

    def progress(self, ambassador: Ambassador) -> YearResult | None:
        """This year's figures, for an ambassador whose term touches this year."""
        year = self.site.today.year
        if year not in range(ambassador.term.start.year, ambassador.term.end.year + 1):
            return None
        return self.site.podium_progress(ambassador, year)

    def history(self, ambassador: Ambassador) -> tuple[PodiumEntry, ...]:
        return history(ambassador, self.site.today)

    # -- press ---------------------------------------------------------------------------

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
            description=first_paragraph(appointment.body))

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
