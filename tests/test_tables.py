"""Tests for claimcheck.extract.tables: every table shape, as fixtures written here (one case a
table), known misses, and inputs that must not crash the reader. Cell forms and claim details
are in test_table_cells.py, the placement of rows that lost cells in test_place_pending.py."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.catalog import default
from claimcheck.extract import reader_for
from claimcheck.extract.prose import ProseReader
from claimcheck.extract.tables import place_pending, read_tables, table_lines
from tests.table_rows import Case, Doc, check_case, got, html, r

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


@pytest.mark.parametrize("case", _SHAPES, ids=lambda c: c.id)
def test_table_claims(case: Case, reader: ProseReader) -> None:
    check_case(case, reader)


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
