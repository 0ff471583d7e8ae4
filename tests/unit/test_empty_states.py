"""What the directory and the home page say while no ambassador is active
(render/pages/empty_states.py): each case of a network's life, with the real loader."""

from __future__ import annotations

from pathlib import Path

from generator.render.labels import NL, Labels
from generator.render.pages.empty_states import no_ambassadors, numbers
from tests.unit.sitefiles import build, write

PERSON = """\
    ---
    name: {name}
    term:
      start: {start}
      end: {end}
    ---
    Bio.
    """
ANNOUNCEMENT = """\
    ---
    title: Nieuwe ambassadeurs
    date: 2026-11-02T10:00
    ambassadors: [{slugs}]
    ---
    Aangekondigd.
    """


def said(root: Path, files: dict[str, str]) -> tuple[str, ...]:
    write(root, {"content/index.md": "# Start\n", **files})
    site, _ = build(root, "2026-11-23T12:00Z")
    return no_ambassadors(site, Labels(), lambda moment: moment.isoformat())


def person(name: str, start: str, end: str) -> str:
    return PERSON.format(name=name, start=start, end=end)


def test_a_network_on_its_first_day(tmp_path: Path) -> None:
    assert said(tmp_path, {}) == (NL["no_ambassadors_yet"],)


def test_between_terms_with_alumni(tmp_path: Path) -> None:
    files = {"ambassadors/oud/index.md": person("Oud Lid", "2023-01-01", "2024-12-31")}
    assert said(tmp_path, files) == (NL["no_active_ambassadors"],)


def test_the_first_announced_ambassadors_have_not_started(tmp_path: Path) -> None:
    files = {"ambassadors/nieuw/index.md": person("Nieuw Lid", "2027-01-20", "2028-12-31"),
             "content/appointments/2026.md": ANNOUNCEMENT.format(slugs="nieuw")}
    assert said(tmp_path, files) == (
        NL["no_active_ambassadors"], NL["ambassadors_first_start"].format(date="20 januari 2027"))


def test_new_ambassadors_after_alumni(tmp_path: Path) -> None:
    files = {"ambassadors/oud/index.md": person("Oud Lid", "2023-01-01", "2024-12-31"),
             "ambassadors/nieuw/index.md": person("Nieuw Lid", "2027-02-01", "2028-12-31"),
             "ambassadors/later/index.md": person("Later Lid", "2027-03-01", "2028-12-31"),
             "content/appointments/2026.md": ANNOUNCEMENT.format(slugs="nieuw, later")}
    assert said(tmp_path, files) == (
        NL["no_active_ambassadors"], NL["ambassadors_next_start"].format(date="1 februari 2027"))


def test_an_ambassador_not_announced_is_not_mentioned(tmp_path: Path) -> None:
    """A term that starts later without a published announcement is not public: the page
    says nothing of it."""
    files = {"ambassadors/stil/index.md": person("Stil Lid", "2027-01-20", "2028-12-31")}
    assert said(tmp_path, files) == (NL["no_ambassadors_yet"],)


def test_numbers_leave_out_zeros() -> None:
    assert numbers([(0, "a"), (3, "b"), (0, "c"), (1, "d")]) == [(3, "b"), (1, "d")]
    assert numbers([(0, "a")]) == []
