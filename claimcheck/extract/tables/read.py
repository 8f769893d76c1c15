"""From a grid to claims: one claim per value cell, and the short rows whose cells cannot be
placed by position."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from claimcheck.extract.numbers import Value
from claimcheck.extract.prose import RawClaim
from claimcheck.extract.tables.cells import CellRead
from claimcheck.extract.tables.grid import Cell, Grid, _line
from claimcheck.extract.tables.harness import read_harness
from claimcheck.extract.tables.labels import (
    _UNIT_PCT,
    Label,
    Reader,
    both_settings,
    clean,
)
from claimcheck.extract.tables.notes import mark_of, unstack
from claimcheck.extract.tables.orient import (
    _caption_benchmark,
    _generic,
    _orient,
    heading_parts,
    part_label,
)
from claimcheck.extract.tables.roles import normalise, promote_label_row, section_conditions
from claimcheck.extract.tables.sizes import complete_sizes
from claimcheck.extract.tables.skills import read_summary
from claimcheck.extract.tables.variant import apply_variant, table_variant

# ---------------------------------------------------------------------------------------
# Reading a grid


@dataclass(slots=True)
class PendingRow:
    """A table row with fewer values than columns, where positions cannot be trusted.

    The row's label is fixed (a benchmark when models are columns); which column each value
    belongs to is decided by `place_pending` from what the other sources say. `values` are
    in order; None stands for an explicit empty cell, which still takes a column.
    """

    source: str
    row: Label
    columns: list[Label]
    values: list[Value | None]
    models_in_columns: bool
    line: int
    text: str
    qualifiers: dict[str, str] = field(default_factory=dict)
    ignored: bool = False

    @property
    def benchmark(self) -> str:
        return self.row.name if self.models_in_columns else ""

    @property
    def models(self) -> list[str]:
        return [c.name for c in self.columns] if self.models_in_columns else [self.row.name]

    def slot(self, column: int) -> tuple[Label, Label, dict[str, str]]:
        """(model label, benchmark label, qualifiers) of the row's cell in `column`."""
        col = self.columns[column]
        model, bench = (col, self.row) if self.models_in_columns else (self.row, col)
        quals = {**self.qualifiers, **both_settings(self.row.qualifiers, col.qualifiers)}
        return model, bench, quals

    def usable(self, column: int) -> bool:
        """Whether the column can hold a score (not a specs or condition column)."""
        kind = self.columns[column].kind
        return kind in (("model", "?") if self.models_in_columns else ("benchmark", "?"))

    def claim(self, index: int, column: int, ambiguous: bool = False) -> RawClaim:
        value = self.values[index]
        assert value is not None
        model, bench, quals = self.slot(column)
        return _make_claim(
            model,
            bench,
            value,
            quals,
            self.line,
            value.start + 1,
            self.text,
            self.source,
            ambiguous=ambiguous,
            ignored=self.ignored,
        )


def _make_claim(
    model: Label,
    bench: Label,
    value: Value,
    quals: dict[str, str],
    line: int,
    column: int,
    text: str,
    source: str,
    *,
    ambiguous: bool = False,
    ignored: bool = False,
) -> RawClaim:
    return RawClaim(
        model=model.name,
        model_mention=model.mention,
        benchmark=bench.name,
        benchmark_mention=bench.mention,
        bench_entry=bench.entry if bench.kind == "benchmark" else None,
        value=value,
        qualifiers=dict(quals),
        line=line,
        column=max(column, 1),
        text=text.strip()[:500],
        ambiguous=ambiguous,
        extractor="table",
        ignored=ignored,
        source=source,
    )


