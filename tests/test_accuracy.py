"""The accuracy floors on the sample corpus, against its hand-written gold file.

`python bench/accuracy.py` prints the figures; these tests hold the floors so a change that
loses claims or invents them fails here first.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scoring import Score, score

from claimcheck import api

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


# Probe sets: articles written to measure what the sample corpus lacks (newsletters under
# model headings, reviews, threads, changelogs, HTML tables with spanning headers, ranked
# lists, text from PDFs, posts with emoji bullets, spec sheets, Spanish, French, Italian and
# German). Floors a little under the figures
# measured when they were last tuned (probe-1 P 1.00 R 0.98, probe-2 P 1.00 R 0.95, probe-3
# P 0.97 R 0.95, probe-4 P 0.96 R 0.94; probe-3 was scored blind first at P 0.84 R 0.85,
# probe-4 at P 0.72 R 0.75). None may raise a finding its gold says must not be (issue 11).
PROBE_FLOORS = {
    "probe-1": (0.97, 0.95),
    "probe-2": (0.97, 0.92),
    "probe-3": (0.94, 0.92),
    "probe-4": (0.93, 0.91),
}


@pytest.mark.parametrize("name", sorted(PROBE_FLOORS))
def test_probe_sets_meet_their_floors(name: str) -> None:
    folder = ROOT / "tests" / "corpora" / name
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    report = api.scan(sorted(folder / article for article in gold["articles"]))
    result = score(report.model_dump(mode="json"), gold)
    precision, recall = PROBE_FLOORS[name]
    assert result.precision is not None and result.precision >= precision, result.to_text()
    assert result.recall >= recall, result.to_text()
    assert all(m.found for m in result.conflicts.must), result.to_text()
    assert not result.conflicts.must_not_violations, result.to_text()


# Corpora of real documents and blind probes, each scored blind first (figures in the README):
# real public model cards, READMEs, reports and posts (tests/corpora/real to real-8;
# tests/corpora/posts), tables cell for cell and prose rewritten, and probe-5, written blind
# for the prose families of issue 11. Floors a little under the figures measured when last
# tuned (real P 0.96 R 0.96, 15 of 15 found; real-2 P 0.95 R 0.94, 13 of 21; real-3 P 0.95
# R 0.90, 16 of 19; real-4 P 0.86 R 0.82, 11 of 16; real-5 P 0.91 R 0.94, 18 of 19; real-6
# P 0.80 R 0.77, 5 of 8; real-7 P 0.85 R 0.86, 16 of 18; real-8 P 0.88 R 0.86, 2 of 4; posts
# P 0.96 R 0.94, 1 of 1; probe-5 P 0.98 R 0.93, 8 of 8). None of them may raise a finding its
# gold says must not be, but for the breaches KNOWN_BREACHES names (never more of them).
NEW_FLOORS = {
    "real": (0.93, 0.93, 15),
    "real-2": (0.93, 0.92, 13),
    "real-3": (0.92, 0.88, 16),
    "real-4": (0.84, 0.80, 11),
    "real-5": (0.89, 0.92, 18),
    "real-6": (0.78, 0.75, 5),
    "real-7": (0.83, 0.84, 16),
    "real-8": (0.86, 0.84, 2),
    "real-9": (0.82, 0.52, 4),
    "real-10": (0.95, 0.95, 15),
    "real-11": (0.74, 0.77, 4),
    "real-12": (0.88, 0.77, 9),
    "real-13": (0.84, 0.84, 9),
    "real-14": (0.96, 0.95, 4),
    "real-15": (0.74, 0.76, 8),
    "real-16": (0.83, 0.60, 4),
    "real-17": (0.93, 0.93, 2),
    "real-18": (0.94, 0.84, 29),
    # real-19's SuperCLUE board is read since 2026-12-06: its OPEN/OPT sub-scores come out as
    # settings of SuperCLUE where the gold names them SuperCLUE-OPEN (may), hence P 0.89 -> 0.85.
    "real-19": (0.82, 0.76, 9),
    # Written blind on 2026-12-06 (blind: real-20 P 0.80 R 0.74, 0 of 7; real-21 P 0.55
    # R 0.76, 1 of 41; real-22 P 0.67 R 0.49, 5 of 35; real-23, prose, P 0.51 R 0.43, 1 of
    # 7), measured that day after the fixes at real-20 P 0.84 R 0.89, 0 of 7; real-21
    # P 0.73 R 0.88, 25 of 41; real-22 P 0.79 R 0.81, 18 of 35; real-23 P 0.67 R 0.55, 1 of 7.
    "real-20": (0.81, 0.86, 0),
    "real-21": (0.70, 0.85, 23),
    "real-22": (0.76, 0.78, 16),
    "real-23": (0.60, 0.50, 1),
    # Written blind on 2026-12-06, evening (blind: real-24, evaluation READMEs and leaderboard
    # data, P 0.01 R 0.00, 0 of 11; real-25, Phi-3 and Gemma cards, P 0.86 R 0.81, 1 of 12;
    # real-26, comparison posts, P 0.80 R 0.74, 5 of 14), measured after the fixes at real-24
    # P 0.62 R 0.50, 0 of 11; real-25 P 0.96 R 0.97, 4 of 15 (3 added to its gold after the
    # blind score, said there); real-26 P 0.94 R 0.86, 6 of 14.
    "real-24": (0.58, 0.46, 0),
    "real-25": (0.93, 0.94, 4),
    "real-26": (0.90, 0.82, 6),
    # Written blind on 2026-12-07 (blind, with the scorer as it then stood: real-27, vendor
    # READMEs and cards, P 0.82 R 0.85, 29 of 30; real-28, launch posts and newsletters,
    # P 0.65 R 0.65, 7 of 10; real-29, Chinese and Japanese READMEs and boards, P 0.24 R 0.20,
    # 9 of 30; real-30, Korean, Japanese and Spanish pages, P 0.73 R 0.54, 0 of 4; real-31,
    # pages mixing scores with prices and ranks, P 0.56 R 0.65, 17 of 26, 1 must-not breach),
    # measured after the fixes at real-27 P 0.96 R 0.97, 29 of 30; real-28 P 0.84 R 0.83,
    # 8 of 10; real-29 P 0.65 R 0.56, 23 of 30; real-30 P 0.79 R 0.56, 0 of 4; real-31
    # P 0.83 R 0.91, 23 of 26 (each README says what the scorer alone changed).
    "real-27": (0.93, 0.94, 29),
    "real-28": (0.80, 0.79, 8),
    "real-29": (0.58, 0.49, 23),
    "real-30": (0.75, 0.52, 0),
    "real-31": (0.79, 0.87, 23),
    # Written blind on 2026-12-07, late (blind, with the scorer as it then stood: real-32,
    # vision cards, P 0.79 R 0.62, 1 of 9; real-33, code models, P 0.49 R 0.52, 2 of 7;
    # real-34, model families, P 0.84 R 0.67, 4 of 37; real-35, evaluation printouts, P 0.48
    # R 0.33, 2 of 14; real-36, vendor pages, P 0.76 R 0.75, 9 of 14; real-37, third-party
    # launch posts, P 0.62 R 0.58, 4 of 13; real-38, Chinese vendor READMEs, P 0.76 R 0.74,
    # 2 of 4; real-39, reasoning-model READMEs, P 0.63 R 0.57, 3 of 32), measured after the
    # fixes at real-32 P 0.91 R 0.78, 3 of 9; real-33 P 0.79 R 0.85, 3 of 7; real-34 P 0.88
    # R 0.89, 29 of 37; real-35 P 0.95 R 0.64, 2 of 14; real-36 P 0.90 R 0.88, 10 of 14;
    # real-37 P 0.63 R 0.59, 4 of 13; real-38 P 0.83 R 0.80, 2 of 4; real-39 P 0.71 R 0.70,
    # 18 of 32.
    "real-32": (0.87, 0.74, 3),
    "real-33": (0.75, 0.81, 3),
    "real-34": (0.84, 0.85, 29),
    "real-35": (0.91, 0.60, 2),
    "real-36": (0.86, 0.84, 10),
    "real-37": (0.58, 0.55, 4),
    "real-38": (0.79, 0.76, 2),
    "real-39": (0.67, 0.66, 18),
    "real-40": (0.86, 0.84, 12),
    "real-41": (0.76, 0.75, 5),
    "real-42": (0.66, 0.50, 15),
    "real-43": (0.80, 0.79, 12),
    "real-44": (0.84, 0.82, 9),
    "real-45": (0.89, 0.60, 3),
    "real-46": (0.44, 0.53, 1),
    "real-47": (0.83, 0.60, 0),
    "real-48": (0.68, 0.66, 4),
    "real-49": (0.67, 0.68, 0),
    "posts": (0.94, 0.92, 1),
    "probe-5": (0.95, 0.92, 8),
}


# Must-not findings still raised, by (gold model, gold benchmark, kind of the finding):
# Ling-mini-2.0 AIME 2025 under two settings of one table (real-16); XVERSE-13B-Chat MMLU
# under two settings its table states in a way not read (real-19); InternVL2-8B Video-MME,
# where the gold's must_not names one document and so also matches the 04-05 contradiction
# the same gold requires (real-21); StarCoder-15B MBPP on WizardCoder's full MBPP against
# EvalPlus's 378-problem subset, which nothing in the EvalPlus data file says (real-22).
KNOWN_BREACHES: dict[str, set[tuple[str, str, str]]] = {
    "real-16": {("Ling-mini-2.0-Base", "AIME 2025", "internal")},
    "real-21": {("InternVL2-8B", "Video-MME", "contradiction")},
    "real-22": {("StarCoder-15B", "MBPP", "contradiction")},
    # Meta's reported 88 against Mistral's measured 85.4: two sources do disagree; the gold
    # sets them apart because one states pass@1 (HumanEval's default metric).
    "real-40": {("Llama-3.3-70B-Instruct", "HumanEval", "contradiction")},
}


@pytest.mark.parametrize("name", sorted(NEW_FLOORS))
def test_new_corpora_meet_their_floors(name: str) -> None:
    folder = ROOT / "tests" / "corpora" / name
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    report = api.scan(sorted(folder / article for article in gold["articles"]))
    result = score(report.model_dump(mode="json"), gold)
    precision, recall, found = NEW_FLOORS[name]
    assert result.precision is not None and result.precision >= precision, result.to_text()
    assert result.recall >= recall, result.to_text()
    assert sum(m.found for m in result.conflicts.must) >= found, result.to_text()
    known = KNOWN_BREACHES.get(name, set())
    for breach in result.conflicts.must_not_violations:
        for conflict in breach.conflicts:
            key = (breach.entry.model, breach.entry.benchmark, conflict.kind)
            assert key in known, result.to_text()
