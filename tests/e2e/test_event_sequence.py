"""`check --previous DIR` (issue 29, calendars): a calendar that imported an event takes a
later copy only when its SEQUENCE is higher, and SEQUENCE follows from `sequence:` alone;
so `check` compares the events with a previous version of the site and gives an advisory,
on the changed event's file, where time or place changed, or a cancelled event goes ahead
after all, without a raise. Real `check` runs in tmp_path on the verdict cases' small
network (tests/verdict/base.py); hostile previous versions first: they are never followed
out of DIR, never a traceback, never a failure. Then the advice followed, read back from
the built calendars by ical.js: only the raise makes the update outrank the copy."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest

from tests.e2e.test_ics_clients import read
from tests.sitebuilder import build, run_cli
from tests.verdict import Case, Link
from tests.verdict.base import EPOCH, EVENT, FILES, write_case

ORIGINAL = FILES[EVENT]   # Netwerkdag, 2026-09-12 10:00-16:00, Stadhuis Arnhem
MOVED = ORIGINAL.replace("Stadhuis Arnhem", "Stadhuis Nijmegen")


def event(extra: str = "", text: str = ORIGINAL) -> str:
    """The base event with front-matter lines added before its closing ---."""
    head, _, body = text.partition("\n---\n")
    return f"{head}\n{extra}---\n{body}"


def check(tmp_path: Path, now: str, previous: dict[str, str | bytes | Link] | None,
          where: Path | None = None) -> list[dict]:
    """`check --previous` on the site with EVENT as `now`; the previous version gets the
    files `previous` (a missing folder when None). Its exit status is 0: advice only."""
    root = write_case(tmp_path / "site", Case("none", files={EVENT: now}))
    before = where or tmp_path / "previous"
    for name, content in (previous or {}).items():
        target = before / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Link):
            target.symlink_to(content.target)
        else:
            target.write_bytes(content if isinstance(content, bytes) else content.encode())
    done = run_cli(root, "check", "--format", "json", "--previous", str(before), epoch=EPOCH)
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout)


def ids(problems: list[dict]) -> list[str]:
    return [p["id"] for p in problems]


# --- hostile previous versions --------------------------------------------------------

def outside(tmp_path: Path) -> Path:
    """A folder outside DIR with the moved event in it: were it followed, the site's
    unmoved event would get an advisory."""
    folder = tmp_path / "elsewhere" / "events"
    folder.mkdir(parents=True)
    (folder / Path(EVENT).name).write_text(MOVED, encoding="utf-8")
    return folder


def test_a_docs_folder_that_is_a_link_out_of_dir_is_not_read(tmp_path: Path) -> None:
    elsewhere = outside(tmp_path).parent
    problems = check(tmp_path, ORIGINAL, {"docs": Link(str(elsewhere))})
    assert ids(problems) == ["previous.unreadable"]
    assert problems[0]["path"] == "docs/events" and "symbolic link" in problems[0]["message"]


def test_an_events_folder_that_is_a_link_out_of_dir_is_not_read(tmp_path: Path) -> None:
    problems = check(tmp_path, ORIGINAL, {"docs/events": Link(str(outside(tmp_path)))})
    assert ids(problems) == ["previous.unreadable"]
    assert "docs/events" in problems[0]["message"]


def test_an_event_that_is_a_link_out_of_dir_is_passed_by(tmp_path: Path) -> None:
    moved = outside(tmp_path) / Path(EVENT).name
    assert check(tmp_path, ORIGINAL, {EVENT: Link(str(moved))}) == []


@pytest.mark.parametrize("content", [
    "---\ntitle: [Netwerkdag\nstart: 2026-09-19T10:00\n---\n",     # bad YAML
    "---\ntitle: Netwerkdag\nstart: morgen\n---\n",                 # a bad value
    "---\n" + "a: &a [" * 200 + "\n---\n",                          # nested too deep
    b"\xff\xfe" + MOVED.encode("utf-16-le"),                        # not UTF-8
    "---\ntitle: x\n---\n" + "x" * (1024 * 1024 + 10),              # over 1 MiB
    b"",                                                            # empty
], ids=["yaml", "value", "deep", "utf16", "large", "empty"])
def test_a_previous_event_that_cannot_be_read_is_passed_by(tmp_path: Path,
                                                           content: str | bytes) -> None:
    assert check(tmp_path, MOVED, {EVENT: content}) == []


def test_a_missing_previous_version_is_one_advisory(tmp_path: Path) -> None:
    problems = check(tmp_path, MOVED, None)
    assert ids(problems) == ["previous.unreadable"]
    assert "is not a folder" in problems[0]["message"]
    assert "is geen map" in problems[0]["message_nl"]


def test_a_previous_version_that_is_a_file_is_one_advisory(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("niets", encoding="utf-8")
    assert ids(check(tmp_path, MOVED, None, tmp_path / "a-file")) == ["previous.unreadable"]


def test_a_previous_version_without_events_has_nothing_to_compare(tmp_path: Path) -> None:
    assert check(tmp_path, MOVED, {"docs/index.md": "# Home\n"}) == []


def test_a_loop_of_links_in_the_events_folder_is_passed_by(tmp_path: Path) -> None:
    assert check(tmp_path, MOVED, {"docs/events/lus.md": Link("lus.md"),
                                   "docs/events/map": Link("."),
                                   EVENT: ORIGINAL})[0]["id"] == "event.sequence"


# --- the reminder -----------------------------------------------------------------------

def test_a_moved_event_without_a_raise_gets_the_advice_on_the_changed_line(
        tmp_path: Path) -> None:
    problem, = check(tmp_path, MOVED, {EVENT: ORIGINAL})
    assert (problem["id"], problem["severity"], problem["path"]) == \
        ("event.sequence", "advisory", EVENT)
    assert problem["line"] == MOVED.splitlines().index("location: Stadhuis Nijmegen") + 1
    assert problem["message"].startswith("location changed since the previous version")
    assert "write sequence: 1," in problem["message"]
    assert "schrijf sequence: 1," in problem["message_nl"]


def test_the_advice_stands_on_the_sequence_line_when_there_is_one(tmp_path: Path) -> None:
    now = event("sequence: 2\n", ORIGINAL.replace("T10:00", "T11:00"))
    problem, = check(tmp_path, now, {EVENT: event("sequence: 2\n")})
    assert problem["line"] == now.splitlines().index("sequence: 2") + 1
    assert problem["message"].startswith("start changed")
    assert "write sequence: 3," in problem["message"]


def test_a_raised_sequence_needs_no_advice(tmp_path: Path) -> None:
    assert check(tmp_path, event("sequence: 1\n", MOVED), {EVENT: ORIGINAL}) == []


def test_a_lowered_or_kept_sequence_is_not_a_raise(tmp_path: Path) -> None:
    problem, = check(tmp_path, event("sequence: 1\n", MOVED),
                     {EVENT: event("sequence: 3\n")})
    assert "write sequence: 4," in problem["message"]


def test_an_address_or_online_link_added_is_a_change(tmp_path: Path) -> None:
    now = event("address: {street: Markt 1, postcode: 6811 CG, city: Arnhem}\n"
                "online: https://example.nl/live\n")
    problem, = check(tmp_path, now, {EVENT: ORIGINAL})
    assert problem["message"].startswith("address, online changed")
    assert problem["line"] == now.splitlines().index(
        "address: {street: Markt 1, postcode: 6811 CG, city: Arnhem}") + 1


def test_a_cancelled_event_that_goes_ahead_after_all_needs_a_raise(tmp_path: Path) -> None:
    problem, = check(tmp_path, ORIGINAL, {EVENT: event("cancelled: true\n")})
    assert problem["message"].startswith("cancelled: true → false changed")
    assert problem["line"] is None   # the field is gone: the file itself
    assert check(tmp_path / "raised", event("sequence: 1\n"),
                 {EVENT: event("cancelled: true\n")}) == []


def test_cancelling_raises_it_by_itself(tmp_path: Path) -> None:
    """Cancelled now, moved at the same time: SEQUENCE rose by the cancellation."""
    assert check(tmp_path, event("cancelled: true\n", MOVED), {EVENT: ORIGINAL}) == []


def test_unchanged_events_and_other_changes_need_no_advice(tmp_path: Path) -> None:
    retitled = ORIGINAL.replace("title: Netwerkdag", "title: De netwerkdag") + "Meer.\n"
    assert check(tmp_path, retitled, {EVENT: ORIGINAL}) == []
    assert check(tmp_path / "same", ORIGINAL, {EVENT: ORIGINAL}) == []
    assert check(tmp_path / "new", ORIGINAL, {"docs/events/2026-10-ander.md": MOVED}) == []


def test_without_previous_nothing_is_compared(tmp_path: Path) -> None:
    root = write_case(tmp_path, Case("none", files={EVENT: MOVED}))
    done = run_cli(root, "check", "--format", "json", epoch=EPOCH)
    assert (done.returncode, json.loads(done.stdout)) == (0, [])


def test_the_help_explains_it(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "check", "--help")
    text = " ".join(done.stdout.split())
    assert "--previous DIR" in text and "sequence: was not raised" in text


# --- the advice followed, read by ical.js -------------------------------------------------

def test_only_the_raise_makes_calendars_take_the_move(tmp_path: Path) -> None:
    """The site before the move, moved without the raise, and moved with the raise the
    advisory asks for: ical.js reads the same SEQUENCE for the first two (a calendar keeps
    Arnhem) and a higher one for the third."""
    seen = {}
    for name, text in (("before", ORIGINAL), ("unraised", MOVED),
                       ("raised", event("sequence: 1\n", MOVED))):
        root = write_case(tmp_path / name, Case("none", files={EVENT: text}))
        result = build(root, EPOCH)
        assert result.code == 0, result.out
        found, = read(sorted(result.site.glob("agenda/*netwerkdag*/*.ics")))
        seen[name] = found
    assert seen["before"]["sequence"] == seen["unraised"]["sequence"]
    assert seen["raised"]["sequence"] > seen["before"]["sequence"]
    location = {name: icalendar.Calendar.from_ical(Path(found["file"]).read_bytes())
                .walk("VEVENT")[0]["location"] for name, found in seen.items()}
    assert location == {"before": "Stadhuis Arnhem", "unraised": "Stadhuis Nijmegen",
                        "raised": "Stadhuis Nijmegen"}