def _read_long(
    reader: Reader, grid: Grid, source: str, line_of: Sequence[int] | None
) -> list[RawClaim] | None:
    """A table in long form, one claim a row: "Model | Benchmark | Score". None if the
    header is not of that form."""
    hints = [reader.corner_hint(c.text) for c in grid.header]
    values = [j for j, c in enumerate(grid.header) if _generic(reader, c.text) and c.text]
    if hints.count("model") != 1 or hints.count("benchmark") != 1 or len(values) != 1:
        return None
    m_col, b_col, v_col = hints.index("model"), hints.index("benchmark"), values[0]
    header_unit = reader.label(grid.header[v_col].text).unit
    claims: list[RawClaim] = []
    for row in grid.rows:
        if len(row.cells) <= max(m_col, b_col, v_col):
            continue
        model = reader.label(row.cells[m_col].text)
        bench = reader.label(row.cells[b_col].text)
        if model.kind not in ("model", "?") or bench.kind not in ("benchmark", "?"):
            continue
        cell = row.cells[v_col]
        read = reader.cell(cell.text, max(cell.start, 0))
        if read.value is None:
            continue
        value = read.value
        if not value.unit:
            value.unit = header_unit or bench.unit
        quals = {**row.qualifiers, **bench.qualifiers, **model.qualifiers, **read.qualifiers}
        column = value.start + 1 if cell.start >= 0 else 1
        line = _line(row.line, line_of)
        claims.append(
            _make_claim(
                model, bench, value, quals, line, column, row.text, source, ignored=grid.ignored
            )
        )
    return claims


def _read_grid(
    reader: Reader, grid: Grid, source: str, line_of: Sequence[int] | None
) -> tuple[list[RawClaim], list[PendingRow]]:
    # Tables of a known tool's output (a harness, an eval pipeline) are read by their own rules.
    rows = read_harness(reader, grid)
    if rows is None:
        rows = read_summary(reader, grid)
    if rows is not None:
        return _without_item_counts(
            [
                _make_claim(m, b, v, q, _line(i, line_of), col, text, source, ignored=grid.ignored)
                for m, b, v, q, i, col, text in rows
            ]
        ), []
    grid = promote_label_row(reader, unstack(grid))
    complete_sizes(reader, grid)
    grid = normalise(reader, grid)
    _settings_rows(reader, grid)
    claims, pending = _read_oriented(reader, grid, source, line_of)
    apply_variant(claims, table_variant(grid, reader.words.variants, reader.names), reader.names)
    _heading_edition(reader, grid, claims)
    return _without_item_counts(claims), pending


_SAME_COUNT_ROWS = 3  # rows that must agree before a column is taken for a count of items


def _without_item_counts(claims: list[RawClaim]) -> list[RawClaim]:
    """A "Total" column giving every model the same whole number above 100 (2778, the
    test's size): how many items there were, not a score. A column is known by what its
    claims share: benchmark, metric and conditions."""
    by_column: dict[tuple[str, str, tuple[tuple[str, str], ...]], list[RawClaim]] = {}
    for claim in claims:
        at = (claim.benchmark, claim.metric, tuple(sorted(claim.qualifiers.items())))
        by_column.setdefault(at, []).append(claim)
    dropped: set[int] = set()
    for group in by_column.values():
        values = {c.value.value for c in group}
        if len(group) >= _SAME_COUNT_ROWS and len(values) == 1 and next(iter(values)) > 100:
            dropped.update(id(c) for c in group if not (c.value.decimals or c.value.unit))
    return [c for c in claims if id(c) not in dropped] if dropped else claims


def _heading_edition(reader: Reader, grid: Grid, claims: list[RawClaim]) -> None:
    """ "### Coding Performance (SWE-bench Verified)" over a "SWE-bench" column: the column
    is the edition the heading or caption names, the catalog's short name for it."""
    above = f"{grid.heading}\n{grid.caption}".strip()
    if not above or not claims:
        return
    editions = {
        entry.name: entry
        for m in reader.finder.find(above)
        if m.kind == "benchmark" and (entry := reader.names.resolve(m.text, "benchmark")[1])
    }
    for entry in editions.values():
        if not entry.bare or any(c.benchmark == entry.name for c in claims):
            continue  # a table naming the edition itself: its bare column is another test
        short = reader.names.resolve(entry.bare, "benchmark")[0]
        for claim in claims:
            if claim.benchmark == short:
                claim.benchmark, claim.bench_entry = entry.name, entry


