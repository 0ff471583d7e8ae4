"""`new` writes drafts with placeholder paragraphs; published as they are, a visitor would
read instructions instead of a biography. A placeholder line is an error for `check` and the
build alike (a --strict build, the preview and the publishing workflow, stops; `serve` still
previews), and `check` advises about an ambassador whom no announcement names (issue 17)."""

from __future__ import annotations

from pathlib import Path

from tests.sitebuilder import build, run_cli
from tests.zorgnetwerk import EPOCH, write_site


def test_a_fresh_ambassador_draft_is_flagged_until_it_is_written(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    made = run_cli(root, "new", "ambassador", "Karel de Nieuwe", epoch=EPOCH)
    assert made.returncode == 0, made.stderr
    source = root / "mensen/karel-de-nieuwe/index.md"
    body_line = source.read_text(encoding="utf-8").split("\n").index("---", 1) + 2
    done = run_cli(root, "check", epoch=EPOCH)
    assert done.returncode == 1, done.stdout + done.stderr  # one verdict with the build
    lines = done.stdout.splitlines()
    assert f"error: mensen/karel-de-nieuwe/index.md:{body_line}: body: still holds the " \
        "placeholder of 'python -m generator new' (\"Vervang deze alinea door ...\"): write " \
        "the real text first" in lines
    assert any("bevat nog de voorbeeldtekst" in line for line in lines)
    assert any(line.startswith("advisory: mensen/karel-de-nieuwe/index.md:") and
               "is named in no announcement" in line for line in lines)
    strict = build(root, EPOCH)
    assert strict.code != 0 and "still holds the placeholder" in strict.out
    assert "Traceback" not in strict.out

    text = source.read_text(encoding="utf-8")
    source.write_text(text[: text.index("Vervang")] + "Karel leidt een zorgteam.\n",
                      encoding="utf-8")
    again = run_cli(root, "check", epoch=EPOCH)
    assert "still holds the placeholder" not in again.stdout and again.returncode == 0
    assert build(root, EPOCH).code == 0


def test_every_draft_kind_carries_the_placeholder_check_finds(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    for args in (["story", "Een nieuw verhaal", "--ambassador", "anouk-de-wit"],
                 ["event", "Een bijeenkomst", "--start", "2026-09-12T19:00"],
                 ["newsletter", "Nieuwsbrief september", "--date", "2026-09-30"],
                 ["appointment", "2027", "--date", "2027-01-20T10:00"]):
        assert run_cli(root, "new", *args, epoch=EPOCH).returncode == 0
    done = run_cli(root, "check", epoch=EPOCH)
    flagged = {line.split(":")[1].strip() for line in done.stdout.splitlines()
               if "still holds the placeholder" in line}
    assert flagged == {"verhalen-bron/een-nieuw-verhaal.md",
                       "docs/events/2026-09-een-bijeenkomst.md",
                       "docs/newsletter/nieuwsbrief-september.md", "docs/appointments/2027.md"}


def test_an_ambassador_in_no_announcement_is_an_advisory_only_from_check(tmp_path: Path) -> None:
    """Joke, Bram, Zoë and Pieter of the care network are in no announcement."""
    root = write_site(tmp_path)
    done = run_cli(root, "check", epoch=EPOCH)
    named = {line.split(":")[1].strip() for line in done.stdout.splitlines()
             if "is named in no announcement" in line}
    assert named == {"mensen/joke-van-t-hek/index.md", "mensen/bram-ozturk/index.md",
                     "mensen/zoe-el-idrissi/index.md", "mensen/pieter-vos/index.md"}
    assert build(root, EPOCH).code == 0  # the build does not warn about it
