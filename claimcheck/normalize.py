"""From raw readings to Claim records: units decided, fractions scaled, names unified, ids."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from claimcheck.extract.names import Names
from claimcheck.extract.prose import RawClaim
from claimcheck.records import Claim, stable_id


def _unit(raw: RawClaim, dominant: dict[str, str]) -> str:
    if raw.value.unit in ("tokens", "elo"):
        return raw.value.unit
    entry_unit = raw.bench_entry.unit if raw.bench_entry else ""
    if entry_unit and entry_unit != "%":
        return entry_unit
    if raw.value.unit:
        return raw.value.unit
    if entry_unit:
        return entry_unit
    seen = dominant.get(raw.benchmark)
    if seen:
        return seen
    return "%" if raw.value.value <= 100 else "points"


def unify_unknown(raws: list[RawClaim], names: Names) -> None:
    """Names no catalog holds, spelled differently across articles ("Deep Search QA" and
    "DeepSearchQA"), are merged by the name rule and shown in their most common spelling."""
    for attr in ("model", "benchmark"):
        spellings = Counter(getattr(r, attr) for r in raws)
        groups: list[list[str]] = []
        # The rule merges two names only when their version/tier tokens agree or their
        # tokens join to the same string: only those groups are candidates, which keeps this
        # linear in the number of names instead of quadratic.
        by_dist: dict[tuple[str, ...], list[int]] = defaultdict(list)
        by_flat: dict[str, list[int]] = defaultdict(list)
        for name in sorted(spellings):
            key = names.key(name)
            candidates = set(by_dist.get(key.dist, ()))
            if key.flat:
                candidates.update(by_flat.get(key.flat, ()))
            for i in sorted(candidates):
                if names.same(groups[i][0], name):
                    groups[i].append(name)
                    break
            else:
                by_dist[key.dist].append(len(groups))
                if key.flat:
                    by_flat[key.flat].append(len(groups))
                groups.append([name])
        renamed: dict[str, str] = {}
        for group in groups:
            if len(group) < 2:
                continue
            best = max(group, key=lambda n: (spellings[n], -len(n), n))
            renamed.update((n, best) for n in group)
        for r in raws:
            new = renamed.get(getattr(r, attr))
            if new is not None:
                setattr(r, attr, new)


def attribution_root(attribution: str | None) -> str | None:
    """Who a figure comes from, as one lower-case word list: "DeepSeek's technical report"
    and "DeepSeek" are the same root."""
    if not attribution:
        return None
    head = re.split(r"['’]s\b", attribution, maxsplit=1)[0]
    head = re.sub(r"^(?:the|a|an)\s+", "", head.strip(), flags=re.I)
    return head.casefold() or None


def _first_party(model: str, root: str | None, orgs: dict[str, str]) -> bool:
    if not root or root in ("self-reported", "vendor-reported", "company-reported"):
        return bool(root)
    org = orgs.get(model, "").casefold()
    return bool(org and (root == org or root.startswith(org))) or model.casefold().startswith(root)


def to_claims(raws: list[RawClaim], orgs: dict[str, str] | None = None) -> list[Claim]:
    """Claims with units decided and ids given; `orgs` maps model names to their makers."""
    orgs = orgs or {}
    explicit: dict[str, Counter[str]] = defaultdict(Counter)
    for r in raws:
        if r.value.unit in ("%", "elo", "points"):
            explicit[r.benchmark][r.value.unit] += 1
    dominant = {b: c.most_common(1)[0][0] for b, c in explicit.items()}
    claims: list[Claim] = []
    for r in raws:
        unit = _unit(r, dominant)
        value, high = r.value.value, r.value.value_high
        decimals = r.value.decimals
        if unit == "%" and not r.value.unit and 0 < value <= 1 and decimals >= 2:
            value, high = round(value * 100, 6), (round(high * 100, 6) if high else None)
            decimals = max(0, decimals - 2)
        if unit == "%" and value > 100:
            continue
        source = r.source
        quals = dict(sorted(r.qualifiers.items()))
        metric = r.metric
        if metric == "percentile" or (metric == "rating" and unit == "%"):
            unit = "%" if metric == "percentile" else "elo"
        claim_id = stable_id(
            "c", source, r.line, r.column, r.model, r.benchmark, value, unit, sorted(quals.items())
        )
        claims.append(
            Claim(
                id=claim_id,
                model=r.model,
                benchmark=r.benchmark,
                value=value,
                value_high=high,
                unit=unit,
                metric=metric,
                approx=r.value.approx,  # type: ignore[arg-type]
                decimals=decimals,
                qualifiers=quals,
                source=source,
                line=r.line,
                column=r.column,
                text=r.text,
                ambiguous=r.ambiguous,
                model_mention=r.model_mention,
                benchmark_mention=r.benchmark_mention,
                extractor=r.extractor,  # type: ignore[arg-type]
                attribution=r.attribution,
                first_party=_first_party(r.model, attribution_root(r.attribution), orgs),
                ignored=r.ignored,
            )
        )
    return sort_claims(dedupe(claims))


def dedupe(claims: list[Claim]) -> list[Claim]:
    seen: set[str] = set()
    out = []
    for c in claims:
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return out


def sort_claims(claims: list[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.source, c.line, c.column, c.model, c.benchmark, c.value))
