"""Adopting the gate on a big corpus (issue 15, items 4, 5 and 7): a baseline of every open
finding, kinds turned off by configuration, and output that stays readable at scale."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from claimcheck.cli import app

A = "Orbit-7 scored 81.2% on FooBench, the lab said.\n"
B = "In our test, Orbit-7 scored 74.0% on FooBench.\n"
C = "Orbit-7 reached 81.2% on FooBench.\n"


@pytest.fixture(autouse=True)
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("CLAIMCHECK_OUTPUT_FORMAT", raising=False)
    art = tmp_path / "articles"
    art.mkdir()
    for name, text in (("a.md", A), ("b.md", B), ("c.md", C)):
        (art / name).write_text(text)
    (tmp_path / "claimcheck.toml").write_text('paths = ["articles"]\n')
    return tmp_path


def cc(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(app, list(args), env=env)


def test_all_open_records_a_baseline_and_only_new_disagreements_fail(project: Path) -> None:
    assert cc("scan").exit_code == 1
    result = cc("resolve", "--all-open", "--reason", "baseline at adoption")
    assert result.exit_code == 0, result.stderr
    data = tomllib.loads((project / "claims" / "resolutions.toml").read_text())
    assert data["resolution"] and all(r["action"] == "dismiss" for r in data["resolution"])
    assert cc("scan").exit_code == 0
    (project / "articles" / "d.md").write_text("Orbit-7 scored 66.0% on FooBench.\n")
    assert cc("scan").exit_code == 1  # a value no source gave before reopens it
    assert cc("resolve", "--all-open", "--reason", "").exit_code == 2


def test_all_open_takes_paths_in_place_of_the_id(project: Path) -> None:
    (project / "claimcheck.toml").unlink()
    result = cc("resolve", "--all-open", "articles", "--reason", "baseline")
    assert result.exit_code == 0, result.stderr
    assert cc("scan", "articles").exit_code == 0


def test_ignore_and_per_file_ignores(project: Path) -> None:
    (project / "articles" / "e.md").write_text(
        "Orbit-7 scored 81.2% on FooBench. Orbit-7 scored 55.0% on QuuxBench.\n"
        "Orbit-7 scored 70.0% on BarBench.\n"
    )
    kinds = {k["kind"] for k in json.loads(cc("scan", "-f", "json").stdout)["conflicts"]}
    assert "contradiction" in kinds
    (project / "claimcheck.toml").write_text('paths = ["articles"]\nignore = ["contradiction"]\n')
    result = cc("scan", "-f", "json")
    assert result.exit_code == 0
    assert "contradiction" not in {k["kind"] for k in json.loads(result.stdout)["conflicts"]}
    (project / "claimcheck.toml").write_text(
        'paths = ["articles"]\n[per-file-ignores]\n"articles/*.md" = ["contradiction"]\n'
    )
    assert cc("scan").exit_code == 0
    (project / "claimcheck.toml").write_text(
        'paths = ["articles"]\n[per-file-ignores]\n"articles/b.md" = ["contradiction"]\n'
    )
    assert cc("scan").exit_code == 1  # the finding has sources the glob does not cover
    (project / "claimcheck.toml").write_text('paths = ["articles"]\nignore = ["nonsense"]\n')
    result = cc("scan")
    assert result.exit_code == 2 and "unknown finding kind" in result.stderr


def test_concise_statistics_quiet_and_the_environment(project: Path) -> None:
    concise = cc("scan", "-f", "concise").stdout.splitlines()
    assert re.match(r"^articles/b\.md:1:\d+: contradiction Orbit-7 / FooBench: ", concise[0])
    assert concise[-1].startswith("Found 1 error(s)")
    assert cc("scan", "-f", "concise", "-q").stdout.splitlines() == concise[:-1]
    env = cc("scan", env={"CLAIMCHECK_OUTPUT_FORMAT": "concise"})
    assert env.stdout.splitlines() == concise
    stats = cc("scan", "--statistics")
    assert stats.exit_code == 1
    assert re.search(r"^1\s+contradiction\s+error$", stats.stdout, re.M)
    quiet = cc("scan", "--quiet").stdout
    assert "Orbit-7 / FooBench" in quiet and "least reliable" not in quiet
    assert "error(s)" not in quiet


def test_the_sources_table_shows_the_ten_least_reliable(project: Path) -> None:
    for n in range(12):
        (project / "articles" / f"x{n:02}.md").write_text(f"Orbit-9 scored {50 + n}.5% on Z.\n")
    text = cc("scan", "--no-write").stdout
    assert "… and 5 more source(s) (--verbose lists them all)" in text
    assert "x11.md" in cc("scan", "--no-write", "-v").stdout


def test_a_stale_marker_names_its_place(project: Path) -> None:
    (project / "articles" / "s.md").write_text("<!-- claimcheck: ignore -->\n\nNo figure here.\n")
    text = cc("scan", "-f", "text", "--fail-on", "never").stdout
    assert re.search(r"i stale\s+articles/s\.md:1\s+stal-", text), text
    assert " / stal-" not in text


def test_help_names_arguments_alike() -> None:
    for command in ("resolve", "explain"):
        assert "CONFLICT_ID" in cc(command, "--help").stdout
    assert "FILES" in cc("reconcile", "--help").stdout
    top = cc("--help").stdout
    assert "Show one finding in full, with its evidence and the rule that" in top
    assert "--catalog" in cc("explain", "--help").stdout
