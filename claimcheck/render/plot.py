"""The strip plot of one finding, as inline SVG: a dot per claim on the value axis.

Each stated condition is its own row; within a row each claim has its own lane, so two
sources giving the same value are two dots, each labelled with its source and file:line.
The consensus band spans what the consensus value allows at its written precision; the
outlier dots are red and ringed; a resolution's accepted value is a dashed line. Every
piece of text goes through html.escape: names and paths come from the articles.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from html import escape
from pathlib import PurePath

from claimcheck.records import Claim, Conflict
from claimcheck.render.claims import outlier_ids, setting
from claimcheck.values import describe, fmt, interval

WIDTH = 640
PAD = 18  # left and right of the axis, in viewBox units
LANE = 22
ROW_HEAD = 20
AXIS = 34
_CHAR = 7.0  # width of a label character at 13px, roughly: to keep labels inside


def _ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    span = hi - lo
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    first = math.ceil(lo / step) * step
    out = []
    tick = first
    while tick <= hi + 1e-9:
        out.append(round(tick, 10))
        tick += step
    return out


def _domain(claims: list[Claim], extra: list[float]) -> tuple[float, float]:
    values = [c.value for c in claims] + [c.value_high for c in claims if c.value_high] + extra
    lo, hi = min(values), max(values)
    span = hi - lo or max(1.0, abs(hi) * 0.05)
    return lo - span * 0.12, hi + span * 0.12


def _label(claim: Claim) -> str:
    return f"{describe(claim)} · {PurePath(claim.source).name}:{claim.line}"


def strip_plot(conflict: Conflict, claims: dict[str, Claim]) -> str:
    """The SVG of the finding, or "" when it has no claims to draw (a stale marker)."""
    found = sorted(
        (claims[i] for i in conflict.claims if i in claims),
        key=lambda c: (setting(c), c.value, c.source, c.line),
    )
    if not found:
        return ""
    outliers = outlier_ids(conflict, claims)
    accepted = None
    if conflict.resolution and conflict.resolution.value is not None:
        accepted = conflict.resolution.value
    lo, hi = _domain(found, [accepted] if accepted is not None else [])

    def x(value: float) -> float:
        clipped = min(max(value, lo), hi)
        return PAD + (clipped - lo) / (hi - lo) * (WIDTH - 2 * PAD)

    rows: dict[str, list[Claim]] = defaultdict(list)
    for c in found:
        rows[setting(c)].append(c)
    heads = len(rows) > 1 or any(rows)
    # A resolution's label gets a line of its own on top, clear of the dots' labels.
    first = ROW_HEAD if accepted is not None else 0.0
    height = first + sum(len(r) * LANE + (ROW_HEAD if heads else 6) for r in rows.values()) + AXIS
    title = f"{conflict.model} / {conflict.benchmark}: values by source"
    parts = [
        f'<svg class="strip" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="{escape(title)}" data-finding="{escape(conflict.id)}">',
        f"<title>{escape(title)}</title>",
    ]
    consensus = conflict.consensus.value if conflict.consensus else None
    top = first
    for cond, members in rows.items():
        row_h = len(members) * LANE + (ROW_HEAD if heads else 6)
        parts.append(f'<g class="row" data-condition="{escape(cond)}">')
        if heads:
            parts.append(
                f'<text class="cond" x="{PAD}" y="{top + 14:.0f}">'
                f"{escape(cond or 'no stated condition')}</text>"
            )
        band = [c for c in members if consensus is not None and describe(c) == consensus]
        if band:
            a = min(interval(c)[0] for c in band)
            b = max(interval(c)[1] for c in band)
            x0, x1 = x(a), x(b)
            if x1 - x0 < 8:
                x0, x1 = (x0 + x1) / 2 - 4, (x0 + x1) / 2 + 4
            parts.append(
                f'<rect class="band" x="{x0:.1f}" y="{top + 2:.0f}" width="{x1 - x0:.1f}" '
                f'height="{row_h - 4:.0f}"><title>consensus {escape(consensus or "")}</title>'
                "</rect>"
            )
        y = top + (ROW_HEAD if heads else 6) + LANE / 2
        for c in members:
            cx = x(c.value)
            is_out = c.id in outliers
            cls = "dot outlier" if is_out else "dot"
            if c.approx == "range" and c.value_high is not None:
                parts.append(
                    f'<line class="range" x1="{cx:.1f}" x2="{x(c.value_high):.1f}" '
                    f'y1="{y:.0f}" y2="{y:.0f}"/>'
                )
            parts.append(
                f'<circle class="{cls}" cx="{cx:.1f}" cy="{y:.0f}" r="{7 if is_out else 5}" '
                f'data-value="{escape(fmt(c.value, c.decimals))}" '
                f'data-source="{escape(c.source)}" data-line="{c.line}">'
                f"<title>{escape(describe(c))} in {escape(c.source)}:{c.line}</title></circle>"
            )
            # Labels go to the side with more room; the outlier's says so in words too.
            text = _label(c) + (" · outlier" if is_out else "")
            need = 12 + len(text) * _CHAR
            left = cx + need > WIDTH and (cx - need >= 0 or cx > WIDTH / 2)
            tx = cx - 12 if left else cx + 12
            anchor = "end" if left else "start"
            parts.append(
                f'<text class="lbl{" out" if is_out else ""}" x="{tx:.1f}" y="{y + 4:.0f}" '
                f'text-anchor="{anchor}">{escape(text)}</text>'
            )
            y += LANE
        parts.append("</g>")
        top += row_h
    if accepted is not None:
        ax = x(accepted)
        anchor, tx = ("end", ax - 4) if ax > WIDTH / 2 else ("start", ax + 4)
        parts.append(
            f'<line class="accepted" x1="{ax:.1f}" x2="{ax:.1f}" y1="4" y2="{top:.0f}"/>'
            f'<text class="lbl acc" x="{tx:.1f}" y="14" text-anchor="{anchor}">'
            f"accepted {escape(fmt(accepted))}</text>"
        )
    parts.append(_axis(lo, hi, top, x, found[0].unit))
    parts.append("</svg>")
    return "".join(parts)


def _axis(lo: float, hi: float, top: float, x: Callable[[float], float], unit: str) -> str:
    y = top + 6
    out = [f'<g class="axis"><line x1="{PAD}" x2="{WIDTH - PAD}" y1="{y:.0f}" y2="{y:.0f}"/>']
    suffix = {"%": "%", "elo": "", "points": "", "tokens": ""}.get(unit, "")
    for tick in _ticks(lo, hi):
        tx = x(tick)
        out.append(
            f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="{y:.0f}" y2="{y + 5:.0f}"/>'
            f'<text x="{tx:.1f}" y="{y + 18:.0f}" text-anchor="middle">'
            f"{escape(fmt(tick))}{suffix}</text>"
        )
    out.append("</g>")
    return "".join(out)
