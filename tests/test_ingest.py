"""Tests for claimcheck.ingest: every file is made in tmp_path at run time."""

from __future__ import annotations

import codecs
import os
import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimcheck import ingest
from claimcheck.ingest import (
    ARTICLE_SUFFIXES,
    BINARY_REASON,
    DEFAULT_MAX_BYTES,
    Document,
    HtmlTable,
    discover,
    html_text,
    html_to_text,
    load,
    read_document,
    walk,
)
from claimcheck.ingest import read as reading
from claimcheck.records import Skipped


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # displayed paths are relative to cwd


def write(path: str | Path, content: bytes | str) -> Path:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    p.write_bytes(content)
    return p


def read(path: str | Path, **kwargs: int) -> Document:
    result = read_document(Path(path), **kwargs)
    assert isinstance(result, Document), result
    return result


def lines(doc: Document) -> list[tuple[int, str]]:
    return list(zip(doc.line_of, doc.text.split("\n"), strict=True))


def test_public_constants() -> None:
    assert ARTICLE_SUFFIXES == (".txt", ".md", ".markdown", ".html", ".htm")
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


# ---------------------------------------------------------------------------------------
# Decoding

CP1252_NOTE = "not valid UTF-8: decoded as cp1252"

DECODING = [
    # (id, bytes, text, notes)
    ("utf-8", "GPT-5 — 89.5 %\n".encode(), "GPT-5 — 89.5 %\n", []),
    ("utf-8 bom", codecs.BOM_UTF8 + "café 1\n".encode(), "café 1\n", []),
    ("utf-16 le bom", codecs.BOM_UTF16_LE + "é 42\r\nx".encode("utf-16-le"), "é 42\nx", []),
    ("utf-16 be bom", codecs.BOM_UTF16_BE + "é 42\nx".encode("utf-16-be"), "é 42\nx", []),
    ("utf-32 le bom", codecs.BOM_UTF32_LE + "ü 7".encode("utf-32-le"), "ü 7", []),
    ("broken utf-8", b"caf\xe9 \x93quoted\x94 89.5\x96", "café “quoted” 89.5–", [CP1252_NOTE]),
    ("latin-1 text", "résumé über".encode("latin-1"), "résumé über", [CP1252_NOTE]),
    (
        "latin-1 beyond cp1252",
        b"\x81na\xefve",
        "naïve",  # 0x81 is undefined in cp1252; as latin-1 it is a control char, removed
        ["not valid UTF-8: decoded as latin-1"],
    ),
    ("bom then bad utf-8", codecs.BOM_UTF8 + b"\xe9t\xe9", "été", [CP1252_NOTE]),
    (
        "odd utf-16",
        codecs.BOM_UTF16_LE + b"a\x00b",
        "a\ufffd",
        ["not valid UTF-16: undecodable bytes replaced"],
    ),
    ("control chars", b"a\x07b\x1bc\x7fd\te\x0cf\x0bg", "abcd\te f g", []),
    ("nul after 8 KiB", b"a" * 9000 + b"\x00\x00b\x00", "a" * 9000 + "b", ["removed 3 NUL bytes"]),
    ("one nul after 8 KiB", b"x" * 8192 + b"\x00y", "x" * 8192 + "y", ["removed 1 NUL byte"]),
    ("unicode line separators", "a\u2028b\x85c".encode(), "a b c", []),
]


@pytest.mark.parametrize(
    ("data", "text", "notes"), [case[1:] for case in DECODING], ids=[c[0] for c in DECODING]
)
def test_decoding(data: bytes, text: str, notes: list[str]) -> None:
    doc = read(write("a.txt", data))
    assert (doc.text, doc.notes, doc.kind) == (text, notes, "txt")
    assert doc.line_of == list(range(1, text.count("\n") + 2))


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64))
BINARY = [
    ("png", PNG),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF"),
    ("gif", b"GIF89a\x01\x00\x01\x00"),
    ("pdf", b"%PDF-1.7\n1 0 obj\n<< >>\nendobj\n"),  # no NUL: caught by its magic
    ("zip", b"PK\x03\x04\x14\x00\x00\x00"),
    ("gzip", b"\x1f\x8b\x08\x00"),
    ("elf", b"\x7fELF\x02\x01\x01"),
    ("random with nuls", random.Random(1).randbytes(4096) + b"\x00"),
    ("random without nuls", bytes(b for b in random.Random(2).randbytes(4096) if b)),
    ("nul in text", b"GPT-5 scored 89.5\x00 on X\n"),
    ("utf-16 without bom", "plain text".encode("utf-16-le")),
]


