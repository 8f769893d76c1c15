"""The `claims/` folder: generated claim records, written atomically and byte-stable."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from claimcheck.records import Claim

CLAIMS_FILE = "claims.jsonl"


def atomic_write(path: Path, data: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file,
    and an interrupted write leaves the old file as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


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
