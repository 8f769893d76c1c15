"""HTML tables, as ingest hands them over (colspan and rowspan already expanded)."""

from __future__ import annotations

from claimcheck.extract.tables.grid import Cell, Grid, GridRow, TableLike
from claimcheck.extract.tables.labels import Reader, clean
from claimcheck.extract.tables.sizes import size_row

# ---------------------------------------------------------------------------------------
# HTML tables


def _html_grid(table: TableLike, reader: Reader | None = None) -> Grid | None:
    rows = [list(r) for r in table.rows]
    flags = list(table.header) + [False] * (len(rows) - len(table.header))
    lines = list(table.lines) + [0] * (len(rows) - len(table.lines))
    # Title rows (one cell spanning the table) are not labels.
    while rows and len(set(rows[0])) == 1 and len(rows[0]) > 1:
        rows.pop(0)
        flags.pop(0)
        lines.pop(0)
    if len(rows) < 2:
        return None
    last = 0
    while last + 1 < len(rows) and flags[last] and flags[last + 1]:
        last += 1
    if reader is not None and not any(flags):
        # Header rows written as <td>: a first row of group names over a row of model names
        # ("Tasks" spanning both rows) is a header of two rows all the same.
        while last + 1 < len(rows) and _label_row(reader, rows[last + 1]):
            last += 1
    for i in range(last, 0, -1):
        if size_row(rows[i][1:]) and not size_row(rows[i - 1][1:]):
            # Model names over their sizes ("Mistral NeMo" colspan=2 over "12B-Base |
            # 12B-FT"): each column is the model of that size, one header row.
            rows[i - 1] = [rows[i - 1][0]] + [
                f"{name} {clean(size)}".strip() if clean(size) else name
                for name, size in zip(rows[i - 1][1:], rows[i][1:], strict=False)
            ]
            del rows[i], flags[i], lines[i]
            last -= 1
    # Of several header rows, the labels are the row naming the most models and benchmarks
    # (the last on a tie); the others (groups above, a units or settings row below) qualify
    # the columns.
    top = last
    if reader is not None and last > 0:
        named = [
            sum(reader.label(c).kind in ("model", "benchmark") for c in rows[i][1:])
            for i in range(last + 1)
        ]
        top = max(range(last + 1), key=lambda i: (named[i], i))
    twins = _spanned_twins(rows[top], rows[last + 1 :])
    if twins:
        rows = [[c for j, c in enumerate(r) if j not in twins] for r in rows]
    groups = rows[:top] + rows[top + 1 : last + 1]
    header = [Cell(c) for c in rows[top]]
    body = []
    for r, line in zip(rows[last + 1 :], lines[last + 1 :], strict=True):
        if len(r) > 1 and len(set(r)) == 1:
            continue  # a section row spanning the table
        body.append(GridRow([Cell(c) for c in r], line, " | ".join(r)))
    return Grid(header, body, "html", [], groups, table.caption)


def _label_row(reader: Reader, row: list[str]) -> bool:
    """A row of names and no values: at least two cells after the first name models or
    benchmarks, none holds a number."""
    rest = [c for c in row[1:] if c.strip()]
    if any(reader.cell(c, 0).value is not None for c in rest):
        return False
    return sum(reader.label(c).kind in ("model", "benchmark") for c in rest) >= 2


def _spanned_twins(header: list[str], body: list[list[str]]) -> set[int]:
    """Columns that only repeat the one to their left: a header cell and every cell below
    spanning the same two columns ("Intern-S1" colspan=2 over "83.5" colspan=2), which ingest
    wrote out twice. One column, one model: the copy is dropped."""
    out: set[int] = set()
    for j in range(1, len(header)):
        if not header[j].strip() or header[j] != header[j - 1]:
            continue
        if all(len(r) <= j or r[j] == r[j - 1] for r in body):
            out.add(j)
    return out
