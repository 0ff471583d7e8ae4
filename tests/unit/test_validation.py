"""Every validation rule of the content model: one case per rule, each naming the file, the
line, the field and what is wrong (content-model.md, "Rules in detail" and "Validation")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.domain.site import SiteOptions
from generator.sources.errors import Severity

from .sitefiles import CEST, TZ, Symlink, build, findings, image, line_of, load, local, write

ERROR, ADVISORY = Severity.ERROR, Severity.ADVISORY
NOW = "2026-02-01T12:00Z"
JAN = "ambassadors/jan-jansen/index.md"

# A valid site: every case adds or replaces files and must yield exactly its one problem.
BASE = {
    JAN: """
        ---
        name: Jan Jansen
        term:
          start: 2025-01-20
        ---
        Jan is ondernemer.
        """,
}


def jan(*lines: str) -> dict[str, str]:
    """Jan's file with extra front-matter lines (given without indentation)."""
    extra = "".join(line + "\n" for line in lines)
    return {JAN: "---\nname: Jan Jansen\nterm:\n  start: 2025-01-20\n" + extra + "---\nBio.\n"}


def story(*lines: str, path: str = "stories/x.md") -> dict[str, str]:
    extra = "".join(line + "\n" for line in lines)
    return {path: "---\ntitle: Een verhaal\ndate: 2026-01-10\nambassadors: [jan-jansen]\n"
                  + extra + "---\nTekst.\n"}


def event(*lines: str, start: str = "2026-03-12T19:00") -> dict[str, str]:
    extra = "".join(line + "\n" for line in lines)
    return {"content/events/x.md": f"---\ntitle: Bijeenkomst\nstart: {start}\n" + extra
            + "---\nTekst.\n"}


@dataclass(frozen=True)
class Case:
    files: dict[str, str | bytes | Symlink]
    path: str
    line: str | int | tuple[int, ...] | None  # text on the offending line, its number,
    # the numbers of the acceptable lines, or None for a problem of the whole file
    field: str | None
    phrase: str
    severity: Severity = ERROR
    options: dict[str, object] = field(default_factory=dict)


def case(id: str, *args: object, **kwargs: object) -> object:
    return pytest.param(Case(*args, **kwargs), id=id)  # type: ignore[arg-type]


