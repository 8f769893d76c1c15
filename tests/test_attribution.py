"""Who a number belongs to when the sentence does not name a model (issues 10, 11, 14):
the article's model only where nothing else is pointed at; otherwise no claim, never a
guess."""

from __future__ import annotations

import pytest

from claimcheck.catalog import default
from claimcheck.extract import extract_document
from claimcheck.ingest import Document

ARTICLE = "# Halvard-4 Reasoner launches\n\nHalvard-4 Reasoner scores 88.1% on GPQA Diamond.\n\n"


def claims(text: str) -> set[tuple[str, str, float]]:
    doc = Document("a.md", text, list(range(1, text.count("\n") + 2)), [], [], "md")
    result = extract_document(doc, default())
    return {(c.model, c.benchmark, c.value.value) for c in result.claims if not c.ambiguous}


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # "that" points at the model just named, not the article's: not guessed.
        ("How does it stack up against GPT-5.4? Isn't that at 92.8 on GPQA Diamond?\n", set()),
        # Someone's figures: a lab's model the sentence does not name.
        ("- Quillon's HLE figures come in two flavours: 29.4% without tools.\n", set()),
        # A benchmark that is itself a possessive is no owner.
        (
            "- Humanity's Last Exam, with tools — 44.0%\n",
            {("Halvard-4 Reasoner", "Humanity's Last Exam", 44.0)},
        ),
        # The plain subjectless shape still goes to the article's model.
        ("On MMLU-Pro, our run gave 86.9%.\n", {("Halvard-4 Reasoner", "MMLU-Pro", 86.9)}),
    ],
)
def test_subjectless_sentences(tail: str, expected: set[tuple[str, str, float]]) -> None:
    base = {("Halvard-4 Reasoner", "GPQA Diamond", 88.1)}
    assert claims(ARTICLE + tail) == base | expected


REVIEW = "# Sable-2 review\n\nSable-2 is Kestrel's new model.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "with it on": the mode the sentence named before.
        (
            "On GPQA Diamond it scores 0.719 with thinking off, 0.886 with it on.\n",
            {  # fractions stay as written until the claim is normalised
                ("GPQA Diamond", 0.719, (("mode", "non-thinking"),)),
                ("GPQA Diamond", 0.886, (("mode", "thinking"),)),
            },
        ),
        # A label's condition before the colon.
        (
            "Humanity's Last Exam with search and Python: 46.8.\n",
            {("Humanity's Last Exam", 46.8, (("tools", "with"),))},
        ),
        # "N of M problems" is a share.
        (
            "On AIME 2025, Sable-2 solved 24 of the 30 problems.\n",
            {("AIME 2025", 80.0, ())},
        ),
        # A benchmark's own version is no score; "on" after a value is no switch.
        (
            "Sable-2 scores 61.0 on Terminal-Bench 2.0, the 2.0 task set.\n",
            {("Terminal-Bench 2.0", 61.0, ())},
        ),
        # A file format is no benchmark.
        ("Sable-2 posts 0.719 in their eval JSON.\n", set()),
    ],
)
def test_conditions_and_values_in_prose(
    text: str, expected: set[tuple[str, float, tuple[tuple[str, str], ...]]]
) -> None:
    doc = Document(
        "r.md", REVIEW + text, list(range(1, (REVIEW + text).count("\n") + 2)), [], [], "md"
    )
    result = extract_document(doc, default())
    got = {
        (c.benchmark, round(c.value.value, 3), tuple(sorted(c.qualifiers.items())))
        for c in result.claims
        if not c.ambiguous and c.model == "Sable-2"
    }
    assert got == expected


def test_items_under_a_heading_that_names_a_benchmark_report_it() -> None:
    text = (
        "# o3 arrives\n\n### Mathematics (AIME 2024)\n- **o3**: 96.7% (US Math Olympiad "
        "equivalent)\n- **GPT-4**: 13.4%\n\n### Coding (Codeforces)\n- **o3**: Elo 2727\n"
        "- **Human experts**: 69.7%\n"
    )
    assert claims(text) == {
        ("OpenAI o3", "AIME 2024", 96.7),
        ("GPT-4", "AIME 2024", 13.4),
        ("OpenAI o3", "Codeforces", 2727.0),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sable-2, Orrery-5 and Juniper-3 reach 88.6, 79.3 and 77.9 on GPQA Diamond, in that "
            "order.\n",
            {("Sable-2", 88.6, ()), ("Orrery-5", 79.3, ()), ("Juniper-3", 77.9, ())},
        ),
        (
            "Sable-2 and Orrery-5 score 71.0 and 64.5 on GPQA Diamond.\n",
            {("Sable-2", 71.0, ()), ("Orrery-5", 64.5, ())},
        ),
        # A scaffold is a condition; the standard harness is the default reading.
        (
            "With its own agent harness, Orrery-5 reaches 76.5% on GPQA Diamond; on the "
            "standard harness, with no custom scaffolding, Orrery-5 gets 68.2%.\n",
            {("Orrery-5", 76.5, (("scaffold", "custom"),)), ("Orrery-5", 68.2, ())},
        ),
    ],
)
def test_coordination_and_scaffolds(
    text: str, expected: set[tuple[str, float, tuple[tuple[str, str], ...]]]
) -> None:
    body = "# Roundup\n\n" + text
    doc = Document("n.md", body, list(range(1, body.count("\n") + 2)), [], [], "md")
    result = extract_document(doc, default())
    got = {
        (c.model, round(c.value.value, 1), tuple(sorted(c.qualifiers.items())))
        for c in result.claims
        if not c.ambiguous
    }
    assert got == expected


