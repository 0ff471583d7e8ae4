"""The press kit of an announcement: a zip a newsroom can work from without the site.

It holds the release as text (to paste) and as a printable HTML page, the portraits in
print quality, a captions file (name, role, organisation, photo credit, file name per
photo), the note for editors marked as not for publication, and the press contact.
Entries are sorted and dated with the announcement's moment, so the zip is byte-identical
between builds.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import jinja2

from ...domain.model import Ambassador, Appointment, PressContact
from ...domain.text.paragraphs import NOTE_HEADING, first_paragraph, initials
from .press_release import to_html, to_text

_TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
    autoescape=True, trim_blocks=True, lstrip_blocks=True)


@dataclass(frozen=True)
class Kit:
    """One announcement's kit: what it says and the context a journalist needs."""

    appointment: Appointment
    people: tuple[Ambassador, ...]
    photos: dict[str, Path]          # slug -> print-quality JPEG
    url: str                         # the announcement's page, absolute
    site_name: str
    moment: str                      # 'dinsdag 20 januari 2027 om 10:00 uur'
    contact: PressContact | None
    logo: Path | None = None         # the network's logo as PNG (render/images/look.py)
    colour: str | None = None        # the network's colour: headings' rule and links
    logo_size: tuple[int, int] = (0, 0)

    @property
    def logo_shown(self) -> tuple[int, int]:
        """The logo's size on the page: at most 240x60 CSS pixels, half its pixels."""
        width, height = self.logo_size
        scale = min(240 / width, 60 / height, 0.5) if width and height else 0
        return max(1, round(width * scale)), max(1, round(height * scale))

    def photo_name(self, person: Ambassador) -> str | None:
        return f"{person.slug}.jpg" if person.slug in self.photos else None

    @cached_property  # the text file and the printable page both use it
    def release_html(self) -> str:
        return to_html(self.appointment.release, self.url)

    @cached_property
    def note_html(self) -> str:
        return to_html(self.appointment.editors_note, self.url)


# A credit that names its own kind ('Foto: ...', 'Illustratie: ...', 'Beeld: ...') is
# printed as written; 'Foto: ' goes before a bare name.
_NAMED_KIND = re.compile(r"^\w[\w ]{0,24}:\s")


def credit_line(person: Ambassador, site_name: str, t: Callable[..., str]) -> str:
    """The line a newspaper prints under the portrait: every photo in a kit has one. Without
    `photo_credit` (check names it), the network that supplied the photo."""
    credit = (person.photo_credit or "").strip().rstrip(".")
    if not credit:
        return t("photo_supplied", site=site_name)
    return credit if _NAMED_KIND.match(credit) else t("photo_by", credit=credit)


def caption(person: Ambassador, t: Callable[..., str], site_name: str) -> str:
    """'Anouk de Wit, Verpleegkundige, Zorggroep Oost. Foto: Studio Noord.'"""
    role = person.role
    if role and len(role) > 1 and role[1].islower():  # 'directeur', but 'HR-directeur'
        role = role[0].lower() + role[1:]
    text = ", ".join(filter(None, (person.name, role, person.organisation))) + "."
    return f"{text} {credit_line(person, site_name, t)}."


def captions_text(kit: Kit, t: Callable[..., str]) -> str:
    title = t("captions_title", year=kit.appointment.year)
    lines = [title, "=" * len(title), ""]
    for person in kit.people:
        name = kit.photo_name(person)
        if name is None:
            continue
        lines += [name, caption(person, t, kit.site_name)]
        for key, value in (("name", person.name), ("role", person.role),
                           ("organisation", person.organisation)):
            if value:
                lines.append(f"{t(f'caption_{key}')}: {value}")
        lines.append(credit_line(person, kit.site_name, t))
        lines.append("")
    return "\n".join(lines)


def press_text(kit: Kit, t: Callable[..., str]) -> str:
    """The release to paste: what, when, who, the note for editors apart, the contact."""
    appointment = kit.appointment
    lines = [appointment.title, "=" * len(appointment.title), kit.moment, kit.url, "",
             to_text(kit.release_html), ""]
    heading = t("appointed")
    lines += [heading, "-" * len(heading), ""]
    for person in kit.people:
        lines.append(person.name)
        for key, value in (("role", person.role), ("organisation", person.organisation),
                           ("region", person.region)):
            if value:
                lines.append(f"{t(key)}: {value}")
        bio = first_paragraph(person.body)
        if bio:
            lines += ["", bio]
        name = kit.photo_name(person)
        if name:
            lines += ["", f"{t('press_photo')}: {name}",
                      credit_line(person, kit.site_name, t)]
        lines.append("")
    if kit.note_html:
        heading = f"{NOTE_HEADING} ({t('not_for_publication').lower()})"
        lines += [heading, "-" * len(heading), "", to_text(kit.note_html), ""]
    lines += contact_lines(kit.contact, t)
    return "\n".join(lines)


def contact_lines(contact: PressContact | None, t: Callable[..., str]) -> list[str]:
    if contact is None:
        return []
    heading = t("press_contact")
    lines = [heading, "-" * len(heading), ""]
    lines += [value for value in (contact.name, contact.role) if value]
    if contact.email:
        lines.append(f"{t('press_contact_email')}: {contact.email}")
    if contact.phone:
        lines.append(f"{t('press_contact_phone')}: {contact.phone}")
    return lines + [""]


def press_page(kit: Kit, t: Callable[..., str]) -> str:
    """The printable page: one self-contained HTML file, its portraits beside it."""
    return _TEMPLATES.get_template("press_release.html").render(
        kit=kit, t=t, note_heading=NOTE_HEADING, initials=initials,
        credit=lambda person: credit_line(person, kit.site_name, t))


# A ZIP entry's time is an MS-DOS date and time: the years 1980-2107 only, to 2 seconds.
_ZIP_FIRST, _ZIP_LAST = (1980, 1, 1, 0, 0, 0), (2107, 12, 31, 23, 59, 58)


def press_zip(kit: Kit, t: Callable[..., str]) -> bytes:
    # An announcement dated outside what ZIP can say (1900, 2199 are valid dates) gets the
    # nearest time ZIP has, rather than a failed build.
    moment = min(max(tuple(kit.appointment.date.timetuple()[:6]), _ZIP_FIRST), _ZIP_LAST)
    text = t("press_text_file")
    entries = {f"{text}.txt": press_text(kit, t).encode("utf-8"),
               f"{text}.html": press_page(kit, t).encode("utf-8"),
               f"{t('captions_file')}.txt": captions_text(kit, t).encode("utf-8")}
    entries.update({f"{slug}.jpg": path.read_bytes() for slug, path in kit.photos.items()})
    if kit.logo:
        entries["logo.png"] = kit.logo.read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(f"{t('press_folder', year=kit.appointment.year)}/{name}",
                                   date_time=moment)
            # JPEGs do not shrink: store them, deflate only the text
            info.compress_type = zipfile.ZIP_STORED if name.endswith(".jpg") \
                else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
    return buffer.getvalue()
