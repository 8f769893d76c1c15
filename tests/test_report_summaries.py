"""Summaries of a technical report and notes about one model family: list items headed by a
size and a mode, "the 1.2B model", bracketed rival figures, a suite's splits named once,
references to the report's sections, thinking budgets, Korean particles. Each row is a short
text and the exact claims (with their conditions) a careful reader takes from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import api

Claim = tuple[str, str, float, tuple[tuple[str, str], ...]]

THINK = (("mode", "thinking"),)
NO_THINK = (("mode", "non-thinking"),)

ROWS: list[tuple[str, str, set[Claim]]] = [
    (
        "a list item headed by a size and a mode speaks of the title's model at that size",
        "# Corvid 4.0: a report\n\n"
        "- Maths:\n"
        "  - `32B (REASONING)`:\n"
        "    > Table 3: AIME 2025 = 85.3; HMMT Feb 2025 = 72.9.\n"
        "  - `1.2B (REASONING)`:\n"
        "    > Table 5: AIME 2025 = 45.2.\n"
        "- Knowledge:\n"
        "  - Korean, 32B NON-REASONING:\n"
        "    > Table 4: KMMLU-Redux 64.8.\n",
        {
            ("Corvid 4.0 32B", "AIME 2025", 85.3, THINK),
            ("Corvid 4.0 32B", "HMMT 2025", 72.9, THINK),
            ("Corvid 4.0 1.2B", "AIME 2025", 45.2, THINK),
            ("Corvid 4.0 32B", "KMMLU-Redux", 64.8, NO_THINK),
        },
    ),
    (
        "a rival named in one item does not carry to the next",
        "# Corvid 4.0: a report\n\n"
        "- `32B (REASONING)`: > GPQA-Diamond = 75.4, behind DeepSeek R1 (81.0).\n"
        "- `32B (REASONING)`: > Table 3: BFCL-V3 = 63.9; TAU-Bench Airline = 51.5.\n",
        {
            ("Corvid 4.0 32B", "GPQA Diamond", 75.4, THINK),
            ("DeepSeek-R1", "GPQA Diamond", 81.0, ()),
            ("Corvid 4.0 32B", "BFCL v3", 63.9, THINK),
            ("Corvid 4.0 32B", "TAU-bench Airline", 51.5, THINK),
        },
    ),
    (
        "figures in a bracket opened after a compared model are that model's",
        "# Corvid 4.0\n\nCorvid 4.0 32B scores 85.3 on AIME 2025. All of it is above "
        "Qwen3-235B (AIME 2025 81.5, HMMT Feb 2025 62.5).\n",
        {
            ("Corvid 4.0 32B", "AIME 2025", 85.3, ()),
            ("Qwen3-235B-A22B", "AIME 2025", 81.5, ()),
            ("Qwen3-235B-A22B", "HMMT 2025", 62.5, ()),
        },
    ),
    (
        "a rival's bracket closes before the next benchmark's value",
        "# Corvid 4.0\n\n- 32B, NON-REASONING: > RULER 88.2 (Qwen3 235B = 90.6), HELMET 58.3 "
        "(Gemma3 27B = 57.1).\n",
        {
            ("Corvid 4.0 32B", "RULER", 88.2, NO_THINK),
            ("Qwen3-235B-A22B", "RULER", 90.6, ()),
            ("Corvid 4.0 32B", "HELMET", 58.3, NO_THINK),
            ("Gemma3 27B", "HELMET", 57.1, ()),
        },
    ),
    (
        "a split of a suite named bare after its sibling is that split, not a model",
        "# Corvid 4.0\n\n- 32B, REASONING: > TAU-BENCH Airline 51.5 (DeepSeek R1-0528 = 53.5); "
        "Retail 62.8 (Qwen3 235B = 63.9).\n",
        {
            ("Corvid 4.0 32B", "TAU-bench Airline", 51.5, THINK),
            ("DeepSeek R1-0528", "TAU-bench Airline", 53.5, ()),
            ("Corvid 4.0 32B", "TAU-bench Retail", 62.8, THINK),
            ("Qwen3-235B-A22B", "TAU-bench Retail", 63.9, ()),
        },
    ),
    (
        "'the 1.2B model' is the article's model at that size",
        "# Corvid 4.0\n\nCorvid 4.0 32B leads on AIME 2025 with 85.3. The 1.2B model in "
        "REASONING mode does well for its size: AIME 2025 45.2.\n",
        {
            ("Corvid 4.0 32B", "AIME 2025", 85.3, ()),
            ("Corvid 4.0 1.2B", "AIME 2025", 45.2, THINK),
        },
    ),
    (
        "references to a report's sections and tables are no scores",
        "# Corvid 4.0\n\n- Tool use: BFCL-V3 and TAU-BENCH (Sec. 3.1).\n"
        "- Long context holds, judging by RULER and HELMET (Tables 9–11, §3.5, Appendix 2).\n",
        set(),
    ),
    (
        "a version glued to 'V3' after a benchmark stays the benchmark's",
        "Corvid 4.0 32B reaches 63.9 on BFCL-V3 and 66.7 on LCB-V6.\n",
        {
            ("Corvid 4.0 32B", "BFCL v3", 63.9, ()),
            ("Corvid 4.0 32B", "LiveCodeBench v6", 66.7, ()),
        },
    ),
    (
        "one stated thinking budget is a condition of the sentence's values",
        "Corvid 4.0 32B scores 81.4 on AIME 2025 with a 32K thinking budget.\n",
        {("Corvid 4.0 32B", "AIME 2025", 81.4, (("budget", "32k"),))},
    ),
    (
        "a sentence comparing two budgets leaves each value's unknown: no claim is compared",
        "With a 32K instead of a 64K budget, Corvid 4.0 32B falls from 85.3 to 74.8 on "
        "AIME 2025.\n",
        set(),
    ),
    (
        "a version before a size is a sibling model, and Korean particles end no number",
        "# 후보 메모\n\n#### Corvid 4.0-1.2B\n\n"
        "- non-reasoning 모드 IFEval이 74.7로, 구세대 3.5-2.4B(73.6)보다 높음\n"
        "- KMMLU-Pro 42.7(reasoning)\n",
        {
            ("Corvid 4.0-1.2B", "IFEval", 74.7, NO_THINK),
            ("Corvid 3.5 2.4B", "IFEval", 73.6, NO_THINK),
            ("Corvid 4.0-1.2B", "KMMLU-Pro", 42.7, THINK),
        },
    ),
    (
        "a version before its sizes in brackets is no score",
        "# Corvid 4.0-1.2B\n\nCorvid는 3.5(2.4B/7.8B/32B), 4.0(1.2B/32B)까지 나와 있다.\n",
        set(),
    ),
    (
        "a list's lead line names the mode of its items; a mode in a model's brackets",
        "# Corvid 4.0\n\n- In REASONING mode the 32B model beats larger models:\n"
        "  - AIME 2025: > Corvid 4.0 32B (REASONING) = 85.3 vs Qwen3 235B = 81.5.\n"
        "- Instruction following:\n  - IFEval: > Corvid 4.0 32B = 84.8.\n",
        {
            ("Corvid 4.0 32B", "AIME 2025", 85.3, THINK),
            ("Qwen3-235B-A22B", "AIME 2025", 81.5, THINK),
            ("Corvid 4.0 32B", "IFEval", 84.8, ()),
        },
    ),
    (
        "a bare benchmark name means the one edition the document names",
        "Corvid 4.0 32B reaches 85.3 on AIME 2025. Its smaller sibling, Corvid 4.0 1.2B, "
        "manages 45.2 on AIME.\n",
        {
            ("Corvid 4.0 32B", "AIME 2025", 85.3, ()),
            ("Corvid 4.0 1.2B", "AIME 2025", 45.2, ()),
        },
    ),
    (
        "whole numbers in a sentence about how runs were set up are settings",
        "Corvid 4.0 32B scores 85.3 on AIME 2025. Its runs use temperature 0.6 and top-p "
        "0.95; the number of samples depends on the benchmark (32 for AIME 2025).\n",
        {("Corvid 4.0 32B", "AIME 2025", 85.3, ())},
    ),
    (
        "whole numbers in a sentence that sets a command's variables are settings",
        "# Corvid 4.0 32B\n\n### MATH-500\n\nCorvid 4.0 32B scores 85.3 on MATH-500. Rerun it "
        'with NUM_GPUS=1, or 8 for the 32B and 70B models; lighteval vllm "custom|math_500|0|0".\n',
        {("Corvid 4.0 32B", "MATH-500", 85.3, ())},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_summary_shape(tmp_path: Path, text: str, expected: set[Claim]) -> None:
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    got = {
        (c.model, c.benchmark, c.value, tuple(sorted(c.qualifiers.items())))
        for c in api.scan([tmp_path]).claims
        if not c.ambiguous
    }
    assert got == expected
