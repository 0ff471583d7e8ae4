"""Issue 29: the feeds, the structured data and the press kits, read by the programs that
read them in the wild, on the demo and on the second network (tests/zorgnetwerk.py):
feedparser and rss2email (who a story is by), extruct (schema.org JSON-LD and Open Graph,
as search engines' parsers read them), Python's zipfile (the kit's credit lines) and
`python -m generator check` (portraits without a credit). Hostile input first."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from email.header import decode_header, make_header
from pathlib import Path

import extruct
import feedparser
import pytest
import yaml

from tests import zorgnetwerk
from tests.quality.conftest import copy_demo
from tests.sitebuilder import Result, build, run_cli, write

DEMO_EPOCH = 1795435200   # 2026-11-23 12:00 UTC, the demo's clock (Makefile)
DEMO_URL = "https://ambassadeurs.example.nl/"
ZORG_URL = "https://zorg.example.org/netwerk/"
REPO = Path(__file__).resolve().parents[2]
EVENT = "docs/events/2026-08-open-dag.md"

# The second network gets an event with its address in parts and a paid admission, and a
# story by two people; the rest is tests/zorgnetwerk.py as it is.
ZORG_EXTRA = {
    EVENT: """
        ---
        title: Open dag in het verpleeghuis
        start: 2026-08-20T10:00
        end: 2026-08-20T16:00
        location: Verpleeghuis De Linde
        address:
          street: Lindelaan 3
          postcode: 6811 AB
          city: Arnhem
        admission: paid
        ambassadors: [anouk-de-wit]
        ---
        Rondleidingen de hele dag.
        """,
}


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Result:
    result = build(copy_demo(tmp_path_factory.mktemp("clients-demo")), DEMO_EPOCH)
    assert result.code == 0, result.out
    return result


@pytest.fixture(scope="module")
def zorg(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = zorgnetwerk.write_site(tmp_path_factory.mktemp("clients-zorg"))
    write(root, ZORG_EXTRA)
    result = build(root, zorgnetwerk.EPOCH)
    assert result.code == 0, result.out
    return result


@pytest.fixture(params=["demo", "zorg"])
def site(request: pytest.FixtureRequest) -> tuple[Result, str]:
    return request.getfixturevalue(request.param), (DEMO_URL if request.param == "demo"
                                                   else ZORG_URL)


def names_of(root: Path, slugs: list[str]) -> list[str]:
    """The names the sources give, read from the YAML here, not through the generator."""
    found = {p.parent.name: front_matter(p)["name"]
             for p in [*root.glob("*/*/index.md"), *root.glob("private/*/*/index.md")]
             if p.parent.parent.name in ("ambassadors", "mensen")}
    return [found[slug] for slug in slugs]


def byline(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} en {names[-1]}"


def story_sources(root: Path) -> dict[str, dict]:
    """Story sources by title: the folder and file layouts of both networks."""
    paths = [*root.glob("stories/*.md"), *root.glob("stories/*/index.md"),
             *root.glob("private/stories/*.md"), *root.glob("private/stories/*/index.md"),
             *root.glob("verhalen-bron/*.md"), *root.glob("verhalen-bron/*/index.md")]
    return {(data := front_matter(p))["title"]: data for p in paths}


# -- feeds ---------------------------------------------------------------------------------

def test_rss_items_carry_their_authors_as_dc_creator(site: tuple[Result, str]) -> None:
    result, _ = site
    root = result.site.parent
    raw = (result.site / "feeds/verhalen.xml").read_bytes()
    parsed = feedparser.parse(raw)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert b'xmlns:dc="http://purl.org/dc/elements/1.1/"' in raw
    sources = story_sources(root)
    assert parsed.entries
    for entry in parsed.entries:
        expected = byline(names_of(root, sources[entry.title]["ambassadors"]))
        assert entry.author == expected
        assert [a["name"] for a in entry.authors] == [expected]
        assert "email" not in entry.author_detail
    # RSS's <author> is an e-mail address: without one, there is none, never a placeholder
    assert b"<author>" not in raw and b"@" not in b"".join(re.findall(rb"<dc:creator>.*?<",
                                                                       raw))


def test_a_story_by_two_people_names_both(zorg: Result) -> None:
    parsed = feedparser.parse((zorg.site / "feeds/verhalen.xml").read_bytes())
    entry = next(e for e in parsed.entries if e.title == "Kleinschalig wonen werkt")
    assert entry.author == "Anouk de Wit en Joke van 't Hek"
    atom = feedparser.parse((zorg.site / "feeds/verhalen.atom").read_bytes())
    entry = next(e for e in atom.entries if e.title == "Kleinschalig wonen werkt")
    assert [(a["name"], a.get("href")) for a in entry.authors] == [
        ("Anouk de Wit", f"{ZORG_URL}ambassadeurs/anouk-de-wit/"),
        ("Joke van 't Hek", f"{ZORG_URL}ambassadeurs/joke-van-t-hek/")]


def test_rss2email_sends_each_story_from_its_authors(site: tuple[Result, str]) -> None:
    """rss2email (feed.py, _get_entry_name) takes the entry's author_detail.name into the
    sender's name ('{feed-title}: {author}'), or writes '<author>' when there is none."""
    from rss2email.feed import Feed
    result, base = site
    root = result.site.parent
    parsed = feedparser.parse((result.site / "feeds/verhalen.xml").read_bytes())
    reader = Feed(name="verhalen", url=f"{base}feeds/verhalen.xml", to="lezer@example.org")
    sources = story_sources(root)
    for entry in parsed.entries:
        done = reader._process_entry(parsed=parsed, entry=entry)
        assert done is not None
        sender = str(make_header(decode_header(done[3]["From"])))
        expected = byline(names_of(root, sources[entry.title]["ambassadors"]))
        assert f"{parsed.feed.title}: {expected}" in sender, sender
        assert "<author>" not in sender


