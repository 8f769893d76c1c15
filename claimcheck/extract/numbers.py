"""Numbers in text: which ones could be benchmark scores, with unit, precision and bounds.

A chain of small pure functions over one sentence. Nothing here knows about models;
`find_values` only decides what a number is (score-like, or a date, price, count...).
Patterns are bounded (no nested unbounded repetition) so no line can make them blow up.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimcheck.extract.conditions import WINDOW, window

_NUMBER = re.compile(
    # "USAMO'25", "AIME’24": a short year glued to the name by an apostrophe.
    r"(?<![\w.,@/#&=])(?<![A-Za-z]['’‘])(?P<sign>[~≈]\s?)?"
    r"(?P<int>\d{1,3}(?:,\d{3}){1,4}|\d{1,7})"
    # A decimal comma ("68,2 %", as French, German and Spanish write) only before a unit:
    # elsewhere "1,2" is a list.
    # Up to a double's 17 digits: a leaderboard's data file keeps them all ("51.32757578249279").
    r"(?:\.(?P<frac>\d{1,17})|,(?P<cfrac>\d{1,2})"
    r"(?=\s?(?:%|percent\b|points?\b|pts\b|[Pp]rozent\b|Punkte\b|por\s?ciento\b|punti\b)))?"
    r"(?P<plus>\+(?!\w))?"
    r"(?P<unit>\s?%|\s?percent\b|\s?per\s?cent\b|\s?(?:points?|pts)\b|\s?(?:ELO|Elo|elo)\b"
    # "72,6 Prozent", "71,5 por ciento", "88 pour cent", "64 per cento"
    r"|\s?[Pp]rozent\b|\s?por\s?ciento\b|\s?pour\s?cent\b|\s?per\s?cento\b"
    r"|\s?Punkte\b|\s?punti\b)?"
)
_RANGE_JOIN = re.compile(r"\s?(?:-|–|—|to)\s?")
# Looked up at every number: compiled once.
_ARROW = re.compile(r"\s?(?:→|->|=>|⟶|➜|➔)\s?")
_ARROW_BEFORE = re.compile(r"[-=]>\s?$")
_SIGNED_BEFORE = re.compile(r"(?:(?:^|[\s(\[,:;])[+−]|[▲▼△▽↑↓])$")  # "+4.2", "▲2.1%"
_THREAD_MARK_AFTER = re.compile(r"/(?:\s|$)")
_COMMA_DECIMAL_AFTER = re.compile(r",\d{1,2}(?!\d)")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
# A size right after the number: the number is a version naming models of that size.
_SIZE_AFTER = re.compile(r"(?:-|\s?\()\d+(?:\.\d+)?\s?[BM](?![\w.])")
_MARGIN_BEFORE = re.compile(r"(?:±|\+/-|\+-)\s?$")
_DIGIT_SEP_BEFORE = re.compile(r"\d[-/:]$")
_SEP_DIGIT_AFTER = re.compile(r"[-/:]\d")
_NAME_COLON_BEFORE = re.compile(r"[A-Za-z]\d:$")
_NAME_DASH_BEFORE = re.compile(r"[A-Za-z]-$")
_TICKER_BEFORE = re.compile(r"[A-Za-z]\s?[$€£]\s?$")
_COMPOUND_AFTER = re.compile(r"-[A-Za-z]")
_SCALE_FACTOR = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE = re.compile(
    r"\s?(million|billion|trillion|thousand|[MBKkTm]n?)\b\s*((?:[a-z-]{1,20}\s){0,2}[a-zA-Z-]*)"
)
_NEXT_CJK = re.compile(r"\s?([\u3400-\u9fff]+)")
# A word in any alphabet ("32 млрд", "8 parámetros"); digits end it.
_NEXT_WORD = re.compile(r"\s*(?:-\s*)?([^\W\d_](?:[^\W\d_]|-){0,20})")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE_BEFORE = re.compile(rf"(?:\b(?:{_MONTHS})\.?\s?|\b(?:q[1-4]|h[12]|fy)\s?)$", re.I)
_DATE_AFTER = re.compile(rf"^(?:,?\s?(?:{_MONTHS})\b|[/.-]\d{{1,4}}|\s?(?:st|nd|rd|th)\b)", re.I)
_YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|by|from|until|during|early|late|mid|circa|year|fall|spring|summer|"
    r"winter|through|before|after|(?:end|start|beginning|middle|half|quarter|summer|spring|"
    r"fall|autumn|winter|class)\s+of)\s?$",
    re.I,
)
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s?$")
_TITLE_AFTER = re.compile(r"\s(?!(?:Elo|ELO|Points?|Pts)\b)[A-Z]")
# Words after a number that make it a difference, not a score: "20% cheaper", "3x faster".
# A lower-case task id ending right before a colon ("aime25", "livecodebench").
_TASK_ID = re.compile(r"(?<![\w-])[a-z_][a-z0-9_-]*$")
_INTERVAL_NUMBER = r"[~≈]?\d+(?:\.\d+)?\s?%?"
_INTERVAL_OPEN = re.compile(rf"\[\s*(?:{_INTERVAL_NUMBER}\s*[,，]\s*)?$")
_INTERVAL_CLOSE = re.compile(rf"\s?%?\s*(?:[,，]\s*{_INTERVAL_NUMBER}\s*)?\]")


def _in_interval(text: str, start: int, end: int) -> bool:
    """ "[62%, 90%]": a number in a bracketed pair is an interval's bound."""
    before = text[max(0, start - 16) : start]
    opened = _INTERVAL_OPEN.search(before)
    if opened is None:
        return False
    closed = _INTERVAL_CLOSE.match(text, end)
    # One of the two sides must hold the other number.
    return closed is not None and ("," in opened.group(0) or "，" in opened.group(0)) != (
        "," in closed.group(0) or "，" in closed.group(0)
    )


