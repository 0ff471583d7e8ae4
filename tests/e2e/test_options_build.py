"""Options are fields, end to end: for a hostile mkdocs.yml `check` exits 1 exactly when
`mkdocs build --strict` fails, both name the option and its line in English and Dutch,
neither prints a traceback, and nothing is written outside the repository (issue 26)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.sitebuilder import build, run_cli
from tests.zorgnetwerk import EPOCH, write_site

FIRST_OPTION_LINE = 15   # the first line after the base site's plugin options

# (extra lines of mkdocs.yml: plugin options at 6 spaces, or top-level lines, field)
HOSTILE = {
    "term-years-huge": ("      term_years: 1000000000000000000000000000000", "term_years"),
    "past-days-huge": ("      calendar_past_days: 1000000000000000000000000000000",
                       "calendar_past_days"),
    "feed-items-bool": ("      feed_items: true", "feed_items"),
    "colour-name": ("      card_colors: [red, blue]", "card_colors"),
    "label-placeholder": ("      labels:\n        active_count: '{n} actief {x}'",
                          "labels.active_count"),
    "label-markup": ("      labels:\n        ambassadors: '<img src=x onerror=alert(1)>'",
                     "labels.ambassadors"),
    "label-unknown": ("      labels:\n        ambassadeurs: Wij", "labels"),
    "cache-outside": ("      cache_dir: ../buiten/cache", "cache_dir"),
    "stories-in-docs": ("      stories_dir: docs/verhalen", "stories_dir"),
    "private-in-docs": ("      private_dir: docs/prive", "private_dir"),
    "urls-twice": ("      urls:\n        stories: ambassadeurs", "urls"),
    # written a second time, below the base site's own: YAML takes the last one
    "edit-uri-script": ("edit_uri: 'javascript:alert(1)//'", "edit_uri"),
    "site-dir-outside": ("site_dir: ../uitvoer", "site_dir"),
    "timezone": ("      timezone: ../../etc/localtime", "timezone"),
}


def _outside(tmp_path: Path, root: Path) -> set[Path]:
    """Every file under tmp_path but outside the site's repository."""
    return {p for p in tmp_path.rglob("*") if root not in p.parents and p != root}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_check_and_the_strict_build_refuse_a_hostile_option_alike(tmp_path: Path,
                                                                  name: str) -> None:
    extra, field = HOSTILE[name]
    root = write_site(tmp_path / "repo", extra)
    before = _outside(tmp_path, root)
    checked = run_cli(root, "check", epoch=EPOCH)
    result = build(root, EPOCH)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert result.code != 0, result.out
    for output in (checked.stdout + checked.stderr, result.out):
        assert "Traceback" not in output
        assert re.search(rf"mkdocs\.yml:\d+: {re.escape(field)}:", output), output
        assert re.search(rf"NL: mkdocs\.yml:\d+: {re.escape(field)}:", output), output
    lines = {int(n) for n in re.findall(rf"mkdocs\.yml:(\d+): {re.escape(field)}:",
                                        checked.stdout + result.out)}
    assert len(lines) == 1 and lines.pop() >= FIRST_OPTION_LINE
    assert _outside(tmp_path, root) == before, "the build wrote outside the repository"
    assert not (result.site / "index.html").exists()


@pytest.mark.parametrize(("extra", "field"), [("      term_year: 3", "term_year"),
                                               ("sitename: Zorg", "sitename")])
def test_what_mkdocs_does_not_know_fails_check_as_it_fails_the_strict_build(
        tmp_path: Path, extra: str, field: str) -> None:
    """MkDocs warns about an unknown option or setting (the strict build stops on that
    warning, in its own words); check says it as an error on its line."""
    root = write_site(tmp_path, extra)
    checked = run_cli(root, "check", epoch=EPOCH)
    assert checked.returncode == 1
    assert f"mkdocs.yml:{FIRST_OPTION_LINE}: {field}: not " in checked.stdout
    result = build(root, EPOCH)
    assert result.code != 0 and f"Unrecognised configuration name: {field}" in result.out
    assert "Traceback" not in checked.stderr + result.out


