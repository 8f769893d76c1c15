"""The gold file's entries and the report's claims and findings as the scorer reads them
(bench/scoring.py): names compared by `normalize` and the gold's aliases."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import PurePosixPath
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

VALUE_TOLERANCE = 0.051
FORBID_LINES = 3  # how far from its line a forbid entry still applies
WILDCARD = "*"
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}
TEXT_WIDTH = 100

_QUOTES = str.maketrans({"’": "'", "‘": "'", "‛": "'", "′": "'", "“": '"', "”": '"'})
_SEPARATORS = re.compile(r"[\s\-_‐‑‒–—−]+")


def normalize(name: str) -> str:
    """Casefold, straighten curly quotes, drop whitespace, hyphens and underscores.

    Dots stay: "GPT-5.4" and "GPT-54" are different names.
    """
    text = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold()
    return _SEPARATORS.sub("", text).rstrip(".")  # "Inst." is "Inst"


def _basename(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).name


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _fmt_ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _fmt_value(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else str(value)


def _truncate(text: str, width: int = TEXT_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class NameMatcher:
    """Alias-aware equality of model or benchmark names."""

    def __init__(self, aliases: Mapping[str, Iterable[str]] | None = None) -> None:
        self._canon: dict[str, set[str]] = {}
        for canonical, spellings in (aliases or {}).items():
            key = normalize(canonical)
            for spelling in [canonical, *spellings]:
                self._canon.setdefault(normalize(spelling), set()).add(key)

    def canonicals(self, name: str) -> set[str]:
        key = normalize(name)
        return {key} | self._canon.get(key, set())

    def same(self, gold_name: str, name: str) -> bool:
        """Whether `name` (from a report) matches `gold_name`, which may be "*"."""
        if gold_name.strip() == WILDCARD:
            return True
        return bool(self.canonicals(gold_name) & self.canonicals(name))


# --- gold entries -------------------------------------------------------------------------


class GoldEntry(BaseModel):
    """One must, may or forbid entry of a gold article."""

    model_config = ConfigDict(frozen=True)

    model: str
    benchmark: str
    values: tuple[float, ...]
    condition: tuple[str, ...] = ()
    shots: int | None = None  # the document states this many shots for the value
    metric: str | None = None  # the document names this metric ("cons@64", "percentile")
    line: int | None = None  # where the document states it

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> GoldEntry:
        values: list[float] = []
        if raw.get("value") is not None:
            values.append(float(raw["value"]))
        values.extend(float(v) for v in raw.get("values") or ())
        condition = raw.get("condition") or ()
        if isinstance(condition, str):
            condition = (condition,)
        return cls(
            model=str(raw.get("model", WILDCARD)),
            benchmark=str(raw.get("benchmark", WILDCARD)),
            values=tuple(values),
            condition=tuple(str(c) for c in condition),
            shots=None if raw.get("shots") is None else int(raw["shots"]),
            metric=None if raw.get("metric") in (None, "") else str(raw["metric"]),
            line=int(raw["line"]) if raw.get("line") else None,
        )

    def label(self) -> str:
        values = " | ".join(_fmt_value(v) for v in self.values) or "?"
        stated = [*self.condition]
        if self.shots is not None:
            stated.append(f"{self.shots}-shot")
        if self.metric:
            stated.append(self.metric)
        cond = f" [{', '.join(stated)}]" if stated else ""
        return f"{self.model} / {self.benchmark} = {values}{cond}"


class ConflictEntry(BaseModel):
    """One `conflicts.must` or `conflicts.must_not` entry."""

    model_config = ConfigDict(frozen=True)

    kind: str | None = None
    model: str = WILDCARD
    benchmark: str = WILDCARD
    min_severity: str = "info"
    note: str = ""
    sources: tuple[str, ...] = ()

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> ConflictEntry:
        severity = str(raw.get("min_severity") or "info")
        if severity not in SEVERITY_RANK:
            raise ValueError(f"unknown min_severity {severity!r} in gold conflict entry")
        return cls(
            kind=raw.get("kind"),
            model=str(raw.get("model", WILDCARD)),
            benchmark=str(raw.get("benchmark", WILDCARD)),
            min_severity=severity,
            note=str(raw.get("note", "")),
            sources=tuple(str(s) for s in raw.get("sources") or ()),
        )

    def label(self) -> str:
        kind = self.kind or "any kind"
        return f"{kind} {self.model} / {self.benchmark} >= {self.min_severity}"


# --- report references --------------------------------------------------------------------


class ClaimRef(BaseModel):
    """The parts of a report claim a developer needs to find it again."""

    id: str = ""
    source: str = ""
    line: int = 0
    model: str = ""
    benchmark: str = ""
    value: float = 0.0
    value_high: float | None = None
    unit: str = "%"
    metric: str = ""
    qualifiers: dict[str, str] = Field(default_factory=dict)
    text: str = ""
    ambiguous: bool = False
    ignored: bool = False

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> ClaimRef:
        qualifiers = raw.get("qualifiers") or {}
        return cls(
            id=str(raw.get("id", "")),
            source=str(raw.get("source", "")),
            line=int(raw.get("line") or 0),
            model=str(raw.get("model", "")),
            benchmark=str(raw.get("benchmark", "")),
            value=float(raw.get("value") or 0.0),
            value_high=None if raw.get("value_high") is None else float(raw["value_high"]),
            unit=str(raw.get("unit") or "%"),
            metric=str(raw.get("metric") or ""),
            qualifiers={str(k): str(v) for k, v in qualifiers.items()},
            text=str(raw.get("text", "")),
            ambiguous=bool(raw.get("ambiguous", False)),
            ignored=bool(raw.get("ignored", False)),
        )

    @property
    def is_rank(self) -> bool:
        return self.unit.casefold() == "rank" or self.qualifiers.get("kind", "") == "rank"

    def qualifier_text(self) -> str:
        quals = {**self.qualifiers, **({"metric": self.metric} if self.metric else {})}
        return json.dumps(quals, sort_keys=True, ensure_ascii=False).casefold()

    def label(self) -> str:
        value = _fmt_value(self.value)
        if self.value_high is not None:
            value += f"-{_fmt_value(self.value_high)}"
        unit = "" if self.unit in ("%", "") else f" {self.unit}"
        stated = {**self.qualifiers, **({"metric": self.metric} if self.metric else {})}
        quals = ", ".join(f"{k}={v}" for k, v in sorted(stated.items()))
        quals = f" [{quals}]" if quals else ""
        return f"L{self.line} {self.model} / {self.benchmark} = {value}{unit}{quals}"


class ConflictRef(BaseModel):
    id: str = ""
    kind: str = ""
    severity: str = "info"
    model: str = ""
    benchmark: str = ""
    status: str = "open"
    message: str = ""
    sources: frozenset[str] = frozenset()
    # The sources of each value: who agrees with whom.
    sides: tuple[frozenset[str], ...] = ()
    setting: str = ""

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> ConflictRef:
        return cls(
            setting=str((raw.get("qualifiers") or {}).get("setting", "")),
            sides=tuple(
                frozenset(_basename(str(source)) for source in value.get("sources") or ())
                for value in raw.get("values") or ()
            ),
            sources=frozenset(
                _basename(str(source))
                for value in raw.get("values") or ()
                for source in value.get("sources") or ()
            ),
            id=str(raw.get("id", "")),
            kind=str(raw.get("kind", "")),
            severity=str(raw.get("severity", "info")),
            model=str(raw.get("model", "")),
            benchmark=str(raw.get("benchmark", "")),
            status=str(raw.get("status", "open")),
            message=str(raw.get("message", "")),
        )

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def sets_apart(self, sources: frozenset[str]) -> bool:
        """Whether the conflict says these sources disagree: not all of them give one value
        (a group of five where two agree and a third differs does not pit the two)."""
        return len(sources) < 2 or not any(side >= sources for side in self.sides)

    def at_least(self, severity: str) -> bool:
        return SEVERITY_RANK.get(self.severity, 0) >= SEVERITY_RANK[severity]

    def label(self) -> str:
        return f"{self.severity} {self.kind} {self.model} / {self.benchmark} ({self.id})"