_ARXIV_ID = re.compile(r"[12]\d(?:0[1-9]|1[0-2])\.\d{4,5}")
_EARLIER_AFTER = re.compile(r"\s?%?\s*(?:before|previously|earlier)\s?\)", re.I)
_RELATIVE_AFTER = re.compile(
    r"\s*(?:cheaper|faster|slower|more|less|fewer|higher|lower|better|worse|larger|smaller|"
    r"bigger|improvement|increase|decrease|reduction|gain|boost|jump|drop|lead|gap|margin|"
    r"swing|difference|deficit|advantage|edge|apart|behind|ahead|"
    r"uplift|of\s+the\s+(?:cost|price))\b",
    re.I,
)
_DELTA_AFTER = re.compile(
    r"\s*(?:above|below|ahead|behind|higher|lower|more|less|up|down|clear|better|worse|"
    r"short|off|over|under|of\s+(?:lead|gap|margin)|of\s+(?!the\b)|de\s+plus|de\s+moins|"
    r"mehr|weniger)\b",
    re.I,
)
# Words before a number of points that make it a difference: "gains 11.4 points", "a gap of
# about 6 points", "worth some 17 points", "by 12.6 points", "a lead of 1.7 points".
_DELTA_BEFORE = re.compile(
    r"\b(?:gains?|gained|adds?|added|gap|worth|swing|lead|margin|difference|edge|advantage|"
    r"deficit|by|jumps?|jumped|climbs?|climbed|improves?|improved|drops?|dropped|loses?|lost|"
    r"trails?|trailed)\s+(?:of\s+)?(?:(?:about|some|roughly|nearly|around|almost|just|only|"
    r"over|under|another|a\s+further|~)\s+)?$",
    re.I,
)
_INTERVAL = re.compile(
    r"\(\s*(?:[+±]\s?\d+(?:\.\d+)?\s*/\s*[-−–]\s?\d+(?:\.\d+)?|±\s?\d+(?:\.\d+)?)\s*\)"
)
# ... and the points coordinated with such a difference: "gains 11.4 points on X and 7.2
# points on Y".
_DELTA_LIST = re.compile(
    r"\b(?:gains?|gained|adds?|added|improves?\s+by|improved\s+by|jumps?|drops?|loses?|lost)\s+"
    r"[\d.]+\s*(?:percentage\s+)?points?\b[^.;]{0,60}\b(?:and|,)\s*$",
    re.I,
)
_MAYBE_WINDOW = re.compile(
    r"\b2\d(?:0[1-9]|1[0-2])\s*[-–—~]|\d[/.]\d{1,4}\s*[-–—~]|\b20\d\d\s+(?:to|-|–)"
)
_ENUMERATOR = re.compile(r"(?:^|[:;,.]\s|^\s)\(\d{1,2}\)\s[^\d\s%]")
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


