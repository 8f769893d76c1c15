"""Benchmark tables, in every shape articles carry them.

Five shapes, one reading. Four are found in a document's text (`table_lines` names their
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
- HTML tables (a header row or a header column; colspan already expanded by ingest).

Every shape becomes a grid: a header row, then rows whose first cell is a label. The labels
decide the orientation (models as columns and benchmarks as rows, or the transpose), by the
catalog and by the shape of names no catalog holds; a table whose labels are neither (specs,
prices) yields nothing. A row with fewer values than columns where positions cannot be
trusted (squashed, HTML) is never read left-aligned: it becomes a `PendingRow`, which
`place_pending` places with the other sources' evidence once every document is read, or
emits as ambiguous claims.

The word lists (empty-cell markers, corner words, non-score header words) are data, in the
catalog's lexicon under `[tables]`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from math import comb
from typing import Protocol

from claimcheck.catalog import Catalog, Entry
from claimcheck.extract.conditions import ConditionRules
from claimcheck.extract.mentions import MentionFinder
from claimcheck.extract.names import Names
from claimcheck.extract.numbers import Value
from claimcheck.extract.prose import ProseReader, RawClaim
from claimcheck.extract.segments import _MARKER

VALUE_TOLERANCE = 0.051  # two values agree within this (the gold files' tolerance)
MAX_PLACEMENTS = 5000  # beyond this many placements of a row, it is ambiguous without trying

# ---------------------------------------------------------------------------------------
# The shapes ingest hands over (duck-typed, so tests can build documents by hand).


class TableLike(Protocol):
    rows: list[list[str]]
    header: list[bool]
    lines: list[int]
    caption: str


class DocumentLike(Protocol):
    path: str
    text: str
    line_of: list[int]

    @property
    def tables(self) -> Sequence[TableLike]: ...


# ---------------------------------------------------------------------------------------
# Word lists from the lexicon


@dataclass(frozen=True, slots=True)
class TableWords:
    empty_cells: frozenset[str]
    corner_benchmark: frozenset[str]
    corner_model: frozenset[str]
    non_score: frozenset[str]
    generic: frozenset[str]
    condition_columns: frozenset[str]

    @classmethod
    def of(cls, catalog: Catalog) -> TableWords:
        def words(key: str) -> frozenset[str]:
            return frozenset(w.casefold() for w in catalog.words("tables", key))

        return cls(
            empty_cells=words("empty_cells"),
            corner_benchmark=words("corner_benchmark_words"),
            corner_model=words("corner_model_words"),
            non_score=words("non_score_words"),
            generic=words("generic_labels"),
            condition_columns=words("condition_columns"),
        )


_WORDS: dict[int, tuple[Catalog, TableWords]] = {}


def _words(catalog: Catalog) -> TableWords:
    cached = _WORDS.get(id(catalog))
    if cached is None or cached[0] is not catalog:
        cached = _WORDS[id(catalog)] = (catalog, TableWords.of(catalog))
    return cached[1]


# ---------------------------------------------------------------------------------------
# Grids: every shape is read into one


@dataclass(slots=True)
class Cell:
    text: str
    start: int = -1  # offset of the cell in its line; -1 when not known (HTML)


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
    shape: str  # "pipe" | "tab" | "aligned" | "squashed" | "html"
    lines: list[int] = field(default_factory=list)  # text line indices the table occupies
    groups: list[list[str]] = field(default_factory=list)  # header rows above the labels
    caption: str = ""
    ignored: bool = False  # under an in-article ignore marker

    @property
    def positional(self) -> bool:
        """Whether a short row's cells keep their columns (explicit separators)."""
        return self.shape in ("pipe", "tab", "aligned")


# ---------------------------------------------------------------------------------------
# Cleaning labels and cells

_NBSP = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})
_LINK = re.compile(r"\[([^\]]{1,200})\]\([^)]{0,500}\)")
_MARKUP = re.compile(r"\*\*|__|~~|`|</?(?:b|strong|em|i|u|sup|sub|span)>", re.I)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_EMPHASIS = re.compile(r"^[*_]{1,3}(?=\S)(.{1,300}?)(?<=\S)[*_]{1,3}$")
# Possessive (++): a run of marks is one element, never split again. With {1,3} inside a
# repeated group, "*" * 30 + "x" tried every split of the run: exponential (28 stars: 9 s).
# The lookbehind starts no match inside a run (one from the run's start is always found
# first), so a long run costs linear time, not a search from every mark.
_FOOTNOTE_TAIL = re.compile(
    r"(?<![*†‡§¶¹²³⁴⁵⁶⁷⁸⁹⁰])(?:\s?(?:[*†‡§¶]++|[¹²³⁴⁵⁶⁷⁸⁹⁰]++|\^\s?\d{1,2}|\^[a-z]|\[\d{1,2}\]|\[[a-z]\]))++$"
)
_SPACES = re.compile(r"\s+")
_PAREN = re.compile(r"\s*[(\[]([^()\[\]]{0,60})[)\]]")
_UNIT_PCT = re.compile(r"(?:^|[\s,;/(\[])%(?:$|[\s,;/)\]])|\bpercent(?:age)?s?\b", re.I)
_UNIT_ELO = re.compile(r"\belo\b", re.I)
_TRAILING_PCT = re.compile(r"\s*(?:,\s*|\bin\s+)?%\s*$", re.I)


