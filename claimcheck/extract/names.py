"""Model and benchmark names: the matching rule, and finding names in text.

The rule (DESIGN.md): a name splits into a family, distinguishing tokens (version numbers,
tier words, "+") and the rest. Two spellings name the same thing only when family and
distinguishing tokens are equal; rapidfuzz only forgives spelling in the family and the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz

from claimcheck.catalog import Catalog, Entry
from claimcheck.extract.conditions import MONTH_NAME, MONTHS

_APOSTROPHES = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "‑": "-", "‐": "-", "‒": "-", "−": "-"}
)
_SPACES = re.compile(r"\s+")
_SPLIT = re.compile(r"[\s\-_/,:‐-―−]+")  # any dash, the minus sign too ("MMB−CN")
# Past this many distinct spellings a cache starts afresh: memory stays bounded on any corpus.
_CACHE_LIMIT = 200_000
# A version after a benchmark's name: "BFCL v3", "BFCL-v3".
_BENCH_VERSION = re.compile(r"^(?P<base>.+?)[\s\-_]*[vV](?P<version>\d+(?:\.\d+)*)$")
_GLUED = re.compile(r"([a-z]{3,})(\d[\d.]*)$")  # "qwen3" -> qwen 3; "o1", "r1" stay whole
# Snapshot dates, every spelling one token: "2024-05-13", "20240513", "05-13" -> "0513"
# ("0513" and "1022" are already that token). Month and day must be real, so sizes and
# versions ("3-70", "4-12B") are left alone.
_DATE = re.compile(
    r"(?<![\d.])(?:(?:19|20)\d{2}[-_/.]?)?(?P<m1>0[1-9]|1[0-2])[-_/](?P<d1>0[1-9]|[12]\d|3[01])"
    r"(?![\d.])"
    r"|(?<![\d.])(?:19|20)\d{2}[-_/](?P<m2>[1-9])[-_/](?P<d2>0[1-9]|[12]\d|3[01]|[1-9])(?![\d.])"
    r"|(?<![\d.])(?:19|20)\d{2}(?P<m3>0[1-9]|1[0-2])(?P<d3>0[1-9]|[12]\d|3[01])(?![\d.])"
)
_PARENS = re.compile(r"\(([^)]*)\)")
_YEAR_MONTH = re.compile(r"(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])")  # "Kimi-Chat (2024.06)": a snapshot
# "Gemini 1.5 Pro (Aug 2024)", "(Sept '24)": a release by its month, as that snapshot token.
_MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH_NAME})\.?\s?(?P<y>(?:19|20)\d{{2}}|'\d{{2}})\b")


def _year_month(m: re.Match[str]) -> str:
    year = m["y"] if len(m["y"]) == 4 else f"20{m['y'][1:]}"
    return f"{year}.{MONTHS[m['m']]:02d}"


# A parameter count in brackets is part of the name: "Llama 3 (70B)", "Mixtral (8x7B)".
_SIZE_TOKEN = re.compile(r"(?<![\w.])(?:\d+x)?\d+(?:\.\d+)?\s?[bm](?![\w])", re.I)
SIZE_IN_BRACKETS = re.compile(r"\s*(?:\d+x)?\d+(?:\.\d+)?\s?B(?:[-\s]?A\d+(?:\.\d+)?B)?\s*", re.I)
_DOTTED = re.compile(r"(?<=[a-z])\.(?=[a-z])")  # "Math.Find" is two words, not MATH


def _mmdd(m: re.Match[str]) -> str:
    """A snapshot date as one token, "0513", whichever way it was written."""
    for i in "123":
        if m[f"m{i}"]:
            return f"{int(m[f'm{i}']):02d}{int(m[f'd{i}']):02d}"
    return m[0]


@dataclass(slots=True, frozen=True)
class NameKey:
    family: str
    dist: tuple[str, ...]
    rest: tuple[str, ...]
    flat: str = ""  # every token in order, joined: "Deep Search QA" and "DeepSearchQA" meet


@lru_cache(maxsize=65536)
def clean_mention(text: str) -> str:
    """The mention as it should be shown: no possessive, no brackets, single spaces."""
    text = text.translate(_APOSTROPHES).strip(" \t*_`\"'“”.,;:")
    text = re.sub(r"'s$|'$", "", text)
    return re.sub(r"\s+", " ", text).strip()


# What a post-trained release adds to its name; in a family whose bare name is that
# release (`bare_is_post_trained`), the words say nothing more.
_POST_TRAINED_WORDS = frozenset({"instruct", "chat"})


class Names:
    """Resolves mentions to canonical names through the catalog, by the rule above."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        names = catalog.lexicon.get("names", {})
        self.tiers = frozenset(names.get("tier_words", []))
        self.tiers_not_modes = frozenset(names.get("tiers_not_modes", []))
        self.size_tiers = frozenset(names.get("size_tiers", []))
        self.architecture_words = frozenset(names.get("architecture_words", []))
        # Release labels tell models apart (o1-preview is not o1); some words only say "the
        # release itself" and are dropped; abbreviations are spelled out ("Inst." ->
        # "instruct").
        self.release = frozenset(names.get("release_labels", []))
        # Tokens that say which release of an open model a name is: never added to twice.
        self.variants = frozenset(names.get("variant_tokens", []))
        self.name_variants = frozenset(names.get("name_variants", []))
        self.tier_tails = tuple(names.get("tier_tails", []))
        self.subset_tails = tuple(names.get("benchmark_subset_tails", []))
        self.languages = tuple(names.get("benchmark_languages", []))
        families = names.get("bare_is_post_trained", [])
        self._post_trained = (
            re.compile(
                r"(?:"
                + "|".join(re.escape(f).replace(r"\-", r"[\s_-]?") for f in families)
                + r")(?=[\s_-]|$)",
                re.I,
            )
            if families
            else None
        )
        self.bracketed = self.release | frozenset(names.get("bracket_labels", []))
        self.dropped = frozenset(names.get("dropped_labels", []))
        self.abbreviations: dict[str, str] = dict(names.get("abbreviations", {}))
        self.elidable = frozenset(names.get("elidable_prefixes", []))
        self.orgs = frozenset(names.get("orgs", []))
        self.model_families = frozenset(names.get("model_families", []))
        self.word_families = frozenset(names.get("word_families", []))
        self.bench_cues = tuple(names.get("benchmark_cues", []))
        self.bench_prefixes = tuple(names.get("benchmark_prefixes", []))
        self.bench_generic = frozenset(names.get("benchmark_generic_words", []))
        self.stopwords = frozenset(names.get("stopwords", []))
        self.caps_breaks = frozenset(names.get("caps_breaks", []))
        # A headline's verb or comparison word ends a name ("Claude 4 Shatters Graduate-
        # Level AI Benchmarks", "Gemini 1.5 Pro And Claude 3.5 Sonnet"): one word each.
        sent = catalog.lexicon.get("sentences", {})
        self.run_breaks = (
            frozenset(
                w.casefold()
                for w in [
                    *sent.get("score_verbs", []),
                    *sent.get("comparison_words", []),
                    *names.get("headline_verbs", []),
                ]
                if " " not in w
            )
            - self.tiers
            - self.variants
        )
        self.not_model_families = frozenset(names.get("not_model_families", []))
        # Names recur across sentences and articles; their tokens and keys are pure.
        self._tokens: dict[str, tuple[str, ...]] = {}
        self._keys: dict[str, NameKey] = {}
        self._index: dict[str, dict[NameKey, Entry]] = {"model": {}, "benchmark": {}}
        # Every catalog spelling, exactly: it wins over a key two entries share ("TAU-bench
        # (airline)" and "TAU-bench" once brackets are dropped; "OpenAI-MRCR" and "MRCR" once
        # the maker is).
        self._exact: dict[str, dict[str, Entry]] = {"model": {}, "benchmark": {}}
        for entry in [*catalog.models, *catalog.benchmarks]:
            for spelling in (entry.name, *entry.aliases):
                self._index[entry.kind].setdefault(self.key(spelling), entry)
                self._exact[entry.kind].setdefault(_SPACES.sub(" ", spelling.casefold()), entry)
        self._cache: dict[tuple[str, str], tuple[str, Entry | None]] = {}

    # -- keys ---------------------------------------------------------------------------
    def tokens(self, name: str) -> tuple[str, ...]:
        found = self._tokens.get(name)
        if found is None:
            if len(self._tokens) > _CACHE_LIMIT:
                self._tokens.clear()
            found = self._tokens[name] = tuple(self._tokens_of(name))
        return found

    def _tokens_of(self, name: str) -> list[str]:
        text = name.translate(_APOSTROPHES).casefold()
        labels: list[str] = []  # what brackets add: "(preview)", "(1217)", "(new)"
        text = _PARENS.sub(
            lambda m: (
                self._size_bracket(m)
                if SIZE_IN_BRACKETS.fullmatch(m[1])
                else self._bracket(m, labels)
            ),
            text,
        )
        text = _DATE.sub(lambda m: f" {_mmdd(m)} ", text)
        text = re.sub(r"'s\b", "", text).replace("'", "")
        text = text.replace("+", " + ")
        text = re.sub(r"\bplus\b", " + ", text)  # "HumanEval Plus" is "HumanEval+"
        out: list[str] = []
        for piece in _SPLIT.split(_DOTTED.sub(" ", text)):
            piece = piece.strip(".")
            if not piece:
                continue
            piece = self.abbreviations.get(piece, piece)
            glued = _GLUED.fullmatch(piece)
            if glued:
                out.extend(glued.groups())
            else:
                out.append(piece)
        words = [t for t in out if t not in self.dropped]
        if len(words) > 1 and (words[0] in self.orgs or words[0] in self.elidable):
            words = words[1:]
        if len(words) > 2 and words[-1] in self.orgs:
            words = words[:-1]
        return (words or out) + [t for t in labels if t not in words]

    def is_label(self, inner: str) -> bool:
        """Whether a bracket's content is a release label or a snapshot: "(preview)",
        "(05-20)", "(1217)", "(new)"; it then belongs to the name. A month ("(Aug 2024)") is
        not asked here: see `release_month`."""
        if _MONTH_YEAR.search(inner.casefold()):
            return False
        labels: list[str] = []
        self._bracket(re.match(r"\((.*)\)", f"({inner})", re.S), labels)  # type: ignore[arg-type]
        return bool(labels)

    @staticmethod
    def release_month(inner: str) -> bool:
        """ "Aug 2024", "Oct '24" in brackets: a release by its month. Beside other models in
        a table's row or column it is that snapshot ("Gemini 1.5 Pro (Aug 2024)"); in a
        heading or a sentence it is often only when the model came out."""
        return _MONTH_YEAR.fullmatch(inner.strip().casefold()) is not None

    def _bracket(self, m: re.Match[str], labels: list[str]) -> str:
        """A bracket's release label or snapshot ("(preview)", "(1217)", "(new)") goes to
        `labels`; anything else in brackets ("(Think)", "(5-shot)") is no part of the name."""
        inner = _MONTH_YEAR.sub(_year_month, _DATE.sub(_mmdd, m[1].casefold()))
        words = [w for w in _SPLIT.split(inner.strip()) if w]
        if words and all(
            w in self.bracketed or re.fullmatch(r"\d{3,4}", w) or _YEAR_MONTH.fullmatch(w)
            for w in words
        ):
            labels.extend(words)
        return " "

    def key(self, name: str) -> NameKey:
        found = self._keys.get(name)
        if found is None:
            if len(self._keys) > _CACHE_LIMIT:
                self._keys.clear()
            found = self._keys[name] = self._key_of(name)
        return found

    def _key_of(self, name: str) -> NameKey:
        toks = self.tokens(name)
        if not toks:
            return NameKey("", (), ())
        if self.bare_is_post_trained(name):
            # "Kimi-K2-Instruct" is "Kimi K2": the family's bare name is that release.
            toks = tuple(t for t in toks if t not in _POST_TRAINED_WORDS) or toks
        first = toks[0]
        family = re.match(r"[a-z]*", first).group(0) or first  # type: ignore[union-attr]
        dist: list[str] = []
        rest: list[str] = []
        for i, tok in enumerate(toks):
            distinct = any(c.isdigit() for c in tok) or tok in self.tiers or tok in self.bracketed
            if distinct:
                dist.append(tok)
            elif i > 0:
                rest.append(tok)
        return NameKey(family, tuple(sorted(dist)), tuple(rest), "".join(toks))

    def same(self, a: str, b: str, kind: str = "model") -> bool:
        """The name-matching rule, for two spellings of a model or of a benchmark."""
        return self._same_key(self.key(a), self.key(b), family_typos=kind == "model")

    def _same_key(self, ka: NameKey, kb: NameKey, family_typos: bool = True) -> bool:
        if ka == kb or (ka.flat == kb.flat and ka.flat):
            return True
        if ka.dist != kb.dist:
            return False
        # A typo in the family is forgiven ("Gemni"); a different family of similar
        # spelling is not (MMLU / MMMLU, Mistral / Mixtral). Benchmarks are named by one
        # letter apart on purpose (SimpleQA / SimpleVQA, MMMU / MMLU): no typo there.
        if ka.family != kb.family and not (
            family_typos
            and min(len(ka.family), len(kb.family)) >= 4
            and ka.family[0] == kb.family[0]
            and fuzz.ratio(ka.family, kb.family) >= 90
        ):
            return False
        ra, rb = " ".join(ka.rest), " ".join(kb.rest)
        if ra == rb:
            return True
        # A typo keeps a word's first letter; "Irrelevance" is no spelling of "Relevance".
        if sorted(w[0] for w in ka.rest) != sorted(w[0] for w in kb.rest):
            return False
        return bool(ra and rb) and fuzz.token_sort_ratio(ra, rb) >= 85

    # -- resolution ---------------------------------------------------------------------
    def resolve(self, mention: str, kind: str) -> tuple[str, Entry | None]:
        """(canonical name, catalog entry or None for a name no catalog holds)."""
        cached = self._cache.get((mention, kind))
        if cached is not None:
            return cached
        key = self.key(mention)
        index = self._index[kind]
        entry = self._exact[kind].get(_SPACES.sub(" ", mention.casefold().strip()))
        entry = entry or index.get(key)
        if entry is None:
            for known_key, known in index.items():
                if self._same_key(key, known_key, family_typos=kind == "model"):
                    entry = known
                    break
        result = (entry.name, entry) if entry else (self.display(mention), None)
        version = _BENCH_VERSION.match(mention) if entry is None and kind == "benchmark" else None
        if version:
            # "BFCL-v3", "BFCL v3" and "Berkeley Function Calling Leaderboard v3" are one
            # version of a known benchmark, spelled as the catalog spells the benchmark.
            base, known = self.resolve(version.group("base"), kind)
            if known is not None:
                result = (f"{base} v{version.group('version')}", None)
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        self._cache[(mention, kind)] = result
        return result

    def display(self, mention: str) -> str:
        """A canonical spelling for a name no catalog holds: as written, with its release
        label or snapshot in brackets kept, other brackets and "latest"-like words dropped."""
        text = clean_mention(_PARENS.sub(self._kept_bracket, mention))
        words = text.split(" ")
        while len(words) > 1 and words[-1].casefold() in self.dropped:
            words.pop()
        # Inside the name too: "GPT-4-Turbo version 1106" is shown as "GPT-4-Turbo 1106".
        words = [w for i, w in enumerate(words) if i == 0 or w.casefold() not in self.dropped]
        while len(words) > 1 and words[0].casefold().rstrip("'s") in self.orgs:
            words.pop(0)
        # "Llama 3.1 8B Meta": a leaderboard cell with the maker under the name.
        if len(words) > 2 and words[-1].casefold() in self.orgs:
            words.pop()
        return " ".join(words)

    def size_annotates(self, before: str) -> bool:
        """Whether a parameter count in brackets after `before` only annotates the name:
        the name states a size already ("Llama-3-8B (8B)") or a tier that fixes one
        ("Phi-3.5-mini-Instruct(3.8B)"); after a bare family ("Llama 3 (70B)") it is the size."""
        words = set(re.split(r"[\s_\-.]+", before.casefold()))
        return bool(words & self.size_tiers) or _SIZE_TOKEN.search(before) is not None

    def _size_bracket(self, m: re.Match[str]) -> str:
        return " " if self.size_annotates(m.string[: m.start()]) else f" {m[1]} "

    def _kept_bracket(self, m: re.Match[str]) -> str:
        if SIZE_IN_BRACKETS.fullmatch(m[1]):
            return "" if self.size_annotates(m.string[: m.start()]) else f" {m[1].strip()}"
        labels: list[str] = []
        self._bracket(m, labels)
        return f" ({m[1].strip()})" if labels else ""

    # -- classification of names no catalog holds ------------------------------------
    def bare_is_post_trained(self, name: str) -> bool:
        """Whether the family's bare name is its post-trained model, its base release
        written "-Base" (SmolLM3-3B and SmolLM3-3B-Base; not Qwen2.5-3B)."""
        return bool(self._post_trained and self._post_trained.match(name))

    def not_a_model(self, mention: str) -> bool:
        """A licence, a chip or a standard with a version ("Apache-2.0", "H100")."""
        toks = self.tokens(mention)
        if not toks:
            return False
        first = re.match(r"[a-z]*", toks[0]).group(0)  # type: ignore[union-attr]
        return toks[0] in self.not_model_families or first in self.not_model_families

    def looks_like_model(self, mention: str) -> bool:
        toks = self.tokens(mention)
        if not toks:
            return False
        first = re.match(r"[a-z]*", toks[0]).group(0)  # type: ignore[union-attr]
        if first not in self.model_families and toks[0] not in self.model_families:
            return False
        if first in self.word_families or toks[0] in self.word_families:
            # "Step3", "Nova Pro", "Command R+": a version, a tier or a letter after the word.
            return any(any(c.isdigit() for c in t) for t in toks) or any(
                t in self.tiers or t == "+" or (len(t) == 1 and t.isalpha()) for t in toks[1:]
            )
        return True

    def looks_like_benchmark(self, mention: str) -> bool:
        toks = self.tokens(mention)
        if all(tok in self.bench_generic for tok in toks):
            return False  # "Leaderboard", "Mini-Leaderboard" name no benchmark
        for tok in toks:
            if tok.endswith(self.bench_cues) or tok.startswith(self.bench_prefixes):
                return True
        return False

    def is_org(self, mention: str) -> bool:
        return clean_mention(mention).casefold() in self.orgs

    @cached_property
    def family_names(self) -> frozenset[str]:
        """Families that appear bare in prose ("Gemini", "Claude") and need context."""
        fams = {self.key(e.name).family for e in self.catalog.models}
        return frozenset(f for f in fams | set(self.model_families) if len(f) >= 3)
