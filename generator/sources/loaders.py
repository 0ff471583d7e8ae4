"""Reads every source file into the domain model, reporting each problem with file and line."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from ..domain.clock import FIRST_YEAR, LAST_YEAR, in_calendar
from ..domain.model import (
    ADMISSION,
    Address,
    Ambassador,
    Appointment,
    Event,
    NewsletterIssue,
    PodiumEntry,
    Source,
    Sources,
    Story,
    Term,
)
from ..domain.terms import default_term_end
from ..domain.text.plain import CONTROL, controls_by_line, invisible_in, without_controls
from ..messages import Message, msg
from .body_images import check_body_image, local_images
from .checks.complexity import find_costly
from .checks.placeholders import PLACEHOLDER, placeholder_lines
from .checks.remote_images import remote_images
from .checks.safety import find_unsafe
from .errors import FieldError, Problem, Report
from .files.confinement import check_confinement
from .files.docs_files import Taken, check_docs_files, check_theme_files
from .files.hand_written import check_page
from .files.tree import (
    Found,
    Layout,
    find_ambassadors,
    find_hand_written,
    find_pages,
    find_stories,
    merged,
)
from .front_matter import schemas
from .front_matter.fields import Context
from .front_matter.parse import Document, Mapping, parse
from .front_matter.records import Record
from .images import ImageChecks, LinkRefused, check_image
from .workers import Workers

MAX_SOURCE_BYTES = 1024 * 1024
T = TypeVar("T")


@dataclass(frozen=True)
class LoadOptions:
    ctx: Context
    term_years: int = 2
    unsafe_is_error: bool = False   # `check` fails on unsafe markup; a build neutralises it
    workers: int = 1   # processes reading files; more only from single-threaded callers
    own_host: str = ""   # the site's host: a newsletter's images from any other are advised
    images: ImageChecks = field(default_factory=ImageChecks)   # photos known good


def load_sources(layout: Layout, options: LoadOptions, report: Report,
                 taken: Taken | None = None) -> Sources:
    """Load and validate every source of a site; problems go to `report`, in the order a
    one-process run finds them. Nothing is read from a source folder that lies outside the
    site or is a link; links inside the folders are reported and passed by."""
    if not check_confinement(layout, report):
        return Sources()
    private = layout.private()
    if private is not None and not (layout.private_dir and layout.private_dir.is_dir()):
        report.info("mkdocs.yml", None, "private_dir", msg(
            "private.absent", folder=layout.relative(layout.private_dir or layout.root)))

    def find_all(find: Callable[[Layout, Report], list[Found]], kind: Message
                 ) -> Callable[[Report], list[Found]]:
        if private is None:
            return lambda r: find(layout, r)
        return lambda r: merged(find(layout, r), find(private, r), layout, r, kind)

    event, appointment = msg("this.event"), msg("this.appointment")
    issue = msg("this.newsletter_issue")
    finders: tuple[tuple[Callable[[Report], list[Found]], Builder[Any]], ...] = (
        (find_all(find_ambassadors, msg("this.ambassador")), _ambassador),
        (find_all(find_stories, msg("this.story")), _story),
        (find_all(lambda lay, r: find_pages(lay.events_dir, lay, r, event), event), _event),
        (find_all(lambda lay, r: find_pages(lay.appointments_dir, lay, r, appointment),
                  appointment), _appointment),
        (find_all(lambda lay, r: find_pages(lay.newsletter_dir, lay, r, issue), issue),
         _newsletter),
    )
    with Workers(options.workers) as workers:
        steps = []
        for find, builder in finders:
            found_report = Report()
            found = find(found_report)
            steps.append((found, found_report,
                          workers.in_parts(_load_part, found, layout, options, builder)))
        loaded = []
        for _, found_report, parts in steps:
            report.problems.extend(found_report.problems)
            values: list[Any] = []
            for part in parts:
                part_values, problems, passed = part.result()
                values.extend(part_values)
                report.problems.extend(problems)
                options.images.passed.update(passed)   # from another process: its copy's
            loaded.append(tuple(values))
    _check_hand_written(layout, options, report)
    withheld = check_docs_files(layout, taken, report)   # `taken`: whose address a file is
    theme_withheld = check_theme_files(layout, report)
    ambassadors, stories, events, appointments, newsletters = loaded
    return Sources(ambassadors=ambassadors, stories=stories, events=events,
                   appointments=appointments, newsletters=newsletters,
                   ambassador_slugs=frozenset(found.slug for found in steps[0][0]),
                   event_slugs=frozenset(found.slug for found in steps[2][0]),
                   withheld=withheld, withheld_theme=theme_withheld)


def load_events(layout: Layout, options: LoadOptions, report: Report) -> tuple[Event, ...]:
    """The events folder alone, read by the same rules as load_sources: `check --previous`
    reads a previous version's events with it (sources/checks/previous.py), no second parser."""
    found = find_pages(layout.events_dir, layout, report, msg("this.event"))
    return _load_all(found, layout, options, report, _event)


