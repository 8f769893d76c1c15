"""Writing `claims/resolutions.toml`: one `[[resolution]]` table appended, never a rewrite.

`resolve` appends under an exclusive lock on a file beside it, and reads the file again
under the lock, so concurrent runs each add their table (two at once lost one, both saying
"recorded"). The bytes already there are kept; the result must read back before it
replaces the file (see `ledger.append_atomic`).
"""

from __future__ import annotations

import contextlib
import os
import re
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

from claimcheck.render.safe import printable
from claimcheck.resolutions import NEW_FILE_HEADER, TABLE, Known, ResolutionError, parse, read_text


def _toml_str(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F:  # C1 too: the file is read in terminals
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def format_entry(
    conflict: str,
    action: Literal["accept", "dismiss"],
    reason: str,
    *,
    value: str | None = None,
    by: str | None = None,
    date: str | None = None,
    model: str | None = None,
    benchmark: str | None = None,
    known: Sequence[Known] | None = None,
    comment: str | None = None,
) -> str:
    """One `[[resolution]]` table as TOML text, ending with a newline."""
    lines: list[str] = []
    if comment:
        # A TOML comment takes no control character: a file name's ESC made the file unreadable.
        shown = printable(" ".join(comment.split()))
        lines.extend("# " + part for part in textwrap.wrap(shown, 96))
    lines.append(f"[[{TABLE}]]")
    lines.append(f"conflict = {_toml_str(conflict)}")
    if model is not None:
        lines.append(f"model = {_toml_str(model)}")
    if benchmark is not None:
        lines.append(f"benchmark = {_toml_str(benchmark)}")
    lines.append(f"action = {_toml_str(action)}")
    if value is not None:
        lines.append(f"value = {_toml_str(value)}")
    lines.append(f"reason = {_toml_str(reason)}")
    if by:
        lines.append(f"by = {_toml_str(by)}")
    if date:
        lines.append(
            f"date = {date}"
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)
            else f"date = {_toml_str(date)}"
        )
    if known is not None:
        if known:
            lines.append("known = [")
            for k in known:
                lines.append(
                    f"  {{ source = {_toml_str(k.source)}, value = {_toml_str(k.value)} }},"
                )
            lines.append("]")
        else:
            lines.append("known = []")
    return "\n".join(lines) + "\n"


def append(path: Path, entry_text: str, tables: int = 1) -> int:
    """Append `tables` tables (one, or a baseline's many, written as one text) to `path`
    atomically; return the line of the first one's header.

    The existing file must parse (a broken file is reported, never 'repaired'); its bytes are
    kept as they are, line endings included, and the result is checked before it replaces the
    file."""
    with _locked(path):  # another `resolve` appends after this one, never over it
        return _append(path, entry_text, tables)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock on `.resolutions.toml.claimcheck-lock` beside `path`."""
    try:
        import fcntl
    except ImportError:  # no flock (Windows): appends are atomic, just not serialised
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = path.parent / f".{path.name}.claimcheck-lock"
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(lock))
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # the holder before us removed it: lock the one that is there now
    try:
        yield
    finally:
        # Removed while still held, so claims/ stays clean and no one locks a stale file.
        with contextlib.suppress(OSError):
            os.unlink(lock)
        os.close(fd)


def _append(path: Path, entry_text: str, tables: int = 1) -> int:
    from claimcheck.ledger import append_atomic

    old = read_text(path)  # under the lock: what the last writer left
    before = parse(path, old)
    if not old:
        addition = NEW_FILE_HEADER + "\n"
    elif old.endswith("\n\n") or old.endswith("\r\n\r\n"):
        addition = ""
    elif old.endswith("\n"):
        addition = "\n"
    else:
        addition = "\n\n"
    addition += entry_text
    if "\r\n" in old:
        addition = addition.replace("\n", "\r\n")
    try:
        after = parse(path, old + addition)  # never write what we could not read back
    except ResolutionError as exc:
        # Cite no line: the file holding it was never written.
        what = f"the new table would not read back ({exc.what}); nothing was written"
        raise OSError(what) from None
    if len(after) != len(before) + tables:
        raise OSError("internal error: the new table did not read back; nothing was written")
    append_atomic(path, addition, expect=old.encode("utf-8") if old else None)
    return after[-tables].line
