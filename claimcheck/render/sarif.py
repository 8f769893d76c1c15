"""`--format sarif`: SARIF 2.1.0, as GitHub code scanning reads it.

One run; a rule per finding kind (from rules.toml beside this module); a result per finding
with the outlier claim as its location, the other claims as related locations and the
finding's stable id as `partialFingerprints`, so code scanning follows one finding across
scans. Resolved findings are kept with an external suppression carrying the reason.

The helpers here (rules, the primary claim of a finding, paths relative to the repository)
serve the github and markdown formats too.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from claimcheck import __version__
from claimcheck.records import Claim, Conflict, Report, Resolution
from claimcheck.render.safe import json_safe
from claimcheck.values import describe

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "claimcheckConflictId/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


@dataclass(slots=True, frozen=True)
class Rule:
    kind: str
    id: str
    name: str
    level: str
    short: str
    full: str
    help: str


@cache
def _data() -> dict[str, Any]:
    text = (resources.files("claimcheck.render") / "rules.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def rules() -> dict[str, Rule]:
    """Finding kind -> rule, in the order rules.toml lists them."""
    return {kind: Rule(kind=kind, id=kind, **raw) for kind, raw in _data()["rule"].items()}


def information_uri() -> str:
    """The project's home page from the installed metadata, else the one in rules.toml."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        meta = metadata("claimcheck-cli")
    except PackageNotFoundError:
        meta = None
    if meta is not None:
        for entry in meta.get_all("Project-URL") or []:
            label, _, url = entry.partition(",")
            if label.strip().lower() in ("homepage", "home", "repository", "source"):
                return url.strip()
        if meta.get("Home-page"):
            return str(meta["Home-page"])
    return str(_data()["tool"]["information_uri"])


def relpath(source: str) -> str:
    """A claim's source as a posix path relative to the current directory (the repository
    root in CI) when it is under it; otherwise absolute."""
    p = Path(source)
    absolute = p if p.is_absolute() else Path.cwd() / p
    try:
        return absolute.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return absolute.as_posix() if p.is_absolute() else PurePosixPath(p.as_posix()).as_posix()


def evidence(conflict: Conflict, claims: dict[str, Claim]) -> list[Claim]:
    """The finding's claims, the primary one first: an outlier's claim where there is an
    outlier (the claim the finding is about), otherwise the first by source and line."""
    found = sorted(
        (claims[i] for i in conflict.claims if i in claims),
        key=lambda c: (c.source, c.line, c.column),
    )
    outliers = set(conflict.outliers)
    consensus = set(conflict.consensus.sources) if conflict.consensus else set()
    found.sort(key=lambda c: (c.source not in outliers, c.source in consensus))
    return found


def describe_resolution(r: Resolution) -> str:
    if r.action == "accept" and r.value is not None:
        return f"accepted {r.value:g}"
    return "dismissed"


def _uri(path: str) -> dict[str, str]:
    if path.startswith("/"):
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(path, safe="/")}


def _location(
    path: str, line: int, column: int | None, message: str | None = None
) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(1, line)}
    if column:
        region["startColumn"] = max(1, column)
    out: dict[str, Any] = {"physicalLocation": {"artifactLocation": _uri(path), "region": region}}
    if message:
        out["message"] = {"text": message}
    return out


def _claim_location(claim: Claim, index: int | None = None) -> dict[str, Any]:
    text = f"{describe(claim)} in {relpath(claim.source)}: “{' '.join(claim.text.split())[:200]}”"
    loc = _location(relpath(claim.source), claim.line, claim.column, text)
    if index is not None:
        loc["id"] = index
    return loc


def _result(
    conflict: Conflict, claims: dict[str, Claim], rule_index: dict[str, int]
) -> dict[str, Any]:
    from claimcheck.resolutions import stale_location

    table = rules()
    rule = table.get(conflict.kind)
    result: dict[str, Any] = {
        "ruleId": rule.id if rule else conflict.kind,
        "level": LEVELS[conflict.severity],
        "message": {"text": conflict.message},
        "partialFingerprints": {FINGERPRINT: conflict.id},
        "properties": {
            "conflictId": conflict.id,
            "kind": conflict.kind,
            "model": conflict.model,
            "benchmark": conflict.benchmark,
            "values": {v.value: v.sources for v in conflict.values},
        },
    }
    if conflict.kind in rule_index:
        result["ruleIndex"] = rule_index[conflict.kind]
    ordered = evidence(conflict, claims)
    if ordered:
        result["locations"] = [_claim_location(ordered[0])]
        if len(ordered) > 1:
            result["relatedLocations"] = [
                _claim_location(c, i) for i, c in enumerate(ordered[1:], 1)
            ]
    else:
        where = stale_location(conflict)
        if where:
            result["locations"] = [_location(relpath(where[0]), where[1], 1)]
    if conflict.status == "resolved" and conflict.resolution:
        r = conflict.resolution
        result["suppressions"] = [
            {
                "kind": "external",
                "status": "accepted",
                "justification": f"{describe_resolution(r)}: {r.reason}",
            }
        ]
    return result


def document(report: Report) -> dict[str, Any]:
    table = rules()
    rule_index = {kind: i for i, kind in enumerate(table)}
    claims = {c.id: c for c in report.claims}
    driver = {
        "name": str(_data()["tool"]["name"]),
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": information_uri(),
        "rules": [
            {
                "id": r.id,
                "name": r.name,
                "shortDescription": {"text": r.short},
                "fullDescription": {"text": r.full},
                "help": {"text": r.help},
                "defaultConfiguration": {"level": r.level},
                "properties": {"kind": r.kind},
            }
            for r in table.values()
        ],
    }
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "results": [_result(k, claims, rule_index) for k in report.conflicts],
            }
        ],
    }


def render(report: Report) -> str:
    text = json.dumps(document(report), indent=2, ensure_ascii=False, allow_nan=False)
    return json_safe(text) + "\n"
