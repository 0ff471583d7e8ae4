"""`python -m generator init`: every value checked by the rule of the setting it becomes,
the files it writes (from one source each), and a folder's README never read as a source."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from pathlib import Path

import pytest
import yaml
from PIL import Image

from generator import __version__
from generator.commands import codeowners
from generator.domain.clock import BuildClock, zone
from generator.mkdocs_yml import read_settings
from generator.network import init
from generator.site_loader import load_all
from generator.sources.errors import Report

REPO = Path(__file__).resolve().parents[2]
SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
       '<circle cx="32" cy="32" r="30" fill="#1d4f91"/></svg>')


def _png(path: Path, size: tuple[int, int] = (64, 64)) -> Path:
    Image.new("RGB", size, (29, 79, 145)).save(path, "PNG")
    return path


def _refused(flag: str, call: object, *args: object) -> init.InitError:
    with pytest.raises(init.InitError) as caught:
        call(*args)  # type: ignore[operator]
    error = caught.value
    assert error.message.startswith(f"{flag}:"), error.message
    assert error.nl.startswith(f"{flag}:") and error.nl != error.message, error.nl
    return error


@pytest.mark.parametrize("name", [
    "<b>Zorg</b>", "Zorg <script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    "Zorg\nnetwerk", "Zorg\x00", "Zorg\u2028netwerk", "Zorg\u2029netwerk", "Zorg\tnetwerk",
    "Zorg\u202enetwerk", "   ", "", "x" * (init.NAME_MAX + 1),
])
def test_a_name_with_markup_or_hidden_characters_is_refused(name: str) -> None:
    error = _refused("--name", init.plain_text, "--name", name, init.NAME_MAX)
    assert "plain text" in error.message and "gewone tekst" in error.nl


def test_a_plain_name_stays_as_written() -> None:
    assert init.plain_text("--name", "  Zorg & Welzijn: netwerk #1 ", 100) == \
        "Zorg & Welzijn: netwerk #1"


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "http://zorg.example.nl/", "http://localhost:8000/",
    "https://user:secret@zorg.example.nl/", "https:///pad", "zorg.example.nl",
    "https://zorg.example.nl/<script>", "ftp://zorg.example.nl/", "",
])
def test_a_site_url_that_is_not_a_public_https_address_is_refused(url: str) -> None:
    error = _refused("--site-url", init.site_url, url)
    assert "https://" in error.message and "https://" in error.nl


def test_a_site_url_gets_its_closing_slash() -> None:
    assert init.site_url("https://zorg.example.nl/netwerk") == "https://zorg.example.nl/netwerk/"


@pytest.mark.parametrize("repository", [
    "owner", "a/b/c", "../x", "owner/..", "-owner/x", "own er/x", "<b>/x", "owner/",
    "https://github.com/owner/name", "ówner/x", "o" * 40 + "/x",
])
def test_a_repository_not_written_owner_slash_name_is_refused(repository: str) -> None:
    error = _refused("--repository", init.repository, repository)
    assert "OWNER/NAME" in error.message and "EIGENAAR/NAAM" in error.nl


def test_a_repository_owner_slash_name_is_taken() -> None:
    assert init.repository("netwerk-zorg/ambassadeurs.site") == "netwerk-zorg/ambassadeurs.site"


@pytest.mark.parametrize("colour", ["red", "#fff", "1d4f91", "#1d4f9", "#ggg000", "#ffff00",
                                    "#7fd1c5"])
def test_a_colour_the_colour_option_refuses_is_refused(colour: str) -> None:
    _refused("--colour", init.colour, colour, init.colour_rule())


def test_a_colour_too_light_for_white_text_says_its_ratio() -> None:
    error = _refused("--colour", init.colour, "#ffff00", init.colour_rule())
    assert "#ffff00" in error.message and ":1" in error.message


def test_a_readable_colour_is_taken() -> None:
    assert init.colour("#1d4f91", init.colour_rule()) == "#1d4f91"


def test_a_bad_logo_is_refused(tmp_path: Path) -> None:
    _png(tmp_path / "logo.png")
    (tmp_path / "link.png").symlink_to(tmp_path / "logo.png")
    (tmp_path / "fake.png").write_text("not an image", encoding="utf-8")
    (tmp_path / "logo.gif").write_bytes((tmp_path / "logo.png").read_bytes())
    (tmp_path / "huge.svg").write_text(SVG[:-6] + "<!--" + "x" * 2_000_000 + "--></svg>",
                                       encoding="utf-8")
    (tmp_path / "script.svg").write_text(SVG.replace("</svg>", "<script>alert(1)</script></svg>"),
                                         encoding="utf-8")
    (tmp_path / "handler.svg").write_text(SVG.replace("<circle", "<circle onclick='x()'"),
                                          encoding="utf-8")
    (tmp_path / "outside.svg").write_text(
        SVG.replace("<circle", '<image href="file:///etc/passwd"/><circle'), encoding="utf-8")
    (tmp_path / "folder.svg").mkdir()
    for name in ("missing.svg", "link.png", "fake.png", "logo.gif", "huge.svg", "script.svg",
                 "handler.svg", "outside.svg", "folder.svg"):
        _refused("--logo", init.logo, str(tmp_path / name))


def test_a_good_logo_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "logo.svg").write_text(SVG, encoding="utf-8")
    read = init.logo(str(tmp_path / "logo.svg"))
    assert read is not None and read.kind == "svg" and read.data == SVG.encode()
    png = init.logo(str(_png(tmp_path / "Logo.PNG")))
    assert png is not None and png.kind == "png"


def test_dotfiles_are_stored_without_their_dot_and_written_with_it() -> None:
    """setuptools leaves dotfiles out of the wheel, so the package stores `dot-...`."""
    assert init.target_name("dot-gitignore") == ".gitignore"
    assert init.target_name("dot-github/pull_request_template.md") == \
        ".github/pull_request_template.md"
    assert init.target_name("content/index.md.j2") == "content/index.md"
    stored = [p.relative_to(init.FILES).as_posix() for p in init.FILES.rglob("*")]
    assert not [name for name in stored if "/." in f"/{name}"]
    for name in init.SKELETON:
        assert (init.FILES / name).is_file(), name


def test_the_pull_request_template_has_one_source() -> None:
    """This repository's template is the one a network gets, byte for byte."""
    ours = (REPO / ".github" / "pull_request_template.md").read_bytes()
    assert ours == (init.FILES / "dot-github" / "pull_request_template.md").read_bytes()
    written = init.files(init.network_of("Zorg", "https://zorg.example.nl/"))
    assert written[".github/pull_request_template.md"] == ours


