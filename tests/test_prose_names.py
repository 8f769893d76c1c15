"""Names in sentences -> the claims a careful reader takes from them: names no catalog holds
("Nimbus-3 Ultra", "OrbitQA") are as normal as known ones, and known ones are spelled as
articles spell them.

Rows as in test_prose.py: a short text and the exact claims it states.
"""

from __future__ import annotations

import pytest

from claimcheck.extract.prose import ProseReader
from tests.prose_rows import C, Shape, check_shape, row_id

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

# -- known models and benchmarks, spelled as articles spell them -----------------------------
_KNOWN_NAMES = [
    Shape(
        "'AIME 2024 and 2025': the second year is that edition; values and rivals in order",
        "Nimbus-3 Ultra is new. On AIME 2024 and 2025 it reaches 86.0 and 76.9 respectively, "
        "behind Gemini 2.5 Pro (92.0 and 88.0).",
        {
            C("Nimbus-3 Ultra", "AIME 2024", 86.0),
            C("Nimbus-3 Ultra", "AIME 2025", 76.9),
            C("Gemini 2.5 Pro", "AIME 2024", 92.0),
            C("Gemini 2.5 Pro", "AIME 2025", 88.0),
        },
    ),
    Shape(
        "'the 2024 AIME': a year before the name is its edition",
        "On the 2024 AIME, the American math competition, Nimbus-3 Ultra reaches 87.3 percent.",
        {C("Nimbus-3 Ultra", "AIME 2024", 87.3)},
    ),
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


@pytest.mark.parametrize("row", _UNKNOWN_NAMES + _KNOWN_NAMES, ids=row_id)
def test_sentence_shapes(reader: ProseReader, row: Shape) -> None:
    check_shape(reader, row)
