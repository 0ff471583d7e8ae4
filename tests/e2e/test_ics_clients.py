"""The calendars read by ical.js, the library inside Thunderbird and Nextcloud: every timed
event's instant, converted to UTC by ical.js from the file's own VTIMEZONE, is the instant
Python's zoneinfo gives the source's local time, in the demo and in a second network (with
events across the daylight-saving changes of 2027); a cancelled event comes as an update
that ical.js ranks above the copy a subscriber already has.

ical.js is installed once with npm into ~/.cache/ambassadors-test/ical.js (or
$AMB_TEST_CACHE/ical.js); without node, npm or the registry the test fails, saying so."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import yaml

from tests.npm_tools import npm_package
from tests.quality.conftest import copy_demo
from tests.sitebuilder import Result, build, write
from tests.zorgnetwerk import EPOCH as ZORG_EPOCH
from tests.zorgnetwerk import write_site

ICAL_JS = "2.2.1"
REPO = Path(__file__).resolve().parents[2]
READER = REPO / "tests" / "clients" / "ical_read.mjs"
DEMO_EPOCH = 1795435200
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def ical_js() -> Path:
    """ical.js's module, installed with npm at the pinned version if missing."""
    return npm_package("ical.js", ICAL_JS, "ical.js/dist/ical.js") / "dist" / "ical.js"


