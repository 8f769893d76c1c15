"""The records claimcheck writes, reads and prints: the JSON contract of `scan --format json`.

Pydantic lives here, at the edges; the extractors work on plain dataclasses and only
build these models once a claim is final.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Approx = Literal["exact", "about", "at_least", "at_most", "range"]
Severity = Literal["error", "warning", "info"]
ConflictKind = Literal[
    "contradiction", "uncorroborated", "condition", "internal", "comparison", "stale"
]

SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that depends only on `parts`, so it survives re-runs and re-orderings."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:10]}"


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


R = TypeVar("R", bound=Record)
_set = object.__setattr__


def trusted(cls: type[R], values: dict[str, Any]) -> R:
    """What `cls.model_construct(**values)` gives for `values` naming every field, in the
    fields' order, each already of its field's type (claims made from extractions): no
    validation and none of `model_construct`'s per-field work, which costs more than
    validating. For bulk records only; a test holds it equal to `cls(**values)`."""
    record = cls.__new__(cls)
    _set(record, "__dict__", values)
    _set(record, "__pydantic_fields_set__", set(values))
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    return record


class Claim(Record):
    id: str
    model: str
    benchmark: str
    value: float
    value_high: float | None = None  # upper end of a range ("60-70%")
    unit: str = "%"
    metric: str = ""  # what was measured, where the text says: "pass@1", "em", "percentile"
    approx: Approx = "exact"
    decimals: int = 0  # digits written after the point: the precision the source claims
    qualifiers: dict[str, str] = Field(default_factory=dict)
    source: str
    line: int
    column: int
    text: str
    ambiguous: bool = False
    model_mention: str
    benchmark_mention: str
    extractor: Literal["prose", "list", "table"] = "prose"
    attribution: str | None = None  # "according to X", "X's technical report"
    first_party: bool = False  # the attribution names the model's own maker
    ignored: bool = False  # covered by an in-article marker ([sic], claimcheck: ignore)


class Relation(Record):
    """A comparison or ranking an article states, checked against every source's values."""

    id: str
    source: str
    line: int
    text: str
    subject: str
    relation: Literal["above", "below", "rank", "top"]
    target: str | None = None
    rank: int | None = None
    benchmark: str
    qualifiers: dict[str, str] = Field(default_factory=dict)
    status: Literal["consistent", "refuted", "unchecked"] = "unchecked"
    evidence: str = ""


class ValueSources(Record):
    value: str  # the value as a canonical string, e.g. "89.5"
    sources: list[str]


class Consensus(Record):
    value: str
    sources: list[str]


class Resolution(Record):
    conflict: str
    action: Literal["accept", "dismiss"]
    value: float | None = None
    reason: str
    by: str | None = None
    date: str | None = None


class Conflict(Record):
    id: str
    kind: ConflictKind
    severity: Severity
    model: str
    benchmark: str
    qualifiers: dict[str, str] = Field(default_factory=dict)
    claims: list[str]
    values: list[ValueSources] = Field(default_factory=list)
    consensus: Consensus | None = None
    outliers: list[str] = Field(default_factory=list)  # sources that disagree with consensus
    message: str
    rule: str = ""  # which rule fired, for `claimcheck explain`
    status: Literal["open", "resolved"] = "open"
    resolution: Resolution | None = None


class SourceSummary(Record):
    path: str
    claims: int
    corroborated: int
    contradicted: int
    uncorroborated: int
    reliability: float


class Skipped(Record):
    path: str
    reason: str


class Summary(Record):
    sources: int
    claims: int
    conflicts: dict[str, int]  # by severity, open ones
    resolved: int
    skipped: int
    ignored: int = 0  # claims kept out by in-article markers ([sic], claimcheck: ignore)


class Report(Record):
    version: str = SCHEMA_VERSION
    sources: list[SourceSummary]
    claims: list[Claim]
    conflicts: list[Conflict]
    relations: list[Relation] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    summary: Summary
