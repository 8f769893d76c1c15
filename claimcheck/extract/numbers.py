"""Numbers in text: which ones could be benchmark scores, with unit, precision and bounds.

A chain of small pure functions over one sentence. Nothing here knows about models;
`find_values` only decides what a number is (score-like, or a date, price, count...).
Patterns are bounded (no nested unbounded repetition) so no line can make them blow up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = re.compile(
    r"(?<![\w.,@/#&=-])(?P<sign>[~≈]\s?)?"
    r"(?P<int>\d{1,3}(?:,\d{3}){1,4}|\d{1,7})(?:\.(?P<frac>\d{1,6}))?"
    r"(?:\s?(?:-|–|—|to)\s?(?P<hi>\d{1,3}(?:\.\d{1,6})?))?"
    r"(?P<plus>\+(?![\w]))?"
    r"(?P<unit>\s?%|\s?percent\b|\s?per\s?cent\b|\s?(?:points?|pts)\b|\s?(?:ELO|Elo|elo)\b)?"
)
_SCALE = re.compile(
    r"\s?(million|billion|trillion|thousand|[MBKkTm]n?)\b\s*((?:[a-z-]{1,20}\s){0,2}[a-zA-Z-]*)"
)
_NEXT_WORD = re.compile(r"\s*(?:-\s*)?([A-Za-z][A-Za-z-]{0,20})")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE_BEFORE = re.compile(rf"(?:\b(?:{_MONTHS})\.?\s?|\b(?:q[1-4]|h[12]|fy)\s?)$", re.I)
_DATE_AFTER = re.compile(rf"^(?:,?\s?(?:{_MONTHS})\b|[/.-]\d{{1,4}}|\s?(?:st|nd|rd|th)\b)", re.I)
_YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|by|of|from|until|during|early|late|mid|circa|year|fall|spring|summer|"
    r"winter|through|before|after)\s?$",
    re.I,
)
_DELTA_AFTER = re.compile(
    r"\s*(?:above|below|ahead|behind|higher|lower|more|less|up|down|clear|better|worse|"
    r"short|off|over|under|of\s+(?:lead|gap|margin))\b",
    re.I,
)
_ORDINAL_RANK = re.compile(r"^(?:st|nd|rd|th)\b", re.I)


@dataclass(slots=True)
class Value:
    start: int
    end: int
    value: float
    value_high: float | None
    decimals: int
    unit: str  # "%", "elo", "points", "tokens" or "" when the text gives none
    approx: str  # exact | about | at_least | at_most | range
    text: str


def _float(int_part: str, frac: str | None) -> float:
    return float(int_part.replace(",", "") + ("." + frac if frac else ""))


def _phrase_before(text: str, start: int, phrases: list[str]) -> str | None:
    window = text[max(0, start - 24) : start].casefold().rstrip()
    for phrase in sorted(phrases, key=len, reverse=True):
        if window.endswith(phrase) and (
            len(window) == len(phrase)
            or not window[-len(phrase) - 1].isalnum()
            or not phrase[0].isalnum()
        ):
            return phrase
    return None


@dataclass(slots=True)
class NumberRules:
    """Word lists from the lexicon, casefolded."""

    count_nouns: frozenset[str]
    non_score_before: list[str]
    about: list[str]
    at_least: list[str]
    at_most: list[str]


def find_values(text: str, rules: NumberRules, *, skip: list[tuple[int, int]] = ()) -> list[Value]:  # type: ignore[assignment]
    """Every number in `text` that could be a score, in order. `skip` holds spans (names)."""
    out: list[Value] = []
    for m in _NUMBER.finditer(text):
        start, end = m.start("int"), m.end()
        if any(a <= start < b for a, b in skip):
            continue
        before = text[max(0, start - 2) : start]
        if before[-1:].isalpha() or before.endswith(("$", "€", "£", "¥", "#", "v", "V")):
            continue
        if re.search(r"[A-Za-z]-$", before) or re.search(r"[A-Za-z]\s?[$€£]\s?$", before):
            continue
        after = text[end : end + 30]
        if after[:1].isalpha() and not m.group("unit"):
            continue  # "235B", "4o", "2h": glued to letters, part of a name or a size
        if after[:1] == "." and after[1:2].isdigit():
            continue  # a version such as 1.2.3
        if re.match(r"-[A-Za-z]", after) and not m.group("unit"):
            continue  # "5-shot", "16-point", "32-bit": a compound word, not a score
        if re.search(r"\bfrom\s?$", text[max(0, start - 6) : start], re.I) and re.match(
            r"\s?%?\s*to\s+[~≈]?\d", after
        ):
            continue  # "from 61.0% to 74.4%": the earlier state, not the claim
        value = _float(m.group("int"), m.group("frac"))
        decimals = len(m.group("frac") or "")
        unit_raw = (m.group("unit") or "").strip().casefold()
        unit = {"%": "%", "percent": "%", "per cent": "%", "percentage points": "points"}.get(
            unit_raw, ""
        )
        if unit_raw.startswith(("point", "pt")):
            unit = "points"
        elif unit_raw == "elo":
            unit = "elo"
        hi = m.group("hi")
        value_high = float(hi) if hi else None
        if hi and m.group(0).strip().endswith(("-", "–")):
            value_high = None
        # -- things that are not scores --
        lowered_before = text[max(0, start - 30) : start].casefold()
        if _phrase_before(text, start, rules.non_score_before):
            continue
        if _DATE_BEFORE.search(text[max(0, start - 12) : start]):
            continue
        if not unit and _DATE_AFTER.match(after):
            continue
        if not unit and not m.group("frac") and value_high is None:
            scale = _SCALE.match(after)
            if scale:
                noun = scale.group(2).casefold()
                if re.search(r"\btokens?\b", noun):
                    factor = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
                    value *= factor.get(scale.group(1).casefold(), 1.0)
                    out.append(
                        Value(
                            start,
                            end + scale.end(),
                            value,
                            None,
                            0,
                            "tokens",
                            "exact",
                            text[start : end + scale.end()],
                        )
                    )
                continue
        elif not unit and _SCALE.match(after):
            scale = _SCALE.match(after)
            if scale and re.search(r"\btokens?\b", scale.group(2).casefold()):
                factor = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
                value *= factor.get(scale.group(1).casefold(), 1.0)
                out.append(
                    Value(
                        start,
                        end + scale.end(),
                        value,
                        None,
                        decimals,
                        "tokens",
                        "exact",
                        text[start : end + scale.end()],
                    )
                )
            continue
        if not unit:
            word = _NEXT_WORD.match(after)
            if word:
                noun = word.group(1).casefold()
                if noun in rules.count_nouns or noun.endswith("-year-old") or noun == "year-old":
                    continue
                if after.lstrip().startswith("-") and noun in ("year", "years", "day", "hour"):
                    continue
            if _ORDINAL_RANK.match(after):
                continue
            is_year = 1900 <= value <= 2100 and "," not in m.group("int") and not m.group("frac")
            if is_year and (
                _YEAR_CONTEXT.search(lowered_before)
                or not lowered_before.strip()
                or re.search(r"\d{1,2}(?:st|nd|rd|th)?,?\s?$", lowered_before)
            ):
                continue
        if unit == "%" and value > 100 and value_high is None:
            continue
        if unit == "points" and _DELTA_AFTER.match(after):
            continue  # "40 points above X": a gap, not a score
        # -- how exact --
        approx = "exact"
        if value_high is not None:
            approx = "range"
        elif m.group("plus"):
            approx = "at_least"
        elif m.group("sign") or _phrase_before(text, start, rules.about):
            approx = "about"
        elif _phrase_before(text, start, rules.at_least):
            approx = "at_least"
        elif _phrase_before(text, start, rules.at_most):
            approx = "at_most"
        out.append(Value(start, end, value, value_high, decimals, unit, approx, m.group(0).strip()))
    return out
