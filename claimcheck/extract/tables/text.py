"""Tables found in a document's text: pipe (GitHub, box-drawing, grid), tab-separated and
space-aligned, with their captions."""

from __future__ import annotations

import re

from claimcheck.extract.segments import _MARKER
from claimcheck.extract.tables.arrays import array_tables
from claimcheck.extract.tables.csvtext import csv_tables
from claimcheck.extract.tables.grid import Cell, Grid, GridRow
from claimcheck.extract.tables.labels import Reader
from claimcheck.extract.tables.markup import TAG
from claimcheck.extract.tables.notes import footnotes, second_figure
from claimcheck.extract.tables.records import labelled_tables, record_tables
from claimcheck.extract.tables.spaced import spaced_tables
from claimcheck.extract.tables.squashed import _squashed_tables
from claimcheck.extract.tables.stacked import stacked_tables

# ---------------------------------------------------------------------------------------
# Text tables: pipe, tab, space-aligned and squashed

_BOX = str.maketrans(
    {**dict.fromkeys("│┃║¦", "|"), **dict.fromkeys("├┤┼╋╪╫┬┴┌┐└┘╞╡╟╢╠╣╬╤╧╔╗╚╝", "+")}
)
# Possessive quantifiers: a run of dashes or spaces is taken whole. The repeated group of
# `[-=]{2,}` with optional separators could split "-" * 40 + "x" in exponentially many ways
# (28 dashes: 0.1 s, 40: over a minute); the same strings match as before.
_RULE = re.compile(r"^\s*+[|+]?(?:\s*+:?[-=─━═]{2,}+:?\s*+[|+]?)++\s*+$")
_ALIGN = re.compile(r"^\s*+\|?\s*+:?-++:?\s*+(?:\|\s*+:?-++:?\s*+)*+\|?\s*+$")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
_ALIGNED_SPLIT = re.compile(r"\S+(?: \S+)*")


def _pipe_cells(line: str) -> list[Cell] | None:
    if not _PIPE_SPLIT.search(line):
        return None
    parts: list[Cell] = []
    pos = 0
    for piece in _PIPE_SPLIT.split(line):
        stripped = piece.strip()
        lead = len(piece) - len(piece.lstrip())
        parts.append(Cell(stripped.replace("\\|", "|"), pos + lead))
        pos += len(piece) + 1
    body = line.strip()
    if body.startswith("|"):
        parts = parts[1:]
    if body.endswith("|") and not body.endswith("\\|") and parts:
        parts = parts[:-1]
    return parts


def _aligned_cells(line: str) -> list[Cell]:
    """Cells separated by runs of two or more spaces (tabs expanded first)."""
    return [Cell(m.group(0), m.start()) for m in _ALIGNED_SPLIT.finditer(line)]


def _is_blank(line: str) -> bool:
    return not line.strip()


def _pipe_tables(lines: list[str], taken: set[int]) -> list[Grid]:
    grids: list[Grid] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i].translate(_BOX)
        cells = _pipe_cells(line) if i not in taken else None
        if cells is None or (len(cells) < 2 and not line.strip().startswith("|")):
            i += 1
            continue
        block: list[int] = []
        joined: dict[int, str] = {}  # first line of a row a scrape broke -> the row whole
        continued: set[int] = set()  # the lines that row went on over
        aligned = False
        j = i
        while j < n and j not in taken:
            candidate = lines[j].translate(_BOX)
            if _RULE.match(candidate) or _ALIGN.match(candidate):
                aligned = True
                block.append(j)
                j += 1
                continue
            got = _pipe_cells(candidate)
            if aligned and got is not None and not candidate.strip().startswith("|"):
                broken = _broken_row(lines, j, len(cells))
                if broken is not None:
                    joined[j], last = broken
                    continued.update(range(j + 1, last + 1))
                    block.extend(range(j, last + 1))
                    j = last + 1
                    continue
            if got is None or (len(got) < 2 and not candidate.strip().startswith("|")):
                break
            block.append(j)
            j += 1
        rows = [k for k in block if k not in continued and not _is_rule(lines[k])]
        has_align = len(rows) + len(continued) < len(block)
        if len(rows) >= 2 and (has_align or _consistent_pipe(lines, rows)):
            grids.append(_pipe_grid(lines, block, rows, joined))
            taken.update(block)
            i = j
        else:
            i += 1
    return grids


