"""Appointments under embargo: one minute before the moment nothing of the announcement or
of the newly appointed leaks, one minute after everything is where it should be. Also the
press kit, the alumni move at the end of a term, and the press page."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from tests.pagefind_index import by_url
from tests.sitebuilder import Result, build, run_cli
from tests.zorgnetwerk import write_site

UTC = dt.timezone.utc
MOMENT = dt.datetime(2026, 7, 1, 8, 0, tzinfo=UTC)  # 10:00 in Amsterdam (CEST)
SECRETS = ["lotte-geheim", "Lotte Geheimhouding", "Geheimhouding", "Nieuwe ambassadeur benoemd",
           "Maak kennis met Lotte", "over-lotte", "Geheim bericht over Lotte."]


def epoch(moment: dt.datetime) -> int:
    return int(moment.timestamp())


@pytest.fixture(scope="module")
def before(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = write_site(tmp_path_factory.mktemp("before"))
    result = build(root, epoch(MOMENT - dt.timedelta(minutes=1)))
    assert result.code == 0, result.out
    return result


@pytest.fixture(scope="module")
def after(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = write_site(tmp_path_factory.mktemp("after"))
    result = build(root, epoch(MOMENT + dt.timedelta(minutes=1)))
    assert result.code == 0, result.out
    return result


def every_byte(result: Result) -> bytes:
    """Every file's name and content; zip members and the search index's gzip chunks are
    opened, so nothing hides in them."""
    chunks = []
    for path in sorted(result.site.rglob("*")):
        chunks.append(path.relative_to(result.site).as_posix().encode())
        if path.is_file():
            data = path.read_bytes()
            chunks.append(data)
            if path.suffix == ".zip":
                with zipfile.ZipFile(path) as archive:
                    chunks += [name.encode() + archive.read(name) for name in archive.namelist()]
            if path.suffix.startswith(".pf_"):
                chunks.append(gzip.decompress(data))
    return b"\n".join(chunks).lower()


@pytest.mark.parametrize("secret", SECRETS)
def test_nothing_leaks_one_minute_before(before: Result, secret: str) -> None:
    assert secret.lower().encode() not in every_byte(before)


def test_after_the_moment_everything_is_published(after: Result) -> None:
    assert "Lotte Geheimhouding" in after.page("ambassadeurs/lotte-geheim/index.html")
    announcement = after.page("benoemingen/2026/index.html")
    assert "Nieuwe ambassadeur benoemd" in announcement and "lotte-geheim" in announcement
    assert after.exists("verhalen/over-lotte/index.html")
    for feed in ("feeds/benoemingen.xml", "feeds/benoemingen.atom"):
        assert "Nieuwe ambassadeur benoemd" in after.page(feed)
    assert "lotte-geheim" in after.page("sitemap.xml")
    found = by_url(after.site)["/ambassadeurs/lotte-geheim/"]
    assert found["meta"]["title"] == "Lotte Geheimhouding"
    assert b"geheimhouding" in every_byte(after)
    assert after.exists("pers/perskit-2026.zip")


def test_announced_on_the_first_day_of_the_term_is_active(after: Result) -> None:
    profile = after.page("ambassadeurs/lotte-geheim/index.html")
    assert "Ambassadeur sinds 1 juli 2026" in profile
    directory = after.page("ambassadeurs/index.html")
    assert 'href="lotte-geheim/"' in directory  # 10:01 on 1 July: the term has started


def test_announced_before_the_term_starts_is_not_in_the_directory(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    page = root / "mensen/lotte-geheim/index.md"
    page.write_text(page.read_text().replace("start: 2026-07-01", "start: 2026-07-15"))
    result = build(root, epoch(MOMENT + dt.timedelta(days=2)))
    assert result.code == 0, result.out
    profile = result.page("ambassadeurs/lotte-geheim/index.html")
    assert "Treedt aan op 15 juli 2026" in profile
    assert "lotte-geheim" not in result.page("ambassadeurs/index.html")


def test_embargo_command_lists_what_is_held_and_when(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    done = run_cli(root, "embargo", epoch=epoch(MOMENT - dt.timedelta(minutes=1)))
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert any(line.startswith("2026-07-01 10:00 CEST") and "lotte-geheim" in line
               for line in lines)
    assert any("appointment" in line and "2026" in line for line in lines)
    assert any(line.startswith("never") and "concept" in line for line in lines)


def test_press_kit_has_photos_without_exif_and_the_text(after: Result) -> None:
    with zipfile.ZipFile(after.site / "pers/perskit-2026.zip") as archive:
        names = sorted(archive.namelist())
        assert names == ["perskit-2026/bijschriften.txt", "perskit-2026/lotte-geheim.jpg",
                         "perskit-2026/persbericht.html", "perskit-2026/persbericht.txt"]
        text = archive.read("perskit-2026/persbericht.txt").decode()
        assert "Lotte Geheimhouding" in text and "Wijkverpleegkundige" in text
        assert "Lotte wordt op 1 juli benoemd." in text
        with Image.open(io.BytesIO(archive.read("perskit-2026/lotte-geheim.jpg"))) as image:
            assert not image.getexif() and "exif" not in image.info
            assert image.size == (400, 500)  # the source size: never upscaled


def test_press_page(after: Result) -> None:
    page = after.page("pers/index.html")
    assert 'href="../feeds/benoemingen.xml"' in page and 'href="../feeds/benoemingen.atom"' in page
    assert 'href="perskit-2026.zip"' in page and 'href="perskit-2025.zip"' in page
    assert re.search(r"Laatste aankondiging.*Nieuwe ambassadeur benoemd", page, re.S)


def test_news_article_and_person_json_ld(after: Result) -> None:
    page = after.page("benoemingen/2026/index.html")
    data = json.loads(re.search(r'ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["@type"] == "NewsArticle" and data["headline"] == "Nieuwe ambassadeur benoemd"
    assert data["datePublished"] == "2026-07-01T10:00+02:00"
    assert data["image"] == ["https://zorg.example.org/netwerk/ambassadeurs/lotte-geheim/"
                             "lotte-geheim-640.jpg"]
    profile = after.page("ambassadeurs/anouk-de-wit/index.html")
    person = json.loads(re.search(r'ld\+json">(.*?)</script>', profile, re.S).group(1))
    assert person["@type"] == "Person" and person["name"] == "Anouk de Wit"
    assert person["worksFor"]["name"] == "Zorggroep Oost"
    assert "https://zorggroep-oost.example.org" in person["sameAs"]


def test_alumni_move_at_the_end_of_the_term(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    last_day = build(root, epoch(dt.datetime(2026, 6, 14, 12, 0, tzinfo=UTC)), site_dir="a")
    next_day = build(root, epoch(dt.datetime(2026, 6, 14, 22, 30, tzinfo=UTC)), site_dir="b")
    assert last_day.code == next_day.code == 0
    assert 'href="joke-van-t-hek/"' in last_day.page("ambassadeurs/index.html")
    assert "joke-van-t-hek" not in next_day.page("ambassadeurs/index.html")  # 00:30 local
    alumni = next_day.page("ambassadeurs/oud-ambassadeurs/index.html")
    assert "joke-van-t-hek" in alumni and "Ere-lid" in alumni
    # the profile, stories and podium history stay
    profile = next_day.page("ambassadeurs/joke-van-t-hek/index.html")
    assert "Kleinschalig wonen werkt" in profile and "Ere-lid" in profile


def test_farewell_on_the_announcement_of_the_year_a_term_ends(after: Result) -> None:
    page = after.page("benoemingen/2026/index.html")
    farewell = page[page.index('id="amb-farewell"'):]
    assert "joke-van-t-hek" in farewell  # her term ended 14 June 2026
