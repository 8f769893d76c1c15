"""Comma-separated tables pasted into a document (a script's data block, an exported
results sheet): a header line and rows with as many fields, most of the rows' cells
numbers. A list in a sentence has commas too, so the rows must be mostly figures."""

from __future__ import annotations

import csv
import re

from claimcheck.extract.tables.grid import Cell, Grid, GridRow

_MAX_CELL = 60
_NUMBER = re.compile(r"[~≈]?-?\d{1,7}(?:\.\d+)?%?[*†‡]?|-|—|–|n/?a|NaN", re.I)


def _fields(line: str) -> list[Cell] | None:
    """The line's fields with their offsets; None when it is no CSV row."""
    if line.count(",") < 2 or "|" in line or "\t" in line:
        return None
    if '"' in line:
        try:
            row = next(csv.reader([line]))
        except (csv.Error, StopIteration):
            return None
        cells, pos = [], 0
        for text in row:  # offsets approximate where quotes were: positions only order cells
            cells.append(Cell(text.strip(), pos))
            pos += len(text) + 1
        return cells
    cells, pos = [], 0
    for piece in line.split(","):
        lead = len(piece) - len(piece.lstrip())
        cells.append(Cell(piece.strip(), pos + lead))
        pos += len(piece) + 1
    return cells


def csv_tables(lines: list[str], taken: set[int]) -> list[Grid]:
    """The CSV tables of a text; their lines are added to `taken`."""
    grids: list[Grid] = []
    n = len(lines)
    i = 0
    while i < n:
        head = _fields(lines[i]) if i not in taken else None
        if head is None:
            i += 1
            continue
        j = i + 1
        rows: list[GridRow] = []
        while j < n and j not in taken:
            cells = _fields(lines[j])
            if cells is None or len(cells) != len(head):
                break
            rows.append(GridRow(cells, j, lines[j].strip()))
            j += 1
        if _is_table(head, rows):
            grids.append(Grid(head, rows, "csv", list(range(i, j))))
            taken.update(range(i, j))
        # A block that is no table is not read again from each of its lines: linear time.
        i = max(j, i + 1)
    return grids


def _is_table(head: list[Cell], rows: list[GridRow]) -> bool:
    """Two rows at least under a header of names, each row a label and mostly figures."""
    if len(rows) < 2 or len(head) < 3:
        return False
    if any(len(c.text) > _MAX_CELL for r in [head, *(row.cells for row in rows)] for c in r):
        return False
    if sum(bool(_NUMBER.fullmatch(c.text)) for c in head[1:]) * 2 > len(head) - 1:
        return False  # a header of numbers is a row of data, not a header
    values = [c.text for row in rows for c in row.cells[1:]]
    return sum(bool(_NUMBER.fullmatch(v)) for v in values) * 4 >= len(values) * 3