# -- structured data -----------------------------------------------------------------------

def read(result: Result, path: str, base: str) -> tuple[list[dict], dict]:
    data = extruct.extract(result.page(path), base_url=base + path,
                           syntaxes=["json-ld", "opengraph"], uniform=True)
    return data["json-ld"], (data["opengraph"] or [{}])[0]


def story_pages(result: Result) -> list[str]:
    """Every story's page, known by its template's markup, not by its JSON-LD."""
    return sorted(str(p.relative_to(result.site)) for p in result.site.glob("verhalen/*/index.html")
                  if '<article class="amb-story"' in p.read_text(encoding="utf-8"))


def test_every_story_is_a_blog_posting(site: tuple[Result, str]) -> None:
    result, base = site
    root = result.site.parent
    sources = story_sources(root)
    logo = (result.site / "assets/logo/logo.png").exists()
    pages = story_pages(result)
    assert pages
    for path in pages:
        items, graph = read(result, path, base)
        (post,) = [item for item in items if item["@type"] == "BlogPosting"]
        url = base + path.removesuffix("index.html")
        source = sources[post["headline"]]
        assert post["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
        assert post["url"] == url and post["description"]
        assert post["datePublished"][:10] == str(source["date"])[:10]
        assert post["dateModified"] == post["datePublished"]
        assert dt.datetime.fromisoformat(graph["article:published_time"]) == \
            dt.datetime.fromisoformat(post["datePublished"])
        assert graph["@type"] == "article"
        people = names_of(root, source["ambassadors"])
        assert [(a["@type"], a["name"]) for a in post["author"]] == \
            [("Person", name) for name in people]
        assert all(a["url"].startswith(base + "ambassadeurs/") for a in post["author"])
        assert post["image"] and all(i.startswith(base) for i in post["image"])
        for image in post["image"]:
            assert (result.site / image.removeprefix(base)).is_file(), image
        publisher = post["publisher"]
        assert publisher["@type"] == "Organization" and publisher["url"] == base
        # the `logo` option's PNG (routes: logo_png); without it, the site's favicon, as
        # in the feeds and on announcements
        shown = "assets/logo/logo.png" if logo else "assets/images/favicon.png"
        assert publisher["logo"] == {"@type": "ImageObject", "url": base + shown}
        assert (result.site / shown).is_file()


def test_a_story_with_a_cover_shows_it_first(zorg: Result) -> None:
    (post,), _ = read(zorg, "verhalen/met-foto/index.html", ZORG_URL)
    assert post["image"][0].startswith(f"{ZORG_URL}verhalen/met-foto/")
    assert post["image"][-1] == f"{ZORG_URL}verhalen/met-foto/social-card.jpg"


def events(result: Result, base: str) -> dict[str, dict]:
    found = {}
    for page in sorted(result.site.glob("agenda/*/index.html")):
        path = str(page.relative_to(result.site))
        found[path] = next(i for i in read(result, path, base)[0] if i["@type"] == "Event")
    return found


def test_events_have_image_and_the_network_as_organizer(site: tuple[Result, str]) -> None:
    result, base = site
    found = events(result, base)
    assert found
    for event in found.values():
        assert event["organizer"]["@type"] == "Organization"
        assert event["organizer"]["url"] == base
        assert event["image"] == [f"{base}social-card.jpg"]
        assert (result.site / "social-card.jpg").is_file()


def test_an_address_in_parts_is_a_postal_address(zorg: Result, demo: Result) -> None:
    found = events(zorg, ZORG_URL)
    event = found["agenda/2026-08-open-dag/index.html"]
    assert event["location"] == {
        "@type": "Place", "name": "Verpleeghuis De Linde",
        "address": {"@type": "PostalAddress", "streetAddress": "Lindelaan 3",
                    "postalCode": "6811 AB", "addressLocality": "Arnhem"}}
    assert event["isAccessibleForFree"] is False
    page = zorg.page("agenda/2026-08-open-dag/index.html")
    assert "Verpleeghuis De Linde, Lindelaan 3, 6811 AB Arnhem" in page
    assert "isAccessibleForFree" not in json.dumps(found["agenda/2026-07-zomerbijeenkomst/"
                                                        "index.html"])
    demo_events = events(demo, DEMO_URL)
    free = demo_events["agenda/2026-12-netwerkbijeenkomst-utrecht/index.html"]
    assert free["isAccessibleForFree"] is True
    assert free["location"]["address"]["@type"] == "PostalAddress"
    assert free["location"]["name"] == "Stadsboerderij Het Zonnehof"
    paid = demo_events["agenda/2027-05-conferentie-sociale-innovatie/index.html"]
    assert paid["isAccessibleForFree"] is False
    # the one-line form is still read as it was: the text as the address
    line = demo_events["agenda/2027-03-nachtdebat-rotterdam/index.html"]["location"]
    assert line == {"@type": "Place", "name": "Maassilo",
                    "address": "Maassilo, Maashaven Zuidzijde 1, Rotterdam"}


def test_the_calendar_carries_the_whole_address(zorg: Result) -> None:
    from icalendar import Calendar
    calendar = Calendar.from_ical((zorg.site / "agenda.ics").read_bytes())
    (event,) = [e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]).startswith("Open dag")]
    assert str(event["LOCATION"]) == "Verpleeghuis De Linde, Lindelaan 3, 6811 AB Arnhem"


