"""Files in docs_dir that MkDocs publishes as they are (HTML, SVG, XML and their relatives, in
any letter case): a pull request that plants a script in one is an error from `check` naming
the file and line in English and Dutch; the build leaves the file out and warns, so a
`--strict` build fails and `serve` still previews; no hostile byte reaches the site. Clean
files (an SVG logo as drawing programs save it, a plain HTML page, robots.txt, CNAME) are
still published byte for byte."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from generator.sources.files.raw_files import MAX_RAW_BYTES, find_unsafe_markup
from tests.sitebuilder import Result, build, run_cli, write
from tests.zorgnetwerk import EPOCH, write_site

SVG = 'xmlns="http://www.w3.org/2000/svg"'

# file -> (content, the line check names, the marker that may reach no output byte)
HOSTILE: dict[str, tuple[bytes, int, str]] = {
    "docs/script.html": (b"<!doctype html>\n<title>Test</title>\n"
                         b"<script>alert('RAW-01')</script>\n", 3, "RAW-01"),
    "docs/Hoofdletters.HTML": (b"<p>\nhallo\n<p onclick=\"alert('RAW-02')\">klik</p>\n",
                               3, "RAW-02"),
    "docs/entiteit.htm": (b"<p>\n\n<a href=\"jav&#x61;script:alert('RAW-03')\">x</a>\n",
                          3, "RAW-03"),
    "docs/witruimte.xhtml": (b'<html xmlns="http://www.w3.org/1999/xhtml">\n<body>\n'
                             b"<a href=\"java\tscript:alert('RAW-04')\">x</a></body></html>\n",
                             3, "RAW-04"),
    "docs/gecodeerd.html": (b"<p>x</p>\n<a href=\"&#x6A;&#x61;vas&#x09;cript&colon;"
                            b"alert('RAW-05')\">x</a>\n", 2, "RAW-05"),
    "docs/zonder-puntkomma.html": (b"<a href=\"&#0000106avascript:alert('RAW-06')\">x</a>\n",
                                   1, "RAW-06"),
    "docs/logo.svg": (b'<?xml version="1.0"?>\n<svg ' + SVG.encode() + b"\n"
                      b"  onload=\"alert('RAW-07')\"/>\n", 3, "RAW-07"),
    "docs/vreemd.svg": (b"<svg " + SVG.encode() + b">\n<foreignObject>\n"
                        b'<body xmlns="http://www.w3.org/1999/xhtml">'
                        b"<script>alert('RAW-08')</script></body>\n"
                        b"</foreignObject></svg>\n", 3, "RAW-08"),
    "docs/gebruik.svg": (b"<svg " + SVG.encode() + b' xmlns:xlink="http://www.w3.org/1999/xlink">\n'
                         b'<use xlink:href="https://evil.example/sprite.svg#RAW-09"/>\n</svg>\n',
                         2, "RAW-09"),
    "docs/lachen.xml": (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "RAW-10">\n'
                        b' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n'
                        b"<lolz>&lol2;</lolz>\n", 3, "RAW-10"),
    "docs/xxe.xml": (b'<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
                     b"<foo>&xxe;RAW-11</foo>\n", 1, "RAW-11"),
    "docs/stijl.xml": (b'<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" '
                       b'href="evil.xsl"?>\n<x>RAW-12</x>\n', 2, "RAW-12"),
    "docs/naamruimte.xml": (b'<?xml version="1.0"?>\n<root>\n<h:script xmlns:h='
                            b"\"http://www.w3.org/1999/xhtml\">alert('RAW-13')</h:script>"
                            b"</root>\n", 3, "RAW-13"),
    "docs/kaders.html": (b'<iframe src="https://evil.example/RAW-14"></iframe>\n'
                         b'<object data="RAW-14.swf"></object>\n<embed src="RAW-14">\n',
                         1, "RAW-14"),
    "docs/aanhalingsteken.html": (b"<p>\n<a title=\">\" onclick=\"alert('RAW-15')\">x</a>\n",
                                  2, "RAW-15"),
    "docs/animatie.svg": (b"<svg " + SVG.encode() + b">\n<a>\n<set attributeName="
                          b"\"onmouseover\" to=\"alert('RAW-16')\"/><text>x</text></a>\n</svg>\n",
                          3, "RAW-16"),
    "docs/data.html": (b"<p>RAW-17</p>\n<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>\n",
                       2, "RAW-17"),
    "docs/gezipt.svgz": (gzip.compress(b"<svg " + SVG.encode() + b">\n"
                                       b"<script>alert('RAW-18')</script></svg>\n", mtime=0),
                         2, "RAW-18"),
    "docs/events/ingesloten.html": (b"<script>alert('RAW-19')</script>\n", 1, "RAW-19"),
    "docs/diep/map/Logo.Svg": (b"<svg " + SVG.encode() + b" onload=\"alert('RAW-20')\"/>\n",
                               1, "RAW-20"),
    "docs/utf16.html": ("<p>\n<script>alert('RAW-21')</script>\n".encode("utf-16"), 1, "RAW-21"),
    "docs/iso2022.svg": (b'<?xml version="1.0" encoding="ISO-2022-JP"?>\n<svg ' + SVG.encode()
                         + b"><scr\x1b(Bipt>alert('RAW-22')</scr\x1b(Bipt></svg>\n",
                         2, "RAW-22"),
    "docs/groot.svg": (b"<svg " + SVG.encode() + b"><script>alert('RAW-23')</script>\n"
                       + b"<!-- opvulling -->\n" * (MAX_RAW_BYTES // 19), 0, "RAW-23"),
    "docs/kapot.svgz": (b"RAW-24 is geen gzip\n", 0, "RAW-24"),
    "docs/bom.svg": (b"\xef\xbb\xbf<svg " + SVG.encode() + b" onload=alert('RAW-25')/>\n",
                     1, "RAW-25"),
    "docs/cr.html": (b"<p>\r<p>\r<script>alert('RAW-26')</script>\r", 3, "RAW-26"),
    "docs/vb.html": (b"<a href=\"vbscript:msgbox('RAW-27')\">x</a>\n", 1, "RAW-27"),
    "docs/basis.shtml": (b'<base href="https://evil.example/RAW-28/">\n', 1, "RAW-28"),
    "docs/transform.xsl": (b'<?xml version="1.0"?>\n<xsl:stylesheet version="1.0" '
                           b'xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n'
                           b"<xsl:template match=\"/\"><script>alert('RAW-29')</script>"
                           b"</xsl:template></xsl:stylesheet>\n", 3, "RAW-29"),
}

CLEAN: dict[str, bytes] = {
    "docs/assets/logo.svg": b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     version="1.1" viewBox="0 0 100 100" role="img" aria-label="Zorg &amp; welzijn">
  <defs>
    <linearGradient id="g"><stop offset="0" stop-color="#0a5"/></linearGradient>
    <symbol id="s"><circle cx="50" cy="50" r="40"/></symbol>
  </defs>
  <style>.a { fill: url(#g); }</style>
  <use xlink:href="#s" class="a"/>
  <use href="#s" x="10"/>
  <image width="10" height="10" href="data:image/png;base64,iVBORw0KGgo="/>
  <a href="https://zorg.example.org/"><text x="10" y="90">Zorg &amp; welzijn</text></a>
</svg>
""",
    "docs/gewoon.html": b"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Folder</title>
