"""Posts that compare models in sentences and lists (issue 10, real-26): words that open a
sentence are no part of a name, a headline's two names are two, a year or a spread is no
score, a benchmark's spelled-out name in brackets is the same benchmark, a size in
brackets after a family is its model. Each case is a document and the exact records."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.records import Row, records

CASES: list[tuple[str, str, set[Row]]] = [
    (
        "an adverb that opens a sentence is no part of the name after it",
        "Here Corvid 3.5 Sonnet posts 88.3% on MMLU and Pell-4o 88.7%.\n\n"
        "Still Corvid 3.5 Sonnet reaches 92% on HumanEval.\n",
        {
            ("Corvid 3.5 Sonnet", "MMLU", 88.3, "", ()),
            ("Pell-4o", "MMLU", 88.7, "", ()),
            ("Corvid 3.5 Sonnet", "HumanEval", 92.0, "", ()),
        },
    ),
    (
        "a year after a possessive names an edition; a spread between figures is no score",
        "Stanford's 2024 AI Index Report puts Pell-4 at 86.4% on MMLU.\n\n"
        "On Chatbot Arena, Corvid 3.5 Sonnet is at 1,271 Elo and Pell-4o at 1,287, a spread "
        "of just 16 points.\n",
        {
            ("Pell-4", "MMLU", 86.4, "", ()),
            ("Corvid 3.5 Sonnet", "Chatbot Arena", 1271.0, "", ()),
            ("Pell-4o", "Chatbot Arena", 1287.0, "", ()),
        },
    ),
    (
        "a benchmark's spelled-out name in brackets is that benchmark, whichever comes first",
        "AIME 2024 (American Invitational Mathematics Examination): Pell-70B reached 83.3%.\n\n"
        "4. Mathematical Problem-Solving (MATH)\n\n- Gemini 1.5 Flash: 69.2%\n",
        {
            ("Pell-70B", "AIME 2024", 83.3, "", ()),
            ("Gemini 1.5 Flash", "MATH", 69.2, "", ()),
        },
    ),
    (
        "a size in brackets after a family is its model; after a sized name, a note",
        "MMLU (0-shot): Corvid 3.1 (405B) reaches 88.6, ahead of Pell-4 (85.4).\n\n"
        "Pell-3 Mini (3.8B) scores 82.5% on GSM8K.\n",
        {
            ("Corvid 3.1 405B", "MMLU", 88.6, "", (("shots", "0-shot"),)),
            ("Pell-4", "MMLU", 85.4, "", (("shots", "0-shot"),)),
            ("Pell-3 Mini", "GSM8K", 82.5, "", ()),
        },
    ),
    (
        "after a comparison, ', with V on B' goes on with the subject's own figures",
        "# Pell-9B\n\nIn published results it comes out slightly ahead of Corvid-8B, with 72.1% "
        "on AIME25 and 97.8% on MATH500.\n\nPell-9B beats Corvid-8B, scoring 64.0% on GPQA.\n\n"
        "Pell-9B trails Corvid-8B with 69.3% on LiveCodeBench.\n",
        {
            ("Pell-9B", "AIME 2025", 72.1, "", ()),
            ("Pell-9B", "MATH-500", 97.8, "", ()),
            ("Pell-9B", "GPQA", 64.0, "", ()),
            ("Corvid-8B", "LiveCodeBench", 69.3, "", ()),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_comparison_post(tmp_path: Path, text: str, expected: set[Row]) -> None:
    assert records(tmp_path, text, "post.md") == expected


def test_a_headline_of_two_names_is_two_names(tmp_path: Path) -> None:
    got = records(
        tmp_path,
        "## Benchmark Showdown: Corvid 3 Opus Edges Out Gemini 1.0 Ultra\n\n"
        "- Undergraduate knowledge (MMLU): Corvid 3 Opus reached 86.8%, just above "
        "Gemini 1.0 Ultra’s 83.7%.\n",
        "post.md",
    )
    assert {(m, v) for m, _, v, _, _ in got} == {
        ("Corvid 3 Opus", 86.8),
        ("Gemini 1.0 Ultra", 83.7),
    }


def test_gpt_4_omni_is_gpt_4o(tmp_path: Path) -> None:
    got = records(tmp_path, "GPT-4 Omni comes out a little higher on MMLU, at 88.7.\n")
    assert got == {("GPT-4o", "MMLU", 88.7, "", ())}


def test_a_mermaid_charts_labels_are_read_and_other_code_is_not(tmp_path: Path) -> None:
    got = records(
        tmp_path,
        "### MMLU (General Knowledge)\n\n```mermaid\ngraph LR\n"
        "    title[MMLU - General Knowledge]\n    style title fill:#f9f9f9,stroke:#333\n\n"
        "    Corvid70B[Corvid-70B: 90.8%]:::open\n    Pell8B[Pell-8B: 87.5%]:::prop\n```\n\n"
        "```bash\necho 'Corvid-70B: 12.0% on MMLU'\n```\n",
        "post.md",
    )
    assert got == {("Corvid-70B", "MMLU", 90.8, "", ()), ("Pell-8B", "MMLU", 87.5, "", ())}


def test_a_short_catalog_name_at_the_end_of_another_name_is_not_that_model(
    tmp_path: Path,
) -> None:
    # "R1" and "o1" are catalog models; "Corvid-R1" and "Pell-o1" are not them.
    got = records(tmp_path, "Corvid-R1 scores 71.5% on GPQA and Pell-o1 reaches 60.0%.\n")
    assert {m for m, *_ in got} == {"Corvid-R1", "Pell-o1"}


def test_a_list_line_named_with_a_parameter_count_is_a_models(tmp_path: Path) -> None:
    got = records(tmp_path, "## MMLU\n\n- Corvid-70B: 90.8%\n- Pell-8x7B: 87.5%\n", "post.md")
    assert got == {("Corvid-70B", "MMLU", 90.8, "", ()), ("Pell-8x7B", "MMLU", 87.5, "", ())}


def test_a_headlines_verb_ends_the_name_before_it(tmp_path: Path) -> None:
    got = records(
        tmp_path,
        "# Corvid 4 Shatters Graduate-Level AI Benchmarks\n\n"
        "- GPQA Diamond score: 78.3%, beating Pell-4o's 71.5%\n"
        "- MMLU-Pro score: 89.7%, a new record\n",
        "post.md",
    )
    assert got == {
        ("Corvid 4", "GPQA Diamond", 78.3, "", ()),
        ("Pell-4o", "GPQA Diamond", 71.5, "", ()),
        ("Corvid 4", "MMLU-Pro", 89.7, "", ()),
    }
