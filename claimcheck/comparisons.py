"""Checking what articles say about order ("outperforming X", "ranks fourth", "top five")
against the values all sources give. A relation is refuted only when known values rule it
out; where a value is missing it stays unchecked rather than guessed."""

from __future__ import annotations

from collections import defaultdict

from claimcheck.extract.relations import RawRelation
from claimcheck.reconcile import clusters, conflict_id
from claimcheck.records import Claim, Conflict, Relation, stable_id
from claimcheck.values import agree, describe


def to_relations(raws: list[RawRelation]) -> list[Relation]:
    out = []
    for r in raws:
        rid = stable_id("r", r.source, r.line, r.subject, r.relation, r.target, r.rank, r.benchmark)
        out.append(
            Relation(
                id=rid,
                source=r.source,
                line=r.line,
                text=r.text,
                subject=r.subject,
                relation=r.relation,  # type: ignore[arg-type]
                target=r.target,
                rank=r.rank,
                benchmark=r.benchmark,
                qualifiers=dict(sorted(r.qualifiers.items())),
            )
        )
    unique = {r.id: r for r in out}
    return sorted(unique.values(), key=lambda r: (r.source, r.line, r.id))


class _Values:
    """The best-supported value per (model, benchmark), preferring a stated condition."""

    def __init__(self, claims: list[Claim]) -> None:
        self.by_key: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        self.by_bench: dict[str, set[str]] = defaultdict(set)
        for c in claims:
            if not c.ambiguous and not c.ignored and c.unit != "tokens":
                self.by_key[(c.model, c.benchmark)].append(c)
                self.by_bench[c.benchmark].add(c.model)
        self._best: dict[tuple[str, str, tuple[tuple[str, str], ...]], Claim | None] = {}

    def best(self, model: str, benchmark: str, quals: dict[str, str]) -> Claim | None:
        key = (model, benchmark, tuple(sorted(quals.items())))
        if key not in self._best:
            self._best[key] = self._find_best(model, benchmark, quals)
        return self._best[key]

    def _find_best(self, model: str, benchmark: str, quals: dict[str, str]) -> Claim | None:
        found = self.by_key.get((model, benchmark), [])
        if not found:
            return None
        same = [c for c in found if c.qualifiers == quals]
        plain = [c for c in found if not c.qualifiers]
        pool = same or plain or found
        groups = sorted(clusters(pool), key=lambda g: (-len(g.sources), -len(g.claims)))
        if len(groups) > 1 and len(groups[0].sources) == len(groups[1].sources):
            return None  # disputed: nothing to check against
        return groups[0].head

    def models(self, benchmark: str) -> list[str]:
        return sorted(self.by_bench.get(benchmark, ()))


def check(relations: list[Relation], claims: list[Claim]) -> list[Conflict]:
    """Set each relation's status and evidence; a finding for each refuted one."""
    values = _Values(claims)
    findings: list[Conflict] = []
    for rel in relations:
        subject = values.best(rel.subject, rel.benchmark, rel.qualifiers)
        if subject is None:
            rel.status, rel.evidence = "unchecked", f"no value for {rel.subject} on {rel.benchmark}"
            continue
        if rel.relation in ("above", "below"):
            assert rel.target is not None
            target = values.best(rel.target, rel.benchmark, rel.qualifiers)
            if target is None or target.unit != subject.unit:
                rel.status = "unchecked"
                rel.evidence = f"no comparable value for {rel.target} on {rel.benchmark}"
                continue
            evidence = (
                f"{rel.subject} {describe(subject)} ({subject.source}:{subject.line}) vs "
                f"{rel.target} {describe(target)} ({target.source}:{target.line})"
            )
            higher = subject.value > target.value and not agree(subject, target)
            lower = subject.value < target.value and not agree(subject, target)
            refuted = lower if rel.relation == "above" else higher
        else:
            assert rel.rank is not None
            above = []
            for model in values.models(rel.benchmark):
                if model == rel.subject:
                    continue
                other = values.best(model, rel.benchmark, {})
                if (
                    other
                    and other.unit == subject.unit
                    and other.value > subject.value
                    and not agree(other, subject)
                ):
                    above.append(f"{model} {describe(other)}")
            evidence = f"{rel.subject} {describe(subject)}; known above it: " + (
                ", ".join(above) if above else "none"
            )
            refuted = len(above) >= rel.rank
        rel.status = "refuted" if refuted else "consistent"
        rel.evidence = evidence
        if refuted:
            findings.append(_finding(rel, subject))
    return findings


def _finding(rel: Relation, subject: Claim) -> Conflict:
    said = {
        "above": f"ahead of {rel.target}",
        "below": f"behind {rel.target}",
        "rank": f"ranked {rel.rank}",
        "top": f"in the top {rel.rank}",
    }[rel.relation]
    return Conflict(
        id=conflict_id(
            "comparison", rel.subject, rel.benchmark, "", (("said", said), ("source", rel.source))
        ),
        kind="comparison",
        severity="warning",
        model=rel.subject,
        benchmark=rel.benchmark,
        qualifiers=rel.qualifiers,
        claims=[subject.id],
        outliers=[rel.source],
        message=(
            f"{rel.source}:{rel.line} says {rel.subject} is {said} on {rel.benchmark}, "
            f"but the values say otherwise: {rel.evidence}."
        ),
        rule="comparison: a stated order that the known values refute",
    )
