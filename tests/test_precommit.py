"""The pre-commit hook, run by the real `pre-commit` against a temporary repository of
articles: it fails on a contradiction and passes once a resolution is recorded.

pre-commit installs the hook from a git repository at a commit. When this checkout has no
uncommitted changes, that is this checkout at HEAD. Otherwise the test commits a snapshot of
the working tree (tracked and untracked files, minus ignored ones) into a temporary repository
and uses that: `pre-commit try-repo` would miss untracked files, such as a new module.

pre-commit pip-installs the hook into its own environment (from this source and the package
index), so the test takes a while and needs the index; it is skipped when pre-commit or git
is not available.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

ARTICLES = {
    "articles/a-launch.md": "# Nova-3 launch\n\nNova-3 scored 89.5% on GPQA Diamond.\n",
    "articles/b-wire.md": "Lab news.\n\nNova-3 scored 89.5% on GPQA Diamond, the lab said.\n",
    "articles/c-review.md": "A review.\n\nNova-3 scored 78.4% on GPQA Diamond.\n",
}

GIT_ENV = {
    "GIT_AUTHOR_NAME": "claimcheck tests",
    "GIT_AUTHOR_EMAIL": "tests@example.invalid",
    "GIT_COMMITTER_NAME": "claimcheck tests",
    "GIT_COMMITTER_EMAIL": "tests@example.invalid",
}


def _env(home: Path, hermetic: bool = True) -> dict[str, str]:
    """The environment for git and pre-commit; `hermetic` drops what would let the hook's
    Python import anything but what pre-commit installed for it."""
    drop = (
        "GIT_",
        "PRE_COMMIT",
        *(("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV") if hermetic else ()),
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    env.update(GIT_ENV)
    env["PRE_COMMIT_HOME"] = str(home)
    env["NO_COLOR"] = "1"
    return env


def run(
    args: list[str], cwd: Path, env: dict[str, str], timeout: int = 900
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def git(cwd: Path, env: dict[str, str], *args: str) -> str:
    done = run(["git", *args], cwd, env, timeout=120)
    assert done.returncode == 0, f"git {' '.join(args)}: {done.stderr}"
    return done.stdout.strip()


@pytest.fixture(scope="module")
def pre_commit() -> list[str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    command = [sys.executable, "-m", "pre_commit"]
    try:
        done = subprocess.run(
            [*command, "--version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"pre-commit cannot run: {exc}")
    if done.returncode != 0:
        pytest.skip("pre-commit is not installed (pip install -e '.[test]' installs it)")
    return command


def hook_source(tmp: Path, env: dict[str, str]) -> tuple[str, str]:
    """(repo, rev) for the hook: this checkout at HEAD when it is clean, else a snapshot."""
    inside = run(["git", "rev-parse", "--show-toplevel"], REPO, env, timeout=60)
    if inside.returncode != 0 or Path(inside.stdout.strip()).resolve() != REPO:
        pytest.skip("not a git checkout of claimcheck")
    if not git(REPO, env, "status", "--porcelain"):
        return str(REPO), git(REPO, env, "rev-parse", "HEAD")
    snapshot = tmp / "claimcheck-snapshot"
    listed = git(REPO, env, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            target = snapshot / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git(snapshot, env, "init", "-q")
    git(snapshot, env, "add", "-A")
    git(snapshot, env, "-c", "commit.gpgsign=false", "commit", "-q", "-m", "working tree")
    return str(snapshot), git(snapshot, env, "rev-parse", "HEAD")


def test_hook_fails_on_a_contradiction_and_passes_after_a_resolution(
    tmp_path: Path, pre_commit: list[str]
) -> None:
    env = _env(tmp_path / "pre-commit-home")
    repo, rev = hook_source(tmp_path, env)

    project = tmp_path / "desk"
    for name, text in ARTICLES.items():
        path = project / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (project / "claimcheck.toml").write_text('paths = ["articles"]\n', encoding="utf-8")
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {json.dumps(repo)}\n    rev: {rev}\n"
        "    hooks:\n      - id: claimcheck\n",
        encoding="utf-8",
    )
    git(project, env, "init", "-q")
    git(project, env, "add", "-A")
    git(project, env, "-c", "commit.gpgsign=false", "commit", "-q", "-m", "articles")

    failed = run([*pre_commit, "run", "--all-files", "--color", "never"], project, env)
    out = failed.stdout + failed.stderr
    assert failed.returncode == 1, out
    assert "claimcheck" in out and "Failed" in out, out
    assert "Nova-3 / GPQA Diamond" in out, out

    # Resolve with the claimcheck under test, as a person would.
    cli = [sys.executable, "-m", "claimcheck"]
    dev = _env(tmp_path / "pre-commit-home", hermetic=False)
    report = run([*cli, "scan", "--format", "json", "--no-write"], project, dev, timeout=300)
    assert report.returncode == 1, report.stderr
    cid = next(
        k["id"] for k in json.loads(report.stdout)["conflicts"] if k["kind"] == "contradiction"
    )
    assert cid in out  # the hook's report named the finding
    resolved = run(
        [*cli, "resolve", cid, "--accept", "89.5", "--reason", "The model card says 89.5%."],
        project,
        dev,
        timeout=300,
    )
    assert resolved.returncode == 0, resolved.stderr
    git(project, env, "add", "-A")

    passed = run([*pre_commit, "run", "--all-files", "--color", "never"], project, env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
