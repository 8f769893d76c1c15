"""The main job as a user meets it: `claimcheck scan articles/` through CliRunner and a real
subprocess, its exit codes, its report, its JSON contract and its claims file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from claimcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"
runner = CliRunner()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A copy of the sample corpus, so scans write their claims/ into tmp_path."""
    shutil.copytree(ARTICLES, tmp_path / "articles")
    return tmp_path / "articles"


def _json_report(corpus: Path) -> dict:
    result = runner.invoke(app, ["scan", str(corpus), "--format", "json", "--no-write"])
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


def test_scan_reports_the_gpqa_contradiction_with_the_outlier(corpus: Path) -> None:
    result = runner.invoke(app, ["scan", str(corpus), "--no-write"])
    assert result.exit_code == 1
    out = " ".join(result.stdout.split())
    assert "contradiction Muse Spark / GPQA Diamond" in out
    assert "Consensus 89.5% (2 sources)" in out
    assert "outlier: " in out and "a-musespark-headlines.md" in out


def test_medqa_is_an_earned_warning_that_names_healthbench(corpus: Path) -> None:
    report = _json_report(corpus)
    (medqa,) = [k for k in report["conflicts"] if k["benchmark"] == "MedQA"]
    assert medqa["kind"] == "uncorroborated" and medqa["severity"] == "warning"
    assert "HealthBench Hard (42.8% in 4 sources)" in medqa["message"]


@pytest.mark.parametrize(
    ("model", "benchmark"),
    [
        ("GPT-5", "MMLU-Pro"),
        ("Gemini 3.1 Pro", "MMMU-Pro"),
        ("Muse Spark", "Humanity's Last Exam"),
        ("Muse Spark", "CharXiv Reasoning"),
        ("Claude Opus 4.6", "HealthBench Hard"),
        ("Muse Spark", "DeepSearchQA"),
        ("Muse Spark", "GDPval-AA"),
        ("Muse Spark", "SWE-Bench Pro"),
        ("Muse Spark", "LiveCodeBench Pro"),
    ],
)
def test_traps_raise_nothing_above_info(corpus: Path, model: str, benchmark: str) -> None:
    report = _json_report(corpus)
    loud = [
        k
        for k in report["conflicts"]
        if k["model"] == model and k["benchmark"] == benchmark and k["severity"] != "info"
    ]
    assert loud == []


def test_gpt5_and_gpt54_are_never_merged(corpus: Path) -> None:
    report = _json_report(corpus)
    gpt5 = {c["value"] for c in report["claims"] if c["model"] == "GPT-5"}
    assert gpt5 == {89.8}
    assert 89.8 not in {c["value"] for c in report["claims"] if c["model"] == "GPT-5.4"}


def test_json_contract_has_stable_keys_and_order(corpus: Path) -> None:
    first = runner.invoke(app, ["scan", str(corpus), "--format", "json", "--no-write"]).stdout
    second = runner.invoke(app, ["scan", str(corpus), "--format", "json", "--no-write"]).stdout
    assert first == second
    report = json.loads(first)
    assert {"version", "sources", "claims", "conflicts", "summary", "relations"} <= set(report)
    claim_keys = {
        "id", "model", "benchmark", "value", "unit", "approx", "qualifiers", "source", "line",
        "column", "text", "ambiguous", "model_mention", "benchmark_mention",
    }  # fmt: skip
    assert claim_keys <= set(report["claims"][0])
    conflict_keys = {
        "id", "kind", "severity", "model", "benchmark", "qualifiers", "claims", "values",
        "consensus", "message", "status", "resolution",
    }  # fmt: skip
    assert conflict_keys <= set(report["conflicts"][0])
    assert list(report) == sorted(report)


def test_json_is_laid_out_as_one_sorted_indented_dump(corpus: Path) -> None:
    """The report is written item by item (to keep memory down); the bytes are those of one
    `json.dumps(..., sort_keys=True, indent=2)`, so tools that diff reports see no change."""
    out = runner.invoke(app, ["scan", str(corpus), "--format", "json", "--no-write"]).stdout
    assert out == json.dumps(json.loads(out), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_claims_file_is_written_sorted_and_byte_identical(corpus: Path) -> None:
    claims_file = corpus.parent / "claims" / "claims.jsonl"
    runner.invoke(app, ["scan", str(corpus)])
    first = claims_file.read_bytes()
    runner.invoke(app, ["scan", str(corpus)])
    assert claims_file.read_bytes() == first
    rows = [json.loads(line) for line in first.decode().splitlines()]
    keys = [(r["source"], r["line"], r["column"]) for r in rows]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["scan"], 2, "no input"),
        (["scan", "no/such/folder"], 2, "no such file or directory"),
        (["scan", "--format", "yaml", "articles"], 2, "yaml"),
    ],
)
def test_bad_usage_exits_2_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], code: int, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == code
    assert message in (result.stderr + result.stdout)
    assert "Traceback" not in result.stderr + result.stdout


def test_fail_on_levels(corpus: Path) -> None:
    base = ["scan", str(corpus), "--no-write", "--format", "json"]
    assert runner.invoke(app, [*base, "--fail-on", "never"]).exit_code == 0
    assert runner.invoke(app, [*base, "--fail-on", "error"]).exit_code == 1
    assert runner.invoke(app, [*base, "--fail-on", "warning"]).exit_code == 1


def test_a_clean_corpus_exits_0(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Nimbus-3 scored 71.2% on OrbitQA.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("On OrbitQA, Nimbus-3 posts 71.2%.\n", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(tmp_path), "--no-write"])
    assert result.exit_code == 0, result.output


def test_version_prints_the_package_version() -> None:
    from claimcheck import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"claimcheck {__version__}"


def test_every_command_has_help() -> None:
    command = typer.main.get_command(app)
    for name, sub in command.commands.items():  # type: ignore[attr-defined]
        assert sub.help and sub.help.strip(), f"`claimcheck {name}` has no help"
        for param in sub.params:
            if param.param_type_name == "option":
                assert param.help, f"`claimcheck {name} {param.opts[0]}` has no help"


def test_subprocess_piped_output_has_no_colour(corpus: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "scan", str(corpus), "--no-write"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "\x1b[" not in proc.stdout
    assert "GPQA Diamond" in proc.stdout
    assert "Traceback" not in proc.stderr
