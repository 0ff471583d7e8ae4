"""The press room (content-model.md v1.3, "Press"; issue 15) on the care network: a press
contact on /pers/, on the announcement page and in the kit; the moment of the next
announcement without its names; the note for editors shown and kitted but kept out of
feeds, summaries and link previews; a bold dateline kept as part of the first paragraph;
a kit with the release as text and as a printable page, portraits and captions; and the
warnings a coordinator gets before the moment."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest
from PIL import Image

from tests.sitebuilder import Result, build, portrait, run_cli, write
from tests.zorgnetwerk import EPOCH, write_site  # 2026-06-15; the 2026 announcement: 1 July

CONTACT = """\
      press_contact:
        name: Sanne Woordvoerder
        role: Persvoorlichter Zorgnetwerk
        email: pers@zorg.example.org
        phone: "+31 (0)26 123 45 67"
"""
DATELINE = "Arnhem, 1 februari 2025"
NOTE = "Interviews op afspraak, alleen op dinsdag."
ANNOUNCEMENT_2025 = f"""
    ---
    title: Anouk en Karin benoemd
    date: 2025-02-01T09:00
    ambassadors: [anouk-de-wit, karin-bos]
    ---
    **{DATELINE}** – Het netwerk benoemt vandaag twee [zorgambassadeurs](../../ambassadeurs/).

    Zij vertellen over het verpleeghuis van morgen.

    ## Noot voor de redactie

    {NOTE} Bel gerust.

    ## Over het netwerk

    Het netwerk bestaat sinds 2020.
    """
KARIN = """
    ---
    name: Karin Bos
    role: Zorgmanager
    organisation: Huize Zon
    term:
      start: 2025-02-01
    ---
    Karin leidt een kleinschalige woonvorm.
    """


def press_site(root: Path, contact: str = CONTACT) -> Path:
    write_site(root, contact)
    write(root, {"docs/appointments/2025.md": ANNOUNCEMENT_2025,
                 "mensen/karin-bos/index.md": KARIN})
    page = root / "mensen/anouk-de-wit/index.md"
    page.write_text(page.read_text().replace("photo: foto.JPG",
                                             "photo: foto.JPG\nphoto_credit: Studio Oost"))
    return root


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Result:
    result = build(press_site(tmp_path_factory.mktemp("press")), EPOCH)
    assert result.code == 0, result.out
    return result


@pytest.fixture(scope="module")
def kit(site: Result) -> dict[str, bytes]:
    with zipfile.ZipFile(site.site / "pers/perskit-2025.zip") as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def text_of(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_the_press_page_names_contact_next_moment_and_policy(site: Result) -> None:
    page = site.page("pers/index.html")
    text = text_of(page)
    assert "Perscontact Sanne Woordvoerder Persvoorlichter Zorgnetwerk" in text
    assert 'href="mailto:pers@zorg.example.org"' in page
    assert 'href="tel:+31261234567"' in page  # '(0)' left out, as dialled from abroad
    assert "De volgende aankondiging van nieuwe ambassadeurs verschijnt op woensdag 1 juli " \
        "2026 om 10:00 uur." in text
    assert '<time datetime="2026-07-01T10:00:00+02:00">' in page
    assert "ook niet onder embargo" in text
    # The moment only: nothing of what the announcement says or whom it names.
    for secret in ("Nieuwe ambassadeur benoemd", "Lotte", "lotte-geheim", "benoemingen/2026"):
        assert secret not in page


def test_no_next_moment_once_it_has_passed(tmp_path: Path) -> None:
    result = build(press_site(tmp_path), int(dt.datetime(2026, 12, 1, tzinfo=dt.UTC).timestamp()))
    assert result.code == 0, result.out
    text = text_of(result.page("pers/index.html"))
    assert "verschijnt op" not in text and "ook niet onder embargo" in text


def test_the_announcement_page_shows_the_note_apart_and_the_kit(site: Result) -> None:
    page = site.page("benoemingen/2025/index.html")
    note = re.search(r'<aside class="amb-note"[^>]*>(.*?)</aside>', page, re.S)
    assert note and NOTE in note.group(1) and "Niet voor publicatie" in note.group(1)
    assert "Het netwerk bestaat sinds 2020." in page  # the section after the note stays
    body = page.split('<aside class="amb-note"')[0]
    assert NOTE not in body
    assert 'href="../../pers/perskit-2025.zip"' in page
    assert "Sanne Woordvoerder" in page and 'href="mailto:pers@zorg.example.org"' in page


def test_the_dateline_is_the_first_paragraph_everywhere(site: Result) -> None:
    page = site.page("benoemingen/2025/index.html")
    og = re.search(r'<meta property="og:description" content="([^"]*)"', page)
    assert og and html.unescape(og.group(1)).startswith(f"{DATELINE} – Het netwerk benoemt")
    article = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>',
                                   page, re.S).group(1))
    assert article["description"].startswith(DATELINE)
    item = feedparser.parse(site.page("feeds/benoemingen.xml")).entries[0]
    assert item.summary.startswith(f"{DATELINE} – Het netwerk benoemt vandaag twee "
                                   "zorgambassadeurs.")


@pytest.mark.parametrize("feed", ["feeds/benoemingen.xml", "feeds/benoemingen.atom"])
def test_the_note_stays_out_of_the_feeds(site: Result, feed: str) -> None:
    parsed = feedparser.parse(site.page(feed))
    [item] = [e for e in parsed.entries if e.title == "Anouk en Karin benoemd"]
    everything = item.summary + "".join(c.value for c in item.get("content", []))
    assert DATELINE in everything
    assert NOTE not in everything and "Noot voor de redactie" not in everything
    assert NOTE not in site.page(feed)
    # The item links the press kit, absolutely.
    assert "https://zorg.example.org/netwerk/pers/perskit-2025.zip" in everything


def test_the_kit_holds_release_page_portraits_and_captions(kit: dict[str, bytes]) -> None:
    assert sorted(kit) == ["perskit-2025/anouk-de-wit.jpg", "perskit-2025/bijschriften.txt",
                           "perskit-2025/persbericht.html", "perskit-2025/persbericht.txt"]
    text = kit["perskit-2025/persbericht.txt"].decode()
    assert text.startswith("Anouk en Karin benoemd\n======================\n"
                           "zaterdag 1 februari 2025 om 09:00 uur\n"
                           "https://zorg.example.org/netwerk/benoemingen/2025/\n\n"
                           f"{DATELINE} – Het netwerk benoemt vandaag twee zorgambassadeurs "
                           "(https://zorg.example.org/netwerk/ambassadeurs/).")
    assert "Het netwerk bestaat sinds 2020." in text
    release, note = text.split("Noot voor de redactie (niet voor publicatie)")
    assert NOTE not in release and NOTE in note
    assert "Karin Bos\nFunctie: Zorgmanager\nOrganisatie: Huize Zon" in release
    assert "Perscontact" in note and "E-mail: pers@zorg.example.org" in note
    assert "Telefoon: +31 (0)26 123 45 67" in note
    with Image.open(io.BytesIO(kit["perskit-2025/anouk-de-wit.jpg"])) as photo:
        assert photo.format == "JPEG" and not photo.getexif()


def test_the_captions_name_each_photo(kit: dict[str, bytes]) -> None:
    captions = kit["perskit-2025/bijschriften.txt"].decode()
    blocks = {block.split("\n", 1)[0]: block for block in captions.split("\n\n")[1:]
              if block.strip()}
    assert set(blocks) == {"anouk-de-wit.jpg"}  # Karin has no photo: no caption
    assert f"perskit-2025/{next(iter(blocks))}" in kit
    block = blocks["anouk-de-wit.jpg"]
    assert "Anouk de Wit, verpleegkundige, Zorggroep Oost. Foto: Studio Oost." in block
    for line in ("Naam: Anouk de Wit", "Functie: Verpleegkundige",
                 "Organisatie: Zorggroep Oost", "Foto: Studio Oost"):
        assert line in block.splitlines()


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_the_printable_page_is_self_contained(kit: dict[str, bytes]) -> None:
    page = kit["perskit-2025/persbericht.html"].decode()
    parser = _Page()
    parser.feed(page)
    tags = [tag for tag, _ in parser.tags]
    assert "script" not in tags and "link" not in tags and "iframe" not in tags
    images = [attrs["src"] for tag, attrs in parser.tags if tag == "img"]
    assert images == ["anouk-de-wit.jpg"] and "perskit-2025/anouk-de-wit.jpg" in kit
    assert all(attrs.get("alt") for tag, attrs in parser.tags if tag == "img")
    assert '<html lang="nl">' in page and "@page" in page
    note = page.split('class="note"')[1]
    assert "Niet voor publicatie" in note and NOTE in note
    assert NOTE not in page.split('class="note"')[0]
    assert 'href="mailto:pers@zorg.example.org"' in page and "Sanne Woordvoerder" in page
    assert f"<strong>{DATELINE}</strong>" in page


def test_the_kit_is_byte_identical_between_builds(site: Result, tmp_path: Path) -> None:
    again = build(press_site(tmp_path), EPOCH)
    assert (again.site / "pers/perskit-2025.zip").read_bytes() == \
        (site.site / "pers/perskit-2025.zip").read_bytes()


@pytest.mark.parametrize("contact, field", [
    ('      press_contact:\n        email: "pers at example"\n', "press_contact.email"),
    ("      press_contact:\n        phone: 0261234567\n", "press_contact.phone"),
    ('      press_contact:\n        name: "<img src=x onerror=alert(1)>"\n',
     "press_contact.name"),
    ("      press_contact:\n        fax: '026'\n", "press_contact"),
    ("      press_contact: pers@example.org\n", "press_contact"),
])
def test_a_bad_press_contact_is_a_clear_error(tmp_path: Path, contact: str, field: str) -> None:
    root = press_site(tmp_path, contact)
    result = build(root, EPOCH)
    assert result.code != 0 and "Traceback" not in result.out
    assert re.search(rf"mkdocs\.yml:\d+: {re.escape(field)}:", result.out)
    assert "NL: mkdocs.yml:" in result.out
    done = run_cli(root, "check", epoch=EPOCH)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert field in done.stdout and "verwacht" in done.stdout


def test_without_press_contact_nothing_is_shown(tmp_path: Path) -> None:
    result = build(press_site(tmp_path, ""), EPOCH)
    assert result.code == 0, result.out
    assert "Perscontact" not in result.page("pers/index.html")
    with zipfile.ZipFile(result.site / "pers/perskit-2025.zip") as archive:
        assert "Perscontact" not in archive.read("perskit-2025/persbericht.txt").decode()


def test_check_warns_before_the_moment_about_photos_for_the_kit(tmp_path: Path) -> None:
    """Lotte (announced 1 July) has a 400x500 photo without credit; a second newcomer has
    none. After the moment the kit is made as it is: no more warnings about the kit, only
    the credit her published photo still lacks (issue 29)."""
    root = press_site(tmp_path)
    write(root, {"mensen/piet-nieuw/index.md": """
        ---
        name: Piet Nieuw
        term:
          start: 2026-07-01
        ---
        Nieuw.
        """})
    announcement = root / "docs/appointments/2026.md"
    announcement.write_text(announcement.read_text().replace("[lotte-geheim]",
                                                             "[lotte-geheim, piet-nieuw]"))
    done = run_cli(root, "check", epoch=EPOCH)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "advisory: mensen/lotte-geheim/index.md:4: photo: foto.jpg is 400×500 px, too small " \
        "to print: the press kit of 2026-07-01 10:00 needs at least 1500 px on the long " \
        "side" in lines
    assert any(line.startswith("advisory: mensen/lotte-geheim/index.md:4: photo_credit:")
               for line in lines)
    assert any(line.startswith("advisory: mensen/piet-nieuw/index.md: photo: announced on "
                               "2026-07-01 10:00 without a photo") for line in lines)
    assert "te klein om te drukken" in done.stdout
    portrait(root / "mensen/lotte-geheim/foto.jpg", size=(1200, 1600))
    bigger = run_cli(root, "check", epoch=EPOCH)
    assert "too small to print" not in bigger.stdout
    after = run_cli(root, "check", epoch=int(dt.datetime(2026, 7, 2, tzinfo=dt.UTC).timestamp()))
    advice = [line for line in after.stdout.splitlines() if "photo" in line
              and line.startswith("advisory:")]
    assert advice == ["advisory: mensen/lotte-geheim/index.md:4: photo_credit: foto.jpg is "
                      "published without photo_credit: add the photographer (and licence), "
                      "like \"Foto: Jan de Vries, CC BY 4.0\"; press kits and feeds print it "
                      "under the portrait"], after.stdout
