"""The whole network at the build clock: what is published, what is held back, and indexes.

Built once, before any page is made (Pelican's two phases); renderers only read it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..messages import Message, msg
from .calendar import Happening, build_calendar
from .clock import BuildClock, days
from .event_links import check_event_links
from .model import Ambassador, Appointment, Event, NewsletterIssue, Sources, Story
from .newsletter import IssueContents, issue_contents, periods
from .people import sort_key
from .podium import YearResult, log_years, year_log, year_result
from .problems import Report
from .terms import Status, status_on
from .text.suggest import did_you_mean


@dataclass(frozen=True)
class SiteOptions:
    term_years: int = 2
    podium_minimum: int = 3
    network_maximum: int = 25
    newsletter_days_ahead: int = 42
    appointment_tolerance_days: int = 31


@dataclass(frozen=True)
class HeldBack:
    """Something not published at this build, and the moment it will be (None: never).
    `reason` is in English, as `embargo` prints it; `why` is its catalogue message, for the
    note in every language."""

    kind: str
    slug: str
    title: str
    source: str
    reason: str
    until: dt.datetime | None
    why: Message | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, kind: str, slug: str, title: str, source: str, why: Message,
           until: dt.datetime | None) -> HeldBack:
        return cls(kind, slug, title, source, why.en, until, why)


@dataclass(frozen=True)
class Site:
    clock: BuildClock
    options: SiteOptions
    ambassadors: tuple[Ambassador, ...]      # public ones, by surname
    stories: tuple[Story, ...]               # published, newest first
    events: tuple[Event, ...]                # published, by start
    appointments: tuple[Appointment, ...]    # published, newest first
    newsletters: tuple[NewsletterIssue, ...]  # published, newest first
    held_back: tuple[HeldBack, ...] = ()
    _by_slug: dict[str, Ambassador] = field(default_factory=dict, compare=False, repr=False)

    @property
    def today(self) -> dt.date:
        return self.clock.today

    def ambassador(self, slug: str) -> Ambassador | None:
        return self._by_slug.get(slug)

    def status(self, ambassador: Ambassador) -> Status:
        return status_on(ambassador, self.today)

    def with_status(self, status: Status) -> tuple[Ambassador, ...]:
        return tuple(a for a in self.ambassadors if self.status(a) is status)

    @cached_property
    def active(self) -> tuple[Ambassador, ...]:
        return self.with_status(Status.ACTIVE)

    @cached_property
    def alumni(self) -> tuple[Ambassador, ...]:
        return self.with_status(Status.ALUMNUS)

    @cached_property
    def next_announcement(self) -> dt.datetime | None:
        """The moment of the next scheduled announcement; never what it says or names."""
        moments = [h.until for h in self.held_back if h.kind == "appointment" and h.until]
        return min(moments) if moments else None

    @cached_property
    def _stories_by_ambassador(self) -> dict[str, tuple[Story, ...]]:
        index: dict[str, list[Story]] = {}
        for story in self.stories:
            for slug in story.ambassadors:
                index.setdefault(slug, []).append(story)
        return {slug: tuple(stories) for slug, stories in index.items()}

    def stories_of(self, slug: str) -> tuple[Story, ...]:
        return self._stories_by_ambassador.get(slug, ())

    @cached_property
    def calendar(self) -> tuple[Happening, ...]:
        """Events and planned appearances, by start."""
        return build_calendar(self.events, self.ambassadors, self.clock)

    @cached_property
    def upcoming(self) -> tuple[Happening, ...]:
        return tuple(h for h in self.calendar if h.is_upcoming(self.clock))

    @cached_property
    def past(self) -> tuple[Happening, ...]:
        return tuple(h for h in self.calendar if not h.is_upcoming(self.clock))

    @cached_property
    def _newsletter_periods(self) -> dict[str, tuple[dt.date, dt.date]]:
        return periods(self.newsletters, self.clock.tz)

    def newsletter(self, issue: NewsletterIssue) -> IssueContents:
        since, until = self._newsletter_periods[issue.slug]
        return issue_contents(issue, since, until, stories=self.stories,
                              events=tuple(h for h in self.calendar if h.event),
                              ambassadors=self.ambassadors, appointments=self.appointments,
                              clock=self.clock, days_ahead=self.options.newsletter_days_ahead)

    @cached_property
    def podium_years(self) -> list[int]:
        return log_years(self.ambassadors, self.today)

    def podium_log(self, year: int) -> tuple[YearResult, ...]:
        """Every public ambassador with a day of their term in `year`, by surname."""
        return year_log(self.ambassadors, year, self.today, self.options.podium_minimum)

    def podium_progress(self, ambassador: Ambassador, year: int) -> YearResult:
        return year_result(ambassador, year, self.today, self.options.podium_minimum)

    def upcoming_of(self, slug: str) -> tuple[Happening, ...]:
        """Events an ambassador speaks at and their planned appearances, soonest first."""
        return tuple(h for h in self.upcoming if slug in h.ambassador_slugs)

    def ambassadors_of(self, slugs: Iterable[str]) -> tuple[Ambassador, ...]:
        return tuple(a for a in (self.ambassador(s) for s in slugs) if a is not None)


def build_site(sources: Sources, clock: BuildClock, options: SiteOptions,
               report: Report) -> Site:
    """Apply the spec's rules at the build clock; report cross-reference problems."""
    _check_references(sources, clock, report)
    publication = Publication(sources, clock)
    held: list[HeldBack] = []
    ambassadors = sorted((a for a in sources.ambassadors if publication.is_public(a, held)),
                         key=lambda a: sort_key(a.name, a.slug, a.sort_name))
    stories = [s for s in sources.stories if publication.story_published(s, held)]
    events = [e for e in sources.events if publication.names_public(e, "event", held)]
    held.extend(HeldBack.of("appointment", a.slug, a.title, a.source.path,
                            msg("reason.embargo"), a.date)
                for a in sources.appointments if a not in publication.appointments)
    site = Site(
        clock=clock, options=options, ambassadors=tuple(ambassadors),
        stories=tuple(sorted(stories, key=lambda s: (-s.date.timestamp(), s.slug))),
        events=tuple(sorted(events, key=lambda e: (_instant(e.start, clock), e.slug))),
        appointments=tuple(sorted(publication.appointments, key=lambda a: -a.year)),
        newsletters=tuple(sorted((n for n in sources.newsletters
                                  if publication.dated(n, "newsletter issue", held)),
                                 key=lambda n: (-n.date.timestamp(), n.slug))),
        held_back=tuple(held),
        _by_slug={a.slug: a for a in ambassadors},
    )
    _report_site(site, sources, report)
    return site