HOSTILE = [
    # (front matter lines, field, English, Dutch)
    ("address: Lindelaan 3, Arnhem", "address", "expected", "verwacht"),
    ("address:\n  street: Lindelaan 3\n  city: Arnhem", "address.postcode",
     "postcode: 5038 TC", "postcode: 5038 TC"),
    ("address:\n  street: <script>alert(1)</script>Lindelaan\n  postcode: 1\n  city: A",
     "address.street", "HTML", "HTML"),
    ("address:\n  street: x\n  postcode: 1\n  city: A\n  land: NL", "address.land",
     "unknown field", "onbekend veld"),
    ("address:\n  street: x\n  postcode: 1\n  city: [Arnhem]", "address.city",
     "expected", "verwacht"),
    ("address:\n  street: x\n  postcode: '" + "9" * 30 + "'\n  city: A", "address.postcode",
     "20", "20"),
    ("admission: yes", "admission", "free, paid", "free, paid"),
    ("admission: true", "admission", "free, paid", "free, paid"),
]


@pytest.mark.parametrize("lines, field, english, dutch", HOSTILE)
def test_hostile_addresses_and_admissions(tmp_path: Path, lines: str, field: str,
                                          english: str, dutch: str) -> None:
    root = zorgnetwerk.write_site(tmp_path)
    text = f"---\ntitle: Open dag\nstart: 2026-08-20T10:00\n{lines}\n---\nTekst.\n"
    (root / EVENT).write_text(text, encoding="utf-8")
    checked = run_cli(root, "check", epoch=zorgnetwerk.EPOCH)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "Traceback" not in checked.stdout + checked.stderr
    out = checked.stdout
    error = next(line for line in out.splitlines()
                 if line.startswith(f"error: {EVENT}:") and f": {field}: " in line)
    number = int(error.split(":")[2])
    assert 4 <= number < 4 + len(lines.splitlines())   # a line of the field's own block
    assert english in error
    dutch_line = out.splitlines()[out.splitlines().index(error) + 1]
    assert dutch_line.strip().startswith(f"NL: {EVENT}:{number}: {field}: ") and dutch in dutch_line
    built = build(root, zorgnetwerk.EPOCH)
    assert built.code != 0 and "Traceback" not in built.out