CASES = [
    # --- dates -------------------------------------------------------------------------
    case("date-wrong-format", {JAN: """
        ---
        name: Jan Jansen
        term:
          start: 20-01-2025
        ---
        """}, JAN, "start:", "term.start", "expected a date like 2025-01-20, got '20-01-2025'"),
    case("date-impossible", {JAN: """
        ---
        name: Jan Jansen
        term:
          start: 2025-02-30
        ---
        """}, JAN, "start:", "term.start", "'2025-02-30' is not a day in the calendar"),
    case("date-time-where-date-expected", jan("podium:", "  - date: 2025-03-12T10:00",
                                              "    kind: workshop", "    title: X"),
         JAN, "- date:", "podium[1].date", "expected a date like 2025-01-20"),
    case("moment-wrong-format", {"stories/y.md": """
        ---
        title: Een verhaal
        date: 14-03-2026
        ambassadors: [jan-jansen]
        ---
        """}, "stories/y.md", "date:", "date", "expected a date like 2026-03-12 or a date and time"),
    case("moment-impossible", {"stories/y.md": """
        ---
        title: Een verhaal
        date: 2026-02-30T10:00
        ambassadors: [jan-jansen]
        ---
        """}, "stories/y.md", "date:", "date", "is not a valid date and time"),
    case("moment-bad-hour", event(start="2026-03-12T25:00"), "content/events/x.md", "start:",
         "start", "is not a valid date and time"),
    case("moment-offset-out-of-range", event(start="2026-03-12T19:00+25:00"),
         "content/events/x.md", "start:", "start", "+25:00"),
    case("moment-offset-bad-minutes", event(start="2026-03-12T19:00+02:99"),
         "content/events/x.md", "start:", "start", "+02:99"),
    case("nonexistent-local-time", event(start="2026-03-29T02:30"), "content/events/x.md",
         "start:", "start", "does not exist in Europe/Amsterdam"),
    case("term-end-before-start", jan("  end: 2024-01-19"), JAN, "end:", "term.end",
         "the term ends (2024-01-19) before it starts (2025-01-20)"),
    case("event-end-before-start", event("end: 2026-03-12T18:00"), "content/events/x.md",
         "end:", "end", "before it starts"),
    case("event-all-day-end-before-start", event("end: 2026-03-11", start="2026-03-12"),
         "content/events/x.md", "end:", "end", "before it starts"),
    case("event-date-start-timed-end", event("end: 2026-03-12T21:00", start="2026-03-12"),
         "content/events/x.md", "end:", "end", "the same kind of value as start"),
    case("event-timed-start-date-end", event("end: 2026-03-13"), "content/events/x.md",
         "end:", "end", "the same kind of value as start"),
    # --- booleans and plain text -----------------------------------------------------
    case("bool-yes", jan("honorary: yes"), JAN, "honorary:", "honorary",
         "expected true or false, got 'yes'"),
    case("bool-no", jan("honorary: no"), JAN, "honorary:", "honorary",
         "expected true or false, got 'no'"),
    case("bool-on", story("draft: on"), "stories/x.md", "draft:", "draft",
         "expected true or false, got 'on'"),
    case("bool-off", event("cancelled: off"), "content/events/x.md", "cancelled:", "cancelled",
         "expected true or false, got 'off'"),
    # `sequence`: a whole number an editor raises by one; nothing a calendar would misread
    case("sequence-negative", event("sequence: -1"), "content/events/x.md", "sequence:",
         "sequence", "expected a whole number from 0 to 999, got '-1'"),
    case("sequence-fraction", event("sequence: 1.5"), "content/events/x.md", "sequence:",
         "sequence", "expected a whole number from 0 to 999, got '1.5'"),
    case("sequence-quoted", event("sequence: '2'"), "content/events/x.md", "sequence:",
         "sequence", "expected a whole number from 0 to 999, got '2'"),
    case("sequence-huge", event("sequence: 99999999999999999999"), "content/events/x.md",
         "sequence:", "sequence", "expected a whole number from 0 to 999"),
    case("sequence-word", event("sequence: twee"), "content/events/x.md", "sequence:",
         "sequence", "expected a whole number from 0 to 999, got 'twee'"),
    case("bool-number", jan("podium:", "  - date: 2025-03-12", "    kind: workshop",
                            "    title: X", "    public: 0"),
         JAN, "public:", "podium[1].public", "expected true or false, got '0'"),
    case("text-empty-quoted", jan('role: ""'), JAN, "role:", "role",
         "expected text, got an empty value"),
    # --- duplicate and unknown keys ---------------------------------------------------
    case("duplicate-key", jan("name: Jan Janssen"), JAN, "name: Jan Janssen", None,
         "field 'name' appears twice (also on line 2)"),
    case("duplicate-nested-key", jan("  start: 2025-02-01"), JAN, "start: 2025-02-01", None,
         "field 'start' appears twice (also on line 4)"),
    case("unknown-key-suggestion", jan("organization: Bakkerij"), JAN, "organization:",
         "organization", "unknown field 'organization': did you mean 'organisation'?"),
    case("unknown-nested-key", jan("  einde: 2027-01-19"), JAN, "einde:", "term.einde",
         "unknown field 'einde'"),
    case("unknown-story-key", story("tags: [a]"), "stories/x.md", "tags:", "tags",
         "unknown field 'tags'"),
    case("unknown-link-key", jan("links:", "  twitter: https://x.com/jan"), JAN, "twitter:",
         "links.twitter", "unknown field 'twitter'"),
    case("github-with-space", jan("github: jan jansen"), JAN, "github:", "github",
         "expected a GitHub user name like mvdberg, got 'jan jansen'"),
    case("github-double-hyphen", jan("github: jan--jansen"), JAN, "github:", "github",
         "got 'jan--jansen'"),
    case("github-too-long", jan("github: " + "j" * 40), JAN, "github:", "github",
         "expected a GitHub user name"),
    # --- wrong types --------------------------------------------------------------------
    case("list-where-text", jan("role: [eigenaar, directeur]"), JAN, "role:", "role",
         "expected text, got a list"),
    case("mapping-where-text", jan("region: {provincie: Utrecht}"), JAN, "region:", "region",
         "expected text, got a group of fields"),
    case("text-where-list", jan("themes: inclusief werkgeverschap"), JAN, "themes:", "themes",
         "expected a list like"),
    case("mapping-where-list", jan("themes: {a: b}"), JAN, "themes:", "themes",
         "got a group of fields"),
    case("text-where-slug-list", {"stories/y.md": """
        ---
        title: Een verhaal
        date: 2026-01-10
        ambassadors: jan-jansen
        ---
        """}, "stories/y.md", "ambassadors:", "ambassadors", "expected a list like"),
    case("bad-slug-in-list", {"stories/y.md": """
        ---
        title: Een verhaal
        date: 2026-01-10
        ambassadors: [Jan Jansen]
        ---
        """}, "stories/y.md", "ambassadors:", "ambassadors", "item 1: expected a slug"),
    case("mapping-where-podium-list", jan("podium: {date: 2025-03-12}"), JAN, "podium:",
         "podium", "expected a list of entries"),
    case("text-where-term", {JAN: """
        ---
        name: Jan Jansen
        term: 2025-01-20
        ---
        """}, JAN, "term:", "term", "expected fields like start: 2025-01-20"),
    # --- URLs ------------------------------------------------------------------------
    case("link-http", jan("links:", "  website: http://example.nl"), JAN, "website:",
         "links.website", "expected a web address starting with https://"),
    case("link-javascript", jan("links:", "  linkedin: javascript:alert(1)"), JAN,
         "linkedin:", "links.linkedin", "starting with https://"),
    case("podium-url-http", jan("podium:", "  - date: 2025-03-12", "    kind: workshop",
                                "    title: X", "    url: http://example.nl/verslag"),
         JAN, "url:", "podium[1].url", "starting with https://"),
    case("event-online-http", event("online: http://meet.example.nl"), "content/events/x.md",
         "online:", "online", "starting with https://"),
    case("event-registration-javascript", event("registration: javascript:alert(1)"),
         "content/events/x.md", "registration:", "registration", "starting with https://"),
    case("url-without-host", event("online: https://"), "content/events/x.md", "online:",
         "online", "starting with https://"),
    # --- podium ----------------------------------------------------------------------
    case("podium-unknown-kind", jan("podium:", "  - date: 2025-03-12",
                                    "    kind: presentatei", "    title: X"),
         JAN, "kind:", "podium[1].kind", "got 'presentatei' (did you mean 'presentatie'?)"),
    case("podium-missing-title", jan("podium:", "  - date: 2025-03-12", "    kind: workshop"),
         JAN, "- date:", "podium[1].title", "this field is required"),
    case("podium-duplicate", jan("podium:",
                                 "  - date: 2025-03-12", "    kind: workshop", "    title: X",
                                 "  - date: 2025-04-01", "    kind: workshop", "    title: Y",
                                 "  - date: 2025-03-12", "    kind: artikel", "    title: x"),
         JAN, 12, "podium[3]", "already listed as entry 1"),
    case("podium-outside-term", jan("podium:", "  - date: 2025-01-19", "    kind: workshop",
                                    "    title: X"),
         JAN, "- date:", "podium.date", "outside the term", ADVISORY),
    # --- images ----------------------------------------------------------------------
    case("story-image-without-alt", story("image: cover.jpg", path="stories/x/index.md")
         | {"stories/x/cover.jpg": image()}, "stories/x/index.md", "image:", "image_alt",
         "needs image_alt"),
    case("photo-missing", jan("photo: portret.jpg"), JAN, "photo:", "photo",
         "the file 'portret.jpg' does not exist in this folder"),
    case("photo-leaves-folder", jan("photo: ../x.jpg") | {"ambassadors/x.jpg": image()}, JAN,
         "photo:", "photo", "expected a file name in this folder, got '../x.jpg'"),
    case("photo-absolute-path", jan("photo: /etc/x.jpg"), JAN, "photo:", "photo",
         "expected a file name in this folder"),
    case("photo-gif", jan("photo: portret.gif")
         | {"ambassadors/jan-jansen/portret.gif": image("GIF", mode="P")}, JAN, "photo:",
         "photo", "expected an image file name in this folder"),
    case("photo-not-an-image", jan("photo: portret.jpg")
         | {"ambassadors/jan-jansen/portret.jpg": b"not an image\n"}, JAN, "photo:", "photo",
         "is not a readable JPEG, PNG or WebP image"),
    case("photo-png-named-jpg", jan("photo: portret.jpg")
         | {"ambassadors/jan-jansen/portret.jpg": image("PNG")}, JAN, "photo:", "photo",
         "is really a PNG image"),
    case("photo-over-40-megapixels", jan("photo: portret.png")
         | {"ambassadors/jan-jansen/portret.png": image("PNG", (8000, 6000), "1")}, JAN,
         "photo:", "photo", "at most 40 are allowed"),
    case("photo-over-20-mib", jan("photo: portret.jpg")
         | {"ambassadors/jan-jansen/portret.jpg": image() + bytes(21 * 1024 * 1024)}, JAN,
         "photo:", "photo", "at most 20 MiB"),
    # --- whole files -----------------------------------------------------------------
    case("markdown-over-1-mib", {JAN: "---\nname: Jan Jansen\nterm:\n  start: 2025-01-20\n"
                                      "---\n" + "Tekst. " * 160_000},
         JAN, None, None, "a Markdown source may be at most 1 MiB"),
    case("not-utf8", {JAN: "---\nname: Jan\nrole: Caf\xe9\nterm:\n  start: 2025-01-20\n---\n"
                      .encode("latin-1")}, JAN, 3, None, "not UTF-8"),
    case("empty-file", {JAN: ""}, JAN, 1, None, "expected front matter at the top"),
    case("no-front-matter", {JAN: "# Jan Jansen\n\nname: Jan\n"}, JAN, 1, None,
         "expected front matter at the top"),
    case("unclosed-front-matter", {JAN: "---\nname: Jan Jansen\nterm:\n  start: 2025-01-20\n"
                                   "Bio.\n"}, JAN, 1, None, "the front matter is not closed"),
    case("front-matter-is-a-list", {JAN: "---\n- name: Jan\n- term: x\n---\n"}, JAN, 2, None,
         "must be a list of 'field: value' lines"),
    case("front-matter-is-text", {JAN: "---\nJan Jansen\n---\n"}, JAN, 2, None,
         "must be a list of 'field: value' lines"),
    case("invalid-yaml", {JAN: "---\nname: Jan Jansen\nrole: eigenaar: bakkerij\nterm:\n"
                          "  start: 2025-01-20\n---\n"}, JAN, 3, None, "not valid YAML"),
    case("invalid-yaml-unclosed-list", {JAN: "---\nname: Jan Jansen\nthemes: [a, b\n"
                                        "term:\n  start: 2025-01-20\n---\n"},
         JAN, 4, None, "not valid YAML"),
    # --- names and references --------------------------------------------------------
    case("slug-with-space", {"ambassadors/Piet Jansen/index.md": BASE[JAN]},
         "ambassadors/Piet Jansen/index.md", None, None,
         "'Piet Jansen' is not a valid slug: use lowercase letters a-z, digits and hyphens, "
         "like 'piet-jansen'"),
    case("slug-suggestion-already-taken", {"ambassadors/Jan Jansen/index.md": BASE[JAN]},
         "ambassadors/Jan Jansen/index.md", None, None,
         "'Jan Jansen' is not a valid slug: use lowercase letters a-z, digits and hyphens; "
         "ambassadors/jan-jansen/index.md already exists, so merge the two or choose another "
         "name"),
    case("story-slug-suggestion-already-taken", story() | story(path="stories/mijn-verhaal.md")
         | story(path="stories/Mijn-Verhaal.md"), "stories/Mijn-Verhaal.md", None, None,
         "stories/mijn-verhaal.md already exists"),
    case("slug-with-underscore", {"stories/een_verhaal.md": story()["stories/x.md"]},
         "stories/een_verhaal.md", None, None, "like 'een-verhaal'"),
    case("slug-uppercase-event", event() | {"content/events/Zomer.md": event()[
        "content/events/x.md"]}, "content/events/Zomer.md", None, None, "like 'zomer'"),
    case("ambassador-folder-without-index", {"ambassadors/piet/portret.jpg": image()},
         "ambassadors/piet", None, None, "needs an index.md file"),
    case("duplicate-story-slug", story() | story(path="stories/x/index.md"), "stories/x.md",
         None, None, "duplicate story 'x': stories/x/index.md has the same name"),
    case("unknown-ambassador-in-story", story() | {"stories/x.md": """
        ---
        title: Een verhaal
        date: 2026-01-10
        ambassadors: [jan-janssen]
        ---
        """}, "stories/x.md", "ambassadors:", "ambassadors",
         "unknown ambassador 'jan-janssen'; did you mean 'jan-jansen'?"),
    case("unknown-ambassador-in-event", event("ambassadors: [jan-jansen, jna-jansen]"),
         "content/events/x.md", "ambassadors:", "ambassadors",
         "unknown ambassador 'jna-jansen'; did you mean 'jan-jansen'?"),
    case("unknown-ambassador-in-appointment", {"content/appointments/2025.md": """
        ---
        title: Benoemd
        date: 2025-01-10T10:00
        ambassadors:
          - jan-jansen
          - piet
        ---
        """}, "content/appointments/2025.md", (4, 6), "ambassadors",  # key or item, not 5
         "unknown ambassador 'piet'; each slug is the name of a folder in ambassadors/"),
    case("appointment-not-named-after-year", {"content/appointments/benoemingen.md": """
        ---
        title: Benoemd
        date: 2025-01-10T10:00
        ambassadors: [jan-jansen]
        ---
        """}, "content/appointments/benoemingen.md", None, None,
         "named after its year, like content/appointments/2026.md"),
]


