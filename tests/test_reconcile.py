"""`reconcile`: claims from several sources -> contradictions, uncorroborated claims,
condition notes and per-source summaries (DESIGN.md, "Conflicts").

Claims are built directly as records, so these tests depend on no extractor. The first table
lists situations and every finding a careful editor expects from them, as
(kind, severity, model, benchmark); the tests after it check what the findings say.
"""

from __future__ import annotations

import random
from typing import NamedTuple

import pytest

from claimcheck.catalog import default
from claimcheck.reconcile import Outcome, reconcile
from claimcheck.records import Claim, stable_id

MS = "Muse Spark"


def claim(
    source: str,
    benchmark: str,
    value: float,
    *,
    model: str = MS,
    decimals: int | None = None,
    line: int = 1,
    unit: str = "%",
    approx: str = "exact",
    ambiguous: bool = False,
    ignored: bool = False,
    **qualifiers: str,
) -> Claim:
    if decimals is None:
        decimals = len(repr(float(value)).split(".")[1].rstrip("0"))
    return Claim(
        id=stable_id("c", source, line, model, benchmark, value, unit, sorted(qualifiers.items())),
        model=model,
        benchmark=benchmark,
        value=value,
        unit=unit,
        approx=approx,  # type: ignore[arg-type]
        decimals=decimals,
        qualifiers=qualifiers,
        source=source,
        line=line,
        column=1,
        text=f"{model} scores {value} on {benchmark}.",
        ambiguous=ambiguous,
        model_mention=model,
        benchmark_mention=benchmark,
        ignored=ignored,
    )


Finding = tuple[str, str, str, str]  # kind, severity, model, benchmark


class Situation(NamedTuple):
    name: str
    claims: list[Claim]
    findings: set[Finding]


def _run(claims: list[Claim]) -> Outcome:
    return reconcile(claims, default())


def _findings(outcome: Outcome) -> list[Finding]:
    return sorted((k.kind, k.severity, k.model, k.benchmark) for k in outcome.conflicts)


# Source a.md is contradicted by c.md and e.md; the others agree with one another.
_GPQA_TWO_AGAINST_ONE = [
    claim("a.md", "GPQA Diamond", 78.4, line=3),
    claim("c.md", "GPQA Diamond", 89.5, line=5),
    claim("e.md", "GPQA Diamond", 89.5, line=7),
]
_HEALTH_AGREED = [
    claim("b.md", "HealthBench Hard", 42.8, line=9),
    claim("c.md", "HealthBench Hard", 42.8, line=11),
]