<link rel="stylesheet" href="assets/stylesheets/site.css">
<style>body { font-family: sans-serif; }</style>
</head>
<body>
<h1>Folder</h1>
<p>Lees <a href="https://zorg.example.org/netwerk/">het netwerk</a> of bel ons.</p>
<img src="assets/logo.svg" alt="Logo">
</body>
</html>
""",
    "docs/robots.txt": b"User-agent: *\nDisallow:\n",
    "docs/CNAME": b"zorg.example.org\n",
    "docs/google1234abcd.html": b"google-site-verification: google1234abcd.html",
    "docs/kaart.svgz": gzip.compress(b"<svg " + SVG.encode() + b"><rect width='1' height='1'/>"
                                     b"</svg>\n", mtime=0),
    "docs/extra/lijst.xml": b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://zorg.example.org/netwerk/over/</loc></url>
</urlset>
""",
}


def hostile_site(root: Path) -> Path:
    write_site(root)
    write(root, {name: content for name, (content, _, _) in HOSTILE.items()})
    return root


@pytest.fixture(scope="module")
def previewed(tmp_path_factory: pytest.TempPathFactory) -> Result:
    """A build as `serve` makes it: not strict, so it goes on without the files."""
    result = build(hostile_site(tmp_path_factory.mktemp("raw")), EPOCH, strict=False)
    assert result.code == 0, result.out[-3000:]
    return result


def test_check_names_every_hostile_file_and_line_in_both_languages(tmp_path: Path) -> None:
    done = run_cli(hostile_site(tmp_path), "check", epoch=EPOCH)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    for name, (_, line, _) in HOSTILE.items():
        where = name + (f":{line}:" if line else ":")
        assert f"error: {where}" in done.stdout, (name, done.stdout[-4000:])
        assert f"NL: {where}" in done.stdout, name


