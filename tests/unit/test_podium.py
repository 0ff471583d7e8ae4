"""The podium target (content-model.md, "Podium target"): the pro-rata rule, which entries
count, closed and open years, the behind-first order and the years with a log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.domain.model import Ambassador, PodiumEntry, Source, Term
from generator.domain.podium import (
    YearResult,
    behind_first,
    counted_entries,
    days_active,
    days_in_year,
    history,
    log_years,
    required,
    year_log,
    year_result,
)
from generator.domain.site import SiteOptions

from .sitefiles import build, write

D = dt.date


def entry(day: str, title: str = "", *, public: bool = True, kind: str = "presentatie"
          ) -> PodiumEntry:
    return PodiumEntry(D.fromisoformat(day), kind, title or f"Optreden {day}", public=public)


def person(slug: str, start: str, end: str, *entries: PodiumEntry,
           name: str | None = None) -> Ambassador:
    path = f"ambassadors/{slug}/index.md"
    return Ambassador(slug, name or slug.replace("-", " ").title(),
                      Term(D.fromisoformat(start), D.fromisoformat(end)),
                      Source(path, Path("/nowhere") / path), podium=tuple(entries))


def result(slug: str, counted: int, required_: int, closed: bool) -> YearResult:
    return YearResult(person(slug, "2025-01-01", "2026-12-31"), 2026, counted, required_,
                      closed, ())


# --- the pro-rata rule ------------------------------------------------------------------

def test_days_in_year() -> None:
    assert [days_in_year(y) for y in (2025, 2026, 2028, 2100, 2000)] == [365, 365, 366, 365, 366]


PRO_RATA = [
    # start, end, year, minimum, days active, required
    # a whole year: 3 x 365 / 365 = 3
    ("2026-01-01", "2027-12-31", 2026, 3, 365, 3),
    # starts 1 January of the second year, whole year: 4 x 365 / 365 = 4
    ("2025-01-01", "2026-12-31", 2026, 4, 365, 4),
    # starts 2 January: 364 days; 3 x 364 / 365 = 1092/365 = 2.99 -> 3 (rounded up)
    ("2026-01-02", "2027-12-31", 2026, 3, 364, 3),
    # starts 30 June: Jan-May = 31+28+31+30+31 = 151 days before June, so 30 June is day 181
    # and 365 - 180 = 185 days are active; 3 x 185 / 365 = 555/365 = 1.52 -> 2
    ("2026-06-30", "2028-06-29", 2026, 3, 185, 2),
    # same with minimum 4: 740/365 = 2.03 -> 3
    ("2026-06-30", "2028-06-29", 2026, 4, 185, 3),
    # starts 31 December: 1 day; 3 x 1 / 365 = 0.008 -> 1 (one day of term still asks one)
    ("2026-12-31", "2028-12-30", 2026, 3, 1, 1),
    # the next year of that term is a whole year: 3 x 365 / 365 = 3
    ("2026-12-31", "2028-12-30", 2027, 3, 365, 3),
    # its last year is the leap year 2028 up to 30 December: 366 - 1 = 365 days;
    # 3 x 365 / 366 = 1095/366 = 2.99 -> 3
    ("2026-12-31", "2028-12-30", 2028, 3, 365, 3),
    # ends 30 June (mid-year): 1 Jan..30 Jun = 31+28+31+30+31+30 = 181 days;
    # 3 x 181 / 365 = 543/365 = 1.49 -> 2
    ("2024-07-01", "2026-06-30", 2026, 3, 181, 2),
    # same with minimum 4: 724/365 = 1.98 -> 2
    ("2024-07-01", "2026-06-30", 2026, 4, 181, 2),
    # first year of that term, 2024 is a leap year: 1 Jul..31 Dec = 31+31+30+31+30+31 = 184
    # days; 3 x 184 / 366 = 552/366 = 1.51 -> 2; with minimum 4: 736/366 = 2.01 -> 3
    ("2024-07-01", "2026-06-30", 2024, 3, 184, 2),
    ("2024-07-01", "2026-06-30", 2024, 4, 184, 3),
    # ends 1 January: 1 day; 3/365 -> 1
    ("2024-01-02", "2026-01-01", 2026, 3, 1, 1),
    # leap year with 366 days: 1 Sep..31 Dec = 30+31+30+31 = 122 days;
    # 3 x 122 / 366 = 366/366 = exactly 1 -> 1 ...
    ("2028-09-01", "2030-08-31", 2028, 3, 122, 1),
    # ... while the same 122 days in a 365-day year give 366/365 = 1.003 -> 2
    ("2027-09-01", "2029-08-31", 2027, 3, 122, 2),
    # 1 Nov..31 Dec = 61 days; minimum 6: 366/366 = 1 in 2028, 366/365 -> 2 in 2027
    ("2028-11-01", "2030-10-31", 2028, 6, 61, 1),
    ("2027-11-01", "2029-10-31", 2027, 6, 61, 2),
    # starts 29 February 2028: 31 + 28 = 59 days before it, so 366 - 59 = 307 days active;
    # 3 x 307 / 366 = 921/366 = 2.52 -> 3; minimum 4: 1228/366 = 3.36 -> 4
    ("2028-02-29", "2030-02-28", 2028, 3, 307, 3),
    ("2028-02-29", "2030-02-28", 2028, 4, 307, 4),
    # the last year of that term: 1 Jan..28 Feb 2030 = 59 days; 3 x 59 / 365 = 0.48 -> 1
    ("2028-02-29", "2030-02-28", 2030, 3, 59, 1),
    # a term that does not touch the year asks nothing
    ("2028-02-29", "2030-02-28", 2027, 3, 0, 0),
    ("2028-02-29", "2030-02-28", 2031, 3, 0, 0),
]


@pytest.mark.parametrize(("start", "end", "year", "minimum", "days", "expected"), PRO_RATA)
def test_pro_rata_required(start: str, end: str, year: int, minimum: int, days: int,
                           expected: int) -> None:
    term = Term(D.fromisoformat(start), D.fromisoformat(end))
    assert days_active(term, year) == days
    assert required(term, year, minimum) == expected


def test_required_counts_the_whole_year_of_the_term_also_this_year() -> None:
    """Required is not pro rata to today: in September a whole-year term already asks 4."""
    amb = person("a", "2026-01-01", "2027-12-31")
    assert year_result(amb, 2026, D(2026, 2, 1), 4).required == 4
    assert year_result(amb, 2026, D(2026, 9, 15), 4).required == 4


def test_a_29_february_start_from_a_real_file_ends_on_28_february(tmp_path: Path) -> None:
    """The default end is the day before the anniversary, and the anniversary of 29 February
    is 1 March: the term ends 28 February 2030, so 2030 holds 31 + 28 = 59 days."""
    write(tmp_path, {"ambassadors/schrikkel/index.md":
                     "---\nname: Sam Schrikkel\nterm:\n  start: 2028-02-29\n---\nBio.\n"})
    site, _ = build(tmp_path, "2030-06-01T12:00Z", SiteOptions(podium_minimum=3))
    (amb,) = site.ambassadors
    assert amb.term == Term(D(2028, 2, 29), D(2030, 2, 28))
    assert [(r.year, r.required) for r in
            (site.podium_progress(amb, y) for y in (2028, 2029, 2030))] == [
        (2028, 3),   # 921/366 -> 3
        (2029, 3),   # whole year
        (2030, 1),   # 177/365 -> 1
    ]
    assert site.podium_years == [2030, 2029, 2028]


# --- which entries count ----------------------------------------------------------------

TERM = ("2025-03-01", "2027-02-28")
COUNTING = [
    # entry date, year, today, counts?
    ("2026-09-15", 2026, "2026-09-15", True),    # today counts
    ("2026-09-16", 2026, "2026-09-15", False),   # tomorrow does not (yet)
    ("2026-12-31", 2026, "2026-09-15", False),   # later this year: not yet
    ("2026-12-31", 2026, "2027-01-05", True),    # ... but once past it does
    ("2025-03-01", 2025, "2026-09-15", True),    # first day of the term
    ("2025-02-28", 2025, "2026-09-15", False),   # the day before the term
    ("2025-01-10", 2025, "2026-09-15", False),   # before the term, same year
    ("2027-02-28", 2027, "2027-06-01", True),    # last day of the term
    ("2027-03-01", 2027, "2027-06-01", False),   # the day after the term
    ("2025-12-31", 2026, "2026-09-15", False),   # another year does not count for this one
    ("2026-01-01", 2025, "2026-09-15", False),
]


@pytest.mark.parametrize(("day", "year", "today", "counts"), COUNTING)
def test_which_entries_count(day: str, year: int, today: str, counts: bool) -> None:
    amb = person("a", *TERM, entry(day))
    got = year_result(amb, year, D.fromisoformat(today), 3)
    assert got.counted == (1 if counts else 0)
    assert [e.date for e in got.entries] == ([D.fromisoformat(day)] if counts else [])


def test_private_entries_count_and_entries_come_newest_first() -> None:
    amb = person("a", *TERM,
                 entry("2026-02-01", "Oud"), entry("2026-05-01", "Geheim", public=False),
                 entry("2026-03-01", "Midden"), entry("2026-05-01", "Ander op dezelfde dag"),
                 entry("2026-10-01", "Toekomst"), entry("2024-05-01", "Buiten termijn"))
    got = year_result(amb, 2026, D(2026, 9, 15), 3)
    assert got.counted == 4
    assert [e.title for e in got.entries] == ["Geheim", "Ander op dezelfde dag", "Midden", "Oud"]
    assert counted_entries(amb, 2026, D(2026, 9, 15)) == got.entries


def test_history_has_every_past_entry_newest_first_also_outside_the_term() -> None:
    amb = person("a", *TERM, entry("2024-05-01", "Buiten termijn"), entry("2026-10-01", "Later"),
                 entry("2025-06-01", "Midden"), entry("2026-09-15", "Vandaag"))
    assert [e.title for e in history(amb, D(2026, 9, 15))] == [
        "Vandaag", "Midden", "Buiten termijn"]


# --- closed and open years, met ---------------------------------------------------------

CLOSED = [
    # term, year, today, number of entries (all in the year, before today), counted, required,
    # closed, met.  Entries are put on 1 Feb, 2 Feb, ... of the year.
    # a past year, short: closed, not met
    (("2025-01-01", "2026-12-31"), 2025, "2026-09-15", 2, 2, 3, True, False),
    # a past year, reached: met
    (("2025-01-01", "2026-12-31"), 2025, "2026-09-15", 3, 3, 3, True, True),
    # over-reached: still met
    (("2025-01-01", "2026-12-31"), 2025, "2026-09-15", 5, 5, 3, True, True),
    # this year, term running, short: open, met is None ("Nog 1 te gaan")
    (("2025-01-01", "2026-12-31"), 2026, "2026-09-15", 2, 2, 3, False, None),
    # this year, nothing yet: open, None
    (("2025-01-01", "2026-12-31"), 2026, "2026-09-15", 0, 0, 3, False, None),
    # this year, reached already in September: True at once, though the year is open
    (("2025-01-01", "2026-12-31"), 2026, "2026-09-15", 3, 3, 3, False, True),
    # the term ended 30 June this year: the year is closed for them, short -> False
    # (1 Jan..30 Jun = 181 days, 3 x 181/365 -> 2 required)
    (("2024-07-01", "2026-06-30"), 2026, "2026-09-15", 1, 1, 2, True, False),
    # ... and reached -> True
    (("2024-07-01", "2026-06-30"), 2026, "2026-09-15", 2, 2, 2, True, True),
    # the term ends today: it has not ended yet, so the year stays open
    (("2024-09-16", "2026-09-15"), 2026, "2026-09-15", 1, 1, 3, False, None),
    # the term ended yesterday: closed
    (("2024-09-15", "2026-09-14"), 2026, "2026-09-15", 1, 1, 3, True, False),
    # 31 December is still open; on 1 January the past year is closed
    (("2025-01-01", "2027-12-31"), 2026, "2026-12-31", 2, 2, 3, False, None),
    (("2025-01-01", "2027-12-31"), 2026, "2027-01-01", 2, 2, 3, True, False),
]


@pytest.mark.parametrize(("term", "year", "today", "n", "counted", "required_", "closed", "met"),
                         CLOSED)
def test_closed_and_met(term: tuple[str, str], year: int, today: str, n: int, counted: int,
                        required_: int, closed: bool, met: bool | None) -> None:
    entries = [entry(f"{year}-02-{day:02d}") for day in range(1, n + 1)]
    got = year_result(person("a", *term, *entries), year, D.fromisoformat(today), 3)
    assert (got.counted, got.required, got.closed, got.met) == (counted, required_, closed, met)
    assert got.shortfall == max(0, required_ - counted)


def test_an_open_year_turns_met_on_the_day_the_count_is_reached() -> None:
    amb = person("a", "2025-01-01", "2026-12-31",
                 entry("2026-03-01"), entry("2026-05-01"), entry("2026-07-01"))
    assert year_result(amb, 2026, D(2026, 6, 30), 3).met is None
    assert year_result(amb, 2026, D(2026, 7, 1), 3).met is True


def test_the_build_clock_decides_the_day_in_the_site_timezone(tmp_path: Path) -> None:
    """23:30 UTC on 31 December is already 1 January in Amsterdam: 2026 is closed."""
    write(tmp_path, {"ambassadors/jan/index.md":
                     "---\nname: Jan Jansen\nterm:\n  start: 2025-01-01\n"
                     "podium:\n  - date: 2026-03-01\n    kind: workshop\n    title: Een\n"
                     "---\nBio.\n"})
    site, _ = build(tmp_path, "2026-12-31T22:30Z")        # 23:30 local, still 2026
    assert [(r.counted, r.required, r.met) for r in site.podium_log(2026)] == [(1, 3, None)]
    site, _ = build(tmp_path, "2026-12-31T23:30Z")        # 00:30 local on 1 January 2027
    assert [(r.counted, r.required, r.met) for r in site.podium_log(2026)] == [(1, 3, False)]
    assert site.podium_years == [2026, 2025]   # the term ended 31 December 2026


# --- behind first -----------------------------------------------------------------------

def test_behind_first_not_met_then_open_most_short_first_then_met() -> None:
    rows = (
        result("met-a", 3, 3, False),          # met (open year, reached)
        result("open-1", 2, 3, False),         # open, 1 short
        result("not-met-2", 1, 3, True),       # not met, 2 short
        result("open-3", 0, 3, False),         # open, 3 short
        result("not-met-1", 2, 3, True),       # not met, 1 short
        result("met-b", 4, 3, True),           # met (closed)
    )
    assert [r.ambassador.slug for r in behind_first(rows)] == [
        "not-met-2", "not-met-1", "open-3", "open-1", "met-a", "met-b"]


def test_behind_first_keeps_the_given_order_among_equals() -> None:
    rows = (result("b", 1, 3, False), result("a", 1, 3, False), result("c", 3, 3, False),
            result("d", 5, 3, False))
    assert [r.ambassador.slug for r in behind_first(rows)] == ["b", "a", "c", "d"]


# --- which years, and who is in a year's log ----------------------------------------------

FRANK = person("frank", "2023-04-01", "2025-03-31")
BRAM = person("bram", "2025-03-01", "2027-02-28")
LATER = person("later", "2027-01-01", "2028-12-31")


@pytest.mark.parametrize(("ambassadors", "today", "years"), [
    ((FRANK, BRAM), "2026-09-15", [2026, 2025, 2024, 2023]),
    ((BRAM, FRANK), "2026-09-15", [2026, 2025, 2024, 2023]),
    # a term starting next year gives no future page
    ((BRAM, LATER), "2026-09-15", [2026, 2025]),
    ((LATER,), "2026-09-15", []),
    # after every term has ended, the log stops at the last term year
    ((FRANK,), "2026-09-15", [2025, 2024, 2023]),
    ((), "2026-09-15", []),
])
def test_log_years(ambassadors: tuple[Ambassador, ...], today: str, years: list[int]) -> None:
    assert log_years(ambassadors, D.fromisoformat(today)) == years


def test_year_log_has_only_those_whose_term_touches_the_year_in_the_given_order() -> None:
    today = D(2026, 9, 15)
    everyone = (FRANK, BRAM, LATER)
    assert [r.ambassador.slug for r in year_log(everyone, 2026, today, 3)] == ["bram"]
    assert [r.ambassador.slug for r in year_log(everyone, 2025, today, 3)] == ["frank", "bram"]
    assert [r.ambassador.slug for r in year_log(everyone, 2024, today, 3)] == ["frank"]
    assert [r.ambassador.slug for r in year_log(everyone, 2022, today, 3)] == []
    # Frank's last year: 1 Jan..31 Mar 2025 = 31+28+31 = 90 days; 3 x 90/365 = 0.74 -> 1
    # Bram's first year: 1 Mar..31 Dec 2025 = 365 - 59 = 306 days; 3 x 306/365 = 2.52 -> 3
    assert [(r.required, r.closed) for r in year_log(everyone, 2025, today, 3)] == [
        (1, True), (3, True)]


def test_a_public_ambassador_only_and_in_every_year_of_the_term(tmp_path: Path) -> None:
    """Someone whose term starts later this year without an announcement is not public:
    not in this year's log, though their term touches the year; someone announced is."""
    write(tmp_path, {
        "ambassadors/jan/index.md": "---\nname: Jan Jansen\nterm:\n  start: 2025-01-01\n---\n",
        "ambassadors/stil/index.md": "---\nname: Stijn Stil\nterm:\n  start: 2026-11-01\n"
                                     "podium:\n  - date: 2026-11-15\n    kind: workshop\n"
                                     "    title: Stil optreden\n---\n",
        "ambassadors/nieuw/index.md": "---\nname: Nina Nieuw\nterm:\n  start: 2026-11-01\n---\n",
        "content/appointments/2026.md": "---\ntitle: Benoemd\ndate: 2026-09-01T10:00\n"
                                        "ambassadors: [nieuw]\n---\nTekst.\n",
    })
    site, _ = build(tmp_path, "2026-09-15T12:00Z", SiteOptions(podium_minimum=4))
    # Nina: 1 Nov..31 Dec = 30 + 31 = 61 days; 4 x 61/365 = 0.67 -> 1, open, nothing yet
    assert [(r.ambassador.slug, r.counted, r.required, r.met) for r in site.podium_log(2026)] \
        == [("jan", 0, 4, None), ("nieuw", 0, 1, None)]
    assert all(r.ambassador.slug != "stil" for y in (2025, 2026, 2027)
               for r in site.podium_log(y))
    assert site.podium_years == [2026, 2025]
