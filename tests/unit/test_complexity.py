"""Bodies written to keep Python-Markdown busy for hours or to make it recurse: each is
found, with the line of the paragraph at fault, and every scan of a body we run ourselves
(find_costly, find_unsafe, first_paragraph) answers them at once. Ordinary bodies, long
ones too, are left alone, and the deepest nesting let through still renders."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import markdown
import pytest

from generator.sources.checks.complexity import MAX_EMPHASIS, MAX_NESTING, NEST_BUDGET, find_costly
from generator.sources.front_matter.parse import parse

ROOT = Path(__file__).resolve().parents[2]
EXTENSIONS = ["toc", "admonition", "attr_list", "tables", "footnotes"]

# Each keeps Python-Markdown 3.11 busy from minutes to days, or makes it raise
# RecursionError; where measured, the time for the size noted.
HOSTILE = {
    "unclosed-brackets": '"[" * 300_000',                      # 20 000 of them: 62 s
    "unclosed-link-targets": '"[a](" * 300_000',              # 20 000: 99 s
    "unclosed-tags": '"<a " * 300_000',                       # 20 000: 35 s
    "unclosed-tags-with-attributes": '"<a href= " * 300_000',
    "unclosed-image-targets": '"![a](" * 200_000',
    "nested-brackets": '"[" * 500_000 + "]" * 500_000',
    "escaped-closers": '"[\\\\]" * 250_000',                  # Markdown never sees the ']'
    "closers-in-code": '"[`]`" * 250_000',                    # nor in a code span
    "escapes-between": '"\\\\\\\\[" * 330_000',               # each escape reads as 14 bytes
    "backtick-runs": '"".join("`" * k + "a" for k in range(1, 1400))',
    "quoted-tag-ends": '"<a b=x=\\"y z=\\"w>" * 60_000',      # the '>' sits in a value
    "link-titles-left-open": '"[a](b \\"x) " * 100_000',
    "one-paragraph-of-links": '"[a](b) " * 150_000',          # each link copies it: 137 s
    "one-paragraph-of-code": '"`a` " * 250_000',
    "table-row-of-backticks": '"|a|\\n|-|\\n|" + "``x`" * 8_000 + "|\\n"',
    "paragraphs": '"a\\n\\n" * 330_000',                      # 83 s
    "list-items": '"- a\\n" * 250_000',
    "nested-lists": '"".join("    " * i + "- x\\n" for i in range(500))',  # RecursionError
    "nested-lists-on-one-line": '"- " * 600 + "x\\n"',       # RecursionError
    "nested-quotes": '">" * 1_000 + " x\\n"',
    "nested-quotes-spaced": '"> " * 1_000 + "x\\n"',
    "quotes-deep-on-many-lines": '(">" * 30 + " x\\n\\n") * 5_000',  # 32 deep, 20 000 times: 14 s
    "nested-emphasis": '"**a " * 2_000 + "x" + " a**" * 2_000',  # RecursionError
    "emphasis-run": '"*" * 3_000 + "a" + "*" * 3_000',
}


def hostile(name: str) -> str:
    return eval(HOSTILE[name])  # the expressions are kept as text for the subprocess below


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_bodies_are_found_on_the_first_line_of_their_paragraph(name: str) -> None:
    found = find_costly(hostile(name), 7)
    assert found, name
    line, said = found[0]
    english, dutch = said.en, said.nl
    # the paragraph at fault; for quotes deep on many lines, the one that runs the lines x
    # levels (29 a line) past their budget
    assert line == (7 if name != "quotes-deep-on-many-lines" else 7 + 2 * (NEST_BUDGET // 29))
    assert "reasonable time" in english or "too deep" in english, english
    assert "redelijke tijd" in dutch or "te diep" in dutch, dutch


def test_the_line_is_where_the_paragraph_at_fault_starts() -> None:
    body = "Eerst gewone tekst.\n\nNog een alinea,\nover twee regels.\n\n" + "[" * 300_000
    assert [line for line, _ in find_costly(body, 10)] == [15]
    quotes = "".join(">" * depth + " x\n\n" for depth in range(1, 100))
    assert [line for line, _ in find_costly(quotes, 1)] == [1 + 2 * MAX_NESTING]


def run_bounded(script: str) -> None:
    """The script in its own process, given 20 s: generous, there to fail rather than to
    measure, so that a scan gone quadratic fails the test instead of hanging it."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], cwd=ROOT,
                          capture_output=True, text=True, timeout=20)
    assert done.returncode == 0, done.stderr[-2000:]


def test_every_scan_of_the_hostile_bodies_finishes() -> None:
    """find_costly, find_unsafe and first_paragraph on every hostile body: before they
    were made linear, several took hours; together they now take about two seconds."""
    run_bounded(f"""
        from generator.domain.text.paragraphs import first_paragraph
        from generator.sources.checks.complexity import find_costly
        from generator.sources.checks.safety import find_unsafe
        for expression in {list(HOSTILE.values())!r}:
            body = eval(expression)
            assert find_costly(body, 1), expression
            find_unsafe(body, 1)
            first_paragraph(body)
        """)


