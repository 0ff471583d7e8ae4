"""The rules of the plugin's options and of the MkDocs settings that reach visitors
(content-model.md v1.4, "Every input a pull request can change is validated like a field").

Each rule is a parser `parse(option, value) -> value` that raises OptionError naming the
option and what is expected; generator/config.py declares one next to every option, and
`check` and the build both run them (config_check.py, `check_config`). The folders are
checked together here (`check_folders`): they must lie inside the repository, apart from
docs_dir (MkDocs publishes it as it is), the output folder, the cache and each other.
"""

from __future__ import annotations

import os
import re
import zoneinfo
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from ...domain import colour
from ...domain.problems import quote
from ...domain.text.plain import invisible_in, markup_in
from ...messages import Message, msg
from ..front_matter.fields import is_https_url
from .press_contact import _EMAIL, MAX_LENGTH, OptionError

Parser = Callable[[str, object], object]

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
# A folder or page path as written: words of letters, digits, '.', '_' and '-', joined by '/'.
_PATH = re.compile(r"[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*/?")
# A path on the repository host, like 'edit/main/docs/' or '?path=/docs/&version=GBmain':
# the characters a URL holds unencoded, never a scheme ('javascript:') or another host ('//').
_RELATIVE_URL = re.compile(r"[A-Za-z0-9._~!$&'()*+,;=:@%/?#\[\]-]*")
LOOPBACK = ("localhost", "127.0.0.1", "::1")