def clean(text: str) -> str:
    """Cell or label text without markup, links, emphasis and footnote marks."""
    text = _BREAK.sub(" ", text.translate(_NBSP))
    text = _LINK.sub(r"\1", text)
    text = _MARKUP.sub("", text).strip()
    emphasis = _EMPHASIS.match(text)
    if emphasis:
        text = emphasis.group(1)
    text = _FOOTNOTE_TAIL.sub("", text.strip())
    return _SPACES.sub(" ", text).strip()


_CONDITION_ONLY = re.compile(
    r"(?:\d{1,2}|zero|one|few)[- ]shot(?:\s+cot)?|(?:pass|maj|cons)\s?@\s?\d{1,4}"
)
_NUM_CELL = re.compile(
    r"^(?P<pre>[~≈≥≤<>]\s?|(?:about|approx\.?|ca\.)\s)?"
    r"(?P<int>\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.(?P<frac>\d{1,6}))?"
    r"\s?(?P<pct>%)?(?P<plus>\+)?$",
    re.I,
)
_SPREAD = re.compile(r"\s*(?:±|\+/-|\+-)\s*\d+(?:\.\d+)?\s?%?$")
_CELL_PAREN = re.compile(r"^(?P<body>.*?\S)\s*[(\[](?P<inner>[^()\[\]]{0,40})[)\]]$")


@dataclass(slots=True)
class Label:
    """A row or column label: the name as written, what it resolved to, its conditions."""

    mention: str
    name: str  # canonical (catalog name, or the mention as shown when no catalog holds it)
    kind: str  # "model" | "benchmark" | "?" (unknown kind) | "cond" (only a condition) | "no"
    entry: Entry | None = None
    qualifiers: dict[str, str] = field(default_factory=dict)
    unit: str = ""  # "%" or "elo" when the label says so


@dataclass(slots=True)
class _CellRead:
    value: Value | None  # None: not a number (an empty marker, text, a price...)
    qualifiers: dict[str, str] = field(default_factory=dict)


_LABEL_CACHE_LIMIT = 100_000  # distinct labels kept across documents; then start afresh


class _Reader:
    """The per-table machinery: labels, cells, claims. Built from a ProseReader's parts."""

    def __init__(
        self,
        names: Names,
        conditions: ConditionRules,
        catalog: Catalog,
        finder: MentionFinder | None = None,
    ) -> None:
        self.names = names
        self.finder = finder or MentionFinder(names)
        self.conditions = conditions
        self.catalog = catalog
        self.words = _words(catalog)
        self._labels: dict[str, Label] = {}

    # -- labels -----------------------------------------------------------------------
    def label(self, raw: str) -> Label:
        cached = self._labels.get(raw)
        if cached is None:
            if len(self._labels) > _LABEL_CACHE_LIMIT:
                self._labels.clear()
            cached = self._labels[raw] = self._label(raw)
        return Label(
            cached.mention,
            cached.name,
            cached.kind,
            cached.entry,
            dict(cached.qualifiers),
            cached.unit,
        )

    def _label(self, raw: str) -> Label:
        text = clean(raw)
        quals: dict[str, str] = {}
        unit = ""

        def paren(m: re.Match[str]) -> str:
            nonlocal unit
            inner = m.group(1).strip()
            if _UNIT_PCT.search(inner):
                unit = "%"
            elif _UNIT_ELO.search(inner):
                unit = "elo"
            found, _ = self.conditions.from_label(inner)
            quals.update(found)
            return " "

        name = _PAREN.sub(paren, text)
        if _TRAILING_PCT.search(name):
            unit = "%"
            name = _TRAILING_PCT.sub("", name)
        name = _SPACES.sub(" ", name).strip(" -–—:,;/")
        tools = self.conditions.tools(name)
        if tools is not None and tools[0] > 0:
            quals["tools"] = tools[1]
            name = name[: tools[0]].strip(" -–—:,;/(")
        for start, _end, mode in self.conditions.mode_phrases(name):
            if start > 0:
                quals["mode"] = mode
                name = name[:start].strip(" -–—:,;/(")
                break
        kind, canonical, entry = self._kind(name)
        if entry is None and kind != "model" and self._only_condition(name):
            found, _ = self.conditions.from_label(name)
            quals.update(found)
            return Label(name, name, "cond", None, quals, unit)
        if kind != "benchmark" and entry is None:
            # "Claude Opus 4.6 Thinking": a known model and a mode word after it.
            words = name.split(" ")
            if len(words) > 1:
                mode = self.conditions.mode_word(words[-1])
                shorter = " ".join(words[:-1])
                if mode and self.names.looks_like_model(shorter):
                    s_kind, s_canonical, s_entry = self._kind(shorter)
                    if s_kind == "model":
                        quals.setdefault("mode", mode)
                        name, kind, canonical, entry = shorter, s_kind, s_canonical, s_entry
        return Label(name, canonical, kind, entry, quals, unit)

    def _only_condition(self, name: str) -> bool:
        """Whether a label is only a condition or a category ("Pass@8", "5-shot",
        "Thinking", "No tools", "Math"), not the name of a model or a benchmark."""
        folded = name.casefold().strip()
        if not folded:
            return False
        if folded in self.conditions.descriptors or self.conditions.mode_word(folded):
            return True
        if re.fullmatch(_CONDITION_ONLY, folded):
            return True
        tools = self.conditions.tools(name)
        return tools is not None and tools[0] == 0 and len(folded.split()) <= 4

    def _kind(self, name: str) -> tuple[str, str, Entry | None]:
        if not name or not re.search(r"[^\W\d_]", name):
            return "no", name, None
        folded = name.casefold()
        if folded in self.words.generic or len(name) > 70 or len(name.split()) > 8:
            return "no", name, None
        canonical, entry = self.names.resolve(name, "model")
        if entry is not None:
            return "model", canonical, entry
        b_canonical, b_entry = self.names.resolve(name, "benchmark")
        if b_entry is not None:
            return "benchmark", b_canonical, b_entry
        tokens = set(self.names.tokens(name)) | set(folded.split())
        if tokens & self.words.non_score:
            return "no", name, None
        if self.names.is_org(name) or folded in self.names.stopwords:
            return "no", name, None
        model, bench = self.names.looks_like_model(name), self.names.looks_like_benchmark(name)
        if model and not bench:
            return "model", canonical, None
        if bench and not model:
            return "benchmark", b_canonical, None
        return "?", self.names.display(name), None

    def corner_hint(self, corner: str) -> str:
        """What the corner cell says the rows are: "benchmark", "model" or ""."""
        folded = clean(corner).casefold()
        words = set(re.findall(r"[\w@.-]+", folded)) | {folded}
        bench = bool(words & self.words.corner_benchmark)
        model = bool(words & self.words.corner_model)
        if bench and not model:
            return "benchmark"
        if model and not bench:
            return "model"
        return ""

    # -- cells ------------------------------------------------------------------------
    def cell(self, raw: str, offset: int) -> _CellRead:
        text = clean(raw)
        if text.casefold() in self.words.empty_cells:
            return _CellRead(None)
        quals: dict[str, str] = {}
        text = _SPREAD.sub("", text)
        paren = _CELL_PAREN.match(text)
        if paren:
            found, _ = self.conditions.from_label(paren.group("inner"))
            quals.update(found)
            text = _FOOTNOTE_TAIL.sub("", paren.group("body")).strip()
        m = _NUM_CELL.match(text)
        if not m:
            return _CellRead(None)
        frac = m.group("frac")
        value = float(m.group("int").replace(",", "") + ("." + frac if frac else ""))
        unit = "%" if m.group("pct") else ""
        if unit == "%" and value > 100:
            return _CellRead(None)
        pre = (m.group("pre") or "").strip().casefold()
        approx = "exact"
        if m.group("plus") or pre in (">", "≥"):
            approx = "at_least"
        elif pre in ("<", "≤"):
            approx = "at_most"
        elif pre:
            approx = "about"
        written = text[m.start("int") : m.end()].strip()
        at = raw.find(written[: len(m.group("int"))])
        start = offset + max(at, 0)
        number = Value(
            start, start + len(written), value, None, len(frac or ""), unit, approx, written
        )
        return _CellRead(number, qualifiers=quals)