@pytest.mark.parametrize("data", [c[1] for c in BINARY], ids=[c[0] for c in BINARY])
@pytest.mark.parametrize("name", ["article.txt", "article.md", "page.html"])
def test_binary_files_are_skipped(name: str, data: bytes) -> None:
    assert read_document(write(name, data)) == Skipped(path=name, reason=BINARY_REASON)


def test_line_ends_crlf_and_lone_cr_keep_line_numbers() -> None:
    doc = read(write("a.md", b"l1\r\nl2\rl3\n\r\nl5\r"))
    assert doc.text == "l1\nl2\nl3\n\nl5\n"
    assert lines(doc) == [(1, "l1"), (2, "l2"), (3, "l3"), (4, ""), (5, "l5"), (6, "")]


def test_empty_file_is_an_empty_document() -> None:
    assert read(write("empty.md", b"")) == Document("empty.md", "", [1], [], [], "md")


def test_empty_html_file() -> None:
    assert read(write("empty.html", b"")) == Document("empty.html", "", [1], [], [], "html")


def test_single_line_of_5_mb() -> None:
    line = "GPT-5 scores 89.5% on SWE-bench. " * 160_000
    doc = read(write("long.txt", line))
    assert len(doc.text) == len(line) > 5_000_000
    assert (doc.line_of, doc.notes) == ([1], [])


def test_single_html_line_of_5_mb() -> None:
    sentence = "GPT-5 scores <b>89.5%</b> on SWE-bench. "
    doc = read(write("long.html", "<p>" + sentence * 125_000 + "</p>"))
    assert doc.text == ("GPT-5 scores 89.5% on SWE-bench. " * 125_000).strip()
    assert doc.line_of == [1]


def test_file_over_max_bytes_is_cut_at_a_line_end() -> None:
    write("big.txt", "".join(f"line {n:03d} 89.5%\n" for n in range(1, 101)))  # 16 bytes each
    doc = read("big.txt", max_bytes=100)
    assert doc.text == "\n".join(f"line {n:03d} 89.5%" for n in range(1, 7))
    assert doc.line_of == [1, 2, 3, 4, 5, 6]
    assert doc.notes == ["truncated at 100 bytes (larger files are read in part)"]


