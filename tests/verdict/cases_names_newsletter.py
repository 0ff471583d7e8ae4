"""Verdict cases for names and newsletter privacy (issue 26, items 7 and 8): slugs, the
folder layout, event handlers in Markdown attribute lists, tracking pixels."""

from __future__ import annotations

from tests.verdict import Case
from tests.verdict.base import ISSUE

STORY = "---\ntitle: Lang\ndate: 2026-05-02\nambassadors: [anouk-de-wit]\n---\nTekst.\n"

CASES: list[Case] = [
    Case("slug.too_long", {f"verhalen-bron/{'lang-' * 16}x.md": STORY},
         note="a name of 81 characters; at most 80 are allowed"),
    Case("folder.ambassador_file",
         {"mensen/jan-de-vries.md": "---\nname: Jan de Vries\nterm:\n  start: 2025-01-01\n"
                                    "---\nJan.\n"}),
    Case("file.md_name", {"verhalen-bron/notitie.txt": "Een verhaal als tekstbestand.\n"}),
    Case("newsletter.remote_image",
         {ISSUE: "---\ntitle: Nieuwsbrief mei 2026\ndate: 2026-05-31\n---\nHet nieuws van "
                 "mei.\n\n![](https://pixel.example/open.gif)\n"}),
    Case("newsletter.no_unsubscribe", options="email_unsubscribe: null",
         note="a newsletter issue, and neither an unsubscribe link nor a sign-up form"),
    Case("body.unsafe",
         {ISSUE: "---\ntitle: Nieuwsbrief mei 2026\ndate: 2026-05-31\n---\nHet nieuws van "
                 "mei.\n{: onclick=\"alert(1)\" }\n"},
         mkdocs="markdown_extensions:\n  - attr_list",
         note="an event handler in a Markdown attribute list, which the sanitiser removes"),
]
