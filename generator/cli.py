"""`python -m generator check | embargo | podium | new | schema | codeowners | cms-config |
workflows | pr-build`:
the same rules as the build, without building, and the tools around the pull-request
workflow."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import __version__, cms_config, pr_build
from .commands import codeowners, json_schema, scaffold
from .commands.newsletter_preview import PreviewError, newsletter_preview
from .commands.podium_table import podium_table
from .domain.appointed import report_unannounced
from .domain.clock import FIRST_YEAR, LAST_YEAR, BuildClock, ClockError, in_calendar
from .domain.exposure import report_readable_early
from .domain.model import Appointment, Sources
from .domain.podium import behind_first
from .messages import msg
from .mkdocs_yml import ConfigError, OptionsInvalid, read_config, read_settings
from .network import init as network_init
from .network.workflows import workflow_files
from .site_loader import Settings, load_all, load_site
from .sources.checks.press_ready import report_press_readiness
from .sources.checks.previous import report_sequences
from .sources.checks.unsubscribe_check import report_unsubscribe
from .sources.errors import Problem, Report, Severity, visible
from .sources.files.tree import Layout, find_ambassadors, find_pages
from .sources.front_matter.fields import Context
from .sources.loaders import LoadOptions, load_sources


class UsageError(Exception):
    """A problem with the command or mkdocs.yml rather than with the content."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except OptionsInvalid as exc:  # problems of mkdocs.yml, each with its line and field
        for problem in exc.report.errors:
            print(_text(problem), file=sys.stderr)
        return 1
    except (UsageError, ClockError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (scaffold.ScaffoldError, codeowners.OwnersError, PreviewError,
            network_init.InitError) as exc:
        print(_bilingual("error", str(exc), exc.nl), file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator",
                                     description="Ambassador network site tools. Run from the "
                                     "folder with mkdocs.yml.")
    parser.add_argument("--version", action="version",
                        version=f"ambassadors-generator {__version__}")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", type=Path,
                        help="the site's mkdocs.yml (default: %(default)s)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate the sources without building")
    check.add_argument("paths", nargs="*", type=Path,
                       help="only report problems in these files or folders")
    check.add_argument("--format", choices=("text", "github", "json"), default="text",
                       help="text (English with Dutch), github (pull-request annotations) or "
                       "json (a list of problems with their message id and severity)")
    check.add_argument("--previous", type=Path, metavar="DIR",
                       help="a previous version of the site (a repository root like this "
                       "one, such as a checkout of the base branch): an advisory on every "
                       "event whose start, end, location, address or online link changed, or "
                       "that is no longer cancelled, while its sequence: was not raised, so "
                       "that calendars that imported it take the change. Only DIR's events "
                       "folder is read, where this site's mkdocs.yml puts it; the "
                       "pull-request check (pr-build) passes the base branch's")
    check.set_defaults(run=_check)
    embargo = commands.add_parser("embargo", help="list what is held back, and until when")
    waiting = embargo.add_mutually_exclusive_group()
    waiting.add_argument("--wait", type=_window, metavar="SECONDS",
                         help="wait for the next moment when it is at most SECONDS away "
                         "(then a few seconds more), else return at once: the publishing "
                         "workflow's scheduled run, before it builds")
    waiting.add_argument("--next", action="store_true",
                         help="print only the next moment something is published (ISO 8601 "
                         "with offset, a tab, Unix seconds), or nothing: for the publishing "
                         "workflow")
    embargo.set_defaults(run=_embargo)
    podium = commands.add_parser("podium", help="the podium table: appearances against the "
                                 "yearly target, per ambassador")
    podium.add_argument("--year", type=_year, help="calendar year (default: this year)")
    podium.add_argument("--format", choices=("text", "csv", "json"), default="text")
    podium.set_defaults(run=_podium)
    _new_parser(commands)
    _init_parser(commands)
    schema = commands.add_parser("schema", help="write the JSON Schemas of the front matter, "
                                 "for editors")
    schema.add_argument("--out", type=Path, default=Path("schemas"),
                        help="folder to write them to (default: %(default)s)")
    schema.set_defaults(run=_schema)
    owners = commands.add_parser("codeowners", help=f"print {codeowners.PATH}: maintainers "
                                 "own everything, each ambassador their own folder")
    owners.add_argument("--write", action="store_true", help=f"write {codeowners.PATH}")
    owners.add_argument("--maintainers", nargs="+", metavar="OWNER",
                        help="owners of everything, like @organisatie/redactie (default: the "
                        "'*' line of the existing file, else "
                        f"{' '.join(codeowners.DEFAULT_MAINTAINERS)})")
    owners.set_defaults(run=_codeowners)
    cms = commands.add_parser("cms-config", help="print the browser editor's configuration "
                              f"(<docs_dir>/{cms_config.RELATIVE_PATH.as_posix()}), generated "
                              "from the schemas")
    cms.add_argument("--write", action="store_true",
                     help=f"write <docs_dir>/{cms_config.RELATIVE_PATH.as_posix()}")
    cms.set_defaults(run=_cms_config)
    flows = commands.add_parser("workflows", help="the GitHub workflows and Dependabot "
                                "configuration this generator writes: say whether .github "
                                "has them as they are")
    flows.add_argument("--write", action="store_true", help="write them into .github")
    flows.add_argument("--project", action="store_true",
                       help="the generator's own repository's, not a network's")
    flows.set_defaults(run=_workflows)
    pr_build.arguments(commands.add_parser(
        "pr-build", help="the pull-request check: BASE's configuration and this generator "
        "build HEAD's content folders only"), project=False).set_defaults(
            run=pr_build.run_check)
    return parser


