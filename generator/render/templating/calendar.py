"""`amb.calendar`: events and appearances as the agenda, a profile and an event page show
them, with the links that add one to a calendar or subscribe to all."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ...domain.calendar import Happening, by_month, by_year
from ...domain.model import Ambassador
from ...domain.site import Site
from ...domain.text.paragraphs import first_paragraph
from ..calendars import calendar_links, calendar_subscribe
from ..calendars.ics import EntryText
from ..labels import Labels
from .links import Links


@dataclass(frozen=True)
class Calendar:
    site: Site
    t: Labels
    links: Links
    # What a calendar application shows of each item, worked out once (entry_text).
    _entry_texts: dict[Happening, EntryText] = field(default_factory=dict, compare=False,
                                                     repr=False)

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
        return event.where or (self.t("online") if event.online else None)

    def people(self, item: Happening) -> tuple[Ambassador, ...]:
        """The event's speakers and who appears there by their podium log."""
        return self.site.ambassadors_of(item.ambassador_slugs)

    def appearing_as(self, item: Happening, person: Ambassador) -> str:
        """What a person does at an event by their podium log, 'Workshop: Werken met de
        wijk'; '' when they are only named in the event's `ambassadors:`."""
        return "; ".join(f"{self.t(f'podium_{a.entry.kind}')}: {a.entry.title}"
                         for a in item.appearing if a.ambassador.slug == person.slug)

    def _people_text(self, item: Happening) -> str:
        named = []
        for person in self.people(item):
            role = self.appearing_as(item, person)
            named.append(f"{person.name} ({role})" if role else person.name)
        return ", ".join(named)

    # -- subscribing to the whole agenda ---------------------------------------------------

    def feed_url(self) -> str:
        """The feed's https address, for the field a visitor copies into their calendar."""
        return self.links.absolute("calendar") or ""

    def webcal(self) -> str:
        return calendar_subscribe.webcal_url(self.feed_url())

    def google_subscribe(self) -> str:
        return calendar_subscribe.google_subscribe_url(self.webcal())

    def ics_href(self, item: Happening) -> str:
        return self.links.file("event_ics", slug=item.event.slug) if item.event else ""

    def entry_text(self, item: Happening) -> EntryText:
        """What a calendar application shows: plain text, absolute link. Asked for three
        times per event (its calendars, Google and Outlook links), worked out once."""
        if item not in self._entry_texts:
            self._entry_texts[item] = self._entry_text(item)
        return self._entry_texts[item]

    def _entry_text(self, item: Happening) -> EntryText:
        url = self.links.absolute(item)
        names = self._people_text(item)
        lines = [first_paragraph(item.event.body)] if item.event else \
            [self.kind_label(item)]
        if names and not item.appearance:
            lines.append(f"{self.t('speakers')}: {names}")
        if item.event and item.event.online:
            lines.append(f"{self.t('online_join')}: {item.event.online}")
        if item.event and item.event.registration and not item.cancelled:
            lines.append(f"{self.t('registration')}: {item.event.registration}")
        if url:
            lines.append(url)
        location = self.location(item)
        if item.event and item.event.online and item.event.where:
            location = item.event.where
        summary = self.title(item)
        if item.cancelled:  # what a calendar shows in its grid, where STATUS is not shown
            summary = f"{self.t('cancelled')}: {summary}"
        return EntryText(summary, "\n\n".join(line for line in lines if line), location, url)

    def google(self, item: Happening) -> str:
        text = self.entry_text(item)
        return calendar_links.google_url(item, text.summary, text.description, text.location)

    def outlook(self, item: Happening) -> str:
        text = self.entry_text(item)
        return calendar_links.outlook_url(item, text.summary, text.description, text.location)
