"""The pull-request check: a pull request's content, checked and built by the base branch's
configuration and generator. Nothing of the pull request runs, only its content is read.

A network's check (its pull-request workflow, from generator/network/workflow_templates):

    python -P -m generator pr-build [--out DIR] BASE HEAD

runs the generator that BASE's requirements.txt names, installed before this runs. This
repository's check runs the same code through scripts/pr-build, which takes this file from
BASE's commit (never from the working tree, the pull request's) and runs it with
project=True: then BASE's own generator/ is the one imported, and --install installs BASE's
requirements.lock first.

BASE is the base branch's commit, HEAD the commit to check (in the workflow the merge
commit that actions/checkout gives: the base branch with the pull request's changes).
1. DIR (default: a new temporary folder) gets BASE's whole tree, from git's objects;
2. this repository, with --install: the packages of BASE's requirements.lock and BASE's
   generator are installed (BASE's scripts/install: hashes checked, nothing resolved);
3. the generator reads BASE's mkdocs.yml for the content folders (ambassadors_dir,
   stories_dir, docs_dir and the folders in it); those folders are replaced by HEAD's.
   A symbolic link or submodule there is refused, before anything is written;
4. every file that HEAD changes outside those folders (mkdocs.yml, requirements.txt,
   theme/, .github/, private/; here also pyproject.toml, generator/, scripts/, ...) gets a
   warning annotation: it is not in this build, and a coordinator must review and build it;
5. `python -m generator check --format github --previous PREV`, then `mkdocs build
   --strict`, in DIR; PREV is a temporary folder with BASE's events folder alone, from
   git's objects, so that check asks to raise the `sequence:` of a moved event. This
   repository puts DIR first on PYTHONPATH, so that BASE's generator is the one imported; a
   network keeps DIR off the import path altogether (PYTHONSAFEPATH). The site is DIR/site.
Exit status: 0 built; 1 refused content, a failed check or build; 2 a revision or the base
configuration that cannot be used.
Standard library only, and no import of the rest of the package: scripts/pr-build runs it
before anything is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BLOB_MODES = {"100644", "100755"}
KINDS = {"120000": "a symbolic link", "160000": "a submodule"}
LEAVES = "a path that leaves its folder"
DUTCH = {"a symbolic link": "een symbolische koppeling", "a submodule": "een submodule",
         LEAVES: "een pad dat buiten zijn map komt"}
CONFIG = "mkdocs.yml"
# Shown on the files a pull request changes outside the content folders (English, then
# Dutch, as every message of the check).
NOT_BUILT = (
    "Not in this check: it builds the site with the base branch's configuration and "
    "generator, and takes only the content folders ({folders}) from the pull request. "
    "A coordinator must review this change and build it ({how}).\n"
    "NL: Niet in deze controle: die bouwt de site met de configuratie en de generator van "
    "de basisbranch, en neemt alleen de inhoudsmappen ({folders}) uit de pull request. "
    "Een coördinator moet deze wijziging nakijken en bouwen ({how}).")
# How a coordinator builds it: this repository's tests, or a network's strict build.
HOW = {True: "make test", False: "mkdocs build --strict"}
NOT_BUILT_TITLE = "Not in this check / niet in deze controle"
# GitHub shows ten warnings of a step: these take at most five, the check's own the rest.
MAX_ANNOTATIONS = 5
# Run by BASE's generator in DIR: the content folders of BASE's mkdocs.yml, relative, and
# the files it takes code or templates from (hooks, theme.custom_dir, INHERIT), which must
# not lie in them. The YAML is read without running any of its tags.
FOLDERS = """
import json, sys, yaml
from pathlib import Path
from generator.mkdocs_yml import read_settings
settings = read_settings(Path(sys.argv[1]))
layout, root = settings.layout, Path.cwd().resolve()
def relative(path):
    return Path(path).resolve().relative_to(root).as_posix()
class Inert(yaml.SafeLoader):
    pass
Inert.add_multi_constructor("", lambda loader, suffix, node: None)
raw = yaml.load(Path(sys.argv[1]).read_text(encoding="utf-8-sig"), Loader=Inert) or {}
theme = raw.get("theme") if isinstance(raw.get("theme"), dict) else {}
code = [*(raw.get("hooks") or []), theme.get("custom_dir"), raw.get("INHERIT")]
print(json.dumps({
    "content": [relative(p) for p in (layout.ambassadors_dir, layout.stories_dir,
                layout.docs_dir, layout.events_dir, layout.appointments_dir,
                layout.newsletter_dir)],
    "private": relative(settings.private_dir) if settings.private_dir else None,
    "events": relative(layout.events_dir),
    "code": [str(p) for p in code if isinstance(p, str)]}))
