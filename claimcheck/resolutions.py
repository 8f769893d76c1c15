"""`claims/resolutions.toml`: the decisions people took on findings, and applying them.

The file is written by people and by `claimcheck resolve`, reviewed like code, and never
rewritten: `resolve` appends one `[[resolution]]` table (atomically, under a lock, comments
and all existing bytes kept: `resolutions_write`). A table says:

    [[resolution]]
    conflict = "cont-3f1c2a9b7d"      # the finding's id (stable across scans)
    action = "accept"                 # or "dismiss"
    value = "89.5"                    # accept only: the right value, as written
    reason = "The model card says 89.5%."
    known = [                         # optional: the claims the decision was taken on
      { source = "articles/c.txt", value = "78.4%" },
    ]

How a resolution applies, after reconciling:

- `accept`: the value is the reference for the finding's (model, benchmark, condition).
  Claims that agree with it (by `values.agree`, at the precision written in the resolution)
  are fine; so are the disagreeing claims listed in `known` (a source and the value it gave,
  as they stood when the decision was taken). Any other claim that disagrees keeps or creates
  an open contradiction "against the accepted value": a new article with another value fails
  the build again.
- `dismiss`: the finding is not a real conflict. With `known`, a claim giving a value that no
  known claim gave reopens it; without `known` the dismissal covers whatever the sources say.
- A resolution whose finding no longer exists is reported as `stale` (info).
- The last resolution of an id in the file wins; earlier ones are superseded, not stale.

Sources in `known` are relative to the folder that holds `claims/` (the project root), so a
resolution keeps matching whatever folder the scan runs from.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.config import _HEADER, ConfigError, _split_dotted, decode_error, key_line
from claimcheck.records import (
    SEVERITY_RANK,
    Claim,
    Conflict,
    Consensus,
    Report,
    Resolution,
    Summary,
    ValueSources,
    stable_id,
)
from claimcheck.values import agree, describe, fmt

RESOLUTIONS_FILE = "resolutions.toml"
TABLE = "resolution"
NEW_FILE_HEADER = (
    "# claimcheck resolutions: one [[resolution]] table per decision on a finding.\n"
    "# `claimcheck resolve ID --accept VALUE --reason TEXT` (or --dismiss) appends here;\n"
    "# tables may be written by hand too. claimcheck never rewrites this file.\n"
)

_KEYS = ("conflict", "action", "value", "reason", "by", "date", "model", "benchmark", "known")
_VALUE = re.compile(r"^\s*([+-]?\d+(?:\.(\d+))?)\s*%?\s*$")
_STALE = re.compile(r"^(?P<file>.+?):(?P<line>\d+): the resolution of ")


class ResolutionError(ConfigError):
    """A resolutions file that cannot be used: `file:line: what is wrong`."""


@dataclass(slots=True, frozen=True)
class Known:
    source: str  # relative to the project root, posix
    value: str  # as `values.describe` writes it: "78.4%"


@dataclass(slots=True)
class Entry:
    """One `[[resolution]]` table, checked."""

    resolution: Resolution
    line: int  # of its `[[resolution]]` header
    decimals: int  # digits after the point in the accepted value
    known: tuple[Known, ...] | None
    model: str | None = None
    benchmark: str | None = None

    @property
    def conflict(self) -> str:
        return self.resolution.conflict

    @property
    def value_text(self) -> str:
        value = self.resolution.value
        return fmt(value, self.decimals) if value is not None else ""


MAX_DIGITS = 15  # what a float holds exactly; no score is written with more


def value_problem(text: str, unit: str | None) -> str | None:
    """Why `text` cannot be an accepted value for a finding in `unit` (None: it can)."""
    parsed = parse_value(text)
    if parsed is None:
        return "not a number such as 89.5"
    value, _ = parsed
    if sum(ch.isdigit() for ch in text) > MAX_DIGITS:
        return f"more than {MAX_DIGITS} digits: no score is written so"
    if value < 0:
        return "a score is not negative"
    if unit == "%" and value > 100:
        return "over 100%, and the finding's values are percentages"
    return None


def parse_value(text: str) -> tuple[float, int] | None:
    """ "89.5", "89.50%", "90" -> (value, decimals written); None when it is not a number."""
    m = _VALUE.match(text)
    if not m:
        return None
    return float(m.group(1)), len(m.group(2) or "")


# ---------------------------------------------------------------------------------------
# Reading


MAX_BYTES = 64 * 1024 * 1024  # some 100,000 tables: a baseline of thousands fits


def read_text(path: Path) -> str:
    """The file's text exactly as stored ("" when there is no file)."""
    from claimcheck.ledger import FileCheckError, regular_file

    try:
        regular_file(path, "resolutions file", MAX_BYTES)
    except FileCheckError as exc:
        error = ResolutionError(path, 1, str(exc).removeprefix(f"{path}: "))
        error.args = (str(exc),)  # no line: a FIFO has none, nor does a file not read
        raise error from None
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return ""
    except OSError as exc:
        raise ResolutionError(path, 1, f"cannot read: {exc.strerror}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ResolutionError(path, raw[: exc.start].count(b"\n") + 1, "not UTF-8 text") from None


def load(path: Path) -> list[Entry]:
    """Every resolution in `path`, in file order; [] when there is no file."""
    return parse(path, read_text(path))


def parse(path: Path, text: str) -> list[Entry]:
    try:
        data = tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        err = decode_error(path, text, exc)
        raise ResolutionError(path, err.line, err.what) from None
    for key in data:
        if key != TABLE:
            raise ResolutionError(
                path,
                key_line(text, (), key),
                f"unknown key `{key}`: the file holds only [[{TABLE}]] tables",
            )
    tables = data.get(TABLE, [])
    if not isinstance(tables, list):
        raise ResolutionError(
            path, key_line(text, (), TABLE), f"`{TABLE}` must be written [[{TABLE}]]"
        )
    headers = _headers(text)
    if len(headers) != len(tables):  # a layout the line scan misreads: ask key_line
        headers = [key_line(text, (TABLE,), None, i) for i in range(len(tables))]
    return [_entry(path, text, i, raw, headers[i]) for i, raw in enumerate(tables)]


def _headers(text: str) -> list[int]:
    """The line of every `[[resolution]]` header, in one pass (key_line per table made
    reading a baseline of thousands of tables quadratic)."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        m = _HEADER.match(line)
        if m and m.group(1) == "[[" and _split_dotted(m.group(2)) == (TABLE,):
            out.append(number)
    return out


def _entry(path: Path, text: str, index: int, raw: Any, header: int) -> Entry:

    def fail(key: str | None, what: str) -> ResolutionError:
        line = key_line(text, (TABLE,), key, index) if key else header
        return ResolutionError(path, line, what)

    if not isinstance(raw, dict):
        raise fail(None, f"[[{TABLE}]] entry {index + 1} must be a table")
    for key in raw:
        if key not in _KEYS:
            raise fail(key, f"unknown key `{key}`; known keys: {', '.join(_KEYS)}")
    for key in ("conflict", "action", "reason"):
        if key not in raw:
            raise fail(None, f"[[{TABLE}]] needs `{key}`")
    for key in ("conflict", "action", "reason", "by", "model", "benchmark"):
        if key in raw and not isinstance(raw[key], str):
            raise fail(key, f"`{key}` must be a string")
    if not raw["conflict"].strip():
        raise fail("conflict", '`conflict` must be a finding id, e.g. "cont-3f1c2a9b7d"')
    if not raw["reason"].strip():
        raise fail("reason", "`reason` must say why (it is what a reviewer reads)")
    action = raw["action"]
    if action not in ("accept", "dismiss"):
        raise fail("action", f'`action` must be "accept" or "dismiss", not {action!r}')
    value: float | None = None
    decimals = 0
    if action == "accept":
        if "value" not in raw:
            raise fail(None, "an `accept` resolution needs `value` (the right value)")
        parsed = _value(raw["value"])
        if parsed is None:
            raise fail("value", f'`value` must be a number such as "89.5", not {raw["value"]!r}')
        value, decimals = parsed
    elif "value" in raw:
        raise fail("value", "a `dismiss` resolution takes no `value`")
    date = raw.get("date")
    if date is not None and not isinstance(date, str | dt.date):
        raise fail("date", "`date` must be a date (2025-01-31) or a string")
    known = None
    if "known" in raw:
        known = _known(raw["known"])
        if known is None:
            raise fail(
                "known",
                '`known` must be a list of { source = "...", value = "..." } tables',
            )
    resolution = Resolution(
        conflict=raw["conflict"].strip(),
        action=action,
        value=value,
        reason=raw["reason"].strip(),
        by=raw.get("by"),
        date=str(date) if date is not None else None,
    )
    return Entry(resolution, header, decimals, known, raw.get("model"), raw.get("benchmark"))


def _value(raw: Any) -> tuple[float, int] | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, float) and not math.isfinite(raw):
        return None  # TOML reads nan and inf
    if isinstance(raw, int | float):
        text = repr(float(raw)) if isinstance(raw, float) else str(raw)
        decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
        return float(raw), 0 if text.endswith(".0") else decimals
    if isinstance(raw, str):
        return parse_value(raw)
    return None


def _known(raw: Any) -> tuple[Known, ...] | None:
    if not isinstance(raw, list):
        return None
    out = []
    for item in raw:
        if not isinstance(item, dict) or set(item) != {"source", "value"}:
            return None
        if not all(isinstance(v, str) for v in item.values()):
            return None
        out.append(Known(item["source"], item["value"]))
    return tuple(out)


# ---------------------------------------------------------------------------------------
# Applying


def source_key(source: str, root: Path) -> str:
    """A claim's source as `known` lists it: relative to the project root, posix."""
    p = Path(source)
    if not p.is_absolute():
        p = Path.cwd() / p
    try:
        return p.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return p.resolve().as_posix()


def _synthetic(entry: Entry, like: Claim) -> Claim:
    assert entry.resolution.value is not None
    return Claim(
        id="resolution",
        model=like.model,
        benchmark=like.benchmark,
        value=entry.resolution.value,
        unit=like.unit,
        decimals=entry.decimals,
        source="",
        line=0,
        column=0,
        text="",
        model_mention="",
        benchmark_mention="",
    )


def _live(claims: Iterable[Claim]) -> list[Claim]:
    return [c for c in claims if not c.ambiguous and not c.ignored]


def _cond(claim: Claim) -> tuple[tuple[str, str], ...]:
    from claimcheck.reconcile import cond_of  # reconcile imports this module

    return cond_of(claim)


@dataclass(slots=True)
class _Verdict:
    fine: list[Claim]
    new: list[Claim]  # claims the resolution does not cover


def _judge(entry: Entry, claims: list[Claim], root: Path) -> _Verdict:
    known = entry.known
    keys = {id(c): Known(source_key(c.source, root), describe(c)) for c in claims}
    if entry.resolution.action == "accept":
        fine, new = [], []
        for c in claims:
            ok = agree(c, _synthetic(entry, c)) or (known is not None and keys[id(c)] in known)
            (fine if ok else new).append(c)
        return _Verdict(fine, new)
    if known is None:
        return _Verdict(list(claims), [])
    known_values = {k.value for k in known}
    anchors = [c for c in claims if describe(c) in known_values]
    fine, new = [], []
    for c in claims:
        ok = describe(c) in known_values or any(agree(c, a) for a in anchors)
        (fine if ok else new).append(c)
    return _Verdict(fine, new)


def _groups(claims: list[Claim]) -> list[ValueSources]:
    from claimcheck.reconcile import clusters

    ranked = sorted(clusters(claims), key=lambda g: (-len(g.sources), g.head.value))
    return [ValueSources(value=describe(g.head), sources=g.sources) for g in ranked]


def _where(claims: Sequence[Claim]) -> str:
    by_value: dict[str, list[str]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: (c.source, c.line)):
        by_value[describe(c)].append(f"{c.source}:{c.line}")
    return "; ".join(f"{v} in {', '.join(places)}" for v, places in by_value.items())


def _reopened(conflict: Conflict, entry: Entry, verdict: _Verdict, origin: str) -> Conflict:
    r = entry.resolution
    when = f" on {r.date}" if r.date else ""
    at = f"{origin}:{entry.line}"
    claims = verdict.fine + verdict.new
    if r.action == "accept":
        unit = "%" if claims and claims[0].unit == "%" else ""
        accepted = f"{entry.value_text}{unit}"
        agreeing = sorted({c.source for c in verdict.fine if c.source})
        message = (
            f"{conflict.model} / {conflict.benchmark}: {_where(verdict.new)} disagrees with the "
            f"accepted value {accepted} ({at}, accepted{when}: {r.reason.rstrip('.')})."
        )
        consensus = Consensus(value=accepted, sources=agreeing)
        rule = "contradiction: a value that disagrees with the value accepted in a resolution"
    else:
        message = (
            f"{conflict.model} / {conflict.benchmark}: {_where(verdict.new)} is new since the "
            f"finding was dismissed ({at}{when}: {r.reason.rstrip('.')})."
        )
        consensus = conflict.consensus
        rule = conflict.rule or "a value that is new since the finding was dismissed"
    return conflict.model_copy(
        update={
            "status": "open",
            "resolution": None,
            "consensus": consensus,
            "outliers": sorted({c.source for c in verdict.new}),
            "message": message,
            "rule": rule,
        }
    )


def _stale(entry: Entry, origin: str) -> Conflict:
    r = entry.resolution
    what = f"accept {entry.value_text}" if r.action == "accept" else "dismiss"
    return Conflict(
        id=stable_id("stal", "stale", r.conflict),
        kind="stale",
        severity="info",
        model=entry.model or "-",
        benchmark=entry.benchmark or "-",
        claims=[],
        message=(
            f"{origin}:{entry.line}: the resolution of {r.conflict} ({what}) matches no finding "
            "in this scan: the sources were corrected or removed, or the scan did not cover "
            "them. Delete the table when it is no longer needed."
        ),
        rule="stale: a resolution whose finding no longer exists",
        resolution=r,
    )


def stale_location(conflict: Conflict) -> tuple[str, int] | None:
    """Where the resolution behind a `stale` finding is written: (file, line)."""
    if conflict.kind != "stale":
        return None
    m = _STALE.match(conflict.message)
    return (m.group("file"), int(m.group("line"))) if m else None


def latest(entries: Iterable[Entry]) -> dict[str, Entry]:
    """The resolution in force for each id: the last one written."""
    out: dict[str, Entry] = {}
    for e in entries:
        out[e.conflict] = e
    return out


def apply(report: Report, entries: Sequence[Entry], origin: Path | str, root: Path) -> Report:
    """The report with every resolution applied: findings resolved, reopened or created, and
    stale resolutions reported. `origin` names the file in messages; `root` is the folder
    that `known` sources are relative to."""
    from claimcheck.reconcile import conflict_id

    if not entries:
        return report
    origin = Path(origin).as_posix()
    in_force = latest(entries)
    live = _live(report.claims)
    by_id = {c.id: c for c in live}
    conflicts: list[Conflict] = []
    used: set[str] = set()
    for conflict in report.conflicts:
        entry = in_force.get(conflict.id)
        if entry is None:
            conflicts.append(conflict)
            continue
        used.add(conflict.id)
        claims = [by_id[i] for i in conflict.claims if i in by_id]
        verdict = _judge(entry, claims, root)
        if verdict.new:
            conflicts.append(_reopened(conflict, entry, verdict, origin))
            continue
        update: dict[str, Any] = {"status": "resolved", "resolution": entry.resolution}
        if entry.resolution.action == "accept" and claims:
            unit = "%" if claims[0].unit == "%" else ""
            right = [c for c in claims if agree(c, _synthetic(entry, c))]
            update["consensus"] = Consensus(
                value=f"{entry.value_text}{unit}", sources=sorted({c.source for c in right})
            )
            update["outliers"] = sorted({c.source for c in claims if c not in right})
        conflicts.append(conflict.model_copy(update=update))

    # Resolutions whose finding is gone: an accepted value still guards its key.
    # Their keys' ids, one per distinct key rather than per claim, and only when some
    # resolution has no finding (a warm `resolve` applies them twice).
    keys: dict[str, list[Claim]] = defaultdict(list)
    if any(cid not in used for cid in in_force):
        by_key: dict[tuple[str, str, str, tuple[tuple[str, str], ...]], list[Claim]]
        by_key = defaultdict(list)
        for c in live:
            by_key[(c.model, c.benchmark, c.unit, _cond(c))].append(c)
        for (model, benchmark, unit, cond), group in by_key.items():
            keys[conflict_id("contradiction", model, benchmark, unit, cond)].extend(group)
    for cid, entry in in_force.items():
        if cid in used:
            continue
        group = keys.get(cid, [])
        if entry.resolution.action == "accept" and group:
            verdict = _judge(entry, group, root)
            if verdict.new:
                first = group[0]
                shell = Conflict(
                    id=cid,
                    kind="contradiction",
                    severity="error",
                    model=first.model,
                    benchmark=first.benchmark,
                    qualifiers=dict(_cond(first)),
                    claims=sorted(c.id for c in group),
                    values=_groups(group),
                    message="",
                )
                conflicts.append(_reopened(shell, entry, verdict, origin))
                continue
        conflicts.append(_stale(entry, origin))
    conflicts.sort(key=lambda k: (-SEVERITY_RANK[k.severity], k.kind, k.model, k.benchmark, k.id))
    return report.model_copy(
        update={"conflicts": conflicts, "summary": _summary(report, conflicts)}
    )


def summary_of(report: Report, conflicts: list[Conflict]) -> Summary:
    """The report's summary, counted again over `conflicts`."""
    return _summary(report, conflicts)


def _summary(report: Report, conflicts: list[Conflict]) -> Summary:
    counts = {"error": 0, "warning": 0, "info": 0}
    resolved = 0
    for k in conflicts:
        if k.status == "open":
            counts[k.severity] += 1
        else:
            resolved += 1
    return report.summary.model_copy(update={"conflicts": counts, "resolved": resolved})


def find_conflict(report: Report, conflict: str) -> Conflict | None:
    for k in report.conflicts:
        if k.id == conflict:
            return k
    return None


def known_for(
    conflict: Conflict,
    claims: Sequence[Claim],
    root: Path,
    accepted: tuple[float, int] | None,
) -> list[Known]:
    """What `resolve` records as `known`: for an acceptance the claims that disagree with the
    accepted value, for a dismissal every claim of the finding."""
    by_id = {c.id: c for c in _live(claims)}
    chosen = [by_id[i] for i in conflict.claims if i in by_id]
    if accepted is not None:
        value, decimals = accepted
        probe = Entry(
            Resolution(conflict=conflict.id, action="accept", value=value, reason="-"),
            0,
            decimals,
            (),
        )
        chosen = [c for c in chosen if not agree(c, _synthetic(probe, c))]
    return sorted(
        {Known(source_key(c.source, root), describe(c)) for c in chosen},
        key=lambda k: (k.source, k.value),
    )


def agreeing(conflict: Conflict, claims: Sequence[Claim], value: float, decimals: int) -> int:
    """How many of the finding's claims agree with `value`."""
    by_id = {c.id: c for c in _live(claims)}
    chosen = [by_id[i] for i in conflict.claims if i in by_id]
    probe = Entry(
        Resolution(conflict=conflict.id, action="accept", value=value, reason="-"), 0, decimals, ()
    )
    return sum(agree(c, _synthetic(probe, c)) for c in chosen)


def today() -> str:
    return dt.date.today().isoformat()
