"""The prose reader: walks a document's sentences, builds each one's `SentenceState` and
drives the steps over it (names, values, subjects, benchmarks, conditions, comparisons),
then carries what the sentence taught (its subject, its benchmark) to the next ones."""

from __future__ import annotations

import re
from collections import Counter

from claimcheck.catalog import Catalog
from claimcheck.extract.mentions import Mention, MentionFinder
from claimcheck.extract.names import Names
from claimcheck.extract.prose import comparisons, conditions, subjects, unknown, values
from claimcheck.extract.prose.benchmarks import bench_for, sibling_splits, sibling_years
from claimcheck.extract.prose.lexicon import Vocabulary, is_label
from claimcheck.extract.prose.state import RawClaim, Reading, SentenceState
from claimcheck.extract.relations import RawRelation
from claimcheck.extract.segments import Block, Sentence, sentences, unlinked

_SIC = re.compile(r"\[sic\]", re.I)
_LEADERBOARD = re.compile(r"\b(?:leaderboard|rankings?|standings|top\s+\d+)\b", re.I)


class ProseReader:
    def __init__(self, catalog: Catalog, names: Names | None = None) -> None:
        self.catalog = catalog
        self.names = names or Names(catalog)
        self.finder = MentionFinder(self.names)
        self.vocab = Vocabulary.of(catalog, self.names)

    # -- the document ------------------------------------------------------------------
    def read(
        self, blocks: list[Block], line_of: list[int], subject_hint: str | None = None
    ) -> list[RawClaim]:
        return self.read_all(blocks, line_of, subject_hint)[0]

    def read_all(
        self, blocks: list[Block], line_of: list[int], subject_hint: str | None = None
    ) -> tuple[list[RawClaim], list[RawRelation], set[str]]:
        """Claims, the comparisons and rankings the text states, and the models it names."""
        parsed: list[tuple[Sentence, list[Mention]]] = []
        counts: Counter[str] = Counter()
        for block in blocks:
            for sentence in sentences(block):
                text = unlinked(sentence.text)
                mentions = _without_expansions(text, self.finder.find(text))
                # Names no catalog holds count toward the subject once their place in the
                # sentence has made them models ("Nimbus-3 Ultra scored ...").
                unknown.decide_unknown(self.vocab, text, mentions)
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
                    and not _PARAMETER_COUNT.search(m.text)  # "Corvid-70B: 90.8%": a model
                ):
                    m.kind, m.label_only = "benchmark", False
                    m.canonical, entry = self.names.resolve(m.text, "benchmark")
                    m.known = entry is not None
                elif m.kind == "?" and m.canonical in as_model and self.names.key(m.text).dist:
                    # A name the document uses as a model elsewhere, with a version or tier
                    # of its own ("LN-Ultra"): a lab's or a site's name has none.
                    m.kind = "model"
        titles = [b for b in blocks[:2] if unknown.title_like(b)]
        unknown.unglue_titles(parsed, titles)
        heads = {id(b) for b in titles} | ({id(blocks[0])} if blocks else set())
        early = {id(b) for b in blocks[:2]}
        for sentence, mentions in parsed:
            block = sentence.block
            weight = 3 if id(block) in early or block.kind == "heading" else 1
            named = [m for m in mentions if m.kind == "model" and not m.bare_family]
            for i, m in enumerate(named):
                # "Zephent 3B versus Calova 7.6": a title's first model is its subject.
                counts[m.canonical] += weight if i == 0 else 1
        # A title naming one model ("# EXAONE 4.0: Unified ...") says whom the document is
        # about, however often its rivals come up below.
        title = {
            m.canonical
            for sentence, mentions in parsed
            if blocks and sentence.block is blocks[0] and blocks[0].kind == "heading"
            for m in mentions
            if m.kind == "model" and not m.bare_family
        }
        subject = next(iter(title)) if len(title) == 1 else None
        if subject is None and counts:
            subject = counts.most_common(1)[0][0]
        doc = Reading(subject=subject_hint or subject)
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
            doc.title_bench = next(iter(titled.values()))
        out: list[RawClaim] = []
        relations: list[RawRelation] = []
        for sentence, mentions in parsed:
            out.extend(self._sentence(sentence, mentions, line_of, doc, relations))
        named = {m.canonical for _, ms in parsed for m in ms if m.kind == "model"}
        return out, relations, named

    # -- one sentence -------------------------------------------------------------------
    def _sentence(
        self,
        sentence: Sentence,
        mentions: list[Mention],
        line_of: list[int],
        doc: Reading,
        relations: list[RawRelation],
    ) -> list[RawClaim]:
        vocab = self.vocab
        text = unlinked(sentence.text)
        _enter_block(vocab, doc, sentence.block)
        unknown.decide_unknown(vocab, text, mentions)
        unknown.mark_bare_families(vocab, mentions, doc)
        if doc.item_subject and sentence.offset < doc.item_label_end:
            # The label's words ("32B NON-REASONING") made the item's subject already.
            label_end = doc.item_label_end - sentence.offset
            mentions = [m for m in mentions if m.kind != "model" or m.start >= label_end]
        sized = subjects.sized_references(doc, text, mentions)
        if sized:
            mentions = sorted([*mentions, *sized], key=lambda m: m.start)
        mentions = sibling_years(vocab, text, sibling_splits(vocab, text, mentions))
        name_spans = [(m.start, m.end) for m in mentions]  # numbers inside names are not values
        mentions = [m for m in mentions if m.kind in ("model", "benchmark")]
        models = [m for m in mentions if m.kind == "model"]
        benches = [m for m in mentions if m.kind == "benchmark"]
        unknown.drop_nested_benchmarks(text, benches)
        benches = [b for b in benches if b.kind == "benchmark"]
        ambiguous = unknown.resolve_short_names(vocab, models, doc)
        ambiguous |= unknown.month_releases(text, models)
        s = SentenceState(
            sentence=sentence,
            text=text,
            block=sentence.block,
            line_of=line_of,
            doc=doc,
            models=models,
            benches=benches,
            refs=subjects.subject_refs(vocab, text, models),
            ambiguous=ambiguous,
        )
        # Points on a training curve are no scores.
        on_curve = (s.block.kind == "item" and doc.progress_list) or vocab.progress.search(text)
        s.values = [] if on_curve else values.candidate_values(vocab, s, name_spans)
        s.objects = subjects.objects_of_comparison(vocab, text, models, mentions)
        s.appositive = subjects.appositives(text, models, s.values)
        if s.values:
            self._assign(s)
            values.drop_rival_values(s)
            for claim, m_id in s.claims:
                if m_id in s.ambiguous:
                    claim.ambiguous = True
        relations.extend(comparisons.relations(s))
        self._remember(s)
        return [c for c, _ in s.claims]

    def _assign(self, s: SentenceState) -> None:
        """A claim for every value that has a model and a benchmark."""
        vocab, text, sentence = self.vocab, s.text, s.sentence
        s.values = values.without_versions(s)
        modes = conditions.modes(vocab, s)
        attribution = conditions.attribution(text)
        paired_benches, paired_models = subjects.respectively(text, s.values, s.models, s.benches)
        budgets = vocab.conditions.budgets(text)
        hypothetical: int | None = None  # where the last value no model owns ends
        for idx, value in enumerate(s.values):
            model, model_name, anchor = subjects.model_for(vocab, s, idx)
            if paired_models:
                model = paired_models[idx]
                model_name, anchor = model.canonical, model.end
            s.assigned.append((value, model, model_name))
            if model is not None and model.start >= value.end:
                s.right_attached.add(id(model))
            if model_name is None:
                continue
            if values.non_model_between(vocab, s, anchor, idx, named=model is not None):
                hypothetical = value.end
                continue
            if (
                hypothetical is not None
                and _SAME_CLAUSE.fullmatch(text[hypothetical : value.start])
                and not any(hypothetical <= m.start < value.start for m in s.models)
            ):
                # "a model scoring above 50% on HLE ... and above 90% on GPQA": the same one.
                hypothetical = value.end
                continue
            hypothetical = None
            if values.non_model_after(vocab, text, value):
                continue
            bench = paired_benches[idx] if paired_benches else bench_for(s, value)
            if bench is None or values.year_like(vocab, value, bench):
                continue
            quals = dict(conditions.label_quals(vocab, text, bench))
            mode = (
                modes.get(model_name)
                or (s.doc.item_mode if model_name == s.doc.item_subject else None)
                or s.doc.list_mode
            )
            if mode and "mode" not in quals:
                quals["mode"] = mode
            if model is not None:
                quals.update(conditions.label_quals(vocab, text, model))
            quals.update(conditions.value_quals(vocab, s, idx))
            if s.claims and _SAME_CONDITIONS.match(text, value.end):
                # "against GPT-5's 94.6% under the same rule": the last figure's conditions.
                quals = {**s.claims[-1][0].qualifiers}
            if len(budgets) == 1:
                quals["budget"] = budgets[0]
            line, col = s.block.position(sentence.offset + value.start, s.line_of)
            after = text[value.end : min(s.next_start(idx), value.end + 40)]
            claim = RawClaim(
                model=model_name,
                model_mention=model.text if model else subjects.ref_text(text, s.refs, value),
                benchmark=bench.canonical,
                benchmark_mention=bench.text,
                bench_entry=self.catalog.benchmark(bench.canonical) if bench.known else None,
                value=value,
                qualifiers=quals,
                line=line,
                column=col,
                text=_quote(sentence.text),
                extractor="list" if s.block.kind == "item" else "prose",
                attribution=attribution,
                ignored=s.block.ignored or bool(_SIC.search(after)),
                # "with 32K instead of 64K, it falls from 85.3 to 74.8": whose budget is whose
                # is not said, so neither value is compared.
                ambiguous=len(budgets) > 1,
            )
            s.claims.append((claim, id(model) if model else 0))

    def _remember(self, s: SentenceState) -> None:
        """Context for the next sentences: the names seen, the subject, the benchmark."""
        doc, models, benches = s.doc, s.models, s.benches
        # "Everything is measured with thinking on. Without it, ...": "it" is this mode.
        switched = [
            mode
            for _, _, mode in self.vocab.conditions.mode_phrases(s.text)
            if mode in ("thinking", "non-thinking")
        ]
        if switched or re.search(r"\bthinking\b", s.text, re.I):
            doc.switch_named = True
        for m in models:
            if not m.bare_family:
                doc.family_latest[self.names.key(m.canonical).family] = m.canonical
                if m.canonical not in doc.full_names:
                    doc.full_names.append(m.canonical)
        found = [c.model for c, _ in s.claims] or [
            m.canonical
            for m in models
            if id(m) not in s.objects
            and id(m) not in s.appositive
            and id(m) not in s.ambiguous
            # "it refines the tuning of Small 3.1.": a complement, not who the text is about
            and not _COMPLEMENT.search(s.text, max(0, m.start - 24), m.start)
        ]
        if found:
            doc.recent_subject = found[0]
        if s.block.kind == "heading":
            # "## Nimbus-3 Ultra (Cirrus Labs)" heads a section about that model; a heading
            # naming several models ("X vs Y") heads a comparison, about none of them alone.
            named = {m.canonical for m in models if not m.bare_family}
            level = s.block.level
            release = _release_of(s.text, doc.subject) if not named else None
            if len(named) == 1:
                doc.section_subject, doc.section_level = named.pop(), level
            elif release:
                # "## v3.0 — 2025-12-02" in the changelog of Mira v3.1 mini: Mira v3.0 mini.
                doc.section_subject, doc.section_level = release, level
            elif len(named) > 1 or (level and level <= doc.section_level):
                # Several models, or a heading as high as the one that named the model: its
                # section is over ("### Does it do agents?" after "### ... Qwen3-235B-A22B?").
                doc.section_subject = None
            doc.recent_subject = None
            # "### Mathematics (AIME 2024)": the items below report that benchmark.
            titled = {b.canonical: b for b in benches}
            doc.section_bench = next(iter(titled.values())) if len(titled) == 1 else None
        elif s.block.kind == "para" and not s.values and _names_only(s.text, benches):
            # "SWE-bench Verified" alone on a line over a list of scores: a heading in all but
            # its markup, as a scraped page writes one.
            doc.section_bench = benches[0]
        if benches:
            doc.prev_bench = benches[0] if len({b.canonical for b in benches}) == 1 else None
            doc.last_bench = benches[-1]
        elif not s.claims and not _BENCH_REFERENCE.search(s.text):
            # A sentence on something else ends what the last benchmark covered; one about
            # "the 300-task benchmark" still talks of it.
            doc.prev_bench = None


