"""The whole run's report, kept in the cache: a scan whose documents are all unchanged reads
it back instead of reading every entry and reconciling again (issue 15: the cross-document
step was most of a warm run).

The key is every document's entry key in order (each made of its bytes, its shown path and
the run's salt: version, code, catalog, settings, the user's secret), the files skipped by
the walk, and the pydantic version. The entry is the report pickled, because reading 200,000
claims back through JSON validation took longer than reconciling them; its claims as
tuples of their fields, because pickling 200,000 pydantic records took longer than
reconciling them too (3 s at 10,000 articles; tuples, 0.5 s). A pickle must never
be loaded from bytes someone else wrote, so the entry carries an HMAC of its bytes under the
run's salt, which holds the user's secret: an entry that was not written by this user's
claimcheck fails the check and is never unpickled, only rewritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import pickle
import secrets
from collections.abc import Callable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.cache import Cache
    from claimcheck.records import Report, Skipped

_MAGIC = b"claimcheck-report-2\n"
_MAC = hashlib.sha256().digest_size
_KEEP = 3


def key(
    store: Cache, files: Sequence[Path], keys: Sequence[str | None], skipped: Sequence[Skipped]
) -> str | None:
    """The report's key; None when a file has no entry key (the reader says why it skips it,
    and that is not worth keeping)."""
    import pydantic

    from claimcheck.ingest import source_name

    digest = hashlib.sha256(store.salt.encode())
    digest.update(f"\0report\0pydantic {pydantic.VERSION}\0".encode())
    for path, entry in zip(files, keys, strict=True):
        if entry is None:
            return None
        digest.update(source_name(path).encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
        digest.update(entry.encode())
        digest.update(b"\0")
    for skip in skipped:
        digest.update(f"skipped\0{skip.path}\0{skip.reason}\0".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _path(store: Cache, report_key: str) -> Path:
    return store.folder / "reports" / f"{report_key}.pickle"


def _mac(store: Cache, body: bytes | memoryview, entry_key: str) -> bytes:
    """The entry's signature: its body and key under this user's salt, without a copy."""
    signer = hmac.new(store.salt.encode(), body, hashlib.sha256)
    signer.update(entry_key.encode())
    return signer.digest()


def read_signed(store: Cache, path: Path, entry_key: str) -> memoryview | None:
    """The body of a kept entry, or None when there is none or this user did not write it.
    A view of the file's bytes: at 10,000 articles the kept texts are 140 MB, and each copy
    of them cost a tenth of a second."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + _MAC
    if not raw.startswith(_MAGIC) or len(raw) < head:
        store.stats.rejected += 1
        return None
    body = memoryview(raw)[head:]
    if not hmac.compare_digest(raw[len(_MAGIC) : head], _mac(store, body, entry_key)):
        store.stats.rejected += 1
        return None
    return body


def load(store: Cache, report_key: str) -> Report | None:
    """The kept report, or None when there is none, or it is not one this user wrote."""
    from claimcheck.records import Report

    report = load_signed(store, _path(store, report_key), report_key, _unpacked)
    return report if isinstance(report, Report) else None


def load_signed(
    store: Cache, path: Path, entry_key: str, convert: Callable[[Any], Any] = lambda x: x
) -> Any:
    """`convert` of the object pickled at `path`, or None when there is none, this user did
    not write it, or it no longer loads (a library changed: it is rewritten)."""
    body = read_signed(store, path, entry_key)
    if body is None:
        return None
    from claimcheck.run_options import gc_paused

    try:
        # The collector paused: its passes over 200,000 new records found nothing to free
        # and made the load five times slower.
        with gc_paused():
            return convert(pickle.loads(body))  # authenticated: an entry this user wrote
    except Exception:
        store.stats.rejected += 1
        return None


def _packed(report: Report) -> tuple[tuple[str, ...], list[tuple[Any, ...]], Report]:
    from claimcheck.records import Claim

    names = tuple(Claim.model_fields)
    fields = itemgetter(*names)
    rows = [fields(claim.__dict__) for claim in report.claims]
    return names, rows, report.model_copy(update={"claims": []})


def _unpacked(packed: Any) -> Report | None:
    from claimcheck.records import Claim, trusted

    names, rows, report = packed
    if tuple(names) != tuple(Claim.model_fields):
        return None  # written by a claimcheck whose claims had other fields
    report.claims = [trusted(Claim, dict(zip(names, row, strict=True))) for row in rows]
    return report


def save(store: Cache, report_key: str, report: Report) -> None:
    """Keep `report` under `report_key`, atomically. Only the latest few are kept (one is
    80 MB at 10,000 articles); a few, so that scans of different folders of one project
    take turns without evicting each other."""
    save_signed(store, _path(store, report_key), report_key, lambda: _packed(report))


def save_signed(store: Cache, path: Path, entry_key: str, make: Callable[[], Any]) -> None:
    """Pickle what `make()` gives and keep it at `path`, signed and atomically."""
    from claimcheck.run_options import gc_paused

    with gc_paused():  # 200,000 new tuples: the collector's passes over them found nothing
        body = pickle.dumps(make(), protocol=pickle.HIGHEST_PROTOCOL)
    write_signed(store, path, entry_key, body)


def output_key(report_key: str, fmt: str, report: Report) -> str:
    """The key of the report rendered in `fmt`. A kept report's claims, sources, relations
    and skipped files are what `report_key` names; what a run adds after reading it back
    (resolutions, ignored findings, notes) is in its conflicts, summary and notes."""
    digest = hashlib.sha256(f"{report_key}\0output\0{fmt}\0".encode())
    for conflict in report.conflicts:
        digest.update(conflict.model_dump_json().encode())
    digest.update(report.summary.model_dump_json().encode())
    for note in report.notes:
        digest.update(b"\0" + note.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def rendered(store: Cache, key: str, render: Callable[[], bytes]) -> bytes:
    """The output kept under `key`, else `render()` kept there: a warm scan with nothing
    changed writes a large SARIF report without encoding it again (JSON is kept a document
    at a time instead: `claim_texts`)."""
    path = store.folder / "outputs" / f"{key}.txt"
    body = read_signed(store, path, key)
    if body is not None:
        return bytes(body)
    data = render()
    write_signed(store, path, key, data)
    return data


def write_signed(store: Cache, path: Path, entry_key: str, body: bytes) -> None:
    mac = _mac(store, body, entry_key)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.parent / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.claimcheck-tmp"
        try:
            with open(tmp, "wb") as handle:
                handle.write(_MAGIC + mac)
                handle.write(body)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        kept = sorted(path.parent.glob(f"*{path.suffix}"), key=_mtime, reverse=True)
        for old in kept[_KEEP:]:
            if old.name != path.name:
                with contextlib.suppress(OSError):
                    old.unlink()


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
