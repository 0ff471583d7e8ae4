"""Checks mkdocs.yml by the rules declared in config.py: every plugin option, the MkDocs
settings that reach visitors, the folders together, what MkDocs itself does not know, and
the entries that make a build run code. `check` (mkdocs_yml.py) and the build
(plugin.py, `on_config`) both call `check_config`, so that they reach one verdict; each
problem is a problem of the file mkdocs.yml with its line and field."""

from __future__ import annotations

import contextlib
import difflib
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c

from .config import CONFIG_NAME, SETTINGS, AmbassadorsConfig, Option
from .domain.problems import quote
from .messages import Message, msg
from .messages.severity import severity_of
from .sources.errors import Problem, Report
from .sources.files.tracked import tracked
from .sources.options import rules
from .sources.options.config_file import PLUGIN, ConfigNodes
from .sources.options.logo import logo_message
from .sources.options.press_contact import OptionError
from .sources.options.rules import Parser, check_folders, place

FOLDERS = ("ambassadors_dir", "stories_dir", "private_dir", "cache_dir")
DOCS_FOLDERS = ("events_dir", "appointments_dir", "newsletter_dir")

# Top-level settings whose entries run code during a build: an advisory each, so that a
# coordinator reviews the change (issue 26, item 9).
CODE_SETTINGS = ("hooks", "extra_templates")


def check_config(options: AmbassadorsConfig, site: Mapping[str, object], nodes: ConfigNodes,
                 root: Path, report: Report, name: str = CONFIG_NAME) -> None:
    """Every option and visitor-facing setting by its rule, the folders together, and each
    entry that makes the build run code (an advisory): `check` and the build alike.
    `site` holds the MkDocs settings (SETTINGS, `docs_dir`, `site_dir`) as MkDocs has them."""
    failed: set[str] = set()
    for key, rule in SETTINGS.items():
        if key in site:
            failed |= _run(rule, key, site[key], nodes.top(key), report, name)
    if site.get("edit_uri") and site.get("edit_uri_template") and "edit_uri" not in failed:
        report.add(name, nodes.top("edit_uri_template"), "edit_uri_template",
                   msg("option.edit_uri_both"))
    for key, option in options._schema:
        if isinstance(option, Option):
            failed |= _run(option.parse, key, options[key], nodes.option(key), report, name)
    _check_folders(options, site, root, failed, nodes, report, name)
    if options["logo"] and "logo" not in failed:   # the file itself (sources/options/logo.py)
        problem = logo_message(root, options["logo"])
        if problem is not None:
            add_option_error(report, name, nodes.option("logo"), "logo", problem)
    # Code the build runs: hooks are Python; extra templates are Jinja rendered outside any
    # sandbox, which reaches Python as well.
    for key in CODE_SETTINGS:
        for path, line in nodes.entries(key):
            report.add(name, line, key, msg("option.hooks", path=rules.shown(path)))
    for key, line, first in nodes.keys_twice():
        report.add(name, line, key, msg("field.twice", name=key, first=first))
    for tag, line in nodes.python_tags():
        report.add(name, line, None, msg("option.python_tag", tag=tag))
    report.problems.sort(key=lambda problem: problem.line or 0)


def _run(rule: Parser, key: str, value: object, line: int | None, report: Report,
         name: str) -> set[str]:
    try:
        rule(key, value)
    except OptionError as exc:
        add_option_error(report, name, line, key, exc.text)
        return {key}
    return set()


def _check_folders(options: AmbassadorsConfig, site: Mapping[str, object], root: Path,
                   failed: set[str], nodes: ConfigNodes, report: Report, name: str) -> None:
    docs = place("docs_dir", str(site.get("docs_dir") or "docs"), root)
    own = [place(key, options[key], root, nodes.written(key)) for key in FOLDERS
           if key not in failed and options[key] is not None]
    in_docs = [place(key, options[key], docs.path, nodes.written(key)) for key in DOCS_FOLDERS
               if key not in failed]
    output = place("site_dir", str(site.get("site_dir") or "site"), root,
                   nodes.top("site_dir") is not None)
    blamed = set()
    for option, error in check_folders(root, own, docs, output, in_docs):
        line = nodes.top(option) if option in ("site_dir", "docs_dir") else nodes.option(option)
        add_option_error(report, name, line, option, error.text)
        blamed.add(option)
    cache = next((p for p in own if p.option == "cache_dir"), None)
    if cache is not None and options["cache"] and "cache_dir" not in blamed:
        files = tracked(root, cache.path)
        if files:
            add_option_error(report, name, nodes.option("cache_dir"), "cache_dir", msg(
                "option.cache_tracked", option="cache_dir", folder=quote(cache.written),
                count=len(files), files=", ".join(quote(f) for f in files[:3])))


def add_option_error(report: Report, name: str, line: int | None, option: str,
                     text: Message) -> None:
    """A problem of mkdocs.yml. The messages name the option (or its part, like
    `press_contact.email` or `labels.title`) first; that becomes the problem's field."""
    english, dutch = text.en, text.nl
    field: str | None = option
    if english.startswith(option) and english[len(option):len(option) + 1] in (":", "."):
        field, _, english = english.partition(": ")
        dutch = dutch.partition(": ")[2] if dutch.startswith(field + ": ") else dutch
    elif english.startswith(option + " "):   # "site_url is required, ..."
        field = None
    report.problems.append(Problem(name, line, field, english, severity_of(text.id), dutch,
                                   message_id=text.id))


