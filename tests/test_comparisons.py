"""Comparisons and rankings stated in prose, checked against the values every source gives:
each relation form once where the values bear it out and once where they refute it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import api

# The values the other source gives: Nova-3 80.0, Vega 2 75.0, Orion 9 70.0, Lyra 4 65.0.
TABLE = (
    "| Model | OrbitQA |\n|---|---|\n| Nova-3 | 80.0 |\n| Vega 2 | 75.0 |\n"
    "| Orion 9 | 70.0 |\n| Lyra 4 | 65.0 |\n"
)

CASES = [
    # (sentence, relation, target or rank, holds)
    ("Nova-3 scored 80.0 on OrbitQA, outperforming Vega 2.", "above", "Vega 2", True),
    ("Lyra 4 scored 65.0 on OrbitQA, outperforming Vega 2.", "above", "Vega 2", False),
    ("On OrbitQA, Orion 9 scored 70.0, trailing Nova-3.", "below", "Nova-3", True),
    ("On OrbitQA, Nova-3 scored 80.0, trailing Lyra 4.", "below", "Lyra 4", False),
    ("Vega 2 scored 75.0 on OrbitQA, ahead of Orion 9.", "above", "Orion 9", True),
    ("Orion 9 scored 70.0 on OrbitQA, ahead of Vega 2.", "above", "Vega 2", False),
    ("Vega 2 scored 75.0 on OrbitQA, second behind only Nova-3.", "rank", 2, True),
    ("Lyra 4 scored 65.0 on OrbitQA, ranking second behind only Nova-3.", "rank", 2, False),
    ("Orion 9 ranks third on OrbitQA with 70.0.", "rank", 3, True),
    ("Lyra 4 ranks second on OrbitQA with 65.0.", "rank", 2, False),
    ("Vega 2 sits in the top three on OrbitQA with 75.0.", "top", 3, True),
    ("Lyra 4 sits in the top three on OrbitQA with 65.0.", "top", 3, False),
    ("Nova-3 leads every model on OrbitQA with 80.0.", "rank", 1, True),
    ("Vega 2 leads every model on OrbitQA with 75.0.", "rank", 1, False),
    ("Orion 9 is the best model in the world on OrbitQA, at 70.0.", "rank", 1, False),
]


@pytest.mark.parametrize(("sentence", "relation", "target", "holds"), CASES)
def test_relation(
    tmp_path: Path, sentence: str, relation: str, target: str | int, holds: bool
) -> None:
    (tmp_path / "table.md").write_text(TABLE, encoding="utf-8")
    (tmp_path / "story.md").write_text(sentence + "\n", encoding="utf-8")
    report = api.scan([tmp_path])
    found = [
        r
        for r in report.relations
        if r.relation == relation and (r.target == target or r.rank == target)
    ]
    assert len(found) == 1, [(r.relation, r.target, r.rank) for r in report.relations]
    assert found[0].status == ("consistent" if holds else "refuted"), found[0].evidence
    warnings = [k for k in report.conflicts if k.kind == "comparison"]
    assert bool(warnings) is (not holds)
    if warnings:
        assert warnings[0].severity == "warning"
        assert "story.md:1" in warnings[0].message


def test_a_relation_without_values_stays_unchecked(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(
        "Nova-3 scored 80.0 on OrbitQA, ahead of Zephyr 7.\n", encoding="utf-8"
    )
    report = api.scan([tmp_path])
    (relation,) = report.relations
    assert relation.status == "unchecked"
    assert not [k for k in report.conflicts if k.kind == "comparison"]


def test_it_placed_behind_a_list_of_rivals_is_who_is_compared(tmp_path: Path) -> None:
    # The first figure of the sentence is a rival's ("behind Nova-3 (80.0%)"); "it" is the
    # article's model, ranked behind each of them, which the values bear out.
    (tmp_path / "table.md").write_text(TABLE, encoding="utf-8")
    (tmp_path / "story.md").write_text(
        "# Lyra 4\n\nLyra 4 scores 65.0 on OrbitQA. That places it fourth, behind Nova-3 "
        "(80.0%), Vega 2 (75.0%) and Orion 9 (70.0%).\n",
        encoding="utf-8",
    )
    report = api.scan([tmp_path])
    subjects = {r.subject for r in report.relations if r.relation == "below"}
    assert subjects == {"Lyra 4"}, [(r.subject, r.relation, r.target) for r in report.relations]
    assert not [k for k in report.conflicts if k.kind == "comparison"]


def test_the_sample_corpus_rankings_hold() -> None:
    root = Path(__file__).resolve().parents[1] / "articles"
    report = api.scan([root])
    ranks = [r for r in report.relations if r.relation in ("rank", "top")]
    assert {(Path(r.source).name[0], r.relation, r.rank) for r in ranks} >= {
        ("b", "top", 5),
        ("c", "rank", 4),
        ("d", "rank", 4),
    }
    assert all(r.status == "consistent" for r in ranks)
    assert not [r for r in report.relations if r.status == "refuted"]
