"""`--format markdown`: a summary fit for a pull-request comment or a GitHub job summary.

Counts first, then a table of the open errors and warnings (values, sources and lines), the
resolved findings with their reasons, the info findings folded away, and the sources table.
Tables are cut at MAX_ROWS rows so the comment stays within GitHub's size limits.
"""

from __future__ import annotations

import re
from collections import defaultdict

from claimcheck.records import Claim, Conflict, Report
from claimcheck.render.safe import no_commands, printable
from claimcheck.render.sarif import describe_resolution, evidence, relpath, rules
from claimcheck.values import describe

MAX_ROWS = 100
_ICON = {"error": "❌", "warning": "⚠️", "info": "ℹ️"}
_INLINE = re.compile(r"([\\`*_\[\]~|])")
# GitHub links `@name` and `https://...` in the rendered text, after Markdown escapes are
# gone: a zero-width joiner after `@`, `:` or `www` leaves nothing to link.
_LIVE = re.compile(r"(@|:(?=//)|www(?=\.))", re.I)
_ZWJ = "\u200d"


def cell(text: str) -> str:
    """Text safe inside a table cell or a list item: one line, no control characters,
    Markdown syntax escaped, no stray HTML, no live mention or link."""
    text = _INLINE.sub(r"\\\1", printable(" ".join(text.split())))
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return _LIVE.sub(lambda m: m.group(0) + _ZWJ, text)


def code(text: str) -> str:
    """A code span that holds `text` whatever backticks it has: the fence is longer than
    any run of them inside (CommonMark), and pipes are escaped for tables."""
    text = printable(" ".join(text.split())).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _values(conflict: Conflict, claims: dict[str, Claim]) -> str:
    """`**89.5%** (a.md:3, b.md:7) · 78.4% (c.txt:2)`, the consensus in bold."""
    by_value: dict[str, list[str]] = defaultdict(list)
    for claim in evidence(conflict, claims):
        by_value[describe(claim)].append(f"{relpath(claim.source)}:{claim.line}")
    consensus = conflict.consensus.value if conflict.consensus else None
    parts = []
    for value, places in sorted(by_value.items(), key=lambda kv: (kv[0] != consensus, kv[0])):
        shown = f"**{cell(value)}**" if value == consensus else cell(value)
        parts.append(f"{shown} ({', '.join(cell(p) for p in sorted(places))})")
    if not parts:
        parts = [
            cell(v.value) + " (" + ", ".join(cell(s) for s in v.sources) + ")"
            for v in conflict.values
        ]
    return " · ".join(parts) or "-"


def _subject(conflict: Conflict) -> str:
    text = f"{conflict.model} / {conflict.benchmark}"
    if conflict.qualifiers:
        text += " [" + ", ".join(f"{k}={v}" for k, v in conflict.qualifiers.items()) + "]"
    return cell(text)


def _open_table(found: list[Conflict], claims: dict[str, Claim]) -> list[str]:
    table = rules()
    lines = [
        "| | Finding | Model / benchmark | Values (sources) | Outlier | Id |",
        "|---|---|---|---|---|---|",
    ]
    for k in found[:MAX_ROWS]:
        rule = table.get(k.kind)
        lines.append(
            f"| {_ICON[k.severity]} | {cell(rule.name if rule else k.kind)} | {_subject(k)} | "
            f"{_values(k, claims)} | {cell(', '.join(k.outliers)) or '-'} | {code(k.id)} |"
        )
    if len(found) > MAX_ROWS:
        lines.append(f"\n… and {len(found) - MAX_ROWS} more (see the full report).")
    return lines


def _resolved_table(found: list[Conflict], claims: dict[str, Claim]) -> list[str]:
    lines = [
        "| Model / benchmark | Resolution | Values (sources) | Reason | Id |",
        "|---|---|---|---|---|",
    ]
    for k in found[:MAX_ROWS]:
        r = k.resolution
        if r is None:
            what, reason = "resolved", ""
        else:
            what = describe_resolution(r)
            who = ", ".join(x for x in (r.by, r.date) if x)
            reason = r.reason + (f" ({who})" if who else "")
        values = _values(k, claims)
        lines.append(f"| {_subject(k)} | {cell(what)} | {values} | {cell(reason)} | {code(k.id)} |")
    if len(found) > MAX_ROWS:
        lines.append(f"\n… and {len(found) - MAX_ROWS} more.")
    return lines


def render(report: Report) -> str:
    claims = {c.id: c for c in report.claims}
    s = report.summary
    counts = s.conflicts
    status = "❌" if counts["error"] else ("⚠️" if counts["warning"] else "✅")
    out = [
        f"## {status} claimcheck: {_plural(counts['error'], 'error')}, "
        f"{_plural(counts['warning'], 'warning')}, {counts['info']} info, {s.resolved} resolved",
        "",
        f"{_plural(s.sources, 'source')}, {_plural(s.claims, 'claim')}"
        + (f", {_plural(s.skipped, 'file')} skipped" if s.skipped else "")
        + (
            f", {_plural(ignored, 'claim')} left out by in-article markers"
            if (ignored := sum(c.ignored for c in report.claims))
            else ""
        )
        + ".",
    ]
    open_main = [k for k in report.conflicts if k.status == "open" and k.severity != "info"]
    if open_main:
        out += ["", "### Errors and warnings", "", *_open_table(open_main, claims)]
    resolved = [k for k in report.conflicts if k.status == "resolved"]
    if resolved:
        out += ["", "### Resolved", "", *_resolved_table(resolved, claims)]
    info = [k for k in report.conflicts if k.status == "open" and k.severity == "info"]
    if info:
        out += [
            "",
            f"<details><summary>Info ({len(info)})</summary>",
            "",
            *[f"- {code(k.id)} {cell(k.message)}" for k in info[:MAX_ROWS]],
            "",
            "</details>",
        ]
    if report.skipped:
        out += ["", "### Skipped files", ""]
        out += [f"- {code(x.path)}: {cell(x.reason)}" for x in report.skipped[:MAX_ROWS]]
    out += [
        "",
        "### Sources",
        "",
        "| Source | Claims | Corroborated | Contradicted | Alone | Reliability |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for src in report.sources[:MAX_ROWS]:
        out.append(
            f"| {cell(relpath(src.path))} | {src.claims} | {src.corroborated} | "
            f"{src.contradicted} | {src.uncorroborated} | {src.reliability:.2f} |"
        )
    if open_main:
        out += [
            "",
            "Resolve a finding after checking the primary source: "
            "`claimcheck resolve ID --accept VALUE --reason TEXT` (or `--dismiss --reason TEXT`).",
        ]
    return no_commands("\n".join(out) + "\n")
