"""requirements.lock against pyproject.toml, offline: the lock that the workflows install with
`--require-hashes` must pin, with hashes, exactly the dependencies pyproject.toml asks for
(its top-level entries, those pip-compile marks "via ... (pyproject.toml)"), each at a
version pyproject.toml allows. A change to pyproject.toml without `scripts/lock` (make lock)
fails here, and each kind of staleness is planted below to show that it does. Last, how
scripts/install installs the lock: hashes required, nothing resolved or built unhashed."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import shlex
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]
PROJECT = "ambassadors-generator"
RUNTIME = f"{PROJECT} (pyproject.toml)"
BUILD = f"{PROJECT} (pyproject.toml::build-system.requires)"
COMMAND = "scripts/lock"

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


@dataclass
class Pin:
    version: str
    hashes: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)


def read_lock(text: str) -> tuple[dict[str, Pin], str | None]:
    """The pins of a pip-compile file by normalised name, and the command in its header."""
    pins: dict[str, Pin] = {}
    command, current, in_via = None, None, False
    lines = text.splitlines()
    for number, line in enumerate(lines):
        stripped = line.strip()
        if number and lines[number - 1].strip() == "# by the following command:":
            command = lines[number + 1].strip("# ").strip()
        if found := _PIN.match(line):
            current = pins.setdefault(canonicalize_name(found[1]), Pin(found[2]))
            in_via = False
        elif current is None:
            continue
        elif stripped.startswith("--hash=sha256:"):
            current.hashes.append(stripped.removeprefix("--hash=sha256:").rstrip(" \\"))
        elif stripped.startswith("# via"):
            inline = stripped.removeprefix("# via").strip()
            current.via += [inline] if inline else []
            in_via = not inline
        elif in_via and stripped.startswith("#   "):
            current.via.append(stripped.removeprefix("#").strip())
        else:
            in_via = False
    return pins, command


def stale(pyproject: str, lock: str) -> list[str]:
    """Why the lock does not match pyproject.toml; empty when it does."""
    project = tomllib.loads(pyproject)
    wanted = {RUNTIME: [Requirement(r) for r in project["project"]["dependencies"]],
              BUILD: [Requirement(r) for r in project["build-system"]["requires"]]}
    pins, command = read_lock(lock)
    problems = [] if command == COMMAND else [f"the header names {command!r}, not {COMMAND}"]
    for source, requirements in wanted.items():
        names = set()
        for requirement in requirements:
            if requirement.marker and not requirement.marker.evaluate():
                continue
            name = canonicalize_name(requirement.name)
            names.add(name)
            pin = pins.get(name)
            if pin is None or source not in pin.via:
                problems.append(f"{requirement} is not a top-level pin of the lock")
            elif not requirement.specifier.contains(pin.version, prereleases=True):
                problems.append(f"{name}=={pin.version} is not {requirement}")
        problems += [f"{name} is pinned for {source}, which no longer asks for it"
                     for name, pin in sorted(pins.items()) if source in pin.via
                     and name not in names]
    problems += [f"{name} has no hash" for name, pin in sorted(pins.items()) if not pin.hashes]
    return problems


def _texts() -> tuple[str, str]:
    return ((REPO / "pyproject.toml").read_text(encoding="utf-8"),
            (REPO / "requirements.lock").read_text(encoding="utf-8"))


def test_the_lock_matches_pyproject() -> None:
    pyproject, lock = _texts()
    assert stale(pyproject, lock) == [], "requirements.lock is stale: run scripts/lock"


def test_every_pin_of_the_lock_is_exact_and_hashed() -> None:
    _, lock = _texts()
    pins, _ = read_lock(lock)
    assert {"mkdocs", "mkdocs-material", "pillow", "setuptools", "jinja2", "markupsafe"} \
        <= set(pins)
    assert all(re.fullmatch(r"[0-9a-f]{64}", h) for pin in pins.values() for h in pin.hashes)
    # pip-compile's annotations keep the whole tree readable: everything comes from somewhere.
    assert all(pin.via for pin in pins.values())
    assert "--index-url" not in lock and "--find-links" not in lock
    assert not re.search(r"^-e |file://", lock, re.MULTILINE)  # no local or editable entry


@pytest.mark.parametrize(("change", "expected"), [
    # a pin moved in pyproject.toml, the lock not made again
    (lambda p, lk: (p.replace('"mkdocs-material==9.8.1"', '"mkdocs-material==9.9.0"'), lk),
     "mkdocs-material==9.8.1 is not mkdocs-material==9.9.0"),
    # a range the locked version falls outside
    (lambda p, lk: (p.replace('"mkdocs>=1.6.1,<2"', '"mkdocs>=1.7,<2"'), lk),
     "mkdocs==1.6.1 is not mkdocs<2,>=1.7"),
    # a new dependency
    (lambda p, lk: (p.replace('"tzdata==2026.6",', '"tzdata==2026.6",\n    "humanize==4.9.0",'),
                    lk),
     "humanize==4.9.0 is not a top-level pin of the lock"),
    # a dependency dropped from pyproject.toml but still locked as one
    (lambda p, lk: (p.replace('"feedgen==1.0.0",', ""), lk),
     f"feedgen is pinned for {RUNTIME}, which no longer asks for it"),
    # a package that only came along before becomes a direct dependency
    (lambda p, lk: (p.replace('"tzdata==2026.6",', '"tzdata==2026.6",\n    "click==8.5.1",'),
                    lk),
     "click==8.5.1 is not a top-level pin of the lock"),
    # the build backend's requirement
    (lambda p, lk: (p.replace('requires = ["setuptools>=77"]', 'requires = ["setuptools>=99"]'),
                    lk),
     "setuptools==84.2.1 is not setuptools>=99"),
    # a lock edited by hand: an entry without its hashes, a header of another command
    (lambda p, lk: (p, re.sub(r"(nh3==0\.3\.7) \\\n(    --hash=\S+( \\)?\n)+", r"\1\n", lk)),
     "nh3 has no hash"),
    (lambda p, lk: (p, lk.replace(f"#    {COMMAND}\n", "#    pip-compile\n")),
     "the header names 'pip-compile', not scripts/lock"),
])
def test_a_planted_stale_lock_fails(change, expected: str) -> None:
    pyproject, lock = change(*_texts())
    assert (pyproject, lock) != _texts(), "the plant did not change anything"
    assert expected in stale(pyproject, lock)


# --- scripts/install: how the workflows, scripts/pr-build and make install the lock -------

def _install_script():
    loader = importlib.machinery.SourceFileLoader("install", str(REPO / "scripts/install"))
    spec = importlib.util.spec_from_loader("install", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_install_checks_every_hash_and_resolves_nothing() -> None:
    done = subprocess.run([sys.executable, str(REPO / "scripts/install"), "--print"],
                          capture_output=True, text=True, check=True, cwd="/")
    commands = [shlex.split(line) for line in done.stdout.splitlines()]
    assert len(commands) == 3
    assert all(c[:4] == [sys.executable, "-m", "pip", "install"] for c in commands)
    first, second, third = (c[4:] for c in commands)
    assert {"--require-hashes", "--no-deps", "-r"} <= set(first)
    assert first[-1].endswith("setuptools.lock")
    assert {"--require-hashes", "--no-build-isolation"} <= set(second)
    assert second[-2:] == ["-r", "requirements.lock"]
    assert third[-3:] == ["--no-deps", "--no-build-isolation", "."]
    editable = subprocess.run([sys.executable, str(REPO / "scripts/install"), "--print", "-e"],
                              capture_output=True, text=True, check=True)
    assert editable.stdout.splitlines()[-1].endswith(" --no-build-isolation -e .")


def test_install_takes_setuptools_from_the_lock_with_its_hashes() -> None:
    _, lock = _texts()
    block = _install_script().block(lock, "setuptools")
    pins, _ = read_lock(block)
    assert list(pins) == ["setuptools"] and len(pins["setuptools"].hashes) >= 1
    assert pins["setuptools"] == read_lock(lock)[0]["setuptools"]
    with pytest.raises(SystemExit, match="has no hashed setuptools"):
        _install_script().block(lock.replace("setuptools==", "other=="), "setuptools")


def test_make_installs_through_the_script() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "$(BIN)/python scripts/install --quiet --editable" in makefile
    assert "pip install --quiet -e .\n" not in makefile
    assert "\tscripts/lock $(LOCK)" in makefile
