"""A hand-written page chooses only a page template, and no file in docs_dir takes an address
the site makes itself: both are errors from `check` (file, line, field, in English and
Dutch), and the build warns (so `--strict` fails) and goes on with the page template, or
without the file, so that the generator's page, feed, calendar, search bundle or theme
script is the one published. Neither ever ends in a traceback."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from generator.addresses import THEME_DIR, theme_assets, theme_folders
from tests.sitebuilder import Result, build, run_cli, write
from tests.zorgnetwerk import EPOCH, write_site

# page -> (text, line of template:)
TEMPLATES = {
    "docs/t1.md": ("---\ntitle: Een\ntemplate: partials/header.html\n---\n# Een TPL-1\n", 3),
    "docs/t2.md": ("---\ntemplate: amb/ambassador.html\n---\n# Twee TPL-2\n", 2),
    "docs/t3.md": ("---\ntemplate: bestaat-niet.html\n---\n# Drie TPL-3\n", 2),
    "docs/t4.md": ("Title: Vier\nTemplate: partials/header.html\n\n# Vier TPL-4\n", 2),
    "docs/t5.md": ("---\ntemplate: [main.html]\n---\n# Vijf TPL-5\n", 2),
    "docs/t6.markdown": ("---\ntemplate: partials/footer.html\n---\n# Zes TPL-6\n", 2),
    "docs/t7.md": ("---\ntemplate:\n---\n# Zeven TPL-7\n", 2),
    "docs/index.md": ("---\ntemplate: partials/header.html\n---\n# Zorgambassadeurs\n\nWelkom.\n",
                      2),
}
ALLOWED = {
    "docs/g1.md": "---\ntemplate: main.html\n---\n# Goed een\n",
    "docs/g2.md": "---\ntemplate: amb/home.html\n---\n# Goed twee\n",
}


def material_bundle() -> str:
    return next(path for path in sorted(theme_assets(theme_folders()))
                if path.startswith("assets/javascripts/bundle.") and path.endswith(".min.js"))


# file -> (content, its address, what the site publishes there; '' for a theme's file)
TAKEN: dict[str, tuple[str | bytes, str, str]] = {
    "docs/agenda/index.md": ("# Agenda TAKEN-01\n", "agenda/index.html", "agenda/index.html"),
    "docs/ambassadeurs.md": ("# TAKEN-02\n", "ambassadeurs/index.html",
                             "ambassadeurs/index.html"),
    "docs/ambassadeurs/anouk-de-wit.md": ("# TAKEN-03\n", "ambassadeurs/anouk-de-wit/index.html",
                                          "ambassadeurs/<slug>/..."),
    "docs/pers.md": ("# Pers TAKEN-04\n", "pers/index.html", "pers/index.html"),
    "docs/feeds/verhalen.xml": ("<rss>TAKEN-05</rss>\n", "feeds/verhalen.xml",
                                "feeds/<name>.<ext>"),
    "docs/agenda.ics": ("BEGIN:VCALENDAR\nX-WR-CALNAME:TAKEN-06\nEND:VCALENDAR\n", "agenda.ics",
                        "agenda.ics"),
    "docs/zoeken/index.md": ("# TAKEN-07\n", "zoeken/index.html", "zoeken/index.html"),
    "docs/pagefind/pagefind.js": ("/* TAKEN-08 */\n", "pagefind/pagefind.js", "pagefind/..."),
    "docs/social-card.jpg": (b"TAKEN-09", "social-card.jpg", "social-card.jpg"),
    "docs/assets/javascripts/ambassadors.js": ("alert('TAKEN-10')\n",
                                               "assets/javascripts/ambassadors.js",
                                               ""),
    "docs/admin/decap-cms.js": ("alert('TAKEN-11')\n", "admin/decap-cms.js",
                                ""),
    "docs/admin/index.html": ("<p>TAKEN-12</p>\n", "admin/index.html", "admin/index.html"),
    "docs/Pers/index.md": ("# TAKEN-13\n", "Pers/index.html", "pers/index.html"),
    "docs/verhalen/nieuw/index.md": ("# TAKEN-14\n", "verhalen/nieuw/index.html",
                                     "verhalen/<slug>/..."),
    "docs/podium/2026/index.md": ("# TAKEN-15\n", "podium/2026/index.html",
                                  "podium/<year>/..."),
}
BUNDLE = "docs/" + material_bundle()
TAKEN[BUNDLE] = ("alert('TAKEN-16')\n", material_bundle(), "")


def site_with(root: Path, files: dict[str, str | bytes]) -> Path:
    write_site(root)
    write(root, files)
    return root


def templates_site(root: Path) -> Path:
    return site_with(root, {**{name: text for name, (text, _) in TEMPLATES.items()}, **ALLOWED})


def taken_site(root: Path) -> Path:
    return site_with(root, {name: content for name, (content, _, _) in TAKEN.items()})


@pytest.fixture(scope="module")
def templated(tmp_path_factory: pytest.TempPathFactory) -> Result:
    result = build(templates_site(tmp_path_factory.mktemp("tpl")), EPOCH, strict=False)
    assert result.code == 0, result.out[-3000:]
    return result


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Result:
    result = build(taken_site(tmp_path_factory.mktemp("taken")), EPOCH, strict=False)
    assert result.code == 0, result.out[-3000:]
    return result


def test_check_names_each_template_that_is_no_page_template(tmp_path: Path) -> None:
    done = run_cli(templates_site(tmp_path), "check", epoch=EPOCH)
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    for name, (_, line) in TEMPLATES.items():
        assert f"error: {name}:{line}: template: " in done.stdout, (name, done.stdout[-3000:])
        assert f"NL: {name}:{line}: template: " in done.stdout, name
    assert ("docs/t1.md:3: template: 'partials/header.html' is not a page template: use "
            "main.html (or amb/home.html for a home page), or leave template out; the build "
            "uses main.html") in done.stdout
    assert "docs/index.md:2: template: 'partials/header.html' is geen paginasjabloon" in \
        done.stdout and "de build gebruikt amb/home.html" in done.stdout
    for name in ALLOWED:
        assert f"{name}:" not in done.stdout


def test_the_strict_build_fails_without_a_traceback(tmp_path: Path) -> None:
    result = build(templates_site(tmp_path), EPOCH)
    assert result.code != 0 and "Traceback" not in result.out
    for name, (_, line) in TEMPLATES.items():
        assert f"{name}:{line}: template:" in result.out, name


def test_the_preview_renders_them_with_the_default(templated: Result) -> None:
    for number in range(1, 8):
        page = templated.page(f"t{number}/index.html")
        assert f"TPL-{number}" in page and 'class="md-content"' in page, number
    assert "amb-home" in templated.page("index.html")
    assert "Goed twee" in templated.page("g2/index.html")


def test_anchors_in_a_hand_written_page_stop_check_and_build(tmp_path: Path) -> None:
    laughs = "---\ntitle: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a]\n" \
             "c: [*b, *b, *b, *b, *b, *b, *b, *b]\n---\n# Lachen\n"
    root = site_with(tmp_path, {"docs/lachen.md": laughs})
    done = run_cli(root, "check", epoch=EPOCH)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "error: docs/lachen.md:2: title: YAML anchors and aliases" in done.stdout
    result = build(root, EPOCH, strict=False)
    assert result.code != 0 and "Traceback" not in result.out
    assert "docs/lachen.md:2: title: YAML anchors" in result.out


def test_check_names_both_the_file_and_the_address(tmp_path: Path) -> None:
    done = run_cli(taken_site(tmp_path), "check", epoch=EPOCH)
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    for name, (_, address, owner) in TAKEN.items():
        english = f"error: {name}: would be published at {address}"
        assert english in done.stdout, (name, done.stdout[-3000:])
        said = done.stdout.split(english, 1)[1].split("\n", 1)[0]
        assert said.startswith(f", where the site publishes its own {owner}:" if owner else
                               " instead of the theme's file of that name"), (name, said)
        assert f"NL: {name}: zou gepubliceerd worden op {address}" in done.stdout, name


def test_the_strict_build_fails_naming_them(tmp_path: Path) -> None:
    result = build(taken_site(tmp_path), EPOCH)
    assert result.code != 0 and "Traceback" not in result.out
    for name in TAKEN:
        assert f"{name}: would be published at" in result.out, name


def test_the_generator_s_outputs_are_the_ones_published(crowded: Result) -> None:
    assert "Traceback" not in crowded.out
    published = crowded.all_bytes()
    for name, (_, _, _) in TAKEN.items():
        marker = f"TAKEN-{list(TAKEN).index(name) + 1:02d}"
        assert marker.encode() not in published, name
    own = (THEME_DIR / "assets/javascripts/ambassadors.js").read_bytes()
    assert (crowded.site / "assets/javascripts/ambassadors.js").read_bytes() == own
    material = next(folder for folder in theme_folders() if folder != THEME_DIR)
    bundle = material_bundle()
    assert (crowded.site / bundle).read_bytes() == (material / bundle).read_bytes()
    assert "amb-" in crowded.page("agenda/index.html")
    assert feedparser.parse((crowded.site / "feeds/verhalen.xml").read_bytes()).entries
    assert (crowded.site / "pagefind/pagefind.js").stat().st_size > 100
    assert not (crowded.site / "admin").exists()   # the site has no editor configuration


@pytest.mark.parametrize("name", ["docs/ambassadeurs/meedoen.pdf", "docs/pers/foto.jpg",
                                  "docs/verhalen.pdf", "docs/agenda/uitnodiging.pdf",
                                  "docs/assets/images/favicon.png", "docs/assets/extra.js",
                                  "docs/over-ons/index.md"])
def test_files_beside_the_generator_s_own_are_fine(name: str) -> None:
    from generator.addresses import Addresses
    from generator.render.routes import DEFAULT
    assert Addresses(DEFAULT).taken(name.removeprefix("docs/")) is None
