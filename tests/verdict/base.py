"""The small, valid network every verdict case starts from: one active ambassador with a
portrait and a podium log, a story, an event, a newsletter issue and a published
announcement. `check` finds nothing in it and `mkdocs build --strict` passes."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import textwrap
from pathlib import Path

from PIL import Image

from tests import sitebuilder
from tests.verdict import Case, Link

# 2026-06-15 12:00 in Amsterdam.
EPOCH = int(dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.timezone.utc).timestamp())
PERSON = "mensen/anouk-de-wit/index.md"
STORY = "verhalen-bron/kleinschalig-wonen.md"
EVENT = "docs/events/2026-09-netwerkdag.md"
ISSUE = "docs/newsletter/2026-05.md"
ANNOUNCEMENT = "docs/appointments/2025.md"
BASE_OPTIONS = 'email_unsubscribe: "*|UNSUB|*"'


def jpeg(size: tuple[int, int] = (600, 750), colour: tuple[int, int, int] = (200, 120, 80)
         ) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


PERSON_TEXT = """\
---
name: Anouk de Wit
role: Verpleegkundige
organisation: Zorggroep Oost
region: Gelderland
themes: [kleinschalig wonen]
photo: foto.jpg
photo_credit: "Foto: Zorggroep Oost"
term:
  start: 2025-02-01
podium:
  - date: 2025-03-01
    kind: presentatie
    title: Wonen met zorg
---
Anouk werkt al twintig jaar in de ouderenzorg.
"""

FILES: dict[str, str | bytes] = {
    "docs/index.md": "# Zorgambassadeurs\n\nZorgprofessionals vertellen.\n",
    "docs/over.md": "# Over ons\n\nHet netwerk van zorgambassadeurs.\n",
    PERSON: PERSON_TEXT,
    "mensen/anouk-de-wit/foto.jpg": jpeg((1600, 2000)),
    STORY: """\
---
title: Kleinschalig wonen werkt
date: 2026-05-02
ambassadors: [anouk-de-wit]
themes: [kleinschalig wonen]
---
Bewoners koken weer zelf.
""",
    EVENT: """\
---
title: Netwerkdag
start: 2026-09-12T10:00
end: 2026-09-12T16:00
location: Stadhuis Arnhem
ambassadors: [anouk-de-wit]
---
Een dag voor het hele netwerk.
""",
    ISSUE: """\
---
title: Nieuwsbrief mei 2026
date: 2026-05-31
---
Het nieuws van mei.
""",
    ANNOUNCEMENT: """\
---
title: Anouk de Wit benoemd
date: 2025-01-20T10:00
ambassadors: [anouk-de-wit]
---
**Arnhem, 20 januari 2025** – Anouk de Wit is benoemd.
""",
}


def mkdocs_yml(case: Case) -> str:
    """The base site's mkdocs.yml with the case's plugin options and top-level lines. The
    base's newsletter has an unsubscribe link (else: newsletter.no_unsubscribe), unless the
    case writes that option or the plugins itself."""
    given = textwrap.dedent(case.options).strip("\n")
    if not re.search(r"^email_unsubscribe:", given, re.MULTILINE) \
            and not re.search(r"^plugins:", textwrap.dedent(case.mkdocs), re.MULTILINE):
        given = "\n".join(filter(None, (BASE_OPTIONS, given)))
    options = textwrap.indent(given, " " * 6)
    extra = options + ("\n" if options else "") + textwrap.dedent(case.mkdocs).strip("\n")
    return sitebuilder.mkdocs_yml(extra)


def write_case(root: Path, case: Case) -> Path:
    """The base site with the case's files written over it."""
    for name, content in {**FILES, "mkdocs.yml": mkdocs_yml(case)}.items():
        _write(root / name, content)
    for name in case.remove:
        (root / name).unlink()
    for name, content in case.files.items():
        _write(root / name, content)
    if case.previous is not None:
        for name, content in case.previous.items():
            _write(previous_of(root) / name, content)
    return root


def previous_of(root: Path) -> Path:
    """Where write_case puts a case's previous version: beside the site, never in it."""
    return root.with_name(root.name + "-previous")


def _write(path: Path, content: str | bytes | Link) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.path.lexists(path):
        path.unlink()
    if isinstance(content, Link):
        path.symlink_to(content.target)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
