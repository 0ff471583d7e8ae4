"""Verdict cases for the files of docs_dir that MkDocs publishes by itself: files copied as
they are (HTML, SVG, XML), the template of a hand-written page, and a file at an address the
site makes itself (issue 26, item 4). Each is an error the build neutralises: it warns, so
the strict build fails while `serve` previews without it."""

from __future__ import annotations

import gzip

from generator.sources.files.raw_files import MAX_RAW_BYTES
from tests.verdict import Case

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"'

CASES: list[Case] = [
    Case("raw.unsafe", {"docs/assets/logo.svg": SVG + b" onload=\"alert(1)\"/>\n"},
         note="used to be published byte for byte"),
    Case("raw.unsafe", {"docs/folder.HTML": b"<p>\n<a href=\"jav&#x61;script:alert(1)\">x</a>\n"}),
    Case("raw.unsafe", {"docs/data/lijst.xml": b'<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<x>&a;</x>\n'},
         note="an entity: billion laughs, XXE"),
    Case("raw.too_large", {"docs/kaart.svg": SVG + b">" + b" " * MAX_RAW_BYTES + b"</svg>"}),
    Case("raw.not_utf8", {"docs/oud.html": "<p>\n<script>alert(1)</script>\n".encode("utf-16")},
         note="a browser honours the byte order mark; the check would read nothing"),
    Case("raw.control", {"docs/iso.svg": b'<?xml version="1.0" encoding="ISO-2022-JP"?>\n'
                                         + SVG + b"><scr\x1b(Bipt>alert(1)</scr\x1b(Bipt></svg>"},
         note="ESC sequences a browser decoding ISO-2022-JP drops make <script>"),
    Case("raw.gzip", {"docs/kaart.svgz": b"geen gzip"}),
    Case("raw.gzip", {"docs/kaart.svgz": gzip.compress(SVG + b"/>")[:-12]},
         note="cut off"),
    Case("page.template", {"docs/over.md": "---\ntemplate: partials/header.html\n---\n# Over\n"},
         note="used to end the build in a traceback"),
    Case("page.template", {"docs/over.md": "Template: bestaat-niet.html\n\n# Over\n"},
         note="MkDocs' MultiMarkdown-style front matter"),
    Case("docs.taken", {"docs/pers.md": "# Pers\n"},
         note="used to replace the press page without a word"),
    Case("docs.taken", {"docs/agenda/index.md": "# Agenda\n"},
         note="used to stop the build in on_files, while check said nothing"),
    Case("docs.taken", {"docs/feeds/verhalen.xml": "<rss/>\n"}),
    Case("docs.theme_file", {"docs/assets/javascripts/ambassadors.js": "alert(1)\n"},
         note="used to replace the script every page loads"),
]
