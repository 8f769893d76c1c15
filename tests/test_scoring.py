"""Tests for bench/scoring.py, the gold-file scorer: synthetic reports and gold files."""

from __future__ import annotations

import json
from typing import Any

import pytest
from scoring import NameMatcher, Score, normalize, score

from tests.score_fixtures import ALIASES, MUST, claim, conflict, entry, gold, report

# --- names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("DeepSeek-R1", "deepseekr1"),
        ("DeepSeek R1", "deepseekr1"),
        ("deepseek_r1", "deepseekr1"),
        ("  Gemini  2.5 -  Pro ", "gemini2.5pro"),
        ("AIME’24", "aime'24"),
        ("GPT-5.4", "gpt5.4"),
        ("SWE‑bench", "swebench"),  # non-breaking hyphen
    ],
)
def test_normalize(name: str, expected: str) -> None:
    assert normalize(name) == expected


def test_normalize_keeps_dots() -> None:
    assert normalize("GPT-5.4") != normalize("GPT-54")


@pytest.mark.parametrize(
    ("gold_name", "name", "same"),
    [
        ("OpenAI o1", "OpenAI o1", True),  # exact
        ("OpenAI o1", "openai-o1", True),  # normalize
        ("OpenAI o1", "o1", True),  # spelling -> canonical
        ("o1", "OpenAI o1 (1217)", True),  # two spellings of one canonical
        ("OpenAI o1", "o1-mini", False),  # a different canonical
        ("OpenAI o1-mini", "o1 mini", True),
        ("DeepSeek-R1", "DeepSeek-R1-Distill-Qwen-32B", False),
        ("Unknown Model 2", "unknown-model-2", True),  # not in aliases: normalize only
        ("*", "anything at all", True),
    ],
)
def test_name_matcher(gold_name: str, name: str, same: bool) -> None:
    assert NameMatcher(ALIASES["models"]).same(gold_name, name) is same


# --- claim matching -----------------------------------------------------------------------

MATCH_CASES = [
    # id, gold entry, claim, matches
    ("exact", entry(), claim(), True),
    ("model alias", entry(), claim(model="o1"), True),
    ("benchmark alias", entry(), claim(benchmark="AIME'24"), True),
    ("curly-quote alias", entry(), claim(benchmark="AIME’24"), True),
    ("normalized", entry(), claim(model="openai_o1", benchmark="aime-2024"), True),
    ("other model", entry(), claim(model="o1-mini"), False),
    ("other benchmark", entry(), claim(benchmark="GPQA"), False),
    ("tolerance +0.05", entry(value=79.2), claim(value=79.25), True),
    ("tolerance -0.05", entry(value=79.2), claim(value=79.15), True),
    ("tolerance +0.06", entry(value=79.2), claim(value=79.26), False),
    ("tolerance -0.06", entry(value=79.2), claim(value=79.14), False),
    ("values list first", entry(value=None, values=[62.3, 0.623]), claim(value=62.3), True),
    ("values list second", entry(value=None, values=[62.3, 0.623]), claim(value=0.623), True),
    ("values list miss", entry(value=None, values=[62.3, 0.623]), claim(value=6.23), False),
    (
        "condition present",
        entry(condition=["think"]),
        claim(qualifiers={"mode": "Thinking"}),
        True,
    ),
    (
        "condition as string",
        entry(condition="thinking"),
        claim(qualifiers={"mode": "thinking"}),
        True,
    ),
    ("condition absent", entry(condition=["think"]), claim(), False),
    (
        "all conditions needed",
        entry(condition=["think", "pass@1"]),
        claim(qualifiers={"mode": "thinking"}),
        False,
    ),
    (
        "conditions in keys and values",
        entry(condition=["mode", "pass@1"]),
        claim(qualifiers={"metric": "pass@1", "mode": "thinking"}),
        True,
    ),
    (
        "model at its mode",
        entry(model="GPT-5 High"),
        claim(model="GPT-5", qualifiers={"mode": "high"}),
        True,
    ),
    (
        "model at another mode",
        entry(model="GPT-5 High"),
        claim(model="GPT-5", qualifiers={"mode": "low"}),
        False,
    ),
    (
        "model with its row's setting in brackets",
        entry(model="NVLM-D 1.0 72B (Megatron)"),
        claim(model="NVLM-D 1.0 72B", qualifiers={"setting": "megatron"}),
        True,
    ),
    (
        "model with another setting than the gold's brackets",
        entry(model="NVLM-D 1.0 72B (Megatron)"),
        claim(model="NVLM-D 1.0 72B", qualifiers={"setting": "huggingface"}),
        False,
    ),
    (
        "benchmark with its condition in brackets",
        entry(benchmark="Humanity's Last Exam (no tools)"),
        claim(benchmark="Humanity's Last Exam", qualifiers={"tools": "without"}),
        True,
    ),
    (
        "benchmark with its window in brackets",
        entry(benchmark="LiveCodeBench (2408-2505)"),
        claim(benchmark="LiveCodeBench", qualifiers={"window": "2408-2505"}),
        True,
    ),
    (
        "benchmark with a condition in brackets the claim does not state",
        entry(benchmark="Humanity's Last Exam (no tools)"),
        claim(benchmark="Humanity's Last Exam", qualifiers={"tools": "with"}),
        False,
    ),
    ("fraction as percent", entry(value=0.97), claim(value=97.0), True),
    ("fraction, other percent", entry(value=0.97), claim(value=96.0), False),
    ("fraction, not a percent claim", entry(value=0.97), claim(value=97.0, unit="elo"), False),
    (
        "condition spelled 'w/'",
        entry(condition=["w/ CoT"]),
        claim(qualifiers={"cot": "with"}),
        True,
    ),
    (
        "condition 'w/o' is not 'with'",
        entry(condition=["w/o CoT"]),
        claim(qualifiers={"cot": "with"}),
        False,
    ),
    (
        "condition words are not a negated condition's",
        entry(condition=['"mode": "thinking"']),
        claim(qualifiers={"mode": "non-thinking"}),
        False,
    ),
    (
        "part named as setting",
        entry(benchmark="CMMLU STEM"),
        claim(benchmark="CMMLU", qualifiers={"setting": "stem"}),
        True,
    ),
    (
        "other part as setting",
        entry(benchmark="CMMLU STEM"),
        claim(benchmark="CMMLU", qualifiers={"setting": "humanities"}),
        False,
    ),
    ("part without setting", entry(benchmark="CMMLU STEM"), claim(benchmark="CMMLU"), False),
    ("wildcard model", entry(model="*"), claim(model="Some Other Model"), True),
    ("wildcard model, value", entry(model="*"), claim(model="Other", value=80), False),
    ("wildcard benchmark", entry(benchmark="*"), claim(benchmark="MMLU"), True),
    ("other source", entry(), claim(source="corpus/b.md"), False),
    ("windows path", entry(), claim(source="corpus\\a.md"), True),
]


