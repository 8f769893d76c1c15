"""Result summaries of evaluation pipelines such as NeMo-Skills' `summarize_results`, as
reproduction tutorials paste them: a title line naming the benchmark ("------ gpqa ------"),
then "evaluation_mode | num_entries | avg_tokens | ... | symbolic_correct | no_answer" with
one row per aggregation ("pass@1[avg-of-16]", "majority@16", "pass@16"). The model is the
heading's, the mode the heading's ("Results ... (Reasoning on)"); counts, token figures,
seconds and no-answer rates are no scores. A "Category | num_entries | accuracy" table under
such a title lists the benchmark's sub-scores, its "overall_accuracy" row the benchmark's."""

from __future__ import annotations

import re

from claimcheck.extract.numbers import Value
from claimcheck.extract.tables.grid import Grid
from claimcheck.extract.tables.labels import Label, Reader, clean
from claimcheck.extract.tables.words import SummaryWords

# "---------- gpqa ----------": the benchmark a summary table is about.
_TITLE = re.compile(r"-{3,}\s*([^\s-][^\n]*?)\s*-{3,}\s*$")
_BRACKETS = re.compile(r"\(([^()]{3,40})\)")

# (model, benchmark, value, conditions, row index, column, row text)
SkillsRow = tuple[Label, Label, Value, dict[str, str], int, int, str]


def summary_title(grid: Grid) -> str:
    """The benchmark id of the dashed title line just above the table ("" when none)."""
    for text in (grid.caption, grid.context):
        m = _TITLE.search(text.strip()) if text else None
        if m:
            return m.group(1).strip()
    return ""


def _mode(reader: Reader, grid: Grid) -> dict[str, str]:
    """The mode the nearest headings state: "Results (Reasoning on)", "Reasoning-off
    Results"; the nearest heading that states one wins."""
    for text in (grid.heading, *grid.outer.split(" / ")):
        parts = [m.group(1) for m in _BRACKETS.finditer(text)]
        parts += [w.replace("-", " ") for w in text.split() if "-" in w]
        for part in (*parts, text):
            quals, _ = reader.conditions.from_label(part)
            if "mode" in quals:
                return {"mode": quals["mode"]}
    return {}


def _score_columns(names: list[str], words: SummaryWords) -> list[int]:
    return [
        j
        for j, name in enumerate(names)
        if j and any(name == s or name.endswith("_" + s) for s in words.score_suffixes)
    ]


def read_summary(reader: Reader, grid: Grid) -> list[SkillsRow] | None:
    """The scores of a summary table; None when the grid is not one."""
    if not grid.header:
        return None
    words = reader.words.summaries
    names = [clean(c.text).casefold() for c in grid.header]
    per_mode = names[0] in words.mode_columns
    per_category = names[0] in words.category_columns
    title = summary_title(grid)
    scores = _score_columns(names, words)
    if not scores or not title or not (per_mode or per_category):
        return None
    model = reader.label(grid.subject) if grid.subject else None
    bench = reader.label(title)
    if bench.kind not in ("benchmark", "?"):
        return None
    if model is None or model.kind not in ("model", "?"):
        return []  # a summary, but of no model this document names: no claims, no junk
    mode = _mode(reader, grid)
    # The first score column that is no grader's variant is the benchmark's own score;
    # another ("subtask_accuracy" beside "problem_accuracy") is a score of its own.
    graded = [j for j in scores if names[j].split("_")[0] in words.grading]
    main = graded[0] if graded else scores[0]
    out: list[SkillsRow] = []
    for row in grid.rows:
        cells = row.cells
        if not cells:
            continue
        first = clean(cells[0].text)
        quals = dict(mode)
        row_bench = bench
        if per_mode:
            quals["metric"] = reader.conditions.metric(first) or first.casefold()
        elif first.casefold() not in words.overall_rows:
            row_bench = reader.label(f"{title} {first}")
        for j in scores:
            if j >= len(cells):
                continue
            read = reader.cell(cells[j].text, max(cells[j].start, 0))
            if read.value is None:
                continue
            column_quals = dict(quals)
            column_bench = row_bench
            if j != main:
                if names[j].split("_")[0] in words.grading:
                    column_quals["setting"] = names[j]
                else:
                    column_bench = reader.label(f"{title} {names[j]}")
            col = read.value.start + 1 if cells[j].start >= 0 else 1
            out.append((model, column_bench, read.value, column_quals, row.line, col, row.text))
    return out
