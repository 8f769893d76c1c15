"""The `model-index` of a Hugging Face model card's YAML front matter: one result a dataset,
one value a metric, the model named at the top of its list item.

    model-index:
    - name: granite-3.0-8b-instruct
      results:
      - task: {type: text-generation}
        dataset:
          name: AI2 Reasoning Challenge (25-Shot)
          args: {num_few_shot: 25}
        metrics:
        - type: acc_norm
          value: 64.59

Read line by line (no YAML library: only this one well-known shape matters, and a line
reader keeps each value's line for the report). Values that are not plain numbers are
skipped; the rest of the front matter is never read as prose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimcheck.extract.numbers import Value
from claimcheck.extract.prose import RawClaim
from claimcheck.extract.tables.grid import _line
from claimcheck.extract.tables.labels import Label, Reader

_KEY = re.compile(r"^(?P<indent>\s*)(?P<dash>-\s+)?(?P<key>[\w-]+):\s*(?P<value>.*?)\s*$")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


@dataclass(slots=True)
class _Result:
    """One entry of `results`: the dataset it names and the metrics read so far."""

    dataset: str = ""
    config: str = ""
    shots: str = ""
    metrics: list[tuple[str, str, int]] = field(default_factory=list)  # type, value, line


@dataclass(slots=True)
class _Walk:
    """Where the line reader is: the model of the list item, the result and its block."""

    model: str = ""
    model_indent: int = -1
    result: _Result | None = None
    result_indent: int = -1  # indent of a result's own keys ("dataset:", "metrics:")
    block: str = ""  # the result's key being read: "dataset", "metrics", "source", ...
    metric: dict[str, str] = field(default_factory=dict)
    metric_line: int = -1
    done: list[tuple[str, _Result]] = field(default_factory=list)

    def close_metric(self) -> None:
        if self.result is not None and "value" in self.metric:
            kind = self.metric.get("type") or self.metric.get("name", "")
            self.result.metrics.append((kind, self.metric["value"], self.metric_line))
        self.metric, self.metric_line = {}, -1

    def close_result(self) -> None:
        self.close_metric()
        if self.result is not None and self.model:
            self.done.append((self.model, self.result))
        self.result, self.block = None, ""

    def step(self, indent: int, dash: bool, key: str, value: str, index: int) -> None:
        if dash and key == "name" and (self.model_indent < 0 or indent <= self.model_indent):
            self.close_result()
            self.model, self.model_indent = value, indent
            return
        if not self.model:
            return
        if dash and key in ("task", "dataset", "metrics") and indent > self.model_indent:
            if self.result is None or indent <= self.result_indent or key == "task":
                self.close_result()
                self.result, self.result_indent = _Result(), indent
            self.block = key
            return
        if self.result is None:
            return
        if not dash and indent == self.result_indent:
            self.close_metric()
            self.block = key
            return
        if self.block == "dataset":
            if key == "name":
                self.result.dataset = value
            elif key == "config":
                self.result.config = value
            elif key == "num_few_shot" and value.isdigit():
                self.result.shots = f"{int(value)}-shot"
        elif self.block == "metrics":
            if dash:
                self.close_metric()
            if key in ("type", "name", "value"):
                self.metric.setdefault(key, value)
                if key == "value":
                    self.metric_line = index


def front_matter_end(lines: Sequence[str]) -> int:
    """The index of the closing `---` of a leading YAML block, or -1 when there is none."""
    if not lines or lines[0].strip() != "---":
        return -1
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return i
    return -1


def _index_span(lines: Sequence[str]) -> tuple[int, int]:
    """The lines of the `model-index` block of the front matter: (first, end) or (-1, -1)."""
    end = front_matter_end(lines)
    start = next((i for i in range(1, max(end, 0)) if lines[i].startswith("model-index:")), -1)
    if start < 0:
        return -1, -1
    stop = next(
        (
            i
            for i in range(start + 1, end)
            if lines[i] and not lines[i][0].isspace() and not lines[i].startswith("-")
        ),
        end,
    )
    return start, stop


def model_index_lines(lines: Sequence[str]) -> set[int]:
    """Indices of the lines the model-index reader owns: never prose."""
    start, stop = _index_span(lines)
    return set(range(start, stop)) if start >= 0 else set()


def read_model_index(
    lines: Sequence[str], reader: Reader, source: str, line_of: Sequence[int] | None
) -> list[RawClaim]:
    """Claims of the `model-index` in the front matter of `lines` (a document's text)."""
    start, stop = _index_span(lines)
    if start < 0:
        return []
    walk = _Walk()
    for i in range(start + 1, stop):
        text = lines[i]
        m = _KEY.match(text)
        if m is None:
            continue
        indent = len(m["indent"]) + (len(m["dash"]) if m["dash"] else 0)
        walk.step(indent, bool(m["dash"]), m["key"], m["value"].strip("'\""), i)
    walk.close_result()
    return _claims(walk.done, reader, source, line_of, lines)


def _claims(
    done: list[tuple[str, _Result]],
    reader: Reader,
    source: str,
    line_of: Sequence[int] | None,
    lines: Sequence[str],
) -> list[RawClaim]:
    claims: list[RawClaim] = []
    for model_name, result in done:
        model = reader.label(model_name.rsplit("/", 1)[-1])
        bench = reader.label(result.dataset)
        if bench.kind != "benchmark" and result.config:
            bench = reader.label(result.config)
        if model.kind not in ("model", "?") or bench.kind not in ("benchmark", "?"):
            continue
        for kind, raw, index in result.metrics:
            if not _NUMBER.fullmatch(raw):
                continue
            quals = dict(bench.qualifiers)
            if result.shots:
                quals.setdefault("shots", result.shots)
            metric_quals, _ = reader.conditions.from_label(kind.replace("_", " "))
            if "metric" in metric_quals:
                quals.setdefault("metric", metric_quals["metric"])
            column = lines[index].find(raw)
            claims.append(_claim(model, bench, raw, quals, index, column, lines, source, line_of))
    return claims


def _claim(
    model: Label,
    bench: Label,
    raw: str,
    quals: dict[str, str],
    index: int,
    column: int,
    lines: Sequence[str],
    source: str,
    line_of: Sequence[int] | None,
) -> RawClaim:
    decimals = len(raw.split(".", 1)[1]) if "." in raw else 0
    value = Value(column, column + len(raw), float(raw), None, decimals, "", "exact", raw)
    return RawClaim(
        model=model.name,
        model_mention=model.mention,
        benchmark=bench.name,
        benchmark_mention=bench.mention,
        bench_entry=bench.entry if bench.kind == "benchmark" else None,
        value=value,
        qualifiers=quals,
        line=_line(index, line_of),
        column=max(column + 1, 1),
        text=lines[index].strip()[:500],
        extractor="table",
        source=source,
    )
