"""The name rule (DESIGN.md, "Names"): spellings of one model or benchmark are merged,
names that differ in a version or tier token never are, and names no catalog holds are kept
as their own.

Each row is a pair of names as articles write them and what a careful reader says about
them. Known misses are strict xfails: when the code is fixed, the row starts passing and
the xfail has to go.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from claimcheck.catalog import default
from claimcheck.extract.names import Names


class Pair(NamedTuple):
    a: str
    b: str


class Resolution(NamedTuple):
    mention: str
    kind: str  # "model" | "benchmark"
    canonical: str
    known: bool  # whether a catalog entry holds it


def _miss(row: Pair | Resolution, reason: str) -> object:
    return pytest.param(row, marks=pytest.mark.xfail(strict=True, reason=reason), id=_id(row))


def _id(row: Pair | Resolution) -> str:
    if isinstance(row, Pair):
        return f"{row.a} ~ {row.b}"
    return f"{row.mention} ({row.kind})"


# Spellings of one entity: case, hyphens, spaces, apostrophes, snapshot dates, typos.
_SAME_ENTITY = [
    Pair("MMMU Pro", "MMMU-Pro"),
    # A family whose bare name is its post-trained release: "Instruct" adds nothing.
    Pair("Kimi-K2-Instruct", "Kimi K2"),
    Pair("SmolLM3-3B", "SmolLM3-3B-Instruct"),
    Pair("GPT-4-Turbo version 1106", "GPT-4-Turbo-1106"),  # "version" before a snapshot
    Pair("BFCL-v3", "BFCL v3"),
    Pair("Kimi-Chat (2024.06)", "Kimi-Chat 2024.06"),
    Pair("GPT-5.4", "gpt 5.4"),
    Pair("GPT-5.4", "GPT5.4"),
    Pair("GPT-5.4", "GPT\u20115.4"),  # non-breaking hyphen, as pasted from web pages
    Pair("Claude Opus 4.6", "Claude-Opus-4.6"),
    Pair("Claude Opus 4.6", "Claude 4.6 Opus"),
    Pair("Humanity's Last Exam", "Humanity’s Last Exam"),
    Pair("Humanity's Last Exam", "Humanitys Last Exam"),
    Pair("ARC AGI 2", "ARC-AGI-2"),
    Pair("Gemni 3.1 Pro", "Gemini 3.1 Pro"),  # a typo in the family
    Pair("Claud Opus 4.6", "Claude Opus 4.6"),
    Pair("Gemini 3.1 Pro", "Google's Gemini 3.1 Pro"),
    Pair("SWE-bench Verified", "SWE-Bench Verified"),
    Pair("GPQA Diamond", "GPQA-Diamond"),
    Pair("Terminal-Bench 2.0", "Terminal Bench 2.0"),
    Pair("HealthBench Hard", "Healthbench hard"),
    Pair("HealthBench", "Health Bench"),
    Pair("Llama 4 Maverick", "Llama-4-Maverick"),
    Pair("Llama 4 Maverick", "Llama4 Maverick"),
    Pair("Qwen3-235B-A22B", "Qwen3 235B A22B"),
    Pair("Qwen3-235B-A22B", "Qwen-3-235B-A22B"),
    Pair("DeepSeek-R1", "Deepseek R1"),
    Pair("OpenAI o3", "o3"),
    Pair("o3-mini", "o3 mini"),
    Pair("Grok 4.20", "Grok-4.20"),
    Pair("MiniMax M2.7", "Minimax-M2.7"),
    Pair("Kimi K2", "Kimi-K2"),
    Pair("HumanEval+", "HumanEval +"),
    Pair("Muse Spark", "Muse-Spark"),
    Pair("MMLU-Pro", "mmlu-pro"),
    # One snapshot, every spelling of its date; abbreviations spelled out.
    Pair("GPT-4o 0513", "gpt-4o-2024-05-13"),
    Pair("GPT-4o-0513", "GPT-4o 0513"),
    Pair("GPT-4o-20240513", "GPT-4o-0513"),
    Pair("Claude-3.5-Sonnet-1022", "Claude-Sonnet-3.5-1022"),
    Pair("OpenAI o1 (1217)", "o1-1217"),
    Pair("gemini-exp-1206", "Gemini-Exp-1206"),
    Pair("Qwen2.5 72B-Inst.", "Qwen2.5-72B-Instruct"),
    Pair("Gemma-2-9B-IT", "Gemma 2 9B Instruct"),
    Pair("LLaMA3.1 405B", "Llama 3.1 405B"),
    Pair("Teller-70B NEW", "Teller-70B"),  # a leaderboard badge is no part of the name
    Pair("Grok 3 Beta (Think)", "Grok 3 Beta"),  # a mode in brackets is a condition
    # Names no catalog holds follow the same rule.
    Pair("Nimbus-3 Ultra", "Nimbus 3 Ultra"),
    Pair("OrbitQA", "Orbit QA"),
    # "Deep" is a tier word in "Gemini Deep Think", but here it is only a space inside one
    # word: DeepSearchQA and "Deep Search QA" are one benchmark (normalize.unify_unknown's
    # docstring promises this merge too).
    Pair("DeepSearchQA", "Deep Search QA"),
    Pair("LiveCodeBench", "Live Code Bench"),
    Pair("HumanEval+", "HumanEval Plus"),
    _miss(
        Pair("AIME 2025", "AIME25"),
        "the short year '25' and '2025' are different version tokens to the rule, though the "
        "catalog lists 'AIME25' as an alias",
    ),
]

# Different entities that a fuzzy matcher would merge: never the same.
_NEVER_MERGED = [
    Pair("GPT-5", "GPT-5.4"),
    Pair("Kimi-K2-Base", "Kimi K2"),
    Pair("Kimi-K2-Instruct-0905", "Kimi-K2-Instruct"),
    Pair("Llama-3-8B", "Llama-3-8B-Instruct"),  # its bare name is the base release
    Pair("Claude Opus 4.6", "Claude Sonnet 4.6"),
    Pair("HealthBench", "HealthBench Hard"),
    Pair("GPT-5.4", "GPT-5.4 Pro"),
    Pair("o1", "o1-mini"),
    Pair("AIME 2024", "AIME 2025"),
    Pair("DeepSeek-R1", "DeepSeek-R1-Distill-Qwen-32B"),
    Pair("Qwen3-235B-A22B", "Qwen3-30B-A3B"),
    Pair("LiveCodeBench", "LiveCodeBench Pro"),
    Pair("HumanEval", "HumanEval+"),
    Pair("Llama 4 Scout", "Llama 4 Maverick"),
    Pair("GPQA Diamond", "GPQA"),
    Pair("MMMU", "MMMU-Pro"),
    Pair("MMLU", "MMLU-Pro"),
    Pair("Gemini 3.1 Pro", "Gemini 3.1 Flash"),
    Pair("Gemini 3.1 Pro", "Gemini 3 Pro"),
    Pair("Gemini 2.5 Pro", "Gemini 3.1 Pro"),
    Pair("Gemini 2.5 Flash", "Gemini 2.5 Flash-Lite"),
    Pair("o3", "o3-mini"),
    Pair("o3", "o4-mini"),
    Pair("o1", "o3"),
    Pair("GPT-4o", "GPT-4"),
    Pair("GPT-4o", "GPT-4o mini"),
    Pair("GPT-5", "GPT-5 mini"),
    Pair("SWE-bench Verified", "SWE-Bench Pro"),
    Pair("SWE-bench Verified", "SWE-bench Multilingual"),
    Pair("ARC-AGI-1", "ARC-AGI-2"),
    Pair("Claude Opus 4.6", "Claude Opus 4.5"),
    Pair("Claude 3.5 Sonnet", "Claude 3.7 Sonnet"),
    Pair("Claude Haiku 4.5", "Claude Sonnet 4.5"),
    Pair("DeepSeek-V3", "DeepSeek-R1"),
    Pair("MATH-500", "MATH"),
    Pair("Terminal-Bench 2.0", "Terminal-Bench"),
    Pair("SimpleQA", "SimpleBench"),
    Pair("SimpleQA", "SimpleQA Verified"),
    Pair("SWE-bench Verified", "SWE-bench"),
    Pair("OSWorld", "OSWorld-Verified"),
    Pair("CharXiv Reasoning", "CharXiv Descriptive"),
    Pair("MathVista", "MathVerse"),
    Pair("LiveBench", "LiveCodeBench"),
    Pair("BrowseComp", "BrowseComp-Plus"),
    Pair("Video-MME", "Video-MMMU"),
    Pair("Tau-bench", "Tau2-bench"),
    Pair("GSM8K", "MGSM"),
    Pair("Gemma 3", "Gemini 3"),
    Pair("Grok 4", "Grok 4 Heavy"),
    Pair("Grok 3", "Grok 3 mini"),
    Pair("Phi-4", "Phi-4-mini"),
    Pair("GLM-5.1", "GLM-5"),
    Pair("MiniMax M2.7", "MiniMax M2.5"),
    Pair("Llama 3.1 8B", "Llama 3.1 70B"),
    Pair("Llama 3.1 70B", "Llama 3.3 70B"),
    Pair("Mistral Medium 3", "Mistral Small 3"),
    Pair("Nimbus-3 Ultra", "Nimbus-3"),
    Pair("Nimbus-3 Ultra", "Nimbus-4 Ultra"),
    Pair("MMLU", "MMMLU"),
    Pair("Mistral Large 2", "Mixtral Large 2"),
    # Release labels, snapshots and variants tell models apart (DESIGN.md).
    Pair("o1-preview", "o1"),
    Pair("QwQ-32B-Preview", "QwQ-32B"),
    Pair("Gemini 2.5 Pro", "Gemini 2.5 Pro Experimental"),
    Pair("Gemini 3.1 Pro", "Gemini 3.1 Pro Preview"),
    Pair("GPT-4o-0513", "GPT-4o"),
    Pair("GPT-4o-0513", "GPT-4o-0806"),
    Pair("gpt-4o-2024-05-13", "gpt-4o-2024-08-06"),
    Pair("Claude-3.5-Sonnet-1022", "Claude 3.5 Sonnet"),
    Pair("Claude 3.5 Sonnet (new)", "Claude 3.5 Sonnet"),
    Pair("Llama-3.1-8B", "Llama-3.1-8B-Instruct"),
    Pair("Gemma-2-9B", "Gemma-2-9B-IT"),
    Pair("Yi-34B-Chat", "Yi-34B"),
    Pair("Qwen2-7B-Instruct", "Qwen2-7B-Chat"),
    Pair("Mistral-7B-Instruct-v0.3", "Mistral-7B-Instruct-v0.2"),
    # A typo keeps the first letter: a negation is no typo.
    Pair("Irrelevance Detection", "Relevance Detection"),
    Pair("Math.Find", "MATH"),
    Pair("LiveCodeBench v5", "LiveCodeBench v6"),
    Pair("BFCL v2", "BFCL"),
    Pair("Kimi-Chat (2024.06)", "Kimi-Chat"),
    Pair("Llama 3 (70B)", "Llama 3 (8B)"),
]

# Mentions resolved to the catalog's canonical name.
_RESOLVES_TO_CATALOG = [
    Resolution("o1-1217", "model", "OpenAI o1", True),
    Resolution("OpenAI-o1-1217", "model", "OpenAI o1", True),
    Resolution("o1", "model", "OpenAI o1", True),
    Resolution("o1-mini", "model", "OpenAI o1-mini", True),
    Resolution("Gemini 3.1 Pro Preview", "model", "Gemini 3.1 Pro", True),
    Resolution("Gemini 3.1 Pro (Preview)", "model", "Gemini 3.1 Pro", True),
    # The catalog declares these labels aliases; an undeclared label is another model.
    Resolution("Gemini 2.5 Pro Experimental", "model", "Gemini 2.5 Pro", True),
    Resolution("o1-preview", "model", "o1-preview", False),
    # NovaSky's 32B Sky-T1 exists only as the preview; the Flash release is its own model.
    Resolution("Sky-T1-32B", "model", "Sky-T1-32B-Preview", True),
    Resolution("Sky-T1-32B-Flash", "model", "Sky-T1-32B-Flash", False),
    Resolution("GPT-4o-2024-05-13", "model", "GPT-4o-2024-05-13", False),
    Resolution("Claude 3.5 Sonnet (new)", "model", "Claude 3.5 Sonnet (new)", False),
    Resolution("Gemni 3.1 Pro", "model", "Gemini 3.1 Pro", True),
    Resolution("Google Gemini 3.1 Pro", "model", "Gemini 3.1 Pro", True),
    Resolution("gpt 5.4", "model", "GPT-5.4", True),
    Resolution("GPT-5.4 Pro", "model", "GPT-5.4 Pro", True),
    Resolution("GPT-5", "model", "GPT-5", True),
    Resolution("Claude-Opus-4.6", "model", "Claude Opus 4.6", True),
    Resolution("Claude Sonnet 4.6", "model", "Claude Sonnet 4.6", True),
    Resolution("Meta Muse Spark", "model", "Muse Spark", True),
    Resolution("DeepSeek R1 Distill Qwen 32B", "model", "DeepSeek-R1-Distill-Qwen-32B", True),
    Resolution("Qwen3 235B", "model", "Qwen3-235B-A22B", True),
    Resolution("USMLE", "benchmark", "MedQA", True),
    Resolution("MedQA (USMLE)", "benchmark", "MedQA", True),
    Resolution("Figure Understanding", "benchmark", "CharXiv Reasoning", True),
    Resolution("CharXiv (Reasoning)", "benchmark", "CharXiv Reasoning", True),
    Resolution("Humanity’s Last Exam", "benchmark", "Humanity's Last Exam", True),
    Resolution("HLE", "benchmark", "Humanity's Last Exam", True),
    Resolution("ARC AGI 2", "benchmark", "ARC-AGI-2", True),
    Resolution("MMMU Pro", "benchmark", "MMMU-Pro", True),
    Resolution("HealthBench hard", "benchmark", "HealthBench Hard", True),
    Resolution("HealthBench", "benchmark", "HealthBench", True),
    Resolution("AIME'25", "benchmark", "AIME 2025", True),
    Resolution("Terminal-Bench 2", "benchmark", "Terminal-Bench 2.0", True),
    Resolution("Codeforces rating", "benchmark", "Codeforces", True),
    Resolution("LM Arena", "benchmark", "Chatbot Arena", True),
]

# Names no catalog holds: kept as written (labels dropped), never forced onto an entry.
_UNKNOWN_KEPT = [
    Resolution("Nimbus-3 Ultra", "model", "Nimbus-3 Ultra", False),
    Resolution("Vega 2", "model", "Vega 2", False),
    Resolution("GPT-5.5", "model", "GPT-5.5", False),
    Resolution("Claude Opus 4.7", "model", "Claude Opus 4.7", False),
    Resolution("Gemini 3 Pro", "model", "Gemini 3 Pro", False),
    Resolution("Grok 4", "model", "Grok 4", False),
    Resolution("OrbitQA", "benchmark", "OrbitQA", False),
    Resolution("HealthBench Professional", "benchmark", "HealthBench Professional", False),
    Resolution("AIME 2026", "benchmark", "AIME 2026", False),
    Resolution("Terminal-Bench 3.0", "benchmark", "Terminal-Bench 3.0", False),
    Resolution("SWE-bench Java", "benchmark", "SWE-bench Java", False),
]


@pytest.fixture(scope="module")
def names() -> Names:
    return Names(default())


@pytest.mark.parametrize("pair", _SAME_ENTITY, ids=_id)
def test_same_entity(names: Names, pair: Pair) -> None:
    assert names.same(pair.a, pair.b)
    assert names.same(pair.b, pair.a)


@pytest.mark.parametrize("pair", _NEVER_MERGED, ids=_id)
def test_never_merged(names: Names, pair: Pair) -> None:
    assert not names.same(pair.a, pair.b)
    assert not names.same(pair.b, pair.a)


@pytest.mark.parametrize("row", _RESOLVES_TO_CATALOG + _UNKNOWN_KEPT, ids=_id)
def test_resolve(names: Names, row: Resolution) -> None:
    canonical, entry = names.resolve(row.mention, row.kind)
    assert (canonical, entry is not None) == (row.canonical, row.known)


# The catalog declares two labelled Gemini releases the release itself.
_CATALOG_ALIASED = {
    Pair("Gemini 2.5 Pro", "Gemini 2.5 Pro Experimental"),
    Pair("Gemini 3.1 Pro", "Gemini 3.1 Pro Preview"),
}


@pytest.mark.parametrize(
    "pair",
    [p for p in _NEVER_MERGED if isinstance(p, Pair) and p not in _CATALOG_ALIASED],
    ids=_id,
)
def test_never_merged_names_resolve_apart(names: Names, pair: Pair) -> None:
    """Resolution obeys the rule too: two names kept apart never land on one catalog entry."""
    for kind in ("model", "benchmark"):
        (a, entry_a), (b, entry_b) = names.resolve(pair.a, kind), names.resolve(pair.b, kind)
        if entry_a is not None and entry_b is not None:
            assert a != b
