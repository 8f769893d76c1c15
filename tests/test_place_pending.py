"""place_pending: rows of a table that lost cells, placed in their columns by what other
sources say, or left ambiguous; and the sample corpus's source E, whose squashed table is
placed with sources B, C and D's evidence."""

from __future__ import annotations

import pytest

from claimcheck.extract.numbers import Value
from claimcheck.extract.prose import ProseReader, RawClaim
from claimcheck.extract.tables import Label, PendingRow, place_pending, read_tables
from tests.table_rows import REPO, Doc, got, r


def value(x: float, unit: str = "%") -> Value:
    text = f"{x}"
    return Value(
        0, len(text), x, None, len(text.split(".")[1]) if "." in text else 0, unit, "exact", text
    )


def known(model: str, bench: str, x: float, source: str, **quals: str) -> RawClaim:
    return RawClaim(
        model=model,
        model_mention=model,
        benchmark=bench,
        benchmark_mention=bench,
        bench_entry=None,
        value=value(x),
        qualifiers=dict(quals),
        line=1,
        column=1,
        text="",
        source=source,
    )


MODELS = ["Muse Spark", "Claude Opus 4.6", "GPT-5.4", "Gemini 3.1 Pro"]


def pending_row(
    bench: str, values: list[float | None], source: str = "e.md", **quals: str
) -> PendingRow:
    cols = [Label(m, m, "model") for m in MODELS]
    return PendingRow(
        source=source,
        row=Label(bench, bench, "benchmark"),
        columns=cols,
        values=[value(v) if v is not None else None for v in values],
        models_in_columns=True,
        line=5,
        text="row",
        qualifiers=dict(quals),
    )


def placed(claims: list[RawClaim]) -> set[tuple[str, float, bool]]:
    return {(c.model, c.value.value, c.ambiguous) for c in claims}


HEALTH = [
    known("Muse Spark", "HealthBench Hard", 42.8, "b.html"),
    known("Muse Spark", "HealthBench Hard", 42.8, "c.txt"),
    known("GPT-5.4", "HealthBench Hard", 40.1, "c.txt"),
    known("Gemini 3.1 Pro", "HealthBench Hard", 20.6, "c.txt"),
    known("Claude Opus 4.6", "HealthBench Hard", 14.8, "c.txt"),
    known("Claude Opus 4.6", "HealthBench Hard", 14.8, "d.txt"),
]


def test_place_unique_placement() -> None:
    out = place_pending([pending_row("HealthBench Hard", [42.8, 40.1, 20.6])], HEALTH)
    assert placed(out) == {
        ("Muse Spark", 42.8, False),
        ("GPT-5.4", 40.1, False),
        ("Gemini 3.1 Pro", 20.6, False),
    }
    assert all(c.extractor == "table" and c.line == 5 and c.source == "e.md" for c in out)


def test_place_single_value_by_evidence() -> None:
    evidence = [
        known("Muse Spark", "Intelligence Index", 52, "b.html"),
        known("GPT-5.4", "Intelligence Index", 57, "c.txt"),
        known("Claude Opus 4.6", "Intelligence Index", 53, "c.txt"),
    ]
    out = place_pending([pending_row("Intelligence Index", [52])], evidence)
    assert placed(out) == {("Muse Spark", 52, False)}


def test_place_without_evidence_is_ambiguous_in_every_possible_column() -> None:
    out = place_pending([pending_row("Terminal-Bench 2.0", [59.0, 75.1, 68.5])], [])
    assert placed(out) == {
        ("Muse Spark", 59.0, True),
        ("Claude Opus 4.6", 59.0, True),
        ("Claude Opus 4.6", 75.1, True),
        ("GPT-5.4", 75.1, True),
        ("GPT-5.4", 68.5, True),
        ("Gemini 3.1 Pro", 68.5, True),
    }


def test_place_single_value_without_evidence() -> None:
    out = place_pending([pending_row("Intelligence Index", [52])], [])
    assert placed(out) == {(m, 52, True) for m in MODELS}