def _year(text: str) -> int:
    """A year a source date may lie in (domain/clock.py): another has nothing to show."""
    if not text.isascii() or not text.isdigit() or not in_calendar(int(text)):
        raise argparse.ArgumentTypeError(f"expected a year from {FIRST_YEAR} to {LAST_YEAR}, "
                                         f"got {text!r}")
    return int(text)


def _new_parser(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser("new", help="create a source file with every field explained")
    kinds = new.add_subparsers(dest="kind", required=True)
    person = kinds.add_parser("ambassador", help="ambassadors/<slug>/index.md")
    person.add_argument("name", help='full name, like "Marie-Thérèse van den Berg"')
    story = kinds.add_parser("story", help="stories/<slug>.md")
    story.add_argument("title")
    story.add_argument("--ambassador", action="append", required=True, metavar="SLUG",
                       help="an ambassador the story is about; repeat for more")
    event = kinds.add_parser("event", help="<docs>/events/<yyyy-mm>-<slug>.md")
    event.add_argument("title")
    event.add_argument("--start", required=True, help="like 2026-03-12T19:00, or a date")
    event.add_argument("--ambassador", action="append", default=[], metavar="SLUG",
                       help="a speaker or host; repeat for more")
    issue = kinds.add_parser("newsletter", help="<docs>/newsletter/<slug>.md")
    issue.add_argument("title")
    issue.add_argument("--date", help="publication date, like 2026-03-31 (default: today)")
    appointment = kinds.add_parser("appointment", help="<docs>/appointments/<year>.md")
    appointment.add_argument("year")
    appointment.add_argument("--date", required=True,
                             help="publication moment (embargo), like 2027-01-20T10:00")
    appointment.add_argument("--title", help="default: Nieuwe ambassadeurs benoemd in <year>")
    appointment.add_argument("--ambassador", action="append", default=[], metavar="SLUG",
                             help="a newly appointed ambassador; repeat for more")
    for kind in (person, story, event, issue, appointment):
        where = kind.add_mutually_exclusive_group()
        where.add_argument("--private", action=argparse.BooleanOptionalAction, default=None,
                           help="write it in the private folder (mkdocs.yml private_dir), "
                           "where it cannot be read before its moment; default, when "
                           "private_dir is set: an appointment, and an ambassador while an "
                           "announcement is scheduled")
        where.add_argument("--public", dest="private", action="store_false", default=None,
                           help="write it in the public folders (the same as --no-private)")
    new.set_defaults(run=_new)
    letter = commands.add_parser("newsletter", help="the newsletter as e-mail")
    actions = letter.add_subparsers(dest="action", required=True)
    preview = actions.add_parser("preview", help="write an issue's e-mail (HTML and text) "
                                 "as it will be sent, to send as a test")
    preview.add_argument("slug", help="the issue: <docs>/newsletter/<slug>.md")
    preview.add_argument("--out", type=Path, default=Path("."),
                         help="folder for <slug>.email.html and <slug>.email.txt "
                         "(default: the current folder)")
    preview.set_defaults(run=_newsletter_preview)


def _init_parser(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser("init", help="write a new network's repository, complete and "
                               "empty (no demo content), into a new or empty folder")
    init.add_argument("folder", type=Path, metavar="DIR",
                      help="the new repository's folder: made when missing, refused when "
                      "not empty")
    init.add_argument("--name", required=True, help="the network's name (site_name), plain text")
    init.add_argument("--site-url", required=True, metavar="URL",
                      help="the https address the site will have, like "
                      "https://ambassadeurs.example.nl/")
    init.add_argument("--description", metavar="TEXT",
                      help="one sentence about the network (site_description), plain text")
    init.add_argument("--colour", metavar="#RRGGBB", help="the network's colour")
    init.add_argument("--logo", metavar="FILE",
                      help="the network's logo, an .svg or .png file, copied to theme/")
    init.add_argument("--repository", metavar="OWNER/NAME",
                      help="the repository on GitHub: edit links and the browser editor")
    init.set_defaults(run=_init)


def _init(args: argparse.Namespace) -> int:
    network = network_init.network_of(args.name, args.site_url, args.description,
                                      args.colour, args.logo, args.repository)
    written = network_init.create(args.folder, network)
    print(f"created {args.folder} ({len(written)} files): read {args.folder / 'README.md'}, "
          "then run 'python -m generator check' there")
    return 0


def _newsletter_preview(args: argparse.Namespace) -> int:
    """Build the site as it will be on the issue's date (an issue not yet published is the
    usual case), then copy the issue's e-mail out of it: the preview is what the build
    publishes, not a second rendering that could differ."""
    settings = settings_from(args.config_file)
    clock = BuildClock.from_environment(settings.timezone)
    sources, _ = load_all(settings, clock, Report(), workers=1)
    issue = next((n for n in sources.newsletters if n.slug == args.slug), None)
    if issue is None:
        known = ", ".join(sorted(n.slug for n in sources.newsletters)) or "-"
        raise PreviewError(msg("newsletter.unknown", slug=args.slug, known=known))
    moment = max(issue.date, clock.now)
    made = newsletter_preview(args.config_file, settings.routes, issue.slug,
                              int(moment.timestamp()), args.out)
    for path in made:
        print(path)
    return 0


def settings_from(config_file: Path) -> Settings:
    """The plugin's options, validated as `mkdocs build` validates them: errors in
    mkdocs.yml raise OptionsInvalid (exit 1), a missing file or site a UsageError (exit 2)."""
    try:
        return read_settings(config_file)
    except OptionsInvalid:
        raise
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _check(args: argparse.Namespace) -> int:
    report = Report()
    try:  # mkdocs.yml's problems are problems like any other, with line and field
        settings = read_config(args.config_file, report)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    if settings is None:  # its errors first: the sources cannot be read without it
        return _show([p for p in report.problems if p.severity is not Severity.INFO],
                     args.format)
    try:
        clock = BuildClock.from_environment(settings.timezone)
    except ClockError as exc:  # the build stops on it too: an error of check, not of usage
        report.error(exc.path, None, exc.field, exc.text)
        return _show(report.problems, args.format)
    sources, _ = load_all(settings, clock, report, unsafe_is_error=True,
                          workers=min(2, os.cpu_count() or 1))
    _check_codeowners(settings, sources, report)
    _check_cms_config(settings, args.config_file, report)
    private = settings.layout.relative(settings.private_dir) if settings.private_dir else None
    report_readable_early(sources, clock, report, private)
    report_press_readiness(sources, clock, report)
    report_unsubscribe(settings, sources, report)
    report_unannounced(sources, report, settings.layout.relative(settings.layout.appointments_dir))
    if args.previous is not None:
        report_sequences(settings.layout, LoadOptions(Context(clock.tz), settings.term_years),
                         sources.events, args.previous, report)
    wanted = [p.resolve() for p in args.paths]
    shown = [p for p in report.problems if p.severity is not Severity.INFO
             and _selected(settings.root / p.path, wanted)]
    return _show(shown, args.format)


def _show(shown: list[Problem], style: str) -> int:
    """Print the problems in the format asked for; exit 1 when one is an error."""
    if style == "json":
        print(json.dumps([_as_json(p) for p in shown], ensure_ascii=False, indent=1))
    else:
        for problem in shown:
            print(_github(problem) if style == "github" else _text(problem))
    errors = sum(p.severity is Severity.ERROR for p in shown)
    advisories = len(shown) - errors
    print(f"{errors} error(s), {advisories} advisory(ies)", file=sys.stderr)
    return 1 if errors else 0


def _check_codeowners(settings: Settings, sources: Sources, report: Report) -> None:
    """A committed CODEOWNERS out of step with the ambassadors' `github:` fields is a
    advisory, never an error: an ambassador who adds `github:` in the web editor cannot run
    a command, and the publishing workflow regenerates the file. Skipped while an
    ambassador file has errors: fix those first, then the comparison means something."""
    path = settings.root / codeowners.PATH
    folder = settings.layout.relative(settings.ambassadors_dir)
    if not path.is_file() or path.is_symlink() or \
            any(p.path.startswith(folder + "/") for p in report.errors):
        return
    committed = path.read_text(encoding="utf-8", errors="replace")
    expected = _codeowners_text(settings, sources, codeowners.maintainers_from(committed))
    if committed != expected:
        report.advisory(codeowners.PATH, codeowners.first_difference(committed, expected), None,
                       msg("codeowners.stale"))


def _check_cms_config(settings: Settings, config_file: Path, report: Report) -> None:
    """A committed browser-editor configuration that is not what the schemas and folders
    make (stale, or edited by hand) is an advisory, like CODEOWNERS."""
    path = cms_config.target(settings)
    if not path.is_file() or path.is_symlink():
        return
    expected = cms_config.render(settings, *cms_config.site_urls(config_file))
    if path.read_text(encoding="utf-8", errors="replace") != expected:
        shown = settings.layout.relative(path)
        report.advisory(shown, None, None, cms_config.STALE)


def _codeowners_text(settings: Settings, sources: Sources, maintainers: Sequence[str]) -> str:
    """CODEOWNERS for every ambassador folder in the public tree, embargoed ones too: the
    sources that name them sit in the same repository, so the file reveals nothing new.
    Those in the private folder stay out: the file is public. A bad `github:`
    value is the loader's error (GithubUser); here it is simply absent."""
    return codeowners.codeowners({a.slug: a.github for a in sources.ambassadors
                                  if not a.source.private},
                                 codeowners.check_maintainers(maintainers),
                                 settings.layout.relative(settings.ambassadors_dir),
                                 codeowners.code_paths(p.name for p in settings.root.iterdir()))


def _selected(path: Path, wanted: list[Path]) -> bool:
    return not wanted or any(path == w or w in path.parents for w in wanted)


def _text(problem: Problem) -> str:
    """`error: <English>` with the Dutch on the next line, under the English."""
    return _bilingual(problem.severity.value, str(problem), problem.dutch())


def _as_json(problem: Problem) -> dict[str, object]:
    return {"path": visible(problem.path), "line": problem.line, "field": problem.field,
            "severity": problem.severity.value, "id": problem.message_id,
            "message": problem.message, "message_nl": problem.message_nl or problem.message}


def _bilingual(level: str, english: str, dutch: str | None) -> str:
    prefix = f"{level}: "
    return prefix + english + (f"\n{' ' * len(prefix)}NL: {dutch}" if dutch else "")


def _github(problem: Problem) -> str:
    """A GitHub Actions annotation: shown on the line of the pull request diff, the English
    and the Dutch message as two paragraphs (%0A is a line break there)."""
    level = "error" if problem.severity is Severity.ERROR else "warning"
    where = f"file={visible(problem.path)}" + (f",line={problem.line}" if problem.line else "")
    title = f",title={_escape(problem.field, True)}" if problem.field else ""
    dutch = problem.message_nl or problem.message
    return f"::{level} {where}{title}::{_escape(problem.message)}%0A%0A{_escape(dutch)}"


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


def _window(text: str) -> int:
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= 6 * 3600:
        raise argparse.ArgumentTypeError(f"{text[:20]!r}: seconds from 1 to {6 * 3600}")
    return int(text)


def _wait_for(moment: dt.datetime | None, clock: BuildClock, window: int) -> int:
    """Sleep until a few seconds past the moment when it is within the window: the build
    that follows must see it passed. Anything further away is left to a later run."""
    if moment is None:
        print("nothing scheduled: building now")
        return 0
    wait = int(moment.timestamp()) - int(clock.now.timestamp())
    if wait <= 0 or wait > window:
        print(f"next moment {moment.isoformat()} is not in the next {window} s: building now")
        return 0
    print(f"waiting {wait} s for {moment.isoformat()}", flush=True)
    time.sleep(wait + 5)
    return 0


def _workflows(args: argparse.Namespace) -> int:
    root = args.config_file.parent
    differ = 0
    for path, text in workflow_files(args.project).items():
        target = root / path
        if args.write:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {path}")
            continue
        current = target.read_bytes() if target.is_file() else None
        state = ("up to date" if current == text.encode() else
                 "missing" if current is None else "differs")
        differ += state != "up to date"
        print(f"{path}: {state}")
    if differ:
        print("write them with: python -m generator workflows --write"
              + (" --project" if args.project else ""))
    return 1 if differ else 0


def _embargo(args: argparse.Namespace) -> int:
    settings = settings_from(args.config_file)
    clock = BuildClock.from_environment(settings.timezone)
    site = load_site(settings, clock, Report())
    held = sorted(site.held_back, key=lambda h: (h.until is None, h.until or clock.now,
                                                 h.kind, h.slug))
    upcoming = held[0].until.astimezone(clock.tz) if held and held[0].until else None
    if args.next:
        if upcoming:
            print(f"{upcoming.isoformat()}\t{int(upcoming.timestamp())}")
        return 0
    if args.wait is not None:
        return _wait_for(upcoming, clock, args.wait)
    if not held:
        print("Nothing is held back.")
    for item in held:
        when = f"{item.until.astimezone(clock.tz):%Y-%m-%d %H:%M %Z}" if item.until else "never"
        print(f"{when:22}  {item.kind:17} {item.slug:30} {item.reason} ({item.source})")
    return 0


def _new(args: argparse.Namespace) -> int:
    settings = settings_from(args.config_file)
    clock = BuildClock.from_environment(settings.timezone)
    ctx, today = Context(clock.tz), clock.today
    layout = settings.layout
    private = layout.private()
    layouts = [layout] + ([private] if private else [])
    known = {found.slug for lay in layouts for found in find_ambassadors(lay, Report())}
    scheduled: Appointment | None = None
    if args.kind == "ambassador":
        # Public events only: a draft in the public tree must not name a private one.
        events = [found.slug for found in
                  find_pages(layout.events_dir, layout, Report(), msg("this.event"))]
        scheduled = _scheduled(settings, clock) if private and args.private is None else None
        if scheduled is not None:   # one of the group it announces: private, from its day
            args.private = True
            today = scheduled.date.astimezone(clock.tz).date()
        draft = scaffold.ambassador(args.name, today, settings.term_years,
                                   settings.podium_minimum, events,
                                   layout.relative(layout.events_dir))
    elif args.kind == "story":
        draft = scaffold.story(args.title, today, args.ambassador, known)
    elif args.kind == "event":
        draft = scaffold.event(args.title, args.start, ctx, args.ambassador, known)
    elif args.kind == "newsletter":
        draft = scaffold.newsletter(args.title, args.date, today, ctx)
    else:
        draft = scaffold.appointment(args.year, args.date, ctx, args.ambassador, known,
                                     args.title)
    existing = next((found for lay in layouts
                     if (found := scaffold.taken(draft, lay)) is not None), None)
    if existing is not None:
        shown = settings.layout.relative(existing)
        raise scaffold.ScaffoldError(msg("new.exists", path=shown))
    path = scaffold.target(draft, _new_layout(args, layout, private))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as out:  # "x": never overwrite, not even in a race
        out.write(draft.text)
    print(f"created {settings.layout.relative(path)}: fill it in, then run "
          "'python -m generator check'")
    if scheduled is not None:
        note = msg("new.private_default", slug=draft.slug,
                   moment=scheduled.date.astimezone(clock.tz),
                   announcement=scheduled.source.path)
        print(_bilingual("note", note.en, note.nl))
    return 0


def _scheduled(settings: Settings, clock: BuildClock) -> Appointment | None:
    """The next announcement not yet published, in either folder: a new ambassador made
    while one is scheduled is, as a rule, one of the group it will announce."""
    sources, _ = load_all(settings, clock, Report(), workers=1)
    pending = [a for a in sources.appointments if not clock.has_passed(a.date)]
    return min(pending, key=lambda a: a.date) if pending else None


def _new_layout(args: argparse.Namespace, layout: Layout, private: Layout | None) -> Layout:
    """Public, or private on request; an appointment goes to the private folder by default,
    since every announcement is written before its moment."""
    wanted = args.private if args.private is not None else args.kind == "appointment"
    if not wanted:
        return layout
    if private is None:
        if args.private:
            raise UsageError("--private needs the plugin option private_dir in mkdocs.yml "
                             "(a folder for the private sources, like 'private')")
        return layout
    return private


def _schema(args: argparse.Namespace) -> int:
    changed = json_schema.write_all(args.out)
    for path in changed:
        print(f"wrote {path}")
    if not changed:
        print(f"{args.out}: up to date")
    return 0


def _codeowners(args: argparse.Namespace) -> int:
    settings = settings_from(args.config_file)
    clock = BuildClock.from_environment(settings.timezone)
    path = settings.root / codeowners.PATH
    existing = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else None
    loaded = Report()
    sources = load_sources(settings.layout, LoadOptions(Context(clock.tz), settings.term_years),
                           loaded)
    text = _codeowners_text(settings, sources, args.maintainers
                            or codeowners.maintainers_from(existing))
    # Only the github: problems concern this file; `check` reports the others.
    bad_users = [p for p in loaded.errors if p.field == "github"]
    for problem in bad_users:
        print(_text(problem), file=sys.stderr)
    if not args.write:
        sys.stdout.write(text)
    elif text != existing:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {codeowners.PATH}")
    else:
        print(f"{codeowners.PATH}: up to date")
    return 1 if bad_users else 0


def _cms_config(args: argparse.Namespace) -> int:
    settings = settings_from(args.config_file)
    site_url, repo_url = cms_config.site_urls(args.config_file)
    text = cms_config.render(settings, site_url, repo_url)
    if not args.write:
        sys.stdout.write(text)
        return 0
    path = cms_config.target(settings)
    shown = settings.layout.relative(path)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        print(f"{shown}: up to date")
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {shown}")
    return 0
