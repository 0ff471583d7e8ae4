"""The network's own look, end to end (issue 28, item 3): a colour that fails WCAG AA and a
hostile logo are refused by `check` and the strict build alike; with a colour and a logo the
site carries them in its stylesheet, header, favicon, home-screen icon, social cards,
newsletter e-mail, press kit and /admin/; two builds are byte-identical."""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

import pytest
import yaml
from lxml import html as lxml_html
from PIL import Image

from generator.sources.options.logo import MAX_BYTES
from tests.sitebuilder import Result, build, run_cli
from tests.verdict import Case
from tests.verdict.base import EPOCH, write_case

THEME = "theme:\n  name: material\n  custom_dir: theme\n  language: nl"
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 64">{}</svg>\n'
MARK = ('<rect width="128" height="64" rx="12" fill="#5b2a86"/>'
        '<circle cx="32" cy="32" r="20" fill="#ffffff"/>')
OPTIONS = "colour: '#5b2a86'\naccent_colour: '#b3261e'\nlogo: theme/logo.svg"
HEADER_LOGO = "//header//a[contains(@class, 'md-logo')]/img"


def _site(root: Path, options: str, files: dict[str, str | bytes] | None = None,
          mkdocs: str = "") -> Path:
    return write_case(root, Case("none", files=dict(files or {}), options=options,
                                 mkdocs=mkdocs))


def _refused_alike(root: Path, field: str, said: str) -> tuple[str, str]:
    """check exits 1 and the strict build fails, both naming the field and `said`."""
    checked = run_cli(root, "check", epoch=EPOCH)
    result = build(root, EPOCH)
    out = checked.stdout + checked.stderr
    assert checked.returncode == 1, out
    assert result.code != 0, result.out
    for output in (out, result.out):
        assert "Traceback" not in output
        assert re.search(rf"mkdocs\.yml:\d+: {re.escape(field)}: .*{re.escape(said)}", output), \
            output
        assert re.search(rf"NL: mkdocs\.yml:\d+: {re.escape(field)}: ", output), output
    return out, result.out


# Attacks first.

@pytest.mark.parametrize("option", ["colour", "accent_colour"])
def test_a_colour_too_light_for_white_text_is_refused_with_its_ratio(tmp_path: Path,
                                                                     option: str) -> None:
    root = _site(tmp_path, f"{option}: '#7fd1c5'")
    checked, built = _refused_alike(root, option, "#7fd1c5 gives 1.7:1 with white; expected "
                                                  "at least 4.5:1")
    for output in (checked, built):
        assert "#7fd1c5 geeft met wit een contrast van 1.7:1" in output


