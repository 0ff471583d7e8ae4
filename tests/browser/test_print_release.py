"""The printable release of a press kit, printed by Chromium (issue 29): its address shows
once, not once as the link's text and again from the print style's `a[href]::after`; other
links still print their address after their text, since paper cannot be clicked."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from tests.quality.conftest import copy_demo
from tests.sitebuilder import build

DEMO_EPOCH = 1795435200   # 2026-11-23: the 2026 announcement is out
ADDRESS = "https://ambassadeurs.example.nl/benoemingen/2026/"

# What paper shows: the visible text, with each link's generated ::after content in place.
PRINTED = """() => {
  for (const a of document.querySelectorAll('a')) {
    const after = getComputedStyle(a, '::after').content;
    if (after && after !== 'none' && after !== 'normal') {
      const span = document.createElement('span');
      span.textContent = after.replace(/^"|"$/g, '').replace(/\\\\"/g, '"')
        .replace(/" attr\\(href\\) "/, a.getAttribute('href'));
      a.after(span);
    }
  }
  return document.body.innerText;
}"""


def test_the_printed_release_shows_its_address_once(browser, tmp_path: Path) -> None:
    result = build(copy_demo(tmp_path / "demo"), DEMO_EPOCH)
    assert result.code == 0, result.out
    data = (result.site / "pers/perskit-2026.zip").read_bytes()
    zipfile.ZipFile(io.BytesIO(data)).extractall(tmp_path / "kit")
    page = browser.new_page()
    page.goto((tmp_path / "kit/perskit-2026/persbericht.html").as_uri())
    page.emulate_media(media="print")
    # a link whose text is not its address, as a release may have: its address follows it
    page.evaluate("""() => { const a = document.createElement('a');
        a.id = 'probe'; a.href = 'https://example.org/rapport'; a.textContent = 'het rapport';
        document.body.append(a); }""")
    after = page.eval_on_selector("#probe",
                                  "a => getComputedStyle(a, '::after').content")
    assert "attr(href)" not in after   # Chromium resolves it
    assert after == '" (https://example.org/rapport)"', after
    printed = page.evaluate(PRINTED)
    assert printed.count(ADDRESS) == 1, printed
    assert "het rapport (https://example.org/rapport)" in printed
    # on screen nothing is added
    page.emulate_media(media="screen")
    assert page.eval_on_selector("#probe",
                                 "a => getComputedStyle(a, '::after').content") in ("none",
                                                                                    "normal")
    page.close()