# -- press kits ----------------------------------------------------------------------------

def kit(result: Result, year: int) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO((result.site / f"pers/perskit-{year}.zip").read_bytes())) \
            as archive:
        return {name.split("/", 1)[1]: archive.read(name).decode("utf-8")
                for name in archive.namelist() if not name.endswith((".jpg", ".png"))} | {
            name.split("/", 1)[1]: "" for name in archive.namelist() if name.endswith(".jpg")}


def credits_of(files: dict[str, str]) -> dict[str, list[str]]:
    """The credit lines of each portrait in the captions, the text and the printable page."""
    portraits = sorted(name for name in files if name.endswith(".jpg"))
    captions = {block.split("\n", 1)[0]: block for block in files["bijschriften.txt"]
                .split("\n\n")}
    text = files["persbericht.txt"]
    page = files["persbericht.html"]
    found = {}
    for name in portraits:
        lines = [line for line in captions[name].splitlines() if line.startswith("Foto: ")]
        after = text.split(f"Persfoto: {name}\n", 1)[1].split("\n", 1)[0]
        shown = re.search(rf"Persfoto: {re.escape(name)} · ([^<]*)</p>", page)
        found[name] = lines + [after, shown.group(1) if shown else ""]
    return found


def test_every_portrait_in_the_demo_kits_has_its_credit(demo: Result) -> None:
    people = {p.parent.name: front_matter(p)
              for p in [*REPO.glob("ambassadors/*/index.md"),
                        *REPO.glob("private/ambassadors/*/index.md")]}
    kits = sorted(demo.site.glob("pers/perskit-*.zip"))
    assert kits
    for path in kits:
        files = kit(demo, int(path.stem.rsplit("-", 1)[1]))
        found = credits_of(files)
        assert found
        for name, lines in found.items():
            credit = people[name.removesuffix(".jpg")]["photo_credit"]
            assert credit.startswith("Foto: ")
            assert lines == [credit] * 3, (path.name, name, lines)
            caption = files["bijschriften.txt"]
            assert f". {credit}." in caption and "Foto: Foto:" not in caption


def test_a_portrait_without_credit_says_who_supplied_it(zorg: Result) -> None:
    found = credits_of(kit(zorg, 2025))
    assert found == {"anouk-de-wit.jpg": ["Foto: aangeleverd door Zorgambassadeurs Test"] * 3}


def test_check_names_every_published_photo_without_credit(tmp_path: Path) -> None:
    root = zorgnetwerk.write_site(tmp_path)
    checked = run_cli(root, "check", "--format", "json", epoch=zorgnetwerk.EPOCH)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    problems = json.loads(checked.stdout)
    uncredited = [p for p in problems if p["id"] == "photo.no_credit"]
    # Anouk is published with a photo and no credit; Lotte's announcement is still ahead
    # (press.no_credit names its moment instead); the others have no photo.
    assert [(p["path"], p["line"], p["field"], p["severity"]) for p in uncredited] == [
        ("mensen/anouk-de-wit/index.md", 8, "photo_credit", "advisory")]
    assert "foto.JPG" in uncredited[0]["message"]
    assert [p["path"] for p in problems if p["id"] == "press.no_credit"] == \
        ["mensen/lotte-geheim/index.md"]
    # after Lotte's announcement her photo is published: the same advisory, without moment
    after = run_cli(root, "check", "--format", "json",
                    epoch=zorgnetwerk.EPOCH + 30 * 86400)
    ids = {(p["path"], p["id"]) for p in json.loads(after.stdout)}
    assert ("mensen/lotte-geheim/index.md", "photo.no_credit") in ids
    assert ("mensen/lotte-geheim/index.md", "press.no_credit") not in ids
    text = run_cli(root, "check", epoch=zorgnetwerk.EPOCH).stdout
    assert "advisory: mensen/anouk-de-wit/index.md:8: photo_credit: foto.JPG is published " \
        "without photo_credit" in text
    assert "NL: mensen/anouk-de-wit/index.md:8: photo_credit: foto.JPG staat online zonder " \
        "photo_credit" in text


def test_the_demo_checks_without_uncredited_photos() -> None:
    checked = run_cli(REPO, "check", "--format", "json", epoch=DEMO_EPOCH)
    problems = json.loads(checked.stdout)
    assert not [p for p in problems if p["id"] in ("photo.no_credit", "press.no_credit")]