@pytest.mark.parametrize("case", CASES)
def test_rule_reports_file_line_field_and_message(tmp_path: Path, case: Case) -> None:
    write(tmp_path, BASE | case.files)
    _, report = build(tmp_path, NOW)

    problems = findings(report)
    assert len(problems) == 1, "\n".join(map(str, problems))
    problem = problems[0]
    line = line_of(tmp_path, case.path, case.line) if isinstance(case.line, str) else case.line
    if isinstance(line, tuple):
        assert problem.line in line, str(problem)
        line = problem.line
    assert (problem.path, problem.line, problem.field) == (case.path, line, case.field)
    assert case.phrase in problem.message
    assert problem.severity is case.severity


@pytest.mark.parametrize(("path", "content", "field", "line"), [
    (JAN, "---\nterm:\n  start: 2025-01-20\n---\n", "name", 2),
    (JAN, "---\nname:\nterm:\n  start: 2025-01-20\n---\n", "name", 2),
    (JAN, "---\nname: Jan\nterm: {end: 2027-01-19}\n---\n", "term.start", 3),
    (JAN, "---\nname: Jan\n---\n", "term", 2),
    (JAN, "---\nname: Jan\nterm:\n---\n", "term", 3),
    ("stories/x.md", "---\ndate: 2026-01-10\nambassadors: [jan-jansen]\n---\n", "title", 2),
    ("stories/x.md", "---\ntitle: T\nambassadors: [jan-jansen]\n---\n", "date", 2),
    ("stories/x.md", "---\ntitle: T\ndate: 2026-01-10\n---\n", "ambassadors", 2),
    ("content/events/x.md", "---\nstart: 2026-03-12\n---\n", "title", 2),
    ("content/events/x.md", "---\ntitle: T\n---\n", "start", 2),
    ("content/appointments/2026.md", "---\ndate: 2026-01-20\nambassadors: [jan-jansen]\n---\n",
     "title", 2),
    ("content/appointments/2026.md", "---\ntitle: T\nambassadors: [jan-jansen]\n---\n",
     "date", 2),
    ("content/appointments/2026.md", "---\ntitle: T\ndate: 2026-01-20\n---\n",
     "ambassadors", 2),
    ("content/newsletter/maart.md", "---\ndate: 2026-01-20\n---\n", "title", 2),
    ("content/newsletter/maart.md", "---\ntitle: T\n---\n", "date", 2),
])
def test_missing_required_field(tmp_path: Path, path: str, content: str, field: str,
                                line: int) -> None:
    write(tmp_path, BASE | {path: content.encode()})
    _, report = build(tmp_path, NOW)

    assert [(p.path, p.line, p.field) for p in findings(report)] == [(path, line, field)]
    assert "this field is required: add a line like" in findings(report)[0].message


