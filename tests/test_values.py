"""`values.agree`: two written values can both be true within what their written precision,
approximation words, bounds and ranges allow (DESIGN.md, "Values").

Each row: two values as an article writes them and whether a careful reader says they
agree. Agreement is symmetric, so every row is checked both ways.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from claimcheck.records import Claim
from claimcheck.values import agree, interval


class Written(NamedTuple):
    """One value as written: "89.50" is Written(89.5, 2); "60-70%" Written(60, 0, "range", 70)."""

    value: float
    decimals: int = 0
    approx: str = "exact"
    high: float | None = None
    unit: str = "%"


class Pair(NamedTuple):
    a: Written
    b: Written
    agree: bool
    why: str


def _claim(w: Written) -> Claim:
    return Claim(
        id="c-test",
        model="Nimbus-3 Ultra",
        benchmark="OrbitQA",
        value=w.value,
        value_high=w.high,
        unit=w.unit,
        approx=w.approx,  # type: ignore[arg-type]
        decimals=w.decimals,
        source="a.md",
        line=1,
        column=1,
        text="",
        model_mention="Nimbus-3 Ultra",
        benchmark_mention="OrbitQA",
    )


_AGREE = [
    Pair(Written(89.5, 1), Written(89.5, 2), True, "89.5 vs 89.50"),
    Pair(Written(90, 0, "about"), Written(89.5, 1), True, "roughly 90% covers 89.5%"),
    Pair(Written(90, 0, "about"), Written(91), True, "roughly 90% covers 91%"),
    Pair(Written(80, 0, "about"), Written(79.2, 1), True, "nearly 80% covers 79.2%"),
    Pair(Written(90), Written(89.5, 1), True, "90 may be 89.5 rounded"),
    Pair(Written(52, unit=""), Written(52.4, 1, unit=""), True, "52 may be 52.4 rounded"),
    Pair(Written(76, 0, "at_least", unit=""), Written(76.5, 1), True, "76+ vs 76.5"),
    Pair(Written(76, 0, "at_least"), Written(80, 0, "at_least"), True, "above 76% vs over 80%"),
    Pair(Written(30, 0, "at_most"), Written(29.5, 1), True, "under 30% vs 29.5%"),
    Pair(Written(60, 0, "range", 70), Written(65), True, "60-70% vs 65%"),
    Pair(Written(60, 0, "range", 70), Written(70.4, 1), True, "60-70% vs 70.4% (rounds to 70)"),
    Pair(Written(60, 0, "range", 70), Written(65, 0, "range", 75), True, "overlapping ranges"),
    Pair(Written(2029, unit="elo"), Written(2029, unit="elo"), True, "2029 vs 2,029"),
    Pair(Written(1427, unit="elo"), Written(1427, unit="elo"), True, "1,427 ELO vs 1427"),
    Pair(Written(42.8, 1), Written(42.8, 1), True, "the same value"),
    Pair(Written(86.4, 1, unit=""), Written(86.4, 1), True, "86.4 vs 86.4%"),
    # Re-rounding: model cards round figures that were rounded before (real corpus: 66.0 vs
    # 65.93, 53.0 vs 53.1, an AIME cell of 10 vs 9.3). One step of the coarser precision.
    Pair(Written(89.5, 1), Written(89.6, 1), True, "89.5 vs 89.6: one step, re-rounded"),
    Pair(Written(90), Written(89.4, 1), True, "89.4 is within a step of 90"),
    Pair(Written(52, unit=""), Written(52.6, 1, unit=""), True, "52.6 within a step of 52"),
    Pair(Written(66.0, 1), Written(65.93, 2), True, "66.0 vs 65.93"),
]

_DISAGREE = [
    Pair(Written(42.8, 1), Written(48.2, 1), False, "42.8 vs 48.2 (swapped digits)"),
    Pair(Written(79.2, 1), Written(79.8, 1), False, "79.2 vs 79.8"),
    Pair(Written(78.4, 1), Written(89.5, 1), False, "78.4 vs 89.5"),
    Pair(Written(89.5, 1), Written(89.7, 1), False, "89.5 vs 89.7: two steps apart"),
    Pair(Written(90), Written(88.9, 1), False, "88.9 is more than a step from 90"),
    Pair(Written(52, unit=""), Written(53.2, 1, unit=""), False, "53.2: more than a step"),
    Pair(Written(76, 0, "at_least", unit=""), Written(42.5, 1), False, "76+ vs 42.5"),
    Pair(Written(30, 0, "at_most"), Written(35), False, "under 30% vs 35%"),
    Pair(Written(60, 0, "range", 70), Written(72), False, "60-70% vs 72%"),
    Pair(Written(60, 0, "range", 70), Written(55.5, 1), False, "60-70% vs 55.5%"),
    Pair(Written(90, 0, "about"), Written(85), False, "roughly 90% does not cover 85%"),
    Pair(Written(1427, unit="elo"), Written(1648, unit="elo"), False, "1,427 vs 1,648 Elo"),
]


@pytest.mark.parametrize("row", _AGREE + _DISAGREE, ids=lambda r: r.why)
def test_agree(row: Pair) -> None:
    a, b = _claim(row.a), _claim(row.b)
    assert agree(a, b) is row.agree
    assert agree(b, a) is row.agree


class Allowed(NamedTuple):
    written: Written
    low: float
    high: float
    why: str


_INTERVALS = [
    Allowed(Written(89.5, 1), 89.45, 89.55, "89.5: half a step of the last digit"),
    Allowed(Written(89.5, 2), 89.495, 89.505, "89.50 is more precise"),
    Allowed(Written(90), 89.5, 90.5, "90"),
    Allowed(Written(76, 0, "at_least"), 75.5, float("inf"), "76+"),
    Allowed(Written(30, 0, "at_most"), float("-inf"), 30.5, "under 30"),
    Allowed(Written(60, 0, "range", 70), 59.5, 70.5, "60-70"),
]


@pytest.mark.parametrize("row", _INTERVALS, ids=lambda r: r.why)
def test_interval(row: Allowed) -> None:
    low, high = interval(_claim(row.written))
    assert low == pytest.approx(row.low, abs=1e-6)
    assert high == pytest.approx(row.high, abs=1e-6)
