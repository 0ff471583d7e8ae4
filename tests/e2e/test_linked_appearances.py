"""A podium entry with `event: <slug>` is an appearance at that network event: shown once,
with the event (agenda, event page, iCalendar), never as a look-alike second item; still
counted in the podium log; checked like every other cross-reference; and never a way
around the embargo."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import icalendar
import pytest

from tests.sitebuilder import Result, build, run_cli, write

UTC = dt.timezone.utc
CLOCK = dt.datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
EPOCH = int(CLOCK.timestamp())
LATER = int(dt.datetime(2026, 6, 1, 12, 0, tzinfo=UTC).timestamp())  # all of it is past

SANNE = """
    ---
    name: Sanne Bakker
    term:
      start: 2025-01-20
    podium:
      - date: 2026-04-02
        kind: workshop
        title: Werken met de wijk
        event: voorjaarsbijeenkomst
      - date: 2026-04-09
        kind: presentatie
        title: Los optreden bij de bibliotheek
        venue: Bibliotheek Zwolle
      - date: 2026-01-15
        kind: presentatie
        title: Terugblik op het jaar
        event: nieuwjaar
      - date: 2026-02-01
        kind: artikel
        title: Column in de krant
      - date: 2026-04-02
        kind: interview
        title: Geheim gesprek met de wethouder
        public: false
        event: voorjaarsbijeenkomst
      - date: 2026-05-01
        kind: inleiding
        title: Avond met een gast
        event: besloten-avond
    ---
    Sanne.
    """

SITE = {
    "mkdocs.yml": """
        site_name: Koppel Test
        site_url: https://koppel.example.org/netwerk/
        docs_dir: content
        theme:
          name: material
          language: nl
        plugins:
          - ambassadors
        """,
    "content/index.md": "# Koppel test\n",
    "ambassadors/sanne-bakker/index.md": SANNE,
    "ambassadors/joost-spreker/index.md": """
        ---
        name: Joost Spreker
        term:
          start: 2025-01-20
        ---
        Joost.
        """,
    # announced on 1 June: nothing of her may show before then, also not via an event
    "ambassadors/lotte-geheim/index.md": """
        ---
        name: Lotte Geheimhouder
        term:
          start: 2026-05-15
        podium:
          - date: 2026-05-20
            kind: presentatie
            title: Lotte spreekt op de zomeravond
            event: zomeravond
        ---
        Lotte.
        """,
    "content/appointments/2026.md": """
        ---
        title: Nieuwe ambassadeur
        date: 2026-06-01T10:00
        ambassadors: [lotte-geheim]
        ---
        Persbericht.
        """,
    "content/events/voorjaarsbijeenkomst.md": """
        ---
        title: Voorjaarsbijeenkomst
        start: 2026-04-02T19:00
        end: 2026-04-02T21:30
        location: Stadhuis Zwolle
        ambassadors: [joost-spreker]
        ---
        Het netwerk komt samen.
        """,
    "content/events/nieuwjaar.md": """
        ---
        title: Nieuwjaarsbijeenkomst
        start: 2026-01-15T19:00
        ---
        Geweest.
        """,
    "content/events/zomeravond.md": """
        ---
        title: Zomeravond
        start: 2026-05-20T19:00
        ---
        Buiten.
        """,
    # held back: it names Lotte; Sanne's entry for it stays an appearance of her own
    "content/events/besloten-avond.md": """
        ---
        title: Besloten avond met Lotte
        start: 2026-05-01T19:00
        ambassadors: [lotte-geheim]
        ---
        Geheim.
        """,
    "content/newsletter/maart.md": """
        ---
        title: Nieuwsbrief maart
        date: 2026-03-20
        ---
        Intro.
        """,
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = tmp_path_factory.mktemp("linked")
    write(root, SITE)
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


def vevents(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def items(html: str) -> list[str]:
    """The calendar items of a page, one string per <li class="amb-event...">."""
    return re.findall(r'<li class="amb-event[^"]*">.*?</li>', html, re.S)


def test_the_linked_appearance_is_one_item_with_its_event_in_the_agenda(site: Result) -> None:
    page = site.page("agenda/index.html")
    assert page.count("Werken met de wijk") == 1
    [spring] = [li for li in items(page) if "Voorjaarsbijeenkomst" in li]
    assert "Sanne Bakker (Workshop: Werken met de wijk)" in spring
    assert "Joost Spreker" in spring                        # the event's own speaker stays
    assert "amb-event--appearance" not in spring
    assert not [li for li in items(page) if "amb-event--appearance" in li
                and "Werken met de wijk" in li]


def test_unlinked_appearances_are_unchanged(site: Result) -> None:
    page = site.page("agenda/index.html")
    [alone] = [li for li in items(page) if "Los optreden" in li]
    assert 'class="amb-event amb-event--appearance"' in alone
    assert "Sanne Bakker: Los optreden bij de bibliotheek" in alone
    assert "Bibliotheek Zwolle" in alone
    feed = {str(e["UID"]): e for e in vevents((site.site / "agenda.ics").read_bytes())}
    loose = feed["podium-sanne-bakker-2026-04-09@koppel.example.org"]
    assert str(loose["SUMMARY"]) == "Sanne Bakker: Los optreden bij de bibliotheek"
    assert "Column in de krant" not in page                  # past and unlinked: not in it


def test_the_feed_names_her_in_the_event_and_has_no_second_vevent(site: Result) -> None:
    data = (site.site / "agenda.ics").read_bytes()
    events = vevents(data)
    uids = [str(e["UID"]) for e in events]
    assert "podium-sanne-bakker-2026-04-02@koppel.example.org" not in uids
    mentioning = [e for e in events if "Werken met de wijk" in
                  str(e.get("SUMMARY", "")) + str(e.get("DESCRIPTION", ""))]
    assert [str(e["UID"]) for e in mentioning] == ["event-voorjaarsbijeenkomst@koppel.example.org"]
    description = str(mentioning[0]["DESCRIPTION"])
    assert "Met: Joost Spreker, Sanne Bakker (Workshop: Werken met de wijk)" in description
    assert str(mentioning[0]["SUMMARY"]) == "Voorjaarsbijeenkomst"
    single = vevents((site.site / "agenda/voorjaarsbijeenkomst/voorjaarsbijeenkomst.ics")
                     .read_bytes())
    assert len(single) == 1 and "Sanne Bakker (Workshop" in str(single[0]["DESCRIPTION"])


def test_the_event_page_lists_her_as_appearing(site: Result) -> None:
    page = site.page("agenda/voorjaarsbijeenkomst/index.html")
    facts = page[page.index('<dl class="amb-facts">'):page.index("</dl>")]
    assert '<a href="../../ambassadeurs/sanne-bakker/">Sanne Bakker</a> ' \
           '<span class="amb-event__role">(Workshop: Werken met de wijk)</span>' in facts
    assert '<a href="../../ambassadeurs/joost-spreker/">Joost Spreker</a>' in facts
    data = json.loads(re.search(r'ld\+json">(.*?)</script>', page, re.S).group(1))
    assert [p["name"] for p in data["performer"]] == ["Joost Spreker", "Sanne Bakker"]
    past = site.page("agenda/nieuwjaar/index.html")     # a past event keeps who appeared
    assert "Sanne Bakker</a> <span class=\"amb-event__role\">(Presentatie: Terugblik op " \
           "het jaar)</span>" in past


def test_the_profile_shows_the_event_once(site: Result) -> None:
    page = site.page("ambassadeurs/sanne-bakker/index.html")
    upcoming = page[page.index('id="amb-upcoming"'):]
    upcoming = upcoming[:upcoming.index("</section>")]
    assert [li.count("Voorjaarsbijeenkomst") for li in items(upcoming)
            if "Voorjaarsbijeenkomst" in li] == [1]
    assert upcoming.count("Werken met de wijk") == 1


def test_the_newsletter_lists_it_once_with_the_event(site: Result) -> None:
    page = site.page("nieuwsbrief/maart/index.html")
    events = page[page.index('id="amb-nl-events"'):page.index('id="amb-nl-podium"')]
    assert events.count("Werken met de wijk") == 1
    [spring] = [li for li in items(events) if "Voorjaarsbijeenkomst" in li]
    assert "Sanne Bakker (Workshop: Werken met de wijk)" in spring


def test_private_and_embargoed_entries_appear_nowhere(site: Result) -> None:
    everything = site.all_bytes()
    assert b"Geheim gesprek" not in everything              # public: false
    assert b"Lotte" not in everything and b"lotte-geheim" not in everything
    assert b"Besloten avond" not in everything               # the held-back event
    summer = site.page("agenda/zomeravond/index.html")        # the event she will speak at
    assert 'class="amb-facts"' in summer and "amb-event__role" not in summer
    # Sanne's entry for the held-back event is an appearance of her own, as before
    page = site.page("agenda/index.html")
    [own] = [li for li in items(page) if "Avond met een gast" in li]
    assert "amb-event--appearance" in own and "besloten-avond" not in own


def podium_json(root: Path, epoch: int) -> list[dict]:
    done = run_cli(root, "podium", "--year", "2026", "--format", "json", epoch=epoch)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout)


def test_the_podium_count_is_unchanged(tmp_path: Path) -> None:
    linked, plain = tmp_path / "linked", tmp_path / "plain"
    write(linked, SITE)
    write(plain, {**SITE, "ambassadors/sanne-bakker/index.md":
                  re.sub(r"\n\s+event: [a-z-]+", "", SANNE)})
    assert "event:" not in (plain / "ambassadors/sanne-bakker/index.md").read_text()
    for epoch in (EPOCH, LATER):
        with_links, without = podium_json(linked, epoch), podium_json(plain, epoch)
        assert with_links == without
        sanne = next(row for row in with_links if row["slug"] == "sanne-bakker")
        assert sanne["counted"] == (2 if epoch == EPOCH else 6)


# -- validation ----------------------------------------------------------------------------

def with_entry(root: Path, event: str, day: str = "2026-04-02") -> None:
    write(root, SITE)
    write(root, {"ambassadors/joost-spreker/index.md": f"""
        ---
        name: Joost Spreker
        term:
          start: 2025-01-20
        podium:
          - date: 2026-02-10
            kind: artikel
            title: Een artikel
          - date: {day}
            kind: presentatie
            title: Openingswoord
            event: {event}
        ---
        Joost.
        """})


UNKNOWN = ("ambassadors/joost-spreker/index.md:12: podium[2].event: unknown event "
           "'voorjaarsbijenkomst'; did you mean 'voorjaarsbijeenkomst'?")
UNKNOWN_NL = ("ambassadors/joost-spreker/index.md:12: podium[2].event: onbekend evenement "
              "'voorjaarsbijenkomst'; bedoel je 'voorjaarsbijeenkomst'?")


def test_an_unknown_event_fails_check_in_both_languages(tmp_path: Path) -> None:
    with_entry(tmp_path, "voorjaarsbijenkomst")
    done = run_cli(tmp_path, "check", epoch=EPOCH)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert UNKNOWN in done.stdout and UNKNOWN_NL in done.stdout
    annotations = run_cli(tmp_path, "check", "--format", "github", epoch=EPOCH).stdout
    assert "::error file=ambassadors/joost-spreker/index.md,line=12,title=podium[2].event::" \
        in annotations


def test_an_unknown_event_fails_the_build_without_traceback(tmp_path: Path) -> None:
    with_entry(tmp_path, "voorjaarsbijenkomst")
    result = build(tmp_path, EPOCH, strict=False)
    assert result.code == 1
    assert "Traceback" not in result.out
    assert UNKNOWN in result.out and "onbekend evenement 'voorjaarsbijenkomst'" in result.out


def test_an_unknown_event_without_a_close_match_says_how_events_are_named(
        tmp_path: Path) -> None:
    with_entry(tmp_path, "zomerfeest")
    done = run_cli(tmp_path, "check", epoch=EPOCH)
    assert done.returncode == 1
    assert "podium[2].event: unknown event 'zomerfeest'; an event is named by its file " \
           "name without .md" in done.stdout
    assert "een evenement heet naar zijn bestandsnaam zonder .md" in done.stdout


def test_a_date_off_the_event_is_an_advisory(tmp_path: Path) -> None:
    with_entry(tmp_path, "voorjaarsbijeenkomst", day="2026-04-03")
    done = run_cli(tmp_path, "check", epoch=EPOCH)
    assert done.returncode == 0, done.stdout + done.stderr
    assert ("advisory: ambassadors/joost-spreker/index.md:9: podium[2].date: 2026-04-03 is "
            "not the date of event 'voorjaarsbijeenkomst' (2026-04-02); check both dates"
            ) in done.stdout
    assert "kijk beide datums na" in done.stdout
    built = build(tmp_path, EPOCH, strict=True)     # one verdict: publishing goes on
    assert built.code == 0 and "advisory: ambassadors/joost-spreker/index.md:9:" in built.out
    with_entry(tmp_path, "voorjaarsbijeenkomst", day="2026-04-02")
    done = run_cli(tmp_path, "check", epoch=EPOCH)
    assert "podium[2].date" not in done.stdout