def test_message_format_names_file_line_and_field(tmp_path: Path) -> None:
    write(tmp_path, {JAN: "---\nname: Jan\nterm:\n  start: 20-01-2025\n---\n"})
    _, report = load(tmp_path)

    assert [str(p) for p in report.problems] == [
        "ambassadors/jan-jansen/index.md:4: term.start: expected a date like 2025-01-20, "
        "got '20-01-2025'"]


# --- accepted values ------------------------------------------------------------------

@pytest.mark.parametrize(("value", "instant"), [
    ("2026-03-12T19:00", dt.datetime(2026, 3, 12, 18, 0, tzinfo=dt.timezone.utc)),
    ("2026-03-12 19:00", dt.datetime(2026, 3, 12, 18, 0, tzinfo=dt.timezone.utc)),
    ("2026-03-12T19:00:30", dt.datetime(2026, 3, 12, 18, 0, 30, tzinfo=dt.timezone.utc)),
    ("2026-03-12T19:00Z", dt.datetime(2026, 3, 12, 19, 0, tzinfo=dt.timezone.utc)),
    ("2026-03-12 19:00Z", dt.datetime(2026, 3, 12, 19, 0, tzinfo=dt.timezone.utc)),
    ("2026-03-12T19:00+02:00", dt.datetime(2026, 3, 12, 17, 0, tzinfo=dt.timezone.utc)),
    ("2026-03-12T19:00-05:30", dt.datetime(2026, 3, 13, 0, 30, tzinfo=dt.timezone.utc)),
    ("2026-07-12T19:00", dt.datetime(2026, 7, 12, 17, 0, tzinfo=dt.timezone.utc)),  # summer
])
def test_date_time_forms_are_accepted(tmp_path: Path, value: str, instant: dt.datetime) -> None:
    write(tmp_path, event(start=value))
    sources, report = load(tmp_path)

    assert report.problems == []
    (loaded,) = sources.events
    assert loaded.start == instant and loaded.start.utcoffset() is not None
    assert not loaded.all_day