def _is_rule(line: str) -> bool:
    boxed = line.translate(_BOX)
    return bool(_RULE.match(boxed) or _ALIGN.match(boxed))


_INLINE_ALIGN = re.compile(r"\|\s*\|\s*:?-{3,}:?\s*\|")
_DASHES = re.compile(r":?-{3,}:?")


def _flat_tables(lines: list[str], taken: set[int]) -> list[Grid]:
    """Markdown tables printed on one line, rows run together ("| Benchmark | A | B | |---|
    ---|---| | MMMU | 62.5 | 49.0 | ..."): a row of n cells, an empty cell, n dash cells,
    then rows of n cells each closed by an empty cell. Anything less regular is prose."""
    grids: list[Grid] = []
    for i, line in enumerate(lines):
        if i in taken or not _INLINE_ALIGN.search(line):
            continue
        cells = _pipe_cells(line) or []
        gaps = [j for j, c in enumerate(cells) if not c.text]
        n = gaps[0] if gaps else 0
        rule = cells[n + 1 : 2 * n + 1]
        if n < 2 or len(rule) != n or not all(_DASHES.fullmatch(c.text) for c in rule):
            continue
        if len(cells) <= 2 * n + 1 or cells[2 * n + 1].text:
            continue
        rest = cells[2 * n + 2 :]
        if (
            len(rest) < n
            or (len(rest) + 1) % (n + 1)
            or any(rest[k].text for k in range(n, len(rest), n + 1))
        ):
            continue
        text = line.strip()
        rows = [GridRow(rest[k : k + n], i, text) for k in range(0, len(rest), n + 1)]
        grids.append(Grid(cells[:n], rows, "pipe", [i]))
        taken.add(i)
    return grids


def _consistent_pipe(lines: list[str], rows: list[int]) -> bool:
    counts = {len(_pipe_cells(lines[k].translate(_BOX)) or []) for k in rows}
    outer = all(lines[k].strip().startswith("|") for k in rows)
    return len(counts) == 1 and (outer or min(counts) >= 3)


def _pipe_grid(
    lines: list[str], block: list[int], rows: list[int], joined: dict[int, str] | None = None
) -> Grid:
    joined = joined or {}
    texts = {k: joined.get(k, lines[k]) for k in rows}
    parsed = [(k, _pipe_cells(texts[k].translate(_BOX)) or []) for k in rows]
    header = parsed[0][1]
    body = []
    for k, cells in parsed[1:]:
        if len(cells) < len(header):  # GFM: missing trailing cells are empty
            cells = cells + [Cell("", -1) for _ in range(len(header) - len(cells))]
        body.append(GridRow(cells, k, texts[k].strip()))
    return Grid(header, body, "pipe", list(block))


_MAX_BROKEN = 12  # lines one scraped row may run over