def _read_oriented(
    reader: Reader, grid: Grid, source: str, line_of: Sequence[int] | None
) -> tuple[list[RawClaim], list[PendingRow]]:
    long = _read_long(reader, grid, source, line_of)
    if long is not None:
        return long, []
    orientation = _orient(reader, grid)
    if orientation is None:
        return [], []
    claims: list[RawClaim] = []
    pending: list[PendingRow] = []
    corner = orientation.corner
    columns = orientation.columns
    in_columns = orientation.models_in_columns
    plus = [None if in_columns else _plus_pair(reader, c.text) for c in grid.header[1:]]
    for j, both in enumerate(plus):
        if both is not None:
            columns[j] = both[0]
    model_kind_ok = ("model", "?")
    bench_kind_ok = ("benchmark", "?")
    col_ok = [c.kind in (model_kind_ok if in_columns else bench_kind_ok) for c in columns]
    table_unit = corner.unit
    if not table_unit and grid.caption and _UNIT_PCT.search(grid.caption):
        table_unit = "%"
    # A condition in the corner ("Model (5-shot)") holds for the table; other words in its
    # brackets name the label column ("Benchmark (eval)"), no setting of the values.
    table_quals = {k: v for k, v in corner.qualifiers.items() if k != "setting"}
    # A heading that is a setting ("#### Extended Thinking") holds for the table under it.
    heading_quals, _ = reader.conditions.from_label(grid.heading) if grid.heading else ({}, 0)
    heading_quals.pop("metric", None)
    table_quals = {**heading_quals, **table_quals}
    # A note above a table whose rows state their own shot counts ("Zero-shot unless the
    # row says otherwise" over "MATH (4-shot)") gives the count of the rows that state none.
    # Over a table where no row states one, a caption's count is left out: copies of the
    # table that drop the caption must still meet its figures.
    shots = reader.conditions.one_shot_count(f"{grid.caption} {grid.context}")
    if shots and "shots" not in table_quals and _rows_state_shots(reader, grid):
        table_quals["shots"] = shots
    # A footnote below the table may state a condition for the labels it marks.
    col_notes = [grid.notes.get(mark_of(c.text), {}) for c in grid.header[1:]]
    section: dict[str, str] = {}  # what a sub-header row ("**w/ CoT**") says of the rows below
    previous: Label | None = None  # the last row's label
    base: Label | None = None  # the last row's label that adds nothing to one above ("+ RL")
    whole = heading_parts(reader, grid) if in_columns else None
    # "Benchmarks(shots)" over "Winogrande(5)": the corner says what a bare number in the
    # brackets after each benchmark is.
    corner_shots = (
        in_columns and bool(grid.header) and "shot" in clean(grid.header[0].text).casefold()
    )
    for row in grid.rows:
        if not row.cells:
            continue
        if all(not clean(c.text) for c in row.cells[1:]) and clean(row.cells[0].text):
            section = section_conditions(reader, row.cells[0].text)
            continue
        column_settings = _column_settings(reader, row.cells)
        if column_settings is not None:
            # "|  | 5-shot | 5-shot | 0-shot | 3-shot@1 |" under the header: each column's
            # setting, for the rows below.
            columns = [
                replace(c, qualifiers={**c.qualifiers, **q}) if q else c
                for c, q in zip(columns, column_settings + [{}] * len(columns), strict=False)
            ]
            continue
        if in_columns:
            renamed = _renamed_columns(reader, row.cells[1 : len(columns) + 1], columns)
            if renamed is not None:
                columns = [renamed[j] or col for j, col in enumerate(columns)]
                col_ok = [ok and renamed[j] is not None for j, ok in enumerate(col_ok)]
                continue
        label = reader.label(row.cells[0].text)
        if corner_shots and "shots" not in label.qualifiers:
            count = _BRACKET_COUNT.search(clean(row.cells[0].text))
            if count:
                label.qualifiers["shots"] = f"{int(count[1])}-shot"
        if whole is not None:
            label = part_label(reader, whole, row.cells[0].text, label)
        # "| | Airline 59.6% |": the row above's benchmark, another part of it; only the
        # cells that name their part are read ("| **Average** | | 67.6 |" is no part).
        continuing = False
        if previous is not None and in_columns and not clean(row.cells[0].text):
            label, continuing = previous, True
        added = _ADDED.fullmatch(clean(row.cells[0].text)) if not in_columns else None
        if added and base is not None:
            # "| **Corvid-7B** | ..." then "| + Execution Feedback | ...": the model above with
            # what was added, a setting of its own.
            what = " ".join(added["what"].casefold().split())
            label = replace(base, qualifiers={**base.qualifiers, "setting": what})
        elif added:
            continue  # no model above for it to add to
        if label.kind not in (bench_kind_ok if in_columns else model_kind_ok):
            continue
        previous = label
        if not added:
            base = label
        row_note = grid.notes.get(mark_of(row.cells[0].text), {}) if grid.notes else {}
        line = _line(row.line, line_of)
        cells = row.cells[1:]
        if len(cells) < len(columns) and not grid.positional:
            reads = [reader.cell(c.text, max(c.start, 0)) for c in cells]
            values = [r.value for r in reads]
            if any(v is not None for v in values):
                for r in reads:
                    if r.value is not None and not r.value.unit:
                        r.value.unit = label.unit or table_unit
                pending.append(
                    PendingRow(
                        source,
                        label,
                        columns,
                        values,
                        in_columns,
                        line,
                        row.text,
                        {**table_quals, **row.qualifiers},
                        ignored=grid.ignored,
                    )
                )
            continue
        row_values: list[Value] = []
        for j, cell in enumerate(cells[: len(columns)]):
            if not col_ok[j]:
                continue
            col = columns[j]
            pair = col.pair or label.pair
            halves = reader.pair_cell(cell.text, max(cell.start, 0)) if pair else None
            reads = (
                list(zip(halves, pair, strict=True))
                if halves and pair
                else [(reader.cell(cell.text, max(cell.start, 0)), {})]
            )
            plus_pair = plus[j] if j < len(plus) else None
            if plus_pair is not None:
                reads = _bracket_pair(reader, cell, plus_pair) or reads
            unsure = False
            part = None
            if reads[0][0].value is None and not pair:
                part = _part_cell(reader, cell, label if in_columns else col)
                if part is not None:
                    reads = [(part[0], {})]
                elif not continuing:
                    reads, unsure = _two_figures(reader, cell, grid.second)
            if continuing and part is None:
                continue
            for read, half in reads:
                value = read.value
                if value is None:
                    continue
                row_values.append(value)
                if not value.unit:
                    value.unit = col.unit or label.unit or table_unit
                    if value.unit == "%" and value.value > 100:
                        continue
                model, bench = (col, label) if in_columns else (label, col)
                if part is not None:
                    bench = part[1]
                if plus_pair is not None and half.get("plus"):
                    bench = plus_pair[1]
                    half = {}
                year = read.qualifiers.pop("year", None)
                if year:
                    bench = _edition(reader, bench, year)
                cell_note = grid.notes.get(mark_of(cell.text), {}) if grid.notes else {}
                quals = {
                    **table_quals,
                    **section,
                    **row_note,
                    **(col_notes[j] if j < len(col_notes) else {}),
                    **cell_note,
                    **row.qualifiers,
                    **both_settings(label.qualifiers, col.qualifiers),
                    **read.qualifiers,
                    **half,
                }
                column = value.start + 1 if cell.start >= 0 else 1
                claims.append(
                    _make_claim(
                        model,
                        bench,
                        value,
                        quals,
                        _line(cell.line, line_of) if cell.line >= 0 else line,
                        column,
                        row.text,
                        source,
                        ambiguous=unsure,
                        ignored=grid.ignored,
                    )
                )
        _whole_numbers(row_values)
    return claims, pending


