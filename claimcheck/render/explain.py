"""`claimcheck explain ID`: one finding with all of its evidence and the reasoning."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.records import Conflict, Report
from claimcheck.values import describe


def render(conflict: Conflict, report: Report, console: Console) -> None:
    claims = {c.id: c for c in report.claims}
    console.print(Text.assemble((conflict.id, "bold"), f"  {conflict.kind} ({conflict.severity})"))
    console.print(Text.assemble(("subject   ", "dim"), f"{conflict.model} / {conflict.benchmark}"))
    if conflict.qualifiers:
        quals = ", ".join(f"{k}={v}" for k, v in conflict.qualifiers.items())
        console.print(Text.assemble(("condition ", "dim"), quals))
    console.print(Text.assemble(("rule      ", "dim"), conflict.rule or conflict.kind))
    console.print(Text.assemble(("status    ", "dim"), conflict.status))
    console.print()
    console.print(Text(conflict.message))
    if conflict.consensus:
        c = conflict.consensus
        console.print(
            Text.assemble(("consensus ", "dim"), f"{c.value} from {len(c.sources)} source(s): ")
            + Text(", ".join(c.sources))
        )
    if conflict.outliers:
        console.print(Text.assemble(("outliers  ", "dim"), ", ".join(conflict.outliers)))
    table = Table(title="Claims", title_justify="left", show_lines=True)
    table.add_column("value", justify="right")
    table.add_column("where", overflow="fold")
    table.add_column("as written")
    table.add_column("quote", overflow="fold")
    for claim_id in conflict.claims:
        claim = claims.get(claim_id)
        if claim is None:
            continue
        where = f"{claim.source}:{claim.line}:{claim.column}"
        written = f"{claim.model_mention} / {claim.benchmark_mention}"
        notes = []
        if claim.qualifiers:
            notes.append(", ".join(f"{k}={v}" for k, v in claim.qualifiers.items()))
        if claim.attribution:
            notes.append(f"according to {claim.attribution}")
        if claim.first_party:
            notes.append("first-party")
        if notes:
            written += "\n" + "; ".join(notes)
        mark = "→ " if claim.source in conflict.outliers else ""
        table.add_row(mark + describe(claim), where, written, claim.text)
    console.print()
    console.print(table)
    related = [
        r
        for r in report.relations
        if r.subject == conflict.model and r.benchmark == conflict.benchmark
    ]
    for r in related:
        console.print(
            Text(
                f"{r.source}:{r.line} {r.relation} {r.target or r.rank}: {r.status} ({r.evidence})",
                style="dim",
            )
        )
    if conflict.resolution:
        r = conflict.resolution
        console.print(
            Text(
                f"resolution: {r.action} {r.value if r.value is not None else ''} — {r.reason}",
                style="green",
            )
        )