def test_truncation_note_in_megabytes() -> None:
    write("big.md", ("x" * 99 + "\n") * 16_000)  # 1.6 MB
    doc = read("big.md", max_bytes=1024 * 1024)
    assert doc.notes == ["truncated at 1 MB (larger files are read in part)"]
    assert doc.text.split("\n") == ["x" * 99] * (1024 * 1024 // 100)


def test_truncation_inside_a_character_keeps_utf8() -> None:
    doc = read(write("a.txt", "é" * 100), max_bytes=51)  # a single line, cut mid-character
    assert (doc.text, doc.notes) == (
        "é" * 25,
        ["truncated at 51 bytes (larger files are read in part)"],
    )


def test_truncated_utf16() -> None:
    data = codecs.BOM_UTF16_LE + "ab\ncd\nef".encode("utf-16-le")
    doc = read(write("a.txt", data), max_bytes=11)  # BOM + "ab\nc" + half of "d"
    assert doc.text == "ab"


def test_file_exactly_max_bytes_is_whole() -> None:
    doc = read(write("a.txt", "a\nb\n"), max_bytes=4)
    assert (doc.text, doc.notes) == ("a\nb\n", [])


# ---------------------------------------------------------------------------------------
# HTML

PAGE = """<!DOCTYPE html>
<html>
<head>
  <title>Title 1</title>
  <script>var score = 93.7; window.cfg = {share: 89.1};</script>
  <style>.a { width: 66px; opacity: 0.75 }</style>
</head>
<body>
<nav><a href="/">Home 2</a></nav>
<header><p>Site header 3</p></header>
<article>
  <p>GPT-5 scores 89.5% on SWE-bench.</p>
  <header><h1>Muse Spark <em>launch</em></h1></header>
  <p>It was
     <b>fast</b><sup>1</sup> and 1<sup>st</sup>.<br>New line</p>
  <ul><li>MMLU: 91.2%</li><li>GPQA: 78.4%<ul><li>nested 1</li></ul></li></ul>
  <!-- claimcheck: ignore-next -->
  <p>Kept <!-- claimcheck: sic --> inline. <!-- dropped 55 --></p>
  <aside>Related 44</aside><form><input value="5"><button>Go 6</button></form>
  <noscript>7</noscript><template><p>8</p></template><svg><text>9</text></svg>
  <iframe>10</iframe><select><option>11</option></select>
  <h2>Results&nbsp;table</h2><p>5 &lt; 6 &amp; done</p>
</article>
<footer>Footer 12</footer>
</body>
</html>
"""

PAGE_LINES = [
    (12, "GPT-5 scores 89.5% on SWE-bench."),
    (12, ""),
    (13, "# Muse Spark launch"),
    (13, ""),
    (14, "It was"),
    (15, "fast^1 and 1st."),
    (15, "New line"),
    (15, ""),
    (16, "- MMLU: 91.2%"),
    (16, "- GPQA: 78.4%"),
    (16, "- nested 1"),
    (16, ""),
    (17, "<!-- claimcheck: ignore-next -->"),
    (18, ""),
    (18, "Kept"),
    (18, "<!-- claimcheck: sic -->"),
    (18, "inline."),
    (18, ""),
    (22, "## Results table"),
    (22, ""),
    (22, "5 < 6 & done"),
]


def test_html_page_text_and_line_map() -> None:
    doc = read(write("page.html", PAGE))
    assert (doc.kind, doc.tables, doc.notes) == ("html", [], [])
    assert lines(doc) == PAGE_LINES


@pytest.mark.parametrize("number", ["93.7", "89.1", "66", "0.75", "Title", "44", "55", "Home"])
def test_html_noise_is_absent(number: str) -> None:
    assert number not in read(write("page.html", PAGE)).text


@pytest.mark.parametrize(
    ("source", "text_lines"),
    [
        ("<header><h1>Site</h1></header><main><header><h1>Title</h1></header></main>", ["# Title"]),
        (
            "<article><header>By X</header><p>a</p></article><header>Site</header>",
            ["By X", "", "a"],
        ),
        ("<header><header>in</header>still 1</header><p>out</p>", ["out"]),
    ],
)
def test_html_only_the_page_header_is_dropped(source: str, text_lines: list[str]) -> None:
    assert read(write("h.html", source)).text.split("\n") == text_lines


def test_html_paragraph_on_line_12_maps_to_12() -> None:
    source = "\n" * 11 + "<p>Claude scores 80.5% on MMMU-Pro.</p>\n<div>next</div>\n"
    doc = read(write("a.htm", source))
    assert lines(doc) == [(12, "Claude scores 80.5% on MMMU-Pro."), (12, ""), (13, "next")]


TABLE_PAGE = """<p>Before</p>
<table>
  <caption>Benchmark
    results</caption>
  <thead>
    <tr><th>Model</th><th colspan="2">Score <sup>a</sup></th></tr>
  </thead>
  <tbody>
    <tr>
      <th>GPT-5</th><td>89.5</td><td>90&nbsp;%</td>
    </tr>
    <tr><th>Muse Spark</th><td colspan="x">42.8<br>(high)</td><td>
      <table><tr><td>in 1</td><td>in 2</td></tr></table></td></tr>
  </tbody>
  <tr><td>loose row</td><td colspan="3"></td></tr>
</table>
<table><tr><th>A</th><th>B</th></tr><td>1</td><td>2</td></table>
<p>After</p>
"""


def test_html_tables() -> None:
    doc = read(write("t.html", TABLE_PAGE))
    assert doc.tables == [
        HtmlTable(
            rows=[
                ["Model", "Score a", "Score a"],
                ["GPT-5", "89.5", "90 %"],
                ["Muse Spark", "42.8 (high)", "in 1 in 2"],
                ["loose row", "", "", ""],
            ],
            header=[True, False, False, False],
            lines=[6, 9, 12, 15],
            caption="Benchmark results",
            at=2,
        ),
        HtmlTable(rows=[["A", "B"], ["1", "2"]], header=[True, False], lines=[17, 17], at=2),
    ]
    # `at`: both tables stand before text line 2, "After": the headings above them are known.
    assert lines(doc) == [(1, "Before"), (1, ""), (18, "After")]


def test_html_header_column_is_not_a_header_row() -> None:
    source = "<table><tr><th>Model</th><th>AIME</th></tr><tr><th>o3</th><td>88.9</td></tr></table>"
    (table,) = read(write("t.html", source)).tables
    assert (table.rows, table.header) == ([["Model", "AIME"], ["o3", "88.9"]], [True, False])


def test_html_rowspan_cells_fill_the_rows_they_span() -> None:
    source = (
        "<table><thead><tr><th rowspan='2'>Model</th><th colspan='2'>Reasoning</th>"
        "<th rowspan='2'>Elo</th></tr><tr><th>OrbitQA</th><th>ZetaMath</th></tr></thead>"
        "<tbody><tr><td rowspan='2'>Pell 9</td><td>64.0</td><td>51.5</td><td>1300</td></tr>"
        "<tr><td>66.0</td><td>52.0</td><td>1310</td></tr></tbody></table>"
    )
    (table,) = read(write("t.html", source)).tables
    assert table.rows == [
        ["Model", "Reasoning", "Reasoning", "Elo"],
        ["Model", "OrbitQA", "ZetaMath", "Elo"],
        ["Pell 9", "64.0", "51.5", "1300"],
        ["Pell 9", "66.0", "52.0", "1310"],
    ]
    assert table.header == [True, True, False, False]


def test_html_layout_tables_are_read_as_text() -> None:
    source = (
        "<table><tr><td>\n<h1>Newsletter</h1>\n<p>GPT-5 scores 89.5%.</p>\n"
        "<table><tr><th>M</th><th>S</th></tr><tr><td>a</td><td>1</td></tr></table>\n"
        "</td></tr></table>\n<table><tr><td>Only cell 7</td></tr></table>"
    )
    doc = read(write("mail.html", source))
    assert lines(doc) == [
        (2, "# Newsletter"),
        (2, ""),
        (3, "GPT-5 scores 89.5%."),
        (5, ""),
        (6, "Only cell 7"),
    ]
    assert doc.tables == [
        HtmlTable(rows=[["M", "S"], ["a", "1"]], header=[True, False], lines=[4, 4])
    ]


def test_html_cells_with_paragraphs_stay_a_data_table() -> None:
    source = (
        "<table><tr><th><p>Model</p></th><th><p>Score</p></th></tr>"
        "<tr><td><p>GPT-5</p></td><td><p>89.5</p><p>(high)</p></td></tr></table>"
    )
    doc = read(write("gdocs.html", source))
    assert doc.text == ""
    assert [t.rows for t in doc.tables] == [[["Model", "Score"], ["GPT-5", "89.5 (high)"]]]


def test_html_marker_inside_a_data_table_stays_in_text() -> None:
    source = (
        "<table>\n<tr><td>a</td><td>1<!-- claimcheck: ignore --></td></tr>\n"
        "<tr><td>b</td><td>2</td></tr></table>"
    )
    doc = read(write("t.html", source))
    assert lines(doc) == [(2, "<!-- claimcheck: ignore -->")]
    assert doc.tables[0].rows == [["a", "1"], ["b", "2"]]


MALFORMED = [
    (
        "unclosed tags",
        "<p>GPT-5 <b>scores 89.5%<p>Next <i>para",
        ["GPT-5 scores 89.5%", "", "Next para"],
        [],
    ),
    ("stray end tags", "</div></p>text 1</span></table>", ["text 1"], []),
    # an unclosed quote: html.parser gives the tag as text, the next tag closes the paragraph
    ("broken tag", "<p>a <b class='x>b 2</p>\n<p>c 3</p>", ["a <b class='x>b 2", "", "c 3"], []),
    (
        "unclosed comment",
        "<p>a 1</p><!-- never closed <p>b</p>",
        ["a 1", "", "<!-- never closed <p>b"],
        [],
    ),
    ("lone angle", "<p>5 < 6 and x < y</p>", ["5 < 6 and x < y"], []),
    (
        "unclosed aside",
        "<p>a</p><aside>GPT-5 scores 1</p>",
        ["a", "", "GPT-5 scores 1"],
        ["<aside> on line 1 is never closed: content kept"],
    ),
    (
        "page in a form",
        "<form><p>Article 1</p><p>More 2</p><button>Go</button></form><p>x</p>",
        ["Article 1", "", "More 2", "", "x"],
        ["<form> holds most of the page's text: content kept"],
    ),
    ("cells without table", "<tr><td>a</td><td>b</td></tr>", ["a", "b"], []),
    ("stray text in table", "<table>note 3<tr><td>a</td><td>b</td></tr></table>", ["note 3"], []),
    ("newline references", "<p>a&#10;b&#x0D;c&NewLine;d</p>", ["a b c d"], []),
    ("pre keeps spaces", "<pre>  a   b\n  c</pre>", ["  a   b", "  c"], []),
]


@pytest.mark.parametrize(
    ("source", "text_lines", "notes"), [c[1:] for c in MALFORMED], ids=[c[0] for c in MALFORMED]
)
def test_html_malformed_still_gives_text(
    source: str, text_lines: list[str], notes: list[str]
) -> None:
    doc = read(write("bad.html", source))
    assert (doc.text.split("\n"), doc.notes) == (text_lines, notes)


def test_html_parser_failure_falls_back_to_stripping_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(self: object, data: str) -> None:
        raise AssertionError("unexpected call")

    monkeypatch.setattr(html_text.HtmlToText, "feed", explode)
    doc = read(write("a.html", "<p>GPT-5 &amp; <b>89.5%</b></p>\n<p>next</p>"))
    assert lines(doc) == [(1, "GPT-5 & 89.5%"), (2, "next")]
    assert doc.notes == ["HTML parser failed (unexpected call): tags stripped"]


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("a.txt", "<!DOCTYPE html><p>x</p>", "html"),
        ("a.md", "\n  <html><body><p>x</p>", "html"),
        ("a.MD", "# x", "md"),
        ("a.markdown", "# x", "md"),
        ("a.HTM", "<p>x</p>", "html"),
        ("notes.log", "x", "txt"),
        ("a.txt", "<p>x</p>", "txt"),
    ],
)
def test_kind(name: str, content: str, kind: str) -> None:
    assert read(write(name, content)).kind == kind


