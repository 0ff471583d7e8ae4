"""The press kit of an announcement: a zip with print-quality portraits and a text file.

Entries are sorted and dated with the announcement's moment, so the zip is byte-identical
between builds.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from ..domain.model import Ambassador, Appointment
from ..domain.text import first_paragraph


def press_text(appointment: Appointment, people: tuple[Ambassador, ...],
               t: Callable[..., str]) -> str:
    """Plain text a journalist can paste: who, what they do, a short bio, photo credits."""
    lines = [appointment.title, "=" * len(appointment.title), "",
             first_paragraph(appointment.body), ""]
    for person in people:
        lines += [person.name, "-" * len(person.name)]
        for key, value in (("role", person.role), ("organisation", person.organisation),
                           ("region", person.region)):
            if value:
                lines.append(f"{t(key)}: {value}")
        bio = first_paragraph(person.body)
        if bio:
            lines += ["", bio]
        if person.photo:
            lines += ["", f"{t('press_photo')}: {person.slug}.jpg"]
            if person.photo_credit:
                lines.append(f"{t('photo_credit')}: {person.photo_credit}")
        lines.append("")
    return "\n".join(lines)


def press_zip(appointment: Appointment, people: tuple[Ambassador, ...],
              photos: dict[str, Path], t: Callable[..., str]) -> bytes:
    moment = appointment.date.timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        entries = {f"{t('press_text_file')}.txt":
                   press_text(appointment, people, t).encode("utf-8")}
        entries.update({f"{slug}.jpg": path.read_bytes() for slug, path in photos.items()})
        for name in sorted(entries):
            info = zipfile.ZipInfo(f"{t('press_folder', year=appointment.year)}/{name}",
                                   date_time=moment)
            # JPEGs do not shrink: store them, deflate only the text
            info.compress_type = zipfile.ZIP_STORED if name.endswith(".jpg") \
                else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
    return buffer.getvalue()