def unknown_options(warnings: list[tuple[str, str]], nodes: ConfigNodes, report: Report,
                    name: str = CONFIG_NAME) -> None:
    """Options of ours that MkDocs does not know: it warns, and --strict fails."""
    known = [key for key, _ in AmbassadorsConfig._schema]
    for key, _ in warnings:
        if key not in known:
            report.add(name, nodes.option(key), key,
                       msg("option.unknown", plugin=PLUGIN, close=_close(key, known)))


# Settings MkDocs' own validation would run code for (a hook is imported as it is
# validated); and those the rules above judge already, with their own words.
_NOT_LOADED = {"hooks", "INHERIT"}
_JUDGED = {"site_url", "repo_url", "edit_uri", "edit_uri_template", "docs_dir", "site_dir"}


def engine_settings(raw: Mapping[str, Any], nodes: ConfigNodes, config_file: Path,
                    report: Report) -> None:
    """The engine's own verdict on the settings our rules do not judge (`theme`, `nav`,
    `markdown_extensions`, other plugins' options, ...): MkDocs' validation, which a build
    runs first, on the file as read without running code. Each error or warning of it stops
    a strict build, so each is an error here. A setting holding a `!!python/...` tag is left
    to the build (check never constructs one; that tag is an advisory already), and so are
    unknown settings, said above."""
    from mkdocs.config.defaults import MkDocsConfig

    skipped = _NOT_LOADED | nodes.tagged_keys()
    known = {key for key, option in MkDocsConfig._schema  # the rest: unknown_settings
             if not isinstance(option, c.Deprecated)}
    name = config_file.name
    config = MkDocsConfig(config_file_path=str(config_file))
    config.load_dict({key: value for key, value in raw.items()
                      if key not in skipped and key in known})
    skipped |= _JUDGED
    with outside_imports(config_file.parent):
        errors, warnings = config.validate()
    for key, said in [*errors, *warnings]:
        text = " ".join(str(said).split())
        if key in skipped or f"Plugin '{PLUGIN}'" in text:
            continue  # ours: unknown_options says it with its line
        report.add(name, nodes.top(key), key, msg("option.mkdocs", said=text[:300]))


@contextlib.contextmanager
def outside_imports(root: Path) -> Iterator[None]:
    """No module is imported from the repository meanwhile: `python -m generator` puts the
    current folder first on the import path, so a `markdown_extensions` entry naming a file
    of a pull request would run it (`mkdocs build`, started as a command, would not)."""
    saved = list(sys.path)
    repository = {root.resolve(), Path.cwd().resolve()}
    # Only the folders themselves: a virtual environment inside the repository (.venv) is
    # where the installed packages are, and stays.
    sys.path[:] = [entry for entry in saved if entry and Path(entry).resolve() not in repository]
    try:
        yield
    finally:
        sys.path[:] = saved


def unknown_settings(keys: list[str], nodes: ConfigNodes, report: Report,
                     name: str = CONFIG_NAME) -> None:
    """Top-level keys MkDocs does not know (or no longer supports): it warns, and --strict
    fails."""
    from mkdocs.config.defaults import MkDocsConfig

    known = [key for key, option in MkDocsConfig._schema
             if not isinstance(option, c.Deprecated) and key != "config_file_path"]
    for key in keys:
        if key not in known and key != "INHERIT":
            report.add(name, nodes.top(str(key)), str(key),
                       msg("option.setting_unknown", close=_close(str(key), known)))


def _close(key: str, known: list[str]) -> Message | str:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return msg("value.close", close=close[0]) if close else ""


def mkdocs_settings(config: Mapping[str, Any], nodes: ConfigNodes,
                    serving: bool = False) -> dict[str, object]:
    """The settings check_config judges, from MkDocs' config or the file as loaded. Under
    `mkdocs serve` site_url is the preview server's own address (any host `-a` names):
    judged as the file writes it then, or not at all when it is not written plainly."""
    site = {key: config.get(key) for key in SETTINGS}
    if site["edit_uri_template"] is not None:
        site["edit_uri_template"] = str(site["edit_uri_template"])
    if serving:
        written = as_written(nodes, "site_url", _UNKNOWN, None)
        site.pop("site_url")
        if written is not _UNKNOWN:
            site["site_url"] = written
    # edit_uri as written: MkDocs fills in a default for GitHub, which is no one's choice
    for key, default in (("docs_dir", "docs"), ("site_dir", "site"), ("edit_uri", None)):
        site[key] = as_written(nodes, key, config.get(key), default)
    return site


_UNKNOWN = object()


def as_written(nodes: ConfigNodes, key: str, constructed: object, default: object) -> object:
    """A top-level setting as mkdocs.yml writes it: the command line's `--site-dir` is the
    operator's choice, not the file's (the publishing workflow and previews build
    elsewhere), and the file is what a pull request changes. Unwritten: the default, or
    what an inherited file (INHERIT) gives."""
    if nodes.top(key) is None:
        return constructed if nodes.top("INHERIT") is not None else default
    written = nodes.scalar(key)
    return written if written is not None else constructed