@pytest.mark.parametrize(
    ("gold_entry", "the_claim", "matches"),
    [case[1:] for case in MATCH_CASES],
    ids=[case[0] for case in MATCH_CASES],
)
def test_claim_matches_must_entry(
    gold_entry: dict[str, Any], the_claim: dict[str, Any], matches: bool
) -> None:
    result = score(report([the_claim]), gold(must=[gold_entry]))
    assert result.must_matched == int(matches)
    assert result.recall == (1.0 if matches else 0.0)


# --- precision and recall -----------------------------------------------------------------


PR_CASES = [
    # id, claims, must, may, forbid, (must_matched, correct, wrong, forbidden, unexpected)
    ("one correct", [claim()], [entry()], [], [], (1, 1, 0, 0, 0)),
    ("may counts as correct", [claim(value=50)], [], [entry(value=50)], [], (0, 1, 0, 0, 0)),
    ("unexpected claim", [claim(value=12)], [entry()], [], [], (0, 0, 1, 0, 1)),
    (
        "forbid counts against precision",
        [claim(value=63.6)],
        [entry()],
        [],
        [entry(value=63.6)],
        (0, 0, 1, 1, 0),
    ),
    (
        "forbid wins over must",
        [claim()],
        [entry()],
        [],
        [entry(model="*", benchmark="*", values=[79.2])],
        (1, 0, 1, 1, 0),
    ),
    (
        "ambiguous: recall only",
        [claim(ambiguous=True)],
        [entry()],
        [],
        [],
        (1, 0, 0, 0, 0),
    ),
    (
        "ambiguous wrong: not against precision",
        [claim(value=12, ambiguous=True)],
        [entry()],
        [],
        [entry(value=12)],
        (0, 0, 0, 0, 0),
    ),
    ("rank unit ignored", [claim(value=2, unit="rank")], [], [], [], (0, 0, 0, 0, 0)),
    (
        "rank unit cannot satisfy a must",
        [claim(unit="rank")],
        [entry()],
        [],
        [],
        (0, 0, 0, 0, 0),
    ),
    (
        "forbid with a line: near it",
        [claim(line=9)],
        [entry()],
        [],
        [entry(model="*", benchmark="*", line=8)],
        (1, 0, 1, 1, 0),
    ),
    (
        "forbid with a line: far from it",
        [claim(line=40)],
        [entry()],
        [],
        [entry(model="*", benchmark="*", line=8)],
        (1, 1, 0, 0, 0),
    ),
    ("ignored claim skipped", [claim(ignored=True)], [entry()], [], [], (0, 0, 0, 0, 0)),
    (
        "one claim, two musts",
        [claim()],
        [entry(), entry(model="o1")],
        [],
        [],
        (2, 1, 0, 0, 0),
    ),
    (
        "duplicates all correct",
        [claim(line=1), claim(line=2)],
        [entry()],
        [],
        [],
        (1, 2, 0, 0, 0),
    ),
]