def test_the_editing_guide_has_one_source_and_fits_each_network() -> None:
    """The pull-request template sends ambassadors to "Je pagina bewerken": every network
    has it. The demo's page is the same template with the demo's values, and a network
    without a repository (no /admin/, no edit button) is told only what it can do."""
    template = init._templates().get_template("content/je-pagina-bewerken.md.j2")
    demo = (REPO / "content" / "je-pagina-bewerken.md").read_text(encoding="utf-8")
    assert template.render(form=True, contact="netwerk@example.nl") == demo

    with_editor = init.files(init.network_of("Zorg", "https://zorg.example.nl/",
                                             repository_name="zorg/site"))
    guide = with_editor["content/je-pagina-bewerken.md"]
    assert isinstance(guide, str) and "../admin/" in guide and "Bewerk deze pagina" in guide
    assert "netwerk@example.nl" not in guide and "de redactie leest mee" in guide
    for image in init.FORM_IMAGES:
        assert f"assets/images/bewerken/{image}" in guide
        assert with_editor[f"{init.GUIDE_IMAGES}/{image}"] == \
            (init.FILES / init.HANDBOOK_IMAGES / image).read_bytes()

    without = init.files(init.network_of("Zorg", "https://zorg.example.nl/"))
    guide = without["content/je-pagina-bewerken.md"]
    assert isinstance(guide, str)
    assert "admin" not in guide and "formulier" not in guide.lower()
    assert "Bewerk deze pagina" not in guide and "Edit this file" in guide
    assert not [name for name in without if name.startswith(init.GUIDE_IMAGES)]


def test_the_files_of_a_network_are_its_own_and_hold_no_demo() -> None:
    network = init.network_of('Zorg "Oost": #1 !ENV [x]', "https://zorg.example.nl",
                              "Zorg *anders*", repository_name="netwerk-zorg/site")
    written = init.files(network)
    assert not [n for n in written if n.endswith("index.md") and n.startswith("ambassadors/")]
    assert not [n for n in written if n.startswith(("stories/", "content/events/"))
                and not n.endswith("/README.md")]
    config = yaml.safe_load(written["mkdocs.yml"])  # type: ignore[arg-type]
    assert config["site_name"] == 'Zorg "Oost": #1 !ENV [x]'
    assert config["site_url"] == "https://zorg.example.nl/"
    assert config["site_description"] == "Zorg *anders*"
    assert config["repo_url"] == "https://github.com/netwerk-zorg/site"
    assert config["docs_dir"] == "content"
    assert config["plugins"] == [{"ambassadors": {"private_dir": "private"}}]
    assert "custom_dir" not in config["theme"]
    assert written["requirements.txt"].splitlines()[-1] == \
        f"ambassadors-generator=={__version__}"  # type: ignore[union-attr]
    # Markdown in a value is text on the page, never emphasis or a link.
    for page in ("content/index.md", "content/over-het-netwerk.md", "README.md"):
        assert 'Zorg "Oost": \\#1 \\!ENV \\[x\\]' in written[page], page  # type: ignore
    assert set(written[".gitignore"].decode().split()) >= {  # type: ignore[union-attr]
        "/site/", "/.cache/", "/private/", "/.venv/"}


