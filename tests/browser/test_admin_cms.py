"""The browser editor at /admin/ end to end: Decap CMS in Debian's Chromium edits a real
site through Decap's local backend (npm `decap-server`, which writes the files on disk),
asks no other host for anything, and what it saves passes `check` and builds.

decap-server is installed once with npm into ~/.cache/ambassadors-test/decap-server (or
$AMB_TEST_CACHE/decap-server); without npm or the registry the test fails, saying so."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import serve
from tests.npm_tools import npm_package
from tests.pagefind_index import pages
from tests.sitebuilder import build, run_cli
from tests.zorgnetwerk import EPOCH, write_site

REPO = Path(__file__).resolve().parents[2]

DECAP_SERVER = "3.11.3"
PROFILE = "mensen/anouk-de-wit/index.md"
BODY = ("Anouk werkt al twintig jaar in de **ouderenzorg**.\n\n"
        "Ze vertelt graag over kleinschalig wonen.\n")

SAVED_FRONT = """---
name: Anouk de Wit
role: Senior verpleegkundige
organisation: Zorggroep Oost
region: Gelderland
sector: Ouderenzorg
themes:
  - verpleeghuis van de toekomst
  - Medezeggenschap
photo: foto.JPG
term:
  start: 2025-02-01
links:
  website: https://zorggroep-oost.example.org
  bluesky: https://bsky.app/profile/anouk.example.org
github: anoukdw
podium:
  - date: 2025-03-01
    kind: presentatie
    title: Wonen met zorg
  - public: true
    date: 2026-05-20
    kind: workshop
    title: Zorg in de wijk
