"""The image pipeline: upright, stripped, cached, WebP beside JPEG, and social cards."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from tests.sitebuilder import Result, build, write
from tests.zorgnetwerk import EPOCH, write_site

CACHE = ".cache/ambassadors"


def rotated_photo(path: Path) -> None:
    """Stored landscape (600x400) with EXIF Orientation 6: upright it is portrait 400x600,
    with the red band on top."""
    upright = Image.new("RGB", (400, 600), (40, 120, 220))
    upright.paste((220, 30, 30), (0, 0, 400, 150))
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # what a phone writes
    exif = stored.getexif()
    exif[0x0112] = 6
    exif[0x8825] = {1: "N", 2: (52.0, 5.0, 0.0)}
    stored.save(path, "JPEG", exif=exif.tobytes(), quality=95)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    root = write_site(tmp_path_factory.mktemp("images"))
    rotated_photo(root / "mensen/anouk-de-wit/foto.JPG")
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return root, result


def test_exif_rotated_photo_comes_out_upright(site: tuple[Path, Result]) -> None:
    _, result = site
    with Image.open(result.site / "ambassadeurs/anouk-de-wit/anouk-de-wit-320.jpg") as image:
        assert image.size == (320, 400)
        red, green, blue = image.getpixel((160, 20))
        assert red > 180 and blue < 100  # the red band is on top
        assert not image.getexif()


def test_every_published_image_is_stripped(site: tuple[Path, Result]) -> None:
    _, result = site
    images = [p for p in result.site.rglob("*") if p.suffix in (".jpg", ".jpeg", ".webp", ".png")
              and "assets" not in p.parts]
    assert images
    for path in images:
        with Image.open(path) as image:
            assert not image.getexif(), path
            assert not {"exif", "icc_profile", "xmp", "XML:com.adobe.xmp"} & set(image.info), path


def test_webp_twins_and_picture_markup(site: tuple[Path, Result]) -> None:
    _, result = site
    page = result.page("ambassadeurs/anouk-de-wit/index.html")
    picture = re.search(r"<picture>.*?</picture>", page, re.S).group(0)
    assert 'type="image/webp"' in picture and "anouk-de-wit-320.webp 320w" in picture
    assert 'width="400" height="500"' in picture  # explicit size: no layout shift
    assert 'fetchpriority="high"' in picture  # the profile photo is above the fold
    with Image.open(result.site / "ambassadeurs/anouk-de-wit/anouk-de-wit-320.webp") as image:
        assert image.format == "WEBP" and image.size == (320, 400)
    directory = result.page("ambassadeurs/index.html")
    assert 'loading="lazy"' in directory


def test_warm_build_makes_no_image_and_is_identical(site: tuple[Path, Result]) -> None:
    root, first = site
    before = sorted((root / CACHE).iterdir())
    second = build(root, EPOCH, site_dir="again")
    assert second.code == 0
    assert sorted((root / CACHE).iterdir()) == before  # nothing new in the cache
    for path in first.site.rglob("*"):
        if path.is_file():
            assert path.read_bytes() == (second.site / path.relative_to(first.site)).read_bytes()


def test_a_changed_photo_is_made_again(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    assert build(root, EPOCH).code == 0
    before = set((root / CACHE).iterdir())
    photo = root / "mensen/anouk-de-wit/foto.JPG"
    Image.new("RGB", (500, 500), (0, 200, 0)).save(photo, "JPEG")
    result = build(root, EPOCH)
    assert result.code == 0
    new = set((root / CACHE).iterdir()) - before
    # 320 and 400 (the crop of a 500 px square) in JPEG and WebP, and the 2025 press photo
    assert len([p for p in new if not p.name.startswith("card-")]) == 4 + 1
    with Image.open(result.site / "ambassadeurs/anouk-de-wit/anouk-de-wit-320.jpg") as image:
        assert image.getpixel((100, 100))[1] > 150


@pytest.mark.parametrize(("page", "card"), [
    ("index.html", "social-card.jpg"),
    ("ambassadeurs/anouk-de-wit/index.html", "ambassadeurs/anouk-de-wit/social-card.jpg"),
    ("verhalen/met-foto/index.html", "verhalen/met-foto/social-card.jpg"),
    ("benoemingen/2025/index.html", "benoemingen/2025/social-card.jpg"),
    ("over/index.html", "social-card.jpg"),
    ("agenda/index.html", "social-card.jpg"),
])
def test_social_cards_and_meta_tags(site: tuple[Path, Result], page: str, card: str) -> None:
    _, result = site
    html = result.page(page)
    image = re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1)
    assert image == f"https://zorg.example.org/netwerk/{card}"
    assert re.search(r'<meta name="twitter:card" content="summary_large_image">', html)
    url = re.search(r'<meta property="og:url" content="([^"]+)"', html).group(1)
    assert url.startswith("https://zorg.example.org/netwerk/")
    for tag in ("og:title", "og:description", "og:site_name", "og:type"):
        assert f'property="{tag}"' in html, tag
    with Image.open(result.site / card) as drawn:
        assert drawn.size == (1200, 630) and drawn.format == "JPEG"


def test_card_text_is_escaped_in_meta_tags(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    story = root / "verhalen-bron/kleinschalig-wonen.md"
    story.write_text(story.read_text().replace("title: Kleinschalig wonen werkt",
                                               """title: '"Wonen" & zorg > 3 < 4'"""))
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    html = result.page("verhalen/kleinschalig-wonen/index.html")
    assert 'content="&quot;Wonen&quot; &amp; zorg &gt; 3 &lt; 4' in html


def test_bad_images_fail_cleanly(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    write(root, {"mensen/anouk-de-wit/foto.JPG": "<svg xmlns='http://www.w3.org/2000/svg'/>"})
    bomb = root / "verhalen-bron/met-foto/dag.png"
    Image.new("1", (8000, 6000)).save(bomb)
    result = build(root, EPOCH)
    assert result.code == 1 and "Traceback" not in result.out
    assert "mensen/anouk-de-wit/index.md:8: photo: 'foto.JPG' is not a readable JPEG" in result.out
    assert "verhalen-bron/met-foto/index.md:6: image: 'dag.png' has 8000x6000 pixels" in result.out
    assert not (root / "site").exists()  # nothing written


def test_images_in_a_story_body_are_derived_sized_and_stripped(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    rotated_photo(root / "verhalen-bron/met-foto/Team Foto.JPG")
    story = root / "verhalen-bron/met-foto/index.md"
    story.write_text(story.read_text() + "\n![Het team aan tafel](Team Foto.JPG)\n"
                     "\n![Logo](https://example.org/logo.png)\n".replace(
                         "https://example.org/logo.png", "dag.png"))
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    page = result.page("verhalen/met-foto/index.html")
    tag = re.search(r'<img[^>]*alt="Het team aan tafel"[^>]*>', page).group(0)
    assert 'src="met-foto-team-foto-1280.jpg"' in tag or 'src="met-foto-team-foto-1280.jpg"' \
        in tag.replace("./", "")
    assert 'width="400" height="600"' in tag and 'loading="lazy"' in tag
    # the source is 400 px wide: both recipes give 400 px, so the srcset lists it once
    assert 'srcset="met-foto-team-foto-1280.jpg 400w"' in tag
    assert not list(result.site.rglob("Team Foto.JPG"))  # the original is never published
    with Image.open(result.site / "verhalen/met-foto/met-foto-team-foto-1280.jpg") as image:
        assert image.size == (400, 600) and not image.getexif()
    feed = result.page("feeds/verhalen.xml")
    assert "https://zorg.example.org/netwerk/verhalen/met-foto/met-foto-team-foto-1280.jpg" in feed


@pytest.mark.parametrize(("markdown", "message"), [
    ("![](team.jpg)", "the image 'team.jpg' has no description"),
    ("![Team](ontbreekt.jpg)", "the file 'ontbreekt.jpg' does not exist"),
])
def test_bad_body_images(tmp_path: Path, markdown: str, message: str) -> None:
    root = write_site(tmp_path)
    Image.new("RGB", (50, 50)).save(root / "verhalen-bron/met-foto/team.jpg")
    story = root / "verhalen-bron/met-foto/index.md"
    story.write_text(story.read_text() + f"\n{markdown}\n")
    result = build(root, EPOCH)
    assert result.code == 1 and "Traceback" not in result.out
    assert f"verhalen-bron/met-foto/index.md:11: body: {message}" in result.out


def test_image_in_a_single_file_story_asks_for_a_folder(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    story = root / "verhalen-bron/kleinschalig-wonen.md"
    story.write_text(story.read_text() + "\n![Tafel](tafel.jpg)\n")
    result = build(root, EPOCH)
    assert result.code == 1
    assert "a story with images must be a folder" in result.out


def test_photo_focus_keeps_the_face_in_the_crop(tmp_path: Path) -> None:
    """A wide photo with the face at the far left: the centre crop loses it, the focus
    point keeps it."""
    root = write_site(tmp_path)
    wide = Image.new("RGB", (1000, 500), (40, 120, 220))
    wide.paste((220, 30, 30), (0, 0, 150, 500))  # the 'face': a red band on the left
    wide.save(root / "mensen/anouk-de-wit/foto.JPG", "JPEG", quality=95)
    centred = build(root, EPOCH, site_dir="centred")
    profile = root / "mensen/anouk-de-wit/index.md"
    profile.write_text(profile.read_text().replace("photo: foto.JPG",
                                                   "photo: foto.JPG\nphoto_focus: [5, 50]"))
    focused = build(root, EPOCH, site_dir="focused")
    assert centred.code == focused.code == 0, focused.out
    name = "ambassadeurs/anouk-de-wit/anouk-de-wit-320.jpg"
    with Image.open(centred.site / name) as image:
        assert image.getpixel((10, 200))[2] > 150  # blue: the face was cut off
    with Image.open(focused.site / name) as image:
        assert image.getpixel((10, 200))[0] > 150  # red: the face is in


def test_bad_photo_focus(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    profile = root / "mensen/anouk-de-wit/index.md"
    profile.write_text(profile.read_text().replace("photo: foto.JPG",
                                                   "photo: foto.JPG\nphoto_focus: [5, 150]"))
    result = build(root, EPOCH)
    assert result.code == 1 and "photo_focus: expected two percentages" in result.out


def test_published_images_are_readable_by_a_web_server(site: tuple[Path, Result]) -> None:
    _, result = site
    for path in result.site.rglob("*"):
        if path.is_file():
            assert path.stat().st_mode & 0o044 == 0o044, path  # group and others may read