@pytest.mark.parametrize(
    ("claims", "must", "may", "forbid", "expected"),
    [case[1:] for case in PR_CASES],
    ids=[case[0] for case in PR_CASES],
)
def test_article_counts(
    claims: list[dict[str, Any]],
    must: list[dict[str, Any]],
    may: list[dict[str, Any]],
    forbid: list[dict[str, Any]],
    expected: tuple[int, int, int, int, int],
) -> None:
    result = score(report(claims), gold(must=must, may=may, forbid=forbid))
    [article] = result.articles
    got = (
        article.must_matched,
        article.correct,
        article.wrong,
        len(article.forbidden),
        len(article.unexpected),
    )
    assert got == expected


def test_precision_recall_micro_averaged_over_gold_articles() -> None:
    data = {
        "aliases": ALIASES,
        "articles": {
            "a.md": {"must": [entry(), entry(benchmark="GPQA Diamond", value=75.7)]},
            "b.txt": {"must": [entry(value=74.3)], "forbid": [entry(value=79.2)]},
        },
    }
    claims = [
        claim(source="x/a.md"),  # correct, must 1/2
        claim(source="x/a.md", benchmark="MMLU", value=91.8),  # unexpected
        claim(source="x/b.txt", value=74.3),  # correct, must 1/1
        claim(source="x/b.txt", value=79.2),  # forbidden
        claim(source="x/README.md", value=3),  # outside gold: not scored
        claim(source="x/README.md", value=4),
    ]
    result = score(report(claims), data)
    assert (result.must_matched, result.must_total) == (2, 3)
    assert (result.correct, result.wrong) == (2, 2)
    assert result.recall == pytest.approx(2 / 3)
    assert result.precision == pytest.approx(0.5)
    assert result.outside_gold_claims == 2
    assert result.outside_gold_sources == ["x/README.md"]
    a, b = result.articles
    assert a.recall == 0.5 and a.precision == 0.5
    assert [m.benchmark for m in a.missed] == ["GPQA Diamond"]
    assert b.recall == 1.0 and b.precision == 0.5


def test_no_claims_means_undefined_precision() -> None:
    result = score(report([]), gold(must=[entry()]))
    assert result.precision is None
    assert result.recall == 0.0
    assert "P=n/a R=0.00" in result.summary()


# --- output -------------------------------------------------------------------------------


def test_to_text_and_json() -> None:
    long_text = "GPQA " * 60
    claims = [
        claim(),
        claim(benchmark="GPQA Diamond", value=60.0, line=7, text=long_text),
        claim(value=63.6, line=9),
    ]
    data = gold(
        must=[entry(), entry(benchmark="MMLU", value=91.8)],
        forbid=[entry(value=63.6)],
        conflicts={"must": [{**MUST, "min_severity": "error"}], "max_errors": 1},
    )
    result = score(report(claims, [conflict()]), data)
    text = result.to_text()
    assert "OpenAI o1 / MMLU = 91.8" in text  # the miss
    assert "L7 OpenAI o1 / GPQA Diamond = 60" in text  # the unexpected claim
    assert "L9 OpenAI o1 / AIME 2024 = 63.6" in text  # the forbidden hit
    assert f"'{'GPQA ' * 19}GPQA…'" in text  # text truncated to 100 characters
    assert "[x] contradiction OpenAI o1 / AIME 2024 >= error" in text
    assert result.summary("articles/") == (
        "articles/: claims P=0.33 R=0.50 | conflicts must 1/1, must_not violations 0,"
        " errors 1 (max 1)"
    )
    dumped = json.loads(json.dumps(result.model_dump(mode="json")))
    assert dumped["precision"] == pytest.approx(1 / 3)
    assert dumped["conflicts"]["must_found"] == 1
    assert Score.model_validate(dumped).recall == 0.5


def test_accepts_report_model() -> None:
    from claimcheck.records import Claim, Report, Summary

    model = Report(
        sources=[],
        claims=[Claim.model_validate({**claim(), "qualifiers": {}})],
        conflicts=[],
        summary=Summary(sources=1, claims=1, conflicts={}, resolved=0, skipped=0),
    )
    assert score(model, gold(must=[entry()])).recall == 1.0