_PLUS_HEADER = re.compile(r"^(?P<base>.*\S)\s*\(\s*\+\s*\)$")
_BRACKET_PAIR = re.compile(r"^(?P<a>[^()]*?\S)\s*\((?P<b>[^()]+)\)$")


def _plus_pair(reader: Reader, raw: str) -> tuple[Label, Label] | None:
    """ "HumanEval (+)" over cells "76.8 (70.7)": the benchmark's figure, then its Plus
    edition's in brackets (EvalPlus's way); the two labels, or None."""
    m = _PLUS_HEADER.match(clean(raw)) if "+" in raw else None  # every header is asked
    if m is None:
        return None
    base, extended = reader.label(m["base"]), reader.label(f"{m['base']}+")
    if base.kind != "benchmark" or extended.kind != "benchmark":
        return None
    return base, extended


def _bracket_pair(
    reader: Reader, cell: Cell, labels: tuple[Label, Label]
) -> list[tuple[CellRead, dict[str, str]]] | None:
    m = _BRACKET_PAIR.match(clean(cell.text))
    if m is None:
        return None
    first, second = reader.cell(m["a"], 0), reader.cell(m["b"], 0)
    if first.value is None or second.value is None:
        return None
    at = max(cell.start, 0)
    for read in (first, second):
        assert read.value is not None
        found = cell.text.find(read.value.text)
        start = at + max(found, 0)
        read.value = replace(read.value, start=start, end=start + len(read.value.text))
    return [(first, {}), (second, {"plus": "1"})]