def _ending_with(phrases: list[str]) -> frozenset[str]:
    return frozenset(phrases)


def _phrase_before(text: str, start: int, phrases: frozenset[str]) -> bool:
    """Whether the words just before `start` are one of the phrases ("more than", "$")."""
    window = text[max(0, start - 24) : start].casefold().rstrip()
    if not window:
        return False
    if window[-1] in phrases:  # "$14", "~90", ">76"
        return True
    words = [w.lstrip("([{\"'“‘") for w in window.split()]
    if any(" ".join(words[-n:]) in phrases for n in (1, 2, 3, 4) if len(words) >= n):
        return True
    # Chinese and Japanese write no spaces: "比 R1 高出约 8%" ends with the phrase.
    return not window[-1].isascii() and any(
        window.endswith(p) for p in phrases if not p[-1].isascii()
    )


@dataclass(slots=True)
class NumberRules:
    """Word lists from the lexicon, casefolded, compiled once."""

    count_nouns: frozenset[str]
    non_score_before: frozenset[str]
    about: frozenset[str]
    at_least: frozenset[str]
    at_most: frozenset[str]
    particles: tuple[str, ...] = ()  # longest first
    cjk_counts: tuple[str, ...] = ()  # "30 题", "28 个点": counters glued to what follows
    after: tuple[str, ...] = ()  # "95% confidence interval", "95% 置信区间"
    links: frozenset[str] = frozenset()  # "on", "of": no count noun is read across one

    @classmethod
    def of(
        cls,
        count_nouns: list[str],
        non_score_before: list[str],
        about: list[str],
        at_least: list[str],
        at_most: list[str],
        particles: list[str] | None = None,
        non_score_after: list[str] | None = None,
        links: list[str] | None = None,
    ) -> NumberRules:
        def fold(words: list[str]) -> list[str]:
            return [w.casefold() for w in words]

        return cls(
            frozenset(fold(count_nouns)),
            _ending_with(fold(non_score_before)),
            _ending_with(fold(about)),
            _ending_with(fold(at_least)),
            _ending_with(fold(at_most)),
            tuple(sorted(particles or [], key=len, reverse=True)),
            tuple(w for w in count_nouns if not w.isascii()),
            tuple(w.casefold() for w in non_score_after or []),
            frozenset(fold(links or [])),
        )

    def names_no_score(self, after: str) -> bool:
        """Whether the words after a number ("% confidence interval") make it no score."""
        rest = after.lstrip(" %").casefold()
        return any(
            rest.startswith(w) and not (w.isascii() and rest[len(w) : len(w) + 1].isalpha())
            for w in self.after
        )

    def particle_after(self, after: str) -> bool:
        """Whether a particle of the sentence's grammar is glued to the number ("74.7로",
        "73.6으로"): the number stays a number, not part of a word."""
        for p in self.particles:
            if after.startswith(p):
                rest = after[len(p) : len(p) + 1]
                return not rest.isalpha()
        return False


@dataclass(slots=True)
class _Token:
    start: int  # where the digits start
    num_end: int  # where the digits end
    end: int  # where the unit ends
    value: float
    decimals: int
    unit: str
    sign: bool
    plus: bool
    text: str