_SITUATIONS = [
    Situation(
        "two sources against one: a contradiction",
        _GPQA_TWO_AGAINST_ONE,
        {("contradiction", "error", MS, "GPQA Diamond")},
    ),
    Situation(
        "agreement within written precision: 89.5, 89.50, roughly 90",
        [
            claim("c.md", "GPQA Diamond", 89.5),
            claim("e.md", "GPQA Diamond", 89.5, decimals=2),
            claim("b.md", "GPQA Diamond", 90.0, decimals=0, approx="about"),
        ],
        set(),
    ),
    Situation(
        "swapped digits are a contradiction",
        [
            claim("b.md", "HealthBench Hard", 42.8),
            claim("c.md", "HealthBench Hard", 42.8),
            claim("x.md", "HealthBench Hard", 48.2),
        ],
        {("contradiction", "error", MS, "HealthBench Hard")},
    ),
    Situation(
        "three sources, three values: a contradiction",
        [
            claim("a.md", "GPQA Diamond", 78.4),
            claim("c.md", "GPQA Diamond", 89.5),
            claim("e.md", "GPQA Diamond", 84.0),
        ],
        {("contradiction", "error", MS, "GPQA Diamond")},
    ),
    Situation(
        "a contradiction inside one stated condition",
        [
            claim("b.md", "AIME 2025", 88.0, decimals=1, mode="thinking"),
            claim("c.md", "AIME 2025", 88.0, decimals=1, mode="thinking"),
            claim("d.md", "AIME 2025", 81.5, mode="thinking"),
        ],
        {("contradiction", "error", MS, "AIME 2025")},
    ),
    Situation(
        "different stated conditions: a condition note, never an error",
        [
            claim("e.md", "Humanity's Last Exam", 39.9),
            claim("d.md", "Humanity's Last Exam", 50.2, mode="contemplating", tools="without"),
            claim("d.md", "Humanity's Last Exam", 58.0, mode="contemplating", tools="with"),
        ],
        {("condition", "info", MS, "Humanity's Last Exam")},
    ),
    Situation(
        "the same value under different conditions: nothing to say",
        [
            claim("b.md", "CharXiv Reasoning", 86.4, mode="contemplating"),
            claim("c.md", "CharXiv Reasoning", 86.4),
            claim("d.md", "CharXiv Reasoning", 86.4),
        ],
        set(),
    ),
    Situation(
        "two values in one source: an internal warning",
        [
            claim("a.md", "GPQA Diamond", 78.4, line=3),
            claim("a.md", "GPQA Diamond", 87.4, line=20),
        ],
        {("internal", "warning", MS, "GPQA Diamond")},
    ),
    Situation(
        "one source repeating its value is neither internal nor corroborated",
        [
            claim("a.md", "GPQA Diamond", 78.4, line=3),
            claim("a.md", "GPQA Diamond", 78.4, line=20),
        ],
        set(),
    ),
    Situation(
        "the outlier's single-source claims are suspicious",
        [*_GPQA_TWO_AGAINST_ONE, claim("a.md", "MMLU-Pro", 91.2, line=2)],
        {
            ("contradiction", "error", MS, "GPQA Diamond"),
            ("uncorroborated", "warning", MS, "MMLU-Pro"),
        },
    ),
    Situation(
        "same model, same domain, another benchmark elsewhere: suspicious when the source has "
        "nothing corroborated",
        [*_HEALTH_AGREED, claim("x.md", "MedQA", 96.1, line=4)],
        {("uncorroborated", "warning", MS, "MedQA")},
    ),
    Situation(
        "source A: outlier on GPQA, lone MedQA while the others report HealthBench Hard",
        [*_GPQA_TWO_AGAINST_ONE, *_HEALTH_AGREED, claim("a.md", "MedQA", 96.1, line=4)],
        {
            ("contradiction", "error", MS, "GPQA Diamond"),
            ("uncorroborated", "warning", MS, "MedQA"),
        },
    ),
    Situation(
        "a single-source claim from a corroborated source: nothing",
        [*_GPQA_TWO_AGAINST_ONE, claim("c.md", "DeepSearchQA", 74.8)],
        {("contradiction", "error", MS, "GPQA Diamond")},
    ),
    Situation(
        "a corroborated source with a lone figure in a domain others cover: info at most",
        [*_HEALTH_AGREED, claim("c.md", "MedQA", 96.1)],
        {("uncorroborated", "info", MS, "MedQA")},
    ),
    Situation(
        "the domain covered elsewhere only for another model: no reason for suspicion",
        [
            claim("b.md", "HealthBench Hard", 40.1, model="GPT-5.4"),
            claim("c.md", "HealthBench Hard", 40.1, model="GPT-5.4"),
            claim("x.md", "MedQA", 96.1),
        ],
        set(),
    ),
    Situation(
        "an outlier on this model stays suspicious though another of its figures is corroborated",
        [
            *_GPQA_TWO_AGAINST_ONE,
            *_HEALTH_AGREED,
            claim("a.md", "HealthBench Hard", 42.8, line=8),
            claim("a.md", "MMLU-Pro", 91.2, line=2),
        ],
        {
            ("contradiction", "error", MS, "GPQA Diamond"),
            ("uncorroborated", "warning", MS, "MMLU-Pro"),
        },
    ),
    Situation(
        "one article alone: nothing to check it against, nothing to report",
        [claim("solo.md", "OrbitQA", 71.2, model="Nimbus-3 Ultra")],
        set(),
    ),
    Situation(
        "another model's figures are no evidence against this one",
        [
            claim("a.md", "GPQA Diamond", 89.8, model="GPT-5"),
            claim("c.md", "GPQA Diamond", 92.8, model="GPT-5.4"),
            claim("e.md", "GPQA Diamond", 92.8, model="GPT-5.4"),
        ],
        set(),
    ),
    Situation(
        "different units on one benchmark never contradict",
        [
            claim(
                "e.md", "Artificial Analysis Intelligence Index", 58e6, unit="tokens", decimals=0
            ),
            claim("c.md", "Artificial Analysis Intelligence Index", 52, unit="points", decimals=0),
            claim("b.md", "Artificial Analysis Intelligence Index", 52, unit="points", decimals=0),
        ],
        set(),
    ),
    Situation(
        "a plain value matching neither mode of a source giving both: a contradiction",
        [
            claim("card.md", "AIME 2025", 36.7, mode="thinking"),
            claim("card.md", "AIME 2025", 9.3, mode="non-thinking"),
            claim("rival.md", "AIME 2025", 21.0),
        ],
        {
            ("contradiction", "error", MS, "AIME 2025"),
            ("condition", "info", MS, "AIME 2025"),
        },
    ),
    Situation(
        "a plain value matching one of the modes: no error",
        [
            claim("card.md", "AIME 2025", 36.7, mode="thinking"),
            claim("card.md", "AIME 2025", 9.3, mode="non-thinking"),
            claim("rival.md", "AIME 2025", 36.7),
        ],
        {("condition", "info", MS, "AIME 2025")},
    ),
    Situation(
        "two plain values that are the two modes of a source giving both: no error",
        [
            claim("card.md", "AIME 2025", 36.7, mode="thinking"),
            claim("card.md", "AIME 2025", 9.3, mode="non-thinking"),
            claim("guide.md", "AIME 2025", 36.7),
            claim("notes.md", "AIME 2025", 9.3),
        ],
        {("condition", "info", MS, "AIME 2025")},
    ),
    Situation(
        "a plain value against one mode only: it may be the other",
        [
            claim("card.md", "AIME 2025", 36.7, mode="thinking"),
            claim("rival.md", "AIME 2025", 21.0),
        ],
        {("condition", "info", MS, "AIME 2025")},
    ),
    Situation(
        "ambiguous and ignored claims raise nothing",
        [
            claim("a.md", "GPQA Diamond", 78.4, ambiguous=True),
            claim("b.md", "GPQA Diamond", 80.1, ignored=True),
            claim("c.md", "GPQA Diamond", 89.5),
            claim("e.md", "GPQA Diamond", 89.5),
        ],
        set(),
    ),
]