_PART_CELL = re.compile(r"^(?P<part>[^\W\d][\w\- ]{0,24}?)\s+(?P<figure>\d[\d.,]*\s?%?)$")


def _part_cell(reader: Reader, cell: Cell, bench: Label) -> tuple[CellRead, Label] | None:
    """ "Retail 81.4%" under "TAU-bench": the figure of a part of the row's benchmark that
    the catalog knows apart (TAU-bench Retail); None for any other text."""
    if bench.kind != "benchmark":
        return None
    m = _PART_CELL.match(clean(cell.text))
    if m is None:
        return None
    whole = reader.label(f"{bench.name} ({m['part']})")
    if whole.kind != "benchmark" or whole.entry is None or whole.entry is bench.entry:
        return None
    read = reader.cell(m["figure"], max(cell.start, 0) + m.start("figure"))
    return (read, whole) if read.value is not None else None


_ADDED = re.compile(r"\+\s*(?P<what>[A-Za-z][^+|]{1,60})")
_BRACKET_COUNT = re.compile(r"\(\s*(\d{1,2})\s*\)\s*$")


def _two_figures(
    reader: Reader, cell: Cell, second: dict[str, str] | None
) -> tuple[list[tuple[CellRead, dict[str, str]]], bool]:
    """A cell of two scores under a label that says nothing of them ("72.5% / 79.4%"): the
    first is the plain score and the second what a note below says it is; with no such note
    both are kept but unsure (recorded, never compared). Anything else reads as no value."""
    halves = reader.score_pair(cell.text, max(cell.start, 0))
    if halves is None:
        return [], False
    if second is None:
        return [(halves[0], {}), (halves[1], {})], True
    return [(halves[0], {}), (halves[1], second)], False


