"""`find_values`: which numbers in a piece of text could be scores, with unit, precision and
bounds.

The function's contract (numbers.py): it decides what a number *is*. Dates, prices, money,
counts with a counted noun, ages, sizes, versions, ranks and numbers glued to names are not
values. A percentage is a value wherever it stands ("a 49% stake" holds the value 49%); the
sentence reader decides whether a value becomes a claim, and it also drops counts of plural
nouns ("1,000 physicians") and numbers inside the name spans it passes as `skip`. Those rows
are in `_FOUND_FOR_THE_READER`; what the reader makes of them is tested in test_prose*.py.

Each row: the text, and every value found as (value, high, decimals, unit, approx, text).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from claimcheck.catalog import default
from claimcheck.extract.numbers import NumberRules, Value, find_values
from claimcheck.extract.prose import ProseReader

# (value, value_high, decimals, unit, approx, text as matched)
Found = tuple[float, float | None, int, str, str, str]


class Example(NamedTuple):
    text: str
    found: list[Found]
    skip: tuple[tuple[int, int], ...] = ()


def _miss(row: Example, reason: str) -> object:
    return pytest.param(row, marks=pytest.mark.xfail(strict=True, reason=reason), id=_id(row))


def _id(row: Example) -> str:
    return row.text + (" [name spans skipped]" if row.skip else "")


_SCORES = [
    Example("89.5%", [(89.5, None, 1, "%", "exact", "89.5%")]),
    Example("scored 89.5% on it", [(89.5, None, 1, "%", "exact", "89.5%")]),
    Example("45.0%", [(45.0, None, 1, "%", "exact", "45.0%")]),
    Example("45.00%", [(45.0, None, 2, "%", "exact", "45.00%")]),
    Example("100%", [(100.0, None, 0, "%", "exact", "100%")]),
    Example("88.0 percent", [(88.0, None, 1, "%", "exact", "88.0 percent")]),
    Example("50 percent", [(50.0, None, 0, "%", "exact", "50 percent")]),
    Example("1,427 ELO", [(1427.0, None, 0, "elo", "exact", "1,427 ELO")]),
    Example("posts 1,427 Elo", [(1427.0, None, 0, "elo", "exact", "1,427 Elo")]),
    Example("1,648", [(1648.0, None, 0, "", "exact", "1,648")]),
    Example("68,2 %", [(68.2, None, 1, "%", "exact", "68,2 %")]),
    Example("obtiene un 71,50% en AIME", [(71.5, None, 2, "%", "exact", "71,50%")]),
    Example("74,2 Punkte", [(74.2, None, 1, "points", "exact", "74,2 Punkte")]),
    Example("72,6 Prozent", [(72.6, None, 1, "%", "exact", "72,6 Prozent")]),
    Example("74,2 Einheiten", []),  # a decimal comma is read only before a unit it knows
    Example("items 1,2 and 3", [(3.0, None, 0, "", "exact", "3")]),
    Example("a 256,000-token window", []),
    Example("256,000", []),
    Example("2,029", [(2029.0, None, 0, "", "exact", "2,029")]),
    Example("rated 2,029", [(2029.0, None, 0, "", "exact", "2,029")]),
    Example("52 points", [(52.0, None, 0, "points", "exact", "52 points")]),
    Example("scored 52 on the Intelligence Index", [(52.0, None, 0, "", "exact", "52")]),
    Example("Intelligence Index score of 52", [(52.0, None, 0, "", "exact", "52")]),
    Example("0.623", [(0.623, None, 3, "", "exact", "0.623")]),  # scaled by normalize
    Example("scored 0.623", [(0.623, None, 3, "", "exact", "0.623")]),
    Example("(89.5)", [(89.5, None, 1, "", "exact", "89.5")]),
    Example("[89.5]", [(89.5, None, 1, "", "exact", "89.5")]),
    Example("89.5.", [(89.5, None, 1, "", "exact", "89.5")]),
    Example(
        "58 million output tokens",
        [(58_000_000.0, None, 0, "tokens", "exact", "58 million output tokens")],
    ),
    Example(
        "used 58 million output tokens",
        [(58_000_000.0, None, 0, "tokens", "exact", "58 million output tokens")],
    ),
    Example(
        "42.8 vs 48.2",
        [(42.8, None, 1, "", "exact", "42.8"), (48.2, None, 1, "", "exact", "48.2")],
    ),
    Example("78.4% → 89.5%", [(89.5, None, 1, "%", "exact", "89.5%")]),  # as "from ... to"
    Example("GPQA 67.1 -> 71.3", [(71.3, None, 1, "", "exact", "71.3")]),
    Example("71.3 (+4.2) on GPQA", [(71.3, None, 1, "", "exact", "71.3")]),
    Example("+9.8 on GPQA", []),
    Example("it is 2.3× faster", []),
    Example("beats it by more than 15 points", []),
    Example("scores use the 2.0 task set", []),
    Example("clears 2300 on Codeforces", [(2300.0, None, 0, "", "at_least", "2300")]),
    Example("2/ Reasoning: 84.6%", [(84.6, None, 1, "%", "exact", "84.6%")]),
    Example("from 61.0% to 74.4%", [(74.4, None, 1, "%", "exact", "74.4%")]),
    Example("Codeforces rating of 2029", [(2029.0, None, 0, "", "exact", "2029")]),
]

_BOUNDS_AND_APPROXIMATIONS = [
    Example("76+", [(76.0, None, 0, "", "at_least", "76+")]),
    Example("above 76%", [(76.0, None, 0, "%", "at_least", "76%")]),
    Example("over 70%", [(70.0, None, 0, "%", "at_least", "70%")]),
    Example("at least 70%", [(70.0, None, 0, "%", "at_least", "70%")]),
    Example("under 30%", [(30.0, None, 0, "%", "at_most", "30%")]),
    Example("up to 45%", [(45.0, None, 0, "%", "at_most", "45%")]),
    Example("roughly 90%", [(90.0, None, 0, "%", "about", "90%")]),
    Example("nearly 80%", [(80.0, None, 0, "%", "about", "80%")]),
    Example("~88%", [(88.0, None, 0, "%", "about", "88%")]),
    Example("≈ 88%", [(88.0, None, 0, "%", "about", "88%")]),
    Example("60-70%", [(60.0, 70.0, 0, "%", "range", "60-70%")]),
    Example("approximately 60-70%", [(60.0, 70.0, 0, "%", "range", "60-70%")]),
    Example("85-90", [(85.0, 90.0, 0, "", "range", "85-90")]),
]

# Not scores at all: dates, prices, money, ages, sizes, ranks, versions, names, page junk.
_NOT_A_VALUE = [
    Example("$14 billion", []),
    Example("$14.3 billion", []),
    Example("US$14 billion", []),
    Example("raised $2 billion at a $20 billion valuation", []),
    Example("$2.50 per million", []),
    Example("€20 per month", []),
    Example("20 dollars", []),
    Example("$1.5B", []),
    Example("April 8, 2026", []),
    Example("on April 8, 2026", []),
    Example("8 April 2026", []),
    Example("April 2026", []),
    Example("Jan. 2026", []),
    Example("04/08/2026", []),
    Example("launched on March 3", []),
    Example("March 3rd", []),
    Example("Q3 2026", []),
    Example("in Q3 2026", []),
    Example("H1 2026", []),
    Example("FY2026", []),
    Example("in 2025", []),
    Example("released in 2025", []),
    Example("2029", []),  # a bare year-like number with nothing before it
    Example("28-year-old", []),
    Example("a 28-year-old founder", []),
    Example("a 28 year old", []),
    Example("aged 28", []),
    Example("671B", []),
    Example("671B parameters", []),
    Example("400 billion parameters", []),
    Example("1.5 billion users", []),
    Example("1.2 million users", []),
    Example("10,000 GPUs", []),
    Example("8 GPUs", []),
    Example("100 languages", []),
    Example("12 hours", []),
    Example("128K context", []),
    Example("1M tokens", []),
    Example("pass@1", []),
    Example("5-shot", []),
    Example("MUSE-1,09%", []),
    Example("SPK6,41%", []),
    Example("ranks 4th", []),
    Example("ranked 2nd", []),
    Example("3rd place", []),
    Example("the 2nd best", []),
    Example("ranked #1", []),
    Example("#1 spot", []),
    Example("No. 2", []),
    Example("Top 5", []),
    Example("top-5", []),
    Example("7 min read", []),
    Example("v4.0", []),
    Example("version 4.0", []),
    Example("1.2.3", []),
    Example("Section 5.1", []),
    Example("Table 4", []),
    Example("Figure 2", []),
    Example("GPT-5.4", []),
    Example("GPT-4o", []),
    Example("o3", []),
    Example("Qwen3-235B", []),
    Example("3.5x faster", []),
    Example("10x", []),
    Example("2.5 times", []),
    Example("(n=500)", []),
    Example("6/10", []),
    Example("40 points above GPT-5", []),
    Example("Gemma at 1338 (+8/-9) on the arena", [(1338.0, None, 0, "", "exact", "1338")]),
    Example("the new model gains 11.4 points on SWE-bench Verified", []),
    Example("That is a gap of about 6 points to Google", []),
    Example("The thinking switch is worth some 17 points", []),
    Example("A 13.6 point swing from tools", []),
    Example("trails Claude by 12.6 points", []),
    Example("a lead of 1.7 points", []),
    Example("it gains 11.4 points on SWE-bench and 7.2 points on GPQA", []),
    Example("shares fell 4.2%", []),
    Example("rose 12%", []),
    Example("up 12% from last quarter", []),
    Example("costs 20% less", []),
    Example("a 20% increase", []),
    Example("101%", []),
    # A name's version is not a value once the reader passes the name's span as `skip`.
    Example("Gemini 3.1 Pro", [], skip=((0, 14),)),
    Example("Llama 3.1 405B", [], skip=((0, 14),)),
    Example("2026-04-08", []),
    Example("at 3:30 pm", []),
    Example("89.5 ± 0.3", [(89.5, None, 1, "", "exact", "89.5")]),
    Example("a 12 percentage point lead", []),
    # A version before its sizes, the state before, an interval and its confidence.
    Example("3.5-2.4B", []),
    Example("4.0(1.2B/32B)", []),
    Example("HumanEval Plus: 92.90% (88.99% before)", [(92.9, None, 2, "%", "exact", "92.90%")]),
    Example("Arena Hard v2: 43.10% (previously 19.56%)", [(43.1, None, 2, "%", "exact", "43.10%")]),
    Example("a 95% confidence interval of [62%, 90%]", []),
    Example("95% 置信区间大约是 [62%, 90%]", []),
    # Chinese counters and gaps: 30 problems, 28 points apart, differs by 10 points.
    Example("每年只有 30 题", []),
    Example("宽达 28 个点", []),
    Example("两次运行能差 10 分", []),
    Example("[2502.00203] Reward-aware Preference Optimization", []),
    # References to parts of a report.
    Example("(Sec. 3.1)", []),
    Example("Tables 9–11", []),
    Example("Appendix 2", []),
]

# Values by the function's contract; the reader decides that they make no claim.
_FOUND_FOR_THE_READER = [
    Example("a 49% stake", [(49.0, None, 0, "%", "exact", "49%")]),
    Example("over 1,000 physicians", [(1000.0, None, 0, "", "at_least", "1,000")]),
    Example("scores of 76+ for top models", [(76.0, None, 0, "", "at_least", "76+")]),
    Example("an Elo of 1,427", [(1427.0, None, 0, "", "exact", "1,427")]),
    Example("Gemini 3.1 Pro", [(3.1, None, 1, "", "exact", "3.1")]),  # no `skip` given
    # Korean particles glued to the number end it; the number stays a value.
    Example("IFEval이 74.7로", [(74.7, None, 1, "", "exact", "74.7")]),
]


@pytest.fixture(scope="module")
def rules() -> NumberRules:
    return ProseReader(default()).vocab.number_rules


def _as_rows(values: list[Value]) -> list[Found]:
    return [(v.value, v.value_high, v.decimals, v.unit, v.approx, v.text) for v in values]


@pytest.mark.parametrize(
    "row",
    _SCORES + _BOUNDS_AND_APPROXIMATIONS + _NOT_A_VALUE + _FOUND_FOR_THE_READER,
    ids=_id,
)
def test_find_values(rules: NumberRules, row: Example) -> None:
    assert _as_rows(find_values(row.text, rules, skip=list(row.skip))) == row.found


@pytest.mark.parametrize("row", [r for r in _SCORES if isinstance(r, Example)], ids=_id)
def test_value_spans_point_at_the_text(rules: NumberRules, row: Example) -> None:
    """start/end locate the value in the text (the reader turns them into columns)."""
    for value in find_values(row.text, rules):
        assert row.text[value.start : value.end].strip() == value.text
