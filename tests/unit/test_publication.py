"""Who is public, the embargo, and the status of a term, at a fixed build clock
(content-model.md, "Who is public" and "Dates against the clock")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.domain.site import HeldBack, Site
from generator.domain.terms import Status
from generator.sources.errors import Severity

from .sitefiles import build, findings, load, local, write


def ambassador(slug: str, name: str, start: str, *extra: str) -> dict[str, str]:
    lines = "".join(line + "\n" for line in extra)
    return {f"ambassadors/{slug}/index.md":
            f"---\nname: {name}\nterm:\n  start: {start}\n{lines}---\nBio.\n"}


def appointment(year: int, date: str, *slugs: str) -> dict[str, str]:
    return {f"content/appointments/{year}.md":
            f"---\ntitle: Benoemd in {year}\ndate: {date}\nambassadors: [{', '.join(slugs)}]\n"
            "---\nPersbericht.\n"}


def story(slug: str, date: str, *slugs: str, draft: str | None = None) -> dict[str, str]:
    extra = f"draft: {draft}\n" if draft else ""
    return {f"stories/{slug}.md": f"---\ntitle: Verhaal {slug}\ndate: {date}\n"
                                  f"ambassadors: [{', '.join(slugs)}]\n{extra}---\nTekst.\n"}


def event(slug: str, start: str, *slugs: str) -> dict[str, str]:
    return {f"content/events/{slug}.md": f"---\ntitle: Event {slug}\nstart: {start}\n"
                                         f"ambassadors: [{', '.join(slugs)}]\n---\n"}


def newsletter(slug: str, date: str) -> dict[str, str]:
    return {f"content/newsletter/{slug}.md": f"---\ntitle: Nieuwsbrief {slug}\ndate: {date}\n"
                                             "---\nIntro.\n"}


def held(site: Site) -> set[tuple[str, str, dt.datetime | None]]:
    return {(h.kind, h.slug, h.until) for h in site.held_back}


def slugs(items: tuple[object, ...]) -> list[str]:
    return [item.slug for item in items]  # type: ignore[attr-defined]


JAN = ambassador("jan-jansen", "Jan Jansen", "2025-01-20")

# --- the announcement ----------------------------------------------------------------

ANNOUNCED = (JAN | ambassador("piet", "Piet de Vries", "2026-01-20")
             | appointment(2026, "2026-01-20T10:00", "piet")      # 09:00 UTC
             | story("over-piet", "2026-01-15", "jan-jansen", "piet")
             | story("over-jan", "2026-01-15", "jan-jansen")
             | event("lezing", "2026-02-10T19:00", "piet"))


def test_before_the_announcement_nothing_of_it_is_public(tmp_path: Path) -> None:
    write(tmp_path, ANNOUNCED)
    site, report = build(tmp_path, "2026-01-20T08:59Z")   # one minute before

    assert slugs(site.ambassadors) == ["jan-jansen"]
    assert site.ambassador("piet") is None
    assert site.appointments == ()
    assert slugs(site.stories) == ["over-jan"]
    assert site.events == ()
    moment = local(2026, 1, 20, 10, 0)
    assert held(site) == {("ambassador", "piet", moment), ("appointment", "2026", moment),
                          ("story", "over-piet", moment), ("event", "lezing", moment)}
    assert findings(report) == []
    assert len(report.of(Severity.INFO)) == 4


@pytest.mark.parametrize("now", ["2026-01-20T09:00Z", "2026-01-20T09:01Z"])
def test_from_the_announcement_moment_everything_is_public(tmp_path: Path, now: str) -> None:
    write(tmp_path, ANNOUNCED)
    site, report = build(tmp_path, now)

    assert slugs(site.ambassadors) == ["jan-jansen", "piet"]   # Jansen before Vries
    assert site.status(site.ambassador("piet")) is Status.ACTIVE
    assert slugs(site.appointments) == ["2026"]
    assert slugs(site.stories) == ["over-jan", "over-piet"]
    assert slugs(site.stories_of("piet")) == ["over-piet"]
    assert slugs(site.events) == ["lezing"]
    assert site.held_back == ()
    assert report.problems == []


def test_announced_before_the_term_starts_has_a_profile_but_is_not_active(
        tmp_path: Path) -> None:
    write(tmp_path, JAN | ambassador("piet", "Piet de Vries", "2026-03-01")
          | appointment(2026, "2026-01-20T10:00", "piet"))
    site, _ = build(tmp_path, "2026-02-01T12:00Z")

    piet = site.ambassador("piet")
    assert piet is not None and site.status(piet) is Status.UPCOMING
    assert slugs(site.active) == ["jan-jansen"]
    assert site.held_back == ()


def test_unpublished_announcement_hides_an_ambassador_whose_term_has_started(
        tmp_path: Path) -> None:
    write(tmp_path, JAN | ambassador("piet", "Piet de Vries", "2025-06-01")
          | appointment(2026, "2026-02-10", "piet"))
    site, _ = build(tmp_path, "2026-02-01T12:00Z")

    assert site.ambassador("piet") is None
    assert ("ambassador", "piet", local(2026, 2, 10)) in held(site)
    assert [h.reason for h in site.held_back if h.kind == "ambassador"] == ["not announced yet"]


def test_a_published_announcement_wins_over_an_unpublished_one(tmp_path: Path) -> None:
    write(tmp_path, JAN | ambassador("piet", "Piet de Vries", "2025-01-20")
          | appointment(2025, "2025-01-10", "piet") | appointment(2027, "2027-01-10", "piet"))
    site, _ = build(tmp_path, "2026-02-01T12:00Z")

    assert site.ambassador("piet") is not None
    assert held(site) == {("appointment", "2027", local(2027, 1, 10))}


# --- unannounced ambassadors: public from 00:00 local on the first day of the term -----

@pytest.mark.parametrize(("now", "public"), [
    ("2026-02-28T22:59Z", False),    # 23:59 in Amsterdam
    ("2026-02-28T23:00Z", True),     # 00:00 on 1 March in Amsterdam
])
def test_unannounced_ambassador_is_public_when_the_term_starts(tmp_path: Path, now: str,
                                                               public: bool) -> None:
    write(tmp_path, JAN | ambassador("eva", "Eva de Wit", "2026-03-01")
          | story("over-eva", "2026-02-01", "eva"))
    site, report = build(tmp_path, now)

    assert (site.ambassador("eva") is not None) is public
    assert (slugs(site.stories) == ["over-eva"]) is public
    if public:
        assert site.held_back == ()
        assert site.status(site.ambassador("eva")) is Status.ACTIVE
    else:
        assert held(site) == {("ambassador", "eva", local(2026, 3, 1)),
                              ("story", "over-eva", local(2026, 3, 1))}
        reasons = {h.kind: h.reason for h in site.held_back}
        assert reasons == {"ambassador": "term has not started",
                           "story": "names an ambassador who is not public yet"}
    assert findings(report) == []


def test_story_naming_two_hidden_ambassadors_waits_for_the_later(tmp_path: Path) -> None:
    write(tmp_path, JAN | ambassador("eva", "Eva de Wit", "2026-03-01")
          | ambassador("piet", "Piet de Vries", "2025-01-20")
          | appointment(2026, "2026-04-01T09:30", "piet")
          | story("samen", "2026-01-10", "eva", "piet", "jan-jansen"))
    site, _ = build(tmp_path, "2026-02-01T12:00Z")

    assert site.stories == ()
    assert ("story", "samen", local(2026, 4, 1, 9, 30)) in held(site)


def test_future_story_naming_a_hidden_ambassador_waits_for_both(tmp_path: Path) -> None:
    write(tmp_path, JAN | ambassador("eva", "Eva de Wit", "2026-03-01")
          | story("vroeg", "2026-02-15", "eva") | story("laat", "2026-04-01", "eva"))
    site, _ = build(tmp_path, "2026-02-01T12:00Z")

    assert held(site) >= {("story", "vroeg", local(2026, 3, 1)),
                          ("story", "laat", local(2026, 4, 1))}


# --- stories and newsletters dated in the future, and drafts --------------------------

@pytest.mark.parametrize(("now", "published"), [
    ("2026-02-09T22:59Z", False),
    ("2026-02-09T23:00Z", True),     # 00:00 local on the story's date
])
def test_story_is_published_from_00_00_local_on_its_date(tmp_path: Path, now: str,
                                                         published: bool) -> None:
    write(tmp_path, JAN | story("nieuw", "2026-02-10", "jan-jansen"))
    site, report = build(tmp_path, now)

    assert (slugs(site.stories) == ["nieuw"]) is published
    assert held(site) == (set() if published else {("story", "nieuw", local(2026, 2, 10))})
    assert findings(report) == []


def test_story_with_a_time_is_published_at_that_time(tmp_path: Path) -> None:
    write(tmp_path, JAN | story("nieuw", "2026-02-10T14:00", "jan-jansen"))
    before, _ = build(tmp_path, "2026-02-10T12:59Z")
    after, _ = build(tmp_path, "2026-02-10T13:00Z")

    assert (before.stories, slugs(after.stories)) == ((), ["nieuw"])
    assert held(before) == {("story", "nieuw", local(2026, 2, 10, 14, 0))}


@pytest.mark.parametrize("date", ["2025-06-01", "2027-01-01"])
@pytest.mark.parametrize("draft", ["true", "TRUE"])
def test_draft_story_is_never_published(tmp_path: Path, date: str, draft: str) -> None:
    write(tmp_path, JAN | story("concept", date, "jan-jansen", draft=draft))
    site, report = build(tmp_path, "2026-02-01T12:00Z")

    assert site.stories == ()
    assert site.held_back == (HeldBack("story", "concept", "Verhaal concept",
                                       "stories/concept.md", "draft", None),)
    assert findings(report) == []


def test_draft_false_is_published(tmp_path: Path) -> None:
    write(tmp_path, JAN | story("klaar", "2025-06-01", "jan-jansen", draft="false"))
    site, _ = build(tmp_path, "2026-02-01T12:00Z")

    assert slugs(site.stories) == ["klaar"]


@pytest.mark.parametrize(("now", "published"), [
    ("2026-03-30T21:59Z", False),    # 23:59 summer time, the day before
    ("2026-03-30T22:00Z", True),     # 00:00 summer time on 31 March
])
def test_newsletter_issue_is_published_from_its_date(tmp_path: Path, now: str,
                                                     published: bool) -> None:
    write(tmp_path, JAN | newsletter("februari", "2026-02-28") | newsletter("maart", "2026-03-31"))
    site, _ = build(tmp_path, now)

    assert slugs(site.newsletters) == (["maart", "februari"] if published else ["februari"])
    expected = set() if published else {("newsletter issue", "maart", local(2026, 3, 31))}
    assert held(site) == expected
    if not published:
        assert site.held_back[0].until.utcoffset() == dt.timedelta(hours=2)


# --- status over the term -------------------------------------------------------------

@pytest.mark.parametrize(("now", "status"), [
    ("2025-01-19T22:59Z", Status.UPCOMING),   # 23:59 on 19 January, local
    ("2025-01-19T23:00Z", Status.ACTIVE),     # the first day of the term
    ("2027-01-19T22:59Z", Status.ACTIVE),     # the last day (default end: 2027-01-19)
    ("2027-01-19T23:00Z", Status.ALUMNUS),    # the day after the end
    ("2027-06-01T12:00Z", Status.ALUMNUS),
])
def test_status_at_the_edges_of_the_term(tmp_path: Path, now: str, status: Status) -> None:
    write(tmp_path, ambassador("jan-jansen", "Jan Jansen", "2025-01-20")
          | appointment(2025, "2025-01-10T10:00", "jan-jansen"))
    site, _ = build(tmp_path, now)

    jan = site.ambassador("jan-jansen")
    assert jan is not None
    assert site.status(jan) is status
    assert (jan in site.active, jan in site.alumni) == (status is Status.ACTIVE,
                                                       status is Status.ALUMNUS)


@pytest.mark.parametrize(("start", "term_years", "end"), [
    ("2025-01-20", 2, "2027-01-19"),
    ("2024-02-29", 2, "2026-02-28"),    # anniversary 1 March 2026, so the day before
    ("2024-02-29", 3, "2027-02-28"),
    ("2024-02-29", 4, "2028-02-28"),    # anniversary 29 February 2028
    ("2025-03-01", 2, "2027-02-28"),
    ("2023-03-01", 1, "2024-02-29"),    # a leap year's last February day
    ("2026-01-01", 2, "2027-12-31"),
    ("2025-12-31", 1, "2026-12-30"),
])
def test_default_term_end(tmp_path: Path, start: str, term_years: int, end: str) -> None:
    write(tmp_path, ambassador("jan-jansen", "Jan Jansen", start))
    sources, report = load(tmp_path, term_years=term_years)

    assert report.problems == []
    term = sources.ambassadors[0].term
    assert (term.start, term.end) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def test_explicit_term_end_is_kept(tmp_path: Path) -> None:
    write(tmp_path, ambassador("jan-jansen", "Jan Jansen", "2025-01-20", "  end: 2025-12-31"))
    sources, _ = load(tmp_path)

    assert sources.ambassadors[0].term.end == dt.date(2025, 12, 31)


def test_honorary_alumni(tmp_path: Path) -> None:
    write(tmp_path, ambassador("anna", "Anna Bos", "2020-01-20", "honorary: true")
          | ambassador("bert", "Bert Claes", "2020-01-20")
          | ambassador("cor", "Cor Dekker", "2025-01-20", "honorary: True"))
    site, report = build(tmp_path, "2026-02-01T12:00Z")

    assert [(a.slug, a.honorary) for a in site.alumni] == [("anna", True), ("bert", False)]
    assert [(a.slug, a.honorary) for a in site.active] == [("cor", True)]
    assert findings(report) == []