def _load_part(found: list[Found], layout: Layout, options: LoadOptions,
               builder: Builder[T]) -> tuple[tuple[T, ...], list[Problem], set[str]]:
    report = Report()
    loaded = _load_all(found, layout, options, report, builder)
    return loaded, report.problems, options.images.passed


Builder = Callable[["_File", Record], T | None]


@dataclass(frozen=True)
class _File:
    """One source being loaded: what every builder needs to read and report."""

    found: Found
    source: Source
    doc: Document
    options: LoadOptions
    report: Report

    def error(self, line: int | None, field: str | None, text: Message) -> None:
        self.report.error(self.source.path, line, field, text)


def _load_all(found: list[Found], layout: Layout, options: LoadOptions, report: Report,
              builder: Builder[T]) -> tuple[T, ...]:
    loaded = []
    for item in found:
        source = Source(layout.relative(item.path), item.path, item.private)
        doc = _read(source, report)
        if doc is None:
            continue
        schema = _SCHEMAS[builder]
        record = schema.parse_into(doc.meta, options.ctx, report, source.path)
        _check_safety(source, doc, options, report)
        _check_placeholders(source, doc, report)
        value = builder(_File(item, source, doc, options, report), record)
        if value is not None:
            loaded.append(value)
    return tuple(loaded)


def _read(source: Source, report: Report) -> Document | None:
    read = _read_text(source, report)
    if read is None:
        return None
    try:
        doc: Document | None = parse(read.text)
    except FieldError as exc:
        report.error(source.path, exc.line, exc.field, exc.text)
        doc = None
    _report_controls(source, read.controls + (doc.controls if doc else ()), doc, report)
    return doc


class _Text(NamedTuple):
    text: str                               # without control characters
    controls: tuple[tuple[int, str], ...]   # (line, code points) of those taken out


def _read_text(source: Source, report: Report) -> _Text | None:
    """The file as text, at most 1 MiB of UTF-8, with Unix line ends, and without control
    characters (domain/text/plain.py CONTROL): taken out here, before anything else sees them,
    so that no page, feed, calendar or e-mail carries one; the caller reports them."""
    try:   # never more than the limit into memory, however large the file
        with source.abs_path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            # As much as the file holds, plus one byte to see whether it grew since: a read
            # of the whole limit would allocate a MiB for every small source.
            data = file.read(min(size, MAX_SOURCE_BYTES) + 1)
            if len(data) > size:
                data += file.read(MAX_SOURCE_BYTES + 1 - len(data))
    except OSError as exc:
        report.error(source.path, None, None, msg("file.unreadable", reason=exc.strerror))
        return None
    if len(data) > MAX_SOURCE_BYTES:
        mib = max(size, len(data)) / 1048576
        report.error(source.path, None, None, msg("file.too_large", mib=mib))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        report.error(source.path, line, None, msg("file.not_utf8"))
        return None
    text = text.replace("\r\n", "\n")
    if CONTROL.search(text) is None:
        return _Text(text, ())
    return _Text(without_controls(text), controls_by_line(text))


def _report_controls(source: Source, controls: tuple[tuple[int, str], ...],
                     doc: Document | None, report: Report) -> None:
    """An advisory per line that held control characters: the site is right without them."""
    for line, codes in sorted(controls):
        report.advisory(source.path, line, _field_at(doc, line), msg("text.control",
                                                                       chars=codes))


def _field_at(doc: Document | None, line: int) -> str | None:
    """The field a line of the file belongs to: the body, or the last field started on or
    before it."""
    if doc is None:
        return None
    if line >= doc.body_line:
        return "body"
    started = [(entry.key_line, key) for key, entry in doc.meta.entries.items()
               if entry.key_line <= line]
    return max(started)[1] if started else None