def test_a_model_named_with_its_only_size_is_the_model_named_without(tmp_path) -> None:
    from claimcheck import api

    (tmp_path / "a.md").write_text("Juniper-3 480B-A35B scores 64.8 on LiveCodeBench.\n")
    (tmp_path / "b.md").write_text("Juniper-3 scores 68.4 on LiveCodeBench.\n")
    (tmp_path / "c.md").write_text("Juniper-3 gets 68.4% on LiveCodeBench.\n")
    (tmp_path / "d.md").write_text("Teller 8B scores 40.1 on MMLU-Pro; Teller 70B scores 60.2.\n")
    (tmp_path / "e.md").write_text("Teller scores 55.0 on MMLU-Pro.\n")
    report = api.scan([tmp_path])
    models = {c.model for c in report.claims}
    assert len({m for m in models if m.startswith("Juniper")}) == 1  # one size: one model
    assert {"Teller 8B", "Teller 70B", "Teller"} <= models  # two sizes: the bare name apart
    errors = {(k.model, k.benchmark) for k in report.conflicts if k.severity == "error"}
    assert errors == {(next(m for m in models if m.startswith("Juniper")), "LiveCodeBench")}


def test_a_bare_name_beside_a_size_and_its_preview_stays_apart(tmp_path) -> None:
    from claimcheck import api

    # "QwQ" with one size in the corpus would be that size, but the corpus also names the
    # size's preview release: the bare name may be either, and is compared with neither.
    (tmp_path / "a.md").write_text(
        "Wren-32B scores 78.5% on AIME 2024, and Wren-32B-Preview 50.0% on AIME 2024.\n"
    )
    (tmp_path / "b.md").write_text("| Benchmark | Wren |\n|---|---|\n| AIME 2024 | 50.0 |\n")
    report = api.scan([tmp_path])
    assert "Wren" in {c.model for c in report.claims}
    assert not [k for k in report.conflicts if k.severity == "error"]


def test_a_label_opening_an_item_names_the_benchmark_its_sentence_scores() -> None:
    text = (
        "# Orrery-5\n\n- PatchPilot 2.0: On this independent benchmark, built from 15 "
        "open-source projects, Orrery-5 scores 57.3%, ahead of GPT-5.4 (52.0%).\n"
    )
    assert claims(text) == {
        ("Orrery-5", "PatchPilot 2.0", 57.3),
        ("GPT-5.4", "PatchPilot 2.0", 52.0),
    }


def test_a_verb_opening_an_item_is_no_model() -> None:
    text = (
        "## Math\n\n-   **DeepSeek R1:** Scored 97.3% pass@1 on MATH-500.\n"
        "-   **OpenAI o1:** Trailed slightly at 96.4%.\n"
        "-   **DeepSeek R1:** Solved 65.9% of LiveCodeBench problems.\n"
    )
    assert claims(text) == {
        ("DeepSeek-R1", "MATH-500", 97.3),
        ("OpenAI o1", "MATH-500", 96.4),
        ("DeepSeek-R1", "LiveCodeBench", 65.9),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Where a model started is no score of it: a false error against its real figure.
        (
            "On AIME 2024 DeepSeek-R1-Zero climbed to 71% from a starting point of just 15.6%!\n",
            {("DeepSeek-R1-Zero", "AIME 2024", 71.0)},
        ),
        (
            "DeepSeek-R1-Zero improved from 15.6% to 71% on AIME 2024.\n",
            {("DeepSeek-R1-Zero", "AIME 2024", 71.0)},
        ),
        # ... but a from-value said to be another model's, or under a condition, is a claim.
        (
            "Halvard-4 Reasoner reaches 74.3% on SWE-bench Verified, up from 61.5% for "
            "Halvard-3.\n",
            {
                ("Halvard-4 Reasoner", "SWE-bench Verified", 74.3),
                ("Halvard-3", "SWE-bench Verified", 61.5),
            },
        ),
        # A bound on the others is no claim about the model named.
        (
            "OpenAI o3 solved 25.2% of Frontier Math, where no other model had got past 2%.\n",
            {("OpenAI o3", "Frontier Math", 25.2)},
        ),
        # A concept is no model.
        (
            "o3 is a big step toward AGI, scoring 87% on the ARC-AGI-1 test.\n",
            {("OpenAI o3", "ARC-AGI-1", 87.0)},
        ),
    ],
)
def test_numbers_that_are_no_score_of_the_model(
    text: str, expected: set[tuple[str, str, float]]
) -> None:
    assert claims(text) == expected


