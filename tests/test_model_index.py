"""The `model-index` in a Hugging Face model card's front matter: each metric value a claim
of the item's model on the dataset it names, with the shot count of its arguments."""

from __future__ import annotations

from claimcheck.catalog import default
from claimcheck.extract import extract_document
from claimcheck.ingest import Document

OPEN_LLM_CARD = """---
license: apache-2.0
model-index:
- name: Zephyr-7B-beta
  results:
  - task:
      type: text-generation
      name: Text Generation
    dataset:
      name: AI2 Reasoning Challenge (25-Shot)
      type: ai2_arc
      config: ARC-Challenge
      split: test
      args:
        num_few_shot: 25
    metrics:
    - type: acc_norm
      value: 62.03
      name: normalized accuracy
    source:
      url: https://huggingface.co/spaces/open-llm-leaderboard
      name: Open LLM Leaderboard
  - task:
      type: text-generation
    dataset:
      name: GSM8k (5-shot)
      type: gsm8k
      args:
        num_few_shot: 5
    metrics:
    - type: acc
      value: 12.74
      name: accuracy
    - type: acc_stderr
      value: n/a
---

# Zephyr 7B beta

Zephyr is a fine-tuned chat model.
"""


def _doc(text: str) -> Document:
    lines = list(range(1, text.count("\n") + 2))
    return Document("card.md", text, lines, [], [], "md")


def test_open_llm_leaderboard_model_index() -> None:
    claims = extract_document(_doc(OPEN_LLM_CARD), default()).claims
    found = {
        (c.model, c.benchmark, c.value.value, c.metric, tuple(sorted(c.qualifiers.items())), c.line)
        for c in claims
    }
    assert found == {
        ("Zephyr-7B-beta", "ARC-Challenge", 62.03, "acc_norm", (("shots", "25-shot"),), 18),
        ("Zephyr-7B-beta", "GSM8K", 12.74, "acc", (("shots", "5-shot"),), 32),
    }


def test_front_matter_without_a_model_index_gives_nothing() -> None:
    text = "---\ntitle: MMLU 86.4\ndate: 2024-05-13\nscore: 91.2\n---\n\nNo figures here.\n"
    assert extract_document(_doc(text), default()).claims == []


def test_a_model_index_outside_the_front_matter_is_not_read() -> None:
    text = "Intro.\n\n```yaml\nmodel-index:\n- name: Zephyr-7B-beta\n  results:\n" + (
        "  - task:\n      type: t\n    dataset:\n      name: GSM8K\n    metrics:\n"
        "    - type: acc\n      value: 12.74\n```\n"
    )
    assert extract_document(_doc(text), default()).claims == []