def test_a_network_s_codeowners_names_only_its_own_code() -> None:
    written = init.files(init.network_of("Zorg", "https://zorg.example.nl/",
                                         repository_name="netwerk-zorg/site"))
    rules = [line.split() for line in written[codeowners.PATH].splitlines()  # type: ignore
             if line and not line.startswith("#")]
    assert rules[0] == ["*", "@netwerk-zorg/redactie"]
    assert [r[0] for r in rules[1:]] == ["/.github/", "/mkdocs.yml", "/requirements.txt",
                                         "/theme/"]
    assert set(codeowners.code_paths(os.listdir(REPO))) == set(codeowners.CODE_PATHS)


def test_a_logo_and_a_colour_reach_mkdocs_yml(tmp_path: Path) -> None:
    network = init.network_of("Zorg", "https://zorg.example.nl/", colour_value="#1d4f91",
                              logo_file=str(_png(tmp_path / "beeld.png")))
    written = init.files(network)
    config = yaml.safe_load(written["mkdocs.yml"])  # type: ignore[arg-type]
    assert config["theme"]["custom_dir"] == "theme"
    assert config["plugins"][0]["ambassadors"] == {"private_dir": "private",
                                                   "colour": "#1d4f91",
                                                   "logo": "theme/logo.png"}
    assert Image.open(io.BytesIO(written["theme/logo.png"])).format == "PNG"  # type: ignore


def test_a_folder_that_is_not_empty_is_refused_and_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notities.txt").write_text("van mij", encoding="utf-8")
    network = init.network_of("Zorg", "https://zorg.example.nl/")
    with pytest.raises(init.InitError) as caught:
        init.create(tmp_path, network)
    assert "not an empty folder" in caught.value.message and "geen lege map" in caught.value.nl
    assert os.listdir(tmp_path) == ["notities.txt"]
    (tmp_path / "bestand").write_text("x", encoding="utf-8")
    with pytest.raises(init.InitError):
        init.create(tmp_path / "bestand", network)
    (tmp_path / "link").symlink_to(tmp_path / "leeg", target_is_directory=True)
    (tmp_path / "leeg").mkdir()
    with pytest.raises(init.InitError):
        init.create(tmp_path / "link", network)
    assert os.listdir(tmp_path / "leeg") == []


def test_a_folder_s_readme_is_never_read_as_a_source(tmp_path: Path) -> None:
    """The README of every empty source folder (and one in the private folder's too) is
    neither a source nor an error: the new network has no sources and no problems."""
    root = tmp_path / "net"
    init.create(root, init.network_of("Zorg", "https://zorg.example.nl/"))
    for folder in ("ambassadors", "stories", "content/events", "content/appointments",
                   "content/newsletter"):
        assert (root / folder / "README.md").is_file()
        (root / "private" / folder).mkdir(parents=True)
        (root / "private" / folder / "README.md").write_text("# Uitleg\n", encoding="utf-8")
    settings = read_settings(root / "mkdocs.yml")
    report = Report()
    now = dt.datetime(2026, 6, 15, 10, tzinfo=dt.timezone.utc)
    sources, _ = load_all(settings, BuildClock(now, zone(settings.timezone)), report, workers=1)
    assert report.problems == []
    assert (sources.ambassadors, sources.stories, sources.events, sources.appointments,
            sources.newsletters) == ((), (), (), (), ())


@pytest.mark.parametrize("existing", [False, True])
def test_a_result_check_refuses_is_removed_again(tmp_path: Path, existing: bool,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The last guard: should the generator's own check ever find an error in what init
    wrote, nothing of it stays (an empty folder given stays, empty)."""
    root = tmp_path / "net"
    if existing:
        root.mkdir()
    monkeypatch.setattr(init, "_check", lambda folder: ["mkdocs.yml: kapot"])
    with pytest.raises(init.InitError) as caught:
        init.create(root, init.network_of("Zorg", "https://zorg.example.nl/"))
    assert "mkdocs.yml: kapot" in caught.value.message and "check" in caught.value.nl
    assert (os.listdir(root) == []) if existing else not root.exists()


def test_the_handbook_and_every_image_it_shows_come_along() -> None:
    if not (init.FILES / init.HANDBOOK).is_file():
        pytest.skip("no handbook in this checkout")
    written = init.files(init.network_of("Zorg", "https://zorg.example.nl/"))
    handbook = written[init.HANDBOOK].decode("utf-8")  # type: ignore[union-attr]
    shown = set(re.findall(r"\((handboek/[^)\s]+)\)", handbook))
    assert shown and shown <= set(written)
    assert "(HANDBOEK.md)" in written["README.md"]  # type: ignore[operator]
