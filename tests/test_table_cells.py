"""Table cell forms (footnote marks, bold, dashes, two values, spreads, units), tables that hold
no benchmark scores, and the details of each table claim: units, lines, columns, mentions,
and which lines are table lines."""

from __future__ import annotations

import pytest

from claimcheck.extract.prose import ProseReader
from claimcheck.extract.tables import read_tables, table_lines
from tests.table_rows import Case, Doc, check_case, html, r

# ---------------------------------------------------------------------------------------
# Cell forms


def _one_row(cells: str, header: str = "| Benchmark | GPT-5.4 | Gemini 3.1 Pro |") -> str:
    return f"{header}\n|---|---|---|\n{cells}\n"


_CELLS = [
    Case(
        "percent-and-plain",
        _one_row("| GPQA Diamond | 92.8% | 94.3 |"),
        {r("GPT-5.4", "GPQA Diamond", 92.8), r("Gemini 3.1 Pro", "GPQA Diamond", 94.3)},
    ),
    Case(
        "footnote-marks",
        _one_row("| GPQA Diamond | 92.8* | 94.3† |")
        + "| MMLU-Pro | 88.0¹ | 89.8^2 |\n| SimpleQA | 55.1[3] | 72.1‡ |\n",
        {
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
            r("GPT-5.4", "MMLU-Pro", 88.0),
            r("Gemini 3.1 Pro", "MMLU-Pro", 89.8),
            r("GPT-5.4", "SimpleQA", 55.1),
            r("Gemini 3.1 Pro", "SimpleQA", 72.1),
        },
    ),
    Case(
        "emphasis",
        _one_row("| GPQA Diamond | **92.8** | *94.3* |") + "| MMLU-Pro | __88.0__ | _89.8_ |\n",
        {
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("Gemini 3.1 Pro", "GPQA Diamond", 94.3),
            r("GPT-5.4", "MMLU-Pro", 88.0),
            r("Gemini 3.1 Pro", "MMLU-Pro", 89.8),
        },
    ),
    Case(
        "empty-markers",
        "| Benchmark | GPT-5.4 | GPT-5 | Gemini 3.1 Pro | Claude Opus 4.6 | Muse Spark |\n"
        "|---|---|---|---|---|---|\n"
        "| GPQA Diamond | — | – | - | n/a | 89.5 |\n"
        "| MMLU-Pro | N/A |  | 91.0 | ? | x |\n",
        {r("Muse Spark", "GPQA Diamond", 89.5), r("Gemini 3.1 Pro", "MMLU-Pro", 91.0)},
    ),
    Case(
        "unit-in-header",
        "| Model | GPQA (%) | Codeforces (Elo) |\n|---|---|---|\n| GPT-5.4 | 92.8 | 2100 |\n",
        {r("GPT-5.4", "GPQA", 92.8), r("GPT-5.4", "Codeforces", 2100)},
    ),
    Case(
        "qualifiers-in-labels",
        _one_row(
            "| ARC AGI 2 (Thinking) | 76.1 | 76.5 |\n"
            "| MMMU-Pro (Vision) | 81.2 | 82.4 |\n"
            "| AIME 2025 (pass@1) | 94.6 | 86.7 |\n"
            "| MMLU (5-shot) | 90.1 | 91.2 |\n"
            "| Humanity's Last Exam (no tools) | 39.8 | 44.4 |"
        ),
        {
            r("GPT-5.4", "ARC-AGI-2", 76.1, mode="thinking"),
            r("Gemini 3.1 Pro", "ARC-AGI-2", 76.5, mode="thinking"),
            r("GPT-5.4", "MMMU-Pro", 81.2),
            r("Gemini 3.1 Pro", "MMMU-Pro", 82.4),
            r("GPT-5.4", "AIME 2025", 94.6),
            r("Gemini 3.1 Pro", "AIME 2025", 86.7),
            r("GPT-5.4", "MMLU", 90.1, shots="5-shot"),
            r("Gemini 3.1 Pro", "MMLU", 91.2, shots="5-shot"),
            r("GPT-5.4", "Humanity's Last Exam", 39.8, tools="without"),
            r("Gemini 3.1 Pro", "Humanity's Last Exam", 44.4, tools="without"),
        },
    ),
    Case(
        "qualifiers-in-model-labels",
        "| Benchmark | Qwen3-235B-A22B (thinking) | Qwen3-235B-A22B (non-thinking) |\n"
        "|---|---|---|\n"
        "| AIME 2024 | 85.7 | 40.1 |\n",
        {
            r("Qwen3-235B-A22B", "AIME 2024", 85.7, mode="thinking"),
            r("Qwen3-235B-A22B", "AIME 2024", 40.1, mode="non-thinking"),
        },
    ),
    Case(
        "thousands-separator-and-links",
        "| Model | [GDPval-AA](https://example.com/gdpval) |\n|---|---|\n"
        "| [Muse Spark](https://example.com) | 1,427 |\n| GPT-5.4 | 1,676 |\n",
        {r("Muse Spark", "GDPval-AA", 1427), r("GPT-5.4", "GDPval-AA", 1676)},
    ),
    Case(
        "unknown-models-and-benchmarks",
        "| Benchmark | Nimbus-3 Pro | Vega 2 |\n|---|---|---|\n"
        "| FooBench | 71.2 | 64.0 |\n| BarQA | 55.5 | 49.9 |\n",
        {
            r("Nimbus-3 Pro", "FooBench", 71.2),
            r("Vega 2", "FooBench", 64.0),
            r("Nimbus-3 Pro", "BarQA", 55.5),
            r("Vega 2", "BarQA", 49.9),
        },
    ),
    Case(
        "unknown-names-transposed",
        "| Model | FooBench | BarQA |\n|---|---|---|\n"
        "| Nimbus-3 Pro | 71.2 | 55.5 |\n| Vega 2 | 64.0 | 49.9 |\n",
        {
            r("Nimbus-3 Pro", "FooBench", 71.2),
            r("Vega 2", "FooBench", 64.0),
            r("Nimbus-3 Pro", "BarQA", 55.5),
            r("Vega 2", "BarQA", 49.9),
        },
    ),
    Case(
        "spread-delta-and-paren-after-value",
        "| Benchmark | GPT-5.4 | GPT-5 | Δ |\n|---|---|---|---|\n"
        "| GPQA Diamond | 92.8 ± 0.4 | 88.4 (+1.2) | +4.4 |\n"
        "| AIME 2025 | ~94.6 | 90.1% (±1.1) | +4.5 |\n",
        {
            r("GPT-5.4", "GPQA Diamond", 92.8),
            r("GPT-5", "GPQA Diamond", 88.4),
            r("GPT-5.4", "AIME 2025", 94.6),
            r("GPT-5", "AIME 2025", 90.1),
        },
    ),
    Case(
        "category-columns-are-not-benchmarks",
        "| Model | Math | Coding | GPQA Diamond |\n|---|---|---|---|\n"
        "| GPT-5.4 | 94.6 | 97.0 | 92.8 |\n",
        {r("GPT-5.4", "GPQA Diamond", 92.8)},
    ),
    Case(
        "non-score-rows-and-columns-skipped",
        "| Model | Params | GPQA Diamond | Release date | Price ($/M) |\n|---|---|---|---|---|\n"
        "| DeepSeek-R1 | 671 | 71.5 | 2025 | 2.19 |\n",
        {r("DeepSeek-R1", "GPQA Diamond", 71.5)},
    ),
]

