"""The newsletter e-mail in Chromium at a mail client's 600 px and a phone's 360 px: no
sideways scrolling, every image drawn. The site's absolute addresses are answered from
the built folder, so nothing leaves the machine; the screenshots stay in the test output."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sitebuilder import build, portrait, write
from tests.zorgnetwerk import EPOCH, write_site

SITE_URL = "https://zorg.example.org/netwerk/"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_site(tmp_path_factory.mktemp("email-browser"))
    write(root, {"verhalen-bron/zorg-op-maat.md": "---\ntitle: Zorg op maat\n"
                 "date: 2026-05-10\nambassadors: [anouk-de-wit]\nimage: omslag.jpg\n"
                 "image_alt: Anouk in gesprek\n---\nHet verhaal.\n"})
    portrait(root / "verhalen-bron/omslag.jpg", (40, 120, 90), size=(1600, 900))
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result.site


@pytest.mark.parametrize("width", [600, 360])
def test_the_email_fits_its_width_and_draws_its_images(browser, site: Path, width: int,
                                                      tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    asked: list[str] = []

    def answer(route) -> None:  # noqa: ANN001
        url = route.request.url
        asked.append(url)
        local = site / url.removeprefix(SITE_URL).split("?")[0]
        if url.startswith(SITE_URL) and local.is_file():
            route.fulfill(path=str(local))
        else:
            route.abort()

    page.route("**/*", lambda route: route.continue_()
               if route.request.url.startswith("file:") else answer(route))
    page.goto((site / "nieuwsbrief/2026-05/email.html").as_uri(), wait_until="load")
    scroll = page.evaluate("document.documentElement.scrollWidth")
    drawn = page.evaluate("Array.from(document.images).map(i => i.naturalWidth)")
    shot = tmp_path / f"email-{width}.png"
    page.screenshot(path=str(shot), full_page=True)
    page.close()
    print(f"screenshot: {shot}")
    assert scroll <= width, f"scrolls sideways at {width}px: {scroll}px"
    assert drawn and all(w > 0 for w in drawn), drawn
    assert all(url.startswith(SITE_URL) for url in asked), asked
