"""Model cards as scrapes of their web pages give them (tests/corpora/real-34, real-36): a
two-row header whose row of model names lost its empty corner cell, rows without their
outer pipes."""

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


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_scraped_card(tmp_path: Path, why: str, text: str, expected: set[Row]) -> None:
    assert records(tmp_path, text) == expected, why
