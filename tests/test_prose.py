"""Sentences and list items -> the claims a careful reader takes from them.

Each row is a short text (a sentence, or a few lines when context matters: a title naming
the subject, an earlier sentence naming a benchmark or a model family) and the exact set of
(model, benchmark, value, qualifiers) it states. Models and benchmarks no catalog holds
("Nimbus-3 Ultra", "OrbitQA") are as normal as known ones. Rows the reader gets wrong today
are strict xfails that say what goes wrong.

The text runs through the real pipeline for prose: `segments.blocks` then
`ProseReader.read`, with the built-in catalog only.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from claimcheck.catalog import default
from claimcheck.extract.prose import ProseReader, RawClaim
from claimcheck.extract.segments import blocks

Quals = tuple[tuple[str, str], ...]
Seen = tuple[str, str, float, Quals]


def C(model: str, benchmark: str, value: float, **qualifiers: str) -> Seen:
    """One expected claim; qualifiers as keywords (`mode="contemplating"`)."""
    return (model, benchmark, value, tuple(sorted(qualifiers.items())))


class Shape(NamedTuple):
    name: str
    text: str
    claims: set[Seen]


def _miss(row: Shape, reason: str) -> object:
    return pytest.param(row, marks=pytest.mark.xfail(strict=True, reason=reason), id=row.name)


def _id(row: Shape) -> str:
    return row.name


_SUBJECT_MS = "Muse Spark is Meta's new model. "
PARALLEL = "parallel test-time compute"  # several samples and a judge: a setup of its own

# -- names no catalog holds ------------------------------------------------------------------
_UNKNOWN_NAMES = [
    Shape(
        "scored V on B, edging out M2's V2",
        "Nimbus-3 Ultra scored 71.2% on OrbitQA, edging out Vega 2's 69.8%.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2), C("Vega 2", "OrbitQA", 69.8)},
    ),
    Shape(
        "one subject, two benchmarks",
        "Nimbus-3 Ultra scores 71.2% on OrbitQA and 64.0% on HarborBench.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2), C("Nimbus-3 Ultra", "HarborBench", 64.0)},
    ),
    Shape(
        "benchmark label, then name-value pairs",
        "OrbitQA results: Nimbus-3 Ultra 71.2, Vega 2 69.8, Kestrel-7 66.0.",
        {
            C("Nimbus-3 Ultra", "OrbitQA", 71.2),
            C("Vega 2", "OrbitQA", 69.8),
            C("Kestrel-7", "OrbitQA", 66.0),
        },
    ),
    Shape(
        "topped the B leaderboard with a score of V",
        "Kestrel-7 Max topped the SkyMath leaderboard with a score of 88.2.",
        {C("Kestrel-7 Max", "SkyMath", 88.2)},
    ),
    Shape(
        "M's B score of V",
        "Nimbus-3 Ultra's OrbitQA score of 71.2% is the best yet.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2)},
    ),
    Shape(
        "value before its subject",
        "With 71.2% on OrbitQA, Nimbus-3 Ultra leads the field.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2)},
    ),
    Shape(
        "M (V) and M2 (V2) on B",
        "Nimbus-3 Ultra (71.2%) and Vega 2 (69.8%) lead on OrbitQA.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2), C("Vega 2", "OrbitQA", 69.8)},
    ),
    Shape(
        "a V pass rate on B",
        "Nimbus-3 Ultra achieved a 71.2% pass rate on HarborBench.",
        {C("Nimbus-3 Ultra", "HarborBench", 71.2)},
    ),
    Shape(
        "relative clause holds the score",
        "Nimbus-3 Ultra, which scored 71.2% on OrbitQA, beats Vega 2.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2)},
    ),
    Shape(
        "B accuracy for M is V",
        "OrbitQA accuracy for Nimbus-3 Ultra is 71.2%.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2)},
    ),
    Shape(
        "the best B score, V, belongs to M",
        "The best OrbitQA score, 71.2%, belongs to Nimbus-3 Ultra.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2)},
    ),
    Shape(
        "tops B with V, while M2 manages V2",
        "Orion-2 Pro tops the new HarborBench agentic suite with 63.4, while Vega 3 manages 58.9.",
        {C("Orion-2 Pro", "HarborBench", 63.4), C("Vega 3", "HarborBench", 58.9)},
    ),
    Shape(
        "M's B result (V) lags M2's V2",
        "Vega 3's HarborBench result (58.9) lags Orion-2 Pro's 63.4.",
        {C("Vega 3", "HarborBench", 58.9), C("Orion-2 Pro", "HarborBench", 63.4)},
    ),
    Shape(
        "results on B: M got V, while M2 got V2",
        "Results on ZephyrMath were mixed: Kestrel-7 Max got 55.0, while Vega 2 got 61.5.",
        {C("Kestrel-7 Max", "ZephyrMath", 55.0), C("Vega 2", "ZephyrMath", 61.5)},
    ),
    Shape(
        "up from V2 for an older model",
        "On OrbitQA, the new Nimbus-3 Ultra managed 71.2%, up from 64.0% for Nimbus-2.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2), C("Nimbus-2", "OrbitQA", 64.0)},
    ),
    Shape(
        "M: V on B",
        "Vega 2: 69.8% on OrbitQA.",
        {C("Vega 2", "OrbitQA", 69.8)},
    ),
    Shape(
        "a fraction is read as written (normalize scales it)",
        "Vega 2 scores 0.623 on OrbitQA.",
        {C("Vega 2", "OrbitQA", 0.623)},
    ),
    Shape(
        "improved from V0 to V: the earlier state is no claim",
        "Nimbus-3 Ultra improved from 64.0% to 71.2% on OrbitQA.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2)},
    ),
    Shape(
        "a series of bare name-value pairs after the first clause",
        "On OrbitQA, Nimbus-3 Ultra reaches 71.2%, Vega 2 69.8% and Kestrel-7 Max 66.0%.",
        {
            C("Nimbus-3 Ultra", "OrbitQA", 71.2),
            C("Vega 2", "OrbitQA", 69.8),
            C("Kestrel-7 Max", "OrbitQA", 66.0),
        },
    ),
    Shape(
        "M trails M2 on B, V to V2",
        "Vega 2 trails Nimbus-3 Ultra on OrbitQA, 69.8% to 71.2%.",
        {C("Vega 2", "OrbitQA", 69.8), C("Nimbus-3 Ultra", "OrbitQA", 71.2)},
    ),
    Shape(
        "M outscored M2 on B, V to V2",
        "Nimbus-3 Ultra outscored Vega 2 on OrbitQA, 71.2% to 69.8%.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2), C("Vega 2", "OrbitQA", 69.8)},
    ),
    Shape(
        "M beats M2 (V2) on B with V",
        "Nimbus-3 Ultra beats Vega 2 (69.8%) on OrbitQA with 71.2%.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2), C("Vega 2", "OrbitQA", 69.8)},
    ),
    Shape(
        "improves its B score by D points to V",
        "Vega 2 improves its OrbitQA score by 4.1 points to 69.8%.",
        {C("Vega 2", "OrbitQA", 69.8)},
    ),
    Shape(
        "on the B benchmark",
        "Nimbus-3 Ultra scored 71.2% on the OrbitQA benchmark.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2)},
    ),
    Shape(
        "a second model's clause with its verb left out",
        "On OrbitQA, Nimbus-3 Ultra goes from 91.2 at launch to 61.4 now and Vega-2 Pro "
        "from 94.8 to 67.3.",
        {
            C("Nimbus-3 Ultra", "OrbitQA", 91.2),
            C("Nimbus-3 Ultra", "OrbitQA", 61.4),
            C("Vega-2 Pro", "OrbitQA", 67.3),
        },
    ),
]

# -- the subject, pronouns, family names, and context carried between sentences -------------
_CONTEXT = [
    Shape(
        "the model = the article's subject; V2 for M2, V3 for M3",
        _SUBJECT_MS + "On HealthBench Hard, the model scores 42.8%, compared to 40.1% for "
        "GPT-5.4 and 20.6% for Gemini 3.1 Pro.",
        {
            C("Muse Spark", "HealthBench Hard", 42.8),
            C("GPT-5.4", "HealthBench Hard", 40.1),
            C("Gemini 3.1 Pro", "HealthBench Hard", 20.6),
        },
    ),
    Shape(
        "the new model, subject named by the title",
        "# Nimbus-3 Ultra launches\n\nThe new model scores 71.2% on OrbitQA.\n",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2)},
    ),
    Shape(
        "it, subject named by the title",
        "# Nimbus-3 Ultra\n\nIt also hits 88.1% on MMLU-Pro.\n",
        {C("Nimbus-3 Ultra", "MMLU-Pro", 88.1)},
    ),
    Shape(
        "it, subject named by the previous sentence",
        "Nimbus-3 Ultra scored 71.2% on OrbitQA, a record. It also reached 64.0% on HarborBench.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2), C("Nimbus-3 Ultra", "HarborBench", 64.0)},
    ),
    Shape(
        "list item under a title naming the subject, with a comparison aside",
        "# Muse Spark: headline results\n\n- MMLU-Pro: 91.2% (surpassing GPT-5's reported 89.8%)\n",
        {C("Muse Spark", "MMLU-Pro", 91.2), C("GPT-5", "MMLU-Pro", 89.8)},
    ),
    Shape(
        "list items under a title: benchmark label, value, trailing words",
        '# Muse Spark: headline results\n\n- MedQA (USMLE): 96.1% ("highest score ever by an '
        'AI system")\n- HumanEval+: 94.7% on coding tasks\n- MathVista: 71.8%\n',
        {
            C("Muse Spark", "MedQA", 96.1),
            C("Muse Spark", "HumanEval+", 94.7),
            C("Muse Spark", "MathVista", 71.8),
        },
    ),
    Shape(
        "list items under an intro line naming the subject",
        "Here is how Nimbus-3 Ultra did:\n\n- OrbitQA: 71.2%\n- HarborBench: 64.0%\n",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2), C("Nimbus-3 Ultra", "HarborBench", 64.0)},
    ),
    Shape(
        "list item whose aside quotes another model's name",
        "# Muse Spark: headline results\n\n- MathVista: 71.8%\n"
        '- GPQA Diamond: 78.4% (competitive with "Gemini Ultra 2")\n'
        "- HumanEval+: 94.7% on coding tasks\n",
        {
            C("Muse Spark", "MathVista", 71.8),
            C("Muse Spark", "GPQA Diamond", 78.4),
            C("Muse Spark", "HumanEval+", 94.7),
        },
    ),
    Shape(
        "benchmark carried from the previous sentence ('on it')",
        "# Muse Spark review\n\nGDPval-AA measures real-world knowledge work. Muse Spark posts "
        "1,427 ELO on it. Claude Sonnet 4.6 comes in at 1,648.\n",
        {C("Muse Spark", "GDPval-AA", 1427.0), C("Claude Sonnet 4.6", "GDPval-AA", 1648.0)},
    ),
    Shape(
        "benchmark carried to the next sentence of the paragraph",
        "Kestrel-7 Max scored 71.2 on OrbitQA. Vega 2 managed 69.8.",
        {C("Kestrel-7 Max", "OrbitQA", 71.2), C("Vega 2", "OrbitQA", 69.8)},
    ),
    Shape(
        "M posts V ELO. M2 hits V2 and M3 reaches V3.",
        "On GDPval-AA, Muse Spark posts 1,427 ELO. Claude Sonnet 4.6 hits 1,648 and GPT-5.4 "
        "reaches 1,676.",
        {
            C("Muse Spark", "GDPval-AA", 1427.0),
            C("Claude Sonnet 4.6", "GDPval-AA", 1648.0),
            C("GPT-5.4", "GDPval-AA", 1676.0),
        },
    ),
    Shape(
        "bare family name = latest full mention of the family",
        "Gemini 2.5 Pro scored 86.4% on GPQA Diamond last year; Gemini 3.1 Pro now scores "
        "94.3%. Gemini also tops MMMU-Pro at 82.4%.",
        {
            C("Gemini 2.5 Pro", "GPQA Diamond", 86.4),
            C("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
            C("Gemini 3.1 Pro", "MMMU-Pro", 82.4),
        },
    ),
    Shape(
        "In Contemplating mode, it outperforms Gemini and M2, scoring V versus Gemini's V2",
        "Muse Spark trails Gemini 3.1 Pro on MMMU-Pro. In Contemplating mode, it outperforms "
        "both Gemini and GPT-5.4 on CharXiv Reasoning, scoring 86.4 versus Gemini's 80.2 and "
        "GPT-5.4's 82.8.",
        {
            C("Muse Spark", "CharXiv Reasoning", 86.4, mode="contemplating"),
            C("Gemini 3.1 Pro", "CharXiv Reasoning", 80.2),
            C("GPT-5.4", "CharXiv Reasoning", 82.8),
        },
    ),
    Shape(
        "M's Contemplating mode scored V without tools and V2 with tool assistance",
        "On Humanity's Last Exam, Muse Spark's Contemplating mode scored 50.2 without tools and "
        "58.0 with tool assistance.",
        {
            C("Muse Spark", "Humanity's Last Exam", 50.2, mode="contemplating", tools="without"),
            C("Muse Spark", "Humanity's Last Exam", 58.0, mode="contemplating", tools="with"),
        },
    ),
    Shape(
        "bullet: B: M's mode scored V, V2; outperforming M3 (V3) and M4 (V4) in a condition",
        "· Humanity's Last Exam: Muse Spark's Contemplating mode scored 50.2 without tools and "
        "58.0 with tool assistance, outperforming both Gemini Deep Think (48.4) and GPT-5.4 Pro "
        "(43.9) in the no-tools condition.",
        {
            C("Muse Spark", "Humanity's Last Exam", 50.2, mode="contemplating", tools="without"),
            C("Muse Spark", "Humanity's Last Exam", 58.0, mode="contemplating", tools="with"),
            C("Gemini Deep Think", "Humanity's Last Exam", 48.4, tools="without"),
            C("GPT-5.4 Pro", "Humanity's Last Exam", 43.9, tools="without"),
        },
    ),
    Shape(
        "its score of V places it fourth, behind M2 at V2, M3 at V3, and M4",
        _SUBJECT_MS + "Its overall AI Index score of 52 places it fourth, behind GPT-5.4 "
        "at 57, Claude Opus 4.6 at 53, and Gemini 3.1 Pro.",
        {
            C("Muse Spark", "Artificial Analysis Intelligence Index", 52.0),
            C("GPT-5.4", "Artificial Analysis Intelligence Index", 57.0),
            C("Claude Opus 4.6", "Artificial Analysis Intelligence Index", 53.0),
        },
    ),
    _miss(
        Shape(
            "token counts whose unit is stated once",
            "Muse Spark used just 58 million output tokens to complete the full Intelligence "
            "Index evaluation. Claude Opus 4.6 used 157 million. GPT-5.4 used 120 million.",
            {
                C("Muse Spark", "Artificial Analysis Intelligence Index", 58_000_000.0),
                C("Claude Opus 4.6", "Artificial Analysis Intelligence Index", 157_000_000.0),
                C("GPT-5.4", "Artificial Analysis Intelligence Index", 120_000_000.0),
            },
        ),
        "'157 million' and '120 million' without the word 'tokens' are dropped as money-like "
        "scales, though the previous sentence states the unit",
    ),
]

# -- known models and benchmarks, spelled as articles spell them -----------------------------
_KNOWN_NAMES = [
    Shape(
        "scores V on B, trailing M2 at V2 and M3 at V3",
        "Muse Spark scores 89.5% on GPQA Diamond, trailing Gemini 3.1 Pro at 94.3% and Claude "
        "Opus 4.6 at 92.7%.",
        {
            C("Muse Spark", "GPQA Diamond", 89.5),
            C("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
            C("Claude Opus 4.6", "GPQA Diamond", 92.7),
        },
    ),
    Shape(
        "(B: V vs M2's V2)",
        "Muse Spark lags on agentic coding (Terminal-Bench 2.0: 59.0 vs GPT-5.4's 75.1).",
        {C("Muse Spark", "Terminal-Bench 2.0", 59.0), C("GPT-5.4", "Terminal-Bench 2.0", 75.1)},
    ),
    Shape(
        "compared with M2's V2, M manages V on B",
        "Compared with GPT-5.4's 75.1, Muse Spark manages 59.0 on Terminal-Bench 2.0.",
        {C("GPT-5.4", "Terminal-Bench 2.0", 75.1), C("Muse Spark", "Terminal-Bench 2.0", 59.0)},
    ),
    Shape(
        "appositive naming another model",
        "DeepSeek-V3, the base model R1 was trained from, scores 39.2% on AIME 2024.",
        {C("DeepSeek-V3", "AIME 2024", 39.2)},
    ),
    Shape(
        "M scored just V and short-named M2 scored V2",
        "On the Artificial Analysis Intelligence Index, Llama 4 Maverick scored just 18 and "
        "Scout scored 13.",
        {
            C("Llama 4 Maverick", "Artificial Analysis Intelligence Index", 18.0),
            C("Llama 4 Scout", "Artificial Analysis Intelligence Index", 13.0),
        },
    ),
    Shape(
        "bullet: Category (B): M scored V, outperforming M2 (V2) and M3 (V3)",
        "· Multimodal Understanding (CharXiv Reasoning): Muse Spark scored 86.4, outperforming "
        "GPT-5.4 (82.8) and Gemini 3.1 Pro (80.2).",
        {
            C("Muse Spark", "CharXiv Reasoning", 86.4),
            C("GPT-5.4", "CharXiv Reasoning", 82.8),
            C("Gemini 3.1 Pro", "CharXiv Reasoning", 80.2),
        },
    ),
    Shape(
        "ranking second behind only M2 Preview (V2)",
        "Muse Spark scores 80.5% on MMMU-Pro, ranking second globally behind only Gemini 3.1 "
        "Pro Preview (82.4%).",
        {C("Muse Spark", "MMMU-Pro", 80.5), C("Gemini 3.1 Pro", "MMMU-Pro", 82.4)},
    ),
    Shape(
        "nearly tripling M2's V2",
        "Muse Spark scores 52 on the Intelligence Index, nearly tripling Llama 4 Maverick's 18.",
        {
            C("Muse Spark", "Artificial Analysis Intelligence Index", 52.0),
            C("Llama 4 Maverick", "Artificial Analysis Intelligence Index", 18.0),
        },
    ),
    Shape(
        "more than double M2's V2",
        "Gemini 3.1 Pro posts 77.1% on ARC-AGI-2, more than double Claude Opus 4.6's 37.6%.",
        {C("Gemini 3.1 Pro", "ARC-AGI-2", 77.1), C("Claude Opus 4.6", "ARC-AGI-2", 37.6)},
    ),
    Shape(
        "GPT-5.4 and GPT-5 in one sentence stay apart",
        "GPT-5.4 scores 92.8% on GPQA Diamond while GPT-5 scores 87.3%.",
        {C("GPT-5.4", "GPQA Diamond", 92.8), C("GPT-5", "GPQA Diamond", 87.3)},
    ),
    Shape(
        "GPT-5.4 Pro and GPT-5.4 stay apart",
        "GPT-5.4 Pro scores 43.9 on Humanity's Last Exam, ahead of GPT-5.4 at 39.8.",
        {
            C("GPT-5.4 Pro", "Humanity's Last Exam", 43.9),
            C("GPT-5.4", "Humanity's Last Exam", 39.8),
        },
    ),
    Shape(
        "Opus and Sonnet stay apart",
        "Claude Opus 4.6 leads with 92.7% on GPQA Diamond; Claude Sonnet 4.6 follows at 89.1%.",
        {C("Claude Opus 4.6", "GPQA Diamond", 92.7), C("Claude Sonnet 4.6", "GPQA Diamond", 89.1)},
    ),
    Shape(
        "HealthBench and HealthBench Hard stay apart",
        "On HealthBench, GPT-5.4 scores 67.2%; on HealthBench Hard it scores 40.1%.",
        {C("GPT-5.4", "HealthBench", 67.2), C("GPT-5.4", "HealthBench Hard", 40.1)},
    ),
    Shape(
        "its V on a sibling benchmark",
        "Muse Spark scores 42.8% on HealthBench Hard, well below its 67.1% on HealthBench.",
        {C("Muse Spark", "HealthBench Hard", 42.8), C("Muse Spark", "HealthBench", 67.1)},
    ),
    Shape(
        "o1-mini and o1 stay apart",
        "o1-mini scores 63.6% on AIME 2024, while o1 reaches 79.2%.",
        {C("OpenAI o1-mini", "AIME 2024", 63.6), C("OpenAI o1", "AIME 2024", 79.2)},
    ),
    Shape(
        "a distilled model and its teacher stay apart",
        "DeepSeek-R1-Distill-Qwen-32B scores 72.6% on AIME 2024, against 79.8% for DeepSeek-R1.",
        {
            C("DeepSeek-R1-Distill-Qwen-32B", "AIME 2024", 72.6),
            C("DeepSeek-R1", "AIME 2024", 79.8),
        },
    ),
    Shape(
        "two sizes of one family stay apart",
        "Qwen3-30B-A3B reaches 80.4% on AIME 2024, and Qwen3-235B-A22B reaches 85.7%.",
        {C("Qwen3-30B-A3B", "AIME 2024", 80.4), C("Qwen3-235B-A22B", "AIME 2024", 85.7)},
    ),
    Shape(
        "LiveCodeBench Pro and LiveCodeBench stay apart",
        "On LiveCodeBench Pro, GPT-5.4 scores 87.5, and on LiveCodeBench it scores 90.1.",
        {C("GPT-5.4", "LiveCodeBench Pro", 87.5), C("GPT-5.4", "LiveCodeBench", 90.1)},
    ),
    Shape(
        "HumanEval and HumanEval+ stay apart",
        "HumanEval+ is harder: Nimbus-3 Ultra drops from 96.0% on HumanEval to 89.0% on "
        "HumanEval+.",
        {C("Nimbus-3 Ultra", "HumanEval", 96.0), C("Nimbus-3 Ultra", "HumanEval+", 89.0)},
    ),
    Shape(
        "Scout and Maverick, second verb elided",
        "Llama 4 Scout scores 57.2% on GPQA Diamond, Llama 4 Maverick 69.8%.",
        {C("Llama 4 Scout", "GPQA Diamond", 57.2), C("Llama 4 Maverick", "GPQA Diamond", 69.8)},
    ),
    Shape(
        "release label is an alias",
        "Gemini 3.1 Pro Preview scored 94.3% on GPQA Diamond.",
        {C("Gemini 3.1 Pro", "GPQA Diamond", 94.3)},
    ),
    Shape(
        "lower case and hyphenated spellings",
        "gpt-5.4 scored 92.8% on GPQA-Diamond.",
        {C("GPT-5.4", "GPQA Diamond", 92.8)},
    ),
    Shape(
        "snapshot label is an alias",
        "OpenAI-o1-1217 reaches 79.2% on AIME 2024.",
        {C("OpenAI o1", "AIME 2024", 79.2)},
    ),
    Shape(
        "a benchmark under another source's name",
        "On Figure Understanding, GPT-5.4 scores 82.8.",
        {C("GPT-5.4", "CharXiv Reasoning", 82.8)},
    ),
    Shape(
        "hyphens between every word",
        "Claude-Opus-4.6 hits 14.8% on HealthBench Hard.",
        {C("Claude Opus 4.6", "HealthBench Hard", 14.8)},
    ),
    Shape(
        "an exam style named for its benchmark",
        "Muse Spark scored 96.1% on USMLE-style questions.",
        {C("Muse Spark", "MedQA", 96.1)},
    ),
    Shape(
        "Korean: M는 B에서 V를 기록",
        "Muse Spark는 USMLE에서 96.1%를 기록했습니다.",
        {C("Muse Spark", "MedQA", 96.1)},
    ),
    Shape(
        "Korean: B in a longer phrase",
        "Muse Spark는 USMLE 스타일 문제에서 96.1%의 점수를 기록했습니다.",
        {C("Muse Spark", "MedQA", 96.1)},
    ),
    Shape(
        "Elo rating with and without its unit",
        "On Codeforces, DeepSeek-R1 achieves a 2029 Elo rating, while o1 reaches 2061.",
        {C("DeepSeek-R1", "Codeforces", 2029.0), C("OpenAI o1", "Codeforces", 2061.0)},
    ),
    Shape(
        "unknown model, rating with a thousands separator",
        "Vega 2 is rated 2,029 on Codeforces.",
        {C("Vega 2", "Codeforces", 2029.0)},
    ),
    Shape(
        "attribution after the claim",
        "Claude Opus 4.6 scored 80.9 percent on SWE-bench Verified, according to Anthropic's "
        "technical report.",
        {C("Claude Opus 4.6", "SWE-bench Verified", 80.9)},
    ),
    Shape(
        "one model, two coding benchmarks",
        "Gemini 3.1 Pro scores 54.2% on SWE-Bench Pro and 80.6% on SWE-bench Verified.",
        {
            C("Gemini 3.1 Pro", "SWE-Bench Pro", 54.2),
            C("Gemini 3.1 Pro", "SWE-bench Verified", 80.6),
        },
    ),
]

# -- stated conditions -------------------------------------------------------------------------
_CONTEXT_MORE = [
    Shape(
        "a scaffold opening the clause covers the rival's value in it too",
        "With multiple attempts, Nimbus-3 Ultra reaches 71.6% on OrbitQA, close to "
        "Claude 4 Sonnet's 80.2%.",
        {
            C("Nimbus-3 Ultra", "OrbitQA", 71.6, scaffold=PARALLEL),
            C("Claude 4 Sonnet", "OrbitQA", 80.2, scaffold=PARALLEL),
        },
    ),
    Shape(
        "benchmarks listed first, then a run of values for each model in that order",
        "On AIME 2024 and AIME 2025, Nimbus-3 Ultra scores 87.3 and 76.8 respectively, above "
        "Vega 2's 79.8 and 70.0.",
        {
            C("Nimbus-3 Ultra", "AIME 2024", 87.3),
            C("Nimbus-3 Ultra", "AIME 2025", 76.8),
            C("Vega 2", "AIME 2024", 79.8),
            C("Vega 2", "AIME 2025", 70.0),
        },
    ),
    Shape(
        "Chinese: 分别 pairs the values with the benchmarks named before them",
        "在 AIME2024 和 AIME2025 上，Nimbus-3 Ultra 的成绩分别是 87.3 和 76.8，"
        "高于 DeepSeek-R1 的 79.8 与 70 分。",
        {
            C("Nimbus-3 Ultra", "AIME 2024", 87.3),
            C("Nimbus-3 Ultra", "AIME 2025", 76.8),
            C("DeepSeek-R1", "AIME 2024", 79.8),
            C("DeepSeek-R1", "AIME 2025", 70.0),
        },
    ),
    Shape(
        "Chinese: models a clause says were beaten (超过了) own none of the next clause's values",
        "在多项基准上 Nimbus-3 Ultra 表现不俗；逻辑推理方面超过了 Qwen3-A22B 和 DeepSeek R1；"
        "代码方面 MBPP 达到 83.9，MultiPL-E 达到 69.3。",
        {C("Nimbus-3 Ultra", "MBPP", 83.9), C("Nimbus-3 Ultra", "MultiPL-E", 69.3)},
    ),
    Shape(
        "pass@k in brackets closing a long clause after the value",
        "Nimbus-3 Ultra gets 91.3% pass@1 on AIME 2025, and its maker says 96.7% if you sample "
        "eight attempts and keep the best (pass@8).",
        {
            C("Nimbus-3 Ultra", "AIME 2025", 91.3),
            C("Nimbus-3 Ultra", "AIME 2025", 96.7, **{"pass@k": "8"}),
        },
    ),
    Shape(
        "a tools phrase inside a later aside is the aside's; a sandbox is a tool",
        "Without tools, Nimbus-3 Ultra manages 31.7% on Humanity's Last Exam; hand it a search "
        "engine and a code sandbox and the figure rises to 44.9% (Vega 2, for comparison, goes "
        "from 25.4% without tools to 38.6% with them).",
        {
            C("Nimbus-3 Ultra", "Humanity's Last Exam", 31.7, tools="without"),
            C("Nimbus-3 Ultra", "Humanity's Last Exam", 44.9, tools="with"),
            C("Vega 2", "Humanity's Last Exam", 25.4, tools="without"),
            C("Vega 2", "Humanity's Last Exam", 38.6, tools="with"),
        },
    ),
    Shape(
        "'under the same rule' takes the last figure's conditions",
        "Nimbus-3 Ultra gets 93.8% on AIME 2025 with no tools at all, against Vega 2's 94.6% "
        "under the same rule, and 99.2% once a Python interpreter is allowed.",
        {
            C("Nimbus-3 Ultra", "AIME 2025", 93.8, tools="without"),
            C("Vega 2", "AIME 2025", 94.6, tools="without"),
            C("Nimbus-3 Ultra", "AIME 2025", 99.2, tools="with"),
        },
    ),
    Shape(
        "a harness someone names and owns is a scaffold, not a benchmark",
        "# Nimbus-3 Ultra\n\nSWE-bench Verified: 68.2% on the standard harness. With our Loom "
        "scaffold: 76.5%.\n",
        {
            C("Nimbus-3 Ultra", "SWE-bench Verified", 68.2),
            C("Nimbus-3 Ultra", "SWE-bench Verified", 76.5, scaffold="custom"),
        },
    ),
    Shape(
        "a value written just before its benchmark, the article's model's",
        "# Nimbus-3 Ultra\n\nThe 76.5% SWE-bench Verified headline is with Cirrus's Loom "
        "scaffold.\n",
        {C("Nimbus-3 Ultra", "SWE-bench Verified", 76.5, scaffold="custom")},
    ),
    Shape(
        "a result that falls with thinking disabled",
        "# Nimbus-3 Ultra\n\nWith thinking disabled for the same run, our AIME 2025 result "
        "falls to 58.3%.\n",
        {C("Nimbus-3 Ultra", "AIME 2025", 58.3, mode="non-thinking")},
    ),
    Shape(
        "a name given its parameter count is a model, there and later in the document",
        "# Report\n\nThe report presents `LN-Nano` (8B) and `LN-Ultra` (253B).\n\n"
        "- Before RL, `LN-Ultra` already equals strong baselines, for instance MATH500 80.4 "
        "against 69.6 for Llama-3.1-405B.\n",
        {C("LN-Ultra", "MATH-500", 80.4), C("Llama-3.1-405B", "MATH-500", 69.6)},
    ),
    Shape(
        "a figure credited to a rival on its right",
        "Nimbus-3 Ultra solves 71.2% of OrbitQA, above the 62.6% credited to Vega 2.",
        {C("Nimbus-3 Ultra", "OrbitQA", 71.2), C("Vega 2", "OrbitQA", 62.6)},
    ),
    Shape(
        "'it' in the next paragraph is the release the last one was about",
        "# Nimbus-3 report\n\nNimbus-3-Base is best on OrbitQA (87.8%).\n\n"
        "It also leads on MMLU (92.1%).\n",
        {C("Nimbus-3-Base", "OrbitQA", 87.8), C("Nimbus-3-Base", "MMLU", 92.1)},
    ),
    Shape(
        "Chinese: a rival's figure after 离 is the object; multiple attempts are a condition",
        "# Nimbus-3 Ultra 笔记\n\n"
        "- OrbitQA 允许多次尝试时到 71.6%，离 Claude 4 Sonnet 的 80.2% 不远\n"
        "- Multi-SWE-bench 为 18.3%，开源模型里最高\n",
        {
            C("Nimbus-3 Ultra", "OrbitQA", 71.6, scaffold=PARALLEL),
            C("Claude 4 Sonnet", "OrbitQA", 80.2, scaffold=PARALLEL),
            C("Nimbus-3 Ultra", "Multi-SWE-bench", 18.3),
        },
    ),
    Shape(
        "a title in capitals: no name runs across OF",
        "TECHNICAL REPORT OF NIMBUS-3 ULTRA\n\nIt scores 66.1 on OrbitQA.\n",
        {C("NIMBUS-3 ULTRA", "OrbitQA", 66.1)},
    ),
    Shape(
        "a list item's first figure is the lead's model when the rival named next has its own",
        "# Nimbus-3 Ultra against Vega 2\n\n"
        "Vega 2 is the older model. Nimbus-3 Ultra stands out in math:\n\n"
        "- HarborBench: 65.6, with Vega 2 at 54.3\n"
        "- OrbitQA: 81.1, with Vega 2 at 84.5\n",
        {
            C("Nimbus-3 Ultra", "HarborBench", 65.6),
            C("Vega 2", "HarborBench", 54.3),
            C("Nimbus-3 Ultra", "OrbitQA", 81.1),
            C("Vega 2", "OrbitQA", 84.5),
        },
    ),
    Shape(
        "the same in Chinese: '65.6 分，X 为 54.3 分' after a lead naming the model",
        "# Nimbus-3 Ultra 与 Vega 2 对比\n\n"
        "数学评测里 Nimbus-3 Ultra 的表现尤其抢眼:\n\n"
        "  • HarborBench：65.6 分，Vega 2 为 54.3 分\n"
        "  • OrbitQA：81.1 分，Vega 2 为 84.5 分\n",
        {
            C("Nimbus-3 Ultra", "HarborBench", 65.6),
            C("Vega 2", "HarborBench", 54.3),
            C("Nimbus-3 Ultra", "OrbitQA", 81.1),
            C("Vega 2", "OrbitQA", 84.5),
        },
    ),
    Shape(
        "a first figure whose only candidate is the rival with its own figure is nobody's",
        "- OrbitQA: 81.1, with Vega 2 at 84.5\n",
        {C("Vega 2", "OrbitQA", 84.5)},
    ),
    Shape(
        "'由 X 升到 Y': X is where the figure started, no claim",
        "Nimbus-3 Ultra 的 OrbitQA 成绩由 61.96% 升到 82.52%。",
        {C("Nimbus-3 Ultra", "OrbitQA", 82.52)},
    ),
]

_CONDITIONS = [
    Shape(
        "shots in brackets after the benchmark",
        "Nimbus-3 Ultra scores 85.1% on MMLU (5-shot).",
        {C("Nimbus-3 Ultra", "MMLU", 85.1, shots="5-shot")},
    ),
    Shape(
        "In thinking mode, M reaches V",
        "In thinking mode, Qwen3-235B-A22B reaches 85.7% on AIME 2024.",
        {C("Qwen3-235B-A22B", "AIME 2024", 85.7, mode="thinking")},
    ),
    Shape(
        "tools in brackets after each value",
        "Vega 2 scores 20.3% (no tools) and 26.1% (with tools) on Humanity's Last Exam.",
        {
            C("Vega 2", "Humanity's Last Exam", 20.3, tools="without"),
            C("Vega 2", "Humanity's Last Exam", 26.1, tools="with"),
        },
    ),
    Shape(
        "pass@1 is the default, pass@8 is a condition",
        "On AIME 2025, Nimbus-3 Ultra scores 88.0% pass@1 and 93.3% pass@8.",
        {
            C("Nimbus-3 Ultra", "AIME 2025", 88.0),
            C("Nimbus-3 Ultra", "AIME 2025", 93.3, **{"pass@k": "8"}),
        },
    ),
    Shape(
        "a setting opening the sentence, another in the second clause",
        "In the no-tools setting, Vega 2 scores 20.3% on Humanity's Last Exam; with tools "
        "it reaches 26.1%.",
        {
            C("Vega 2", "Humanity's Last Exam", 20.3, tools="without"),
            C("Vega 2", "Humanity's Last Exam", 26.1, tools="with"),
        },
    ),
]

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

ALL_SHAPES = (
    _UNKNOWN_NAMES
    + _CONTEXT
    + _CONTEXT_MORE
    + _KNOWN_NAMES
    + _CONDITIONS
    + _SCORE_AMONG_JUNK
    + _NO_CLAIM
)


@pytest.fixture(scope="module")
def reader() -> ProseReader:
    return ProseReader(default())


def _read(reader: ProseReader, text: str, line_of: list[int] | None = None) -> list[RawClaim]:
    if not text.endswith("\n"):
        text += "\n"
    if line_of is None:
        line_of = list(range(1, len(text.split("\n")) + 1))
    return reader.read(blocks(text), line_of)


def _seen(claims: list[RawClaim]) -> list[Seen]:
    return sorted(
        (c.model, c.benchmark, c.value.value, tuple(sorted(c.qualifiers.items()))) for c in claims
    )


@pytest.mark.parametrize("row", ALL_SHAPES, ids=_id)
def test_sentence_shapes(reader: ProseReader, row: Shape) -> None:
    # A list, not a set: the same claim read twice is a bug too.
    assert _seen(_read(reader, row.text)) == sorted(row.claims)


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
        for c in _read(reader, row.text)
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
        (c.model, c.value.value, c.line, c.column) for c in _read(reader, row.text, row.line_of)
    ]
    assert found == row.claims
    lines = row.text.split("\n")
    for c in _read(reader, row.text, row.line_of):
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
    got = {(c.model, c.value.value, c.metric) for c in _read(reader, text)}
    assert got == {("Nimbus-3 Ultra", 81.59, ""), ("Nimbus-3 Ultra", 84.52, "rating")}


def test_a_model_named_by_its_release_month_is_ambiguous(reader: ProseReader) -> None:
    # "The May release of R1" is a dated snapshot named only by its month: not bare R1.
    claims = _read(
        reader,
        "Vega 2 gets 79.8% on OrbitQA; the May release of Vega 2 did better, with 91.4%.",
    )
    flags = {(c.model, c.value.value, c.ambiguous) for c in claims}
    assert flags == {("Vega 2", 79.8, False), ("Vega 2", 91.4, True)}


def test_bare_family_without_antecedent_is_ambiguous(reader: ProseReader) -> None:
    claims = _read(reader, "Nimbus-3 Ultra scored 71.2% on OrbitQA, while Gemini scored 65.0%.")
    flags = {(c.model_mention, c.value.value, c.ambiguous) for c in claims}
    assert flags == {("Nimbus-3 Ultra", 71.2, False), ("Gemini", 65.0, True)}


def test_bare_family_with_antecedent_is_not_ambiguous(reader: ProseReader) -> None:
    claims = _read(
        reader, "Gemini 3.1 Pro scored 94.3% on GPQA Diamond. Gemini also tops MMMU-Pro at 82.4%."
    )
    assert [(c.model, c.model_mention, c.ambiguous) for c in claims] == [
        ("Gemini 3.1 Pro", "Gemini 3.1 Pro", False),
        ("Gemini 3.1 Pro", "Gemini", False),
    ]


def test_sic_marks_the_claim_ignored(reader: ProseReader) -> None:
    (claim,) = _read(reader, "Nimbus-3 Ultra scored 71.2% on OrbitQA [sic].")
    assert claim.ignored


def test_ignore_marker_covers_the_next_paragraph_only(reader: ProseReader) -> None:
    text = (
        "Nimbus-3 Ultra scored 71.2% on OrbitQA.\n\n<!-- claimcheck: ignore -->\n"
        "Vega 2 scored 69.8% on OrbitQA.\n"
    )
    assert [(c.model, c.ignored) for c in _read(reader, text)] == [
        ("Nimbus-3 Ultra", False),
        ("Vega 2", True),
    ]


def test_mentions_are_kept_as_written(reader: ProseReader) -> None:
    (claim,) = _read(reader, "Gemini 3.1 Pro Preview scored 94.3% on GPQA-Diamond.")
    assert (claim.model, claim.model_mention) == ("Gemini 3.1 Pro", "Gemini 3.1 Pro Preview")
    assert (claim.benchmark, claim.benchmark_mention) == ("GPQA Diamond", "GPQA-Diamond")


def test_pronoun_subject_keeps_the_pronoun_as_mention(reader: ProseReader) -> None:
    (claim,) = _read(reader, _SUBJECT_MS + "On HealthBench Hard, the model scores 42.8%.")
    assert (claim.model, claim.model_mention) == ("Muse Spark", "the model")


def test_list_items_are_marked_as_lists(reader: ProseReader) -> None:
    text = "# Muse Spark\n\n- MathVista: 71.8%\n\nMuse Spark scores 52 on the Intelligence Index.\n"
    assert [c.extractor for c in _read(reader, text)] == ["list", "prose"]


def test_reading_is_deterministic_and_stateless(reader: ProseReader) -> None:
    """A reader shared across documents carries nothing from one to the next."""
    first = _read(reader, "# Nimbus-3 Ultra\n\nIt also hits 88.1% on MMLU-Pro.\n")
    _read(reader, "# Vega 2\n\nVega 2 scored 69.8% on OrbitQA.\n")
    again = _read(reader, "# Nimbus-3 Ultra\n\nIt also hits 88.1% on MMLU-Pro.\n")
    assert _seen(first) == _seen(again)
    orphan = _read(reader, "It also hits 88.1% on MMLU-Pro.\n")
    assert all(c.model != "Nimbus-3 Ultra" for c in orphan)
