"""Which numbers of a sentence are scores: the reasons a number is not one (a count, a
year, a benchmark's own version, a reference figure, a withdrawn figure) are here."""

from __future__ import annotations

import re

from claimcheck.extract.mentions import Mention
from claimcheck.extract.numbers import Value, find_values
from claimcheck.extract.prose.lexicon import BENCH_THEN_VALUE, VALUE_ON, Vocabulary, is_label
from claimcheck.extract.prose.state import SentenceState


def candidate_values(
    vocab: Vocabulary, s: SentenceState, name_spans: list[tuple[int, int]]
) -> list[Value]:
    """The numbers of the sentence that may be scores (`name_spans`: numbers inside names
    are not values)."""
    text, benches, doc = s.text, s.benches, s.doc
    # Values are judged only where a claim can come from: judging every number of a
    # sentence that names no model (a line of "9%9%9%...") was most of a scan's time.
    if not (
        s.models
        or s.refs
        or s.block.kind == "item"
        or is_label(text)
        or (doc.prev_bench is not None and vocab.measured.search(text))
        or (
            benches
            and (
                vocab.measured.search(text)
                or VALUE_ON.search(text)
                or any(BENCH_THEN_VALUE.match(text, b.end) for b in benches)
                # "the 76.5% SWE-bench Verified headline": the value names its benchmark.
                or any(
                    _VALUE_THEN_BENCH.search(text, max(0, b.start - 12), b.start) for b in benches
                )
            )
        )
    ):
        return []
    values = find_values(text, vocab.number_rules, skip=name_spans)
    values = [
        v for v in values if not _count_word_after(vocab, text, v) and not _starting_point(text, v)
    ]
    if values and vocab.retraction.search(text):
        return []  # "Correction: we wrote that X scored V": the figure is withdrawn
    if len(values) > 1:
        values = _without_flattened_rows(text, values)
    if values and is_label(text) and _setting_label(vocab, s, text.split(":", 1)[0]):
        return []  # "Discount Factor (gamma): 1.0", "Number Layers: 80": no score
    if values and (vocab.setup.search(text) or _ASSIGNMENT.search(text)):
        # "temperature 0.6, ... the number of samples (32 for AIME)", "NUM_GPUS=1, or 8 for
        # the 70B model": a run's settings; a whole number without a unit there is a
        # setting, not a score.
        values = [v for v in values if v.unit or v.decimals]
    return values


def _setting_label(vocab: Vocabulary, s: SentenceState, label: str) -> bool:
    """A label that names a hyperparameter or a part of the architecture ("Hidden Size",
    "Number of attention heads"), and no benchmark."""
    if vocab.setup.search(label):
        return True
    if any(b.known and b.start < len(label) for b in s.benches):
        return False
    return any(w in vocab.non_score_names for w in _LETTERS.findall(label.casefold()))


_LETTERS = re.compile(r"[^\W\d_]+")
# A variable set in a command ("NUM_GPUS=1", "max_model_length=4096"): snake case, so no
# benchmark's "MMLU=85" is taken for one.
_ASSIGNMENT = re.compile(r"\b[A-Za-z][A-Za-z0-9]*_\w*\s?=\s?\S")
_VALUE_THEN_BENCH = re.compile(r"\d\s?%\s$")
# Only spaces, pipes or empty-cell dashes between two numbers: "88.1 81.4 88.6",
# "53.5 | 33.3 54.1 | 39.4", "− | − 46.6": cells of a table a PDF conversion flattened.
_COMMA_CELLS_AFTER = re.compile(r"(?:[ \t|]+\d{1,3},\d{1,3}(?!\d)){2}")
_COMMA_CELLS_BEFORE = re.compile(r"(?<![\d,])(?:\d{1,3},\d{1,3}[ \t|]+){2}$")
# Decimal-comma cells between them ("42,4 60.1 72,2 77,2": a French table) are cells too, and
# a cell's footnote mark ("81.00† 81.10†").
_CELL_GAP = re.compile(r"[†‡§*]?(?:,\d{1,3})?(?:[\s|]+(?:\d{1,3},\d{1,3}[†‡§*]?|[−–—-]))*[\s|]*")


def _without_flattened_rows(text: str, values: list[Value]) -> list[Value]:
    """Numbers standing next to each other with nothing but spaces between are a table
    row flattened into text; which column each is cannot be known, so none is a claim."""
    in_row = [False] * len(values)
    for i in range(len(values) - 1):
        gap = text[values[i].end : values[i + 1].start]
        if gap and _CELL_GAP.fullmatch(gap):
            in_row[i] = in_row[i + 1] = True
    for i, v in enumerate(values):
        # "– 24.2 43,3 50,0": the other cells of the row are decimal-comma numbers.
        if _COMMA_CELLS_AFTER.match(text, v.end) or _COMMA_CELLS_BEFORE.search(
            text[max(0, v.start - 24) : v.start]
        ):
            in_row[i] = True
    return [v for v, flat in zip(values, in_row, strict=True) if not flat]