def read(files: list[Path]) -> list[dict]:
    done = subprocess.run(["node", str(READER), str(ical_js()), *map(str, files)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def local(value: object, tz: ZoneInfo = AMSTERDAM) -> int:
    """A source's local time as zoneinfo reads it (the first of two at a change), in UTC."""
    moment = value if isinstance(value, dt.datetime) else \
        dt.datetime.fromisoformat(str(value).replace(" ", "T"))
    return int(moment.replace(tzinfo=tz).timestamp())


def sources(folder: Path) -> dict[str, dict]:
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
            for path in folder.glob("*.md")}


def assert_instants(found: list[dict], events: dict[str, dict], tz: ZoneInfo) -> int:
    """Every timed event ical.js reads starts and ends at zoneinfo's instants; how many."""
    checked = 0
    for event in found:
        kind, _, rest = event["uid"].partition("-")
        if kind != "event" or event["start"]["utc"] is None:
            continue
        source = events[rest.split("@")[0]]
        assert event["start"]["utc"] == local(source["start"], tz), event
        if "end" in source:
            assert event["end"]["utc"] == local(source["end"], tz), event
        checked += 1
    return checked


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Result:
    result = build(copy_demo(tmp_path_factory.mktemp("demo")), DEMO_EPOCH)
    assert result.code == 0, result.out
    return result


def test_ical_js_reads_every_demo_event_at_zoneinfos_instant(demo: Result) -> None:
    events = sources(demo.site.parent / "content" / "events")
    files = [demo.site / "agenda.ics", *sorted(demo.site.glob("agenda/*/*.ics"))]
    assert len(files) > 10
    found = read(files)
    checked = assert_instants(found, events, AMSTERDAM)
    summer_2027 = [e for e in found if e["start"]["utc"] and e["start"]["utc"] > local(
        "2027-03-28T03:00")]
    assert summer_2027 and checked >= 2 * len(summer_2027)
    for event in found:
        assert event["sequence"] >= 0 and event["lastModified"] == "2026-11-23T12:00:00Z"
    cancelled = [e for e in found if e["status"] == "CANCELLED"]
    assert cancelled
    for event in cancelled:
        assert event["summary"].startswith("Geannuleerd: ") and event["sequence"] >= 1
        assert "Aanmelden" not in event["description"]


def test_the_demo_timezone_is_two_yearly_rules(demo: Result) -> None:
    calendar = icalendar.Calendar.from_ical((demo.site / "agenda.ics").read_bytes())
    zone, = calendar.walk("VTIMEZONE")
    rules = {(part.name, part["DTSTART"].to_ical().decode(), part["RRULE"].to_ical().decode())
             for part in zone.subcomponents}
    assert rules == {
        ("DAYLIGHT", "19960331T020000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"),
        ("STANDARD", "19961027T030000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")}
    assert b"RDATE" not in (demo.site / "agenda.ics").read_bytes()


# The second network's events around the changes of 2027: the 10 June 2027, the
# hours either side of the spring change (02:00-03:00 does not exist), and 02:30 on 31
# October, which occurs twice and means the first (the spec).
EVENTS = {
    "2027-06-10-zomeroverleg": ("2027-06-10T13:00", "2027-06-10T15:00"),
    "2027-03-28-vroeg": ("2027-03-28T01:30", "2027-03-28T03:30"),
    "2027-10-31-nacht": ("2027-10-31T02:30", "2027-10-31T03:30"),
    "2027-12-01-winter": ("2027-12-01T19:00", "2027-12-01T21:00"),
    "2026-11-05-verhuisd": ("2026-11-05T19:00", "2026-11-05T21:00"),
}


def event_file(title: str, start: str, end: str, extra: str = "") -> str:
    return (f"---\ntitle: {title}\nstart: {start}\nend: {end}\n"
            f"registration: https://example.org/aanmelden\n{extra}---\nEen bijeenkomst.\n")


def second_network(root: Path, extra: str = "") -> Result:
    write_site(root)
    write(root, {f"docs/events/{slug}.md": event_file(slug, start, end,
                                                      extra if "verhuisd" in slug else "")
                 for slug, (start, end) in EVENTS.items()})
    result = build(root, ZORG_EPOCH)
    assert result.code == 0, result.out
    return result


def test_ical_js_reads_the_second_network_across_dst_changes(tmp_path: Path) -> None:
    built = second_network(tmp_path)
    files = [built.site / "agenda.ics", *sorted(built.site.glob("agenda/*/*.ics"))]
    found = read(files)
    events = sources(tmp_path / "docs" / "events")
    assert assert_instants(found, events, AMSTERDAM) == 2 * (len(EVENTS) + 1)
    june = [e for e in found if e["uid"].startswith("event-2027-06-10-zomeroverleg@")]
    assert june and {e["start"]["utc"] for e in june} == {
        int(dt.datetime(2027, 6, 10, 11, 0, tzinfo=dt.timezone.utc).timestamp())}


def test_a_cancelled_update_outranks_the_copy_a_calendar_has(tmp_path: Path) -> None:
    """The same event built three times: as first published, moved (the editor raises
    `sequence`), then cancelled; ical.js reads each file's SEQUENCE higher than the one
    before, and the last as CANCELLED, with no sign-up and the summary saying so."""
    seen = []
    for step, extra in enumerate(["", "sequence: 1\n", "sequence: 1\ncancelled: true\n"]):
        built = second_network(tmp_path / str(step), extra)
        event, = read(sorted(built.site.glob("agenda/2026-11-05-verhuisd/*.ics")))
        seen.append(event)
    assert [e["sequence"] for e in seen] == sorted({e["sequence"] for e in seen})
    assert [e["status"] for e in seen] == ["CONFIRMED", "CONFIRMED", "CANCELLED"]
    assert seen[2]["summary"] == "Geannuleerd: 2026-11-05-verhuisd"
    assert "Aanmelden" in seen[1]["description"] and "Aanmelden" not in seen[2]["description"]


# Zones of every shape: yearly rules north and south, half-hour changes (Lord Howe), rules
# ical.js must not extend (Jerusalem's Friday), irregular ones (Casablanca's Ramadan, Gaza),
# zones that dropped or took up daylight saving (Sao Paulo, Tehran, Cairo), negative DST
# (Dublin), none at all.
ZONES = ["Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe",
         "Pacific/Chatham", "Asia/Jerusalem", "Africa/Casablanca", "Asia/Gaza",
         "America/Sao_Paulo", "Asia/Tehran", "Africa/Cairo", "Europe/Dublin",
         "America/Santiago", "Pacific/Auckland", "Asia/Tokyo", "UTC", "America/St_Johns"]


def zone_calendar(tzid: str, first: int, last: int) -> tuple[bytes, dict[str, int]]:
    """A calendar in `tzid` with an event at noon on the 1st and 15th of every month and at
    every hour of the day of each change, and the UTC instants zoneinfo gives them."""
    from generator.render.calendars.vtimezone import changes, vtimezone
    tz, expected, lines = ZoneInfo(tzid), {}, []
    moments = [dt.datetime(year, month, day, 12) for year in range(first + 1, last)
               for month in range(1, 13) for day in (1, 15)]
    for change in changes(tzid, first, last + 1):
        if first < change.wall.year < last:
            day = change.wall.replace(hour=0, minute=0, second=0)
            moments += [day + dt.timedelta(minutes=30 * n) for n in range(48)]
    for number, moment in enumerate(sorted(set(moments))):
        local = moment.replace(tzinfo=tz)
        if local.replace(fold=1).utcoffset() != local.utcoffset():
            continue   # occurs twice: written in UTC (see test_cancelled...), not a zone case
        if local.astimezone(dt.timezone.utc).astimezone(tz).replace(tzinfo=None) != moment:
            continue   # does not exist: an error in the sources
        uid = f"{tzid}-{number}"
        expected[uid] = int(local.timestamp())
        lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z",
                  f"DTSTART;TZID={tzid}:{moment:%Y%m%dT%H%M%S}", "END:VEVENT"]
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//NL\r\n"
    body = "".join(f"{line}\r\n" for line in lines)
    return (head.encode() + body.encode() + vtimezone(tzid, first, last)
            + b"END:VCALENDAR\r\n"), expected


def test_ical_js_reads_every_zones_vtimezone_as_zoneinfo(tmp_path: Path) -> None:
    files, expected = [], {}
    for number, tzid in enumerate(ZONES):
        data, instants = zone_calendar(tzid, 2024, 2029)
        files.append(tmp_path / f"{number}.ics")
        files[-1].write_bytes(data)
        expected.update(instants)
    found = {event["uid"]: event["start"]["utc"] for event in read(files)}
    wrong = {uid: (found[uid], when) for uid, when in expected.items() if found[uid] != when}
    assert not wrong, sorted(wrong.items())[:10]
    assert len(found) == len(expected) > 17 * 100
