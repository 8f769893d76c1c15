"""Vision-language model cards and pages that quote them (issue 10): a heading that names a
benchmark over a table of its sub-tasks, a model label whose brackets state a setting under
columns that state another, entities and minus signs in headers, scraped cells. Each case is
a document as written and the exact records it must give."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import api
from tests.records import records

Row = tuple[str, str, float, tuple[tuple[str, str], ...]]

CASES: list[tuple[str, str, set[Row]]] = [
    (
        "sub-task rows under a heading naming the benchmark are its parts; Overall is the whole",
        "### BLINK: fourteen perception tasks\n\n"
        "| Benchmark | Corvid-V 4B | GPT-4o |\n|---|---|---|\n"
        "| Art Style | 87.2 | 62.4 |\n| Counting | 54.2 | 56.7 |\n"
        "| Multi-View Reasoning | 54.1 | 46.6 |\n"
        "| **Overall** | **57.0** | **53.1** |\n",
        {
            ("Corvid-V 4B", "BLINK Art Style", 87.2, ()),
            ("GPT-4o", "BLINK Art Style", 62.4, ()),
            ("Corvid-V 4B", "BLINK Counting", 54.2, ()),
            ("GPT-4o", "BLINK Counting", 56.7, ()),
            # A topic word ends a part's name: never "BLINK Multi-View".
            ("Corvid-V 4B", "BLINK Multi-View Reasoning", 54.1, ()),
            ("GPT-4o", "BLINK Multi-View Reasoning", 46.6, ()),
            ("Corvid-V 4B", "BLINK", 57.0, ()),
            ("GPT-4o", "BLINK", 53.1, ()),
        },
    ),
    (
        "a part's bracket stays its setting",
        "### Video-MME: long-video understanding\n\n"
        "| Benchmark | Corvid-V 4B | GPT-4o |\n|---|---|---|\n"
        "| short (<2min) | 60.8 | 77.7 |\n| long (30-60min) | 43.8 | 59.6 |\n"
        "| Overall | 50.8 | 68.4 |\n",
        {
            ("Corvid-V 4B", "Video-MME short", 60.8, (("setting", "<2min"),)),
            ("Corvid-V 4B", "Video-MME long", 43.8, (("setting", "30-60min"),)),
            ("Corvid-V 4B", "Video-MME", 50.8, ()),
            ("GPT-4o", "Video-MME short", 77.7, (("setting", "<2min"),)),
            ("GPT-4o", "Video-MME long", 59.6, (("setting", "30-60min"),)),
            ("GPT-4o", "Video-MME", 68.4, ()),
        },
    ),
    (
        "rows that are benchmarks of their own stay so under a heading naming one of them",
        "### MMMU and the rest\n\n"
        "| Benchmark | Corvid-V 4B |\n|---|---|\n"
        "| MMMU | 43.0 |\n| MathVista | 43.9 |\n| Average | 43.5 |\n",
        {
            ("Corvid-V 4B", "MMMU", 43.0, ()),
            ("Corvid-V 4B", "MathVista", 43.9, ()),
        },
    ),
    (
        "an HTML entity or a minus sign in a header is a dash: MMB and MMB-CN stay apart",
        "| Model | MMB<br>(test) | MMB&minus;CN<br>(test) | MMB−CN (dev) |\n|---|---|---|---|\n"
        "| GPT-4V | 77.0 | 73.9 | 74.1 |\n",
        {
            ("GPT-4V", "MMBench", 77.0, (("setting", "test"),)),
            ("GPT-4V", "MMBench-CN", 73.9, (("setting", "test"),)),
            ("GPT-4V", "MMBench-CN", 74.1, (("setting", "dev"),)),
        },
    ),
    (
        "a hyperparameter table holds no scores",
        "| Hyperparameter | Global Batch Size | Learning rate | Epochs | Weight decay |\n"
        "|---|---|---|---|---|\n| InternVL-Chat-V1.2 | 512 | 1e-5 | 1 | 0.05 |\n",
        set(),
    ),
    (
        "a scrape that ends each stacked cell with a pipe, a value with its shots in brackets",
        "模型 |\nDBRX Instruct |\nGPT-4o |\nMMLU |\n73.7% |\n88.7% |\n"
        "GSM8K |\n66.9% (8-shot) |\n92.9% |\nHumanEval |\n70.1% |\n90.2% |\n",
        {
            ("DBRX Instruct", "MMLU", 73.7, ()),
            ("GPT-4o", "MMLU", 88.7, ()),
            ("DBRX Instruct", "GSM8K", 66.9, (("shots", "8-shot"),)),
            ("GPT-4o", "GSM8K", 92.9, ()),
            ("DBRX Instruct", "HumanEval", 70.1, ()),
            ("GPT-4o", "HumanEval", 90.2, ()),
        },
    ),
    (
        "a Markdown table printed on one line is read row by row",
        "The piece gives this snapshot:\n"
        "| Benchmark | Corvid-V 12B | GPT-4o mini | |---|---|---| | MathVista | 58.0% | ~60% | "
        "| DocVQA | 90.7% | 91.2% |\nIt puts Corvid-V 12B at 82.7% on AI2D.\n",
        {
            ("Corvid-V 12B", "MathVista", 58.0, ()),
            ("GPT-4o mini", "MathVista", 60.0, ()),
            ("Corvid-V 12B", "DocVQA", 90.7, ()),
            ("GPT-4o mini", "DocVQA", 91.2, ()),
            ("Corvid-V 12B", "AI2D", 82.7, ()),
        },
    ),
    (
        "a model's bracketed setting and the column's setting both hold",
        "### MMMU Scores\n\n| Model | Overall<br>(Val) | Overall<br>(Dev) |\n|---|---|---|\n"
        "| Corvid-V (detail: low) | 53.8 | 52.7 |\n| Pell-VL-13B (LoRA) | 35.1 | 43.3 |\n"
        "| Pell-VL-13B | 36.8 | 42.0 |\n",
        {
            ("Corvid-V", "MMMU", 53.8, (("setting", "detail: low; val"),)),
            ("Corvid-V", "MMMU", 52.7, (("setting", "detail: low; dev"),)),
            ("Pell-VL-13B", "MMMU", 35.1, (("setting", "lora; val"),)),
            ("Pell-VL-13B", "MMMU", 43.3, (("setting", "lora; dev"),)),
            ("Pell-VL-13B", "MMMU", 36.8, ()),  # "val" is the split MMMU figures are on
            ("Pell-VL-13B", "MMMU", 42.0, (("setting", "dev"),)),
        },
    ),
    (
        "a column naming the model's language model is never the row's model",
        "| Model | Base LLM | Visual Tokens | MMB | MathVista |\n|---|---|---|---|---|\n"
        "| Corvid-V-8B | LLaMA3-8B | 576 | 75.9 | 49.0 |\n"
        "| Corvid-V-13B | Vicuna-1.5-13B | 576 | 75.7 | 48.0 |\n",
        {
            ("Corvid-V-8B", "MMBench", 75.9, ()),
            ("Corvid-V-8B", "MathVista", 49.0, ()),
            ("Corvid-V-13B", "MMBench", 75.7, ()),
            ("Corvid-V-13B", "MathVista", 48.0, ()),
        },
    ),
    (
        "one name over several language models: each row is the name built on its LLM; a "
        "schedule telling two rows of one name apart is each row's setting",
        "| Version | LLM | Schedule | MMMU |\n|---|---|---|---|\n"
        "| Corvid-1.6 | Vicuna-7B | full_ft-1e | 35.8 |\n"
        "| Corvid-1.6 | Mistral-7B | full_ft-1e | 35.3 |\n"
        "| Corvid-1.5 | 13B | full_ft-1e | 36.4 |\n| Corvid-1.5 | 13B | lora-1e | 36.3 |\n",
        {
            ("Corvid-1.6-Vicuna-7B", "MMMU", 35.8, (("setting", "full_ft-1e"),)),
            ("Corvid-1.6-Mistral-7B", "MMMU", 35.3, (("setting", "full_ft-1e"),)),
            ("Corvid-1.5-13B", "MMMU", 36.4, (("setting", "full_ft-1e"),)),
            ("Corvid-1.5-13B", "MMMU", 36.3, (("setting", "lora-1e"),)),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_vlm_card(tmp_path: Path, text: str, expected: set[Row]) -> None:
    # The metric aside: these cases check model, benchmark, value and conditions.
    got = {(m, b, v, quals) for m, b, v, _, quals in records(tmp_path, text)}
    assert got == expected


def test_a_fine_tune_row_is_never_compared_with_its_base_model(tmp_path: Path) -> None:
    (tmp_path / "board.md").write_text(
        "### MMMU Scores\n\n| Model | Overall<br>(Val) |\n|---|---|\n"
        "| Pell-VL-13B (LoRA, XTuner) | 35.1 |\n| Corvid-V (detail: low) | 53.8 |\n",
        encoding="utf-8",
    )
    (tmp_path / "card.md").write_text(
        "| Model | MMMU (val) |\n|---|---|\n| Pell-VL-13B | 36.8 |\n| Corvid-V | 56.8 |\n",
        encoding="utf-8",
    )
    report = api.scan([tmp_path])
    assert {c.benchmark for c in report.claims} == {"MMMU"}
    assert [c for c in report.conflicts if c.kind == "contradiction"] == []


def _contradictions(tmp_path: Path, docs: dict[str, str]) -> list[tuple[str, str]]:
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = api.scan([tmp_path])
    return [(c.model, c.benchmark) for c in report.conflicts if c.kind == "contradiction"]


def test_a_chain_of_thought_figure_is_never_a_contradiction_of_a_direct_one(
    tmp_path: Path,
) -> None:
    found = _contradictions(
        tmp_path,
        {
            "card.md": "| Benchmark | Corvid-V 12B | GPT-4o |\n|---|---|---|\n"
            "| **ChartQA** *(CoT)* | 81.8 | 85.1 |\n",
            "rival.md": "| Model | ChartQA |\n|---|---|\n| Corvid-V 12B | 72.0 |\n",
        },
    )
    assert found == []


def test_a_benchmarks_standard_chain_of_thought_is_no_condition(tmp_path: Path) -> None:
    # BBH's 3-shot prompts are chains of thought: a card that says so and one that does not
    # report the same setup, and 48.6 against 62.8 is a contradiction.
    found = _contradictions(
        tmp_path,
        {
            "a.md": "| Benchmark | Corvid-8B |\n|---|---|\n| BBH (3 shot, CoT) | 62.8 |\n",
            "b.md": "| Benchmark | Corvid-8B |\n|---|---|\n| BBH (3-shot) | 48.6 |\n",
        },
    )
    assert found == [("Corvid-8B", "BIG-Bench Hard")]


def test_spec_columns_under_a_spanning_spec_header_come_before_the_model_column(
    tmp_path: Path,
) -> None:
    # LLaVA-NeXT's video post: data and "Max Sequence Length" columns (Training / Inference
    # lengths in figures) stand before the Model column; the lengths are no scores.
    page = (
        "<table><thead><tr><th rowspan='2'>Data</th><th colspan='2'>Max Sequence Length</th>"
        "<th rowspan='2'>Model</th><th rowspan='2'>NextQA</th><th rowspan='2'>MMMU</th></tr>"
        "<tr><th>Training</th><th>Inference</th></tr></thead><tbody>"
        "<tr><td>N/A</td><td>4096</td><td>8192</td><td>Corvid-V-7B</td><td>26.7</td>"
        "<td>45.3</td></tr><tr><td>558K</td><td>2048</td><td>4096</td><td>Pell-V-13B</td>"
        "<td>28.0</td><td>49.8</td></tr></tbody></table>"
    )
    got = {(m, b, v) for m, b, v, _, _ in records(tmp_path, page, "page.html")}
    assert got == {
        ("Corvid-V-7B", "NextQA", 26.7),
        ("Corvid-V-7B", "MMMU", 45.3),
        ("Pell-V-13B", "NextQA", 28.0),
        ("Pell-V-13B", "MMMU", 49.8),
    }


def test_mmlu_pro_with_a_chain_of_thought_is_a_condition(tmp_path: Path) -> None:
    # Gemma 3's card first gave "MMLU (Pro)" 43.9, later "MMLU (Pro COT)" 52.2: MMLU-Pro is run
    # both ways, so the two are different setups, never an error; the bracket's "Pro" still
    # names MMLU-Pro.
    for name, text in {
        "new.md": "| Benchmark | n-shot | Corvid 27B PT |\n|---|---|---|\n"
        "| [MMLU][mmlu] (Pro COT) | 5-shot | 52.2 |\n",
        "old.md": "| Benchmark | n-shot | Corvid 27B PT |\n|---|---|---|\n"
        "| MMLU (Pro) | 5-shot | 43.9 |\n",
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = api.scan([tmp_path])
    assert {(c.benchmark, c.value, tuple(sorted(c.qualifiers.items()))) for c in report.claims} == {
        ("MMLU-Pro", 52.2, (("cot", "with"), ("shots", "5-shot"))),
        ("MMLU-Pro", 43.9, (("shots", "5-shot"),)),
    }
    assert [c.severity for c in report.conflicts if c.kind == "contradiction"] in ([], ["warning"])
    assert not [c for c in report.conflicts if c.severity == "error"]


def test_a_vision_model_is_not_its_text_sibling(tmp_path: Path) -> None:
    found = _contradictions(
        tmp_path,
        {
            "vlm.md": "| Benchmark | Phi-3 Vision | GPT-4o |\n|---|---|---|\n"
            "| MMLU (5-shot) | 63.5 | 88.7 |\n",
            "llm.md": "| Benchmark | Phi-3 | GPT-4o |\n|---|---|---|\n"
            "| MMLU (5-shot) | 70.9 | 88.7 |\n",
        },
    )
    assert found == []


def test_emphasis_inside_labels_and_cells_is_markup(tmp_path: Path) -> None:
    (tmp_path / "card.md").write_text(
        "| | Corvid 12B | Gemini-1.5 Flash 8B *(0827)* | *GPT-4o* |\n|---|---|---|---|\n"
        "| **MMMU** | **52.5** | 50.7 | <ins>*68.6*</ins> |\n",
        encoding="utf-8",
    )
    got = {(c.model, c.value) for c in api.scan([tmp_path]).claims}
    assert got == {("Corvid 12B", 52.5), ("Gemini-1.5 Flash 8B (0827)", 50.7), ("GPT-4o", 68.6)}


def test_a_split_after_the_name_is_a_setting_and_the_standard_split_is_none(
    tmp_path: Path,
) -> None:
    # MMMU figures are on its validation split unless a source says "test": "MMMU val" and
    # a bare "MMMU" are one setup, and 65.9 against 52.7 is a contradiction; the test split
    # is another setup, never compared with either.
    found = _contradictions(
        tmp_path,
        {
            "a.md": "| Model | MMMU val | MathVista mini | MMMU test |\n|---|---|---|---|\n"
            "| Claude 3.5 Sonnet | 65.9 | 61.6 | 60.2 |\n",
            "b.md": "| Model | MMMU | MathVista (testmini) |\n|---|---|---|\n"
            "| Claude 3.5 Sonnet | 52.7 | 54.0 |\n",
        },
    )
    assert sorted(found) == [("Claude 3.5 Sonnet", "MMMU"), ("Claude 3.5 Sonnet", "MathVista")]


def test_columns_under_one_spanning_label_are_told_apart_by_the_row_below(
    tmp_path: Path,
) -> None:
    (tmp_path / "eval.html").write_text(
        "<table><thead><tr><th>Model</th><th colspan='2'>Video-MME</th>"
        "<th colspan='2'>Video-ChatGPT</th></tr>"
        "<tr><th></th><th>w/o subs</th><th>w subs</th><th>Correctness</th><th>Detail</th></tr>"
        "</thead><tbody><tr><td>InternVL2-8B</td><td>54.0</td><td>56.9</td><td>3.12</td>"
        "<td>2.95</td></tr></tbody></table>",
        encoding="utf-8",
    )
    report = api.scan([tmp_path])
    got = {(c.benchmark, c.value, tuple(sorted(c.qualifiers.items()))) for c in report.claims}
    assert got == {
        ("Video-MME", 54.0, ()),  # without subtitles: Video-MME's headline setup
        ("Video-MME", 56.9, (("setting", "w subs"),)),
        ("Video-ChatGPT", 3.12, (("setting", "correctness"),)),
        ("Video-ChatGPT", 2.95, (("setting", "detail"),)),
    }
    assert [c.kind for c in report.conflicts if c.kind == "internal"] == []
