"""The newsletter e-mail and the press kit's printable release read by doiuse-email, which
checks HTML and CSS against caniemail.com's data (issue 29): Outlook for Windows honours
padding and borders on table cells only, so neither output uses them at all (room comes
from `cellpadding`, a line from a cell's background), and doiuse-email has no warning for
any Outlook client about padding or border, on the demo and on the second network.

doiuse-email reports a property wherever it stands; caniemail's note on max-width for
Outlook 2019 and Windows Mail is that it works on <table> elements only. The column needs a
maximum width in every other client, so each max-width here is on a table, and the column
is held at 600 px for older Outlooks by a table only Outlook reads (`<!--[if mso]>`).

doiuse-email is installed once with npm into ~/.cache/ambassadors-test/doiuse-email (or
$AMB_TEST_CACHE/doiuse-email); without node, npm or the registry the test fails, saying so."""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

from tests.e2e.test_feeds import tags_of
from tests.npm_tools import npm_package
from tests.quality.conftest import copy_demo
from tests.sitebuilder import Result, build, write
from tests.zorgnetwerk import EPOCH as ZORG_EPOCH
from tests.zorgnetwerk import write_site

DOIUSE_EMAIL = "0.4.1"
READER = Path(__file__).resolve().parents[2] / "tests" / "clients" / "doiuse_read.mjs"
DEMO_EPOCH = 1795435200   # 2026-11-23: every demo issue and the 2026 announcement are out
OUTLOOK = "outlook.*"
# The features the issue names, as doiuse-email titles them.
BOXES = ("padding", "border")
STYLE_BOXES = re.compile(r"(?:^|;)\s*(padding|border)(?:-[a-z-]+)?\s*:", re.IGNORECASE)


def doiuse_email() -> Path:
    """doiuse-email's module, installed with npm at the pinned version if missing."""
    return npm_package("doiuse-email", DOIUSE_EMAIL, "doiuse-email/index.js") / "index.js"


def read(files: list[Path]) -> dict[str, dict[str, list[str]]]:
    """What doiuse-email says about each file for every Outlook client."""
    done = subprocess.run(["node", str(READER), str(doiuse_email()), OUTLOOK,
                           *map(str, files)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def assert_outlook_reads_the_boxes(files: list[Path]) -> None:
    """No word from doiuse-email on padding or border for any Outlook; max-width only on
    tables (doiuse-email's warning there is caniemail's 'only works on <table>'); the
    same read element by element, longhands (padding-top, border-bottom) included."""
    assert files
    said = read(files)
    assert set(said) == {str(f) for f in files}
    for name, found in said.items():
        for message in found["warnings"] + found["errors"]:
            feature = message.split("`")[1]
            assert feature not in BOXES, (name, message)
        for tag, attrs in tags_of(Path(name).read_text(encoding="utf-8")).tags:
            style = attrs.get("style") or ""
            assert not STYLE_BOXES.search(style), (name, tag, style)
            if "max-width" in style:
                assert tag == "table", (name, tag, style)
        # the style sheet of the printable page says the same in its rules
        for sheet in re.findall(r"<style>(.*?)</style>", Path(name).read_text("utf-8"), re.S):
            for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
                assert not STYLE_BOXES.search(body), (name, selector, body)
                if "max-width" in body and "@media" not in selector:
                    assert selector.strip() in (".page", ".column"), (name, selector)


def kits(site: Path, target: Path) -> list[Path]:
    """Every printable release of every press kit, unpacked."""
    pages = []
    for kit in sorted(site.glob("pers/perskit-*.zip")):
        folder = target / kit.stem
        zipfile.ZipFile(io.BytesIO(kit.read_bytes())).extractall(folder)
        pages += sorted(folder.glob("*/persbericht.html"))
    return pages


def test_outlook_reads_the_demo_s_emails_and_releases(tmp_path: Path) -> None:
    demo = build(copy_demo(tmp_path / "demo"), DEMO_EPOCH)
    assert demo.code == 0, demo.out
    emails = sorted(demo.site.glob("nieuwsbrief/*/email.html"))
    releases = kits(demo.site, tmp_path / "kits")
    assert len(emails) >= 6 and len(releases) >= 3
    assert_outlook_reads_the_boxes(emails + releases)
    # the column is held at 600 px for Outlook by a table only Outlook reads
    for email in emails:
        assert '<!--[if mso]><table role="presentation" width="600"' in email.read_text("utf-8")


def test_outlook_reads_the_second_network(tmp_path: Path) -> None:
    """The care network, with an announcement out whose people have no photo (initials in
    a cell of their own) and a newsletter issue that reports it."""
    root = write_site(tmp_path / "zorg")
    write(root, {"docs/appointments/2026.md": "---\ntitle: Twee nieuwe ambassadeurs\n"
                 "date: 2026-06-10T10:00\nambassadors: [lotte-geheim, zoe-el-idrissi]\n---\n"
                 "Het netwerk groeit.\n\n## Noot voor de redactie\n\nBel ons.\n",
                 "docs/newsletter/2026-06.md": "---\ntitle: Nieuwsbrief juni\n"
                 "date: 2026-06-14\n---\nTwee nieuwe gezichten. Welkom!\n"})
    result: Result = build(root, ZORG_EPOCH)
    assert result.code == 0, result.out
    emails = sorted(result.site.glob("nieuwsbrief/*/email.html"))
    releases = kits(result.site, tmp_path / "kits")
    assert len(emails) == 2 and releases
    # Zoë El Idrissi has no photo: her initials stand in her cell, as on her profile
    release = next(r for r in releases if r.parent.name == "perskit-2026")
    for page in (result.site / "nieuwsbrief/2026-06/email.html", release):
        assert re.search(r'<td class="initials"[^>]*>ZI</td>|<td[^>]*aria-hidden="true"'
                         r'[^>]*>ZI</td>', page.read_text("utf-8")), page
    assert_outlook_reads_the_boxes(emails + releases)