def test_markdown_text_is_unchanged() -> None:
    source = "# T\n\n<!-- claimcheck: ignore -->\n| a | b |\n|---|---|\n| 1 | 2 |\n\t- x  y \n"
    doc = read(write("a.md", source))
    assert (doc.text, doc.line_of, doc.tables) == (source, list(range(1, 9)), [])


HTMLISH = st.lists(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<table>",
            "</table>",
            "<tr>",
            "<td>",
            "</td>",
            "<th colspan=3>",
            "<thead>",
            "</thead>",
            "<caption>",
            "<li>",
            "<ul>",
            "</ul>",
            "<h2>",
            "</h2>",
            "<aside>",
            "</aside>",
            "<script>",
            "</script>",
            "<pre>",
            "</pre>",
            "<br>",
            "<sup>",
            "<!-- claimcheck: x -->",
            "<!--",
            "-->",
            "&amp;",
            "&#10;",
            "<",
            ">",
            "\n",
            "\r",
            "\x00",
            " ",
            "89.5",
            "GPT-5",
            "é",
            "<form>",
            "<header>",
            "<article>",
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(source=HTMLISH)
@example(source="<table>\n89.5<td>89.5")  # stray text shown before a one-cell table
@example(source="<table><!-- claimcheck: x -->\nstray<tr><td>a<td>b")
def test_html_never_crashes_and_line_map_is_sound(source: str) -> None:
    text_lines, line_of, tables = html_to_text(ingest.normalize_text(source), [])
    source_lines = ingest.normalize_text(source).count("\n") + 1
    assert len(text_lines) == len(line_of) >= 1
    assert all(1 <= n <= source_lines for n in line_of)
    assert line_of == sorted(line_of)
    assert all("\n" not in line for line in text_lines)
    for table in tables:
        assert len(table.rows) == len(table.header) == len(table.lines) >= 1


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_bytes_give_a_document_or_a_skip(tmp_path: Path, data: bytes, suffix: str) -> None:
    result = read_document(write(tmp_path / f"f{suffix}", data))
    if isinstance(result, Skipped):
        assert result.reason == BINARY_REASON
    else:
        assert len(result.line_of) == len(result.text.split("\n"))
        assert "\r" not in result.text


# ---------------------------------------------------------------------------------------
# Read errors


def test_file_vanishing_between_discover_and_read() -> None:
    write("art/a.md", "x")
    files, skipped = discover(["art"])
    assert (files, skipped) == ([Path("art/a.md")], [])
    files[0].unlink()
    assert read_document(files[0]) == Skipped(
        path="art/a.md", reason="cannot read: no such file or directory"
    )


def test_permission_denied_file() -> None:
    path = write("secret.md", "x")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read a mode-000 file (root)")
        assert read_document(path) == Skipped(
            path="secret.md", reason="cannot read: permission denied"
        )
    finally:
        path.chmod(0o644)


def test_permission_error_on_open(monkeypatch: pytest.MonkeyPatch) -> None:
    path = write("secret.md", "x")

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reading, "open", deny, raising=False)
    assert read_document(path) == Skipped(path="secret.md", reason="cannot read: permission denied")


