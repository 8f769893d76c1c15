"""Vendor launch posts, READMEs and leaderboard data, and the pages that copy their tables
(issue 10): footnote numbers glued to a benchmark's name, conditions run together after it
with commas, a category in brackets, EvalPlus's "76.8 (70.7)" cells, a results JSON. Each
case is a document as written and the exact records it must give."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import api
from tests.records import Row, records

CASES: list[tuple[str, str, set[Row]]] = [
    (
        "a footnote number glued to a catalog benchmark's name is no part of it",
        "| Model | MMLU3 5-shot | HumanEval5 0-Shot, pass@1 (Programming) | GSM8K |\n"
        "|---|---|---|---|\n| Corvid Instruct | 73.7% | 70.1% | 66.9% |\n",
        {
            ("Corvid Instruct", "MMLU", 73.7, "", (("shots", "5-shot"),)),
            ("Corvid Instruct", "HumanEval", 70.1, "pass@1", (("shots", "0-shot"),)),
            ("Corvid Instruct", "GSM8K", 66.9, "", ()),
        },
    ),
    (
        "an arrow saying which way is better is no part of a label",
        "| Model | GSM8K ↑ | MMLU (↑) |\n|---|---|---|\n| Corvid-8B | 81.2 | 66.0 |\n",
        {("Corvid-8B", "GSM8K", 81.2, "", ()), ("Corvid-8B", "MMLU", 66.0, "", ())},
    ),
    (
        "a chain of thought on a test that is always run with one (GPQA) is no condition; on "
        "MMLU-Pro, run both ways, it is",
        "| Model | GPQA (0-shot, CoT) | MMLU-Pro (5-shot, CoT) | MMLU (CoT) |\n|---|---|---|---|\n"
        "| Corvid-8B | 30.4 | 48.3 | 70.1 |\n",
        {
            ("Corvid-8B", "GPQA", 30.4, "", (("shots", "0-shot"),)),
            ("Corvid-8B", "MMLU-Pro", 48.3, "", (("cot", "with"), ("shots", "5-shot"))),
            ("Corvid-8B", "MMLU", 70.1, "", (("cot", "with"),)),
        },
    ),
    (
        "'HumanEval (+)' over '76.8 (70.7)': HumanEval, then HumanEval+ in brackets; a "
        "checkpoint column of links is no setting",
        "| Model | Checkpoint | Size | HumanEval (+) | MBPP (+) |\n|---|---|---|---|---|\n"
        "| Corvid-S-7B | 🤗 [HF Link](https://huggingface.co/x/Corvid-S-7B) | 7B | "
        "**76.8** (**70.7**) | 75.7 (64.4) |\n",
        {
            ("Corvid-S-7B", "HumanEval", 76.8, "", ()),
            ("Corvid-S-7B", "HumanEval+", 70.7, "", ()),
            ("Corvid-S-7B", "MBPP", 75.7, "", ()),
            ("Corvid-S-7B", "MBPP+", 64.4, "", ()),
        },
    ),
    (
        "a leaderboard's data file: each model's figures in a dictionary named by the metric",
        '{\n  "Corvid-13B": {\n    "link": "https://example.org/corvid",\n'
        '    "pass@1": {\n      "humaneval": 42.7,\n      "humaneval+": 38.4,\n'
        '      "mbpp": null\n    },\n    "prompted": false,\n    "size": 13.0\n  },\n'
        '  "Pell-34B": {\n    "pass@1": {\n      "humaneval": 51.8,\n'
        '      "humaneval+": 43.9\n    },\n    "size": 34.0\n  }\n}\n',
        {
            ("Corvid-13B", "HumanEval", 42.7, "pass@1", ()),
            ("Corvid-13B", "HumanEval+", 38.4, "pass@1", ()),
            ("Pell-34B", "HumanEval", 51.8, "pass@1", ()),
            ("Pell-34B", "HumanEval+", 43.9, "pass@1", ()),
        },
    ),
    (
        "a percentage, or a figure opening a pair, right before a benchmark's name is its score",
        "- **Realistic scores**:\n  - Qwen2.5-Coder-7B-Instruct: ~84% HE+, ~75% MBPP+\n"
        "  - Codestral 22B: MMLU 63% GSM8K 90%\n\n"
        "Quantised to 4 bits, Qwen2.5-Coder-7B-Instruct loses more than 650 Codeforces points.\n\n"
        "Published figures for Codestral 22B (~81.1 HE+ / ~68.2 MBPP+) need checking.\n",
        {
            ("Codestral 22B", "HumanEval+", 81.1, "", ()),
            ("Codestral 22B", "MBPP+", 68.2, "", ()),
            ("Qwen2.5-Coder-7B-Instruct", "HumanEval+", 84.0, "", ()),
            ("Qwen2.5-Coder-7B-Instruct", "MBPP+", 75.0, "", ()),
            ("Codestral 22B", "MMLU", 63.0, "", ()),
            ("Codestral 22B", "GSM8K", 90.0, "", ()),
        },
    ),
    (
        "a footnote number glued to a model's column is dropped when the text names the model",
        "DBRX beats Grok-1 and Qwen on MMLU.\n\n| Model | Grok-11 | Qwen2 |\n|---|---|---|\n"
        "| MMLU 5-shot | 73.0% | 70.4% |\n",
        {
            ("Grok-1", "MMLU", 73.0, "", (("shots", "5-shot"),)),
            ("Qwen2", "MMLU", 70.4, "", (("shots", "5-shot"),)),
        },
    ),
    (
        "a digit that is part of a name the catalog does not know stays",
        "| Model | Spider2 |\n|---|---|\n| GPT-4o | 12.0 |\n",
        {("GPT-4o", "Spider2", 12.0, "", ())},
    ),
    (
        "a cell's conditions written after its figure without brackets ('73% 5-shot', '88% "
        "0-shot CoT'); words that are no conditions leave the cell unread",
        "| Benchmark | Grok-1 | Pell-2 |\n|---|---|---|\n| MMLU | 73% 5-shot | 81.3% 5-shot |\n"
        "| GSM8K | 62.9 8-shot | 88% 0-shot CoT |\n| MATH | 23.9% | 50.6 points |\n",
        {
            ("Grok-1", "MMLU", 73.0, "", (("shots", "5-shot"),)),
            ("Pell-2", "MMLU", 81.3, "", (("shots", "5-shot"),)),
            ("Grok-1", "GSM8K", 62.9, "", (("shots", "8-shot"),)),
            ("Pell-2", "GSM8K", 88.0, "", (("shots", "0-shot"),)),
            ("Grok-1", "MATH", 23.9, "", ()),
        },
    ),
    (
        "text-overlap metrics in a label are the claim's metric: ROUGE-2, Char-F1",
        "| Model | MMLU | XL-Sum (ROUGE-2) | JSQuAD (Char-F1) |\n|---|---|---|---|\n"
        "| Pell-9B | 62.2 | 13.2 | 88.2 |\n| Corvid-7B | 60.1 | 14.0 | 85.0 |\n",
        {
            ("Pell-9B", "MMLU", 62.2, "", ()),
            ("Pell-9B", "XL-Sum", 13.2, "rouge-2", ()),
            ("Pell-9B", "JSQuAD", 88.2, "char-f1", ()),
            ("Corvid-7B", "MMLU", 60.1, "", ()),
            ("Corvid-7B", "XL-Sum", 14.0, "rouge-2", ()),
            ("Corvid-7B", "JSQuAD", 85.0, "char-f1", ()),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_vendor_blog_table(tmp_path: Path, text: str, expected: set[Row]) -> None:
    assert records(tmp_path, text, "post.md") == expected


def test_a_benchmark_with_its_description_and_a_page_that_names_its_model_only_bare(
    tmp_path: Path,
) -> None:
    # The page is Claude 3 Opus's; its one full model name is the yardstick it is held to.
    (tmp_path / "page.md").write_text(
        "The first Claude to match GPT-4; it introduced the Opus/Sonnet/Haiku tiers\n"
        "| Benchmark | Score | Rank |\n|---|---|---|\n"
        "HellaSwag Common sense reasoning about everyday situations | 95.4% | #11 / 36 |\n",
        encoding="utf-8",
    )
    (tmp_path / "card.md").write_text(
        "# GPT-4\n\n| Benchmark | Score |\n|---|---|\n"
        "| HellaSwag Common sense reasoning about everyday situations | 95.3% |\n",
        encoding="utf-8",
    )
    got = {(c.source.rsplit("/", 1)[-1], c.model, c.benchmark) for c in api.scan([tmp_path]).claims}
    assert got == {("card.md", "GPT-4", "HellaSwag")}


def test_a_release_in_brackets_after_a_name_in_a_sentence_is_part_of_the_name(
    tmp_path: Path,
) -> None:
    (tmp_path / "review.md").write_text(
        "- Claude 3.5 Sonnet (new): 65.0% on GPQA Diamond\n\n"
        "GPT-4o (05-13) scored 53.6% on GPQA Diamond, above DeepSeek-R1 (2029) on Codeforces.\n",
        encoding="utf-8",
    )
    (tmp_path / "card.md").write_text(
        "Claude 3.5 Sonnet scores 59.4% on GPQA Diamond and GPT-4o scores 49.9%.\n",
        encoding="utf-8",
    )
    report = api.scan([tmp_path])
    got = {(c.model, c.benchmark, c.value) for c in report.claims}
    assert {
        ("Claude 3.5 Sonnet (new)", "GPQA Diamond", 65.0),
        ("GPT-4o (05-13)", "GPQA Diamond", 53.6),
        ("DeepSeek-R1", "Codeforces", 2029.0),
        ("Claude 3.5 Sonnet", "GPQA Diamond", 59.4),
        ("GPT-4o", "GPQA Diamond", 49.9),
    } <= got
    assert [c for c in report.conflicts if c.kind == "contradiction"] == []


def test_a_scraped_pages_first_line_that_is_a_models_name_is_its_title(tmp_path: Path) -> None:
    table = "Benchmarks\n| Benchmark | Standard | Extended Thinking |\n|---|---|---|\n"
    (tmp_path / "page.md").write_text(
        "Claude 3.7 Sonnet\nAn Anthropic model released in 2025.\n"
        + table
        + "| GPQA | 78.2% | 84.8% |\n",
        encoding="utf-8",
    )
    (tmp_path / "other.md").write_text(
        "Which model is best at GPQA? We compared several.\n"
        + table
        + "| GPQA | 70.0% | 75.0% |\n",
        encoding="utf-8",
    )
    got = {(c.source.rsplit("/", 1)[-1], c.model, c.value) for c in api.scan([tmp_path]).claims}
    assert got == {("page.md", "Claude 3.7 Sonnet", 78.2), ("page.md", "Claude 3.7 Sonnet", 84.8)}


def test_a_release_word_before_a_models_name_makes_it_that_release(tmp_path: Path) -> None:
    (tmp_path / "review.md").write_text(
        "SWE-bench Verified results:\n\n- Upgraded Claude 3.5 Sonnet: 49.0% on SWE-bench Verified\n"
        "- Original Claude 3.5 Sonnet: 33.4% on SWE-bench Verified\n",
        encoding="utf-8",
    )
    got = {(c.model, c.benchmark, c.value) for c in api.scan([tmp_path]).claims}
    assert got == {
        ("Claude 3.5 Sonnet (upgraded)", "SWE-bench Verified", 49.0),
        ("Claude 3.5 Sonnet (original)", "SWE-bench Verified", 33.4),
    }


def test_a_line_that_is_only_a_benchmarks_name_heads_the_list_below(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text(
        "1. Graduate Level Reasoning (GPQA Diamond)\n- Claude 3.5 Haiku: 41.6%\n"
        "Key insight: the new model leads by a wide margin.\n"
        "5. Agentic Capabilities\nSWE-bench Verified\n- Claude 3.5 Haiku: 40.6%\n",
        encoding="utf-8",
    )
    got = {(c.model, c.benchmark, c.value) for c in api.scan([tmp_path]).claims}
    assert got == {
        ("Claude 3.5 Haiku", "GPQA Diamond", 41.6),
        ("Claude 3.5 Haiku", "SWE-bench Verified", 40.6),
    }