def _broken_row(lines: list[str], first: int, want: int) -> tuple[str, int] | None:
    """A row a page scrape broke where its cells had line breaks ("Math | MGSM" then "MATH |
    80.6", "**80.4** | 53.5", ... for cells "MGSM<br>MATH", "80.6<br>80.4"): the lines that,
    joined with <br>, give exactly the header's count of cells, and the last of them. Only
    for tables written without outer pipes, where a short row is no GFM row of its own."""
    text = lines[first].translate(_BOX).strip()
    last = first
    while len(_pipe_cells(text) or []) < want and last + 1 < len(lines):
        if last - first >= _MAX_BROKEN:
            return None
        nxt = lines[last + 1].translate(_BOX).strip()
        if not nxt or nxt.startswith("|") or _RULE.match(nxt) or _ALIGN.match(nxt):
            return None
        text, last = f"{text}<br>{nxt}", last + 1
    if last == first or len(_pipe_cells(text) or []) != want:
        return None
    # The last cell may go on too ("**90.4**" then "74.6"): short lines without a pipe.
    while last + 1 < len(lines) and last - first < _MAX_BROKEN:
        nxt = lines[last + 1].translate(_BOX).strip()
        if not nxt or "|" in nxt or len(nxt) > _CELL_LINE or _RULE.match(nxt):
            break
        text, last = f"{text}<br>{nxt}", last + 1
    # A broken cell holds pieces of one kind ("80.6<br>80.4", "MGSM<br>MATH"); "80<br>B" is
    # two short rows run together ("A | 80", "B | 75"), not one.
    for cell in _pipe_cells(text) or []:
        kinds = {bool(_NUMBER_PIECE.match(p.strip())) for p in cell.text.split("<br>")}
        if len(kinds) > 1:
            return None
    return text, last


_NUMBER_PIECE = re.compile(r"^[*_~≈<>]*[\d.,]+\s?[%*†‡]*[*_]*$")


_CELL_LINE = 24  # longer than a cell's piece: the text under the table


def _tab_tables(lines: list[str], taken: set[int]) -> list[Grid]:
    grids: list[Grid] = []
    i = 0
    n = len(lines)
    while i < n:
        if i in taken or "\t" not in lines[i].strip("\t ") or _is_blank(lines[i]):
            i += 1
            continue
        j = i
        while j < n and j not in taken and "\t" in lines[j].strip("\t ") and lines[j].strip():
            j += 1
        block = list(range(i, j))
        if len(block) >= 2:
            grid = _tab_grid(lines, block)
            if grid is not None:
                grids.append(grid)
                taken.update(block)
        i = max(j, i + 1)
    return grids


def _tab_fields(line: str, collapse: bool) -> list[Cell]:
    cells: list[Cell] = []
    pattern = re.compile(r"\t+" if collapse else r"\t")
    pos = 0
    body = line.rstrip("\t ")
    for m in [*pattern.finditer(body), None]:
        end = m.start() if m else len(body)
        piece = body[pos:end]
        lead = len(piece) - len(piece.lstrip())
        cells.append(Cell(piece.strip(), pos + lead))
        if m:
            pos = m.end()
    if cells and not cells[0].text and line[:1] != "\t":
        cells = cells[1:]
    return cells


def _tab_grid(lines: list[str], block: list[int]) -> Grid | None:
    for collapse in (False, True):
        rows = [_tab_fields(lines[k], collapse) for k in block]
        counts = {len(r) for r in rows}
        if len(counts) == 1 and min(counts) >= 2:
            body = [
                GridRow(r, k, lines[k].strip()) for k, r in zip(block[1:], rows[1:], strict=True)
            ]
            return Grid(rows[0], body, "tab", list(block))
    expanded = [lines[k].expandtabs(8) for k in block]
    return _aligned_grid(expanded, block, shape="tab")


def _aligned_tables(lines: list[str], taken: set[int]) -> list[Grid]:
    grids: list[Grid] = []
    i = 0
    n = len(lines)
    while i < n:
        if i in taken or len(_aligned_cells(lines[i])) < 2:
            i += 1
            continue
        j = i
        while (
            j < n
            and j not in taken
            and (len(_aligned_cells(lines[j])) >= 2 or _RULE.match(lines[j]))
        ):
            j += 1
        block = [k for k in range(i, j) if not _RULE.match(lines[k])]
        grid = _aligned_grid([lines[k] for k in block], block) if len(block) >= 2 else None
        if grid is not None:
            grid.lines = list(range(i, j))
            grids.append(grid)
            taken.update(range(i, j))
            i = j
        else:
            i += 1
    return grids


