"""Issue 28, "Done when": a coordinator's whole first day, as they would live it.

The wheel of this repository is built and installed, with the pins of requirements.lock,
into a fresh virtual environment outside the repository; that environment's
`python -m generator init` makes a network with a colour and a logo; `check`, `mkdocs build
--strict` and check-site pass on the empty network, and again after the first
`new ambassador` and `new story` (filled in as a coordinator would). The colour, the logo
and the icons made from it are in the built site; a colour that fails the contrast rule is
refused with its ratio; zizmor finds nothing in the new network's workflows.

One environment for the module (a module-scoped fixture): installing is the slow part."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from PIL import Image, ImageDraw

from tests.coordinator import fill_ambassador, fill_story
from tests.quality.conftest import check_site, checkers  # noqa: F401 (a fixture)

REPO = Path(__file__).resolve().parents[2]
EPOCH = 1795435200   # Monday 23 November 2026, 13:00 in Amsterdam
COLOUR = "#1d4f91"
PALE = "#7fd1c5"     # white text on it: about 1.7:1
NAME = "Zorgnetwerk Oost"
SITE_URL = "https://zorg-oost.example.org/"
ZIZMOR = Path(sys.executable).parent / "zizmor"


def run(command: list[str | Path], cwd: Path, timeout: int = 900,
        **env: str) -> subprocess.CompletedProcess[str]:
    """A command as the coordinator types it: nothing of this repository on the path."""
    environ = {k: v for k, v in os.environ.items()
               if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    environ.update(NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1", **env)
    return subprocess.run([str(c) for c in command], cwd=cwd, env=environ,
                          capture_output=True, text=True, timeout=timeout)


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, (done.args, done.stdout[-5000:], done.stderr[-5000:])
    return done.stdout + done.stderr


def lock_block(name: str) -> str:
    """One package's lines of requirements.lock, cut as scripts/install cuts them."""
    loader = importlib.machinery.SourceFileLoader("scripts_install", str(REPO / "scripts/install"))
    spec = importlib.util.spec_from_loader("scripts_install", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module.block((REPO / "requirements.lock").read_text(encoding="utf-8"), name)


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository's wheel in a new environment, its dependencies from the hashed lock
    (as scripts/install does: setuptools first, then the lock, then the wheel alone)."""
    work = tmp_path_factory.mktemp("release")
    dist = work / "dist"
    # The sdist first, the wheel made from it: whatever a site needs must be in both.
    ok(run([sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, REPO], cwd=work))
    wheels = list(dist.glob("ambassadors_generator-*.whl"))
    assert len(wheels) == 1, list(dist.iterdir())
    env = work / "venv"
    ok(run([sys.executable, "-m", "venv", env], cwd=work))
    python = env / "bin" / "python"
    (work / "setuptools.lock").write_text(lock_block("setuptools"), encoding="utf-8")
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "--no-input",
           "--quiet"]
    ok(run([*pip, "--require-hashes", "--no-deps", "-r", work / "setuptools.lock"], cwd=work))
    ok(run([*pip, "--require-hashes", "--no-build-isolation", "-r",
            REPO / "requirements.lock"], cwd=work))
    ok(run([*pip, "--no-deps", wheels[0]], cwd=work))
    where = ok(run([python, "-c", "import generator; print(generator.__file__)"], cwd=work))
    assert str(env) in where and str(REPO) not in where, where
    return env


def draw_logo(path: Path) -> Path:
    """A logo as a coordinator has one: a PNG, a shape in the network's colour."""
    image = Image.new("RGBA", (256, 256), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((16, 16, 240, 240), fill=COLOUR)
    draw.rectangle((104, 60, 152, 196), fill="white")
    draw.rectangle((60, 104, 196, 152), fill="white")
    image.save(path, "PNG")
    return path


@pytest.fixture(scope="module")
def network(venv: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("coordinator")
    logo = draw_logo(work / "ons-logo.png")
    said = ok(run([venv / "bin/python", "-m", "generator", "init", "net", "--name", NAME,
                   "--site-url", SITE_URL, "--colour", COLOUR, "--logo", logo], cwd=work))
    assert "net" in said
    return work / "net"


def check_build_and_check_site(venv: Path, root: Path, site: Path) -> lxml.html.HtmlElement:
    """`check` with 0 errors, `mkdocs build --strict`, and check-site: 0 errors in every
    part. Returns the home page."""
    checked = ok(run([venv / "bin/python", "-m", "generator", "check"], cwd=root,
                     SOURCE_DATE_EPOCH=str(EPOCH)))
    assert re.search(r"\b0 error\(s\)", checked), checked
    ok(run([venv / "bin/mkdocs", "build", "--strict", "--site-dir", site], cwd=root,
           SOURCE_DATE_EPOCH=str(EPOCH)))
    report = site.parent / f"{site.name}.json"
    done = check_site(site, "--json", str(report))
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "RESULT PASS" in done.stdout
    for part in ("html", "a11y", "links", "feeds", "ics"):
        assert re.search(rf"^{part}\s+PASS\s", done.stdout, re.MULTILINE), (part, done.stdout)
    return lxml.html.fromstring((site / "index.html").read_text(encoding="utf-8"))


def assert_look(site: Path, home: lxml.html.HtmlElement) -> None:
    """The colour in the built stylesheets, the logo in the header, the icons in the head."""
    css = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.css"))
    css += "".join(home.xpath("//style/text()"))
    assert COLOUR in css.lower(), "the network's colour is in no stylesheet"

    def image(href: str) -> Image.Image:
        assert href and "://" not in href, href
        path = (site / href.split("?")[0].split("#")[0]).resolve()
        assert path.is_file() and site.resolve() in path.parents, href
        return Image.open(path)

    logos = home.xpath('//*[contains(@class, "md-logo")]//img/@src')
    assert logos, "no logo in the header"
    logo = image(logos[0])
    assert logo.getpixel((logo.width // 2, logo.height // 2))[:3] == (255, 255, 255)
    icons = home.xpath('//link[@rel="icon"]/@href')
    touch = home.xpath('//link[@rel="apple-touch-icon"]/@href')
    assert icons and touch, "no favicon or apple-touch-icon"
    for href in icons:
        image(href).load()
    apple = image(touch[0])
    assert apple.size == (180, 180) and apple.format == "PNG"
    # Made from the logo: its colour is in the icon.
    colours = {c[:3] for _, c in apple.convert("RGBA").getcolors(180 * 180)}
    target = tuple(int(COLOUR[i:i + 2], 16) for i in (1, 3, 5))
    assert any(sum(abs(a - b) for a, b in zip(c, target)) < 12 for c in colours)


@pytest.mark.usefixtures("checkers")
def test_the_empty_network_passes_everything(venv: Path, network: Path, tmp_path: Path) -> None:
    required = (network / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert [line for line in required if line.strip() and not line.startswith("#")] == [
        f"ambassadors-generator=={version(venv)}"]
    site = tmp_path / "site"
    home = check_build_and_check_site(venv, network, site)
    assert_look(site, home)


@pytest.mark.usefixtures("checkers")
def test_the_first_ambassador_and_story(venv: Path, network: Path, tmp_path: Path) -> None:
    root = shutil.copytree(network, tmp_path / "net")
    python = venv / "bin/python"
    clock = {"SOURCE_DATE_EPOCH": str(EPOCH)}
    ok(run([python, "-m", "generator", "new", "ambassador", "Fatima el Amrani"], cwd=root,
           **clock))
    ok(run([python, "-m", "generator", "new", "story", "Hoe wij begonnen", "--ambassador",
            "fatima-el-amrani"], cwd=root, **clock))
    person = root / "ambassadors/fatima-el-amrani/index.md"
    assert person.is_file(), "a term that starts today is written in public"
    fill_ambassador(person)
    fill_story(root / "stories/hoe-wij-begonnen.md")
    site = tmp_path / "site"
    home = check_build_and_check_site(venv, root, site)
    assert_look(site, home)
    assert (site / "ambassadeurs/fatima-el-amrani/index.html").is_file()
    assert (site / "verhalen/hoe-wij-begonnen/index.html").is_file()
    assert "Fatima el Amrani" in home.text_content()


def test_a_colour_white_text_cannot_be_read_on_is_refused(venv: Path,
                                                          tmp_path: Path) -> None:
    done = run([venv / "bin/python", "-m", "generator", "init", "net", "--name", NAME,
                "--site-url", SITE_URL, "--colour", PALE], cwd=tmp_path)
    said = done.stdout + done.stderr
    assert done.returncode != 0, said
    assert "Traceback" not in said
    ratio = f"{int(contrast(PALE, '#ffffff') * 10) / 10:.1f}:1"
    assert PALE in said and ratio in said and "4.5:1" in said, said
    assert said.count(ratio) >= 2, "the ratio in English and in Dutch"
    assert not (tmp_path / "net").exists() or not any((tmp_path / "net").iterdir())


def test_zizmor_finds_nothing_in_the_new_workflows(network: Path) -> None:
    assert ZIZMOR.is_file(), "zizmor is in the test extras: pip install -e '.[test]'"
    workflows = sorted((network / ".github/workflows").glob("*.yml"))
    assert {p.name for p in workflows} >= {"publish.yml", "pull-request.yml"}
    for persona in ("regular", "pedantic", "auditor"):
        done = subprocess.run([str(ZIZMOR), "--offline", "--no-config", "--persona", persona,
                               "--format", "json", ".github/workflows",
                               ".github/dependabot.yml"],
                              cwd=network, capture_output=True, text=True, timeout=120)
        assert json.loads(done.stdout) == [], (persona, done.stdout)
        assert done.returncode == 0, done.stderr
        for path in workflows:
            assert f"completed .github/workflows/{path.name}" in done.stderr, done.stderr


def version(venv: Path) -> str:
    said = run([venv / "bin/python", "-m", "generator", "--version"], cwd=venv)
    return ok(said).split()[-1]


def contrast(first: str, second: str) -> float:
    """WCAG 2.1's contrast ratio, worked out here again rather than taken from the code
    under test."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
                   for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
