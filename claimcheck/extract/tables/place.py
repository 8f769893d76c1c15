"""Placing rows with missing cells by what the other sources say, once every document is read."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from math import comb

from claimcheck.extract.prose import RawClaim
from claimcheck.extract.tables.read import PendingRow

VALUE_TOLERANCE = 0.051  # two values agree within this (the gold files' tolerance)
MAX_PLACEMENTS = 5000  # beyond this many placements of a row, it is ambiguous without trying


# ---------------------------------------------------------------------------------------
# Placing rows with missing cells


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


def _unit_class(unit: str) -> str:
    return "tokens" if unit == "tokens" else "score"


@dataclass(slots=True)
class _Known:
    value: float
    unit: str
    source: str
    qualifiers: dict[str, str]


class _Evidence:
    def __init__(self, known: Iterable[RawClaim]) -> None:
        self.by_pair: dict[tuple[str, str], list[_Known]] = {}
        for claim in known:
            if claim.ambiguous or claim.ignored:
                continue
            if claim.value.approx != "exact" or claim.value.value_high is not None:
                continue
            pair = (_key(claim.model), _key(claim.benchmark))
            self.by_pair.setdefault(pair, []).append(
                _Known(claim.value.value, claim.value.unit, claim.source, claim.qualifiers)
            )

    def about(self, model: str, bench: str, source: str, unit: str) -> list[_Known]:
        found = self.by_pair.get((_key(model), _key(bench)), [])
        cls = _unit_class(unit)
        return [k for k in found if k.source != source and _unit_class(k.unit) == cls]


def _compatible(a: dict[str, str], b: dict[str, str]) -> bool:
    return all(b.get(key, value) == value for key, value in a.items())


def place_pending(
    pending: Sequence[PendingRow], known: Sequence[RawClaim], tolerance: float = VALUE_TOLERANCE
) -> list[RawClaim]:
    """Claims for rows with missing cells, placed by what other sources say.

    Every order-preserving placement of a row's values into its columns is tried. A
    placement is consistent when no value contradicts another source's claim for that cell
    under the same conditions (it matches none of them); it agrees with as many values as
    match another source's claim under compatible conditions. The one consistent placement
    with the most agreement, if it is unique and agrees at all, is emitted as ordinary
    claims; otherwise each value is emitted, ambiguous, under every column it could occupy
    in the consistent placements (in all placements when none is consistent). Claims of the
    row's own source never count.
    """
    evidence = _Evidence(known)
    out: list[RawClaim] = []
    for row in pending:
        out.extend(_place(row, evidence, tolerance))
    return out


def _place(row: PendingRow, evidence: _Evidence, tolerance: float) -> list[RawClaim]:
    n, k = len(row.columns), len(row.values)
    present = [i for i, v in enumerate(row.values) if v is not None]
    if not present or k > n:
        return []
    if k == n:  # every column has its cell: nothing to decide
        return [row.claim(i, i) for i in present if row.usable(i)]
    if comb(n, k) > MAX_PLACEMENTS:
        return [
            row.claim(i, col, ambiguous=True)
            for i in present
            for col in range(i, n - k + i + 1)
            if row.usable(col)
        ]
    verdicts: dict[tuple[int, int], tuple[bool, bool]] = {}

    def verdict(i: int, col: int) -> tuple[bool, bool]:
        """(contradicts, agrees) for value i in column col."""
        got = verdicts.get((i, col))
        if got is None:
            value = row.values[i]
            assert value is not None
            model, bench, quals = row.slot(col)
            known = evidence.about(model.name, bench.name, row.source, value.unit)
            matches = [abs(e.value - value.value) <= tolerance for e in known]
            same = [m for e, m in zip(known, matches, strict=True) if e.qualifiers == quals]
            contradicts = bool(same) and not any(same)
            agrees = any(
                m for e, m in zip(known, matches, strict=True) if _compatible(e.qualifiers, quals)
            )
            got = verdicts[(i, col)] = (contradicts, agrees)
        return got

    everything = list(combinations(range(n), k))
    consistent: list[tuple[tuple[int, ...], int]] = []
    for placement in everything:
        agree = 0
        ok = True
        for i in present:
            contradicts, agrees = verdict(i, placement[i])
            if contradicts:
                ok = False
                break
            agree += agrees
        if ok:
            consistent.append((placement, agree))
    if consistent:
        top = max(a for _, a in consistent)
        winners = [p for p, a in consistent if a == top]
        if top >= 1 and len(winners) == 1:
            return [row.claim(i, winners[0][i]) for i in present if row.usable(winners[0][i])]
        candidates = [p for p, _ in consistent]
    else:
        candidates = everything
    out: list[RawClaim] = []
    for i in present:
        for col in sorted({p[i] for p in candidates}):
            if row.usable(col):
                out.append(row.claim(i, col, ambiguous=True))
    return out
