"""The plugin's options from mkdocs.yml, for the commands, without loading the whole build.

`mkdocs.config.load_config` also loads the theme and imports every plugin (ours with all its
renderers, the search plugin, Material): a third of `check`'s time on a large site. The
commands need only `docs_dir` and our options, validated by the same option classes the
build uses. A file this reader does not know how to take (INHERIT, unusual plugin entries)
goes to MkDocs' own loader instead, so both always agree.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from .config import AmbassadorsConfig, settings_of
from .site_loader import Settings
from .sources.press_contact import OptionError

PLUGIN = "ambassadors"


class ConfigError(Exception):
    """mkdocs.yml cannot be used: the message names the file and what is wrong."""


class _Unusual(Exception):
    """Something only MkDocs' full loader handles."""


def read_settings(config_file: Path) -> Settings:
    if not config_file.is_file():
        raise ConfigError(f"{config_file} not found: run this from the site's root folder")
    config_file = config_file.resolve()
    try:
        return _quick(config_file)
    except _Unusual:
        return _full(config_file)


def _quick(config_file: Path) -> Settings:
    from mkdocs.exceptions import ConfigurationError
    from mkdocs.utils.yaml import yaml_load

    try:
        with config_file.open("rb") as fd:
            raw = yaml_load(fd)
    except ConfigurationError as exc:
        raise ConfigError(f"{config_file}: {exc}") from None
    except Exception:  # noqa: BLE001 - e.g. a tag only the full loader resolves
        raise _Unusual from None
    if not isinstance(raw, dict) or "INHERIT" in raw:
        raise _Unusual
    docs_dir = raw.get("docs_dir", "docs")
    if not isinstance(docs_dir, str):
        raise _Unusual
    options = _plugin_options(raw.get("plugins", []), config_file)
    config = AmbassadorsConfig(config_file_path=str(config_file))
    config.load_dict(options)
    errors, _ = config.validate()
    if errors:
        listing = "; ".join(f"{key}: {error}" for key, error in errors)
        raise ConfigError(f"{config_file}: plugins: {PLUGIN}: {listing}")
    if not (config_file.parent / docs_dir).is_dir():
        raise ConfigError(f"{config_file}: docs_dir: the folder {docs_dir!r} does not exist "
                          "(relative to mkdocs.yml)")
    return _settings(config, str(config_file), str(config_file.parent / docs_dir))


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


def _full(config_file: Path) -> Settings:
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    from .plugin import AmbassadorsPlugin

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    try:
        config = load_config(str(config_file))
    except ConfigurationError as exc:
        raise ConfigError(f"{config_file}: {exc}") from None
    except Abort:  # MkDocs has logged each bad value; say it once more, whole
        raise ConfigError(f"{config_file}: configuration errors; run 'mkdocs build' to see "
                          "them") from None
    plugin = next((p for p in config.plugins.values() if isinstance(p, AmbassadorsPlugin)),
                  None)
    if plugin is None:
        raise ConfigError(f"{config_file} does not list the '{PLUGIN}' plugin")
    return _settings(plugin.config, config.config_file_path, config.docs_dir)


def _settings(options: AmbassadorsConfig, config_file: str, docs_dir: str) -> Settings:
    try:
        return settings_of(options, config_file, docs_dir)
    except OptionError as exc:
        raise ConfigError(str(exc)) from None
