"""A journalist's walk through the demo in Chromium, on a desktop and on a phone: /pers/ ->
the press contact and the next moment -> the latest announcement -> the press kit
download, whose contents are opened and checked."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from tests.browser.conftest import serve
from tests.quality.conftest import copy_demo
from tests.sitebuilder import build

DEMO_EPOCH = 1795435200  # 2026-11-23: the 2027 announcement (private folder) is ahead
VIEWPORTS = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    result = build(copy_demo(tmp_path_factory.mktemp("press-browser")), DEMO_EPOCH)
    assert result.code == 0, result.out
    url, server = serve(result.site)
    yield url
    server.shutdown()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_a_journalist_finds_contact_moment_and_kit(browser, demo: str, tmp_path: Path,
                                                   viewport: str) -> None:
    context = browser.new_context(viewport=VIEWPORTS[viewport], accept_downloads=True)
    page = context.new_page()
    page.goto(demo + "pers/")

    contact = page.locator(".amb-press-contact")
    assert contact.is_visible()
    assert "Margriet Hoogendoorn" in contact.inner_text()
    mail = contact.get_by_role("link", name="pers@example.nl")
    assert mail.get_attribute("href") == "mailto:pers@example.nl"
    assert contact.get_by_role("link", name="+31 30 123 45 67").get_attribute("href") == \
        "tel:+31301234567"
    moment = page.locator(".amb-press-next")
    assert moment.is_visible()
    assert "woensdag 20 januari 2027 om 10:00 uur" in moment.inner_text()
    # The moment only: the names of 2027 stay in the private folder until then.
    assert "Ömer Kaya" not in page.content() and "benoemingen/2027" not in page.content()
    # On a phone the contact comes before the long lists, within two screens.
    assert contact.bounding_box()["y"] < 2 * VIEWPORTS[viewport]["height"]

    page.get_by_role("link", name="Elf nieuwe ambassadeurs benoemd").click()
    page.wait_for_url("**/benoemingen/2026/")
    assert page.get_by_role("heading", level=1).inner_text() == "Elf nieuwe ambassadeurs benoemd"
    body = page.locator(".amb-announcement__body").inner_text()
    assert body.startswith("Utrecht, 20 januari 2026 – Het netwerk")
    note = page.locator("aside.amb-note")
    assert note.is_visible() and "NIET VOOR PUBLICATIE" in note.inner_text().upper()
    assert "Margriet Hoogendoorn" in page.locator(".amb-press-box").inner_text()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download de perskit").click()
    download = download_info.value
    assert download.suggested_filename == "perskit-2026.zip"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    context.close()

    with zipfile.ZipFile(saved) as archive:
        names = set(archive.namelist())
        assert {"perskit-2026/persbericht.txt", "perskit-2026/persbericht.html",
                "perskit-2026/bijschriften.txt"} <= names
        photos = sorted(n for n in names if n.endswith(".jpg"))
        assert len(photos) == 10  # eleven appointed, one without a photo
        captions = archive.read("perskit-2026/bijschriften.txt").decode()
        for photo in photos:
            assert photo.split("/")[1] in captions
            with Image.open(io.BytesIO(archive.read(photo))) as image:
                assert image.format == "JPEG" and not image.getexif()
        text = archive.read("perskit-2026/persbericht.txt").decode()
        assert "Utrecht, 20 januari 2026 – Het netwerk" in text
        assert "Noot voor de redactie (niet voor publicatie)" in text
        assert "pers@example.nl" in text


def test_the_printable_release_opens_without_requests_elsewhere(browser, demo: str,
                                                                 tmp_path: Path) -> None:
    """Unzipped in a download folder, the page shows its portraits and asks no server."""
    import urllib.request
    with urllib.request.urlopen(demo + "pers/perskit-2026.zip") as response:
        zipfile.ZipFile(io.BytesIO(response.read())).extractall(tmp_path)
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((tmp_path / "perskit-2026/persbericht.html").as_uri())
    assert all(url.startswith("file://") for url in requests), requests
    widths = page.eval_on_selector_all("img", "images => images.map(i => i.naturalWidth)")
    # The network's logo at the top, and the ten portraits.
    assert len(widths) == 11 and all(width > 0 for width in widths)
    page.close()