@pytest.mark.parametrize("row", _SITUATIONS, ids=lambda r: r.name)
def test_findings(row: Situation) -> None:
    assert _findings(_run(row.claims)) == sorted(row.findings)


@pytest.mark.parametrize("row", _SITUATIONS, ids=lambda r: r.name)
def test_findings_do_not_depend_on_claim_order(row: Situation) -> None:
    shuffled = list(row.claims)
    random.Random(7).shuffle(shuffled)
    assert _run(shuffled).conflicts == _run(row.claims).conflicts
    assert _run(list(reversed(row.claims))).conflicts == _run(row.claims).conflicts


# -- what a contradiction says ------------------------------------------------------------------
def test_contradiction_names_consensus_and_outlier() -> None:
    (conflict,) = _run(_GPQA_TWO_AGAINST_ONE).conflicts
    assert conflict.consensus is not None
    assert conflict.consensus.value == "89.5%"
    assert conflict.consensus.sources == ["c.md", "e.md"]
    assert conflict.outliers == ["a.md"]
    assert {(v.value, tuple(v.sources)) for v in conflict.values} == {
        ("89.5%", ("c.md", "e.md")),
        ("78.4%", ("a.md",)),
    }
    assert conflict.claims == sorted(c.id for c in _GPQA_TWO_AGAINST_ONE)
    assert "a.md" in conflict.message and "outlier" in conflict.message
    assert conflict.status == "open"