def test_place_conflicting_evidence_is_ambiguous() -> None:
    # One source puts 80.5 under Muse Spark, another puts it under Claude: two placements
    # agree equally, so neither wins.
    evidence = [
        known("Muse Spark", "MMMU-Pro", 80.5, "b.html"),
        known("Claude Opus 4.6", "MMMU-Pro", 80.5, "c.txt"),
    ]
    out = place_pending([pending_row("MMMU-Pro", [80.5, 82.4])], evidence)
    assert all(c.ambiguous for c in out)
    assert ("Muse Spark", 80.5, True) in placed(out)
    assert ("Claude Opus 4.6", 80.5, True) in placed(out)


def test_place_contradicting_evidence_everywhere_is_ambiguous() -> None:
    evidence = [known(m, "MMMU-Pro", 10.0, "b.html") for m in MODELS]
    out = place_pending([pending_row("MMMU-Pro", [80.5, 82.4])], evidence)
    assert out and all(c.ambiguous for c in out)


def test_place_ignores_the_rows_own_source() -> None:
    own = [
        known("Muse Spark", "Terminal-Bench 2.0", 59.0, "e.md"),
        known("GPT-5.4", "Terminal-Bench 2.0", 75.1, "e.md"),
    ]
    out = place_pending([pending_row("Terminal-Bench 2.0", [59.0, 75.1, 68.5])], own)
    assert all(c.ambiguous for c in out)
    assert len(out) == 6


def test_place_ignores_ambiguous_and_token_claims() -> None:
    amb = known("Claude Opus 4.6", "Intelligence Index", 52, "c.txt")
    amb.ambiguous = True
    tokens = known("Muse Spark", "Intelligence Index", 58_000_000, "c.txt")
    tokens.value.unit = "tokens"
    out = place_pending([pending_row("Intelligence Index", [52])], [amb, tokens])
    assert all(c.ambiguous for c in out)


def test_place_conditions_a_different_mode_never_contradicts() -> None:
    # 50.2 in Contemplating mode says nothing against 39.9 with no mode stated.
    evidence = [
        known("Muse Spark", "Humanity's Last Exam", 50.2, "b.html", mode="contemplating"),
        known("Claude Opus 4.6", "Humanity's Last Exam", 30.0, "c.txt"),
        known("GPT-5.4", "Humanity's Last Exam", 41.6, "c.txt"),
        known("Gemini 3.1 Pro", "Humanity's Last Exam", 44.7, "c.txt"),
    ]
    out = place_pending([pending_row("Humanity's Last Exam", [39.9, 41.6, 44.7])], evidence)
    assert placed(out) == {
        ("Muse Spark", 39.9, False),
        ("GPT-5.4", 41.6, False),
        ("Gemini 3.1 Pro", 44.7, False),
    }


def test_place_evidence_without_mode_still_places_a_thinking_row() -> None:
    evidence = [
        known("Muse Spark", "ARC-AGI-2", 42.5, "c.txt"),
        known("Gemini 3.1 Pro", "ARC-AGI-2", 76.5, "d.txt"),
        known("GPT-5.4", "ARC-AGI-2", 76.1, "d.txt"),
    ]
    row = pending_row("ARC-AGI-2", [42.5, 76.1, 76.5], mode="thinking")
    out = place_pending([row], evidence)
    assert placed(out) == {
        ("Muse Spark", 42.5, False),
        ("GPT-5.4", 76.1, False),
        ("Gemini 3.1 Pro", 76.5, False),
    }
    assert all(c.qualifiers == {"mode": "thinking"} for c in out)