# ---------------------------------------------------------------------------------------
# Orientation


@dataclass(slots=True)
class _Orientation:
    models_in_columns: bool
    corner: Label
    columns: list[Label]


def _orient(reader: _Reader, grid: Grid) -> _Orientation | None:
    """Models as columns (benchmarks as rows) or the transpose, from the labels; None when
    the labels are neither (specs, prices) or do not say."""
    corner = reader.label(grid.header[0].text) if grid.header else Label("", "", "no")
    columns = [reader.label(c.text) for c in grid.header[1:]]
    _group_qualifiers(reader, grid, columns)
    named = _caption_benchmark(reader, grid.caption)
    if named is not None:
        # "Score" under a caption that names one benchmark ("GPQA Diamond leaderboard").
        for j, col in enumerate(columns):
            if col.kind == "cond" or _generic(reader, grid.header[j + 1].text):
                columns[j] = Label(
                    named.mention,
                    named.name,
                    "benchmark",
                    named.entry,
                    {**named.qualifiers, **col.qualifiers},
                    col.unit,
                )
    rows = [reader.label(r.cells[0].text) for r in grid.rows if r.cells]
    if not columns or not rows:
        return None
    col_kinds = Counter("no" if c.kind == "cond" else c.kind for c in columns)
    row_kinds = Counter("no" if r.kind == "cond" else r.kind for r in rows)
    hint = reader.corner_hint(grid.header[0].text) if grid.header else ""
    cols_models = col_kinds["model"] + row_kinds["benchmark"] + (1 if hint == "benchmark" else 0)
    rows_models = col_kinds["benchmark"] + row_kinds["model"] + (1 if hint == "model" else 0)
    if cols_models == rows_models:
        return None
    models_in_columns = cols_models > rows_models
    model_axis, bench_axis = (col_kinds, row_kinds) if models_in_columns else (row_kinds, col_kinds)
    model_like = model_axis["model"] + model_axis["?"]
    bench_like = bench_axis["benchmark"] + bench_axis["?"]
    if model_axis["model"] + bench_axis["benchmark"] == 0:
        return None  # only a corner word: two axes of unknown names, no name of either kind
    if not model_like or not bench_like:
        return None
    if bench_axis["benchmark"] == 0 and bench_axis["?"] < bench_axis["no"] + bench_axis["model"]:
        return None
    return _Orientation(models_in_columns, corner, columns)


def _generic(reader: _Reader, raw: str) -> bool:
    """A label such as "Score", "Accuracy (%)" or "%": a value column naming nothing."""
    text = _PAREN.sub(" ", clean(raw)).strip().casefold()
    return not text or text in reader.words.generic


