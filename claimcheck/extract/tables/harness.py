"""Result tables of EleutherAI's lm-evaluation-harness, as quantized-model cards and notes
paste them ("|Tasks|Version|Filter|n-shot|Metric| |Value| |Stderr|"): one claim a row. The
task is the benchmark (a blank task repeats the one above), n-shot its shots, the filter a
setting, the metric the metric; a value written as a fraction of one is read as the
percentage it is. The model is the table's model column, else the heading's model."""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.extract.numbers import Value
from claimcheck.extract.tables.grid import Grid
from claimcheck.extract.tables.labels import Label, Reader, clean

_TASK = ("tasks", "task", "groups")
_DESCRIBING = ("metric", "filter", "n-shot", "version", "stderr")
_SHOTS = re.compile(r"\d{1,3}")
_FRACTION_METRICS = re.compile(r"^(?:acc|acc_norm|exact_match|em|f1|mc1|mc2|pass@\d+)", re.I)

# (model, benchmark, value, conditions, row index, column, row text)
HarnessRow = tuple[Label, Label, Value, dict[str, str], int, int, str]


def read_harness(reader: Reader, grid: Grid) -> list[HarnessRow] | None:
    """The rows of a harness table; None when the grid is not one."""
    names = [clean(c.text).casefold() for c in grid.header]
    task = next((j for j, n in enumerate(names) if n in _TASK), None)
    value = names.index("value") if "value" in names else None
    if task is None or value is None or sum(n in _DESCRIBING for n in names) < 2:
        return None
    column = {n: j for j, n in enumerate(names) if n in _DESCRIBING}
    model_col = next(
        (j for j, c in enumerate(grid.header) if reader.corner_hint(c.text) == "model"), None
    )
    out: list[HarnessRow] = []
    current = ""
    for row in grid.rows:
        cells = row.cells

        def at(j: int | None, cells: list = cells) -> str:  # type: ignore[type-arg]
            return clean(cells[j].text) if j is not None and j < len(cells) else ""

        current = at(task) or current
        named = at(model_col) if model_col is not None else grid.subject
        if not current or not named or value >= len(cells):
            continue
        model, bench = reader.label(named), reader.label(current)
        if model.kind not in ("model", "?") or bench.kind not in ("benchmark", "?"):
            continue
        read = reader.cell(cells[value].text, max(cells[value].start, 0))
        number = read.value
        if number is None:
            continue
        # "acc,none", "exact_match,strict-match": newer harnesses join metric and filter;
        # their "acc_stderr,none" and "alias" rows are no scores.
        metric, _, joined_filter = at(column.get("metric")).partition(",")
        metric = re.sub(r"[^\w@.-]", "", metric)
        if "stderr" in metric or metric == "alias":
            continue
        if number.value <= 1 and not number.unit and _FRACTION_METRICS.match(metric):
            # 0.8923 exact_match is 89.23%: the figure cards and papers print.
            places = max(number.decimals - 2, 0)
            number = replace(
                number, value=round(number.value * 100, places), decimals=places, unit="%"
            )
        quals = dict(bench.qualifiers)
        shots = _SHOTS.fullmatch(at(column.get("n-shot")))
        if shots:
            quals["shots"] = f"{int(shots.group(0))}-shot"
        setting = (at(column.get("filter")) or joined_filter.strip()).casefold()
        if setting and setting != "none":
            quals["setting"] = setting
        if metric:
            quals["metric"] = reader.conditions.metric(metric) or metric.casefold()
        col = number.start + 1 if cells[value].start >= 0 else 1
        out.append((model, bench, number, quals, row.line, col, row.text))
    return out
