"""Results written as data in a document: chart data one record a line
(`{ "category": "MMLU", "model": "Falcon-H1-34B-Base", "value": 0.8346 },`), a
dictionary of dictionaries (`"MMLU": {` then `"gemma-3n-2b": 68.2,` lines, `}`), as blog
sources and code blocks carry them, and a tool's printout of one labelled field after
another (`gpt-4o | score: 71.1 | 95% CI: (-2.5, 2.0) | average #tokens: 594`). Each becomes
a grid the table reader reads as any other: records as "Model | Benchmark | Score" rows, a
nested dictionary as a table whose rows are the outer keys and whose columns are the inner
ones, labelled fields as a table whose header is the labels. Which keys name the model, the
benchmark and the value is data (`[tables] record_*_keys`)."""

from __future__ import annotations

import re

from claimcheck.extract.tables.grid import Cell, Grid, GridRow
from claimcheck.extract.tables.labels import Reader

_KEY = r"""["']([^"'\n]{1,60})["']"""
# A key as code writes it: quoted, or a bare identifier (`mmluPro: 0.776,` in a JS object).
_ANY_KEY = r"""(?:["']([^"'\n]{1,60})["']|([A-Za-z_]\w{0,40}))"""
_NUMBER = r"(-?\d{1,7}(?:\.\d+)?)"
_PAIR = re.compile(_KEY + r"""\s*:\s*(?:["']([^"'\n]{0,80})["']|(-?\d{1,7}(?:\.\d+)?))""")
_RECORD = re.compile(r"^\s*[\[,]?\s*\{.*\}\s*[,\]]?\s*$")
_OPEN = re.compile(r"^\s*" + _ANY_KEY + r"\s*:\s*\{\s*$")
_ENTRY = re.compile(r"^\s*" + _ANY_KEY + r"\s*:\s*" + _NUMBER + r"\s*,?\s*(?://.*)?$")
# Other lines a group may hold: another field (`lastUpdated: "2026-04-06",`), a comment.
_OTHER = re.compile(r"^\s*(?:" + _ANY_KEY + r"\s*:\s*[^{\n]*|//.*|#.*)?$")
_CLOSE = re.compile(r"^\s*\}\s*,?\s*$")
_FILLER = re.compile(r"^\s*[\[\],]?\s*$")  # blank lines and lone brackets between records
# Between groups: blank lines, comments, "[entries for other models omitted]".
_BETWEEN = re.compile(r"^\s*(?://.*|#.*|\[[^\]]*\])?\s*$")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_GROUP_LINES = 200  # a group longer than this is no record of scores


def record_tables(lines: list[str], taken: set[int], reader: Reader) -> list[Grid]:
    """The data grids of a text; their lines are added to `taken`."""
    keys = reader.words.record_keys
    grids: list[Grid] = []
    n = len(lines)
    i = 0
    while i < n:
        if i in taken:
            i += 1
            continue
        found = _flat(lines, i, taken, keys) or _nested(lines, i, taken, reader)
        if found is None:
            i += 1
            continue
        grid, i = found
        grids.append(grid)
        taken.update(grid.lines)
    return grids


# `name | label: value | label: value`: a label holds a letter and no colon or pipe.
_FIELD = re.compile(r"^\s*([^:|]{0,40}[A-Za-z][^:|]{0,40}):\s*(\S[^|]*?)\s*$")


def labelled_tables(lines: list[str], taken: set[int]) -> list[Grid]:
    """Runs of two or more lines `name | label: value | ...` with the same labels in the same
    order, as grids whose header is the labels; their lines are added to `taken`."""
    grids: list[Grid] = []
    i, n = 0, len(lines)
    while i < n:
        first = None if i in taken else _labelled(lines[i])
        if first is None:
            i += 1
            continue
        rows: list[GridRow] = []
        k = i
        while k < n and k not in taken:
            got = _labelled(lines[k])
            if got is None or got[1] != first[1]:
                break
            cells = [Cell(got[0], 0), *(Cell(v, j + 1) for j, v in enumerate(got[2]))]
            rows.append(GridRow(cells, k, lines[k].strip()))
            k += 1
        if len(rows) >= 2:
            header = [Cell("", 0), *(Cell(label, j + 1) for j, label in enumerate(first[1]))]
            grids.append(Grid(header, rows, "records", list(range(i, k))))
            taken.update(range(i, k))
        i = max(k, i + 1)
    return grids


def _labelled(line: str) -> tuple[str, tuple[str, ...], list[str]] | None:
    """(name, labels, values) of `name | label: value | label: value`, else None."""
    if line.count("|") < 2:
        return None
    parts = line.strip().strip("|").split("|")
    name = parts[0].strip()
    if not name or ":" in name:
        return None
    labels, values = [], []
    for part in parts[1:]:
        field = _FIELD.match(part)
        if field is None:
            return None
        labels.append(field.group(1).strip())
        values.append(field.group(2))
    return name, tuple(labels), values


