"""Cutting a document's text into blocks (paragraphs, list items, headings) and sentences,
keeping for every character the line and column it came from."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

# Bullets: dashes and dots, numbers, and the emoji or check marks posts use as bullets.
_LIST_ITEM = re.compile(
    r"^\s{0,8}(?:[-*+•·‣▪●◦–✔✓☑★☆➤➔▶►▸]|\d{1,2}[.)]"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?)\s+"
)
# A section number after the hashes ("### 1.2 MiniMax-M1", "## §3 Results") is no name.
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?:§\s?)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\S))?")
# A line that is only bold text ("**Ferro-Coder 70B (Basalt AI)**") heads what follows.
_BOLD_HEADING = re.compile(r"^\s{0,3}(?=(\*\*|__)[^*_\n]{2,120}\1\s*:?\s*$)")
_MARKER = re.compile(r"<!--\s*claimcheck:\s*(ignore|disable)[^>]*-->", re.I)
_ABBREV = re.compile(
    r"(?:\b(?:vs|e\.g|i\.e|etc|approx|inc|ltd|dr|mr|mrs|ms|no|fig|sec|st|jr|sr|u\.s|ca|"
    r"est|avg|incl|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\b[A-Z])\.$",
    re.I,
)
# The lookbehind starts a match only at the first mark of a run: without it, a line of
# dots ("........", a table of contents) was searched again from every dot, in quadratic time
# (200,000 dots: minutes).
_SENTENCE_END = re.compile(r"(?<![.!?。])[.!?。]+[\"”')\]]*\s+(?=[\"“(\[]?[A-Z0-9#\u00C0-\uFFFF])")
# The abbreviation test looks at this many characters before a full stop: enough for the
# longest abbreviation and the character before it (for its \b), and bounded, so a line of
# "A. A. A. ..." costs linear time, not a search of the whole sentence at every stop.
_ABBREV_WINDOW = 16
# Longer "sentences" are read in pieces of at most this many characters, cut at a space.
# No real sentence comes close (the longest in the sample and generated corpora are under
# 700 characters); without a bound, a line of several MB with no full stop ("GPT-5 GPT-5
# ...", "| 1 | 2 | ...") is one sentence, and the reader's per-sentence work, which grows
# with the square of the mentions and values in a sentence, takes hours.
MAX_SENTENCE_CHARS = 2000


@dataclass(slots=True)
class Block:
    text: str
    starts: list[tuple[int, int, int]]  # (offset in text, line index, column) per joined line
    kind: str  # "para" | "item" | "heading"
    ignored: bool = False
    first_line: int = 0
    level: int = 0  # a heading's depth: 1 for "#", 6 for "######", 7 for a bold line

    def position(self, offset: int, line_of: list[int]) -> tuple[int, int]:
        """1-based (line, column) in the original file of `offset` in `text`."""
        # starts is sorted by offset: bisect, so a block of many lines is not quadratic.
        at = bisect_right(self.starts, offset, key=lambda entry: entry[0])
        base, line_index, col = self.starts[max(at - 1, 0)]
        return line_of[line_index], col + (offset - base) + 1


@dataclass(slots=True)
class Sentence:
    text: str
    offset: int  # offset of the sentence in its block's text
    block: Block
    index_in_block: int = 0
    extras: dict[str, object] = field(default_factory=dict)


# A line ending in a word part and a hyphen ("Dia-", "MMLU-"), not a dash after a space.
_WRAPPED_LINE = 60  # characters: a list item's line this long that stops mid-sentence wraps
_LEADERS = re.compile(r"(?<=\S) ?\.{4,} ?(?=\S)")
_SHORT_LINE = 32  # characters: two lines this short, one under the other, are two cells
_OPEN_END = re.compile(r"(?:[,(\-–—]|\b(?:and|or|of|the|to|a|an|on|at|in|with|for|by))$", re.I)


def _cell_lines(last: str, content: str) -> bool:
    """Two short lines one under the other, the first not left open ("Claude 4 Opus" over
    "72.5"): a chart or a table a scrape wrote one label a line, not a hard-wrapped
    sentence; joined, the names run together ("GPT-4.1 Claude 4 Opus 72.5")."""
    return len(last) <= _SHORT_LINE and len(content) <= _SHORT_LINE and not _OPEN_END.search(last)


_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’.-]*:?|&|[-–—:]")
# Words a title leaves in lower case ("A Hybrid Architecture for Efficiency").
_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to"}
    | {"vs", "with", "without"}
)


def _title_line(line: str, next_line: str) -> bool:
    """A short line in Title Case, no full stop, over a longer line that opens a sentence:
    a heading written without its mark."""
    words = line.split()
    if not 2 <= len(words) <= 10 or len(line) > 70 or line[-1] in ".,;!?:":
        return False
    if not next_line[:1].isupper() or len(next_line) < max(60, len(line) + 20):
        return False
    return all(_TITLE_WORD.fullmatch(w) or w in _SMALL_WORDS for w in words) and any(
        w[:1].isupper() and w.isalpha() for w in words
    )


_BROKEN_WORD = re.compile(r"\b([A-Za-z]\w*)-$")


def blocks(text: str, skip_line: Callable[[int], bool] = lambda i: False) -> list[Block]:
    """Paragraphs, list items and headings; lines for which `skip_line` is true are left out
    (tables are read by their own extractor)."""
    out: list[Block] = []
    current: list[tuple[int, str, int]] = []  # (line index, stripped text, column)
    kind = "para"
    level = 0
    ignore_next = False

    def flush() -> None:
        nonlocal current, ignore_next
        if not current:
            return
        parts: list[str] = []
        size = 0
        # The first character of the word that ends the text so far, and of the word before
        # a final hyphen: what _BROKEN_WORD would find, kept up to date line by line (a
        # search of the joined text per line made a long paragraph quadratic).
        tail = ""
        before_hyphen = ""
        starts: list[tuple[int, int, int]] = []
        for line_index, content, col in current:
            if size:
                broken = before_hyphen[:1].isascii() and before_hyphen[:1].isalpha()
                if broken and content[:1].isalnum():
                    # A word broken at the line end ("GPQA Dia-" / "mond", "MMLU-" / "Pro"):
                    # joined back; the hyphen goes when a capitalised word goes on in lower case.
                    if content[:1].islower() and before_hyphen[:1].isupper():
                        parts[-1] = parts[-1][:-1]
                        size -= 1
                        tail = before_hyphen
                else:
                    parts.append(" ")
                    size += 1
                    tail = ""
            starts.append((size, line_index, col))
            parts.append(content)
            size += len(content)
            tail, before_hyphen = _word_tails(content, tail)
        out.append(Block("".join(parts), starts, kind, ignore_next, current[0][0], level))
        ignore_next = False
        current = []

    for i, raw in enumerate(text.split("\n")):
        if _MARKER.search(raw):
            flush()
            ignore_next = True
            continue
        if skip_line(i):
            flush()
            ignore_next = False  # the table right after a marker takes it (tables.py)
            continue
        if not raw.strip():
            flush()
            continue
        if "...." in raw:
            # Dot leaders ("Gemini 3.1 Pro ........ 1432") are layout: spaces, same length.
            raw = _LEADERS.sub(lambda m: " " * len(m.group(0)), raw)
        node = NODE_LINE.match(raw)
        if node:
            # A diagram node on a line of its own ("DeepSeekR1[DeepSeek-R1: 90.8%]:::open"):
            # its label is an item of the chart, as a list's line would be.
            flush()
            current.append((i, node.group(2), node.start(2)))
            kind = "item"
            flush()
            kind = "para"
            continue
        col = len(raw) - len(raw.lstrip())
        content = raw.strip()
        item = _LIST_ITEM.match(raw)
        heading = _HEADING.match(raw) or _BOLD_HEADING.match(raw)
        if item or heading:
            flush()
            kind = "item" if item else "heading"
            level = (len(raw.lstrip()) - len(raw.lstrip().lstrip("#")) or 7) if heading else 0
            cut = (item or heading).end()  # type: ignore[union-attr]
            current.append((i, raw[cut:].rstrip(), cut))
            if heading:
                flush()
                kind, level = "para", 0
            continue
        if kind == "item" and current and col == 0 and not raw.startswith(" "):
            # An unindented line after a list item starts a new paragraph, unless it carries
            # on a sentence the item left open (a hard-wrapped "1) ... score is" / "68.2%, ...").
            last = current[-1][1].rstrip()
            open_sentence = bool(last) and last[-1] not in ".!?:;)"
            # A long line cut mid-sentence ("... Orrery-5's 57.3% beats" / "Claude Opus 4.6
            # (55.4%) ...") is hard wrapping, whatever case the next line starts in.
            wrapped = len(last) >= _WRAPPED_LINE and (last[-1] == "," or last[-1].isalnum())
            if not (open_sentence and (content[0].islower() or content[0].isdigit() or wrapped)):
                flush()
                kind = "para"
        if kind == "para" and current and _cell_lines(current[-1][1], content):
            flush()
        elif (
            kind == "para"
            and current
            and (len(current) == 1 or current[-2][1][-1:] in ".!?:")
            and _title_line(current[-1][1], content)
        ):
            # "A Hybrid Architecture for Efficiency" over "MiniMax-M1 couples ...": a scraped
            # page's heading lost its mark; joined, its words run into the sentence's name.
            title = current.pop()
            flush()
            current.append(title)
            kind = "heading"
            flush()
            kind = "para"
        if not current:
            kind = "para"  # a block that does not start with a bullet is a paragraph
        current.append((i, content, col))
    flush()
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \\w matches


def _word_tails(content: str, tail: str) -> tuple[str, str]:
    """After appending `content` to a text whose last word starts with `tail` ("" when the
    text ends in a non-word character): the first character of the text's last word, and
    when the text ends in "-" the first character of the word before it ("" for none)."""

    def start(end: int) -> str:
        i = end
        while i > 0 and _is_word(content[i - 1]):
            i -= 1
        if i > 0:
            return content[i] if i < end else ""
        return tail if tail else (content[0] if end else "")

    last = start(len(content))
    if content.endswith("-"):
        return last, start(len(content) - 1)
    return last, ""


def marker_spans(text: str) -> list[tuple[int, int, int]]:
    """(marker line, first, last) 0-based: the lines each ignore marker covers, i.e. the next
    run of non-blank lines (and the run after it when the first is a one-line caption)."""
    lines = text.split("\n")
    out = []
    for i, raw in enumerate(lines):
        if not _MARKER.search(raw):
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        first = last = j
        while last + 1 < len(lines) and lines[last + 1].strip():
            last += 1
        if last == first and last + 2 < len(lines) and lines[last + 2].strip():
            last += 2
            while last + 1 < len(lines) and lines[last + 1].strip():
                last += 1
        out.append((i, first, min(last, len(lines) - 1)))
    return out


def sentences(block: Block) -> list[Sentence]:
    out: list[Sentence] = []
    text = block.text
    start = 0
    for m in _SENTENCE_END.finditer(text):
        stop = m.start()  # the first character of the closing punctuation
        if text[stop] == ".":
            head = text[max(start, stop - _ABBREV_WINDOW) : stop + 1]
            if _ABBREV.search(head.rstrip(".!?") + "."):
                continue
            digit_before = stop > start and text[stop - 1 : stop].isdecimal()
            if digit_before and text[m.end() : m.end() + 1].isdigit():
                continue  # "1. 2" and "see 3. 4" do not end a sentence
        _add(out, text, start, m.end(), block)
        start = m.end()
    if start < len(text):
        _add(out, text, start, len(text), block)
    return [s for s in out if s.text.strip()]


def _add(out: list[Sentence], text: str, start: int, end: int, block: Block) -> None:
    """The sentence text[start:end], in pieces of at most MAX_SENTENCE_CHARS cut at a space
    (or anywhere, when a piece has none)."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        out.append(Sentence(text[start:cut].rstrip(), start, block, len(out)))
        start = cut
        while start < end and text[start] == " ":
            start += 1
    if start < end:
        out.append(Sentence(text[start:end].rstrip(), start, block, len(out)))


