"""`claimcheck claims`: what the sources say, as a matrix a person reads or as rows.

The matrix has models down and benchmarks across; a cell lists each value with the sources
that gave it (as [n] keys into a legend), and a cell whose claims are part of a contradiction
or an internal disagreement is marked, its outlier values arrowed. Marks are characters as
well as colours, so they survive NO_COLOR and a pipe. The helpers that decide which claims
disagree serve the HTML report too.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.records import Claim, Conflict, Report
from claimcheck.values import describe

DISAGREEMENTS = ("contradiction", "internal")
_CELL_WIDTH = 18  # a value, its source keys and a mark fit; more columns fit on a screen


def condition(qualifiers: dict[str, str]) -> str:
    """The stated condition as the other formats write it: `mode=thinking, tools=with`."""
    return ", ".join(f"{k}={v}" for k, v in sorted(qualifiers.items()))


def setting(claim: Claim) -> str:
    """A claim's condition with its metric where the text names one: what tells two rows of
    a finding, or two values of a cell, apart."""
    parts = [f"metric={claim.metric}"] if claim.metric else []
    if claim.qualifiers:
        parts.append(condition(claim.qualifiers))
    return ", ".join(parts)


def outlier_ids(conflict: Conflict, claims: dict[str, Claim]) -> set[str]:
    """The finding's claims that are its outliers: from an outlier source, and not the
    consensus value (an outlier source may also repeat the consensus elsewhere)."""
    outliers = set(conflict.outliers)
    consensus = conflict.consensus.value if conflict.consensus else None
    out = set()
    for claim_id in conflict.claims:
        claim = claims.get(claim_id)
        if claim is not None and claim.source in outliers and describe(claim) != consensus:
            out.add(claim_id)
    return out


@dataclass(slots=True, frozen=True)
class Dispute:
    """Why a claim is marked: the finding it belongs to, and whether it is the outlier."""

    conflict: Conflict
    outlier: bool


def disputes(report: Report) -> dict[str, Dispute]:
    """Claim id -> the disagreement finding it belongs to (contradiction or internal)."""
    claims = {c.id: c for c in report.claims}
    out: dict[str, Dispute] = {}
    for k in report.conflicts:
        if k.kind not in DISAGREEMENTS:
            continue
        outliers = outlier_ids(k, claims)
        for claim_id in k.claims:
            # An open finding wins over a resolved one for the same claim.
            if claim_id in out and out[claim_id].conflict.status == "open":
                continue
            out[claim_id] = Dispute(k, claim_id in outliers)
    return out


def _key(text: str) -> str:
    return " ".join(text.replace("-", " ").replace("_", " ").split()).casefold()


def same(a: str, b: str) -> bool:
    return _key(a) == _key(b)


def select(
    claims: Iterable[Claim],
    models: Sequence[str] = (),
    benchmarks: Sequence[str] = (),
    sources: Sequence[str] = (),
) -> list[Claim]:
    """Claims of the named models and benchmarks (canonical names, any case, hyphens as
    spaces: never a substring, so GPT-5 is not GPT-5.4) from sources whose path contains
    one of `sources`. Claims kept out by in-article markers are left out."""
    want_m = {_key(m) for m in models}
    want_b = {_key(b) for b in benchmarks}
    want_s = [s.casefold() for s in sources]
    out = []
    for c in claims:
        if c.ignored:
            continue
        if want_m and _key(c.model) not in want_m:
            continue
        if want_b and _key(c.benchmark) not in want_b:
            continue
        if want_s and not any(s in c.source.casefold() for s in want_s):
            continue
        out.append(c)
    return out


def closest(name: str, known: Iterable[str]) -> str | None:
    from rapidfuzz import process

    found = process.extractOne(name, sorted(set(known)), score_cutoff=60)
    return str(found[0]) if found else None


def no_match(claims: Sequence[Claim], models: Sequence[str], benchmarks: Sequence[str]) -> str:
    """What to say when the filters leave nothing: the names no claim has, and the closest."""
    hints = []
    for names, field in ((models, "model"), (benchmarks, "benchmark")):
        known = {getattr(c, field) for c in claims}
        for name in names:
            near = closest(name, known)
            if near and not any(same(name, k) for k in known):
                hints.append(f"no {field} {name!r}; did you mean {near!r}?")
    return "no claims match" + "".join(f"; {h}" for h in hints)


# --- rows -----------------------------------------------------------------------------------

ROW_FIELDS = (
    "model",
    "benchmark",
    "condition",
    "metric",
    "value",
    "unit",
    "approx",
    "written",
    "source",
    "line",
    "finding",
    "outlier",
    "status",
    "text",
    "id",
)


def rows(report: Report, claims: Sequence[Claim]) -> list[dict[str, object]]:
    marked = disputes(report)
    out: list[dict[str, object]] = []
    for c in claims:
        d = marked.get(c.id)
        out.append(
            {
                "model": c.model,
                "benchmark": c.benchmark,
                "condition": condition(c.qualifiers),
                "metric": c.metric,
                "value": c.value,
                "unit": c.unit,
                "approx": c.approx,
                "written": describe(c),
                "source": c.source,
                "line": c.line,
                "finding": d.conflict.id if d else "",
                "outlier": bool(d and d.outlier),
                "status": d.conflict.status if d else "",
                "text": " ".join(c.text.split()),
                "id": c.id,
            }
        )
    return out


def to_csv(report: Report, claims: Sequence[Claim]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ROW_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows(report, claims):
        # A spreadsheet runs a cell that opens with = + - @ as a formula: article text is data.
        writer.writerow({k: _inert(v) for k, v in row.items()})
    return buffer.getvalue()


def _inert(value: object) -> object:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_json(report: Report, claims: Sequence[Claim]) -> str:
    return json.dumps(rows(report, claims), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


# --- the matrix -----------------------------------------------------------------------------


def matrix(report: Report, claims: Sequence[Claim], console: Console) -> None:
    """Models down, benchmarks across, in as many column groups as the width needs."""
    marked = disputes(report)
    sources = sorted({c.source for c in claims})
    key = {s: i for i, s in enumerate(sources, 1)}
    cells: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        cells[(c.model, c.benchmark)].append(c)
    models = sorted({c.model for c in claims}, key=str.casefold)
    benchmarks = sorted({c.benchmark for c in claims}, key=str.casefold)
    model_width = min(24, max(len(m) for m in models))
    per_table = max(1, (console.width - model_width - 4) // (_CELL_WIDTH + 3))
    for start in range(0, len(benchmarks), per_table):
        group = benchmarks[start : start + per_table]
        table = Table(show_lines=True, expand=False, pad_edge=False)
        table.add_column("model", overflow="fold", max_width=model_width, style="bold")
        for b in group:
            table.add_column(b, overflow="fold", width=_CELL_WIDTH)
        for m in models:
            row = [Text(m)]
            for b in group:
                row.append(_cell(cells.get((m, b), []), key, marked))
            if any(cells.get((m, b)) for b in group):
                table.add_row(*row)
        console.print(table)
    legend = Text()
    for s in sources:
        legend.append(f"[{key[s]}] ", style="bold")
        legend.append(s + "\n")
    legend.append("✗ sources disagree (→ the outlier)  ✓ resolved disagreement", style="dim")
    console.print(legend)
    shown = sorted(
        {marked[c.id].conflict.id for c in claims if c.id in marked}
        - {k.id for k in report.conflicts if k.status != "open"}
    )
    if shown:
        console.print(Text(f"claimcheck explain {shown[0]} shows a disagreement in full", "dim"))


def _cell(found: list[Claim], key: dict[str, int], marked: dict[str, Dispute]) -> Text:
    if not found:
        return Text("")
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in found:
        groups[(setting(c), describe(c))].append(c)
    disputed = [marked[c.id] for c in found if c.id in marked]
    text = Text()
    if disputed:
        resolved = all(d.conflict.status == "resolved" for d in disputed)
        text.append("✓ resolved\n" if resolved else "✗ disagree\n", "green" if resolved else "red")
    for (cond, value), group in sorted(groups.items()):
        outlier = any(c.id in marked and marked[c.id].outlier for c in group)
        refs = ",".join(str(k) for k in sorted({key[c.source] for c in group}))
        text.append("→ " if outlier else "", "bold red")
        text.append(value, "bold red" if outlier else "bold")
        text.append(f" [{refs}]")
        if cond:
            text.append(f" ({cond})", "dim")
        text.append("\n")
    text.rstrip()
    return text