"""

# The site's own configuration, as `python -m generator cms-config --write` generates it,
# with two changes for a machine without GitHub: decap-server on this test's port, and
# simple publishing, because decap-server's `fs` mode writes straight to the working tree
# (the editorial workflow, which opens a pull request on GitHub, saves to branches).
def local_config(root: Path, api: str) -> None:
    done = run_cli(root, "cms-config", "--write", epoch=EPOCH)
    assert done.returncode == 0, done.stderr
    path = root / "docs" / "admin" / "config.yml"
    text = path.read_text(encoding="utf-8")
    assert "publish_mode: editorial_workflow\n" in text and "local_backend: true\n" in text
    path.write_text(text.replace("publish_mode: editorial_workflow\n", "").replace(
        "local_backend: true\n", f"local_backend:\n  url: {api}\n"), encoding="utf-8")


def decap_server() -> Path:
    """The decap-server executable, installed with npm at the pinned version if missing."""
    package = npm_package("decap-server", DECAP_SERVER, ".bin/decap-server")
    return package.parent / ".bin" / "decap-server"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(api: str, process: subprocess.Popen) -> None:
    request = urllib.request.Request(api, data=b'{"action": "info", "params": {}}',
                                     headers={"Content-Type": "application/json"})
    for _ in range(100):
        if process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(request, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    process.terminate()
    out, _ = process.communicate(timeout=10)
    pytest.fail(f"decap-server did not answer at {api}:\n{out}")


@dataclass
class CmsSite:
    root: Path
    url: str
    api: str
    original: str
    requests: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def cms_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CmsSite]:
    binary = decap_server()
    root = write_site(tmp_path_factory.mktemp("cms"))
    port = free_port()
    api = f"http://127.0.0.1:{port}/api/v1"
    local_config(root, api)
    # The build advises that this config is not the generated one, and publishes the one
    # the generator makes (a pull request cannot point the editors' sign-in elsewhere);
    # this machine's changes go into the built site, as a developer's local server would.
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    assert "advisory: docs/admin/config.yml: not what 'python -m generator cms-config' makes" \
        in result.out
    published = result.site / "admin" / "config.yml"
    assert api not in published.read_text(encoding="utf-8")
    shutil.copyfile(root / "docs" / "admin" / "config.yml", published)
    environ = {**os.environ, "PORT": str(port), "BIND_HOST": "127.0.0.1", "MODE": "fs",
               "GIT_REPO_DIRECTORY": str(root)}
    process = subprocess.Popen([str(binary)], cwd=root, env=environ, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        wait_for(api, process)
        url, server = serve(result.site)
        yield CmsSite(root, url, api, (root / PROFILE).read_text(encoding="utf-8"))
        server.shutdown()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_admin_page_is_published(cms_site: CmsSite) -> None:
    site = cms_site.root / "site"
    page = (site / "admin" / "index.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>\n<html lang=\"nl\">")
    assert "<title>Beheer – Zorgambassadeurs Test</title>" in page
    assert '<script src="decap-cms.js"></script>' in page
    assert '<link href="config.yml" type="text/yaml" rel="cms-config-url">' in page
    assert '<meta name="robots" content="noindex, nofollow">' in page
    vendored = Path(__file__).parents[2] / "generator" / "theme" / "admin"
    assert (site / "admin" / "decap-cms.js").read_bytes() == \
        (vendored / "decap-cms.js").read_bytes()
    assert (site / "admin" / "LICENSE").exists()
    assert not (site / "admin" / "README.md").exists()
    assert "admin/" not in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert not any("admin" in found["url"] for found in pages(site))


def test_no_admin_without_a_cms_config(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    assert not result.exists("admin")


def test_github_login_screen_asks_no_other_host(browser, cms_site: CmsSite) -> None:
    """The demo's own configuration (GitHub backend, editorial workflow; the local backend
    is only used on a developer's machine): the GitHub login screen loads from the site
    alone. (After logging in Decap talks to GitHub: see theme/admin/README.)"""
    site = urlsplit(cms_site.url).netloc
    elsewhere: list[str] = []
    public = (REPO / "content" / "admin" / "config.yml").read_text(encoding="utf-8")
    assert "name: github" in public and "publish_mode: editorial_workflow" in public

    def guard(route) -> None:
        if route.request.url.endswith("/admin/config.yml"):
            route.fulfill(body=public, content_type="text/yaml")
        elif urlsplit(route.request.url).netloc == site:
            route.continue_()
        elif urlsplit(route.request.url).netloc == "localhost:8081":
            route.abort()  # `local_backend: true` looks for decap-server on the developer's
            # own machine, only when /admin/ itself is served from localhost as here
        else:
            elsewhere.append(route.request.url)
            route.abort()

    page = browser.new_page(locale="nl-NL")
    page.route("**/*", guard)
    page.goto(cms_site.url + "admin/")
    page.get_by_role("button", name="Inloggen met GitHub").wait_for()
    page.wait_for_load_state("networkidle")
    page.close()
    assert elsewhere == [], f"/admin/ asked another host: {elsewhere}"


def test_edit_an_ambassador_in_the_browser(browser, cms_site: CmsSite) -> None:
    own = {urlsplit(cms_site.url).netloc, urlsplit(cms_site.api).netloc}
    elsewhere: list[str] = []
    failed: list[str] = []

    def guard(route) -> None:
        if urlsplit(route.request.url).netloc in own:
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    page = browser.new_page(locale="nl-NL", viewport={"width": 1366, "height": 900})
    page.route("**/*", guard)
    page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {r.url}"))
    page.goto(cms_site.url + "admin/")
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_text("Anouk de Wit").first.click()

    role = page.locator('input[id^="role-field"]')
    role.fill("Senior verpleegkundige")
    # Dates as the Netherlands writes them, no "UTC" (theme/admin/editor.js); saved below
    # as the spec's 2026-05-20.
    dates = page.locator('input[id^="date-field"]')
    assert dates.first.input_value() == "01-03-2025"
    assert page.get_by_text("01-03-2025 · presentatie · Wonen met zorg").is_visible()
    page.get_by_role("button", name="Voeg optreden toe").click()
    assert dates.last.get_attribute("placeholder") == "dd-mm-jjjj"
    dates.last.fill("2026-05-20")   # not a Dutch date: the field says how
    page.get_by_text("Publiceer", exact=True).click()
    page.get_by_text("Publiceer nu", exact=True).click()
    page.get_by_text("Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 20-05-2026.").wait_for()
    dates.last.fill("20-05-2026")
    page.locator('input[id^="kind-field"]').last.click()
    page.get_by_role("option", name="workshop", exact=True).click()
    page.locator('input[id^="title-field"]').last.fill("Zorg in de wijk")
    assert "UTC" not in page.locator("body").inner_text()
    assert not [c for c in shown_text(page) if tofu(c)]
    preview = preview_frame(page)
    assert preview.locator("article.md-typeset h1").inner_text() == "Anouk de Wit"
    assert preview.locator("article.md-typeset").get_by_text("01-03-2025").count() >= 1
    page.get_by_text("Publiceer", exact=True).click()
    page.get_by_text("Publiceer nu", exact=True).click()
    page.get_by_text("Gepubliceerd", exact=True).wait_for()
    page.close()

    assert elsewhere == [], f"/admin/ asked another host: {elsewhere}"
    assert failed == [], f"failed requests: {failed}"

    saved = (cms_site.root / PROFILE).read_text(encoding="utf-8")
    print(f"--- {PROFILE} as Decap saved it ---\n{saved}")
    front, body = saved.split("\n---\n", 1)
    front += "\n"
    assert body == cms_site.original.split("\n---\n", 1)[1] == BODY
    # Both changes, dates unquoted, keys in the schema's order (the generated configuration
    # lists every field in that order, and Decap writes them so). Besides ours: the flow
    # list of themes becomes a block list, and the new entry carries the switch `public`
    # at its default (true), first.
    assert front == SAVED_FRONT

    checked = run_cli(cms_site.root, "check", epoch=EPOCH)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    rebuilt = build(cms_site.root, EPOCH, strict=False, site_dir="site-after")
    assert rebuilt.code == 0, rebuilt.out
    profile = rebuilt.page("ambassadeurs/anouk-de-wit/index.html")
    assert "Senior verpleegkundige" in profile
    assert "Zorg in de wijk" in profile


def test_a_story_moment_is_shown_dutch_and_saved_as_the_spec_says(browser,
                                                                   cms_site: CmsSite) -> None:
    """A moment field (a story's date): a date alone stays a date, a time is typed after it
    as 14:30, and the file gets 2026-06-05T14:30, which `check` accepts."""
    own = {urlsplit(cms_site.url).netloc, urlsplit(cms_site.api).netloc}
    page = browser.new_page(locale="nl-NL", viewport={"width": 1366, "height": 900})
    page.route("**/*", lambda route: route.continue_()
               if urlsplit(route.request.url).netloc in own else route.abort())
    page.goto(cms_site.url + "admin/#/collections/stories")
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_text("Kleinschalig wonen werkt").first.click()
    moment = page.locator('input[id^="date-field"]').first
    assert moment.input_value() == "02-05-2026"
    assert moment.get_attribute("placeholder") == "dd-mm-jjjj uu:mm"
    moment.fill("05-06-2026 14:30")
    assert "UTC" not in page.locator("body").inner_text()
    page.get_by_text("Publiceer", exact=True).click()
    page.get_by_text("Publiceer nu", exact=True).click()
    page.get_by_text("Gepubliceerd", exact=True).wait_for()
    page.close()
    saved = (cms_site.root / "verhalen-bron" / "kleinschalig-wonen.md").read_text(
        encoding="utf-8")
    assert re.search(r"^date: '?2026-06-05T14:30'?$", saved, re.MULTILINE), saved
    checked = run_cli(cms_site.root, "check", epoch=EPOCH)
    assert checked.returncode == 0, checked.stdout + checked.stderr


# Characters the fonts on an editor's computer may lack: U+FFFD, the fullwidth forms
# (Decap's own "＋ Ambassadeur"), private-use icon codes. Everything the editor writes
# is Latin with the usual punctuation, arrows and the euro sign.
_SAFE = re.compile(r"[\u0000-\u024f\u2010-\u2027\u2030-\u205e\u20ac\u2190-\u21ff\u2022]")


def tofu(char: str) -> bool:
    return not _SAFE.fullmatch(char)


def shown_text(page) -> str:  # noqa: ANN001
    """Every text on the page, buttons and their pseudo-elements' content included."""
    return page.evaluate("""() => {
        let text = document.body.innerText;
        for (const element of document.querySelectorAll("*")) {
            for (const pseudo of ["::before", "::after"]) {
                const content = getComputedStyle(element, pseudo).content;
                if (content && content !== "none" && content !== "normal") text += content;
            }
        }
        return text;
    }""")


def preview_frame(page):  # noqa: ANN001, ANN201
    """The preview pane: an iframe with the site's own stylesheets loaded (no other host)."""
    page.frame_locator("iframe").first.locator("article.md-typeset").wait_for()
    frame = next(f for f in page.frames if f != page.main_frame
                 and f.locator("article.md-typeset").count())
    loaded = frame.evaluate("""() => [...document.styleSheets]
        .filter(sheet => sheet.href && sheet.cssRules.length > 0)
        .map(sheet => new URL(sheet.href).pathname)""")
    assert "/assets/stylesheets/ambassadors.css" in loaded, loaded
    assert any(re.fullmatch(r"/assets/stylesheets/main\.[0-9a-f]+\.min\.css", p)
               for p in loaded), loaded
    spacing = frame.evaluate(
        "getComputedStyle(document.querySelector('article.md-typeset')).lineHeight")
    assert spacing != "normal"  # the theme's typeset block, not the browser's defaults
    return frame


def test_sign_in_page_says_what_happens_and_shows_the_network(browser, cms_site: CmsSite) -> None:
    """Before signing in: the network's name (this site has no logo: none of Decap's either)
    and one Dutch paragraph on what the editor is for, GitHub and the review; gone once
    signed in. Nothing on either screen lacks a glyph."""
    own = {urlsplit(cms_site.url).netloc, urlsplit(cms_site.api).netloc}
    page = browser.new_page(locale="nl-NL", viewport={"width": 390, "height": 844})
    page.route("**/*", lambda route: route.continue_()
               if urlsplit(route.request.url).netloc in own else route.abort())
    page.goto(cms_site.url + "admin/")
    page.get_by_role("button", name="Inloggen").wait_for()
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Zorgambassadeurs Test" and heading.is_visible()
    intro = page.locator(".amb-intro p")
    assert intro.is_visible()
    said = intro.inner_text()
    assert "GitHub" in said and "pull request" in said and "coördinator" in said
    box = intro.bounding_box()
    button = page.get_by_role("button", name="Inloggen").bounding_box()
    assert box and button and box["y"] + box["height"] <= button["y"] <= 844
    assert page.locator('[class*="DecapLogoIcon"]').count() == 1    # drawn, and hidden
    assert not page.locator('[class*="DecapLogoIcon"]').is_visible()
    assert not [c for c in shown_text(page) if tofu(c)]
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_text("Anouk de Wit").first.wait_for()
    assert not intro.is_visible()
    assert page.get_by_text("+ Ambassadeur", exact=True).is_visible()
    assert not [c for c in shown_text(page) if tofu(c)], \
        [c for c in shown_text(page) if tofu(c)]
    page.close()
    # Without JavaScript the editor cannot start, but the page still says what it is.
    context = browser.new_context(java_script_enabled=False)
    still = context.new_page()
    still.goto(cms_site.url + "admin/")
    assert still.locator(".amb-intro p").is_visible()
    context.close()


def test_sign_in_page_shows_the_networks_logo(browser, tmp_path: Path) -> None:
    """With the logo option, the sign-in page shows the network's logo, from the site."""
    root = write_site(tmp_path, "      logo: theme/logo.svg\n"
                                "repo_url: https://github.com/zorg/site")  # GitHub's sign-in
    (root / "theme").mkdir(exist_ok=True)
    (root / "theme" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 64">'
        '<rect width="128" height="64" rx="12" fill="#5b2a86"/></svg>\n', encoding="utf-8")
    (root / "mkdocs.yml").write_text((root / "mkdocs.yml").read_text(encoding="utf-8")
                                     .replace("  language: nl\n",
                                              "  language: nl\n  custom_dir: theme\n"),
                                     encoding="utf-8")
    assert run_cli(root, "cms-config", "--write", epoch=EPOCH).returncode == 0
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    url, server = serve(result.site)
    site = urlsplit(url).netloc
    page = browser.new_page(locale="nl-NL", viewport={"width": 1366, "height": 900})
    page.route("**/*", lambda route: route.continue_()
               if urlsplit(route.request.url).netloc == site else route.abort())
    page.goto(url + "admin/")
    page.get_by_role("button", name=re.compile("^Inloggen")).wait_for()
    logo = page.locator('[class*="StyledAuthenticationPage"] img')
    assert logo.is_visible()
    assert urlsplit(logo.evaluate("img => img.src")).path == "/assets/logo/logo.svg"
    assert logo.evaluate("img => img.naturalWidth") > 0
    assert page.locator('[class*="NetlifyCreditIcon"]').count() == 1
    assert not page.locator('[class*="NetlifyCreditIcon"]').is_visible()
    assert page.locator(".amb-intro p").is_visible()
    page.close()
    server.shutdown()