def _aligned_grid(texts: list[str], block: list[int], shape: str = "aligned") -> Grid | None:
    """Rows mapped to the header's columns by position; None unless they line up."""
    rows = [_aligned_cells(t) for t in texts]
    header = rows[0]
    if len(header) < 2:
        return None
    first_starts = [r[0].start for r in rows[1:] if r]
    if first_starts and header[0].start > min(first_starts) + 1:
        header = [Cell("", min(first_starts)), *header]  # an empty corner
    if len(header) < 3 and len(rows) < 3:
        return None
    if any(len(c.text) > 60 or len(c.text.split()) > 7 for row in rows for c in row):
        return None  # sentences with double spaces, not cells
    spans = [(c.start, c.start + len(c.text)) for c in header]
    body: list[GridRow] = []
    aligned = 0
    for k, text, cells in zip(block[1:], texts[1:], rows[1:], strict=True):
        mapped = _map_by_position(cells, spans)
        if mapped is None:
            return None
        body.append(GridRow(mapped, k, text.strip()))
        aligned += 1
    if not aligned:
        return None
    # A two-column "table" of prose lines with double spaces: demand numbers in it.
    if len(header) < 3 and not all(_numeric_tail(r.cells[-1].text) for r in body):
        return None
    return Grid(header, body, shape, list(block))


def _numeric_tail(text: str) -> bool:
    return bool(re.fullmatch(r"[\d.,%*†‡+~≈<>\s-]+|n/?a|—|–", text.strip(), re.I))


def _split_overflow(cells: list[Cell], spans: list[tuple[int, int]]) -> list[Cell]:
    """Cells that run into the next column one space short of a separator ("HealthBench
    Hard 40.1") are split where that column starts, when a number stands there."""
    out: list[Cell] = []
    for cell in cells:
        pieces = [cell]
        for start, _end in spans:
            last = pieces[-1]
            cut = start - last.start
            if 0 < cut < len(last.text) and last.text[cut - 1] == " ":
                right = last.text[cut:]
                if _numeric_tail(right.split(" ")[0]):
                    pieces[-1] = Cell(last.text[:cut].rstrip(), last.start)
                    pieces.append(Cell(right, start))
        out.extend(pieces)
    return out


def _map_by_position(cells: list[Cell], spans: list[tuple[int, int]]) -> list[Cell] | None:
    """Each cell to the header column it overlaps most (or sits under); blanks stay blank.
    None when two cells claim one column or the row is not under the header at all."""
    out: list[Cell] = [Cell("", -1) for _ in spans]
    used: set[int] = set()
    last = -1
    for cell in _split_overflow(cells, spans):
        start, end = cell.start, cell.start + len(cell.text)
        best, best_overlap = -1, 0
        for j, (a, b) in enumerate(spans):
            overlap = min(end, b) - max(start, a)
            if overlap > best_overlap:
                best, best_overlap = j, overlap
        if best < 0:
            for j, (a, _b) in enumerate(spans):
                nxt = spans[j + 1][0] if j + 1 < len(spans) else 1 << 30
                if a - 2 <= start < nxt:
                    best = j
        if best < 0 or best in used or best <= last:
            return None
        used.add(best)
        last = best
        out[best] = cell
    if not out[0].text:
        return None
    return out


_QUOTE = re.compile(r"^(?:\s{0,3}>)+\s?")


def _text_grids(text: str, reader: Reader) -> list[Grid]:
    # Blockquote markers are blanked (not removed), so columns keep their offsets.
    lines = [_QUOTE.sub(lambda m: " " * len(m.group(0)), line) for line in text.split("\n")]
    taken: set[int] = set()
    grids = _flat_tables(lines, taken)
    grids += labelled_tables(lines, taken)  # before pipe: their fields are split by pipes
    grids += _pipe_tables(lines, taken)
    grids += _tab_tables(lines, taken)
    grids += record_tables(lines, taken, reader)  # before aligned: records are padded too
    grids += _aligned_tables(lines, taken)
    grids += array_tables(lines, taken)  # before csv: a row's cells are comma-separated
    grids += csv_tables(lines, taken)
    grids += _squashed_tables(lines, taken, reader)
    grids += stacked_tables(lines, taken, reader)
    grids += spaced_tables(lines, taken, reader)
    for grid in grids:
        _drop_row_numbers(grid)
        if grid.lines:
            first = min(grid.lines)
            if first > 0 and grid.shape == "pipe" and _RULE.match(lines[first - 1].translate(_BOX)):
                grid.lines.append(first - 1)  # the top border of a grid table
                first -= 1
            grid.caption = _caption_above(lines, first)
            grid.context = "" if grid.caption else paragraph_above(lines, first)
            grid.notes = footnotes(lines, max(grid.lines), reader)
            grid.second = second_figure(lines, max(grid.lines), reader)
            grid.ignored = _ignored_above(lines, first)
    return grids


