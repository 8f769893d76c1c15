"""Every hostile file in one folder with a good article; two scans at once; messages that
name the file and what to do. Real subprocesses; timeouts are hang guards only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.ingest import DEFAULT_MAX_BYTES

HANG_GUARD = 300
GOOD = "Orbit-7 scored 81.2% on FooBench, compared to 77.0% for Kestrel 3.\n"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=HANG_GUARD,
        env={**os.environ, "NO_COLOR": "1"},
    )


def _hostile_folder(root: Path) -> dict[str, str | None]:
    """The files, and for each the skip reason expected (None: read)."""
    art = root / "articles"
    art.mkdir()
    files: dict[str, bytes] = {
        "good.md": GOOD.encode(),
        "binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "broken-utf8.md": b"Caf\xc3 \xff\xfe 89.5% \xe2\x82\n",
        "utf16.txt": "\ufeffUTF-16 text 89.5%\n".encode("utf-16-le"),
        "latin1.txt": "Caf\xe9 na\xefve 89,5 %\n".encode("latin-1"),
        "nul-late.md": b"x" * 9000 + b"\x00\x00 after NULs\n",
        "nul-early.txt": b"\x00\x00\x00 binary-looking",
        "crlf-and-cr.md": b"line one\r\nline two\rline three\n",
        "empty.txt": b"",
        "huge-line.txt": b"GPT-5 " * 200_000,
        "over-cap.txt": b"a" * (DEFAULT_MAX_BYTES + 10),
        "script.html": b"<html><script>var x = 93.7;</script><style>.a{width:89.1%}</style>"
        b"<p>Nothing here.</p></html>",
        "name with spaces é.md": b"Just prose.\n",
    }
    for name, data in files.items():
        (art / name).write_bytes(data)
    deep = art
    for i in range(60):
        deep = deep / f"d{i}"
    deep.mkdir(parents=True)
    (deep / "deep.md").write_text("Deep prose.\n")
    expected: dict[str, str | None] = {name: None for name in files}
    expected["binary.txt"] = "binary file (not text)"
    expected["nul-early.txt"] = "binary file (not text)"
    expected["deep"] = None
    if hasattr(os, "symlink"):
        os.symlink(".", art / "loop")  # back to the folder being walked
        expected["loop"] = "symbolic link loop"
    if os.geteuid() != 0:  # root reads a chmod 000 file anyway
        locked = art / "locked.md"
        locked.write_text("secret\n")
        locked.chmod(0)
        expected["locked.md"] = "cannot read: permission denied"
    return expected


def test_a_folder_of_every_hostile_file(tmp_path: Path) -> None:
    expected = _hostile_folder(tmp_path)
    proc = run("scan", "articles", "--format", "json", "--no-write", cwd=tmp_path)
    assert "Traceback" not in proc.stdout + proc.stderr
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    got = {(c["model"], c["benchmark"], c["value"]) for c in report["claims"]}
    assert {("Orbit-7", "FooBench", 81.2), ("Kestrel 3", "FooBench", 77.0)} <= got
    read = {Path(s["path"]).name for s in report["sources"]}
    skipped = {Path(s["path"]).name: s["reason"] for s in report["skipped"]}
    for name, reason in expected.items():
        key = "deep.md" if name == "deep" else name
        if reason is None:
            assert key in read, (name, skipped.get(key))
        else:
            assert reason in skipped.get(key, ""), (name, skipped)
    assert any("over-cap.txt" in n and "truncated at 20 MB" in n for n in report["notes"])
    assert "93.7" not in json.dumps(report["claims"])


def test_two_scans_at_once_leave_a_complete_ledger(tmp_path: Path) -> None:
    art = tmp_path / "articles"
    art.mkdir()
    for i in range(40):
        (art / f"a{i}.md").write_text(
            f"Orbit-7 scored {70 + i % 3}.{i % 10}% on FooBench.\n\n"
            f"Kestrel {i % 4 + 2} reached 6{i % 10}.5% on OrbitQA.\n"
        )
    first = run("scan", "articles", "--format", "json", cwd=tmp_path)
    assert first.returncode in (0, 1), first.stderr
    ids = [k["id"] for k in json.loads(first.stdout)["conflicts"] if k["kind"] != "stale"]
    assert ids
    done = run("resolve", ids[0], "articles", "--dismiss", "--reason", "checked", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    ledger = tmp_path / "claims" / "claims.jsonl"
    resolutions = tmp_path / "claims" / "resolutions.toml"
    single = ledger.read_bytes()
    ledger.unlink()
    res_before = resolutions.read_bytes()
    args = [sys.executable, "-m", "claimcheck", "scan", "articles", "--jobs", "2"]
    procs = [
        subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=HANG_GUARD)
        assert proc.returncode in (0, 1), err
        assert b"Traceback" not in err
    assert ledger.read_bytes() == single
    for line in ledger.read_text(encoding="utf-8").splitlines():
        assert json.loads(line)["id"]
    assert resolutions.read_bytes() == res_before
    assert sorted(p.name for p in ledger.parent.iterdir()) == ["claims.jsonl", "resolutions.toml"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["scan", "missing-folder", "--no-write"], "missing-folder"),
        (["scan", "articles", "--no-write", "--output", "afile/report.json"], "afile/report.json"),
        (["scan", "articles", "--claims", "blocked"], "blocked/claims.jsonl"),
    ],
)
def test_errors_name_the_file_and_what_to_do(tmp_path: Path, args: list[str], words: str) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text(GOOD)
    (tmp_path / "afile").write_text("a file, not a folder\n")
    (tmp_path / "blocked" / "claims.jsonl").mkdir(parents=True)  # a folder where the file goes
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "internal error" not in proc.stderr
    assert words in proc.stderr
    if "--output" in args:
        assert "another --output" in proc.stderr
    if "--claims" in args:
        assert "--no-write" in proc.stderr


def test_an_output_folder_that_does_not_exist_is_made(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text(GOOD)
    proc = run("scan", "articles", "--no-write", "-f", "json", "-o", "new/dir/r.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "new" / "dir" / "r.json").read_text())["claims"]
