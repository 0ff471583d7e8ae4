"""Screenshots of the demo for the README (docs/screenshots/), in Debian's Chromium.

Usage, from the site's root folder, after `make build`:

    .venv/bin/python scripts/screenshots.py site/ docs/screenshots/

Each page at a desktop (1366x900) and a phone (390x844) size, the first screen only: what a
visitor sees before scrolling. Served from 127.0.0.1; nothing is fetched from elsewhere.
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

PAGES = {"home": "", "directory": "ambassadeurs/", "profile": "ambassadeurs/aicha-bouzid/",
         "agenda": "agenda/", "podium": "podium/", "search": "zoeken/?q=therese"}
SIZES = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def main(site: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=["--no-sandbox"])
        for size, viewport in SIZES.items():
            page = browser.new_page(viewport=viewport, device_scale_factor=1)
            for name, path in PAGES.items():
                page.goto(base + path, wait_until="networkidle")
                target = out / f"{name}-{size}.png"
                page.screenshot(path=str(target))
                with Image.open(target) as image:  # a palette keeps the files small
                    image.convert("RGB").quantize(colors=256).save(target, optimize=True)
                print(target)
            page.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
