"""Column roles, decided from the cells rather than assumed from positions.

A table's columns are typed before it is oriented: value columns (mostly numbers, or headed by
a model), the label column (the leading column whose cells name the most models and
benchmarks), condition columns (shots, metric, setting, notes: their cells qualify the row)
and descriptive columns (a category such as "English" or "Code", a rank): dropped. Positions
only break ties. The grid that comes out has the label column first, then the value columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from claimcheck.extract.tables.grid import Cell, Grid, GridRow
from claimcheck.extract.tables.labels import _PAREN, Reader, clean
from claimcheck.extract.tables.sizes import with_size

# A bare shot count in a "# Shots" column: "5", "0", "25".
_BARE_SHOTS = re.compile(r"\d{1,2}")
# "Terminus (Acc)", "Inhouse Framework (Acc)": a harness named before the metric.
_NAMED_BEFORE_METRIC = re.compile(r"(?P<head>[^()]{2,40}?)\s*\((?P<inner>[^()]{1,30})\)")
_HEADER_MARKS = re.compile(r"^[#№]\s*|\s*[#№]$|^(?:no\.|number of|num\.?)\s+", re.I)


@dataclass(slots=True)
class Roles:
    label: int  # the label column
    conditions: list[int] = field(default_factory=list)  # cells qualify their row
    shots: list[int] = field(default_factory=list)  # a bare number there is a shot count
    dropped: list[int] = field(default_factory=list)  # categories, ranks, specs


def _header_word(reader: Reader, text: str) -> str:
    return _HEADER_MARKS.sub("", clean(text)).strip().casefold()


def _numeric(reader: Reader, text: str) -> bool:
    """A value, or two scores in a cell, one of which may be missing ("60.3 / -" under
    "MMMU (val / test)"); "12/20" is a count."""
    return (
        reader.cell(text, 0).value is not None
        or reader.score_pair(text, 0, one_missing=True) is not None
    )


def _blank(reader: Reader, text: str) -> bool:
    return clean(text).casefold() in reader.words.empty_cells


def column_roles(reader: Reader, grid: Grid) -> Roles | None:
    """The roles of the columns left of the first value column; None when the table has no
    such columns to decide (two columns, or values right after the first)."""
    header = grid.header
    n = len(header)
    if n < 3:
        return None
    rows = [r.cells for r in grid.rows]

    def cells(j: int) -> list[str]:
        return [r[j].text for r in rows if j < len(r)]

    def is_condition_header(j: int) -> bool:
        word = _header_word(reader, header[j].text)
        if word not in reader.words.condition_columns:
            return False
        # A "Metric" column whose cells name benchmarks ("AIME 2025", "GSM-Plus") labels the
        # rows; one of "EM", "Pass@1" qualifies them.
        filled = [c for c in cells(j) if not _blank(reader, c)]
        # "MBPP (3-shot)" is a benchmark with its shots, not a condition.
        named = sum(reader.label(c).kind == "benchmark" for c in filled)
        return named * 2 <= len(filled)

    def is_value_column(j: int) -> bool:
        if is_condition_header(j):
            return False
        if _header_word(reader, header[j].text) in reader.words.rank_columns or clean(
            header[j].text
        ) in ("#", "№"):
            return False
        label = reader.label(header[j].text)
        if label.kind == "model":
            return True
        if label.kind == "no" and not generic_header(reader, header[j].text):
            return False  # "Rank", "Params": numbers, but no scores
        own = clean(header[j].text)
        if any(
            clean(row[j]) not in ("", own) and reader.non_score(clean(row[j]))
            for row in grid.groups
            if j < len(row)
        ):
            return False  # "Training" under a spanning "Max Sequence Length": a spec
        filled = [c for c in cells(j) if not _blank(reader, c)]
        if not filled:
            return label.kind in ("benchmark", "?")
        return sum(_numeric(reader, c) for c in filled) * 2 > len(filled)

    first_value = next((j for j in range(n) if is_value_column(j)), n)
    if first_value <= 1:
        return None
    leading = list(range(first_value))
    hints = {reader.corner_hint(header[j].text) for j in leading}
    only: int | None = None
    if {"model", "benchmark"} <= hints:
        named_columns = sum(
            reader.label(header[j].text).kind == "benchmark" for j in range(first_value, n)
        )
        if named_columns < 2:
            return None  # long form, one claim a row: "Model | Benchmark | Score"
        # "Benchmark | Model | winogrande | arc | gsm8k": the columns name the benchmarks, so
        # the model column labels the rows and the "Benchmark" one names a suite.
        only = next(j for j in leading if reader.corner_hint(header[j].text) == "model")
    scores: dict[int, tuple[int, int, int, int]] = {}
    for j in leading:
        if is_condition_header(j) or (only is not None and j != only):
            continue
        filled = [c for c in cells(j) if not _blank(reader, c)]
        kinds = [reader.label(c).kind for c in filled]
        named = sum(k in ("model", "benchmark") for k in kinds)
        unknown = sum(k == "?" for k in kinds)
        # The header naming the rows ("Benchmark", "Model") counts for its column.
        hint = 1 if reader.corner_hint(header[j].text) else 0
        # On a tie, the column of capitalised names ("LLaVA-1.6") over one of lower-case ids
        # ("full_ft-1e"), then the earlier column (the label column comes first).
        capitalised = sum(any(ch.isupper() for ch in c) for c in filled)
        scores[j] = (named + hint, unknown, capitalised, -j)
    if not scores:
        return None
    component = {
        j for j in scores if _header_word(reader, header[j].text) in reader.words.component_columns
    }
    named_elsewhere = [j for j in scores if j not in component and sum(scores[j][:2])]
    if component and named_elsewhere:
        # "| Model | Base LLM |", "| Version | LLM |": the part is never the row's model.
        for j in component:
            del scores[j]
    hinted = [j for j in scores if reader.corner_hint(header[j].text)]
    # (named + hint, unknown): cells that read as names, known or not, in half the rows.
    if len(hinted) == 1 and 2 * (sum(scores[hinted[0]][:2]) - 1) >= len(rows):
        # "Model | Base | AIME 2024": the column the header calls the models names them,
        # however many catalog names the one beside it holds (the models' base models).
        label = hinted[0]
    else:
        label = max(scores, key=lambda j: scores[j])
    if scores[label][0] + scores[label][1] == 0:
        return None
    roles = Roles(label)
    for j in range(n):
        if j == label:
            continue
        word = _header_word(reader, header[j].text)
        if is_condition_header(j):
            roles.conditions.append(j)
            if "shot" in word:
                roles.shots.append(j)
        elif j < first_value:
            filled = [c for c in cells(j) if not _blank(reader, c)]
            # "Dataset" beside the model column ("114k" is its size), "Params": no conditions.
            named = clean(header[j].text)
            described = bool(named) and (
                bool(reader.corner_hint(named)) or reader.label(named).kind == "no"
            )
            if filled and not described and all(_condition_cell(reader, c) for c in filled):
                roles.conditions.append(j)  # "5-shot", "EM", "Pass@1" without a header
            else:
                roles.dropped.append(j)
    return roles


def generic_header(reader: Reader, raw: str) -> bool:
    """ "Score", "Average", "%", "Scores (%)": a value column naming nothing."""
    text = _PAREN.sub(" ", clean(raw)).strip().casefold()
    return bool(text) and text in reader.words.generic


def _condition_cell(reader: Reader, text: str) -> bool:
    found, recognised = reader.conditions.from_label(clean(text))
    return recognised and bool(found)


# A cell that is only a link ("🤗 [HF Link](https://...)" in a Checkpoint column): where the
# weights are, no setting of the row's figures.
_LINK_ONLY = re.compile(r"^\W*\[[^\]]*\]\([^)]*\)\W*$|^\W*https?://\S+\W*$")


def row_conditions(reader: Reader, text: str, shots: bool, free: bool = False) -> dict[str, str]:
    """What a condition cell says of its row: "5-shot", "EM", "32K thinking, no tools"; in
    a shots column a bare number is the count; in a stage column any text is the setting."""
    cleaned = clean(text)
    if shots and _BARE_SHOTS.fullmatch(cleaned):
        return {"shots": f"{int(cleaned)}-shot"}
    quals: dict[str, str] = {}
    for found in reader.conditions.in_parts(cleaned):  # a Notes cell: several parts
        quals.update(found)
    if free and not quals and cleaned and cleaned not in ("-", "—") and not _LINK_ONLY.match(text):
        quals["setting"] = " ".join(cleaned.casefold().lstrip("+ ").split())
    named = _NAMED_BEFORE_METRIC.fullmatch(cleaned)
    if named and quals and not reader.conditions.from_label(named["head"])[0]:
        # The run's harness, which the vocabulary does not hold: values under another one
        # ("Terminus" against "Inhouse Framework", one benchmark) are never compared.
        quals.setdefault("setting", " ".join(named["head"].casefold().split()))
    return quals


def normalise(reader: Reader, grid: Grid) -> Grid:
    """The label column first (a category or rank column before it is dropped), and
    condition columns turned into the qualifiers of their rows."""
    grid = _header_without_category(reader, grid)
    roles = column_roles(reader, grid)
    header = grid.header
    if roles is None:
        # Two columns, or values from the second on: only condition headers to take out.
        conditional = [
            j
            for j in range(1, len(header))
            if _header_word(reader, header[j].text) in reader.words.condition_columns
        ]
        roles = Roles(
            0, conditional, [j for j in conditional if "shot" in header[j].text.casefold()]
        )
    if roles.label == 0 and not roles.conditions and not roles.dropped:
        return grid
    free = {
        j
        for j in roles.conditions
        if _header_word(reader, header[j].text) in reader.words.setting_columns
    }
    sizes = _telling_sizes(reader, grid, roles)
    telling = _telling_others(reader, grid, roles, sizes)
    skip = {roles.label, *roles.conditions, *roles.dropped}
    keep = [roles.label, *[j for j in range(len(header)) if j not in skip and j > roles.label]]
    rows: list[GridRow] = []
    for row in grid.rows:
        if len(row.cells) < len(header) and not grid.positional:
            continue  # a short row whose cells cannot be matched to these columns
        cells = _leading_cells_left_out(reader, row.cells, roles.label, len(header))
        cells = cells + [Cell("", -1) for _ in range(len(header) - len(cells))]
        quals = dict(row.qualifiers)
        for j in sizes:
            label = cells[roles.label]
            part = clean(cells[j].text)
            if _header_word(reader, header[j].text) in reader.words.component_columns:
                # "LLaVA-1.6" built on "Vicuna-7B": the model is named by both.
                sized = f"{clean(label.text)}-{part}" if part and not _blank(reader, part) else None
            else:
                sized = with_size(clean(label.text), part)
            if sized is not None:
                cells[roles.label] = Cell(sized, label.start, label.line)
        for j in telling:
            quals.update(row_conditions(reader, cells[j].text, False, True))
        for j in roles.conditions:
            stage = clean(cells[j].text)
            if j in free and stage.casefold() in reader.names.variants:
                # "| OLMo 2 7B | SFT |": the SFT release of the row's model, as "OLMo 2 7B
                # SFT" names it elsewhere; a stage no name carries stays a setting.
                label = cells[roles.label]
                cells[roles.label] = Cell(f"{clean(label.text)} {stage}", label.start, label.line)
                continue
            found = row_conditions(reader, cells[j].text, j in roles.shots, j in free)
            if j in free and found.get("setting", "").isdigit():
                # "| gpt-4 | 1 | 8.95 |" under "| Model | Turn | Score |": turn 1.
                found["setting"] = f"{_header_word(reader, header[j].text)} {found['setting']}"
            quals.update(found)
        rows.append(GridRow([cells[j] for j in keep], row.line, row.text, quals))
    groups = [[g[j] if j < len(g) else "" for j in keep] for g in grid.groups]
    return replace(grid, header=[header[j] for j in keep], rows=rows, groups=groups)


def _telling_sizes(reader: Reader, grid: Grid, roles: Roles) -> list[int]:
    """The size columns ("Size", "Params") that tell rows of one name apart ("DeepSeek-Coder-
    Instruct | 33B" and "| 7B"): there the size is part of each row's model. Where every
    name is one model the size only describes it, and the name stays as other pages write
    it."""
    telling = reader.words.size_columns | reader.words.component_columns
    return [
        j
        for j in roles.dropped
        if _header_word(reader, grid.header[j].text) in telling
        and _tells_apart(reader, grid, roles.label, j, filled_only=False)
    ]


def _telling_others(reader: Reader, grid: Grid, roles: Roles, sizes: list[int]) -> list[int]:
    """Other descriptive columns that tell rows of one name apart ("| LLaVA-1.5 | 13B |
    full_ft-1e |" and "| ... | lora-1e |"): the two rows are two setups, so the cell is each
    row's setting. Links (a Checkpoint column) and ranks never are."""
    skip = reader.words.rank_columns | reader.words.size_columns
    return [
        j
        for j in roles.dropped
        if j not in sizes
        and _header_word(reader, grid.header[j].text) not in skip
        and _tells_apart(reader, grid, roles.label, j, filled_only=True)
    ]


def _tells_apart(reader: Reader, grid: Grid, label: int, j: int, filled_only: bool) -> bool:
    """Whether column `j` gives two rows of one name (column `label`) different cells; with
    `filled_only`, blank cells, links and rows without a name (a sub-header row "| **Math &
    Code** | |") are left out."""
    seen: dict[str, set[str]] = {}
    for row in grid.rows:
        if max(j, label) >= len(row.cells):
            continue
        cell, name = row.cells[j].text, row.cells[label].text
        if filled_only and (_blank(reader, cell) or _LINK_ONLY.match(cell) or _blank(reader, name)):
            continue
        kept = seen.setdefault(clean(name).casefold(), set())
        kept.add(clean(cell).casefold())
        if len(kept) > 1:
            return True
    return False


def _header_without_category(reader: Reader, grid: Grid) -> Grid:
    """A header one column short of its rows ("| Benchmark | M1 | M2 | M3 | M4 |" over
    "| General | CMMLU(0-shot) | 83.1 | 75.8 | 53.9 |"): the rows open with a category the
    header leaves out, and every figure belongs one column right of where it stands. The
    header gets the category column back."""
    header = grid.header
    if len(header) < 3 or not grid.positional or reader.corner_hint(header[0].text) != "benchmark":
        return grid
    if reader.label(header[1].text).kind not in ("model", "?") or reader.corner_hint(
        header[1].text
    ):
        return grid  # "| Category | Benchmark | M1 |": the header has its category column
    rows = [r.cells for r in grid.rows if r.cells]
    shifted = sum(
        len(c) >= 3
        and reader.label(c[1].text).kind == "benchmark"
        and _numeric(reader, c[2].text)
        and not _numeric(reader, c[0].text)
        for c in rows
    )
    if len(rows) < 2 or shifted * 2 <= len(rows):
        return grid
    return replace(grid, header=[Cell("Category", -1), *header])


def _leading_cells_left_out(reader: Reader, cells: list[Cell], label: int, n: int) -> list[Cell]:
    """A row that leaves out the category cells before its label ("| MATH | 80.4 | ..." under
    "| simple-evals | MMLU | 84.8 | ...", as tables copied from a PDF do): its first cell is
    the label and the cell where the label belongs holds a number. Blank cells put back."""
    filled = _filled(cells)
    if label == 0 or filled > n - label or filled <= label:
        return cells
    if reader.label(cells[0].text).kind not in ("model", "benchmark"):
        return cells
    if not _numeric(reader, cells[label].text) and not _numeric(reader, cells[1].text):
        return cells
    return [Cell("", -1) for _ in range(label)] + cells[:filled]


def _filled(cells: list[Cell]) -> int:
    """The cells of a row up to its last written one (a pipe row is padded to the header's
    width)."""
    filled = len(cells)
    while filled and not clean(cells[filled - 1].text):
        filled -= 1
    return filled


def promote_label_row(reader: Reader, grid: Grid) -> Grid:
    """A header over a row of labels, the row's first cell empty: the row names the columns.
    Either the row names the models itself ("Similar size | | 2x size" over "Phi-4 mini-Ins |
    Qwen2.5-7B-Ins"), or it completes the header's spanning names ("Gemma 3 | | |" over
    "1B | 4B | 12B" is Gemma 3 1B, 4B, 12B); the written header becomes a group row."""
    if not grid.rows or len(grid.rows[0].cells) < 3:
        return grid
    first = grid.rows[0].cells
    filled = _filled(first)
    data_width = max((_filled(r.cells) for r in grid.rows[1:]), default=0)
    if clean(first[0].text) and filled == data_width - 1 and data_width >= len(grid.header):
        # "| Phi-4 mini-Ins | Phi-3.5-mini-Ins | ..." one cell short of its header: a scrape
        # of the page dropped the empty corner, and every name stands one column left.
        sub = [c.text for c in first[:filled]]
    elif clean(first[0].text):
        return grid
    else:
        sub = [c.text for c in first[1:]]
    if any(_numeric(reader, t) for t in sub) or sum(bool(clean(t)) for t in sub) < 2:
        return grid

    def named(texts: list[str]) -> int:
        return sum(reader.label(t).kind in ("model", "benchmark") for t in texts if clean(t))

    above = [c.text for c in grid.header[1:]]
    spanned: list[str] = []
    for text in above:  # a spanning cell is written once, its other columns left blank
        spanned.append(clean(text) or (spanned[-1] if spanned else ""))
    joined = [
        f"{group} {clean(below)}".strip() if clean(below) else group
        for group, below in zip(spanned, sub + [""] * (len(spanned) - len(sub)), strict=False)
    ]
    best = sub if named(sub) >= named(joined) else joined
    if named(best) < 2 or named(best) <= named(above):
        return grid
    grid.groups = [*grid.groups, [c.text for c in grid.header]]
    grid.header = [grid.header[0], *(Cell(t) for t in best)]
    grid.rows = grid.rows[1:]
    return grid


_WITH_OR_WITHOUT = re.compile(r"^(?P<w>w/o|without|w/|with|no)\s+(?P<what>[\w -]{2,30})$", re.I)


def section_conditions(reader: Reader, text: str) -> dict[str, str]:
    """What a sub-header row says of the rows under it: "w/ CoT", "Thinking", "5-shot"; a
    category ("**Reasoning**") says nothing."""
    cleaned = clean(text)
    if cleaned.casefold() in reader.words.categories:
        return {}  # "**Agentic Tool Use**": the benchmarks below, not a "with tools" run
    found, _ = reader.conditions.from_label(cleaned)
    found.pop("metric", None)
    if found:
        return found
    m = _WITH_OR_WITHOUT.match(cleaned)
    if m:
        key = re.sub(r"\s+", "-", m["what"].strip().casefold())
        return {key: "with" if m["w"].casefold() in ("w/", "with") else "without"}
    return {}
