"""Spaced tables: a web page's table copied as text with one space between cells
(`HellaSwag Accuracy 10-shot 72.2 78.6` under `Benchmark Metric n-shot E2B PT E4B PT`).
Nothing marks where a label ends, so the values are the run of numbers that ends each row,
and the header's last words are split into as many names as the rows have values; the
words before them (category, metric, shots) stay with the row's label."""

from __future__ import annotations

import re
from collections import Counter

from claimcheck.extract.tables.grid import Cell, Grid, GridRow
from claimcheck.extract.tables.labels import Reader, clean
from claimcheck.extract.tables.squashed import piece_score, squash_candidate

_VALUE = re.compile(r"\d{1,4}(?:\.\d{1,3})?%?[*†‡]?|—|–|n/a|N/A")
_MAX_COLUMNS = 12
_MAX_HEADER_WORDS = 40


def _split_row(line: str) -> tuple[str, list[Cell]]:
    """(label, value cells) of a row: the values are the space-separated run ending it."""
    body = line.rstrip()
    words = list(re.finditer(r"\S+", body))
    k = len(words)
    while k > 0 and _VALUE.fullmatch(words[k - 1].group(0)):
        k -= 1
    if k == 0:
        return "", []
    label = body[: words[k - 1].end()].strip()
    return label, [Cell(m.group(0), m.start()) for m in words[k:]]


def _row_candidate(line: str) -> bool:
    label, values = _split_row(line)
    return bool(values) and bool(re.search(r"[^\W\d_]", label)) and squash_candidate(line)


def _section_line(line: str) -> bool:
    """A category row of a spaced table ("General", "Math"): a few words, no values."""
    text = line.strip()
    return (
        0 < len(text) <= 30
        and len(text.split()) <= 4
        and not _split_row(line)[1]
        and squash_candidate(line)
        and not text.endswith((".", ":", ";", "!", "?"))
    )


_MAX_SECTIONS_ABOVE = 2


def spaced_tables(lines: list[str], taken: set[int], reader: Reader) -> list[Grid]:
    """The spaced tables of a text; their lines are added to `taken`."""
    grids: list[Grid] = []
    n = len(lines)
    i = 1
    while i < n:
        if i in taken or not _row_candidate(lines[i]):
            i += 1
            continue
        rows_at: list[int] = []
        j = i
        while j < n and j not in taken:
            if _row_candidate(lines[j]):
                rows_at.append(j)
            elif not (_section_line(lines[j]) and j + 1 < n and _row_candidate(lines[j + 1])):
                break
            j += 1
        grid = None
        # The header is the line above the rows, or above a category row or two there.
        for header_at in range(i - 1, max(i - 2 - _MAX_SECTIONS_ABOVE, -1), -1):
            if header_at in taken or len(rows_at) < 2:
                break
            grid = _spaced_grid(lines, header_at, rows_at, reader)
            if grid is not None or not _section_line(lines[header_at]):
                break
        if grid is not None:
            grid.lines = list(range(grid.lines[0], j))
            grids.append(grid)
            taken.update(grid.lines)
        i = j
    return grids


def _spaced_grid(
    lines: list[str], header_at: int, rows_at: list[int], reader: Reader
) -> Grid | None:
    header = lines[header_at]
    if not squash_candidate(header) or _split_row(header)[1]:
        return None  # a header holds names, not values
    rows = [_split_row(lines[k]) for k in rows_at]
    counts = Counter(len(values) for _label, values in rows)
    # The usual count; on a tie the smaller one ("Terminal-Bench 2.0 59.0 61.2" has one more).
    seen, columns = max((seen, -count) for count, seen in counts.items())
    columns = -columns
    if seen * 2 < len(rows) or not 1 <= columns <= _MAX_COLUMNS:
        return None
    split = _split_names(header, columns, reader)
    if split is None:
        return None
    corner, names = split
    kinds = [reader.label(name).kind for name in names]
    known = sum(kind in ("model", "benchmark") for kind in kinds)
    if columns == 1 and kinds[0] != "model":
        return None
    if known * 2 < columns and not (corner and reader.corner_hint(corner.split()[0])):
        return None
    body: list[GridRow] = []
    for k, (label, values) in zip(rows_at, rows, strict=True):
        if len(values) > columns:
            # The label ends in a number ("Terminal-Bench 2.0 59.0 61.2"): those are its own.
            extra = values[: len(values) - columns]
            label = lines[k][: extra[-1].start + len(extra[-1].text)].strip()
            values = values[len(extra) :]
        elif len(values) < columns:
            continue  # a row with a cell missing: which one is not known
        body.append(GridRow([Cell(clean(label), 0), *values], k, lines[k].strip()))
    labels = [reader.label(row.cells[0].text).kind for row in body]
    if len(body) < 2 or sum(kind in ("model", "benchmark") for kind in labels) * 2 < len(body):
        return None  # rows of known names, not lines of prose that happen to end in numbers
    head = [Cell(corner, 0), *[Cell(name, -1) for name in names]]
    return Grid(head, body, "spaced", [header_at, *rows_at])


def _split_names(header: str, columns: int, reader: Reader) -> tuple[str, list[str]] | None:
    """(corner, names): the header's last words as `columns` names, the split that reads
    best as names; the words before them are the corner."""
    words = header.split()
    if len(words) > _MAX_HEADER_WORDS or len(words) < columns + 1:
        return None
    n = len(words)
    scores: dict[tuple[int, int], float] = {}

    def score(a: int, b: int) -> float:
        got = scores.get((a, b))
        if got is None:
            text = " ".join(words[a:b])
            piece = piece_score(reader, text, False)[0]
            if piece == 0 and not any(c.isdigit() for c in text):
                piece = -2.0  # an unknown word with no size or version ("PT") names no model
            # Short names win a tie: "E2B PT E4B PT" is two names, not "E2B" and "PT E4B PT".
            got = scores[(a, b)] = piece - 0.5 * (b - a - 1) ** 2
        return got

    # best[k][i]: the best score of words[i:] as k names; names of at most four words.
    neg = float("-inf")
    best = [[neg] * (n + 1) for _ in range(columns + 1)]
    cut = [[-1] * (n + 1) for _ in range(columns + 1)]
    best[0][n] = 0.0
    for k in range(1, columns + 1):
        for i in range(n - 1, 0, -1):
            for b in range(i + 1, min(i + 4, n) + 1):
                if best[k - 1][b] == neg:
                    continue
                total = best[k - 1][b] + score(i, b)
                if total > best[k][i]:
                    best[k][i], cut[k][i] = total, b
    start = max(range(1, n), key=lambda i: (best[columns][i], -i))
    if best[columns][start] == neg:
        return None
    names: list[str] = []
    i = start
    for k in range(columns, 0, -1):
        b = cut[k][i]
        names.append(" ".join(words[i:b]))
        i = b
    return " ".join(words[:start]), names