def _check_hand_written(layout: Layout, options: LoadOptions, report: Report) -> None:
    """Hand-written pages come through pull requests too: the same checks of the body as
    every source (the build sanitises their HTML as well), and the same control characters
    taken out (by the build too: mkdocs_files.without_controls)."""
    for path in find_hand_written(layout):
        source = Source(layout.relative(path), path)
        hidden = invisible_in(source.path)   # MkDocs makes its address and menu title of it
        if hidden is not None:
            report.error(source.path, None, None, msg("file.name_invisible", char=hidden))
        read = _read_text(source, report)
        if read is not None:
            meta = _meta_of(read.text)
            _report_controls(source, read.controls + (meta.controls if meta else ()), meta,
                             report)
            _check_safety(source, Document(Mapping({}, 1), read.text, 1), options, report)
            check_page(source.path, path.relative_to(layout.docs_dir).as_posix(), read.text,
                       report)


def _meta_of(text: str) -> Document | None:
    """A hand-written page as far as our parser reads its front matter (MkDocs reads it for
    the build, and is more lenient): for the lines of its fields and its escapes."""
    if not text.startswith("---"):
        return Document(Mapping({}, 1), text, 1)   # all body
    try:
        return parse(text)
    except FieldError:
        return None


def _check_placeholders(source: Source, doc: Document, report: Report) -> None:
    for line in placeholder_lines(doc.body, doc.body_line):
        report.add(source.path, line, "body", msg("body.placeholder", placeholder=PLACEHOLDER),
                   neutralised=True)


def _check_safety(source: Source, doc: Document, options: LoadOptions, report: Report) -> None:
    # A body Python-Markdown would take minutes on, or recurse on, fails check and build
    # alike: the build stops on errors before Markdown ever sees it.
    for line, costly in find_costly(doc.body, doc.body_line):
        report.error(source.path, line, "body", costly)
    for line, what in find_unsafe(doc.body, doc.body_line):
        # The build removes it (render/html.py) and carries on, so serve shows a preview.
        report.add(source.path, line, "body", msg("body.unsafe", what=what), neutralised=True)


def _image(file: _File, record: Record, field: str) -> Path | None:
    name = record.get(field)
    if name is None:
        return None
    try:
        return check_image(file.found.path.parent, name, file.options.images)
    except LinkRefused:
        return None   # reported by the confinement scan, naming the link
    except FieldError as exc:
        file.error(record.lines.get(field), field, exc.text)
        return None


def _body_images(file: _File, in_folder: bool) -> tuple[tuple[str, Path], ...]:
    images = []
    for line, alt, name in local_images(file.doc.body, file.doc.body_line):
        try:
            folder = file.found.path.parent if in_folder else None
            images.append((name, check_body_image(folder, alt, name, file.options.images)))
        except LinkRefused:
            continue  # reported by the confinement scan, naming the link
        except FieldError as exc:
            file.error(line, "body", exc.text)
    return tuple(images)


def _ambassador(file: _File, record: Record) -> Ambassador | None:
    term = _term(file, record.get("term"))
    photo = _image(file, record, "photo")
    podium = _podium(file, record.get("podium") or [])
    if "name" not in record.values or term is None:
        return None
    links = record.get("links")
    return Ambassador(
        slug=file.found.slug, name=record.values["name"], term=term, source=file.source,
        body=file.doc.body, sort_name=record.get("sort_name"), role=record.get("role"), organisation=record.get("organisation"),
        region=record.get("region"), sector=record.get("sector"),
        themes=tuple(record.get("themes") or ()), photo=photo,
        photo_alt=record.get("photo_alt"), photo_credit=record.get("photo_credit"),
        photo_focus=record.get("photo_focus"),
        honorary=record.get("honorary", False),
        links=tuple(links.values.items()) if links else (), github=record.get("github"),
        podium=podium, body_images=_body_images(file, True), lines=record.lines)


def _term(file: _File, record: Record | None) -> Term | None:
    if record is None or "start" not in record.values:
        return None
    start = record.values["start"]
    end = record.get("end") or default_term_end(start, file.options.term_years)
    if end < start:
        file.error(record.lines.get("end"), "term.end", msg("order.term", end=end, start=start))
        return None
    return Term(start, end)


def _podium(file: _File, records: list[Record]) -> tuple[PodiumEntry, ...]:
    entries: list[PodiumEntry] = []
    seen: dict[tuple[dt.date, str], int] = {}
    for index, record in enumerate(records, 1):
        values = record.values
        if not {"date", "kind", "title"} <= values.keys():
            continue
        key = (values["date"], values["title"].casefold())
        if key in seen:
            file.error(record.line, f"podium[{index}]", msg(
                "appearance.twice", date=values["date"], title=values["title"], entry=seen[key]))
            continue
        seen[key] = index
        entries.append(PodiumEntry(values["date"], values["kind"], values["title"],
                                   values.get("venue"), values.get("url"),
                                   values.get("public", True), record.line,
                                   event=values.get("event"), number=index,
                                   lines=record.lines))
    return tuple(entries)