def test_date_alone_is_an_all_day_event(tmp_path: Path) -> None:
    write(tmp_path, event("end: 2026-03-13", start="2026-03-12"))
    sources, report = load(tmp_path)

    assert report.problems == []
    (loaded,) = sources.events
    assert (loaded.start, loaded.end, loaded.all_day) == (
        dt.date(2026, 3, 12), dt.date(2026, 3, 13), True)


def test_doubled_local_time_means_its_first_occurrence(tmp_path: Path) -> None:
    write(tmp_path, event(start="2026-10-25T02:30"))
    sources, report = load(tmp_path)

    assert report.problems == []
    start = sources.events[0].start
    assert start.utcoffset() == dt.timedelta(hours=2)
    assert start.astimezone(dt.timezone.utc) == dt.datetime(2026, 10, 25, 0, 30,
                                                            tzinfo=dt.timezone.utc)
    assert start.astimezone(CEST).replace(tzinfo=None) == dt.datetime(2026, 10, 25, 2, 30)


@pytest.mark.parametrize(("line", "expected"), [("", 0), ("sequence: 0", 0),
                                               ("sequence: 3", 3), ("sequence:", 0)])
def test_sequence_is_a_whole_number_zero_when_absent(tmp_path: Path, line: str,
                                                     expected: int) -> None:
    write(tmp_path, event(line) if line else event())
    sources, report = load(tmp_path)

    assert report.problems == []
    assert sources.events[0].sequence == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("TRUE", True), ("True", True), ("true", True), ("False", False), ("FALSE", False),
])
def test_booleans_in_any_letter_case(tmp_path: Path, value: str, expected: bool) -> None:
    write(tmp_path, jan(f"honorary: {value}"))
    sources, report = load(tmp_path)

    assert report.problems == []
    assert sources.ambassadors[0].honorary is expected


