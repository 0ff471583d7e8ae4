"""The edges of the calendar (content-model.md v1.4, "Dates"): a source date outside the years
1900-2199 is an error naming file, line and field; a build clock (SOURCE_DATE_EPOCH) that is
no whole number of seconds from 1970 to the end of 2200 is a bilingual error; and nothing
derived from a valid date or clock overflows, whatever the options say."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from generator.domain.calendar import build_calendar, in_feed_window
from generator.domain.clock import (
    FIRST_YEAR,
    LAST_EPOCH,
    LAST_YEAR,
    BuildClock,
    ClockError,
    days,
    zone,
)
from generator.domain.site import SiteOptions, build_site
from generator.domain.terms import anniversary, default_term_end
from generator.render.calendars.ics import CalendarInfo, CalendarWriter, EntryText
from generator.render.dates import stated
from generator.sources.errors import FieldError
from generator.sources.front_matter.fields import Context, Date, Moment
from generator.sources.front_matter.parse import Scalar
from tests.unit.sitefiles import TZ, findings, load, write

CTX = Context(TZ)
HOSTILE_YEARS = ["0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31"]


def scalar(text: str) -> Scalar:
    return Scalar(text, 3, True)


@pytest.mark.parametrize("value", HOSTILE_YEARS)
@pytest.mark.parametrize("kind", [Date(), Moment()])
def test_a_date_outside_the_years_is_an_error_in_both_languages(kind: Date | Moment,
                                                                  value: str) -> None:
    with pytest.raises(FieldError) as raised:
        kind.parse(scalar(value), CTX)
    assert raised.value.text.id == "date.out_of_range"
    assert f"'{value}' lies outside the years 1900-2199" in raised.value.message
    assert "ligt buiten de jaren 1900-2199" in raised.value.nl


@pytest.mark.parametrize("value", ["0001-01-01T00:00", "9999-12-31T23:59+14:00",
                                   "1899-12-31T23:59Z", "2200-01-01 00:00"])
def test_a_moment_outside_the_years_is_an_error_before_any_offset_is_applied(value: str) -> None:
    with pytest.raises(FieldError) as raised:
        Moment().parse(scalar(value), CTX)
    assert raised.value.text.id == "date.out_of_range"


@pytest.mark.parametrize("value", ["1900-01-01", "2199-12-31", "1900-01-01T00:00+14:00",
                                   "2199-12-31T23:59-12:00", "2199-12-31T23:59"])
def test_the_first_and_last_days_are_dates(value: str) -> None:
    parsed = Moment().parse(scalar(value), CTX)
    if isinstance(parsed, dt.datetime):
        parsed.astimezone(dt.timezone.utc)   # no overflow either way
    assert Date().parse(scalar(value[:10]), CTX).year in (FIRST_YEAR, LAST_YEAR)


@pytest.mark.parametrize("years", [2, 400, 10**6, -10**6])
def test_a_term_from_the_last_day_ends_without_overflow(years: int) -> None:
    end = default_term_end(dt.date(LAST_YEAR, 12, 31), years)
    assert dt.date.min < end < dt.date.max
    assert default_term_end(dt.date(LAST_YEAR, 12, 31), 2) == dt.date(2201, 12, 30)
    assert anniversary(dt.date(2196, 2, 29), 2) == dt.date(2198, 3, 1)


@pytest.mark.parametrize("count", [0, 365, 10**9, 10**30, -10**30])
def test_a_step_of_days_never_leaves_the_calendar(count: int) -> None:
    for day in (dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR + 1, 12, 31)):
        assert dt.date.min < day + days(count) < dt.date.max
        assert dt.date.min < day - days(count) < dt.date.max


# SOURCE_DATE_EPOCH: whole seconds since 1970 in ASCII digits, up to the end of 2200.
@pytest.mark.parametrize("epoch", ["99999999999", "-1", "-99999999999", "abc", "1.5", "1e9",
                                   "+5", "1_000", "\u0661\u0662\u0663", " 12", "12 ",
                                   str(LAST_EPOCH + 1), "9" * 400, "0x10"])
def test_a_bad_build_clock_is_a_bilingual_error_naming_the_variable(epoch: str) -> None:
    with pytest.raises(ClockError) as raised:
        BuildClock.from_environment("Europe/Amsterdam", {"SOURCE_DATE_EPOCH": epoch})
    said = str(raised.value)
    assert said.startswith("SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01")
    assert "\n  NL: SOURCE_DATE_EPOCH: verwacht hele seconden sinds 1970-01-01" in said
    assert raised.value.text.id == "clock.epoch" and len(said) < 600


@pytest.mark.parametrize("epoch", ["0", "1", str(LAST_EPOCH), "1781517600", ""])
def test_a_build_clock_at_its_edges_works_in_every_zone(epoch: str) -> None:
    for name in ("Pacific/Kiritimati", "Etc/GMT+12", "Europe/Amsterdam"):
        clock = BuildClock.from_environment(name, {"SOURCE_DATE_EPOCH": epoch})
        assert clock.today.year in range(1969, LAST_YEAR + 3)
        clock.start_of(clock.today + dt.timedelta(days=1))


@pytest.mark.parametrize("name", ["Europe", "", "a" * 300, "../etc/passwd", "Mars/Base",
                                  "Europe/Amsterdam\x00"])
def test_a_bad_timezone_is_a_bilingual_error(name: str) -> None:
    with pytest.raises(ClockError) as raised:
        zone(name)
    assert raised.value.text.id == "clock.timezone"
    assert "unknown timezone" in str(raised.value) and "onbekende tijdzone" in str(raised.value)


EDGES = {
    "ambassadors/eerste/index.md": """
        ---
        name: Eerste Ambassadeur
        term:
          start: 1900-01-01
        podium:
          - date: 1900-01-01
            kind: presentatie
            title: Het begin
        ---
        """,
    "ambassadors/laatste/index.md": """
        ---
        name: Laatste Ambassadeur
        term:
          start: 2199-12-31
        podium:
          - date: 2199-12-31
            kind: presentatie
            title: Het einde
        ---
        """,
    "stories/oud.md": """
        ---
        title: Oud verhaal
        date: 1900-01-01T00:00
        ambassadors: [eerste]
        ---
        Tekst.
        """,
    "content/events/laatste-dag.md": """
        ---
        title: De laatste dag
        start: 2199-12-30
        end: 2199-12-31
        ---
        """,
    "content/events/eerste-dag.md": """
        ---
        title: De eerste dag
        start: 1900-01-01T00:00+14:00
        end: 1900-01-01T01:00+14:00
        ---
        """,
    "content/newsletter/laatste.md": """
        ---
        title: De laatste nieuwsbrief
        date: 2199-12-31T23:59
        ---
        """,
    "content/appointments/1900.md": """
        ---
        title: De eerste benoeming
        date: 1900-01-01
        ambassadors: [eerste]
        ---
        """,
}


@pytest.mark.parametrize("epoch", [0, LAST_EPOCH])
@pytest.mark.parametrize("reach", [1, 10**9])
def test_a_site_at_the_edges_loads_and_makes_its_calendar(tmp_path: Path, epoch: int,
                                                          reach: int) -> None:
    """The first and last days everywhere, the clock at either end and the options that
    set a window or a term as large as an int goes: no overflow anywhere."""
    write(tmp_path, EDGES)
    sources, report = load(tmp_path, term_years=min(reach, 10**6))
    assert [p for p in findings(report) if p.severity.value == "error"] == []
    assert len(sources.ambassadors) == 2 and len(sources.events) == 2
    clock = BuildClock.from_environment("Pacific/Kiritimati",
                                        {"SOURCE_DATE_EPOCH": str(epoch)})
    options = SiteOptions(term_years=reach, newsletter_days_ahead=reach,
                          appointment_tolerance_days=reach)
    site = build_site(sources, clock, options, report)
    assert site.calendar and site.podium_log(LAST_YEAR) is not None
    items = build_calendar(sources.events, sources.ambassadors, clock)
    assert len(in_feed_window(items, clock, reach)) <= len(items)
    writer = CalendarWriter(CalendarInfo("Agenda", "https://example.org/", clock),
                            lambda h: EntryText(h.title, "", None, None))
    parsed = icalendar.Calendar.from_ical(writer.calendar(items))
    assert len(parsed.walk("VEVENT")) == len(items)


def test_a_moment_in_local_mean_time_is_stated_in_utc_for_feeds() -> None:
    """Amsterdam until 1937: +00:19:32, which RFC 3339 and RFC 822 cannot write."""
    old = dt.datetime(1930, 5, 1, 12, 0, tzinfo=TZ)
    assert stated(old) == old and stated(old).utcoffset() == dt.timedelta(0)
    now = dt.datetime(2026, 5, 1, 12, 0, tzinfo=TZ)
    assert stated(now) is now
    west = dt.datetime(1960, 1, 1, tzinfo=zone("Africa/Monrovia"))   # -00:44:30
    assert stated(west).utcoffset() == dt.timedelta(0)
