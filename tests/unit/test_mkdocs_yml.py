"""The commands read mkdocs.yml quickly, and exactly as MkDocs' own loader would."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.mkdocs_yml import ConfigError, _full, read_settings

REPO = Path(__file__).resolve().parents[2]


def _yml(tmp_path: Path, text: str) -> Path:
    for folder in ("docs", "inhoud"):
        (tmp_path / folder).mkdir(exist_ok=True)
    if "site_url" not in text:   # required, by check as by the build
        text = "site_url: https://t.example/\n" + text
    path = tmp_path / "mkdocs.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_demo_config_reads_the_same_as_with_mkdocs() -> None:
    config = REPO / "mkdocs.yml"
    assert read_settings(config) == _full(config)


@pytest.mark.parametrize("plugins", [
    "plugins:\n  - search\n  - ambassadors:\n      podium_minimum: 4\n      stories_dir: verhalen\n"
    "      timezone: Europe/Brussels\n",
    "plugins:\n  search: {}\n  ambassadors:\n    podium_minimum: 4\n    stories_dir: verhalen\n"
    "    timezone: Europe/Brussels\n",
])
def test_options_folders_and_docs_dir_as_mkdocs_reads_them(tmp_path: Path, plugins: str) -> None:
    config = _yml(tmp_path, "site_name: T\nsite_url: https://t.example/\ndocs_dir: inhoud\n"
                            "theme:\n  name: material\n" + plugins)
    settings = read_settings(config)
    assert settings == _full(config)
    assert settings.podium_minimum == 4 and settings.timezone == "Europe/Brussels"
    assert settings.stories_dir == tmp_path.resolve() / "verhalen"
    assert settings.docs_dir == tmp_path.resolve() / "inhoud"


def test_a_bare_plugin_name_gives_the_defaults(tmp_path: Path) -> None:
    config = _yml(tmp_path, "site_name: T\nplugins:\n  - ambassadors\n")
    settings = read_settings(config)
    assert settings.docs_dir == tmp_path.resolve() / "docs"
    assert settings.ambassadors_dir == tmp_path.resolve() / "ambassadors"
    assert settings.podium_minimum == 3


def test_an_inherited_config_goes_to_mkdocs_own_loader(tmp_path: Path) -> None:
    _yml(tmp_path, "site_name: T\nplugins:\n  - ambassadors:\n      term_years: 3\n")
    (tmp_path / "child.yml").write_text("INHERIT: mkdocs.yml\nsite_name: Kind\n")
    assert read_settings(tmp_path / "child.yml").term_years == 3


@pytest.mark.parametrize(("text", "expected"), [
    ("site_name: T\nplugins:\n  - search\n", "does not list the 'ambassadors' plugin"),
    ("site_name: T\nplugins:\n  - ambassadors:\n      podium_minimum: drie\n",
     "podium_minimum"),
    ("site_name: T\nplugins: [\n", "not readable as YAML"),
])
def test_bad_configs_are_named_errors(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError, match=expected) as caught:
        read_settings(_yml(tmp_path, text))
    assert "mkdocs.yml" in str(caught.value)


def test_a_missing_docs_dir_is_named(tmp_path: Path) -> None:
    config = _yml(tmp_path, "site_name: T\ndocs_dir: inhoud\nplugins:\n  - ambassadors\n")
    (tmp_path / "inhoud").rmdir()
    with pytest.raises(ConfigError, match="docs_dir: the folder 'inhoud' does not exist"):
        read_settings(config)


def test_a_missing_config_says_where_to_run(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="run this from the site's root folder"):
        read_settings(tmp_path / "mkdocs.yml")