# ---------------------------------------------------------------------------------------
# Tables that hold no benchmark scores

_NO_CLAIMS = [
    Case(
        "specs-table-tabs",
        "Open-weight model\tTotal params\tActive params\tContext\tLicense\n"
        "DeepSeek-R1\t671B\t37B\t128K\tMIT\n"
        "Qwen3-235B-A22B\t235B\t22B\t128K\tApache 2.0\n",
        set(),
    ),
    Case(
        "specs-table-numbers-without-units",
        "| Model | Parameters (B) | Context window | Year |\n|---|---|---|---|\n"
        "| DeepSeek-R1 | 671 | 128000 | 2025 |\n| GPT-5.4 | 1800 | 400000 | 2026 |\n",
        set(),
    ),
    Case(
        "price-table",
        "| Model | Input | Output |\n|---|---|---|\n"
        "| GPT-5.4 | $2.50 | $15.00 |\n| Muse Spark | $1.00 | $4.00 |\n",
        set(),
    ),
    Case(
        "neither-axis-names",
        "| Week | Visits | Signups |\n|---|---|---|\n| 1 | 1200 | 45 |\n| 2 | 1350 | 51 |\n",
        set(),
    ),
    Case(
        "prose-with-double-spaces",
        "The model scored 89.5 on GPQA.  That is close to GPT-5.4.\n"
        "It trails on MMLU-Pro.  The gap is small.\n",
        set(),
    ),
    Case(
        "navigation-bar-with-pipes",
        "Home | News | Reviews | Deals\nAbout | Contact | Careers | Ads\n",
        set(),
    ),
    Case(
        "squashed-integers-cannot-split",
        "ModelIntelligence IndexGDPval-AA\nMuse Spark521427\nGPT-5.4571676\n",
        set(),
    ),
    Case(
        "html-row-headers-without-any-model",
        "",
        set(),
        [html([["GPQA Diamond", "89.5"], ["HLE", "39.9"]], header=[False, False])],
    ),
    Case(
        "html-specs",
        "",
        set(),
        [html([["Model", "Context", "License"], ["GPT-5.4", "400K", "Proprietary"]])],
    ),
]


