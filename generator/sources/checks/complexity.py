"""Finds Markdown bodies that Python-Markdown would take too long on or recurse too deep on."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, islice, repeat
from operator import add, mul

from ...messages import Message, msg

Finding = tuple[int, Message]  # the line where the paragraph at fault starts, what is wrong

# Python-Markdown 3.11 (toc, admonition, attr_list, tables, footnotes) measured on hostile
# bodies: each limit keeps it near a second at most, and lies far above what written text
# needs. The tests hold both sides: hostile bodies found, long ordinary ones left alone.
MAX_LINES = 50_000             # a list item costs it ~30 µs
MAX_TABLE_ROWS = 10_000        # a table row ~100 µs
MAX_PARAGRAPHS = 20_000        # it pops blocks off the front of a list: quadratic in them
MAX_MARKS = 150_000            # '[', '(', '`', '<', '*'...: Markdown's work grows with them
MAX_NESTING = 32               # nested lists recurse: RecursionError from ~240 levels
MAX_EMPHASIS = 200             # '*' and '_' open at once: it recurses from ~1990
INLINE_BUDGET = 1_000_000_000  # marks x bytes of their paragraph: each match copies it
SCAN_BUDGET = 2_500_000        # weighted bytes read from '[', '(' and '`' to their closers
TAG_BUDGET = 400_000           # bytes html.parser reads from '<' to '>' in tags not plain
TICK_BUDGET = 25_000_000       # (backticks in a table row) squared: tables pair them up
NEST_BUDGET = 40_000           # lines x levels below the first: each level parses anew

# Before it looks for links Markdown replaces each escape (2 bytes) and code span by a
# 14-byte placeholder, and footnote references too: a scan over them reads that much more.
_ESCAPE_EXTRA, _TICK_EXTRA, _CARET_EXTRA = 12, 4, 10
_TICK_WEIGHT = 0.5             # find_code_spans is a cheaper loop than getText

_ALL = bytes(range(256))
_STARTS = bytes.maketrans(b"[`\\<&*_\x01", b"\x01" * 7 + b"\x02")
_MARKS = bytes.maketrans(b"[]()`\\<&*_|\x01", b"\x01" * 11 + b"\x02")
_OPENERS = bytes.maketrans(b"[(`\x01", b"\x01" * 3 + b"\x02")
_TICKS = bytes.maketrans(b"`\x01", b"\x01\x02")
_STARS = bytes.maketrans(b"*_\x01", b"\x01\x01\x02")
_BLANK_RUN = re.compile(rb"\n[ \t]+(?=\n)")
_BLANKISH = re.compile(rb"^[ \t>]*$", re.MULTILINE)
_CONTAINER = rb"(?>[ ]{4}|\t|[ ]{0,3}>[ ]?|[ ]{0,3}(?:[-*+]|\d{1,9}\.)[ \t]++)"
_MARKER = rb"[ ]{0,3}(?:>|[-*+][ \t]|\d{1,9}\.[ \t]|!!!|\?\?\?|\[\^[^\]\n]*\]:)"
_NESTED = re.compile(rb"^%s{%d,}%s" % (_CONTAINER, MAX_NESTING, _MARKER), re.MULTILINE)
_BULLET, _NUMBER = rb"[ ]{0,3}[-*+][ \t]", rb"[ ]{0,3}\d{1,9}\.[ \t]"
_NESTED_ITEM = rb"[ ]{4,}(?:[-*+]|\d{1,9}\.)[ \t]"
_PREFIX = re.compile(rb"^%s++" % _CONTAINER, re.MULTILINE)
_LEVELS = bytes.maketrans(b">-*+.\t\x01", b"\x01" * 6 + b"\x02")
_ITEMS = {re.compile(first): re.compile(rb"\n(?=%s|%s)" % (first, _NESTED_ITEM))
          for first in (_BULLET, _NUMBER)}  # how Markdown splits a list into items
_TABLE = re.compile(rb"[^\n|]*+\|[^\n]*+\n[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\||\n|$)")
_ESCAPE, _TICKS_RUN, _OPENER, _CLOSER = 1, 2, 3, 4  # groups of _TOKEN and _TOKEN_OR_LINE
# What Markdown's link scan sees instead of a code span or an escape: a placeholder.
_PLACEHOLDER = b"\x02" * 14
_SPAN = re.compile(rb"(?<!`)`[^`\n|]+`(?!`)")
_ESCAPED = re.compile(rb"\\[\\`*_{}\[\]()>#+\-.!|]")
_BRACKETS = bytes.maketrans(b"[]()\x01", b"\x01" * 4 + b"\x02")
# A link target read to its ')': the address, then perhaps a title in quotes.
_TARGET = re.compile(rb"(?<=\])\((?>[^\[\]()\"'\n]*)"
                     rb"(?>\"[^\"()\[\]\n]*\"|'[^'()\[\]\n]*')?+[ ]*+\)")
_TEXT = re.compile(rb"\[(?!\^)[^\[\]\n]*\]")  # a link text with no bracket inside
_TOKEN = re.compile(rb"(?=[\\`\[\]()])"
                    rb"(?:(\\[\\`*_{}\[\]()>#+\-.!|])|(`+)|(\[\^?|\()|([\])]))")
_TOKEN_OR_LINE = re.compile(rb"(?=[\\`\[\]()\n|])"
                            rb"(?:(\\[\\`*_{}\[\]()>#+\-.!|])|(`+)|(\[\^?|\()|([\])])|([\n|]))")
_DELIMITERS = re.compile(rb"[*_]+")
# A start tag that is not plain. A plain one (attributes 'name' or 'name=value', the value
# quoted or bare, no '<' or '>' inside) ends at its '>' for the parser too: all of them
# together are read once.
_TAG_OPEN = re.compile(rb"<[a-zA-Z](?![^\s/>\"'=<]*+(?:\s++[^\s/>\"'=<]++(?:=(?:\"[^\"<>\n]*+\""
                       rb"|'[^'<>\n]*+'|[^\s\"'<>=`/]++))?+)*+\s*+/?>)")
# The start-tag scan of Python's html.parser (3.11), which Python-Markdown runs over the
# whole body: from '<' up to the '>' that is not inside a quoted attribute value.
_TAG_END = re.compile(rb"""
  <[a-zA-Z][^\t\n\r\f />\x00]*
  (?:[\s/]*
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*
      (?:\s*=+\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)\s*)?(?:\s|/(?!>))*
    )*
  )?
  \s*""", re.VERBOSE)
_UNCLOSED_VALUE = re.compile(rb"\s*=+\s*(['\"])")

_SLOW = msg("body.slow")
_DENSE = msg("body.dense")
_EMPHASIS = msg("body.emphasis", limit=MAX_EMPHASIS)
_NESTING = msg("body.nesting", limit=MAX_NESTING)
_NESTED_OFTEN = msg("body.nested_often")
_LINES = msg("body.lines", limit=MAX_LINES)
_PARAGRAPHS = msg("body.paragraphs", limit=MAX_PARAGRAPHS)
_MARKUP = msg("body.markup", limit=MAX_MARKS)


def find_costly(markdown: str, first_line: int = 1) -> list[Finding]:
    """(line, message) for each paragraph that would keep Python-Markdown busy for
    seconds or more, or make it recurse until it fails; the line is where that paragraph
    starts. Linear: the size limits are checked first, in C, and bound every later loop."""
    raw = markdown.encode("utf-8", "surrogatepass").replace(b"\r", b"\n")  # as Markdown does
    body = _Body(raw, first_line)
    too_large = body.too_many_lines() or body.too_many_paragraphs()
    if too_large:
        return [too_large]
    body.split()
    faults: dict[int, Message] = {}  # by paragraph: one problem each, the likeliest
    for rule in (body.too_deep, body.too_emphatic, body.too_slow, body.too_many_tags,
                 body.too_dense, body.too_many_marks):
        fault = rule()
        if fault:
            faults.setdefault(*fault)
    return [body.finding(index, faults[index]) for index in sorted(faults)]


Fault = tuple[int, Message]  # a paragraph's index, and what is wrong with it


class _Body:
    """A body as bytes (UTF-8: a distance in bytes is never shorter than in characters),
    and its paragraphs: runs of lines between empty or blank lines, as Markdown's blocks.
    The loops below share one allowance of steps: a body that uses it up has more marks
    than MAX_MARKS, which too_many_marks reports."""

    def __init__(self, raw: bytes, first_line: int) -> None:
        self.raw, self.text, self.first_line = raw, raw, first_line
        self.starts: list[int] = [0]
        self.lengths: list[int] = []
        self.dense: list[int] = []  # per paragraph: marks that start a match x bytes, per
                                    # element (list item, table row) where it has several
        self.left = MAX_MARKS + MAX_LINES + 1  # a step per mark, and per line at most

    def finding(self, index: int, message: Message) -> Finding:
        return (self.first_line + self.raw.count(b"\n", 0, self.starts[index]), message)

    def at(self, offset: int) -> int:
        """The index of the paragraph holding `offset`."""
        return bisect_right(self.starts, offset) - 1

    def too_many_lines(self) -> Finding | None:
        return self.finding(0, _LINES) if self.raw.count(b"\n") > MAX_LINES else None

    def too_many_paragraphs(self) -> Finding | None:
        """Empty lines, also inside quotes ('>'): each ends a block that Markdown pops."""
        for count, _ in enumerate(_BLANKISH.finditer(self.raw)):
            if count == MAX_PARAGRAPHS:
                return self.finding(0, _PARAGRAPHS)
        return None

    def split(self) -> None:
        """Paragraphs as Markdown splits them: blank lines made empty, offsets kept."""
        self.text = _BLANK_RUN.sub(lambda m: b"\0" * (len(m[0]) - 1) + b"\n", self.raw)
        self.lengths = list(map(len, self.text.split(b"\n\n")))
        self.starts = [0, *accumulate(length + 2 for length in self.lengths[:-1])]
        matches = map(add, self.per_paragraph(_STARTS), self.per_paragraph(_ALL, b"  \n"))
        self.dense = [_dense_cost(self.paragraph(i)) if cost > INLINE_BUDGET // 1000 else cost
                      for i, cost in enumerate(map(mul, matches, self.lengths))]

    def per_paragraph(self, table: bytes, needle: bytes = b"\x01") -> list[int]:
        """How often `needle` occurs in each paragraph once `table` has translated it."""
        return list(map(bytes.count, self.text.translate(table).split(b"\n\n"),
                        repeat(needle)))

    def paragraph(self, index: int) -> bytes:
        return self.text[self.starts[index]:self.starts[index] + self.lengths[index]]

    def steps(self, index: int) -> int:
        """Steps a loop may take in this paragraph: few in one already too dense, where
        what it could find is found (a stack of '[' shows within a few thousand)."""
        return min(self.left, 20_000 if self.dense[index] > INLINE_BUDGET else self.left)

    def too_deep(self) -> Fault | None:
        """Lists or quotes nested too deep on one line, or deep on too many lines."""
        nested = _NESTED.search(self.text)
        if nested:
            return self.at(nested.start()), _NESTING
        prefixes = _PREFIX.findall(self.text)
        if _levels(b"\n".join(prefixes)) - len(prefixes) <= NEST_BUDGET:
            return None
        spent = 0
        for prefix in _PREFIX.finditer(self.text):
            spent += _levels(prefix[0]) - 1
            if spent > NEST_BUDGET:
                return self.at(prefix.start()), _NESTED_OFTEN
        return None

    def too_emphatic(self) -> Fault | None:
        for index, count in enumerate(self.per_paragraph(_STARS)):
            if count > 2 * MAX_EMPHASIS and self.left > 0:  # nesting needs both ends
                depth, steps = _emphasis_depth(self.paragraph(index), self.steps(index))
                self.left -= steps
                if depth > MAX_EMPHASIS:
                    return index, _EMPHASIS
        return None

    def too_slow(self) -> Fault | None:
        spent = 0.0
        for index, count in enumerate(self.per_paragraph(_OPENERS)):
            if count and self.left > 0:
                start = self.starts[index]
                cost, steps = _simple_cost(self.text[start:start + self.lengths[index]]), count
                if cost < 0:
                    cost, steps = _Paragraph(self.text, start, start + self.lengths[index]) \
                        .read(SCAN_BUDGET - spent, self.steps(index))
                self.left -= steps
                spent += cost
                if spent > SCAN_BUDGET:
                    return index, _SLOW
        return None

    def too_many_tags(self) -> Fault | None:
        spent = 0
        for opening in islice(_TAG_OPEN.finditer(self.raw), max(self.left, 0)):
            self.left -= 1
            spent += _tag_scan(self.raw, opening.start(), TAG_BUDGET - spent + 1)
            if spent > TAG_BUDGET:
                return self.at(opening.start()), _SLOW
        return None

    def too_dense(self) -> Fault | None:
        """Each inline match rebuilds its element's text; tables pair backticks per row."""
        over = _first_over(self.dense, INLINE_BUDGET)
        if over < 0:
            rows = [_table_rows(self.paragraph(i)) if pipes else 0
                    for i, pipes in enumerate(self.per_paragraph(_ALL, b"|"))]
            over = _first_over(rows, MAX_TABLE_ROWS)
        if over < 0:
            pairs = [_tick_pairs(self.paragraph(i)) if count > 100 else 0
                     for i, count in enumerate(self.per_paragraph(_TICKS))]
            over = _first_over(pairs, TICK_BUDGET)
        return (over, _DENSE) if over >= 0 else None

    def too_many_marks(self) -> Fault | None:
        """Every loop here stops after MAX_MARKS marks: past that, this is the finding."""
        over = _first_over(self.per_paragraph(_MARKS), MAX_MARKS)
        return (over, _MARKUP) if over >= 0 else None


