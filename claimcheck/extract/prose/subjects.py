"""Who a value belongs to: "V for M" on the right; else the nearest model on the left that
is not the object of a comparison ("outperforming X", "than X") unless the value hangs on it
directly ("X at V", "X's V", "X (V)"); a value joined by "and" to the previous one shares its
model; pronouns and "the model" stand for the subject; lists read in order ("M1 and M2 score
V1 and V2 respectively")."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from claimcheck.extract.mentions import Mention
from claimcheck.extract.numbers import Value
from claimcheck.extract.prose.lexicon import BENCH_VALUE_GAP, ON, Vocabulary, is_label
from claimcheck.extract.prose.state import Reading, SentenceState
from claimcheck.extract.segments import Block

_RIGHT_MODEL = re.compile(
    # "the 62.6% credited to GPT-4o": whose figure it is, on its right.
    r"^\s?(?:%|points?|pts)?\)?,?\s*(?:(?:for|by|from|of|(?:credited|attributed|ascribed)\s+to)"
    r"\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
    r"|(?:that|which)\s+)$"
)
# What stands between a model and its own figure: "X at 54.3", "X 为 54.3", "X: 54.3".
_MODEL_THEN_VALUE = re.compile(
    r"\s?(?:'s|’s)?\s?(?:[:：]|at|of|with|scores?|scored|gets?|got|hits?|reaches|reached|"
    r"posts?|posted|为|是|得分|得|拿到|达到)?\s?[~≈]?",
    re.I,
)
# "56.9 (Gemma 2 27B)": a model alone in brackets after a value is whose value it is.
_OPEN = re.compile(r"\s?(?:%|points?|pts)?\s?\(\s?")
_CLOSE = re.compile(r"\s?\)")
# No \s* right after another (",?\s*" after "\s*" was): spaces are matched once, in linear
# time, however long the gap.
_DIRECT = re.compile(
    # "R1 的 79.8": Chinese 的 is the possessive.
    # "beats X, with 72.1%" / ", scoring": after a comma the subject's own figure goes on.
    r"^\s*的?\s*$|^(?:'s|’s|')\s*$|^(?:'s|’s|')?\s*(?:\(|:|=|—|-\s|(?:,\s*)?(?:at|of|on)\b|"
    r"(?:with|posting|scoring|reaching)\b|"
    r"(?:reported|own|score of|rating of|result of|mark of|tally of)\b|"
    r"(?:,\s*)?(?:which|that|who)\b"  # "X, which scored V"
    # "GPT-5.4, listed by OpenAI at 92.8%": the figure someone gives the model just named.
    r"|,\s*(?:listed|reported|rated|put|pegged|measured|quoted|given)\s+(?:by\s+[\w.&'’-]+\s+)?at\b)",
    re.I,
)
_CONTRAST = re.compile(
    r"\b(?:versus|vs\.?|against|compared|than|while|whereas|but|beating|ahead|behind|"
    r"trailing|outperform\w*|surpass\w*|edging|over|below|above)\b",
    re.I,
)
# What may stand between a measuring phrase and its value: "gave 58.4", "came in at just 80".
_VALUE_LEAD = re.compile(r"\s*(?:at\s+|of\s+|about\s+|just\s+|roughly\s+|around\s+){0,2}[~≈]?")
# "78.9% on MMLU-Pro"; also as Spanish, French, German, Italian and Portuguese put it.
_ON_BENCH = re.compile(
    r"\s?(?:%|percent|points?|pts|[Pp]rozent|Punkte)?\s+"
    + ON
    + r"(?:the\s+|el\s+|la\s+|le\s+|dem\s+|der\s+|il\s+|o\s+|a\s+)?"
)
_BENCH_NEXT = re.compile(r"\s?%?\s")
# A sentence whose subject points back at the model just named, not the article's:
# "How does it compare with GPT-5.4? Isn't that at 92.8 on GPQA?"; it is not guessed.
_DEMONSTRATIVE = re.compile(
    r"\W*(?:(?:is|isn't|isn’t|was|wasn't|wasn’t)\s+)?(?:that|that one|this one|the latter|"
    r"the former)\b",
    re.I,
)
# A sentence that opens on someone's figures ("Quillon's HLE figures come in two
# flavours"): a lab or a person, not the article's model; not guessed either.
_OWNER = re.compile(r"\W*(?:The\s+)?[A-Z][\w-]+['’]s\s+(?!\d)")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)
# Two values or two names side by side in a list: "79.8 and 70", "79.8 与 70 分", "A、B".
_PAIR_JOIN = re.compile(
    r"\s?(?:%|percent|points?|pts|分)?\s*(?:,\s*(?:and\s+)?|and|[和与及、，,])\s*", re.I
)
_RESPECTIVELY = re.compile(r"\brespectively\b|\bin that order\b|分别|依次", re.I)
_VERB_GAP = re.compile(r"\s+(?:[a-z]+\s+){1,3}(?:about\s+|roughly\s+)?", re.I)

# (mention, canonical name, where the text naming it ends); no mention for "it" or the
# subject, no name for no model.
ModelFor = tuple[Mention | None, str | None, int]


def subject_refs(vocab: Vocabulary, text: str, models: list[Mention]) -> list[tuple[int, int]]:
    """Spans of "it", "the model": only a bare reference stands for one ("the flagship
    Qwen3-235B" names its model)."""
    starts = {m.start for m in models}
    return [
        (r.start(), r.end())
        for r in vocab.refs.finditer(text)
        if r.end() + 1 not in starts and r.end() + 2 not in starts
    ]


def model_for(vocab: Vocabulary, s: SentenceState, idx: int) -> ModelFor:
    """(mention, canonical name, where the text naming it ends) for values[idx]."""
    text, values, models, doc = s.text, s.values, s.models, s.doc
    objects, appositive, refs, benches = s.objects, s.appositive, s.refs, s.benches
    value = values[idx]
    next_value = s.next_start(idx)
    for m in models:  # "V for M", "V (M)"
        if value.end <= m.start < next_value and (
            _RIGHT_MODEL.match(text[value.end : m.start])
            or (_OPEN.fullmatch(text[value.end : m.start]) and _CLOSE.match(text, m.end))
        ):
            return m, m.canonical, value.end
        if m.start >= value.end:
            break
    bracket = _bracket_owner(text, models, value)
    if bracket is not None:
        return bracket, bracket.canonical, bracket.end
    prev_value_end = s.prev_end(idx, -1)
    left = [m for m in models if m.end <= value.start and id(m) not in appositive]
    left_refs = [r for r in refs if r[1] <= value.start]
    nearest_ref = left_refs[-1] if left_refs else None
    # A value joined by "and" / "," to an earlier one shares its model; values hung on a
    # model to their right ("80.9% for X") are asides and pass their turn.
    if s.assigned and s.assigned[-1][2] is not None:
        prior, prior_model, prior_name = s.assigned[-1]
        if (
            prior_model is not None
            and id(prior_model) in objects
            and _PAIR_JOIN.fullmatch(text[prior.end : value.start])
        ):
            # "higher than R1's 79.8 and 70": the list goes on with the object's values.
            return prior_model, prior_name, prior.end
    for prior, prior_model, prior_name in reversed(s.assigned):
        if prior_model is not None and (
            id(prior_model) in s.right_attached or id(prior_model) in objects
        ):
            continue
        if prior_name is None:
            break
        gap = text[prior.end : value.start]
        if gap.count(")") > gap.count("("):
            continue  # "(Qwen3 235B = 90.6), HELMET 58.3": the bracket's value is an aside
        between_model = any(
            prior.end <= m.start
            and m.end <= value.start
            and id(m) not in s.right_attached
            and not _closed_bracket(text, m, value.start)
            for m in models
        )
        between_ref = nearest_ref is not None and nearest_ref[0] >= prior.end
        if not between_model and not between_ref and not _CONTRAST.search(gap):
            return prior_model, prior_name, prior.end
        break
    candidates = sorted(
        [(m.end, "m", m) for m in left] + [(r[1], "r", r) for r in left_refs],
        key=lambda c: c[0],
        reverse=True,
    )
    for _end, kind, item in candidates:
        if kind == "r":
            # "X scores V; with tools it reaches W": the pronoun is this sentence's
            # subject when it has one, else the article's.
            own = [
                x
                for x in models
                if x.end <= item[0]  # type: ignore[index]
                and id(x) not in objects
                and id(x) not in appositive
                and not x.bare_family
            ]
            name = own[0].canonical if own else doc.current_subject()
            return None, name, item[1]  # type: ignore[index]
        m = item  # type: ignore[assignment]
        if _closed_bracket(text, m, value.start):  # type: ignore[arg-type]
            continue  # "(Qwen3 235B = 90.6), HELMET 58.3": the bracket's model is done
        gap = text[m.end : value.start]  # type: ignore[union-attr]
        if _trailing_aside(text, m, values, value):  # type: ignore[arg-type]
            continue
        if id(m) in objects and not _direct(vocab, gap, m.end, value.start, values, benches):  # type: ignore[union-attr]
            continue
        if m.end < prev_value_end and id(m) in objects:  # type: ignore[union-attr]
            continue
        return m, m.canonical, m.end  # type: ignore[union-attr,return-value]
    label_line = (is_label(text) or doc.item_subject is not None) and not any(
        m.end <= value.start for m in models
    )
    if not candidates and not label_line:
        # The subject may come after: "On GPQA Diamond (87.3%), it beats X (84.0%)".
        right = [(m.start, "m", m) for m in models if m.start >= value.end]
        right += [(r[0], "r", r) for r in refs if r[0] >= value.end]
        for _start, kind, item in sorted(right, key=lambda c: c[0])[:1]:
            if kind == "r":
                return None, doc.current_subject(), item[1]  # type: ignore[index]
            # "reports 76.4%, against 69.0% for X": X is the later value's model.
            later_own = (
                any(
                    v.end <= item.start and _RIGHT_MODEL.match(text[v.end : item.start])  # type: ignore[union-attr]
                    for v in values[idx + 1 :]
                )
                or any(  # "..., than 3.5-2.4B(73.6)": the model's own value is bracketed
                    _bracket_owner(text, [item], v) is item  # type: ignore[list-item]
                    for v in values[idx + 1 :]
                )
                # "MathBench: 65.6, with X at 54.3", "65.6 分，X 为 54.3 分": X's value
                # follows X; the first is someone else's.
                or _named_with_own_value(text, [item], values, idx, item.canonical)  # type: ignore[list-item, union-attr]
            )
            if not later_own and id(item) not in objects and id(item) not in appositive:
                return item, item.canonical, item.end  # type: ignore[union-attr,return-value]
    # A list item or label line ("MMLU-Pro: 91.2%") speaks of the subject, when it names
    # its benchmark; an item with neither model nor benchmark is not read.
    on_bench = any(
        _ON_BENCH.fullmatch(text[value.end : b.start])
        or _BENCH_NEXT.fullmatch(text[value.end : b.start])
        for b in benches
        if b.start >= value.end
    )  # "78.9% on MMLU-Pro", "the 76.5% SWE-bench Verified headline"
    names_bench = on_bench or any(b.end <= value.start for b in benches)
    owner = _OWNER.match(text)
    if owner and not any(b.start < owner.end() < b.end for b in benches):
        return None, None, 0  # "Quillon's HLE figures ...": whose model is not said
    if (s.block.kind == "item" and names_bench) or is_label(text):
        # "GSM8K: 81.1, X 为 84.5": X's figure is the later one; this one is the list's
        # or the article's model's, unless that is X too.
        candidates = (doc.current_subject(), doc.list_subject, doc.section_subject, doc.subject)
        for subject in dict.fromkeys(candidates):
            if subject is not None:
                if _named_with_own_value(text, models, values, idx, subject):
                    continue
                return None, subject, 0
        return None, None, 0
    # "On LiveCodeBench, our run gave 58.4%": a reviewer's own run of the article's
    # model; "obtiene un 78,9 % en MMLU-Pro": a subject the verb carries.
    if (
        not candidates
        and s.block.kind != "heading"
        and not any(r[0] < value.start for r in refs)  # "it" later names the same subject
        and not _DEMONSTRATIVE.match(text)  # "Isn't that at 92.8?": the last one named
        and (
            on_bench
            or any(BENCH_VALUE_GAP.fullmatch(text[b.end : value.start]) for b in benches)
            or ((benches or doc.prev_bench) and _measured(vocab, text, value, benches))
        )
    ):
        return None, doc.current_subject(), 0
    return None, None, 0


def _named_with_own_value(
    text: str, models: list[Mention], values: list[Value], idx: int, name: str
) -> bool:
    """Whether `name` stands later in the sentence with a figure of its own right after it
    ("..., X 为 54.3", "..., with X at 54.3")."""
    value = values[idx]
    for m in models:
        if m.canonical != name or m.start < value.end:
            continue
        between = text[value.end : m.start]
        if len(between) > 40 or any(c in between for c in ";；(（"):
            break  # another clause: "..., 25.4% no tools; the leaderboard has X at 24.5%"
        after = [v for v in values[idx + 1 :] if v.start >= m.end]
        if after and _MODEL_THEN_VALUE.fullmatch(text[m.end : after[0].start]):
            return True
    return False


def _trailing_aside(text: str, m: Mention, values: list[Value], value: Value) -> bool:
    """Is `m` a remark after an earlier item's value, behind a semicolon ("B1 58.6%, level
    with X; B2 61.5%")? Then it speaks of that item, not of the values after it."""
    if ";" not in text[m.end : value.start]:
        return False
    clause = text.rfind(";", 0, m.start) + 1
    return any(clause <= v.start and v.end <= m.start for v in values)


def _measured(vocab: Vocabulary, text: str, value: Value, benches: list[Mention]) -> bool:
    """A measuring phrase ("our run gave", "came in at", "we saw") leads into the value,
    after the last benchmark or clause break before it."""
    start = max([b.end for b in benches if b.end <= value.start] + [0])
    start = max(start, text.rfind(";", 0, value.start) + 1, value.start - 60)
    found = list(vocab.measured.finditer(text, start, value.start))
    lead = text[found[-1].end() : value.start] if found else ""
    return bool(found) and _VALUE_LEAD.fullmatch(lead) is not None


def _direct(
    vocab: Vocabulary, gap: str, start: int, end: int, values: list[Value], benches: list[Mention]
) -> bool:
    """Does the value hang on a compared model ("X at V", "X's V", "X (V)")? Not across
    another value, a benchmark or a comma: "beats X on B, scoring V" is the subject's."""
    if any(start <= v.start < end for v in values):
        return False
    if len(gap.split()) > 5 or any(start <= b.start < end for b in benches):
        return False
    if "," in gap and not _DIRECT.match(gap):
        return False
    return bool(_DIRECT.match(gap) or vocab.score_verbs.search(gap))


def objects_of_comparison(
    vocab: Vocabulary, text: str, models: list[Mention], mentions: list[Mention]
) -> set[int]:
    """The models a comparison names as its object ("than X", "outperforming X")."""
    # Every mention's end, sorted: a bisect, not a scan of every mention per model (which
    # made a long line of names quadratic).
    ends = sorted(m.end for m in mentions)
    out: set[int] = set()
    for m in models:
        at = bisect_right(ends, m.start)
        prev_end = ends[at - 1] if at else 0
        before = _without_maker(vocab, text[max(prev_end, m.start - 40) : m.start])
        found = vocab.comparison.search(before)
        if found is None:
            continue
        if found.group(0).strip().casefold() in _CONJUNCTIONS and _OWN_VALUES.match(text, m.end):
            # "X goes from 91.2 to 61.4 and Y from 94.8 to 67.3": a clause of Y's own, the
            # verb left out, not Y as what X is measured against.
            continue
        out.add(id(m))
    return out


_CONJUNCTIONS = frozenset({"and", "or", "nor"})
# Values straight after a name: "Y from 94.8", "Y at 67.3", "Y 67.3", "Y: 67.3".
_OWN_VALUES = re.compile(r"(?:'s|’s)?\s*(?:from\s+|at\s+|with\s+|:\s*)?[~≈]?\d")


def _without_maker(vocab: Vocabulary, before: str) -> str:
    """The text before a model without the maker's name ("on par with OpenAI o3-mini"):
    the maker is part of the object."""
    before = before.rstrip(" \"“‘'(")
    for n in (2, 1):
        words = before.rsplit(None, n)
        if len(words) == n + 1 and vocab.names.is_org(" ".join(words[1:])):
            return words[0].rstrip(" \"“‘'(")
    return before


_BRACKET_OPEN = re.compile(r"\s?\(")


def _closed_bracket(text: str, m: Mention, end: int) -> bool:
    """Whether `m` sits in a bracket that closes before `end`."""
    opened = text.rfind("(", 0, m.start)
    if opened == -1 or ")" in text[opened : m.start]:
        return False
    close = text.find(")", m.end, end)
    return close != -1


def _bracket_owner(text: str, models: list[Mention], value: Value) -> Mention | None:
    """The model a bracket holding the value opens after: "above Qwen3-235B (AIME 81.5,
    HMMT 62.5)" gives both to Qwen3-235B, compared or not."""
    for m in reversed(models):
        if m.end > value.start:
            continue
        gap = text[m.end : value.start]
        if len(gap) < 80 and _BRACKET_OPEN.match(gap) and ")" not in gap:
            return m
        return None
    return None


def appositives(text: str, models: list[Mention], values: list[Value]) -> set[int]:
    """Models inside ", the base model R1 was trained from," after another model."""
    out: set[int] = set()
    for m in models:
        if text[m.end : m.end + 2].startswith(","):
            close = text.find(",", m.end + 1)
            if close == -1 or close - m.end > 90:
                continue
            if any(m.end < v.start < close for v in values):
                continue
            out.update(id(x) for x in models if m.end < x.start and x.end <= close)
    return out


def ref_text(text: str, refs: list[tuple[int, int]], value: Value) -> str:
    """How the text names a value's model when it names none: the pronoun before it."""
    left = [r for r in refs if r[1] <= value.start]
    if left:
        return text[left[-1][0] : left[-1][1]]
    return "(subject)"


def respectively(
    text: str, values: list[Value], models: list[Mention], benches: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """ "67.5 and 42.4 on MMLU-Pro and GPQA Diamond respectively": pair them in order."""
    if (
        len(values) == 2
        and re.fullmatch(r"\s?%?\s+to\s+", text[values[0].end : values[1].start])
        and not re.search(r"\bfrom\s+$", text[: values[0].start])
    ):
        # "X trails Y on B, 69.8% to 71.2%": a score line, in the order the names came.
        names = [m for m in models if m.end <= values[0].start]
        if len(names) == 2 and names[0].canonical != names[1].canonical:
            return [], names
    if len(values) < 2:
        return [], []
    runs = _runs(text, values)
    listed = _listed_benches(text, benches)
    if (
        len(listed) >= 2
        and listed[-1].end <= values[0].start
        and all(len(run) == len(listed) for run in runs)
        and (_RESPECTIVELY.search(text) or len(runs) == 1)
    ):
        # "On AIME 2024 and AIME 2025 X scores 87.3 and 76.8, above R1's 79.8 and 70": each
        # run of values follows the list of benchmarks in order.
        return [listed[i] for run in runs for i in range(len(run))], []
    if not _RESPECTIVELY.search(text):
        # "M1, M2 and M3 reach 70, 65 and 61": two lists of one length, side by side.
        before = [m for m in models if m.end <= values[0].start][-len(values) :]
        if (
            len(before) == len(values)
            and len({m.canonical for m in before}) == len(values)
            and all(_LIST_JOIN.fullmatch(text[a.end : b.start]) for a, b in pairwise(before))
            and all(
                _LIST_JOIN.fullmatch(text[a.end : b.start].lstrip("%")) for a, b in pairwise(values)
            )
            and _VERB_GAP.fullmatch(text[before[-1].end : values[0].start])
        ):
            return [], before
        return [], []
    after = [b for b in benches if b.start >= values[-1].end]
    paired_benches = after if len(after) == len(values) else []
    before = [m for m in models if m.end <= values[0].start]
    paired_models = before[-len(values) :] if len(before) >= len(values) else []
    if paired_models and len({m.canonical for m in paired_models}) != len(values):
        paired_models = []
    return paired_benches, paired_models


def _runs(text: str, values: list[Value]) -> list[list[Value]]:
    """The values in runs: each joined to the one before by a list joiner only."""
    runs: list[list[Value]] = [[values[0]]]
    for a, b in pairwise(values):
        if _PAIR_JOIN.fullmatch(text[a.end : b.start]):
            runs[-1].append(b)
        else:
            runs.append([b])
    return runs


def _listed_benches(text: str, benches: list[Mention]) -> list[Mention]:
    """The sentence's benchmarks when they are one list ("AIME2024 和 AIME2025"), else []."""
    if len(benches) < 2 or len({b.canonical for b in benches}) != len(benches):
        return []
    if all(_PAIR_JOIN.fullmatch(text[a.end : b.start]) for a, b in pairwise(benches)):
        return benches
    return []


_ITEM_LABEL = re.compile(r"\s*([^:\n]{1,48}?)\s*:\s")
_SIZE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[BM](?![\w.])")
_SIZE_IN_NAME = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[BbMm](?![\w.])")


def item_label(vocab: Vocabulary, doc: Reading, block: Block) -> tuple[str | None, str | None, int]:
    """(model, mode, end of the label) of a list item headed by a size ("`32B (REASONING)`:
    > Table 3: ...", "Korean, 1.2B:"): the article's model at that size, in that mode.
    Summaries of a report name the sizes of its one family this way."""
    none = None, None, 0
    if block.kind != "item" or doc.subject is None:
        return none
    head = _ITEM_LABEL.match(block.text)
    if head is None:
        return none
    words = re.findall(r"[\w.+-]+", head.group(1))
    sizes = [w for w in words if _SIZE.fullmatch(w)]
    if len(sizes) != 1:
        return none
    mode = None
    others = 0
    for word in words:
        if word == sizes[0]:
            continue
        found = vocab.conditions.mode_word(word)
        if found:
            mode = mode or found
        elif any(c.isdigit() for c in word) or vocab.names.looks_like_model(word):
            return none  # "Qwen3 32B:", "Table 3:": a name or a reference, not a size
        else:
            others += 1  # "Korean, 32B": the part of the report the item covers
    if others > 1:
        return none
    return sized(doc.subject, sizes[0]), mode, head.end()


def sized(subject: str, size: str) -> str:
    """The article's model at another size: "EXAONE 4.0" and "1.2B" make "EXAONE 4.0 1.2B"."""
    if _SIZE_IN_NAME.search(subject):
        return _SIZE_IN_NAME.sub(size, subject, count=1)
    return f"{subject} {size}"


_SIZED_REF = re.compile(
    r"\b[Tt]he\s+(\d+(?:\.\d+)?[BM])[\s-](?:model|variant|version|checkpoint)\b"
    r"|`(\d+(?:\.\d+)?[BM])\b[^`]{0,30}`"
    # "3.5-2.4B" in a note on EXAONE 4.0-1.2B: the family's version 3.5 at 2.4B.
    r"|(?<![\w.-])(?P<version>\d+(?:\.\d+)?)-(?P<size>\d+(?:\.\d+)?[BM])(?![A-Za-z0-9.])"
)
_VERSION_IN_NAME = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])")


def sized_references(doc: Reading, text: str, mentions: list[Mention]) -> list[Mention]:
    """ "The 1.2B model", "`32B (NON-REASONING)`": the article's model at that size, as a
    mention of it."""
    subject = doc.subject
    if subject is None or not any(c.isdigit() for c in text):
        return []
    out = []
    for m in _SIZED_REF.finditer(text):
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        if m["version"]:
            version = _VERSION_IN_NAME.search(subject)
            if version is None:
                continue  # no version in the subject's name to stand for
            name = f"{subject[: version.start()]}{m['version']} {m['size']}"
        else:
            name = sized(subject, m.group(1) or m.group(2))
        out.append(Mention(m.start(), m.end(), m.group(0), "model", name))
    return out