def test_check_says_what_it_found(tmp_path: Path) -> None:
    done = run_cli(hostile_site(tmp_path), "check", epoch=EPOCH).stdout
    for said in ("docs/script.html:3: a <script> tag is not allowed",
                 "docs/Hoofdletters.HTML:3: an event-handler attribute (onclick)",
                 "docs/entiteit.htm:3: a javascript: link",
                 "docs/gebruik.svg:2: a <use> of a file elsewhere",
                 "docs/lachen.xml:3: a document type declaration with its own definitions",
                 "docs/stijl.xml:2: a processing instruction (<?xml-stylesheet)",
                 "docs/groot.svg: the file is 5.0 MiB",
                 "docs/kapot.svgz: the file is not a complete gzip-compressed SVG",
                 "docs/utf16.html:1: the file is not UTF-8 text",
                 "docs/iso2022.svg:2: the file contains the control character U+001B",
                 "docs/script.html:3: een <script>-tag is niet toegestaan"):
        assert said in done, said


def test_the_strict_build_fails_naming_them(tmp_path: Path) -> None:
    result = build(hostile_site(tmp_path), EPOCH)
    assert result.code != 0
    assert "Traceback" not in result.out
    for name in HOSTILE:
        assert f"{name}:" in result.out, name


def test_the_preview_warns_and_leaves_them_out(previewed: Result) -> None:
    assert "Traceback" not in previewed.out
    root = previewed.site.parent
    for name in HOSTILE:
        assert f"WARNING -  generator: {name}:" in previewed.out, name
        assert not (previewed.site / Path(name).relative_to("docs")).exists(), name
    assert (previewed.site / "index.html").exists() and root.exists()


def test_no_hostile_byte_reaches_the_site(previewed: Result) -> None:
    published = previewed.all_bytes()
    for name, (_, _, marker) in HOSTILE.items():
        assert marker.encode() not in published, name
    assert b"evil.example" not in published


def test_clean_files_are_published_as_they_are(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    write(root, CLEAN)
    done = run_cli(root, "check", epoch=EPOCH)
    assert done.returncode == 0, done.stdout
    assert "docs/" not in done.stdout.replace("docs/appointments/", "")
    result = build(root, EPOCH)
    assert result.code == 0, result.out[-3000:]
    for name, content in CLEAN.items():
        assert (result.site / Path(name).relative_to("docs")).read_bytes() == content, name


@pytest.mark.parametrize("text", [
    "<p>Online en offline: 5 &gt; 3, zie a=b en de pagina.</p>",
    '<a href="https://example.org/?on=1">link</a>',
    "<svg><use href='#icoon'/><use xlink:href=\"sprite.svg#x\"/></svg>",
    '<?xml version="1.0" encoding="utf-8" standalone="no"?><x/>',
    '<img src="data:image/png;base64,iVBOR" alt="">',
])
def test_harmless_markup_is_not_flagged(text: str) -> None:
    assert find_unsafe_markup(text) == []


@pytest.mark.parametrize("text", [
    "<SCRIPT>", "< script >", "<svg:script>", "<x/onload=alert(1)>", "<a\nonclick\n=\nx>",
    '<a href=" javascript:x">', "<a href='JAVASCRIPT:x'>", "<a href='java&Tab;script:x'>",
    "<a href='javascript&#58;x'>", "<a href='&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116:x'>",
    "<use href='//evil.example/x.svg#a'/>", "<use href='\\\\evil.example/x.svg#a'/>",
    "<use href='data:image/svg+xml;base64,PHN2Zz4=#a'/>", "<!ATTLIST svg onload CDATA 'x'>",
    "<?php echo 1; ?>", "<portal src=x>", "<applet code=x>", "<frameset>", "<x:iframe>",
    "<svg><animate attributeName='href' values='javascript:x'/></svg>",
    "<form action='javascript:x'>", "<a href='data:application/xhtml+xml,x'>",
])
def test_hostile_markup_is_flagged(text: str) -> None:
    assert find_unsafe_markup(text) != [], text


def test_lines_stay_right_after_entities_that_decode_to_line_ends() -> None:
    text = "<p>&#10;&#13;&NewLine;</p>\n<p>\n<script>"
    assert [line for line, _ in find_unsafe_markup(text)] == [3]


@pytest.mark.parametrize("unit", ["<", "<a", "<use", "<use href=#a ", "<script", "&#106;",
                                  "&lt", " onx=", "<!ENTITY", "<?", "java", "\n"])
def test_a_file_at_the_limit_is_checked_in_bounded_time(unit: str) -> None:
    """No input makes the search slow: each pattern is linear, each is searched for once
    per line, and the `<use>` reading is bounded (it took minutes before)."""
    text = unit * ((MAX_RAW_BYTES - 1) // len(unit))
    started = time.process_time()
    find_unsafe_markup(text)
    assert time.process_time() - started < 15
