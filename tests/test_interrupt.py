"""Ctrl-C during a parallel scan: exit 130, one short line, no traceback, nothing half-written.

The signal goes to the scan process alone, and to its whole process group (what a terminal
does on Ctrl-C: the workers get it too). Timeouts are hang guards only.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HANG_GUARD = 120

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/task").exists() or not hasattr(os, "killpg"),
    reason="needs POSIX process groups and /proc",
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from generate_corpus import generate
    finally:
        sys.path.remove(str(ROOT / "bench"))
    root = tmp_path_factory.mktemp("interrupt")
    generate(root / "articles", 1500, 11)
    return root


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            out += [int(c) for c in (task / "children").read_text().split()]
    return out


@pytest.mark.parametrize("target", ["process", "group"])
def test_ctrl_c_exits_130_and_leaves_no_partial_file(corpus: Path, target: str) -> None:
    claims = corpus / "claims"
    claims.mkdir(exist_ok=True)
    ledger = claims / "claims.jsonl"
    ledger.write_text('{"written": "before"}\n', encoding="utf-8")
    before = ledger.read_bytes()
    output = corpus / "report.json"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "claimcheck",
            "scan",
            "articles",
            "--jobs",
            "2",
            "--format",
            "json",
            "--output",
            str(output),
        ],
        cwd=corpus,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own group, so killpg reaches it and its workers only
    )
    try:
        waited = 0.0
        while not _children(proc.pid) and proc.poll() is None and waited < HANG_GUARD:
            time.sleep(0.05)
            waited += 0.05
        time.sleep(0.5)  # the workers are busy extracting by now
        if proc.poll() is not None:
            pytest.skip("the scan ended before it could be interrupted")
        if target == "group":
            os.killpg(proc.pid, signal.SIGINT)
        else:
            proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=HANG_GUARD)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.strip() == "claimcheck: interrupted"
    assert ledger.read_bytes() == before
    assert sorted(p.name for p in claims.iterdir()) == ["claims.jsonl"]
    assert not output.exists()
    assert not [p.name for p in corpus.iterdir() if p.name.endswith((".tmp", "-tmp"))]