_COMPLEMENT = re.compile(r"\b(?:of|from|to|into|onto|by)\s+(?:the\s+)?$", re.I)
_BENCH_REFERENCE = re.compile(
    r"\b(?:the|that|this|its)\s+(?:[\w-]+\s+){0,2}(?:benchmark|test|eval|evaluation|suite)\b",
    re.I,
)


def _enter_block(vocab: Vocabulary, doc: Reading, block: Block) -> None:
    """A sentence of a new paragraph or list item: what the last one set may not carry."""
    if doc.prev_block is block:
        return
    progress = vocab.progress
    # "Leaderboard (LiveBench average):" heads the list items below it.
    heads_list = (
        block.kind == "item"
        and doc.prev_block is not None
        and (doc.prev_block.kind == "item" or doc.prev_block.text.rstrip().endswith(":"))
    )
    if not heads_list:
        doc.prev_bench = None
        doc.progress_list = False
    elif doc.prev_block is not None and doc.prev_block.kind != "item":
        doc.progress_list = bool(progress.search(doc.prev_block.text))
    # "X stands out in math:" over the items: whose figures an item leaves unnamed.
    prev = doc.prev_block
    if not _item_like(block):
        doc.list_subject = None
    elif prev is not None and not _item_like(prev):
        lead = doc.recent_subject if prev.text.rstrip().endswith(":") else None
        # A name the catalog's families or the article vouch for ("Across 12 benchmarks,
        # X ranks 3rd:" must not make "Across 12" the items' model).
        trusted = lead is not None and (
            lead in (doc.subject, doc.section_subject) or vocab.names.looks_like_model(lead)
        )
        doc.list_subject = lead if trusted else None
    # "It" in a new paragraph or list is the section's or the article's model, not a
    # rival the paragraph before ended on.
    if not (block.kind == "item" and doc.prev_block and doc.prev_block.kind == "item"):
        fallback = doc.section_subject or doc.subject
        if not (
            doc.recent_subject and fallback and _variant_of(vocab, doc.recent_subject, fallback)
        ):
            doc.recent_subject = None
    doc.item_subject, doc.item_mode, doc.item_label_end = subjects.item_label(vocab, doc, block)
    if doc.item_subject:
        doc.recent_subject = None  # the item names its own model
    # "In REASONING mode the 32B model beats larger models:" over its items: their mode.
    if block.kind != "item":
        doc.list_mode = None
    elif prev is not None and prev.text.rstrip().endswith(":"):
        modes = {mode for _, _, mode in vocab.conditions.mode_phrases(prev.text)}
        doc.list_mode = modes.pop() if len(modes) == 1 else None
    doc.prev_block = block


