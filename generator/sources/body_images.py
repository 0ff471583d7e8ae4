"""Images that a Markdown body shows from its own folder: found, checked, later derived."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..messages import msg
from .errors import FieldError
from .images import ImageChecks, check_image

# ![alt](target "title"), the target also in <angle brackets> or with spaces. Each part
# stops at the next bracket of its kind, so a body of a million '![a](' is read once.
_IMAGE = re.compile(r'!\[(?P<alt>[^\[\]]*)\]\(\s*(?:<(?P<angled>[^<>\n]+)>|'
                    r'(?P<plain>[^()\[\]"\n]+?))(?P<rest>(?:\s+"[^"\n]*")?\s*\))')


def local_images(body: str, first_line: int) -> list[tuple[int, str, str]]:
    """(line, alt text, file name) of every image in the body that is not a web address."""
    found = []
    for match in _IMAGE.finditer(body):
        alt, target = match.group("alt"), match.group("angled") or match.group("plain")
        if re.match(r"^[a-z][a-z0-9+.-]*:|^/|^#", target, re.IGNORECASE):
            continue
        found.append((first_line + body.count("\n", 0, match.start()), alt, target))
    return found


def check_body_image(folder: Path | None, alt: str, name: str,
                     checks: ImageChecks | None = None) -> Path:
    """The image's path beside the Markdown file, or a FieldError saying what to do."""
    if not alt.strip():
        raise FieldError(msg("body_image.no_alt", name=name))
    if folder is None:
        raise FieldError(msg("body_image.flat_story", name=name))
    return check_image(folder, name, checks)


def retarget(body: str, new_target: Callable[[str], str | None]) -> str:
    """Replace image targets for which `new_target` gives a name; leave the rest as typed."""
    def replace(match: re.Match[str]) -> str:
        target = match.group("angled") or match.group("plain")
        name = new_target(target)
        if name is None:
            return match.group(0)
        return f"![{match.group('alt')}](<{name}>{match.group('rest')}"

    return _IMAGE.sub(replace, body)
