"""Project configuration: `[tool.claimcheck]` in pyproject.toml, or a `claimcheck.toml`.

The file is found by searching upward from the current folder (`claimcheck.project` decides
which one applies: never one inside a scanned folder), as ruff does; in each folder
`claimcheck.toml` comes before `.claimcheck.toml` and `pyproject.toml`, and a pyproject.toml
without a `[tool.claimcheck]` table is passed over. Paths in the file are relative to the
file's folder. Command-line flags win over the file.

A file that cannot be used is an error with the file, the line and what is wrong; claimcheck
never writes to it.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONFIG_FILES = ("claimcheck.toml", ".claimcheck.toml", "pyproject.toml")
SECTION = ("tool", "claimcheck")
FAIL_ON = ("error", "warning", "info", "never")
FORMATS = ("text", "concise", "json", "sarif", "github", "markdown")
KINDS = ("contradiction", "uncorroborated", "condition", "internal", "comparison", "stale")

# key -> (what it must be, allowed values or None)
_KEYS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "paths": ("list", None),
    "exclude": ("list", None),
    "fail-on": ("str", FAIL_ON),
    "claims": ("str", None),
    "catalog": ("list", None),
    "format": ("str", FORMATS),
    "ignore": ("kinds", KINDS),
    "per-file-ignores": ("globs", KINDS),
    "claims-outside-project": ("bool", None),
}


class ConfigError(ValueError):
    """`file:line: what is wrong`, ready to print."""

    def __init__(self, path: Path | str, line: int, what: str) -> None:
        path = _display(Path(path))
        self.path = path
        self.line = line
        self.what = what
        super().__init__(f"{path}:{line}: {what}")


def _display(path: Path) -> str:
    """Relative to the current folder when under it, so messages stay short."""
    if path.is_absolute():
        try:
            return path.relative_to(Path.cwd()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


@dataclass(slots=True)
class Config:
    """What the file says; `None` where it says nothing. Paths are as usable from the
    current directory (relative where they can be, so reports stay short)."""

    file: Path | None = None
    paths: list[Path] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    fail_on: str | None = None
    claims: Path | None = None
    catalog: list[Path] = field(default_factory=list)
    format: str | None = None
    ignore: list[str] = field(default_factory=list)  # finding kinds never reported
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)  # glob -> kinds
    claims_outside_project: bool = False  # the `claims` folder may lie outside the project


# ---------------------------------------------------------------------------------------
# Locating things in TOML text (shared with claimcheck.resolutions)

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)\s*$")
_HEADER = re.compile(r"^\s*(\[\[?)\s*(.+?)\s*\]\]?\s*(?:#.*)?$")


def decode_error(path: Path | str, text: str, exc: tomllib.TOMLDecodeError) -> ConfigError:
    """tomllib's message carries `(at line L, column C)`; turn it into `file:L: ...`."""
    message = str(exc)
    m = _TOML_POSITION.search(message)
    if m:
        what = message[: m.start()]
        return ConfigError(path, int(m.group(1)), f"invalid TOML: {what} (column {m.group(2)})")
    m = _TOML_AT_END.search(message)
    if m:
        line = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
        return ConfigError(path, line, f"invalid TOML: {message[: m.start()]} (at end of file)")
    return ConfigError(path, 1, f"invalid TOML: {message}")


def _split_dotted(name: str) -> tuple[str, ...]:
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"|\'([^\']*)\'|([^.\s]+)', name)
    return tuple(next(p for p in groups if p) if any(groups) else "" for groups in parts)


def _key_pattern(key: str) -> re.Pattern[str]:
    quoted = re.escape(key)
    return re.compile(rf"""^\s*(?:{quoted}|"{quoted}"|'{quoted}')\s*(?:=|\.)""")


def key_line(text: str, table: Sequence[str], key: str | None = None, occurrence: int = 0) -> int:
    """The 1-based line where `key` is set inside `table` (the `occurrence`-th table of that
    name, for arrays of tables); the table's header line when the key is not found there;
    1 when neither is. Good enough for error messages: it reads headers and `key =` lines."""
    wanted = tuple(table)
    current: tuple[str, ...] = ()
    seen = -1 if wanted else 0  # the top level is always there, once
    header_line = 0
    key_re = _key_pattern(key) if key is not None else None
    for number, line in enumerate(text.splitlines(), 1):
        m = _HEADER.match(line)
        if m and not line.lstrip().startswith("#"):
            current = _split_dotted(m.group(2))
            if current == wanted:
                seen += 1
                if seen == occurrence:
                    header_line = number
            elif key is not None and current == (*wanted, key) and seen == occurrence:
                return number
            continue
        if current == wanted and seen == occurrence and key_re and key_re.match(line):
            return number
        if not wanted and not current and key_re and key_re.match(line):
            return number
        if key is not None and not current and wanted:
            # dotted keys at top level: tool.claimcheck.paths = [...]
            dotted = ".".join((*wanted, key))
            if re.match(rf"^\s*{re.escape(dotted)}\s*=", line):
                return number
    return header_line or 1