def _unit(raw: str | None) -> str:
    raw = (raw or "").strip().casefold()
    if raw in ("%", "percent", "per cent", "prozent", "por ciento", "pour cent", "per cento"):
        return "%"
    if raw.startswith(("point", "pt", "punkte", "punti")):
        return "points"
    return "elo" if raw == "elo" else ""


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _NUMBER.finditer(text):
        at = m.start()
        if (
            at
            and text[at - 1] == ":"
            and not (m.group("frac") or m.group("unit"))
            and _TASK_ID.search(text, max(0, at - 41), at - 1)
        ):
            # "livecodebench:16": a lower-case task id's count ("MathBench:65.6" is not, nor
            # "o1:78.3%", a model's figure).
            continue
        frac_group = "frac" if m.group("frac") else "cfrac"
        frac = m.group(frac_group)
        out.append(
            _Token(
                start=m.start("int"),
                num_end=m.end(frac_group) if frac else m.end("int"),
                end=m.end(),
                value=_float(m.group("int"), frac),
                decimals=len(frac or ""),
                unit=_unit(m.group("unit")),
                sign=bool(m.group("sign")),
                plus=bool(m.group("plus")),
                text=m.group(0).strip(),
            )
        )
    return out


def find_values(text: str, rules: NumberRules, *, skip: list[tuple[int, int]] = ()) -> list[Value]:  # type: ignore[assignment]
    """Every number in `text` that could be a score, in order. `skip` holds spans (names)."""
    if "(" in text and ("/" in text or "±" in text):
        # "1338 (+8/-9)", "(±1.2)": a confidence interval's bounds are no scores.
        skip = [*skip, *((m.start(), m.end()) for m in _INTERVAL.finditer(text))]
    if _MAYBE_WINDOW.search(text):
        # "LiveCodeBench (2407-2501)", "24/8~25/5": a problem window's dates are no scores.
        skip = [*skip, *((m.start(), m.end()) for m in WINDOW.finditer(text) if window(m[0]))]
    inside = _span_test(skip)
    tokens = [t for t in _tokens(text) if not inside(t.start)]
    out: list[Value] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        high: _Token | None = None
        between = nxt and _BETWEEN.search(text[max(0, tok.start - 9) : tok.start])
        if between and re.fullmatch(r"\s?%?\s+and\s+", text[tok.num_end : nxt.start]):
            value = _judge(text, tok, nxt, rules)  # "between 60% and 70%": one range
            if value is not None:
                out.append(value)
            i += 2
            continue
        share = _share(text, tok, nxt)
        if share is not None:  # "solved 24 of the 30 problems": 80.0%
            out.append(share)
            i += 2
            continue
        if nxt and _ARROW.fullmatch(text[tok.end : nxt.start]):
            i += 1  # "67.1 → 71.3": the earlier state is not the claim
            continue
        if nxt and not tok.unit and _RANGE_JOIN.fullmatch(text[tok.num_end : nxt.start]):
            if nxt.value > tok.value and not re.search(r"\bfrom\s?$", text[: tok.start], re.I):
                high = nxt  # "60-70%": one range
            elif re.search(r"\bfrom\s?$", text[max(0, tok.start - 6) : tok.start], re.I):
                i += 1  # "from 85.7 to 40.1": the earlier state is not the claim
                continue
        value = _judge(text, tok, high, rules)
        if value is not None:
            out.append(value)
        i += 2 if high else 1
    return out


# "24 of the 30 problems", "31 out of 50 questions": a share of a benchmark's items.
_OF_TOTAL = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|all\s+)?", re.I)
_ITEMS_AFTER = re.compile(
    r"\s*(?:[\w.'-]+\s+){0,3}(?:problems|questions|tasks|puzzles|items|exercises|challenges|"
    r"test cases)\b",
    re.I,
)


def _share(text: str, tok: _Token, nxt: _Token | None) -> Value | None:
    if nxt is None or tok.decimals or nxt.decimals or tok.unit or nxt.unit:
        return None
    if not (0 < nxt.value <= 10_000 and 0 <= tok.value <= nxt.value):
        return None
    if not _OF_TOTAL.fullmatch(text[tok.end : nxt.start]):
        return None
    if not _ITEMS_AFTER.match(text[nxt.end : nxt.end + 40]):
        return None
    value = round(100.0 * tok.value / nxt.value, 1)
    return Value(tok.start, nxt.end, value, None, 1, "%", "exact", text[tok.start : nxt.end])


