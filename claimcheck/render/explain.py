"""`claimcheck explain ID`: one finding with all of its evidence and the reasoning."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.records import Conflict, Report
from claimcheck.render.concise import subject
from claimcheck.render.safe import printable as _p
from claimcheck.values import describe


def render(conflict: Conflict, report: Report, console: Console) -> None:
    claims = {c.id: c for c in report.claims}
    console.print(
        Text.assemble((_p(conflict.id), "bold"), f"  {conflict.kind} ({conflict.severity})")
    )
    console.print(Text.assemble(("subject   ", "dim"), _p(subject(conflict))))
    if conflict.qualifiers:
        quals = ", ".join(f"{k}={v}" for k, v in conflict.qualifiers.items())
        console.print(Text.assemble(("condition ", "dim"), _p(quals)))
    console.print(Text.assemble(("rule      ", "dim"), _p(conflict.rule or conflict.kind)))
    console.print(Text.assemble(("status    ", "dim"), conflict.status))
    console.print()
    console.print(Text(_p(conflict.message)))
    if conflict.consensus:
        c = conflict.consensus
        console.print(
            Text.assemble(("consensus ", "dim"), _p(f"{c.value} from {len(c.sources)} source(s): "))
            + Text(_p(", ".join(c.sources)))
        )
    if conflict.outliers:
        console.print(Text.assemble(("outliers  ", "dim"), _p(", ".join(conflict.outliers))))
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
        written = _p(written) + ("\n" + _p("; ".join(notes)) if notes else "")
        mark = "→ " if claim.source in conflict.outliers else ""
        # Text cells: article text and paths are never read as Rich markup.
        cells = (_p(mark + describe(claim)), _p(where), written, _p(claim.text))
        table.add_row(*(Text(cell) for cell in cells))
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
                _p(f"{r.source}:{r.line} {r.relation} {r.target or r.rank}: ")
                + _p(f"{r.status} ({r.evidence})"),
                style="dim",
            )
        )
    if conflict.resolution:
        r = conflict.resolution
        console.print(
            Text(
                _p(f"resolution: {r.action} {r.value if r.value is not None else ''} — {r.reason}"),
                style="green",
            )
        )