# ---------------------------------------------------------------------------------------
# Finding and reading the file


def find(start: Path) -> tuple[Path, str, dict[str, Any]] | None:
    """The nearest configuration at or above `start`: (file, its text, its claimcheck table).
    Raises ConfigError for a file that cannot be read or parsed."""
    return next(candidates(start), None)


def candidates(start: Path) -> Iterator[tuple[Path, str, dict[str, Any]]]:
    """Every configuration at or above `start`, nearest first (see `find`)."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            text, data = _read(candidate)
            if name != "pyproject.toml":
                yield candidate, text, data
                break
            tool = data.get("tool")
            if isinstance(tool, dict) and "claimcheck" in tool:
                section = tool["claimcheck"]
                if not isinstance(section, dict):
                    raise ConfigError(
                        candidate,
                        key_line(text, ("tool",), "claimcheck"),
                        "[tool.claimcheck] must be a table",
                    )
                yield candidate, text, section
                break


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(path, 1, f"cannot read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(path, line, "not UTF-8 text") from None
    try:
        return text, tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        raise decode_error(path, text, exc) from None


def load(path: Path) -> Config:
    """Read one named file (`--config FILE`): claimcheck.toml, or a pyproject.toml."""
    text, data = _read(path)
    if path.name == "pyproject.toml" or "tool" in data:
        tool = data.get("tool", {})
        section = tool.get("claimcheck", {}) if isinstance(tool, dict) else {}
        if not isinstance(section, dict):
            raise ConfigError(path, key_line(text, ("tool",), "claimcheck"), "must be a table")
        return parse(path, text, section, SECTION)
    return parse(path, text, data, ())


def discover(start: Path) -> Config:
    """The configuration that applies to `start`; an empty Config when there is none."""
    found = find(start)
    if found is None:
        return Config()
    return parse_found(*found)


def parse_found(path: Path, text: str, section: dict[str, Any]) -> Config:
    """`parse` for what `find` or `candidates` yields."""
    return parse(path, text, section, SECTION if path.name == "pyproject.toml" else ())


def _relative(path: Path) -> Path:
    """`path` as seen from the current directory: relative when that is shorter to read."""
    try:
        rel = os.path.relpath(path, Path.cwd())
    except ValueError:  # another drive
        return path
    return Path(rel) if not rel.startswith(".." + os.sep + "..") else path


def parse(path: Path, text: str, data: dict[str, Any], table: Sequence[str]) -> Config:
    """Check every key and its type; resolve paths against the file's folder."""
    base = path.resolve().parent
    config = Config(file=path)

    def fail(key: str, what: str) -> ConfigError:
        return ConfigError(path, key_line(text, table, key), what)

    for key, value in data.items():
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            hint = _close_key(key)
            raise fail(
                key,
                f"unknown key `{key}`"
                + (f" (did you mean `{hint}`?)" if hint else "")
                + f"; known keys: {known}",
            )
        kind, allowed = _KEYS[key]
        if kind in ("list", "kinds"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise fail(key, f'`{key}` must be a list of strings, e.g. {key} = ["..."]')
            if kind == "kinds":
                _check_kinds(key, value, fail)
            continue
        if kind == "globs":
            if not isinstance(value, dict) or not all(
                isinstance(v, list) and all(isinstance(k, str) for k in v) for v in value.values()
            ):
                raise fail(
                    key,
                    f'`{key}` must be a table of globs, e.g. {key} = {{"drafts/*" = '
                    '["uncorroborated"]}',
                )
            for kinds in value.values():
                _check_kinds(key, kinds, fail)
            continue
        if kind == "bool":
            if not isinstance(value, bool):
                raise fail(key, f"`{key}` must be true or false")
            continue
        if not isinstance(value, str):
            raise fail(key, f"`{key}` must be a string")
        if allowed is not None and value not in allowed:
            raise fail(key, f"`{key}` must be one of {', '.join(allowed)}, not {value!r}")

    def paths(values: Iterable[str]) -> list[Path]:
        return [_relative(base / v) for v in values]

    config.paths = paths(data.get("paths", []))
    config.exclude = list(data.get("exclude", []))
    config.fail_on = data.get("fail-on")
    config.claims = _relative(base / data["claims"]) if "claims" in data else None
    config.catalog = paths(data.get("catalog", []))
    config.format = data.get("format")
    config.ignore = list(data.get("ignore", []))
    config.per_file_ignores = {g: list(k) for g, k in data.get("per-file-ignores", {}).items()}
    config.claims_outside_project = bool(data.get("claims-outside-project", False))
    return config


def _check_kinds(key: str, kinds: list[str], fail: Any) -> None:
    for kind in kinds:
        if kind not in KINDS:
            raise fail(key, f"`{key}`: unknown finding kind {kind!r}; kinds: {', '.join(KINDS)}")


def _close_key(key: str) -> str | None:
    from rapidfuzz import process

    found = process.extractOne(key.replace("_", "-"), list(_KEYS), score_cutoff=70)
    return found[0] if found else None
