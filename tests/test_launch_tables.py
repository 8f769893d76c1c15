"""Launch tables, data blocks and leaderboards of model families (issue 10): CSV and chart data,
code-object scores, translated launch tables, two figures in a cell explained by a note,
stage and compute columns, settings rows, headings that name or only look like a benchmark.
Each row is a document as written and the exact records it must give (the first part of the
set is test_family_cards.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.records import Row, records

THINK = (("mode", "thinking"),)
NO_THINK = (("mode", "non-thinking"),)
PARALLEL = "parallel test-time compute"

CASES: list[tuple[str, str, set[Row]]] = [
    (
        "a CSV data block whose columns are harness task ids",
        "Exported results.\n\nname,mmlu:mc,gsm8k::olmo3:n8:v2,codex_humaneval:3shot::olmo3\n"
        "Corvid-7B-Base,77.83,81.23,63.1\nPell-9B,65.29,1.23,40.0\n",
        {
            ("Corvid-7B-Base", "MMLU", 77.83, "", (("setting", "mc"),)),
            ("Corvid-7B-Base", "GSM8K", 81.23, "", (("setting", "olmo3:n8:v2"),)),
            ("Corvid-7B-Base", "HumanEval", 63.1, "", (("setting", "olmo3"), ("shots", "3-shot"))),
            ("Pell-9B", "MMLU", 65.29, "", (("setting", "mc"),)),
            ("Pell-9B", "GSM8K", 1.23, "", (("setting", "olmo3:n8:v2"),)),
            ("Pell-9B", "HumanEval", 40.0, "", (("setting", "olmo3"), ("shots", "3-shot"))),
        },
    ),
    (
        "chart data one record a line, values as fractions",
        '{{< barplot id="base" ymin="0.25" ymax="0.95" >}}\n[\n'
        '    { "category": "MMLU", "model": "Corvid-34B-Base", "value": 0.8346 },\n'
        '    { "category": "MMLU", "model": "Pell-9B",         "value": 0.8596 },\n\n'
        '    { "category": "GPQA", "model": "Corvid-34B-Base", "value": 0.427 },\n'
        "]\n{{< /barplot >}}\n",
        {
            ("Corvid-34B-Base", "MMLU", 83.46, "", ()),
            ("Pell-9B", "MMLU", 85.96, "", ()),
            ("Corvid-34B-Base", "GPQA", 42.7, "", ()),
        },
    ),
    (
        "a dictionary of benchmarks, each a dictionary of models, in a code block",
        '```python\nresults = {\n    "MMLU": {\n        "corvid-2b": 68.2,\n'
        '        "pell-9b": 70.5\n    },\n    "HellaSwag": {\n        "corvid-2b": 78.3,\n'
        '        "pell-9b": 79.1\n    }\n}\n```\n',
        {
            ("corvid-2b", "MMLU", 68.2, "", ()),
            ("pell-9b", "MMLU", 70.5, "", ()),
            ("corvid-2b", "HellaSwag", 78.3, "", ()),
            ("pell-9b", "HellaSwag", 79.1, "", ()),
        },
    ),
    (
        "a table flattened to single spaces with category rows under its header",
        "Tasks Corvid-H1-0.5B Pell-9B\nGeneral\nBBH 40.22 36.07\nMMLU 55.04 52.64\nMath\n"
        "GSM8k 60.2 50.04\n",
        {
            ("Corvid-H1-0.5B", "BIG-Bench Hard", 40.22, "", ()),
            ("Pell-9B", "BIG-Bench Hard", 36.07, "", ()),
            ("Corvid-H1-0.5B", "MMLU", 55.04, "", ()),
            ("Pell-9B", "MMLU", 52.64, "", ()),
            ("Corvid-H1-0.5B", "GSM8K", 60.2, "", ()),
            ("Pell-9B", "GSM8K", 50.04, "", ()),
        },
    ),
    (
        "a launch table's labels: a category, the benchmark, footnote numbers glued on",
        "| Benchmark | Corvid 4 | Pell 9 |\n|---|---|---|\n"
        "| Agentic coding SWE-bench Verified1, 5 | 72.5% | 69.1% |\n"
        "| Agentic terminal coding Terminal-bench2, 5 | 43.2% | 30.2% |\n"
        "| Graduate-level reasoning GPQA Diamond5 | 79.6% | 83.3% |\n"
        "| High school math competition AIME 20254, 5 | 75.5% | 88.9% |\n"
        "| Global-MMLU | 60.3% | 55.1% |\n",
        {
            ("Corvid 4", "SWE-bench Verified", 72.5, "", ()),
            ("Pell 9", "SWE-bench Verified", 69.1, "", ()),
            ("Corvid 4", "Terminal-Bench", 43.2, "", ()),
            ("Pell 9", "Terminal-Bench", 30.2, "", ()),
            ("Corvid 4", "GPQA Diamond", 79.6, "", ()),
            ("Pell 9", "GPQA Diamond", 83.3, "", ()),
            ("Corvid 4", "AIME 2025", 75.5, "", ()),
            ("Pell 9", "AIME 2025", 88.9, "", ()),
            ("Corvid 4", "Global-MMLU", 60.3, "", ()),
            ("Pell 9", "Global-MMLU", 55.1, "", ()),
        },
    ),
    (
        "two figures in a cell: the second is what a numbered note below says it is; a part "
        "of the benchmark in a cell ('Retail 81.4%'), the next row's blank label its own",
        "| Benchmark | Corvid 4 | Pell 9 |\n|---|---|---|\n"
        "| Agentic coding SWE-bench Verified1, 2 | 72.5% / 79.4% | 69.1% |\n"
        "| Agentic tool use TAU-bench | Retail 81.4% | Retail 70.4% |\n"
        "| | Airline 59.6% | Airline 52.0% |\n"
        "| Multilingual Q&A MMMLU | 88.8% | 88.8% |\n"
        "| High school math competition AIME 2025 | 75.5% | 88.9% |\n\n"
        "**Methodology**\n\n"
        "1. Bash and editor tools only.\n\n"
        "2. For SWE-bench the second figure uses parallel test-time compute, with several "
        "samples and a judge.\n",
        {
            ("Corvid 4", "SWE-bench Verified", 72.5, "", ()),
            ("Corvid 4", "SWE-bench Verified", 79.4, "", (("scaffold", PARALLEL),)),
            ("Pell 9", "SWE-bench Verified", 69.1, "", ()),
            ("Corvid 4", "TAU-bench Retail", 81.4, "", ()),
            ("Pell 9", "TAU-bench Retail", 70.4, "", ()),
            ("Corvid 4", "TAU-bench Airline", 59.6, "", ()),
            ("Pell 9", "TAU-bench Airline", 52.0, "", ()),
            ("Corvid 4", "MMMLU", 88.8, "", ()),
            ("Pell 9", "MMMLU", 88.8, "", ()),
            ("Corvid 4", "AIME 2025", 75.5, "", ()),
            ("Pell 9", "AIME 2025", 88.9, "", ()),
        },
    ),
    (
        "two figures in a cell no note explains are kept unsure; dates and counts are none",
        "| Benchmark | Corvid 4 | Pell 9 |\n|---|---|---|\n"
        "| GPQA Diamond | 79.6% / 83.3% | 83.3% |\n"
        "| MMLU | 88.1% | 12/20 |\n"
        "| HLE | 05/06 | 21.6% |\n",
        {
            ("Pell 9", "GPQA Diamond", 83.3, "", ()),
            ("Corvid 4", "MMLU", 88.1, "", ()),
            ("Pell 9", "Humanity's Last Exam", 21.6, "", ()),
        },
    ),
    (
        "a post's reporting list gives its hybrid models' figures the mode each benchmark "
        "was run in; a rival's column stays as written",
        "# Corvid 4\n\n"
        "| Benchmark | Corvid 4 | Pell 9 |\n|---|---|---|\n"
        "| SWE-bench Verified | 72.5% | 69.1% |\n"
        "| GPQA Diamond | 79.6% | 83.3% |\n"
        "| AIME 2025 | 75.5% | 88.9% |\n\n"
        "## Reporting\n\n"
        "* No extended thinking: SWE-bench Verified\n"
        "* Extended thinking (up to 64K tokens):\n"
        "  + GPQA Diamond (without extended thinking: Corvid 4 74.9%)\n"
        "  + AIME (without extended thinking: Corvid 4 33.9%)\n",
        {
            ("Corvid 4", "SWE-bench Verified", 72.5, "", NO_THINK),
            ("Pell 9", "SWE-bench Verified", 69.1, "", ()),
            ("Corvid 4", "GPQA Diamond", 79.6, "", THINK),
            ("Pell 9", "GPQA Diamond", 83.3, "", ()),
            ("Corvid 4", "AIME 2025", 75.5, "", THINK),
            ("Pell 9", "AIME 2025", 88.9, "", ()),
            ("Corvid 4", "GPQA Diamond", 74.9, "", NO_THINK),
            ("Corvid 4", "AIME 2025", 33.9, "", NO_THINK),
        },
    ),
    (
        "an HTML rowspan ends with its row group; a model spanning two columns is one column; "
        "winner badges after a figure are no part of it",
        '<table>\n<thead>\n<tr><th rowspan="2">Benchmarks</th><th colspan="2">Corvid-S1</th>'
        "<th>Pell 9</th></tr>\n</thead>\n<tbody>\n"
        '<tr><td>MMLU-Pro</td><td colspan="2">83.5 ✅</td><td>73.0</td></tr>\n'
        '<tr><td>GPQA</td><td colspan="2">77.3 👑</td><td>49.9</td></tr>\n'
        '<tr><td>IFEval</td><td colspan="2">86.7</td><td>75.6</td></tr>\n'
        "</tbody>\n</table>\n",
        {
            ("Corvid-S1", "MMLU-Pro", 83.5, "", ()),
            ("Pell 9", "MMLU-Pro", 73.0, "", ()),
            ("Corvid-S1", "GPQA", 77.3, "", ()),
            ("Pell 9", "GPQA", 49.9, "", ()),
            ("Corvid-S1", "IFEval", 86.7, "", ()),
            ("Pell 9", "IFEval", 75.6, "", ()),
        },
    ),
    (
        "a parameter count in brackets after a size tier only annotates the name; after a "
        "bare family it is the size",
        "| Benchmark | Phi-3.5-mini-Instruct(3.8B) | Llama 3 (70B) |\n|---|---|---|\n"
        "| MMLU | 68.4 | 79.5 |\n| GSM8K | 82.7 | 93.0 |\n",
        {
            ("Phi-3.5-mini-Instruct", "MMLU", 68.4, "", ()),
            ("Llama 3 70B", "MMLU", 79.5, "", ()),
            ("Phi-3.5-mini-Instruct", "GSM8K", 82.7, "", ()),
            ("Llama 3 70B", "GSM8K", 93.0, "", ()),
        },
    ),
    (
        "a figure after a capitalised benchmark and a colon is a score; after a lower-case "
        "task id it is a count",
        "# MiniCPM3-4B\n\n- MathBench:65.6\n- Evaluated with mathbench:16 and gsm8k:8 samples.\n",
        {("MiniCPM3-4B", "MathBench", 65.6, "", ())},
    ),
    (
        "columns that are precisions are conditions of the one model the line above names; "
        "a dataset-size column holds no scores",
        "The table below sets WINT2 against WINT4 on the ERNIE-4.5-300B-A47B model:\n\n"
        "| 测试集 | 数据集大小 | WINT4 | WINT2 |\n|---|---|---|---|\n"
        "| IFEval |500|88.17 | 85.95 |\n|BBH|6511|94.43|90.06|\n",
        {
            ("ERNIE-4.5-300B-A47B", "IFEval", 88.17, "", (("precision", "WINT4"),)),
            ("ERNIE-4.5-300B-A47B", "IFEval", 85.95, "", (("precision", "WINT2"),)),
            ("ERNIE-4.5-300B-A47B", "BIG-Bench Hard", 94.43, "", (("precision", "WINT4"),)),
            ("ERNIE-4.5-300B-A47B", "BIG-Bench Hard", 90.06, "", (("precision", "WINT2"),)),
        },
    ),
    (
        "a spec table (Top-K, head dim) over model columns gives no scores; a family that is "
        "an everyday word names no model without a version ('Every Step Evolves')",
        "# Every Step Evolves: Scaling RL\n\n"
        "| | Ling-mini-2.0 | Ling-flash-2.0 |\n|---|---|---|\n"
        "| Top-K | 8 | 8 |\n| Head dim | 128 | 128 |\n| N_shared | 1 | 1 |\n\n"
        "It gets 93.40% on AIME 25, per the authors.\n",
        set(),
    ),
    (
        "a bare family in the text, where the table holds that family under another name, "
        "is unsure: 'Gemini (51.8)' beside a 'Gemini 2.5 Pro (06-05)' column",
        "| Benchmark | Corvid-M1 | Gemini 2.5 Pro (06-05) |\n|---|---|---|\n"
        "| MultiChallenge | 44.7 | 51.8 |\n| GPQA Diamond | 70.0 | 86.4 |\n\n"
        "Gemini 2.5 Pro leads most rows. On MultiChallenge only Gemini (51.8) is clearly higher.\n",
        {
            ("Corvid-M1", "MultiChallenge", 44.7, "", ()),
            ("Gemini 2.5 Pro (06-05)", "MultiChallenge", 51.8, "", ()),
            ("Corvid-M1", "GPQA Diamond", 70.0, "", ()),
            ("Gemini 2.5 Pro (06-05)", "GPQA Diamond", 86.4, "", ()),
        },
    ),
    (
        "scores kept as a code object: bare keys naming catalog benchmarks are read, other "
        "fields, comments and notes between the entries are not",
        "```ts\nexport const BENCH = {\n"
        '\t"corvid-4-300b": {\n\t\t// Academic benchmarks\n\t\tmmluPro: 0.776,\n'
        "\t\tgpqa: 0.811,\n\n\t\t// Capabilities\n\t\tcontextWindow: 8192,\n"
        '\t\tlastUpdated: "2026-04-06",\n\t},\n\t[entries for other models omitted]\n'
        '\t"pell-9": {\n\t\tmmluPro: 0.671,\n\t\tgpqa: 0.562,\n\t},\n};\n```\n',
        {
            ("corvid-4-300b", "MMLU-Pro", 77.6, "", ()),
            ("corvid-4-300b", "GPQA", 81.1, "", ()),
            ("pell-9", "MMLU-Pro", 67.1, "", ()),
            ("pell-9", "GPQA", 56.2, "", ()),
        },
    ),
    (
        "a heading 'NAME: a title' is about NAME: a Score table under it is that model's",
        "# RING-1T: Scaling RL for Trillion-Scale Thinking Models\n\n"
        "| Benchmark | Score |\n|---|---|\n| AIME 2025 | 80.0% (24.0/30) |\n"
        "| GPQA Diamond | 76.1% |\n",
        {
            ("RING-1T", "AIME 2025", 80.0, "", ()),
            ("RING-1T", "GPQA Diamond", 76.1, "", ()),
        },
    ),
    (
        "a problem window written after the benchmark without brackets is its window, as in "
        "brackets",
        "| Benchmark | Corvid-lite-1.5 | Pell-8B |\n|---|---|---|\n"
        "| LiveCodeBench 2408-2502 (Pass@1) | 22.7 | 26.88 |\n| LCB (2408-2502) | 22.7 | 26.9 |\n",
        {
            ("Corvid-lite-1.5", "LiveCodeBench", 22.7, "pass@1", (("window", "2024-08..2025-02"),)),
            ("Pell-8B", "LiveCodeBench", 26.88, "pass@1", (("window", "2024-08..2025-02"),)),
            ("Corvid-lite-1.5", "LiveCodeBench", 22.7, "", (("window", "2024-08..2025-02"),)),
            ("Pell-8B", "LiveCodeBench", 26.9, "", (("window", "2024-08..2025-02"),)),
        },
    ),
    (
        "a translated launch table: a Chinese category before the benchmark, LaTeX footnote "
        "marks, the second figure explained below the slash, a header cut to one letter",
        "| | Corvid 4 | Pell 9 | OpenAI o（表头被截断） |\n|---|---|---|---|\n"
        "| Agentic 编码 SWE-bench Verified $^{1,5}$ | 72.5% / 79.4% | 62.3% | 69.1% |\n"
        "| 研究生水平推理 GPQA Diamond $^{5}$ | 79.6% | 78.2% | 83.3% |\n"
        "| 多语言问答 MMMLU $^{3}$ | 88.8% | 85.9% | 88.8% |\n\n"
        "> 斜杠后叠加了并行 test-time compute, 即多次采样后由内部评分模型选一条.\n",
        {
            ("Corvid 4", "SWE-bench Verified", 72.5, "", ()),
            ("Corvid 4", "SWE-bench Verified", 79.4, "", (("scaffold", PARALLEL),)),
            ("Pell 9", "SWE-bench Verified", 62.3, "", ()),
            ("Corvid 4", "GPQA Diamond", 79.6, "", ()),
            ("Pell 9", "GPQA Diamond", 78.2, "", ()),
            ("Corvid 4", "MMMLU", 88.8, "", ()),
            ("Pell 9", "MMMLU", 85.9, "", ()),
        },
    ),
    (
        "Chinese mode words that stand alone: '关思考分数:' over a list, '不思考的' and "
        "'思考后的' before a figure",
        "# Corvid 4 笔记\n\n"
        "附录给出的关思考分数: GPQA Diamond 上 Corvid 4 为 74.9%. "
        "差距最大的是 AIME 2025, Corvid 4 从不思考的 33.9% 涨到思考后的 75.5%.\n",
        {
            ("Corvid 4", "GPQA Diamond", 74.9, "", NO_THINK),
            ("Corvid 4", "AIME 2025", 33.9, "", NO_THINK),
            ("Corvid 4", "AIME 2025", 75.5, "", THINK),
        },
    ),
    (
        "a header that leaves out the rows' category column: each figure is the model one "
        "column right of where it stands, the last model gets none",
        "| **Benchmark** | **Corvid3-8B** | **Pell2.5-7B** | **Tarn3.1-8B** | **GPT-4o-mini** |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| General | CMMLU(0-shot) | **83.1** | 75.8 | 53.9 |\n"
        "|  | MMLU(0-shot) | 76.6 | **76.8** | 71.8 |\n"
        "| MATH | MATH-500(0-shot) | **83.0*** | 72.4 | 48.4 |\n",
        {
            ("Corvid3-8B", "CMMLU", 83.1, "", (("shots", "0-shot"),)),
            ("Pell2.5-7B", "CMMLU", 75.8, "", (("shots", "0-shot"),)),
            ("Tarn3.1-8B", "CMMLU", 53.9, "", (("shots", "0-shot"),)),
            ("Corvid3-8B", "MMLU", 76.6, "", (("shots", "0-shot"),)),
            ("Pell2.5-7B", "MMLU", 76.8, "", (("shots", "0-shot"),)),
            ("Tarn3.1-8B", "MMLU", 71.8, "", (("shots", "0-shot"),)),
            ("Corvid3-8B", "MATH-500", 83.0, "", (("shots", "0-shot"),)),
            ("Pell2.5-7B", "MATH-500", 72.4, "", (("shots", "0-shot"),)),
            ("Tarn3.1-8B", "MATH-500", 48.4, "", (("shots", "0-shot"),)),
        },
    ),
    (
        "a footnote under an HTML table, several marks to a line, says a marked column ran on "
        "another test set: its figures get that setting",
        "<div>\n<table>\n<tr><th>Model</th><th>MBPP&dagger;</th><th>GSM8K</th></tr>\n"
        "<tr>\n<td>Corvid-7B</td>\n<td>39.63</td>\n<td>40.1</td>\n</tr>\n"
        "<tr>\n<td>Pell-2B*</td>\n<td>50.00</td>\n<td>53.8</td>\n</tr>\n</table>\n\n</div>\n\n"
        "注：* 表示结果取自技术报告。&dagger; 表示评测集为MBPP全集。\n",
        {
            ("Corvid-7B", "MBPP", 39.63, "", (("setting", "full set"),)),
            ("Pell-2B", "MBPP", 50.0, "", (("setting", "full set"),)),
            ("Corvid-7B", "GSM8K", 40.1, "", ()),
            ("Pell-2B", "GSM8K", 53.8, "", ()),
        },
    ),
    (
        "a Stage column: each row is the model at that stage, a setting of its own, or the "
        "release a variant word names ('SFT')",
        "| Model | Stage | MMLU | GSM8K |\n|---|---|---|---|\n"
        "| Corvid 2 1B | Pretraining | 26.9 | 3.3 |\n"
        "| Corvid 2 1B | + Mid-training | **44.3** | **43.8** |\n"
        "| Corvid 2 1B | SFT | 36.4 | 52.1 |\n",
        {
            ("Corvid 2 1B SFT", "MMLU", 36.4, "", ()),
            ("Corvid 2 1B SFT", "GSM8K", 52.1, "", ()),
            ("Corvid 2 1B", "MMLU", 26.9, "", (("setting", "pretraining"),)),
            ("Corvid 2 1B", "GSM8K", 3.3, "", (("setting", "pretraining"),)),
            ("Corvid 2 1B", "MMLU", 44.3, "", (("setting", "mid-training"),)),
            ("Corvid 2 1B", "GSM8K", 43.8, "", (("setting", "mid-training"),)),
        },
    ),
    (
        "a training-compute column ('FLOP×10²³', 'Train FLOPs') holds no scores",
        "| Instruct Model | Avg | FLOP×10²³ | GSM8K |\n|---|---|---|---|\n"
        "| Corvid 2 1B | 42.7 | 0.35 | 68.3 |\n| Pell 3.1 1B | 39.3 | 6.7 | 46.7 |\n",
        {("Corvid 2 1B", "GSM8K", 68.3, "", ()), ("Pell 3.1 1B", "GSM8K", 46.7, "", ())},
    ),
    (
        "a row of settings under the header ('|  | 0-shot | 5-shot |') gives each column its "
        "setting: one benchmark twice in a row is two settings, not two values",
        "| Model | MMLU | MMLU | BBH | Common-sense Reasoning |\n|---|---|---|---|---|\n"
        "|  | 0-shot | 5-shot | 3-shot@1 | - |\n"
        "| Corvid-34B-Chat | 67.62 | 73.46 | 51.41 | 80.1 |\n"
        "| Pell-6B-Chat | 58.24 | 60.99 | 39.70 | 72.3 |\n",
        {
            ("Pell-6B-Chat", "MMLU", 58.24, "", (("shots", "0-shot"),)),
            ("Pell-6B-Chat", "MMLU", 60.99, "", (("shots", "5-shot"),)),
            ("Pell-6B-Chat", "BIG-Bench Hard", 39.7, "", (("shots", "3-shot"),)),
            ("Corvid-34B-Chat", "MMLU", 67.62, "", (("shots", "0-shot"),)),
            ("Corvid-34B-Chat", "MMLU", 73.46, "", (("shots", "5-shot"),)),
            ("Corvid-34B-Chat", "BIG-Bench Hard", 51.41, "", (("shots", "3-shot"),)),
        },
    ),
    (
        "columns named after an evaluation framework or 'community' figures name no model",
        "| Benchmark | 验证集 | ModelLink | OpenCompass |\n|---|---|---|---|\n"
        "| MMLU | test | [45.73%](./eval_mmlu.sh) | [45.3%](https://hub.example/mmlu) |\n"
        "| BoolQ | dev | [75.44%](./eval_boolq.sh) | [74.9%](https://hub.example/boolq) |\n\n"
        "| 模型 | 任务 | ModelLink | 社区 |\n|---|---|---|---|\n"
        "| Corvid-13B | BoolQ | 74.7% | [73.6%](https://hub.example/boolq) |\n"
        "| Pell-7B | MMLU | 45.7% | -- |\n",
        set(),
    ),
    (
        "a mode before a colon holds for every figure after it; top_p is a setting",
        "# Corvid 4\n\n"
        "* GPQA Diamond (without extended thinking: Corvid 4 74.9%, Corvid 4 Mini 70.0%)\n"
        "* AIME runs used nucleus sampling with top\\_p 0.95.\n",
        {
            ("Corvid 4", "GPQA Diamond", 74.9, "", NO_THINK),
            ("Corvid 4 Mini", "GPQA Diamond", 70.0, "", NO_THINK),
        },
    ),
    (
        "a leaderboard under a Markdown heading naming a catalog benchmark; Chinese rank and "
        "organisation columns hold no score",
        "### SuperCLUE总排行榜（2023年12月）\n\n"
        "| 排名 | 模型 | 机构 | 总分 | OPEN<br/>多轮开放问题 | 使用 |\n|:-:|:-:|:-:|:-:|:-:|:-:|\n"
        "| 🏅️ | Corvid-34B-Chat | 鸦科 | 68.46 | 61.99 | 模型 |\n"
        "| 2 | Pell-14B-Chat | 佩尔 | 61.27 | 52.04 | API |\n",
        {
            ("Corvid-34B-Chat", "SuperCLUE", 68.46, "", ()),
            ("Corvid-34B-Chat", "SuperCLUE", 61.99, "", (("setting", "open 多轮开放问题"),)),
            ("Pell-14B-Chat", "SuperCLUE", 61.27, "", ()),
            ("Pell-14B-Chat", "SuperCLUE", 52.04, "", (("setting", "open 多轮开放问题"),)),
        },
    ),
    (
        "a Markdown heading that only looks like a benchmark's name names none; a serving "
        "log's request counts and latencies are no scores",
        "#### 5.1.1 Benchmark Commands\n\n```\nTraffic request rate:        inf\n"
        "Max request concurrency:     1\nSuccessful requests:         10\n"
        "Peak concurrent requests:    2\n------Time to First Token------\n"
        "Mean TTFT (ms):              4152.58\nMedian TTFT (ms):            36.81\n"
        "P99 TTFT (ms):               37498.23\n------Inter-Token Latency------\n"
        "Mean ITL (ms):               4.08\nMedian ITL (ms):             4.08\n```\n\n"
        "#### 5.1.2 Benchmark Commands\n\n| Model | Output throughput |\n|---|---|\n"
        "| Corvid-7B | 71.87 |\n| Pell-9B | 65.2 |\n",
        set(),
    ),
    (
        "a superscript footnote number on a benchmark label is a mark, not part of the name",
        "| Dataset | Corvid-13B | Pell-13B |\n|---|---|---|\n"
        "| AGIEval<sup>1</sup> | 54.5 | 41.4<sup>2</sup> |\n| MMLU<sup>a</sup> | 55.0 | 62.5 |\n",
        {
            ("Corvid-13B", "AGIEval", 54.5, "", ()),
            ("Pell-13B", "AGIEval", 41.4, "", ()),
            ("Corvid-13B", "MMLU", 55.0, "", ()),
            ("Pell-13B", "MMLU", 62.5, "", ()),
        },
    ),
    (
        "a table's bare family column is the one member of that family the document names "
        "in full ('Corvid' beside a later 'Corvid-32B-Preview' column)",
        "| Benchmark | Pell-9B | Corvid |\n|---|---|---|\n| MATH-500 | 80.1 | 92.2 |\n\n"
        "Non-reasoning tasks:\n\n"
        "| Benchmark | Pell-9B | Corvid-32B-Preview |\n|---|---|---|\n| IFEval | 70.0 | 42.5 |\n",
        {
            ("Pell-9B", "MATH-500", 80.1, "", ()),
            ("Corvid-32B-Preview", "MATH-500", 92.2, "", ()),
            ("Pell-9B", "IFEval", 70.0, "", ()),
            ("Corvid-32B-Preview", "IFEval", 42.5, "", ()),
        },
    ),
    (
        "a bare family stays bare where the document names two of its members in full",
        "Corvid-32B-Preview came first, Corvid-32B later.\n\n"
        "| Benchmark | Pell-9B | Corvid |\n|---|---|---|\n| MATH-500 | 80.1 | 92.2 |\n",
        {("Pell-9B", "MATH-500", 80.1, "", ()), ("Corvid", "MATH-500", 92.2, "", ())},
    ),
    (
        "a bare family stays bare where the text names a second member only in a caption "
        "that gives no claim ('Flagship Corvid-112B:' over the table)",
        "Flagship Corvid-112B:\n\n| Benchmark | Corvid | Pell-9B |\n|---|---|---|\n"
        "| MMLU | 47.5 | 46.0 |\n\nThe small Corvid-Lite scores 61.8 on MATH500.\n",
        {
            ("Corvid", "MMLU", 47.5, "", ()),
            ("Pell-9B", "MMLU", 46.0, "", ()),
            ("Corvid-Lite", "MATH-500", 61.8, "", ()),
        },
    ),
    (
        "a 'SWE-bench' column under a heading naming SWE-bench Verified is that edition; "
        "elsewhere, and in a text naming no edition, SWE-bench is its own test",
        "### Coding: SWE-bench Verified\n\n| Model | SWE-bench Score |\n|---|---|\n"
        "| Corvid-9 | 63.2% |\n\n### Full set\n\n| Model | SWE-bench |\n|---|---|\n"
        "| Corvid-9 | 41.0% |\n",
        {
            ("Corvid-9", "SWE-bench Verified", 63.2, "", ()),
            ("Corvid-9", "SWE-bench", 41.0, "", ()),
        },
    ),
    (
        "prose 'SWE-bench' means SWE-bench Verified only where the document names that edition",
        "Corvid-9 scores 71.6% on SWE-bench.\n",
        {("Corvid-9", "SWE-bench", 71.6, "", ())},
    ),
    (
        "a bare family the document scores apart from its one named member (another figure on "
        "the same test) is another model",
        "| Benchmark | Corvid | Corvid-32B-Preview |\n|---|---|---|\n| MATH-500 | 92.2 | 90.6 |\n",
        {("Corvid", "MATH-500", 92.2, "", ()), ("Corvid-32B-Preview", "MATH-500", 90.6, "", ())},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_family_card(tmp_path: Path, text: str, expected: set[Row]) -> None:
    assert records(tmp_path, text, "card.md") == expected
