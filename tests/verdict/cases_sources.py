"""Verdict cases for the sources' own messages: front matter, fields, files, images,
bodies, references, the embargo and the coordinator's advisories."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

from tests.verdict import Case, Link
from tests.verdict.base import ANNOUNCEMENT, EVENT, PERSON, PERSON_TEXT, STORY, jpeg


def person(old: str, new: str) -> dict[str, str | bytes | Link]:
    """The base ambassador with one piece of text replaced."""
    assert old in PERSON_TEXT, old
    return {PERSON: PERSON_TEXT.replace(old, new, 1)}


def body(text: str) -> dict[str, str | bytes | Link]:
    return {PERSON: PERSON_TEXT + "\n" + text + "\n"}


def png(size: tuple[int, int] = (40, 50)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 90, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def promising_png(width: int, height: int) -> bytes:
    """A PNG whose header promises width x height pixels, with one tiny data chunk."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))


def tiff() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 50)).save(buffer, "TIFF")
    return buffer.getvalue()


NEW = "mensen/piet-nieuw/index.md"
NEW_TEXT = "---\nname: Piet Nieuw\nterm:\n  start: 2026-06-01\n---\nPiet.\n"
ANNOUNCED_2026 = ("---\ntitle: Piet Nieuw benoemd\ndate: 2026-06-01T10:00\n"
                  "ambassadors: [piet-nieuw]\n---\nPiet Nieuw is benoemd.\n")
FUTURE_ANNOUNCEMENT = ("---\ntitle: Piet Nieuw benoemd\ndate: 2026-07-01T10:00\n"
                       "ambassadors: [piet-nieuw]\n---\nPiet Nieuw wordt benoemd.\n")

