"""Comparisons and rankings stated in prose: "outperforming X", "trailing X", "second behind
only X", "ranks fourth", "top five". Each becomes a relation the reconciler can check against
the values every source gives."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_NUMBER_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
)
_RANK = re.compile(
    rf"\b(?:ranks?|ranked|ranking|places?\s+(?:it\s+)?|placing\s+(?:it\s+)?|sits|finishes|"
    rf"lands|comes\s+in|is|came\s+in|finished)\s+(?:in\s+)?(?:at\s+)?(?:No\.\s?)?"
    rf"(?P<n>{_NUMBER_WORD})\b",
    re.I,
)
_RANK_PLACE = re.compile(
    rf"\b(?P<n>{_NUMBER_WORD})\s+(?:place|overall|globally|worldwide|behind|to\s+(?!none)|"
    rf"among|in\s+the\s+world)\b",
    re.I,
)
_TOP = re.compile(r"\btop[- ](?P<n>three|four|five|six|seven|eight|nine|ten|\d{1,2})\b", re.I)
# "leads every model on B", "tops all other models", "the best model in the world on B": first.
_FIRST = re.compile(
    r"\b(?:leads|tops|beats|outperforms|outscores|is\s+ahead\s+of)\s+(?:every|all)\s+(?:other\s+)?"
    r"(?:model|rival|competitor|system)s?\b"
    r"|\bthe\s+(?:best|strongest|top|highest-scoring)\s+model\s+(?:in\s+the\s+world\s+)?on\b",
    re.I,
)
_ABOVE = re.compile(
    r"\b(?:outperform(?:s|ing|ed)?|beat(?:s|ing)?|surpass(?:es|ing|ed)?|ahead\s+of|edg(?:es|ing|ed)"
    r"\s+out|tops|topping|exceed(?:s|ing|ed)?|leads|leading|overtak(?:es|ing)|better\s+than|"
    r"higher\s+than|above)\s+(?:both\s+|all\s+of\s+|even\s+)?$",
    re.I,
)
_BELOW = re.compile(
    r"\b(?:trail(?:s|ing|ed)?|behind(?:\s+only)?|second\s+to|below|under|short\s+of|"
    r"lower\s+than|worse\s+than|falls?\s+short\s+of|falling\s+behind|lags?|lagging)"
    r"\s+(?:both\s+|only\s+|all\s+of\s+)?$",
    re.I,
)
# Words that may separate a list of compared models: "X, Y and Z".
# Each run of spaces belongs to the token before it: three optional parts, each followed by
# its own \s*, made a long run of spaces match in cubic time (1,000 spaces: seconds).
_LIST_GAP = re.compile(
    r"^(?:'s|’s)?\s*(?:(?:\([^()]{0,20}\)|at\s+[\d.,%]+|[\d.,%]+)\s*)?"
    r"(?:(?:,|and|&|or|,\s*and)\s*)?$"
)


@dataclass(slots=True)
class RawRelation:
    subject: str
    relation: str  # "above" | "below" | "rank" | "top"
    target: str | None
    rank: int | None
    benchmark: str
    line: int
    text: str
    qualifiers: dict[str, str] = field(default_factory=dict)
    source: str = ""


@dataclass(slots=True)
class Named:
    """A resolved model mention: where it is and what it names."""

    start: int
    end: int
    name: str


def ordinal(word: str) -> int | None:
    word = word.casefold()
    if word in _ORDINALS:
        return _ORDINALS[word]
    m = re.match(r"(\d{1,2})", word)
    return int(m.group(1)) if m else None


def find(
    text: str, models: list[Named], subject: str | None
) -> list[tuple[str, str | None, int | None]]:
    """(relation, target model, rank) for the comparisons `subject` makes in `text`."""
    if subject is None:
        return []
    out: list[tuple[str, str | None, int | None]] = []
    ordered = sorted(models, key=lambda m: m.start)
    for i, m in enumerate(ordered):
        if m.name == subject:
            continue
        # Walk back over a list of models ("X, Y and Z") to the comparison word.
        j = i
        while j > 0 and _LIST_GAP.match(text[ordered[j - 1].end : ordered[j].start]):
            j -= 1
        head = text[max(0, ordered[j].start - 40) : ordered[j].start]
        if _ABOVE.search(head):
            out.append(("above", m.name, None))
        elif _BELOW.search(head):
            out.append(("below", m.name, None))
    for rank in [*_RANK.finditer(text), *_RANK_PLACE.finditer(text)]:
        n = ordinal(rank.group("n"))
        if n:
            out.append(("rank", None, n))
    if _FIRST.search(text):
        out.append(("rank", None, 1))
    for top in _TOP.finditer(text):
        n = ordinal(top.group("n"))
        if n:
            out.append(("top", None, n))
    seen: set[tuple[str, str | None, int | None]] = set()
    return [r for r in out if not (r in seen or seen.add(r))]  # type: ignore[func-returns-value]
