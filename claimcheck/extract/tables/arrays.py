"""Tables a page's code writes as arrays: an MDX post's `<Table data={{ columns: ["Model",
"AIME24", ...], rows: [["OpenThinker-7B", "31.3", ...], ...] }} />`, a chart's config. The
column names (one a line or all on one), then the rows, one array a line; a cell is a quoted
string, a number or markup around a name (a link). Anything less regular is left alone."""

from __future__ import annotations

import re

from claimcheck.extract.tables.grid import Cell, Grid, GridRow
from claimcheck.extract.tables.markup import TAG

_COLUMNS = re.compile(r"\b(?:columns|headers?)\s*[:=]\s*\[")
_ROWS = re.compile(r"\b(?:rows|data)\s*[:=]\s*\[")
# A quoted string, markup around a text ("<a href=...>Name</a>"), or a bare number.
_ITEM = re.compile(
    r'"((?:[^"\\\n]|\\.)*)"|\'((?:[^\'\\\n]|\\.)*)\'|(<(\w+)[^<>\n]*>[^<\n]*</\4>)'
    r"|(-?\d+(?:\.\d+)?)"
)
_ROW_LINE = re.compile(r"^\s*\[(?P<body>.*)\]\s*,?\s*$")
_CLOSE = re.compile(r"^\s*\]")
_MAX_HEADER_LINES = 40  # column names one a line; a longer list is no table's header


def _items(text: str, offset: int) -> list[Cell]:
    cells = []
    for m in _ITEM.finditer(text):
        if m.group(3) is not None:
            value = TAG.sub("", m.group(3))
        else:
            value = next(g for g in (m.group(1), m.group(2), m.group(5)) if g is not None)
        cells.append(Cell(value.strip(), offset + m.start()))
    return cells


def _column_names(lines: list[str], i: int, start: int) -> tuple[list[Cell], int] | None:
    """The names from `columns: [` at line `i` to its closing bracket, and that line."""
    names: list[Cell] = []
    k, at = i, start
    while k < len(lines) and k - i <= _MAX_HEADER_LINES:
        line = lines[k]
        close = line.find("]", at)
        names += _items(line[at : close if close >= 0 else len(line)], at)
        if close >= 0:
            return names, k
        k, at = k + 1, 0
    return None


def array_tables(lines: list[str], taken: set[int]) -> list[Grid]:
    """The array tables of a text; their lines are added to `taken`."""
    grids: list[Grid] = []
    i = 0
    while i < len(lines):
        m = _COLUMNS.search(lines[i]) if i not in taken else None
        found = _column_names(lines, i, m.end()) if m else None
        if found is None or len(found[0]) < 2:
            i += 1
            continue
        header, end = found
        k = end
        while k < min(len(lines), end + 3) and not _ROWS.search(lines[k]):
            k += 1
        opened = _ROWS.search(lines[k]) if k < len(lines) else None
        if opened is None:
            i = end + 1
            continue
        rows: list[GridRow] = []
        k += 1
        while k < len(lines) and not _CLOSE.match(lines[k]):
            row = _ROW_LINE.match(lines[k])
            if row is None:
                break
            cells = _items(row["body"], row.start("body"))
            if len(cells) == len(header):
                rows.append(GridRow(cells, k, lines[k].strip()))
            k += 1
        if len(rows) >= 1:
            block = list(range(i, k + 1 if k < len(lines) else k))
            grids.append(Grid(header, rows, "array", block))
            taken.update(block)
        i = k + 1
    return grids
