"""`--format json`: the Report as stable JSON (keys sorted, lists in a fixed order)."""

from __future__ import annotations

import json

from claimcheck.records import Report


def render(report: Report) -> str:
    return (
        json.dumps(report.model_dump(mode="json"), sort_keys=True, indent=2, ensure_ascii=False)
        + "\n"
    )
