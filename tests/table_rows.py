"""What the table tests share: a document as ingest builds it, by hand; the form of an expected
table claim; an HTML table from rows; a case (a table and the records it must give)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.extract.prose import ProseReader, RawClaim
from claimcheck.extract.tables import read_tables
from claimcheck.ingest import HtmlTable

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Doc:
    """A Document as ingest builds it, by hand."""

    text: str
    tables: list[HtmlTable] = field(default_factory=list)
    path: str = "doc.md"
    line_of: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kind: str = "md"

    def __post_init__(self) -> None:
        if not self.line_of:
            self.line_of = list(range(1, self.text.count("\n") + 2))


Row = tuple[str, str, float, frozenset[tuple[str, str]]]


def r(model: str, bench: str, value: float, **quals: str) -> Row:
    return (model, bench, value, frozenset(quals.items()))


def got(claims: list[RawClaim]) -> set[Row]:
    return {
        (c.model, c.benchmark, round(c.value.value, 4), frozenset(c.qualifiers.items()))
        for c in claims
    }


def html(rows: list[list[str]], header: list[bool] | None = None, caption: str = "") -> HtmlTable:
    flags = header if header is not None else [i == 0 for i in range(len(rows))]
    return HtmlTable(
        rows=rows, header=flags, lines=list(range(10, 10 + len(rows))), caption=caption
    )


@dataclass
class Case:
    id: str
    text: str
    expected: set[Row]
    tables: list[HtmlTable] = field(default_factory=list)
    pending: int = 0  # rows left for place_pending


def check_case(case: Case, reader: ProseReader) -> None:
    claims, pending = read_tables(Doc(case.text, case.tables), reader)
    assert got(claims) == case.expected
    assert len(pending) == case.pending
    assert all(c.extractor == "table" and not c.ambiguous for c in claims)
