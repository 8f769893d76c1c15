"""Model labels that are only a size ("2B PT", "7B Params", "| Benchmark | 2B | 9B | 27B |"):
a model card's columns under a heading that names the family ("# Gemma 2 model card"). Each
becomes the family's model of that size ("Gemma 2 2B PT"), as the card means it; with no
family named above, or one that already has a size, the labels stay as written."""

from __future__ import annotations

import re

from claimcheck.extract.tables.grid import Grid
from claimcheck.extract.tables.labels import Reader, clean

# A size, then at most one word: a variant the name keeps ("PT", "IT", "Instruct") or a
# word that only says it is a size ("Params"), dropped.
_SIZE_ONLY = re.compile(r"(?i)^(\d+(?:\.\d+)?\s?[bm])(?:[\s-]+([a-z]+))?$")
_KEPT = frozenset({"pt", "it", "base", "instruct", "chat", "sft", "dpo", "rl"})
_DROPPED = frozenset({"params", "parameters", "param", "model", "models", "version"})
_VERSIONED = re.compile(r"\d")
_SIZED = re.compile(r"(?i)(?<![\w.])\d+(?:\.\d+)?\s?[bm]\b")
_SIZE_LABEL = re.compile(r"(?i)(?:\d{1,2}x)?\d{1,4}(?:\.\d{1,2})?\s?[bm]\*?(?:[\s-]+[a-z]+)?")
_PLAIN_SIZE = re.compile(r"(?i)\d{1,4}(?:\.\d{1,2})?\s?[bm]")
_MOE = re.compile(r"(?i)\d{1,2}x\d")  # "Mixtral-8x7B": experts times size, a size too


def complete_sizes(reader: Reader, grid: Grid) -> None:
    """Size-only labels of the header and of the rows' first cells, with the family the
    nearest headings name put before them, in place."""
    top = grid.outer.split(" / ")[-1] if grid.outer else grid.heading  # the page's title
    family = _family(reader, grid.subject or top)
    if not family:
        return
    cells = grid.header[1:] + [row.cells[0] for row in grid.rows if row.cells]
    sized = [(cell, _sized(clean(cell.text))) for cell in cells]
    if sum(name is not None for _, name in sized) < 2:
        return  # one size among other labels is no card's column of sizes
    for cell, name in sized:
        if name is not None:
            cell.text = f"{family} {name}"


def size_row(cells: list[str]) -> bool:
    """ "2B* | 4B | 4B-Depth | 12B-Base": a header row under the model names that gives each
    column's size (and variant), every written cell a size."""
    written = [clean(c) for c in cells if clean(c)]
    return len(written) >= 2 and all(_SIZE_LABEL.fullmatch(c) for c in written)


def with_size(label: str, size: str) -> str | None:
    """ "DeepSeek-Coder-Instruct" beside a Size cell "33B": the model of that size
    ("DeepSeek-Coder-Instruct 33B"); None when the cell is no plain size ("-", "21/236B")
    or the name has a size of its own ("Qwen2.5-Coder-7B-Instruct")."""
    size = size.strip()
    if not label or not _PLAIN_SIZE.fullmatch(size) or _SIZED.search(label) or _MOE.search(label):
        return None
    return f"{label} {size.replace(' ', '').upper()}"


def _sized(text: str) -> str | None:
    m = _SIZE_ONLY.match(text.strip())
    if m is None:
        return None
    word = (m.group(2) or "").casefold()
    if word and word not in _KEPT and word not in _DROPPED:
        return None
    size = m.group(1).replace(" ", "").upper()
    return f"{size} {m.group(2)}" if word in _KEPT else size


def _family(reader: Reader, subject: str) -> str:
    """The model family a heading names ("Gemma 2", "Gemma" of "Gemma Model Card"), or ""
    when it names none or a model of one size."""
    if not subject:
        return ""
    # A name no catalog holds counts too when it has a version ("# Corvid 2 model card";
    # never "# Performance Evaluation"), unless it has a benchmark's shape.
    models = [
        m
        for m in reader.finder.find(subject)
        if m.kind == "model"
        or (
            m.kind == "?"
            and _VERSIONED.search(m.text)
            and not reader.names.looks_like_benchmark(m.text)
        )
    ]
    if len(models) != 1 or _SIZED.search(models[0].text):
        return ""
    return models[0].text.strip()
