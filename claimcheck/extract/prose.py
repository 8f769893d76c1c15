"""Claims in sentences and list items: "M scored V on B", "V for M", "M's V", "B: V (M2 V2)".

For each number that could be a score, the reader finds its model and its benchmark from
the mentions around it, the way English ties them:
- model: "V for M" on the right; else the nearest model on the left that is not the object
  of a comparison ("outperforming X", "than X") unless the value hangs on it directly
  ("X at V", "X's V", "X (V)"); a value joined by "and" to the previous one shares its
  model; pronouns and "the model" stand for the subject; a bare family name ("Gemini")
  stands for the latest full mention of that family.
- benchmark: "V on B" on the right; else the nearest benchmark on the left; else the one on
  the right; else the single benchmark of the previous sentence of the same paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from claimcheck.catalog import Catalog, Entry
from claimcheck.extract.conditions import ConditionRules
from claimcheck.extract.mentions import Mention, MentionFinder
from claimcheck.extract.names import Names
from claimcheck.extract.numbers import NumberRules, Value, find_values
from claimcheck.extract.relations import Named, RawRelation
from claimcheck.extract.relations import find as find_relations
from claimcheck.extract.segments import Block, Sentence, sentences

_RIGHT_MODEL = re.compile(
    r"^\s?(?:%|points?|pts)?\)?,?\s*(?:(?:for|by|from|of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
    r"|(?:that|which)\s+)$"
)
# "on B"; "en B", "sur B", "auf B": the same in the languages launch coverage comes in.
_ON = r"(?:on|in|at|for|en|sur|auf|bei|im|su|em|no|na)\s+"
_RIGHT_BENCH = re.compile(
    r"^\s?(?:%|points?|pts|elo)?\)?\s*(?:\([^()]{1,24}\)\s*)?(?:accuracy\s+|score\s+)?"
    + _ON
    + r"(?:the\s+|el\s+|la\s+|le\s+|dem\s+)?"
    r"(?:[a-z]+\s+){0,2}$",
    re.I,
)
# No \s* right after another (",?\s*" after "\s*" was): spaces are matched once, in linear
# time, however long the gap.
_DIRECT = re.compile(
    r"^\s*$|^(?:'s|’s|')\s*$|^(?:'s|’s|')?\s*(?:\(|:|(?:,\s*)?(?:at|with|of|on|posting|scoring|"
    r"reaching|=|—|-)\b|(?:reported|own|score of|rating of|result of|mark of|tally of)\b|"
    r"(?:,\s*)?(?:which|that|who)\b)",  # "X, which scored V"
    re.I,
)
_CONTRAST = re.compile(
    r"\b(?:versus|vs\.?|against|compared|than|while|whereas|but|beating|ahead|behind|"
    r"trailing|outperform\w*|surpass\w*|edging|over|below|above)\b",
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
_SAME_BENCH = re.compile(
    r"\b(?:the\s+same|that|this)\s+(?:index|benchmark|test|eval(?:uation)?|leaderboard|exam|"
    r"suite|ranking)\b",
    re.I,
)
_SIC = re.compile(r"\[sic\]", re.I)
_LABEL = re.compile(r"^(?P<label>[^:]{2,80}?):\s")
# What may sit between a value and a condition stated right after it ("85.0% in thinking
# mode", "71.5 points, with thinking on").
_VALUE_TAIL = re.compile(r"\s?(?:%|percent|points?|pts)?\)?,?\s*")
_PAREN_AFTER = re.compile(r"\s?(?:%|percent|points?|pts)?\s*\(([^()]{1,30})\)")
# A label and its value, parted by a colon or a spaced dash ("GPQA Diamond — 88.1%").
_LABEL_LINE = re.compile(r"^[^:—–]{2,80}?(?::|\s[—–-])\s?[~≈]?\d")


# Looked up for every name no catalog holds: compiled once.
_POSSESSIVE_LEAD = re.compile(r"^(?:'s|’s)?[\s,]*")
_ON_IN_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?$")
_VALUE_AFTER_NAME = re.compile(r"^(?:'s|’s)?\s*(?:\(\s?\d|at\s+\d|:\s?\d|[~≈]?\d)")
_FOR_BY_BEFORE = re.compile(r"\d\s?%?\)?\s*(?:for|by)\s+(?:the\s+)?$")
# What may stand between a measuring phrase and its value: "gave 58.4", "came in at just 80".
_VALUE_LEAD = re.compile(r"\s*(?:at\s+|of\s+|about\s+|just\s+|roughly\s+|around\s+){0,2}[~≈]?")
_VALUE_ON = re.compile(
    r"\d\s?(?:%|percent|points?|pts|prozent|punkte)?\s+(?:on|in|im|en|sur|auf|bei|su|em)\s", re.I
)
# A benchmark, then its value: "SWE-bench Verified 74.9 at pass@1", "AIME 2025 at ~91".
_BENCH_GAP = r"\s?(?::|at|of|=|is)?\s?(?:at\s+)?[~≈]?"
_BENCH_VALUE_GAP = re.compile(_BENCH_GAP)
_BENCH_THEN_VALUE = re.compile(_BENCH_GAP + r"\d")
_REPORTING_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:(?:also|now|itself)\s+)?(?:reports|reported|says|said|claims|claimed|"
    r"announced|announces|notes|noted|states|stated|lists|listed|quotes|quoted|cites|cited)\b"
)
_LEADERBOARD = re.compile(r"\b(?:leaderboard|rankings?|standings|top\s+\d+)\b", re.I)
# "78.9% on MMLU-Pro"; also as Spanish, French, German, Italian and Portuguese put it.
_ON_BENCH = re.compile(
    r"\s?(?:%|percent|points?|pts|[Pp]rozent|Punkte)?\s+"
    + _ON
    + r"(?:the\s+|el\s+|la\s+|le\s+|dem\s+|der\s+|il\s+|o\s+|a\s+)?"
)
_COLON_VALUE_AFTER = re.compile(r"^:\s?[~≈]?\d")
_LABEL_TAIL_VALUE = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}\s?(?::|\s[—–-])\s?[~≈]?\d")


# A sentence whose subject points back at the model just named, not the article's:
# "How does it compare with GPT-5.4? Isn't that at 92.8 on GPQA?"; it is not guessed.
_DEMONSTRATIVE = re.compile(
    r"\W*(?:(?:is|isn't|isn’t|was|wasn't|wasn’t)\s+)?(?:that|that one|this one|the latter|"
    r"the former)\b",
    re.I,
)


_LABEL_COLON = re.compile(r"\**\s*:\s+\S")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)
_VERB_GAP = re.compile(r"\s+(?:[a-z]+\s+){1,3}(?:about\s+|roughly\s+)?", re.I)


def _in_brackets(text: str, m: Mention) -> bool:
    opened = text.rfind("(", 0, m.start)
    return opened >= 0 and text.find(")", opened) >= m.end


# "with it on", "switched off", "once it is enabled": the mode the sentence named before.
_SWITCHED = re.compile(
    r"\s*,?\s*(?:with\s+it|once\s+it(?:'s|\s+is)|when\s+it(?:'s|\s+is)|it(?:'s|\s+is))\s+"
    r"(?:switched\s+|turned\s+)?(?:(?P<on>on|enabled)|(?P<off>off|disabled))\b",
    re.I,
)
# A sentence that opens on someone's figures ("Quillon's HLE figures come in two
# flavours"): a lab or a person, not the article's model; not guessed either.
_OWNER = re.compile(r"\W*(?:The\s+)?[A-Z][\w-]+['’]s\s+(?!\d)")


@dataclass(slots=True)
class RawClaim:
    model: str
    model_mention: str
    benchmark: str
    benchmark_mention: str
    bench_entry: Entry | None
    value: Value
    qualifiers: dict[str, str]
    line: int
    column: int
    text: str
    ambiguous: bool = False
    extractor: str = "prose"
    attribution: str | None = None
    ignored: bool = False
    source: str = ""  # the document's path, set once the document is read
    metric: str = ""  # what was measured ("pass@1", "em"), where the text says

    def __post_init__(self) -> None:
        # Labels and condition columns read the metric along with the conditions; it is
        # kept apart from them here, where every reader's claims pass.
        metric = self.qualifiers.pop("metric", None)
        if metric:
            self.metric = metric


@dataclass(slots=True)
class Reading:
    """What the reader knows while it walks a document."""

    subject: str | None = None  # the article's main model
    family_latest: dict[str, str] = field(default_factory=dict)
    full_names: list[str] = field(default_factory=list)  # models named in full so far
    recent_subject: str | None = None  # the last sentence subject, within a paragraph
    section_subject: str | None = None  # the model a heading names, for its section
    prev_bench: Mention | None = None
    last_bench: Mention | None = None  # the last benchmark named, for "the same index"
    title_bench: Mention | None = None  # the one benchmark a title names, for lists under it
    section_bench: Mention | None = None  # the one benchmark a heading names, for its items
    prev_block: Block | None = None


class ProseReader:
    def __init__(self, catalog: Catalog, names: Names | None = None) -> None:
        self.catalog = catalog
        self.names = names or Names(catalog)
        self.finder = MentionFinder(self.names)
        lex = catalog.lexicon
        sent = lex.get("sentences", {})
        self.number_rules = NumberRules.of(
            count_nouns=sent.get("count_nouns", []),
            non_score_before=sent.get("non_score_before", []),
            about=sent.get("approx_about", []),
            at_least=sent.get("approx_at_least", []),
            at_most=sent.get("approx_at_most", []),
        )
        self.conditions = ConditionRules.of(catalog)
        self.score_verbs = _words_re(sent.get("score_verbs", []))
        self.comparison = _words_re(sent.get("comparison_words", []), at_end=True)
        self.refs = _words_re(sent.get("subject_refs", []))
        self.non_model = _words_re(sent.get("non_model_referents", []))
        self.retraction = _words_re(sent.get("retraction_cues", []))
        self.non_score_names = frozenset(
            w.casefold() for w in catalog.lexicon.get("tables", {}).get("non_score_words", [])
        )
        self.measured = _words_re(sent.get("subjectless_score_phrases", []))
        self.verbs_after_count = frozenset(
            w.casefold() for w in [*sent.get("score_verbs", []), *sent.get("not_counted", [])]
        )

    # -- the document ------------------------------------------------------------------
    def read(
        self, blocks: list[Block], line_of: list[int], subject_hint: str | None = None
    ) -> list[RawClaim]:
        return self.read_all(blocks, line_of, subject_hint)[0]

    def read_all(
        self, blocks: list[Block], line_of: list[int], subject_hint: str | None = None
    ) -> tuple[list[RawClaim], list[RawRelation]]:
        """Claims, and the comparisons and rankings the text states."""
        parsed: list[tuple[Sentence, list[Mention]]] = []
        counts: Counter[str] = Counter()
        for block in blocks:
            for sentence in sentences(block):
                mentions = self.finder.find(sentence.text)
                # Names no catalog holds count toward the subject once their place in the
                # sentence has made them models ("Nimbus-3 Ultra scored ...").
                self._decide_unknown(sentence.text, mentions)
                parsed.append((sentence, mentions))
        # "BeaconChart 3: 33.6%" heads a list line like a model with a version would; unless
        # the document also uses the name as a model elsewhere, it is the line's benchmark.
        as_model = {
            m.canonical for _, ms in parsed for m in ms if m.kind == "model" and not m.label_only
        }
        for _, ms in parsed:
            for m in ms:
                if (
                    m.label_only
                    and m.canonical not in as_model
                    and not self.names.looks_like_model(m.text)
                ):
                    m.kind, m.label_only = "benchmark", False
                    m.canonical, entry = self.names.resolve(m.text, "benchmark")
                    m.known = entry is not None
        titles = [b for b in blocks[:2] if _title_like(b)]
        _unglue_titles(parsed, titles)
        heads = {id(b) for b in titles} | ({id(blocks[0])} if blocks else set())
        early = {id(b) for b in blocks[:2]}
        for sentence, mentions in parsed:
            block = sentence.block
            weight = 3 if id(block) in early or block.kind == "heading" else 1
            named = [m for m in mentions if m.kind == "model" and not m.bare_family]
            for i, m in enumerate(named):
                # "Zephent 3B versus Calova 7.6": a title's first model is its subject.
                counts[m.canonical] += weight if i == 0 else 1
        state = Reading(subject=subject_hint or (counts.most_common(1)[0][0] if counts else None))
        titled = {
            m.canonical: m
            for sentence, mentions in parsed
            if id(sentence.block) in heads
            for m in mentions
            # A catalog benchmark, or one the title calls a leaderboard ("The Eval Digest"
            # names none).
            if m.kind == "benchmark" and (m.known or _LEADERBOARD.search(sentence.text))
        }
        if len(titled) == 1:
            # "LMArena text leaderboard": the ranked list below it is of that benchmark.
            state.title_bench = next(iter(titled.values()))
        out: list[RawClaim] = []
        relations: list[RawRelation] = []
        for sentence, mentions in parsed:
            out.extend(self._sentence(sentence, mentions, line_of, state, relations))
        return out, relations

    # -- one sentence -------------------------------------------------------------------
    def _sentence(
        self,
        sentence: Sentence,
        mentions: list[Mention],
        line_of: list[int],
        state: Reading,
        relations: list[RawRelation],
    ) -> list[RawClaim]:
        text = sentence.text
        block = sentence.block
        if state.prev_block is not block:
            # "Leaderboard (LiveBench average):" heads the list items below it.
            heads_list = (
                block.kind == "item"
                and state.prev_block is not None
                and (
                    state.prev_block.kind == "item" or state.prev_block.text.rstrip().endswith(":")
                )
            )
            if not heads_list:
                state.prev_bench = None
            # "It" in a new paragraph or list is the section's or the article's model, not a
            # rival the paragraph before ended on.
            if not (block.kind == "item" and state.prev_block and state.prev_block.kind == "item"):
                state.recent_subject = None
            state.prev_block = block
        self._decide_unknown(text, mentions)
        for m in mentions:
            # "Teller is at 71.5" after "Teller-70B": a bare family of a model named in full
            # earlier, even one no catalog holds.
            if (
                m.kind in ("?", "model")
                and not m.known
                and " " not in m.text
                and not any(c.isdigit() for c in m.text)
            ):
                latest = state.family_latest.get(self.names.key(m.text).family)
                if latest and latest != m.text:
                    m.kind, m.bare_family = "model", True
        name_spans = [(m.start, m.end) for m in mentions]  # numbers inside names are not values
        mentions = [m for m in mentions if m.kind in ("model", "benchmark")]
        models = [m for m in mentions if m.kind == "model"]
        benches = [m for m in mentions if m.kind == "benchmark"]
        self._drop_nested_benchmarks(text, benches)
        benches = [b for b in benches if b.kind == "benchmark"]
        ambiguous_ids: set[int] = set()
        for m in models:
            if not m.known and not m.bare_family:
                m.canonical = self._short_form(m.canonical, state)
            if m.bare_family:
                family = self.names.key(m.text).family
                latest = state.family_latest.get(family)
                if latest:
                    m.canonical = latest
                else:
                    ambiguous_ids.add(id(m))
        # "the flagship Qwen3-235B" names its model: only a bare reference stands for one.
        starts = {m.start for m in models}
        refs = [
            (r.start(), r.end())
            for r in self.refs.finditer(text)
            if r.end() + 1 not in starts and r.end() + 2 not in starts
        ]
        # Values are judged only where a claim can come from: judging every number of a
        # sentence that names no model (a line of "9%9%9%...") was most of a scan's time.
        values: list[Value] = []
        if (
            models
            or refs
            or block.kind == "item"
            or self._label(text)
            or (state.prev_bench is not None and self.measured.search(text))
            or (
                benches
                and (
                    self.measured.search(text)
                    or _VALUE_ON.search(text)
                    or any(_BENCH_THEN_VALUE.match(text, b.end) for b in benches)
                )
            )
        ):
            values = find_values(text, self.number_rules, skip=name_spans)
            values = [v for v in values if not self._count_word_after(text, v)]
            if values and self.retraction.search(text):
                values = []  # "Correction: we wrote that X scored V": the figure is withdrawn
        ends = sorted(m.end for m in mentions)
        objects = {id(m) for m in models if self._is_object(text, m, ends)}
        appositive = self._appositives(text, models, values)
        claims: list[RawClaim] = []
        if values:
            claims = self._assign(
                sentence, values, models, benches, objects, appositive, refs, state, line_of
            )
            for claim, m_id in claims:
                if m_id in ambiguous_ids:
                    claim.ambiguous = True
        self._relations(
            sentence,
            models,
            benches,
            claims,
            objects,
            refs,
            ambiguous_ids,
            state,
            line_of,
            relations,
        )
        # Context for the next sentences.
        for m in models:
            if not m.bare_family:
                state.family_latest[self.names.key(m.canonical).family] = m.canonical
                if m.canonical not in state.full_names:
                    state.full_names.append(m.canonical)
        subjects = [c.model for c, _ in claims] or [
            m.canonical
            for m in models
            if id(m) not in objects and id(m) not in appositive and id(m) not in ambiguous_ids
        ]
        if subjects:
            state.recent_subject = subjects[0]
        if block.kind == "heading":
            # "## Nimbus-3 Ultra (Cirrus Labs)" heads a section about that model; a heading
            # naming several models ("X vs Y") heads a comparison, about none of them alone.
            named = {m.canonical for m in models if not m.bare_family}
            if len(named) == 1:
                state.section_subject = named.pop()
            elif len(named) > 1:
                state.section_subject = None
            state.recent_subject = None
            # "### Mathematics (AIME 2024)": the items below report that benchmark.
            titled = {b.canonical: b for b in benches}
            state.section_bench = next(iter(titled.values())) if len(titled) == 1 else None
        if benches:
            state.prev_bench = benches[0] if len({b.canonical for b in benches}) == 1 else None
            state.last_bench = benches[-1]
        elif not claims:
            state.prev_bench = None
        return [c for c, _ in claims]

    def _assign(
        self,
        sentence: Sentence,
        values: list[Value],
        models: list[Mention],
        benches: list[Mention],
        objects: set[int],
        appositive: set[int],
        refs: list[tuple[int, int]],
        state: Reading,
        line_of: list[int],
    ) -> list[tuple[RawClaim, int]]:
        text = sentence.text
        # "the 2.0 in the name": a benchmark's own version number is no score of it.
        named = [*benches, *([state.last_bench] if state.last_bench else [])]
        versions = {m.text.rsplit(" ", 1)[-1].rsplit("-", 1)[-1] for m in named}
        values = [v for v in values if v.unit or v.text not in versions]
        out: list[tuple[RawClaim, int]] = []
        assigned: list[tuple[Value, Mention | None, str | None]] = []
        right_attached: set[int] = set()  # models hung to the right of their value
        modes = self._modes(text, models, refs, state, values)
        attribution = self._attribution(text)
        paired_benches, paired_models = self._respectively(text, values, models, benches)
        for idx, value in enumerate(values):
            model, model_name, anchor = self._model_for(
                text,
                value,
                idx,
                values,
                models,
                objects,
                appositive,
                refs,
                assigned,
                right_attached,
                state,
                sentence.block,
                benches,
            )
            if paired_models:
                model = paired_models[idx]
                model_name, anchor = model.canonical, model.end
            assigned.append((value, model, model_name))
            if model is not None and model.start >= value.end:
                right_attached.add(id(model))
            if model_name is None:
                continue
            if self._non_model_between(text, anchor, value, values, idx):
                continue
            if self._non_model_after(text, value):
                continue
            bench = (
                paired_benches[idx]
                if paired_benches
                else self._bench_for(text, value, benches, state, sentence.block.kind == "item")
            )
            if bench is None or self._year_like(value, bench):
                continue
            quals = dict(self._label_quals(text, bench))
            mode = modes.get(model_name)
            if mode and "mode" not in quals:
                quals["mode"] = mode
            if model is not None:
                quals.update(self._label_quals(text, model))
            quals.update(self._value_quals(text, value, values, idx, benches))
            line, col = sentence.block.position(sentence.offset + value.start, line_of)
            next_start = values[idx + 1].start if idx + 1 < len(values) else len(text)
            after = text[value.end : min(next_start, value.end + 40)]
            ignored = sentence.block.ignored or bool(_SIC.search(after))
            claim = RawClaim(
                model=model_name,
                model_mention=model.text if model else _ref_text(text, refs, value),
                benchmark=bench.canonical,
                benchmark_mention=bench.text,
                bench_entry=self.catalog.benchmark(bench.canonical) if bench.known else None,
                value=value,
                qualifiers=quals,
                line=line,
                column=col,
                text=_quote(text),
                extractor="list" if sentence.block.kind == "item" else "prose",
                attribution=attribution,
                ignored=ignored,
            )
            out.append((claim, id(model) if model else 0))
        return out

    def _relations(
        self,
        sentence: Sentence,
        models: list[Mention],
        benches: list[Mention],
        claims: list[tuple[RawClaim, int]],
        objects: set[int],
        refs: list[tuple[int, int]],
        ambiguous_ids: set[int],
        state: Reading,
        line_of: list[int],
        out: list[RawRelation],
    ) -> None:
        text = sentence.text
        if claims:
            subject: str | None = claims[0][0].model
            bench = claims[0][0].benchmark
            quals = dict(claims[0][0].qualifiers)
        else:
            firsts = [m for m in models if id(m) not in objects and id(m) not in ambiguous_ids]
            first_ref = refs[0][0] if refs else len(text)
            if firsts and firsts[0].start < first_ref:
                subject = firsts[0].canonical
            else:
                subject = self._subject(state) if refs else None
            names = {b.canonical for b in benches}
            if len(names) == 1:
                bench = benches[0].canonical
            elif not names and state.prev_bench is not None:
                bench = state.prev_bench.canonical
            else:
                return
            quals = {}
        named = [Named(m.start, m.end, m.canonical) for m in models if id(m) not in ambiguous_ids]
        found = find_relations(text, named, subject)
        if not found or subject is None:
            return
        line, _ = sentence.block.position(sentence.offset, line_of)
        for relation, target, rank in found:
            out.append(
                RawRelation(subject, relation, target, rank, bench, line, text.strip()[:500], quals)
            )

    @staticmethod
    def _respectively(
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
        if not re.search(r"\brespectively\b|\bin that order\b", text, re.I):
            # "M1, M2 and M3 reach 70, 65 and 61": two lists of one length, side by side.
            before = [m for m in models if m.end <= values[0].start][-len(values) :]
            if (
                len(before) == len(values)
                and len({m.canonical for m in before}) == len(values)
                and all(_LIST_JOIN.fullmatch(text[a.end : b.start]) for a, b in pairwise(before))
                and all(
                    _LIST_JOIN.fullmatch(text[a.end : b.start].lstrip("%"))
                    for a, b in pairwise(values)
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

    # -- the model of a value -----------------------------------------------------------
    def _model_for(
        self,
        text: str,
        value: Value,
        idx: int,
        values: list[Value],
        models: list[Mention],
        objects: set[int],
        appositive: set[int],
        refs: list[tuple[int, int]],
        assigned: list[tuple[Value, Mention | None, str | None]],
        right_attached: set[int],
        state: Reading,
        block: Block,
        benches: list[Mention],
    ) -> tuple[Mention | None, str | None, int]:
        """(mention, canonical name, where the text naming it ends) for one value."""
        next_value = values[idx + 1].start if idx + 1 < len(values) else len(text)
        for m in models:  # "V for M"
            if value.end <= m.start < next_value and _RIGHT_MODEL.match(text[value.end : m.start]):
                return m, m.canonical, value.end
            if m.start >= value.end:
                break
        prev_value_end = values[idx - 1].end if idx > 0 else -1
        left = [m for m in models if m.end <= value.start and id(m) not in appositive]
        left_refs = [r for r in refs if r[1] <= value.start]
        nearest_ref = left_refs[-1] if left_refs else None
        # A value joined by "and" / "," to an earlier one shares its model; values hung on a
        # model to their right ("80.9% for X") are asides and pass their turn.
        for prior, prior_model, prior_name in reversed(assigned):
            if prior_model is not None and (
                id(prior_model) in right_attached or id(prior_model) in objects
            ):
                continue
            if prior_name is None:
                break
            gap = text[prior.end : value.start]
            between_model = any(
                prior.end <= m.start and m.end <= value.start and id(m) not in right_attached
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
                name = own[0].canonical if own else self._subject(state)
                return None, name, item[1]  # type: ignore[index]
            m = item  # type: ignore[assignment]
            gap = text[m.end : value.start]  # type: ignore[union-attr]
            if id(m) in objects and not self._direct(gap, m.end, value.start, values, benches):
                continue
            if m.end < prev_value_end and id(m) in objects:  # type: ignore[union-attr]
                continue
            return m, m.canonical, m.end  # type: ignore[union-attr,return-value]
        label_line = self._label(text) and not any(m.end <= value.start for m in models)
        if not candidates and not label_line:
            # The subject may come after: "On GPQA Diamond (87.3%), it beats X (84.0%)".
            right = [(m.start, "m", m) for m in models if m.start >= value.end]
            right += [(r[0], "r", r) for r in refs if r[0] >= value.end]
            for _start, kind, item in sorted(right, key=lambda c: c[0])[:1]:
                if kind == "r":
                    return None, self._subject(state), item[1]  # type: ignore[index]
                # "reports 76.4%, against 69.0% for X": X is the later value's model.
                later_own = any(
                    v.end <= item.start and _RIGHT_MODEL.match(text[v.end : item.start])  # type: ignore[union-attr]
                    for v in values[idx + 1 :]
                )
                if not later_own and id(item) not in objects and id(item) not in appositive:
                    return item, item.canonical, item.end  # type: ignore[union-attr,return-value]
        # A list item or label line ("MMLU-Pro: 91.2%") speaks of the subject, when it names
        # its benchmark; an item with neither model nor benchmark is not read.
        on_bench = any(
            _ON_BENCH.fullmatch(text[value.end : b.start]) for b in benches if b.start >= value.end
        )  # "78.9% on MMLU-Pro"
        names_bench = on_bench or any(b.end <= value.start for b in benches)
        owner = _OWNER.match(text)
        if owner and not any(b.start < owner.end() < b.end for b in benches):
            return None, None, 0  # "Quillon's HLE figures ...": whose model is not said
        if (block.kind == "item" and names_bench) or self._label(text):
            return None, self._subject(state), 0
        # "On LiveCodeBench, our run gave 58.4%": a reviewer's own run of the article's
        # model; "obtiene un 78,9 % en MMLU-Pro": a subject the verb carries.
        if (
            not candidates
            and block.kind != "heading"
            and not refs
            and not _DEMONSTRATIVE.match(text)  # "Isn't that at 92.8?": the last one named
            and (
                on_bench
                or any(_BENCH_VALUE_GAP.fullmatch(text[b.end : value.start]) for b in benches)
                or ((benches or state.prev_bench) and self._measured(text, value, benches))
            )
        ):
            return None, self._subject(state), 0
        return None, None, 0

    def _measured(self, text: str, value: Value, benches: list[Mention]) -> bool:
        """A measuring phrase ("our run gave", "came in at", "we saw") leads into the value,
        after the last benchmark or clause break before it."""
        start = max([b.end for b in benches if b.end <= value.start] + [0])
        start = max(start, text.rfind(";", 0, value.start) + 1, value.start - 60)
        found = list(self.measured.finditer(text, start, value.start))
        lead = text[found[-1].end() : value.start] if found else ""
        return bool(found) and _VALUE_LEAD.fullmatch(lead) is not None

    def _short_form(self, name: str, state: Reading) -> str:
        """ "Opus 5" after "Claude Opus 5": the same model, named without its family."""
        tokens = self.names.tokens(name)
        if not tokens:
            return name
        for full in reversed(state.full_names):
            longer = self.names.tokens(full)
            if len(longer) > len(tokens) and longer[-len(tokens) :] == tokens:
                return full
        return name

    def _subject(self, state: Reading) -> str | None:
        return state.recent_subject or state.section_subject or state.subject

    def _direct(
        self, gap: str, start: int, end: int, values: list[Value], benches: list[Mention]
    ) -> bool:
        """Does the value hang on a compared model ("X at V", "X's V", "X (V)")? Not across
        another value, a benchmark or a comma: "beats X on B, scoring V" is the subject's."""
        if any(start <= v.start < end for v in values):
            return False
        if len(gap.split()) > 5 or any(start <= b.start < end for b in benches):
            return False
        if "," in gap and not _DIRECT.match(gap):
            return False
        return bool(_DIRECT.match(gap) or self.score_verbs.search(gap))

    def _is_object(self, text: str, m: Mention, ends: list[int]) -> bool:
        """`ends`: every mention's end, sorted (a bisect, not a scan of every mention per
        model, which made a long line of names quadratic)."""
        at = bisect_right(ends, m.start)
        prev_end = ends[at - 1] if at else 0
        before = text[max(prev_end, m.start - 40) : m.start]
        return bool(self.comparison.search(before.rstrip(" \"“‘'(")))

    def _appositives(self, text: str, models: list[Mention], values: list[Value]) -> set[int]:
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

    def _non_model_between(
        self, text: str, anchor: int, value: Value, values: list[Value], idx: int
    ) -> bool:
        """Far above "the average human physician score of 60-70%": not the model's score."""
        start = max(anchor, values[idx - 1].end if idx else 0)
        if start >= value.start:
            return False
        return bool(self.non_model.search(text[start : value.start]))

    def _year_like(self, value: Value, bench: Mention) -> bool:
        """A bare 2026 is a year unless the benchmark is scored in ratings or points."""
        if value.unit or value.decimals or not 1900 <= value.value <= 2100 or "," in value.text:
            return False
        entry = self.catalog.benchmark(bench.canonical) if bench.known else None
        return not (entry and entry.unit in ("elo", "points"))

    def _non_model_after(self, text: str, value: Value) -> bool:
        """ "76+ for top models", "60-70% for human physicians": a reference, not a claim."""
        m = re.match(r"\s?[%+]?\)?\s*(?:for|by|from|among|of)\s+", text[value.end : value.end + 12])
        if not m:
            return False
        rest = text[value.end + m.end() : value.end + m.end() + 40]
        rest = re.sub(r"^(?:the|most|many|all|other|several|leading|current)\s+", "", rest)
        return bool(self.non_model.match(rest))

    def _count_word_after(self, text: str, value: Value) -> bool:
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
            and word not in self.verbs_after_count
        )

    # -- the benchmark of a value -------------------------------------------------------
    def _bench_for(
        self, text: str, value: Value, benches: list[Mention], state: Reading, item: bool = False
    ) -> Mention | None:
        if item and state.section_bench is not None:
            # Under "### Mathematics (AIME 2024)", "- **o3**: 96.7% (US Math Olympiad
            # equivalent)": a name in brackets is an aside; the section's benchmark stands.
            benches = [b for b in benches if not _in_brackets(text, b)]
            if not benches:
                return state.section_bench
        for b in benches:
            if b.start >= value.end and _RIGHT_BENCH.match(text[value.end : b.start]):
                return b
        left = [b for b in benches if b.end <= value.start]
        if left:
            return left[-1]
        right = [b for b in benches if b.start >= value.end]
        if right:
            return right[0]
        if state.prev_bench is None and _SAME_BENCH.search(text):
            return state.last_bench
        if state.prev_bench is None and state.prev_block and state.prev_block.kind == "item":
            return state.title_bench or (state.section_bench if item else None)
        return state.prev_bench

    def _drop_nested_benchmarks(self, text: str, benches: list[Mention]) -> None:
        """ "Multimodal Understanding (CharXiv Reasoning)": the category is not a benchmark."""
        for a, b in pairwise(benches):
            if re.fullmatch(r"\s?\(", text[a.end : b.start]) and b.known and not a.known:
                a.kind = "category"

    # -- names no catalog holds ---------------------------------------------------------
    def _decide_unknown(self, text: str, mentions: list[Mention]) -> None:
        """A name no catalog holds is a benchmark after "on"/"in", a model where a model
        stands ("X scored V", "X's V", "V for X", "X (V)"), and a model when it carries a
        version number; otherwise it is not a name we need."""
        for m in mentions:
            if m.kind != "?" or m.text.casefold() in self.conditions.descriptors:
                continue  # "Reasoning: 84.6%": a category heading a line, not a model
            if set(self.names.tokens(m.text)) & self.non_score_names:
                continue  # "Availability SLA: 99.9%", "Batch speed-up: 50": specs, not scores
            before = text[max(0, m.start - 16) : m.start].casefold()
            after = text[m.end : m.end + 40]
            verb_after = _POSSESSIVE_LEAD.sub("", after)
            if _ON_IN_BEFORE.search(before):
                m.kind = "benchmark"
            elif (
                m.start < 3
                and _LABEL_COLON.match(after)
                and not _COLON_VALUE_AFTER.match(after)
                and any(x.kind == "model" for x in mentions if x is not m)
            ):
                # "PatchPilot 2.0: On this independent benchmark, ... Orrery-5 scores 57.3%":
                # a label opening an item whose sentence names the models is the benchmark.
                m.kind = "benchmark"
            elif _REPORTING_AFTER.match(after) and not any(c.isdigit() for c in m.text):
                # "Northlight reports 88.1% ...": who reports the figure, not what scored it.
                m.kind = "org"
                continue
            elif _COLON_VALUE_AFTER.match(after) and (
                self.names.looks_like_benchmark(m.text) or not any(c.isdigit() for c in m.text)
            ):
                # "AnvilVision: 43.9%" heading a line: a label names a benchmark unless it
                # carries a version ("Kestrel 3: 45%").
                m.kind = "benchmark"
            elif (
                _VALUE_AFTER_NAME.match(after)
                or _FOR_BY_BEFORE.search(before)
                or (
                    self.score_verbs.match(verb_after)
                    and re.search(r"\d", after)
                    and not before.rstrip().endswith(("of", "the"))
                )
            ):
                m.kind = "model"
                # "X: V", or "X V" with X unversioned, opening a line reads like a label (a
                # versioned "Quasar-2 1418" opens a ranked list's line as a model);
                # "Vega 2: 69.8% on OrbitQA" names its benchmark after, so Vega 2 is the model.
                bare_label = m.start < 3 and not any(c.isdigit() for c in m.text)
                m.label_only = bool(
                    _COLON_VALUE_AFTER.match(after)
                    or (bare_label and _VALUE_AFTER_NAME.match(after))
                ) and not _VALUE_ON.search(text[m.end : m.end + 60])
            elif (
                _COLON_VALUE_AFTER.match(after)
                or (
                    (m.start < 3 or not any(c.isdigit() for c in m.text))
                    and _LABEL_TAIL_VALUE.match(after)
                )
                or (m.start < 3 and not any(c.isdigit() for c in m.text) and self._label(text))
            ):
                # "TaskForge: 47.5%", "TaskForge agent suite — 47.5%", "OpsGauntlet, the
                # lab's own suite: 52.7%": a line's opening label.
                m.kind = "benchmark"
            elif any(c.isdigit() for c in m.text) and not self.names.looks_like_benchmark(m.text):
                m.kind = "model"
            if m.kind != "?":
                m.canonical, entry = self.names.resolve(m.text, m.kind)
                m.known = entry is not None

    # -- qualifiers ---------------------------------------------------------------------
    def _label_quals(self, text: str, m: Mention) -> dict[str, str]:
        paren = re.match(r"\s?\(([^()]{1,40})\)", text[m.end : m.end + 44])
        if not paren:
            return {}
        quals, _ = self.conditions.from_label(paren.group(1))
        return quals

    def _modes(
        self,
        text: str,
        models: list[Mention],
        refs: list[tuple[int, int]],
        state: Reading,
        values: list[Value],
    ) -> dict[str, str]:
        """Model name -> stated mode, for "M's Contemplating mode", "In thinking mode, M..."."""
        out: dict[str, str] = {}
        for start, end, mode in self.conditions.mode_phrases(text):
            if any(v.end <= start and _VALUE_TAIL.fullmatch(text[v.end : start]) for v in values):
                continue  # "V in thinking mode": the value's own, read by _value_quals
            before = [m for m in models if m.end <= start and start - m.end <= 4]
            if before:
                out[before[-1].canonical] = mode
                continue
            after = [m for m in models if m.start >= end]
            after_refs = [r for r in refs if r[0] >= end]
            if after_refs and (not after or after_refs[0][0] < after[0].start):
                subject = self._subject(state)
                if subject:
                    out[subject] = mode
            elif after:
                out[after[0].canonical] = mode
            else:
                subject = self._subject(state)
                if subject:
                    out.setdefault(subject, mode)
        return out

    def _value_quals(
        self, text: str, value: Value, values: list[Value], idx: int, benches: list[Mention]
    ) -> dict[str, str]:
        quals: dict[str, str] = {}
        next_start = values[idx + 1].start if idx + 1 < len(values) else len(text)
        prev_end = values[idx - 1].end if idx else 0
        clause_start = max(text.rfind(";", 0, value.start), text.rfind(":", 0, value.start)) + 1
        clause_end = text.find(";", value.end)
        clause_end = len(text) if clause_end == -1 else clause_end
        own = text[value.end : min(next_start, clause_end)]  # up to the next value or ";"
        # What opens the clause before its first value ("In the no-tools setting, X scores V
        # and Y W", "On MMLU-Pro with five exemplars, X scores V") covers every value in it.
        first_in_clause = next((v.start for v in values if v.start >= clause_start), 0)
        opening = text[clause_start:first_in_clause]
        tools = self.conditions.tools(own) or self.conditions.tools(opening)
        if tools is None and text[:clause_start].rstrip().endswith(":"):
            # "Humanity's Last Exam with search and Python: 46.8": the label's condition.
            label_start = max(
                text.rfind(";", 0, clause_start - 1), text.rfind(". ", 0, clause_start - 1)
            )
            tools = self.conditions.tools(text[label_start + 1 : clause_start])
        if tools is None:
            # "... (48.4) and Y (43.9) in the no-tools condition": a phrase closing the
            # sentence covers the values before it, unless another benchmark comes between.
            later = self.conditions.tools(text[value.end :])
            if later is not None and not any(
                value.end <= b.start < value.end + later[0] for b in benches
            ):
                tools = later
        if tools is not None:
            quals["tools"] = tools[1]
        # "with that custom scaffold ... reaches 76%", "76.5% inside its own agent harness".
        scaffold = self.conditions.scaffold(own) or self.conditions.scaffold(
            text[max(clause_start, prev_end) : value.start]
        )
        if scaffold:
            quals["scaffold"] = scaffold
        before = text[max(prev_end, value.start - 24) : value.start]
        # Only what leads straight into this value: "(5-shot) and 68.2%" is the last one's.
        before = re.split(r"[(),;]|\band\b", before)[-1]
        quals.update(self.conditions.shots_and_pass(before + " " + own[:40]))
        if not quals.keys() & {"shots", "pass@k", "best-of"}:
            for key, found in self.conditions.shots_and_pass(opening).items():
                quals.setdefault(key, found)
        # "85.0% in thinking mode", "61.3% (no thinking)": a mode stated right after the
        # value is this value's, whichever model the sentence goes on to name.
        mode = self._mode_after(text, value, next_start)
        if mode is None:
            # "...; with thinking off we saw 61.3%": a mode opening the value's own clause.
            segment = text[max(clause_start, prev_end) : value.start]
            lead = [
                phrase
                for phrase in self.conditions.mode_phrases(segment)
                # "85.0% in thinking mode, and Y 71.5%": the phrase is the earlier value's.
                if not (
                    idx and clause_start <= prev_end and _VALUE_TAIL.fullmatch(segment[: phrase[0]])
                )
            ]
            mode = lead[-1][2] if lead else None
        if mode is None and _SWITCHED.match(own) and self.conditions.mode_phrases(text):
            # "0.719 with thinking off, 0.886 with it on": "it" is the mode named before.
            mode = "non-thinking" if _SWITCHED.match(own)["off"] else "thinking"  # type: ignore[index]
        if mode:
            quals["mode"] = mode
        return quals

    def _mode_after(self, text: str, value: Value, limit: int) -> str | None:
        after = text[value.end : min(limit, value.end + 48)]
        paren = _PAREN_AFTER.match(after)
        if paren:
            found, _ = self.conditions.from_label(paren.group(1))
            if "mode" in found:
                return found["mode"]
        for start, _end, mode in self.conditions.mode_phrases(after):
            if _VALUE_TAIL.fullmatch(after[:start]):
                return mode
        return None

    def _attribution(self, text: str) -> str | None:
        m = _ATTRIBUTION.search(text)
        if not m:
            return None
        found = next(g for g in m.groups() if g)
        return found.strip().rstrip(".,")

    def _label(self, text: str) -> bool:
        """ "MMLU-Pro: 91.2%", "GPQA Diamond — 88.1%": a label, then its value."""
        return bool(_LABEL_LINE.match(text))


