"""mkdocs.yml for the commands: the plugin's options and the settings that reach visitors,
checked by the same rules as the build (config_check.py, `check_config`), each problem a problem
of the file mkdocs.yml with its line.

`mkdocs.config.load_config` also loads the theme and imports every plugin (ours with all its
renderers, the search plugin, Material): a third of `check`'s time on a large site. The
commands need only `docs_dir` and our options, so the quick path reads the file itself,
with a loader that runs no code: a `!!python/...` tag is an advisory here, never executed
by `check`. A file this reader does not know how to take (INHERIT, unusual plugin entries)
goes to MkDocs' own loader instead, whose complaints become problems too.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import yaml

from .config import AmbassadorsConfig, settings_of
from .config_check import (
    check_config,
    engine_settings,
    mkdocs_settings,
    outside_imports,
    unknown_options,
    unknown_settings,
)
from .messages import msg
from .site_loader import Settings
from .sources.errors import Report
from .sources.options.config_file import PLUGIN, ConfigNodes
from .sources.options.press_contact import OptionError


class ConfigError(Exception):
    """mkdocs.yml cannot be used at all (missing, or not a site of this plugin): a usage
    error of the command, exit 2."""


class OptionsInvalid(ConfigError):
    """mkdocs.yml has errors: each is in `report`, with its line and field."""

    def __init__(self, report: Report) -> None:
        super().__init__("\n".join(str(p) for p in report.errors))
        self.report = report


class _Unusual(Exception):
    """Something only MkDocs' full loader handles."""


def read_settings(config_file: Path) -> Settings:
    """The settings, for the commands that need them whole; errors raise OptionsInvalid."""
    report = Report()
    settings = read_config(config_file, report)
    if settings is None:
        raise OptionsInvalid(report)
    return settings


def read_config(config_file: Path, report: Report) -> Settings | None:
    """The settings, with every problem of mkdocs.yml (errors and advisories) added to
    `report`; None when an error leaves them unusable."""
    if not config_file.is_file():
        raise ConfigError(f"{config_file} not found: run this from the site's root folder")
    config_file = config_file.resolve()
    found = Report()
    try:
        settings = _quick(config_file, found)
    except _Unusual:
        found = Report()
        settings = _full(config_file, found)
    report.problems.extend(found.problems)
    return None if found.errors else settings


def load_inert(config_file: Path) -> object:
    """mkdocs.yml as MkDocs' loader reads it (`!ENV` included), but no tag runs code."""
    return yaml.load(config_file.read_text(encoding="utf-8-sig"),  # noqa: S506 - safe
                     Loader=_inert_loader())


def _quick(config_file: Path, report: Report) -> Settings | None:
    try:
        raw = load_inert(config_file)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        report.add(config_file.name, mark.line + 1 if mark else None, None,
                   msg("option.yaml", problem=" ".join(str(exc).split())[:300]))
        return None
    except (OSError, UnicodeDecodeError):
        raise _Unusual from None
    if not isinstance(raw, dict) or "INHERIT" in raw:
        raise _Unusual
    docs_dir = raw.get("docs_dir", "docs")
    if not isinstance(docs_dir, str):
        raise _Unusual
    nodes = ConfigNodes.read(config_file)
    options = _plugin_options(raw.get("plugins", []), config_file)
    config = AmbassadorsConfig(config_file_path=str(config_file))
    config.load_dict(options)
    _, warnings = config.validate()   # our options take any value; the rules come below
    unknown_options(warnings, nodes, report, config_file.name)
    unknown_settings([str(key) for key in raw], nodes, report, config_file.name)
    if not (config_file.parent / docs_dir).is_dir():
        report.add(config_file.name, nodes.top("docs_dir"), "docs_dir",
                   msg("option.docs_dir_missing", folder=repr(docs_dir)))
        return None
    site = mkdocs_settings(raw, nodes)
    check_config(config, site, nodes, config_file.parent, report, config_file.name)
    engine_settings(raw, nodes, config_file, report)
    theme = raw.get("theme")
    return _settings(config, str(config_file), str(config_file.parent / docs_dir),
                     raw.get("site_url"), report,
                     theme.get("custom_dir") if isinstance(theme, dict) else None)


def _inert_loader() -> type:
    """MkDocs' loader on PyYAML's safe one: `!ENV` as MkDocs reads it; `!!python/...` and
    other tags as plain values, never imported or called."""
    from mkdocs.utils.yaml import get_yaml_loader

    loader = get_yaml_loader(yaml.SafeLoader)
    for prefix in ("tag:yaml.org,2002:python/", "!"):
        loader.add_multi_constructor(prefix, _inert)
    return loader


def _inert(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> object:
    return loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode) else None


def _plugin_options(plugins: Any, config_file: Path) -> dict[str, Any]:
    """Our entry in `plugins:`, a list of names and one-key mappings, or a mapping."""
    if isinstance(plugins, dict):
        plugins = [{name: value} for name, value in plugins.items()]
    if not isinstance(plugins, list):
        raise _Unusual
    for entry in plugins:
        if entry == PLUGIN:
            return {}
        if isinstance(entry, dict) and PLUGIN in entry:
            options = entry[PLUGIN]
            if options is None:
                return {}
            if not isinstance(options, dict):
                raise _Unusual
            return options
    raise ConfigError(f"{config_file} does not list the '{PLUGIN}' plugin")


def _full(config_file: Path, report: Report | None = None) -> Settings | None:
    """MkDocs' own loader: what it logs as a warning or an error is a problem of the file
    (a --strict build fails on each)."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    report = report if report is not None else Report()
    with _MkDocsSays() as said, outside_imports(config_file.parent):
        try:
            config = load_config(str(config_file))
        except ConfigurationError as exc:
            said.append(str(exc))
            config = None
        except Abort:
            config = None
    if config is None and not said:
        said.append("the configuration could not be loaded")
    for text in said:
        report.add(config_file.name, None, None,
                   msg("option.mkdocs", said=" ".join(text.split())[:300]))
    if config is None:
        return None
    # By the name it is listed under (its entry point), not its class: the adapter
    # (plugin.py) builds on this module, not the other way round.
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        raise ConfigError(f"{config_file} does not list the '{PLUGIN}' plugin")
    nodes = ConfigNodes.read(config_file)
    check_config(plugin.config, mkdocs_settings(config, nodes), nodes, config_file.parent,
                 report, config_file.name)
    return _settings(plugin.config, config.config_file_path, config.docs_dir,
                     config.site_url, report, config.theme.custom_dir)


class _MkDocsSays(list[str]):
    """The warnings and errors MkDocs logs while it loads the file, kept instead of shown."""

    def __enter__(self) -> _MkDocsSays:
        self.logger = logging.getLogger("mkdocs")
        self.saved = (self.logger.level, self.logger.propagate)
        self.handler = _Collect(self)
        self.logger.addHandler(self.handler)
        self.logger.setLevel(logging.WARNING)
        self.logger.propagate = False
        return self

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self.handler)
        self.logger.setLevel(self.saved[0])
        self.logger.propagate = self.saved[1]


class _Collect(logging.Handler):
    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record.getMessage())


def _settings(options: AmbassadorsConfig, config_file: str, docs_dir: str, site_url: object,
              report: Report, custom_dir: object = None) -> Settings | None:
    if report.errors:
        return None
    try:
        return settings_of(options, config_file, os.fspath(docs_dir), site_url, custom_dir)
    except OptionError as exc:   # every rule ran above; a guard, not a path
        report.add(Path(config_file).name, None, None, exc.text)
        return None