def _settings_rows(reader: Reader, grid: Grid) -> None:
    """ "### MATH500" over "| Reasoning Mode | pass@1 |" whose rows are settings ("Reasoning
    Off", "Reasoning On"): each row is the document's model (the heading's subject) under
    that setting, and the value columns are the heading's benchmark. Rewritten in place as
    the table it stands for."""
    if not grid.subject or not grid.rows or len(grid.header) < 2:
        return
    labels = [reader.label(r.cells[0].text) if r.cells else None for r in grid.rows]
    if any(label is None or label.kind != "cond" or not label.qualifiers for label in labels):
        return
    bench = _caption_benchmark(reader, grid.heading) or _caption_benchmark(reader, grid.caption)
    if bench is None or not all(
        _generic(reader, c.text) or reader.label(c.text).kind == "cond" for c in grid.header[1:]
    ):
        return
    for row, label in zip(grid.rows, labels, strict=True):
        assert label is not None
        row.qualifiers.update(label.qualifiers)
        row.cells[0] = Cell(grid.subject, -1)
    grid.header[1:] = [Cell(f"{bench.mention} ({clean(c.text)})", c.start) for c in grid.header[1:]]


def _edition(reader: Reader, bench: Label, year: str) -> Label:
    """ "AIME" over a cell "9.3% (2024)": the catalog's AIME 2024, when it holds one."""
    canonical, entry = reader.names.resolve(f"{bench.name} {year}", "benchmark")
    if entry is None:
        return bench
    return Label(bench.mention, canonical, "benchmark", entry, bench.qualifiers, bench.unit)


def _rows_state_shots(reader: Reader, grid: Grid) -> bool:
    return any(
        "shots" in row.qualifiers or "shots" in reader.label(row.cells[0].text).qualifiers
        for row in grid.rows
        if row.cells
    )


def _column_settings(reader: Reader, cells: Sequence[Cell]) -> list[dict[str, str]] | None:
    """A row with no label whose cells are settings ("5-shot", "0-shot", "3-shot@1", "-"):
    the conditions of each column, or None when the row is no such row."""
    if len(cells) < 3 or clean(cells[0].text):
        return None
    out: list[dict[str, str]] = []
    found = 0
    for cell in cells[1:]:
        text = clean(cell.text)
        if not text or text in ("-", "–", "—"):
            out.append({})
            continue
        if reader.cell(cell.text, 0).value is not None:
            return None
        quals, recognised = reader.conditions.from_label(text)
        if not quals or not recognised:
            return None
        quals.pop("metric", None)
        out.append(quals)
        found += 1
    return out if found >= 2 else None


def _renamed_columns(
    reader: Reader, cells: Sequence[Cell], columns: list[Label]
) -> list[Label | None] | None:
    """A row of model names under model columns ("Reasoning model | Seed-Thinking-v1.5 | R1
    | QwQ / Qwen3-Thinking") says whose the figures below are: the new column labels, None
    where a cell names no one model (two names, a word). None when the row is no such row:
    it holds a number, or fewer than two names other than their columns'."""
    out: list[Label | None] = []
    other = 0
    for cell, col in zip(cells, columns, strict=False):
        text = clean(cell.text)
        if reader.cell(cell.text, max(cell.start, 0)).value is not None:
            return None
        label = reader.label(cell.text)
        one = label.kind == "model" and not re.search(r"[/,;&+]|\band\b", text)
        out.append(label if one else None)
        other += one and label.name != col.name
    return out + [None] * (len(columns) - len(out)) if other >= 2 else None


_POINT_ZERO = re.compile(r"\d\.0+\s*%?\**$")


def _whole_numbers(values: list[Value]) -> None:
    """A row whose figures mostly end in ".0" beside a few with tenths ("85.0 | 86.0 |
    85.0 | 87.0 | 84.0 | 80.6 | 81.1") quotes others' whole numbers with a point added
    beside its own: those claim no tenths, and 85.0 there does not contradict 85.3
    elsewhere. By chance, four of five one-decimal figures end in ".0" about once in 2,000
    rows. A row all in ".0" may be a rounded run of the same source and is left as written:
    its 42.0 against 43.0 elsewhere stays a contradiction."""
    zeros = [v for v in values if v.decimals and _POINT_ZERO.search(v.text)]
    if len(zeros) >= 4 and 2 * len(zeros) >= len(values) and len(zeros) < len(values):
        for v in zeros:
            v.decimals = 0