def test_unexpected_error_becomes_a_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    path = write("a.md", "x")

    def fail(*args: object, **kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(reading, "decode", fail)
    assert read_document(path) == Skipped(path="a.md", reason="cannot read: boom")


def test_read_document_on_a_folder() -> None:
    Path("d.md").mkdir()
    assert read_document(Path("d.md")) == Skipped(path="d.md", reason="cannot read: is a directory")


# ---------------------------------------------------------------------------------------
# Discovery


def names(files: list[Path]) -> list[str]:
    return [f.as_posix() for f in files]


def test_walk_suffixes_hidden_claims_and_order() -> None:
    for name in [
        "art/z.md", "art/b.TXT", "art/a.html", "art/c.Markdown", "art/d.htm", "art/sub/e.md",
        "art/x.pdf", "art/y.json", "art/.hidden.md", "art/.git/f.md", "art/claims/g.md",
        "art/sub/claims/h.md", "art/notes", "art/résumé 2026 ü.md",
    ]:  # fmt: skip
        write(name, "x")
    expected = [
        "art/a.html", "art/b.TXT", "art/c.Markdown", "art/claims/g.md", "art/d.htm",
        "art/résumé 2026 ü.md", "art/sub/claims/h.md", "art/sub/e.md", "art/z.md",
    ]  # fmt: skip
    assert discover(["art"]) == ([Path(n) for n in expected], [])
    assert discover([Path("art")]) == discover(["art"])
    # Only the project's own claims folder is skipped, never another folder of that name.
    files, _ = discover(["art"], skip_folders=[Path("art/claims")])
    assert [Path(n) for n in expected if n != "art/claims/g.md"] == files


def test_explicit_files_are_taken_whatever_their_suffix_or_name() -> None:
    write("notes.log", "GPT-5 89.5")
    write(".hidden.md", "x")
    write("claims/c.md", "x")
    files, skipped = discover(["notes.log", ".hidden.md", "claims"])
    assert (names(files), skipped) == ([".hidden.md", "claims/c.md", "notes.log"], [])
    assert read("notes.log").text == "GPT-5 89.5"


def test_explicit_binary_file_is_skipped_by_load() -> None:
    write("image.bin", PNG)
    write("a.md", "x")
    docs, skipped = load(["image.bin", "a.md"])
    assert [d.path for d in docs] == ["a.md"]
    assert skipped == [Skipped(path="image.bin", reason=BINARY_REASON)]


def test_missing_path() -> None:
    assert discover(["nope", "nope.md"]) == (
        [],
        [
            Skipped(path="nope", reason="no such file or directory"),
            Skipped(path="nope.md", reason="no such file or directory"),
        ],
    )


def test_skip_dirs_parameter() -> None:
    write("art/claims/a.md", "x")
    write("art/drafts/b.md", "x")
    assert names(discover(["art"], skip_dirs=("drafts",))[0]) == ["art/claims/a.md"]


EXCLUDES = [
    (["drafts"], ["art/a.md", "art/b.html", "art/old.md", "art/sub/c.md", "art/sub/old.md"]),
    (["*.html"], ["art/a.md", "art/drafts/d.md", "art/old.md", "art/sub/c.md", "art/sub/old.md"]),
    (["drafts/*", "sub/*"], ["art/a.md", "art/b.html", "art/old.md"]),
    (["old.md"], ["art/a.md", "art/b.html", "art/drafts/d.md", "art/sub/c.md"]),
    (["**/old.md"], ["art/a.md", "art/b.html", "art/drafts/d.md", "art/sub/c.md"]),
    (["sub/old.md"], ["art/a.md", "art/b.html", "art/drafts/d.md", "art/old.md", "art/sub/c.md"]),
    (["art/sub/"], ["art/a.md", "art/b.html", "art/drafts/d.md", "art/old.md"]),
    (["*"], []),
    (
        [],
        [
            "art/a.md",
            "art/b.html",
            "art/drafts/d.md",
            "art/old.md",
            "art/sub/c.md",
            "art/sub/old.md",
        ],
    ),
]


@pytest.mark.parametrize(("exclude", "expected"), EXCLUDES)
def test_exclude_globs(exclude: list[str], expected: list[str]) -> None:
    for name in ["a.md", "b.html", "old.md", "drafts/d.md", "sub/c.md", "sub/old.md"]:
        write(f"art/{name}", "x")
    files, skipped = discover(["art"], exclude=exclude)
    assert (names(files), skipped) == (expected, [])


def test_exclude_applies_to_explicit_files() -> None:
    write("a.md", "x")
    write("b.md", "x")
    assert names(discover(["a.md", "b.md"], exclude=["b.*"])[0]) == ["a.md"]


def test_order_is_deterministic() -> None:
    wanted = [f"art/{c}/{n}.md" for c in "cab" for n in (3, 1, 2)]
    for name in random.Random(3).sample(wanted, len(wanted)):
        write(name, "x")
    files, _ = discover(["art/c", "art"])
    assert names(files) == sorted(wanted)
    assert discover(["art"]) == discover(["art/b", "art/a", "art"])


def test_absolute_paths_are_shown_relative_to_cwd(tmp_path: Path) -> None:
    write("art/a.md", "x")
    files, _ = discover([tmp_path / "art", "art/a.md", "./art/a.md"])
    assert files == [tmp_path / "art" / "a.md"]
    assert read(files[0]).path == "art/a.md"


def test_path_outside_cwd_is_shown_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("art/a.md", "x")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    docs, skipped = load(["../art"])
    assert ([d.path for d in docs], skipped) == (["../art/a.md"], [])


def test_non_ascii_names_with_spaces() -> None:
    write("arts ü/résumé 2026 ü.md", "Ünïcode 89.5%")
    docs, skipped = load(["arts ü"])
    assert skipped == []
    assert [(d.path, d.text) for d in docs] == [("arts ü/résumé 2026 ü.md", "Ünïcode 89.5%")]


def test_deep_tree_of_200_levels() -> None:
    deep = Path("deep", *(f"d{n}" for n in range(200)))
    write(deep / "bottom.md", "GPT-5 89.5")
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + 100)  # a walk recursing once per level would hit this
    try:
        docs, skipped = load(["deep"])
    finally:
        sys.setrecursionlimit(limit)
    assert skipped == []
    assert [d.path for d in docs] == [(deep / "bottom.md").as_posix()]


needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")


@needs_symlinks
def test_symlink_loop_is_reported_once_and_the_scan_finishes() -> None:
    write("art/a.md", "x")
    write("art/sub/b.md", "x")
    os.symlink("..", "art/sub/up")
    os.symlink(".", "art/self")
    files, skipped = discover(["art"])
    assert names(files) == ["art/a.md", "art/sub/b.md"]
    assert skipped == [
        Skipped(path="art/self", reason="symbolic link loop (points back to art)"),
        Skipped(path="art/sub/up", reason="symbolic link loop (points back to art)"),
    ]


@needs_symlinks
def test_symlinks_are_followed_and_duplicates_reported() -> None:
    write("art/real/a.md", "x")
    write("outside/o.md", "x")
    os.symlink("real", "art/alias")  # sorts before "real": the real path must still win
    os.symlink("real/a.md", "art/0-a.md")
    os.symlink("../outside", "art/out")
    os.symlink("missing.md", "art/broken.md")
    os.symlink("missing", "art/broken-dir")  # neither a folder nor an article: ignored
    files, skipped = discover(["art"])
    assert names(files) == ["art/out/o.md", "art/real/a.md"]
    assert skipped == [
        Skipped(path="art/0-a.md", reason="same file as art/real/a.md (already scanned)"),
        Skipped(path="art/alias", reason="same folder as art/real (already scanned)"),
        Skipped(path="art/broken.md", reason="no such file or directory (broken symbolic link)"),
    ]


