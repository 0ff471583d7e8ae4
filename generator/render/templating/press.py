"""`amb.press`: the press room's parts: a release's summary, the note for editors, the
press kit's address and size, and the press photos."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ...domain.model import Ambassador, Appointment
from ...domain.text.paragraphs import NOTE_HEADING, first_paragraph
from ..press.press_release import to_html
from .links import Links
from .media import Image, ImageKey, Media
from .people import People


@dataclass(frozen=True)
class Press:
    links: Links
    media: Media
    people: People
    file_sizes: Mapping[str, int]   # generated downloads (the press kits), by source path

    note_heading = NOTE_HEADING

    @staticmethod
    def release_summary(appointment: Appointment) -> str:
        return first_paragraph(appointment.release)

    def note_html(self, appointment: Appointment) -> str:
        """The note for editors, rendered apart: the page's Markdown is the release only,
        so that the note stays out of feeds, summaries and link previews."""
        return to_html(appointment.editors_note,
                       self.links.absolute(appointment) or self.links.site_url)

    def kit_href(self, appointment: Appointment) -> str:
        return self.links.file("press_kit", year=appointment.year)

    def kit_size(self, appointment: Appointment) -> str:
        """'2,4 MB'."""
        size = self.file_sizes.get(self.links.routes.path("press_kit", year=appointment.year), 0)
        return f"{size / 1048576:.1f} MB".replace(".", ",")

    def photos(self, appointment: Appointment) -> list[tuple[Ambassador, Image]]:
        return [(person, images[0]) for person in self.people.ambassadors_of(appointment)
                if (images := self.media.sized(ImageKey.press(appointment.year, person.slug)))]