def _moment(file: _File, record: Record, field: str) -> dt.datetime | None:
    """A publication value: a date alone means 00:00 local time that day."""
    value = record.get(field)
    if isinstance(value, dt.datetime) or value is None:
        return value
    return dt.datetime.combine(value, dt.time(0), file.options.ctx.tz)


def _story(file: _File, record: Record) -> Story | None:
    image = _image(file, record, "image")
    if "image" in record.values and "image_alt" not in record.lines:  # present, maybe bad
        file.error(record.lines["image"], "image_alt", msg("story.image_alt"))
    date = _moment(file, record, "date")
    if date is None or not {"title", "ambassadors"} <= record.values.keys():
        return None
    return Story(
        slug=file.found.slug, title=record.values["title"], date=date,
        ambassadors=tuple(record.values["ambassadors"]), source=file.source,
        body=file.doc.body, summary=record.get("summary"), image=image,
        image_alt=record.get("image_alt"), themes=tuple(record.get("themes") or ()),
        draft=record.get("draft", False),
        body_images=_body_images(file, file.found.path.name == "index.md"), lines=record.lines)


def _event(file: _File, record: Record) -> Event | None:
    start, end = record.get("start"), record.get("end")
    if start is None or "title" not in record.values:
        return None
    if end is not None and isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        shape = msg("event.timed" if isinstance(start, dt.datetime) else "event.all_day")
        file.error(record.lines["end"], "end", msg("event.end_shape", shape=shape))
        return None
    if end is not None and end < start:
        file.error(record.lines["end"], "end",
                   msg("order.event", end=_shown(end), start=_shown(start)))
        return None
    return Event(
        slug=file.found.slug, title=record.values["title"], start=start, end=end,
        source=file.source, body=file.doc.body, kind=record.get("kind"),
        location=record.get("location"), address=_address(record.get("address")),
        free=ADMISSION.get(record.get("admission")), online=record.get("online"),
        registration=record.get("registration"),
        ambassadors=tuple(record.get("ambassadors") or ()),
        cancelled=record.get("cancelled", False), sequence=record.get("sequence", 0),
        lines=record.lines)


def _address(record: Record | None) -> Address | None:
    """The parts of `address`; None when one is missing (reported by the schema)."""
    parts = [record.get(name) for name in ("street", "postcode", "city")] if record else []
    return Address(*parts) if parts and all(parts) else None


def _shown(value: dt.date | dt.datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if isinstance(value, dt.datetime) else value.isoformat()


def _appointment(file: _File, record: Record) -> Appointment | None:
    if not file.found.slug.isdigit() or len(file.found.slug) != 4:
        file.error(None, None, msg("appointment.file_name"))
        return None
    if not in_calendar(int(file.found.slug)):   # the year of the file name, like a date's
        file.error(None, None, msg("date.out_of_range", value=repr(file.found.slug),
                                   first=FIRST_YEAR, last=LAST_YEAR))
        return None
    date = _moment(file, record, "date")
    if date is None or not {"title", "ambassadors"} <= record.values.keys():
        return None
    return Appointment(int(file.found.slug), record.values["title"], date,
                       tuple(record.values["ambassadors"]), file.source, file.doc.body,
                       record.lines)


def _newsletter(file: _File, record: Record) -> NewsletterIssue | None:
    # An e-mail goes out with it: an image from another host is a tracking pixel, which
    # the build leaves out (render/html.py own_images). Advice, so publishing goes on.
    for line, host in remote_images(file.doc.body, file.doc.body_line, file.options.own_host):
        file.report.advisory(file.source.path, line, "body",
                             msg("newsletter.remote_image", host=host))
    date = _moment(file, record, "date")
    if date is None or "title" not in record.values:
        return None
    return NewsletterIssue(file.found.slug, record.values["title"], date, file.source,
                           file.doc.body, record.lines)


_SCHEMAS = {_ambassador: schemas.AMBASSADOR, _story: schemas.STORY, _event: schemas.EVENT,
            _appointment: schemas.APPOINTMENT, _newsletter: schemas.NEWSLETTER}
