"""Property tests: no input crashes the parsers, and what they return holds together.

Each stage gets inputs built from the pieces that trip it (numbers with separators, units,
signs, names with versions and tiers, table rules, Markdown, stray control characters),
mixed with arbitrary text, and must not raise. Where a real invariant exists it is
asserted: values are finite, every claim points at a line of its document and at the
number it quotes, a generated benchmark table gives back exactly its cells (the records'
properties are in test_record_properties.py, the pieces in text_pieces.py). The number of
examples comes from the hypothesis profile in conftest.py
(`pytest tests/test_properties.py --hypothesis-show-statistics` prints it per property).
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from claimcheck.extract import extract_document
from claimcheck.extract.numbers import find_values
from claimcheck.extract.tables import place_pending, read_all_tables, table_lines
from claimcheck.ingest import BINARY_REASON, Document, read_document
from claimcheck.records import (
    Skipped,
)
from tests.text_pieces import (
    APPROX,
    BENCH_NAMES,
    CATALOG,
    MODEL_NAMES,
    NAME_TEXT,
    NAMES,
    NUMBER_TEXT,
    PROSE_TEXT,
    PROSE_WORDS,
    READER,
    RULES,
    TIERS,
    UNITS,
)

# ---------------------------------------------------------------------------------------
# The number parser


@given(text=NUMBER_TEXT, skip=st.lists(st.tuples(st.integers(-5, 80), st.integers(-5, 80))))
@example(text="9%" * 200, skip=[])
@example(text="1,2,3,4,5,6,7,8,9", skip=[(0, 3), (2, 1)])
def test_numbers_never_raise_and_values_are_sound(text: str, skip: list[tuple[int, int]]) -> None:
    values = find_values(text, RULES, skip=skip)
    last_end = 0
    for v in values:
        assert 0 <= v.start < v.end <= len(text)
        assert v.start >= last_end, "values overlap or are out of order"
        last_end = v.end
        assert not any(a <= v.start < b for a, b in skip), "a value inside a skipped span"
        assert math.isfinite(v.value) and v.value >= 0
        assert v.value_high is None or math.isfinite(v.value_high)
        assert (v.value_high is not None) == (v.approx == "range")
        assert 0 <= v.decimals <= 17  # a double's digits: data files keep them all
        assert v.unit in UNITS and v.approx in APPROX
        assert v.text and v.text.strip() == text[v.start : v.end].strip()
        assert text[v.start].isdecimal(), "a value starts at its digits"
        if v.unit == "%":
            assert v.value <= 100


@given(
    whole=st.integers(0, 100),
    frac=st.integers(0, 999),
    decimals=st.integers(0, 3),
    unit=st.sampled_from(["%", " %", " percent", " points"]),
)
def test_a_written_percentage_reads_back_exactly(
    whole: int, frac: int, decimals: int, unit: str
) -> None:
    value = min(whole + frac / 1000, 100.0)
    written = f"{value:.{decimals}f}"
    text = f"Orbit-7 scored {written}{unit} on FooBench."
    found = find_values(text, RULES)
    assert len(found) == 1, (text, found)
    v = found[0]
    assert v.value == float(written)
    assert v.decimals == decimals
    assert v.unit == ("points" if "points" in unit else "%")
    assert v.approx == "exact"
    assert text[v.start : v.end].strip() == v.text


@given(n=st.integers(1000, 10**12))
def test_thousands_separators_read_as_one_number(n: int) -> None:
    found = find_values(f"Its rating is {n:,} Elo today.", RULES)
    if n < 10**15:
        assert [(v.value, v.unit) for v in found] == [(float(n), "elo")]


# ---------------------------------------------------------------------------------------
# The name normaliser


@given(a=NAME_TEXT, b=NAME_TEXT)
def test_names_never_raise_and_the_rule_is_reflexive_and_symmetric(a: str, b: str) -> None:
    for kind in ("model", "benchmark"):
        canonical, _ = NAMES.resolve(a, kind)
        assert isinstance(canonical, str)
    NAMES.display(a)
    NAMES.looks_like_model(a)
    NAMES.looks_like_benchmark(a)
    NAMES.is_org(a)
    assert NAMES.same(a, a)
    assert NAMES.same(a, b) == NAMES.same(b, a)


@given(
    name=st.sampled_from(MODEL_NAMES + BENCH_NAMES),
    v1=st.from_regex(r"\A[1-9]\d?(\.\d)?\Z"),
    v2=st.from_regex(r"\A[1-9]\d?(\.\d)?\Z"),
    tier=st.sampled_from(TIERS),
)
def test_versions_and_tiers_keep_names_apart(name: str, v1: str, v2: str, tier: str) -> None:
    """DESIGN.md: GPT-5 and GPT-5.4, Opus and Sonnet, HealthBench and HealthBench Hard are
    never merged, whatever the spelling around them."""
    family = NAMES.key(name).family
    assume(family)
    if v1 != v2:
        assert not NAMES.same(f"{family} {v1}", f"{family} {v2}")
        assert not NAMES.same(f"{family}-{v1}", f"{family.upper()} {v2}")
    # A family whose bare name is its post-trained release (DeepSeek-V3, Kimi K2): "Chat" and
    # "Instruct" name that release, the bare name's.
    post_trained = tier in ("chat", "instruct") and NAMES.bare_is_post_trained(name)
    if tier not in NAMES.tokens(name) and not post_trained:
        assert not NAMES.same(name, f"{name} {tier}")


@pytest.mark.parametrize("kind", ["model", "benchmark"])
def test_every_catalog_spelling_resolves_to_its_entry(kind: str) -> None:
    entries = CATALOG.models if kind == "model" else CATALOG.benchmarks
    for entry in entries:
        for spelling in (entry.name, *entry.aliases):
            assert NAMES.resolve(spelling, kind)[0] == entry.name, spelling


# ---------------------------------------------------------------------------------------
# The sentence extractor, on documents read by ingest


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("articles")


def _document(folder: Path, name: str, text: str) -> Document:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    doc = read_document(path)
    if isinstance(doc, Skipped):
        # A NUL near the start marks a binary file (test_ingest.py covers that rule).
        assert doc.reason == BINARY_REASON and "\x00" in text, doc
        assume(False)
    assert isinstance(doc, Document), doc
    return doc


def _check_claims(doc: Document, source_lines: list[str]) -> None:
    result = extract_document(doc, CATALOG)
    for claim in result.claims:
        value = claim.value
        assert claim.source == doc.path
        assert 1 <= claim.line <= len(source_lines), (claim.line, len(source_lines))
        assert claim.column >= 1
        assert math.isfinite(value.value)
        assert value.value_high is None or math.isfinite(value.value_high)
        assert claim.model and claim.benchmark
        assert len(claim.text) <= 500
        if claim.extractor in ("prose", "list") and doc.kind != "html":
            # The column points at the number as written, on the line the claim names.
            line = source_lines[claim.line - 1]
            start = claim.column - 1
            assert line[start : start + len(value.text)] == value.text, (line, value.text)
    for relation in result.relations:
        assert 1 <= relation.line <= len(source_lines)
    for line in result.stale_markers:
        assert 1 <= line <= len(source_lines)
    place_pending(result.pending, result.claims)


def _source_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


@given(text=PROSE_TEXT, suffix=st.sampled_from([".md", ".txt"]))
@example(text="Orbit-7 scored 81.2% on FooBench, compared to 77.0% for Kestrel 3.", suffix=".md")
@example(text="- GPT-5: 89.5%\n- GPT-5.4 78.4 % on GPQA Diamond\r\n\r\n* 1. x", suffix=".md")
def test_prose_never_raises_and_claims_point_at_their_numbers(
    folder: Path, text: str, suffix: str
) -> None:
    doc = _document(folder, f"prose{suffix}", text)
    # Control characters are removed or turned into spaces by ingest; those that are
    # line breaks for str.splitlines() are spaces, so the map of lines is the file's own.
    _check_claims(doc, _source_lines(doc.text) if doc.kind != "html" else _source_lines(text))


@given(
    sentences=st.lists(
        st.tuples(
            st.sampled_from(["Orbit-7", "Kestrel 3", "Nimbus-2 Pro", *MODEL_NAMES[:8]]),
            st.sampled_from(["scored", "reached", "posts", "gets"]),
            st.integers(0, 1000).map(lambda n: f"{n / 10:.1f}%"),
            st.sampled_from(["FooBench", "OrbitQA", *BENCH_NAMES[:8]]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_one_line_sentences_give_their_own_claims(
    folder: Path, sentences: list[tuple[str, str, str, str]]
) -> None:
    """One sentence a paragraph: each claim quotes its own line and gives its value."""
    lines = [f"{model} {verb} {value} on {bench}." for model, verb, value, bench in sentences]
    text = "\n\n".join(lines) + "\n"
    doc = _document(folder, "simple.md", text)
    source = text.split("\n")
    _check_claims(doc, source)
    claims = extract_document(doc, CATALOG).claims
    assert claims, text
    for claim in claims:
        line = source[claim.line - 1]
        assert claim.text in line
        assert claim.value.text in line
    found = {(c.line, c.value.value) for c in claims}
    for i, (_, _, value, _) in enumerate(sentences):
        assert (2 * i + 1, float(value.rstrip("%"))) in found, (text, found)


HTML_PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<table>",
        "</table>",
        "<tr>",
        "<td>",
        "</td>",
        "<th>",
        "</th>",
        "<thead>",
        "</thead>",
        "<ul>",
        "<li>",
        "</ul>",
        "<h2>",
        "</h2>",
        "<script>",
        "</script>",
        "<style>",
        "</style>",
        "<br>",
        "<sup>",
        "</sup>",
        "<pre>",
        "</pre>",
        "&amp;",
        "&#10;",
        "<!-- claimcheck: ignore -->",
        "\n",
    ]
)


@given(pieces=st.lists(st.one_of(HTML_PIECES, st.sampled_from(PROSE_WORDS)), max_size=50))
def test_html_articles_never_raise(folder: Path, pieces: list[str]) -> None:
    source = "<!doctype html>\n" + " ".join(pieces)
    doc = _document(folder, "page.html", source)
    _check_claims(doc, _source_lines(source))


# ---------------------------------------------------------------------------------------
# The table extractor

SYLLABLES = ["zor", "blax", "quen", "tiv", "mar", "ovo", "lum", "sef", "drak", "ny", "pel"]
_word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(
    lambda parts: "".join(parts).capitalize()
)
GEN_MODEL = st.tuples(_word, st.integers(2, 9), st.sampled_from(["", " Pro", " Mini"])).map(
    lambda t: f"{t[0]}-{t[1]}{t[2]}"
)
GEN_BENCH = st.tuples(_word, st.sampled_from(["Bench", "QA", "Eval"])).map("".join)
CELL = st.integers(0, 1000).map(lambda n: n / 10)


@st.composite
def benchmark_tables(draw: st.DrawFn) -> tuple[str, list[str], list[str], list[list[float]]]:
    models = draw(st.lists(GEN_MODEL, min_size=1, max_size=4, unique_by=lambda m: m.lower()))
    benches = draw(st.lists(GEN_BENCH, min_size=1, max_size=4, unique_by=lambda b: b.lower()))
    assume(len({NAMES.key(m) for m in models}) == len(models))
    assume(len({NAMES.key(b) for b in benches}) == len(benches))
    cells = [[draw(CELL) for _ in models] for _ in benches]
    pct = draw(st.booleans())
    decimals = draw(st.integers(1, 2))

    def fmt(v: float) -> str:
        return f"{v:.{decimals}f}" + ("%" if pct else "")

    header = "| Benchmark | " + " | ".join(models) + " |"
    rule = "|" + "---|" * (len(models) + 1)
    rows = [
        "| " + b + " | " + " | ".join(fmt(v) for v in row) + " |"
        for b, row in zip(benches, cells, strict=True)
    ]
    before = draw(st.sampled_from(["", "Results on the benchmarks below.\n\n", "# Scores\n\n"]))
    text = before + "\n".join([header, rule, *rows]) + "\n"
    return text, models, benches, cells


@given(table=benchmark_tables())
@example(
    table=(
        "| Benchmark | Zorblax-2 |\n|---|---|\n| QuenBench | 81.2 |\n",
        ["Zorblax-2"],
        ["QuenBench"],
        [[81.2]],
    )
)
def test_a_generated_benchmark_table_gives_back_its_cells(
    table: tuple[str, list[str], list[str], list[list[float]]],
) -> None:
    text, models, benches, cells = table
    doc = Document("table.md", text, list(range(1, text.count("\n") + 2)), [], [], "md")
    claims, pending, lines = read_all_tables(doc, READER)
    source = text.split("\n")
    table_rows = {i + 1 for i, line in enumerate(source) if line.startswith("|")}
    all_cells = {v for row in cells for v in row}
    expected = {
        (m, b): v
        for b, row in zip(benches, cells, strict=True)
        for m, v in zip(models, row, strict=True)
    }
    assert {i + 1 for i in lines} == table_rows
    got = {}
    for claim in claims:
        assert claim.value.value in all_cells
        assert claim.line in table_rows - {min(table_rows), min(table_rows) + 1}
        got[(claim.model, claim.benchmark)] = claim.value.value
    assert not pending
    assert got == expected


TABLE_CHARS = st.sampled_from(
    [
        "|",
        "|",
        "\t",
        " ",
        "  ",
        "-",
        "---",
        ":",
        "%",
        ".",
        ",",
        "*",
        "n/a",
        "—",
        "\n",
        "\n",
        "GPT-5",
        "Qwen3",
        "GPQA",
        "MMLU",
        "Benchmark",
        "Model",
        "89.5",
        "7",
        "(",
        ")",
        "+",
        "±",
    ]
)


@given(pieces=st.lists(st.one_of(TABLE_CHARS, st.text(max_size=3)), max_size=80))
def test_tables_never_raise_on_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    doc = Document("t.md", text, list(range(1, text.count("\n") + 2)), [], [], "md")
    claims, pending, lines = read_all_tables(doc, READER)
    n_lines = text.count("\n") + 1
    assert all(0 <= i < n_lines for i in lines)
    assert table_lines(text, READER.finder) == lines
    for claim in claims:
        assert 1 <= claim.line <= n_lines
        assert math.isfinite(claim.value.value)
    place_pending(pending, claims)
