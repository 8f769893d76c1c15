"""Stacked tables: an HTML table a web scrape wrote out one cell a line ("Model", "Avg",
"ARC", ..., then "Apertus-8B", "65.8", "72.7", ...), blank lines or none between cells.
The header is the corner word and the labels after it; each row is a label and as many
values as the header has columns; a label with no values after it is a section row."""

from __future__ import annotations

import re

from claimcheck.extract.tables.grid import Cell, Grid, GridRow
from claimcheck.extract.tables.labels import Reader, clean

# A value, its footnote mark, and a short bracket the cell reader reads ("62.9% (8-shot)").
_VALUE_LINE = re.compile(r"[~≈<>≥≤]?\s?\d{1,5}(?:[.,]\d{1,4})?\s?%?[*†‡]?(?:\s?\([^()]{1,20}\))?")
_MAX_CELL = 60  # a longer line is prose, not a cell
_MAX_COLUMNS = 40
_MAX_SECTIONS_AFTER_HEADER = 2


def stacked_tables(lines: list[str], taken: set[int], reader: Reader) -> list[Grid]:
    """The stacked tables of a text; their lines are added to `taken`."""
    words = reader.words
    corners = words.corner_model | words.corner_benchmark
    # Non-blank lines, in order: (line index, cell text). Built once, walked once.
    cells = [(i, _cell(line)) for i, line in enumerate(lines) if line.strip()]
    grids: list[Grid] = []
    k = 0
    while k < len(cells):
        i, text = cells[k]
        if i in taken or clean(text).casefold() not in corners:
            k += 1
            continue
        found = _read_from(cells, k, taken, reader)
        if found is None:
            k += 1
            continue
        grid, k = found
        taken.update(grid.lines)
        grids.append(grid)
    return grids


def _cell(line: str) -> str:
    """A line's cell text; a scrape that ends each cell with a pipe ("73.7% |") keeps it."""
    text = line.strip()
    if text.count("|") == 1 and (text.endswith("|") or text.startswith("|")):
        text = text.strip("|").strip()
    return text


def _is_value(text: str, reader: Reader) -> bool:
    return bool(_VALUE_LINE.fullmatch(text)) or text.casefold() in reader.words.empty_cells


def _is_label(text: str, reader: Reader) -> bool:
    return (
        len(text) <= _MAX_CELL
        and not _is_value(text, reader)
        and not text.endswith((".", ":", ";", "?", "!"))
        and "|" not in text
        and "\t" not in text
    )


def _read_from(
    cells: list[tuple[int, str]], start: int, taken: set[int], reader: Reader
) -> tuple[Grid, int] | None:
    """The table whose corner is cells[start], and the index after it; None if the cells
    there do not make one."""
    n = len(cells)
    k = start + 1
    labels: list[int] = []
    while k < n and len(labels) <= _MAX_COLUMNS + _MAX_SECTIONS_AFTER_HEADER + 1:
        i, text = cells[k]
        if i in taken or not _is_label(text, reader):
            break
        labels.append(k)
        k += 1
    # Runs are read at most one past the widest table, so every start costs O(1) and a
    # long column of numbers is walked once, by the rows loop.
    width = 0
    while k + width < n and width <= _MAX_COLUMNS and _is_value(cells[k + width][1], reader):
        width += 1
    # The last label before the first values is the first row's; the header has one column
    # per value; labels between are section rows.
    if width == 0 or width > _MAX_COLUMNS or len(labels) < width + 1:
        return None
    if len(labels) - width - 1 > _MAX_SECTIONS_AFTER_HEADER:
        return None
    header = [Cell(cells[start][1], 0, cells[start][0])] + [
        Cell(cells[j][1], 0, cells[j][0]) for j in labels[:width]
    ]
    rows: list[GridRow] = []
    used = [cells[start][0]] + [cells[j][0] for j in labels]
    for j in labels[width:-1]:  # section rows right under the header
        rows.append(GridRow([Cell(cells[j][1], 0, cells[j][0])], cells[j][0], cells[j][1]))
    k = labels[-1]
    while k < n:
        i, text = cells[k]
        if i in taken or not _is_label(text, reader):
            break
        run = 0
        while k + 1 + run < n and run <= width and _is_value(cells[k + 1 + run][1], reader):
            run += 1
        if run == 0:
            # A section row ("Fully Open Models") when values follow the next label.
            nxt = k + 1
            if (
                nxt + 1 < n
                and _is_label(cells[nxt][1], reader)
                and _is_value(cells[nxt + 1][1], reader)
            ):
                rows.append(GridRow([Cell(text, 0, i)], i, text))
                used.append(i)
                k += 1
                continue
            break
        if run != width:
            break
        row_cells = [Cell(text, 0, i)] + [
            Cell(cells[k + 1 + c][1], 0, cells[k + 1 + c][0]) for c in range(width)
        ]
        rows.append(GridRow(row_cells, i, " | ".join(c.text for c in row_cells)))
        used += [c.line for c in row_cells]
        k += 1 + width
    if sum(len(r.cells) > 1 for r in rows) < 2:
        return None
    while rows and len(rows[-1].cells) == 1:
        used.remove(rows.pop().line)  # a trailing label with no values is not the table's
    return Grid(header=header, rows=rows, shape="stacked", lines=sorted(used)), k
