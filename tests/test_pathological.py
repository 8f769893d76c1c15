"""Lines of several MB that once took minutes or hours: a scan reads each one and finishes.

Each file is one line of 2 MB (under ingest's DEFAULT_MAX_BYTES, so it must be read, not
skipped) and goes through a real `claimcheck scan` subprocess. The timeout is a hang
guard, not a measure: these scans take seconds; before the fixes in extract/ the
"GPT-5 " line alone was quadratic (100 KB: 17 s; 3 MB: hours) and a line of dashes and a
letter made a table regex backtrack exponentially.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.catalog import default
from claimcheck.extract import extract_document, reader_for
from claimcheck.extract.tables import read_tables, table_lines
from claimcheck.extract.tables.markup import _FOOTNOTE_TAIL
from claimcheck.extract.tables.text import _RULE
from claimcheck.ingest import DEFAULT_MAX_BYTES, Document

SIZE = 2 * 1024 * 1024
HANG_GUARD = 300  # seconds; a hang, not a slow machine, should trip it


def _repeat(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


def _counting(sep: str) -> str:
    parts: list[str] = []
    total, n = 0, 1
    while total < SIZE:
        parts.append(str(n))
        total += len(parts[-1]) + 1
        n += 1
    return sep.join(parts)[:SIZE]


LINES = {
    "digits-commas": lambda: _counting(","),  # 1,2,3,4,...
    "digits-dots": lambda: _counting("."),  # 1.2.3.4...
    "percent-signs": lambda: _repeat("%"),
    "nine-percent": lambda: _repeat("9%"),
    "capitalised-run": lambda: _repeat("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta "),
    "gpt5-run": lambda: _repeat("GPT-5 "),
    "pipe-run": lambda: _repeat("|1|2|3") + "|",
    "dots": lambda: _repeat("."),
    "dashes-then-a-letter": lambda: _repeat("-") + "x",
    # Whether each figure opens a "figure benchmark" pair was once searched for from the
    # sentence's start: quadratic in the figures of one sentence.
    "figure-benchmark-pairs": lambda: ("Orbit-7 scores " + _repeat("~92.0 HE+ / ~86.6 MBPP+ / "))[
        :SIZE
    ],
}


def test_the_lines_are_under_the_size_cap() -> None:
    assert SIZE + 2 < DEFAULT_MAX_BYTES  # so each file below must be read whole


@pytest.mark.parametrize("name", sorted(LINES))
def test_a_multi_megabyte_line_is_read_and_the_scan_finishes(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / f"{name}.txt").write_text(LINES[name]() + "\n", encoding="utf-8")
    # A real claim after the hostile line: it must still be found.
    (folder / "good.md").write_text(
        "Orbit-7 scored 81.2% on FooBench, compared to 77.0% for Kestrel 3.\n", encoding="utf-8"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "scan", str(folder), "--format", "json", "--no-write"],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
        cwd=tmp_path,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert "Traceback" not in proc.stderr
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    assert report["skipped"] == []
    sources = {s["path"] for s in report["sources"]}
    assert any(p.endswith(f"{name}.txt") for p in sources)
    assert not any(f"{name}.txt" in note for note in report["notes"])  # read whole, not cut
    got = {(c["model"], c["benchmark"], c["value"]) for c in report["claims"]}
    assert {("Orbit-7", "FooBench", 81.2), ("Kestrel 3", "FooBench", 77.0)} <= got


def test_a_line_over_the_cap_is_cut_with_a_note(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    cap = 1024 * 1024
    (folder / "big.txt").write_text(
        "Orbit-7 scored 81.2% on FooBench.\n" + _repeat("GPT-5 ")[: 2 * cap] + "\n"
    )
    from claimcheck.api import Options, scan

    report = scan([folder], Options(max_bytes=cap))
    assert report.skipped == []
    assert any("truncated at 1 MB" in note for note in report.notes), report.notes
    assert [(c.model, c.value) for c in report.claims] == [("Orbit-7", 81.2)]


# Exact regexes that backtracked catastrophically, with inputs that took minutes before.
@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        (_RULE, "-" * 5000 + "x", False),
        (_RULE, "-- " * 5000 + "x", False),
        (_RULE, "|" + "---|" * 5000, True),
        (_FOOTNOTE_TAIL, "*" * 200_000 + "x", False),
        (_FOOTNOTE_TAIL, "89.5" + "*" * 5000, True),
    ],
)
def test_table_regexes_do_not_backtrack(pattern: re.Pattern[str], text: str, matches: bool) -> None:
    assert bool(pattern.search(text)) == matches


def test_tables_with_long_rules_and_footnote_runs() -> None:
    reader = reader_for(default())
    text = (
        "| Model | GPQA |\n|"
        + "-" * 3000
        + "x|\n| Orbit-7 | 81.2"
        + "*" * 3000
        + "x |\n"
        + "-" * 3000
        + "x\n"
    )
    doc = Document("t.md", text, list(range(1, text.count("\n") + 2)), [], [], "md")
    read_tables(doc, reader)
    table_lines(text, reader.finder)


def test_a_one_megabyte_hard_wrapped_paragraph_is_read_in_linear_time(tmp_path: Path) -> None:
    # segments.blocks searched the joined paragraph for a broken word once per line: 380 KB
    # of hard-wrapped prose took 52 s, 1 MB minutes. Now a second or two.
    folder = tmp_path / "articles"
    folder.mkdir()
    line = "GPQA Dia-\nmond and Orbit-7 go on in a sentence that wraps at the line's end\n"
    wrapped = (line * (1024 * 1024 // len(line) + 1))[: 1024 * 1024]
    text = "Orbit-7 scored 81.2% on FooBench, and\n" + wrapped.rstrip("\n") + "\n"
    (folder / "wrapped.md").write_text(text, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "scan", str(folder), "--format", "json", "--no-write"],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
        cwd=tmp_path,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    assert report["skipped"] == []
    assert [(c["model"], c["value"]) for c in report["claims"]] == [("Orbit-7", 81.2)]


def test_many_headings_and_score_tables_are_read_in_linear_time() -> None:
    # Each "| Benchmark | Score |" table looks up the nearest heading naming a model; a walk
    # back over the headings per table made 20,000 model-less headings each over a table
    # quadratic. Now one bisect per table: the document reads in a second or two.
    parts = ["# Gemma 3 27B\n\n"]
    for i in range(20_000):
        parts.append(
            f"## Section {i}\n\n| Benchmark | Score |\n|---|---|\n| MMLU | {i % 90}.5 |\n\n"
        )
    text = "".join(parts)
    doc = Document("many.md", text, list(range(1, text.count("\n") + 2)), [], [], "md")
    claims, _ = read_tables(doc, reader_for(default()))
    assert len(claims) == 20_000
    assert {c.model for c in claims} == {"Gemma 3 27B"}


def test_a_long_stacked_table_and_runs_of_numbers_are_read_in_linear_time() -> None:
    # A table a scrape wrote one cell a line is found by walking cells from each corner
    # word; the runs of values after a start are read at most one past the widest table,
    # so corner words over a long column of numbers cost no rescan of it.
    rows = "".join(f"Corvid-{i}\n{i % 90}.5\n" for i in range(10_000))
    noise = "Model\nARC\n" + "\n".join(str(i % 97) for i in range(60_000)) + "\n"
    text = "Model\nARC\n" + rows + noise
    doc = Document("scrape.txt", text, list(range(1, text.count("\n") + 2)), [], [], "txt")
    claims, _ = read_tables(doc, reader_for(default()))
    assert len([c for c in claims if c.model.startswith("Corvid-")]) == 10_000


def test_a_long_spaced_table_and_a_long_header_are_read_in_linear_time() -> None:
    # A table copied with one space between cells: each line is split once from its end and
    # the header's names are found over words, at most four to a name, so a long block and a
    # header of many words cost no rescan.
    rows = "".join(f"GPQA Diamond {i % 90}.5 {i % 80}.5\n" for i in range(10_000))
    header = "Benchmark " + " ".join(f"Word{i}" for i in range(20)) + " Corvid-8B Pell-9B\n"
    text = header + rows
    doc = Document("flat.txt", text, list(range(1, text.count("\n") + 2)), [], [], "txt")
    claims, _ = read_tables(doc, reader_for(default()))
    assert len([c for c in claims if c.model == "Corvid-8B"]) == 10_000


def test_long_comma_blocks_and_data_records_are_read_in_linear_time() -> None:
    # A block of comma lines that is no table is skipped whole, not re-read from each line;
    # records and nested dictionaries are walked once.
    prose = "".join(f"word {i}, another word, and a third, then more\n" for i in range(20_000))
    table = "name,mmlu:mc,gsm8k\n" + "".join(
        f"Corvid-{i},{i % 90}.5,{i % 80}.5\n" for i in range(5_000)
    )
    records = "".join(
        f'{{ "category": "MMLU", "model": "Corvid-{i}", "value": 0.{i % 90 + 10} }},\n'
        for i in range(5_000)
    )
    nested = '"MMLU": {\n' + "".join(f'    "m{i}": {i % 90}.5,\n' for i in range(20_000))
    text = prose + "\n" + table + "\n" + records + "\n" + nested
    doc = Document("data.txt", text, list(range(1, text.count("\n") + 2)), [], [], "txt")
    claims, _ = read_tables(doc, reader_for(default()))
    assert len([c for c in claims if c.benchmark == "MMLU"]) == 10_000


def test_code_objects_of_scores_are_read_in_linear_time() -> None:
    # Objects with bare keys, comments and other fields: each group is read once, and an
    # object that never closes is given up after a bounded number of lines, so thousands of
    # unclosed openings over long bodies cost no rescan of each body.
    groups = "".join(
        f'"corvid-{i}": {{\n  // scores\n  mmluPro: 0.{i % 90 + 10},\n  gpqa: 0.5{i % 10},\n'
        f'  lastUpdated: "2026-04-06",\n}},\n'
        for i in range(3_000)
    )
    unclosed = "".join(f'"open-{i}": {{\n' + "  field: 1,\n" * 300 for i in range(100))
    text = groups + "\n" + unclosed
    doc = Document("cache.ts", text, list(range(1, text.count("\n") + 2)), [], [], "txt")
    claims, _ = read_tables(doc, reader_for(default()))
    assert len([c for c in claims if c.benchmark == "MMLU-Pro"]) == 3_000


def test_many_values_under_a_bare_and_a_versioned_benchmark_are_compared_in_linear_time() -> None:
    # Whether a bare benchmark is the document's one version compares the bare values of a
    # model with its versioned ones; each lookup is a bisect over the sorted values, so
    # thousands of values under both names stay linear (a pair-by-pair scan would not).
    rows = "".join(
        f"| Llama-9-8B | {i // 100}.{i % 100:02d} | {i // 100}.{i % 100:02d} |\n"
        for i in range(6_000)
    )
    text = "| Model | BFCL v2 | BFCL |\n|---|---|---|\n" + rows
    doc = Document("long.md", text, list(range(1, text.count("\n") + 2)), [], [], "md")
    claims = extract_document(doc, default()).claims
    # The same figures under both names: the bare name is the version the document means.
    assert {c.benchmark for c in claims} == {"BFCL v2"}


def test_a_long_text_of_fine_tune_titles_is_read_in_linear_time() -> None:
    # "Name 2.5 - Base 7B" pairs were once joined by recursion over the rest of the text:
    # quadratic, and past a thousand pairs in one text (a table cell, a heading) a
    # RecursionError. One pass now.
    text = ", ".join(["Corvid 2.5 - Mistral 7B"] * 5000)
    found = reader_for(default()).finder.find(text)
    assert len(found) == 5000
    assert {m.text for m in found} == {"Corvid 2.5 Mistral 7B"}
