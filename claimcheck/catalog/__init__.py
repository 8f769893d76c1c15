"""The catalog: known models, benchmarks and the word lists that steer reading.

All of it is data (TOML files beside this module); users add their own files with the same
shape through `extra` paths (config `catalog = [...]`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(slots=True, frozen=True)
class Entry:
    name: str
    kind: str  # "model" | "benchmark"
    aliases: tuple[str, ...] = ()
    domain: str = ""
    unit: str = ""  # benchmarks: "%", "elo", "points"; "" when unknown
    org: str = ""
    # Benchmarks: how prose shortens the name ("GPQA" for GPQA Diamond) in a document that
    # names this edition and no other.
    bare: str = ""
    # Benchmarks: whether its standard prompt is a chain of thought (BBH): a value stated
    # "with CoT" states no condition.
    cot: bool = False
    # Benchmarks: the split or setup figures are on unless a source says otherwise ("val"
    # for MMMU, "w/o subs" for Video-MME): a value stated on it states no condition.
    default_settings: tuple[str, ...] = ()


@dataclass(slots=True)
class Catalog:
    models: list[Entry] = field(default_factory=list)
    benchmarks: list[Entry] = field(default_factory=list)
    lexicon: dict[str, Any] = field(default_factory=dict)

    def words(self, section: str, key: str) -> list[str]:
        return list(self.lexicon.get(section, {}).get(key, []))

    def benchmark(self, name: str) -> Entry | None:
        for entry in self.benchmarks:
            if entry.name == name:
                return entry
        return None


class CatalogError(ValueError):
    """A catalog file that cannot be read; the message names the file and what is wrong."""


def _entries(data: dict[str, Any], key: str, kind: str, origin: str) -> list[Entry]:
    out: list[Entry] = []
    for i, raw in enumerate(data.get(key, [])):
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            raise CatalogError(f"{origin}: [[{key}]] entry {i + 1} needs a string `name`")
        aliases = raw.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise CatalogError(f"{origin}: {raw['name']}: `aliases` must be a list of strings")
        unit = str(raw.get("unit", "%" if kind == "benchmark" else ""))
        out.append(
            Entry(
                name=raw["name"],
                kind=kind,
                aliases=tuple(aliases),
                domain=str(raw.get("domain", "")),
                unit=unit,
                org=str(raw.get("org", "")),
                bare=str(raw.get("bare", "")),
                cot=raw.get("cot") is True,
                default_settings=tuple(str(s).casefold() for s in raw.get("default_settings", [])),
            )
        )
    return out


def _merge_lexicon(into: dict[str, Any], extra: dict[str, Any]) -> None:
    for section, values in extra.items():
        if not isinstance(values, dict):
            continue
        target = into.setdefault(section, {})
        for key, value in values.items():
            if isinstance(value, list) and isinstance(target.get(key), list):
                target[key] = target[key] + [v for v in value if v not in target[key]]
            elif isinstance(value, dict) and isinstance(target.get(key), dict):
                target[key] = {**target[key], **value}
            else:
                target[key] = value


def _read_toml(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{origin}: {exc}") from exc


def _builtin_texts() -> Iterable[tuple[str, str]]:
    pkg = resources.files(__package__)
    for name in ("lexicon.toml", "models.toml", "benchmarks.toml"):
        yield f"claimcheck/catalog/{name}", (pkg / name).read_text(encoding="utf-8")


def build(extra: Sequence[Path] = ()) -> Catalog:
    """The built-in catalog plus the user's files; a later entry with a known name wins."""
    texts = list(_builtin_texts())
    for path in extra:
        try:
            texts.append((str(path), Path(path).read_text(encoding="utf-8")))
        except OSError as exc:
            raise CatalogError(f"{path}: cannot read catalog file: {exc.strerror}") from exc
    catalog = Catalog()
    models: dict[str, Entry] = {}
    benchmarks: dict[str, Entry] = {}
    for origin, text in texts:
        data = _read_toml(text, origin)
        for entry in _entries(data, "model", "model", origin):
            models[entry.name] = entry
        for entry in _entries(data, "benchmark", "benchmark", origin):
            benchmarks[entry.name] = entry
        _merge_lexicon(catalog.lexicon, {k: v for k, v in data.items() if isinstance(v, dict)})
    catalog.models = list(models.values())
    catalog.benchmarks = list(benchmarks.values())
    return catalog


@cache
def default() -> Catalog:
    return build()