def _item_like(block: Block) -> bool:
    """A list item, or a line that is a label and its value ("GPQA Diamond: 87.7%"): a list
    without its bullets, as plain-text newsletters write one."""
    if block.kind == "item":
        return True
    line = block.text.strip()
    return block.kind == "para" and "\n" not in line and is_label(unlinked(line))


# A heading that is only a release: "v3.0", "Version 3.1 — 2026-03-12", "3.0.2 (2026-01-30)".
# A section number ("## 4.2 Evaluation") is none: a bare number must stand alone or before
# a date.
_RELEASE_HEADING = re.compile(
    r"\s*(?:(?:version|release)\s+v?|v)(\d+(?:\.\d+)+)(?![.\w])"
    r"|\s*(\d+(?:\.\d+)+)\s*(?:$|[—–-]+\s*\d|\(\s*\d)",
    re.I,
)
_VERSION_TOKEN = re.compile(r"(?<![\w.])(v?)(\d+(?:\.\d+)+)(?![\w.])", re.I)


def _release_of(heading: str, subject: str | None) -> str | None:
    """The subject at the release a changelog heading names, when the subject's name has a
    version of the same shape ("Mira v3.1 mini" under "## v3.0": "Mira v3.0 mini")."""
    found = _RELEASE_HEADING.match(heading)
    if not found or not subject:
        return None
    own = list(_VERSION_TOKEN.finditer(subject))
    if len(own) != 1:
        return None
    version = own[0]
    return (
        subject[: version.start(2)] + (found.group(1) or found.group(2)) + subject[version.end(2) :]
    )


