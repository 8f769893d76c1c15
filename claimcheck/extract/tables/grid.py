"""Grids: the one shape every table is read into (a header row, then labelled rows)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

# ---------------------------------------------------------------------------------------
# The shapes ingest hands over (duck-typed, so tests can build documents by hand).


class TableLike(Protocol):
    rows: list[list[str]]
    header: list[bool]
    lines: list[int]
    caption: str
    at: int  # the first text line after the table, -1 when not known


class DocumentLike(Protocol):
    path: str
    text: str
    line_of: list[int]

    @property
    def tables(self) -> Sequence[TableLike]: ...


# ---------------------------------------------------------------------------------------
# Grids: every shape is read into one


@dataclass(slots=True)
class Cell:
    text: str
    start: int = -1  # offset of the cell in its line; -1 when not known (HTML)
    line: int = -1  # the cell's own text line, when cells have lines of their own (stacked)


@dataclass(slots=True)
class GridRow:
    cells: list[Cell]  # cells[0] is the row's label
    line: int  # text line index (text tables) or 1-based source line (HTML)
    text: str
    qualifiers: dict[str, str] = field(default_factory=dict)  # from condition columns


@dataclass(slots=True)
class Grid:
    header: list[Cell]  # header[0] is the corner
    rows: list[GridRow]
    shape: str  # "pipe" | "tab" | "aligned" | "csv" | "records" | "squashed" | "stacked" |
    # "spaced" | "html" | "array"
    lines: list[int] = field(default_factory=list)  # text line indices the table occupies
    groups: list[list[str]] = field(default_factory=list)  # header rows above the labels
    caption: str = ""
    ignored: bool = False  # under an in-article ignore marker
    notes: dict[str, dict[str, str]] = field(default_factory=dict)  # footnote mark -> conditions
    # What a note says the second of two figures in a cell is ("72.5% / 79.4%"), if one does.
    second: dict[str, str] | None = None
    context: str = ""  # the short paragraph just above, when it is no caption
    subject: str = ""  # the one model the nearest heading above names, if it names one
    heading: str = ""  # the nearest Markdown heading above
    outer: str = ""  # the headings that one sits under ("Base Model" over "English")

    @property
    def positional(self) -> bool:
        """Whether a short row's cells keep their columns (explicit separators)."""
        return self.shape in ("pipe", "tab", "aligned", "csv", "records", "stacked", "array")


def _line(index: int, line_of: Sequence[int] | None) -> int:
    if line_of is None:
        return index
    if 0 <= index < len(line_of):
        return line_of[index]
    return index + 1
