"""Claims across sources -> findings: contradictions, uncorroborated claims, conditions.

Claims are grouped by (model, benchmark, unit) and then by stated condition. Claims whose
conditions differ never contradict; one without a stated condition against one with a
condition is a `condition` finding. Values are compared by `values.agree`, which honours
the precision each source wrote.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from claimcheck.catalog import Catalog
from claimcheck.catalog import default as catalog_default
from claimcheck.normalize import attribution_root
from claimcheck.records import (
    Claim,
    Conflict,
    Consensus,
    SourceSummary,
    ValueSources,
    stable_id,
)
from claimcheck.values import agree, describe, fmt

Key = tuple[str, str, str]  # model, benchmark, unit
Cond = tuple[tuple[str, str], ...]


def cond_of(claim: Claim) -> Cond:
    """The stated condition, with the metric when it is not the benchmark's default: values
    on different metrics (pass@1 and cons@64, EM and F1) are never compared."""
    items = sorted(claim.qualifiers.items())
    metric = _metric_key(claim.metric)
    if metric:
        items = sorted([*items, ("metric", metric)])
    return tuple(items)


@cache
def _default_metrics() -> frozenset[str]:
    return frozenset(catalog_default().lexicon.get("conditions", {}).get("default_metrics", []))


def _metric_key(metric: str) -> str:
    return "" if not metric or metric in _default_metrics() else metric


def cond_text(cond: Cond | dict[str, str]) -> str:
    items = cond.items() if isinstance(cond, dict) else cond
    return ", ".join(f"{k}={v}" for k, v in items) or "no stated condition"


def conflict_id(kind: str, model: str, benchmark: str, unit: str, cond: Cond) -> str:
    """Stable across scans: from what the finding is about, never from values or order."""
    return stable_id(kind[:4], kind, model, benchmark, unit, cond)


@dataclass(slots=True)
class Cluster:
    """Claims that agree with one another; `sources` counts independent articles."""

    claims: list[Claim] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return sorted({c.source for c in self.claims})

    @property
    def roots(self) -> list[str]:
        """Independent origins: articles repeating one lab's report count once."""
        return sorted({attribution_root(c.attribution) or c.source for c in self.claims})

    @property
    def head(self) -> Claim:
        # The most precise writing stands for the cluster.
        return max(self.claims, key=lambda c: (c.approx == "exact", c.decimals, -len(c.source)))


