"""The edges of the calendar and control characters in source texts (issue 26, items 5
and 6): a date outside the years 1900-2199, a build clock that is no whole number of
seconds in range or a timezone that does not exist (errors), and control characters pasted
from a PDF (an advisory: removed, and the build goes on)."""

from __future__ import annotations

from tests.verdict import Case
from tests.verdict.base import STORY

PASTED_STORY = """\
---
title: Kleinschalig\x0c wonen werkt
date: 2026-05-02
ambassadors: [anouk-de-wit]
---
Bewoners koken weer\x08 zelf.\x00
"""

CASES: list[Case] = [
    Case("date.out_of_range", files={STORY: """\
---
title: Kleinschalig wonen werkt
date: 0225-05-02
ambassadors: [anouk-de-wit]
---
Bewoners koken weer zelf.
"""}, note="a typo in the year: 0225 for 2025"),
    Case("date.out_of_range", files={"docs/appointments/9999.md": """\
---
title: Benoemd
date: 2025-01-20T10:00
ambassadors: [anouk-de-wit]
---
Tekst.
"""}, note="the year of an announcement's file name is a date too"),
    Case("text.control", files={STORY: PASTED_STORY},
         note="a form feed, a backspace and a NUL pasted from a PDF"),
    Case("text.control", files={"docs/over.md": "# Over ons\n\nHet netwerk\x0c van "
                                                "zorgambassadeurs.\n"},
         note="a hand-written page: MkDocs reads it, the plugin strips it in on_files"),
    Case("file.name_invisible", files={"docs/pdf\x0cpagina.md": "# Pagina\n\nTekst.\n"},
         note="a hand-written page's name is its address and its menu title on every page"),
    Case("clock.epoch", epoch=99999999999,
         note="SOURCE_DATE_EPOCH in the year 5138: beyond what MkDocs' sitemap.xml.gz holds"),
    Case("clock.epoch", epoch=-1, note="SOURCE_DATE_EPOCH before 1970"),
    Case("clock.timezone", options="timezone: Europe",
         note="a folder of the timezone database, not a zone"),
]
