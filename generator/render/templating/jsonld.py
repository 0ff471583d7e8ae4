"""`amb.jsonld`: schema.org structured data of a profile, story, announcement and event
(render/structured.py writes it), with absolute addresses and images."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.calendar import Happening
from ...domain.model import Ambassador, Appointment, Story
from ...domain.text.paragraphs import first_paragraph
from .. import structured
from ..calendars import calendar_links
from .calendar import Calendar
from .links import Links
from .media import Image, Media
from .network import Presentation
from .people import People
from .texts import Texts


@dataclass(frozen=True)
class StructuredData:
    network: Presentation
    links: Links
    media: Media
    people: People
    texts: Texts
    calendar: Calendar

    def _absolute_image(self, images: tuple[Image, ...]) -> str | None:
        site_url = self.network.site_url
        return f"{site_url.rstrip('/')}/{images[-1].url}" if images else None

    def organisation(self) -> dict[str, object]:
        """The network as schema.org Organization: publisher of stories, organizer of events."""
        shown = self.network
        return structured.organisation(shown.site_name, shown.site_url, shown.logo_url)

    def person(self, ambassador: Ambassador) -> str:
        return structured.person(ambassador, self.links.absolute(ambassador),
                                 self._absolute_image(self.media.photo(ambassador)))

    def article(self, appointment: Appointment) -> str:
        images = [image for person in self.people.ambassadors_of(appointment)
                  if (image := self._absolute_image(self.media.photo(person)))]
        shown = self.network
        return structured.news_article(
            appointment, url=self.links.absolute(appointment), images=images,
            publisher=shown.site_name, site_url=shown.site_url, logo=shown.logo_url,
            description=first_paragraph(appointment.release))

    def story(self, story: Story) -> str:
        authors = [structured.person_ref(person.name, self.links.absolute(person))
                   for person in self.people.ambassadors_of(story)]
        images = [image for image in (self._absolute_image(self.media.cover(story)),
                                      self.links.card_url(story)) if image]
        return structured.blog_posting(
            story, url=self.links.absolute(story), images=images, authors=authors,
            publisher=self.organisation(), description=self.texts.summary(story))

    def event(self, item: Happening) -> str:
        """The organizer is the network; the image the page's social card (an event has no
        picture of its own)."""
        performers = [structured.person_ref(p.name, self.links.absolute(p))
                      for p in self.calendar.people(item)]
        description = first_paragraph(item.event.body) if item.event else ""
        return calendar_links.event_jsonld(item, url=self.links.absolute(item),
                                           description=description,
                                           organizer=self.organisation(),
                                           performers=performers,
                                           image=self.links.card_url(item))