def clusters(claims: Iterable[Claim]) -> list[Cluster]:
    """Claims grouped so that every two in a group agree. Claims written the same way are
    interchangeable, so the pairwise work is over distinct writings, not claims."""
    if isinstance(claims, list) and len(claims) == 1:
        return [Cluster([claims[0]])]  # most (source, key) groups: one claim, one cluster
    by_writing: dict[tuple[float, float | None, int, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_writing[(claim.value, claim.value_high, claim.decimals, claim.approx)].append(claim)
    order = sorted(by_writing, key=lambda w: (w[3] != "exact", -w[2], w[0], w[1] or 0.0))
    groups: list[list[Claim]] = []  # one representative claim per writing
    members: list[list[Claim]] = []
    for writing in order:
        same = sorted(by_writing[writing], key=lambda c: c.id)
        rep = same[0]
        for reps, group in zip(groups, members, strict=True):
            if all(agree(rep, other) for other in reps):
                reps.append(rep)
                group.extend(same)
                break
        else:
            groups.append([rep])
            members.append(list(same))
    return [Cluster(group) for group in members]


@dataclass(slots=True)
class Outcome:
    conflicts: list[Conflict]
    sources: list[SourceSummary]


def _values(groups: list[Cluster]) -> list[ValueSources]:
    return [ValueSources(value=describe(g.head), sources=g.sources) for g in groups]


def _quote(claim: Claim) -> str:
    return f"{claim.source}:{claim.line}"


def reconcile(claims: list[Claim], catalog: Catalog) -> Outcome:
    live = [c for c in claims if not c.ambiguous and not c.ignored]
    by_key: dict[Key, list[Claim]] = defaultdict(list)
    for c in live:
        by_key[(c.model, c.benchmark, c.unit)].append(c)

    # Table cells whose column is uncertain may still show a condition (never more).
    uncertain: dict[Key, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.ambiguous and not c.ignored:
            uncertain[(c.model, c.benchmark, c.unit)].append(c)
    conflicts: list[Conflict] = []
    status: dict[str, str] = {}  # claim id -> corroborated | contradicted | uncorroborated | ok
    outlier_models: dict[str, set[str]] = defaultdict(set)  # source -> models it got wrong

    for key in sorted(by_key):
        group = by_key[key]
        by_cond: dict[Cond, list[Claim]] = defaultdict(list)
        for c in group:
            by_cond[cond_of(c)].append(c)
        plain_disputed = False
        for cond in sorted(by_cond):
            judged = by_cond[cond]
            if not cond and len(by_cond) > 1:
                judged = _unexplained(judged, by_cond)
                explained, judged = _mode_explained(judged, by_cond)
                for c in explained:
                    status[c.id] = "corroborated"
                if not judged:
                    continue
            found = _judge(key, cond, judged, status, outlier_models)
            plain_disputed |= not cond and any(k.kind == "contradiction" for k in found)
            conflicts.extend(found)
        if not plain_disputed:  # plain values that disagree among themselves say it already
            conflicts.extend(_unstated_mode(key, by_cond, status, outlier_models))
        conflicts.extend(_conditions(key, by_cond, uncertain.get(key, [])))

    conflicts.extend(_uncorroborated(live, by_key, status, outlier_models, catalog))
    summaries = _source_summaries(claims, status)
    conflicts.sort(key=conflict_order)
    return Outcome(conflicts, summaries)


_MANY_SAMPLES = re.compile(r"(?:cons|maj|pass|avg)@(?:[2-9]|\d{2,})$")


def _unexplained(bare: list[Claim], by_cond: dict[Cond, list[Claim]]) -> list[Claim]:
    """Of the values stated with no condition, those another source gives under a metric of
    many samples are that figure quoted without it ("84.6% on GPQA" where the vendor wrote
    84.6 at cons@64): not evidence against the plain figure. The condition finding still
    shows them; the plain figures left are judged among themselves."""
    # Only a metric that changes the number, not the reading (cons@64, maj@64 over many
    # samples), is dropped this way; a mode or a tool is what sources argue about.
    stated = [
        c
        for cond, claims in by_cond.items()
        if any(k == "metric" and _MANY_SAMPLES.match(v) for k, v in cond)
        for c in claims
    ]
    kept = [c for c in bare if not any(d.source != c.source and agree(c, d) for d in stated)]
    return kept if kept else bare


def _mode_explained(
    bare: list[Claim], by_cond: dict[Cond, list[Claim]]
) -> tuple[list[Claim], list[Claim]]:
    """(explained, left) of the values stated with no mode, where other sources give the
    model's value in every mode (thinking and non-thinking): a plain value equal to one
    of them is that mode's figure quoted without its mode, so two such plain values that
    differ ("67.8" here, "74.7" there) are two modes, not a contradiction."""
    moded = _every_mode(by_cond)
    if moded is None:
        return [], bare
    stated = [c for claims in moded.values() for c in claims]
    explained = [c for c in bare if any(d.source != c.source and agree(c, d) for d in stated)]
    return explained, [c for c in bare if c not in explained]


def _every_mode(by_cond: dict[Cond, list[Claim]]) -> dict[str, list[Claim]] | None:
    """The claims stated under each exhaustive mode (thinking, non-thinking), when every
    one of them is stated; else None."""
    modes = _exhaustive_modes()
    moded = {
        cond[0][1]: claims
        for cond, claims in by_cond.items()
        if len(cond) == 1 and cond[0][0] == "mode" and cond[0][1] in modes
    }
    return moded if modes and set(moded) == modes else None


@cache
def _exhaustive_modes() -> frozenset[str]:
    return frozenset(catalog_default().lexicon.get("conditions", {}).get("exhaustive_modes", []))


def _unstated_mode(
    key: Key,
    by_cond: dict[Cond, list[Claim]],
    status: dict[str, str],
    outlier_models: dict[str, set[str]],
) -> list[Conflict]:
    """A value stated with no mode against a source that gives the model's value in every
    mode (thinking and non-thinking): the plain value is one of the two, so one that agrees
    with neither cannot hold. Where only one mode is given, the plain value may be the other:
    that stays a condition finding."""
    moded = _every_mode(by_cond)
    if moded is None or () not in by_cond:
        return []
    stated = [c for claims in moded.values() for c in claims]
    witnesses = {c.source for c in stated}
    bare = [
        c for c in by_cond[()] if witnesses - {c.source} and not any(agree(c, d) for d in stated)
    ]
    if not bare:
        return []
    model, benchmark, unit = key
    outliers = sorted({c.source for c in bare})
    for c in bare:
        status[c.id] = "contradicted"
        outlier_models[c.source].add(model)
    values = [ValueSources(value=describe(c), sources=[c.source]) for c in bare] + [
        ValueSources(value=f"{describe(d)} (mode={mode})", sources=[d.source])
        for mode, claims in sorted(moded.items())
        for d in claims
    ]
    given = "; ".join(
        f"{mode}: {', '.join(sorted({describe(d) for d in claims}))}"
        for mode, claims in sorted(moded.items())
    )
    plain = "; ".join(f"{describe(c)} in {c.source}" for c in bare)
    return [
        Conflict(
            id=conflict_id("contradiction", model, benchmark, unit, (("mode", "unstated"),)),
            kind="contradiction",
            severity="error",
            model=model,
            benchmark=benchmark,
            qualifiers={},
            claims=sorted(c.id for c in [*bare, *stated]),
            values=values,
            outliers=outliers,
            message=(
                f"Sources disagree on {model} / {benchmark}: {plain}, with no mode stated, "
                f"matches neither value given in every mode ({given}; "
                f"{', '.join(sorted(witnesses))})."
            ),
            rule="contradiction: a value with no stated mode that matches the value of no mode",
        )
    ]


def conflict_order(k: Conflict) -> tuple[int, str, str, str, str]:
    """Errors first, then by kind and name: the same order for the same findings."""
    return (-_rank(k.severity), k.kind, k.model, k.benchmark, k.id)


def _rank(severity: str) -> int:
    return {"error": 3, "warning": 2, "info": 1}[severity]


def _judge(
    key: Key,
    cond: Cond,
    group: list[Claim],
    status: dict[str, str],
    outlier_models: dict[str, set[str]],
) -> list[Conflict]:
    model, benchmark, unit = key
    out: list[Conflict] = []
    # Inside one source: two values for one key is the article disagreeing with itself.
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in group:
        by_source[c.source].append(c)
    for source, own in sorted(by_source.items()):
        own_groups = clusters(own)
        if len(own_groups) > 1:
            out.append(
                Conflict(
                    id=conflict_id("internal", model, benchmark, unit, cond)
                    + "-"
                    + stable_id("s", source)[2:8],
                    kind="internal",
                    severity="warning",
                    model=model,
                    benchmark=benchmark,
                    qualifiers=dict(cond),
                    claims=sorted(c.id for c in own),
                    values=_values(own_groups),
                    message=(
                        f"{source} gives {model} on {benchmark} two values: "
                        + " and ".join(
                            f"{describe(g.head)} (line {g.head.line})" for g in own_groups
                        )
                    ),
                    rule="internal: one source, one key, values that cannot both hold",
                )
            )
    if len(by_source) < 2:
        for c in group:
            status.setdefault(c.id, "uncorroborated")
        return out
    groups = clusters(group)
    multi = [g for g in groups if len(g.sources) >= 1]
    if len(multi) == 1:
        for c in group:
            status[c.id] = "corroborated"
        return out
    # Do the clusters really come from different sources disagreeing?
    ranked = sorted(
        groups, key=lambda g: (-len(g.roots), -len(g.sources), -len(g.claims), g.head.value)
    )
    top = ranked[0]
    tie = (
        len(ranked) > 1
        and len(ranked[1].roots) == len(top.roots)
        and len(ranked[1].sources) == len(top.sources)
    )
    disagreeing_sources = {s for g in ranked[1:] for s in g.sources} - set(top.sources)
    if not disagreeing_sources and not tie:
        for c in group:
            status[c.id] = "corroborated" if len(top.sources) > 1 else "uncorroborated"
        return out
    consensus = None if tie else top
    outliers: list[str] = []
    for g in ranked:
        is_consensus = g is consensus
        for c in g.claims:
            if is_consensus:
                status[c.id] = "corroborated"
            else:
                status[c.id] = "contradicted" if consensus else "disputed"
        if consensus and not is_consensus:
            for s in g.sources:
                if s not in consensus.sources:
                    outliers.append(s)
                    outlier_models[s].add(model)
    outliers = sorted(set(outliers))
    parts = [f"{describe(g.head)} in {', '.join(g.sources)}{_roots_note(g)}" for g in ranked]
    where = f" ({cond_text(cond)})" if cond else ""
    if consensus:
        n = len(consensus.sources)
        message = (
            f"Sources disagree on {model} / {benchmark}{where}: " + "; ".join(parts) + ". "
            f"Consensus {describe(consensus.head)} ({n} source{'s' if n != 1 else ''}); "
            f"outlier: {', '.join(outliers)}."
        )
    else:
        message = (
            f"Sources disagree on {model} / {benchmark}{where}: " + "; ".join(parts) + ". "
            "No value has more independent sources than the others."
        )
    out.append(
        Conflict(
            id=conflict_id("contradiction", model, benchmark, unit, cond),
            kind="contradiction",
            severity="error",
            model=model,
            benchmark=benchmark,
            qualifiers=dict(cond),
            claims=sorted(c.id for c in group),
            values=_values(ranked),
            consensus=Consensus(value=describe(consensus.head), sources=consensus.sources)
            if consensus
            else None,
            outliers=outliers,
            message=message,
            rule="contradiction: same model, benchmark and condition; values that cannot both hold",
        )
    )
    return out


def _roots_note(group: Cluster) -> str:
    """Say so when several articles repeat one origin."""
    if len(group.roots) < len(group.sources):
        n = len(group.roots)
        return f" ({n} independent root{'s' if n != 1 else ''}: {', '.join(group.roots)})"
    return ""


def _conditions(
    key: Key,
    by_cond: dict[Cond, list[Claim]],
    uncertain: list[Claim] = (),  # type: ignore[assignment]
) -> list[Conflict]:
    """Different stated conditions with different values: worth knowing, not an error."""
    extra = [c for c in uncertain if cond_of(c) not in by_cond]
    if len(by_cond) + len({cond_of(c) for c in extra}) < 2:
        return []
    model, benchmark, unit = key
    conds = sorted(by_cond)
    heads = {c: clusters(by_cond[c]) for c in conds}
    # Only when the values differ: equal values under two labels say nothing new.
    distinct = {describe(g.head) for gs in heads.values() for g in gs}
    distinct |= {describe(c) for c in extra}
    if len(distinct) < 2:
        return []
    sources = {c.source for cs in by_cond.values() for c in cs} | {c.source for c in extra}
    parts = []
    for cond in conds:
        for g in heads[cond]:
            parts.append(f"{describe(g.head)} ({cond_text(cond)}) in {', '.join(g.sources)}")
    for c in extra:
        parts.append(
            f"{describe(c)} ({cond_text(cond_of(c))}; a table cell whose column is uncertain) "
            f"in {c.source}"
        )
    return [
        Conflict(
            id=conflict_id("condition", model, benchmark, unit, ()),
            kind="condition",
            severity="info",
            model=model,
            benchmark=benchmark,
            claims=sorted([c.id for cs in by_cond.values() for c in cs] + [c.id for c in extra]),
            values=[
                ValueSources(value=f"{describe(g.head)} [{cond_text(cond)}]", sources=g.sources)
                for cond in conds
                for g in heads[cond]
            ]
            + [
                ValueSources(
                    value=f"{describe(c)} [{cond_text(cond_of(c))}; uncertain]", sources=[c.source]
                )
                for c in extra
            ],
            message=(
                f"{model} / {benchmark} is reported under different conditions"
                f"{' by ' + str(len(sources)) + ' sources' if len(sources) > 1 else ''}: "
                + "; ".join(parts)
                + ". Different conditions are not a contradiction."
            ),
            rule="condition: same model and benchmark, different stated conditions",
        )
    ]


def _uncorroborated(
    live: list[Claim],
    by_key: dict[Key, list[Claim]],
    status: dict[str, str],
    outlier_models: dict[str, set[str]],
    catalog: Catalog,
) -> list[Conflict]:
    domains = {b.name: b.domain for b in catalog.benchmarks if b.domain}
    corroborated_sources = {c.source for c in live if status.get(c.id) == "corroborated"}
    # Each lone figure looks for its model's other results: indexed once, not a pass over
    # every claim per figure (quadratic in the corpus).
    by_model: dict[str, list[Claim]] = defaultdict(list)
    for c in live:
        by_model[c.model].append(c)
    out: list[Conflict] = []
    for key in sorted(by_key):
        group = by_key[key]
        sources = {c.source for c in group}
        if len(sources) != 1:
            continue
        model, benchmark, unit = key
        (source,) = sources
        claim = min(group, key=lambda c: (c.line, c.column))
        domain = domains.get(benchmark)
        elsewhere = _same_domain_elsewhere(
            by_model[model], model, benchmark, domain, source, domains
        )
        suspicious_source = model in outlier_models.get(source, set()) or (
            source not in corroborated_sources
        )
        reasons: list[str] = []
        if model in outlier_models.get(source, set()):
            reasons.append(f"{source} is the outlier of a contradiction on {model}")
        if elsewhere:
            reasons.append(
                f"other sources report {model}'s {domain} results through " + "; ".join(elsewhere)
            )
        severity = "warning" if suspicious_source and reasons else "info"
        if severity == "info" and not elsewhere:
            continue  # a lone figure from a sound source is not a finding
        where = f" ({cond_text(cond_of(claim))})" if claim.qualifiers else ""
        message = (
            f"{model} / {benchmark}{where} = {describe(claim)} appears only in {source} "
            f"(line {claim.line})"
        )
        message += (": " + "; ".join(reasons) + ".") if reasons else "."
        out.append(
            Conflict(
                id=conflict_id("uncorroborated", model, benchmark, unit, cond_of(claim)),
                kind="uncorroborated",
                severity=severity,
                model=model,
                benchmark=benchmark,
                qualifiers=claim.qualifiers,
                claims=sorted(c.id for c in group),
                values=[ValueSources(value=describe(claim), sources=[source])],
                outliers=[source] if severity == "warning" else [],
                message=message,
                rule=(
                    "uncorroborated: one source only, and that source is contradicted elsewhere "
                    "or other sources cover the model in the same domain with another benchmark"
                ),
            )
        )
    return out


def _same_domain_elsewhere(
    live: list[Claim],
    model: str,
    benchmark: str,
    domain: str | None,
    source: str,
    domains: dict[str, str],
) -> list[str]:
    if not domain:
        return []
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for c in live:
        same_domain = domains.get(c.benchmark) == domain and c.benchmark != benchmark
        if c.model == model and same_domain and c.source != source:
            found[c.benchmark][describe(c)].add(c.source)
    out = []
    for bench in sorted(found):
        vals = ", ".join(
            f"{v} in {len(s)} source{'s' if len(s) != 1 else ''}"
            for v, s in sorted(found[bench].items())
        )
        out.append(f"{bench} ({vals})")
    return out


def _source_summaries(claims: list[Claim], status: dict[str, str]) -> list[SourceSummary]:
    per: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        per[c.source].append(c)
    out = []
    for source, own in per.items():
        counted = [c for c in own if not c.ambiguous and not c.ignored]
        corroborated = sum(status.get(c.id) == "corroborated" for c in counted)
        contradicted = sum(status.get(c.id) == "contradicted" for c in counted)
        uncorroborated = sum(status.get(c.id) == "uncorroborated" for c in counted)
        checked = corroborated + contradicted + uncorroborated
        reliability = round(corroborated / checked, 2) if checked else 0.0
        out.append(
            SourceSummary(
                path=source,
                claims=len(own),
                corroborated=corroborated,
                contradicted=contradicted,
                uncorroborated=uncorroborated,
                reliability=reliability,
            )
        )
    # Least reliable first: that is where a reader should look.
    out.sort(key=lambda s: (s.reliability, -s.contradicted, s.path))
    return out


__all__ = ["Outcome", "cond_text", "conflict_id", "fmt", "reconcile"]
