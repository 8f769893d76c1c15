"""Names no catalog holds, and names written short: what each one is in its sentence (a
model, a benchmark, a lab), decided from where it stands, and which full name it stands for.
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimcheck.extract.mentions import Mention
from claimcheck.extract.prose.lexicon import VALUE_ON, Vocabulary, is_label
from claimcheck.extract.prose.state import Reading
from claimcheck.extract.segments import Block, Sentence

# Looked up for every name no catalog holds: compiled once.
_POSSESSIVE_LEAD = re.compile(r"^(?:'s|’s)?[\s,]*")
_ON_IN_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?$")
_VALUE_AFTER_NAME = re.compile(r"^(?:'s|’s)?\s*(?:\(\s?\d|at\s+\d|:\s?\d|[~≈]?\d)")
_FOR_BY_BEFORE = re.compile(r"\d\s?%?\)?\s*(?:for|by)\s+(?:the\s+)?$")
_REPORTING_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:(?:also|now|itself)\s+)?(?:reports|reported|says|said|claims|claimed|"
    r"announced|announces|notes|noted|states|stated|lists|listed|quotes|quoted|cites|cited)\b"
)
_COLON_VALUE_AFTER = re.compile(r"^:\s?[~≈]?\d")
_SIZE_AFTER = re.compile(r"^[`'\"*]*\s?\(\s?~?\d{1,4}(?:\.\d+)?\s?[BMT]\s?\)")
_SCALE_AFTER = re.compile(r"^\s*\w+\s*\(\s*\d+\s*[–-]\s*\d+\s*\)")
_HARNESS_AFTER = re.compile(r"^\s+(?:agent\s+)?(?:scaffold|scaffolding|harness)\b", re.I)
_LABEL_TAIL_VALUE = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}\s?(?::|\s[—–-])\s?[~≈]?\d")
_LABEL_COLON = re.compile(r"\**\s*:\s+\S")


def decide_unknown(vocab: Vocabulary, text: str, mentions: list[Mention]) -> None:
    """A name no catalog holds is a benchmark after "on"/"in", a model where a model
    stands ("X scored V", "X's V", "V for X", "X (V)"), and a model when it carries a
    version number; otherwise it is not a name we need."""
    names = vocab.names
    for m in mentions:
        if m.kind != "?" or m.text.casefold() in vocab.conditions.descriptors:
            continue  # "Reasoning: 84.6%": a category heading a line, not a model
        if set(names.tokens(m.text)) & vocab.non_score_names:
            continue  # "Availability SLA: 99.9%", "Batch speed-up: 50": specs, not scores
        if " " not in m.text and m.text.casefold() in vocab.never_names:
            continue  # "DeepSeek R1: Scored 97.3%": the verb opening the item is no model
        before = text[max(0, m.start - 16) : m.start].casefold()
        after = text[m.end : m.end + 40]
        if _HARNESS_AFTER.match(after):
            continue  # "With our Loom scaffold: 76.5%": the harness, not what was run
        if _SIZE_AFTER.match(after):
            m.kind = "model"  # "`LN-Ultra` (253B)": a name given its parameter count
            continue
        verb_after = _POSSESSIVE_LEAD.sub("", after)
        if _ON_IN_BEFORE.search(before) and not m.possessive:
            # "in Halcyon's materials": whose, not what was run.
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
            names.looks_like_benchmark(m.text) or not any(c.isdigit() for c in m.text)
        ):
            # "AnvilVision: 43.9%" heading a line: a label names a benchmark unless it
            # carries a version ("Kestrel 3: 45%").
            m.kind = "benchmark"
        elif (
            _VALUE_AFTER_NAME.match(after)
            or _FOR_BY_BEFORE.search(before)
            or (
                vocab.score_verbs.match(verb_after)
                and re.search(r"\d", after)
                and not before.rstrip().endswith(("of", "the"))
                and not _SCALE_AFTER.match(verb_after)  # "Normalized scores (1–100)"
            )
        ):
            m.kind = "model"
            # "X: V", or "X V" with X unversioned, opening a line reads like a label (a
            # versioned "Quasar-2 1418" opens a ranked list's line as a model);
            # "Vega 2: 69.8% on OrbitQA" names its benchmark after, so Vega 2 is the model.
            bare_label = m.start < 3 and not any(c.isdigit() for c in m.text)
            m.label_only = bool(
                _COLON_VALUE_AFTER.match(after) or (bare_label and _VALUE_AFTER_NAME.match(after))
            ) and not VALUE_ON.search(text[m.end : m.end + 60])
        elif (
            _COLON_VALUE_AFTER.match(after)
            or (
                (m.start < 3 or not any(c.isdigit() for c in m.text))
                and _LABEL_TAIL_VALUE.match(after)
            )
            or (m.start < 3 and not any(c.isdigit() for c in m.text) and is_label(text))
        ):
            # "TaskForge: 47.5%", "TaskForge agent suite — 47.5%", "OpsGauntlet, the
            # lab's own suite: 52.7%": a line's opening label.
            m.kind = "benchmark"
        elif any(c.isdigit() for c in m.text) and not names.looks_like_benchmark(m.text):
            m.kind = "model"
        if m.kind != "?":
            m.canonical, entry = names.resolve(m.text, m.kind)
            m.known = entry is not None


def mark_bare_families(vocab: Vocabulary, mentions: list[Mention], doc: Reading) -> None:
    """ "Teller is at 71.5" after "Teller-70B": a bare family of a model named in full
    earlier, even one no catalog holds."""
    for m in mentions:
        if (
            m.kind in ("?", "model")
            and not m.known
            and " " not in m.text
            and not any(c.isdigit() for c in m.text)
        ):
            latest = doc.family_latest.get(vocab.names.key(m.text).family)
            if latest and latest != m.text:
                m.kind, m.bare_family = "model", True


def resolve_short_names(vocab: Vocabulary, models: list[Mention], doc: Reading) -> set[int]:
    """Give short and bare family names the full name they stand for; the ids of bare
    family names with none before them (ambiguous)."""
    ambiguous: set[int] = set()
    for m in models:
        if not m.known and not m.bare_family:
            m.canonical = _short_form(vocab, m.canonical, doc)
        if m.bare_family:
            family = vocab.names.key(m.text).family
            latest = doc.family_latest.get(family)
            if latest:
                m.canonical = latest
            else:
                ambiguous.add(id(m))
    return ambiguous


# "the May release of R1", "the January 2025 version of X": a dated snapshot the text
# names only by its month, so not the bare name and not any one dated name either.
_MONTH_RELEASE_OF = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?:\s+20\d\d)?\s+(?:release|version|update|snapshot|checkpoint|build)\s+of"
    r"\s+(?:the\s+)?$",
    re.I,
)


def month_releases(text: str, models: list[Mention]) -> set[int]:
    """The ids of models named as the release of a month ("the May release of R1"): whose
    snapshot that is cannot be told, so their figures are marked ambiguous."""
    return {id(m) for m in models if _MONTH_RELEASE_OF.search(text, max(0, m.start - 50), m.start)}


def _short_form(vocab: Vocabulary, name: str, doc: Reading) -> str:
    """ "Opus 5" after "Claude Opus 5": the same model, named without its family."""
    tokens = vocab.names.tokens(name)
    if not tokens:
        return name
    for full in reversed(doc.full_names):
        longer = vocab.names.tokens(full)
        if len(longer) > len(tokens) and longer[-len(tokens) :] == tokens:
            return full
    return name


def drop_nested_benchmarks(text: str, benches: list[Mention]) -> None:
    """ "Multimodal Understanding (CharXiv Reasoning)": the category is not a benchmark."""
    for a, b in pairwise(benches):
        if re.fullmatch(r"\s?\(", text[a.end : b.start]) and b.known and not a.known:
            a.kind = "category"


def title_like(block: Block) -> bool:
    """A heading, or a short first line without a full stop: a plain-text title."""
    text = block.text.strip()
    return block.kind == "heading" or (len(text) < 160 and not text.endswith("."))


def unglue_titles(parsed: list[tuple[Sentence, list[Mention]]], titles: list[Block]) -> None:
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
