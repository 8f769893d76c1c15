"""`--format markdown` for pull requests: each contradiction as a table of value by source, the
outlier in bold, and the whole comment under GitHub's 65,536-character limit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.records import Claim, Conflict, Consensus, Report, SourceSummary, Summary
from claimcheck.render import markdown

ROOT = Path(__file__).resolve().parents[1]


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_contradiction_table_of_the_sample_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "articles", tmp_path / "articles")
    result = CliRunner().invoke(app, ["scan", "articles", "-f", "markdown", "--no-write"])
    assert result.exit_code == 1, result.output
    out = result.stdout
    table = out[out.index("**Muse Spark / GPQA Diamond** (id cont-5aa97d14ea)") :].split("\n\n")[1]
    assert table.splitlines() == [
        "| Value | Source |",
        "|---:|---|",
        "| **78.4%** (outlier) | articles/a-musespark-headlines.md:15 |",
        "| 89.5% | articles/c-analysis-musespark.txt:51 |",
        "| 89.5% | articles/e-blog-comparison.md:15 |",
    ]
    assert "Shortened" not in out


def _big_report(n: int, long_name: int = 0) -> Report:
    claims: list[Claim] = []
    conflicts: list[Conflict] = []
    for i in range(n):
        model = f"Model-{i}" + "x" * long_name
        sources = [f"articles/launch-{i:05d}/source-{j}.md" for j in range(4)]
        ids = []
        for j, src in enumerate(sources):
            cid = f"c-{i}-{j}"
            ids.append(cid)
            claims.append(
                Claim(
                    id=cid,
                    model=model,
                    benchmark="Bench Hard",
                    value=70.0 if j else 61.5,
                    decimals=1,
                    source=src,
                    line=10 + j,
                    column=1,
                    text="t",
                    model_mention=model,
                    benchmark_mention="Bench Hard",
                )
            )
        conflicts.append(
            Conflict(
                id=f"cont-{i:010d}",
                kind="contradiction",
                severity="error",
                model=model,
                benchmark="Bench Hard",
                claims=ids,
                consensus=Consensus(value="70.0%", sources=sources[1:]),
                outliers=sources[:1],
                message=f"Sources disagree on {model} / Bench Hard: " + "; ".join(sources),
            )
        )
    sources = [
        SourceSummary(
            path=c.source, claims=1, corroborated=0, contradicted=1, uncorroborated=0, reliability=0
        )
        for c in claims
    ]
    summary = Summary(
        sources=len(sources),
        claims=len(claims),
        conflicts={"error": n, "warning": 0, "info": 0},
        resolved=0,
        skipped=0,
    )
    return Report(sources=sources, claims=claims, conflicts=conflicts, summary=summary)


def test_a_big_corpus_stays_under_the_comment_limit_and_says_so() -> None:
    out = markdown.render(_big_report(2000))
    assert _units(out) <= markdown.LIMIT
    assert "Shortened to stay under GitHub's 65,536-character comment limit" in out
    shown = out.count("| Value | Source |")
    assert 20 <= shown < 2000
    assert f"{shown} of 2000 contradictions are shown as tables" in out
    assert "… and 1980 more (see the full report)." in out
    assert "| **61.5%** (outlier) | articles/launch-00000/source-0.md:10 |" in out


def test_a_small_corpus_keeps_every_table() -> None:
    out = markdown.render(_big_report(40))
    assert out.count("| Value | Source |") == 40
    assert "Shortened" not in out


def test_absurd_names_are_cut_at_a_line_and_it_says_so() -> None:
    for n, length in ((300, 3000), (2, 70_000)):
        out = markdown.render(_big_report(n, long_name=length))
        assert _units(out) <= markdown.LIMIT
        assert "stay under GitHub's 65,536-character comment limit" in out
