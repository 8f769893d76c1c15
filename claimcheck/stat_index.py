"""Document keys without reading unchanged files (issue 15), as git's index does: each
file's key is kept with what `os.stat` said of it. A file whose size, modification and
change times and inode are what they were keeps its key; any other file is read and hashed.
A file changed less than `_RACY_NS` before it was looked at is not kept (a write in the same
clock tick as the read would not show in its stamp). The index is one signed entry under the
run's salt, like the kept report: an index this user's claimcheck did not write is never
trusted."""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.cache import Cache

_RACY_NS = 2_000_000_000
Stamp = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


def keys(
    files: Sequence[Path], store: Cache, key_of: Callable[[Path], str | None]
) -> list[str | None]:
    """Each file's key: kept where its stamp is unchanged, else `key_of(path)`."""
    from claimcheck import report_cache

    entry_key = hashlib.sha256(f"{store.salt}\0stat-index\0".encode()).hexdigest()
    path = store.folder / "stat" / f"{entry_key}.pickle"
    kept = report_cache.load_signed(store, path, entry_key)
    old = kept if isinstance(kept, dict) else {}
    looked = time.time_ns()
    fresh: dict[str, tuple[Stamp, str]] = {}
    out: list[str | None] = []
    for file in files:
        name = os.path.abspath(file)
        try:
            st = os.stat(file)
        except OSError:
            out.append(None)
            continue
        if not stat.S_ISREG(st.st_mode):
            out.append(None)
            continue
        stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        known = old.get(name)
        key = known[1] if known is not None and known[0] == stamp else key_of(file)
        if key is not None and max(st.st_mtime_ns, st.st_ctime_ns) + _RACY_NS < looked:
            fresh[name] = (stamp, key)
        out.append(key)
    if fresh != old:
        report_cache.save_signed(store, path, entry_key, lambda: fresh)
    return out