CASES: list[Case] = [
    # values
    Case("value.mismatch", person("start: 2025-02-01", "start: 01-02-2025")),
    Case("text.empty", person("role: Verpleegkundige", "role: ''")),
    Case("text.too_long", person("role: Verpleegkundige", "role: " + "x" * 400)),
    Case("text.html", person("role: Verpleegkundige", "role: <b>Verpleegkundige</b>"),
         note="the build strips it and warns"),
    Case("text.invisible", person("role: Verpleegkundige", "role: Verpleeg\u200bkundige")),
    # sort_name (issue 30): plain text like every other, at most 80 characters
    Case("text.empty", person("name: Anouk de Wit\n", "name: Anouk de Wit\nsort_name: ''\n")),
    Case("text.too_long", person("name: Anouk de Wit\n",
                                 "name: Anouk de Wit\nsort_name: " + "x" * 81 + "\n")),
    Case("value.mismatch", person("name: Anouk de Wit\n",
                                  "name: Anouk de Wit\nsort_name: [de, Wit]\n")),
    Case("text.html", person("name: Anouk de Wit\n", "name: Anouk de Wit\nsort_name: <b>Wit</b>\n"),
         note="the build strips it and warns"),
    Case("date.not_a_day", person("start: 2025-02-01", "start: 2025-02-30")),
    Case("moment.invalid", {EVENT: "---\ntitle: Netwerkdag\nstart: 2026-09-12T25:00\n---\nx\n"}),
    Case("moment.offset", {EVENT: "---\ntitle: Netwerkdag\nstart: '2026-09-12T10:00+25:00'\n"
                                  "---\nx\n"}),
    Case("moment.skipped", {EVENT: "---\ntitle: Netwerkdag\nstart: 2026-03-29T02:30\n---\nx\n"}),
    Case("list.too_long", person("themes: [kleinschalig wonen]",
                                 "themes: [" + ", ".join(f"t{i}" for i in range(300)) + "]")),
    # fields and front matter
    Case("fields.expected", person("term:\n  start: 2025-02-01", "term: 2025-02-01")),
    Case("fields.entries", person("podium:\n  - date: 2025-03-01\n    kind: presentatie\n"
                                  "    title: Wonen met zorg", "podium: {date: 2025-03-01}")),
    Case("field.unknown", person("region: Gelderland", "region: Gelderland\nkleur: blauw")),
    Case("field.unknown_close", person("region: Gelderland", "regio: Gelderland")),
    Case("field.required", person("name: Anouk de Wit\n", "")),
    Case("field.not_plain", person("region: Gelderland", "? [a, b]\n: c\nregion: Gelderland")),
    Case("field.twice", person("region: Gelderland", "region: Gelderland\nregion: Utrecht")),
    Case("frontmatter.missing", {PERSON: "name: Anouk de Wit\n\nGeen kopregels.\n"}),
    Case("frontmatter.unclosed", {PERSON: PERSON_TEXT.replace("---\nAnouk", "Anouk")}),
    Case("frontmatter.not_fields", {PERSON: "---\n- a\n- b\n---\nx\n"}),
    Case("frontmatter.anchors", person("region: Gelderland", "region: &r Gelderland\n"
                                       "sector: *r")),
    Case("frontmatter.too_deep", person("region: Gelderland",
                                        "region: [[[[[[[[[x]]]]]]]]]")),
    Case("yaml.invalid", person("region: Gelderland", "region: Gelderland\n  - x: [")),
    Case("folder.ambassador_index", {"mensen/jan/leesmij.md": "# Jan\n"}),
    Case("folder.story_index", {"verhalen-bron/een-map/foto.jpg": jpeg()}),
    Case("folder.reserved", {"mensen/oud-ambassadeurs/index.md": NEW_TEXT}),
    Case("slug.invalid", {"mensen/Piet_Nieuw/index.md": NEW_TEXT}),
    Case("slug.duplicate", {"verhalen-bron/kleinschalig-wonen/index.md":
                            "---\ntitle: Dubbel\ndate: 2026-05-02\nambassadors: [anouk-de-wit]\n"
                            "---\nx\n"}),
    Case("private.both", {"geheim/mensen/anouk-de-wit/index.md": PERSON_TEXT},
         options="private_dir: geheim"),
    Case("private.overlaps", options="private_dir: eigen",
         mkdocs="theme:\n  name: material\n  language: nl\n  custom_dir: eigen/thema",
         files={"eigen/thema/main.html": "{% extends 'base.html' %}\n"},
         note="the theme's folder inside the private one: MkDocs would publish it"),
    Case("confine.outside",
         mkdocs="theme:\n  name: material\n  language: nl\n  custom_dir: /tmp",
         note="the plugin's own folders are option.folder_outside; the theme's is this (a "
              "folder that does not exist is MkDocs' own error, option.mkdocs)"),
    Case("confine.link", {"mensen/anouk-de-wit/extra.jpg": Link("/etc/hostname")}),
    Case("file.too_large", body("x" * (1024 * 1024 + 10))),
    Case("file.not_utf8", {STORY: "---\ntitle: Caf\xe9\n---\n".encode("latin-1")}),
    # bodies
    Case("body.placeholder", body("Vervang deze alinea door je eigen tekst.")),
    Case("body.unsafe", body('<img src="x.png" onerror="alert(1)">'),
         note="the build removes it and warns"),
    Case("body.slow", body("[" * 60_000)),
    Case("body.dense", body(("[a](b) `c` *d* <e> " * 20_000))),
    Case("body.emphasis", body("*" * 1 + " ".join(["*x"] * 450))),
    Case("body.nesting", body(">" * 40 + " x")),
    Case("body.nested_often", body("\n".join(">" * 20 + " x" for _ in range(30_000)))),
    Case("body.lines", body("x\n" * 50_100)),
    Case("body.paragraphs", body("x\n\n" * 20_100)),
    Case("body.markup", body("()" * 80_001)),
    Case("body_image.no_alt", {**body("![](kamer.jpg)"), "mensen/anouk-de-wit/kamer.jpg": jpeg()}),
    Case("body_image.flat_story", {STORY: "---\ntitle: Kleinschalig wonen werkt\n"
                                          "date: 2026-05-02\nambassadors: [anouk-de-wit]\n---\n"
                                          "![Kamer](kamer.jpg)\n"}),
    # images
    Case("image.not_a_name", person("photo: foto.jpg", "photo: ../foto.jpg")),
    Case("image.missing", person("photo: foto.jpg", "photo: weg.jpg")),
    Case("image.not_a_file", {**person("photo: foto.jpg", "photo: map.jpg"),
                              "mensen/anouk-de-wit/map.jpg/x": ""}),
    Case("image.too_large", {"mensen/anouk-de-wit/foto.jpg": jpeg() + b"\0" * (21 << 20)}),
    Case("image.unreadable", {"mensen/anouk-de-wit/foto.jpg": b"geen plaatje"}),
    Case("image.format", {**person("photo: foto.jpg", "photo: foto.png"),
                          "mensen/anouk-de-wit/foto.png": tiff()}),
    Case("image.misnamed", {"mensen/anouk-de-wit/foto.jpg": png()}),
    Case("image.pixels", {**person("photo: foto.jpg", "photo: foto.png"),
                          "mensen/anouk-de-wit/foto.png": promising_png(7000, 7000)}),
    Case("image.cut_off", {"mensen/anouk-de-wit/foto.jpg": jpeg()[:-400]}),
    # the model's own rules
    Case("order.term", person("  start: 2025-02-01", "  start: 2025-02-01\n  end: 2024-01-01")),
    Case("order.event", {EVENT: "---\ntitle: Netwerkdag\nstart: 2026-09-12T10:00\n"
                                "end: 2026-09-12T09:00\n---\nx\n"}),
    Case("event.end_shape", {EVENT: "---\ntitle: Netwerkdag\nstart: 2026-09-12T10:00\n"
                                    "end: 2026-09-12\n---\nx\n"}),
    Case("appearance.twice", person("    title: Wonen met zorg", "    title: Wonen met zorg\n"
                                    "  - date: 2025-03-01\n    kind: presentatie\n"
                                    "    title: Wonen met zorg")),
    Case("story.image_alt", {"verhalen-bron/met-foto/index.md":
                             "---\ntitle: Met foto\ndate: 2026-05-02\n"
                             "ambassadors: [anouk-de-wit]\nimage: dag.jpg\n---\nx\n",
                             "verhalen-bron/met-foto/dag.jpg": jpeg()}),
    Case("appointment.file_name", {"docs/appointments/voorjaar.md": ANNOUNCED_2026,
                                   NEW: NEW_TEXT}),
    Case("ambassador.unknown", {STORY: "---\ntitle: Wie\ndate: 2026-05-02\n"
                                       "ambassadors: [anouk-de-witt]\n---\nx\n"}),
    Case("event.unknown", person("    title: Wonen met zorg", "    title: Wonen met zorg\n"
                                 "    event: 2026-09-netwerkdagg")),
    # advisories: the site is right, publishing goes on
    Case("event.other_day", person("  - date: 2025-03-01\n    kind: presentatie\n"
                                   "    title: Wonen met zorg",
                                   "  - date: 2026-09-13\n    kind: presentatie\n"
                                   "    title: Op de netwerkdag\n    event: 2026-09-netwerkdag")),
    Case("appearance.outside_term", person("  - date: 2025-03-01", "  - date: 2024-03-01")),
    Case("appointment.late", {ANNOUNCEMENT: ANNOUNCED_2026.replace("piet-nieuw", "anouk-de-wit")
                              .replace("Piet Nieuw", "Anouk de Wit")}),
    Case("appointment.missing", {NEW: NEW_TEXT}),
    Case("network.over_maximum", {NEW: NEW_TEXT}, options="network_maximum: 1",
         note="two active, one expected (the option takes 1 to 10,000)"),
    Case("press.no_photo", {NEW: NEW_TEXT, "docs/appointments/2026.md": FUTURE_ANNOUNCEMENT},
         note="exposed.readable too: both advisories"),
    Case("press.small_photo", {NEW: NEW_TEXT.replace("term:", "photo: p.jpg\nphoto_credit: x\n"
                                                             "term:"),
                               "mensen/piet-nieuw/p.jpg": jpeg((300, 400)),
                               "docs/appointments/2026.md": FUTURE_ANNOUNCEMENT}),
    Case("press.no_credit", {NEW: NEW_TEXT.replace("term:", "photo: p.jpg\nterm:"),
                             "mensen/piet-nieuw/p.jpg": jpeg((1600, 2000)),
                             "docs/appointments/2026.md": FUTURE_ANNOUNCEMENT}),
    Case("photo.no_credit", person('photo_credit: "Foto: Zorggroep Oost"\n', ""),
         note="a published ambassador's portrait, announced long ago"),
    Case("exposed.readable", {NEW: NEW_TEXT, "docs/appointments/2026.md": FUTURE_ANNOUNCEMENT}),
    Case("codeowners.stale", {".github/CODEOWNERS": "* @iemand\n"}),
    Case("cms.stale", {"docs/admin/config.yml": "backend:\n  name: github\n"}),
]