def shown(value: object) -> str:
    """A bad value as the author wrote it, shortened: `'drie'`, `0`, `true`, `a list`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, (int, float)):
        text = str(value)
        return text if len(text) <= 24 else text[:20] + "…"
    return quote(str(value))


def expected(option: str, what: Message, value: object) -> OptionError:
    return OptionError(msg("option.expected", option=option, expected=what, value=shown(value)))


def whole(least: int, most: int) -> Parser:
    """A whole number from `least` to `most`: not a bool, a float or a quoted number."""

    def parse(option: str, value: object) -> int:
        if isinstance(value, int) and not isinstance(value, bool) and least <= value <= most:
            return value
        raise expected(option, msg("type.whole", least=least, most=most), value)
    return parse


def flag(option: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise expected(option, msg("type.bool"), value)


def choice(choices: tuple[str, ...]) -> Parser:
    def parse(option: str, value: object) -> str:
        if isinstance(value, str) and value in choices:
            return value
        raise expected(option, msg("type.choice", values=", ".join(choices)), value)
    return parse


def colours(count: int) -> Parser:
    """`count` colours like '#0b5e55' (what Pillow and a style attribute both take)."""

    def parse(option: str, value: object) -> list[str]:
        if isinstance(value, list) and len(value) == count and \
                all(isinstance(v, str) and _COLOUR.fullmatch(v) for v in value):
            return list(value)
        raise expected(option, msg("type.colours", count=count), value)
    return parse


def readable_colour(option: str, value: object) -> str:
    """A colour like '#0b5e55' that reaches WCAG 2.1 AA (4.5:1) with white. The ratio is
    symmetric, so this one rule covers both uses: white text on it (the header, buttons) and
    it as text on white (links, and the accent's hover and focus states)."""
    if not (isinstance(value, str) and _COLOUR.fullmatch(value)):
        raise expected(option, msg("type.colour"), value)
    ratio = colour.contrast(colour.rgb(value), colour.WHITE)
    if ratio < colour.AA:
        raise OptionError(msg("option.colour_contrast", option=option, colour=value,
                              ratio=colour.shown_ratio(ratio)))
    return value


def logo_file(option: str, value: object) -> str:
    """An .svg or .png file relative to mkdocs.yml; the file itself is check_logo's."""
    if isinstance(value, str) and len(value) <= MAX_LENGTH and _PATH.fullmatch(value) and \
            value.lower().endswith((".svg", ".png")) and not value.endswith("/"):
        return value
    raise expected(option, msg("type.logo"), value)


def timezone(option: str, value: object) -> str:
    """An IANA zone name that the system knows, like Europe/Amsterdam."""
    if isinstance(value, str) and value in _zones():
        return value
    raise OptionError(msg("clock.timezone", name=shown(value)))


@cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def folder(example: str) -> Parser:
    """A folder path relative to mkdocs.yml; where it may lie is check_folders' rule."""

    def parse(option: str, value: object) -> str:
        if isinstance(value, str) and len(value) <= MAX_LENGTH and \
                (value.startswith("/") or _PATH.fullmatch(value)):
            return value
        raise expected(option, msg("type.folder", example=example), value)
    return parse


def optional(parse: Parser) -> Parser:
    """Unset (None) or what `parse` takes."""
    return lambda option, value: None if value is None else parse(option, value)


def docs_page(option: str, value: object) -> str:
    """A Markdown page inside docs_dir, like 'je-pagina-bewerken.md'."""
    if isinstance(value, str) and len(value) <= MAX_LENGTH and _PATH.fullmatch(value) and \
            value.endswith(".md") and not _leaves(value):
        return value
    raise expected(option, msg("type.page"), value)


def contact(option: str, value: object) -> str | None:
    """An e-mail address or an https page; unset when empty."""
    if value is None or value == "":
        return None
    text = value.strip() if isinstance(value, str) else ""
    if _EMAIL.fullmatch(text) or (len(text) <= MAX_LENGTH and is_https_url(text)):
        return text
    raise expected(option, msg("type.contact"), value)


def site_url(option: str, value: object) -> str:
    """The address the site is published at: https, or http on this machine only (what
    `mkdocs serve` sets itself; such an address reaches no visitor)."""
    if value is None or value == "":
        raise OptionError(msg("option.site_url"))
    if isinstance(value, str) and len(value) <= MAX_LENGTH and _plain_address(value):
        parts = urlsplit(value)
        if is_https_url(value) or (parts.scheme == "http" and parts.hostname in LOOPBACK):
            return value
    raise expected(option, msg("type.site_url"), value)


def repo_url(option: str, value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and len(value) <= MAX_LENGTH and _plain_address(value) \
            and is_https_url(value):
        return value
    raise expected(option, msg("type.repo_url"), value)


def edit_uri(option: str, value: object) -> str | None:
    """A path MkDocs joins to repo_url for every "edit this page" link, or an https
    address: never a scheme of its own (`javascript:`) or another host (`//`)."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and len(value) <= MAX_LENGTH:
        if is_https_url(value) and _plain_address(value):
            return value
        if _RELATIVE_URL.fullmatch(value) and not urlsplit(value).scheme and \
                not value.startswith("//") and ":" not in value.split("/", 1)[0]:
            return value
    raise expected(option, msg("type.edit_uri"), value)


def edit_uri_template(option: str, value: object) -> str | None:
    """Like edit_uri, with MkDocs' placeholders `{path}`, `{path_noext}` (`!q`: quoted)."""
    if not isinstance(value, str):
        return edit_uri(option, value)
    try:
        edit_uri(option, re.sub(r"\{path(?:_noext)?(?:!q)?\}", "x", value))
    except OptionError:
        raise expected(option, msg("type.edit_uri"), value) from None
    return value


def _plain_address(value: str) -> bool:
    """No user name or password in the address: it is printed on every page."""
    try:
        parts = urlsplit(value)
        return parts.username is None and parts.password is None and parts.port != -1
    except ValueError:  # a port that is no number
        return False


def _leaves(path: str) -> bool:
    """Whether a relative path climbs out of its folder or is absolute."""
    return path.startswith("/") or ".." in PurePosixPath(path).parts


# The folders, together.

@dataclass(frozen=True)
class Place:
    """A folder option with its path as written and as an absolute, normalised path."""

    option: str
    written: str
    path: Path
    given: bool = True   # written in mkdocs.yml, not the default: blamed first


def place(option: str, written: str, base: Path, given: bool = True) -> Place:
    """Not resolved: a link in the path stays visible to the confinement check."""
    return Place(option, written, Path(os.path.normpath(base / written)), given)


def check_folders(root: Path, own: list[Place], docs_dir: Place, site_dir: Place,
                  in_docs: list[Place]) -> list[tuple[str, OptionError]]:
    """Where the folders may lie, each problem once:

    - `own` (ambassadors_dir, stories_dir, private_dir, cache_dir) and the output folder
      inside the repository (not in .git), apart from docs_dir, the output folder and each
      other;
    - `in_docs` (events_dir, appointments_dir, newsletter_dir) inside docs_dir, apart from
      each other.
    """
    found: list[tuple[str, OptionError]] = []
    outside = [p for p in (*own, site_dir) if not _inside(root, p.path)]
    found += [(p.option, OptionError(msg("option.folder_outside", option=p.option,
                                         folder=quote(p.written)))) for p in outside]
    placed = [p for p in (docs_dir, *own, site_dir) if p not in outside]
    blamed_once: set[str] = set()   # one problem per option: the first overlap says it
    for index, first in enumerate(placed):
        for second in placed[index + 1:]:
            blamed, other = _blame(first, second)
            if blamed.option not in blamed_once and _overlap(first.path, second.path):
                blamed_once.add(blamed.option)
                found.append((blamed.option, _overlapping(blamed, other)))
    inside = []
    for page_folder in in_docs:
        if not _inside(docs_dir.path, page_folder.path, strictly=True):
            found.append((page_folder.option, OptionError(msg(
                "option.docs_folder_outside", option=page_folder.option,
                folder=quote(page_folder.written)))))
            continue
        for earlier in inside:
            if _overlap(page_folder.path, earlier.path):
                blamed, other = _blame(earlier, page_folder)
                found.append((blamed.option, OptionError(msg(
                    "option.docs_folders_overlap", option=blamed.option,
                    folder=quote(blamed.written), other=other.option,
                    where=quote(other.written)))))
        inside.append(page_folder)
    return found


def _blame(first: Place, second: Place) -> tuple[Place, Place]:
    """The folder whose option the problem is reported on: the later one, unless only the
    earlier is written in mkdocs.yml."""
    return (first, second) if first.given and not second.given else (second, first)


def _overlapping(folder: Place, other: Place) -> OptionError:
    pair = {folder.option, other.option}
    why = "reason.site_dir" if "site_dir" in pair else \
        "reason.docs_dir" if "docs_dir" in pair else "reason.apart"
    return OptionError(msg("option.folders_overlap", option=folder.option,
                           folder=quote(folder.written), other=other.option,
                           where=quote(other.written), why=msg(why)))


def _inside(root: Path, path: Path, strictly: bool = False) -> bool:
    """At or below `root` (strictly: below), and not in git's own folder. The repository
    folder itself is inside: it then overlaps docs_dir, which says more."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return False
    return (bool(parts) or not strictly) and ".." not in parts and parts[:1] != (".git",)


def _overlap(first: Path, second: Path) -> bool:
    return first == second or first in second.parents or second in first.parents


def strings(option: str, value: object) -> Mapping[object, object]:
    """A mapping (`labels`, `urls`), or unset."""
    if value is None:
        return {}
    if isinstance(value, Mapping):
        return value
    raise expected(option, msg("type.mapping"), value)


def one_line(field: str, value: object, limit: int) -> str:
    """Plain text of one line: no markup, control or invisible characters."""
    if not isinstance(value, str):
        raise expected(field, msg("type.text"), value)
    tag = markup_in(value)
    if tag or invisible_in(value) or re.search(r"[\t\n\r]", value) or len(value) > limit:
        what = msg("option.markup", tag=tag, limit=limit) if tag else \
            msg("option.unprintable", limit=limit)
        raise OptionError(msg("option.without", field=field, expected=msg("option.line"),
                              what=what))
    return value