def _drop_row_numbers(grid: Grid) -> None:
    """A first column with no header that numbers the rows 0, 1, 2 ... (a data frame's
    index, as pandas prints one): the labels are in the column after it."""
    if not grid.header or grid.header[0].text.strip() or len(grid.header) < 3:
        return
    firsts = [row.cells[0].text.strip() if row.cells else "" for row in grid.rows]
    if len(firsts) < 2 or not all(f.isdigit() for f in firsts):
        return
    start = int(firsts[0])
    if start > 1 or [int(f) for f in firsts] != list(range(start, start + len(firsts))):
        return
    grid.header = grid.header[1:]
    for row in grid.rows:
        row.cells = row.cells[1:]


def _ignored_above(lines: list[str], first: int) -> bool:
    """An in-article `<!-- claimcheck: ignore -->` marker just above the table (or above its
    caption) applies to the table, as it applies to the next paragraph in prose."""
    seen = 0
    for k in range(first - 1, max(first - 5, -1), -1):
        text = lines[k].strip()
        if not text:
            continue
        if _MARKER.search(text):
            return True
        seen += 1
        if seen > 1:
            return False
    return False


_CAPTION = re.compile(r"^(?:#{1,6}\s|\*\*|(?:table|figure|fig\.)\s*\d*\b)|:$", re.I)


_TAG_LINE = re.compile(r"^\s*(?:<[^<>]*>\s*)+$")
_FENCE = re.compile(r"^(?:```|~~~)[\w+-]*$")


def paragraph_above(lines: list[str], first: int) -> str:
    """The short paragraph just above a table (a blank line and the table's opening tags
    allowed): "Measured on the Berkeley Function Calling Leaderboard." says what a table of
    sub-scores measures."""
    if first > len(lines):
        return ""  # line numbers of another text (a test's hand-built document)
    end = first - 1
    while end >= 0 and end >= first - 6 and _no_text(lines[end]):
        end -= 1
    if end < 0 or _no_text(lines[end]):
        return ""
    start = end
    while start > 0 and lines[start - 1].strip() and end - start < 3:
        start -= 1
    text = " ".join(line.strip() for line in lines[start : end + 1])
    if text.startswith("<"):
        # '<p style="...">Arena Hard v0.1 Leaderboard</p>': a title line in its tags.
        text = " ".join(TAG.sub(" ", text).split())
    return text if text and len(text) <= 400 and not text.startswith(("|", "<")) else ""


def _no_text(line: str) -> bool:
    """A blank line, a table's opening tag or a code fence: between a table and its text."""
    return not line.strip() or bool(_TAG_LINE.match(line) or _FENCE.match(line.strip()))


def _caption_above(lines: list[str], first: int) -> str:
    """The line just above a text table (one blank line allowed) when it reads as its
    caption: a heading, a "Table 2 ..." line, a line ending in a colon, or a short title."""
    for k in (first - 1, first - 2, first - 3):
        if k < 0:
            return ""
        text = lines[k].strip()
        if not text or _FENCE.match(text):
            continue  # "**Arena-Hard-v0.1**", a blank line, "```console", then the table
        if _CAPTION.search(text) or (len(text) <= 80 and not text.endswith((".", ","))):
            return text
        return ""
    return ""