# A link's target and a bare address hold no claim ("...%28company%29", "/2412.01234"): read
# blanked, same length, so offsets stay; quotes show the text as written.
_URL = re.compile(r"(?<=\])\([^()\s]{1,2000}\)|\b(?:https?://|www\.)[^\s<>()\[\]]{1,2000}")


_SECTION = re.compile(r"§\s?\d{1,2}(?:\.\d{1,2})*")


def unlinked(text: str) -> str:
    """`text` with link targets, addresses, section numbers ("§1.2") and the ids and classes
    around a diagram node's label (Mermaid's `DeepSeekR1[DeepSeek-R1: 90.8%]:::open`)
    blanked, and a name's "=" before its figure ("GPQA Diamond=87.7%", "HLE=44.4") read as a
    colon, every character kept in its place."""
    if "=" in text:
        # "GPQA Diamond=87.7% (o1=78.3%)": a label and its value.
        text = _EQUALS.sub(lambda m: ":" + " " * (len(m.group(0)) - 1), text)
    if "§" in text:
        text = _SECTION.sub(lambda m: " " * len(m.group(0)), text)
    if (":::" in text or "-->" in text) and "[" in text:
        text = _NODE.sub(_node_label, text)  # Mermaid's syntax, never a citation "[3]"
    if "://" not in text and "](" not in text and "www." not in text:
        return text
    return _URL.sub(lambda m: " " * len(m.group(0)), text)


# "=" between a name and its figure: a percentage, or a decimal after a name in capitals
# ("HLE=44.4"), so "temperature=0.6" and "n=500" stay.
_EQUALS = re.compile(
    r"(?<=[\w)])(?=\s?=\s?[~≈]?\d+(?:\.\d+)?\s?%)\s?="
    r"|(?<=[A-Z0-9][A-Z])(?==\d+\.\d+(?![\d.]))="
)
# A diagram node written as code: an id glued to its bracketed label, perhaps a class after.
_NODE_BODY = r"(\w+)\[([^\[\]\n]{1,120})\](:::\w+)?"  # id, label, class
NODE_LINE = re.compile(r"^\s*" + _NODE_BODY + r"\s*;?\s*$")
_NODE = re.compile(r"(?<![\w\]])" + _NODE_BODY)


def _node_label(m: re.Match[str]) -> str:
    if m.group(1).isdigit():
        return m.group(0)  # "[1]"-like text after a number is a citation, not a node
    return " " * (len(m.group(1)) + 1) + m.group(2) + " " * (1 + len(m.group(3) or ""))
