"""Article shapes the sample corpus does not hold, with models and benchmarks no catalog
knows: each row is a short text and the exact claims a careful reader takes from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import api

Row = tuple[str, str, set[tuple[str, str, float]]]

SHAPES: list[Row] = [
    (
        "a problem window after the benchmark is no score",
        "Sable-2 reaches 72.9% on LiveCodeBench (2407-2501) and 14.4% on HLE.\n",
        {("Sable-2", "LiveCodeBench", 72.9), ("Sable-2", "Humanity's Last Exam", 14.4)},
    ),
    (
        "subject after the value",
        "# Lumen 4 Pro\n\nOn GPQA Diamond (87.3%), it beats Kestrel-7 Max (84.0%).\n",
        {("Lumen 4 Pro", "GPQA Diamond", 87.3), ("Kestrel-7 Max", "GPQA Diamond", 84.0)},
    ),
    (
        "name value pairs in a row",
        "Coding scores: Lumen 4 Pro 72.5, Kestrel-7 Max 70.1, Nova 2 66.0 on SWE-bench Verified.\n",
        {
            ("Lumen 4 Pro", "SWE-bench Verified", 72.5),
            ("Kestrel-7 Max", "SWE-bench Verified", 70.1),
            ("Nova 2", "SWE-bench Verified", 66.0),
        },
    ),
    (
        "respectively, benchmarks",
        "Gemma 3 27B posts 67.5 and 42.4 on MMLU-Pro and GPQA Diamond respectively.\n",
        {("Gemma 3 27B", "MMLU-Pro", 67.5), ("Gemma 3 27B", "GPQA Diamond", 42.4)},
    ),
    (
        "respectively, models",
        "Nova-3 and Vega 2 scored 81.0% and 77.5% on OrbitQA, respectively.\n",
        {("Nova-3", "OrbitQA", 81.0), ("Vega 2", "OrbitQA", 77.5)},
    ),
    (
        "possessive of an unknown model with a version",
        "On LiveCodeBench, Orion-2 Pro leads with 74.2% to Vega 3's 70.9%.\n",
        {("Orion-2 Pro", "LiveCodeBench", 74.2), ("Vega 3", "LiveCodeBench", 70.9)},
    ),
    (
        "a compared model with a relative clause",
        "Both models trail Gemini 3.1 Pro, which scored 94.3% on GPQA Diamond, compared with "
        "85.0% for Vega 3.\n",
        {("Gemini 3.1 Pro", "GPQA Diamond", 94.3), ("Vega 3", "GPQA Diamond", 85.0)},
    ),
    (
        "names glued to their versions, and 'the same index'",
        "Muse Spark scores 52 on the Artificial Analysis Intelligence Index, ahead of GLM5.1.\n\n"
        "GPT5.4 scored 57 on the same index.\n",
        {
            ("Muse Spark", "Artificial Analysis Intelligence Index", 52.0),
            ("GPT-5.4", "Artificial Analysis Intelligence Index", 57.0),
        },
    ),
    (
        "compared with, for",
        "Gemini 3.1 Pro scored 94.3% on GPQA Diamond, compared with 85.0% for Vega 3.\n",
        {("Gemini 3.1 Pro", "GPQA Diamond", 94.3), ("Vega 3", "GPQA Diamond", 85.0)},
    ),
    (
        "a list headed by its benchmark",
        "Leaderboard (LiveBench average):\n1. Kimi K2 — 64.1\n2. gpt-oss-120b — 60.5\n",
        {("Kimi K2", "LiveBench", 64.1), ("gpt-oss-120b", "LiveBench", 60.5)},
    ),
    (
        "from-to keeps the new value only",
        "Lumen 4 Pro improved from 61.0% to 74.4% on ARC-AGI-1.\n",
        {("Lumen 4 Pro", "ARC-AGI-1", 74.4)},
    ),
    (
        "shots stay on their own value",
        "Lumen 4 Pro reaches 91.3% on MMLU (5-shot) and 68.2% on GSM8K.\n",
        {("Lumen 4 Pro", "MMLU", 91.3), ("Lumen 4 Pro", "GSM8K", 68.2)},
    ),
    (
        "points above is a gap",
        "Orion-2 Pro scores 1,512 on the Chatbot Arena leaderboard, 40 points above Vega 3.\n",
        {("Orion-2 Pro", "Chatbot Arena", 1512.0)},
    ),
    (
        "an aside for another model does not take the next value",
        "Claude Opus 5 achieved 82.1% on SWE-bench Verified, up from 80.9% for Claude Opus 4.6,"
        " and 45.3% on Humanity's Last Exam.\n",
        {
            ("Claude Opus 5", "SWE-bench Verified", 82.1),
            ("Claude Opus 4.6", "SWE-bench Verified", 80.9),
            ("Claude Opus 5", "Humanity's Last Exam", 45.3),
        },
    ),
    (
        "a short form after the full name",
        "Anthropic released Claude Opus 5 today. On OSWorld, Opus 5 reached 71.8 percent.\n",
        {("Claude Opus 5", "OSWorld", 71.8)},
    ),
    (
        "percent that is not a score",
        "Mistral Large 2 cut hallucinations by 45% and costs 50% less. Its share grew to 20%.\n",
        set(),
    ),
    (
        "headings name their section's model; a rival in a bullet's aside does not",
        "# Launch roundup\n\nTwo releases this week.\n\n## Arden-4 Max (Solvik)\n\n"
        "- OrbitQA — 71.0% (vs 69.5% for Pell 9)\n- MMLU-Pro — 80.2%\n\n"
        "## Pell 9 (Ostra AI)\n\n- OrbitQA — 69.5%\n- Quarry-Bench suite — 33.0%\n",
        {
            ("Arden-4 Max", "OrbitQA", 71.0),
            ("Pell 9", "OrbitQA", 69.5),
            ("Arden-4 Max", "MMLU-Pro", 80.2),
            ("Pell 9", "Quarry-Bench", 33.0),
        },
    ),
    (
        "a pronoun in a new paragraph is the article's model, not the last rival named",
        "Solvik shipped Arden-4 Max today. Arden-4 Max scored 71.0% on OrbitQA.\n\n"
        "For context, Pell 9 scored 69.5% on OrbitQA last spring.\n\n"
        "Testers were impressed. On ARC-AGI-2 it reaches 12.5%.\n",
        {
            ("Arden-4 Max", "OrbitQA", 71.0),
            ("Pell 9", "OrbitQA", 69.5),
            ("Arden-4 Max", "ARC-AGI-2", 12.5),
        },
    ),
    (
        "words a title runs into a name are not part of it",
        "Ostra Research Releases Pell 9\n\nOstra AI released Pell 9 on Monday. "
        "Pell 9 scored 64.0% on OrbitQA.\n\nOn LiveCodeBench it reaches 51.5%.\n",
        {("Pell 9", "OrbitQA", 64.0), ("Pell 9", "LiveCodeBench", 51.5)},
    ),
    (
        "a licence or a chip with a version is not a model",
        "## Pell 9\n\n- Open weights under Apache-2.0, trained on H100 clusters\n"
        "- OrbitQA — 64.0%\n",
        {("Pell 9", "OrbitQA", 64.0)},
    ),
    (
        "a withdrawn figure is not a claim",
        "Correction: we wrote that Pell 9 scored 74.0% on OrbitQA. Its OrbitQA score is 64.0%.\n",
        {("Pell 9", "OrbitQA", 64.0)},
    ),
    (
        "a context window and the size it grew from are not scores",
        "Pell 9 scored 64.0% on OrbitQA. It has a context window of 1 million tokens, up from "
        "256,000 in Pell 8.\n",
        {("Pell 9", "OrbitQA", 64.0)},
    ),
    (
        "bullets that open with the value",
        "Ostra AI today announced Pell 9, an open model.\n\nHighlights:\n\n"
        "* 64.0% on OrbitQA (5-shot)\n* 51.5% on LiveCodeBench\n* 45% lower memory use\n",
        {("Pell 9", "OrbitQA", 64.0), ("Pell 9", "LiveCodeBench", 51.5)},
    ),
    (
        "a reviewer's own runs, the model unnamed in the sentence",
        "# Two weeks with Pell 9\n\nPell 9 is quick.\n\nOn LiveCodeBench, our run gave 51.5%. "
        "OrbitQA came in at 64.0%; with thinking off we saw 58.2%.\n",
        {
            ("Pell 9", "LiveCodeBench", 51.5),
            ("Pell 9", "OrbitQA", 64.0),
            ("Pell 9", "OrbitQA", 58.2),
        },
    ),
    (
        "a short name keeps the version of the full one in the title",
        "# A week with Arden 4.5 Flash\n\nSolvik says Flash hits 63.0% on OrbitQA.\n",
        {("Arden 4.5 Flash", "OrbitQA", 63.0)},
    ),
    (
        "bare names of models named in full before, catalog or not",
        "Pell 9 and Arden 4.5 Flash both shipped.\n\nOn OrbitQA: Pell is at 71.5, Flash 85.0.\n",
        {("Pell 9", "OrbitQA", 71.5), ("Arden 4.5 Flash", "OrbitQA", 85.0)},
    ),
    (
        "changes in brackets, arrows and gaps are not scores",
        "# Arden-4 Max\n\nArden-4 Max achieves 71.3 (+4.2) on OrbitQA and 88.9 (+2.7) on "
        "ZetaMath.\n\n- OrbitQA: 67.1 → 71.3\n- A fixed bug had cost about 1.5 points on "
        "ZetaMath\n\nThat is within 8 points of Pell 9.\n",
        {("Arden-4 Max", "OrbitQA", 71.3), ("Arden-4 Max", "ZetaMath", 88.9)},
    ),
    (
        "a thread's post numbers and category labels are not scores or models",
        "Solvik on Arden-4 Max, a thread.\n\n1/ Arden-4 Max is live in the API today.\n\n"
        "2/ Reasoning: 84.6% on OrbitQA and 91.2% on ZetaMath. That's +9.8 on OrbitQA.\n",
        {("Arden-4 Max", "OrbitQA", 84.6), ("Arden-4 Max", "ZetaMath", 91.2)},
    ),
    (
        "a ranked list with dot leaders under a title naming the benchmark",
        "OrbitQA leaderboard, snapshot of 2026-03-14 08:00 UTC\n\n"
        " 1. Arden-4 Max .......... 71.0  (±1.2, 4,100 runs)\n"
        " 2. Pell 9 ............... 69.5  (±0.9, 3,000 runs)   NEW\n",
        {("Arden-4 Max", "OrbitQA", 71.0), ("Pell 9", "OrbitQA", 69.5)},
    ),
    (
        "words broken at line ends, as in text taken from a PDF",
        "Arden-4 Max reaches 81.7 on MMLU-\nPro (5-shot) and 68.9 on GPQA Dia-\nmond. It is "
        "a state-of-the-\nart model.\n",
        {("Arden-4 Max", "MMLU-Pro", 81.7), ("Arden-4 Max", "GPQA Diamond", 68.9)},
    ),
    (
        "a thread's comments: benchmark then value, the title's model",
        "Arden-4 Max: Solvik's new reasoning model (solvik.ai)\n\n"
        "OrbitQA 74.9 at pass@1 is the interesting bit.\n\n"
        "ZetaMath at ~91 is nice too.\n",
        {("Arden-4 Max", "OrbitQA", 74.9), ("Arden-4 Max", "ZetaMath", 91.0)},
    ),
    (
        "an interview: 'we're at', a gap from an older model",
        "# A talk with Solvik\n\nArden-4 Max has been out for two days.\n\n"
        "Honestly, OrbitQA. We're at about 82 with five-shot prompting, up 5 points from "
        "Arden-3 Max.\n",
        {("Arden-4 Max", "OrbitQA", 82.0)},
    ),
    (
        "a versioned name heading a list line is the line's benchmark unless used as a model",
        "# Pell 9 is here\n\nPell 9 posts 47.4% on OrbitQA, while Pell 8 gets to 44.0%.\n\n"
        "## Highlights\n\n- ZetaMath Hard: 47.0%\n- BeaconChart 3: 33.6% (Pell 8 30.2%)\n",
        {
            ("Pell 9", "OrbitQA", 47.4),
            ("Pell 8", "OrbitQA", 44.0),
            ("Pell 9", "ZetaMath Hard", 47.0),
            ("Pell 9", "BeaconChart 3", 33.6),
            ("Pell 8", "BeaconChart 3", 30.2),
        },
    ),
    (
        "bold lines head sections; a licence's version is no score; splits named in brackets",
        "# The Digest\n\nThree launches this week.\n\n**Arden-4 Max (Solvik)**\n"
        "- OrbitQA 71.0%\n- LexiGrid-Hard 63.0% (the easier LexiGrid split: 88.4%)\n\n"
        "**Pell 9 (Ostra AI)**\n- Apache 2.0; OrbitQA 64.0%\n- τ²-bench: 51.5%\n",
        {
            ("Arden-4 Max", "OrbitQA", 71.0),
            ("Arden-4 Max", "LexiGrid-Hard", 63.0),
            ("Arden-4 Max", "LexiGrid", 88.4),
            ("Pell 9", "OrbitQA", 64.0),
            ("Pell 9", "tau2-bench", 51.5),
        },
    ),
    (
        "training data is no measurement; tokens used on a benchmark are",
        "Ostra Labs says Pell 9 was trained on 13 trillion tokens in 32 languages. Pell 9 used "
        "58 million output tokens on OrbitQA.\n",
        {("Pell 9", "OrbitQA", 58_000_000.0)},
    ),
    (
        "a 'X versus Y' title's subject is X, however often Y appears in asides",
        "# Pell 9 versus Arden-4 Max: the numbers\n\nPell 9 scored 57.6% on OrbitQA.\n\n"
        "## Highlights\n\n- ZetaMath 2: 79.5% (Arden-4 Max 91.0%)\n"
        "- Quarry-Bench: 50.2% (Arden-4 Max 47.8%)\n",
        {
            ("Pell 9", "OrbitQA", 57.6),
            ("Pell 9", "ZetaMath 2", 79.5),
            ("Arden-4 Max", "ZetaMath 2", 91.0),
            ("Pell 9", "Quarry-Bench", 50.2),
            ("Arden-4 Max", "Quarry-Bench", 47.8),
        },
    ),
    (
        "'its' after a sentence about a model named by its family alone",
        "# Three launches\n\nArden-4 Max and Pell 9 shipped; Arden-4 Max scored 90.1% on "
        "OrbitQA.\n\nPell's ZetaMath score is lower than the closed models'. Its 58.0 on "
        "OrbitQA is not what it was built for.\n",
        {("Arden-4 Max", "OrbitQA", 90.1), ("Pell 9", "OrbitQA", 58.0)},
    ),
    (
        "a post with emoji bullets under a byline with an ordinal",
        "Ingrid Solberg • 2nd\nHead of Evaluation at Ostra\n\nPell 9 is live! 🎉\n\n"
        "✅ 64.0% on OrbitQA\n🧠 51.5% on ZetaMath with a Python sandbox\n⚡ 2x faster\n",
        {("Pell 9", "OrbitQA", 64.0), ("Pell 9", "ZetaMath", 51.5)},
    ),
    (
        "a company that reports a figure is not the model",
        "# Pell 9 FAQ\n\nPell 9 is Ostrava's new model. Ostrava reports 64.0% on OrbitQA.\n",
        {("Pell 9", "OrbitQA", 64.0)},
    ),
    (
        "German: Prozent, a weekday before the name",
        "Am Mittwoch Pell 9 vorgestellt. Der Hersteller nennt 72,6 Prozent im OrbitQA.\n",
        {("Pell 9", "OrbitQA", 72.6)},
    ),
    (
        "tickers, gains in points, spec lines and an ordinal place are not scores",
        "# Pell 9\n\nPell 9 scored 64.0% on OrbitQA, 6th overall.\n\nNVDA 131.42 ▲2.1%MSFT "
        "412.10 ▼0.4%\n\nAgainst Pell 8, Pell 9 gains 9.1 points on OrbitQA.\n\n"
        "- Availability SLA: 99.9%\n- Batch speed-up: 50\n",
        {("Pell 9", "OrbitQA", 64.0)},
    ),
    (
        "a model alone in brackets after a value; each clause after a semicolon its benchmark",
        "Gemma 3 27B IT: 67.5 vs 56.9 (Gemma 2 27B) on MMLU-Pro; 89.0 vs 86.5 (Gemini 1.5 Pro)"
        " on MATH.\n",
        {
            ("Gemma 3 27B IT", "MMLU-Pro", 67.5),
            ("Gemma 2 27B", "MMLU-Pro", 56.9),
            ("Gemma 3 27B IT", "MATH", 89.0),
            ("Gemini 1.5 Pro", "MATH", 86.5),
        },
    ),
    (
        "a rival named after an item's value is not the next item's model",
        "# Sable-2\n\nOn long context it shines: MRCR 76.1%, above Kestrel-7; LongBench v2 58.6%,"
        " level with Gemini 2.5 Pro; RULER 61.5%, above every open model.\n",
        {
            ("Sable-2", "MRCR", 76.1),
            ("Sable-2", "LongBench v2", 58.6),
            ("Sable-2", "RULER", 61.5),
        },
    ),
    (
        "points on a training curve are no scores",
        "# Sable-2\n\nSable-2 scores 86.0% on AIME 2024.\n\n"
        "Accuracy tracks response length during training:\n\n"
        "- AIME 2024 accuracy rises from 68% to 80%\n- responses pass 20,000 tokens\n\n"
        "During RL, LiveCodeBench accuracy climbs from 51% to 65%.\n",
        {("Sable-2", "AIME 2024", 86.0)},
    ),
    (
        "footnotes, list enumerators and section numbers are no scores",
        "## 2.1 Sable-2\n\nTraining has two stages: (1) a cold start; (2) RL on maths.[^2]"
        " Sable-2 scores 71.2% on GPQA Diamond[3] (see §4.2).\n",
        {("Sable-2", "GPQA Diamond", 71.2)},
    ),
    (
        "a word opening a list item's figure ('Between', 'Roughly') is no model; 'O3' is o3",
        "These are the results OpenAI reported for O3:\n\n"
        "*   **ARC-AGI:** Between 75.7% and 87.5% on the ARC-AGI sets.\n"
        "*   **AIME 2024:** Roughly 96.7% on the 2024 AIME.\n",
        {("OpenAI o3", "ARC-AGI-1", 75.7), ("OpenAI o3", "AIME 2024", 96.7)},
    ),
    (
        "a citation whose brackets a Markdown export escaped is no score",
        "Claude 3.7 Sonnet: 78.2% GPQA, 96.2% MATH 500\\[2\\]\n",
        {("Claude 3.7 Sonnet", "GPQA", 78.2), ("Claude 3.7 Sonnet", "MATH-500", 96.2)},
    ),
    (
        "gaps written 'apart' and 'by only'",
        "Sable-2 scores 86.0 on AIME 2024, ahead by only 0.3 and 0.7 apart from Kestrel-7.\n",
        {("Sable-2", "AIME 2024", 86.0)},
    ),
    (
        "the model a model was built on is not the one scoring",
        "# Sable-2\n\nIt was trained further on top of Kestrel-7, and reaches 61.5% on"
        " LongBench v2.\n",
        {("Sable-2", "LongBench v2", 61.5)},
    ),
    (
        "a subject named by 'it' only after the value",
        "# Sable-2\n\nOn benchmarks, AIME 2024 reaches 86.0% (second only to Kestrel-7's 91.4%),"
        " and it also does well on MRCR.\n",
        {("Sable-2", "AIME 2024", 86.0), ("Kestrel-7", "AIME 2024", 91.4)},
    ),
    (
        "a tier word after a catalog name makes another model",
        "Grok 3 mini scored 39.7% on AIME 2024.\n",
        {("Grok 3 mini", "AIME 2024", 39.7)},
    ),
    (
        "a maker's name before a compared model",
        "# Sable-2\n\n- AIME 2024 at 86.0, on par with OpenAI o3-mini.\n",
        {("Sable-2", "AIME 2024", 86.0)},
    ),
    (
        "chinese: a gap is no score, a compared model is an object, 的 is a possessive",
        "# Sable-2\n\n人工评估比 Kestrel-7 高出约 8%。\n\n"
        "- GPQA 为 77.3%，逼近 Kestrel-7。\n\n"
        "Sable-2 在 AIME 2024 上得到 86.7，比 Kestrel-7 的 79.8 高。\n",
        {
            ("Sable-2", "GPQA", 77.3),
            ("Sable-2", "AIME 2024", 86.7),
            ("Kestrel-7", "AIME 2024", 79.8),
        },
    ),
    (
        "a benchmark one letter apart from a catalog's is another benchmark",
        "Sable-2 scores 66.8 on SimpleVQA and 52.9 on SimpleQA.\n",
        {("Sable-2", "SimpleVQA", 66.8), ("Sable-2", "SimpleQA", 52.9)},
    ),
    (
        "a bare size is not a model",
        "With thinking turned off, the same 235B weights fall from 85.7 to 40.1 on AIME 2024.\n",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in SHAPES], ids=[r[0] for r in SHAPES])
def test_shape(tmp_path: Path, text: str, expected: set[tuple[str, str, float]]) -> None:
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    report = api.scan([tmp_path])
    got = {(c.model, c.benchmark, c.value) for c in report.claims if not c.ambiguous}
    assert got == expected


def test_a_tools_phrase_stays_with_its_own_benchmark(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "Claude Opus 5 achieved 82.1% on SWE-bench Verified and 45.3% on Humanity's Last Exam"
        " with search enabled.\n",
        encoding="utf-8",
    )
    quals = {c.benchmark: c.qualifiers for c in api.scan([tmp_path]).claims}
    assert quals == {"SWE-bench Verified": {}, "Humanity's Last Exam": {"tools": "with"}}


def _quals(tmp_path: Path, text: str) -> set[tuple[str, float, tuple[tuple[str, str], ...]]]:
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    return {(c.model, c.value, tuple(c.qualifiers.items())) for c in api.scan([tmp_path]).claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On OrbitQA, Arden-4 Max reaches 85.0% in thinking mode, and Pell 9 manages 71.5%.\n",
            {("Arden-4 Max", 85.0, (("mode", "thinking"),)), ("Pell 9", 71.5, ())},
        ),
        (
            "Arden-4 Max scored 61.3% (no thinking) and 85.0% (thinking) on OrbitQA.\n",
            {
                ("Arden-4 Max", 61.3, (("mode", "non-thinking"),)),
                ("Arden-4 Max", 85.0, (("mode", "thinking"),)),
            },
        ),
        (
            "Arden-4 Max hits 85.0 on OrbitQA with thinking on.\n",
            {("Arden-4 Max", 85.0, (("mode", "thinking"),))},
        ),
        (
            "On OrbitQA without tools Arden-4 Max gets 31.2% and Pell 9 14.1%.\n",
            {
                ("Arden-4 Max", 31.2, (("tools", "without"),)),
                ("Pell 9", 14.1, (("tools", "without"),)),
            },
        ),
        (
            "Arden-4 Max scored 31.4% on OrbitQA without tools, and Pell 9 scored 20.1%.\n",
            {("Arden-4 Max", 31.4, (("tools", "without"),)), ("Pell 9", 20.1, ())},
        ),
        (
            "On OrbitQA with five exemplars, Arden-4 Max scores 81.7; asked zero-shot, it gets "
            "79.9. Its best-of-8 score is 84.0%.\n",
            {
                ("Arden-4 Max", 81.7, (("shots", "5-shot"),)),
                ("Arden-4 Max", 79.9, (("shots", "0-shot"),)),
                ("Arden-4 Max", 84.0, (("best-of", "8"),)),
            },
        ),
        (
            "Arden-4 Max's OrbitQA score is 95.8% at high effort and 88.2% at low effort.\n",
            {
                ("Arden-4 Max", 95.8, (("mode", "high"),)),
                ("Arden-4 Max", 88.2, (("mode", "low"),)),
            },
        ),
        (
            "Arden-4 Max, an open reasoning model, scored 71.3% on OrbitQA.\n\nAt its high "
            "reasoning-effort setting, Arden-4 Max reaches 95.8% on ZetaMath.\n\n"
            "Arden-4 Max scores 41.0% on Quarry-Bench when allowed tools.\n",
            {
                ("Arden-4 Max", 71.3, ()),
                ("Arden-4 Max", 95.8, (("mode", "high"),)),
                ("Arden-4 Max", 41.0, (("tools", "with"),)),
            },
        ),
        (
            "Arden-4 Max is out. With thinking mode on, OrbitQA came in at 85.0%; with thinking "
            "off we saw 61.3%.\n",
            {
                ("Arden-4 Max", 85.0, (("mode", "thinking"),)),
                ("Arden-4 Max", 61.3, (("mode", "non-thinking"),)),
            },
        ),
        (
            "## Arden-4 Max\n\n- OrbitQA — 96.7% at pass@8 (92.3% at pass@1)\n",
            {("Arden-4 Max", 96.7, (("pass@k", "8"),)), ("Arden-4 Max", 92.3, ())},
        ),
    ],
    ids=[
        "mode after a value",
        "modes in brackets",
        "thinking on",
        "opening tools phrase, two models",
        "tools phrase of the first clause only",
        "shots in words, best-of-n",
        "effort levels",
        "a reasoning model is no mode; effort settings; allowed tools",
        "a mode opening each clause",
        "pass@k of the first value only",
    ],
)
def test_conditions_stay_with_their_value(
    tmp_path: Path, text: str, expected: set[tuple[str, float, tuple[tuple[str, str], ...]]]
) -> None:
    assert _quals(tmp_path, text) == expected


def test_html_table_with_spanning_headers_and_a_settings_row(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        "<table><thead><tr><th rowspan='2'>Model</th><th colspan='2'>Knowledge</th>"
        "<th rowspan='2'>Quarry-Bench</th></tr><tr><th>OrbitQA</th><th>GPQA Diamond</th></tr>"
        "<tr><td><em>setting</em></td><td>EM, 5-shot</td><td>acc, 0-shot</td><td>score</td>"
        "</tr></thead><tbody><tr><td>Pell 9</td><td>64.0</td><td>71.5<sup>*</sup></td>"
        "<td>33.0</td></tr><tr><td>Arden-4 Max</td><td>66.5</td><td>73.0</td><td>n/a</td></tr>"
        "</tbody></table>",
        encoding="utf-8",
    )
    got = {
        (c.model, c.benchmark, c.value, tuple(c.qualifiers.items()))
        for c in api.scan([tmp_path]).claims
    }
    assert got == {
        ("Pell 9", "OrbitQA", 64.0, (("shots", "5-shot"),)),
        ("Pell 9", "GPQA Diamond", 71.5, (("shots", "0-shot"),)),
        ("Pell 9", "Quarry-Bench", 33.0, ()),
        ("Arden-4 Max", "OrbitQA", 66.5, (("shots", "5-shot"),)),
        ("Arden-4 Max", "GPQA Diamond", 73.0, (("shots", "0-shot"),)),
    }


def test_shots_are_qualifiers_of_their_value_only(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        dict((r[0], r[1]) for r in SHAPES)["shots stay on their own value"], encoding="utf-8"
    )
    quals = {c.benchmark: c.qualifiers for c in api.scan([tmp_path]).claims}
    assert quals == {"MMLU": {"shots": "5-shot"}, "GSM8K": {}}


def test_html_table_and_prose_agree_across_sources(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        "<html><body><nav>Home | 99.1</nav><article><p>Kestrel 5 reached 78.9% on "
        "SWE-bench Verified.</p><table><thead><tr><th>Benchmark</th><th>Kestrel 5</th>"
        "<th>GPT-5.4</th></tr></thead><tbody><tr><td>GPQA Diamond</td><td><b>86.0%</b></td>"
        "<td>92.8%</td></tr><tr><td>AIME 2025 (no tools)</td><td>91.0%</td><td>—</td></tr>"
        "</tbody></table></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "| Model | GPQA Diamond (%) |\n|:--|--:|\n| Kestrel 5 | 86.0 |\n| GPT-5.4 | 92.8 |\n",
        encoding="utf-8",
    )
    report = api.scan([tmp_path])
    got = {
        (Path(c.source).name, c.model, c.benchmark, c.value, tuple(c.qualifiers.items()))
        for c in report.claims
    }
    assert ("a.html", "Kestrel 5", "AIME 2025", 91.0, (("tools", "without"),)) in got
    assert ("b.md", "Kestrel 5", "GPQA Diamond", 86.0, ()) in got
    assert [k for k in report.conflicts if k.severity == "error"] == []
