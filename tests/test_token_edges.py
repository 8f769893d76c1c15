"""Where a name or a row of cells ends: a name found by its shape never stops inside a longer
token (a commit hash) and goes on through its hyphened variant words; numbers with only
spaces and footnote marks between them are a flattened table row, whose columns prose cannot
know."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.records import Row, records

CASES = [
    (
        "a hash in the front matter names no model ('3bc' of '3bcb5e49...')",
        "---\nlayout: post\nauthor: 3bcb5e490a059a94e8ca43ef4b085329e113dd0b\n---\n"
        "Corvid-VL-14B is our vision model.\n\n- LogicKor: 8.69\n- KoMT-Bench: 8.39\n",
        {
            ("Corvid-VL-14B", "LogicKor", 8.69, "", ()),
            ("Corvid-VL-14B", "KoMT-Bench", 8.39, "", ()),
        },
    ),
    (
        "a name goes on through its hyphened variant words, not a catalog name inside it",
        "Phi-3.5-vision-instruct is a multimodal model. Its standout results are ScienceQA "
        "(91.3%) and POPE (86.1%).\n",
        {
            ("Phi-3.5-vision-instruct", "ScienceQA", 91.3, "", ()),
            ("Phi-3.5-vision-instruct", "POPE", 86.1, "", ()),
        },
    ),
    (
        "a flattened row whose cells carry daggers gives no claim",
        "Corvid-9B report, knowledge results.\n\n"
        "GPQA-Diamond 78.63 81.00† 81.10† 86.40† 86.05 MMLU-Pro 80.54 85.00 † 84.40† 85.62\n",
        set(),
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_token_edges(tmp_path: Path, why: str, text: str, expected: set[Row]) -> None:
    assert records(tmp_path, text) == expected, why
