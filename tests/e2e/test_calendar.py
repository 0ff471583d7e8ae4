"""The calendar on a content set of its own: daylight saving, all-day and multi-day events,
cancelled and online-only events, planned appearances, the feed window and stable UIDs."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
import vobject

from tests.sitebuilder import Result, build, write

UTC = dt.timezone.utc
CLOCK = dt.datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
EPOCH = int(CLOCK.timestamp())

SITE = {
    "mkdocs.yml": """
        site_name: Agenda Test
        site_url: https://agenda.example.org/
        docs_dir: content
        theme:
          name: material
          language: nl
        plugins:
          - ambassadors
        """,
    "content/index.md": "# Agenda test\n",
    "ambassadors/sanne-bakker/index.md": """
        ---
        name: Sanne Bakker
        term:
          start: 2025-01-20
        podium:
          - date: 2026-04-02
            kind: workshop
            title: Werken met de wijk
            venue: Buurthuis De Ster, Zwolle
          - date: 2026-04-09
            kind: interview
            title: Geheim gesprek met de wethouder
            public: false
          - date: 2026-02-01
            kind: artikel
            title: Column in de krant
        ---
        Sanne.
        """,
    "content/events/lange-nacht.md": """
        ---
        title: Lange nacht van de innovatie
        start: 2026-03-28T20:00
        end: 2026-03-29T04:00
        location: Fabriek, Zwolle
        ambassadors: [sanne-bakker]
        ---
        De hele nacht door, over de **zomertijd** heen.
        """,
    "content/events/congres.md": """
        ---
        title: Tweedaags congres
        start: 2026-05-20
        end: 2026-05-21
        kind: congres
        location: Jaarbeurs Utrecht
        registration: https://agenda.example.org/aanmelden
        ---
        Twee dagen.
        """,
    "content/events/open-dag.md": """
        ---
        title: Open dag
        start: 2026-04-15
        ---
        Een hele dag.
        """,
    "content/events/webinar.md": """
        ---
        title: Webinar inclusie
        start: 2026-04-01T12:00Z
        end: 2026-04-01T13:00Z
        online: https://meet.example.org/inclusie
        ---
        Alleen online.
        """,
    "content/events/afgelast.md": """
        ---
        title: Afgelaste borrel
        start: 2026-04-03T17:00
        cancelled: true
        ---
        Gaat niet door.
        """,
    "content/events/bezig.md": """
        ---
        title: Lopende cursus
        start: 2026-03-20T09:00
        end: 2026-03-20T17:00
        ---
        Nu bezig.
        """,
    "content/events/vorige-maand.md": """
        ---
        title: Nieuwjaarsbijeenkomst
        start: 2026-01-15T19:00
        end: 2026-01-15T21:00
        ---
        Geweest.
        """,
    "content/events/heel-oud.md": """
        ---
        title: Oprichtingsbijeenkomst
        start: 2024-11-01T19:00
        ---
        Lang geleden.
        """,
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = tmp_path_factory.mktemp("agenda")
    write(root, SITE)
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


def events_of(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def test_feed_parses_with_two_independent_parsers(site: Result) -> None:
    data = (site.site / "agenda.ics").read_bytes()
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    parsed = vobject.readOne(data.decode("utf-8"))
    summaries = sorted(str(e.summary.value) for e in parsed.vevent_list)
    assert summaries == sorted(events_of(data))
    uids = [str(e["UID"]) for e in events_of(data).values()]
    assert len(uids) == len(set(uids))


def test_event_across_daylight_saving_has_the_right_utc_instants(site: Result) -> None:
    data = (site.site / "agenda.ics").read_bytes()
    event = events_of(data)["Lange nacht van de innovatie"]
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert event.decoded("DTSTART").astimezone(UTC) == dt.datetime(2026, 3, 28, 19, 0, tzinfo=UTC)
    assert event.decoded("DTEND").astimezone(UTC) == dt.datetime(2026, 3, 29, 2, 0, tzinfo=UTC)
    assert b"BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam" in data
    # the second parser agrees
    parsed = vobject.readOne(data.decode("utf-8"))
    night = next(e for e in parsed.vevent_list if e.summary.value.startswith("Lange"))
    assert night.dtend.value.astimezone(UTC) == dt.datetime(2026, 3, 29, 2, 0, tzinfo=UTC)


def test_all_day_and_multi_day_events_use_dates_with_exclusive_end(site: Result) -> None:
    events = events_of((site.site / "agenda.ics").read_bytes())
    assert events["Open dag"].decoded("DTSTART") == dt.date(2026, 4, 15)
    assert events["Open dag"].decoded("DTEND") == dt.date(2026, 4, 16)
    assert events["Tweedaags congres"].decoded("DTSTART") == dt.date(2026, 5, 20)
    assert events["Tweedaags congres"].decoded("DTEND") == dt.date(2026, 5, 22)


def test_offsets_and_status(site: Result) -> None:
    events = events_of((site.site / "agenda.ics").read_bytes())
    webinar = events["Webinar inclusie"]
    assert webinar.decoded("DTSTART").astimezone(UTC) == dt.datetime(2026, 4, 1, 12, tzinfo=UTC)
    # A calendar's grid shows the summary, not the status: the summary says it too.
    cancelled = events["Geannuleerd: Afgelaste borrel"]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert str(webinar["STATUS"]) == "CONFIRMED"
    assert str(webinar["URL"]) == "https://agenda.example.org/agenda/webinar/"
    assert cancelled.get("DTEND") is None  # no end: ends at its start
    # Cancelling raises SEQUENCE by itself; LAST-MODIFIED is the build clock, like DTSTAMP.
    assert (cancelled["SEQUENCE"], webinar["SEQUENCE"]) == (1, 0)
    assert cancelled.decoded("LAST-MODIFIED") == cancelled.decoded("DTSTAMP")


def test_feed_window_drops_what_ended_over_a_year_ago(site: Result) -> None:
    events = events_of((site.site / "agenda.ics").read_bytes())
    assert "Nieuwjaarsbijeenkomst" in events
    assert "Oprichtingsbijeenkomst" not in events
    assert "Oprichtingsbijeenkomst" in site.page("agenda/index.html")


def test_planned_appearances_are_in_the_calendar_private_ones_nowhere(site: Result) -> None:
    events = events_of((site.site / "agenda.ics").read_bytes())
    appearance = events["Sanne Bakker: Werken met de wijk"]
    assert appearance.decoded("DTSTART") == dt.date(2026, 4, 2)
    assert str(appearance["UID"]) == "podium-sanne-bakker-2026-04-02@agenda.example.org"
    assert str(appearance["LOCATION"]) == "Buurthuis De Ster, Zwolle"
    assert "Werken met de wijk" in site.page("agenda/index.html")
    assert b"Geheim gesprek" not in site.all_bytes()
    assert b"Column in de krant" not in (site.site / "agenda.ics").read_bytes()  # past


def test_agenda_page_upcoming_first_per_month_then_past(site: Result) -> None:
    page = site.page("agenda/index.html")
    upcoming, past = page.split('id="amb-past"')
    order = re.findall(r'<h4 class="amb-event__title">.*?<a href="([^"]+)"', upcoming, re.S)
    assert order[:3] == ["bezig/", "lange-nacht/", "webinar/"]  # in progress counts as upcoming
    months = re.findall(r'<h3 class="amb-month">([^<]+)</h3>', upcoming)
    assert months == ["maart 2026", "april 2026", "mei 2026"]
    assert "Nieuwjaarsbijeenkomst" in past and "Nieuwjaarsbijeenkomst" not in upcoming
    assert re.findall(r'<h3 class="amb-month">([^<]+)</h3>', past) == ["2026", "2024"]
    assert "zaterdag 28 maart 2026, 20:00 – zondag 29 maart 2026, 04:00" in upcoming
    assert "20–21 mei 2026" in upcoming
    cancelled = upcoming[upcoming.index("Afgelaste borrel") - 300:upcoming.index("Afgelaste borrel")]
    assert "Geannuleerd" in cancelled


def test_event_page(site: Result) -> None:
    page = site.page("agenda/lange-nacht/index.html")
    assert "Fabriek, Zwolle" in page and 'href="../../ambassadeurs/sanne-bakker/"' in page
    assert 'href="lange-nacht.ics"' in page
    single = icalendar.Calendar.from_ical((site.site / "agenda/lange-nacht/lange-nacht.ics")
                                          .read_bytes())
    assert [str(e["UID"]) for e in single.walk("VEVENT")] == ["event-lange-nacht@agenda.example.org"]
    google = re.search(r'href="(https://calendar\.google\.com/[^"]+)"', page).group(1)
    query = parse_qs(urlsplit(google.replace("&amp;", "&")).query)
    assert query["dates"] == ["20260328T190000Z/20260329T020000Z"]
    outlook = re.search(r'href="(https://outlook\.live\.com/[^"]+)"', page).group(1)
    query = parse_qs(urlsplit(outlook.replace("&amp;", "&")).query)
    assert query["startdt"] == ["2026-03-28T19:00:00Z"] and query["enddt"] == ["2026-03-29T02:00:00Z"]


def test_event_json_ld(site: Result) -> None:
    page = site.page("agenda/lange-nacht/index.html")
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "Event" and data["name"] == "Lange nacht van de innovatie"
    assert data["startDate"] == "2026-03-28T20:00+01:00"
    assert data["endDate"] == "2026-03-29T04:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]["address"] == "Fabriek, Zwolle"
    assert data["performer"][0]["url"] == "https://agenda.example.org/ambassadeurs/sanne-bakker/"
    assert data["organizer"]["name"] == "Agenda Test"
    online = json.loads(re.search(r'ld\+json">(.*?)</script>',
                                  site.page("agenda/webinar/index.html"), re.S).group(1))
    assert online["location"] == {"@type": "VirtualLocation",
                                  "url": "https://meet.example.org/inclusie"}
    assert online["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")
    cancelled = json.loads(re.search(r'ld\+json">(.*?)</script>',
                                     site.page("agenda/afgelast/index.html"), re.S).group(1))
    assert cancelled["eventStatus"] == "https://schema.org/EventCancelled"


def test_profile_shows_upcoming_appearances_and_events(site: Result) -> None:
    page = site.page("ambassadeurs/sanne-bakker/index.html")
    upcoming = page[page.index('id="amb-upcoming"'):].split("</section>")[0]
    assert "Lange nacht van de innovatie" in upcoming and "Werken met de wijk" in upcoming
    assert "Geheim gesprek" not in page


def test_uids_are_stable_across_a_title_edit(tmp_path: Path) -> None:
    write(tmp_path, SITE)
    first = build(tmp_path, EPOCH, site_dir="one")
    event = tmp_path / "content/events/congres.md"
    event.write_text(event.read_text().replace("Tweedaags congres", "Het grote congres"))
    second = build(tmp_path, EPOCH, site_dir="two")
    uids = [sorted(str(e["UID"]) for e in icalendar.Calendar.from_ical(
        (r.site / "agenda.ics").read_bytes()).walk("VEVENT")) for r in (first, second)]
    assert uids[0] == uids[1] and "event-congres@agenda.example.org" in uids[0]


def test_upcoming_and_past_follow_the_build_clock(tmp_path: Path) -> None:
    write(tmp_path, SITE)
    later = build(tmp_path, int(dt.datetime(2026, 3, 29, 3, 0, tzinfo=UTC).timestamp()))
    upcoming, past = later.page("agenda/index.html").split('id="amb-past"')
    assert "Lange nacht" in past and "Lange nacht" not in upcoming  # ended 02:00 UTC
    assert "Lopende cursus" in past
