"""`claimcheck claims`: the matrix of what the sources say, and its rows as CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture()
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    shutil.copytree(ROOT / "articles", tmp_path / "articles")
    return Path("articles")


def _cells(out: str, column: str) -> list[str]:
    """The text of one column of the matrix tables that hold it, top to bottom."""
    lines = out.splitlines()
    found: list[str] = []
    for i, line in enumerate(lines):
        if column in line and "┃" in line:
            start = line.index(column)
            # Walk to the table body and read the column's slice until the table ends.
            for body in lines[i + 1 :]:
                if body.startswith("└"):
                    break
                if body.startswith(("│", "├")):
                    found.append(body[start : start + len(column) + 6].strip(" │"))
    return found


def test_claims_matrix_marks_the_gpqa_cell(corpus: Path) -> None:
    result = runner.invoke(app, ["claims", str(corpus), "--model", "Muse Spark"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Muse Spark" in out
    gpqa = _cells(out, "GPQA Diamond")
    assert gpqa[:3] == ["✗ disagree", "→ 78.4% [1]", "89.5% [3,5]"], gpqa
    # Only the one disagreement is marked, and the legend names the outlier's source.
    assert out.count("✗ disagree") == 1
    assert "[1] articles/a-musespark-headlines.md" in out
    assert "claimcheck explain cont-5aa97d14ea" in out
    # Other models stay out; a bare family name is not a substring match.
    assert "GPT-5.4" not in out
    assert not (Path("claims") / "claims.jsonl").exists(), "a view writes nothing"


def test_claims_rows_as_csv_and_json(corpus: Path) -> None:
    args = ["claims", str(corpus), "-m", "muse spark", "-b", "gpqa-diamond"]
    result = runner.invoke(app, [*args, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(r["value"] for r in rows) == ["78.4", "89.5", "89.5"]
    assert {r["finding"] for r in rows} == {"cont-5aa97d14ea"}
    assert [r["value"] for r in rows if r["outlier"] == "True"] == ["78.4"]
    data = json.loads(runner.invoke(app, [*args, "--format", "json"]).stdout)
    assert len(data) == 3 and {d["model"] for d in data} == {"Muse Spark"}
    by_source = runner.invoke(app, ["claims", str(corpus), "-s", "b-techwire", "-f", "json"])
    assert {d["source"] for d in json.loads(by_source.stdout)} == {
        "articles/b-techwire-musespark.html"
    }


def test_claims_no_match_suggests_a_name(corpus: Path) -> None:
    result = runner.invoke(app, ["claims", str(corpus), "--model", "GPT5"])
    assert result.exit_code == 0
    assert "no claims match" in result.stderr
    assert "'GPT-5'" in result.stderr


def test_claims_csv_cells_never_become_formulas(tmp_path: Path) -> None:
    from claimcheck.records import Claim, Report, Summary
    from claimcheck.render.claims import to_csv

    claim = Claim(
        id="c-1",
        model="=HYPERLINK(1)",
        benchmark="Foo",
        value=1.0,
        source="a.md",
        line=1,
        column=1,
        text="@SUM(A1)",
        model_mention="x",
        benchmark_mention="y",
    )
    summary = Summary(sources=1, claims=1, conflicts={}, resolved=0, skipped=0)
    report = Report(sources=[], claims=[claim], conflicts=[], summary=summary)
    row = next(csv.DictReader(io.StringIO(to_csv(report, [claim]))))
    assert row["model"] == "'=HYPERLINK(1)" and row["text"] == "'@SUM(A1)"


def test_claims_matrix_shows_a_resolved_disagreement(corpus: Path) -> None:
    done = runner.invoke(
        app, ["resolve", "cont-5aa97d14ea", str(corpus), "--accept", "89.5", "--reason", "card"]
    )
    assert done.exit_code == 0, done.output
    result = runner.invoke(app, ["claims", str(corpus), "-m", "Muse Spark", "-b", "GPQA Diamond"])
    assert result.exit_code == 0, result.output
    assert _cells(result.stdout, "GPQA Diamond")[:2] == ["✓ resolved", "→ 78.4% [1]"]
    assert "✗ disagree" not in result.stdout
    assert "claimcheck explain" not in result.stdout, "nothing open to explain"


def test_setting_names_the_metric_then_the_condition() -> None:
    from claimcheck.records import Claim
    from claimcheck.render.claims import setting

    base = dict(
        id="c-1",
        model="M",
        benchmark="B",
        value=1.0,
        source="a.md",
        line=1,
        column=1,
        text="t",
        model_mention="M",
        benchmark_mention="B",
    )
    assert setting(Claim(**base)) == ""
    both = Claim(**base, metric="pass@1", qualifiers={"tools": "with", "mode": "thinking"})
    assert setting(both) == "metric=pass@1, mode=thinking, tools=with"