HOSTILE = {
    "script": ({"theme/logo.svg": SVG.format(MARK + "<script>alert(1)</script>")},
               "is not allowed in a logo"),
    "external href": ({"theme/logo.svg": SVG.format(
        '<image href="/etc/hostname" width="9" height="9"/>')}, "refers to something outside"),
    "huge": ({"theme/logo.svg": SVG.format(MARK + " " * MAX_BYTES)}, "a logo may be at most"),
    "shape": ({"theme/logo.svg": SVG.replace("128 64", "12800 64").format(MARK)},
              "at most 8 times"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_logo_is_refused_by_check_and_the_strict_build(tmp_path: Path,
                                                                 name: str) -> None:
    files, said = HOSTILE[name]
    root = _site(tmp_path / "repo", "logo: theme/logo.svg", files)
    _refused_alike(root, "logo", said)
    assert not (root / "site").exists() or not list((root / "site").rglob("logo*"))


def test_a_symlinked_logo_is_refused_and_nothing_of_its_target_is_published(
        tmp_path: Path) -> None:
    secret = tmp_path / "secret.svg"
    secret.write_text(SVG.format(MARK + "<title>GEHEIM-7f3a</title>"), encoding="utf-8")
    root = _site(tmp_path / "repo", "logo: theme/logo.svg")
    (root / "theme").mkdir()
    os.symlink(secret, root / "theme" / "logo.svg")
    _refused_alike(root, "logo", "symbolic link")
    site = root / "site"
    assert not site.exists() or b"GEHEIM-7f3a" not in b"".join(
        p.read_bytes() for p in site.rglob("*") if p.is_file())


def test_an_unsafe_file_in_the_theme_folder_is_never_copied_into_the_site(
        tmp_path: Path) -> None:
    root = _site(tmp_path, "", {"theme/kaart.svg": SVG.format('<circle onload="alert(1)"/>'),
                                "theme/ok.svg": SVG.format(MARK)}, THEME)
    checked = run_cli(root, "check", epoch=EPOCH)
    assert checked.returncode == 1 and "theme/kaart.svg:1:" in checked.stdout, checked.stdout
    assert build(root, EPOCH).code != 0
    preview = build(root, EPOCH, strict=False, site_dir="preview")
    assert preview.code == 0, preview.out
    assert not preview.exists("kaart.svg")
    assert preview.exists("ok.svg")   # the theme's other static files stay


# A network with its own colour and logo.

@pytest.fixture(scope="module")
def branded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    root = _site(tmp_path_factory.mktemp("look"), OPTIONS, {"theme/logo.svg": SVG.format(MARK)},
                 THEME)
    written = run_cli(root, "cms-config", "--write")
    assert written.returncode == 0, written.stdout + written.stderr
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return root, result


def test_the_stylesheet_carries_the_colours_and_every_page_loads_it(
        branded: tuple[Path, Result]) -> None:
    _, site = branded
    css = site.page("assets/stylesheets/look.css")
    assert "--md-primary-fg-color: #5b2a86;" in css
    assert "--md-accent-fg-color: #b3261e;" in css
    assert "--md-typeset-a-color: #5b2a86;" in css
    for page in ("index.html", "verhalen/index.html", "ambassadeurs/anouk-de-wit/index.html"):
        tree = lxml_html.fromstring(site.page(page))
        sheets = [link.get("href") for link in tree.iter("link") if link.get("rel") == "stylesheet"]
        ours = [i for i, href in enumerate(sheets) if href.endswith("assets/stylesheets/look.css")]
        theme = [i for i, href in enumerate(sheets) if "/main." in href]
        assert ours and theme and ours[0] > theme[0], sheets   # after the theme's own


def _pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "admin" not in p.parts
                  and "email.html" != p.name and p.parent.name != "perskit")


def test_every_page_shows_the_logo_and_links_the_favicon_and_home_screen_icon(
        branded: tuple[Path, Result]) -> None:
    _, site = branded
    pages = _pages(site.site)
    assert len(pages) > 10
    for path in pages:
        tree = lxml_html.fromstring(path.read_text(encoding="utf-8"))
        base = path.parent
        links = {link.get("rel"): link.get("href") for link in tree.iter("link")}
        for rel, target in (("icon", "assets/logo/favicon.png"),
                            ("apple-touch-icon", "assets/logo/apple-touch-icon.png")):
            assert rel in links, (path, rel)
            href = links[rel]
            resolved = (site.site / href.lstrip("/").removeprefix("netwerk/")) \
                if href.startswith("/") else (base / href).resolve()
            assert resolved == (site.site / target).resolve(), (path, href)
        logo = tree.xpath(HEADER_LOGO)
        assert logo and logo[0].get("src").endswith("assets/logo/logo.svg"), path
    assert site.page("assets/logo/logo.svg") == SVG.format(MARK)
    assert not site.exists("logo.svg")   # the theme folder's copy is not published twice


def _chunks(data: bytes) -> set[bytes]:
    found, offset = set(), 8
    while offset < len(data):
        length = int.from_bytes(data[offset:offset + 4], "big")
        found.add(data[offset + 4:offset + 8])
        offset += 12 + length
    return found


def test_favicon_and_home_screen_icon_have_their_sizes_and_no_metadata(
        branded: tuple[Path, Result]) -> None:
    _, site = branded
    for name, size in (("favicon.png", (48, 48)), ("apple-touch-icon.png", (180, 180)),
                       ("logo.png", (320, 160))):
        data = (site.site / "assets/logo" / name).read_bytes()
        with Image.open(io.BytesIO(data)) as image:
            assert (image.format, image.size) == ("PNG", size), name
            image.load()
            assert set(image.info) <= {"transparency"}, name
        assert _chunks(data) <= {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}, name
    with Image.open(site.site / "assets/logo/apple-touch-icon.png") as touch:
        assert touch.getpixel((90, 10)) == (255, 255, 255)   # the ground around the logo
        assert touch.getpixel((55, 90)) == (255, 255, 255)   # the mark's white circle
        assert touch.getpixel((120, 90)) == (91, 42, 134)    # the mark's purple


def test_the_social_card_carries_the_colour_and_the_logo(branded: tuple[Path, Result]) -> None:
    _, site = branded
    with Image.open(site.site / "ambassadeurs/anouk-de-wit/social-card.jpg") as card:
        card = card.convert("RGB")
        assert _near(card.getpixel((300, 300)), (91, 42, 134))   # the background: colour
        assert _near(card.getpixel((600, 625)), (179, 38, 30))   # the stripe: accent
        # the logo's white tile at the foot, and the logo's purple inside it
        assert _near(card.getpixel((68, 540)), (255, 255, 255))
        assert _near(card.getpixel((80, 545)), (91, 42, 134))


def _near(pixel: tuple[int, ...], expected: tuple[int, int, int], slack: int = 12) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(pixel, expected))


