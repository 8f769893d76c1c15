"""Context and conditions in sentences: the subject, pronouns, family names and what carries
from one sentence to the next, and the conditions a sentence states.

Rows as in test_prose.py: a short text and the exact claims it states.
"""

from __future__ import annotations

import pytest

from claimcheck.extract.prose import ProseReader
from tests.prose_rows import PARALLEL, SUBJECT_MS, C, Shape, check_shape, miss, row_id

# -- the subject, pronouns, family names, and context carried between sentences -------------
_CONTEXT = [
    Shape(
        "the model = the article's subject; V2 for M2, V3 for M3",
        SUBJECT_MS + "On HealthBench Hard, the model scores 42.8%, compared to 40.1% for "
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
        SUBJECT_MS + "Its overall AI Index score of 52 places it fourth, behind GPT-5.4 "
        "at 57, Claude Opus 4.6 at 53, and Gemini 3.1 Pro.",
        {
            C("Muse Spark", "Artificial Analysis Intelligence Index", 52.0),
            C("GPT-5.4", "Artificial Analysis Intelligence Index", 57.0),
            C("Claude Opus 4.6", "Artificial Analysis Intelligence Index", 53.0),
        },
    ),
    miss(
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
        "'without using tools' in brackets after the benchmark",
        "Nimbus-3 Ultra posts 18.8% on Humanity's Last Exam (without using tools).",
        {C("Nimbus-3 Ultra", "Humanity's Last Exam", 18.8, tools="without")},
    ),
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


@pytest.mark.parametrize("row", _CONTEXT + _CONTEXT_MORE + _CONDITIONS, ids=row_id)
def test_sentence_shapes(reader: ProseReader, row: Shape) -> None:
    check_shape(reader, row)