def _instant(value: dt.date | dt.datetime, clock: BuildClock) -> float:
    if isinstance(value, dt.datetime):
        return value.timestamp()
    return clock.start_of(value).timestamp()


class Publication:
    """The spec's 'Who is public' rule and the embargo on everything that names people."""

    def __init__(self, sources: Sources, clock: BuildClock) -> None:
        self.clock = clock
        self.appointments = [a for a in sources.appointments if clock.has_passed(a.date)]
        self.announced = {slug for a in self.appointments for slug in a.ambassadors}
        self.embargoed: dict[str, dt.datetime] = {}
        for appointment in sources.appointments:
            if appointment not in self.appointments:
                for slug in appointment.ambassadors:
                    known = self.embargoed.get(slug)
                    self.embargoed[slug] = min(known, appointment.date) if known \
                        else appointment.date
        self.pending: dict[str, dt.datetime | None] = {
            a.slug: self._public_from(a) for a in sources.ambassadors}

    def _public_from(self, ambassador: Ambassador) -> dt.datetime | None:
        """None when public now; else the moment the ambassador becomes public."""
        if ambassador.slug in self.announced:
            return None
        if ambassador.slug in self.embargoed:
            return self.embargoed[ambassador.slug]
        start = self.clock.start_of(ambassador.term.start)
        return None if self.clock.has_passed(start) else start

    def is_public(self, ambassador: Ambassador, held: list[HeldBack]) -> bool:
        until = self.pending[ambassador.slug]
        if until is not None:
            held.append(HeldBack.of("ambassador", ambassador.slug, ambassador.name,
                                    ambassador.source.path, msg(
                                        "reason.not_announced"
                                        if ambassador.slug in self.embargoed else
                                        "reason.not_started"), until))
        return until is None

    def _names_until(self, slugs: Iterable[str]) -> dt.datetime | None:
        moments = [self.pending[s] for s in slugs if self.pending.get(s) is not None]
        return max(moments) if moments else None  # type: ignore[type-var]

    def names_public(self, item: Event | Story, kind: str, held: list[HeldBack]) -> bool:
        until = self._names_until(item.ambassadors)
        if until is not None:
            held.append(HeldBack.of(kind, item.slug, item.title, item.source.path,
                                    msg("reason.names_hidden"), until))
        return until is None

    def story_published(self, story: Story, held: list[HeldBack]) -> bool:
        if story.draft:
            held.append(HeldBack.of("story", story.slug, story.title, story.source.path,
                                    msg("reason.draft"), None))
            return False
        if not self.clock.has_passed(story.date):
            until = max(story.date, self._names_until(story.ambassadors) or story.date)
            held.append(HeldBack.of("story", story.slug, story.title, story.source.path,
                                    msg("reason.future"), until))
            return False
        return self.names_public(story, "story", held)

    def dated(self, item: NewsletterIssue, kind: str, held: list[HeldBack]) -> bool:
        if self.clock.has_passed(item.date):
            return True
        held.append(HeldBack.of(kind, item.slug, item.title, item.source.path,
                                msg("reason.future"), item.date))
        return False


