"""Score a claimcheck report against a hand-written gold file.

A pure library: no I/O. `score(report, gold)` takes the report as the dict that
`claimcheck scan --format json` prints (`Report.model_dump(mode="json")`, or a `Report`)
and the gold file as a dict, and returns a `Score` whose `to_text()` tells a developer
what was missed, what was wrong and which conflict checks failed.

The gold file's entries and the report's references are in `gold_refs`, the results in
`score_results` (both beside this module).

Gold format (see tests/gold/ and the development set's README):

- `aliases`: `{"models": {canonical: [spellings]}, "benchmarks": {...}}`.
- `articles`: `{file name: {"must": [...], "may": [...], "forbid": [...]}}`; an entry has
  `model`, `benchmark` (`"*"` matches anything), `value` and/or `values`, and optional
  `condition` substrings that must occur in the claim's serialized qualifiers.
- `conflicts`: `{"must": [{kind, model, benchmark, min_severity}], "must_not": [{model,
  benchmark, min_severity}], "max_errors": n}`. An entry may add `sources` (article base
  names): it then matches only a finding whose values come from every one of them, so a
  must_not can forbid merging two particular sources on a key that has a must elsewhere;
  a must_not is breached only when the finding gives those sources different values.

Matching rules:

- Names are equal when `normalize()` makes them equal or when both resolve to the same
  canonical name through `aliases`. A gold benchmark is also met by a benchmark whose
  setting names a part of it: "CMMLU STEM" by CMMLU with the setting "stem"; a gold model
  by a claim's model and its mode ("GPT-5 High" by GPT-5 with the mode "high") or its
  setting in brackets ("NVLM-D 72B (Megatron)"); a gold benchmark with a condition in
  brackets ("HLE (no tools)") by the benchmark with that condition stated.
- A claim's source matches an article when its (posix) base name equals the article key.
- Values match within `VALUE_TOLERANCE` of the entry's value or any of its values.
- Claims with unit "rank" and claims marked `ignored` are skipped. Ambiguous claims can
  satisfy a must entry (recall) but never count for or against precision.
- A forbid entry with a line applies within `FORBID_LINES` lines of it.
- A non-ambiguous claim is wrong when it matches a forbid entry or no must/may entry;
  otherwise it is correct. Forbid wins over must/may.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from gold_refs import (  # bench/, beside this module
    _SEPARATORS,
    FORBID_LINES,
    VALUE_TOLERANCE,
    ClaimRef,
    ConflictEntry,
    ConflictRef,
    GoldEntry,
    NameMatcher,
    _basename,
    normalize,
)
from pydantic import BaseModel
from score_results import ArticleScore, ConflictScore, MustCheck, Score, Violation

_ELO = re.compile(r"(?:arena )?elo(?: rating| score)?")
_WORD = re.compile(r"[^\W_]+(?:[.@][^\W_]+)*")

__all__ = ["NameMatcher", "Score", "normalize", "score"]

# --- scoring ------------------------------------------------------------------------------


class _Matcher:
    def __init__(self, gold: Mapping[str, Any]) -> None:
        aliases = gold.get("aliases") or {}
        self.models = NameMatcher(aliases.get("models"))
        self.benchmarks = NameMatcher(aliases.get("benchmarks"))

    def claim(self, entry: GoldEntry, claim: ClaimRef) -> bool:
        quals = claim.qualifiers
        if not self._model(entry.model, claim.model, quals.get("mode"), quals.get("setting")):
            return False
        conditions = list(entry.condition)
        if not self._benchmark(entry.benchmark, claim.benchmark, quals.get("setting")):
            # "HLE (no tools)", "LiveCodeBench (2408-2505)": the gold's benchmark with the
            # condition it was run under in brackets, the claim's benchmark and condition.
            bracket = _GOLD_BRACKET.fullmatch(entry.benchmark)
            if bracket is None or not self._benchmark(
                bracket["base"], claim.benchmark, quals.get("setting")
            ):
                return False
            conditions.append(bracket["inner"])
        if not any(_same_value(v, claim) for v in entry.values):
            return False
        # As written, word by word, or the words of one stated condition in another order:
        # "context 4K" is met by {"context": "4k"}, "w/ CoT" by {"cot": "with"}; "with" is
        # not by {"tools": "without"}.
        text = claim.qualifier_text()
        words = " " + " ".join(_WORD.findall(text)) + " "
        stated = {**claim.qualifiers, **({"metric": claim.metric} if claim.metric else {})}
        pairs = [set(_WORD.findall(f"{k} {v}".casefold())) for k, v in stated.items()]
        pairs += [set(_WORD.findall(v.casefold())) for v in stated.values()]
        if not all(
            c.casefold() in text
            or " " + " ".join(_WORD.findall(c.casefold())) + " " in words
            or set(_WORD.findall(_spelled(c))) in pairs
            or (c.casefold() == "cot" and _cot_standard(claim.benchmark))
            for c in conditions
        ):
            return False
        if entry.shots is not None and claim.qualifiers.get("shots") != f"{entry.shots}-shot":
            return False
        if entry.metric is not None and _ELO.fullmatch(entry.metric.casefold().strip()):
            # "Elo" is what claimcheck records as the unit: 1,271 Elo, with or without a metric.
            return claim.unit.casefold() == "elo" or _same_metric(entry.metric, claim.metric)
        return entry.metric is None or _same_metric(entry.metric, claim.metric)

    def conflict(self, entry: ConflictEntry, conflict: ConflictRef) -> bool:
        return (
            self.models.same(entry.model, conflict.model)
            and self._benchmark(entry.benchmark, conflict.benchmark, conflict.setting)
            and conflict.sources.issuperset(entry.sources)
        )

    def _model(self, gold: str, model: str, mode: str | None, setting: str | None) -> bool:
        """The same model, or the model at the mode the claim states: "GPT-5 High" by GPT-5
        with the mode "high", as claimcheck records a reasoning effort; or a row's setting
        the gold writes in brackets after the name: "NVLM-D 1.0 72B (Megatron)" by NVLM-D
        1.0 72B with the setting "megatron"."""
        return (
            self.models.same(gold, model)
            or bool(mode and self.models.same(gold, f"{model} {mode}"))
            or bool(setting and self.models.same(gold, f"{model} ({setting})"))
        )

    def _benchmark(self, gold: str, benchmark: str, setting: str | None) -> bool:
        """The same benchmark, or a part of it named as the claim's setting: CMMLU with the
        setting "stem" (a leaderboard's column under its heading) is "CMMLU STEM"."""
        return self.benchmarks.same(gold, benchmark) or bool(
            setting and self.benchmarks.same(gold, f"{benchmark} {setting}")
        )


def _same_value(gold: float, claim: ClaimRef) -> bool:
    """Within tolerance, or the same figure as a fraction: a gold 0.970 (RULER printed as a
    fraction) is the 97.0% claimcheck records."""
    if abs(claim.value - gold) <= VALUE_TOLERANCE:
        return True
    return claim.unit == "%" and 0 < gold <= 1 and abs(claim.value - 100 * gold) <= VALUE_TOLERANCE


_GOLD_BRACKET = re.compile(r"(?P<base>.+?)\s?\((?P<inner>[^()]+)\)")


def _spelled(condition: str) -> str:
    """A condition with "w/", "w/o" and "no" spelled out ("no tools" is tools: without)."""
    spelled = re.sub(r"\bw/o\b|\bno\b", "without", condition.casefold())
    return re.sub(r"\bw/(?!o)", "with ", spelled)


@cache
def _cot_standard(benchmark: str) -> bool:
    """Whether claimcheck's catalog says `benchmark` is run with a chain of thought as a rule
    (`cot = true`: BBH, GSM8K, MATH ...): its claims then state no "cot", by design, and a
    gold entry's "cot" condition is met without it."""
    from claimcheck import catalog

    return any(b.cot for b in catalog.default().benchmarks if b.name == benchmark)


# Metrics that name what an unqualified score means anyway: a gold entry that names one is
# met by a claim that names none ("win rate": an Arena-Hard score is one, whether or not the
# page says so).
_DEFAULT_METRICS = frozenset(
    {"pass@1", "maj@1", "avg@1", "acc", "accuracy", "em", "resolved", "winrate"}
)


def _same_metric(gold: str, claimed: str) -> bool:
    g, c = _SEPARATORS.sub("", gold.casefold()), _SEPARATORS.sub("", claimed.casefold())
    return g == c or (g in _DEFAULT_METRICS and (not c or c in _DEFAULT_METRICS))


def _near(entry: GoldEntry, claim: ClaimRef) -> bool:
    """Whether a claim is where a forbid entry with a line says the number stands: "5 on line
    8, minutes" forbids that 5, not a table's 5.03 further down."""
    return entry.line is None or not claim.line or abs(entry.line - claim.line) <= FORBID_LINES


def _entries(raw: Mapping[str, Any], key: str) -> list[GoldEntry]:
    return [GoldEntry.parse(e) for e in raw.get(key) or ()]


def score_article(
    article: str,
    gold_article: Mapping[str, Any],
    claims: Sequence[ClaimRef],
    matcher: _Matcher,
) -> ArticleScore:
    must = _entries(gold_article, "must")
    allowed = must + _entries(gold_article, "may")
    forbid = _entries(gold_article, "forbid")

    considered = [c for c in claims if not c.ignored and not c.is_rank]
    matched = [any(matcher.claim(e, c) for c in considered) for e in must]
    result = ArticleScore(
        article=article,
        must_total=len(must),
        must_matched=sum(matched),
        correct=0,
        wrong=0,
        ambiguous=sum(c.ambiguous for c in considered),
        skipped=len(claims) - len(considered),
        missed=[e for e, hit in zip(must, matched, strict=True) if not hit],
    )
    for claim in considered:
        if claim.ambiguous:
            continue
        if any(matcher.claim(e, claim) and _near(e, claim) for e in forbid):
            result.wrong += 1
            result.forbidden.append(claim)
        elif any(matcher.claim(e, claim) for e in allowed):
            result.correct += 1
        else:
            result.wrong += 1
            result.unexpected.append(claim)
    return result


def score_conflicts(
    conflicts_raw: Iterable[Mapping[str, Any]],
    gold_conflicts: Mapping[str, Any],
    matcher: _Matcher,
) -> ConflictScore:
    conflicts = [ConflictRef.parse(c) for c in conflicts_raw]
    open_ = [c for c in conflicts if c.is_open]
    must = [ConflictEntry.parse(e) for e in gold_conflicts.get("must") or ()]
    must_not = [ConflictEntry.parse(e) for e in gold_conflicts.get("must_not") or ()]

    checks = [
        MustCheck(
            entry=entry,
            conflicts=[
                c
                for c in open_
                if (entry.kind is None or c.kind == entry.kind)
                and c.at_least(entry.min_severity)
                and matcher.conflict(entry, c)
            ],
        )
        for entry in must
    ]
    violations = []
    for entry in must_not:
        hits = [
            c
            for c in open_
            if c.at_least(entry.min_severity)
            and matcher.conflict(entry, c)
            and c.sets_apart(frozenset(entry.sources))
        ]
        if hits:
            violations.append(Violation(entry=entry, conflicts=hits))

    errors = [c for c in open_ if c.severity == "error"]
    false_alarms = [
        c
        for c in errors
        if not any((e.kind is None or c.kind == e.kind) and matcher.conflict(e, c) for e in must)
    ]
    max_errors = gold_conflicts.get("max_errors")
    return ConflictScore(
        must=checks,
        must_not_total=len(must_not),
        must_not_violations=violations,
        errors_found=len(errors),
        max_errors=None if max_errors is None else int(max_errors),
        false_alarms=false_alarms,
    )


def score(report: Mapping[str, Any] | BaseModel, gold: Mapping[str, Any]) -> Score:
    """Score `report` (a `Report` or its JSON dict) against the `gold` dict."""
    data: Mapping[str, Any] = (
        report.model_dump(mode="json") if isinstance(report, BaseModel) else report
    )
    matcher = _Matcher(gold)
    gold_articles: Mapping[str, Mapping[str, Any]] = gold.get("articles") or {}
    by_name = {_basename(key): key for key in gold_articles}

    claims_by_article: dict[str, list[ClaimRef]] = {key: [] for key in gold_articles}
    outside: dict[str, int] = {}
    for raw in data.get("claims") or ():
        claim = ClaimRef.parse(raw)
        key = by_name.get(_basename(claim.source))
        if key is None:
            if not claim.ignored:
                outside[claim.source] = outside.get(claim.source, 0) + 1
            continue
        claims_by_article[key].append(claim)

    articles = [
        score_article(
            key,
            gold_articles[key],
            sorted(claims_by_article[key], key=lambda c: c.line),
            matcher,
        )
        for key in gold_articles
    ]
    gold_conflicts = gold.get("conflicts")
    return Score(
        articles=articles,
        outside_gold_claims=sum(outside.values()),
        outside_gold_sources=sorted(outside),
        conflicts=None
        if gold_conflicts is None
        else score_conflicts(data.get("conflicts") or (), gold_conflicts, matcher),
    )