def _caption_benchmark(reader: _Reader, caption: str) -> Label | None:
    """The one catalog benchmark a caption or heading names, if it names exactly one."""
    if not caption:
        return None
    found = {
        m.canonical: m for m in reader.finder.find(caption) if m.kind == "benchmark" and m.known
    }
    if len(found) != 1:
        return None
    (mention,) = found.values()
    _, entry = reader.names.resolve(mention.text, "benchmark")
    return Label(mention.text, mention.canonical, "benchmark", entry)


def _normalise(reader: _Reader, grid: Grid) -> Grid:
    """The label column first ("Rank | Model | Score" is labelled by its second column), and
    condition columns ("Metric", "Setting") turned into the qualifiers of their rows."""
    header = grid.header
    if len(header) < 3:
        return grid
    label_col = 0
    if not reader.corner_hint(header[0].text) and reader.corner_hint(header[1].text):
        label_col = 1
    conditional = [
        j
        for j in range(len(header))
        if j != label_col and clean(header[j].text).casefold() in reader.words.condition_columns
    ]
    if label_col == 0 and not conditional:
        return grid
    keep = [label_col, *[j for j in range(label_col + 1, len(header)) if j not in conditional]]
    rows: list[GridRow] = []
    for row in grid.rows:
        if len(row.cells) < len(header) and not grid.positional:
            continue  # a short row whose cells cannot be matched to these columns
        cells = row.cells + [Cell("", -1) for _ in range(len(header) - len(row.cells))]
        quals = dict(row.qualifiers)
        for j in conditional:
            for found in reader.conditions.in_parts(clean(cells[j].text)):  # a Notes cell
                quals.update(found)
        rows.append(GridRow([cells[j] for j in keep], row.line, row.text, quals))
    groups = [[g[j] if j < len(g) else "" for j in keep] for g in grid.groups]
    return Grid(
        [header[j] for j in keep], rows, grid.shape, grid.lines, groups, grid.caption, grid.ignored
    )


