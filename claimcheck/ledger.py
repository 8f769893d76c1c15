"""The `claims/` folder: generated claim records, written atomically and byte-stable."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.records import Claim, Relation

if TYPE_CHECKING:
    from claimcheck.extraction import Extraction

CLAIMS_FILE = "claims.jsonl"


@dataclass(slots=True)
class Records:
    """What a JSONL file of `claimcheck extract` holds, by kind."""

    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)


def atomic_write(path: Path, data: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file,
    and an interrupted write leaves the old file as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            # mkstemp makes 0600 files; give the result the mode a plain open() would.
            os.fchmod(handle.fileno(), _default_mode(path))
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _default_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def claims_jsonl(claims: Iterable[Claim]) -> str:
    """One claim a line, keys sorted, claims sorted: identical input, identical bytes."""
    lines = [
        json.dumps(c.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        for c in sorted(claims, key=lambda c: (c.source, c.line, c.column, c.id))
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def write_claims(folder: Path, claims: Iterable[Claim]) -> Path:
    path = folder / CLAIMS_FILE
    data = claims_jsonl(claims)
    if path.exists():
        try:
            if path.read_text(encoding="utf-8") == data:
                return path  # unchanged: leave the file (and its mtime) alone
        except (OSError, UnicodeDecodeError):
            pass
    atomic_write(path, data)
    return path


def relations_jsonl(relations: Iterable[Relation]) -> str:
    lines = [
        json.dumps(r.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        for r in sorted(relations, key=lambda r: (r.source, r.line, r.id))
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def read_records(path: Path) -> Records:
    """Claims, relations and per-document extractions from a JSONL file written by
    `claimcheck extract` (or a scan's claims.jsonl); ValueError naming file:line."""
    from claimcheck.extraction import from_record, is_extraction

    records = Records()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                if is_extraction(data):
                    records.extractions.append(from_record(data))
                elif isinstance(data, dict) and "relation" in data:
                    records.relations.append(Relation.model_validate(data))
                else:
                    records.claims.append(Claim.model_validate(data))
            except ValueError as exc:
                raise ValueError(f"{path}:{number}: not a claimcheck record: {exc}") from exc
    return records


def read_claims(path: Path) -> list[Claim]:
    """Claims from a JSONL file written by `claimcheck extract` or a scan."""
    out: list[Claim] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                out.append(Claim.model_validate_json(line))
            except ValueError as exc:
                raise ValueError(f"{path}:{number}: not a claim record: {exc}") from exc
    return out


def append_atomic(path: Path, addition: str, expect: bytes | None = None) -> None:
    """Append `addition` to `path` without ever rewriting what is there: the old bytes are
    copied unchanged into a temporary file beside it, the addition follows, and a rename puts
    the result in place (a reader sees the old file or the new one, never half of either).

    `expect` is the content the caller read and checked (None: the file did not exist); if
    the file changed meanwhile, nothing is written and the append is refused. The file keeps
    its permission bits."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        old: bytes | None = path.read_bytes()
        mode: int | None = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        old, mode = None, None
    if old != expect and not (old == b"" and expect is None):
        raise OSError(f"{path} changed while claimcheck was appending to it; run again")
    if mode is None:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes 0600 files; give the result the mode a plain open() would.
        os.chmod(tmp, _default_mode(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(old or b"")
            handle.write(addition.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