# Words joining two figures of one clause: no model, no clause break between them.
_SAME_CLAUSE = re.compile(r"[^;.!?()]{0,60}?\band\b[^;.!?()]{0,30}")
_SAME_CONDITIONS = re.compile(
    r"\s?(?:%|percent|points?)?\)?,?\s*(?:under|with|in|on|at|using)\s+(?:the\s+)?(?:very\s+)?same\s+"
    r"(?:rules?|conditions?|setup|settings?|harness|protocol|budget|configuration)\b",
    re.I,
)


def _variant_of(vocab: Vocabulary, name: str, model: str) -> bool:
    """Whether `name` is one release of `model` ("Kimi-K2-Base" of "Kimi K2"): the paragraphs
    after one about it still mean that release by "it"."""
    variants = vocab.names.variants
    tokens = set(vocab.names.tokens(name))
    return bool(tokens & variants) and tokens - variants == set(vocab.names.tokens(model))


def _quote(text: str) -> str:
    """The sentence as a reader quotes it: Markdown emphasis dropped, at most 500 chars."""
    return re.sub(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", "", text).strip()[:500]


def _names_only(text: str, benches: list[Mention]) -> bool:
    """Whether a line is one benchmark's name and nothing more ("SWE-bench Verified",
    "**GPQA Diamond**:")."""
    if len(benches) != 1 or len(text) > 60:
        return False
    b = benches[0]
    return not (text[: b.start] + text[b.end :]).strip(" *_:#-")


_PARAMETER_COUNT = re.compile(r"(?<![\w.])(?:\d{1,2}x)?\d{1,4}(?:\.\d)?[BM](?![\w.])")


def _without_expansions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions less one of a benchmark's two names, one in brackets after the other: the
    catalog's is kept ("AIME 2024 (American Invitational Mathematics Examination)",
    "Mathematical Problem-Solving (MATH)"); the same benchmark, said again."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in ("benchmark", "?")
            and m.kind in ("benchmark", "?")
            and "benchmark" in (prev.kind, m.kind)
            and prev.known != m.known
            and text[prev.end : m.start].strip() == "("
            and text[m.end : m.end + 1] == ")"
        ):
            if m.known:
                out[-1] = m
            continue
        out.append(m)
    return out