def without_versions(s: SentenceState) -> list[Value]:
    """ "the 2.0 in the name": a benchmark's own version number is no score of it (nor in
    the next sentence, of the last benchmark named)."""
    last = s.doc.last_bench
    named = [*s.benches, *([last] if last else [])]
    versions = {m.text.rsplit(" ", 1)[-1].rsplit("-", 1)[-1] for m in named}
    return [v for v in s.values if v.unit or v.text not in versions]


# "climbed to 71% from a starting point of just 15.6%", "improved from 15.6% to 71%": the
# value after "from" is where the model started, an earlier checkpoint's figure.
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:a|an|the|its)\s+)?(?:(?:starting|initial|baseline|base|previous|prior|"
    r"earlier|original)(?:\s+(?:point|score|figure|level|value|result))?\s+(?:of\s+)?)?"
    r"(?:just\s+|only\s+|a\s+mere\s+|around\s+|about\s+)?$"
    r"|(?:由|从)\s*$",  # "由 61.96% 升到 82.52%"
    re.I,
)
_CHANGE = re.compile(
    r"\b(?:rose|rises|risen|climb(?:s|ed)?|jump(?:s|ed)?|improv(?:es|ed|ing)|increas(?:es|ed)|"
    r"gr[eo]w(?:s|n)?|went|goes|up|boost(?:s|ed)?|lift(?:s|ed)?|push(?:es|ed)?|dropp?(?:s|ed)?|"
    r"fell|falls|declin(?:es|ed)|moved?|moves)\b|\bto\s+[~≈]?\d"
    r"|升到|升至|提升到|提升至|提高到|提高至|增至|涨到|降到|降至|下降到|跌到",
    re.I,
)


# ... and nothing after it says whose or under which condition it was ("up from 61.5% for
# Halvard-3", "from 25.4% without tools to 38.6% with them" are claims of their own).
_FROM_END = re.compile(r"^\s?%?\s*(?:[.,;:!?)，、]|$|to\b|升|提|增|涨|降|下降|跌|到)")


# "wins on MATH (89.0 vs 86.5)": the value after "vs" is the rival's.
_VERSUS = re.compile(r"\s?%?\s*(?:vs\.?|versus|against|compared\s+(?:with|to))\s*[~≈]?", re.I)


def drop_rival_values(s: SentenceState) -> None:
    """ "V1 vs V2" both given to one model on one benchmark: one of them is a rival's, and
    which one the sentence does not settle ("wins on MATH (89.0 vs 86.5)", "ahead of it
    (67.4 vs 61.9)"), so neither is claimed: read as one model's, they make a false error."""
    drop: set[int] = set()
    for i in range(1, len(s.claims)):
        prior, claim = s.claims[i - 1][0], s.claims[i][0]
        if (prior.model, prior.benchmark) == (claim.model, claim.benchmark) and _VERSUS.fullmatch(
            s.text[prior.value.end : claim.value.start]
        ):
            drop.update((i - 1, i))
    if drop:
        s.claims = [c for i, c in enumerate(s.claims) if i not in drop]


def _starting_point(text: str, value: Value) -> bool:
    """A value after "from" in a sentence telling of a change is where it started."""
    return (
        bool(_FROM_BEFORE.search(text[max(0, value.start - 60) : value.start]))
        and bool(_FROM_END.match(text[value.end : value.end + 8]))
        and bool(_CHANGE.search(text))
    )


def _count_word_after(vocab: Vocabulary, text: str, value: Value) -> bool:
    """ "1,000 physicians", "25 pelicans": a count, whatever noun it counts."""
    if value.unit:
        return False
    m = re.match(r"\s+([a-z][a-z-]{3,})\b", text[value.end : value.end + 30])
    if not m:
        return False
    word = m.group(1)
    return (
        word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in vocab.verbs_after_count
    )


def non_model_between(
    vocab: Vocabulary, s: SentenceState, anchor: int, idx: int, named: bool = True
) -> bool:
    """Far above "the average human physician score of 60-70%": not the model's score."""
    value = s.values[idx]
    # A pronoun after the value ("... above 50% on HLE as its main figure") leaves the text
    # before the value to say whose figure it is; a model named there says it itself.
    after = anchor > value.start and not named
    start = s.prev_end(idx) if after else max(anchor, s.prev_end(idx))
    if start >= value.start:
        return False
    return bool(vocab.non_model.search(s.text[start : value.start]))


def non_model_after(vocab: Vocabulary, text: str, value: Value) -> bool:
    """ "76+ for top models", "60-70% for human physicians": a reference, not a claim."""
    m = re.match(r"\s?[%+]?\)?\s*(?:for|by|from|among|of)\s+", text[value.end : value.end + 12])
    if not m:
        return False
    rest = text[value.end + m.end() : value.end + m.end() + 40]
    rest = re.sub(r"^(?:the|most|many|all|other|several|leading|current)\s+", "", rest)
    return bool(vocab.non_model.match(rest))


def year_like(vocab: Vocabulary, value: Value, bench: Mention) -> bool:
    """A bare 2026 is a year unless the benchmark is scored in ratings or points."""
    if value.unit or value.decimals or not 1900 <= value.value <= 2100 or "," in value.text:
        return False
    entry = vocab.catalog.benchmark(bench.canonical) if bench.known else None
    return not (entry and entry.unit in ("elo", "points"))
