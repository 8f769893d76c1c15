"""Tests for claimcheck.ingest's reading: decoding, binary files, size limits, HTML to text with
its line map and tables, and the kind of each file. Discovery and read errors are in
test_discovery.py. Every file is made in tmp_path at run time."""

from __future__ import annotations

import codecs
import random
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
    html_text,
    html_to_text,
    read_document,
)
from claimcheck.records import Skipped
from tests.ingest_files import PNG, lines, read, write


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # displayed paths are relative to cwd


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