"""
# Never content, whatever mkdocs.yml says.
NOT_CONTENT = {".git", ".github", ".ci", "generator", "scripts", "tests", "theme"}


class Stop(Exception):
    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status = status


def git(*args: str) -> bytes:
    done = subprocess.run(["git", "--literal-pathspecs", *args], capture_output=True)
    if done.returncode:
        raise Stop(2, f"git {' '.join(args)}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def commit(revision: str) -> str:
    try:
        return git("rev-parse", "--verify", "--end-of-options",
                   f"{revision}^{{commit}}").decode().strip()
    except Stop:
        raise Stop(2, f"{revision}: no such commit here (fetch it: actions/checkout "
                      "fetch-depth)") from None


def entries(revision: str, folders: list[str] = ()) -> list[tuple[str, str, str]]:
    """(mode, object, path) of every file in the revision, or in those folders of it."""
    found = []
    listing = git("ls-tree", "-r", "-z", "--full-tree", revision, "--", *folders)
    for record in filter(None, listing.split(b"\0")):
        meta, path = record.split(b"\t", 1)
        mode, _, oid = meta.decode().split()
        found.append((mode, oid, path.decode("utf-8", "surrogateescape")))
    return found


def refused(found: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """(path, why) for what may not be written: links, submodules, paths that leave DIR."""
    bad = []
    for mode, _, path in found:
        parts = path.split("/")
        if mode not in BLOB_MODES:
            bad.append((path, KINDS.get(mode, f"an object of mode {mode}")))
        elif any(part in ("", ".", "..") or part.lower() == ".git" for part in parts) \
                or "\\" in path:
            bad.append((path, LEAVES))
    return bad


def write(found: list[tuple[str, str, str]], out: Path) -> None:
    """The files' bytes from git's objects (no checkout, filters or attributes)."""
    with subprocess.Popen(["git", "cat-file", "--batch"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE) as batch:
        assert batch.stdin is not None and batch.stdout is not None
        for mode, oid, path in found:
            batch.stdin.write(oid.encode() + b"\n")
            batch.stdin.flush()
            header = batch.stdout.readline().split()
            if len(header) != 3 or header[1] != b"blob":
                raise Stop(2, f"{path}: git has no blob {oid}")
            data = batch.stdout.read(int(header[2]) + 1)[:-1]
            target = out.joinpath(*path.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            descriptor = os.open(target, flags, 0o755 if mode == "100755" else 0o644)
            with os.fdopen(descriptor, "wb") as file:
                file.write(data)
        batch.stdin.close()


def escape(text: str, property: bool = False) -> str:
    """A workflow command's value (GitHub's own escaping)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property else text


def annotate(level: str, text: str, path: str | None = None, title: str | None = None) -> None:
    where = [f"file={escape(path, True)}"] if path else []
    where += [f"title={escape(title, True)}"] if title else []
    print(f"::{level}{' ' if where else ''}{','.join(where)}::{escape(text)}", flush=True)


def inside(path: str, folders: list[str]) -> bool:
    return any(path == f or path.startswith(f + "/") for f in folders)


