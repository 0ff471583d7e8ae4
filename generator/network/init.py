"""`python -m generator init DIR --name NAME --site-url URL ...`: a new network's repository,
complete and empty (content-model.md v1.4, Commands).

What it writes comes from one place each: the files under `files/` (package data; a
dotfile is stored as `dot-<name>`, since setuptools leaves dotfiles out of a wheel, and a
`.j2` file is a Jinja template), the workflows from workflows.py, CODEOWNERS from
commands/codeowners.py and the browser editor's configuration from cms_config.py, made from the
mkdocs.yml written here. Every value is checked first, by the rule the build applies to
the setting it becomes; then the generator's own `check` runs on the result, and a folder
it finds an error in is removed again, so that what `init` leaves always builds.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .. import __version__, cms_config
from ..commands import codeowners
from ..domain.text.plain import CONTROL, invisible_in, markup_in
from ..messages import Message, msg
from ..sources.errors import Bilingual
from ..sources.front_matter.fields import is_https_url
from ..sources.options import rules
from ..sources.options.logo import SUFFIXES as LOGO_SUFFIXES
from ..sources.options.logo import Logo, read_logo
from ..sources.options.press_contact import OptionError
from . import workflows

FILES = Path(__file__).parent / "files"
HANDBOOK = "HANDBOEK.md"
HANDBOOK_IMAGES = "handboek"
LOGO_FOLDER = "theme"
NAME_MAX = 100
DESCRIPTION_MAX = 300
# The files of `files/` a network gets, as stored there (dot- for a dot, .j2 a template).
SKELETON = (
    "mkdocs.yml.j2", "README.md.j2", "requirements.txt.j2", "dot-gitignore",
    "dot-github/pull_request_template.md",
    "content/index.md.j2", "content/over-het-netwerk.md.j2",
    "content/je-pagina-bewerken.md.j2",
    "ambassadors/README.md", "stories/README.md", "content/events/README.md",
    "content/appointments/README.md", "content/newsletter/README.md",
    "private/README.md",
)
# The editing guide (content/je-pagina-bewerken.md) shows the browser editor with the
# handbook's pictures of it (scripts/editor_screenshots.py), published beside the guide.
GUIDE_IMAGES = "content/assets/images/bewerken"
FORM_IMAGES = ("admin-login.png", "admin-collection.png", "admin-podium-entry.png")
# Who reviews everything, until the coordinator names the network's own team.
PLACEHOLDER_TEAM = "@organisatie/redactie"
# OWNER/NAME as GitHub allows them: an account of letters, digits and single hyphens, a
# repository of letters, digits, '.', '_' and '-' (never '.' or '..' alone).
_REPOSITORY = re.compile(r"([A-Za-z0-9](?:-?[A-Za-z0-9]){0,38})/"
                         r"(?!\.\.?$)([A-Za-z0-9._-]{1,100})")
# Markdown's own punctuation, escaped where a value lands in a page's text.
_MARKDOWN = re.compile(r"([\\`*_\[\]<>|~#!])")


class InitError(Bilingual):
    """A value `init` cannot use, or a folder it may not write in: said in English and in
    Dutch, naming the flag."""


@dataclass(frozen=True)
class Network:
    """The values of a new network, each checked by its rule (`network_of`)."""

    name: str
    site_url: str
    description: str | None = None
    colour: str | None = None
    logo: Logo | None = None          # the file to copy, as checked and read
    repository: str | None = None     # OWNER/NAME on GitHub

    @property
    def repo_url(self) -> str | None:
        return f"https://github.com/{self.repository}" if self.repository else None

    @property
    def logo_path(self) -> str | None:
        """Where the logo lands, relative to mkdocs.yml: `theme/logo.svg` or `.png`."""
        return f"{LOGO_FOLDER}/logo.{self.logo.kind}" if self.logo else None

    @property
    def maintainers(self) -> tuple[str, ...]:
        owner = self.repository.split("/")[0] if self.repository else None
        return (f"@{owner}/redactie",) if owner else (PLACEHOLDER_TEAM,)


def _bad(flag: str, expected: Message, value: object) -> InitError:
    return InitError(msg("init.bad_value", flag=flag, expected=expected,
                         value=rules.shown(value)))


def plain_text(flag: str, value: str | None, limit: int) -> str | None:
    """One line of plain text, as a `Text` field takes it: no markup, no invisible or
    control characters, not only spaces, at most `limit` characters."""
    if value is None:
        return None
    text = value.strip()
    expected = msg("init.plain_text", limit=limit)
    one_line = len(text.splitlines()) == 1 and "\t" not in text   # also U+2028, U+0085
    if not text or len(text) > limit or not one_line or CONTROL.search(text) \
            or markup_in(text) is not None or invisible_in(text) is not None:
        raise _bad(flag, expected, value)
    return text


def site_url(value: str) -> str:
    """The site_url rule, and https: a new network is published, never on localhost."""
    try:
        checked = rules.site_url("--site-url", value)
    except OptionError:
        raise _bad("--site-url", msg("init.https"), value) from None
    if not is_https_url(checked):
        raise _bad("--site-url", msg("init.https"), value)
    return checked if checked.endswith("/") else checked + "/"


def repository(value: str | None) -> str | None:
    if value is None:
        return None
    if not _REPOSITORY.fullmatch(value) or not value.isascii():
        raise _bad("--repository", msg("init.repository"), value)
    return value


def colour(value: str | None, rule: Callable[[str, object], object] | None) -> str | None:
    """The `colour` option's own rule (generator/config.py), which also says why a colour
    is too light or too dark."""
    if value is None:
        return None
    if rule is None:
        raise InitError(msg("init.no_option", flag="--colour", option="colour"))
    try:
        rule("colour", value)
    except OptionError as exc:
        raise InitError(msg("init.option", flag="--colour", problem=exc.text)) from None
    return value


def logo(value: str | None) -> Logo | None:
    """An .svg or .png file that is not a link, held to the `logo` option's rules
    (sources/options/logo.py: size, shape, a real PNG, an SVG without scripts or outside links)."""
    if value is None:
        return None
    path = Path(value)
    if path.is_symlink() or not path.is_file() or path.suffix.lower() not in LOGO_SUFFIXES:
        raise _bad("--logo", msg("init.logo"), value)
    try:
        return read_logo(path.parent, path.name)
    except OptionError as exc:
        raise InitError(msg("init.option", flag="--logo", problem=exc.text)) from None


def network_of(name: str, url: str, description: str | None = None,
               colour_value: str | None = None, logo_file: str | None = None,
               repository_name: str | None = None) -> Network:
    """The values as given on the command line, each checked: InitError on the first bad
    one, naming its flag."""
    checked_name = plain_text("--name", name, NAME_MAX)
    assert checked_name is not None
    return Network(name=checked_name, site_url=site_url(url),
                   description=plain_text("--description", description, DESCRIPTION_MAX),
                   colour=colour(colour_value, colour_rule()), logo=logo(logo_file),
                   repository=repository(repository_name))


def colour_rule() -> Callable[[str, object], object] | None:
    """The rule of the plugin's `colour` option, where the generator has one."""
    from ..config import AmbassadorsConfig

    option = dict(AmbassadorsConfig._schema).get("colour")
    return getattr(option, "parse", None)