@needs_symlinks
def test_mutual_symlink_loop() -> None:
    write("x/a.md", "x")
    write("y/b.md", "x")
    os.symlink("../y", "x/to-y")
    os.symlink("../x", "y/to-x")
    files, skipped = discover(["x"])
    assert names(files) == ["x/a.md", "x/to-y/b.md"]
    assert skipped == [Skipped(path="x/to-y/to-x", reason="symbolic link loop (points back to x)")]


@needs_symlinks
def test_explicit_broken_symlink() -> None:
    os.symlink("gone.md", "link.md")
    assert discover(["link.md"]) == (
        [],
        [Skipped(path="link.md", reason="no such file or directory (broken symbolic link)")],
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_is_not_read() -> None:
    Path("art").mkdir()
    os.mkfifo("art/pipe.md")
    assert discover(["art"]) == ([], [Skipped(path="art/pipe.md", reason="not a regular file")])
    assert discover(["art/pipe.md"]) == (
        [],
        [Skipped(path="art/pipe.md", reason="not a regular file or folder")],
    )
    assert read_document(Path("art/pipe.md")) == Skipped(
        path="art/pipe.md", reason="not a regular file"
    )


def test_unreadable_folder() -> None:
    write("art/a.md", "x")
    write("art/locked/b.md", "x")
    Path("art/locked").chmod(0)
    try:
        if os.access("art/locked", os.R_OK):
            pytest.skip("running as a user who can read a mode-000 folder (root)")
        assert discover(["art"]) == (
            [Path("art/a.md")],
            [Skipped(path="art/locked", reason="cannot read folder: permission denied")],
        )
    finally:
        Path("art/locked").chmod(0o755)


def test_unreadable_folder_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    write("art/a.md", "x")
    write("art/locked/b.md", "x")
    real_scandir = os.scandir

    def scandir(path: Path) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(walk.os, "scandir", scandir)
    assert discover(["art"]) == (
        [Path("art/a.md")],
        [Skipped(path="art/locked", reason="cannot read folder: permission denied")],
    )


def test_load_reads_in_order_and_collects_skips() -> None:
    write("art/b.md", "GPT-5 89.5")
    write("art/a.html", "<p>o3 88.9</p>")
    write("art/c.txt", PNG)
    docs, skipped = load(["art", "missing"])
    assert [(d.path, d.kind, d.text) for d in docs] == [
        ("art/a.html", "html", "o3 88.9"),
        ("art/b.md", "md", "GPT-5 89.5"),
    ]
    assert skipped == [
        Skipped(path="art/c.txt", reason=BINARY_REASON),
        Skipped(path="missing", reason="no such file or directory"),
    ]
