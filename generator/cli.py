"""`python -m generator check | embargo`: the same rules as the build, without building."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from .domain.clock import BuildClock, ClockError
from .domain.podium import behind_first
from .render.tables import podium_table
from .site_loader import Settings, load_site
from .sources.errors import Problem, Report, Severity


class UsageError(Exception):
    """A problem with the command or mkdocs.yml rather than with the content."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except (UsageError, ClockError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator",
                                     description="Ambassador network site tools. Run from the "
                                     "folder with mkdocs.yml.")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", type=Path,
                        help="the site's mkdocs.yml (default: %(default)s)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate the sources without building")
    check.add_argument("paths", nargs="*", type=Path,
                       help="only report problems in these files or folders")
    check.add_argument("--format", choices=("text", "github"), default="text")
    check.set_defaults(run=_check)
    embargo = commands.add_parser("embargo", help="list what is held back, and until when")
    embargo.set_defaults(run=_embargo)
    podium = commands.add_parser("podium", help="the podium table: appearances against the "
                                 "yearly target, per ambassador")
    podium.add_argument("--year", type=int, help="calendar year (default: this year)")
    podium.add_argument("--format", choices=("text", "csv", "json"), default="text")
    podium.set_defaults(run=_podium)
    return parser


def settings_from(config_file: Path) -> Settings:
    """The plugin's options, read the way `mkdocs build` reads them."""
    if not config_file.is_file():
        raise UsageError(f"{config_file} not found: run this from the site's root folder")
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    from .plugin import AmbassadorsPlugin, _settings

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    try:
        config = load_config(str(config_file))
    except ConfigurationError as exc:
        raise UsageError(f"{config_file}: {exc}") from None
    plugin = next((p for p in config.plugins.values() if isinstance(p, AmbassadorsPlugin)),
                  None)
    if plugin is None:
        raise UsageError(f"{config_file} does not list the 'ambassadors' plugin")
    return _settings(plugin.config, config)


def _check(args: argparse.Namespace) -> int:
    settings = settings_from(args.config_file)
    clock = BuildClock.from_environment(settings.timezone)
    report = Report()
    load_site(settings, clock, report, unsafe_is_error=True)
    wanted = [p.resolve() for p in args.paths]
    shown = [p for p in report.problems if p.severity is not Severity.INFO
             and _selected(settings.root / p.path, wanted)]
    for problem in shown:
        print(_github(problem) if args.format == "github" else f"{problem.severity.value}: "
              f"{problem}")
    errors = sum(p.severity is Severity.ERROR for p in shown)
    warnings = len(shown) - errors
    print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def _selected(path: Path, wanted: list[Path]) -> bool:
    return not wanted or any(path == w or w in path.parents for w in wanted)


def _github(problem: Problem) -> str:
    """A GitHub Actions annotation: shown on the line of the pull request diff."""
    level = "error" if problem.severity is Severity.ERROR else "warning"
    where = f"file={problem.path}" + (f",line={problem.line}" if problem.line else "")
    title = f",title={_escape(problem.field, True)}" if problem.field else ""
    return f"::{level} {where}{title}::{_escape(problem.message)}"


def _escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def _podium(args: argparse.Namespace) -> int:
    settings = settings_from(args.config_file)
    clock = BuildClock.from_environment(settings.timezone)
    site = load_site(settings, clock, Report())
    year = args.year or clock.today.year
    rows = [{"slug": r.ambassador.slug, "name": r.ambassador.name, "year": r.year,
             "counted": r.counted, "required": r.required, "met": r.met}
            for r in behind_first(site.podium_log(year))]
    sys.stdout.write(podium_table(rows, args.format))
    return 0


def _embargo(args: argparse.Namespace) -> int:
    settings = settings_from(args.config_file)
    clock = BuildClock.from_environment(settings.timezone)
    site = load_site(settings, clock, Report())
    held = sorted(site.held_back, key=lambda h: (h.until is None, h.until or clock.now,
                                                 h.kind, h.slug))
    if not held:
        print("Nothing is held back.")
    for item in held:
        when = f"{item.until.astimezone(clock.tz):%Y-%m-%d %H:%M %Z}" if item.until else "never"
        print(f"{when:22}  {item.kind:17} {item.slug:30} {item.reason} ({item.source})")
    return 0
