"""The content of a network as frozen values: what the sources say, nothing derived yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .text.paragraphs import split_note

PODIUM_KINDS = ("presentatie", "workshop", "inleiding", "bedrijfsbezoek", "interview",
                "artikel", "anders")
# An event's `admission`, as schema.org's isAccessibleForFree says it.
ADMISSION = {"free": True, "paid": False}
LINK_KINDS = ("website", "linkedin", "mastodon", "bluesky", "instagram", "facebook", "youtube")


@dataclass(frozen=True)
class Source:
    """Where a value came from, so that later rules can still name the file and line."""

    path: str          # relative to the site root, for messages and edit links
    abs_path: Path
    private: bool = False   # from the private folder: never linked, never in CODEOWNERS


@dataclass(frozen=True)
class Term:
    start: dt.date
    end: dt.date       # inclusive

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class PodiumEntry:
    date: dt.date
    kind: str
    title: str
    venue: str | None = None
    url: str | None = None
    public: bool = True
    line: int | None = None
    event: str | None = None   # slug of a network event this appearance is part of
    number: int = field(default=0, compare=False)   # place in the podium list, for messages
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)  # per field


@dataclass(frozen=True)
class Ambassador:
    slug: str
    name: str
    term: Term
    source: Source
    body: str = ""
    sort_name: str | None = None   # what the name sorts by, where the Dutch rule cannot know
    role: str | None = None
    organisation: str | None = None
    region: str | None = None
    sector: str | None = None
    themes: tuple[str, ...] = ()
    photo: Path | None = None
    photo_alt: str | None = None
    photo_credit: str | None = None
    photo_focus: tuple[float, float] | None = None   # 0..1 from the left and the top
    honorary: bool = False
    links: tuple[tuple[str, str], ...] = ()
    github: str | None = None
    podium: tuple[PodiumEntry, ...] = ()
    body_images: tuple[tuple[str, Path], ...] = ()   # (name in the Markdown, file)
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)  # per field

    @property
    def alt_text(self) -> str:
        return self.photo_alt or f"Portret van {self.name}"


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    date: dt.datetime   # aware: the publication moment
    ambassadors: tuple[str, ...]
    source: Source
    body: str = ""
    summary: str | None = None
    image: Path | None = None
    image_alt: str | None = None
    themes: tuple[str, ...] = ()
    draft: bool = False
    body_images: tuple[tuple[str, Path], ...] = ()   # (name in the Markdown, file)
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)  # per field


@dataclass(frozen=True)
class Address:
    """A postal address in parts (an event's optional `address`), for search engines'
    PostalAddress and for the one line pages and calendars show."""

    street: str
    postcode: str
    city: str

    @property
    def line(self) -> str:
        return f"{self.street}, {self.postcode} {self.city}"


@dataclass(frozen=True)
class Event:
    slug: str
    title: str
    start: dt.date | dt.datetime   # a date alone is an all-day event
    source: Source
    end: dt.date | dt.datetime | None = None
    body: str = ""
    kind: str | None = None
    location: str | None = None
    online: str | None = None
    registration: str | None = None
    ambassadors: tuple[str, ...] = ()
    cancelled: bool = False
    address: Address | None = None   # with it, `location` names the venue only
    free: bool | None = None         # from `admission`; None: the source does not say
    sequence: int = 0   # raised by the editor on a change of time or place (calendar_sequence)
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)  # per field

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, dt.datetime)

    @property
    def calendar_sequence(self) -> int:
        """Its iCalendar SEQUENCE, from the source alone: twice `sequence:`, plus one while
        cancelled. Cancelling raises it by itself, and the editor's raise of the field after
        a change of time or place, or when a cancelled event goes ahead after all, always
        outranks the cancellation before it. A calendar that has the event takes a copy
        with a higher SEQUENCE as the newer one (RFC 5546, 2.1.5)."""
        return 2 * self.sequence + (1 if self.cancelled else 0)

    @property
    def where(self) -> str | None:
        """Venue and address as one line: 'Stadhuis, Stadhuisplein 130, 5038 TC Tilburg'."""
        parts = (self.location, self.address.line if self.address else None)
        return ", ".join(part for part in parts if part) or None


@dataclass(frozen=True)
class Appointment:
    year: int
    title: str
    date: dt.datetime
    ambassadors: tuple[str, ...]
    source: Source
    body: str = ""
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)  # per field

    @property
    def slug(self) -> str:
        return str(self.year)

    @property
    def release(self) -> str:
        """The press text for publication: the body without the note for editors."""
        return split_note(self.body)[0]

    @property
    def editors_note(self) -> str:
        """The section `## Noot voor de redactie` without its heading; '' when absent."""
        return split_note(self.body)[1]


@dataclass(frozen=True)
class NewsletterIssue:
    slug: str
    title: str
    date: dt.datetime
    source: Source
    body: str = ""
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)  # per field


@dataclass(frozen=True)
class PressContact:
    """Who journalists call (plugin option `press_contact`): on /pers/, on every
    announcement page and in every press kit."""

    name: str | None = None
    role: str | None = None
    email: str | None = None
    phone: str | None = None

    @property
    def phone_uri(self) -> str | None:
        """`tel:+31301234567` for `+31 (0)30 123 45 67`: digits and a leading plus only."""
        if not self.phone:
            return None
        digits = self.phone.replace("(0)", "")
        return "tel:" + ("+" if digits.lstrip().startswith("+") else "") + \
            "".join(c for c in digits if c.isdigit())


@dataclass(frozen=True)
class Sources:
    """Everything loaded from one site's folders, before any rule of the build clock."""

    ambassadors: tuple[Ambassador, ...] = ()
    stories: tuple[Story, ...] = ()
    events: tuple[Event, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    newsletters: tuple[NewsletterIssue, ...] = ()
    ambassador_slugs: frozenset[str] = frozenset()  # also those whose file has errors
    event_slugs: frozenset[str] = frozenset()       # also those whose file has errors
    # Files of docs_dir the build leaves out (paths in docs_dir): at an address the site
    # makes itself, or able to run a script (sources/files/docs_files.py).
    withheld: frozenset[str] = frozenset()
    # Files of the theme's custom_dir the build leaves out (paths in it): able to run a
    # script (sources/files/docs_files.py, check_theme_files).
    withheld_theme: frozenset[str] = frozenset()
