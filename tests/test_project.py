"""The project root (issue 15, item 2; issue 12, items 8 and 16): every command reads the
configuration found upward from the current folder, never one among the articles, and
writes only into the project's claims folder (and its cache), from any subfolder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

A = "Orbit-7 scored 81.2% on FooBench, the lab said.\n"
B = "In our test, Orbit-7 scored 74.0% on FooBench.\n"
C = "Orbit-7 reached 81.2% on FooBench.\n"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100"},
    )


def make(root: Path, config: str = '[tool.claimcheck]\npaths = ["articles"]\n') -> Path:
    art = root / "articles"
    (art / "deep").mkdir(parents=True)
    (art / "a.md").write_text(A)
    (art / "b.md").write_text(B)
    (art / "deep" / "c.md").write_text(C)
    (root / "pyproject.toml").write_text('[project]\nname = "desk"\n\n' + config)
    return art


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root` but the cache, with its bytes."""
    out = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and not rel.startswith(".claimcheck_cache/"):
            out[rel] = path.read_bytes()
    return out


def shard(root: Path) -> bytes:
    return (root / "shard.jsonl").read_bytes()


def contradiction(root: Path) -> str:
    done = run("scan", "-f", "json", "--no-write", cwd=root)
    data = json.loads(done.stdout)
    return next(k["id"] for k in data["conflicts"] if k["kind"] == "contradiction")


def test_every_command_from_a_subfolder_acts_as_from_the_root(tmp_path: Path) -> None:
    art = make(tmp_path)
    cid = contradiction(tmp_path)
    root_scan = run("scan", cwd=tmp_path)
    assert root_scan.returncode == 1, root_scan.stderr
    record = run("resolve", cid, "--accept", "81.2", "--reason", "the card", cwd=art / "deep")
    assert record.returncode == 0, record.stderr
    assert (tmp_path / "claims" / "resolutions.toml").is_file()
    before = snapshot(tmp_path)
    assert run("scan", cwd=tmp_path).returncode == 0
    extract = run("extract", "-o", "shard.jsonl", cwd=art / "deep")
    assert extract.returncode == 0, extract.stderr
    (art / "deep" / "shard.jsonl").rename(tmp_path / "shard.jsonl")
    commands = [
        (["scan"], 0),
        (["scan", "-f", "concise"], 0),
        (["explain", cid], 0),
        (["claims"], 0),
        (["extract", "-o", "/dev/null"], 0),
        (["reconcile", str(tmp_path / "shard.jsonl")], 0),
    ]
    for folder in (tmp_path, art, art / "deep"):
        for args, code in commands:
            done = run(*args, cwd=folder)
            assert done.returncode == code, (folder, args, done.stdout, done.stderr)
        assert snapshot(tmp_path) == {**before, "shard.jsonl": shard(tmp_path)}
    # The ledger written from a subfolder is the ledger written from the root.
    assert run("scan", cwd=art / "deep").returncode == 0
    assert snapshot(tmp_path) == {**before, "shard.jsonl": shard(tmp_path)}
    assert not (art / "claims").exists() and not (art / "deep" / "claims").exists()


def test_a_configuration_among_the_articles_is_reported_never_used(tmp_path: Path) -> None:
    art = make(tmp_path)
    (art / "claimcheck.toml").write_text('fail-on = "never"\n')
    (art / "deep" / ".claimcheck.toml").write_text('fail-on = "never"\n')
    for folder in (tmp_path, art, art / "deep"):
        done = run("scan", "-f", "json", "--no-write", cwd=folder)
        assert done.returncode == 1, (folder, done.stderr)
        notes = json.loads(done.stdout)["notes"]
        assert any(
            n.startswith("articles/claimcheck.toml: a configuration file among") for n in notes
        )
    # Named on the command line, a folder below the root is still a scanned folder.
    done = run("scan", "articles", "--no-write", cwd=tmp_path)
    assert done.returncode == 1
    assert "articles/claimcheck.toml: a configuration file among the articles" in done.stdout


def test_without_a_configuration_claims_go_beside_the_articles_never_the_cwd(
    tmp_path: Path,
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.md").write_text(A)
    done = run("scan", "other/a.md", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (other / "claims" / "claims.jsonl").is_file()
    assert not (tmp_path / "claims").exists()


def test_claims_outside_the_project_are_refused_unless_the_configuration_allows(
    tmp_path: Path,
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    make(project, '[tool.claimcheck]\npaths = ["articles"]\nclaims = "../ledger"\n')
    done = run("scan", cwd=project)
    assert done.returncode == 2
    assert "outside the project" in done.stderr and "claims-outside-project" in done.stderr
    assert not (tmp_path / "ledger").exists()
    assert run("scan", "--no-write", cwd=project).returncode == 1
    (project / "pyproject.toml").write_text(
        '[tool.claimcheck]\npaths = ["articles"]\nclaims = "../ledger"\n'
        "claims-outside-project = true\n"
    )
    done = run("scan", "-f", "json", cwd=project)
    assert done.returncode == 1, done.stderr
    assert (tmp_path / "ledger" / "claims.jsonl").is_file()
    notes = json.loads(done.stdout)["notes"]
    assert any(n.endswith("ledger: the claims folder lies outside the project") for n in notes)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_links_and_paths_leaving_the_project_are_reported(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    art = make(project)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.md").write_text(C)
    (art / "x.md").symlink_to(outside / "x.md")
    (tmp_path / "y.md").write_text(C)
    done = run("scan", "articles", str(tmp_path / "y.md"), "--no-write", "-f", "json", cwd=project)
    notes = json.loads(done.stdout)["notes"]
    assert any("articles/x.md: a symbolic link that leaves the scanned folders" in n for n in notes)
    assert any("y.md: outside the project" in n for n in notes)