def _span_test(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """A test `position -> inside one of spans`, in log time: testing every token against
    every span was quadratic, and a line of thousands of names and numbers took minutes."""
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if a >= b:
            continue  # an empty span holds no position
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]

    def inside(position: int) -> bool:
        at = bisect_right(starts, position) - 1
        return at >= 0 and position < merged[at][1]

    return inside


def _judge(text: str, tok: _Token, high: _Token | None, rules: NumberRules) -> Value | None:
    """The number as a Value, or None when it is a date, price, count, size or name part."""
    start = tok.start
    end = high.end if high else tok.end
    unit = high.unit if high and high.unit else tok.unit
    before = text[max(0, start - 3) : start]
    after = text[end : end + 30]
    if _MARGIN_BEFORE.search(before):
        return None  # "89.5 ± 0.3": the margin, not a second score
    if before[-1:] in ("'", "’", "‘") and not unit and not tok.decimals and len(tok.text) == 2:
        return None  # "Jun '24": a year
    if before.endswith("^") or (
        before.endswith("[")
        and (after[:1] == "]" or after[:2] == "\\]")
        and not unit
        and not tok.decimals
    ):
        return None  # "[^2]", "[3]", "\[3\]" (escaped): a footnote or a citation
    if not unit and not tok.decimals and _ENUMERATOR.search(text[max(0, start - 3) : end + 3]):
        return None  # "stages: (1) a cold start; (2) RL": an item's number in a list
    if (
        _DIGIT_SEP_BEFORE.search(before) and not (unit and _NAME_COLON_BEFORE.search(before))
    ) or _SEP_DIGIT_AFTER.match(after):
        # "2026-04-08", "04/08", "3:30": dates and times ("o1:78.3%" is a model's figure)
        return None
    if _ARXIV_ID.fullmatch(tok.text):
        return None  # "2502.00203": an arXiv paper's number
    if len(tok.text) > 1 and tok.text[0] == "0" and tok.text[1:2].isdigit():
        return None  # "04", "08": a zero-padded month or day
    if before[-1:].isalpha() or before.endswith(("$", "€", "£", "¥", "#")):
        return None
    if _NAME_DASH_BEFORE.search(before) or _TICKER_BEFORE.search(before):
        return None  # "GPT-5", "MUSE-1,09%": part of a name or a ticker
    if after[:1].isalpha() and not unit and not rules.particle_after(after):
        return None  # "235B", "4o", "2h": glued to letters, part of a name or a size
    if not unit and _SIZE_AFTER.match(after):
        return None  # "3.5-2.4B", "4.0(1.2B/32B)": a version before its sizes, a name
    if after[:1] == "." and (after[1:2].isdigit() or after[1:2] in ("x", "X")):
        return None  # a version such as 1.2.3 or "the 3.x line"
    if after[:1] == "×" or after[:2] in ("x ", "x,", "x."):
        return None  # "2.3× faster", "3x cheaper": a factor, not a score
    if _COMMA_DECIMAL_AFTER.match(after):
        return None  # "74,2 Punkte": a decimal comma before no unit we know; do not guess
    if _COMPOUND_AFTER.match(after) and not unit:
        return None  # "5-shot", "16-point", "32-bit": a compound word, not a score
    if after.lstrip(" ")[:1] in ("▲", "▼", "△", "▽", "↑", "↓"):
        return None  # "NVDA 131.42 ▲2.1%": a ticker's price
    if _SIGNED_BEFORE.search(before):
        return None  # "(+4.2)", "+9.8 on GPQA": a change, not a score
    if _THREAD_MARK_AFTER.match(after) and not unit:
        return None  # "2/ Reasoning: ...": a post's number in a thread
    if re.search(r"\bfrom\s?$", text[max(0, start - 6) : start], re.I) and re.match(
        r"\s?%?\s*to\s+[~≈]?\d", after
    ):
        return None  # "from 61.0% to 74.4%": the earlier state, not the claim
    if _phrase_before(text, start, rules.non_score_before):
        return None
    if _DATE_BEFORE.search(text[max(0, start - 12) : start]):
        return None
    if not unit and _DATE_AFTER.match(after):
        return None
    value = tok.value
    scale = None if unit or high else _SCALE.match(after)
    if scale:
        # "58 million output tokens" is a measurement; "$14 billion", "36 trillion" are not.
        if not re.search(r"\btokens?\b", scale.group(2).casefold()):
            return None
        value *= _SCALE_FACTOR.get(scale.group(1).casefold(), 1.0)
        stop = end + scale.end()
        return Value(start, stop, value, None, tok.decimals, "tokens", "exact", text[start:stop])
    if not unit and _not_a_score(text, tok, after, rules):
        return None
    if unit == "%" and value > 100:
        return None
    if not unit and value >= 10_000:
        return None  # "256,000": a size or a count; no rating or score runs that high
    if unit == "points" and (
        _DELTA_AFTER.match(after)
        or _DELTA_BEFORE.search(text[max(0, start - 40) : start])
        or _DELTA_LIST.search(text[max(0, start - 120) : start])
    ):
        return None  # "40 points above X", "gains 11.4 points": a gap, not a score
    if rules.names_no_score(after) or _in_interval(text, start, end):
        return None  # "95% confidence interval [62%, 90%]": the interval, not a score
    if _EARLIER_AFTER.match(after):
        return None  # "(88.99% before)": the state before, not the claim
    if _RELATIVE_AFTER.match(after):
        return None  # "20% cheaper", "12% improvement": a difference
    approx = "exact"
    if high is not None:
        approx = "range"
    elif tok.plus:
        approx = "at_least"
    elif tok.sign or _phrase_before(text, start, rules.about):
        approx = "about"
    elif _phrase_before(text, start, rules.at_least) and not _ARROW_BEFORE.search(before):
        approx = "at_least"
    elif _phrase_before(text, start, rules.at_most):
        approx = "at_most"
    return Value(
        start,
        end,
        value,
        high.value if high else None,
        tok.decimals,
        unit,
        approx,
        text[start:end].strip(),
    )


