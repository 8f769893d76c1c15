"""What the per-document half of a scan yields, and its JSON-lines form.

`claimcheck extract` writes one line per document (its raw claims, pending table rows,
comparisons, markers, notes, or why it was skipped); `claimcheck reconcile` reads them back
and runs the cross-document step once over all of them. Shards extracted apart, on any
number of machines, therefore reconcile exactly as one scan of the whole corpus.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import TypeAdapter

from claimcheck.extract.prose import RawClaim
from claimcheck.extract.relations import RawRelation
from claimcheck.extract.tables import PendingRow
from claimcheck.records import Skipped

# The key that tells an extraction line from a claim record, and its version: a reader
# refuses a version it does not know instead of misreading it.
FORMAT_KEY = "claimcheck_extraction"
FORMAT_VERSION = 1


@dataclass(slots=True)
class Extraction:
    """What the per-document half yields for one document."""

    path: str
    raws: list[RawClaim] = field(default_factory=list)
    pending: list[PendingRow] = field(default_factory=list)
    relations: list[RawRelation] = field(default_factory=list)
    stale_markers: list[int] = field(default_factory=list)
    skipped: Skipped | None = None
    notes: list[str] = field(default_factory=list)


@cache
def adapter() -> TypeAdapter[Extraction]:
    """Validates and dumps Extraction objects (the JSONL lines, the cache entries)."""
    return TypeAdapter(Extraction)


def extractions_jsonl(extractions: Iterable[Extraction]) -> str:
    adapter_ = adapter()
    lines = []
    for ex in extractions:
        data: dict[str, Any] = {FORMAT_KEY: FORMAT_VERSION}
        data.update(adapter_.dump_python(ex, mode="json"))
        lines.append(json.dumps(data, sort_keys=True, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")


def is_extraction(data: object) -> bool:
    return isinstance(data, dict) and FORMAT_KEY in data


def from_record(data: dict[str, Any]) -> Extraction:
    """One line's object back to an Extraction; ValueError when it cannot be."""
    version = data.pop(FORMAT_KEY)
    if version != FORMAT_VERSION:
        raise ValueError(
            f"extraction format {version!r}, this claimcheck reads {FORMAT_VERSION}: "
            "extract again with this version"
        )
    return adapter().validate_python(data)