def test_the_newsletter_email_carries_the_logo_and_the_colour(
        branded: tuple[Path, Result]) -> None:
    _, site = branded
    mail = site.page("nieuwsbrief/2026-05/email.html")
    tree = lxml_html.fromstring(mail)
    first = tree.xpath("//img")[0]
    assert first.get("src") == "https://zorg.example.org/netwerk/assets/logo/logo.png"
    assert (first.get("width"), first.get("height")) == ("96", "48")
    assert first.get("alt") == "Zorgambassadeurs Test"
    assert "background: #5b2a86" in mail and "color: #5b2a86" in mail


def test_the_press_kit_carries_the_logo_and_the_colour(branded: tuple[Path, Result]) -> None:
    _, site = branded
    with zipfile.ZipFile(site.site / "pers/perskit-2025.zip") as kit:
        names = kit.namelist()
        logo = next(n for n in names if n.endswith("/logo.png"))
        page = kit.read(next(n for n in names if n.endswith(".html"))).decode()
        assert kit.read(logo) == (site.site / "assets/logo/logo.png").read_bytes()
    tree = lxml_html.fromstring(page)
    assert tree.xpath("//header//img[@class='logo']")[0].get("src") == "logo.png"
    assert "a { color: #5b2a86; }" in page


def test_the_editor_shows_the_logo_and_the_favicon(branded: tuple[Path, Result]) -> None:
    root, site = branded
    config = yaml.safe_load(site.page("admin/config.yml"))
    assert config["logo_url"] == "../assets/logo/logo.svg"   # from /netwerk/admin/
    assert (site.site / "admin" / config["logo_url"]).resolve().is_file()
    assert config == yaml.safe_load((root / "docs/admin/config.yml").read_text())
    tree = lxml_html.fromstring(site.page("admin/index.html"))
    icon = [link.get("href") for link in tree.iter("link") if link.get("rel") == "icon"]
    assert icon == ["../assets/logo/favicon.png"]


def test_two_builds_are_byte_identical(branded: tuple[Path, Result]) -> None:
    root, first = branded
    second = build(root, EPOCH, site_dir="again", env={"AMBASSADORS_NO_CACHE": "1"})
    assert second.code == 0, second.out
    files = sorted(p.relative_to(first.site) for p in first.site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second.site) for p in second.site.rglob("*")
                           if p.is_file())
    for name in files:
        assert (first.site / name).read_bytes() == (second.site / name).read_bytes(), name


def test_a_png_logo_and_no_colour_keep_the_theme_colours(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGBA", (200, 100), (11, 94, 85, 255)).save(buffer, "PNG")
    root = _site(tmp_path, "logo: merk/logo.png", {"merk/logo.png": buffer.getvalue()})
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    css = result.page("assets/stylesheets/look.css")
    assert "--md-primary-fg-color" not in css and ".md-logo" in css
    tree = lxml_html.fromstring(result.page("index.html"))
    assert tree.xpath(HEADER_LOGO)[0].get("src") == \
        "assets/logo/logo.png"
    assert not result.exists("assets/logo/logo.svg")
    with Image.open(result.site / "ambassadeurs/anouk-de-wit/social-card.jpg") as card:
        assert _near(card.convert("RGB").getpixel((300, 300)), (11, 94, 85))