def _record(line: str, keys: tuple[frozenset[str], ...]) -> tuple[str, str, str] | None:
    """(model, benchmark, value) of a one-line record with a key for each, else None."""
    if not _RECORD.match(line):
        return None
    model = bench = value = None
    for m in _PAIR.finditer(line):
        key = m.group(1).casefold()
        if key in keys[0] and m.group(2):
            model = m.group(2)
        elif key in keys[1] and m.group(2):
            bench = m.group(2)
        elif key in keys[2] and m.group(3):
            value = m.group(3)
    return (model, bench, value) if model and bench and value else None


def _flat(
    lines: list[str], start: int, taken: set[int], keys: tuple[frozenset[str], ...]
) -> tuple[Grid, int] | None:
    first = _record(lines[start], keys)
    if first is None:
        return None
    rows: list[GridRow] = []
    k = start
    end = start
    while k < len(lines) and k not in taken:
        record = _record(lines[k], keys)
        if record is not None:
            model, bench, value = record
            rows.append(GridRow([Cell(model, 0), Cell(bench, 1), Cell(value, 2)], k, lines[k]))
            end = k + 1
        elif not _FILLER.match(lines[k]):
            break
        k += 1
    if len(rows) < 2:
        return None
    header = [Cell("Model", 0), Cell("Benchmark", 1), Cell("Score", 2)]
    return Grid(header, rows, "records", list(range(start, end))), end


def _nested(
    lines: list[str], start: int, taken: set[int], reader: Reader
) -> tuple[Grid, int] | None:
    """Groups of `"Outer": {` + `"inner": number,` lines + `}`, at least two, each with a
    figure on at least two lines. Code's objects too: bare keys, comments, other fields and
    notes between the groups; a bare inner key counts only when it names a catalog benchmark
    (`mmluPro`, `gpqa`; never `contextWindow`)."""
    groups: list[tuple[int, str, list[tuple[int, str, str]]]] = []
    k = start
    n = len(lines)
    end = start
    while k < n and k not in taken:
        opened = _OPEN.match(lines[k])
        if opened is None:
            if groups and _BETWEEN.match(lines[k]):
                k += 1
                continue
            break
        entries: list[tuple[int, str, str]] = []
        j = k + 1
        inner: str | None = None  # the key of a dictionary inside the group, while in it
        while j < n and j not in taken and j - k <= _GROUP_LINES:
            if _CLOSE.match(lines[j]):
                if inner is None:
                    break
                inner = None  # the inner dictionary ends; the group goes on
                j += 1
                continue
            entry = _ENTRY.match(lines[j])
            sub = _OPEN.match(lines[j]) if entry is None and inner is None else None
            if entry is not None:
                name = entry.group(1) or _known_benchmark(reader, entry.group(2))
                if name and inner is not None:
                    name = _inner_name(reader, inner, name)
                if name:
                    entries.append((j, name, entry.group(3)))
            elif sub is not None:
                # `"pass@1": {` inside a model's record (the EvalPlus leaderboard's data):
                # its figures are the model's, on that metric.
                inner = sub.group(1) or sub.group(2)
            elif not _OTHER.match(lines[j]):
                break
            j += 1
        if j >= n or j in taken or not _CLOSE.match(lines[j]) or len(entries) < 2:
            break
        groups.append((k, opened.group(1) or opened.group(2), entries))
        k = end = j + 1
    if len(groups) < 2:
        return None
    columns: list[str] = []
    for _, _, entries in groups:
        columns += [name for _, name, _ in entries if name not in columns]
    header = [Cell("", 0), *(Cell(name, j + 1) for j, name in enumerate(columns))]
    rows: list[GridRow] = []
    for at, outer, entries in groups:
        by_name = {name: (line, value) for line, name, value in entries}
        cells = [Cell(outer, 0)]
        for j, name in enumerate(columns):
            line, value = by_name.get(name, (-1, ""))
            cells.append(Cell(value, j + 1, line))
        rows.append(GridRow(cells, at, lines[at].strip()))
    return Grid(header, rows, "records", list(range(start, end))), end


def _inner_name(reader: Reader, inner: str, key: str) -> str:
    """A figure's column inside a record's inner dictionary: "humaneval (pass@1)" under
    `"pass@1": {`, "humaneval (pass@10)" for `"humaneval": {"pass@10": ...}`; under any
    other key (`"scores": {`) the figure's own key."""
    if reader.conditions.metric(inner):
        return f"{key} ({inner})"
    if reader.conditions.metric(key):
        return f"{inner} ({key})"
    return key


def _known_benchmark(reader: Reader, key: str) -> str:
    """ "mmluPro" -> "MMLU-Pro": a code identifier that names a catalog benchmark, else ""."""
    canonical, entry = reader.names.resolve(_CAMEL.sub(" ", key), "benchmark")
    return canonical if entry is not None else ""