def _title_like(block: Block) -> bool:
    """A heading, or a short first line without a full stop: a plain-text title."""
    text = block.text.strip()
    return block.kind == "heading" or (len(text) < 160 and not text.endswith("."))


def _unglue_titles(parsed: list[tuple[Sentence, list[Mention]]], titles: list[Block]) -> None:
    """ "Introducing Nimbus-3 Ultra", "Ledgerline Research Releases Teller-70B": in a title
    case heading the words before a name run into it. A name no catalog holds, seen only in
    titles, whose last words are a model with a version the body names, is that model."""
    in_title = {id(b) for b in titles}

    def title(sentence: Sentence) -> bool:
        return sentence.block.kind == "heading" or id(sentence.block) in in_title

    body: set[str] = set()
    for sentence, mentions in parsed:
        if not title(sentence):
            body.update(m.canonical for m in mentions if m.kind == "model")
    for sentence, mentions in parsed:
        if not title(sentence):
            continue
        for m in mentions:
            if m.kind != "model" or m.known or m.canonical in body:
                continue
            words = m.canonical.split(" ")
            for k in range(1, len(words)):
                if any(c.isdigit() for c in words[k - 1]):
                    break  # "Korrin 2.5 Flash": a version belongs to the name; stop trimming
                tail = " ".join(words[k:])
                if tail in body and any(c.isdigit() for c in tail):
                    at = m.text.find(tail)
                    if at > 0:
                        m.start += at
                        m.text = tail
                    m.canonical = tail
                    break


def _quote(text: str) -> str:
    """The sentence as a reader quotes it: Markdown emphasis dropped, at most 500 chars."""
    return re.sub(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", "", text).strip()[:500]


def _words_re(words: list[str], at_end: bool = False) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if at_end:
        return re.compile(
            rf"(?:^|(?<=[\s(,;]))(?:{alternation})(?:\s+(?:the|both|only|even))?$", re.I
        )
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w-])", re.I)


def _ref_text(text: str, refs: list[tuple[int, int]], value: Value) -> str:
    left = [r for r in refs if r[1] <= value.start]
    if left:
        return text[left[-1][0] : left[-1][1]]
    return "(subject)"
