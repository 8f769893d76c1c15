"""Model cards read whole (issue 10): HTML inside Markdown, fenced code, spreads, a version a
document names once, scores on their own scale, prose repeating a starred cell, the model a
heading names, a family over a row of sizes, captions that say base or instruct, condition
columns under one model, problem windows. Each test is a document and what it must give."""

from __future__ import annotations

from pathlib import Path

from claimcheck.api import scan
from claimcheck.catalog import default
from claimcheck.extract import extract_document
from tests.card_rows import doc


def test_html_table_in_markdown_keeps_line_numbers_and_is_not_read_as_prose() -> None:
    text = (
        "Intro line.\n\n<table>\n<tr><th>Benchmark</th><th>GPT-5.4</th></tr>\n"
        "<tr><td>GPQA Diamond</td><td>92.8</td></tr>\n</table>\n\nGPT-5.4 scores 80.1 on MMMU.\n"
    )
    result = extract_document(doc(text), default())
    found = {(c.model, c.benchmark, c.value.value, c.line) for c in result.claims}
    assert found == {("GPT-5.4", "GPQA Diamond", 92.8, 5), ("GPT-5.4", "MMMU", 80.1, 8)}


def test_fenced_code_is_not_prose() -> None:
    text = (
        "```shell\nlighteval vllm $MODEL 'custom|math_500|0|0' --seed 1\n"
        "echo DeepSeek-R1 scored 12.5 on MATH-500\n```\n\nDeepSeek-R1 scores 97.3 on MATH-500.\n"
    )
    result = extract_document(doc(text), default())
    assert {(c.model, c.value.value) for c in result.claims} == {("DeepSeek-R1", 97.3)}


def test_standard_deviations_are_no_score() -> None:
    text = "On GPQA Diamond, DeepSeek-R1 lands within 1-3 standard deviations of the report.\n"
    result = extract_document(doc(text), default())
    assert not [c for c in result.claims if not c.ambiguous]


def test_a_document_naming_one_version_means_it_where_it_names_the_benchmark_bare() -> None:
    text = (
        "| Benchmark | MiniCPM3-4B |\n|---|---|\n| BFCL v2 | 76.0 |\n| MMLU | 67.2 |\n\n"
        "Function calling was measured on BFCL.\n\n<table>\n"
        "<tr><td>Model</td><td>AST Summary</td></tr>\n"
        "<tr><td>MiniCPM3-4B</td><td>68.55%</td></tr>\n</table>\n\n"
        "MiniCPM3-4B reaches 76.0 on BFCL.\n"
    )
    result = extract_document(doc(text), default())
    found = {(c.benchmark, c.value.value, tuple(c.qualifiers.items())) for c in result.claims}
    assert found == {
        ("BFCL v2", 76.0, ()),
        ("MMLU", 67.2, ()),
        ("BFCL v2", 68.55, (("setting", "ast summary"),)),
    }


def test_two_versions_named_leave_the_bare_name_alone() -> None:
    text = "GLM-4-9B-Chat scores 70.1 on BFCL v2, 69.0 on BFCL v3 and 81.0 on BFCL.\n"
    result = extract_document(doc(text), default())
    assert {c.benchmark for c in result.claims} == {"BFCL v2", "BFCL v3", "BFCL"}


def test_a_table_score_above_100_on_a_percent_benchmark_is_kept_on_its_own_scale(
    tmp_path: Path,
) -> None:
    # OCRBench is given out of 1000 in one card and in % in another: both are kept, each
    # compared only with values on its own scale, and they never contradict each other.
    (tmp_path / "a.md").write_text(
        "| Model | MMMU | OCRBench |\n|---|---|---|\n| GLM-4V-9B | 47.2 | 786 |\n"
    )
    (tmp_path / "b.md").write_text("GLM-4V-9B reaches 78.6% on OCRBench.\n")
    (tmp_path / "c.md").write_text("In prose, GLM-4V-9B was released in 2024 after OCRBench.\n")
    report = scan([tmp_path])
    found = {(c.benchmark, c.value, c.unit) for c in report.claims}
    assert found == {("MMMU", 47.2, "%"), ("OCRBench", 786.0, "points"), ("OCRBench", 78.6, "%")}
    assert not [f for f in report.conflicts if f.kind == "contradiction"]


def test_rivals_whole_numbers_written_with_a_point_claim_no_tenths(tmp_path: Path) -> None:
    # A vendor's row quotes rivals as "85.0", "86.0" beside its own "80.6": the rivals' card
    # says 85.3, which rounds to 85. A row all in ".0" is the source's own rounding: its
    # 42.0 against 43.0 elsewhere stays a contradiction.
    (tmp_path / "vendor.md").write_text(
        "| Benchmark | o3 | Kestrel-7 | Lumen 4 | Nova 2 | Sable-2 | Sable-2 Air |\n"
        "|---|---|---|---|---|---|---|\n"
        "| MMLU-Pro | 85.0 | 86.0 | 87.0 | 84.0 | 80.6 | 81.1 |\n"
        "| HiddenMath | 42.0 | 51.0 | 56.0 | 12.0 | 15.0 | 8.0 |\n"
    )
    (tmp_path / "rival.md").write_text(
        "| Benchmark | o3 |\n|---|---|\n| MMLU-Pro | 85.3 |\n| HiddenMath | 43.0 |\n"
    )
    report = scan([tmp_path])
    contradictions = {(f.model, f.benchmark) for f in report.conflicts if f.kind == "contradiction"}
    assert contradictions == {("OpenAI o3", "HiddenMath")}


