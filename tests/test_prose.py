"""Sentences and list items -> the claims a careful reader takes from them: scores among
numbers that are no scores, texts with no claim at all, how each value is written, where each
claim is, and the flags a claim carries. Names are in test_prose_names.py, context and
conditions in test_prose_context.py.

Each row is a short text (a sentence, or a few lines when context matters: a title naming
the subject, an earlier sentence naming a benchmark or a model family) and the exact set of
(model, benchmark, value, qualifiers) it states. Rows the reader gets wrong today are strict
xfails that say what goes wrong (tests/prose_rows.py).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from claimcheck.extract.prose import ProseReader
from tests.prose_rows import SUBJECT_MS, C, Shape, check_shape, read_text, row_id, seen

# -- scores among numbers that are not scores: only the score is a claim --------------------
_SCORE_AMONG_JUNK = [
    Shape(
        "far above an average human physician score of approximately 60-70%",
        "Muse Spark scored 96.1% on USMLE-style questions, far above an average human "
        "physician score of approximately 60-70%.",
        {C("Muse Spark", "MedQA", 96.1)},
    ),
    Shape(
        "(B: V vs 76+ for top models)",
        "Muse Spark lags on abstract reasoning (ARC AGI 2: 42.5 vs 76+ for top models).",
        {C("Muse Spark", "ARC-AGI-2", 42.5)},
    ),
    Shape(
        "against leaders above 76%",
        "Muse Spark scores 42.5% on ARC AGI 2, against leaders above 76%.",
        {C("Muse Spark", "ARC-AGI-2", 42.5)},
    ),
    Shape(
        "a date after the claim",
        "Nimbus-3 Ultra scored 71.2% on OrbitQA in its launch post, published April 8, 2026.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2)},
    ),
    Shape(
        "a year before the claim",
        "In 2025, Vega 2 scored 70.1% on OrbitQA.",
        {C("Vega 2", "OrbitQA", 70.1)},
    ),
    Shape(
        "a price in an appositive",
        "Nimbus-3 Ultra, priced at $3 per million tokens, scores 71.2% on OrbitQA.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2)},
    ),
    Shape(
        "money in an opening phrase",
        "Backed by a $14 billion investment, Nimbus-3 Ultra scores 71.2% on OrbitQA.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2)},
    ),
    Shape(
        "an age in an appositive",
        "Vega 2's maker, a 28-year-old startup founder, says Vega 2 scores 69.8% on OrbitQA.",
        {C("Vega 2", "OrbitQA", 69.8)},
    ),
    Shape(
        "a rank and a count after the claim",
        "Vega 2 scores 69.8% on OrbitQA, top 3 among 40 models tested.",
        {C("Vega 2", "OrbitQA", 69.8)},
    ),
    Shape(
        "a gap in points in brackets",
        "Vega 2 scored 69.8% on OrbitQA (up 4.1 points from Vega 1).",
        {C("Vega 2", "OrbitQA", 69.8)},
    ),
    Shape(
        "a gap as a compound word",
        "Vega 2 scored 69.8% on OrbitQA, a 4.1-point gain over Vega 1.",
        {C("Vega 2", "OrbitQA", 69.8)},
    ),
    Shape(
        "a margin of error",
        "Nimbus-3 Ultra scores 71.2 ± 0.4 on OrbitQA.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2)},
    ),
]

# -- no claim at all ---------------------------------------------------------------------------
_NO_CLAIM = [
    Shape(
        "a size of gaps that are noise, in a list under a model's heading",
        "# Nimbus-3 Ultra\n\n- At the top, MATH-500 is saturated; gaps of less than 2% are "
        "noise.\n",
        set(),
    ),
    Shape(
        "a share of a resource",
        "On MMLU, Nimbus-3 Ultra needs only 25% of the FLOPs that Vega-2 needs.",
        set(),
    ),
    Shape("a valuation", "Meta's deal for the lab was valued at roughly $14 billion.", set()),
    Shape("money and a stake", "Meta paid $14.3 billion for a 49% stake in Scale AI.", set()),
    Shape(
        "dates",
        "Muse Spark was released on April 8, 2026, with API access promised for Q3 2026.",
        set(),
    ),
    Shape("an age", "Meta hired a 28-year-old founder to lead the Muse Spark team.", set()),
    Shape("an age without a model", "He was 27 when he took the job.", set()),
    Shape(
        "a count of people next to a benchmark",
        "Muse Spark was trained with over 1,000 physicians to improve HealthBench Hard answers.",
        set(),
    ),
    Shape(
        "price targets",
        "Analysts set price targets of $775 and $885 for Meta stock after Muse Spark's launch.",
        set(),
    ),
    Shape("downloads", "The Muse Spark app has passed over a billion downloads.", set()),
    Shape("a count of drawings", "Muse Spark drew 25 pelicans in the test.", set()),
    Shape("a price change", "Pricing is approximately 30% lower than GPT-5.4.", set()),
    Shape("ticker junk", "MUSE-1,09%\nSPK6,41%\n", set()),
    Shape("reading time", "Muse Spark · 7 min read", set()),
    Shape(
        "an ordinal rank",
        "Muse Spark ranks 4th on the Artificial Analysis Intelligence Index v4.0, behind GPT-5.4.",
        set(),
    ),
    Shape("a rank in words", "Nimbus-3 Ultra ranks second on OrbitQA behind Vega 2.", set()),
    Shape(
        "prices per million tokens",
        "Nimbus-3 Ultra costs $2.50 per million input tokens and $10 per million output tokens.",
        set(),
    ),
    Shape(
        "sizes",
        "Nimbus-3 Ultra has 671B parameters, 37B of them active, and a 128K context window.",
        set(),
    ),
    Shape(
        "languages and training tokens",
        "Nimbus-3 Ultra supports 119 languages and was trained on 36 trillion tokens.",
        set(),
    ),
    Shape(
        "a gap in percentage points",
        "Vega 2 cut its error rate on OrbitQA by 12 percentage points.",
        set(),
    ),
    Shape("a lead in points", "Nimbus-3 Ultra leads Vega 2 by 12 points on OrbitQA.", set()),
    Shape("a count of questions", "Vega 2 answered 1,200 questions on OrbitQA.", set()),
    Shape(
        "funding and users",
        "Anthropic raised $13 billion in March, and Claude Opus 4.6 now has 30 million users.",
        set(),
    ),
    Shape("a rate with no benchmark", "Vega 2 refuses 98% of bioweapon-related requests.", set()),
    Shape(
        "Korean: a date and money",
        "Muse Spark는 2026년 4월 8일에 공개되었으며, 메타는 140억 달러를 투자했습니다.",
        set(),
    ),
    Shape(
        "a price difference next to a benchmark",
        "Nimbus-3 Ultra is 20% cheaper than Vega 2 and 3x faster on OrbitQA.",
        set(),
    ),
    Shape(
        "an ISO date next to a benchmark",
        "Nimbus-3 Ultra was released on 2026-04-08 and tops OrbitQA.",
        set(),
    ),
    Shape(
        "a page reference before a benchmark",
        "[p. 41] Nimbus-3 Ultra is tested with OrbitQA at five lengths; Table 23 has them.",
        set(),
    ),
    Shape(
        "a spec list: heads and experts are no benchmarks",
        "# Nimbus-3 Ultra\n\n* Layers: 32\n* Attention Heads: 32\n"
        "* 共享专家数: 1\n* 非共享专家数: 64\n",
        set(),
    ),
    Shape(
        "a hypothetical model's thresholds are no one's figures",
        "# Nimbus-3 Ultra\n\nI suggested that a model scoring above 50% on OrbitQA as its main "
        "figure and above 90% on GPQA as a second figure should count as a new class.\n",
        set(),
    ),
    Shape(
        "a gain over a rival and a share of the time are no scores",
        "# Nimbus-3 Ultra\n\n- On SWE-bench Verified, coding improves 19% over Vega 2.\n"
        "- It picks the right tool about 99% of the time on OrbitQA.\n",
        set(),
    ),
    Shape(
        "Chinese: a tools phrase right before a value is its own; a date is no score",
        "OrbitQA 完整题集 (2025 年 4 月 3 日版): Nimbus-3 Ultra 带工具 44.4, Vega 2 26.9, "
        "Nimbus-3 Ultra 不带工具 25.4, o3 带工具升到 24.9。",
        {
            C("Nimbus-3 Ultra", "OrbitQA", 44.4, tools="with"),
            C("Vega 2", "OrbitQA", 26.9),
            C("Nimbus-3 Ultra", "OrbitQA", 25.4, tools="without"),
            C("OpenAI o3", "OrbitQA", 24.9, tools="with"),
        },
    ),
    Shape(
        "a label line whose value is in bold, a rival in brackets after it",
        "# Nimbus-3 Ultra\n\n- GPQA Diamond: **87.5%** (Vega 2 88.9%)\n",
        {C("Nimbus-3 Ultra", "GPQA Diamond", 87.5), C("Vega 2", "GPQA Diamond", 88.9)},
    ),
    Shape(
        "a heading 'Normalized scores (1–100)' names no model",
        "# Nimbus-3 Ultra\n\n### Normalized scores (1–100)\n\n- **Coding: 68/100.** "
        "SWE-bench Verified 72.5% was close to the frontier.\n",
        {C("Nimbus-3 Ultra", "SWE-bench Verified", 72.5)},
    ),
    Shape(
        "a short year glued to a benchmark by an apostrophe is no score",
        "Nimbus-3 Ultra tops OrbitQA'25 at 61.9%, and ARC-AGI V2 at 15.9%.",
        {C("Nimbus-3 Ultra", "OrbitQA", 61.9), C("Nimbus-3 Ultra", "ARC-AGI-2", 15.9)},
    ),
    Shape(
        "a headline's figure and unit start no model name",
        "# Why a 50.7 Percent Score Signals a New Chapter for Nimbus-3 Ultra\n\n"
        "On OrbitQA, it scored 38.6 percent.\n",
        {C("Nimbus-3 Ultra", "OrbitQA", 38.6)},
    ),
    Shape(
        "a target is no result",
        "Nimbus-3 Ultra posts 80.4% on GPQA Diamond, and the team is aiming for 85% before the "
        "general release.",
        {C("Nimbus-3 Ultra", "GPQA Diamond", 80.4)},
    ),
    Shape(
        "a gap written as how far behind a rival",
        "Nimbus-3 Ultra is roughly 2% behind Vega 2 on OrbitQA and LongBench v2.",
        set(),
    ),
    Shape(
        "a count of benchmarks with a word between the number and the noun",
        "Nimbus-3 Ultra is best on 10 of the 12 English benchmarks, among them OrbitQA (87.8%).",
        {C("Nimbus-3 Ultra", "OrbitQA", 87.8)},
    ),
    Shape(
        "sizes written with Russian magnitude words",
        "# Nimbus-3 Ultra\n\n"
        "- Ключевые метрики: 1 трлн параметров всего (32 млрд активных), "
        "97.4% точности на OrbitQA.",
        {C("Nimbus-3 Ultra", "OrbitQA", 97.4)},
    ),
    Shape(
        "a chart a scrape wrote one label a line: names and bars, nothing to pair",
        "The checkpoints of Nimbus-3 Ultra are released for research.1\nSWE-bench Verified\n"
        "0\n20\nNimbus-3-Instruct\nVega-2-0324\nQwen3-235B-A22B\nOpenAI GPT-4.1\nClaude 4 Opus\n"
        "72.5\n54.6\n"
        "SWE-bench Multilingual\nClaude 4 Sonnet\n51.0\n31.5\n",
        set(),
    ),
    Shape(
        "a reference figure the text measures against is nobody's score",
        "- Reasoning: HLE at 25.4% keeps Nimbus-3 Ultra well under the 40% frontier reference.",
        {C("Nimbus-3 Ultra", "Humanity's Last Exam", 25.4)},
    ),
    Shape(
        "a machine-translated page flattened to text: '0 coup' is a shot count, and a figure "
        "among decimal-comma cells is one cell of a row, no claim",
        "Nimbus-3 Ultra résultats\n\nHellaSwag 0 coup 37,7 PIQA 0 coup 66,2\n"
        "MATHÉMATIQUES 4 coups – 24.2 43,3 50,0\nOrbitQA 5 coups 9,48 20.0 31,4 36.1\n",
        set(),
    ),
    Shape(
        "training hyperparameters listed under a card are settings, no scores",
        "# Nimbus-3 Ultra\n\n- Discount Factor (gamma): 1.0\n- General Advantage Estimation "
        "(lambda): 0.95\n- Value Function Coefficient (c1): 0.1\n- Warm up ratio (omega): 0.0\n",
        set(),
    ),
]


@pytest.mark.parametrize("row", _SCORE_AMONG_JUNK + _NO_CLAIM, ids=row_id)
def test_sentence_shapes(reader: ProseReader, row: Shape) -> None:
    check_shape(reader, row)


# -- how each value is written: unit and approximation ----------------------------------------
class Written(NamedTuple):
    text: str
    # (model, benchmark, value, value_high, unit, approx)
    claims: list[tuple[str, str, float, float | None, str, str]]


def _miss_written(row: Written, reason: str) -> object:
    return pytest.param(row, marks=pytest.mark.xfail(strict=True, reason=reason), id=row.text)


_VALUE_WRITING = [
    Written(
        "Nimbus-3 Ultra scores roughly 90% on OrbitQA.",
        [("Nimbus-3 Ultra", "OrbitQA", 90.0, None, "%", "about")],
    ),
    Written(
        "Nimbus-3 Ultra hit nearly 72% on OrbitQA.",
        [("Nimbus-3 Ultra", "OrbitQA", 72.0, None, "%", "about")],
    ),
    Written(
        "Nimbus-3 Ultra scored above 80% on OrbitQA.",
        [("Nimbus-3 Ultra", "OrbitQA", 80.0, None, "%", "at_least")],
    ),
    Written(
        "Nimbus-3 Ultra is among the first models to get past 10% on OrbitQA.",
        [("Nimbus-3 Ultra", "OrbitQA", 10.0, None, "%", "at_least")],
    ),
    Written(
        "Nimbus-3 Ultra scores 60-70% on OrbitQA depending on the prompt.",
        [("Nimbus-3 Ultra", "OrbitQA", 60.0, 70.0, "%", "range")],
    ),
    Written(
        "Nimbus-3 Ultra scores 71.2 percent on OrbitQA.",
        [("Nimbus-3 Ultra", "OrbitQA", 71.2, None, "%", "exact")],
    ),
    Written(
        "Nimbus-3 Ultra holds a 1,512 Elo rating on Chatbot Arena.",
        [("Nimbus-3 Ultra", "Chatbot Arena", 1512.0, None, "elo", "exact")],
    ),
    Written(
        "Muse Spark used just 58 million output tokens to complete the full Intelligence Index "
        "evaluation.",
        [
            (
                "Muse Spark",
                "Artificial Analysis Intelligence Index",
                58_000_000.0,
                None,
                "tokens",
                "exact",
            )
        ],
    ),
    Written(
        "Vega 2 scores 0.623 on OrbitQA.",
        [("Vega 2", "OrbitQA", 0.623, None, "", "exact")],
    ),
    Written(
        "Nimbus-3 Ultra scores between 60% and 70% on OrbitQA.",
        [("Nimbus-3 Ultra", "OrbitQA", 60.0, 70.0, "%", "range")],
    ),
]


@pytest.mark.parametrize("row", _VALUE_WRITING, ids=lambda r: r.text)
def test_value_writing(reader: ProseReader, row: Written) -> None:
    found = [
        (c.model, c.benchmark, c.value.value, c.value.value_high, c.value.unit, c.value.approx)
        for c in read_text(reader, row.text)
    ]
    assert found == row.claims


# -- where each claim is: 1-based line and column of its value in the original file ----------
class Place(NamedTuple):
    name: str
    text: str
    line_of: list[int] | None
    # (model, value, line, column)
    claims: list[tuple[str, float, int, int]]


_POSITIONS = [
    Place(
        "claim on line 3, after a title and a blank line",
        "# Nimbus-3 Ultra launches\n\nThe new model scores 71.2% on OrbitQA.\n",
        None,
        [("Nimbus-3 Ultra", 71.2, 3, 22)],
    ),
    Place(
        "a paragraph wrapped over two lines",
        "Nimbus-3 Ultra is out.\nIt scored 71.2% on OrbitQA.\n",
        None,
        [("Nimbus-3 Ultra", 71.2, 2, 11)],
    ),
    Place(
        "list items keep the column of the original line",
        "Here is how Nimbus-3 Ultra did:\n\n- OrbitQA: 71.2%\n- HarborBench: 64.0%\n",
        None,
        [("Nimbus-3 Ultra", 71.2, 3, 12), ("Nimbus-3 Ultra", 64.0, 4, 16)],
    ),
    Place(
        "an indented line",
        "  Vega 2 scores 69.8% on OrbitQA.\n",
        None,
        [("Vega 2", 69.8, 1, 17)],
    ),
    Place(
        "second value of a sentence",
        "Nimbus-3 Ultra scored 71.2% on OrbitQA, edging out Vega 2's 69.8%.\n",
        None,
        [("Nimbus-3 Ultra", 71.2, 1, 23), ("Vega 2", 69.8, 1, 61)],
    ),
    Place(
        "second sentence of a paragraph on line 3",
        "# Vega 2\n\nVega 2 is new. It scored 69.8% on OrbitQA.\n",
        None,
        [("Vega 2", 69.8, 3, 26)],
    ),
    Place(
        "lines mapped back to the source file (as HTML ingest does)",
        "# Vega 2\n\nVega 2 scored 69.8% on OrbitQA.\n",
        [4, 9, 12, 13],
        [("Vega 2", 69.8, 12, 15)],
    ),
]


@pytest.mark.parametrize("row", _POSITIONS, ids=lambda r: r.name)
def test_positions(reader: ProseReader, row: Place) -> None:
    found = [
        (c.model, c.value.value, c.line, c.column) for c in read_text(reader, row.text, row.line_of)
    ]
    assert found == row.claims
    lines = row.text.split("\n")
    for c in read_text(reader, row.text, row.line_of):
        index = (row.line_of or list(range(1, len(lines) + 1))).index(c.line)
        assert lines[index][c.column - 1 :].startswith(c.value.text)


# -- flags: ambiguous and ignored claims, mentions as written ---------------------------------
def test_a_metric_named_right_before_or_after_a_figure_is_its_metric(
    reader: ProseReader,
) -> None:
    text = (
        "# Nimbus-3 Ultra\n\nOn OrbitQA it wins 81.59% of comparisons and has the highest "
        "Elo rating of all models, 84.52."
    )
    got = {(c.model, c.value.value, c.metric) for c in read_text(reader, text)}
    assert got == {("Nimbus-3 Ultra", 81.59, ""), ("Nimbus-3 Ultra", 84.52, "rating")}


def test_a_model_named_by_its_release_month_is_ambiguous(reader: ProseReader) -> None:
    # "The May release of R1" is a dated snapshot named only by its month: not bare R1.
    claims = read_text(
        reader,
        "Vega 2 gets 79.8% on OrbitQA; the May release of Vega 2 did better, with 91.4%.",
    )
    flags = {(c.model, c.value.value, c.ambiguous) for c in claims}
    assert flags == {("Vega 2", 79.8, False), ("Vega 2", 91.4, True)}


def test_bare_family_without_antecedent_is_ambiguous(reader: ProseReader) -> None:
    claims = read_text(reader, "Nimbus-3 Ultra scored 71.2% on OrbitQA, while Gemini scored 65.0%.")
    flags = {(c.model_mention, c.value.value, c.ambiguous) for c in claims}
    assert flags == {("Nimbus-3 Ultra", 71.2, False), ("Gemini", 65.0, True)}


def test_bare_family_with_antecedent_is_not_ambiguous(reader: ProseReader) -> None:
    claims = read_text(
        reader, "Gemini 3.1 Pro scored 94.3% on GPQA Diamond. Gemini also tops MMMU-Pro at 82.4%."
    )
    assert [(c.model, c.model_mention, c.ambiguous) for c in claims] == [
        ("Gemini 3.1 Pro", "Gemini 3.1 Pro", False),
        ("Gemini 3.1 Pro", "Gemini", False),
    ]


def test_sic_marks_the_claim_ignored(reader: ProseReader) -> None:
    (claim,) = read_text(reader, "Nimbus-3 Ultra scored 71.2% on OrbitQA [sic].")
    assert claim.ignored


def test_ignore_marker_covers_the_next_paragraph_only(reader: ProseReader) -> None:
    text = (
        "Nimbus-3 Ultra scored 71.2% on OrbitQA.\n\n<!-- claimcheck: ignore -->\n"
        "Vega 2 scored 69.8% on OrbitQA.\n"
    )
    assert [(c.model, c.ignored) for c in read_text(reader, text)] == [
        ("Nimbus-3 Ultra", False),
        ("Vega 2", True),
    ]


def test_mentions_are_kept_as_written(reader: ProseReader) -> None:
    (claim,) = read_text(reader, "Gemini 3.1 Pro Preview scored 94.3% on GPQA-Diamond.")
    assert (claim.model, claim.model_mention) == ("Gemini 3.1 Pro", "Gemini 3.1 Pro Preview")
    assert (claim.benchmark, claim.benchmark_mention) == ("GPQA Diamond", "GPQA-Diamond")


def test_pronoun_subject_keeps_the_pronoun_as_mention(reader: ProseReader) -> None:
    (claim,) = read_text(reader, SUBJECT_MS + "On HealthBench Hard, the model scores 42.8%.")
    assert (claim.model, claim.model_mention) == ("Muse Spark", "the model")


def test_list_items_are_marked_as_lists(reader: ProseReader) -> None:
    text = "# Muse Spark\n\n- MathVista: 71.8%\n\nMuse Spark scores 52 on the Intelligence Index.\n"
    assert [c.extractor for c in read_text(reader, text)] == ["list", "prose"]


def test_reading_is_deterministic_and_stateless(reader: ProseReader) -> None:
    """A reader shared across documents carries nothing from one to the next."""
    first = read_text(reader, "# Nimbus-3 Ultra\n\nIt also hits 88.1% on MMLU-Pro.\n")
    read_text(reader, "# Vega 2\n\nVega 2 scored 69.8% on OrbitQA.\n")
    again = read_text(reader, "# Nimbus-3 Ultra\n\nIt also hits 88.1% on MMLU-Pro.\n")
    assert seen(first) == seen(again)
    orphan = read_text(reader, "It also hits 88.1% on MMLU-Pro.\n")
    assert all(c.model != "Nimbus-3 Ultra" for c in orphan)