def test_a_question_title_does_not_glue_its_words_to_the_model() -> None:
    text = (
        "# How Good Is GPT-4.5? A Deep Dive\n\n"
        "GPT-4.5 reaches 62.5% on SimpleQA, well above earlier versions.\n"
    )
    assert claims(text) == {("GPT-4.5", "SimpleQA", 62.5)}


@pytest.mark.parametrize(
    "text",
    [
        "Gemma 3 27B wins on MATH (89.0 vs 86.5).\n",
        "On MATH (89.0 against 86.5) Gemma 3 27B beats Gemini 1.5 Pro.\n",
    ],
)
def test_a_value_pair_given_to_one_model_is_not_claimed(text: str) -> None:
    # One of the pair is a rival's; read as one model's two values they would contradict.
    assert not {c for c in claims(text) if c[2] == 86.5}


def test_with_extended_thinking_after_the_model_is_its_mode() -> None:
    doc = "# Claude 3.7 notes\n\n"
    text = (
        "Claude 3.7 Sonnet with extended thinking reached 70.3% on SWE-bench Verified, where "
        "Claude 3.5 Sonnet managed 49%. Without extended thinking, Claude 3.7 Sonnet gets "
        "62.3% on SWE-bench Verified.\n"
    )
    found = {
        (c.model, c.value.value, c.qualifiers.get("mode", ""))
        for c in extract_document(
            Document("a.md", doc + text, [1, 2, 3, 4], [], [], "md"), default()
        ).claims
    }
    assert found == {
        ("Claude 3.7 Sonnet", 70.3, "thinking"),
        ("Claude 3.5 Sonnet", 49.0, ""),
        ("Claude 3.7 Sonnet", 62.3, "non-thinking"),
    }


def test_a_hard_wrapped_numbered_point_carries_on_its_sentence() -> None:
    text = (
        "KEY POINTS\n1) The headline needs an asterisk. Orrery-5's standard-harness score on "
        "SWE-bench Verified is\n68.2%, which trails Claude Opus 4.6 (80.8%) by 12.6 points. "
        "The 76.5% figure in Halcyon's materials needs a scaffold.\n"
    )
    assert claims(text) == {
        ("Orrery-5", "SWE-bench Verified", 68.2),
        ("Claude Opus 4.6", "SWE-bench Verified", 80.8),
    }


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Deliberation disabled, Halvard-4 Reasoner gets 58.3 on AIME 2025.\n", "non-thinking"),
        ("Turn thinking off and Halvard-4 Reasoner gets 58.3 on AIME 2025.\n", "non-thinking"),
        ("With thinking switched on, Halvard-4 Reasoner gets 58.3 on AIME 2025.\n", "thinking"),
        ("Thinking enabled, Halvard-4 Reasoner gets 58.3 on AIME 2025.\n", "thinking"),
    ],
)
def test_a_mode_switched_in_words_opens_its_clause(text: str, mode: str) -> None:
    doc = Document("a.md", text, [1, 2], [], [], "md")
    (claim,) = extract_document(doc, default()).claims
    assert (claim.value.value, claim.qualifiers.get("mode")) == (58.3, mode)


def test_without_it_after_a_named_switch_is_that_mode_off() -> None:
    text = (
        "# Juniper-3 FAQ\n\nEverything on the card is measured with thinking on. Without it, "
        "Juniper-3 drops to 64.0% on GPQA Diamond.\n\nDeliberation disabled, Juniper-3 gets 58.3 "
        "on AIME 2025. Enable it and the same model is at 91.7.\n"
    )
    doc = Document("a.md", text, list(range(1, 8)), [], [], "md")
    found = {
        (c.value.value, c.qualifiers.get("mode")) for c in extract_document(doc, default()).claims
    }
    assert found == {(64.0, "non-thinking"), (58.3, "non-thinking"), (91.7, "thinking")}


