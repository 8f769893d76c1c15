"""When two written values can both be true: precision, approximations, bounds and ranges."""

from __future__ import annotations

from claimcheck.records import Claim

# "roughly 90%" covers what a reader would round to 90: a point either side, or 2%.
_ABOUT_ABS = 1.0
_ABOUT_REL = 0.02


def _half_step(decimals: int) -> float:
    return 0.5 * 10.0 ** (-decimals) + 1e-9


def interval(claim: Claim) -> tuple[float, float]:
    """The values the claim allows, as a closed interval."""
    v = claim.value
    step = _half_step(claim.decimals)
    if claim.approx == "range" and claim.value_high is not None:
        return v - step, claim.value_high + step
    if claim.approx == "about":
        slack = max(_ABOUT_ABS, abs(v) * _ABOUT_REL)
        return v - slack, v + slack
    if claim.approx == "at_least":
        return v - step, float("inf")
    if claim.approx == "at_most":
        return float("-inf"), v + step
    return v - step, v + step


def agree(a: Claim, b: Claim) -> bool:
    """True when both claims can hold: 89.5 and 89.50 agree, 42.8 and 48.2 do not."""
    if a.approx == "exact" and b.approx == "exact":
        # The less precise of the two may have rounded the other (90 covers 89.5), and
        # model cards round figures that were already rounded ("66.0" for 65.93, "10" for a
        # 9.6 that was itself 9.55): one step of the coarser precision. A gate that cries
        # wolf over re-rounding is switched off.
        return abs(a.value - b.value) <= 2 * max(_half_step(a.decimals), _half_step(b.decimals))
    lo_a, hi_a = interval(a)
    lo_b, hi_b = interval(b)
    return lo_a <= hi_b and lo_b <= hi_a


def fmt(value: float, decimals: int | None = None) -> str:
    """The canonical text of a value: 89.5, 2029, 5.8e+07 stays readable as 58000000."""
    if decimals is not None and decimals > 0:
        return f"{value:.{decimals}f}"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:g}"


def describe(claim: Claim) -> str:
    text = fmt(claim.value, claim.decimals)
    if claim.approx == "range" and claim.value_high is not None:
        text = f"{text}-{fmt(claim.value_high)}"
    prefix = {"about": "~", "at_least": "≥", "at_most": "≤"}.get(claim.approx, "")
    unit = {"%": "%", "elo": " Elo", "points": "", "tokens": " tokens"}.get(claim.unit, "")
    return f"{prefix}{text}{unit}"
