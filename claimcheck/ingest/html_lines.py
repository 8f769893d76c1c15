"""The builders HTML reading writes into: text lines that keep their source line, and a
table's rows as they are read."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.ingest.document import HtmlTable

_HSPACE = re.compile(r"[ \t\r\n\xa0]+")


def collapse(text: str) -> str:
    return _HSPACE.sub(" ", text).strip()


@dataclass(slots=True)
class Lines:
    """Builds text lines and their source lines from a stream of text and breaks."""

    lines: list[str] = field(default_factory=list)
    line_of: list[int] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    start: int = 0  # source line of the current line's first visible text; 0: none yet
    pre: bool = False  # the current line is preformatted (keep its spaces)
    prefix: str = ""  # written before the next line that gets text ("- ", "## ")
    line_prefix: str = ""

    def text(self, data: str, line: int, pre: bool) -> None:
        for offset, chunk in enumerate(data.split("\n")):
            if offset:
                self.flush()  # a line break of the source ends the text line
            if not chunk:
                continue
            if not self.start and not chunk.isspace():
                self.start = line + offset
                self.pre = pre
                self.line_prefix, self.prefix = self.prefix, ""
            self.parts.append(chunk)

    def flush(self) -> None:
        if self.start:
            text = "".join(self.parts)
            text = text.rstrip() if self.pre else collapse(text)
            self._append(self.line_prefix + text, self.start)
        self.parts.clear()
        self.start = 0
        self.line_prefix = ""

    def line(self, text: str, line: int) -> None:
        """A line of its own."""
        self.flush()
        self._append(text, line)

    def para(self, line: int) -> None:
        """End the line and leave one empty line, as between Markdown paragraphs."""
        self.flush()
        if self.lines and self.lines[-1]:
            self._append("", line)

    def _append(self, text: str, line: int) -> None:
        # Text can reach a builder out of source order (text written inside a table but
        # outside its cells shows before the table; a layout table's lines arrive at its
        # end): keep line_of non-decreasing, which consumers may rely on.
        if self.line_of and line < self.line_of[-1]:
            line = self.line_of[-1]
        self.lines.append(text)
        self.line_of.append(line)

    def finish(self) -> None:
        self.flush()
        while self.lines and not self.lines[-1]:
            self.lines.pop()
            self.line_of.pop()

    def extend(self, other: Lines, start: int, end: int) -> None:
        other.finish()
        if not other.lines:
            return
        self.para(start)
        for text, line in zip(other.lines, other.line_of, strict=True):
            self._append(text, line)
        self.para(end)


@dataclass(slots=True)
class Table:
    line: int
    seq: int
    at: int = -1  # the page text's line count when the table began (top-level tables)
    text: Lines = field(default_factory=Lines)  # the table read as text, if it is layout
    rows: list[list[str]] = field(default_factory=list)
    header: list[bool] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    flat: list[str] = field(default_factory=list)  # cell texts once each, for flattening
    caption: str = ""
    caption_parts: list[str] | None = None
    row: list[str] | None = None
    row_line: int = 0
    row_th: bool = True
    cell: list[str] | None = None
    cell_th: bool = False
    cell_span: int = 1
    cell_rows: int = 1
    # column -> (text, rows still covered) of cells spanning rows below their own
    carry: dict[int, tuple[str, int]] = field(default_factory=dict)
    cell_paragraphs: int = 0
    cells: int = 0
    section: str = ""
    layout: bool = False
    nested: list[tuple[int, HtmlTable]] = field(default_factory=list)
    markers: list[tuple[str, int]] = field(default_factory=list)
