"""Cards and mirrors of one model family (issue 10): a mode in a model column's brackets,
category rows over tool benchmarks, decimal commas in cells, a family word the table leaves
out, year-month releases, EvalPlus benchmarks and pass@k in prose. Each row is a document as
written and the exact records it must give."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import api
from tests.records import Row, records

THINK = (("mode", "thinking"),)
NO_THINK = (("mode", "non-thinking"),)
PARALLEL = "parallel test-time compute"

CASES: list[tuple[str, str, set[Row]]] = [
    (
        "a mode in a model column's brackets is the column's mode; a category row is no tools",
        "| Benchmark | Corvid 4.0 1.2B (Reasoning) | Pell 9 (Reasoning) |\n|---|---|---|\n"
        "| **World Knowledge** |\n| MMLU-Redux | 71.5 | 55.6* |\n"
        "| **Agentic Tool Use** |\n| BFCL-v3 | 52.9 | 46.4* |\n",
        {
            ("Corvid 4.0 1.2B", "MMLU-Redux", 71.5, "", (("mode", "thinking"),)),
            ("Pell 9", "MMLU-Redux", 55.6, "", (("mode", "thinking"),)),
            ("Corvid 4.0 1.2B", "BFCL-v3", 52.9, "", (("mode", "thinking"),)),
            ("Pell 9", "BFCL-v3", 46.4, "", (("mode", "thinking"),)),
        },
    ),
    (
        "decimal commas in cells, and the family word a table leaves out",
        "# Mistral-Small-3.2-24B-Instruct-2506\n\n"
        "Es una revisión de Mistral-Small-3.1-24B-Instruct-2503.\n\n"
        "| Modelo | Wildbench v2 | Arena Hard v2 |\n|---|---|---|\n"
        "| Small 3.1 24B Instruct | 55,6 % | 19,56 % |\n"
        "| Small 3.2 24B Instruct | 65,33 % | 43,1 % |\n",
        {
            ("Mistral Small 3.1 24B Instruct", "WildBench v2", 55.6, "", ()),
            ("Mistral Small 3.1 24B Instruct", "Arena-Hard v2", 19.56, "", ()),
            ("Mistral Small 3.2 24B Instruct", "WildBench v2", 65.33, "", ()),
            ("Mistral Small 3.2 24B Instruct", "Arena-Hard v2", 43.1, "", ()),
        },
    ),
    (
        "a year-month release stays in the name; MBPP Plus is not MBPP; Pass@5 is the metric",
        "# CollectionStudio/Mistral-Small-3.2-24B-Instruct-2506\n\n"
        "Mistral-Small-3.2-24B-Instruct-2506 es un modelo de 24B.\n\n"
        "- Código: HumanEval Plus Pass@5 de 92,90 % y MBPP Plus Pass@5 de 78,33 %.\n",
        {
            (
                "Mistral-Small-3.2-24B-Instruct-2506",
                "HumanEval+",
                92.9,
                "pass@5",
                (("pass@k", "5"),),
            ),
            ("Mistral-Small-3.2-24B-Instruct-2506", "MBPP+", 78.33, "pass@5", (("pass@k", "5"),)),
        },
    ),
    (
        "a pair label gives each value of a pair cell its own metric or setting",
        "| Models | MATH-500 (pass@1) | AIME 2024 (pass@1 / cons@64) |\n|---|---|---|\n"
        "| Corvid Deep 32B | 95.7 | 72.1 / **90.0** |\n"
        "| Pell 9 | 94.3 | 66.7 / - |\n",
        {
            ("Corvid Deep 32B", "MATH-500", 95.7, "pass@1", ()),
            ("Corvid Deep 32B", "AIME 2024", 72.1, "pass@1", ()),
            ("Corvid Deep 32B", "AIME 2024", 90.0, "cons@64", ()),
            ("Pell 9", "MATH-500", 94.3, "pass@1", ()),
            ("Pell 9", "AIME 2024", 66.7, "pass@1", ()),
        },
    ),
    (
        "a model column of 'ours / reported' pairs keeps the two figures apart",
        "| Benchmark | Corvid 7 | Pell 9 (ours / reported) |\n|---|---|---|\n"
        "| AIME2024 | 63.3 | 66.7 / 72.6 |\n| MATH500 | 93.0 | 89.8 / 94.3 |\n",
        {
            ("Corvid 7", "AIME 2024", 63.3, "", ()),
            ("Pell 9", "AIME 2024", 66.7, "", (("setting", "ours"),)),
            ("Pell 9", "AIME 2024", 72.6, "", ()),
            ("Corvid 7", "MATH-500", 93.0, "", ()),
            ("Pell 9", "MATH-500", 89.8, "", (("setting", "ours"),)),
            ("Pell 9", "MATH-500", 94.3, "", ()),
        },
    ),
    (
        "an earlier figure is no claim; a model named as a complement is not the subject",
        "# Corvid 3.2 review\n\n"
        "At a glance: Corvid 3.2 came out in June. It refines the tuning of Corvid 3.1. "
        "Arena Hard v2: 43.10% (previously 19.56%). HumanEval Plus: 92.90% (88.99% before).\n",
        {
            ("Corvid 3.2", "Arena-Hard v2", 43.1, "", ()),
            ("Corvid 3.2", "HumanEval+", 92.9, "", ()),
        },
    ),
    (
        "a context length after a benchmark's name is the context it was run at",
        "| Benchmark | Corvid 3B | Pell 9 |\n|---|---|---|\n"
        "| Ruler 32k | 76.35 | 75.93 |\n| RULER 128K | 61.03 | 62.23 |\n",
        {
            ("Corvid 3B", "RULER", 76.35, "", (("context", "32k"),)),
            ("Pell 9", "RULER", 75.93, "", (("context", "32k"),)),
            ("Corvid 3B", "RULER", 61.03, "", (("context", "128k"),)),
            ("Pell 9", "RULER", 62.23, "", (("context", "128k"),)),
        },
    ),
    (
        "an lm-evaluation-harness table: the heading's model, shots, filter, a fraction read",
        "# Mistral-Small-2506-FP8\n\n```\n"
        "|Tasks|Version|     Filter     |n-shot|  Metric   |   |Value |   |Stderr|\n"
        "|-----|------:|----------------|-----:|-----------|---|-----:|---|-----:|\n"
        "|gsm8k|      3|flexible-extract|     5|exact_match|↑  |0.8923|±  |0.0085|\n"
        "|     |       |strict-match    |     5|exact_match|↑  |0.8886|±  |0.0087|\n```\n",
        {
            (
                "Mistral-Small-2506-FP8",
                "GSM8K",
                89.23,
                "exact_match",
                (("setting", "flexible-extract"), ("shots", "5-shot")),
            ),
            (
                "Mistral-Small-2506-FP8",
                "GSM8K",
                88.86,
                "exact_match",
                (("setting", "strict-match"), ("shots", "5-shot")),
            ),
        },
    ),
    (
        "a newer harness table joins metric and filter; its stderr and alias rows are no scores",
        "# Llama-3-8B-Instruct-AWQ\n\n"
        "|    Task     |Version|       Metric       |    Value    |   |Stderr|\n"
        "|-------------|------:|--------------------|-------------|---|------|\n"
        "|arc_challenge|      1|acc,none            |         0.59|   |      |\n"
        "|             |       |acc_stderr,none     |         0.01|   |      |\n"
        "|             |       |alias               |arc_challenge|   |      |\n",
        {("Llama-3-8B-Instruct-AWQ", "ARC-Challenge", 59.0, "acc", ())},
    ),
    (
        "a model column headed in Korean; a tier word is no mode; '(v5)' is the version",
        "| 모델 | AIME24 pass@1 | Livecodebench (v5) |\n|---|---|---|\n"
        "| Magistral Medium | 73.59% | 59.36% |\n| Magistral Small | 70.68% | 55.84% |\n",
        {
            ("Magistral Medium", "AIME 2024", 73.59, "pass@1", ()),
            ("Magistral Medium", "LiveCodeBench v5", 59.36, "", ()),
            ("Magistral Small", "AIME 2024", 70.68, "pass@1", ()),
            ("Magistral Small", "LiveCodeBench v5", 55.84, "", ()),
        },
    ),
    (
        "a Chinese table: a protocol column, 'score' in the header, the edition in the cell",
        "| 模型 | 报法口径 | AIME 分数 |\n|---|---|---|\n"
        "| OpenAI o1 | cons@64 | 83.3%（2024） |\n"
        "| Grok 3 mini（思考） | 高测试时计算 | 95.8%（2024） |\n"
        "| Grok 3 mini（非思考） | pass@1 | 39.7%（2025） |\n",
        {
            ("OpenAI o1", "AIME 2024", 83.3, "cons@64", ()),
            ("Grok 3 mini", "AIME 2024", 95.8, "", (("mode", "thinking"),)),
            ("Grok 3 mini", "AIME 2025", 39.7, "pass@1", (("mode", "non-thinking"),)),
        },
    ),
    (
        "a spec word after a benchmark's dash is its setting, not a spec row",
        "| Benchmark | Phi-4 | GPT-4o |\n|---|---|---|\n"
        "| Kitab — no context, recall | 8.2 | 20.3 |\n| Context length | 16K | 128K |\n",
        {
            ("Phi-4", "Kitab - no context, recall", 8.2, "", ()),
            ("GPT-4o", "Kitab - no context, recall", 20.3, "", ()),
        },
    ),
    (
        "a benchmark heading over a table whose rows are settings: the document's model",
        "# Llama-3.1-Nemotron-Nano-8B-v1\n\n## Evaluation Results\n\n### MATH500\n\n"
        "| Reasoning Mode | pass@1 |\n|--------------|------------|\n"
        "| Reasoning Off | 36.6% |\n| Reasoning On | 95.4% |\n",
        {
            ("Llama-3.1-Nemotron-Nano-8B-v1", "MATH-500", 36.6, "pass@1", NO_THINK),
            ("Llama-3.1-Nemotron-Nano-8B-v1", "MATH-500", 95.4, "pass@1", THINK),
        },
    ),
    (
        "a 'Metric' column of benchmarks with their shots labels the rows under category rows",
        "| Category | Metric | Granite-4.0-h-Small |\n|---|---|---|\n"
        "| **General Tasks** |  |  |\n|  | MMLU (5-shot) | 78.44 |\n"
        "|  | BBH (3-shot, CoT) | 81.62 |\n",
        {
            ("Granite-4.0-h-Small", "MMLU", 78.44, "", (("shots", "5-shot"),)),
            ("Granite-4.0-h-Small", "BIG-Bench Hard", 81.62, "", (("shots", "3-shot"),)),
        },
    ),
    (
        "a column that shortens the document's model name, with an architecture word",
        "# Granite-4.0-H-Tiny\n\nGranite-4.0-H-Tiny is a small hybrid model.\n\n"
        "| Benchmarks | Metric | H Tiny MoE | Pell 9 |\n|---|---|---|---|\n"
        "| MMLU | 5-shot | 68.65 | 60.1 |\n",
        {
            ("Granite-4.0-H-Tiny", "MMLU", 68.65, "", (("shots", "5-shot"),)),
            ("Pell 9", "MMLU", 60.1, "", (("shots", "5-shot"),)),
        },
    ),
    (
        "an eval pipeline's summary: title benchmark, heading model and mode, counts no scores",
        "# Reproducing Llama-Corvid-49B Evals\n\n[eval command for livecodebench:16 trimmed.]\n\n"
        "#### Results (Reasoning on)\n\n```\n"
        "--------------- hle ---------------\n"
        "evaluation_mode | num_entries | avg_tokens | judge_correct | symbolic_correct"
        " | no_answer\n"
        "pass@1[avg-of-16] | 2158 | 12111 | 7.75% | 2.40% | 64.13%\n"
        "majority@16 | 2158 | 12111 | 4.31% | 3.43% | 49.91%\n\n"
        "--------------- scicode ---------------\n"
        "evaluation_mode   | gen_seconds | problem_accuracy | subtask_accuracy | num_problems\n"
        "pass@16           | 69963       | 7.69%            | 40.97%           | 65\n\n"
        "------- bfcl_v3 -------\n"
        "| Category         | num_entries | accuracy |\n|---|---|---|\n"
        "| overall_accuracy | 4441        | 72.64%   |\n| live_ast | 1351 | 82.68% |\n```\n",
        {
            ("Llama-Corvid-49B", "Humanity's Last Exam", 7.75, "pass@1", THINK),
            ("Llama-Corvid-49B", "Humanity's Last Exam", 4.31, "majority@16", THINK),
            (
                "Llama-Corvid-49B",
                "Humanity's Last Exam",
                2.4,
                "pass@1",
                (("mode", "thinking"), ("setting", "symbolic_correct")),
            ),
            (
                "Llama-Corvid-49B",
                "Humanity's Last Exam",
                3.43,
                "majority@16",
                (("mode", "thinking"), ("setting", "symbolic_correct")),
            ),
            ("Llama-Corvid-49B", "scicode", 7.69, "pass@16", THINK),
            ("Llama-Corvid-49B", "scicode subtask_accuracy", 40.97, "pass@16", THINK),
            ("Llama-Corvid-49B", "bfcl v3", 72.64, "", THINK),
            ("Llama-Corvid-49B", "bfcl_v3 live_ast", 82.68, "", THINK),
        },
    ),
    (
        "table cells a PDF conversion flattened into a line are nobody's claims",
        "# Llama-Corvid-49B report\n\n"
        "Task LN-Corvid Llama-3.3 70B-Instruct on | off\n\n"
        "MMLU 88.1 81.4 88.6 MATH500 80.4 | 73.6 69.6 HumanEval − | − 84.1\n\n"
        "Llama-Corvid-49B scores 85.2 on GPQA.\n",
        {("Llama-Corvid-49B", "GPQA", 85.2, "", ())},
    ),
    (
        "a heading that is only a benchmark's version names the table's benchmark",
        "# Llama-Corvid-8B\n\n### BFCL v2 Live\n\n| Reasoning Mode | Score |\n|---|---|\n"
        "| Reasoning Off | 63.9% |\n| Reasoning On | 63.6% |\n\n"
        "### GPQA-D\n\n| Reasoning Mode | pass@1 |\n|---|---|\n| Reasoning On | 54.1% |\n",
        {
            ("Llama-Corvid-8B", "BFCL v2", 63.9, "", (*NO_THINK, ("setting", "bfcl v2 (score)"))),
            ("Llama-Corvid-8B", "BFCL v2", 63.6, "", (*THINK, ("setting", "bfcl v2 (score)"))),
            ("Llama-Corvid-8B", "GPQA Diamond", 54.1, "pass@1", THINK),
        },
    ),
    (
        "a table cell that repeats a figure the prose gives with its budget has that budget",
        "# Llama-Corvid-70B\n\nLlama-Corvid-70B reaches 68.9 on GPQA Diamond with a 16K-token "
        "reasoning budget. Without the budget, Llama-Corvid-70B scores 64.5 on GPQA Diamond.\n\n"
        "| Model | GPQA-D |\n|---|---|\n| Llama-Corvid-70B | 68.9 |\n",
        {
            ("Llama-Corvid-70B", "GPQA Diamond", 68.9, "", (("budget", "16k"),)),
            ("Llama-Corvid-70B", "GPQA Diamond", 64.5, "", ()),
        },
    ),
    (
        "a bare benchmark the same model also scores under a version, differently, is apart",
        "| Benchmark | n-shot | Corvid 3n IT |\n|---|---|---|\n"
        "| [LiveCodeBench][lcb] v5 | 0-shot | 18.6 |\n| [LiveCodeBench][lcb] | 0-shot | 13.2 |\n"
        "| [OpenAI MMLU][openai-mmlu] | 0-shot | 22.3 |\n| [MMLU][mmlu] (ProX) | 0-shot | 8.1 |\n",
        {
            ("Corvid 3n IT", "LiveCodeBench v5", 18.6, "", (("shots", "0-shot"),)),
            ("Corvid 3n IT", "LiveCodeBench", 13.2, "", (("shots", "0-shot"),)),
            ("Corvid 3n IT", "MMMLU", 22.3, "", (("shots", "0-shot"),)),
            ("Corvid 3n IT", "MMLU-ProX", 8.1, "", (("shots", "0-shot"),)),
        },
    ),
    (
        "a column that is a size and a variant is the document's family at that size",
        "This build holds Gemma 7n E4B for the usual tool chain.\n\n"
        "| Benchmark | n-shot | E2B IT | E4B IT |\n|---|---|---|---|\n"
        "| MMLU | 0-shot | 60.1 | 64.9 |\n",
        {
            ("Gemma 7n E2B IT", "MMLU", 60.1, "", (("shots", "0-shot"),)),
            ("Gemma 7n E4B IT", "MMLU", 64.9, "", (("shots", "0-shot"),)),
        },
    ),
    (
        "a leaderboard cell with the maker under the model's name",
        "<table><tr><th>Rank</th><th>Model</th><th>MMLU</th></tr>"
        "<tr><td>1</td><td><div>Llama 9.1 8B</div><div>Meta</div></td><td>79.5</td></tr>"
        "</table>\n",
        {("Llama 9.1 8B", "MMLU", 79.5, "", ())},
    ),
    (
        "columns that are a benchmark's metrics under a heading naming the benchmark",
        "# Llama-Corvid-8B\n\n### IFEval Average\n\n"
        "| Reasoning Mode | Strict:Prompt | Strict:Instruction |\n|---|---|---|\n"
        "| Reasoning Off | 74.7% | 82.1% |\n",
        {
            ("Llama-Corvid-8B", "IFEval", 74.7, "prompt strict", NO_THINK),
            ("Llama-Corvid-8B", "IFEval", 82.1, "inst strict", NO_THINK),
        },
    ),
    (
        "a table a scrape wrote one cell a line, a section row among its rows",
        "Scores of pretrained models.\n\nModel\n\nARC\n\nPIQA\n\nFully Open Models\n\n"
        "Corvid-8B\n\n72.7\n\n79.8\n\nCorvid-70B\n\n70.6\n\n81.9\n\n"
        "Open-Weight Models\n\nPell-9B\n\n68.6\n\n77.7\n\nThe end of the table.\n",
        {
            ("Corvid-8B", "ARC", 72.7, "", ()),
            ("Corvid-8B", "PIQA", 79.8, "", ()),
            ("Corvid-70B", "ARC", 70.6, "", ()),
            ("Corvid-70B", "PIQA", 81.9, "", ()),
            ("Pell-9B", "ARC", 68.6, "", ()),
            ("Pell-9B", "PIQA", 77.7, "", ()),
        },
    ),
    (
        "a table copied with one space between cells: metric and shots stay with the label",
        "# Corvid 3n\n\nPre-trained results.\n\n"
        "Benchmark Metric n-shot E2B PT E4B PT\n"
        "HellaSwag Accuracy 10-shot 72.2 78.6\n"
        "BoolQ Accuracy 0-shot 76.4 81.6\n"
        "DROP Token F1 score 1-shot 53.9 60.8\n",
        {
            ("E2B PT", "HellaSwag", 72.2, "acc", (("shots", "10-shot"),)),
            ("E4B PT", "HellaSwag", 78.6, "acc", (("shots", "10-shot"),)),
            ("E2B PT", "BoolQ", 76.4, "acc", (("shots", "0-shot"),)),
            ("E4B PT", "BoolQ", 81.6, "acc", (("shots", "0-shot"),)),
            ("E2B PT", "DROP", 53.9, "f1", (("shots", "1-shot"),)),
            ("E4B PT", "DROP", 60.8, "f1", (("shots", "1-shot"),)),
        },
    ),
    (
        "a spaced row whose label ends in a version keeps it; rows of specs are no scores",
        "Benchmark Corvid-8B Pell-9B\nTerminal-Bench 2.0 59.0 61.2\nGPQA Diamond 70.1 68.4\n\n"
        "Spec Corvid-8B Pell-9B\nContext window 128 256\nDownload size 16 18\n",
        {
            ("Corvid-8B", "Terminal-Bench 2.0", 59.0, "", ()),
            ("Pell-9B", "Terminal-Bench 2.0", 61.2, "", ()),
            ("Corvid-8B", "GPQA Diamond", 70.1, "", ()),
            ("Pell-9B", "GPQA Diamond", 68.4, "", ()),
        },
    ),
    (
        "a harness named before the metric in a Metric cell is the row's setting",
        "| Benchmark | Metric | Corvid-8B | Pell-9B |\n|---|---|---|---|\n"
        "| TerminalBench | Inhouse Framework (Acc) | 30.0 | 8.3 |\n"
        "| TerminalBench | Terminus (Acc) | 25.0 | 30.3 |\n",
        {
            ("Corvid-8B", "Terminal-Bench", 30.0, "acc", (("setting", "inhouse framework"),)),
            ("Pell-9B", "Terminal-Bench", 8.3, "acc", (("setting", "inhouse framework"),)),
            ("Corvid-8B", "Terminal-Bench", 25.0, "acc", (("setting", "terminus"),)),
            ("Pell-9B", "Terminal-Bench", 30.3, "acc", (("setting", "terminus"),)),
        },
    ),
    (
        "under a base-model heading a family whose bare name is its chat model needs no size",
        "### Base Model\n\n| Benchmark | GLM-4.5 | Pell-9B |\n|---|---|---|\n"
        "| MMLU | 87.5 | 80.1 |\n",
        {
            ("GLM-4.5 Base", "MMLU", 87.5, "", ()),
            ("Pell-9B", "MMLU", 80.1, "", ()),
        },
    ),
    (
        "a Chinese paragraph saying the table is of pre-trained models",
        "## 评测\n\n以下为预训练模型的评测结果。\n\n| Benchmark | Qwen3-32B | Pell-9B |\n"
        "|---|---|---|\n| MMLU | 83.6 | 80.1 |\n",
        {
            ("Qwen3-32B Base", "MMLU", 83.6, "", ()),
            ("Pell-9B", "MMLU", 80.1, "", ()),
        },
    ),
    (
        "a figure stated once with its conditions means them where it is repeated bare",
        "# Corvid K2\n\nCorvid K2 reaches 71.6% on SWE-bench Verified.\n\n"
        "- 71.6% SWE-bench Verified (Corvid K2, using parallel test-time compute)\n\n"
        "| Benchmark | Corvid K2 |\n|---|---|\n| SWE-bench Verified | 71.6% |\n",
        {("Corvid K2", "SWE-bench Verified", 71.6, "", (("scaffold", PARALLEL),))},
    ),
    (
        "prose that shortens GPQA Diamond to GPQA means the edition the article names",
        '# Corvid 4\n\nCorvid 4 scores 88.1% on GPQA Diamond. "We think 88 percent on GPQA is '
        'the floor," its maker says.\n\n| Model | GPQA |\n|---|---|\n| Pell-9B | 60.2 |\n',
        {
            ("Corvid 4", "GPQA Diamond", 88.1, "", ()),
            ("Corvid 4", "GPQA Diamond", 88.0, "", ()),
            ("Pell-9B", "GPQA", 60.2, "", ()),
        },
    ),
    (
        "a changelog's version heading names the release its items are about",
        "# Changelog\n\nRelease notes; the latest release is Mira v3.1 mini.\n\n"
        "## v3.1 — 2026-03-12\n\n- GPQA Diamond: 67.1 → 71.3\n\n"
        "## v3.0 — 2025-12-02\n\n- First release of the 3.x line: GPQA Diamond 66.4\n",
        {
            ("Mira v3.1 mini", "GPQA Diamond", 71.3, "", ()),
            ("Mira v3.0 mini", "GPQA Diamond", 66.4, "", ()),
        },
    ),
    (
        "a heading naming a release of the model a column names bare gives the table its variant",
        "## Corvid-H1-7B-Instruct\n\n| Tasks | Corvid-H1-7B | Llama3.1-8B | Qwen3-8B |\n"
        "|---|---|---|---|\n| MMLU | 76.8 | 68.1 | 71.2 |\n",
        {
            ("Corvid-H1-7B Instruct", "MMLU", 76.8, "", ()),
            ("Llama3.1-8B Instruct", "MMLU", 68.1, "", ()),
            ("Qwen3-8B", "MMLU", 71.2, "", ()),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_family_card(tmp_path: Path, text: str, expected: set[Row]) -> None:
    assert records(tmp_path, text, "card.md") == expected


def test_stacked_table_values_keep_their_own_lines(tmp_path: Path) -> None:
    (tmp_path / "scrape.txt").write_text(
        "Model\nARC\nPIQA\nCorvid-8B\n72.7\n79.8\nCorvid-70B\n70.6\n81.9\n", encoding="utf-8"
    )
    lines = {(c.model, c.benchmark): c.line for c in api.scan([tmp_path]).claims}
    assert lines == {
        ("Corvid-8B", "ARC"): 5,
        ("Corvid-8B", "PIQA"): 6,
        ("Corvid-70B", "ARC"): 8,
        ("Corvid-70B", "PIQA"): 9,
    }


def test_a_leaderboard_page_table_takes_its_benchmark_from_the_headings(tmp_path: Path) -> None:
    # An HTML page: "<h1>Humanity's Last Exam</h1>", then a section heading, then a table
    # whose only value column is "Score"; the model cells carry a site's glued badges.
    (tmp_path / "board.html").write_text(
        "<html><body><h1>Humanity's Last Exam</h1><p>The hardest questions.</p>"
        "<h2>Top Models Performance Comparison</h2><table><thead><tr><th>#</th><th>Model</th>"
        "<th>Score</th><th>Date</th></tr></thead><tbody>"
        "<tr><td>1</td><td>Corvid 4API Corvus</td><td>38.3</td><td></td></tr>"
        "<tr><td>2</td><td>o1 OpenAI</td><td>8</td><td></td></tr>"
        "<tr><td>3</td><td>Pell-R1Open Source Pellar</td><td>8.5</td><td></td></tr>"
        "</tbody></table></body></html>",
        encoding="utf-8",
    )
    got = {(c.model, c.benchmark, c.value) for c in api.scan([tmp_path]).claims}
    assert got == {
        ("Corvid 4 Corvus", "Humanity's Last Exam", 38.3),
        ("OpenAI o1", "Humanity's Last Exam", 8.0),
        ("Pell-R1 Pellar", "Humanity's Last Exam", 8.5),
    }
