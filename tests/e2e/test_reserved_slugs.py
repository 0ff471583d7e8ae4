"""An ambassador folder named like a page the site makes itself under /ambassadeurs/ (the
alumni page, the region, sector and theme filters) is an error in check and build, with the
file named in both languages: a pull request cannot take over those addresses."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sitebuilder import build, run_cli, write
from tests.zorgnetwerk import EPOCH, write_site


@pytest.mark.parametrize("slug", ["regio", "sector", "thema", "oud-ambassadeurs"])
def test_a_reserved_folder_name_is_an_error(tmp_path: Path, slug: str) -> None:
    root = write_site(tmp_path)
    write(root, {f"mensen/{slug}/index.md": """
        ---
        name: Iemand Anders
        term:
          start: 2025-02-01
        ---
        Neemt een adres over.
        """})
    done = run_cli(root, "check", epoch=EPOCH)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"error: mensen/{slug}/index.md: the folder name {slug!r} is taken by the site " \
        "itself" in done.stdout
    assert f"de mapnaam {slug!r} gebruikt de site zelf" in done.stdout
    result = build(root, EPOCH)
    assert result.code != 0 and "Traceback" not in result.out
    assert f"mensen/{slug}/index.md" in result.out
