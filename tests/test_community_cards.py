"""Community fine-tune cards (tests/corpora/real-35): a title naming the fine-tune, a dash and
its base; the Nous suite's "GPT4All" block over harness tables; task ids that read like a
benchmark and a description; a heading that is a model id no catalog holds. And code
leaderboards (tests/corpora/real-33): a Size column that tells rows of one name apart, a
Configuration column whose cells are how each row was run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.records import Row, records

HARNESS = (
    "|    Task     |Version| Metric |Value |   |Stderr|\n"
    "|-------------|------:|--------|-----:|---|-----:|\n"
    "|arc_challenge|      0|acc     |0.5623|±  |0.0145|\n"
)

CASES = [
    (
        "a title 'fine-tune - base' names the fine-tune; the suite heading names no model",
        "# Corvid 2.5 - Mistral 7B\n\nGPT-4All Benchmark Set\n```\n" + HARNESS + "```\n",
        {("Corvid 2.5 Mistral 7B", "ARC-Challenge", 56.23, "acc", ())},
    ),
    (
        "a model id with a parameter count heads its harness tables under a suite heading",
        "# Corvid-4x7B-v2\n\nA merge of four experts.\n\n### AGIEval\n"
        "|             Task             |Version| Metric |Value|   |Stderr|\n"
        "|------------------------------|------:|--------|----:|---|-----:|\n"
        "|agieval_sat_en                |      0|acc     |79.13|±  |  2.84|\n"
        "|agieval_sat_en_without_passage|      0|acc     |43.20|±  |  3.46|\n",
        {
            ("Corvid-4x7B-v2", "agieval sat en", 79.13, "acc", ()),
            ("Corvid-4x7B-v2", "agieval sat en without passage", 43.2, "acc", ()),
        },
    ),
    (
        "a suite's name in a model table's header is a benchmark, not GPT-4",
        "| Model | AGIEval | GPT4All | TruthfulQA |\n|---|--:|--:|--:|\n"
        "| Corvid-7B | 43.67 | 73.24 | 55.37 |\n",
        {
            ("Corvid-7B", "AGIEval", 43.67, "", ()),
            ("Corvid-7B", "GPT4All", 73.24, "", ()),
            ("Corvid-7B", "TruthfulQA", 55.37, "", ()),
        },
    ),
]


LEADERBOARDS = [
    (
        "a Size column telling two rows of one name apart is part of each row's model",
        "| Model | Size | HumanEval | MBPP |\n|---|---|---|---|\n"
        "| Corvid-Coder-Instruct | 33B | 79.3 | 70.0 |\n"
        "| Corvid-Coder-Instruct | 7B | 78.6 | 65.4 |\n"
        "| Pell-Coder-7B | 7B | 70.1 | - |\n",
        {
            ("Corvid-Coder-Instruct 33B", "HumanEval", 79.3, "", ()),
            ("Corvid-Coder-Instruct 33B", "MBPP", 70.0, "", ()),
            ("Corvid-Coder-Instruct 7B", "HumanEval", 78.6, "", ()),
            ("Corvid-Coder-Instruct 7B", "MBPP", 65.4, "", ()),
            ("Pell-Coder-7B", "HumanEval", 70.1, "", ()),
        },
    ),
    (
        "a Size column where every name is one model leaves the names as written",
        "| Model | Size | HumanEval |\n|---|---|---|\n| Corvid-Coder | 33B | 79.3 |\n"
        "| Pell-Coder | 7B | 70.1 |\n",
        {("Corvid-Coder", "HumanEval", 79.3, "", ()), ("Pell-Coder", "HumanEval", 70.1, "", ())},
    ),
    (
        "a '+ X' row is the model above with X added; one figure in both rows is two claims",
        "| Benchmark | HumanEval (+) | MBPP (+) |\n|---|---|---|\n"
        "| **Corvid-DS-1.3B** | 65.2 (61.0) | 63.4 (52.4) |\n"
        "| + Execution Feedback | 65.2 (62.2) | 65.2 (55.6) |\n",
        {
            ("Corvid-DS-1.3B", "HumanEval", 65.2, "", ()),
            ("Corvid-DS-1.3B", "HumanEval+", 61.0, "", ()),
            ("Corvid-DS-1.3B", "MBPP", 63.4, "", ()),
            ("Corvid-DS-1.3B", "MBPP+", 52.4, "", ()),
            ("Corvid-DS-1.3B", "HumanEval", 65.2, "", (("setting", "execution feedback"),)),
            ("Corvid-DS-1.3B", "HumanEval+", 62.2, "", (("setting", "execution feedback"),)),
            ("Corvid-DS-1.3B", "MBPP", 65.2, "", (("setting", "execution feedback"),)),
            ("Corvid-DS-1.3B", "MBPP+", 55.6, "", (("setting", "execution feedback"),)),
        },
    ),
    (
        "a 'Turn' column (FastChat's MT-Bench printout) is each row's turn, never a score",
        "MT-Bench with an LLM judge:\n\n| Model | Turn | Score |\n|---|---|---|\n"
        "| gpt-4 | 1 | 8.956250 |\n| Corvid-7B | 1 | 7.593750 |\n| Corvid-7B | 2 | 6.740000 |\n",
        {
            ("gpt-4", "MT-Bench", 8.95625, "", (("setting", "turn 1"),)),
            ("Corvid-7B", "MT-Bench", 7.59375, "", (("setting", "turn 1"),)),
            ("Corvid-7B", "MT-Bench", 6.74, "", (("setting", "turn 2"),)),
        },
    ),
    (
        "a Configuration column: two rows of one model run two ways are two settings",
        "| Model | Configuration | Human Eval |\n|---|---|--:|\n"
        "| Corvid-4* | Instruction-style, `temperature=0.2` | 63.4% |\n"
        "| Corvid-4* | Completion-style | 84.1% |\n",
        {
            (
                "Corvid-4",
                "HumanEval",
                63.4,
                "",
                (("setting", "instruction-style, temperature=0.2"),),
            ),
            ("Corvid-4", "HumanEval", 84.1, "", (("setting", "completion-style"),)),
        },
    ),
]


@pytest.mark.parametrize(
    ("why", "text", "expected"), CASES + LEADERBOARDS, ids=[c[0] for c in CASES + LEADERBOARDS]
)
def test_community_card(tmp_path: Path, why: str, text: str, expected: set[Row]) -> None:
    assert records(tmp_path, text) == expected, why