@pytest.mark.parametrize(("line", "attribute", "expected"), [
    ("region: NO", "region", "NO"),
    ("sector: yes", "sector", "yes"),
    ("role: 1.10", "role", "1.10"),
    ("organisation: 01234", "organisation", "01234"),
    ("organisation: 2025-01-20", "organisation", "2025-01-20"),
    ("github: 0x1F", "github", "0x1F"),
    ("themes: [NO, 1.10, on]", "themes", ("NO", "1.10", "on")),
])
def test_text_is_kept_as_typed(tmp_path: Path, line: str, attribute: str,
                               expected: object) -> None:
    write(tmp_path, jan(line))
    sources, report = load(tmp_path)

    assert report.problems == []
    assert getattr(sources.ambassadors[0], attribute) == expected


def test_name_is_kept_as_typed(tmp_path: Path) -> None:
    write(tmp_path, {JAN: "---\nname: 1.10\nterm:\n  start: 2025-01-20\n---\n"})
    sources, report = load(tmp_path)

    assert report.problems == []
    assert sources.ambassadors[0].name == "1.10"


@pytest.mark.parametrize(("name", "fmt"), [
    ("portret.jpg", "JPEG"), ("portret.JPG", "JPEG"), ("portret.jpeg", "JPEG"),
    ("portret.Jpeg", "JPEG"), ("portret.png", "PNG"), ("portret.PNG", "PNG"),
    ("portret.webp", "WEBP"), ("portret.WebP", "WEBP"),
])
def test_image_extensions_in_any_letter_case(tmp_path: Path, name: str, fmt: str) -> None:
    write(tmp_path, jan(f"photo: {name}") | {f"ambassadors/jan-jansen/{name}": image(fmt)})
    sources, report = load(tmp_path)

    assert report.problems == []
    assert sources.ambassadors[0].photo == tmp_path / "ambassadors/jan-jansen" / name


