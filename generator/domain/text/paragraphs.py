"""Plain-text helpers for summaries and press texts: the first paragraph of a Markdown body,
and an announcement's note for editors apart from its release."""

from __future__ import annotations

import functools
import re

from .plain import strip_markup

NOTE_HEADING = "Noot voor de redactie"
# Each scan stops at the next bracket of its kind, so a body of a million '[' or '<' is
# still read once: the first paragraph is asked of hostile bodies too.
_IMAGE = re.compile(r"!\[[^\[\]]*\]\((?:[^()\n]|\([^()\n]*\))*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_MARKS = re.compile(r"(\*\*|__|\*|_|`)")
_TAGS = re.compile(r"<[^<>]+>")
# A Markdown attribute list (`{: .lead }`, `{ #id key="value" }`): markup for the attr_list
# extension, not words. Every part possessive: a long line of them is read once.
_ATTR_LIST = re.compile(
    r"""\{:[^{}\n]*+\}|\{[ \t]*+(?:(?:[#.][^\s{}=]++|[^\s{}="'#.][^\s{}="']*+="""
    r"""(?:"[^"\n]*+"|'[^'\n]*+'|[^\s{}"']++))[ \t]*+)++\}""")
# Blocks that are not running text: headings, quotes, tables, lists, code, rules, block HTML,
# admonitions, footnote and link definitions, a paragraph that is only an image.
_NOT_TEXT = re.compile(
    r"(?:#{1,6}(?:\s|$)|>|\||[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|```|~~~|!!!|\?\?\?"
    r"|\[\^?[^\[\]\n]*\]:|([-*_])(?:[ \t]*\1){2,}[ \t]*$"
    r"|<(?!(?:a|abbr|b|cite|code|em|i|kbd|mark|q|s|small|span|strong|sub|sup|time|u)\b)"
    r"|!\[[^\[\]]*\]\((?:[^()\n]|\([^()\n]*\))*\)[ \t]*$)")
_SETEXT = re.compile(r"\n[ \t]*(?:=+|-+)[ \t]*(?:\n|$)")
_TABLE_RULE = re.compile(r"\n[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*(?:\n|$)")
_NOTE = re.compile(r"##[ \t]+" + NOTE_HEADING + r"[ \t]*#*[ \t]*", re.IGNORECASE)
_SECTION_END = re.compile(r"#{1,2}(?:[ \t]|$)")
_FENCE = re.compile(r"[ \t]{0,3}(```|~~~)")


@functools.lru_cache(maxsize=None)  # asked for each story on several pages and feeds
def first_paragraph(markdown: str) -> str:
    """The first paragraph of running text, without Markdown marks, whatever inline Markdown
    it starts with (a bold dateline `**Utrecht, 20 januari 2026** –` is part of it); ''
    when there is none."""
    for block in re.split(r"\n[ \t]*\n", markdown.strip("\n")):
        if block.startswith(("    ", "\t")):  # indented code
            continue
        block = block.strip()
        if not block or _NOT_TEXT.match(block) or _SETEXT.search(block) \
                or _TABLE_RULE.search(block):
            continue
        block = _ATTR_LIST.sub("", block)
        text = _MARKS.sub("", _LINK.sub(r"\1", _IMAGE.sub("", _TAGS.sub("", block))))
        # Summaries reach feed descriptions and link previews as text: no markup there,
        # not even written as entities (`&lt;script&gt;`) that a reader decodes once more.
        text = strip_markup(" ".join(text.split()))
        if text:
            return text
    return ""


@functools.lru_cache(maxsize=256)
def split_note(markdown: str) -> tuple[str, str]:
    """An announcement's body as (release, note for editors): the note is the section headed
    `## Noot voor de redactie`, up to the next heading of level one or two; it is shown and
    put in the press kit, marked as not for publication, and kept out of feeds. The note is
    '' when there is none; headings inside fenced code do not count."""
    lines = markdown.split("\n")
    start = end = None
    fence = None
    for number, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened.group(1) == fence:
                fence = None
            continue
        if opened:
            fence = opened.group(1)
        elif start is None and _NOTE.fullmatch(line.rstrip()):
            start = number
        elif start is not None and _SECTION_END.match(line):
            end = number
            break
    if start is None:
        return markdown, ""
    end = len(lines) if end is None else end
    release = "\n".join(lines[:start] + lines[end:]).strip("\n") + "\n"
    return release, "\n".join(lines[start + 1:end]).strip("\n")


def initials(name: str) -> str:
    """What stands in for a missing portrait (the site's cards, the e-mail, the press
    kit): the first letter of the first and of the last word, 'Joke van 't Hek' -> 'JH'."""
    words = name.split()
    if not words:
        return ""
    return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()


def first_sentence(text: str) -> str:
    """A text's first sentence: up to the first '.', '!' or '?' that ends a word."""
    match = re.match(r"(.+?[.!?…])(?:\s|$)", text.strip(), re.DOTALL)
    return match.group(1) if match else text.strip()