@pytest.mark.parametrize("case", [*_CELLS, *_NO_CLAIMS], ids=lambda c: c.id)
def test_table_claims(case: Case, reader: ProseReader) -> None:
    check_case(case, reader)


def test_two_numbers_in_a_cell_no_note_explains_are_kept_unsure(reader: ProseReader) -> None:
    claims, _ = read_tables(
        Doc(_one_row("| Humanity's Last Exam | 39.8 / 44.4 | 44.4 |"), []), reader
    )
    sure = {(c.model, c.value.value) for c in claims if not c.ambiguous}
    unsure = {(c.model, c.value.value) for c in claims if c.ambiguous}
    assert sure == {("Gemini 3.1 Pro", 44.4)}
    assert unsure == {("GPT-5.4", 39.8), ("GPT-5.4", 44.4)}


# ---------------------------------------------------------------------------------------
# Details: units, lines, columns, mentions, table_lines


def test_units_come_from_cell_or_header(reader: ProseReader) -> None:
    text = (
        "| Model | GPQA (%) | MMLU-Pro | Codeforces (Elo) |\n|---|---|---|---|\n"
        "| GPT-5.4 | 92.8 | 88.0% | 2100 |\n"
    )
    claims, _ = read_tables(Doc(text), reader)
    units = {c.benchmark: c.value.unit for c in claims}
    assert units == {"GPQA": "%", "MMLU-Pro": "%", "Codeforces": "elo"}


def test_caption_percent_sets_the_unit(reader: ProseReader) -> None:
    text = (
        "Accuracy (%) on reasoning benchmarks:\n\n| Model | GPQA Diamond |\n|---|---|\n"
        "| GPT-5.4 | 92.8 |\n"
    )
    (claim,) = read_tables(Doc(text), reader)[0]
    assert claim.value.unit == "%"


def test_fraction_cells_stay_as_written(reader: ProseReader) -> None:
    # 0.928: the normaliser scales fractions where the benchmark is a percentage.
    text = "| Model | GPQA Diamond |\n|---|---|\n| GPT-5.4 | 0.928 |\n"
    (claim,) = read_tables(Doc(text), reader)[0]
    assert (claim.value.value, claim.value.decimals, claim.value.unit) == (0.928, 3, "")


def test_approximate_and_bound_cells(reader: ProseReader) -> None:
    text = _one_row("| GPQA Diamond | ~92.8 | 94+ |")
    claims, _ = read_tables(Doc(text), reader)
    assert {c.model: c.value.approx for c in claims} == {
        "GPT-5.4": "about",
        "Gemini 3.1 Pro": "at_least",
    }


def test_plain_cells_leave_the_unit_open(reader: ProseReader) -> None:
    claims, _ = read_tables(Doc(_one_row("| Codeforces | 2029 | 2001 |")), reader)
    assert {c.value.unit for c in claims} == {""}
    assert {c.value.decimals for c in claims} == {0}


