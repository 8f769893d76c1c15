"""What the model-card table tests share (tests/test_model_card_*.py): the form of an
expected record, the records of a table's claims, and a Markdown document as ingest builds
it."""

from __future__ import annotations

from claimcheck.extract.prose import RawClaim
from claimcheck.ingest import Document, embedded_tables

Row = tuple[str, str, float, str, frozenset[tuple[str, str]]]


def r(model: str, bench: str, value: float, metric: str = "", **quals: str) -> Row:
    return (model, bench, value, metric, frozenset(quals.items()))


def got(claims: list[RawClaim]) -> set[Row]:
    return {
        (c.model, c.benchmark, round(c.value.value, 4), c.metric, frozenset(c.qualifiers.items()))
        for c in claims
        if not c.ambiguous
    }


def doc(text: str, path: str = "card.md") -> Document:
    notes: list[str] = []
    body, tables = embedded_tables(text, notes)
    return Document(path, body, list(range(1, body.count("\n") + 2)), tables, notes, "md")
