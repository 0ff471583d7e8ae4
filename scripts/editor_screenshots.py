"""Screenshots of the browser editor (/admin/) for the editing guide, taken from the demo.

Usage, from the repository's root, with the runtime and test extras installed:

    .venv/bin/python scripts/editor_screenshots.py            # writes the guide's images
    .venv/bin/python scripts/editor_screenshots.py --keep     # and leaves the editor running

The demo's tracked files are copied into a temporary folder, its editor configuration is
pointed at decap-server on 127.0.0.1 (npm, installed once like the browser test's), the demo
is built at its own clock and the editor is walked in Debian's Chromium at 1366x900: the
sign-in page (as the published configuration shows it: GitHub), the list of ambassadors, a
profile with a new podium entry, typed as an editor would. Nothing is asked
of another host, and nothing is written to the repository but the images.
The images go to content/assets/images/bewerken/ (the demo's guide) and to
generator/network/files/handboek/ (the handbook a new network gets).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from PIL import Image

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.browser.conftest import CHROMIUM, FLAGS, serve  # noqa: E402
from tests.browser.test_admin_cms import decap_server, free_port, wait_for  # noqa: E402

EPOCH = "1795435200"  # the demo's clock (Makefile: DEMO_EPOCH)
GUIDE = REPO / "content" / "assets" / "images" / "bewerken"
HANDBOOK = REPO / "generator" / "network" / "files" / "handboek"
PERSON = "Aïcha Bouzid"
VIEWPORT = {"width": 1366, "height": 900}


def copy_demo(into: Path) -> Path:
    """The repository's tracked files, as a fresh clone has them, but the generator's: the
    build imports the working tree's (PYTHONPATH), new files included."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True,
                            check=True).stdout.decode().split("\0")
    for name in filter(lambda name: name and not name.startswith("generator/"), listed):
        source, target = REPO / name, into / name
        if source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return into


def point_at(root: Path, api: str) -> None:
    """decap-server instead of GitHub, saving straight to disk (see test_admin_cms.py)."""
    path = root / "content" / "admin" / "config.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("publish_mode: editorial_workflow\n", "").replace(
        "local_backend: true\n", f"local_backend:\n  url: {api}\n"), encoding="utf-8")


def build(root: Path) -> tuple[Path, str]:
    """The built site, with the local configuration in it, and the one it published."""
    site = root / "site"
    environ = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1",
               "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
                   cwd=root, env=environ, check=True)
    # The build publishes the generated configuration; this walk needs the local one.
    public = (site / "admin" / "config.yml").read_text(encoding="utf-8")
    shutil.copyfile(root / "content" / "admin" / "config.yml", site / "admin" / "config.yml")
    return site, public


def shoot(page, name: str, folders: list[Path]) -> None:  # noqa: ANN001
    page.wait_for_timeout(400)
    first = folders[0] / f"{name}.png"   # one picture, the same bytes in every folder
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(first))
    with Image.open(first) as image:  # a palette keeps the files small (screenshots.py)
        image.convert("RGB").quantize(colors=256).save(first, optimize=True)
    for folder in folders:
        if folder / first.name != first:
            shutil.copyfile(first, folder / first.name)
        print(folder / first.name)


def walk(url: str, api: str, public: str, folders: list[Path], keep: bool) -> None:
    from playwright.sync_api import sync_playwright

    own = {urlsplit(url).netloc, urlsplit(api).netloc}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(locale="nl-NL", viewport=VIEWPORT, device_scale_factor=1)
        page.route("**/*", lambda route: route.continue_()
                   if urlsplit(route.request.url).netloc in own else route.abort())
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        # The sign-in page as an editor sees it: the published configuration (GitHub).
        login = browser.new_page(locale="nl-NL", viewport=VIEWPORT, device_scale_factor=1)
        login.route("**/*", lambda route: route.fulfill(body=public, content_type="text/yaml")
                    if route.request.url.endswith("/admin/config.yml")
                    else route.continue_() if urlsplit(route.request.url).netloc in own
                    else route.abort())
        login.on("pageerror", lambda error: errors.append(str(error)))
        login.goto(url + "admin/")
        login.get_by_role("button", name="Inloggen met GitHub").wait_for()
        shoot(login, "admin-login", folders)
        login.close()
        page.goto(url + "admin/")
        page.get_by_role("button", name="Inloggen").click()
        page.get_by_text(PERSON).first.wait_for()
        shoot(page, "admin-collection", folders)
        page.get_by_text(PERSON).first.click()
        page.get_by_role("button", name="Voeg optreden toe").click()
        page.locator('input[id^="date-field"]').last.fill("20-05-2026")
        page.locator('input[id^="kind-field"]').last.click()
        page.get_by_role("option", name="workshop", exact=True).click()
        page.locator('input[id^="title-field"]').last.fill("Zorg in de wijk")
        page.locator('input[id^="title-field"]').last.scroll_into_view_if_needed()
        shoot(page, "admin-podium-entry", folders)
        if errors:
            sys.exit(f"the editor reported errors: {errors}")
        if keep:
            input(f"The editor runs at {url}admin/ ; Enter stops it. ")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, action="append",
                        help="folder for the images (repeatable; default: the guide's and "
                             "the handbook's)")
    parser.add_argument("--keep", action="store_true", help="leave the editor running")
    args = parser.parse_args()
    folders = args.out or [GUIDE, HANDBOOK]
    binary = decap_server()
    with tempfile.TemporaryDirectory(prefix="editor-shots-") as tmp:
        root = copy_demo(Path(tmp))
        port = free_port()
        api = f"http://127.0.0.1:{port}/api/v1"
        point_at(root, api)
        site, public = build(root)
        environ = {**os.environ, "PORT": str(port), "BIND_HOST": "127.0.0.1", "MODE": "fs",
                   "GIT_REPO_DIRECTORY": str(root)}
        process = subprocess.Popen([str(binary)], cwd=root, env=environ, text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            wait_for(api, process)
            url, server = serve(site)
            walk(url, api, public, folders, args.keep)
            server.shutdown()
        finally:
            process.terminate()
            process.wait(timeout=10)


if __name__ == "__main__":
    main()