def _markdown(value: str) -> str:
    return _MARKDOWN.sub(r"\\\1", value)


def _yaml(value: str) -> str:
    """A double-quoted YAML scalar (JSON's strings are YAML's): never a tag or a number."""
    return json.dumps(value, ensure_ascii=False)


def _templates() -> Environment:
    # Autoescape off: the output is YAML, Markdown and text, never HTML; every value is
    # checked above and goes through the filter of the file it lands in.
    env = Environment(loader=FileSystemLoader(FILES), autoescape=False,
                      undefined=StrictUndefined, keep_trailing_newline=True)
    env.filters["md"] = _markdown
    env.filters["yaml"] = _yaml
    return env


def target_name(stored: str) -> str:
    """`dot-github/x.md.j2` -> `.github/x.md`."""
    parts = [f".{p[4:]}" if p.startswith("dot-") else p for p in stored.split("/")]
    name = "/".join(parts)
    return name[:-3] if name.endswith(".j2") else name


def files(network: Network) -> dict[str, str | bytes]:
    """Every file of the new repository but the browser editor's configuration (which is
    made from the written mkdocs.yml), by its path relative to the repository."""
    handbook = (FILES / HANDBOOK).is_file()
    values = {"name": network.name, "site_url": network.site_url,
              "description": network.description, "colour": network.colour,
              "logo": network.logo_path, "repo_url": network.repo_url,
              "version": __version__, "handbook": handbook,
              "maintainers": " ".join(network.maintainers),
              # The guide's browser-editor part needs the repository (/admin/ signs in
              # to it); no contact address is known yet.
              "form": network.repo_url is not None, "contact": None}
    env = _templates()
    result: dict[str, str | bytes] = {}
    for stored in SKELETON:
        if stored.endswith(".j2"):
            result[target_name(stored)] = env.get_template(stored).render(values)
        else:
            result[target_name(stored)] = (FILES / stored).read_bytes()
    if handbook:
        result[HANDBOOK] = (FILES / HANDBOOK).read_bytes()
        images = FILES / HANDBOOK_IMAGES
        for image in sorted(images.rglob("*")) if images.is_dir() else ():
            if image.is_file() and not image.is_symlink():
                result[f"{HANDBOOK_IMAGES}/{image.relative_to(images).as_posix()}"] = \
                    image.read_bytes()
    if network.repo_url is not None:
        for image in FORM_IMAGES:
            result[f"{GUIDE_IMAGES}/{image}"] = (FILES / HANDBOOK_IMAGES / image).read_bytes()
    result.update(workflows.workflow_files())
    result[codeowners.PATH] = codeowners.codeowners(
        {}, network.maintainers, "ambassadors",
        codeowners.code_paths(name.split("/", 1)[0] for name in result))
    if network.logo is not None and network.logo_path is not None:
        result[network.logo_path] = network.logo.data
    return result


