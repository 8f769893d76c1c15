"""`--format markdown`: a summary fit for a pull-request comment or a GitHub job summary.

Counts first, then a table of the open errors and warnings (values, sources and lines), the
resolved findings with their reasons, the info findings folded away, and the sources table.
Each open contradiction also gets a small table of value by source, its outlier in bold.
Tables are cut at MAX_ROWS rows, and on a big corpus at fewer, with as many contradiction
tables as fit, so the comment stays under GitHub's 65,536-character limit; it says so.
"""

from __future__ import annotations

import re
from collections import defaultdict

from claimcheck.records import Claim, Conflict, Report
from claimcheck.render.claims import outlier_ids
from claimcheck.render.safe import no_commands, printable
from claimcheck.render.sarif import describe_resolution, evidence, relpath, rules
from claimcheck.values import describe

MAX_ROWS = 100
LIMIT = 65_536  # GitHub's limit on a comment; counted in UTF-16 units, as a browser counts
_ROWS = (MAX_ROWS, 50, 20, 5, 0)  # tried in turn until the comment fits
_FLOOR = 20  # lists are cut this far to make room for every contradiction table, no further
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


def _open_table(found: list[Conflict], claims: dict[str, Claim], rows: int) -> list[str]:
    table = rules()
    lines = [
        "| | Finding | Model / benchmark | Values (sources) | Outlier | Id |",
        "|---|---|---|---|---|---|",
    ]
    for k in found[:rows]:
        rule = table.get(k.kind)
        lines.append(
            f"| {_ICON[k.severity]} | {cell(rule.name if rule else k.kind)} | {_subject(k)} | "
            f"{_values(k, claims)} | {cell(', '.join(k.outliers)) or '-'} | {code(k.id)} |"
        )
    if len(found) > rows:
        lines.append(f"\n… and {len(found) - rows} more (see the full report).")
    return lines


def _resolved_table(found: list[Conflict], claims: dict[str, Claim], rows: int) -> list[str]:
    lines = [
        "| Model / benchmark | Resolution | Values (sources) | Reason | Id |",
        "|---|---|---|---|---|",
    ]
    for k in found[:rows]:
        r = k.resolution
        if r is None:
            what, reason = "resolved", ""
        else:
            what = describe_resolution(r)
            who = ", ".join(x for x in (r.by, r.date) if x)
            reason = r.reason + (f" ({who})" if who else "")
        values = _values(k, claims)
        lines.append(f"| {_subject(k)} | {cell(what)} | {values} | {cell(reason)} | {code(k.id)} |")
    if len(found) > rows:
        lines.append(f"\n… and {len(found) - rows} more.")
    return lines


def _by_source(conflict: Conflict, claims: dict[str, Claim]) -> str:
    """One contradiction as a small table of value by source, the outlier's value in bold."""
    outliers = outlier_ids(conflict, claims)
    lines = [
        # The id is plain here: the findings table below holds it as a code span.
        f"**{_subject(conflict)}** (id {conflict.id})",
        "",
        "| Value | Source |",
        "|---:|---|",
    ]
    for claim in evidence(conflict, claims):
        value = cell(describe(claim))
        shown = f"**{value}** (outlier)" if claim.id in outliers else value
        lines.append(f"| {shown} | {cell(relpath(claim.source))}:{claim.line} |")
    if conflict.consensus:
        c = conflict.consensus
        lines += ["", f"Consensus {cell(c.value)} ({_plural(len(c.sources), 'source')})."]
    return "\n".join(lines) + "\n"


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def render(report: Report) -> str:
    for rows in _ROWS:
        text, every_table = _render(report, rows)
        if _units(text) <= LIMIT and (every_table or rows <= _FLOOR):
            return text
    # Only names or paths of absurd length get here: cut at a line, and say so.
    note = "\n… cut to stay under GitHub's 65,536-character comment limit.\n"
    while _units(text) > LIMIT - _units(note):
        end = max(0, len(text) - 1000)
        cut = text.rfind("\n", 0, end)
        text = text[: cut if cut > 0 else end]
    return text + note


def _render(report: Report, rows: int) -> tuple[str, bool]:
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
    head, out = out, []
    open_main = [k for k in report.conflicts if k.status == "open" and k.severity != "info"]
    if open_main:
        out += ["", "### Errors and warnings", "", *_open_table(open_main, claims, rows)]
    resolved = [k for k in report.conflicts if k.status == "resolved"]
    if resolved:
        out += ["", "### Resolved", "", *_resolved_table(resolved, claims, rows)]
    info = [k for k in report.conflicts if k.status == "open" and k.severity == "info"]
    if info:
        out += [
            "",
            f"<details><summary>Info ({len(info)})</summary>",
            "",
            *[f"- {code(k.id)} {cell(k.message)}" for k in info[:rows]],
            "",
            "</details>",
        ]
    if report.skipped:
        out += ["", "### Skipped files", ""]
        out += [f"- {code(x.path)}: {cell(x.reason)}" for x in report.skipped[:rows]]
    out += [
        "",
        "### Sources",
        "",
        "| Source | Claims | Corroborated | Contradicted | Alone | Reliability |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for src in report.sources[:rows]:
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
    if len(report.sources) > rows:
        out.append(f"\n… and {len(report.sources) - rows} more sources.")
    return _with_tables(report, claims, head, out, rows)


def _with_tables(
    report: Report, claims: dict[str, Claim], head: list[str], rest: list[str], rows: int
) -> tuple[str, bool]:
    """The summary with as many contradiction tables as fit under LIMIT, a note saying what
    was left out when anything was, and whether every table fitted."""
    found = [k for k in report.conflicts if k.status == "open" and k.kind == "contradiction"]
    longest = max((len(x) for x in (report.conflicts, report.sources, report.skipped)), default=0)
    fixed = "\n".join(head + rest) + "\n"
    budget = LIMIT - _units(fixed) - 600  # room for the heading and the note
    tables: list[str] = []
    for k in found:
        table = _by_source(k, claims)
        if _units(table) + 1 > budget:
            break
        tables.append(table)
        budget -= _units(table) + 1
    middle: list[str] = []
    # MAX_ROWS cuts any long list and says so in place; the note is for what the limit cut.
    if len(tables) < len(found) or (rows < MAX_ROWS and longest > rows):
        middle += [
            "",
            f"> Shortened to stay under GitHub's 65,536-character comment limit: "
            f"{len(tables)} of {len(found)} contradictions are shown as tables below, and lists "
            f"stop at {rows} rows with a count of the rest. "
            "`claimcheck scan --format html -o report.html` shows every finding.",
        ]
    if tables:
        middle += ["", "### Contradictions", "", "\n".join(tables).rstrip("\n")]
    return no_commands("\n".join(head + middle + rest) + "\n"), len(tables) == len(found)
