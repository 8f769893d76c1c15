"""Benchmark tables, in every shape articles carry them.

Seven shapes, one reading. Six are found in a document's text (`table_lines` names their
lines so the prose reader leaves them alone), one comes from ingest (`Document.tables`):

- pipe tables, GitHub style: with or without outer pipes, with or without an alignment row
  (box-drawing `│` tables and `+---+` grid tables read the same way);
- tab-separated tables;
- tables aligned with runs of spaces: cells go to the header column they sit under, so a
  blank cell stays blank instead of pulling the next value left;
- squashed tables, whose cell separators were lost in a copy and paste
  (`GPQA Diamond89.5%92.7%92.8%94.3%`): the header splits into names by case changes and the
  catalog, values split with the precision the table's other cells show, and a label that
  ends in a number ("Terminal-Bench 2.0" running into 59.0) keeps it when the catalog knows
  the longer name or the row's cells are glued to their label;
- tables a scrape wrote one cell a line (`stacked`), and tables copied with one space
  between cells (`spaced`: the values are the run of numbers ending each row, the header's
  last words split into as many names, the words before them stay with the row's label);
- HTML tables (a header row or a header column; colspan already expanded by ingest);
- tables a page's code writes as arrays (`arrays`: an MDX post's `columns: [...]` and
  `rows: [[...], ...]`).

Every shape becomes a grid: a header row, then rows whose first cell is a label. The labels
decide the orientation (models as columns and benchmarks as rows, or the transpose), by the
catalog and by the shape of names no catalog holds; a table whose labels are neither (specs,
prices) yields nothing. A row with fewer values than columns where positions cannot be
trusted (squashed, HTML) is never read left-aligned: it becomes a `PendingRow`, which
`place_pending` places with the other sources' evidence once every document is read, or
emits as ambiguous claims.

The word lists (empty-cell markers, corner words, non-score header words) are data, in the
catalog's lexicon under `[tables]`.

Where each job lives: `text` finds pipe, tab and space-aligned tables in text, `csvtext`
comma-separated ones, `arrays` the ones code writes as lists, `records` results written as
data, `squashed` the glued ones, `stacked` and `spaced` the scraped ones, `html` takes
ingest's tables; `grid` is the shape they all become; `labels` reads a label or a cell,
with the lexicon's lists in `words`; `orient` decides which axis holds models and which
columns state conditions; `read` turns a grid into claims; `place` places short rows at the
end.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from claimcheck.extract.conditions import ConditionRules
from claimcheck.extract.mentions import MentionFinder
from claimcheck.extract.names import Names
from claimcheck.extract.prose import ProseReader, RawClaim
from claimcheck.extract.tables.grid import Cell, DocumentLike, Grid, GridRow, TableLike
from claimcheck.extract.tables.html import _html_grid
from claimcheck.extract.tables.labels import Label, Reader, clean
from claimcheck.extract.tables.model_index import model_index_lines, read_model_index
from claimcheck.extract.tables.notes import footnotes, second_figure
from claimcheck.extract.tables.place import VALUE_TOLERANCE, place_pending
from claimcheck.extract.tables.read import PendingRow, _read_grid
from claimcheck.extract.tables.subjects import HeadingSubjects
from claimcheck.extract.tables.text import _text_grids, paragraph_above

__all__ = [
    "VALUE_TOLERANCE",
    "Cell",
    "Grid",
    "GridRow",
    "Label",
    "PendingRow",
    "TableLike",
    "clean",
    "place_pending",
    "read_all_tables",
    "read_tables",
    "table_lines",
]

_TABLE_READERS: dict[int, tuple[Names, Reader]] = {}


_TABLE_TAIL = 400  # how far past its last row's first line an HTML table may still run


def _reader_from_names(names: Names, finder: MentionFinder | None = None) -> Reader:
    cached = _TABLE_READERS.get(id(names))
    if cached is None or cached[0] is not names:
        conditions = ConditionRules.of(names.catalog)
        reader = Reader(names, conditions, names.catalog, finder)
        cached = _TABLE_READERS[id(names)] = (names, reader)
    return cached[1]


def table_lines(text: str, finder: MentionFinder) -> set[int]:
    """0-based indices of the text lines that belong to text tables (pipe, tab,
    space-aligned, squashed), so the prose reader does not read them a second time.
    Captions and prose around a table are not included."""
    reader = _reader_from_names(finder.names, finder)
    return _text_tables(text, "", None, reader)[2]


def read_tables(doc: DocumentLike, reader: ProseReader) -> tuple[list[RawClaim], list[PendingRow]]:
    """Claims of every table in a document (text tables and ingest's HTML tables), and the
    rows whose values cannot be placed by position (for `place_pending`)."""
    claims, pending, _ = read_all_tables(doc, reader)
    return claims, pending


def read_all_tables(
    doc: DocumentLike, reader: ProseReader
) -> tuple[list[RawClaim], list[PendingRow], set[int]]:
    """`read_tables` and `table_lines` in one pass over the text (finding tables is the
    costly part)."""
    table_reader = _reader_from_names(reader.names, reader.finder)
    text_lines = doc.text.split("\n") if getattr(doc, "kind", "") != "html" else []
    subjects = HeadingSubjects(text_lines, table_reader)
    claims, pending, lines = _text_tables(doc.text, doc.path, doc.line_of, table_reader, subjects)
    claims += read_model_index(text_lines, table_reader, doc.path, doc.line_of)
    lines |= model_index_lines(text_lines)  # the front matter's results are never prose
    # An HTML page's tables stand among its text's headings too: where, by source line.
    page_lines = doc.text.split("\n") if not text_lines and getattr(doc, "tables", None) else []
    page = HeadingSubjects(page_lines, table_reader) if page_lines else None
    for table in getattr(doc, "tables", None) or []:
        grid = _html_grid(table, table_reader)
        if grid is None:
            continue
        if text_lines and table.lines:  # a table inside Markdown: its notes follow it
            # Its last line: the rows' lines are blanked in the text, and so are the lines
            # of its last row's cells and closing tags after the last row's first line.
            end = max(table.lines) - 1
            stop = min(len(text_lines) - 1, end + _TABLE_TAIL)
            while end < stop and not text_lines[end + 1].strip():
                end += 1
            grid.notes = footnotes(text_lines, end, table_reader)
            grid.second = second_figure(text_lines, end, table_reader)
            # The paragraph above too when the table has a <caption>: its own caption may be
            # a note ("*Note: ...") under a title line ("Arena Hard v0.1 Leaderboard").
            grid.context = paragraph_above(text_lines, min(table.lines) - 1)
            grid.subject = subjects.above(min(table.lines) - 1)
            grid.heading = subjects.heading(min(table.lines) - 1)
            grid.outer = subjects.outer(min(table.lines) - 1)
        elif page is not None and table.lines and doc.line_of:
            # The first text line after it: as ingest counted, else by source line.
            at = table.at
            if at < 0:
                at = bisect_left(doc.line_of, min(table.lines))
            grid.context = paragraph_above(page_lines, at)
            grid.subject = page.above(at)
            grid.heading = page.heading(at)
            grid.outer = page.outer(at)
        got, waiting = _read_grid(table_reader, grid, doc.path, None)
        claims += got
        pending += waiting
    return claims, pending, lines


def _text_tables(
    text: str,
    path: str,
    line_of: Sequence[int] | None,
    reader: Reader,
    subjects: HeadingSubjects | None = None,
) -> tuple[list[RawClaim], list[PendingRow], set[int]]:
    claims: list[RawClaim] = []
    pending: list[PendingRow] = []
    lines: set[int] = set()
    for grid in _text_grids(text, reader):
        if subjects is not None and grid.lines:
            grid.subject = subjects.above(min(grid.lines))
            grid.heading = subjects.heading(min(grid.lines))
            grid.outer = subjects.outer(min(grid.lines))
        got, waiting = _read_grid(reader, grid, path, line_of)
        if got or waiting or grid.shape != "aligned":
            # Space-aligned text that reads as no table ("1. Gemini 3.1 Pro ...... 1432")
            # goes back to the prose reader.
            lines.update(grid.lines)
        claims += got
        pending += waiting
    return claims, pending, lines
