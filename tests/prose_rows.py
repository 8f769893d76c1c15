"""What the prose tests share: the form of an expected claim, a row of text and the claims it
states, and reading a text through the real pipeline for prose (`segments.blocks`, then
`ProseReader.read`, with the built-in catalog only). Models and benchmarks no catalog holds
("Nimbus-3 Ultra", "OrbitQA") are as normal as known ones.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from claimcheck.extract.prose import ProseReader, RawClaim
from claimcheck.extract.segments import blocks

Quals = tuple[tuple[str, str], ...]
Seen = tuple[str, str, float, Quals]

SUBJECT_MS = "Muse Spark is Meta's new model. "
PARALLEL = "parallel test-time compute"  # several samples and a judge: a setup of its own


def C(model: str, benchmark: str, value: float, **qualifiers: str) -> Seen:
    """One expected claim; qualifiers as keywords (`mode="contemplating"`)."""
    return (model, benchmark, value, tuple(sorted(qualifiers.items())))


class Shape(NamedTuple):
    name: str
    text: str
    claims: set[Seen]


def miss(row: Shape, reason: str) -> object:
    """A row the reader gets wrong today: a strict xfail saying what goes wrong."""
    return pytest.param(row, marks=pytest.mark.xfail(strict=True, reason=reason), id=row.name)


def row_id(row: Shape) -> str:
    return row.name


def read_text(reader: ProseReader, text: str, line_of: list[int] | None = None) -> list[RawClaim]:
    if not text.endswith("\n"):
        text += "\n"
    if line_of is None:
        line_of = list(range(1, len(text.split("\n")) + 1))
    return reader.read(blocks(text), line_of)


def seen(claims: list[RawClaim]) -> list[Seen]:
    return sorted(
        (c.model, c.benchmark, c.value.value, tuple(sorted(c.qualifiers.items()))) for c in claims
    )


def check_shape(reader: ProseReader, row: Shape) -> None:
    # A list, not a set: the same claim read twice is a bug too.
    assert seen(read_text(reader, row.text)) == sorted(row.claims)
