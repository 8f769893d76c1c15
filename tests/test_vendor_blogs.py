"""Vendor launch posts and the news pages that copy their tables (issue 10): footnote numbers
glued to a benchmark's name, conditions run together after it with commas, a category in
brackets. Each case is a document as written and the exact records it must give."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import api

Row = tuple[str, str, float, str, tuple[tuple[str, str], ...]]

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
        "a chain of thought on a test that is always run with one is no condition",
        "| Model | GPQA (0-shot, CoT) | MMLU-Pro (5-shot, CoT) | MMLU (CoT) |\n|---|---|---|---|\n"
        "| Corvid-8B | 30.4 | 48.3 | 70.1 |\n",
        {
            ("Corvid-8B", "GPQA", 30.4, "", (("shots", "0-shot"),)),
            ("Corvid-8B", "MMLU-Pro", 48.3, "", (("shots", "5-shot"),)),
            ("Corvid-8B", "MMLU", 70.1, "", (("cot", "with"),)),
        },
    ),
    (
        "a digit that is part of a name the catalog does not know stays",
        "| Model | Spider2 |\n|---|---|\n| GPT-4o | 12.0 |\n",
        {("GPT-4o", "Spider2", 12.0, "", ())},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_vendor_blog_table(tmp_path: Path, text: str, expected: set[Row]) -> None:
    (tmp_path / "post.md").write_text(text, encoding="utf-8")
    got = {
        (c.model, c.benchmark, c.value, c.metric, tuple(sorted(c.qualifiers.items())))
        for c in api.scan([tmp_path]).claims
        if not c.ambiguous
    }
    assert got == expected