def content_folders(out: Path, env: dict[str, str]) -> tuple[list[str], str | None, str]:
    """BASE's content folders, outermost only, as BASE's generator reads BASE's mkdocs.yml;
    its private folder, and its events folder."""
    done = subprocess.run([sys.executable, "-c", FOLDERS, CONFIG], cwd=out, env=env,
                          capture_output=True, text=True)
    if done.returncode:
        raise Stop(2, f"the base branch's {CONFIG} cannot be read:\n{done.stderr.strip()}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    folders = sorted(set(found["content"]))
    for folder in folders:
        if folder in ("", ".") or folder.startswith("../") or folder == found["private"] \
                or folder.split("/")[0] in NOT_CONTENT:
            raise Stop(2, f"content folder {folder!r} holds code or configuration: "
                          "refusing to take it from a pull request")
    for path in found["code"]:
        if inside(os.path.normpath(path), folders):
            raise Stop(2, f"the base branch's {CONFIG} takes code from {path}, in a content "
                          "folder: refusing to take it from a pull request")
    outermost = [f for f in folders if not inside(f, [g for g in folders if g != f])]
    return outermost, found["private"], found["events"]


def run(step: str, command: list[str], out: Path, env: dict[str, str]) -> int:
    grouped = os.environ.get("GITHUB_ACTIONS") == "true"
    print(f"::group::{step}" if grouped else f"--- {step}", flush=True)
    shown = ["python", *command[1:]] if command[0] == sys.executable else command
    print(f"$ {' '.join(shown)}", flush=True)
    try:
        return subprocess.run(command, cwd=out, env=env).returncode
    finally:
        print("::endgroup::" if grouped else "", flush=True)


def environment(out: Path, project: bool) -> dict[str, str]:
    """This repository imports BASE's generator from DIR; a network imports the installed
    one and nothing from DIR, nor from the working directory (PYTHONSAFEPATH: `python -m`
    would put it first on the import path, and DIR holds the pull request's folders)."""
    env = {**os.environ, "PYTHONNOUSERSITE": "1", "NO_MKDOCS_2_WARNING": "1"}
    if project:
        return {**env, "PYTHONPATH": str(out)}
    env.pop("PYTHONPATH", None)
    return {**env, "PYTHONSAFEPATH": "1"}


def build(base: str, head: str, out: Path, install: bool, project: bool = False) -> int:
    base, head = commit(base), commit(head)
    base_tree = entries(base)
    if bad := refused(base_tree):
        raise Stop(2, "the base branch has " + ", ".join(f"{why} at {p}" for p, why in bad))
    write(base_tree, out)
    print(f"the base branch {base[:12]} is in {out}", flush=True)
    env = environment(out, project)
    if install and project:
        status = run("Install the base branch's packages (requirements.lock, hashed)",
                     [sys.executable, str(out / "scripts" / "install")], out, env)
        if status:
            return status
    folders, private, events = content_folders(out, env)
    head_tree = entries(head, folders)
    if bad := refused(head_tree):
        for path, why in bad:
            annotate("error", f"{why}: the check refuses it, and builds nothing.\n"
                              f"NL: {DUTCH.get(why, why)}: de controle weigert dit, en bouwt "
                              "niets.", path)
        return 1
    for folder in folders:
        shutil.rmtree(out / folder, ignore_errors=True)
    write(head_tree, out)
    print(f"content from {head[:12]}: {', '.join(f + '/' for f in folders)}", flush=True)
    changed = git("diff", "--name-only", "-z", "--no-renames", "--no-ext-diff",
                  "--no-textconv", f"{base}...{head}").split(b"\0")
    outside = [p.decode("utf-8", "surrogateescape") for p in changed if p]
    outside = [p for p in outside if not inside(p, folders)]
    shown = ", ".join(f + "/" for f in folders)
    for path in outside[:MAX_ANNOTATIONS - (len(outside) > MAX_ANNOTATIONS)]:
        annotate("warning", NOT_BUILT.format(folders=shown, how=HOW[project]), path,
                 NOT_BUILT_TITLE)
    if len(outside) > MAX_ANNOTATIONS:
        rest = outside[MAX_ANNOTATIONS - 1:]
        annotate("warning", f"{len(rest)} more files outside the content folders: "
                            f"{', '.join(rest[:40])}{' ...' if len(rest) > 40 else ''}\n"
                            + NOT_BUILT.format(folders=shown, how=HOW[project]),
                 title=NOT_BUILT_TITLE)
    if private and any(inside(p, [private]) for p in outside):
        print(f"{private}/ is never taken from a pull request", flush=True)
    with tempfile.TemporaryDirectory(prefix="pr-previous-") as previous:
        # BASE's events, beside DIR: check asks to raise `sequence:` of a changed event.
        write(entries(base, [events]), Path(previous))
        status = run("Check the sources", [sys.executable, "-m", "generator", "check",
                                           "--format", "github", "--previous", previous],
                     out, env)
    if status:
        return 1
    status = run("Build the site", [sys.executable, "-m", "mkdocs", "build", "--strict"],
                 out, env)
    if status:
        return 1
    print(f"built: {out / 'site'}", flush=True)
    return 0


def arguments(parser: argparse.ArgumentParser, project: bool) -> argparse.ArgumentParser:
    """The command's arguments: scripts/pr-build's (project) or `python -m generator
    pr-build`'s, which has no --install (the workflow installed BASE's requirements.txt)."""
    if project:
        parser.add_argument("--install", action="store_true",
                            help="install BASE's locked packages and generator first (CI)")
    parser.add_argument("--out", type=Path, help="an empty or new folder (default: temporary)")
    parser.add_argument("base", help="the base branch's commit")
    parser.add_argument("head", help="the commit to check (the merge commit)")
    return parser


def run_check(args: argparse.Namespace, project: bool = False) -> int:
    out = args.out or Path(tempfile.mkdtemp(prefix="pr-build-"))
    if out.exists() and (out.is_symlink() or not out.is_dir() or any(out.iterdir())):
        print(f"pr-build: {out} is not an empty folder", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    try:
        return build(args.base, args.head, out.resolve(), getattr(args, "install", False),
                     project)
    except Stop as stop:
        print(f"pr-build: {stop}", file=sys.stderr)
        annotate("error", f"pr-build: {stop}")
        return stop.status

