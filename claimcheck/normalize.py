"""From raw readings to Claim records: units decided, fractions scaled, names unified, ids."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from hashlib import sha1

from claimcheck.extract.names import Names
from claimcheck.extract.prose import RawClaim
from claimcheck.extract.relations import RawRelation
from claimcheck.records import Claim, trusted


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


def unify_unknown(
    raws: list[RawClaim], names: Names, relations: Sequence[RawRelation] = ()
) -> None:
    """Names no catalog holds, spelled differently across articles ("Deep Search QA" and
    "DeepSearchQA"), are merged by the name rule and shown in their most common spelling;
    the comparisons articles state are renamed alike, so they meet the claims."""
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
                if names.same(groups[i][0], name, attr):
                    groups[i].append(name)
                    break
            else:
                by_dist[key.dist].append(len(groups))
                if key.flat:
                    by_flat[key.flat].append(len(groups))
                groups.append([name])
        if attr == "model":
            groups = _with_one_size(groups, names)
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
        for rel in relations:
            if attr == "benchmark":
                rel.benchmark = renamed.get(rel.benchmark, rel.benchmark)
            else:
                rel.subject = renamed.get(rel.subject, rel.subject)
                if rel.target is not None:
                    rel.target = renamed.get(rel.target, rel.target)


_SIZE = re.compile(r"a?\d+(?:\.\d+)?[bmk]|\d+x\d+b")  # 480b, a35b, 8x7b: sizes


def _with_one_size(groups: list[list[str]], names: Names) -> list[list[str]]:
    """A model named without its size ("Juniper-3") and with the only size any source gives
    it ("Juniper-3 480B-A35B") are one model; with two sizes in the corpus ("Llama 3.1 8B",
    "Llama 3.1 70B") the bare name stays apart. Catalog names are never merged this way."""
    known = {e.name for e in names.catalog.models}
    by_base: dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[int]] = defaultdict(list)
    # Every size of a family, whatever its release ("Gemma 2 9B PT" counts for "Gemma 2").
    family_sizes: dict[tuple[str, tuple[str, ...], tuple[str, ...]], set[tuple[str, ...]]] = (
        defaultdict(set)
    )
    # Families some source names with a release label ("QwQ-32B-Preview"): there a bare
    # "QwQ" may be the preview as well as the release, and is left apart.
    labelled: set[tuple[str, tuple[str, ...]]] = set()
    for i, group in enumerate(groups):
        key = names.key(group[0])
        dist = tuple(d for d in key.dist if not _SIZE.fullmatch(d))
        plain = tuple(d for d in dist if d not in names.variants)
        size = tuple(d for d in key.dist if _SIZE.fullmatch(d))  # "480b", "a35b": one size
        if size:
            family_sizes[(key.family, plain, key.rest)].add(size)
        if any(d in names.release for d in key.dist):
            labelled.add((key.family, key.rest))
        if group[0] not in known:
            by_base[(key.family, dist, key.rest)].append(i)
    merged: set[int] = set()
    out: list[list[str]] = []
    for (family, dist, rest), members in by_base.items():
        sizes = {
            tuple(d for d in names.key(groups[i][0]).dist if _SIZE.fullmatch(d)) for i in members
        }
        if len(members) < 2 or len(sizes - {()}) != 1 or () not in sizes:
            continue
        plain = tuple(d for d in dist if d not in names.variants)
        if len(family_sizes[(family, plain, rest)]) > 1:
            continue  # "Gemma 2" beside "Gemma 2 27B" and "Gemma 2 9B PT": two sizes
        if not dist and (family, rest) in labelled:
            continue  # a bare "QwQ" beside "QwQ-32B" and "QwQ-32B-Preview": which one?
        out.append([n for i in members for n in groups[i]])
        merged.update(members)
    return out + [g for i, g in enumerate(groups) if i not in merged]


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
            if r.extractor != "table" or r.value.unit:
                continue
            # A table cell of 736 on OCRBench, which other sources give in %: the same
            # benchmark on its own scale, compared only with values on that scale.
            unit = "points"
        source = r.source
        quals = dict(sorted(r.qualifiers.items()))
        if r.bench_entry is not None and r.bench_entry.cot and quals.get("cot") == "with":
            del quals["cot"]  # "BBH (3-shot, CoT)": the benchmark's standard prompt
        if r.bench_entry is not None and quals.get("setting") in r.bench_entry.default_settings:
            del quals["setting"]  # "MMMU (val)": the split every MMMU figure is on unless stated
        metric = r.metric
        if metric == "percentile" or (metric == "rating" and unit == "%"):
            unit = "%" if metric == "percentile" else "elo"
        # `stable_id("c", source, r.line, r.column, r.model, r.benchmark, value, unit,
        # sorted(quals.items()))`, written out: the same text hashed, without the generic call.
        key = (
            f"{source}\x1f{r.line}\x1f{r.column}\x1f{r.model}\x1f{r.benchmark}\x1f{value}\x1f{unit}"
        )
        key += f"\x1f{list(quals.items())}" if quals else "\x1f[]"
        claim_id = "c-" + sha1(key.encode("utf-8")).hexdigest()[:10]
        claims.append(
            trusted(
                Claim,
                {
                    "id": claim_id,
                    "model": r.model,
                    "benchmark": r.benchmark,
                    "value": float(value),
                    "value_high": None if high is None else float(high),
                    "unit": unit,
                    "metric": metric,
                    "approx": r.value.approx,
                    "decimals": decimals,
                    "qualifiers": quals,
                    "source": source,
                    "line": r.line,
                    "column": r.column,
                    "text": r.text,
                    "ambiguous": r.ambiguous,
                    "model_mention": r.model_mention,
                    "benchmark_mention": r.benchmark_mention,
                    "extractor": r.extractor,
                    "attribution": r.attribution,
                    "first_party": _first_party(r.model, attribution_root(r.attribution), orgs),
                    "ignored": r.ignored,
                },
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
