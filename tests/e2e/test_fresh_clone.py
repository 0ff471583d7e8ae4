"""The demo as a new coordinator gets it: a fresh `git clone` of this repository (its last
commit), served with `mkdocs serve` and built. Serving advises nothing about the committed
editor configuration (it used to compare it with one made for the local server's address);
a configuration that is really stale still gets the advisory. The built site publishes no
theme template as a file, and its "Over het netwerk" tab opens that page."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

from tests.browser.test_admin_cms import free_port
from tests.sitebuilder import Result, build, run_cli, write
from tests.zorgnetwerk import EPOCH as TEST_EPOCH
from tests.zorgnetwerk import write_site

REPO = Path(__file__).resolve().parents[2]
THEME = REPO / "generator" / "theme"
EPOCH = 1795435200  # the demo's clock (Makefile: DEMO_EPOCH)
STALE = "cms-config"  # every wording of the advisory names the command


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("clone") / "ambassadeurs"
    done = subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(REPO), str(target)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return target


@pytest.fixture(scope="module")
def built(clone: Path) -> Result:
    result = build(clone, EPOCH)
    assert result.code == 0, result.out
    return result


def serve(root: Path, epoch: int) -> tuple[str, str]:
    """Start `mkdocs serve`, wait until it serves, fetch /admin/config.yml, stop it: what
    it printed and what it served."""
    port = free_port()
    environ = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "NO_MKDOCS_2_WARNING": "1"}
    process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-livereload",
                                "--dev-addr", f"127.0.0.1:{port}"], cwd=root, env=environ,
                               text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    watchdog = threading.Timer(300, process.kill)
    watchdog.start()
    lines: list[str] = []
    served = ""
    try:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            found = re.search(r"Serving on (http://\S+)", line)
            if found:  # the address carries site_url's path
                address = found[1].rstrip("/") + "/admin/config.yml"
                with urllib.request.urlopen(address, timeout=30) as response:
                    served = response.read().decode()
                break
    finally:
        watchdog.cancel()
        process.terminate()
        process.wait(timeout=30)
    output = "".join(lines)
    assert served, f"mkdocs serve did not start:\n{output}"
    return output, served


def test_serving_a_fresh_clone_calls_no_editor_configuration_stale(clone: Path) -> None:
    output, served = serve(clone, EPOCH)
    assert STALE not in output, output
    assert served == (clone / "content" / "admin" / "config.yml").read_text(encoding="utf-8")


def test_serving_a_site_under_a_path_calls_its_fresh_configuration_fresh(tmp_path: Path) -> None:
    """`mkdocs serve` moves site_url to its own address (http://127.0.0.1:<port>/netwerk/):
    the configuration is still compared with, and published as, mkdocs.yml's."""
    root = write_site(tmp_path)
    assert run_cli(root, "cms-config", "--write", epoch=TEST_EPOCH).returncode == 0
    output, served = serve(root, TEST_EPOCH)
    assert STALE not in output, output
    assert served == (root / "docs" / "admin" / "config.yml").read_text(encoding="utf-8")
    assert "site_url: https://zorg.example.org/netwerk/\n" in served


def test_serving_a_stale_editor_configuration_still_advises(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    assert run_cli(root, "cms-config", "--write", epoch=TEST_EPOCH).returncode == 0
    path = root / "docs" / "admin" / "config.yml"
    fresh = path.read_text(encoding="utf-8")
    write(root, {"docs/admin/config.yml": fresh.replace("locale: nl\n", "locale: en\n")})
    output, served = serve(root, TEST_EPOCH)
    assert "advisory: docs/admin/config.yml: not what 'python -m generator cms-config' makes" \
        in output
    assert served == fresh  # the site publishes the configuration the generator makes


def test_no_theme_template_is_published(built: Result) -> None:
    """Everything in the theme but its published assets and the editor's bundle is a
    template (the e-mail's text part, amb/email.txt, among them): none is a file of the site."""
    templates = [p.relative_to(THEME).as_posix() for p in THEME.rglob("*") if p.is_file()
                 and p.relative_to(THEME).parts[0] not in ("assets", "admin")]
    assert "amb/email.txt" in templates and len(templates) > 10
    rendered = {"404.html"}  # a static template: MkDocs renders it into a page of that name
    assert [t for t in templates if built.exists(t) and t not in rendered] == []
    assert not built.exists("amb")
    jinja = [p for p in built.site.rglob("*.txt")
             if re.search(r"\{[{%]", p.read_text(encoding="utf-8", errors="replace"))]
    assert jinja == []


def test_the_about_tab_opens_the_about_page(built: Result) -> None:
    home = built.page("index.html")
    tabs = re.findall(r'<a href="([^"]*)" class="md-tabs__link[^"]*">\s*([^<]*?)\s*</a>', home)
    assert ("over-het-netwerk/", "Over het netwerk") in tabs, tabs
    # The section still holds the other pages, "Ambassadeur worden" among them.
    assert 'href="ambassadeur-worden/"' in home
