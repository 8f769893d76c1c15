"""Tables as vendors' model cards and READMEs write them (issue 10): a category column, a
shots or metric column, shots after a `<br>`, HTML tables inside Markdown, brackets that
name a setting, a snapshot or a release label. Each row is a table as written and the
records it must give; what it must not give is in the same set (the comparison is exact).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from claimcheck.extract.prose import ProseReader
from claimcheck.extract.tables import read_tables
from tests.card_rows import Row, doc, got, r


@dataclass
class Case:
    id: str
    text: str
    expected: set[Row]


CASES = [
    Case(
        "category-column-blank-below-then-benchmark-column",
        "| Category | Benchmark | Phi-3-Mini | Gemma-7B |\n|---|---|---|---|\n"
        "| Reasoning | ARC Challenge <br>10-shot | 86.3 | 78.3 |\n"
        "| | BoolQ <br>0-shot | 78.1 | 66 |\n"
        "| Math | GSM8K CoT <br>8-shot | 85.7 | 59.8 |\n"
        "| **Average** | | **67.6** | **56.0** |\n",
        {
            r("Phi-3-Mini", "ARC-Challenge", 86.3, shots="10-shot"),
            r("Gemma-7B", "ARC-Challenge", 78.3, shots="10-shot"),
            r("Phi-3-Mini", "BoolQ", 78.1, shots="0-shot"),
            r("Gemma-7B", "BoolQ", 66.0, shots="0-shot"),
            r("Phi-3-Mini", "GSM8K", 85.7, shots="8-shot", cot="with"),
            r("Gemma-7B", "GSM8K", 59.8, shots="8-shot", cot="with"),
        },
    ),
    Case(
        "shots-column-with-bare-counts-and-a-metric-column",
        "| Benchmark | # Shots | Metric | Kimi K2 Base | Qwen2.5-72B |\n|---|---|---|---|---|\n"
        "| MMLU | 5 | EM | 87.8 | 85.9 |\n| DROP | 3 | F1 | 80.1 | 76.7 |\n"
        "| MATH | 4-shot | EM | 70.2 | 60.1 |\n",
        {
            r("Kimi K2 Base", "MMLU", 87.8, "em", shots="5-shot"),
            r("Qwen2.5-72B", "MMLU", 85.9, "em", shots="5-shot"),
            r("Kimi K2 Base", "DROP", 80.1, "f1", shots="3-shot"),
            r("Qwen2.5-72B", "DROP", 76.7, "f1", shots="3-shot"),
            r("Kimi K2 Base", "MATH", 70.2, "em", shots="4-shot"),
            r("Qwen2.5-72B", "MATH", 60.1, "em", shots="4-shot"),
        },
    ),
    Case(
        "benchmark-metric-label-percentile-beside-rating",
        "| Benchmark (Metric) | DeepScaleR | o1-preview |\n|---|---|---|\n"
        "| Codeforces (Percentile) | 40.1 | 62.0 |\n| Codeforces (Rating) | 1150 | 1258 |\n",
        {
            r("DeepScaleR", "Codeforces", 40.1, "percentile"),
            r("o1-preview", "Codeforces", 62.0, "percentile"),
            r("DeepScaleR", "Codeforces", 1150.0, "rating"),
            r("o1-preview", "Codeforces", 1258.0, "rating"),
        },
    ),
    Case(
        "rows-that-are-not-scores",
        "| | Mixtral 8x22B | Kimi K2 Base |\n|---|---|---|\n"
        "| Architecture | MoE | MoE |\n| # Activated Params | 39B | 32B |\n"
        "| # Total Params | 141B | 1043B |\n| MMLU | 77.8 | 87.8 |\n",
        {r("Mixtral 8x22B", "MMLU", 77.8), r("Kimi K2 Base", "MMLU", 87.8)},
    ),
    Case(
        "setting-in-brackets-keeps-two-rows-apart",
        "| Benchmark | Kimi K2 | GPT-4.1 |\n|---|---|---|\n"
        "| SWE-bench Verified (Agentless Coding) | 51.8 | 40.8 |\n"
        "| SWE-bench Verified (Agentic Coding) | 65.8 | 54.6 |\n",
        {
            r("Kimi K2", "SWE-bench Verified", 51.8, setting="agentless coding"),
            r("GPT-4.1", "SWE-bench Verified", 40.8, setting="agentless coding"),
            r("Kimi K2", "SWE-bench Verified", 65.8, setting="agentic coding"),
            r("GPT-4.1", "SWE-bench Verified", 54.6, setting="agentic coding"),
        },
    ),
    Case(
        "snapshot-and-release-label-in-headers-stay-in-the-name",
        "| Benchmark | GPT-4o-0513 | Gemini 2.5 Flash Preview (05-20) | QwQ-32B-Preview |\n"
        "|---|---|---|---|\n| MATH-500 (Pass@1) | 74.6 | 90.0 | 90.6 |\n",
        {
            r("GPT-4o-0513", "MATH-500", 74.6, "pass@1"),
            r("Gemini 2.5 Flash Preview (05-20)", "MATH-500", 90.0, "pass@1"),
            r("QwQ-32B-Preview", "MATH-500", 90.6, "pass@1"),
        },
    ),
    Case(
        "category-rows-name-no-benchmark",
        "| Category | Phi-3-Mini | Gemma-7B |\n|---|---|---|\n"
        "| Language understanding | 60.5 | 57.6 |\n| Multilingual | 56.7 | 66.5 |\n",
        set(),
    ),
    Case(
        "html-table-inside-markdown-with-a-spanning-section-row",
        "Results:\n\n<table>\n<tr><th>Benchmark</th><th>Metric</th><th>Kimi K2</th>"
        "<th>Claude Sonnet 4 <br><sup>(w/o extended thinking)</sup></th></tr>\n"
        '<tr><td colspan="4"><strong>Coding Tasks</strong></td></tr>\n'
        "<tr><td>OJBench</td><td>Pass@1</td><td><strong>27.1</strong></td><td>15.3</td></tr>\n"
        "</table>\n\nThat is all.\n",
        {
            r("Kimi K2", "OJBench", 27.1, "pass@1"),
            r("Claude Sonnet 4", "OJBench", 15.3, "pass@1", mode="non-thinking"),
        },
    ),
    Case(
        "footnote-below-states-the-shots-of-marked-rows",
        "| **Tasks** | **GPT-4o (11-20)** | **MiniMax-Text-01** |\n|---|---|---|\n"
        "| **General** | | |\n| MMLU<sup>*</sup> | 85.7 | 88.5 |\n"
        "| GPQA<sup>*</sup> _(diamond)_ | 46.0 | 54.4 |\n| IFEval _(avg)_ | 84.1 | 89.1 |\n"
        "| SimpleQA | 39.0 | 23.7 |\n\n<sup>*</sup> Scored in a _0-shot CoT_ setup.\n",
        {
            r("GPT-4o (11-20)", "MMLU", 85.7, shots="0-shot", cot="with"),
            r("MiniMax-Text-01", "MMLU", 88.5, shots="0-shot", cot="with"),
            r("GPT-4o (11-20)", "GPQA Diamond", 46.0, shots="0-shot", cot="with"),
            r("MiniMax-Text-01", "GPQA Diamond", 54.4, shots="0-shot", cot="with"),
            r("GPT-4o (11-20)", "IFEval", 84.1, "avg"),
            r("MiniMax-Text-01", "IFEval", 89.1, "avg"),
            r("GPT-4o (11-20)", "SimpleQA", 39.0),
            r("MiniMax-Text-01", "SimpleQA", 23.7),
        },
    ),
    Case(
        "stacked-cells-are-rows",
        "| Topic | Bench | OpenAI-o1-1217 | DeepSeek R1 |\n|:-:|:-:|:-:|:-:|\n"
        "| **Mathematics** | AIME 2024<br>AIME 2025<br>MATH | 74.3<br>79.2<br>96.4 | "
        "79.8<br>70<br>94.9 |\n",
        {
            r("OpenAI o1", "AIME 2024", 74.3),
            r("OpenAI o1", "AIME 2025", 79.2),
            r("OpenAI o1", "MATH", 96.4),
            r("DeepSeek-R1", "AIME 2024", 79.8),
            r("DeepSeek-R1", "AIME 2025", 70.0),
            r("DeepSeek-R1", "MATH", 94.9),
        },
    ),
    Case(
        "heading-names-the-benchmark-columns-are-its-settings",
        "#### Ruler\n| Model | 4k | 128k |\n|---|---|---|\n| **GPT-4o (11-20)** | 0.970 | - |\n"
        "| **MiniMax-Text-01** | 0.963 | 0.947 |\n",
        {
            r("GPT-4o (11-20)", "RULER", 0.97, context="4k"),
            r("MiniMax-Text-01", "RULER", 0.963, context="4k"),
            r("MiniMax-Text-01", "RULER", 0.947, context="128k"),
        },
    ),
    Case(
        "sub-header-rows-qualify-the-rows-below",
        "#### LongBench v2\n| **Model** | **overall** |\n|---|---|\n| Human | 53.7 |\n"
        "| **w/ CoT** | |\n| GPT-4o (11-20) | 51.4 |\n| **w/o CoT** | |\n"
        "| GPT-4o (11-20) | 50.1 |\n",
        {
            r("GPT-4o (11-20)", "LongBench v2", 51.4, cot="with"),
            r("GPT-4o (11-20)", "LongBench v2", 50.1, cot="without"),
        },
    ),
    Case(
        "a-date-window-in-brackets-is-a-setting",
        "| **Model** | LCB (8/1/24-2/1/25) | Codeforces Percentile |\n|---|---|---|\n"
        "| **Deepseek-R1** | 62.8 | 95.4 |\n",
        {
            r("DeepSeek-R1", "LiveCodeBench", 62.8, setting="8/1/24-2/1/25"),
            r("DeepSeek-R1", "Codeforces", 95.4, "percentile"),
        },
    ),
    Case(
        "sub-score-columns-under-a-sentence-naming-one-benchmark",
        "### Function Call\n\nMeasured on the Berkeley Function Calling Leaderboard.\n\n"
        "| Model | Overall Acc. | AST Summary | Exec Summary |\n|---|---|---|---|\n"
        "| GLM-4-9B-Chat | 81.00 | 80.26 | 84.40 |\n",
        {
            r("GLM-4-9B-Chat", "BFCL", 81.0, "acc"),
            r("GLM-4-9B-Chat", "BFCL", 80.26, setting="ast summary"),
            r("GLM-4-9B-Chat", "BFCL", 84.4, setting="exec summary"),
        },
    ),
    Case(
        # A sentence naming two benchmarks says nothing of which one the columns measure.
        "sub-score-columns-under-a-sentence-naming-two-benchmarks",
        "Measured on BFCL and on MMLU.\n\n"
        "| Model | AST Summary | Exec Summary |\n|---|---|---|\n"
        "| GLM-4-9B-Chat | 80.26 | 84.40 |\n",
        {r("GLM-4-9B-Chat", "AST Summary", 80.26), r("GLM-4-9B-Chat", "Exec Summary", 84.4)},
    ),
    Case(
        # A size in brackets belongs to the name (two sizes of one family stay two models); a
        # context length in brackets is the benchmark's setting.
        "size-in-brackets-is-part-of-the-model-name",
        "| Benchmark | Llama 3 (70B) | Llama 3 (8B) | Mixtral (8x7B) |\n|---|---|---|---|\n"
        "| MMLU | 79.2 | 66.6 | 70.6 |\n| LOFT (128k) | 83.3 | 60.0 | 51.0 |\n",
        {
            r("Llama 3 70B", "MMLU", 79.2),
            r("Llama 3 8B", "MMLU", 66.6),
            r("Mixtral 8x7B", "MMLU", 70.6),
            r("Llama 3 70B", "LOFT", 83.3, context="128k"),
            r("Llama 3 8B", "LOFT", 60.0, context="128k"),
            r("Mixtral 8x7B", "LOFT", 51.0, context="128k"),
        },
    ),
    Case(
        # Phi-4-mini's card: the written header holds group words, the row below it the models.
        "group-header-over-a-row-of-model-names",
        "| Benchmark | Similar size |  | 2x size |\n| --- | --- | --- | --- |\n"
        "|  | Phi-4 mini-Ins | Llama-3.2-3B-Ins | Qwen2.5-7B-Ins |\n"
        "| **Reasoning** |  |  |  |\n"
        "| GSM8K (8-shot, CoT) | 88.6 | 75.6 | 88.7 |\n",
        {
            r("Phi-4 mini-Ins", "GSM8K", 88.6, shots="8-shot", cot="with"),
            r("Llama-3.2-3B-Ins", "GSM8K", 75.6, shots="8-shot", cot="with"),
            r("Qwen2.5-7B-Ins", "GSM8K", 88.7, shots="8-shot", cot="with"),
        },
    ),
    Case(
        # Words in the corner's brackets name the label column; a condition there holds.
        "corner-brackets-are-no-setting-but-a-corner-condition-holds",
        "| Benchmark (eval) | Tulu 3 8B | Qwen 2.5 7B Instruct |\n|---|---|---|\n"
        "| GSM8K (8 shot, CoT) | 87.6 | 83.8 |\n\n"
        "| Model (5-shot) | MMLU |\n|---|---|\n| Qwen 2.5 7B Instruct | 74.2 |\n",
        {
            r("Tulu 3 8B", "GSM8K", 87.6, shots="8-shot", cot="with"),
            r("Qwen 2.5 7B Instruct", "GSM8K", 83.8, shots="8-shot", cot="with"),
            r("Qwen 2.5 7B Instruct", "MMLU", 74.2, shots="5-shot"),
        },
    ),
    Case(
        # Harness task ids: the shot count a condition, the harness words dropped.
        "harness-task-ids-as-row-labels",
        "| Evaluation | mistral-small-24B-instruct-2501 | llama-3.3-70b |\n|---|---|---|\n"
        "| mmlu_pro_5shot_cot_instruct | 66.3 | 66.6 |\n"
        "| gpqa_main_cot_5shot_instruct | 45.3 | 53.1 |\n| arena_hard | 87.3 | 84.0 |\n",
        {
            r("mistral-small-24B-instruct-2501", "MMLU-Pro", 66.3, shots="5-shot"),
            r("llama-3.3-70b", "MMLU-Pro", 66.6, shots="5-shot"),
            r("mistral-small-24B-instruct-2501", "GPQA", 45.3, shots="5-shot"),
            r("llama-3.3-70b", "GPQA", 53.1, shots="5-shot"),
            r("mistral-small-24B-instruct-2501", "Arena-Hard", 87.3),
            r("llama-3.3-70b", "Arena-Hard", 84.0),
        },
    ),
    Case(
        # Human side-by-side shares and response lengths are no benchmark scores.
        "preference-shares-and-response-lengths-are-no-scores",
        "| Category | Gemma-2-27B | Llama-3.3-70B |\n|---|---|---|\n"
        "| Ties | 0.052 | 0.236 |\n| Other is better | 0.156 | 0.296 |\n\n"
        "| Model | Arena Hard | Mean Response Length |\n|---|---|---|\n"
        "| Llama-3.1-70B-Instruct | 55.7 | 1728.6 |\n",
        {r("Llama-3.1-70B-Instruct", "Arena-Hard", 55.7)},
    ),
    Case(
        # lm-eval summaries: a suite column, then the model column, then one per benchmark.
        "suite-column-then-model-column-then-benchmarks",
        "|Benchmark|Model|winogrande|gsm8k|mmlu|Average|\n|---|---|---:|---:|---:|---:|\n"
        "|openllm|[Meta-Llama-3-8B-Instruct](https://example.org/m)|75.45|75.59|65.82|68.27|\n",
        {
            r("Meta-Llama-3-8B-Instruct", "WinoGrande", 75.45),
            r("Meta-Llama-3-8B-Instruct", "GSM8K", 75.59),
            r("Meta-Llama-3-8B-Instruct", "MMLU", 65.82),
        },
    ),
    Case(
        # Google's model cards link each benchmark by reference: "[HellaSwag][hellaswag]".
        "reference-links-in-labels",
        "| Benchmark | Metric | Gemma 3 PT 4B |\n|---|---|---|\n"
        "| [HellaSwag][hellaswag] | 10-shot | 77.2 |\n| [ARC-c][arc] | 25-shot | 56.2 |\n",
        {
            r("Gemma 3 PT 4B", "HellaSwag", 77.2, shots="10-shot"),
            r("Gemma 3 PT 4B", "ARC-Challenge", 56.2, shots="25-shot"),
        },
    ),
    Case(
        "search-and-python-in-a-label-is-tools",
        "| Benchmark | Sable-2 |\n|---|---|\n| Humanity's Last Exam (search + Python) | 46.8 |\n",
        {r("Sable-2", "Humanity's Last Exam", 46.8, tools="with")},
    ),
    Case(
        # The MiniMax-M1 report's Table 2: both header rows written as <td>, a corner cell
        # spanning them, group names over the model names, a row of thinking budgets.
        "html-header-rows-written-as-td",
        '<table><tr><td rowspan="2">Tasks</td><td colspan="2">Leading Models</td>'
        '<td colspan="2">Our Models</td></tr>\n'
        "<tr><td>OpenAI-o3</td><td>Claude 4 Opus</td><td>Orrin-M1-40k</td><td>Orrin-M1-80k</td>"
        "</tr>\n<tr><td>Extended Thinking</td><td>100K</td><td>64K</td><td>40K</td><td>80K</td>"
        '</tr>\n<tr><td colspan="5">Mathematics</td></tr>\n'
        "<tr><td>AIME 2024</td><td>91.6</td><td>76.0</td><td>83.3</td><td>86.0</td></tr></table>\n",
        {
            r("OpenAI o3", "AIME 2024", 91.6),
            r("Claude 4 Opus", "AIME 2024", 76.0),
            r("Orrin-M1-40k", "AIME 2024", 83.3),
            r("Orrin-M1-80k", "AIME 2024", 86.0),
        },
    ),
    Case(
        "a-problem-window-in-brackets-is-a-condition-not-a-snapshot",
        "| Benchmark | Sable-2 |\n|---|---|\n| LCB (2407-2501) | 72.9 |\n"
        "| LiveCodeBench (24/8~25/5) | 65.0 |\n",
        {
            r("Sable-2", "LiveCodeBench", 72.9, window="2024-07..2025-01"),
            r("Sable-2", "LiveCodeBench", 65.0, window="2024-08..2025-05"),
        },
    ),
    Case(
        "a-part-in-brackets-the-catalog-knows-is-its-own-benchmark",
        "| Benchmark | Sable-2 |\n|---|---|\n| TAU-bench (airline) | 62.0 |\n"
        "| TAU-bench (retail) | 63.5 |\n| SWE-bench (Verified) | 56.0 |\n",
        {
            r("Sable-2", "TAU-bench Airline", 62.0),
            r("Sable-2", "TAU-bench Retail", 63.5),
            r("Sable-2", "SWE-bench Verified", 56.0),
        },
    ),
    Case(
        "a-context-length-in-brackets-and-openai-mrcr-apart-from-mrcr",
        "| Benchmark | Sable-2 |\n|---|---|\n| OpenAI-MRCR (128k) | 73.4 |\n"
        "| OpenAI-MRCR (1M) | 56.2 |\n| MRCR (128K) | 44.6 |\n",
        {
            r("Sable-2", "OpenAI-MRCR", 73.4, context="128k"),
            r("Sable-2", "OpenAI-MRCR", 56.2, context="1m"),
            r("Sable-2", "MRCR", 44.6, context="128k"),
        },
    ),
    Case(
        "an-average-row-written-in-chinese-names-no-benchmark",
        "| 类别 | 基准（指标） | Sable-2 | Kestrel-7 |\n|---|---|---|---|\n"
        "| 英语 | MMLU (EM) | 87.8 | 85.2 |\n| | 平均 | 58.1 | 55.7 |\n",
        {r("Sable-2", "MMLU", 87.8, "em"), r("Kestrel-7", "MMLU", 85.2, "em")},
    ),
    Case(
        "a-row-of-names-renames-the-model-columns-below",
        "| Aspect | GPT-4o | Claude 3.5 Sonnet | Gemini 1.5 Pro |\n|---|---|---|---|\n"
        "| Context | 128K | 200K | 2M |\n"
        "| Reasoning model | o1 | Claude 3.7 Sonnet | Gemini 2.0 Flash / Gemini 2.5 Pro |\n"
        "| AIME 2024 | 83% | 61.3% | ~90% |\n",
        {r("OpenAI o1", "AIME 2024", 83.0), r("Claude 3.7 Sonnet", "AIME 2024", 61.3)},
    ),
    Case(
        "a-starred-row-under-a-note-naming-the-asterisk-has-its-condition",
        "| Benchmark | Sable-2 |\n|---|---|\n| SWE-bench Verified | 49.2 |\n"
        "| SWE-bench Verified* | 46.2 |\n\n"
        "Starred rows were run in the team's own internal sandbox.\n",
        {
            r("Sable-2", "SWE-bench Verified", 49.2),
            r("Sable-2", "SWE-bench Verified", 46.2, scaffold="custom"),
        },
    ),
    Case(
        "a-chinese-note-naming-the-asterisk",
        "| Benchmark | Sable-2 |\n|---|---|\n| SWE-bench Verified | 49.2 |\n"
        "| SWE-bench Verified * | 46.2 |\n\n带星号的一行来自团队内部沙箱。\n",
        {
            r("Sable-2", "SWE-bench Verified", 49.2),
            r("Sable-2", "SWE-bench Verified", 46.2, scaffold="custom"),
        },
    ),
    Case(
        "a-metric-column-naming-benchmarks-labels-the-rows",
        "| Category | Metric | Sable-2 | Kestrel-7 |\n|---|---|---|---|\n"
        "| High school math competition | AIME 2025 | 9.3 | 2.9 |\n"
        "| Graduate-level reasoning | GPQA Diamond | 35.7 | 32.2 |\n",
        {
            r("Sable-2", "AIME 2025", 9.3),
            r("Kestrel-7", "AIME 2025", 2.9),
            r("Sable-2", "GPQA Diamond", 35.7),
            r("Kestrel-7", "GPQA Diamond", 32.2),
        },
    ),
    Case(
        "a-heading-that-is-a-setting-holds-for-its-table",
        "#### No Extended Thinking\n\n| Benchmark | Sable-2 |\n|---|---|\n| AIME 2025 | 9.3 |\n\n"
        "#### Extended Thinking\n\n| Benchmark | Sable-2 |\n|---|---|\n| AIME 2025 | 36.7 |\n",
        {
            r("Sable-2", "AIME 2025", 9.3, mode="non-thinking"),
            r("Sable-2", "AIME 2025", 36.7, mode="thinking"),
        },
    ),
    Case(
        "a-note-above-gives-the-shots-of-rows-that-state-none",
        "Zero-shot unless the row says otherwise.\n\n"
        "| Benchmark | Sable-2 |\n|---|---|\n| HumanEval+ | 30.48 |\n| MATH (4-shot) | 46.10 |\n",
        {
            r("Sable-2", "HumanEval+", 30.48, shots="0-shot"),
            r("Sable-2", "MATH", 46.1, shots="4-shot"),
        },
    ),
    Case(
        "a-caption-count-over-rows-that-state-none-is-left-out",
        "Scores on zero-shot benchmarks.\n\n| Benchmark | Sable-2 |\n|---|---|\n"
        "| HumanEval+ | 30.48 |\n",
        {r("Sable-2", "HumanEval+", 30.48)},
    ),
    Case(
        "a-base-model-heading-over-a-sub-heading-names-the-base-release",
        "### Base Pre-Trained Model\n\n#### English benchmarks\n\n"
        "| Benchmark | Qwen3-8B | Qwen2.5-7B |\n|---|---|---|\n| HellaSwag | 76.15 | 74.19 |\n",
        {r("Qwen3-8B Base", "HellaSwag", 76.15), r("Qwen2.5-7B", "HellaSwag", 74.19)},
    ),
    Case(
        "a-row-that-leaves-out-its-category-cell-keeps-its-label",
        "| | | Sable-2 | Kestrel-7 |\n|---|---|---|---|\n"
        "| simple-evals | MMLU | 84.8 | 77.9 |\n| MATH | 80.4 | 44.6 |\n| | DROP | 75.5 | 68.3 |\n",
        {
            r("Sable-2", "MMLU", 84.8),
            r("Kestrel-7", "MMLU", 77.9),
            r("Sable-2", "MATH", 80.4),
            r("Kestrel-7", "MATH", 44.6),
            r("Sable-2", "DROP", 75.5),
            r("Kestrel-7", "DROP", 68.3),
        },
    ),
    Case(
        "the-column-headed-model-names-the-rows-not-the-base-models-beside-it",
        "| Model | Base | AIME 2024 | GPQA |\n|---|---|---|---|\n"
        "| Sable-2-Distill-7B | Qwen2.5-Math-7B | 55.5% | 49.1% |\n"
        "| Sable-2-Distill-14B | Qwen2.5-14B | 69.7% | 59.1% |\n"
        "| Sable-2-Distill-70B | Llama-3.3-70B | 70.0% | 65.2% |\n",
        {
            r("Sable-2-Distill-7B", "AIME 2024", 55.5),
            r("Sable-2-Distill-7B", "GPQA", 49.1),
            r("Sable-2-Distill-14B", "AIME 2024", 69.7),
            r("Sable-2-Distill-14B", "GPQA", 59.1),
            r("Sable-2-Distill-70B", "AIME 2024", 70.0),
            r("Sable-2-Distill-70B", "GPQA", 65.2),
        },
    ),
    Case(
        "rank-column-before-the-model-column",
        "| Rank | Model | Params | GPQA Diamond |\n|---|---|---|---|\n"
        "| 1 | GPT-5.4 | n/a | 92.8 |\n| 2 | Ferro-Coder 70B | 70B | 61.8 |\n",
        {r("GPT-5.4", "GPQA Diamond", 92.8), r("Ferro-Coder 70B", "GPQA Diamond", 61.8)},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_model_card_tables(case: Case, reader: ProseReader) -> None:
    claims, _ = read_tables(doc(case.text), reader)
    assert got(claims) == case.expected