def test_prose_repeating_a_starred_cell_keeps_its_condition(tmp_path: Path) -> None:
    # The report's prose repeats the sandbox row without saying so; the rival's card gives
    # the public figure. Public 49.2 against sandbox 46.2 is no contradiction.
    (tmp_path / "report.md").write_text(
        "| Benchmark | Sable-2 | Kestrel-7 |\n|---|---|---|\n"
        "| SWE-bench Verified | 47.0 | 49.2 |\n| SWE-bench Verified* | 47.0 | 46.2 |\n\n"
        "\\* Run in our internal sandbox.\n\n"
        "Kestrel-7 drops from 49.2% to 46.2% on SWE-bench Verified.\n"
    )
    (tmp_path / "card.md").write_text("Kestrel-7 scores 49.2% on SWE-bench Verified.\n")
    report = scan([tmp_path])
    repeated = {
        (c.value, tuple(c.qualifiers.items())) for c in report.claims if c.model == "Kestrel-7"
    }
    assert (46.2, (("scaffold", "custom"),)) in repeated
    assert not [f for f in report.conflicts if f.severity == "error"]


def test_a_score_table_takes_the_model_its_nearest_heading_names() -> None:
    text = (
        "# Mistral Nemo Instruct 2407\n\nAn instruction-tuned model.\n\n"
        "## Benchmark performance\n\n| Benchmark | Score |\n|---|---|\n"
        "| HellaSwag (0-shot) | 83.5% |\n| MMLU (5-shot) | 68.0% |\n"
        "\n## Mistral Nemo Instruct 2407 vs Llama 3.1 8B\n\n"
        "| Benchmark | Score |\n|---|---|\n| MMLU | 66.7 |\n"
    )
    result = extract_document(doc(text), default())
    found = {(c.model, c.benchmark, c.value.value) for c in result.claims if not c.ambiguous}
    # The second table sits under a heading naming two models: whose scores is not said.
    assert found == {
        ("Mistral Nemo Instruct 2407", "HellaSwag", 83.5),
        ("Mistral Nemo Instruct 2407", "MMLU", 68.0),
    }


def test_spanning_family_header_over_a_row_of_sizes_and_an_instruct_caption() -> None:
    # Gemma 3's report: family names span their sizes; the caption says the models are the
    # instruction-tuned ones, so "Gemma 3 27B" there is Gemma 3 27B IT (an API model named
    # without a size is left alone).
    text = (
        '**Table 6**: "Performance of instruction fine-tuned (IT) models on zero-shot '
        'benchmarks."\n\n'
        "|          | Gemini 1.5 |      | Gemma 3 |      |\n|---|---|---|---|---|\n"
        "|          | Flash      | Pro  | 4B      | 27B  |\n"
        "| MMLU-Pro | 67.3       | 75.8 | 43.6    | 67.5 |\n"
    )
    result = extract_document(doc(text), default())
    assert {(c.model, c.benchmark, c.value.value) for c in result.claims} == {
        ("Gemini 1.5 Flash", "MMLU-Pro", 67.3),
        ("Gemini 1.5 Pro", "MMLU-Pro", 75.8),
        ("Gemma 3 4B IT", "MMLU-Pro", 43.6),
        ("Gemma 3 27B IT", "MMLU-Pro", 67.5),
    }


def test_a_pretrained_caption_leaves_a_bare_base_name_bare() -> None:
    text = (
        "Table 2: pre-trained base models.\n\n"
        "| Benchmark | Llama-3-8B | Llama-3-8B-Instruct |\n|---|---|---|\n| MMLU | 66.6 | 68.4 |\n"
    )
    result = extract_document(doc(text), default())
    assert {c.model for c in result.claims} == {"Llama-3-8B", "Llama-3-8B-Instruct"}


def test_condition_columns_under_a_heading_naming_one_model_are_its_modes() -> None:
    text = (
        "# Claude 3.7 Sonnet\n\n## Benchmarks\n\n"
        "| Benchmark | Standard | Extended Thinking |\n|---|---|---|\n"
        "| SWE-bench Verified | 62.3% | 70.3% |\n| MMLU | 86.1% | — |\n"
    )
    result = extract_document(doc(text), default())
    assert {(c.model, c.value.value, c.qualifiers.get("mode")) for c in result.claims} == {
        ("Claude 3.7 Sonnet", 62.3, "standard"),
        ("Claude 3.7 Sonnet", 70.3, "thinking"),
        ("Claude 3.7 Sonnet", 86.1, "standard"),
    }


def test_scores_on_two_problem_windows_are_no_contradiction(tmp_path: Path) -> None:
    # The GLM-4.5 report runs LiveCodeBench on 2407-2501 and says so once, in a sentence;
    # the MiniMax-M1 report on 24/8~25/5. The same model's two figures are two test sets.
    (tmp_path / "glm.md").write_text(
        "Sable-2 reaches 72.9% on LiveCodeBench (2407-2501).\n\n"
        "| Model | LiveCodeBench |\n|---|---|\n| Orrin-3 | 63.6 |\n"
    )
    (tmp_path / "minimax.md").write_text(
        "| Model | LiveCodeBench (24/8~25/5) |\n|---|---|\n| Orrin-3 | 56.6 |\n"
    )
    report = scan([tmp_path])
    assert not [k for k in report.conflicts if k.kind == "contradiction"]
    # Without the windows, the same figures contradict.
    (tmp_path / "glm.md").write_text("| Model | LiveCodeBench |\n|---|---|\n| Orrin-3 | 63.6 |\n")
    (tmp_path / "minimax.md").write_text(
        "| Model | LiveCodeBench |\n|---|---|\n| Orrin-3 | 56.6 |\n"
    )
    report = scan([tmp_path])
    assert [k.model for k in report.conflicts if k.kind == "contradiction"] == ["Orrin-3"]