def test_line_column_text_and_mentions(reader: ProseReader) -> None:
    text = "Intro line.\n\n| Benchmark | GPT-5.4 |\n|---|---|\n| GPQA Diamond (%) | **92.8** |\n"
    doc = Doc(text, line_of=[1, 2, 7, 8, 9, 10])  # text line 4 is source line 9
    (claim,) = read_tables(doc, reader)[0]
    assert claim.line == 9
    row = text.split("\n")[4]
    assert claim.column == row.index("92.8") + 1
    assert claim.text == row
    assert claim.model_mention == "GPT-5.4"
    assert claim.benchmark_mention == "GPQA Diamond"
    assert claim.value.decimals == 1
    assert claim.value.unit == "%"
    assert claim.source == "doc.md"


def test_html_claims_carry_the_row_line(reader: ProseReader) -> None:
    table = html([["Benchmark", "GPT-5.4"], ["GPQA Diamond", "92.8"]])
    (claim,) = read_tables(Doc("", [table]), reader)[0]
    assert claim.line == 11
    assert claim.column == 1


def test_footnote_marker_on_model_name(reader: ProseReader) -> None:
    text = "Model        GPQA Diamond   AIME 2024\nOpenAI o1*   78.0           74.3\n"
    claims, _ = read_tables(Doc(text), reader)
    assert {c.model for c in claims} == {"OpenAI o1"}
    assert {c.model_mention for c in claims} == {"OpenAI o1"}


def test_table_lines_cover_tables_not_prose(reader: ProseReader) -> None:
    text = (
        "Some prose before the table scored 12 things.\n"  # 0
        "\n"  # 1
        "| Benchmark | GPT-5.4 |\n"  # 2
        "|---|---|\n"  # 3
        "| GPQA Diamond | 92.8 |\n"  # 4
        "\n"  # 5
        "Caption: scores as reported.\n"  # 6
        "\n"  # 7
        "Model        GPQA Diamond   AIME 2024\n"  # 8
        "GPT-5.4      92.8           90.1\n"  # 9
        "\n"  # 10
        "BenchmarkMuse SparkGPT-5.4\n"  # 11
        "GPQA Diamond89.5%92.8%\n"  # 12
        "MMMU-Pro80.5%81.2%\n"  # 13
        "After the table, more prose.\n"  # 14
        "A\tB\n"  # 15
        "1\t2\n"  # 16
    )
    assert table_lines(text, reader.finder) == {2, 3, 4, 8, 9, 11, 12, 13, 15, 16}


def test_grid_table_borders_are_table_lines(reader: ProseReader) -> None:
    text = "+---+---+\n| Benchmark | GPT-5.4 |\n+===+===+\n| GPQA Diamond | 92.8 |\n+---+---+\n"
    assert table_lines(text, reader.finder) == {0, 1, 2, 3, 4}


def test_ignore_marker_above_a_table(reader: ProseReader) -> None:
    text = (
        "<!-- claimcheck: ignore -->\n| Benchmark | GPT-5.4 |\n|---|---|\n| GPQA Diamond | 92.8 |\n"
    )
    (claim,) = read_tables(Doc(text), reader)[0]
    assert claim.ignored
    plain = text.split("\n", 1)[1]
    (claim,) = read_tables(Doc(plain), reader)[0]
    assert not claim.ignored


def test_prose_is_not_a_table(reader: ProseReader) -> None:
    text = (
        "Muse Spark posts 1,427 ELO on it.  Claude Sonnet 4.6 comes in at 1,648.\n"
        "In other words, GPT-5.4 tops the three at 1,676.\n"
        "He was 27 when he took the job\n"
        "Intelligence Index 52\n"
    )
    assert table_lines(text, reader.finder) == set()
    assert read_tables(Doc(text), reader) == ([], [])


def test_squashed_row_keeps_the_raw_line(reader: ProseReader) -> None:
    text = "BenchmarkMuse SparkGPT-5.4\nGPQA Diamond89.5%92.8%\nMMMU-Pro80.5%81.2%\n"
    claims, _ = read_tables(Doc(text), reader)
    by_value = {c.value.value: c for c in claims}
    assert by_value[92.8].text == "GPQA Diamond89.5%92.8%"
    assert by_value[92.8].line == 2
    assert by_value[92.8].column == "GPQA Diamond89.5%92.8%".index("92.8") + 1
