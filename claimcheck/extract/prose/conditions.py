"""The conditions of a value (mode, tools, scaffold, shots, pass@k), scoped to the clause
that states them: a phrase right after the value is its own, one opening a clause covers the
clause's values, one closing the sentence covers the values before it; and who reports it.
The vocabulary is the catalog's (`ConditionRules`); the scoping is here."""

from __future__ import annotations

import re

from claimcheck.extract.mentions import Mention
from claimcheck.extract.numbers import Value
from claimcheck.extract.prose.lexicon import Vocabulary
from claimcheck.extract.prose.state import SentenceState

# A capitalised mode word right after a model's name: "Grok3 Think (cons@64) reached ...".
_MODE_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?=\s*[(,:]|\s+[a-z])")
# What may sit between a value and a condition stated right after it ("85.0% in thinking
# mode", "71.5 points, with thinking on").
_VALUE_TAIL = re.compile(r"\s?(?:%|percent|points?|pts)?\)?,?\s*")
_PAREN_AFTER = re.compile(r"\s?(?:%|percent|points?|pts)?\s*\(([^()]{1,30})\)")
# "with it on", "switched off", "once it is enabled": the mode the sentence named before.
_SWITCHED = re.compile(
    r"\s*,?\s*(?:with\s+it|once\s+it(?:'s|\s+is)|when\s+it(?:'s|\s+is)|it(?:'s|\s+is))\s+"
    r"(?:switched\s+|turned\s+)?(?:(?P<on>on|enabled)|(?P<off>off|disabled))\b",
    re.I,
)
# A clause opening on the switch named before: "Without it, X drops to V", "With it on, ...".
_IT_SWITCH = re.compile(
    r"\s*(?:(?P<off>without\s+it|w/o\s+it|with\s+it\s+(?:off|disabled)|turn\s+it\s+off)"
    r"|(?P<on>with\s+it(?:\s+on|\s+enabled)?|turn\s+it\s+on|enable\s+it))\b",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"according to (?P<a>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}(?:'s\s+"
    r"(?:technical\s+)?(?:report|blog|paper|model card|announcement|post))?)"
    r"|\bper (?P<b>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
    r"|(?P<c>[A-Z][\w&.-]*)(?:'s|’s)\s+(?:own\s+)?(?:technical\s+report|tech\s+report|"
    r"technical\s+blog|blog(?:\s+post)?|paper|model\s+card|announcement|launch\s+post|"
    r"system\s+card)"
    r"|,\s*(?P<d>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+(?:said|says|claims|claimed|reported)\b"
    r"|(?P<e>self-reported|vendor-reported|company-reported)",
)


def label_quals(vocab: Vocabulary, text: str, m: Mention) -> dict[str, str]:
    """ "GPQA Diamond (pass@1)", "X (thinking)", "Grok3 Think (cons@64)": what a name's
    brackets say, and a model's mode word written right after its name."""
    quals: dict[str, str] = {}
    end = m.end
    word = _MODE_WORD_AFTER.match(text, end) if m.kind == "model" else None
    if word:
        mode = vocab.conditions.mode_word(word.group(1))
        if mode:
            quals["mode"] = mode
            end = word.end()
    paren = re.match(r"\s?\(([^()]{1,40})\)", text[end : end + 44])
    if paren:
        found, _ = vocab.conditions.from_label(paren.group(1))
        quals.update(found)
        mode = vocab.conditions.mode_word(paren.group(1)) if m.kind == "model" else None
        if mode:
            quals["mode"] = mode  # "EXAONE 4.0 32B (REASONING)": a model's mode, no category
    return quals


def modes(vocab: Vocabulary, s: SentenceState) -> dict[str, str]:
    """Model name -> stated mode, for "M's Contemplating mode", "In thinking mode, M..."."""
    text, models, refs, values = s.text, s.models, s.refs, s.values
    out: dict[str, str] = {}
    for start, end, mode in vocab.conditions.mode_phrases(text):
        if any(v.end <= start and _VALUE_TAIL.fullmatch(text[v.end : start]) for v in values):
            continue  # "V in thinking mode": the value's own, read by value_quals
        before = [m for m in models if m.end <= start and start - m.end <= 4]
        if before:
            out[before[-1].canonical] = mode
            continue
        after = [m for m in models if m.start >= end]
        after_refs = [r for r in refs if r[0] >= end]
        if after_refs and (not after or after_refs[0][0] < after[0].start):
            subject = s.doc.current_subject()
            if subject:
                out[subject] = mode
        elif after:
            out[after[0].canonical] = mode
        else:
            subject = s.doc.current_subject()
            if subject:
                out.setdefault(subject, mode)
    return out


