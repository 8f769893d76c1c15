"""Score a claimcheck report against a hand-written gold file.

A pure library: no I/O. `score(report, gold)` takes the report as the dict that
`claimcheck scan --format json` prints (`Report.model_dump(mode="json")`, or a `Report`)
and the gold file as a dict, and returns a `Score` whose `to_text()` tells a developer
what was missed, what was wrong and which conflict checks failed.

Gold format (see tests/gold/ and the development set's README):

- `aliases`: `{"models": {canonical: [spellings]}, "benchmarks": {...}}`.
- `articles`: `{file name: {"must": [...], "may": [...], "forbid": [...]}}`; an entry has
  `model`, `benchmark` (`"*"` matches anything), `value` and/or `values`, and optional
  `condition` substrings that must occur in the claim's serialized qualifiers.
- `conflicts`: `{"must": [{kind, model, benchmark, min_severity}], "must_not": [{model,
  benchmark, min_severity}], "max_errors": n}`. An entry may add `sources` (article base
  names): it then matches only a finding whose values come from every one of them, so a
  must_not can forbid merging two particular sources on a key that has a must elsewhere.

Matching rules:

- Names are equal when `normalize()` makes them equal or when both resolve to the same
  canonical name through `aliases`. A gold benchmark is also met by a benchmark whose
  setting names a part of it: "CMMLU STEM" by CMMLU with the setting "stem"; a gold model
  by a claim's model and its mode ("GPT-5 High" by GPT-5 with the mode "high").
- A claim's source matches an article when its (posix) base name equals the article key.
- Values match within `VALUE_TOLERANCE` of the entry's value or any of its values.
- Claims with unit "rank" and claims marked `ignored` are skipped. Ambiguous claims can
  satisfy a must entry (recall) but never count for or against precision.
- A forbid entry with a line applies within `FORBID_LINES` lines of it.
- A non-ambiguous claim is wrong when it matches a forbid entry or no must/may entry;
  otherwise it is correct. Forbid wins over must/may.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import PurePosixPath
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

VALUE_TOLERANCE = 0.051
FORBID_LINES = 3  # how far from its line a forbid entry still applies
WILDCARD = "*"
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}
TEXT_WIDTH = 100

_QUOTES = str.maketrans({"’": "'", "‘": "'", "‛": "'", "′": "'", "“": '"', "”": '"'})
_ELO = re.compile(r"(?:arena )?elo(?: rating| score)?")
_WORD = re.compile(r"[^\W_]+(?:[.@][^\W_]+)*")
_SEPARATORS = re.compile(r"[\s\-_‐‑‒–—−]+")


def normalize(name: str) -> str:
    """Casefold, straighten curly quotes, drop whitespace, hyphens and underscores.

    Dots stay: "GPT-5.4" and "GPT-54" are different names.
    """
    text = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold()
    return _SEPARATORS.sub("", text).rstrip(".")  # "Inst." is "Inst"


def _basename(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).name


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _fmt_ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _fmt_value(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else str(value)


def _truncate(text: str, width: int = TEXT_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class NameMatcher:
    """Alias-aware equality of model or benchmark names."""

    def __init__(self, aliases: Mapping[str, Iterable[str]] | None = None) -> None:
        self._canon: dict[str, set[str]] = {}
        for canonical, spellings in (aliases or {}).items():
            key = normalize(canonical)
            for spelling in [canonical, *spellings]:
                self._canon.setdefault(normalize(spelling), set()).add(key)

    def canonicals(self, name: str) -> set[str]:
        key = normalize(name)
        return {key} | self._canon.get(key, set())

    def same(self, gold_name: str, name: str) -> bool:
        """Whether `name` (from a report) matches `gold_name`, which may be "*"."""
        if gold_name.strip() == WILDCARD:
            return True
        return bool(self.canonicals(gold_name) & self.canonicals(name))


# --- gold entries -------------------------------------------------------------------------


class GoldEntry(BaseModel):
    """One must, may or forbid entry of a gold article."""

    model_config = ConfigDict(frozen=True)

    model: str
    benchmark: str
    values: tuple[float, ...]
    condition: tuple[str, ...] = ()
    shots: int | None = None  # the document states this many shots for the value
    metric: str | None = None  # the document names this metric ("cons@64", "percentile")
    line: int | None = None  # where the document states it

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> GoldEntry:
        values: list[float] = []
        if raw.get("value") is not None:
            values.append(float(raw["value"]))
        values.extend(float(v) for v in raw.get("values") or ())
        condition = raw.get("condition") or ()
        if isinstance(condition, str):
            condition = (condition,)
        return cls(
            model=str(raw.get("model", WILDCARD)),
            benchmark=str(raw.get("benchmark", WILDCARD)),
            values=tuple(values),
            condition=tuple(str(c) for c in condition),
            shots=None if raw.get("shots") is None else int(raw["shots"]),
            metric=None if raw.get("metric") in (None, "") else str(raw["metric"]),
            line=int(raw["line"]) if raw.get("line") else None,
        )

    def label(self) -> str:
        values = " | ".join(_fmt_value(v) for v in self.values) or "?"
        stated = [*self.condition]
        if self.shots is not None:
            stated.append(f"{self.shots}-shot")
        if self.metric:
            stated.append(self.metric)
        cond = f" [{', '.join(stated)}]" if stated else ""
        return f"{self.model} / {self.benchmark} = {values}{cond}"


class ConflictEntry(BaseModel):
    """One `conflicts.must` or `conflicts.must_not` entry."""

    model_config = ConfigDict(frozen=True)

    kind: str | None = None
    model: str = WILDCARD
    benchmark: str = WILDCARD
    min_severity: str = "info"
    note: str = ""
    sources: tuple[str, ...] = ()

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> ConflictEntry:
        severity = str(raw.get("min_severity") or "info")
        if severity not in SEVERITY_RANK:
            raise ValueError(f"unknown min_severity {severity!r} in gold conflict entry")
        return cls(
            kind=raw.get("kind"),
            model=str(raw.get("model", WILDCARD)),
            benchmark=str(raw.get("benchmark", WILDCARD)),
            min_severity=severity,
            note=str(raw.get("note", "")),
            sources=tuple(str(s) for s in raw.get("sources") or ()),
        )

    def label(self) -> str:
        kind = self.kind or "any kind"
        return f"{kind} {self.model} / {self.benchmark} >= {self.min_severity}"


# --- report references --------------------------------------------------------------------


class ClaimRef(BaseModel):
    """The parts of a report claim a developer needs to find it again."""

    id: str = ""
    source: str = ""
    line: int = 0
    model: str = ""
    benchmark: str = ""
    value: float = 0.0
    value_high: float | None = None
    unit: str = "%"
    metric: str = ""
    qualifiers: dict[str, str] = Field(default_factory=dict)
    text: str = ""
    ambiguous: bool = False
    ignored: bool = False

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> ClaimRef:
        qualifiers = raw.get("qualifiers") or {}
        return cls(
            id=str(raw.get("id", "")),
            source=str(raw.get("source", "")),
            line=int(raw.get("line") or 0),
            model=str(raw.get("model", "")),
            benchmark=str(raw.get("benchmark", "")),
            value=float(raw.get("value") or 0.0),
            value_high=None if raw.get("value_high") is None else float(raw["value_high"]),
            unit=str(raw.get("unit") or "%"),
            metric=str(raw.get("metric") or ""),
            qualifiers={str(k): str(v) for k, v in qualifiers.items()},
            text=str(raw.get("text", "")),
            ambiguous=bool(raw.get("ambiguous", False)),
            ignored=bool(raw.get("ignored", False)),
        )

    @property
    def is_rank(self) -> bool:
        return self.unit.casefold() == "rank" or self.qualifiers.get("kind", "") == "rank"

    def qualifier_text(self) -> str:
        quals = {**self.qualifiers, **({"metric": self.metric} if self.metric else {})}
        return json.dumps(quals, sort_keys=True, ensure_ascii=False).casefold()

    def label(self) -> str:
        value = _fmt_value(self.value)
        if self.value_high is not None:
            value += f"-{_fmt_value(self.value_high)}"
        unit = "" if self.unit in ("%", "") else f" {self.unit}"
        stated = {**self.qualifiers, **({"metric": self.metric} if self.metric else {})}
        quals = ", ".join(f"{k}={v}" for k, v in sorted(stated.items()))
        quals = f" [{quals}]" if quals else ""
        return f"L{self.line} {self.model} / {self.benchmark} = {value}{unit}{quals}"


class ConflictRef(BaseModel):
    id: str = ""
    kind: str = ""
    severity: str = "info"
    model: str = ""
    benchmark: str = ""
    status: str = "open"
    message: str = ""
    sources: frozenset[str] = frozenset()
    # The sources of each value: who agrees with whom.
    sides: tuple[frozenset[str], ...] = ()
    setting: str = ""

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> ConflictRef:
        return cls(
            setting=str((raw.get("qualifiers") or {}).get("setting", "")),
            sides=tuple(
                frozenset(_basename(str(source)) for source in value.get("sources") or ())
                for value in raw.get("values") or ()
            ),
            sources=frozenset(
                _basename(str(source))
                for value in raw.get("values") or ()
                for source in value.get("sources") or ()
            ),
            id=str(raw.get("id", "")),
            kind=str(raw.get("kind", "")),
            severity=str(raw.get("severity", "info")),
            model=str(raw.get("model", "")),
            benchmark=str(raw.get("benchmark", "")),
            status=str(raw.get("status", "open")),
            message=str(raw.get("message", "")),
        )

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def sets_apart(self, sources: frozenset[str]) -> bool:
        """Whether the conflict says these sources disagree: not all of them give one value
        (a group of five where two agree and a third differs does not pit the two)."""
        return len(sources) < 2 or not any(side >= sources for side in self.sides)

    def at_least(self, severity: str) -> bool:
        return SEVERITY_RANK.get(self.severity, 0) >= SEVERITY_RANK[severity]

    def label(self) -> str:
        return f"{self.severity} {self.kind} {self.model} / {self.benchmark} ({self.id})"


# --- results ------------------------------------------------------------------------------


class ArticleScore(BaseModel):
    article: str
    must_total: int
    must_matched: int
    correct: int
    wrong: int
    ambiguous: int = 0  # non-ignored ambiguous claims (recall only)
    skipped: int = 0  # rank-unit and ignored claims
    missed: list[GoldEntry] = Field(default_factory=list)
    forbidden: list[ClaimRef] = Field(default_factory=list)
    unexpected: list[ClaimRef] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return _ratio(self.must_matched, self.must_total)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return _ratio(self.correct, self.correct + self.wrong)

    def to_text(self) -> str:
        lines = [_article_row(self.article, self)]
        lines += [f"    missed  {entry.label()}" for entry in self.missed]
        for claim in self.forbidden:
            lines.append(f"    forbid  {claim.label()}")
            lines.append(f"              {_truncate(claim.text)!r}")
        for claim in self.unexpected:
            lines.append(f"    extra   {claim.label()}")
            lines.append(f"              {_truncate(claim.text)!r}")
        return "\n".join(lines)


class MustCheck(BaseModel):
    entry: ConflictEntry
    conflicts: list[ConflictRef] = Field(default_factory=list)  # the ones that satisfy it

    @computed_field  # type: ignore[prop-decorator]
    @property
    def found(self) -> bool:
        return bool(self.conflicts)


class Violation(BaseModel):
    entry: ConflictEntry
    conflicts: list[ConflictRef]


class ConflictScore(BaseModel):
    must: list[MustCheck] = Field(default_factory=list)
    must_not_total: int = 0
    must_not_violations: list[Violation] = Field(default_factory=list)
    errors_found: int = 0  # open conflicts with severity "error"
    max_errors: int | None = None
    false_alarms: list[ConflictRef] = Field(default_factory=list)  # open errors no must explains

    @computed_field  # type: ignore[prop-decorator]
    @property
    def must_found(self) -> int:
        return sum(check.found for check in self.must)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def must_total(self) -> int:
        return len(self.must)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def ok(self) -> bool:
        within = self.max_errors is None or self.errors_found <= self.max_errors
        return self.must_found == self.must_total and not self.must_not_violations and within

    def summary(self) -> str:
        limit = "" if self.max_errors is None else f" (max {self.max_errors})"
        return (
            f"conflicts must {self.must_found}/{self.must_total}, "
            f"must_not violations {len(self.must_not_violations)}, "
            f"errors {self.errors_found}{limit}"
        )

    def to_text(self) -> str:
        lines = [f"Conflicts: must {self.must_found}/{self.must_total} found"]
        for check in self.must:
            mark = "x" if check.found else " "
            ids = ", ".join(c.id for c in check.conflicts)
            lines.append(f"  [{mark}] {check.entry.label()}" + (f"  ({ids})" if ids else ""))
        lines.append(
            f"  must_not: {len(self.must_not_violations)} violation(s)"
            f" of {self.must_not_total} check(s)"
        )
        for violation in self.must_not_violations:
            lines.append(f"  [!] {violation.entry.label()}")
            for conflict in violation.conflicts:
                lines.append(f"        {conflict.label()}: {_truncate(conflict.message)}")
        limit = "no limit" if self.max_errors is None else f"max {self.max_errors}"
        lines.append(f"  errors: {self.errors_found} open ({limit})")
        for conflict in self.false_alarms:
            lines.append(f"  [?] false alarm {conflict.label()}: {_truncate(conflict.message)}")
        return "\n".join(lines)


class Score(BaseModel):
    articles: list[ArticleScore] = Field(default_factory=list)
    outside_gold_claims: int = 0  # claims of sources that the gold does not cover
    outside_gold_sources: list[str] = Field(default_factory=list)
    conflicts: ConflictScore | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def must_total(self) -> int:
        return sum(a.must_total for a in self.articles)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def must_matched(self) -> int:
        return sum(a.must_matched for a in self.articles)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def correct(self) -> int:
        return sum(a.correct for a in self.articles)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def wrong(self) -> int:
        return sum(a.wrong for a in self.articles)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return _ratio(self.must_matched, self.must_total)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return _ratio(self.correct, self.correct + self.wrong)

    def summary(self, label: str = "") -> str:
        """One line: `label: claims P=0.97 R=0.95 | conflicts must 2/2, ...`."""
        prefix = f"{label}: " if label else ""
        line = f"{prefix}claims P={_fmt_ratio(self.precision)} R={_fmt_ratio(self.recall)}"
        if self.conflicts is not None:
            line += f" | {self.conflicts.summary()}"
        return line

    def to_text(self) -> str:
        header = (
            f"{'article':<34} {'must':>5} {'hit':>5} {'R':>5}"
            f" {'ok':>5} {'wrong':>5} {'forbid':>6} {'P':>5} {'ambig':>5}"
        )
        lines = ["Claims", "  " + header]
        lines += ["  " + a.to_text() for a in self.articles]
        total = ArticleScore(
            article="total",
            must_total=self.must_total,
            must_matched=self.must_matched,
            correct=self.correct,
            wrong=self.wrong,
            ambiguous=sum(a.ambiguous for a in self.articles),
            forbidden=[c for a in self.articles for c in a.forbidden],
        )
        lines.append("  " + _article_row("total", total))
        if self.outside_gold_claims:
            sources = ", ".join(self.outside_gold_sources)
            lines.append(
                f"  outside gold: {self.outside_gold_claims} claim(s) from {sources} (not scored)"
            )
        if self.conflicts is not None:
            lines.append(self.conflicts.to_text())
        lines.append(self.summary())
        return "\n".join(lines)


def _article_row(name: str, a: ArticleScore) -> str:
    return (
        f"{_truncate(name, 34):<34} {a.must_total:>5} {a.must_matched:>5}"
        f" {_fmt_ratio(a.recall):>5} {a.correct:>5} {a.wrong:>5} {len(a.forbidden):>6}"
        f" {_fmt_ratio(a.precision):>5} {a.ambiguous:>5}"
    )


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
