"""Property tests of the records: claims, conflicts and reports survive JSON, and the claims
file a scan writes parses back to the report's claims."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.ledger import claims_jsonl, read_claims
from claimcheck.records import (
    Claim,
    Conflict,
    Consensus,
    Report,
    Resolution,
    Skipped,
    SourceSummary,
    Summary,
    ValueSources,
)
from tests.text_pieces import APPROX, PROSE_TEXT, UNITS

# ---------------------------------------------------------------------------------------
# Records

_text = st.text(max_size=20)
_finite = st.floats(allow_nan=False, allow_infinity=False)
_quals = st.dictionaries(_text, _text, max_size=3)

CLAIMS = st.builds(
    Claim,
    id=_text,
    model=_text,
    benchmark=_text,
    value=_finite,
    value_high=st.none() | _finite,
    unit=st.sampled_from(sorted(UNITS)),
    approx=st.sampled_from(sorted(APPROX)),
    decimals=st.integers(0, 6),
    qualifiers=_quals,
    source=_text,
    line=st.integers(1, 10**6),
    column=st.integers(1, 10**4),
    text=st.text(max_size=80),
    ambiguous=st.booleans(),
    model_mention=_text,
    benchmark_mention=_text,
    extractor=st.sampled_from(["prose", "list", "table"]),
    attribution=st.none() | _text,
    first_party=st.booleans(),
    ignored=st.booleans(),
)
CONFLICTS = st.builds(
    Conflict,
    id=_text,
    kind=st.sampled_from(
        ["contradiction", "uncorroborated", "condition", "internal", "comparison", "stale"]
    ),
    severity=st.sampled_from(["error", "warning", "info"]),
    model=_text,
    benchmark=_text,
    qualifiers=_quals,
    claims=st.lists(_text, max_size=3),
    values=st.lists(
        st.builds(ValueSources, value=_text, sources=st.lists(_text, max_size=2)), max_size=2
    ),
    consensus=st.none() | st.builds(Consensus, value=_text, sources=st.lists(_text, max_size=2)),
    outliers=st.lists(_text, max_size=2),
    message=_text,
    rule=_text,
    status=st.sampled_from(["open", "resolved"]),
    resolution=st.none()
    | st.builds(
        Resolution,
        conflict=_text,
        action=st.sampled_from(["accept", "dismiss"]),
        value=st.none() | _finite,
        reason=_text,
        by=st.none() | _text,
        date=st.none() | _text,
    ),
)
_counts = st.integers(0, 10**6)
REPORTS = st.builds(
    Report,
    sources=st.lists(
        st.builds(
            SourceSummary,
            path=_text,
            claims=_counts,
            corroborated=_counts,
            contradicted=_counts,
            uncorroborated=_counts,
            reliability=_finite,
        ),
        max_size=2,
    ),
    claims=st.lists(CLAIMS, max_size=3),
    conflicts=st.lists(CONFLICTS, max_size=2),
    skipped=st.lists(st.builds(Skipped, path=_text, reason=_text), max_size=2),
    notes=st.lists(_text, max_size=2),
    summary=st.builds(
        Summary,
        sources=_counts,
        claims=_counts,
        conflicts=st.dictionaries(st.sampled_from(["error", "warning", "info"]), _counts),
        resolved=_counts,
        skipped=_counts,
        ignored=_counts,
    ),
)


@given(claim=CLAIMS)
@example(
    claim=Claim(
        id="x",
        model="\u2028",
        benchmark="\x00",
        value=-0.0,
        source="a\nb",
        line=1,
        column=1,
        text='"',
        model_mention="",
        benchmark_mention="",
    )
)
def test_claim_json_round_trip(claim: Claim) -> None:
    assert Claim.model_validate_json(claim.model_dump_json()) == claim
    # The claims file's own writer and reader (one record a line, keys sorted).
    line = claims_jsonl([claim])
    assert line.count("\n") == 1
    assert Claim.model_validate(json.loads(line)) == claim


@given(conflict=CONFLICTS)
def test_conflict_json_round_trip(conflict: Conflict) -> None:
    assert Conflict.model_validate_json(conflict.model_dump_json()) == conflict


@given(report=REPORTS)
def test_report_json_round_trip(report: Report) -> None:
    assert Report.model_validate_json(report.model_dump_json()) == report


runner = CliRunner()
_C0 = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


@given(
    # No NUL and no other C0 control bytes: a NUL, or more than eight of the others, makes a
    # file binary (ingest/decode.py), and a scan of nothing readable is exit 2.
    articles=st.lists(PROSE_TEXT.map(lambda t: _C0.sub("", t)), min_size=1, max_size=3),
    extra=st.lists(
        st.tuples(st.sampled_from(["Orbit-7", "Kestrel 3"]), st.integers(0, 1000)), max_size=4
    ),
)
def test_the_claims_file_written_by_a_scan_parses_back(
    tmp_path_factory: pytest.TempPathFactory, articles: list[str], extra: list[tuple[str, int]]
) -> None:
    root = tmp_path_factory.mktemp("scan")
    (root / "articles").mkdir()
    for i, text in enumerate(articles):
        lines = [f"{m} scored {v / 10:.1f}% on FooBench." for m, v in extra]
        (root / "articles" / f"a{i}.md").write_text(text + "\n\n" + "\n\n".join(lines))
    result = runner.invoke(
        app, ["scan", str(root / "articles"), "--format", "json", "--claims", str(root / "claims")]
    )
    assert result.exit_code in (0, 1), result.output
    report = Report.model_validate_json(result.stdout)
    path = root / "claims" / "claims.jsonl"
    written = read_claims(path)
    assert sorted(written, key=lambda c: c.id) == sorted(report.claims, key=lambda c: c.id)
    assert path.read_text(encoding="utf-8") == claims_jsonl(report.claims)
    for line in path.read_text(encoding="utf-8").splitlines():
        assert json.loads(line)["id"]