def test_one_against_one_has_no_consensus() -> None:
    """Two sources, two values: a reader cannot tell which is wrong, so neither is named."""
    (conflict,) = _run(
        [claim("a.md", "GPQA Diamond", 78.4), claim("c.md", "GPQA Diamond", 89.5)]
    ).conflicts
    assert (conflict.kind, conflict.severity) == ("contradiction", "error")
    assert conflict.consensus is None
    assert conflict.outliers == []


def test_two_against_two_has_no_consensus() -> None:
    (conflict,) = _run(
        [
            claim("a.md", "GPQA Diamond", 78.4),
            claim("b.md", "GPQA Diamond", 78.4),
            claim("c.md", "GPQA Diamond", 89.5),
            claim("e.md", "GPQA Diamond", 89.5),
        ]
    ).conflicts
    assert conflict.consensus is None
    assert conflict.outliers == []


def test_contradiction_within_a_condition_carries_the_condition() -> None:
    (conflict,) = _run(
        [
            claim("b.md", "AIME 2025", 88.0, decimals=1, mode="thinking"),
            claim("c.md", "AIME 2025", 88.0, decimals=1, mode="thinking"),
            claim("d.md", "AIME 2025", 81.5, mode="thinking"),
        ]
    ).conflicts
    assert conflict.qualifiers == {"mode": "thinking"}
    assert conflict.outliers == ["d.md"]
    assert conflict.consensus is not None and conflict.consensus.value == "88.0%"


def test_repeats_within_one_source_do_not_outvote_another_source() -> None:
    (conflict,) = _run(
        [
            claim("a.md", "GPQA Diamond", 78.4, line=3),
            claim("a.md", "GPQA Diamond", 78.4, line=40),
            claim("c.md", "GPQA Diamond", 89.5),
        ]
    ).conflicts
    assert conflict.kind == "contradiction"
    assert conflict.consensus is None


def test_condition_note_keeps_every_condition_apart() -> None:
    (conflict,) = _run(
        [
            claim("e.md", "Humanity's Last Exam", 39.9),
            claim("d.md", "Humanity's Last Exam", 50.2, mode="contemplating", tools="without"),
            claim("d.md", "Humanity's Last Exam", 58.0, mode="contemplating", tools="with"),
        ]
    ).conflicts
    assert conflict.kind == "condition"
    assert conflict.outliers == []
    assert len(conflict.values) == 3
    assert "not a contradiction" in conflict.message


def test_internal_warning_gives_both_lines() -> None:
    (conflict,) = _run(
        [
            claim("a.md", "GPQA Diamond", 78.4, line=3),
            claim("a.md", "GPQA Diamond", 87.4, line=20),
        ]
    ).conflicts
    assert conflict.kind == "internal"
    assert "line 3" in conflict.message and "line 20" in conflict.message


# -- what an uncorroborated warning says --------------------------------------------------------
def test_uncorroborated_warning_names_the_other_sources_evidence() -> None:
    outcome = _run([*_GPQA_TWO_AGAINST_ONE, *_HEALTH_AGREED, claim("a.md", "MedQA", 96.1, line=4)])
    (warning,) = [k for k in outcome.conflicts if k.kind == "uncorroborated"]
    assert warning.severity == "warning"
    assert warning.outliers == ["a.md"]
    assert "HealthBench Hard" in warning.message and "42.8" in warning.message
    assert "a.md" in warning.message


def test_info_finding_names_no_outlier() -> None:
    (note,) = _run([*_HEALTH_AGREED, claim("c.md", "MedQA", 96.1)]).conflicts
    assert (note.kind, note.severity, note.outliers) == ("uncorroborated", "info", [])


# -- conflict ids: what a resolution points at --------------------------------------------------
def _ids(claims: list[Claim]) -> dict[tuple[str, str], str]:
    return {(k.kind, k.benchmark): k.id for k in _run(claims).conflicts}


