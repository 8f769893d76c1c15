"""The accuracy floors on the sample corpus, against its hand-written gold file.

`python bench/accuracy.py` prints the figures; these tests hold the floors so a change that
loses claims or invents them fails here first.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.scoring import Score, score

ROOT = Path(__file__).resolve().parents[1]
GOLD = json.loads((ROOT / "tests" / "gold" / "articles.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def result() -> Score:
    report = api.scan([ROOT / "articles"])
    return score(report.model_dump(mode="json"), GOLD)


def _only(report: dict, extractors: set[str]) -> dict:
    kept = dict(report)
    kept["claims"] = [c for c in report["claims"] if c["extractor"] in extractors]
    return kept


def test_all_claims_meet_the_tables_issue_floor(result: Score) -> None:
    assert result.precision is not None
    assert result.precision >= 0.97, result.to_text()
    assert result.recall >= 0.95, result.to_text()


def test_prose_and_list_claims_are_precise() -> None:
    report = api.scan([ROOT / "articles"]).model_dump(mode="json")
    prose = score(_only(report, {"prose", "list"}), GOLD)
    assert prose.precision is not None and prose.precision >= 0.95, prose.to_text()


def test_the_seed_conflicts_are_found_and_no_trap_fires(result: Score) -> None:
    conflicts = result.conflicts
    assert all(m.found for m in conflicts.must), result.to_text()
    assert not conflicts.must_not_violations, result.to_text()
    assert conflicts.errors_found == GOLD["conflicts"]["max_errors"], result.to_text()


def test_every_article_yields_claims(result: Score) -> None:
    for article in result.articles:
        assert article.recall >= 0.9, result.to_text()