def _levels(prefixes: bytes) -> int:
    """How many levels of lists, quotes and indentation these line beginnings open."""
    return prefixes.translate(_LEVELS).count(b"\x01") + prefixes.count(b"    ")


def _first_over(costs: list[int], budget: int) -> int:
    """Index of the paragraph at which the running total passes `budget`, or -1."""
    totals = list(accumulate(costs))
    return bisect_right(totals, budget) if totals and totals[-1] > budget else -1


def _simple_cost(paragraph: bytes) -> float:
    """The weighted bytes read, counted in C, when the paragraph is simple: code spans of
    single backticks within a line (no '|' in them), link texts with no bracket inside,
    link targets with no bracket or parenthesis inside; -1 when it is not."""
    if paragraph.count(b"[") != paragraph.count(b"]"):
        return -1  # cheaply ruled out: some bracket stays open
    view, ticks = paragraph, 0.0
    first = paragraph.find(b"`")
    if first >= 0:
        view = _SPAN.sub(_PLACEHOLDER, paragraph)
        if b"`" in view or b"\\`" in paragraph:
            return -1
        ticks = _TICK_WEIGHT * (len(paragraph) - first)  # each run reads to the next one
    if b"\\" in view:
        view = _ESCAPED.sub(_PLACEHOLDER, view)
    targets, count = _TARGET.subn(b")", view)  # a ')' left: no new '](' to be seen
    rest = _TEXT.sub(b"", targets)
    if b"[" in rest or b"]" in rest or b"](" in targets:
        return -1
    return len(view) - len(rest) + count + ticks


