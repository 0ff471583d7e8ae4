"""`invite_contact` is printed in links on the home page and every profile: only an e-mail
address or an https page, never markup, another scheme or something that closes the
attribute; the name goes into the subject encoded."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sitebuilder import build, run_cli
from tests.zorgnetwerk import EPOCH, write_site


@pytest.mark.parametrize("value", [
    "javascript:alert(1)", "http://uitnodigen.example.org/", '"><script>alert(1)</script>',
    'https://example.org/"onmouseover=alert(1)', "uitnodigen@example.org<b>",
    "data:text/html,<b>x</b>", "https://" + "a" * 300 + ".example.org/",
])
def test_a_hostile_invite_contact_is_refused(tmp_path: Path, value: str) -> None:
    quoted = value.replace("'", "''")
    root = write_site(tmp_path, f"      invite_contact: '{quoted}'")
    done = run_cli(root, "check", epoch=EPOCH)   # a problem of mkdocs.yml: exit 1
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "invite_contact: expected an e-mail address" in done.stdout
    assert "verwacht een e-mailadres" in done.stdout
    result = build(root, EPOCH)
    assert result.code != 0 and "Traceback" not in result.out
    assert "invite_contact" in result.out


def test_an_address_becomes_a_mail_with_the_name_in_the_subject(tmp_path: Path) -> None:
    root = write_site(tmp_path, "      invite_contact: uitnodigen@zorg.example.org")
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    profile = result.page("ambassadeurs/anouk-de-wit/index.html")
    assert 'href="mailto:uitnodigen@zorg.example.org?subject=Uitnodiging%20voor%20Anouk%20' \
        'de%20Wit"' in profile
    assert 'href="mailto:uitnodigen@zorg.example.org?subject=' in result.page("index.html")