def test_https_links_are_accepted(tmp_path: Path) -> None:
    write(tmp_path, jan("links:", "  website: https://example.nl",
                        "  linkedin: https://www.linkedin.com/in/jan"))
    sources, report = load(tmp_path)

    assert report.problems == []
    assert sources.ambassadors[0].links == (
        ("website", "https://example.nl"), ("linkedin", "https://www.linkedin.com/in/jan"))


# --- unsafe Markdown --------------------------------------------------------------------

UNSAFE = [
    pytest.param("<script>alert(1)</script>", "a <script> tag", id="script"),
    pytest.param("<SCRIPT src=x></SCRIPT>", "a <script> tag", id="script-uppercase"),
    pytest.param('<img src="x.png" onerror="alert(1)">', "an event-handler attribute (onerror)",
                 id="onerror"),
    pytest.param("[klik hier](javascript:alert(1))", "a javascript: link", id="javascript-link"),
    pytest.param('<a href="javascript:alert(1)">klik</a>', "a javascript: link",
                 id="javascript-href"),
    pytest.param("<svg/onload=alert(1)>", "an event-handler attribute (onload)",
                 id="svg-slash-onload"),
    pytest.param('<a href="jav&#x61;script:alert(1)">klik</a>', "javascript",
                 id="javascript-entity-encoded"),
]


@pytest.mark.parametrize("markup, phrase", UNSAFE)
# An error for check and build alike; the build makes it harmless and carries on.
@pytest.mark.parametrize("unsafe_is_error, severity", [(False, ERROR), (True, ERROR)])
def test_unsafe_markup_in_body(tmp_path: Path, markup: str, phrase: str,
                               unsafe_is_error: bool, severity: Severity) -> None:
    write(tmp_path, {JAN: "---\nname: Jan Jansen\nterm:\n  start: 2025-01-20\n---\n"
                          "Eerste alinea.\n\n" + markup + "\n\nLaatste alinea.\n"})
    _, report = load(tmp_path, unsafe_is_error=unsafe_is_error)

    assert [(p.path, p.line, p.field, p.severity) for p in report.problems] == [
        (JAN, 8, "body", severity)]
    assert phrase in report.problems[0].message


# An error for check and build alike; the build makes it harmless and carries on.
@pytest.mark.parametrize("unsafe_is_error, severity", [(False, ERROR), (True, ERROR)])
def test_event_handler_on_a_continuation_line(tmp_path: Path, unsafe_is_error: bool,
                                              severity: Severity) -> None:
    write(tmp_path, {JAN: "---\nname: Jan Jansen\nterm:\n  start: 2025-01-20\n---\n"
                          '<img src="x.png"\n     onerror="alert(1)">\n'})
    _, report = load(tmp_path, unsafe_is_error=unsafe_is_error)

    assert [(p.path, p.field, p.severity) for p in report.problems] == [
        (JAN, "body", severity)]
    assert report.problems[0].line in (6, 7)


def test_safe_markdown_gets_no_warning(tmp_path: Path) -> None:
    write(tmp_path, {JAN: "---\nname: Jan Jansen\nterm:\n  start: 2025-01-20\n---\n"
                          "Zie [de website](https://example.nl) en <em>dit</em>.\n\n"
                          "Het onderwerp: javascripting en het script van de dag.\n"})
    _, report = load(tmp_path)

    assert report.problems == []


# --- the network and the whole report -------------------------------------------------

def _ambassadors(starts: dict[str, str]) -> dict[str, str]:
    return {f"ambassadors/{slug}/index.md":
            f"---\nname: {slug.title()}\nterm:\n  start: {start}\n---\n"
            for slug, start in starts.items()}


