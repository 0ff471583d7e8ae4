"""The GitHub workflows of a network's repository and of this one, from one source: the
templates in `workflow_templates/`, rendered for a network that `init` writes
(project=False) or for this repository (project=True).

A network's repository has no generator/, scripts/ or requirements.lock: it installs the
generator from its one-line requirements.txt, and its pull-request check runs the installed
generator's `pr-build`. This repository installs from the hashed lock (scripts/install) and
checks pull requests with scripts/pr-build. Everything else is the same text.

GitHub's own `${{ }}` stays as it is: the templates know only whole lines
`%%if project%%`, `%%if network%%`, `%%else%%`, `%%end%%`, and `%%name%%` for a value of
VALUES (a value that is a whole line keeps its own indentation). tests/unit/test_workflows.py
holds the committed .github files to the project rendering; after changing a template run
`python -m generator workflows --project --write` in this repository.
"""

from __future__ import annotations

import re
from importlib import resources

FILES = {".github/workflows/publish.yml": "publish.yml",
         ".github/workflows/pull-request.yml": "pull-request.yml",
         ".github/dependabot.yml": "dependabot.yml"}

_PROJECT_INSTALL = """\
      - name: Install from requirements.lock (pip --require-hashes)
        run: python scripts/install"""
_NETWORK_INSTALL = """\
      - name: Install the generator (the version requirements.txt pins)
        run: python -m pip install --disable-pip-version-check -r requirements.txt"""

# name -> (this repository's value, a network's value)
VALUES = {
    "requirements": ("requirements.lock", "requirements.txt"),
    "install": (_PROJECT_INSTALL, _NETWORK_INSTALL),
}

_DIRECTIVE = re.compile(r"%%(if (project|network)|else|end)%%")
_VALUE = re.compile(r"%%([a-z_]+)%%")


class TemplateError(ValueError):
    """A template the renderer cannot follow: a fault in the package, never in a site."""


def workflow_files(project: bool = False) -> dict[str, str]:
    """Relative path -> text of `.github/workflows/*.yml` and `.github/dependabot.yml`."""
    folder = resources.files(__package__) / "workflow_templates"
    return {path: render((folder / name).read_text(encoding="utf-8"), project, name)
            for path, name in FILES.items()}


def render(template: str, project: bool, name: str = "template") -> str:
    """The template's lines for one side, its values filled in."""
    side = 0 if project else 1
    shown, stack = [], []
    for number, line in enumerate(template.splitlines(keepends=True), 1):
        directive = _DIRECTIVE.fullmatch(line.strip())
        if directive:
            word = directive.group(1)
            if word.startswith("if"):
                stack.append((directive.group(2) == "project") == project)
            elif not stack:
                raise TemplateError(f"{name}:{number}: {line.strip()} without %%if%%")
            elif word == "else":
                stack[-1] = not stack[-1]
            else:
                stack.pop()
            continue
        if all(stack):
            shown.append(_VALUE.sub(lambda m: _value(m.group(1), side, name, number), line))
    if stack:
        raise TemplateError(f"{name}: %%if%% without %%end%%")
    text = "".join(shown)
    if "%%" in text:
        raise TemplateError(f"{name}: an unknown %% mark is left")
    return text


def _value(key: str, side: int, name: str, number: int) -> str:
    if key not in VALUES:
        raise TemplateError(f"{name}:{number}: no value {key!r}")
    return VALUES[key][side]
