"""Tests for bench/scoring.py's conflict checks: must findings, must_not breaches, errors
and false alarms, against synthetic reports and gold files."""

from __future__ import annotations

from typing import Any

import pytest
from scoring import score

from tests.score_fixtures import MUST, conflict, gold, report

# --- conflicts ----------------------------------------------------------------------------

MUST_CASES = [
    # id, conflicts, min_severity, found
    ("found", [conflict()], "error", True),
    ("alias names", [conflict(model="o1", benchmark="AIME24")], "error", True),
    ("severity too low", [conflict(severity="warning")], "error", False),
    ("severity above minimum", [conflict(severity="error")], "warning", True),
    ("severity equal minimum", [conflict(severity="warning")], "warning", True),
    ("resolved", [conflict(status="resolved")], "error", False),
    ("other kind", [conflict(kind="condition")], "info", False),
    ("other model", [conflict(model="o1-mini")], "info", False),
    ("other benchmark", [conflict(benchmark="GPQA")], "info", False),
    ("part as setting", [conflict(benchmark="AIME", setting="2024")], "error", True),
    ("other part as setting", [conflict(benchmark="AIME", setting="2025")], "error", False),
    ("none", [], "info", False),
]


@pytest.mark.parametrize(
    ("conflicts", "min_severity", "found"),
    [case[1:] for case in MUST_CASES],
    ids=[case[0] for case in MUST_CASES],
)
def test_conflict_must(conflicts: list[dict[str, Any]], min_severity: str, found: bool) -> None:
    data = gold(conflicts={"must": [{**MUST, "min_severity": min_severity}], "max_errors": 1})
    result = score(report([], conflicts), data).conflicts
    assert result is not None
    assert (result.must_found, result.must_total) == (int(found), 1)
    assert result.must[0].found is found


MUST_NOT_CASES = [
    # id, must_not entry, conflicts, violated
    (
        "wildcard benchmark, any kind",
        {"model": "OpenAI o1-mini", "benchmark": "*", "min_severity": "error"},
        [conflict(model="o1-mini", benchmark="MMLU", kind="comparison")],
        True,
    ),
    (
        "wildcard benchmark, other model",
        {"model": "OpenAI o1-mini", "benchmark": "*", "min_severity": "error"},
        [conflict(model="OpenAI o1")],
        False,
    ),
    (
        "below min severity",
        {"model": "OpenAI o1-mini", "benchmark": "*", "min_severity": "warning"},
        [conflict(model="o1-mini", severity="info", kind="uncorroborated")],
        False,
    ),
    (
        "at min severity",
        {"model": "OpenAI o1-mini", "benchmark": "*", "min_severity": "warning"},
        [conflict(model="o1-mini", severity="warning", kind="uncorroborated")],
        True,
    ),
    (
        "resolved does not count",
        {"model": "OpenAI o1-mini", "benchmark": "*", "min_severity": "error"},
        [conflict(model="o1-mini", status="resolved")],
        False,
    ),
    (
        "exact pair",
        {"model": "DeepSeek-R1", "benchmark": "AIME 2024", "min_severity": "error"},
        [conflict(model="R1", benchmark="AIME'24")],
        True,
    ),
    (
        "other benchmark",
        {"model": "DeepSeek-R1", "benchmark": "AIME 2024", "min_severity": "error"},
        [conflict(model="R1", benchmark="GPQA")],
        False,
    ),
    (
        "named sources all present",
        {"model": "R1", "benchmark": "GPQA", "min_severity": "error", "sources": ["a.md", "c.md"]},
        [conflict(model="R1", benchmark="GPQA", sources=("a.md", "b.md", "c.md"))],
        True,
    ),
    (
        "named sources on one side of a group: they agree, another source differs",
        {"model": "R1", "benchmark": "GPQA", "min_severity": "error", "sources": ["a.md", "c.md"]},
        [
            {
                **conflict(model="R1", benchmark="GPQA"),
                "values": [
                    {"value": "52.5%", "sources": ["docs/a.md", "docs/c.md"]},
                    {"value": "62.5%", "sources": ["docs/b.md"]},
                ],
            }
        ],
        False,
    ),
    (
        "named sources on two sides of a group",
        {"model": "R1", "benchmark": "GPQA", "min_severity": "error", "sources": ["a.md", "c.md"]},
        [
            {
                **conflict(model="R1", benchmark="GPQA"),
                "values": [
                    {"value": "52.5%", "sources": ["docs/a.md", "docs/b.md"]},
                    {"value": "62.5%", "sources": ["docs/c.md"]},
                ],
            }
        ],
        True,
    ),
    (
        "named source absent: another pair's disagreement",
        {"model": "R1", "benchmark": "GPQA", "min_severity": "error", "sources": ["a.md", "c.md"]},
        [conflict(model="R1", benchmark="GPQA", sources=("a.md", "b.md"))],
        False,
    ),
]


@pytest.mark.parametrize(
    ("must_not", "conflicts", "violated"),
    [case[1:] for case in MUST_NOT_CASES],
    ids=[case[0] for case in MUST_NOT_CASES],
)
def test_conflict_must_not(
    must_not: dict[str, Any], conflicts: list[dict[str, Any]], violated: bool
) -> None:
    result = score(report([], conflicts), gold(conflicts={"must_not": [must_not]})).conflicts
    assert result is not None
    assert len(result.must_not_violations) == int(violated)
    if violated:
        assert result.must_not_violations[0].conflicts[0].id == conflicts[0]["id"]


def test_errors_and_false_alarms() -> None:
    conflicts = [
        conflict(),  # explained by the must entry
        conflict(model="DeepSeek-R1", benchmark="MMLU"),  # false alarm
        conflict(model="DeepSeek-R1", benchmark="GPQA", status="resolved"),  # not open
        conflict(model="DeepSeek-R1", benchmark="GPQA", severity="warning"),  # not an error
    ]
    data = gold(conflicts={"must": [{**MUST, "min_severity": "error"}], "max_errors": 1})
    result = score(report([], conflicts), data).conflicts
    assert result is not None
    assert (result.errors_found, result.max_errors) == (2, 1)
    assert [c.benchmark for c in result.false_alarms] == ["MMLU"]
    assert result.ok is False
    assert result.summary() == "conflicts must 1/1, must_not violations 0, errors 2 (max 1)"


def test_no_conflict_gold() -> None:
    assert score(report([]), gold()).conflicts is None