def _check_references(sources: Sources, clock: BuildClock, report: Report) -> None:
    """Every slug named in a story, event or announcement must be an ambassador, and every
    event named in a podium entry an event."""
    known = sorted(sources.ambassador_slugs)
    items: list[Story | Event | Appointment] = [*sources.stories, *sources.events,
                                                *sources.appointments]
    for item in items:
        for slug in item.ambassadors:
            if slug not in sources.ambassador_slugs:
                hint = did_you_mean(slug, known) or msg("ambassador.is_folder")
                report.error(item.source.path, item.lines.get("ambassadors"), "ambassadors",
                             msg("ambassador.unknown", slug=slug, hint=hint))
    check_event_links(sources, clock.tz, report)


def _report_site(site: Site, sources: Sources, report: Report) -> None:
    for item in site.held_back:
        # The kind's id by its code: 'newsletter issue' is kind.newsletter_issue.
        said = {"kind": msg("kind." + item.kind.replace(" ", "_")), "slug": item.slug,
                "reason": item.why or item.reason}
        report.info(item.source, None, None, msg("held.until", until=item.until, **said)
                    if item.until else msg("held.never", **said))
    active, maximum = len(site.active), site.options.network_maximum
    if active > maximum:
        report.advisory("mkdocs.yml", None, "network_maximum",
                       msg("network.over_maximum", active=active, maximum=maximum))
    _check_appointment_dates(sources, site, report)
    for ambassador in sources.ambassadors:
        for entry in ambassador.podium:
            if not ambassador.term.contains(entry.date):
                term = ambassador.term
                report.advisory(ambassador.source.path, entry.line, "podium.date",
                               msg("appearance.outside_term", date=entry.date,
                                   start=term.start, end=term.end))


def _check_appointment_dates(sources: Sources, site: Site, report: Report) -> None:
    """An announcement long after the term started is probably a typo in one of the dates."""
    by_slug = {a.slug: a for a in sources.ambassadors}
    tolerance = days(site.options.appointment_tolerance_days)
    for appointment in sources.appointments:
        announced = appointment.date.astimezone(site.clock.tz).date()
        for slug in appointment.ambassadors:
            person = by_slug.get(slug)
            if person and person.term.start < announced - tolerance:
                report.advisory(appointment.source.path, appointment.lines.get("ambassadors"),
                               "ambassadors", msg("appointment.late", slug=slug,
                                                  start=person.term.start, days=tolerance.days,
                                                  announced=announced))
