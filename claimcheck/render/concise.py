"""One line per open finding, for editors, grep and CI logs (like ruff's `concise`):

    path:line:col: kind model / benchmark: message

The location is the outlier's claim (else the finding's first claim; for a stale finding,
the line of its marker or resolution). `statistics` counts open findings by kind and severity.
"""

from __future__ import annotations

import re
from collections import Counter

from claimcheck.records import Claim, Conflict, Report
from claimcheck.render.safe import no_commands, printable

_LOCATION = re.compile(r"^(?P<file>.+?):(?P<line>\d+): ")


def subject(conflict: Conflict) -> str:
    """What a finding is about: `model / benchmark`, or where a stale marker or resolution
    stands (it has no model or benchmark of its own)."""
    names = [n for n in (conflict.model, conflict.benchmark) if n and n != "-"]
    if len(names) == 2:
        return f"{names[0]} / {names[1]}"
    if names:
        return names[0]
    m = _LOCATION.match(conflict.message)
    return f"{m.group('file')}:{m.group('line')}" if m else conflict.id


def location(conflict: Conflict, claims: dict[str, Claim]) -> tuple[str, int, int]:
    evidence = [claims[i] for i in conflict.claims if i in claims]
    outliers = set(conflict.outliers)
    chosen = next((c for c in evidence if c.source in outliers), None) or (
        min(evidence, key=lambda c: (c.source, c.line)) if evidence else None
    )
    if chosen is not None:
        return chosen.source, chosen.line, chosen.column
    m = _LOCATION.match(conflict.message)
    if m:
        return m.group("file"), int(m.group("line")), 1
    return "-", 0, 0


def render(report: Report, quiet: bool = False) -> str:
    claims = {c.id: c for c in report.claims}
    lines = []
    for k in report.conflicts:
        if k.status != "open":
            continue
        path, line, column = location(k, claims)
        message = " ".join(k.message.split())
        lines.append(f"{path}:{line}:{column}: {k.kind} {subject(k)}: {message} [{k.id}]")
    if not quiet:
        counts = report.summary.conflicts
        lines.append(
            f"Found {counts['error']} error(s), {counts['warning']} warning(s), "
            f"{counts['info']} info; {report.summary.resolved} resolved."
        )
    return no_commands("\n".join(printable(line) for line in lines) + "\n")


def statistics(report: Report) -> str:
    """Open findings by kind and severity, most first; then the resolved ones."""
    counts = Counter((k.kind, k.severity) for k in report.conflicts if k.status == "open")
    width = max((len(str(n)) for n in counts.values()), default=1)
    lines = [
        f"{n:>{width}}  {kind:<15} {severity}"
        for (kind, severity), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    resolved = report.summary.resolved
    lines.append(f"{sum(counts.values())} open finding(s), {resolved} resolved")
    return "\n".join(lines) + "\n"
