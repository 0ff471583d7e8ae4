"""Real-browser tests: Debian's Chromium (apt-get install chromium) driven by Playwright,
never a downloaded browser. Pages are served from 127.0.0.1 only."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

DEMO_EPOCH = 1795435200   # the demo's clock (Makefile): 2026-11-23 12:00 UTC
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: apt-get install chromium (.ci/run does this)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def serve(folder: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


@pytest.fixture(scope="session")
def plain_demo(tmp_path_factory: pytest.TempPathFactory):
    """The demo as it is, built once at its clock, for the tests that only read it."""
    from tests.quality.conftest import copy_demo
    from tests.sitebuilder import build
    result = build(copy_demo(tmp_path_factory.mktemp("plain-demo")), DEMO_EPOCH)
    assert result.code == 0, result.out
    return result


@pytest.fixture(scope="session")
def plain_demo_url(plain_demo) -> Iterator[str]:
    url, server = serve(plain_demo.site)
    yield url
    server.shutdown()
