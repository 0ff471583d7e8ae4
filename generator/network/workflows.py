"""The GitHub workflows of a network's repository and of this one, from one source.
(Stub: helper C replaces it.)"""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]


def workflow_files(project: bool = False) -> dict[str, str]:
    """Relative path -> text of `.github/workflows/*.yml` and `.github/dependabot.yml`."""
    names = (".github/workflows/publish.yml", ".github/workflows/pull-request.yml",
             ".github/dependabot.yml")
    return {name: (_ROOT / name).read_text(encoding="utf-8") for name in names}