def _not_a_score(text: str, tok: _Token, after: str, rules: NumberRules) -> bool:
    """A bare number followed by a counted noun, an ordinal suffix, or a year."""
    word = _NEXT_WORD.match(after)
    if word:
        noun = word.group(1).casefold()
        if noun in rules.count_nouns or noun.endswith("year-old"):
            return True
        modifier = "-" in noun or noun.endswith(("ed", "ing"))
        if modifier or (not tok.decimals and noun not in rules.links):
            # "15 open-source projects", "10 of the 12 English benchmarks": a modifier, then
            # the noun; never across a linking word ("85 on GPQA tasks" is a score).
            nxt = _NEXT_WORD.match(after, word.end())
            if nxt and nxt.group(1).casefold() in rules.count_nouns:
                return True
    counter = _NEXT_CJK.match(after)
    if counter and rules.cjk_counts and counter.group(1).startswith(rules.cjk_counts):
        return True  # "30 题", "28 个点": Chinese counters run into the next word
    if _ORDINAL_RANK.match(after):
        return True
    lowered_before = text[max(0, tok.start - 30) : tok.start].casefold()
    is_year = 1900 <= tok.value <= 2100 and "," not in tok.text and not tok.decimals
    return is_year and bool(
        _YEAR_CONTEXT.search(lowered_before)
        or not lowered_before.strip()
        or re.search(r"\d{1,2}(?:st|nd|rd|th)?,?\s?$", lowered_before)
        # "Stanford's 2024 AI Index Report": a year naming an edition of something.
        or (_POSSESSIVE_BEFORE.search(lowered_before) and _TITLE_AFTER.match(after))
    )
