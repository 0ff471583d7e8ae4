"""Private sources (content-model.md v1.3, "Private sources"): next year's announcement and
the people it names live in a second folder, a checkout of a private repository. Merged with
the public sources they follow every rule; one minute before the moment nothing of them is
in any output byte, one minute after everything is. Without the folder the public site
builds on its own. A slug in both trees is an error; `check` warns about embargoed sources
left in the public tree, which anyone can read on the repository host."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from tests.e2e.test_embargo import every_byte
from tests.sitebuilder import Result, build, run_cli, write
from tests.zorgnetwerk import write_site

UTC = dt.timezone.utc
MOMENT = dt.datetime(2026, 7, 1, 8, 0, tzinfo=UTC)  # 10:00 in Amsterdam (CEST)
BEFORE = int((MOMENT - dt.timedelta(minutes=1)).timestamp())
AFTER = int((MOMENT + dt.timedelta(minutes=1)).timestamp())
SECRETS = ["lotte-geheim", "Lotte Geheimhouding", "Geheimhouding", "Nieuwe ambassadeur benoemd",
           "Maak kennis met Lotte", "over-lotte", "Geheim bericht over Lotte.", "Kennismaking Lotte",
           "kennismaking-lotte", "geheim/"]
# What the embargoed announcement brings, moved from the public tree to the private one.
MOVED = {"mensen/lotte-geheim": "geheim/mensen/lotte-geheim",
         "verhalen-bron/over-lotte.md": "geheim/verhalen-bron/over-lotte.md",
         "docs/appointments/2026.md": "geheim/docs/appointments/2026.md"}
PRIVATE_OPTION = "      private_dir: geheim"


def private_site(root: Path) -> Path:
    """The care network with its embargoed announcement in the private folder `geheim/`."""
    write_site(root, PRIVATE_OPTION)
    for public, private in MOVED.items():
        (root / private).parent.mkdir(parents=True, exist_ok=True)
        shutil.move(root / public, root / private)
    write(root, {"geheim/docs/events/2026-07-kennismaking-lotte.md": """
        ---
        title: Kennismaking Lotte
        start: 2026-07-03T15:00
        ambassadors: [lotte-geheim]
        ---
        Kom kennismaken.
        """})
    text = (root / "geheim/mensen/lotte-geheim/index.md").read_text()
    (root / "geheim/mensen/lotte-geheim/index.md").write_text(
        text.replace("term:", "github: lottegeheim\nterm:"))
    return root


@pytest.fixture(scope="module")
def before(tmp_path_factory: pytest.TempPathFactory) -> Result:
    result = build(private_site(tmp_path_factory.mktemp("before")), BEFORE)
    assert result.code == 0, result.out
    return result


@pytest.fixture(scope="module")
def after(tmp_path_factory: pytest.TempPathFactory) -> Result:
    result = build(private_site(tmp_path_factory.mktemp("after")), AFTER)
    assert result.code == 0, result.out
    return result


@pytest.mark.parametrize("secret", SECRETS)
def test_nothing_of_the_private_folder_one_minute_before(before: Result, secret: str) -> None:
    assert secret.lower().encode() not in every_byte(before)


def test_everything_of_the_private_folder_one_minute_after(after: Result) -> None:
    profile = after.page("ambassadeurs/lotte-geheim/index.html")
    assert "Lotte Geheimhouding" in profile
    assert after.exists("ambassadeurs/lotte-geheim/lotte-geheim-640.jpg")
    assert "Nieuwe ambassadeur benoemd" in after.page("benoemingen/2026/index.html")
    assert "Maak kennis met Lotte" in after.page("verhalen/over-lotte/index.html")
    assert "Kennismaking Lotte" in after.page("agenda/2026-07-kennismaking-lotte/index.html")
    assert "Kennismaking Lotte" in after.page("agenda.ics")
    assert "Nieuwe ambassadeur benoemd" in after.page("feeds/benoemingen.xml")
    assert after.exists("pers/perskit-2026.zip")
    assert "lotte-geheim" in after.page("sitemap.xml")


def test_private_pages_have_no_edit_link_to_the_public_repository(after: Result) -> None:
    """The source lives in a repository the visitor cannot open; a public page keeps its."""
    for page in ("ambassadeurs/lotte-geheim/index.html", "benoemingen/2026/index.html",
                 "verhalen/over-lotte/index.html"):
        html = after.page(page)
        assert 'rel="edit"' not in html and "src/branch/" not in html, page
    assert 'rel="edit"' in after.page("ambassadeurs/anouk-de-wit/index.html")


def test_without_the_private_folder_the_public_site_builds_alone(tmp_path: Path) -> None:
    root = private_site(tmp_path)
    shutil.rmtree(root / "geheim")
    result = build(root, AFTER)
    assert result.code == 0, result.out
    assert not result.exists("ambassadeurs/lotte-geheim/index.html")
    assert result.exists("ambassadeurs/anouk-de-wit/index.html")
    assert b"geheimhouding" not in every_byte(result)


def test_a_slug_in_both_trees_is_an_error_naming_both(tmp_path: Path) -> None:
    root = private_site(tmp_path)
    shutil.copytree(root / "mensen/anouk-de-wit", root / "geheim/mensen/anouk-de-wit")
    for run in (build(root, AFTER), run_cli(root, "check", epoch=AFTER)):
        out = run.out if isinstance(run, Result) else run.stdout + run.stderr
        code = run.code if isinstance(run, Result) else run.returncode
        assert code != 0 and "Traceback" not in out
        assert "geheim/mensen/anouk-de-wit/index.md: 'anouk-de-wit' is both here and in the " \
            "public sources (mensen/anouk-de-wit/index.md)" in out
        assert "private folder or in the public one" in out
        assert "privémap of in de openbare map" in out


@pytest.mark.parametrize("folder", ["docs/geheim", ".", "mensen/geheim"])
def test_a_private_folder_overlapping_the_public_ones_is_refused(tmp_path: Path,
                                                                 folder: str) -> None:
    """Inside docs_dir MkDocs would publish the private files as they are."""
    root = write_site(tmp_path, f"      private_dir: {folder}")
    write(root, {f"{folder}/mensen/x/index.md": "---\nname: X\n---\n"})
    result = build(root, AFTER)
    assert result.code != 0 and "Traceback" not in result.out
    assert "private_dir" in result.out and "overlaps" in result.out
    assert not (root / "site/geheim").exists()
    done = run_cli(root, "check", epoch=AFTER)
    assert done.returncode == 1 and "private_dir" in done.stdout


def test_a_private_folder_outside_the_site_is_refused(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site-root", "      private_dir: ../elders")
    write(tmp_path, {"elders/mensen/x/index.md": "---\nname: X Buiten\n---\n"})
    done = run_cli(root, "check", epoch=AFTER)
    assert done.returncode == 1 and "private_dir" in done.stdout
    assert "private_dir: '../elders' lies outside the repository" in done.stdout


def test_a_link_in_the_private_folder_is_an_error(tmp_path: Path) -> None:
    root = private_site(tmp_path)
    outside = tmp_path / "buiten.md"
    outside.write_text("---\ntitle: Buiten\ndate: 2026-01-01\nambassadors: [anouk-de-wit]\n---\n")
    (root / "geheim/verhalen-bron/link.md").symlink_to(outside)
    done = run_cli(root, "check", epoch=AFTER)
    assert done.returncode == 1 and "geheim/verhalen-bron/link.md" in done.stdout
    assert "symbolic link" in done.stdout


def test_check_warns_about_embargoed_sources_in_the_public_tree(tmp_path: Path) -> None:
    """The plain care network keeps its announcement in the public tree: readable on the
    repository host weeks early. Each source gets a warning; check still exits 0."""
    root = write_site(tmp_path)
    done = run_cli(root, "check", epoch=BEFORE)
    assert done.returncode == 0, done.stdout + done.stderr
    warned = {line.split(":")[1].strip() for line in done.stdout.splitlines()
              if line.startswith("advisory:") and "repository host" in line}
    assert warned == {"docs/appointments/2026.md", "mensen/lotte-geheim/index.md",
                      "verhalen-bron/over-lotte.md"}
    assert "private_dir" in done.stdout and "repository-host" in done.stdout
    after = run_cli(root, "check", epoch=AFTER)
    assert "repository host" not in after.stdout


def test_check_is_quiet_when_the_private_folder_holds_them(tmp_path: Path) -> None:
    done = run_cli(private_site(tmp_path), "check", epoch=BEFORE)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "repository host" not in done.stdout


def test_the_commands_see_the_private_folder(tmp_path: Path) -> None:
    root = private_site(tmp_path)
    held = run_cli(root, "embargo", epoch=BEFORE).stdout
    assert "lotte-geheim" in held and "kennismaking-lotte" in held
    assert "geheim/docs/appointments/2026.md" in held
    podium = run_cli(root, "podium", "--year", "2026", "--format", "json", epoch=AFTER).stdout
    assert "lotte-geheim" in podium
    owners = run_cli(root, "codeowners", epoch=AFTER)
    assert "lottegeheim" not in owners.stdout and "@anoukdw" in owners.stdout
    clash = run_cli(root, "new", "story", "Over Lotte", "--ambassador", "lotte-geheim",
                    epoch=AFTER)
    assert clash.returncode == 1 and "geheim/verhalen-bron/over-lotte.md" in clash.stderr
    made = run_cli(root, "new", "appointment", "2027", "--date", "2027-07-01T10:00",
                   "--ambassador", "lotte-geheim", epoch=AFTER)
    assert made.returncode == 0, made.stdout + made.stderr
    assert (root / "geheim/docs/appointments/2027.md").is_file()
    assert not (root / "docs/appointments/2027.md").exists()
    again = run_cli(root, "new", "appointment", "2026", "--date", "2026-07-01T10:00",
                    "--no-private", epoch=AFTER)
    assert again.returncode == 1 and "geheim/docs/appointments/2026.md" in again.stderr


def test_a_private_folder_that_is_a_link_is_refused(tmp_path: Path) -> None:
    """`private -> /elsewhere` would read whatever the link points to: refused, unread."""
    root = write_site(tmp_path / "site-root", PRIVATE_OPTION)
    write(tmp_path, {"elders/mensen/x-buiten/index.md": "---\nname: X Buiten\n---\n"})
    (root / "geheim").symlink_to(tmp_path / "elders")
    for out, code in ((lambda r: (r.out, r.code))(build(root, AFTER)),
                      (lambda d: (d.stdout + d.stderr, d.returncode))(
                          run_cli(root, "check", epoch=AFTER))):
        assert code != 0 and "Traceback" not in out
        assert "geheim" in out and "symbolic link" in out and "X Buiten" not in out
