"""The report for people: findings grouped by severity, each with its evidence, then the
sources from least to most reliable. Readable at 80 columns; colour follows rich's rules
(off under NO_COLOR and when the output is not a terminal)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimcheck.records import Claim, Conflict, Report
from claimcheck.render.concise import subject
from claimcheck.render.safe import printable as _p
from claimcheck.values import describe

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_MARK = {"error": "✗", "warning": "!", "info": "i"}
_QUOTE_WIDTH = 110
SOURCES_SHOWN = 10  # the least reliable; --verbose lists them all


def _quote(claim: Claim) -> str:
    text = _p(" ".join(claim.text.split()))
    return text if len(text) <= _QUOTE_WIDTH else text[: _QUOTE_WIDTH - 1] + "…"


def _finding(conflict: Conflict, claims: dict[str, Claim], verbose: bool) -> Group:
    style = _STYLE[conflict.severity]
    head = Text()
    head.append(f"{_MARK[conflict.severity]} {conflict.kind}", style=style)
    head.append(_p(f"  {subject(conflict)}"), style="bold")
    if conflict.qualifiers:
        quals = ", ".join(f"{k}={v}" for k, v in conflict.qualifiers.items())
        head.append(_p(f" [{quals}]"))
    head.append(_p(f"  {conflict.id}"), style="dim")
    if conflict.status == "resolved":
        head.append("  resolved", style="green")
    parts: list[Text | Padding] = [head, Padding(Text(_p(conflict.message)), (0, 0, 0, 2))]
    if conflict.kind in ("contradiction", "internal", "uncorroborated") or verbose:
        evidence = sorted(
            (claims[i] for i in conflict.claims if i in claims),
            key=lambda c: (c.source, c.line),
        )
        outliers = set(conflict.outliers)
        for claim in evidence:
            line = Text("  ")
            mark = "→ " if claim.source in outliers else "  "
            line.append(mark, style=style)
            line.append(f"{describe(claim):>8}  ", style="bold")
            line.append(_p(f"{claim.source}:{claim.line}"), style="underline")
            parts.append(line)
            parts.append(Padding(Text(f"“{_quote(claim)}”", style="dim"), (0, 0, 0, 14)))
    if conflict.resolution:
        r = conflict.resolution
        what = (
            f"accepted {r.value:g}" if r.action == "accept" and r.value is not None else "dismissed"
        )
        parts.append(
            Padding(Text(_p(f"resolution: {what}: {r.reason}"), style="green"), (0, 0, 0, 2))
        )
    return Group(*parts)


def render(report: Report, console: Console, verbose: bool = False, quiet: bool = False) -> None:
    claims = {c.id: c for c in report.claims}
    summary = report.summary
    if quiet:
        for conflict in report.conflicts:
            if conflict.status == "open":
                console.print(_finding(conflict, claims, verbose))
        return
    console.print(
        Text.assemble(
            ("claimcheck ", "bold"),
            f"{summary.sources} sources, {summary.claims} claims, "
            f"{len({(c.model, c.benchmark) for c in report.claims})} model/benchmark pairs",
        )
    )
    for item in report.skipped:
        console.print(Text(_p(f"skipped {item.path}: {item.reason}"), style="yellow"))
    for note in report.notes:
        console.print(Text(_p(f"note: {note}"), style="dim"))
    for severity, title in (("error", "Errors"), ("warning", "Warnings"), ("info", "Info")):
        found = [k for k in report.conflicts if k.severity == severity and k.status == "open"]
        if not found:
            continue
        console.print()
        console.rule(Text(f"{title} ({len(found)})", style=_STYLE[severity]), align="left")
        shown = found if severity != "info" or verbose else found[:8]
        for conflict in shown:
            console.print(_finding(conflict, claims, verbose and severity != "info"))
        if len(shown) < len(found):
            console.print(Text(f"  … {len(found) - len(shown)} more (use --verbose)", style="dim"))
    resolved = [k for k in report.conflicts if k.status == "resolved"]
    if resolved:
        console.print()
        console.rule(Text(f"Resolved ({len(resolved)})", style="green"), align="left")
        for conflict in resolved:
            console.print(_finding(conflict, claims, False))
    console.print()
    console.print(_sources_table(report, verbose))
    counts = summary.conflicts
    line = Text()
    line.append(
        f"{counts['error']} error(s)", style=_STYLE["error"] if counts["error"] else "green"
    )
    line.append(f", {counts['warning']} warning(s), {counts['info']} info")
    if summary.resolved:
        line.append(f", {summary.resolved} resolved")
    if summary.ignored:
        line.append(f", {summary.ignored} claim(s) ignored by in-article markers")
    console.print(line)


def _sources_table(report: Report, verbose: bool = False) -> Table:
    shown = report.sources if verbose else report.sources[:SOURCES_SHOWN]
    rest = len(report.sources) - len(shown)
    table = Table(
        title="Sources, least reliable first",
        title_justify="left",
        expand=False,
        caption=f"… and {rest} more source(s) (--verbose lists them all)" if rest else None,
        caption_justify="left",
    )
    table.add_column("source", overflow="fold")
    table.add_column("claims", justify="right")
    table.add_column("corrob.", justify="right")
    table.add_column("contra.", justify="right")
    table.add_column("alone", justify="right")
    table.add_column("reliab.", justify="right")
    for s in shown:
        table.add_row(
            Text(_p(s.path)),  # a Text: a path is never read as Rich markup
            str(s.claims),
            str(s.corroborated),
            str(s.contradicted),
            str(s.uncorroborated),
            f"{s.reliability:.2f}",
        )
    return table