def _read_long(
    reader: _Reader, grid: Grid, source: str, line_of: Sequence[int] | None
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


def _group_qualifiers(reader: _Reader, grid: Grid, columns: list[Label]) -> None:
    """Header rows above the labels ("Thinking" spanning two columns) add their conditions;
    a label that is only a condition ("Thinking" under a spanning "Qwen3") takes its name
    from the row above."""
    for j, label in enumerate(columns):
        above = [row[j + 1] for row in grid.groups if j + 1 < len(row) and row[j + 1].strip()]
        if not above:
            continue
        own_quals, recognised = reader.conditions.from_label(clean(grid.header[j + 1].text))
        if recognised and own_quals and label.kind in ("?", "no", "cond"):
            for text in reversed(above):
                named = reader.label(text)
                if named.kind in ("model", "benchmark", "?"):
                    named.qualifiers.update(own_quals)
                    columns[j] = label = named
                    break
        for text in above:
            # "EM, 5-shot" in a settings row.
            for found in reader.conditions.in_parts(clean(text)):
                for key, value in found.items():
                    label.qualifiers.setdefault(key, value)


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
        quals = {**self.qualifiers, **self.row.qualifiers, **col.qualifiers}
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


def _read_grid(
    reader: _Reader, grid: Grid, source: str, line_of: Sequence[int] | None
) -> tuple[list[RawClaim], list[PendingRow]]:
    grid = _normalise(reader, grid)
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
    model_kind_ok = ("model", "?")
    bench_kind_ok = ("benchmark", "?")
    col_ok = [c.kind in (model_kind_ok if in_columns else bench_kind_ok) for c in columns]
    table_unit = corner.unit
    if not table_unit and grid.caption and _UNIT_PCT.search(grid.caption):
        table_unit = "%"
    table_quals = dict(corner.qualifiers)
    for row in grid.rows:
        if not row.cells:
            continue
        label = reader.label(row.cells[0].text)
        if label.kind not in (bench_kind_ok if in_columns else model_kind_ok):
            continue
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
        for j, cell in enumerate(cells[: len(columns)]):
            if not col_ok[j]:
                continue
            read = reader.cell(cell.text, max(cell.start, 0))
            if read.value is None:
                continue
            col = columns[j]
            value = read.value
            if not value.unit:
                value.unit = col.unit or label.unit or table_unit
                if value.unit == "%" and value.value > 100:
                    continue
            model, bench = (col, label) if in_columns else (label, col)
            quals = {
                **table_quals,
                **row.qualifiers,
                **label.qualifiers,
                **col.qualifiers,
                **read.qualifiers,
            }
            column = value.start + 1 if cell.start >= 0 else 1
            claims.append(
                _make_claim(
                    model, bench, value, quals, line, column, row.text, source, ignored=grid.ignored
                )
            )
    return claims, pending


def _line(index: int, line_of: Sequence[int] | None) -> int:
    if line_of is None:
        return index
    if 0 <= index < len(line_of):
        return line_of[index]
    return index + 1


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
        j = i
        while j < n and j not in taken:
            candidate = lines[j].translate(_BOX)
            if _RULE.match(candidate) or _ALIGN.match(candidate):
                block.append(j)
                j += 1
                continue
            got = _pipe_cells(candidate)
            if got is None or (len(got) < 2 and not candidate.strip().startswith("|")):
                break
            block.append(j)
            j += 1
        rows = [
            k
            for k in block
            if not (_RULE.match(lines[k].translate(_BOX)) or _ALIGN.match(lines[k].translate(_BOX)))
        ]
        has_align = len(rows) < len(block)
        if len(rows) >= 2 and (has_align or _consistent_pipe(lines, rows)):
            grids.append(_pipe_grid(lines, block, rows))
            taken.update(block)
            i = j
        else:
            i += 1
    return grids


def _consistent_pipe(lines: list[str], rows: list[int]) -> bool:
    counts = {len(_pipe_cells(lines[k].translate(_BOX)) or []) for k in rows}
    outer = all(lines[k].strip().startswith("|") for k in rows)
    return len(counts) == 1 and (outer or min(counts) >= 3)


def _pipe_grid(lines: list[str], block: list[int], rows: list[int]) -> Grid:
    parsed = [(k, _pipe_cells(lines[k].translate(_BOX)) or []) for k in rows]
    header = parsed[0][1]
    body = []
    for k, cells in parsed[1:]:
        if len(cells) < len(header):  # GFM: missing trailing cells are empty
            cells = cells + [Cell("", -1) for _ in range(len(header) - len(cells))]
        body.append(GridRow(cells, k, lines[k].strip()))
    return Grid(header, body, "pipe", list(block))


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


# -- squashed tables --------------------------------------------------------------------

_TAIL_TOKEN = re.compile(r"\d[\d.,]*|%|n/a|N/A|—|–|-|[*†‡§]|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\^\d{1,2}")
_EMPTY_TOKENS = frozenset({"n/a", "N/A", "—", "–", "-"})
_MARK_TOKENS = re.compile(r"[*†‡§]|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\^\d{1,2}")
_CASE_BREAK = re.compile(r"(?<=[a-z0-9)%.\]])(?=[A-Z])|(?<=[a-z)])(?=\d)(?!\d*\s)")


@dataclass(slots=True)
class _Squashed:
    label: str
    cells: list[Cell]  # values as written, and explicit empty markers


def _tail_tokens(line: str) -> list[re.Match[str]]:
    """The run of value tokens that ends the line, with nothing between them."""
    tokens = list(_TAIL_TOKEN.finditer(line))
    end = len(line)
    chain: list[re.Match[str]] = []
    for tok in reversed(tokens):
        if tok.end() != end:
            break
        chain.append(tok)
        end = tok.start()
    chain.reverse()
    return chain


def _split_run(run: str, decimals: int | None, pct: bool) -> list[tuple[int, int]] | None:
    """Spans of the values glued in a run of digits and dots, given the table's precision."""
    max_int = 3 if pct else 4
    if "," in run:
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", run):
            return [(0, len(run))]
        return None
    if run.endswith(".") or ".." in run:
        return None
    parts = run.split(".")
    if len(parts) == 1:
        return [(0, len(run))] if len(run) <= max_int and _int_ok(run) else None
    max_int = 3  # a value with decimals above 999 is not a score: "5289.5" is two values
    if len(parts) == 2:
        if len(parts[0]) <= max_int and _int_ok(parts[0]):
            return [(0, len(run))]
        return None
    if not decimals:
        return None
    if len(parts[-1]) != decimals or not (1 <= len(parts[0]) <= max_int) or not _int_ok(parts[0]):
        return None
    spans: list[tuple[int, int]] = []
    start = 0
    pos = len(parts[0])  # position of the first dot
    for middle in parts[1:-1]:
        int_len = len(middle) - decimals
        if not (1 <= int_len <= max_int) or not _int_ok(middle[decimals:]):
            return None
        end = pos + 1 + decimals
        spans.append((start, end))
        start = end
        pos = end + int_len
    spans.append((start, len(run)))
    return spans


def _int_ok(digits: str) -> bool:
    return digits.isdigit() and (len(digits) == 1 or digits[0] != "0")


def _parse_tail(line: str, start: int, decimals: int | None) -> tuple[list[Cell], bool] | None:
    """Cells of the value tail line[start:]; (cells, has_percent). None if it does not
    split into values at this precision."""
    tail = line[start:]
    toks = list(_TAIL_TOKEN.finditer(tail))
    if not toks or toks[0].start() != 0:
        return None
    pos = 0
    for tok in toks:
        if tok.start() != pos:
            return None
        pos = tok.end()
    if pos != len(tail):
        return None
    cells: list[Cell] = []
    has_pct = "%" in tail
    for idx, tok in enumerate(toks):
        text = tok.group(0)
        at = start + tok.start()
        if text == "%":
            if not cells or cells[-1].text.endswith("%") or not cells[-1].text[:1].isdigit():
                return None
            cells[-1].text += "%"
            continue
        if _MARK_TOKENS.fullmatch(text):
            continue
        if text in _EMPTY_TOKENS:
            cells.append(Cell("—", at))
            continue
        pct = idx + 1 < len(toks) and toks[idx + 1].group(0) == "%"
        spans = _split_run(text, decimals, pct or has_pct)
        if spans is None:
            return None
        for a, b in spans:
            cells.append(Cell(text[a:b], at + a))
    if not any(c.text[:1].isdigit() for c in cells):
        return None
    for cell in cells:
        if cell.text.endswith("%") and float(cell.text[:-1].replace(",", "")) > 100:
            return None
    return cells, has_pct


def _squashed_row(
    line: str, decimals: int | None, columns: int | None, names: Names
) -> _Squashed | None:
    """The best reading of a line as `label` + glued values, or None."""
    body = line.rstrip()
    chain = _tail_tokens(body)
    if not chain:
        return None
    chain_start = chain[0].start()
    candidates: list[tuple[float, _Squashed]] = []
    starts = [chain_start]
    first = chain[0]
    run_token = first if first.group(0)[:1].isdigit() else (chain[1] if len(chain) > 1 else None)
    if run_token is not None and run_token.group(0)[:1].isdigit():
        # The label may end in a number glued to the first value: "Terminal-Bench 2.0|59.0".
        run = run_token.group(0)
        before = body[: run_token.start()]
        if re.search(r"(?:[\s_-]|\sv)$", before) and re.search(r"[^\W\d_]", before):
            for cut in range(1, len(run)):
                head = run[:cut]
                if re.fullmatch(r"\d{1,4}(?:\.\d{1,2})?", head) and run[cut].isdigit():
                    starts.append(run_token.start() + cut)
    for start in starts:
        label = body[:start].rstrip()
        if not re.search(r"[^\W\d_]", label) or len(label) > 80:
            continue
        parsed = _parse_tail(body, start, decimals)
        if parsed is None:
            continue
        cells, _ = parsed
        if columns is not None and len(cells) > columns:
            continue
        glued = start == len(body[:start].rstrip()) if start else False
        if not glued and len(cells) < 2:
            continue  # "Score 52": an ordinary line, nothing ran together
        score = 0.0
        clean_label = clean(label)
        if names.resolve(clean_label, "benchmark")[1] or names.resolve(clean_label, "model")[1]:
            score += 10
        if not glued:
            score -= 3
        if start != chain_start:
            absorbed = body[chain_start:start] if start > chain_start else ""
            if re.search(r"\d\.\d|^\d{1,2}$|^(?:19|20)\d\d$", absorbed.lstrip("-")):
                score += 1
        if columns is not None and len(cells) == columns:
            score += 2
        if re.fullmatch(r"[1-9]\d(?:[.,]\d+)?%?", cells[0].text):
            score += 0.5  # most scores have two digits before the point
        candidates.append((score, _Squashed(clean_label, cells)))
    if not candidates:
        return None
    candidates.sort(key=lambda c: -c[0])
    if len(candidates) > 1 and candidates[0][0] == candidates[1][0]:
        return None  # two readings, equally good: not certain
    return candidates[0][1]


def _table_decimals(lines: Iterable[str]) -> list[int | None]:
    """The precision to split glued values with: what single values show, else each guess."""
    seen: Counter[int] = Counter()
    for line in lines:
        for tok in _tail_tokens(line.rstrip()):
            text = tok.group(0)
            if text.count(".") == 1 and text[:1].isdigit() and not text.endswith("."):
                seen[len(text.split(".")[1])] += 1
    if seen:
        top = seen.most_common(1)[0][0]
        return [top, *[d for d in (1, 2, 3) if d != top]]
    return [1, 2, 3, None]


def _piece_score(reader: _Reader, piece: str, first: bool) -> tuple[float, bool]:
    """How well a piece of a squashed header reads as one name: (score, is the corner)."""
    if first and reader.corner_hint(piece):
        return 6.0, True
    label = reader.label(piece)
    if label.entry is not None:
        return 10.0, False
    if label.kind in ("model", "benchmark"):
        return 4.0, False
    if label.kind == "?" and piece[:1].isupper():
        return 0.0, False
    return -4.0, False


def _split_header(header: str, columns: int, reader: _Reader) -> tuple[str, list[str]] | None:
    """(corner, names) of a header whose cells ran together, in at least `columns` names."""
    text = header.strip()
    cuts = [0, *[m.start() for m in _CASE_BREAK.finditer(text)], len(text)]
    cuts = sorted(set(cuts))
    n = len(cuts)
    if n - 1 < columns:
        return None

    scores: dict[tuple[int, int], tuple[float, bool]] = {}

    def piece_score(a: int, b: int, first: bool) -> tuple[float, bool]:
        got = scores.get((a, b))
        if got is None:
            got = scores[(a, b)] = _piece_score(reader, text[cuts[a] : cuts[b]].strip(), first)
        return got

    # best[i][k]: best score splitting text[:cuts[i]] into k pieces (k names, corner apart)
    neg = float("-inf")
    best: list[dict[int, tuple[float, int, bool]]] = [{} for _ in range(n)]
    best[0][0] = (0.0, -1, False)
    for i in range(1, n):
        for a in range(i):
            for k, (score, _prev, _corner) in best[a].items():
                s, is_corner = piece_score(a, i, a == 0)
                kk = k if is_corner else k + 1
                total = score + s
                if total > best[i].get(kk, (neg, 0, False))[0]:
                    best[i][kk] = (total, a, is_corner)
    options = [(score, k) for k, (score, _a, _c) in best[n - 1].items() if k >= columns]
    if not options:
        return None
    top = max(s for s, _ in options)
    k = min(k for s, k in options if s == top)
    pieces: list[str] = []
    corner = ""
    i, kk = n - 1, k
    while i > 0:
        _score, a, is_corner = best[i][kk]
        piece = text[cuts[a] : cuts[i]].strip()
        if is_corner:
            corner = piece
        else:
            pieces.append(piece)
            kk -= 1
        i = a
    pieces.reverse()
    return corner, pieces


def _squashed_tables(lines: list[str], taken: set[int], reader: _Reader) -> list[Grid]:
    grids: list[Grid] = []
    n = len(lines)
    i = 0
    while i < n:
        if (
            i in taken
            or not _squash_candidate(lines[i])
            or not _any_squashed(lines[i], reader.names)
        ):
            i += 1
            continue
        j = i
        while (
            j < n
            and j not in taken
            and _squash_candidate(lines[j])
            and (_any_squashed(lines[j], reader.names) or _looks_squashed(lines[j]))
        ):
            j += 1
        grid = None
        for header_at in (i - 1, i):
            if header_at < 0 or header_at in taken or not _squash_candidate(lines[header_at]):
                continue
            rows_at = list(range(header_at + 1, j))
            if not rows_at:
                continue
            grid = _squashed_grid(lines, header_at, rows_at, reader)
            if grid is not None:
                break
        if grid is not None:
            grids.append(grid)
            taken.update(grid.lines)
            i = j
        else:
            i += 1
    return grids


def _looks_squashed(line: str) -> bool:
    """A label with digits glued to it, even if they do not split ("Codeforces20292061")."""
    body = line.rstrip()
    chain = _tail_tokens(body)
    return bool(chain) and chain[0].start() > 0 and not body[chain[0].start() - 1].isspace()


def _any_squashed(line: str, names: Names) -> bool:
    return any(_squashed_row(line, d, None, names) is not None for d in (1, 2, None))


def _squash_candidate(line: str) -> bool:
    body = line.strip()
    return (
        bool(body)
        and len(body) <= 200
        and "|" not in body
        and "\t" not in body
        and "  " not in body
        and not body.startswith(("#", "-", "*", ">", "•", "·"))
        and not re.search(r"[.!?:]\s", body)
    )


def _squashed_grid(
    lines: list[str], header_at: int, rows_at: list[int], reader: _Reader
) -> Grid | None:
    texts = [lines[k] for k in rows_at]
    options: list[tuple[int, int, int | None]] = []
    for order, decimals in enumerate(_table_decimals(texts)):
        parsed = sum(_squashed_row(t, decimals, None, reader.names) is not None for t in texts)
        options.append((-parsed, order, decimals))
    for minus_parsed, _order, decimals in sorted(options):
        if -minus_parsed * 2 < len(texts) or not minus_parsed:
            break
        parsed = [_squashed_row(t, decimals, None, reader.names) for t in texts]
        widest = max(len(p.cells) for p in parsed if p is not None)
        split = _split_header(lines[header_at], widest, reader)
        if split is None:
            continue
        corner, names = split
        labels = [reader.label(p) for p in names]
        known = sum(1 for lab in labels if lab.kind in ("model", "benchmark"))
        if -minus_parsed < 2 and known < 2:
            continue
        if not corner and known * 2 < len(labels):
            continue
        columns = len(names)
        body: list[GridRow] = []
        for k, text in zip(rows_at, texts, strict=True):
            row = _squashed_row(text, decimals, columns, reader.names)
            if row is None:
                continue  # a row whose values cannot be split with certainty: left out
            body.append(GridRow([Cell(row.label, 0), *row.cells], k, text.strip()))
        if not body:
            continue
        header = [Cell(corner, 0), *[Cell(p, -1) for p in names]]
        return Grid(header, body, "squashed", [header_at, *rows_at])
    return None


_QUOTE = re.compile(r"^(?:\s{0,3}>)+\s?")


def _text_grids(text: str, reader: _Reader) -> list[Grid]:
    # Blockquote markers are blanked (not removed), so columns keep their offsets.
    lines = [_QUOTE.sub(lambda m: " " * len(m.group(0)), line) for line in text.split("\n")]
    taken: set[int] = set()
    grids = _pipe_tables(lines, taken)
    grids += _tab_tables(lines, taken)
    grids += _aligned_tables(lines, taken)
    grids += _squashed_tables(lines, taken, reader)
    for grid in grids:
        if grid.lines:
            first = min(grid.lines)
            if first > 0 and grid.shape == "pipe" and _RULE.match(lines[first - 1].translate(_BOX)):
                grid.lines.append(first - 1)  # the top border of a grid table
                first -= 1
            grid.caption = _caption_above(lines, first)
            grid.ignored = _ignored_above(lines, first)
    return grids


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


def _caption_above(lines: list[str], first: int) -> str:
    """The line just above a text table (one blank line allowed) when it reads as its
    caption: a heading, a "Table 2 ..." line, a line ending in a colon, or a short title."""
    for k in (first - 1, first - 2):
        if k < 0:
            return ""
        text = lines[k].strip()
        if not text:
            continue
        if _CAPTION.search(text) or (len(text) <= 80 and not text.endswith((".", ","))):
            return text
        return ""
    return ""


# ---------------------------------------------------------------------------------------
# HTML tables


def _html_grid(table: TableLike, reader: _Reader | None = None) -> Grid | None:
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
    groups = rows[:top] + rows[top + 1 : last + 1]
    header = [Cell(c) for c in rows[top]]
    body = []
    for r, line in zip(rows[last + 1 :], lines[last + 1 :], strict=True):
        if len(r) > 1 and len(set(r)) == 1:
            continue  # a section row spanning the table
        body.append(GridRow([Cell(c) for c in r], line, " | ".join(r)))
    return Grid(header, body, "html", [], groups, table.caption)


# ---------------------------------------------------------------------------------------
# Public API


_TABLE_READERS: dict[int, tuple[Names, _Reader]] = {}


def _reader_from_names(names: Names, finder: MentionFinder | None = None) -> _Reader:
    cached = _TABLE_READERS.get(id(names))
    if cached is None or cached[0] is not names:
        conditions = ConditionRules.of(names.catalog)
        reader = _Reader(names, conditions, names.catalog, finder)
        cached = _TABLE_READERS[id(names)] = (names, reader)
    return cached[1]


def table_lines(text: str, finder: MentionFinder) -> set[int]:
    """0-based indices of the text lines that belong to text tables (pipe, tab,
    space-aligned, squashed), so the prose reader does not read them a second time.
    Captions and prose around a table are not included."""
    reader = _reader_from_names(finder.names, finder)
    out: set[int] = set()
    for grid in _text_grids(text, reader):
        out.update(grid.lines)
    return out


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
    claims: list[RawClaim] = []
    pending: list[PendingRow] = []
    lines: set[int] = set()
    for grid in _text_grids(doc.text, table_reader):
        got, waiting = _read_grid(table_reader, grid, doc.path, doc.line_of)
        if got or waiting or grid.shape != "aligned":
            # Space-aligned text that reads as no table ("1. Gemini 3.1 Pro ...... 1432")
            # goes back to the prose reader.
            lines.update(grid.lines)
        claims += got
        pending += waiting
    for table in getattr(doc, "tables", None) or []:
        grid = _html_grid(table, table_reader)
        if grid is None:
            continue
        got, waiting = _read_grid(table_reader, grid, doc.path, None)
        claims += got
        pending += waiting
    return claims, pending, lines


# ---------------------------------------------------------------------------------------
# Placing rows with missing cells


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


def _unit_class(unit: str) -> str:
    return "tokens" if unit == "tokens" else "score"


@dataclass(slots=True)
class _Known:
    value: float
    unit: str
    source: str
    qualifiers: dict[str, str]


class _Evidence:
    def __init__(self, known: Iterable[RawClaim]) -> None:
        self.by_pair: dict[tuple[str, str], list[_Known]] = {}
        for claim in known:
            if claim.ambiguous or claim.ignored:
                continue
            if claim.value.approx != "exact" or claim.value.value_high is not None:
                continue
            pair = (_key(claim.model), _key(claim.benchmark))
            self.by_pair.setdefault(pair, []).append(
                _Known(claim.value.value, claim.value.unit, claim.source, claim.qualifiers)
            )

    def about(self, model: str, bench: str, source: str, unit: str) -> list[_Known]:
        found = self.by_pair.get((_key(model), _key(bench)), [])
        cls = _unit_class(unit)
        return [k for k in found if k.source != source and _unit_class(k.unit) == cls]


def _compatible(a: dict[str, str], b: dict[str, str]) -> bool:
    return all(b.get(key, value) == value for key, value in a.items())


def place_pending(
    pending: Sequence[PendingRow], known: Sequence[RawClaim], tolerance: float = VALUE_TOLERANCE
) -> list[RawClaim]:
    """Claims for rows with missing cells, placed by what other sources say.

    Every order-preserving placement of a row's values into its columns is tried. A
    placement is consistent when no value contradicts another source's claim for that cell
    under the same conditions (it matches none of them); it agrees with as many values as
    match another source's claim under compatible conditions. The one consistent placement
    with the most agreement, if it is unique and agrees at all, is emitted as ordinary
    claims; otherwise each value is emitted, ambiguous, under every column it could occupy
    in the consistent placements (in all placements when none is consistent). Claims of the
    row's own source never count.
    """
    evidence = _Evidence(known)
    out: list[RawClaim] = []
    for row in pending:
        out.extend(_place(row, evidence, tolerance))
    return out


def _place(row: PendingRow, evidence: _Evidence, tolerance: float) -> list[RawClaim]:
    n, k = len(row.columns), len(row.values)
    present = [i for i, v in enumerate(row.values) if v is not None]
    if not present or k > n:
        return []
    if k == n:  # every column has its cell: nothing to decide
        return [row.claim(i, i) for i in present if row.usable(i)]
    if comb(n, k) > MAX_PLACEMENTS:
        return [
            row.claim(i, col, ambiguous=True)
            for i in present
            for col in range(i, n - k + i + 1)
            if row.usable(col)
        ]
    verdicts: dict[tuple[int, int], tuple[bool, bool]] = {}

    def verdict(i: int, col: int) -> tuple[bool, bool]:
        """(contradicts, agrees) for value i in column col."""
        got = verdicts.get((i, col))
        if got is None:
            value = row.values[i]
            assert value is not None
            model, bench, quals = row.slot(col)
            known = evidence.about(model.name, bench.name, row.source, value.unit)
            matches = [abs(e.value - value.value) <= tolerance for e in known]
            same = [m for e, m in zip(known, matches, strict=True) if e.qualifiers == quals]
            contradicts = bool(same) and not any(same)
            agrees = any(
                m for e, m in zip(known, matches, strict=True) if _compatible(e.qualifiers, quals)
            )
            got = verdicts[(i, col)] = (contradicts, agrees)
        return got

    everything = list(combinations(range(n), k))
    consistent: list[tuple[tuple[int, ...], int]] = []
    for placement in everything:
        agree = 0
        ok = True
        for i in present:
            contradicts, agrees = verdict(i, placement[i])
            if contradicts:
                ok = False
                break
            agree += agrees
        if ok:
            consistent.append((placement, agree))
    if consistent:
        top = max(a for _, a in consistent)
        winners = [p for p, a in consistent if a == top]
        if top >= 1 and len(winners) == 1:
            return [row.claim(i, winners[0][i]) for i in present if row.usable(winners[0][i])]
        candidates = [p for p, _ in consistent]
    else:
        candidates = everything
    out: list[RawClaim] = []
    for i in present:
        for col in sorted({p[i] for p in candidates}):
            if row.usable(col):
                out.append(row.claim(i, col, ambiguous=True))
    return out