def value_quals(vocab: Vocabulary, s: SentenceState, idx: int) -> dict[str, str]:
    """The conditions values[idx] is stated under, from the clause around it."""
    text, values, benches, rules = s.text, s.values, s.benches, vocab.conditions
    value = values[idx]
    quals: dict[str, str] = {}
    next_start = s.next_start(idx)
    prev_end = s.prev_end(idx)
    clause_start = max(text.rfind(";", 0, value.start), text.rfind(":", 0, value.start)) + 1
    clause_end = text.find(";", value.end)
    clause_end = len(text) if clause_end == -1 else clause_end
    own = text[value.end : min(next_start, clause_end)]  # up to the next value or ";"
    # What opens the clause before its first value ("In the no-tools setting, X scores V
    # and Y W", "On MMLU-Pro with five exemplars, X scores V") covers every value in it.
    first_in_clause = next((v.start for v in values if v.start >= clause_start), 0)
    opening = text[clause_start:first_in_clause]
    # A phrase leading straight into the value is its own ("o3 不带工具 21, 带工具 24.9"):
    # before the one after it, which may open the next figure.
    lead_in = text[max(prev_end, value.start - 16) : value.start]
    span = rules.tools_span(lead_in)
    right_before = (
        (span[0], span[2]) if span is not None and _LEAD_GAP.fullmatch(lead_in[span[1] :]) else None
    )
    after = rules.tools(own)
    if after is not None and any(value.end <= m.start < value.end + after[0] for m in s.models):
        after = None  # "26.9, Grok 4 不带工具 25.4": the next model's phrase, not this value's
    span = rules.tools_span(opening)
    opener = (span[0], span[2]) if span is not None else None
    if span is not None and _LEADS_INTO_VALUE.fullmatch(opening[span[1] :] + "0"):
        opener = None  # "Grok 4 Heavy 带工具 44.4, ...": the first figure's own, not the clause's
    tools = right_before or after or opener
    # "Humanity's Last Exam with search and Python: 46.8": what the label before a colon
    # says holds for the values after it.
    label = _label_before(text, clause_start)
    if tools is None and label:
        tools = rules.tools(label)
    if tools is None:
        # "... (48.4) and Y (43.9) in the no-tools condition": a phrase closing the
        # sentence covers the values before it, unless another benchmark comes between.
        span = rules.tools_span(text[value.end :])
        if span is not None:
            start, end, kind = span
            between = text[value.end : value.end + start]
            if (
                not any(value.end <= b.start < value.end + start for b in benches)
                # Not from inside an aside opened after the value ("44.9% (Y, for
                # comparison, goes from 25.4% without tools ...)"): that phrase is the aside's.
                and between.count("(") <= between.count(")")
                # Nor one leading into a later figure ("..., o3 不带工具 21"): that figure's.
                and not _LEADS_INTO_VALUE.match(text, value.end + end)
            ):
                tools = (start, kind)
    if tools is not None:
        quals["tools"] = tools[1]
    # "with that custom scaffold ... reaches 76%", "76.5% inside its own agent harness".
    # One opening the clause covers its values, as tools do ("With multiple attempts, X
    # reaches V, close to Y's W").
    scaffold = (
        rules.scaffold(own)
        or rules.scaffold(text[max(clause_start, prev_end) : value.start])
        or rules.scaffold(opening)
    )
    if scaffold is None and label:
        scaffold = rules.scaffold(label)  # "With our Loom scaffold: 76.5%"
    if scaffold:
        quals["scaffold"] = scaffold
    before = text[max(prev_end, value.start - 24) : value.start]
    # Only what leads straight into this value: "(5-shot) and 68.2%" is the last one's.
    before = re.split(r"[(),;]|\band\b", before)[-1]
    quals.update(rules.shots_and_pass(before + " " + own[:80]))
    if not quals.keys() & {"shots", "pass@k", "best-of"}:
        for key, found in rules.shots_and_pass(opening).items():
            quals.setdefault(key, found)
    # "the highest Elo rating of all models, 84.52", "84.52 Elo": what the figure measures,
    # named right before it (no other figure between) or right after it.
    before_metric = text[max(prev_end, value.start - 40) : value.start]
    metric = rules.named_metric(own[:14]) or (
        rules.named_metric(before_metric) if not _DIGIT.search(before_metric) else None
    )
    if metric:
        quals["metric"] = metric
    # "85.0% in thinking mode", "61.3% (no thinking)": a mode stated right after the
    # value is this value's, whichever model the sentence goes on to name.
    mode = _mode_after(vocab, text, value, next_start)
    if mode is None:
        # "...; with thinking off we saw 61.3%": a mode opening the value's own clause.
        segment = text[max(clause_start, prev_end) : value.start]
        lead = [
            phrase
            for phrase in rules.mode_phrases(segment)
            # "85.0% in thinking mode, and Y 71.5%": the phrase is the earlier value's.
            if not (
                idx and clause_start <= prev_end and _VALUE_TAIL.fullmatch(segment[: phrase[0]])
            )
        ]
        mode = lead[-1][2] if lead else None
    if mode is None and label:
        # "GPQA (without extended thinking: X 74.9%, Y 70.0%)": the label's mode.
        label_modes = rules.mode_phrases(label)
        mode = label_modes[-1][2] if label_modes else None
    if mode is None and s.doc.switch_named:
        # "Without it, Juniper-3 drops to 64.0%": the switch the text named before.
        lead = _IT_SWITCH.match(text[max(clause_start, prev_end) : value.start])
        if lead:
            mode = "non-thinking" if lead["off"] else "thinking"
    if mode is None and _SWITCHED.match(own) and rules.mode_phrases(text):
        # "0.719 with thinking off, 0.886 with it on": "it" is the mode named before.
        mode = "non-thinking" if _SWITCHED.match(own)["off"] else "thinking"  # type: ignore[index]
    if mode:
        quals["mode"] = mode
    return quals


