"""The edges of the calendar, as a hostile pull request or a broken workflow would try them
(content-model.md v1.4, "Dates"): every date field at the years 0001, 1899, 2200 and 9999 is
an error from `check` (exit 1) and from the strict build, naming the same file, line and
field, never a traceback; the first and last days that are allowed, with the default term,
an all-day event on the last day and the build clock at either end, build and parse; a
SOURCE_DATE_EPOCH that is too large, negative or no number is a bilingual error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.domain.clock import LAST_EPOCH
from tests.sitebuilder import build, run_cli
from tests.verdict import Case
from tests.verdict.base import (
    ANNOUNCEMENT,
    EPOCH,
    EVENT,
    ISSUE,
    PERSON,
    PERSON_TEXT,
    STORY,
    write_case,
)

OTHER = "mensen/bram-ozturk/index.md"
ALL_DAY = "docs/events/2026-10-open-dag.md"


def every_date_at(value: str) -> dict[str, str | bytes]:
    """The base site with `value` in every kind of date field."""
    return {
        PERSON: PERSON_TEXT.replace("start: 2025-02-01", f"start: {value}"),
        OTHER: f"---\nname: Bram Öztürk\nterm:\n  start: 2025-01-01\n  end: {value}\n"
               f"podium:\n  - date: {value}\n    kind: presentatie\n    title: Te vroeg\n---\n",
        STORY: f"---\ntitle: Verhaal\ndate: {value}\nambassadors: [anouk-de-wit]\n---\nTekst.\n",
        EVENT: f"---\ntitle: Netwerkdag\nstart: {value}T10:00\n---\nTekst.\n",
        ALL_DAY: f"---\ntitle: Open dag\nstart: 2026-10-01\nend: {value}\n---\nTekst.\n",
        ISSUE: f"---\ntitle: Nieuwsbrief\ndate: {value}\n---\nTekst.\n",
        ANNOUNCEMENT: f"---\ntitle: Benoemd\ndate: {value}T10:00\nambassadors: [anouk-de-wit]"
                      "\n---\nTekst.\n",
        f"docs/appointments/{value[:4]}.md": "---\ntitle: Benoemd\ndate: 2025-01-20\n"
                                             "ambassadors: [anouk-de-wit]\n---\nTekst.\n",
    }


def expected(value: str) -> list[tuple[str, int | None, str | None, str]]:
    """(file, line, field, value) of every error the dates make."""
    return [(PERSON, 10, "term.start", value), (OTHER, 5, "term.end", value),
            (OTHER, 7, "podium[1].date", value), (STORY, 3, "date", value),
            (EVENT, 3, "start", f"{value}T10:00"), (ALL_DAY, 4, "end", value),
            (ISSUE, 3, "date", value), (ANNOUNCEMENT, 3, "date", f"{value}T10:00"),
            (f"docs/appointments/{value[:4]}.md", None, None, value[:4])]


def _where(path: str, line: int | None, field: str | None) -> str:
    return path + (f":{line}" if line else "") + ":" + (f" {field}:" if field else "")


@pytest.mark.parametrize("value", ["0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31"])
def test_a_date_outside_the_years_fails_check_and_build_alike(tmp_path: Path,
                                                              value: str) -> None:
    root = write_case(tmp_path, Case("date.out_of_range", files=every_date_at(value)))
    done = run_cli(root, "check", epoch=EPOCH)
    result = build(root, EPOCH)
    assert done.returncode == 1 and result.code == 1, done.stdout + result.out
    for output in (done.stdout + done.stderr, result.out):
        assert "Traceback" not in output, output
    for path, line, field, shown in expected(value):
        said = f"{_where(path, line, field)} '{shown}' lies outside the years 1900-2199"
        assert f"error: {said}" in done.stdout, (said, done.stdout)
        assert said in result.out, (said, result.out)
        assert f"{_where(path, line, field)} '{shown}' ligt buiten de jaren 1900-2199" in \
            result.out


EDGES: dict[str, str | bytes] = {
    # the last day a term may start, with the default term of two years after it
    "mensen/laatste/index.md": "---\nname: Laatste Ambassadeur\nterm:\n  start: 2199-12-31\n"
                               "podium:\n  - date: 2199-12-31\n    kind: presentatie\n"
                               "    title: Het einde\n---\nTekst.\n",
    "mensen/eerste/index.md": "---\nname: Eerste Ambassadeur\nterm:\n  start: 1900-01-01\n"
                              "  end: 2199-12-31\npodium:\n  - date: 1900-01-01\n"
                              "    kind: presentatie\n    title: Het begin\n---\nTekst.\n",
    "verhalen-bron/oud.md": "---\ntitle: Oud verhaal\ndate: 1900-01-01T00:00+14:00\n"
                            "ambassadors: [anouk-de-wit]\n---\nTekst.\n",
    "verhalen-bron/laat.md": "---\ntitle: Laat verhaal\ndate: 2199-12-31T23:59-12:00\n"
                             "ambassadors: [anouk-de-wit]\n---\nTekst.\n",
    # Amsterdam's local mean time, +00:19:32: feeds state no seconds in an offset
    "verhalen-bron/dertig.md": "---\ntitle: Dertig\ndate: 1930-05-01T12:00\n"
                               "ambassadors: [anouk-de-wit]\n---\nTekst.\n",
    "docs/events/2199-12-laatste-dag.md": "---\ntitle: De laatste dagen\nstart: 2199-12-30\n"
                                          "end: 2199-12-31\n---\nTekst.\n",
    "docs/events/1900-01-eerste-dag.md": "---\ntitle: De eerste dag\nstart: 1900-01-01\n"
                                         "---\nTekst.\n",
    "docs/events/2199-12-laatste-avond.md": "---\ntitle: De laatste avond\n"
                                            "start: 2199-12-31T20:00\nend: 2199-12-31T23:59\n"
                                            "---\nTekst.\n",
    "docs/newsletter/1900-01.md": "---\ntitle: De eerste nieuwsbrief\ndate: 1900-01-01\n"
                                  "---\nTekst.\n",
    "docs/newsletter/2199-12.md": "---\ntitle: De laatste nieuwsbrief\ndate: 2199-12-31T23:59\n"
                                  "---\nTekst.\n",
    "docs/appointments/2199.md": "---\ntitle: Laatste benoeming\ndate: 2199-12-31\n"
                                 "ambassadors: [laatste]\n---\nTekst.\n",
    # a press kit dated before ZIP's first year (1980)
    "docs/appointments/1900.md": "---\ntitle: Eerste benoeming\ndate: 1900-01-01T00:00\n"
                                 "ambassadors: [eerste]\n---\nTekst.\n",
}


@pytest.mark.parametrize("epoch", [0, EPOCH, LAST_EPOCH])
def test_the_first_and_last_days_build_at_any_clock(tmp_path: Path, epoch: int) -> None:
    import feedparser
    import icalendar
    root = write_case(tmp_path, Case("none", files=EDGES))
    done = run_cli(root, "check", epoch=epoch)
    assert "Traceback" not in done.stderr and done.returncode == 0, done.stdout + done.stderr
    result = build(root, epoch)
    assert result.code == 0, result.out
    for ics in result.site.rglob("*.ics"):
        icalendar.Calendar.from_ical(ics.read_bytes())
    for feed in (result.site / "feeds").glob("*.*"):
        if feed.suffix in (".xml", ".atom"):
            text = feed.read_text(encoding="utf-8")
            assert not feedparser.parse(text).bozo, feed
            for stamp in re.findall(r"<(?:updated|published)>([^<]*)<", text):
                assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", stamp), stamp
            for stamp in re.findall(r"<(?:pubDate|lastBuildDate)>([^<]*)<", text):
                assert re.fullmatch(r"\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}", stamp), stamp


@pytest.mark.parametrize("epoch", ["99999999999", "-1", "-99999999999", "abc", "1.5",
                                   str(LAST_EPOCH + 1), "1_000"])
def test_a_bad_build_clock_is_a_bilingual_error_of_check_and_build(tmp_path: Path,
                                                                   epoch: str) -> None:
    root = write_case(tmp_path, Case("clock.epoch"))
    done = run_cli(root, "check", epoch=epoch)   # type: ignore[arg-type]
    result = build(root, EPOCH, env={"SOURCE_DATE_EPOCH": epoch})
    assert done.returncode == 1 and result.code == 1, done.stdout + done.stderr + result.out
    for output in (done.stdout + done.stderr, result.out):
        assert "Traceback" not in output, output
        assert "SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 00:00 UTC" in output
        assert "NL: SOURCE_DATE_EPOCH: verwacht hele seconden sinds 1970-01-01" in output
        assert repr(epoch) in output
