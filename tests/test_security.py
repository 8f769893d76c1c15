"""Issue 12: a hostile repository and an unlucky user lose nothing and inject nothing.

One test per item (8 and 16 belong to project-root discovery). What is about a process runs
as one, in a subprocess; devices are stood in for by FIFOs and symbolic links in a temporary
folder, never the real /dev.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HANG_GUARD = 120
A = "Orbit-7 scored 81.2% on FooBench, the lab said.\n"
B = "In our test, Orbit-7 scored 74.0% on FooBench.\n"
C = "Orbit-7 reached 81.2% on FooBench.\n"


def run(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = HANG_GUARD
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100", **(env or {})},
    )


def cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> SimpleNamespace:
    """The command in this process (CliRunner), where no process boundary is at stake."""
    from typer.testing import CliRunner

    from claimcheck.cli import app

    with contextlib.chdir(cwd):
        result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", **(env or {})})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return SimpleNamespace(returncode=result.exit_code, stdout=result.stdout, stderr=result.stderr)


def project(root: Path, extra: dict[str, str | bytes] | None = None) -> Path:
    """articles/ with a contradiction on Orbit-7 / FooBench (74.0 against 81.2 twice)."""
    art = root / "articles"
    art.mkdir(exist_ok=True)
    files: dict[str, str | bytes] = {"a.md": A, "b.md": B, "c.md": C, **(extra or {})}
    for name, data in files.items():
        path = art / os.fsdecode(name) if isinstance(name, bytes) else art / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    return art


def is_command_line(line: str) -> bool:
    """What a GitHub runner reads as a workflow command: `::` after white space (the runner
    trims it, colour codes it does not), or the old `##[` anywhere."""
    return re.sub(r"\x1b\[[0-9;]*m", "", line).lstrip().startswith("::") or "##[" in line


def report(root: Path, *args: str) -> dict:
    done = cli("scan", "articles", "-f", "json", "--no-write", *args, cwd=root)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def contradiction_id(root: Path) -> str:
    return next(k["id"] for k in report(root)["conflicts"] if k["kind"] == "contradiction")


# --- 1. --output never replaces a device, a FIFO or a symbolic link -------------------------


def test_1_output_writes_through_fifos_and_links_and_follows_a_link_to_a_file(
    tmp_path: Path,
) -> None:
    project(tmp_path)
    # A FIFO standing in for /dev/null or a device: read, and still a FIFO afterwards.
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    done = run("scan", "articles", "-f", "json", "--no-write", "-o", str(fifo), cwd=tmp_path)
    if not got:  # the old code renamed a file over the FIFO: unblock the reader
        with open(fifo, "wb", buffering=0) as unblock:
            unblock.write(b"")
    reader.join(10)
    assert done.returncode == 1, done.stderr
    assert fifo.is_fifo()
    assert json.loads(got[0])["summary"]["claims"] == 3
    # A link standing in for /dev/stdout: the report reaches standard output.
    link = tmp_path / "stdout-link"
    link.symlink_to("/proc/self/fd/1")
    done = run("scan", "articles", "-f", "json", "--no-write", "-o", str(link), cwd=tmp_path)
    assert link.is_symlink()
    assert json.loads(done.stdout)["summary"]["claims"] == 3
    # A link to a regular file: the file is replaced, the link kept.
    (tmp_path / "reports").mkdir()
    target = tmp_path / "reports" / "out.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "out-link.json"
    link.symlink_to(target)
    run("scan", "articles", "-f", "sarif", "--no-write", "-o", str(link), cwd=tmp_path)
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"


# --- 2. concurrent `resolve` runs keep every decision --------------------------------------


def test_2_eight_concurrent_resolves_record_eight_decisions(tmp_path: Path) -> None:
    project(tmp_path)
    cid = contradiction_id(tmp_path)
    # Each run pauses 0.2 s after reading resolutions.toml, so all eight read it before any
    # writes (without that, the race is lost in start-up jitter and a test passes by luck).
    slow_reader = (
        "import sys, time\n"
        "from claimcheck import resolutions as res\n"
        "def read_text(path, _read=res.read_text):\n"
        "    text = _read(path)\n"
        "    time.sleep(0.2)\n"
        "    return text\n"
        "res.read_text = read_text\n"
        "try:\n"
        "    from claimcheck import resolutions_write\n"
        "    resolutions_write.read_text = read_text\n"
        "except ImportError:\n"
        "    pass\n"
        "from claimcheck.cli import main\n"
        "sys.argv[0] = 'claimcheck'\n"
        "main()\n"
    )
    args = [sys.executable, "-c", slow_reader, "resolve", cid, "articles", "--jobs", "1"]
    procs = [
        subprocess.Popen(
            [*args, "--dismiss", "--reason", f"decision {i}"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(8)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=HANG_GUARD)
        assert proc.returncode == 0, err
    import tomllib

    text = (tmp_path / "claims" / "resolutions.toml").read_text(encoding="utf-8")
    reasons = sorted(t["reason"] for t in tomllib.loads(text)["resolution"])
    assert reasons == [f"decision {i}" for i in range(8)]
    assert sorted(p.name for p in (tmp_path / "claims").iterdir()) == ["resolutions.toml"]


# --- 3. temporary files are named for .gitignore and cleaned up --------------------------


def test_3_stale_temporary_files_are_removed_and_new_ones_match_one_ignore_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck import ledger

    project(tmp_path)
    claims = tmp_path / "claims"
    claims.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftovers = [
        claims / f".claims.jsonl.{dead.pid}-0123abcd.claimcheck-tmp",  # killed mid-write
        claims / ".claims.jsonl.k3j_9x2q.tmp",  # the earlier naming, an hour old
    ]
    for path in leftovers:
        path.write_text("half a file", encoding="utf-8")
    old = time.time() - 7200
    os.utime(leftovers[1], (old, old))
    done = run("scan", "articles", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert sorted(p.name for p in claims.iterdir()) == ["claims.jsonl"]
    # While a write is under way its temporary file ends in `.claimcheck-tmp`.
    seen: list[str] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        seen.extend(p.name for p in claims.iterdir() if p.name != "claims.jsonl")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    ledger.atomic_write(claims / "claims.jsonl", "{}\n")
    assert seen and all(name.endswith(ledger.TMP_SUFFIX) for name in seen)
    assert "*" + ledger.TMP_SUFFIX in (Path(__file__).parents[1] / ".gitignore").read_text()


# --- 4. no workflow commands from article text, file names or reasons ----------------------


def test_4_no_text_line_is_a_workflow_command(tmp_path: Path) -> None:
    hostile = "In our test, Orbit-7 scored 74.0% on FooBench " + "::error::pwned " * 30 + ".\n"
    art = project(tmp_path, {"b.md": hostile, "d.md": "##[error]old syntax. " + C})
    (art / "c.md").rename(art / "c\n::error title=x::y.md")
    cid = contradiction_id(tmp_path)
    done = cli(
        "resolve", cid, "articles", "--dismiss", "--reason", "ok\n::add-mask::x", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    env = {"GITHUB_ACTIONS": "true"}
    for args in (["scan", "articles", "-v"], ["explain", cid, "articles"]):
        done = cli(*args, cwd=tmp_path, env=env)
        assert done.returncode in (0, 1), done.stderr
        assert "pwned" in done.stdout
        assert not [line for line in done.stdout.splitlines() if is_command_line(line)], args
    for fmt in ("markdown", "github"):
        done = cli("scan", "articles", "-f", fmt, "--no-write", cwd=tmp_path, env=env)
        lines = done.stdout.splitlines()
        assert not [x for x in lines if "##[" in x or (fmt != "github" and is_command_line(x))]


# --- 5. article text and paths are never Rich markup ---------------------------------------


def test_5_markup_in_articles_and_paths_is_shown_as_written(tmp_path: Path) -> None:
    link = "[link=https://evil.example]click[/link]"
    art = project(
        tmp_path, {"b.md": f"In our test, Orbit-7 scored 74.0% on FooBench {link} [/bold].\n"}
    )
    (art / "c.md").rename(art / "[blink reverse]c.md")
    (art / "[").mkdir()
    (art / "a.md").rename(art / "[" / "]a.md")  # the path articles/[/]a.md
    done = cli("scan", "articles", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    out = "".join(done.stdout.split())
    assert "[blinkreverse]c.md" in out and "[/]a.md" in out
    done = cli("explain", contradiction_id(tmp_path), "articles", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    flat = "".join(ch for ch in done.stdout if not ch.isspace() and ch != "│")
    assert link.replace(" ", "") in flat
    assert "[/bold]" in done.stdout


# --- 6. escape sequences in file names reach no terminal and no CI format -----------------


def test_6_control_characters_are_shown_escaped_in_every_format(tmp_path: Path) -> None:
    art = project(tmp_path)
    evil = "e\x1b[2Jvil\x1b]8;;x.example\x07link\x1b]8;;\x07\x1b]0;title\x07\x9b.md"
    (art / "b.md").rename(art / evil)
    for fmt in ("text", "json", "sarif", "github", "markdown"):
        done = cli("scan", "articles", "-f", fmt, "--no-write", "-v", cwd=tmp_path)
        assert done.returncode == 1, done.stderr
        assert not [ch for ch in done.stdout if ord(ch) < 0x20 and ch not in "\n\t"], fmt
        assert not [ch for ch in done.stdout if 0x7F <= ord(ch) <= 0x9F], fmt
        assert "x1b" in done.stdout and "x9b" in done.stdout, fmt  # shown, as escapes
        if fmt in ("json", "sarif"):
            json.loads(done.stdout)


# --- 7. markdown: no live mentions, links or broken code spans ----------------------------


def test_7_markdown_has_no_live_mention_or_link(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    art = project(tmp_path, {"z.md": b"\x89PNG\r\n\x1a\n" + bytes(range(256))})
    (art / "z.md").rename(art / "a`b`[x](evil.example) @octocat.md")
    (art / "b.md").rename(art / "@octocat `[y](evil.example)`.md")
    table = "| Model | @octocat |\n|---|---|\n| Orbit-7 | 74.0% |\n"
    (art / "t.md").write_text("FooBench scores.\n\n" + table, encoding="utf-8")
    done = cli("scan", "articles", "-f", "markdown", "--no-write", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    html = MarkdownIt("commonmark").enable("table").render(done.stdout)
    assert "<a " not in html, html
    # GitHub links mentions in text, not in code spans.
    assert "@octocat" not in re.sub(r"<code>.*?</code>", "", html), html
    assert "evil.example" in html


# --- 9. a long paragraph costs linear time --------------------------------------------------


def test_9_a_one_megabyte_hard_wrapped_paragraph_is_cut_into_blocks_quickly() -> None:
    # The time limit is a hang guard: this takes well under a second, and minutes before.
    code = (
        "from claimcheck.extract.segments import blocks\n"
        "line = 'GPQA Dia-\\nmond Orbit-7 scored 81.2% and then some words that wrap\\n'\n"
        "text = (line * (1024 * 1024 // len(line) + 1))[: 1024 * 1024]\n"
        "(block,) = blocks(text)\n"
        "assert block.text.startswith('GPQA Diamond Orbit-7'), block.text[:40]\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def _joined_as_before(lines: list[str]) -> str:
    """The joining rule as the quadratic code wrote it, searching the whole text per line."""
    broken_word = re.compile(r"\b([A-Za-z]\w*)-$")
    joined = ""
    for content in lines:
        if joined:
            broken = broken_word.search(joined)
            if broken and content[:1].isalnum():
                if content[:1].islower() and broken.group(1)[:1].isupper():
                    joined = joined[:-1]
            else:
                joined += " "
        joined += content
    return joined


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(["Dia-", "mond", "MMLU-", "Pro", "a-", "-", "é-", "ÉA-", "x_", "9-"])
            | st.sampled_from(["GPQA", "Ab-", "ü", "١-", "Ⅻ", "²-", "–", " x", "1."]),
            max_size=4,
        ).map("".join),
        min_size=1,
        max_size=8,
    )
)
def test_9_the_linear_join_is_the_join_it_replaced(lines: list[str]) -> None:
    from claimcheck.extract.segments import _cell_lines, blocks

    lines = [x.strip() for x in lines if x.strip()]
    # No bullets or headings: one paragraph of these lines.
    lines = [x for x in lines if not re.match(r"^(?:[-*+•·–]\s|\d{1,2}[.)]\s|#)", x)]
    if not lines:
        return
    # Two short lines one under the other are two cells, not one sentence (`_cell_lines`):
    # the paragraph breaks there; each part is joined as before.
    groups: list[list[str]] = [[]]
    for line in lines:
        if groups[-1] and _cell_lines(groups[-1][-1], line):
            groups.append([])
        groups[-1].append(line)
    got = blocks("\n".join(lines))
    assert [b.text for b in got] == [_joined_as_before(g) for g in groups]


# --- 10. files read whole are regular files of a sane size ---------------------------------


def test_10_fifos_and_huge_files_are_refused_with_a_message(tmp_path: Path) -> None:
    project(tmp_path)
    fifo = tmp_path / "catalog.toml"
    os.mkfifo(fifo)  # stands in for /dev/zero: the read would never end
    for args in (["--catalog", str(fifo)], ["--config", str(fifo)]):
        done = run("scan", "articles", "--no-write", *args, timeout=30, cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        assert "must be a regular file, not a device, FIFO or socket" in done.stderr, args
    claims = tmp_path / "claims"
    claims.mkdir()
    os.mkfifo(claims / "claims.jsonl")
    done = run("scan", "articles", timeout=30, cwd=tmp_path)
    assert done.returncode == 2 and "not a regular file" in done.stderr
    (claims / "claims.jsonl").unlink()
    with open(claims / "resolutions.toml", "wb") as handle:
        handle.truncate(65 * 1024 * 1024)  # sparse: costs no disk
    done = run("scan", "articles", "--no-write", timeout=30, cwd=tmp_path)
    assert done.returncode == 2 and "65.0 MB, more than the 64 MB" in done.stderr


# --- 11. reading resolutions.toml is linear ------------------------------------------------


def test_11_resolutions_are_read_without_a_search_per_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck import resolutions as res
    from claimcheck.resolutions_write import format_entry

    tables = [
        format_entry(f"cont-{i:010d}", "dismiss", f"reason {i}", model="M", benchmark="B")
        for i in range(2000)
    ]
    path = tmp_path / "resolutions.toml"
    path.write_text("\n".join(tables), encoding="utf-8")
    calls: list[int] = []
    real = res.key_line

    def counting(*args: object, **kwargs: object) -> int:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(res, "key_line", counting)
    entries = res.load(path)
    assert len(entries) == 2000 and entries[-1].line == 1 + 7 * 1999
    assert len(calls) < 10  # each a scan of the whole file: one per table was quadratic


# --- 12. any file name: no crash, and every finding can be resolved -------------------------


def test_12_non_utf8_and_control_characters_in_file_names(tmp_path: Path) -> None:
    art = project(tmp_path)
    (art / "b.md").rename(os.fsdecode(bytes(art) + b"/b-\xff\xfe.md"))
    data = report(tmp_path)
    assert "articles/b-\\xff\\xfe.md" in [s["path"] for s in data["sources"]]
    (art / "a.md").rename(art / "a\x1b[31m\x07.md")
    cid = contradiction_id(tmp_path)
    done = cli("resolve", cid, "articles", "--accept", "81.2", "--reason", "card", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    path_line = done.stdout.splitlines()[0].rsplit(" in ", 1)[1]  # claims/resolutions.toml:N
    name, line = path_line.rsplit(":", 1)
    assert len((tmp_path / name).read_text(encoding="utf-8").splitlines()) >= int(line)
    assert "resolved" in cli("scan", "articles", "--no-write", cwd=tmp_path).stdout


# --- 13. only the project's own claims folder is skipped, and said so -----------------------


def test_13_a_folder_named_claims_among_the_articles_is_read(tmp_path: Path) -> None:
    project(tmp_path, {"claims/d.md": "Orbit-7 scored 60.5% on BarBench.\n"})
    data = report(tmp_path)
    assert "articles/claims/d.md" in [s["path"] for s in data["sources"]]
    # The project's own claims folder, below a scan of `.`: skipped, with a note.
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "notes.md").write_text("Orbit-7 scored 1.0% on BazBench.\n")
    done = cli("scan", ".", "-f", "json", "--no-write", cwd=tmp_path)
    data = json.loads(done.stdout)
    assert "claims/notes.md" not in [s["path"] for s in data["sources"]]
    assert "claims: the project's claims folder, not read as articles" in data["notes"]


# --- 14. bad numbers and paths: messages and exit 2 -----------------------------------------


def test_14_reconcile_refuses_non_numbers_and_negative_lines(tmp_path: Path) -> None:
    project(tmp_path)
    assert cli("scan", "articles", cwd=tmp_path).returncode == 1
    (tmp_path / "claims" / "claims.jsonl").rename(tmp_path / "good.jsonl")
    assert cli("reconcile", "good.jsonl", cwd=tmp_path).returncode == 1
    claim = json.loads((tmp_path / "good.jsonl").read_text(encoding="utf-8").splitlines()[0])
    for bad in ("NaN", "Infinity", "-Infinity", "1e999"):
        text = json.dumps(claim).replace(f'"value": {claim["value"]}', f'"value": {bad}')
        (tmp_path / "bad.jsonl").write_text(text + "\n", encoding="utf-8")
        done = cli("reconcile", "bad.jsonl", "-f", "json", cwd=tmp_path)
        assert done.returncode == 2, (bad, done.stdout)  # it printed "value": NaN
        assert "bad.jsonl:1:" in done.stderr
    negative = json.dumps({**claim, "line": -3})
    (tmp_path / "neg.jsonl").write_text(negative + "\n", encoding="utf-8")
    done = cli("reconcile", "neg.jsonl", cwd=tmp_path)
    assert done.returncode == 2 and "neg.jsonl:1:" in done.stderr


# --- 14. `extract`: exit 2 for no input, a message for an unwritable -o -----------------


def test_14_extract_of_nothing_and_to_an_unwritable_place(tmp_path: Path) -> None:
    project(tmp_path)
    done = run("extract", "nonexistent", cwd=tmp_path)
    assert done.returncode == 2 and "nonexistent" in done.stderr
    done = run("extract", "articles", "-o", "/proc/x", cwd=tmp_path)
    assert done.returncode == 2
    assert "cannot write /proc/x" in done.stderr and "Traceback" not in done.stderr


# --- 14. --accept values: checked against the unit and range ----------------------------


@pytest.mark.parametrize("value", ["-1", "100.5", "1" * 300, "89.1234567890123456"])
def test_14_accepted_values_are_checked_against_unit_and_range(tmp_path: Path, value: str) -> None:
    project(tmp_path)
    cid = contradiction_id(tmp_path)
    done = cli("resolve", cid, "articles", "--accept", value, "--reason", "r", cwd=tmp_path)
    assert done.returncode == 2, done.stdout
    assert "--accept" in done.stderr
    assert not (tmp_path / "claims" / "resolutions.toml").exists()


# --- 15. a reader that goes early ------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_15_a_closed_pipe_ends_the_process_as_sigpipe_does(tmp_path: Path, fmt: str) -> None:
    project(tmp_path)
    err = tmp_path / "stderr.txt"
    with err.open("w") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "claimcheck", "scan", "articles", "-f", fmt, "--no-write"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=stderr,
            env={**os.environ, "NO_COLOR": "1"},
        )
        assert proc.stdout is not None
        proc.stdout.close()  # `| head -0`: the reader is gone before the report is written
        code = proc.wait(HANG_GUARD)
    assert code == -signal.SIGPIPE, err.read_text()
    assert err.read_text() == ""


def test_13_a_configuration_among_the_articles_cannot_hide_a_folder_of_them(
    tmp_path: Path,
) -> None:
    # Item 8 (configuration found among the articles) is project-root discovery's; this
    # checks only the claims-folder skip: a `claims` key there never hides articles.
    art = project(tmp_path, {"hidden/b.md": B})
    (art / "b.md").unlink()
    (art / "claimcheck.toml").write_text('claims = "hidden"\n', encoding="utf-8")
    data = report(tmp_path)
    assert "articles/hidden/b.md" in [s["path"] for s in data["sources"]]
    assert [k for k in data["conflicts"] if k["kind"] == "contradiction"]