# What may stand between a leading tools phrase and its value ("带工具升到 38.6", "without
# tools: 21"); no comma: "31.8 without tools, 44.0 with ..." gives the phrase to 31.8.
_LEAD_WORDS = r"为|是|升到|达到|到|得分|at|of|is|scores?"
_LEAD_GAP = re.compile(rf"\s*(?:[:：]|{_LEAD_WORDS})?\s*", re.I)
_LEADS_INTO_VALUE = re.compile(rf"\s*(?:[:：,，]|{_LEAD_WORDS})?\s*[~≈]?\d", re.I)


_DIGIT = re.compile(r"\d")


def _label_before(text: str, clause_start: int) -> str:
    """The label a colon ends right before the clause ("MMLU with tools: 46.8"), or ""."""
    if not text[:clause_start].rstrip().endswith(":"):
        return ""
    label_start = max(text.rfind(";", 0, clause_start - 1), text.rfind(". ", 0, clause_start - 1))
    return text[label_start + 1 : clause_start]


def _mode_after(vocab: Vocabulary, text: str, value: Value, limit: int) -> str | None:
    after = text[value.end : min(limit, value.end + 48)]
    paren = _PAREN_AFTER.match(after)
    if paren:
        # "42.7(reasoning)": after a value a bare mode word is its mode, though a table's
        # "Reasoning" column is a category.
        word = vocab.conditions.mode_word(paren.group(1))
        if word:
            return word
        found, _ = vocab.conditions.from_label(paren.group(1))
        if "mode" in found:
            return found["mode"]
    for start, _end, mode in vocab.conditions.mode_phrases(after):
        if _VALUE_TAIL.fullmatch(after[:start]):
            return mode
    return None


def attribution(text: str) -> str | None:
    """ "according to X's technical report", "per X", "self-reported": who reports it."""
    m = _ATTRIBUTION.search(text)
    if not m:
        return None
    found = next(g for g in m.groups() if g)
    return found.strip().rstrip(".,")
