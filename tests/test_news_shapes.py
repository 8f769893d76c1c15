"""Shapes of launch posts and newsletters (tests/corpora/real-28): figures written with "=",
an ordinal percentile, a threshold, and a column naming its benchmark in brackets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.records import Row, records

CASES = [
    (
        "'Benchmark=value' lines under a lead naming the model; '99.8th' is no model",
        "20/Dec/2024: o3 benchmarks:\n\nGPQA Diamond=87.7%\n"
        "AIME 2024 = 96.7% (only one question wrong)\nCodeforces: 99.8th percentile\n",
        {
            ("OpenAI o3", "GPQA Diamond", 87.7, "", ()),
            ("OpenAI o3", "AIME 2024", 96.7, "", ()),
        },
    ),
    (
        "label lines without bullets under a lead are the lead's, a rival's in brackets",
        "o3 benchmarks:\n\nGPQA Diamond: 87.7% (o1:78.3%)\nAIME 2024: 96.7% (o1: 83.3%)\n",
        {
            ("OpenAI o3", "GPQA Diamond", 87.7, "", ()),
            ("OpenAI o1", "GPQA Diamond", 78.3, "", ()),
            ("OpenAI o3", "AIME 2024", 96.7, "", ()),
            ("OpenAI o1", "AIME 2024", 83.3, "", ()),
        },
    ),
    (
        "a name in capitals, '=' and a decimal; the condition stated once holds for the line",
        "Corvid-4 Heavy (multiple agents with tool use) scores HLE=44.4 on the exam.\n",
        {("Corvid-4 Heavy", "Humanity's Last Exam", 44.4, "", (("tools", "with"),))},
    ),
    (
        "'>=' and 'temperature=' are no labels",
        "Filtering web pages to FineWeb-Edu>=2 lifted MMLU by 1.3 points for Corvid-7B, "
        "run at temperature=0.6.\n",
        set(),
    ),
    (
        "a percentage called a ceiling is a threshold, not the model's score",
        "Corvid-9B's claimed AIME 2025 score goes past the 90 % ceiling.\n",
        set(),
    ),
    (
        "a value column naming its benchmark in brackets is that benchmark's",
        "## Quick-Glance Leaderboard\n\n| Rank | Model | Pass @ 1 Accuracy (AIME 2025) |\n"
        "|---|---|---|\n| 1 | Corvid-9B | 86.5 % |\n",
        {("Corvid-9B", "AIME 2025", 86.5, "pass@1", ())},
    ),
    (
        "an architecture list under a model names sizes, no scores",
        "In short, Corvid-9B is built like this:\n- Number Layers: 80\n"
        "  - Number of attention heads: 64\n  - Attention head dimension: 128\n"
        "- Patch size: 14\n- FFN hidden size: 4096\n- MMLU: 88.5\n",
        {("Corvid-9B", "MMLU", 88.5, "", ())},
    ),
    (
        "a Chinese spec table (output token limit, context window, cutoff) gives no score",
        "| 版本 | 定位 | 输出token上限 | 上下文窗口 | 知识截止 |\n|---|---|---|---|---|\n"
        "| o1-preview | 完整版推理模型 | 32,768 | 128K | 2023-10 |\n"
        "| o1-mini | 轻量高效版 | 65,536 | 128K | 2023-10 |\n",
        set(),
    ),
    (
        "a column describing what it tests names its benchmark in brackets",
        "| Model | Multi-choice Qs <br> (MMLU) | Future Capabilities <br> (BBHard) | "
        "Grade school math <br> (GSM-8k) | Math Problems <br> (MATH) |\n|---|---|---|---|---|\n"
        "| Corvid-9B | 88.70% | 93.10% | 96.40% | 71.10% |\n",
        {
            ("Corvid-9B", "MMLU", 88.7, "", ()),
            ("Corvid-9B", "BIG-Bench Hard", 93.1, "", ()),
            ("Corvid-9B", "GSM8K", 96.4, "", ()),
            ("Corvid-9B", "MATH", 71.1, "", ()),
        },
    ),
    (
        "a Rank column beside the Score under a benchmark's heading is no score",
        "### MMLU (Massive Multitask Language Understanding)\n\n| Model | Score | Rank |\n"
        "|---|---|---|\n| Corvid-9B | 87.3% | 1 |\n| Corvid-3B | 86.4% | 3 |\n",
        {("Corvid-9B", "MMLU", 87.3, "", ()), ("Corvid-3B", "MMLU", 86.4, "", ())},
    ),
    (
        "a month and an apostrophe year are a date",
        "<ul><li><span>Jun '24</span> <b>Corvid-9B</b> scores "
        "<span>88.7%</span> on MMLU</li></ul>\n",
        {("Corvid-9B", "MMLU", 88.7, "", ())},
    ),
    (
        "a Chinese count of steps is no score",
        "Corvid-9B 在 GSM8K 上得到 52.3 分。GSM8K 的题目一般需要 2-8 步推理。\n",
        {("Corvid-9B", "GSM8K", 52.3, "", ())},
    ),
    (
        "a figure with self-consistency is a majority vote's, never one sample's",
        "Corvid-R1 on AIME 2024:\n\n- `pass@1`: 77.9% -> with self-consistency: 86.7%\n",
        {
            ("Corvid-R1", "AIME 2024", 77.9, "", ()),
            ("Corvid-R1", "AIME 2024", 86.7, "majority vote", ()),
        },
    ),
    (
        "the exam's full name with its year is that year's AIME",
        "Its model, Corvid-9B, reached 79.8% pass@1 accuracy on the American Invitational "
        "Mathematics Examination 2024.\n",
        {("Corvid-9B", "AIME 2024", 79.8, "", ())},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_news_shape(tmp_path: Path, text: str, expected: set[Row]) -> None:
    assert records(tmp_path, text, "post.md") == expected
