"""What the scorer's tests share (tests/test_scoring*.py): gold aliases, and synthetic
claims, conflicts, reports, gold files and gold entries."""

from __future__ import annotations

from typing import Any

ALIASES: dict[str, Any] = {
    "models": {
        "OpenAI o1": ["o1", "OpenAI o1 (1217)"],
        "OpenAI o1-mini": ["o1-mini"],
        "DeepSeek-R1": ["R1", "DeepSeek R1"],
    },
    "benchmarks": {
        "AIME 2024": ["AIME'24", "AIME24"],
        "GPQA Diamond": ["GPQA"],
        "MMLU": [],
    },
}

ARTICLE = "a.md"


def claim(
    model: str = "OpenAI o1",
    benchmark: str = "AIME 2024",
    value: float = 79.2,
    *,
    source: str = f"corpus/{ARTICLE}",
    unit: str = "%",
    qualifiers: dict[str, str] | None = None,
    ambiguous: bool = False,
    ignored: bool = False,
    line: int = 1,
    text: str = "o1 scored 79.2 on AIME 2024.",
) -> dict[str, Any]:
    return {
        "id": f"c-{model}-{benchmark}-{value}-{line}",
        "model": model,
        "benchmark": benchmark,
        "value": value,
        "value_high": None,
        "unit": unit,
        "approx": "exact",
        "decimals": 1,
        "qualifiers": qualifiers or {},
        "source": source,
        "line": line,
        "column": 1,
        "text": text,
        "ambiguous": ambiguous,
        "model_mention": model,
        "benchmark_mention": benchmark,
        "extractor": "prose",
        "attribution": None,
        "ignored": ignored,
    }


def conflict(
    model: str = "OpenAI o1",
    benchmark: str = "AIME 2024",
    *,
    kind: str = "contradiction",
    severity: str = "error",
    status: str = "open",
    sources: tuple[str, ...] = (),
    setting: str = "",
) -> dict[str, Any]:
    return {
        "id": f"k-{model}-{benchmark}-{kind}-{severity}-{status}",
        "kind": kind,
        "severity": severity,
        "model": model,
        "benchmark": benchmark,
        "qualifiers": {"setting": setting} if setting else {},
        "claims": [],
        "values": [{"value": "1%", "sources": [f"docs/{name}"]} for name in sources],
        "consensus": None,
        "outliers": [],
        "message": f"{model} on {benchmark}: sources disagree",
        "rule": "",
        "status": status,
        "resolution": None,
    }


def report(claims: list[dict[str, Any]], conflicts: list[dict[str, Any]] | None = None) -> dict:
    return {"version": "1", "sources": [], "claims": claims, "conflicts": conflicts or []}


def gold(
    must: list[dict[str, Any]] | None = None,
    may: list[dict[str, Any]] | None = None,
    forbid: list[dict[str, Any]] | None = None,
    conflicts: dict[str, Any] | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "aliases": ALIASES,
        "articles": {ARTICLE: {"must": must or [], "may": may or [], "forbid": forbid or []}},
    }
    if conflicts is not None:
        data["conflicts"] = conflicts
    return data


def entry(
    model: str = "OpenAI o1", benchmark: str = "AIME 2024", value: float = 79.2, **extra: Any
) -> dict[str, Any]:
    return {"model": model, "benchmark": benchmark, "value": value, **extra}


# A conflict check the gold requires: o1 on AIME 2024.
MUST = {"kind": "contradiction", "model": "OpenAI o1", "benchmark": "AIME 2024"}