def test_place_explicit_empty_cell_takes_a_column() -> None:
    # [42.8, empty, 40.1, 20.6] is a full row: nothing to decide.
    row = pending_row("HealthBench Hard", [42.8, None, 40.1, 20.6])
    assert placed(place_pending([row], [])) == {
        ("Muse Spark", 42.8, False),
        ("GPT-5.4", 40.1, False),
        ("Gemini 3.1 Pro", 20.6, False),
    }
    # [42.8, empty, 40.1] in four columns: the empty cell still takes a column, so 42.8 can
    # only be Muse Spark's or Claude's and 40.1 never Claude's.
    row = pending_row("HealthBench Hard", [42.8, None, 40.1])
    out = place_pending([row], [])
    assert placed(out) == {
        ("Muse Spark", 42.8, True),
        ("Claude Opus 4.6", 42.8, True),
        ("GPT-5.4", 40.1, True),
        ("Gemini 3.1 Pro", 40.1, True),
    }


# ---------------------------------------------------------------------------------------
# The sample corpus: source E's squashed table, placed with B, C and D's evidence


def test_source_e_table_from_the_repository(reader: ProseReader) -> None:
    path = REPO / "articles" / "e-blog-comparison.md"
    if not path.exists():
        pytest.skip("articles/ not present")
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    doc = Doc(text, path="articles/e-blog-comparison.md")
    claims, pending = read_tables(doc, reader)
    assert got(claims) == {
        r("Muse Spark", "GPQA Diamond", 89.5),
        r("Claude Opus 4.6", "GPQA Diamond", 92.7),
        r("GPT-5.4", "GPQA Diamond", 92.8),
        r("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
        r("Muse Spark", "CharXiv Reasoning", 86.4),
        r("Claude Opus 4.6", "CharXiv Reasoning", 65.3),
        r("GPT-5.4", "CharXiv Reasoning", 82.8),
        r("Gemini 3.1 Pro", "CharXiv Reasoning", 80.2),
    }
    assert {p.row.name for p in pending} == {
        "Artificial Analysis Intelligence Index",
        "Humanity's Last Exam",
        "HealthBench Hard",
        "MMMU-Pro",
        "Terminal-Bench 2.0",
        "ARC-AGI-2",
    }
    others = [
        known("Muse Spark", "Artificial Analysis Intelligence Index", 52, "b.html"),
        known("GPT-5.4", "Artificial Analysis Intelligence Index", 57, "c.txt"),
        known("Claude Opus 4.6", "Artificial Analysis Intelligence Index", 53, "c.txt"),
        *HEALTH,
        known("Muse Spark", "MMMU-Pro", 80.5, "b.html"),
        known("Gemini 3.1 Pro", "MMMU-Pro", 82.4, "c.txt"),
        known("Muse Spark", "ARC-AGI-2", 42.5, "c.txt"),
        known("Gemini 3.1 Pro", "ARC-AGI-2", 76.5, "d.txt"),
        known("GPT-5.4", "ARC-AGI-2", 76.1, "d.txt"),
        known("Muse Spark", "Humanity's Last Exam", 50.2, "b.html", mode="contemplating"),
    ]
    out = place_pending(pending, others)
    certain = {(c.model, c.benchmark, c.value.value) for c in out if not c.ambiguous}
    assert certain == {
        ("Muse Spark", "Artificial Analysis Intelligence Index", 52),
        ("Muse Spark", "HealthBench Hard", 42.8),
        ("GPT-5.4", "HealthBench Hard", 40.1),
        ("Gemini 3.1 Pro", "HealthBench Hard", 20.6),
        ("Muse Spark", "MMMU-Pro", 80.5),
        ("Gemini 3.1 Pro", "MMMU-Pro", 82.4),
        ("Muse Spark", "ARC-AGI-2", 42.5),
        ("GPT-5.4", "ARC-AGI-2", 76.1),
        ("Gemini 3.1 Pro", "ARC-AGI-2", 76.5),
    }
    # Never a certain value under Claude Opus 4.6 in a row where its cell is missing.
    assert not any(c.model == "Claude Opus 4.6" and not c.ambiguous for c in out)
    arc = [c for c in out if c.benchmark == "ARC-AGI-2"]
    assert all(c.qualifiers == {"mode": "thinking"} for c in arc)
