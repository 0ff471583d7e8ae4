"""The second engine: ProperDocs, the maintained continuation of MkDocs 1.x (CLI `properdocs`;
it reads `mkdocs.yml`, finds our plugin and mkdocs-material through the "mkdocs.plugins" and
"mkdocs.themes" entry points, and answers every `import mkdocs.*` with its own modules).

It runs from its own venv, `.venv-properdocs` (`make .venv-properdocs`, which `make test`
depends on), with the pinned properdocs of pyproject.toml's "properdocs" extra and without
MkDocs. The demo and the second network must come out byte for byte as MkDocs builds them,
but for the generator tag in the head of each page; `--strict`, the plugin's errors and
`properdocs serve` with the plugin's watcher must work as they do under MkDocs.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

import feedparser
import icalendar
import pytest

from tests.e2e.test_errors import BROKEN, EXPECTED
from tests.pagefind_index import by_url
from tests.quality.conftest import copy_demo
from tests.sitebuilder import Result, build, write
from tests.zorgnetwerk import EPOCH, write_site

REPO = Path(__file__).resolve().parents[2]
VENV = REPO / ".venv-properdocs"
PROPERDOCS = VENV / "bin" / "properdocs"
SETUP = ("run `make .venv-properdocs` (`make test` does it first) to create "
         f"{VENV.name} with the pinned ProperDocs")
DEMO_EPOCH = int(re.search(r"^DEMO_EPOCH \?= (\d+)$", (REPO / "Makefile").read_text(),
                           re.MULTILINE).group(1))
EXTRA = tomllib.loads((REPO / "pyproject.toml").read_text())["project"][
    "optional-dependencies"]["properdocs"]
PINNED = next(pin.split("==")[1] for pin in EXTRA if pin.startswith("properdocs=="))

# What the venv holds, asked of its own interpreter.
PROBE = """
import importlib.metadata as m, importlib.util, json
import generator
print(json.dumps({
    "packages": {d.metadata["Name"]: d.version for d in m.distributions()},
    "mkdocs_importable": importlib.util.find_spec("mkdocs") is not None,
    "generator": generator.__file__,
}))
"""


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def installed_here() -> dict[str, str]:
    return {normal(d.metadata["Name"]): d.version for d in importlib.metadata.distributions()}


@pytest.fixture(scope="session")
def venv() -> dict:
    if not (VENV / ".installed").exists() or not PROPERDOCS.exists():
        pytest.fail(f"ProperDocs is not set up in {VENV}: {SETUP}")
    done = subprocess.run([str(VENV / "bin" / "python"), "-c", PROBE], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, f"{done.stderr}\n{SETUP}"
    facts = json.loads(done.stdout)
    facts["packages"] = {normal(k): v for k, v in facts["packages"].items()}
    return facts


def properdocs(root: Path, *args: str, epoch: int) -> subprocess.CompletedProcess[str]:
    """Run the `properdocs` command as a user would, with a fixed build clock."""
    environ = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    return subprocess.run([str(PROPERDOCS), *args], cwd=root, env=environ, capture_output=True,
                          text=True, timeout=300)


def tags(facts: dict) -> tuple[bytes, bytes]:
    """The generator tag each engine writes: the only bytes in which the outputs may differ.
    mkdocs-material writes `mkdocs-{mkdocs_version}`; ProperDocs sets that template variable
    to "ProperDocs <version>"."""
    here = installed_here()
    material = facts["packages"]["mkdocs-material"]
    mkdocs = f'<meta name="generator" content="mkdocs-{here["mkdocs"]}, mkdocs-material-{material}">'
    proper = (f'<meta name="generator" content="mkdocs-ProperDocs {facts["packages"]["properdocs"]}'
              f', mkdocs-material-{material}">')
    return mkdocs.encode(), proper.encode()


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes()
            for p in sorted(site.rglob("*")) if p.is_file()}


def assert_same_but_generator_tag(by_mkdocs: Path, by_properdocs: Path, facts: dict) -> int:
    """Every file byte-identical, but for the generator tag in each page that has one.
    Returns the number of pages with the tag."""
    mkdocs_tag, proper_tag = tags(facts)
    ours, theirs = files_of(by_mkdocs), files_of(by_properdocs)
    assert sorted(ours) == sorted(theirs)
    tagged = {name for name, data in ours.items() if mkdocs_tag in data}
    assert tagged and all(name.endswith(".html") for name in tagged)
    differing = set()
    for name, data in ours.items():
        if data != theirs[name]:
            differing.add(name)
            assert data.count(mkdocs_tag) == 1, name
            assert data.replace(mkdocs_tag, proper_tag) == theirs[name], \
                f"{name}: ProperDocs and MkDocs differ in more than the generator tag"
    assert differing == tagged
    return len(tagged)


def two_engines(root_for_mkdocs: Path, root_for_properdocs: Path, epoch: int) -> Result:
    """Build the same sources with each engine, each in its own folder (no shared cache)."""
    by_mkdocs = build(root_for_mkdocs, epoch)
    assert by_mkdocs.code == 0, by_mkdocs.out
    done = properdocs(root_for_properdocs, "build", "--strict", epoch=epoch)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "WARNING" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    return Result(done.returncode, done.stdout + done.stderr, root_for_properdocs / "site")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, venv: dict) -> tuple[Path, Result]:
    base = tmp_path_factory.mktemp("engines-demo")
    roots = [copy_demo(base / "mkdocs"), copy_demo(base / "properdocs")]
    return roots[0] / "site", two_engines(*roots, DEMO_EPOCH)


@pytest.fixture(scope="module")
def zorg(tmp_path_factory: pytest.TempPathFactory, venv: dict) -> tuple[Path, Result]:
    base = tmp_path_factory.mktemp("engines-zorg")
    roots = [write_site(base / "mkdocs"), write_site(base / "properdocs")]
    return roots[0] / "site", two_engines(*roots, EPOCH)


def test_the_engine_is_the_pinned_properdocs_without_mkdocs(venv: dict) -> None:
    packages = venv["packages"]
    assert packages.get("properdocs") == PINNED, SETUP
    assert "mkdocs" not in packages and not venv["mkdocs_importable"], \
        f"MkDocs is installed in {VENV.name}: {SETUP}"
    # The plugin is the working tree's, as in .venv.
    assert Path(venv["generator"]).resolve().parent == REPO / "generator"
    # Every library both venvs have at the same version, so that the outputs can be compared.
    here = installed_here()
    drift = {name: (here[name], version) for name, version in packages.items()
             if name in here and here[name] != version
             and name not in {"pip", "setuptools", "wheel"}}
    assert drift == {}, f".venv and {VENV.name} differ (.venv first): {SETUP}"


def test_demo_is_the_same_site_under_both_engines(demo: tuple[Path, Result], venv: dict) -> None:
    by_mkdocs, by_properdocs = demo
    assert assert_same_but_generator_tag(by_mkdocs, by_properdocs.site, venv) > 100


def test_second_network_is_the_same_site_under_both_engines(zorg: tuple[Path, Result],
                                                            venv: dict) -> None:
    by_mkdocs, by_properdocs = zorg
    assert assert_same_but_generator_tag(by_mkdocs, by_properdocs.site, venv) > 20


def test_properdocs_writes_its_generator_tag(demo: tuple[Path, Result], venv: dict) -> None:
    _, proper_tag = tags(venv)
    assert proper_tag.decode() in demo[1].page("index.html")
    assert proper_tag.decode() in demo[1].page("ambassadeurs/aicha-bouzid/index.html")


def test_demo_pages_by_properdocs(demo: tuple[Path, Result]) -> None:
    site = demo[1]
    home = site.page("index.html")
    assert "<title>Ambassadeurs Sociale Innovatie</title>" in home
    assert 'class="amb-hero__title">Ambassadeurs Sociale Innovatie</h1>' in home
    assert 'href="ambassadeurs/aicha-bouzid/"' in home
    profile = site.page("ambassadeurs/aicha-bouzid/index.html")
    assert re.search(r'<h1 class="amb-profile__name"[^>]*>Aïcha Bouzid</h1>', profile)
    assert '"@type": "Person"' in profile or '"@type":"Person"' in profile
    assert by_url(site.site)["/ambassadeurs/aicha-bouzid/"]["meta"]["title"] == "Aïcha Bouzid"
    assert not site.exists("search/search_index.json")   # the theme's search is off
    # The embargoed 2027 announcement (private folder) stays out.
    assert not site.exists("benoemingen/2027/index.html")
    assert "helene-dubois-bakker" not in home


@pytest.mark.parametrize("name", ["verhalen", "nieuwsbrief", "benoemingen"])
def test_demo_feeds_by_properdocs(demo: tuple[Path, Result], name: str) -> None:
    site = demo[1]
    for suffix, version in (("xml", "rss20"), ("atom", "atom10")):
        parsed = feedparser.parse((site.site / f"feeds/{name}.{suffix}").read_bytes(),
                                  sanitize_html=False, resolve_relative_uris=False)
        assert not parsed.bozo, parsed.get("bozo_exception")
        assert parsed.version == version
        assert parsed.entries
        for entry in parsed.entries:
            assert entry.link.startswith("https://ambassadeurs.example.nl/"), entry.link
            assert entry.title and entry.id


def test_demo_agenda_by_properdocs(demo: tuple[Path, Result]) -> None:
    calendar = icalendar.Calendar.from_ical((demo[1].site / "agenda.ics").read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) > 10
    for event in events:
        assert event.get("UID") and event.get("SUMMARY") and event.get("DTSTART")
        assert str(event.get("URL")).startswith("https://ambassadeurs.example.nl/")
    assert len({str(event["UID"]) for event in events}) == len(events)


def test_strict_fails_on_the_plugins_warning(tmp_path: Path, venv: dict) -> None:
    root = write_site(tmp_path)
    path = root / "verhalen-bron/kleinschalig-wonen.md"
    text = path.read_text(encoding="utf-8")
    title = re.search(r"^title: .*$", text, re.MULTILINE).group(0)
    path.write_text(text.replace(title, f"{title} <b>vet</b>", 1), encoding="utf-8")
    done = properdocs(root, "build", "--strict", epoch=EPOCH)
    assert done.returncode == 1, done.stderr
    assert re.search(r"^WARNING .*verhalen-bron/kleinschalig-wonen\.md:\d+: title: ",
                     done.stderr, re.MULTILINE), done.stderr
    assert "Aborted with 1 warnings in strict mode!" in done.stdout
    assert "Traceback" not in done.stderr
    done = properdocs(root, "build", epoch=EPOCH)
    assert done.returncode == 0, done.stderr
    assert "<b>" not in (root / "site/verhalen/kleinschalig-wonen/index.html").read_text()


def test_source_errors_end_the_build_without_traceback(tmp_path: Path, venv: dict) -> None:
    root = write_site(tmp_path)
    write(root, BROKEN)
    done = properdocs(root, "build", epoch=EPOCH)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    for message in EXPECTED:
        assert message in done.stderr
    assert "5 problem(s) in the sources" in done.stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, text: str, server: subprocess.Popen, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and server.poll() is None:
        page = fetch(url)
        if page is not None and text in page:
            return True
        time.sleep(0.5)
    return False


def stop(server: subprocess.Popen) -> None:
    """End the server this test started (its own process group), and only that."""
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=30)


def test_serve_rebuilds_when_an_ambassador_changes(tmp_path: Path, venv: dict) -> None:
    """`properdocs serve` runs the plugin's on_serve: the ambassadors' folder, outside
    docs_dir, is watched, and an edit there shows on the served profile."""
    root = write_site(tmp_path / "zorg")
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen([str(PROPERDOCS), "serve", "-a", f"127.0.0.1:{port}"], cwd=root,
                              env={**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH)},
                              stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    profile = f"http://127.0.0.1:{port}/netwerk/ambassadeurs/anouk-de-wit/"
    try:
        assert wait_for(profile, "Anouk de Wit", server, 120), (tmp_path / "serve.log").read_text()
        source = root / "mensen/anouk-de-wit/index.md"
        text = source.read_text(encoding="utf-8")
        source.write_text(text.replace("kleinschalig wonen", "de wijkverpleging van morgen"),
                          encoding="utf-8")
        assert wait_for(profile, "de wijkverpleging van morgen", server, 120), \
            (tmp_path / "serve.log").read_text()
    finally:
        stop(server)
        log.close()
    assert "Traceback" not in (tmp_path / "serve.log").read_text()


def test_the_engines_run_in_separate_venvs(venv: dict) -> None:
    # The MkDocs builds above run in .venv, the interpreter of this test.
    assert Path(sys.prefix).resolve() != VENV.resolve()
    assert "mkdocs" in installed_here()
