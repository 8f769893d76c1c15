"""The `claims/` folder: generated claim records, written atomically and byte-stable."""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import re
import secrets
import stat
import time
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


# Temporary files are `.NAME.PID-RANDOM.claimcheck-tmp`, so one .gitignore rule
# (`*.claimcheck-tmp`) keeps a killed write's leftovers out of `git add claims/`, and the next
# write removes the ones whose process is gone.
TMP_SUFFIX = ".claimcheck-tmp"
_OURS = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}" + re.escape(TMP_SUFFIX) + "$")
# Names the earlier versions used (tempfile.mkstemp): removed once they are an hour old.
_LEGACY = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")
_LEGACY_AGE = 3600.0


MB = 1024 * 1024


class FileCheckError(ValueError):
    """A file claimcheck reads whole that is no regular file, or too large to be one."""


def regular_file(path: Path, what: str, limit: int) -> None:
    """Raise FileCheckError unless `path` (followed if a link) is a regular file of at most
    `limit` bytes: a FIFO would hang the read, /dev/zero would fill the memory."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return  # the reader says so, as it did
    except OSError as exc:
        raise FileCheckError(f"{path}: cannot read the {what}: {exc.strerror}") from None
    if not stat.S_ISREG(st.st_mode):
        kind = "a folder" if stat.S_ISDIR(st.st_mode) else "a device, FIFO or socket"
        raise FileCheckError(f"{path}: the {what} must be a regular file, not {kind}")
    if st.st_size > limit:
        raise FileCheckError(
            f"{path}: the {what} is {st.st_size / MB:.1f} MB, more than the {limit // MB} MB "
            "claimcheck reads"
        )


def _temp(path: Path) -> tuple[int, str]:
    """A new temporary file beside `path`, opened for writing (O_EXCL): (fd, its name)."""
    for _ in range(100):
        name = f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{TMP_SUFFIX}"
        tmp = os.path.join(path.parent, name)
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def clean_stale(path: Path) -> None:
    """Remove our own temporary files for `path` left by a write that was killed."""
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    now = time.time()
    for entry in entries:
        ours = _OURS.match(entry.name)
        legacy = None if ours else _LEGACY.match(entry.name)
        match = ours or legacy
        if match is None or match.group("name") != path.name:
            continue
        with contextlib.suppress(OSError):
            st = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(st.st_mode):
                continue
            if ours and _alive(int(ours.group("pid"))):
                continue
            if legacy and now - st.st_mtime < _LEGACY_AGE:
                continue
            os.unlink(entry.path)


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file,
    and an interrupted write leaves the old file as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    clean_stale(path)
    fd, tmp = _temp(path)
    try:
        raw = data if isinstance(data, bytes) else data.encode("utf-8")
        with os.fdopen(fd, "wb") as handle:
            # The temporary file is 0600; give the result the mode a plain open() would.
            os.fchmod(handle.fileno(), _default_mode(path))
            handle.write(raw)
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
    encoded = data.encode("utf-8")
    try:
        st: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        # A FIFO would hang the comparison below, and a rename would replace a device.
        raise OSError(errno.EINVAL, "not a regular file")
    if st is not None and st.st_size == len(encoded):  # only a file of that size can be equal
        try:
            if path.read_bytes() == encoded:
                return path  # unchanged: leave the file (and its mtime) alone
        except OSError:
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
    for number, line in _lines(path):
        if not line.strip():
            continue
        try:
            data = json.loads(line, parse_constant=_no_constant, parse_float=_finite)
            _check_positions(data)
            if is_extraction(data):
                records.extractions.append(from_record(data))
            elif isinstance(data, dict) and "relation" in data:
                records.relations.append(Relation.model_validate(data))
            else:
                records.claims.append(Claim.model_validate(data))
        except ValueError as exc:
            raise ValueError(f"{path}:{number}: not a claimcheck record: {exc}") from exc
    return records


# One line of a JSONL file holds one document's extraction: far below this.
MAX_LINE_BYTES = 256 * 1024 * 1024


def _lines(path: Path) -> Iterable[tuple[int, str]]:
    """The numbered lines of a JSONL file: a regular file or a pipe (`<(claimcheck extract
    ...)`), never a device or a folder, and no line without end (/dev/zero)."""
    st = os.stat(path)
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        raise ValueError(f"{path}: not a regular file")
    with path.open("rb") as handle:
        number = 0
        while line := handle.readline(MAX_LINE_BYTES + 1):
            number += 1
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                raise ValueError(f"{path}:{number}: a line longer than {MAX_LINE_BYTES} bytes")
            try:
                yield number, line.decode("utf-8")
            except UnicodeDecodeError:
                raise ValueError(f"{path}:{number}: not UTF-8 text") from None


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number claimcheck writes")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is out of range")
    return value


def _check_positions(data: object) -> None:
    """Lines and columns are counted from 1 (0 where unknown): never negative."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key in ("line", "column") and isinstance(value, int) and value < 0:
                    raise ValueError(f"`{key}` is negative ({value})")
                if isinstance(value, dict | list):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, dict | list))


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
    clean_stale(path)
    fd, tmp = _temp(path)
    try:
        # the temporary file is 0600; give the result the mode a plain open() would.
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