def test_find_costly_reads_a_megabyte_of_anything() -> None:
    """Bodies of a megabyte, each one piece repeated, hostile or not: all answered (the
    size limits bound every loop, and no expression reads a byte twice per match)."""
    pieces = ["x", "\n", "[]", "()", "]", "`x` ", "*a* ", "<b>", "\\* ", "| `a` |",
              '(a "b") ', "[[[[x]]]] ", "&amp; ", "<a b ", "`", "-  ", "> ", "\t"]
    run_bounded(f"""
        from generator.sources.checks.complexity import find_costly
        for piece in {pieces!r}:
            assert isinstance(find_costly(piece * (1_048_576 // len(piece))), list)
        """)


STORY_PARAGRAPH = (
    "Sinds 2019 werkt Anouk met [de gemeente Arnhem](https://www.arnhem.nl/sociaal_domein) "
    "aan **wijkteams** die zelf beslissen, zie ook [het verslag](../verslagen/2024.md) en "
    "(voor wie het precies wil weten) [de cijfers van het CBS](https://example.nl/cbs?jaar=2024&"
    "regio=gelderland). Zij schreef er een *korte* notitie over, met een `#hashtag`. ")

LEGITIMATE = {
    "links": "Zie [de gemeente](https://example.nl/pad) en [dit verhaal](../x.md \"Titel\"), "
             "![een foto](foto.jpg), <https://example.nl> en [een verwijzing][1].\n\n"
             "[1]: https://example.nl/verwijzing\n",
    "code-spans": "Gebruik `a[0]`, ``b`c``, `f(x)` en `[` in [een link](https://x.nl) of "
                  "(tussen `haakjes`).\n\nEen lange `code\nover twee regels` [en](u) (x).\n",
    "tables": "| Naam | Link | Code |\n|------|:----:|-----:|\n"
              + "| Anouk | [site](https://x.nl) | `a|b` |\n" * 200,
    "footnotes": "Tekst met een voetnoot[^1] en nog een[^noot].\n\n[^1]: De eerste.\n"
                 "[^noot]: De tweede, met *nadruk* en [een link](https://x.nl).\n",
    "nested-lists-4-deep": "".join(f"{'    ' * (i % 4)}- punt {i} met [link](https://x.nl)\n"
                                   for i in range(400)),
    "quotes-3-deep": "> Citaat\n> > dieper\n> > > nog dieper met `code`\n\n" * 50,
    "admonitions": "!!! note \"Let op\"\n    Tekst met [link](u).\n\n    !!! tip\n"
                   "        Genest.\n" * 20,
    "html": '<img src="foto.jpg" alt="Een foto"> <br> <a href="https://x.nl" title=\'x\'>'
            "link</a> <!-- opmerking -->\n\n" * 300,
    "emphasis": "**Vet** en *schuin* en ***beide*** en _ook_ en __dit__, snake_case_naam.\n" * 500,
    "megabyte-story": ((STORY_PARAGRAPH * 3).strip() + "\n\n") * 1_000,
    "long-list": "".join(f"- Punt {i} met een [link](https://example.nl/{i}) en *nadruk*\n"
                         for i in range(15_000)),
}


@pytest.mark.parametrize("name", sorted(LEGITIMATE))
def test_ordinary_bodies_are_left_alone(name: str) -> None:
    assert find_costly(LEGITIMATE[name], 1) == []


def test_the_megabyte_story_is_a_megabyte_of_links() -> None:
    story = LEGITIMATE["megabyte-story"]
    assert len(story.encode()) > 1_000_000 and story.count("](") >= 9_000


def demo_bodies() -> list[tuple[str, str]]:
    bodies = []
    for folder in ("ambassadors", "stories", "content"):
        for path in sorted((ROOT / folder).rglob("*.md")):
            text = path.read_text(encoding="utf-8")
            body = parse(text).body if text.startswith("---") else text
            bodies.append((path.relative_to(ROOT).as_posix(), body))
    return bodies


def test_the_demo_content_is_left_alone() -> None:
    bodies = demo_bodies()
    assert len(bodies) > 50
    assert [(path, find_costly(body)) for path, body in bodies if find_costly(body)] == []


NESTING = {  # each made `depth` levels deep
    "indented-lists": lambda depth: "".join("    " * level + "- x\n" for level in range(depth)),
    "quotes": lambda depth: ">" * depth + " x\n",
    "spaced-quotes": lambda depth: "> " * depth + "x\n",
    "lists-on-one-line": lambda depth: "- " * depth + "x\n",
    "emphasis": lambda depth: "**a " * (depth // 2) + "x" + " a**" * (depth // 2),
}


@pytest.mark.parametrize("name", sorted(NESTING))
def test_nesting_up_to_the_limit_is_let_through_and_renders(name: str) -> None:
    limit = MAX_EMPHASIS if name == "emphasis" else MAX_NESTING
    deepest = NESTING[name](limit)
    assert find_costly(deepest) == []
    assert markdown.markdown(deepest, extensions=EXTENSIONS)  # no RecursionError
    assert find_costly(NESTING[name](limit + 2))
