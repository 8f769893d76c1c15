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
