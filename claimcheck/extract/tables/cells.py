"""Value cells of a table: a number with its unit and bound, a spread or a note in brackets,
or two figures in one cell ("72.1 / **90.0**"). `Reader` reads its cells through these."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from claimcheck.extract.numbers import Value
from claimcheck.extract.tables.markup import _FOOTNOTE_TAIL, clean

if TYPE_CHECKING:
    from claimcheck.extract.conditions import ConditionRules
    from claimcheck.extract.tables.words import TableWords

_NUM_CELL = re.compile(
    r"^(?P<pre>[~≈≥≤<>]\s?|(?:about|approx\.?|ca\.)\s)?"
    r"(?P<int>\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.(?P<frac>\d{1,17}))?"
    r"\s?(?P<pct>%)?(?P<plus>\+)?$",
    re.I,
)
_COMMA_DECIMAL_CELL = re.compile(r"^[~≈]?\s?\d{1,3},\d{1,2}\s?%?$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_PAIR_CELL = re.compile(r"^(?P<a>[^/]+?)\s*/\s*(?P<b>[^/]+)$")
_SPREAD = re.compile(r"\s*(?:±|\+/-|\+-)\s*\d+(?:\.\d+)?\s?%?$")
_CELL_PAREN = re.compile(r"^(?P<body>.*?\S)\s*[(\[](?P<inner>[^()\[\]]{0,40})[)\]]$")
# "73% 5-shot", "88% 0-shot CoT": a figure, then its conditions without brackets (xAI's
# launch tables); taken only when the vocabulary reads the words after it as conditions.
_CELL_TRAILING = re.compile(
    r"^(?P<body>[~≈<>≥≤]?\s?\d[\d.,]*\s?%?\+?)\s+(?P<inner>(?=[^()]*[A-Za-z])[^()\s][^()]{0,39})$"
)


@dataclass(slots=True)
class CellRead:
    value: Value | None  # None: not a number (an empty marker, text, a price...)
    qualifiers: dict[str, str] = field(default_factory=dict)


class CellReader:
    """The cell half of a table `Reader`: needs its word lists and condition rules."""

    words: TableWords
    conditions: ConditionRules

    def pair_cell(self, raw: str, offset: int) -> tuple[CellRead, CellRead] | None:
        """ "72.1 / **90.0**": the two values of a cell under a pair label, either one may
        be missing ("91.2 / -")."""
        text = clean(raw)
        m = _PAIR_CELL.match(text)
        if m is None:
            return None
        reads = (self.cell(m["a"], 0), self.cell(m["b"], 0))
        if all(r.value is None for r in reads):
            return None
        at = 0
        for read in reads:
            if read.value is not None:
                found = raw.find(read.value.text, at)
                at = max(found, at)
                start = offset + at
                read.value = replace(read.value, start=start, end=start + len(read.value.text))
                at += len(read.value.text)
        return reads

    def score_pair(
        self, raw: str, offset: int, one_missing: bool = False
    ) -> tuple[CellRead, CellRead] | None:
        """ "72.5% / 79.4%": two scores in a cell, under a label that need not say what each
        is; None for anything else ("12/20" is a count, "05/06" a date). With `one_missing`,
        one half may be an empty cell ("60.3 / -")."""
        if "/" not in raw:
            return None
        halves = self.pair_cell(raw, offset)
        if halves is None:
            return None
        for half in halves:
            value = half.value
            if value is None and one_missing:
                continue
            if value is None or not (value.unit == "%" or "." in value.text):
                return None
        return halves

    def cell(self, raw: str, offset: int) -> CellRead:
        text = clean(raw)
        if text.casefold() in self.words.empty_cells:
            return CellRead(None)
        quals: dict[str, str] = {}
        text = _SPREAD.sub("", text)
        paren = _CELL_PAREN.match(text)
        if paren:
            inner = paren.group("inner").strip()
            if _YEAR.fullmatch(inner):
                quals["year"] = inner  # "9.3% (2024)": the benchmark's edition
            found, _ = self.conditions.from_label(inner)
            quals.update(found)
            text = _FOOTNOTE_TAIL.sub("", paren.group("body")).strip()
        else:
            trailing = _CELL_TRAILING.match(text)
            if trailing:
                found, recognised = self.conditions.from_label(trailing.group("inner"))
                if recognised and found:
                    quals.update(found)
                    text = trailing.group("body").strip()
        if _COMMA_DECIMAL_CELL.match(text):
            text = text.replace(",", ".", 1)  # "55,6 %": a decimal comma (a group has 3 digits)
        m = _NUM_CELL.match(text)
        if not m:
            return CellRead(None)
        frac = m.group("frac")
        value = float(m.group("int").replace(",", "") + ("." + frac if frac else ""))
        unit = "%" if m.group("pct") else ""
        if unit == "%" and value > 100:
            return CellRead(None)
        pre = (m.group("pre") or "").strip().casefold()
        approx = "exact"
        if m.group("plus") or pre in (">", "≥"):
            approx = "at_least"
        elif pre in ("<", "≤"):
            approx = "at_most"
        elif pre:
            approx = "about"
        written = text[m.start("int") : m.end()].strip()
        at = raw.find(written[: len(m.group("int"))])
        start = offset + max(at, 0)
        number = Value(
            start, start + len(written), value, None, len(frac or ""), unit, approx, written
        )
        return CellRead(number, qualifiers=quals)