@pytest.mark.parametrize(("maximum", "warned"), [(2, True), (3, False)])
def test_more_active_ambassadors_than_the_network_maximum(tmp_path: Path, maximum: int,
                                                          warned: bool) -> None:
    # three active, one alumnus (term 2020-2022) and one not yet started: 3 count
    write(tmp_path, _ambassadors({"an": "2025-01-20", "bo": "2025-06-01", "cas": "2026-01-01",
                                  "dirk": "2020-01-01", "eva": "2026-06-01"}))
    _, report = build(tmp_path, NOW, SiteOptions(network_maximum=maximum))

    expected = [("mkdocs.yml", None, "network_maximum", ADVISORY)] if warned else []
    assert [(p.path, p.line, p.field, p.severity) for p in findings(report)] == expected
    if warned:
        assert "3 ambassadors are active, more than the network maximum of 2" \
            in findings(report)[0].message


def test_every_error_of_every_file_is_reported_at_once(tmp_path: Path) -> None:
    write(tmp_path, {
        JAN: """
            ---
            name: Jan Jansen
            term:
              start: 20-01-2025
            honorary: yes
            organization: Bakkerij
            ---
            """,
        "ambassadors/piet/index.md": """
            ---
            term:
              start: 2025-01-20
            photo: piet.gif
            ---
            """,
        "stories/x.md": """
            ---
            title: Een verhaal
            date: 2026-13-01
            ambassadors: [jan-jansen]
            ---
            """,
        "content/events/x.md": """
            ---
            title: Bijeenkomst
            start: 2026-03-12T19:00
            online: http://meet.example.nl
            registration: javascript:alert(1)
            ---
            """,
    })
    _, report = build(tmp_path, NOW)

    assert sorted(str(p) for p in findings(report)) == sorted([
        "ambassadors/jan-jansen/index.md:4: term.start: expected a date like 2025-01-20, "
        "got '20-01-2025'",
        "ambassadors/jan-jansen/index.md:5: honorary: expected true or false, got 'yes'",
        "ambassadors/jan-jansen/index.md:6: organization: unknown field 'organization': did you "
        "mean 'organisation'? allowed fields are name, sort_name, role, organisation, region, "
        "sector, themes, photo, photo_alt, photo_focus, photo_credit, term, honorary, links, "
        "github, podium",
        "ambassadors/piet/index.md:2: name: this field is required: add a line like "
        "'name: Marie-Thérèse van den Berg'",
        "ambassadors/piet/index.md:4: photo: expected an image file name in this folder, like "
        "portrait.jpg (jpg, jpeg, png or webp), got 'piet.gif'",
        "stories/x.md:3: date: '2026-13-01' is not a valid date and time",
        "content/events/x.md:4: online: expected a web address starting with https://, like "
        "https://example.nl/page, got 'http://meet.example.nl'",
        "content/events/x.md:5: registration: expected a web address starting with https://, "
        "like https://example.nl/page, got 'javascript:alert(1)'",
    ])
    assert all(p.severity is ERROR for p in findings(report))


def test_valid_site_has_no_problems(tmp_path: Path) -> None:
    write(tmp_path, BASE | story("image: cover.webp", "image_alt: Een tafel",
                                 path="stories/y/index.md")
          | {"stories/y/cover.webp": image("WEBP")}
          | event("end: 2026-03-12T21:30", "online: https://meet.example.nl",
                  "ambassadors: [jan-jansen]")
          | {"content/appointments/2025.md": "---\ntitle: Benoemd\ndate: 2025-01-10T10:00\n"
                                             "ambassadors: [jan-jansen]\n---\nTekst.\n",
             "content/newsletter/januari.md": "---\ntitle: Januari\ndate: 2026-01-31\n---\n",
             "stories/README.md": "Geen verhaal.\n"})
    site, report = build(tmp_path, NOW)

    assert findings(report) == []
    assert [s.slug for s in site.stories] == ["y"]
    assert site.stories[0].date == local(2026, 1, 10)
    assert site.stories[0].image == tmp_path / "stories/y/cover.webp"
    assert [e.slug for e in site.events] == ["x"]
    assert site.events[0].start.tzinfo is not None and site.events[0].start.astimezone(TZ) \
        == local(2026, 3, 12, 19, 0)