def _table_rows(paragraph: bytes) -> int:
    return paragraph.count(b"\n") + 1 if _TABLE.match(paragraph) else 0


def _tick_pairs(paragraph: bytes) -> int:
    """For a table, the squares of the backticks in each row: the tables extension looks
    for the partner of each run in a copy of the rest of the row."""
    if not _TABLE.match(paragraph):
        return 0
    ticks = map(bytes.count, paragraph.split(b"\n"), repeat(b"`"))
    return sum(count * count for count in ticks)


def _dense_cost(paragraph: bytes) -> int:
    """Marks x bytes for each element Markdown runs its inline patterns on separately:
    a list's items (every line that starts one), a table's rows, else the paragraph."""
    items = [split for first, split in _ITEMS.items() if first.match(paragraph)]
    if items:
        parts = items[0].split(paragraph)
    elif _TABLE.match(paragraph):
        parts = paragraph.split(b"\n")
    else:
        parts = [paragraph]
    marks = map(add, map(bytes.count, (p.translate(_STARTS) for p in parts), repeat(b"\x01")),
                map(bytes.count, parts, repeat(b"  \n")))
    return sum(map(mul, marks, map(len, parts)))


def _emphasis_depth(span: bytes, steps: int) -> tuple[int, int]:
    """How many '*' and '_' are open at most (a run before a non-space opens, one after a
    non-space closes what is open), looking at `steps` runs at most; and the runs seen."""
    depth = deepest = seen = 0
    for seen, run in enumerate(islice(_DELIMITERS.finditer(span), steps), 1):
        before = span[run.start() - 1:run.start()] if run.start() else b" "
        after = span[run.end():run.end() + 1] or b" "
        if depth and not before.isspace():
            depth = max(0, depth - len(run[0]))
        elif not after.isspace():
            depth += len(run[0])
            deepest = max(deepest, depth)
    return deepest, seen