def create(folder: Path, network: Network) -> list[str]:
    """Write the repository into `folder` (made when missing; refused when not empty), then
    `check` it; on an error there everything written is removed again. Returns the paths
    written, relative to the folder."""
    made = not folder.exists()
    if not made and (not folder.is_dir() or folder.is_symlink() or any(folder.iterdir())):
        raise InitError(msg("init.not_empty", folder=str(folder)))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        written = _write(folder, files(network))
        written.append(_write_cms_config(folder, network))
        problems = _check(folder)
    except BaseException:
        _undo(folder, made)
        raise
    if problems:
        _undo(folder, made)
        raise InitError(msg("init.check_failed", problems="\n".join(problems)))
    return sorted(w for w in written if w)


def _write(folder: Path, contents: Mapping[str, str | bytes]) -> list[str]:
    for name, content in contents.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("xb") as out:   # never over a file, even in a race
            out.write(content.encode("utf-8") if isinstance(content, str) else content)
    return list(contents)


def _write_cms_config(folder: Path, network: Network) -> str | None:
    """content/admin/config.yml, as `cms-config --write` makes it from this mkdocs.yml. Only
    with a repository: the editor saves to it, and without one there is no /admin/ (the
    README says how to add it later)."""
    if network.repository is None:
        return None
    from ..mkdocs_yml import read_settings

    settings = read_settings(folder / "mkdocs.yml")
    path = cms_config.target(settings)
    text = cms_config.render(settings, network.site_url, network.repo_url)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return settings.layout.relative(path)


def _check(folder: Path) -> list[str]:
    """The errors `python -m generator check` finds in the new repository, as lines."""
    done = subprocess.run([sys.executable, "-m", "generator", "check", "--format", "json"],
                          cwd=folder, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONSAFEPATH": "1"})
    try:
        found = json.loads(done.stdout or "[]")
    except json.JSONDecodeError:
        found = None
    if not isinstance(found, list):
        return [(done.stdout + done.stderr).strip() or f"exit {done.returncode}"]
    return [f"{p.get('path')}: {p.get('message')}" for p in found
            if isinstance(p, dict) and p.get("severity") == "error"] or \
        ([] if done.returncode == 0 else [done.stderr.strip()])


def _undo(folder: Path, made: bool) -> None:
    """Remove what `create` wrote: the folder when it made it, else its contents (it was
    empty before)."""
    if made:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
