"""Model cards as scrapes of their web pages give them, and the vision cards of real-32: a
two-row header whose row of model names lost its empty corner cell, rows without their
outer pipes; a "val / test" column whose test half is often missing; a release month in a
table's row beside other models (a snapshot) and in a heading (when it came out)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.records import Row, records

CASES = [
    (
        "a row of model names one cell short of the rows below: the corner was dropped",
        "Benchmark | Similar size |  | 2x size |\n---|---|---|---\n"
        "| Phi-4 mini-Ins | Llama-3.2-3B-Ins | Qwen2.5-7B-Ins\n"
        "**Reasoning** |  |  |\n"
        "BoolQ (2-shot) | 81.2 | 77.7 | 80.0\n"
        "GSM8K (8-shot, CoT) | 88.6 | 76.9 | 88.7\n",
        {
            ("Phi-4 mini-Ins", "BoolQ", 81.2, "", (("shots", "2-shot"),)),
            ("Llama-3.2-3B-Ins", "BoolQ", 77.7, "", (("shots", "2-shot"),)),
            ("Qwen2.5-7B-Ins", "BoolQ", 80.0, "", (("shots", "2-shot"),)),
            ("Phi-4 mini-Ins", "GSM8K", 88.6, "", (("shots", "8-shot"),)),
            ("Llama-3.2-3B-Ins", "GSM8K", 76.9, "", (("shots", "8-shot"),)),
            ("Qwen2.5-7B-Ins", "GSM8K", 88.7, "", (("shots", "8-shot"),)),
        },
    ),
]


VISION = [
    (
        "a '(val / test)' column whose cells often lack the test half is still a value column",
        "| Benchmark | MMMU (val / test) | MathVista |\n|---|---|---|\n"
        "| Corvid-72B | 58.7 / 54.9 | 65.2 |\n| Pell-90B | 60.3 / - | 57.3 |\n"
        "| Wren-76B | 55.2 / - | 65.5 |\n",
        {
            ("Corvid-72B", "MMMU", 58.7, "", ()),
            ("Corvid-72B", "MMMU", 54.9, "", (("setting", "test"),)),
            ("Corvid-72B", "MathVista", 65.2, "", ()),
            ("Pell-90B", "MMMU", 60.3, "", ()),
            ("Pell-90B", "MathVista", 57.3, "", ()),
            ("Wren-76B", "MMMU", 55.2, "", ()),
            ("Wren-76B", "MathVista", 65.5, "", ()),
        },
    ),
    (
        "a report's header with the tier on the line above the family: 'mini<br>GPT-4o'",
        "| Benchmark | Corvid-25B | mini<br>GPT-4o | Pro<br>Gemini-1.5 |\n|---|---|---|---|\n"
        "| MMMU (val) | 54.9 | 59.4 | 62.2 |\n",
        {
            ("Corvid-25B", "MMMU", 54.9, "", ()),
            ("GPT-4o mini", "MMMU", 59.4, "", ()),
            ("Gemini-1.5 Pro", "MMMU", 62.2, "", ()),
        },
    ),
    (
        "a release month in a table's row is that snapshot, in a heading when it came out",
        "| Model | MMMU |\n|---|---|\n| Gemini 1.5 Pro (Aug 2024) | 62.2 |\n"
        "| Gemini 1.5 Pro | 58.5 |\n\n### Llama 4 Maverick (Apr 2025)\n\n"
        "| Benchmark | Score |\n|---|---|\n| GPQA Diamond | 69.8% |\n",
        {
            ("Gemini 1.5 Pro (Aug 2024)", "MMMU", 62.2, "", ()),
            ("Gemini 1.5 Pro", "MMMU", 58.5, "", ()),
            ("Llama 4 Maverick", "GPQA Diamond", 69.8, "", ()),
        },
    ),
    (
        "a row the scrape broke at its cells' line breaks ('MGSM<br>MATH' over lines) is one "
        "row of two benchmarks, and the rows after it stay in the table; '(14B instruct)' "
        "after a model is its size and release",
        "**Category** | **Benchmark** | **Pell** (14B) | **Corvid 2.5** (14B instruct)  \n"
        "---|---|---|---  \n"
        "Science | GPQA | **56.1** | 42.9  \n"
        "Math | MGSM  \nMATH | 80.6  \n**80.4** | 79.6  \n75.6  \n"
        "Code Generation | HumanEval | 82.6 | 72.1  \n\n"
        "Both were run with the same harness.\n",
        {
            ("Pell 14B", "GPQA", 56.1, "", ()),
            ("Corvid 2.5 14B instruct", "GPQA", 42.9, "", ()),
            ("Pell 14B", "MGSM", 80.6, "", ()),
            ("Pell 14B", "MATH", 80.4, "", ()),
            ("Corvid 2.5 14B instruct", "MGSM", 79.6, "", ()),
            ("Corvid 2.5 14B instruct", "MATH", 75.6, "", ()),
            ("Pell 14B", "HumanEval", 82.6, "", ()),
            ("Corvid 2.5 14B instruct", "HumanEval", 72.1, "", ()),
        },
    ),
    (
        "short rows of a table without outer pipes are rows of their own (missing cells are "
        "empty), never one row broken over lines",
        "Model | MMLU | Notes\n---|---|---\nPell-9B | 80.1\nCorvid-7B | 75.2\n"
        "Kestrel-3 | 70.0 | late\n",
        {
            ("Pell-9B", "MMLU", 80.1, "", ()),
            ("Corvid-7B", "MMLU", 75.2, "", ()),
            ("Kestrel-3", "MMLU", 70.0, "", ()),
        },
    ),
]


VENDOR = [
    (
        "a model column ' - thinking' is that model in thinking mode; '(24.8-25.5)' a window",
        "| Model | LiveCodeBench<br>(24.8-25.5) |\n|---|---|\n| Corvid4.5 - thinking | 38.8 |\n"
        "| Corvid4.5 | 30.1 |\n",
        {
            (
                "Corvid4.5",
                "LiveCodeBench",
                38.8,
                "",
                (("mode", "thinking"), ("window", "2024-08..2025-05")),
            ),
            ("Corvid4.5", "LiveCodeBench", 30.1, "", (("window", "2024-08..2025-05"),)),
        },
    ),
]
ALL = CASES + VISION + VENDOR


@pytest.mark.parametrize(("why", "text", "expected"), ALL, ids=[c[0] for c in ALL])
def test_scraped_card(tmp_path: Path, why: str, text: str, expected: set[Row]) -> None:
    assert records(tmp_path, text) == expected, why


def test_a_paper_table_of_families_over_sizes_with_shots_in_the_corner(tmp_path: Path) -> None:
    # An arXiv table as HTML: family names (one spanning two columns) over a row of sizes,
    # "Benchmarks(shots)" in the corner, each row's count in brackets after its benchmark.
    page = (
        "<table><thead><tr><th rowspan='2'>Benchmarks(shots)</th><th>Gemma2</th>"
        "<th colspan='2'>Mistral NeMo</th></tr><tr><th>2B*</th><th>12B-Base</th><th>12B-FT</th>"
        "</tr></thead><tbody><tr><td>Total Params</td><td>2.6B</td><td>12.2B</td><td>12.2B</td>"
        "</tr><tr><td>Winogrande(5)</td><td>70.9</td><td>82.2</td><td>82.7</td></tr>"
        "</tbody></table>"
    )
    assert records(tmp_path, page, "paper.html") == {
        ("Gemma2 2B", "WinoGrande", 70.9, "", (("shots", "5-shot"),)),
        ("Mistral NeMo 12B-Base", "WinoGrande", 82.2, "", (("shots", "5-shot"),)),
        ("Mistral NeMo 12B-FT", "WinoGrande", 82.7, "", (("shots", "5-shot"),)),
    }


def test_a_heading_that_lost_its_mark_does_not_run_into_the_next_sentence(tmp_path: Path) -> None:
    # A scraped page with no blank lines: a Title Case line over a sentence is a heading.
    page = (
        "Benchmark Performance: Strengths and Context\n"
        "Corvid-M1 has been tested on a wide range of benchmarks and holds its own. On AIME "
        "2024 it reaches 86.0, behind commercial models such as Gemini 2.5 Pro (92.0) but "
        "ahead of some rivals.\n"
    )
    assert records(tmp_path, page) == {
        ("Corvid-M1", "AIME 2024", 86.0, "", ()),
        ("Gemini 2.5 Pro", "AIME 2024", 92.0, "", ()),
    }
