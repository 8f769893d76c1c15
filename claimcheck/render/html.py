"""`--format html`: one self-contained page for people deciding which source to trust.

Inline CSS, inline SVG and a few lines of inline script (report.css and report.js beside this
module); nothing is fetched at view time, and a Content-Security-Policy says so: the only
script that may run is ours, by its hash, so markup that slipped into article text could not
run even if escaping failed. Every piece of article text, path and name goes through
html.escape. The page reads with scripts off: the script only adds the filter box and
sorting to the claims table, which is there in full either way.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from functools import cache
from html import escape
from importlib import resources

from claimcheck import __version__
from claimcheck.records import Claim, Conflict, Report
from claimcheck.render.claims import condition, disputes, outlier_ids, setting
from claimcheck.render.plot import strip_plot
from claimcheck.values import describe

_KINDS = ("contradiction", "internal", "uncorroborated", "comparison", "condition", "stale")
_SEVERITIES = ("error", "warning", "info")
_QUOTE = 400  # characters of a quote shown under a plot


@cache
def _asset(name: str) -> str:
    return (resources.files("claimcheck.render") / name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _subject(k: Conflict) -> str:
    text = f"{k.model} / {k.benchmark}" if k.model or k.benchmark else k.kind
    if k.qualifiers:
        text += f" [{condition(k.qualifiers)}]"
    return escape(text)


def _gate(report: Report) -> str:
    errors = report.summary.conflicts.get("error", 0)
    if errors:
        return (
            f'<p class="gate fail">Gate: fails (exit 1 under the default --fail-on error): '
            f"{_plural(errors, 'open error')}.</p>"
        )
    return '<p class="gate pass">Gate: passes under the default --fail-on error.</p>'


def _summary(report: Report) -> str:
    s = report.summary
    pairs = len({(c.model, c.benchmark) for c in report.claims})
    counts: Counter[tuple[str, str]] = Counter()
    for k in report.conflicts:
        counts[(k.kind, k.severity if k.status == "open" else "resolved")] += 1
    rows = []
    for kind in _KINDS:
        cells = [counts[(kind, col)] for col in (*_SEVERITIES, "resolved")]
        if any(cells):
            rows.append(
                f"<tr><th>{kind}</th>" + "".join(f'<td class="n">{n}</td>' for n in cells) + "</tr>"
            )
    table = ""
    if rows:
        table = (
            '<div class="scroll"><table><thead><tr><th>finding</th><th class="n">error</th>'
            '<th class="n">warning</th><th class="n">info</th><th class="n">resolved</th>'
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
        )
    extra = []
    if s.skipped:
        extra.append(f"{_plural(s.skipped, 'file')} skipped")
    if s.ignored:
        extra.append(f"{_plural(s.ignored, 'claim')} left out by in-article markers")
    line = (
        f"{_plural(s.sources, 'source')}, {_plural(s.claims, 'claim')}, "
        f"{_plural(pairs, 'model/benchmark pair')}"
        + "".join(f", {e}" for e in extra)
        + f"; open: {s.conflicts.get('error', 0)} error, {s.conflicts.get('warning', 0)} "
        f"warning, {s.conflicts.get('info', 0)} info; {s.resolved} resolved."
    )
    return f'<section id="summary"><h2>Summary</h2>{_gate(report)}<p>{line}</p>{table}</section>'


def _quotes(k: Conflict, claims: dict[str, Claim]) -> str:
    found = sorted(
        (claims[i] for i in k.claims if i in claims),
        key=lambda c: (setting(c), c.value, c.source, c.line),
    )
    if not found:
        return ""
    outliers = outlier_ids(k, claims)
    items = []
    for c in found:
        quote = " ".join(c.text.split())
        if len(quote) > _QUOTE:
            quote = quote[: _QUOTE - 1] + "…"
        cond = f" ({escape(setting(c))})" if setting(c) else ""
        mark = ' class="out"' if c.id in outliers else ""
        note = " (outlier)" if c.id in outliers else ""
        items.append(
            f"<li><b{mark}>{escape(describe(c))}</b>{note}{cond} "
            f'<span class="id">{escape(c.source)}:{c.line}</span>'
            f"<blockquote>“{escape(quote)}”</blockquote></li>"
        )
    return f'<ol class="quotes">{"".join(items)}</ol>'


def _finding(k: Conflict, claims: dict[str, Claim]) -> str:
    resolved = k.status == "resolved"
    cls = f"finding {k.severity}" + (" resolved" if resolved else "")
    badges = f'<span class="badge sev">{escape(k.kind)}</span>'
    if resolved:
        badges += '<span class="badge res">resolved</span>'
    out = [
        f'<article class="{cls}" id="{escape(k.id)}" data-kind="{escape(k.kind)}" '
        f'data-status="{escape(k.status)}">',
        f'<h3>{badges}{_subject(k)} <span class="id">{escape(k.id)}</span></h3>',
    ]
    if k.resolution is not None:
        r = k.resolution
        what = (
            f"accepted {r.value:g}" if r.action == "accept" and r.value is not None else "dismissed"
        )
        who = ", ".join(escape(x) for x in (r.by, r.date) if x)
        out.append(
            f'<p class="resolution">Resolved: <b>{escape(what)}</b>: {escape(r.reason)}'
            + (f" ({who})" if who else "")
            + "</p>"
        )
    out.append(f'<p class="msg">{escape(k.message)}</p>')
    plot = strip_plot(k, claims)
    if plot:
        out.append(f'<div class="plot">{plot}</div>')
    out.append(_quotes(k, claims))
    out.append("</article>")
    return "".join(out)


def _findings(report: Report) -> str:
    claims = {c.id: c for c in report.claims}
    groups = [
        ("Errors", [k for k in report.conflicts if k.status == "open" and k.severity == "error"]),
        (
            "Warnings",
            [k for k in report.conflicts if k.status == "open" and k.severity == "warning"],
        ),
        ("Info", [k for k in report.conflicts if k.status == "open" and k.severity == "info"]),
        ("Resolved", [k for k in report.conflicts if k.status == "resolved"]),
    ]
    out = ['<section id="findings"><h2>Findings</h2>']
    if not report.conflicts:
        out.append("<p>No findings: the sources agree.</p>")
    for title, found in groups:
        if not found:
            continue
        body = "".join(_finding(k, claims) for k in found)
        if title == "Info":
            # Many and harmless: folded, so the errors stay on the first screens.
            out.append(f"<details><summary>Info ({len(found)})</summary>{body}</details>")
        else:
            out.append(f"<h3>{title} ({len(found)})</h3>{body}")
    out.append("</section>")
    return "".join(out)


_CHUNK = 500  # rows a table: Chromium lays out only the chunks near the screen
_COLS = (
    "<colgroup>"
    + "".join(f'<col class="{c}">' for c in ("cm", "cb", "cc", "cv", "cs", "cl"))
    + "</colgroup>"
)


def _claims_table(report: Report) -> str:
    """Every claim, in tables of _CHUNK rows under one header table: a single table of 40,000
    rows took Chromium 10 s to lay out; chunks with `content-visibility: auto` and fixed
    column widths open at once and line up as one table."""
    marked = disputes(report)
    rows = []
    for c in report.claims:
        if c.ignored:
            continue
        d = marked.get(c.id)
        cls = ' class="x"' if d is not None and d.conflict.status == "open" else ""
        # End tags of td and tr are optional in HTML: on 40,000 claims they are megabytes.
        rows.append(
            f"<tr{cls}><td>{escape(c.model)}<td>{escape(c.benchmark)}"
            f"<td>{escape(setting(c))}<td class=n>{escape(describe(c))}"
            f"<td>{escape(c.source)}<td class=n>{c.line}"
        )
    chunks = "".join(
        f'<div class="chunk"><table>{_COLS}<tbody>{"".join(rows[i : i + _CHUNK])}</tbody>'
        "</table></div>"
        for i in range(0, len(rows), _CHUNK)
    )
    return (
        '<section id="claims"><h2>Claims</h2>'
        f"<p>{_plural(len(rows), 'claim')}; rows marked ✗ belong to an open disagreement.</p>"
        '<p class="filter" hidden><label>Filter <input id="claims-filter" type="search" '
        'placeholder="model, benchmark, source…" autocomplete="off"></label> '
        f'<span id="claims-count" class="muted" aria-live="polite">{len(rows):,} claims</span>'
        "</p>"
        f'<div class="scroll" id="claims-table"><table class="head">{_COLS}<thead><tr>'
        '<th>model</th><th>benchmark</th><th>condition</th><th class="n">value</th>'
        f'<th>source</th><th class="n">line</th></tr></thead></table>{chunks}</div>'
        "</section>"
    )


def _sources(report: Report) -> str:
    rows = "".join(
        f'<tr><td>{escape(s.path)}</td><td class="n">{s.claims}</td>'
        f'<td class="n">{s.corroborated}</td><td class="n">{s.contradicted}</td>'
        f'<td class="n">{s.uncorroborated}</td><td class="n">{s.reliability:.2f}</td></tr>'
        for s in sorted(report.sources, key=lambda s: (s.reliability, s.path))
    )
    skipped = (
        "".join(f"<li>{escape(x.path)}: {escape(x.reason)}</li>" for x in report.skipped) or ""
    )
    notes = "".join(f"<li>{escape(n)}</li>" for n in report.notes)
    return (
        '<section id="sources"><h2>Sources, least reliable first</h2>'
        '<div class="scroll"><table id="sources-table"><thead><tr><th>source</th>'
        '<th class="n">claims</th><th class="n">corroborated</th><th class="n">contradicted</th>'
        '<th class="n">alone</th><th class="n">reliability</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
        + (f"<h3>Skipped files</h3><ul>{skipped}</ul>" if skipped else "")
        + (
            f"<details><summary>Notes ({len(report.notes)})</summary><ul>{notes}</ul></details>"
            if notes
            else ""
        )
        + "</section>"
    )


def render(report: Report) -> str:
    css, script = _asset("report.css"), _asset("report.js")
    csp = (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_csp_hash(script)}'; "
        "base-uri 'none'; form-action 'none'"
    )
    counts = report.summary.conflicts
    title = (
        f"claimcheck: {counts.get('error', 0)} error, {counts.get('warning', 0)} warning, "
        f"{_plural(report.summary.sources, 'source')}"
    )
    return "".join(
        [
            "<!doctype html>\n",
            '<html lang="en"><head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{escape(csp, quote=False)}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            f"<title>{escape(title)}</title><style>{css}</style></head><body><main>",
            f'<h1>claimcheck report</h1><p class="muted">claimcheck {escape(__version__)}</p>',
            '<nav><a href="#summary">Summary</a><a href="#findings">Findings</a>'
            '<a href="#claims">Claims</a><a href="#sources">Sources</a></nav>',
            _summary(report),
            _findings(report),
            _claims_table(report),
            _sources(report),
            f"</main><script>{script}</script></body></html>\n",
        ]
    )