def test_conflict_ids_survive_new_values_and_file_order() -> None:
    before = _ids([*_GPQA_TWO_AGAINST_ONE, claim("a.md", "MedQA", 96.1, line=4)])
    changed = [
        claim("e.md", "GPQA Diamond", 89.5, line=70),
        claim("a.md", "MedQA", 95.0, line=40),
        claim("c.md", "GPQA Diamond", 89.5, line=50),
        claim("a.md", "GPQA Diamond", 77.0, line=30),
    ]
    assert _ids(changed) == before
    assert len(set(before.values())) == len(before)


def test_conflict_ids_differ_by_what_the_finding_is_about() -> None:
    gpqa = _ids(_GPQA_TWO_AGAINST_ONE)[("contradiction", "GPQA Diamond")]
    other_model = _ids(
        [claim(c.source, c.benchmark, c.value, model="GPT-5.4") for c in _GPQA_TWO_AGAINST_ONE]
    )[("contradiction", "GPQA Diamond")]
    other_bench = _ids([claim(c.source, "MMLU-Pro", c.value) for c in _GPQA_TWO_AGAINST_ONE])[
        ("contradiction", "MMLU-Pro")
    ]
    other_cond = _ids(
        [claim(c.source, c.benchmark, c.value, mode="thinking") for c in _GPQA_TWO_AGAINST_ONE]
    )[("contradiction", "GPQA Diamond")]
    assert len({gpqa, other_model, other_bench, other_cond}) == 4


# -- per-source summaries -----------------------------------------------------------------------
def test_source_summaries_least_reliable_first() -> None:
    outcome = _run(
        [
            *_GPQA_TWO_AGAINST_ONE,
            *_HEALTH_AGREED,
            claim("a.md", "MedQA", 96.1, line=4),
            claim("e.md", "HealthBench Hard", 42.8, line=12),
        ]
    )
    rows = {
        s.path: (s.claims, s.corroborated, s.contradicted, s.uncorroborated)
        for s in outcome.sources
    }
    assert rows == {
        "a.md": (2, 0, 1, 1),
        "b.md": (1, 1, 0, 0),
        "c.md": (2, 2, 0, 0),
        "e.md": (2, 2, 0, 0),
    }
    order = [s.path for s in outcome.sources]
    assert order[0] == "a.md"
    assert sorted(order[1:]) == order[1:]  # equally reliable sources by path
    reliability = {s.path: s.reliability for s in outcome.sources}
    assert reliability["a.md"] == 0.0
    assert reliability["c.md"] == 1.0


def test_ambiguous_claims_are_listed_but_not_counted() -> None:
    outcome = _run(
        [
            *_GPQA_TWO_AGAINST_ONE,
            claim("b.md", "GPQA Diamond", 50.0, ambiguous=True),
            claim("b.md", "HealthBench Hard", 42.8),
            claim("c.md", "HealthBench Hard", 42.8),
        ]
    )
    (b,) = [s for s in outcome.sources if s.path == "b.md"]
    assert (b.claims, b.corroborated, b.contradicted, b.uncorroborated) == (2, 1, 0, 0)


def _metric_claim(source: str, value: float, metric: str) -> Claim:
    return claim(source, "GPQA", value, mode="thinking").model_copy(update={"metric": metric})


def test_a_plain_figure_that_is_another_sources_many_sample_figure_is_no_contradiction() -> None:
    # Source c gives 84.6 at cons@64; source b quotes 84.6 with no condition; a's plain 75.4
    # is the one-sample figure. b's 84.6 is c's figure quoted without its metric.
    claims = [claim("a.md", "GPQA", 75.4), claim("b.md", "GPQA", 84.6)]
    claims.append(_metric_claim("c.md", 84.6, "cons@64"))
    found = {(c.kind, c.severity) for c in reconcile(claims, default()).conflicts}
    assert ("contradiction", "error") not in found
    # A mode alone explains nothing: two plain figures that disagree still do.
    plain = [claim("a.md", "GPQA", 75.4), claim("b.md", "GPQA", 84.6)]
    moded = [*plain, claim("c.md", "GPQA", 84.6, mode="thinking")]
    kinds = {(c.kind, c.severity) for c in reconcile(moded, default()).conflicts}
    assert ("contradiction", "error") in kinds
