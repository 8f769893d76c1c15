"""Which benchmark a value is of: "V on B" on the right; else the nearest benchmark on the
left; else the one on the right; else the one the paragraph, list or section is about."""

from __future__ import annotations

import re

from claimcheck.extract.mentions import Mention
from claimcheck.extract.numbers import Value
from claimcheck.extract.prose.lexicon import ON, Vocabulary, in_brackets
from claimcheck.extract.prose.state import SentenceState

_RIGHT_BENCH = re.compile(
    r"^\s?(?:%|points?|pts|elo)?\)?\s*(?:\([^()]{1,24}\)\s*)?(?:accuracy\s+|score\s+)?"
    r"(?:(?:pass|maj|cons|avg)@\d{1,4}\s+)?"  # "47.3% pass@1 on SWE-bench Multilingual"
    # "resolves 62.5% of SWE-bench Verified": the share of a benchmark is a score on it.
    + r"(?:of\s+|"
    + ON
    + r")(?:the\s+|el\s+|la\s+|le\s+|dem\s+)?"
    r"(?:[a-z]+\s+){0,2}$",
    re.I,
)
_ADJACENT = re.compile(r"\s*(?:%|percent)?\s*[:=]?\s*[~≈]?\s*", re.I)
_SAME_BENCH = re.compile(
    r"\b(?:the\s+same|that|this)\s+(?:index|benchmark|test|eval(?:uation)?|leaderboard|exam|"
    r"suite|ranking)\b",
    re.I,
)


def _opens_pair(text: str, start: int) -> bool:
    """Whether a figure at `start` opens a "figure benchmark" pair: at the start, or after
    "(", "/", ",", ";" or ":" ("(~92.0 HE / ~86.6 HE+ / ..."). Walks back over spaces and
    "~" only: a figure costs what lies right before it, never the sentence."""
    i = start
    while i > 0 and text[i - 1] in " \t~≈":
        i -= 1
    return i == 0 or text[i - 1] in "(/,;:"


def bench_for(s: SentenceState, value: Value) -> Mention | None:
    text, benches, doc = s.text, s.benches, s.doc
    item = s.block.kind == "item"
    if item and doc.section_bench is not None:
        # Under "### Mathematics (AIME 2024)", "- **o3**: 96.7% (US Math Olympiad
        # equivalent)": a name in brackets is an aside; the section's benchmark stands.
        benches = [b for b in benches if not in_brackets(text, b)]
        if not benches:
            return doc.section_bench
    for b in benches:
        if b.start >= value.end and _RIGHT_BENCH.match(text[value.end : b.start]):
            return b
    left = [b for b in benches if b.end <= value.start]
    after = next((b for b in benches if b.start >= value.end), None)
    if (
        after is not None
        and (value.text.endswith("%") or _opens_pair(text, value.start))
        and _ADJACENT.fullmatch(text[value.end : after.start])
        and not (left and _ADJACENT.fullmatch(text[left[-1].end : value.start]))
    ):
        # "~84% HE+, ~75% MBPP+", "(~92.0 HE / ~86.6 HE+)": the benchmark right after a
        # percentage or a figure that opens a pair, when none stands right before it ("MMLU
        # 84% GSM8K 90%" is MMLU's 84; "loses more than 650 Codeforces points" no score).
        return after
    if left:
        semi = text.rfind(";", 0, value.start)
        if left[-1].end <= semi:
            # "MMLU-Pro 67.5; 89.0 vs 86.5 on MATH": a clause after a semicolon that names
            # its own benchmark is about that one, not the last clause's.
            end = text.find(";", value.end)
            end = len(text) if end < 0 else end
            own = [b for b in benches if value.end <= b.start < end]
            if own:
                return own[0]
        return left[-1]
    right = [b for b in benches if b.start >= value.end]
    if right:
        return right[0]
    if doc.prev_bench is None and _SAME_BENCH.search(text):
        return doc.last_bench
    if doc.prev_bench is None and doc.prev_block and doc.prev_block.kind == "item":
        return doc.title_bench or (doc.section_bench if item else None)
    return doc.prev_bench


def sibling_splits(vocab: Vocabulary, text: str, mentions: list[Mention]) -> list[Mention]:
    """ "TAU-bench Airline 51.5; Retail 62.8": a split's bare name after its sibling's full
    one is that split of the same suite, not a model called "Retail"."""
    named = [m for m in mentions if m.kind == "benchmark" and m.known]
    if not named:
        return mentions
    out = list(mentions)
    for m in named:
        found = vocab.splits.get(m.canonical.rpartition(" ")[0])
        if found is None:
            continue
        pattern, splits = found
        for w in pattern.finditer(text, m.end):
            if splits[w.group(0).casefold()] == m.canonical:
                continue  # the split already named
            start, end = w.start(), w.end()
            if any(x.kind == "benchmark" and x.start < end and start < x.end for x in out):
                continue
            out = [x for x in out if not (x.start < end and start < x.end)]
            canonical = splits[w.group(0).casefold()]
            out.append(Mention(start, end, w.group(0), "benchmark", canonical, True))
    return sorted(out, key=lambda x: x.start)


# "AIME 2024 and 2025", "HMMT 2024/25": the same test's other year, named by its year alone.
_OTHER_YEAR = re.compile(r"\s?(?:and|&|/|,|or)\s?'?(?P<year>(?:19|20)?\d{2})\b(?![.,]\d)")
_YEAR_BEFORE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s$")
_YEAR_TAIL = re.compile(r"^(?P<base>.+?)\s?(?P<year>(?:19|20)\d{2})$")


def sibling_years(vocab: Vocabulary, text: str, mentions: list[Mention]) -> list[Mention]:
    """ "On AIME 2024 and 2025 it reaches 86.0 and 76.9 respectively": a year written after a
    benchmark named with its year is that benchmark's edition of that year, when the catalog
    holds it; so is one written before the name ("the 2024 AIME")."""
    added: list[Mention] = []
    for m in mentions:
        if m.kind != "benchmark":
            continue
        before = _YEAR_BEFORE.search(text, max(0, m.start - 6), m.start)
        if before and not _YEAR_TAIL.match(m.canonical):
            # "On the 2024 AIME": the year written before the name.
            name, entry = vocab.names.resolve(f"{m.canonical} {before['year']}", "benchmark")
            if entry is not None:
                m.start, m.canonical = before.start(), name
                m.text, m.known = text[m.start : m.end], True
            continue
        tail = _YEAR_TAIL.match(m.canonical) if m.known else None
        found = _OTHER_YEAR.match(text, m.end) if tail else None
        if tail is None or found is None:
            continue
        year = found["year"] if len(found["year"]) == 4 else tail["year"][:2] + found["year"]
        if year == tail["year"]:
            continue
        name, entry = vocab.names.resolve(f"{tail['base']} {year}", "benchmark")
        start, end = found.start("year"), found.end("year")
        if entry is None or any(x.start < end and start < x.end for x in mentions):
            continue
        added.append(Mention(start, end, text[start:end], "benchmark", name, True))
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions
