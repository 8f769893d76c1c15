"""Tests for claimcheck.extract.tables: every table shape and cell form, as fixtures written
here (one case a table), and the placement of rows that lost cells."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.catalog import default
from claimcheck.extract import reader_for
from claimcheck.extract.numbers import Value
from claimcheck.extract.prose import ProseReader, RawClaim
from claimcheck.extract.tables import (
    Label,
    PendingRow,
    place_pending,
    read_tables,
    table_lines,
)
from claimcheck.ingest import HtmlTable

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Doc:
    """A Document as ingest builds it, by hand."""

    text: str
    tables: list[HtmlTable] = field(default_factory=list)
    path: str = "doc.md"
    line_of: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kind: str = "md"

    def __post_init__(self) -> None:
        if not self.line_of:
            self.line_of = list(range(1, self.text.count("\n") + 2))


@pytest.fixture(scope="module")
def reader() -> ProseReader:
    return reader_for(default())


Row = tuple[str, str, float, frozenset[tuple[str, str]]]


def r(model: str, bench: str, value: float, **quals: str) -> Row:
    return (model, bench, value, frozenset(quals.items()))


def got(claims: list[RawClaim]) -> set[Row]:
    return {
        (c.model, c.benchmark, round(c.value.value, 4), frozenset(c.qualifiers.items()))
        for c in claims
    }


def html(rows: list[list[str]], header: list[bool] | None = None, caption: str = "") -> HtmlTable:
    flags = header if header is not None else [i == 0 for i in range(len(rows))]
    return HtmlTable(
        rows=rows, header=flags, lines=list(range(10, 10 + len(rows))), caption=caption
    )


@dataclass
class Case:
    id: str
    text: str
    expected: set[Row]
    tables: list[HtmlTable] = field(default_factory=list)
    pending: int = 0  # rows left for place_pending


# ---------------------------------------------------------------------------------------
# Shapes

_SHAPES = [
    Case(
        "pipe-outer-pipes-alignment-row",
        "| Benchmark | GPT-5.4 | Claude Opus 4.6 |\n"
        "|:---|---:|:---:|\n"
        "| GPQA Diamond | 92.8 | 91.3 |\n"
        "| MMLU-Pro | 88.0 | 89.1 |\n",
        {
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("Claude Opus 4.6", "GPQA Diamond", 91.3),
            r("GPT-5.4", "MMLU-Pro", 88.0),
            r("Claude Opus 4.6", "MMLU-Pro", 89.1),
        },
    ),
    Case(
        "pipe-no-outer-pipes",
        "Benchmark | GPT-5.4 | Gemini 3.1 Pro\n"
        "--- | --- | ---\n"
        "GPQA Diamond | 92.8 | 94.3\n"
        "SWE-bench Verified | 74.9 | 76.2\n",
        {
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
            r("GPT-5.4", "SWE-bench Verified", 74.9),
            r("Gemini 3.1 Pro", "SWE-bench Verified", 76.2),
        },
    ),
    Case(
        "pipe-without-alignment-row",
        "| Model | AIME 2025 | GPQA Diamond |\n"
        "| GPT-5.4 | 94.6 | 88.4 |\n"
        "| Gemini 2.5 Pro | 86.7 | 84.0 |\n",
        {
            r("GPT-5.4", "AIME 2025", 94.6),
            r("GPT-5.4", "GPQA Diamond", 88.4),
            r("Gemini 2.5 Pro", "AIME 2025", 86.7),
            r("Gemini 2.5 Pro", "GPQA Diamond", 84.0),
        },
    ),
    Case(
        "pipe-transposed-models-as-rows",
        "| | GPQA Diamond | AIME 2024 | Codeforces |\n"
        "|---|---|---|---|\n"
        "| DeepSeek-R1 | 71.5 | 79.8 | 2029 |\n"
        "| OpenAI o1-mini | 60.0 | 63.6 | 1820 |\n",
        {
            r("DeepSeek-R1", "GPQA Diamond", 71.5),
            r("DeepSeek-R1", "AIME 2024", 79.8),
            r("DeepSeek-R1", "Codeforces", 2029),
            r("OpenAI o1-mini", "GPQA Diamond", 60.0),
            r("OpenAI o1-mini", "AIME 2024", 63.6),
            r("OpenAI o1-mini", "Codeforces", 1820),
        },
    ),
    Case(
        "pipe-box-drawing",
        "│ Benchmark │ GPT-5.4 │ GPT-5 │\n"
        "├───────────┼─────────┼───────┤\n"
        "│ MMLU-Pro  │ 88.0    │ 86.5  │\n"
        "│ HealthBench Hard │ 40.1 │ 25.5 │\n",
        {
            r("GPT-5.4", "MMLU-Pro", 88.0),
            r("GPT-5", "MMLU-Pro", 86.5),
            r("GPT-5.4", "HealthBench Hard", 40.1),
            r("GPT-5", "HealthBench Hard", 25.5),
        },
    ),
    Case(
        "html-header-row",
        "",
        {
            r("Muse Spark", "GPQA Diamond", 89.5),
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("Muse Spark", "HealthBench Hard", 42.8),
            r("GPT-5.4", "HealthBench Hard", 40.1),
        },
        [
            html(
                [
                    ["Benchmark", "Muse Spark", "GPT-5.4"],
                    ["GPQA Diamond", "89.5%", "92.8%"],
                    ["HealthBench Hard", "42.8%", "40.1%"],
                ]
            )
        ],
    ),
    Case(
        "html-header-column",  # every row starts with a <th>; no row is all <th>
        "",
        {
            r("Muse Spark", "MMMU-Pro", 80.5),
            r("Gemini 3.1 Pro", "MMMU-Pro", 82.4),
            r("Muse Spark", "CharXiv Reasoning", 86.4),
            r("Gemini 3.1 Pro", "CharXiv Reasoning", 80.2),
        },
        [
            html(
                [
                    ["Model", "MMMU-Pro", "CharXiv Reasoning"],
                    ["Muse Spark", "80.5", "86.4"],
                    ["Gemini 3.1 Pro", "82.4", "80.2"],
                ],
                header=[False, False, False],
            )
        ],
    ),
    Case(
        "html-group-header-colspan",  # "Thinking" spans two columns (ingest expanded it)
        "",
        {
            r("Qwen3-235B-A22B", "AIME 2024", 85.7, mode="thinking"),
            r("DeepSeek-R1", "AIME 2024", 79.8, mode="thinking"),
            r("Qwen3-235B-A22B", "AIME 2025", 81.5, mode="thinking"),
            r("DeepSeek-R1", "AIME 2025", 70.0, mode="thinking"),
        },
        [
            html(
                [
                    ["", "Thinking", "Thinking"],
                    ["Benchmark", "Qwen3-235B-A22B", "DeepSeek-R1"],
                    ["AIME 2024", "85.7", "79.8"],
                    ["AIME 2025", "81.5", "70.0"],
                ],
                header=[True, True, False, False],
            )
        ],
    ),
    Case(
        "space-aligned-models-as-rows",
        "Model                 AIME 2024   GPQA Diamond   Codeforces\n"
        "OpenAI o1*            74.3        78.0           1891\n"
        "Gemini 2.5 Pro        92.0        84.0           n/a\n"
        "Qwen3-235B-A22B (thinking)  85.7  71.1           2056\n",
        {
            r("OpenAI o1", "AIME 2024", 74.3),
            r("OpenAI o1", "GPQA Diamond", 78.0),
            r("OpenAI o1", "Codeforces", 1891),
            r("Gemini 2.5 Pro", "AIME 2024", 92.0),
            r("Gemini 2.5 Pro", "GPQA Diamond", 84.0),
            r("Qwen3-235B-A22B", "AIME 2024", 85.7, mode="thinking"),
            r("Qwen3-235B-A22B", "GPQA Diamond", 71.1, mode="thinking"),
            r("Qwen3-235B-A22B", "Codeforces", 2056, mode="thinking"),
        },
    ),
    Case(
        "space-aligned-blank-cell-keeps-its-column",
        "Benchmark        GPT-5.4    Claude Opus 4.6    Gemini 3.1 Pro\n"
        "GPQA Diamond     92.8       91.3               94.3\n"
        "HealthBench Hard 40.1                          20.6\n",
        {
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("Claude Opus 4.6", "GPQA Diamond", 91.3),
            r("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
            r("GPT-5.4", "HealthBench Hard", 40.1),
            r("Gemini 3.1 Pro", "HealthBench Hard", 20.6),
        },
    ),
    Case(
        "tab-separated",
        "Model\tGPQA Diamond\tMMLU-Pro\nGPT-5.4\t92.8\t88.0\nClaude Sonnet 4.6\t\t85.2\n",
        {
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("GPT-5.4", "MMLU-Pro", 88.0),
            r("Claude Sonnet 4.6", "MMLU-Pro", 85.2),
        },
    ),
    Case(
        "squashed-number-ending-benchmark",
        "BenchmarkMuse SparkClaude Opus 4.6GPT-5.4Gemini 3.1 Pro\n"
        "GPQA Diamond89.5%92.7%92.8%94.3%\n"
        "Terminal-Bench 2.059.065.475.168.5\n"
        "Figure Understanding86.465.382.880.2\n",
        {
            r("Muse Spark", "GPQA Diamond", 89.5),
            r("Claude Opus 4.6", "GPQA Diamond", 92.7),
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
            r("Muse Spark", "Terminal-Bench 2.0", 59.0),
            r("Claude Opus 4.6", "Terminal-Bench 2.0", 65.4),
            r("GPT-5.4", "Terminal-Bench 2.0", 75.1),
            r("Gemini 3.1 Pro", "Terminal-Bench 2.0", 68.5),
            r("Muse Spark", "CharXiv Reasoning", 86.4),
            r("Claude Opus 4.6", "CharXiv Reasoning", 65.3),
            r("GPT-5.4", "CharXiv Reasoning", 82.8),
            r("Gemini 3.1 Pro", "CharXiv Reasoning", 80.2),
        },
    ),
    Case(
        "squashed-partial-rows-wait-for-evidence",
        "BenchmarkMuse SparkClaude Opus 4.6GPT-5.4Gemini 3.1 Pro\n"
        "GPQA Diamond89.5%92.7%92.8%94.3%\n"
        "HealthBench Hard42.8%40.1%20.6%\n"
        "Intelligence Index52\n",
        {
            r("Muse Spark", "GPQA Diamond", 89.5),
            r("Claude Opus 4.6", "GPQA Diamond", 92.7),
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
        },
        pending=2,
    ),
    Case(
        "squashed-explicit-empty-marker",
        "ModelGPT-5.4Gemini 3.1 ProClaude Opus 4.6\nGPQA Diamond92.8—91.3\nMMLU-Pro88.0n/a89.1\n",
        {
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("Claude Opus 4.6", "GPQA Diamond", 91.3),
            r("GPT-5.4", "MMLU-Pro", 88.0),
            r("Claude Opus 4.6", "MMLU-Pro", 89.1),
        },
    ),
    Case(
        "squashed-unknown-names",
        "BenchmarkNimbus-3 ProVega 2\nFooBench71.264.0\nBarQA55.549.9\n",
        {
            r("Nimbus-3 Pro", "FooBench", 71.2),
            r("Vega 2", "FooBench", 64.0),
            r("Nimbus-3 Pro", "BarQA", 55.5),
            r("Vega 2", "BarQA", 49.9),
        },
    ),
]

_SHAPES += [
    Case(
        "grid-table-with-borders",
        "+--------------+---------+\n| Benchmark    | GPT-5.4 |\n+==============+=========+\n"
        "| GPQA Diamond | 92.8    |\n+--------------+---------+\n",
        {r("GPT-5.4", "GPQA Diamond", 92.8)},
    ),
    Case(
        "pipe-in-blockquote",
        "> | Benchmark | GPT-5.4 |\n> |---|---|\n> | GPQA Diamond | 92.8 |\n",
        {r("GPT-5.4", "GPQA Diamond", 92.8)},
    ),
    Case(
        "pipe-section-rows-and-average-skipped",
        "| Benchmark | GPT-5.4 | Gemini 3.1 Pro |\n|---|---|---|\n"
        "| **Reasoning** | | |\n| GPQA Diamond | 92.8 | 94.3 |\n"
        "| Average | 83.8 | 85.2 |\n",
        {r("GPT-5.4", "GPQA Diamond", 92.8), r("Gemini 3.1 Pro", "GPQA Diamond", 94.3)},
    ),
    Case(
        "pipe-condition-column",
        "| Benchmark | Setting | GPT-5.4 | Gemini 3.1 Pro |\n|---|---|---|---|\n"
        "| MMLU | 5-shot | 90.1 | 91.2 |\n| HLE | no tools | 39.8 | 44.4 |\n",
        {
            r("GPT-5.4", "MMLU", 90.1, shots="5-shot"),
            r("Gemini 3.1 Pro", "MMLU", 91.2, shots="5-shot"),
            r("GPT-5.4", "Humanity's Last Exam", 39.8, tools="without"),
            r("Gemini 3.1 Pro", "Humanity's Last Exam", 44.4, tools="without"),
        },
    ),
    Case(
        "leaderboard-score-column-named-by-heading",
        "## GPQA Diamond leaderboard\n\n| Rank | Model | Score |\n|---|---|---|\n"
        "| 1 | Gemini 3.1 Pro | 94.3 |\n| 2 | GPT-5.4 | 92.8 |\n",
        {r("Gemini 3.1 Pro", "GPQA Diamond", 94.3), r("GPT-5.4", "GPQA Diamond", 92.8)},
    ),
    Case(
        "condition-columns-named-by-heading",
        "### AIME 2025\n\n| Model | Pass@1 | Pass@8 |\n|---|---|---|\n"
        "| GPT-5.4 | 94.6 | 97.0 |\n| Nimbus-3 Pro | 80.1 | 88.8 |\n",
        {
            r("GPT-5.4", "AIME 2025", 94.6),
            r("GPT-5.4", "AIME 2025", 97.0, **{"pass@k": "8"}),
            r("Nimbus-3 Pro", "AIME 2025", 80.1),
            r("Nimbus-3 Pro", "AIME 2025", 88.8, **{"pass@k": "8"}),
        },
    ),
    Case(
        "long-form-model-benchmark-score",
        "| Model | Benchmark | Score (%) | Source |\n|---|---|---|---|\n"
        "| GPT-5.4 | GPQA Diamond | 92.8 | OpenAI |\n| Nimbus-3 Pro | FooBench | 71.2 | blog |\n",
        {r("GPT-5.4", "GPQA Diamond", 92.8), r("Nimbus-3 Pro", "FooBench", 71.2)},
    ),
    Case(
        "html-title-row-and-br-in-headers",
        "",
        {
            r("Claude Opus 4.6", "GPQA Diamond", 91.3, mode="thinking"),
            r("GPT-5.4", "GPQA Diamond", 92.8, mode="high"),
        },
        [
            html(
                [
                    ["Benchmark results", "Benchmark results", "Benchmark results"],
                    ["Benchmark", "Claude Opus 4.6<br>(Thinking)", "GPT-5.4<br/>(high)"],
                    ["GPQA Diamond", "91.3^1", "92.8"],
                ],
                header=[True, True, False],
            )
        ],
    ),
    Case(
        "html-short-row-waits-for-evidence",
        "",
        {
            r("GPT-5.4", "MMLU-Pro", 88.0),
            r("Gemini 3.1 Pro", "MMLU-Pro", 89.8),
            r("Muse Spark", "MMLU-Pro", 91.2),
        },
        [
            html(
                [
                    ["Benchmark", "GPT-5.4", "Gemini 3.1 Pro", "Muse Spark"],
                    ["MMLU-Pro", "88.0", "89.8", "91.2"],
                    ["GPQA Diamond", "92.8", "94.3"],
                ]
            )
        ],
        pending=1,
    ),
    Case(
        "space-aligned-empty-corner-and-rule-line",
        "                 GPT-5.4    Gemini 3.1 Pro\n"
        "---------------  ---------  --------------\n"
        "GPQA Diamond     92.8       94.3\n"
        "MMLU-Pro         88.0       89.8\n",
        {
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
            r("GPT-5.4", "MMLU-Pro", 88.0),
            r("Gemini 3.1 Pro", "MMLU-Pro", 89.8),
        },
    ),
    Case(
        "squashed-transposed-model-names-end-in-versions",
        "ModelGPQA DiamondAIME 2025\n"
        "GPT-5.492.8%94.6%\n"
        "Gemini 3.1 Pro94.3%95.0%\n"
        "Claude Opus 4.688.1%90.2%\n",
        {
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("GPT-5.4", "AIME 2025", 94.6),
            r("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
            r("Gemini 3.1 Pro", "AIME 2025", 95.0),
            r("Claude Opus 4.6", "GPQA Diamond", 88.1),
            r("Claude Opus 4.6", "AIME 2025", 90.2),
        },
    ),
    Case(
        "squashed-labels-ending-in-years-and-versions",
        "BenchmarkGPT-5.4Gemini 3.1 Pro\n"
        "AIME 202594.6%95.0%\n"
        "FooEval 202588.1%90.0%\n"
        "BarBench 2.071.274.0\n",
        {
            r("GPT-5.4", "AIME 2025", 94.6),
            r("Gemini 3.1 Pro", "AIME 2025", 95.0),
            r("GPT-5.4", "FooEval 2025", 88.1),
            r("Gemini 3.1 Pro", "FooEval 2025", 90.0),
            r("GPT-5.4", "BarBench 2.0", 71.2),
            r("Gemini 3.1 Pro", "BarBench 2.0", 74.0),
        },
    ),
    Case(
        "squashed-row-that-cannot-split-is-left-out",
        "BenchmarkMuse SparkGPT-5.4\n"
        "GPQA Diamond89.5%92.8%\n"
        "Codeforces20292061\n"
        "MMMU-Pro80.5%81.2%\n",
        {
            r("Muse Spark", "GPQA Diamond", 89.5),
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("Muse Spark", "MMMU-Pro", 80.5),
            r("GPT-5.4", "MMMU-Pro", 81.2),
        },
    ),
]

# ---------------------------------------------------------------------------------------
# Cell forms


def _one_row(cells: str, header: str = "| Benchmark | GPT-5.4 | Gemini 3.1 Pro |") -> str:
    return f"{header}\n|---|---|---|\n{cells}\n"


_CELLS = [
    Case(
        "percent-and-plain",
        _one_row("| GPQA Diamond | 92.8% | 94.3 |"),
        {r("GPT-5.4", "GPQA Diamond", 92.8), r("Gemini 3.1 Pro", "GPQA Diamond", 94.3)},
    ),
    Case(
        "footnote-marks",
        _one_row("| GPQA Diamond | 92.8* | 94.3† |")
        + "| MMLU-Pro | 88.0¹ | 89.8^2 |\n| SimpleQA | 55.1[3] | 72.1‡ |\n",
        {
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
            r("GPT-5.4", "MMLU-Pro", 88.0),
            r("Gemini 3.1 Pro", "MMLU-Pro", 89.8),
            r("GPT-5.4", "SimpleQA", 55.1),
            r("Gemini 3.1 Pro", "SimpleQA", 72.1),
        },
    ),
    Case(
        "emphasis",
        _one_row("| GPQA Diamond | **92.8** | *94.3* |") + "| MMLU-Pro | __88.0__ | _89.8_ |\n",
        {
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
            r("GPT-5.4", "MMLU-Pro", 88.0),
            r("Gemini 3.1 Pro", "MMLU-Pro", 89.8),
        },
    ),
    Case(
        "empty-markers",
        "| Benchmark | GPT-5.4 | GPT-5 | Gemini 3.1 Pro | Claude Opus 4.6 | Muse Spark |\n"
        "|---|---|---|---|---|---|\n"
        "| GPQA Diamond | — | – | - | n/a | 89.5 |\n"
        "| MMLU-Pro | N/A |  | 91.0 | ? | x |\n",
        {r("Muse Spark", "GPQA Diamond", 89.5), r("Gemini 3.1 Pro", "MMLU-Pro", 91.0)},
    ),
    Case(
        "unit-in-header",
        "| Model | GPQA (%) | Codeforces (Elo) |\n|---|---|---|\n| GPT-5.4 | 92.8 | 2100 |\n",
        {r("GPT-5.4", "GPQA", 92.8), r("GPT-5.4", "Codeforces", 2100)},
    ),
    Case(
        "qualifiers-in-labels",
        _one_row(
            "| ARC AGI 2 (Thinking) | 76.1 | 76.5 |\n"
            "| MMMU-Pro (Vision) | 81.2 | 82.4 |\n"
            "| AIME 2025 (pass@1) | 94.6 | 86.7 |\n"
            "| MMLU (5-shot) | 90.1 | 91.2 |\n"
            "| Humanity's Last Exam (no tools) | 39.8 | 44.4 |"
        ),
        {
            r("GPT-5.4", "ARC-AGI-2", 76.1, mode="thinking"),
            r("Gemini 3.1 Pro", "ARC-AGI-2", 76.5, mode="thinking"),
            r("GPT-5.4", "MMMU-Pro", 81.2),
            r("Gemini 3.1 Pro", "MMMU-Pro", 82.4),
            r("GPT-5.4", "AIME 2025", 94.6),
            r("Gemini 3.1 Pro", "AIME 2025", 86.7),
            r("GPT-5.4", "MMLU", 90.1, shots="5-shot"),
            r("Gemini 3.1 Pro", "MMLU", 91.2, shots="5-shot"),
            r("GPT-5.4", "Humanity's Last Exam", 39.8, tools="without"),
            r("Gemini 3.1 Pro", "Humanity's Last Exam", 44.4, tools="without"),
        },
    ),
    Case(
        "qualifiers-in-model-labels",
        "| Benchmark | Qwen3-235B-A22B (thinking) | Qwen3-235B-A22B (non-thinking) |\n"
        "|---|---|---|\n"
        "| AIME 2024 | 85.7 | 40.1 |\n",
        {
            r("Qwen3-235B-A22B", "AIME 2024", 85.7, mode="thinking"),
            r("Qwen3-235B-A22B", "AIME 2024", 40.1, mode="non-thinking"),
        },
    ),
    Case(
        "thousands-separator-and-links",
        "| Model | [GDPval-AA](https://example.com/gdpval) |\n|---|---|\n"
        "| [Muse Spark](https://example.com) | 1,427 |\n| GPT-5.4 | 1,676 |\n",
        {r("Muse Spark", "GDPval-AA", 1427), r("GPT-5.4", "GDPval-AA", 1676)},
    ),
    Case(
        "unknown-models-and-benchmarks",
        "| Benchmark | Nimbus-3 Pro | Vega 2 |\n|---|---|---|\n"
        "| FooBench | 71.2 | 64.0 |\n| BarQA | 55.5 | 49.9 |\n",
        {
            r("Nimbus-3 Pro", "FooBench", 71.2),
            r("Vega 2", "FooBench", 64.0),
            r("Nimbus-3 Pro", "BarQA", 55.5),
            r("Vega 2", "BarQA", 49.9),
        },
    ),
    Case(
        "unknown-names-transposed",
        "| Model | FooBench | BarQA |\n|---|---|---|\n"
        "| Nimbus-3 Pro | 71.2 | 55.5 |\n| Vega 2 | 64.0 | 49.9 |\n",
        {
            r("Nimbus-3 Pro", "FooBench", 71.2),
            r("Vega 2", "FooBench", 64.0),
            r("Nimbus-3 Pro", "BarQA", 55.5),
            r("Vega 2", "BarQA", 49.9),
        },
    ),
    Case(
        "spread-delta-and-paren-after-value",
        "| Benchmark | GPT-5.4 | GPT-5 | Δ |\n|---|---|---|---|\n"
        "| GPQA Diamond | 92.8 ± 0.4 | 88.4 (+1.2) | +4.4 |\n"
        "| AIME 2025 | ~94.6 | 90.1% (±1.1) | +4.5 |\n",
        {
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("GPT-5", "GPQA Diamond", 88.4),
            r("GPT-5.4", "AIME 2025", 94.6),
            r("GPT-5", "AIME 2025", 90.1),
        },
    ),
    Case(
        "category-columns-are-not-benchmarks",
        "| Model | Math | Coding | GPQA Diamond |\n|---|---|---|---|\n"
        "| GPT-5.4 | 94.6 | 97.0 | 92.8 |\n",
        {r("GPT-5.4", "GPQA Diamond", 92.8)},
    ),
    Case(
        "non-score-rows-and-columns-skipped",
        "| Model | Params | GPQA Diamond | Release date | Price ($/M) |\n|---|---|---|---|---|\n"
        "| DeepSeek-R1 | 671 | 71.5 | 2025 | 2.19 |\n",
        {r("DeepSeek-R1", "GPQA Diamond", 71.5)},
    ),
]

# ---------------------------------------------------------------------------------------
# Tables that hold no benchmark scores

_NO_CLAIMS = [
    Case(
        "specs-table-tabs",
        "Open-weight model\tTotal params\tActive params\tContext\tLicense\n"
        "DeepSeek-R1\t671B\t37B\t128K\tMIT\n"
        "Qwen3-235B-A22B\t235B\t22B\t128K\tApache 2.0\n",
        set(),
    ),
    Case(
        "specs-table-numbers-without-units",
        "| Model | Parameters (B) | Context window | Year |\n|---|---|---|---|\n"
        "| DeepSeek-R1 | 671 | 128000 | 2025 |\n| GPT-5.4 | 1800 | 400000 | 2026 |\n",
        set(),
    ),
    Case(
        "price-table",
        "| Model | Input | Output |\n|---|---|---|\n"
        "| GPT-5.4 | $2.50 | $15.00 |\n| Muse Spark | $1.00 | $4.00 |\n",
        set(),
    ),
    Case(
        "neither-axis-names",
        "| Week | Visits | Signups |\n|---|---|---|\n| 1 | 1200 | 45 |\n| 2 | 1350 | 51 |\n",
        set(),
    ),
    Case(
        "prose-with-double-spaces",
        "The model scored 89.5 on GPQA.  That is close to GPT-5.4.\n"
        "It trails on MMLU-Pro.  The gap is small.\n",
        set(),
    ),
    Case(
        "navigation-bar-with-pipes",
        "Home | News | Reviews | Deals\nAbout | Contact | Careers | Ads\n",
        set(),
    ),
    Case(
        "squashed-integers-cannot-split",
        "ModelIntelligence IndexGDPval-AA\nMuse Spark521427\nGPT-5.4571676\n",
        set(),
    ),
    Case(
        "html-row-headers-without-any-model",
        "",
        set(),
        [html([["GPQA Diamond", "89.5"], ["HLE", "39.9"]], header=[False, False])],
    ),
    Case(
        "html-specs",
        "",
        set(),
        [html([["Model", "Context", "License"], ["GPT-5.4", "400K", "Proprietary"]])],
    ),
]


# Known misses, kept so that a fix is noticed.
_KNOWN_MISSES = [
    Case(
        "squashed-integers-glued-together",  # 521427: 52 and 1427, or 521 and 427?
        "ModelIntelligence IndexGDPval-AA\nMuse Spark521427\nGPT-5.4571676\n",
        {
            r("Muse Spark", "Artificial Analysis Intelligence Index", 52),
            r("Muse Spark", "GDPval-AA", 1427),
            r("GPT-5.4", "Artificial Analysis Intelligence Index", 57),
            r("GPT-5.4", "GDPval-AA", 1676),
        },
    ),
    Case(
        "benchmark-named-only-in-the-paragraph-above",
        "We ran GPQA Diamond ourselves, three times per model, and report the mean.\n\n"
        "| Model | Mean | Best |\n|---|---|---|\n| GPT-5.4 | 92.1 | 92.8 |\n",
        {r("GPT-5.4", "GPQA Diamond", 92.1)},
    ),
]


@pytest.mark.parametrize("case", _KNOWN_MISSES, ids=lambda c: c.id)
@pytest.mark.xfail(strict=True, reason="known miss")
def test_known_misses(case: Case, reader: ProseReader) -> None:
    claims, _ = read_tables(Doc(case.text, case.tables), reader)
    assert got(claims) == case.expected


@pytest.mark.parametrize("case", [*_SHAPES, *_CELLS, *_NO_CLAIMS], ids=lambda c: c.id)
def test_table_claims(case: Case, reader: ProseReader) -> None:
    claims, pending = read_tables(Doc(case.text, case.tables), reader)
    assert got(claims) == case.expected
    assert len(pending) == case.pending
    assert all(c.extractor == "table" and not c.ambiguous for c in claims)


def test_two_numbers_in_a_cell_no_note_explains_are_kept_unsure(reader: ProseReader) -> None:
    claims, _ = read_tables(
        Doc(_one_row("| Humanity's Last Exam | 39.8 / 44.4 | 44.4 |"), []), reader
    )
    sure = {(c.model, c.value.value) for c in claims if not c.ambiguous}
    unsure = {(c.model, c.value.value) for c in claims if c.ambiguous}
    assert sure == {("Gemini 3.1 Pro", 44.4)}
    assert unsure == {("GPT-5.4", 39.8), ("GPT-5.4", 44.4)}


# ---------------------------------------------------------------------------------------
# Details: units, lines, columns, mentions, table_lines


def test_units_come_from_cell_or_header(reader: ProseReader) -> None:
    text = (
        "| Model | GPQA (%) | MMLU-Pro | Codeforces (Elo) |\n|---|---|---|---|\n"
        "| GPT-5.4 | 92.8 | 88.0% | 2100 |\n"
    )
    claims, _ = read_tables(Doc(text), reader)
    units = {c.benchmark: c.value.unit for c in claims}
    assert units == {"GPQA": "%", "MMLU-Pro": "%", "Codeforces": "elo"}


def test_caption_percent_sets_the_unit(reader: ProseReader) -> None:
    text = (
        "Accuracy (%) on reasoning benchmarks:\n\n| Model | GPQA Diamond |\n|---|---|\n"
        "| GPT-5.4 | 92.8 |\n"
    )
    (claim,) = read_tables(Doc(text), reader)[0]
    assert claim.value.unit == "%"


def test_fraction_cells_stay_as_written(reader: ProseReader) -> None:
    # 0.928: the normaliser scales fractions where the benchmark is a percentage.
    text = "| Model | GPQA Diamond |\n|---|---|\n| GPT-5.4 | 0.928 |\n"
    (claim,) = read_tables(Doc(text), reader)[0]
    assert (claim.value.value, claim.value.decimals, claim.value.unit) == (0.928, 3, "")


def test_approximate_and_bound_cells(reader: ProseReader) -> None:
    text = _one_row("| GPQA Diamond | ~92.8 | 94+ |")
    claims, _ = read_tables(Doc(text), reader)
    assert {c.model: c.value.approx for c in claims} == {
        "GPT-5.4": "about",
        "Gemini 3.1 Pro": "at_least",
    }


def test_plain_cells_leave_the_unit_open(reader: ProseReader) -> None:
    claims, _ = read_tables(Doc(_one_row("| Codeforces | 2029 | 2001 |")), reader)
    assert {c.value.unit for c in claims} == {""}
    assert {c.value.decimals for c in claims} == {0}


def test_line_column_text_and_mentions(reader: ProseReader) -> None:
    text = "Intro line.\n\n| Benchmark | GPT-5.4 |\n|---|---|\n| GPQA Diamond (%) | **92.8** |\n"
    doc = Doc(text, line_of=[1, 2, 7, 8, 9, 10])  # text line 4 is source line 9
    (claim,) = read_tables(doc, reader)[0]
    assert claim.line == 9
    row = text.split("\n")[4]
    assert claim.column == row.index("92.8") + 1
    assert claim.text == row
    assert claim.model_mention == "GPT-5.4"
    assert claim.benchmark_mention == "GPQA Diamond"
    assert claim.value.decimals == 1
    assert claim.value.unit == "%"
    assert claim.source == "doc.md"


def test_html_claims_carry_the_row_line(reader: ProseReader) -> None:
    table = html([["Benchmark", "GPT-5.4"], ["GPQA Diamond", "92.8"]])
    (claim,) = read_tables(Doc("", [table]), reader)[0]
    assert claim.line == 11
    assert claim.column == 1


def test_footnote_marker_on_model_name(reader: ProseReader) -> None:
    text = "Model        GPQA Diamond   AIME 2024\nOpenAI o1*   78.0           74.3\n"
    claims, _ = read_tables(Doc(text), reader)
    assert {c.model for c in claims} == {"OpenAI o1"}
    assert {c.model_mention for c in claims} == {"OpenAI o1"}


def test_table_lines_cover_tables_not_prose(reader: ProseReader) -> None:
    text = (
        "Some prose before the table scored 12 things.\n"  # 0
        "\n"  # 1
        "| Benchmark | GPT-5.4 |\n"  # 2
        "|---|---|\n"  # 3
        "| GPQA Diamond | 92.8 |\n"  # 4
        "\n"  # 5
        "Caption: scores as reported.\n"  # 6
        "\n"  # 7
        "Model        GPQA Diamond   AIME 2024\n"  # 8
        "GPT-5.4      92.8           90.1\n"  # 9
        "\n"  # 10
        "BenchmarkMuse SparkGPT-5.4\n"  # 11
        "GPQA Diamond89.5%92.8%\n"  # 12
        "MMMU-Pro80.5%81.2%\n"  # 13
        "After the table, more prose.\n"  # 14
        "A\tB\n"  # 15
        "1\t2\n"  # 16
    )
    assert table_lines(text, reader.finder) == {2, 3, 4, 8, 9, 11, 12, 13, 15, 16}


def test_grid_table_borders_are_table_lines(reader: ProseReader) -> None:
    text = "+---+---+\n| Benchmark | GPT-5.4 |\n+===+===+\n| GPQA Diamond | 92.8 |\n+---+---+\n"
    assert table_lines(text, reader.finder) == {0, 1, 2, 3, 4}


def test_ignore_marker_above_a_table(reader: ProseReader) -> None:
    text = (
        "<!-- claimcheck: ignore -->\n| Benchmark | GPT-5.4 |\n|---|---|\n| GPQA Diamond | 92.8 |\n"
    )
    (claim,) = read_tables(Doc(text), reader)[0]
    assert claim.ignored
    plain = text.split("\n", 1)[1]
    (claim,) = read_tables(Doc(plain), reader)[0]
    assert not claim.ignored


def test_prose_is_not_a_table(reader: ProseReader) -> None:
    text = (
        "Muse Spark posts 1,427 ELO on it.  Claude Sonnet 4.6 comes in at 1,648.\n"
        "In other words, GPT-5.4 tops the three at 1,676.\n"
        "He was 27 when he took the job\n"
        "Intelligence Index 52\n"
    )
    assert table_lines(text, reader.finder) == set()
    assert read_tables(Doc(text), reader) == ([], [])


def test_squashed_row_keeps_the_raw_line(reader: ProseReader) -> None:
    text = "BenchmarkMuse SparkGPT-5.4\nGPQA Diamond89.5%92.8%\nMMMU-Pro80.5%81.2%\n"
    claims, _ = read_tables(Doc(text), reader)
    by_value = {c.value.value: c for c in claims}
    assert by_value[92.8].text == "GPQA Diamond89.5%92.8%"
    assert by_value[92.8].line == 2
    assert by_value[92.8].column == "GPQA Diamond89.5%92.8%".index("92.8") + 1


# ---------------------------------------------------------------------------------------
# place_pending


def value(x: float, unit: str = "%") -> Value:
    text = f"{x}"
    return Value(
        0, len(text), x, None, len(text.split(".")[1]) if "." in text else 0, unit, "exact", text
    )


def known(model: str, bench: str, x: float, source: str, **quals: str) -> RawClaim:
    return RawClaim(
        model=model,
        model_mention=model,
        benchmark=bench,
        benchmark_mention=bench,
        bench_entry=None,
        value=value(x),
        qualifiers=dict(quals),
        line=1,
        column=1,
        text="",
        source=source,
    )


MODELS = ["Muse Spark", "Claude Opus 4.6", "GPT-5.4", "Gemini 3.1 Pro"]


def pending_row(
    bench: str, values: list[float | None], source: str = "e.md", **quals: str
) -> PendingRow:
    cols = [Label(m, m, "model") for m in MODELS]
    return PendingRow(
        source=source,
        row=Label(bench, bench, "benchmark"),
        columns=cols,
        values=[value(v) if v is not None else None for v in values],
        models_in_columns=True,
        line=5,
        text="row",
        qualifiers=dict(quals),
    )


def placed(claims: list[RawClaim]) -> set[tuple[str, float, bool]]:
    return {(c.model, c.value.value, c.ambiguous) for c in claims}


HEALTH = [
    known("Muse Spark", "HealthBench Hard", 42.8, "b.html"),
    known("Muse Spark", "HealthBench Hard", 42.8, "c.txt"),
    known("GPT-5.4", "HealthBench Hard", 40.1, "c.txt"),
    known("Gemini 3.1 Pro", "HealthBench Hard", 20.6, "c.txt"),
    known("Claude Opus 4.6", "HealthBench Hard", 14.8, "c.txt"),
    known("Claude Opus 4.6", "HealthBench Hard", 14.8, "d.txt"),
]


def test_place_unique_placement() -> None:
    out = place_pending([pending_row("HealthBench Hard", [42.8, 40.1, 20.6])], HEALTH)
    assert placed(out) == {
        ("Muse Spark", 42.8, False),
        ("GPT-5.4", 40.1, False),
        ("Gemini 3.1 Pro", 20.6, False),
    }
    assert all(c.extractor == "table" and c.line == 5 and c.source == "e.md" for c in out)


def test_place_single_value_by_evidence() -> None:
    evidence = [
        known("Muse Spark", "Intelligence Index", 52, "b.html"),
        known("GPT-5.4", "Intelligence Index", 57, "c.txt"),
        known("Claude Opus 4.6", "Intelligence Index", 53, "c.txt"),
    ]
    out = place_pending([pending_row("Intelligence Index", [52])], evidence)
    assert placed(out) == {("Muse Spark", 52, False)}


def test_place_without_evidence_is_ambiguous_in_every_possible_column() -> None:
    out = place_pending([pending_row("Terminal-Bench 2.0", [59.0, 75.1, 68.5])], [])
    assert placed(out) == {
        ("Muse Spark", 59.0, True),
        ("Claude Opus 4.6", 59.0, True),
        ("Claude Opus 4.6", 75.1, True),
        ("GPT-5.4", 75.1, True),
        ("GPT-5.4", 68.5, True),
        ("Gemini 3.1 Pro", 68.5, True),
    }


def test_place_single_value_without_evidence() -> None:
    out = place_pending([pending_row("Intelligence Index", [52])], [])
    assert placed(out) == {(m, 52, True) for m in MODELS}


def test_place_conflicting_evidence_is_ambiguous() -> None:
    # One source puts 80.5 under Muse Spark, another puts it under Claude: two placements
    # agree equally, so neither wins.
    evidence = [
        known("Muse Spark", "MMMU-Pro", 80.5, "b.html"),
        known("Claude Opus 4.6", "MMMU-Pro", 80.5, "c.txt"),
    ]
    out = place_pending([pending_row("MMMU-Pro", [80.5, 82.4])], evidence)
    assert all(c.ambiguous for c in out)
    assert ("Muse Spark", 80.5, True) in placed(out)
    assert ("Claude Opus 4.6", 80.5, True) in placed(out)


def test_place_contradicting_evidence_everywhere_is_ambiguous() -> None:
    evidence = [known(m, "MMMU-Pro", 10.0, "b.html") for m in MODELS]
    out = place_pending([pending_row("MMMU-Pro", [80.5, 82.4])], evidence)
    assert out and all(c.ambiguous for c in out)


def test_place_ignores_the_rows_own_source() -> None:
    own = [
        known("Muse Spark", "Terminal-Bench 2.0", 59.0, "e.md"),
        known("GPT-5.4", "Terminal-Bench 2.0", 75.1, "e.md"),
    ]
    out = place_pending([pending_row("Terminal-Bench 2.0", [59.0, 75.1, 68.5])], own)
    assert all(c.ambiguous for c in out)
    assert len(out) == 6


def test_place_ignores_ambiguous_and_token_claims() -> None:
    amb = known("Claude Opus 4.6", "Intelligence Index", 52, "c.txt")
    amb.ambiguous = True
    tokens = known("Muse Spark", "Intelligence Index", 58_000_000, "c.txt")
    tokens.value.unit = "tokens"
    out = place_pending([pending_row("Intelligence Index", [52])], [amb, tokens])
    assert all(c.ambiguous for c in out)


def test_place_conditions_a_different_mode_never_contradicts() -> None:
    # 50.2 in Contemplating mode says nothing against 39.9 with no mode stated.
    evidence = [
        known("Muse Spark", "Humanity's Last Exam", 50.2, "b.html", mode="contemplating"),
        known("Claude Opus 4.6", "Humanity's Last Exam", 30.0, "c.txt"),
        known("GPT-5.4", "Humanity's Last Exam", 41.6, "c.txt"),
        known("Gemini 3.1 Pro", "Humanity's Last Exam", 44.7, "c.txt"),
    ]
    out = place_pending([pending_row("Humanity's Last Exam", [39.9, 41.6, 44.7])], evidence)
    assert placed(out) == {
        ("Muse Spark", 39.9, False),
        ("GPT-5.4", 41.6, False),
        ("Gemini 3.1 Pro", 44.7, False),
    }


def test_place_evidence_without_mode_still_places_a_thinking_row() -> None:
    evidence = [
        known("Muse Spark", "ARC-AGI-2", 42.5, "c.txt"),
        known("Gemini 3.1 Pro", "ARC-AGI-2", 76.5, "d.txt"),
        known("GPT-5.4", "ARC-AGI-2", 76.1, "d.txt"),
    ]
    row = pending_row("ARC-AGI-2", [42.5, 76.1, 76.5], mode="thinking")
    out = place_pending([row], evidence)
    assert placed(out) == {
        ("Muse Spark", 42.5, False),
        ("GPT-5.4", 76.1, False),
        ("Gemini 3.1 Pro", 76.5, False),
    }
    assert all(c.qualifiers == {"mode": "thinking"} for c in out)


def test_place_explicit_empty_cell_takes_a_column() -> None:
    # [42.8, empty, 40.1, 20.6] is a full row: nothing to decide.
    row = pending_row("HealthBench Hard", [42.8, None, 40.1, 20.6])
    assert placed(place_pending([row], [])) == {
        ("Muse Spark", 42.8, False),
        ("GPT-5.4", 40.1, False),
        ("Gemini 3.1 Pro", 20.6, False),
    }
    # [42.8, empty, 40.1] in four columns: the empty cell still takes a column, so 42.8 can
    # only be Muse Spark's or Claude's and 40.1 never Claude's.
    row = pending_row("HealthBench Hard", [42.8, None, 40.1])
    out = place_pending([row], [])
    assert placed(out) == {
        ("Muse Spark", 42.8, True),
        ("Claude Opus 4.6", 42.8, True),
        ("GPT-5.4", 40.1, True),
        ("Gemini 3.1 Pro", 40.1, True),
    }


# ---------------------------------------------------------------------------------------
# The sample corpus: source E's squashed table, placed with B, C and D's evidence


def test_source_e_table_from_the_repository(reader: ProseReader) -> None:
    path = REPO / "articles" / "e-blog-comparison.md"
    if not path.exists():
        pytest.skip("articles/ not present")
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    doc = Doc(text, path="articles/e-blog-comparison.md")
    claims, pending = read_tables(doc, reader)
    assert got(claims) == {
        r("Muse Spark", "GPQA Diamond", 89.5),
        r("Claude Opus 4.6", "GPQA Diamond", 92.7),
        r("GPT-5.4", "GPQA Diamond", 92.8),
        r("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
        r("Muse Spark", "CharXiv Reasoning", 86.4),
        r("Claude Opus 4.6", "CharXiv Reasoning", 65.3),
        r("GPT-5.4", "CharXiv Reasoning", 82.8),
        r("Gemini 3.1 Pro", "CharXiv Reasoning", 80.2),
    }
    assert {p.row.name for p in pending} == {
        "Artificial Analysis Intelligence Index",
        "Humanity's Last Exam",
        "HealthBench Hard",
        "MMMU-Pro",
        "Terminal-Bench 2.0",
        "ARC-AGI-2",
    }
    others = [
        known("Muse Spark", "Artificial Analysis Intelligence Index", 52, "b.html"),
        known("GPT-5.4", "Artificial Analysis Intelligence Index", 57, "c.txt"),
        known("Claude Opus 4.6", "Artificial Analysis Intelligence Index", 53, "c.txt"),
        *HEALTH,
        known("Muse Spark", "MMMU-Pro", 80.5, "b.html"),
        known("Gemini 3.1 Pro", "MMMU-Pro", 82.4, "c.txt"),
        known("Muse Spark", "ARC-AGI-2", 42.5, "c.txt"),
        known("Gemini 3.1 Pro", "ARC-AGI-2", 76.5, "d.txt"),
        known("GPT-5.4", "ARC-AGI-2", 76.1, "d.txt"),
        known("Muse Spark", "Humanity's Last Exam", 50.2, "b.html", mode="contemplating"),
    ]
    out = place_pending(pending, others)
    certain = {(c.model, c.benchmark, c.value.value) for c in out if not c.ambiguous}
    assert certain == {
        ("Muse Spark", "Artificial Analysis Intelligence Index", 52),
        ("Muse Spark", "HealthBench Hard", 42.8),
        ("GPT-5.4", "HealthBench Hard", 40.1),
        ("Gemini 3.1 Pro", "HealthBench Hard", 20.6),
        ("Muse Spark", "MMMU-Pro", 80.5),
        ("Gemini 3.1 Pro", "MMMU-Pro", 82.4),
        ("Muse Spark", "ARC-AGI-2", 42.5),
        ("GPT-5.4", "ARC-AGI-2", 76.1),
        ("Gemini 3.1 Pro", "ARC-AGI-2", 76.5),
    }
    # Never a certain value under Claude Opus 4.6 in a row where its cell is missing.
    assert not any(c.model == "Claude Opus 4.6" and not c.ambiguous for c in out)
    arc = [c for c in out if c.benchmark == "ARC-AGI-2"]
    assert all(c.qualifiers == {"mode": "thinking"} for c in arc)


_TABLE_CHARS = "|\t -:%.,*†¹^—n/aAGPTQ0123456789()\n" + "MuseSparkBench"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_TABLE_CHARS, max_size=300))
def test_property_no_text_crashes_the_reader(text: str) -> None:
    reader = reader_for(default())
    claims, pending = read_tables(Doc(text), reader)
    lines = table_lines(text, reader.finder)
    assert all(0 <= i < text.count("\n") + 1 for i in lines)
    for claim in claims:
        assert claim.extractor == "table"
    place_pending(pending, claims)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.text(alphabet="GPT-5.4 Qwen3 92.8%—n/a*", max_size=12), max_size=5),
        max_size=5,
    )
)
def test_property_no_html_table_crashes_the_reader(rows: list[list[str]]) -> None:
    read_tables(Doc("", [html(rows)]), reader_for(default()))


def test_no_input_crashes(reader: ProseReader) -> None:
    odd: list[Any] = [
        "|",
        "||",
        "| a |",
        "|---|",
        "\t",
        "a\tb",
        "1.2.3.4.5.6",
        "X1.2.3.4.5",
        "BenchmarkA\nB1.2.3.4",
        "ModelGPT-5.4\nGPQA" + "9" * 40,
        "%%%",
        "—\n—",
        "a  b  c\n1  2  3",
        "| A | B |\n| 1 |",
        "Foo0.00.0\nBar00.1",
    ]
    for text in odd:
        read_tables(Doc(text), reader)
        table_lines(text, reader.finder)
    read_tables(Doc("", [html([["a"], ["b", "c"]]), html([]), html([["x", "y"]])]), reader)