def test_hooks_are_an_advisory_that_never_stops_a_build(tmp_path: Path) -> None:
    root = write_site(tmp_path, "hooks:\n  - hooks/teller.py")
    (root / "hooks").mkdir()
    (root / "hooks/teller.py").write_text("def on_config(config):\n    print('HOOK RAN')\n")
    checked = run_cli(root, "check", epoch=EPOCH)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"advisory: mkdocs.yml:{FIRST_OPTION_LINE + 1}: hooks: 'hooks/teller.py' runs " \
        "code during the build: a coordinator reviews this change" in checked.stdout
    assert "NL: mkdocs.yml:16: hooks: 'hooks/teller.py' voert code uit" in checked.stdout
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    assert "HOOK RAN" in result.out and "advisory: mkdocs.yml:16: hooks:" in result.out


def test_options_at_their_bounds_build(tmp_path: Path) -> None:
    root = write_site(tmp_path, """\
      term_years: 10
      calendar_past_days: 0
      appointment_tolerance_days: 0
      feed_items: 1
      card_colors: ['#000000', '#FFFFFF']
      labels:
        active_count: '{n} active'
        ambassadors: Ambassadors & friends
      cache_dir: .cache/eigen
      urls:
        calendar: agenda
site_dir: uitvoer""")
    checked = run_cli(root, "check", epoch=EPOCH)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    home = result.page("index.html")
    assert "Ambassadors &amp; friends" in home
    assert (root / ".cache/eigen").is_dir()


def test_check_runs_no_code_a_python_tag_names(tmp_path: Path) -> None:
    """MkDocs' own loader constructs `!!python/object/apply:` (a preview build runs it, and
    check says so as an advisory); check itself, reading mkdocs.yml for its options and for
    the editor's configuration, never does."""
    marker = tmp_path / "uitgevoerd"
    root = write_site(tmp_path / "repo", "extra:\n"
                      f"  x: !!python/object/apply:os.system ['touch {marker}']")
    (root / "docs/admin").mkdir(parents=True)
    (root / "docs/admin/config.yml").write_text("backend: {}\n", encoding="utf-8")
    checked = run_cli(root, "check", epoch=EPOCH)
    assert not marker.exists(), "check ran the code of a !!python tag"
    assert f"advisory: mkdocs.yml:{FIRST_OPTION_LINE + 1}: !!python/object/apply:os.system " \
        "makes MkDocs import or run Python code" in checked.stdout
    assert "cms-config" in checked.stdout   # the editor's configuration was compared too
    assert "Traceback" not in checked.stdout + checked.stderr


@pytest.mark.parametrize("setting", [
    "markdown_extensions:\n  - stiekem\n",
    "markdown_extensions:\n  - stiekem.sub\n",
    "plugins:\n  - ambassadors:\n      ambassadors_dir: mensen\n      stories_dir: verhalen-bron\n"
    "  - stiekem\n",
], ids=["extension", "dotted-extension", "plugin"])
def test_check_imports_no_module_of_the_repository(tmp_path: Path, setting: str) -> None:
    """`python -m generator check` runs with the site's folder first on the import path: a
    pull request's mkdocs.yml naming a file of its own as an extension or plugin must not
    make check run it (MkDocs' own validation imports each extension to try it)."""
    root = write_site(tmp_path / "site")
    marker = tmp_path / "ran"
    code = f"import pathlib\npathlib.Path({str(marker)!r}).touch()\n"
    (root / "stiekem.py").write_text(code, encoding="utf-8")
    (root / "stiekem").mkdir()
    (root / "stiekem" / "__init__.py").write_text(code, encoding="utf-8")
    (root / "stiekem" / "sub.py").write_text(code, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + setting, encoding="utf-8")
    done = run_cli(root, "check", epoch=EPOCH)
    assert not marker.exists(), "check ran a module of the repository"
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    assert re.search(r"^error: mkdocs\.yml:\d+: (markdown_extensions|plugins): ", done.stdout,
                     re.MULTILINE), done.stdout
    assert build(root, EPOCH).code == 1
