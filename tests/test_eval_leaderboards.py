"""Evaluation repositories' READMEs and leaderboard data (issue 10): a tool's printout of
labelled fields, a data frame with its index, a CSV export at full precision with counts and
standard errors beside the scores, a "Leaderboard" heading under the benchmark's README, and
a model card whose columns are sizes under the family's heading. Each case is a document as
written and the exact records it must give."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import api
from tests.records import Row, records

CASES: list[tuple[str, str, set[Row]]] = [
    (
        "a model's other name in CJK brackets is no setting; a benchmark's is, a mode a mode",
        "| 模型 | MMLU | MMLU(中文) |\n|---|---|---|\n| chatglm-turbo(智谱清言) | 60.1 | 55.2 |\n"
        "| Grok 3(非思考) | 70.2 | 66.0 |\n",
        {
            ("chatglm-turbo", "MMLU", 60.1, "", ()),
            ("chatglm-turbo", "MMLU", 55.2, "", (("setting", "中文"),)),
            ("Grok 3 Beta", "MMLU", 70.2, "", (("mode", "non-thinking"),)),
            ("Grok 3 Beta", "MMLU", 66.0, "", (("mode", "non-thinking"), ("setting", "中文"))),
        },
    ),
    (
        "a Variance row beside the Average row is a spread, no score",
        "# Results\n\n| Task | Corvid-8B | Corvid-9B |\n|---|---|---|\n"
        "| MT-Bench | 7.09 | 7.53 |\n| Variance | 2.02 | 1.99 |\n",
        {("Corvid-8B", "MT-Bench", 7.09, "", ()), ("Corvid-9B", "MT-Bench", 7.53, "", ())},
    ),
    (
        "a printout of labelled fields under a caption that names the benchmark and its "
        "setting; the interval and the token count are no scores",
        "**Arena-Hard-v0.1 (Style Control)**\n\n```console\n"
        "corvid-large-0611   | score: 82.2  | 95% CI: (-1.9, 1.6)  | average #tokens: 567\n"
        "pell-70b-instruct   | score: 71.0  | 95% CI: (-2.8, 3.1)  | average #tokens: 869\n"
        "```\n",
        {
            ("corvid-large-0611", "Arena-Hard v0.1", 82.2, "", (("setting", "style control"),)),
            ("pell-70b-instruct", "Arena-Hard v0.1", 71.0, "", (("setting", "style control"),)),
        },
    ),
    (
        "a sentence ending in a colon over a code block is its caption",
        "It now leads open models on boards like arena-hard:\n\n```\n"
        "corvid-large-0611 | score: 82.0  | 95% CI: (-1.6, 2.2)  | average #tokens: 567\n"
        "pell-70b-instruct | score: 70.9  | 95% CI: (-3.3, 3.3)  | average #tokens: 869\n"
        "```\n",
        {
            ("corvid-large-0611", "Arena-Hard", 82.0, "", ()),
            ("pell-70b-instruct", "Arena-Hard", 70.9, "", ()),
        },
    ),
    (
        "a heading that says 'Leaderboard' names no benchmark: the README's own does",
        "# MMLU-Pro\n\nA harder MMLU.\n\n## 🏆 Mini-Leaderboard\n"
        "| Model | Overall Accuracy |\n|---|:---:|\n| Corvid-3.5 | 76.12 |\n| Pell-2 | 72.55 |\n",
        {
            ("Corvid-3.5", "MMLU-Pro", 76.12, "acc", ()),
            ("Pell-2", "MMLU-Pro", 72.55, "acc", ()),
        },
    ),
    (
        "a data frame printed with its index, under a heading that names a release of a "
        "catalog benchmark; the interval column is no score",
        "### Arena-Hard-v2.0-Preview\n\n```console\n"
        "                Model  Scores (%)         CI (%)\n"
        "0       corvid-0416        85.9  (-0.8 / +0.9)\n"
        "1     pell-flash-2.5        68.6  (-1.6 / +1.6)\n"
        "2           pell-2.5        79.0  (-2.1 / +1.8)\n```\n",
        {
            ("corvid-0416", "Arena-Hard-v2.0-Preview", 85.9, "", ()),
            ("pell-flash-2.5", "Arena-Hard-v2.0-Preview", 68.6, "", ()),
            ("pell-2.5", "Arena-Hard-v2.0-Preview", 79.0, "", ()),
        },
    ),
    (
        "a leaderboard's CSV export: scores at a double's full precision on two metrics; "
        "standard errors, counts and lengths are no scores",
        "The AlpacaEval 2.0 leaderboard data:\n\n"
        ",win_rate,standard_error,n_wins,n_draws,n_total,avg_length,"
        "length_controlled_winrate,lc_standard_error\n"
        "corvid-0513,51.32757578249279,1.4700094589795554,429,7,805,1873,57.45682883335095,\n"
        "pell-large,29.10526953334248,1.3941539442369442,223,3,805,1388,40.5095080124761,"
        "0.8284734951761676\n",
        {
            ("corvid-0513", "AlpacaEval 2.0", 51.32757578249279, "win rate", ()),
            ("corvid-0513", "AlpacaEval 2.0", 57.45682883335095, "lc win rate", ()),
            ("pell-large", "AlpacaEval 2.0", 29.10526953334248, "win rate", ()),
            ("pell-large", "AlpacaEval 2.0", 40.5095080124761, "lc win rate", ()),
        },
    ),
    (
        "'(95% CI)' after a benchmark says what follows each value, no setting",
        "| Model | Arena Hard (95% CI) |\n|---|---|\n| Corvid-49B | 93.4 (-1.1, 1.0) |\n"
        "| Pell-70B-Instruct | 84.9 (-1.7, 1.8) |\n",
        {
            ("Corvid-49B", "Arena-Hard", 93.4, "", ()),
            ("Pell-70B-Instruct", "Arena-Hard", 84.9, "", ()),
        },
    ),
    (
        "columns that are sizes under the family's heading are that family's models",
        "# Corvid 2 model card\n\n### Benchmark Results\n\n"
        "| Benchmark | Metric | 2B Params | 9B PT |\n|---|---|---|---|\n"
        "| MMLU | 5-shot, top-1 | 42.3 | 64.3 |\n| HellaSwag | 0-shot | 71.4 | 81.2 |\n",
        {
            ("Corvid 2 2B", "MMLU", 42.3, "", (("shots", "5-shot"),)),
            ("Corvid 2 9B PT", "MMLU", 64.3, "", (("shots", "5-shot"),)),
            ("Corvid 2 2B", "HellaSwag", 71.4, "", (("shots", "0-shot"),)),
            ("Corvid 2 9B PT", "HellaSwag", 81.2, "", (("shots", "0-shot"),)),
        },
    ),
    (
        "a memory table of the family's sizes gives no scores",
        "# Corvid 3 report\n\n| Model | Raw bf16 (GB) | Int4 (GB) |\n|---|---|---|\n"
        "| 1B | 2.0 | 0.5 |\n| 27B | 54.0 | 14.1 |\n",
        set(),
    ),
    (
        "a column 'N2C' is a benchmark, not a count; 'n-shot' is the shots",
        "| Evaluation | n-shot | Corvid-1B | Corvid-4B |\n|---|---|---|---|\n"
        "| N2C | 0-shot | 56.0 | 70.3 |\n| MBPP | 3-shot | 35.2 | 63.2 |\n",
        {
            ("Corvid-1B", "N2C", 56.0, "", (("shots", "0-shot"),)),
            ("Corvid-4B", "N2C", 70.3, "", (("shots", "0-shot"),)),
            ("Corvid-1B", "MBPP", 35.2, "", (("shots", "3-shot"),)),
            ("Corvid-4B", "MBPP", 63.2, "", (("shots", "3-shot"),)),
        },
    ),
    (
        "subject columns beside benchmark rows are parts of each, of the model the line names",
        "Detailed results of **Skywork-13B-Base** on C-EVAL and CMMLU:\n\n"
        "| 评测集 | **STEM** | **Humanities** | **China Specific** | **Average** |\n"
        "|---|---|---|---|---|\n| **C-EVAL** | 51.5 | 65.1 | - | 59.5 |\n"
        "| **CMMLU** | 49.8 | 68.9 | 63.7 | 61.6 |\n",
        {
            ("Skywork-13B-Base", "C-Eval", 51.5, "", (("setting", "stem"),)),
            ("Skywork-13B-Base", "C-Eval", 65.1, "", (("setting", "humanities"),)),
            ("Skywork-13B-Base", "C-Eval", 59.5, "", ()),
            ("Skywork-13B-Base", "CMMLU", 49.8, "", (("setting", "stem"),)),
            ("Skywork-13B-Base", "CMMLU", 68.9, "", (("setting", "humanities"),)),
            ("Skywork-13B-Base", "CMMLU", 63.7, "", (("setting", "china specific"),)),
            ("Skywork-13B-Base", "CMMLU", 61.6, "", ()),
        },
    ),
    (
        "a subset word after a benchmark names the subset, in a heading as in a sentence",
        "## C-Eval Hard Leaderboard\n\nWe took the hardest subjects of C-Eval to make C-Eval "
        "Hard.\n\n| Model | Accuracy |\n|---|---|\n| GPT-4 | 54.9 |\n\n"
        "Claude 2 scores 41.4% on C-Eval Hard.\n",
        {
            ("GPT-4", "C-Eval Hard", 54.9, "acc", ()),
            ("Claude 2", "C-Eval Hard", 41.4, "", ()),
        },
    ),
    (
        "a board's 'Avg.' under a spanning group is that group's; 'Math.' is a part, not MATH",
        "## Leaderboard\n\nWe rate models on AlignBench with a judge.\n\n<table>\n<thead>\n"
        '<tr><td rowspan="2">model</td><td rowspan="2">Overall</td>\n'
        '<th colspan="2">Reasoning</th><th colspan="2">Language</th></tr>\n'
        "<tr><th>Avg.</th><th>Math.</th><th>Avg.</th><th>Writ.</th></tr>\n</thead>\n<tbody>\n"
        "<tr><td>gpt-4-0613</td><td>7.53</td><td>7.47</td><td>7.56</td><td>7.59</td>"
        "<td>7.87</td></tr>\n</tbody>\n</table>\n",
        {
            ("gpt-4-0613", "AlignBench", 7.53, "", ()),
            ("gpt-4-0613", "AlignBench", 7.47, "", (("setting", "reasoning"),)),
            ("gpt-4-0613", "AlignBench", 7.56, "", (("setting", "math."),)),
            ("gpt-4-0613", "AlignBench", 7.59, "", (("setting", "language"),)),
            ("gpt-4-0613", "AlignBench", 7.87, "", (("setting", "writ."),)),
        },
    ),
    (
        "category columns under a heading that names a translated benchmark are its "
        "sub-scores ('coding', 'math' were the board's overall figure, three values for one)",
        "## Japanese MT-Bench\n\n|Model|coding|math|reasoning|JMTAvg|\n|---|---|---|---|---|\n"
        "| Pell-9B-Instruct | 0.599 | 0.637 | 0.541 | 0.665 |\n",
        {
            ("Pell-9B-Instruct", "Japanese MT-Bench", 59.9, "", (("setting", "coding"),)),
            ("Pell-9B-Instruct", "Japanese MT-Bench", 63.7, "", (("setting", "math"),)),
            ("Pell-9B-Instruct", "Japanese MT-Bench", 54.1, "", (("setting", "reasoning"),)),
            ("Pell-9B-Instruct", "Japanese MT-Bench", 66.5, "", (("setting", "jmtavg"),)),
        },
    ),
    (
        "under a benchmark's heading, the share of unanswered items, the items' count and the "
        "reasoning length are no scores",
        "## MMLU-Redux\n\n| Model | Mode | Acc | No answer | Total | Reason Lens |\n"
        "|---|---|---|---|---|---|\n| Pell-9B | greedy | 88.01 | 0.14 | 2778 | 632.69 |\n"
        "| Corvid-7B | greedy | 82.76 | 1.94 | 2778 | 651.47 |\n"
        "| Kestrel-3 | greedy | 54.82 | 6.01 | 2778 | 433.88 |\n",
        {
            ("Pell-9B", "MMLU-Redux", 88.01, "acc", ()),
            ("Corvid-7B", "MMLU-Redux", 82.76, "acc", ()),
            ("Kestrel-3", "MMLU-Redux", 54.82, "acc", ()),
        },
    ),
    (
        "a title line in its tags above an HTML table whose own caption is a note names the "
        "benchmark of its Score column",
        "### Full Leaderboard with Pell as judge\n\n"
        '<p style="color:gray">Arena Hard v0.1 Leaderboard</p>\n<div style="display: flex">\n'
        "<table>\n<caption>*Note: Pell's high score may be the judge favouring itself.</caption>\n"
        "<thead><tr><th>Model Name</th><th>Score</th><th>95% CI</th></tr></thead>\n<tbody>\n"
        "<tr><td>Pell-9B*</td><td>82.6</td><td>-1.8/+1.6</td></tr>\n"
        "<tr><td>Corvid-7B</td><td>60.4</td><td>-2.2/+2.4</td></tr>\n</tbody>\n</table>\n</div>\n",
        {
            ("Pell-9B", "Arena-Hard v0.1", 82.6, "", ()),
            ("Corvid-7B", "Arena-Hard v0.1", 60.4, "", ()),
        },
    ),
    (
        "an agent board: the model in brackets after its scaffold ('TC (gpt-4o)'), pass^k "
        "columns as metrics, a part's heading ('### Airline') under the benchmark's page",
        "# τ-bench: a benchmark for tool-agent-user interaction\n\n## Leaderboard\n\n"
        "### Airline\n\n| Strategy | Pass^1 | Pass^2 |\n|---|---|---|\n"
        "| [TC (gpt-4o)](https://example.com/fc) | 0.420 | 0.273 |\n"
        "| [ReAct](https://arxiv.org/abs/2210.03629) (gpt-4o) | 0.325 | 0.233 |\n",
        {
            ("GPT-4o", "TAU-bench Airline", 42.0, "pass^1", (("setting", "tc"),)),
            ("GPT-4o", "TAU-bench Airline", 27.3, "pass^2", (("setting", "tc"),)),
            ("GPT-4o", "TAU-bench Airline", 32.5, "pass^1", (("setting", "react"),)),
            ("GPT-4o", "TAU-bench Airline", 23.3, "pass^2", (("setting", "react"),)),
        },
    ),
    (
        "a language before a benchmark names its translation, another test than the original",
        "Pell-9B-Instruct scores 7.1 on Japanese MT-Bench and 8.2 on MT-Bench. On Korean MMLU "
        "it reaches 61.0, on MMLU 70.2.\n",
        {
            ("Pell-9B-Instruct", "Japanese MT-Bench", 7.1, "", ()),
            ("Pell-9B-Instruct", "MT-Bench", 8.2, "", ()),
            ("Pell-9B-Instruct", "Korean MMLU", 61.0, "", ()),
            ("Pell-9B-Instruct", "MMLU", 70.2, "", ()),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_eval_leaderboard(tmp_path: Path, text: str, expected: set[Row]) -> None:
    assert records(tmp_path, text, "readme.md") == expected


def test_tables_of_one_heading_under_different_setups_are_never_one_key(tmp_path: Path) -> None:
    # Two judges give one model two scores: neither an internal disagreement nor a claim
    # that hides the other.
    block = (
        "```console\n         Model  Scores (%)\n"
        "0  corvid-0416        {a}\n1    pell-2.5        {b}\n```\n"
    )
    (tmp_path / "readme.md").write_text(
        "### Arena-Hard-v2.0-Preview\n\nHard Prompt, Style Control, and Pell-2.5 as Judge:\n"
        + block.format(a="85.9", b="79.0")
        + "\nHard Prompt, Style Control, and Corvid-4.1 as Judge:\n"
        + block.format(a="87.0", b="78.6"),
        encoding="utf-8",
    )
    report = api.scan([tmp_path])
    settings = {(c.model, c.value): c.qualifiers.get("setting") for c in report.claims}
    assert settings[("corvid-0416", 85.9)] == "hard prompt, style control, and pell-2.5 as judge"
    assert settings[("corvid-0416", 87.0)] == "hard prompt, style control, and corvid-4.1 as judge"
    assert not [k for k in report.conflicts if k.kind in ("internal", "contradiction")]


def test_a_mixture_of_experts_size_is_part_of_a_name_in_a_sentence(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(
        "Corvid-3 Mini reaches 82.5% on GSM8K, ahead of Mixtral 8x7B (58.4%).\n\n"
        "| Benchmark | Mixtral 8x22B (141B) | Corvid-3 Mini (3.8B) |\n|---|---|---|\n"
        "| MMLU | 77.8 | 68.8 |\n",
        encoding="utf-8",
    )
    got = {(c.model, c.benchmark, c.value) for c in api.scan([tmp_path]).claims}
    assert got == {
        ("Corvid-3 Mini", "GSM8K", 82.5),
        ("Mixtral 8x7B", "GSM8K", 58.4),
        ("Mixtral 8x22B", "MMLU", 77.8),
        ("Corvid-3 Mini", "MMLU", 68.8),
    }


def test_a_rank_after_is_no_score(tmp_path: Path) -> None:
    (tmp_path / "card.md").write_text(
        "Corvid-70B-Instruct reaches 85.0 on Arena Hard.\n\nAs of Oct 24th, 2024 its Elo "
        "Score on the Chatbot Arena leaderboard is 1267(+-7), at rank 9, and its style "
        "controlled rank is 26.\n",
        encoding="utf-8",
    )
    got = {(c.model, c.benchmark, c.value) for c in api.scan([tmp_path]).claims}
    assert got == {
        ("Corvid-70B-Instruct", "Arena-Hard", 85.0),
        ("Corvid-70B-Instruct", "Chatbot Arena", 1267.0),
    }


@pytest.mark.parametrize("variant", ["", " IT"])
def test_a_family_named_bare_is_not_its_one_size_when_other_releases_have_others(
    tmp_path: Path, variant: str
) -> None:
    # "Corvid 2" beside "Corvid 2 27B" alone would be that model; with "Corvid 2 9B PT"
    # and "Corvid 2 2B PT" in the corpus the family has three sizes, and stays apart,
    # also when both names carry the same variant ("Corvid 2 IT", "Corvid 2 27B IT").
    (tmp_path / "summary.md").write_text(
        f"# Corvid 2 notes\n\nCorvid 2{variant} scores 75.2 on MMLU.\n\n"
        "| Benchmark | 2B PT | 9B PT |\n|---|---|---|\n| MMLU | 51.3 | 71.3 |\n",
        encoding="utf-8",
    )
    (tmp_path / "news.md").write_text(
        f"Corvid 2 27B{variant} scores 81.7% on MMLU.\n", encoding="utf-8"
    )
    report = api.scan([tmp_path])
    models = {c.model for c in report.claims}
    assert {f"Corvid 2{variant}", f"Corvid 2 27B{variant}", "Corvid 2 2B PT"} <= models
    assert not [k for k in report.conflicts if k.kind == "contradiction"]