def test_a_heading_as_high_as_a_model_section_ends_it() -> None:
    text = (
        "# Juniper-3 FAQ\n\nJuniper-3 scores 83.3% on AIME 2025.\n\n"
        "### How does it compare with Qwen3-235B-A22B?\n\nQwen3-235B-A22B scores 71.1% on "
        "GPQA Diamond.\n\n### Does it do agents?\n\nPallas reports 62.5% on SWE-bench Verified.\n"
    )
    assert ("Juniper-3", "SWE-bench Verified", 62.5) in claims(text)


def test_a_share_of_a_benchmark_is_a_score_on_it() -> None:
    text = (
        "Juniper-3 reaches a Codeforces Elo of 2045 and resolves 62.5% of SWE-bench Verified. "
        "Per the card it solves 25 of the 30 AIME 2025 problems.\n"
    )
    assert claims(text) == {
        ("Juniper-3", "Codeforces", 2045.0),
        ("Juniper-3", "SWE-bench Verified", 62.5),
        ("Juniper-3", "AIME 2025", 83.3),
    }


def test_a_size_before_a_model_name_is_no_part_of_it() -> None:
    text = "On GPQA, the 14B Phi-4-reasoning-plus scores 69.3% against 77.7% for o3-mini.\n"
    assert claims(text) == {
        ("Phi-4-reasoning-plus", "GPQA", 69.3),
        ("OpenAI o3-mini", "GPQA", 77.7),
    }


def test_a_mode_word_and_a_metric_after_the_model_name_are_its_conditions() -> None:
    text = "Compute at test time: Grok 3 Think (cons@64) reached 93.3% on AIME 2025.\n"
    doc = Document("a.md", text, [1, 2], [], [], "md")
    (claim,) = extract_document(doc, default()).claims
    assert (claim.qualifiers.get("mode"), claim.metric) == ("thinking", "cons@64")


def test_links_split_names_and_test_time_compute() -> None:
    text = (
        "Colossus: 1 million H100 GPUs ([Wikipedia](https://en.wikipedia.org/wiki/X_%28com%29)).\n\n"
        "- With bash tools and no test-time compute, Kimi K2 reaches 65.8% pass@1 on SWE-bench "
        "Verified, and 47.3% pass@1 on SWE-bench Multilingual under the same setup. A further "
        "SWE-bench Verified figure of 71.6% uses parallel test-time compute.\n"
    )
    doc = Document("a.md", text, list(range(1, 5)), [], [], "md")
    found = {
        (c.model, c.benchmark, c.value.value, c.qualifiers.get("scaffold", ""))
        for c in extract_document(doc, default()).claims
    }
    assert found == {
        ("Kimi K2", "SWE-bench Verified", 65.8, ""),
        ("Kimi K2", "SWE-bench Multilingual", 47.3, ""),
        ("Kimi K2", "SWE-bench Verified", 71.6, "parallel test-time compute"),
    }


def test_a_figure_someone_gives_the_model_just_named_is_that_models() -> None:
    text = (
        "On GPQA Diamond it is ahead of the original GPT-5 at 85.7% but well behind GPT-5.4, "
        "listed by OpenAI at 92.8%.\n"
    )
    assert claims(text) == {("GPT-5", "GPQA Diamond", 85.7), ("GPT-5.4", "GPQA Diamond", 92.8)}


def test_a_wrapped_point_keeps_its_benchmark_through_a_sentence_about_it() -> None:
    text = (
        '3) "Best in the world" on PatchPilot 2.0 does not survive our checks. We re-ran the '
        "300-task\nbenchmark on the standard harness for the three closed frontier models. "
        "Orrery-5's 57.3% beats\n"
        "Claude Opus 4.6 (55.4%) and GPT-5.4 (52.0%), consistent with Halcyon's release, but "
        "Gemini 3.1\nPro scores 59.0% on the same setup, a lead of 1.7 points.\n"
    )
    assert claims(text) == {
        ("Orrery-5", "PatchPilot 2.0", 57.3),
        ("Claude Opus 4.6", "PatchPilot 2.0", 55.4),
        ("GPT-5.4", "PatchPilot 2.0", 52.0),
        ("Gemini 3.1 Pro", "PatchPilot 2.0", 59.0),
    }


def test_the_figure_is_a_score_of_the_section_model_and_benchmark() -> None:
    text = (
        "## Orrery-5: read the footnote\n\nThe headline on SWE-bench Verified uses a custom "
        "scaffold. On the standard harness the figure is 68.2%. Both are honest.\n"
    )
    assert claims(text) == {("Orrery-5", "SWE-bench Verified", 68.2)}