def _tag_scan(text: bytes, at: int, limit: int) -> int:
    """Bytes html.parser reads for the start tag at `at`, up to `limit`; an attribute value
    whose quote never closes makes it read to the end of the body first."""
    end = min(len(text), at + limit)
    stop = _TAG_END.match(text, at, end).end()  # type: ignore[union-attr]
    value = _UNCLOSED_VALUE.match(text, stop, end)
    if value and text.find(value[1], value.end(), end) < 0:
        return end - at
    return stop - at


class _Paragraph:
    """Python-Markdown's reads in one paragraph: from each '[' to its ']' (getText), each
    '(' to its ')' (getLink), each run of backticks to the next run as long, or to the
    end of the paragraph when there is none; positions weighted (see _ESCAPE_EXTRA)."""

    def __init__(self, text: bytes, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.spans = _CodeSpans() if text.find(b"`", start, end) >= 0 else None
        self.brackets: list[int] = []
        self.parens: list[tuple[int, int, bool]] = []  # and whether a link target opens
        self.runs: list[tuple[int, int]] = []
        self.open_sum = self.extra = self.spent = self.targets = 0

    def read(self, budget: float, steps: int) -> tuple[float, int]:
        """The weighted bytes read, and the tokens looked at: at most `steps`, and few
        after the bytes read (with those of the brackets still open) pass `budget`."""
        pattern = _TOKEN if self.spans is None else _TOKEN_OR_LINE
        seen = 0
        for seen, token in enumerate(islice(pattern.finditer(self.text, self.start, self.end),
                                            steps), 1):
            kind, raw = token.lastindex, token.start()
            at = raw + self.extra
            if kind == _OPENER:
                self.open(token[0], at, raw)
            elif kind == _CLOSER:
                if self.spans is None or not self.spans.inside:
                    self.close(token[0], at, raw)
            else:
                self.other(kind, token, at)
            if not seen % 32 and self.spent + self.open_cost(at) > budget:
                return self.spent + self.open_cost(at), seen
        end = self.end + self.extra
        return self.spent + self.open_cost(end) + _TICK_WEIGHT * self.tick_cost(end), seen

    def open_cost(self, at: int) -> int:
        """What the brackets still open have read by `at`."""
        return (len(self.brackets) + self.targets) * at - self.open_sum

    def open(self, opener: bytes, at: int, raw: int) -> None:
        """Markdown reads from a '(' only when it follows a ']' (a link target); the
        others still count as nesting for the ')' of a target."""
        if opener == b"(":
            target = raw > self.start and self.text[raw - 1] == 0x5D
            self.parens.append((at, raw, target))
            self.targets += target
            self.open_sum += at * target
        else:
            self.brackets.append(at)
            self.open_sum += at
            self.extra += _CARET_EXTRA * (len(opener) - 1)

    def other(self, kind: int, token: re.Match[bytes], at: int) -> None:
        if kind == _ESCAPE:
            self.extra += _ESCAPE_EXTRA
        elif kind == _TICKS_RUN:
            self.ticks(token, at)
        else:
            self.spans.restart()  # type: ignore[union-attr]  # a line or table cell starts

    def ticks(self, token: re.Match[bytes], at: int) -> None:
        length = len(token[0])
        after_escape = token.start() > self.start and self.text[token.start() - 1] == 0x60
        self.spans.run(length, length + after_escape)  # type: ignore[union-attr]
        self.runs.append((at, length))
        self.extra += _TICK_EXTRA * length

    def close(self, closer: bytes, at: int, raw: int) -> None:
        if closer == b"]" and self.brackets:
            opened = self.brackets.pop()
        elif closer == b")" and self.parens:
            opened, raw_opened, target = self.parens.pop()
            if not target:
                return
            self.targets -= 1
            if _title_left_open(self.text, raw_opened, raw):
                at += self.end - raw  # getLink reads on to the end of the paragraph
        else:
            return
        self.open_sum -= opened
        self.spent += at - opened

    def tick_cost(self, end: int) -> int:
        """From each run of backticks to the next run as long (find_code_spans)."""
        following: dict[int, int] = {}
        cost = 0
        for at, length in reversed(self.runs):
            cost += following.get(length, end) - at
            following[length] = at
        return cost


class _CodeSpans:
    """Whether a closer may lie in a code span, which hides it from Markdown's link scan.
    Markdown pairs backtick runs from the start of each element (a list item, a table cell,
    a paragraph after a heading), which may begin on any line or after any '|': this
    follows every such start at once. A run opens a span closed by the next run as long;
    one left open hides the rest of the paragraph."""

    def __init__(self) -> None:
        self.outside = True
        self.inside: set[int] = set()  # lengths of the spans open, in any of the pairings

    def restart(self) -> None:
        self.outside = True

    def run(self, length: int, raw_length: int) -> None:
        """A run of `length` backticks; with an escaped one before it, it closes as
        `raw_length` (Markdown does not look at escapes when it looks for the end)."""
        closes = raw_length in self.inside
        self.inside.discard(raw_length)
        if self.outside:
            self.inside.add(length)
        self.outside = closes


def _title_left_open(text: bytes, opened: int, closed: int) -> bool:
    """Whether getLink, having met a quote inside '(...)', reads past this ')': it stops
    only at a ')' right after a second quote of the same kind."""
    inside = text[opened + 1:closed]
    if b'"' not in inside and b"'" not in inside:
        return False
    last = inside.rstrip(b" ")[-1:]
    return last not in (b'"', b"'") or inside.count(last) < 2
