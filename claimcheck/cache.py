"""`.claimcheck_cache/` at the project root: each document's extraction, kept between runs.

An entry is found by a key made of everything its extraction depends on: the document's
bytes and the path it is shown under, and a salt shared by the whole run (the claimcheck
version, a digest of claimcheck's own source files, so a change to the extraction code
misses, the catalog's contents and the settings that change what is read), mixed with a
secret of the user's kept outside the project, so an entry committed to the repository can
never be taken for one of ours. An entry is
JSON, validated by pydantic when it is read back, never unpickled (the whole run's report,
kept by `report_cache`, is a pickle, signed with the secret): a corrupt entry, one of
another version or one that does not say it is the entry for its key is ignored and
written again. Entries are written atomically (a temporary file, then a rename), so two
runs at once or a run killed half-way leave either a whole entry or none.

The folder holds a `.gitignore` of `*` (like `.ruff_cache`); `claimcheck clean` removes it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from claimcheck.catalog import Catalog
    from claimcheck.extraction import Extraction
    from claimcheck.run_options import Options

CACHE_DIR = ".claimcheck_cache"
FORMAT = 1
_TMP = ".claimcheck-tmp"


@cache
def code_digest() -> str:
    """A digest of claimcheck's own source and data files: any change misses every entry."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix not in (".py", ".toml") or "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


_SECRET_BYTES = 32


def secret_path() -> Path:
    """Where this user's cache secret lives: outside every project, in the user's cache."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claimcheck" / "secret"


def machine_secret() -> bytes | None:
    """A random secret of this user on this machine, made on first use (mode 0600).

    Every other part of a key is public (the article's bytes, the version, the code), so a
    pull request could commit a `.claimcheck_cache/` entry that says an article holds no
    claims and open the gate. Keys mixed with a secret the repository never sees cannot be
    forged; without one (no writable home) there is no cache."""
    path = secret_path()
    for _ in range(2):
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            try:
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                continue  # another run made it first: read theirs
            except OSError:
                return None
            with os.fdopen(fd, "wb") as handle:
                value = secrets.token_bytes(_SECRET_BYTES)
                handle.write(value)
            return value
        except OSError:
            return None
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
                return None  # not a file of ours: trust no cache
            value = handle.read(_SECRET_BYTES + 1)
        return value if len(value) == _SECRET_BYTES else None
    return None


def salt(catalog_files: Sequence[Path], max_bytes: int, secret: bytes = b"") -> str:
    """What every entry of this run shares: the secret, version, code, catalog, settings."""
    from claimcheck import __version__

    digest = hashlib.sha256(secret)
    for part in (f"format {FORMAT}", __version__, code_digest(), f"max_bytes {max_bytes}"):
        digest.update(part.encode())
        digest.update(b"\0")
    for extra in catalog_files:
        digest.update(os.fspath(extra).encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
        try:
            digest.update(Path(extra).read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
        digest.update(b"\0")
    return digest.hexdigest()


@dataclass(slots=True)
class Stats:
    hits: int = 0
    misses: int = 0
    rejected: int = 0  # entries found but not trusted (corrupt, other version, wrong key)


@dataclass(slots=True)
class Cache:
    folder: Path
    salt: str
    stats: Stats = field(default_factory=Stats)

    def _path(self, key: str) -> Path:
        return self.folder / "v1" / key[:2] / f"{key}.json"

    def key(self, shown: str, data: bytes) -> str:
        digest = hashlib.sha256(self.salt.encode())
        digest.update(b"\0")
        digest.update(shown.encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str) -> Extraction | None:
        path = self._path(key)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            # Parsed and validated in one pass by pydantic-core, not `json.loads` and then
            # `validate_python` (the cache reads were a third of a warm run).
            envelope = _envelope()[1].validate_json(raw)
            if envelope.format != FORMAT or envelope.key != key:
                raise ValueError("not an entry for this key")
            return envelope.extraction
        except (ValueError, KeyError, TypeError):
            self.stats.rejected += 1
            return None

    def put(self, key: str, extraction: Extraction) -> None:
        entry, adapter = _envelope()
        data = adapter.dump_json(entry(FORMAT, key, extraction))
        path = self._path(key)
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.parent / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{_TMP}"
            try:
                with open(tmp, "wb") as handle:
                    handle.write(data)
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise


@cache
def _envelope() -> tuple[Any, TypeAdapter[Any]]:
    """An entry, `{"format": 1, "key": KEY, "extraction": {...}}`, read and written as JSON
    by pydantic-core; the format and key must be exactly an int and a str."""
    from dataclasses import make_dataclass
    from typing import Annotated

    from pydantic import Strict, TypeAdapter

    from claimcheck.extraction import Extraction

    fields = [
        ("format", Annotated[int, Strict()]),
        ("key", Annotated[str, Strict()]),
        ("extraction", Extraction),
    ]
    entry = make_dataclass("Envelope", fields, slots=True)
    return entry, TypeAdapter(entry)


def open_cache(root: Path, catalog_files: Sequence[Path], max_bytes: int) -> Cache | None:
    """The cache at `root`, made ready (its .gitignore written); None when it cannot be."""
    folder = root / CACHE_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
        ignore = folder / ".gitignore"
        if not ignore.is_file():
            ignore.write_text("# Created by claimcheck: the cache is never committed.\n*\n")
        tag = folder / "CACHEDIR.TAG"
        if not tag.is_file():
            tag.write_text(
                "Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by claimcheck.\n"
            )
    except OSError:
        return None
    secret = machine_secret()
    if secret is None:
        return None
    return Cache(folder, salt(catalog_files, max_bytes, secret))


def remove(root: Path) -> bool:
    """Remove the cache folder at `root`; True when there was one."""
    folder = root / CACHE_DIR
    try:
        st = os.lstat(folder)
    except FileNotFoundError:
        return False
    if not stat.S_ISDIR(st.st_mode):
        raise OSError(f"{folder} is not a folder; left alone")
    shutil.rmtree(folder)
    return True


def _read(path: Path, max_bytes: int) -> bytes | None:
    """The bytes a key is made of: None where the file is no regular file (the reader then
    says why it skips it, as it does without a cache)."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return None
        with open(path, "rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError:
        return None


def document_keys(files: Sequence[Path], store: Cache, max_bytes: int) -> list[str | None]:
    """Each file's entry key, from its bytes (unread when `os.stat` says the file is as it
    was: `stat_index`); None where the file is no regular file."""
    from claimcheck import stat_index
    from claimcheck.ingest import source_name

    def key_of(path: Path) -> str | None:
        data = _read(path, max_bytes)
        return store.key(source_name(path), data) if data is not None else None

    return stat_index.keys(files, store, key_of)


def extract_all(
    files: Sequence[Path],
    catalog: Catalog,
    options: Options,
    store: Cache,
    progress: Callable[[int], None] | None = None,
    keys: Sequence[str | None] | None = None,
) -> list[Extraction]:
    """`api.extract_all` through the cache: hits are read back, misses extracted (in
    parallel as asked) and stored. The same extractions, in the same order. `keys` are the
    files' `document_keys` when the caller has them already."""
    from claimcheck.run_options import gc_paused

    if keys is None:
        keys = document_keys(files, store, options.max_bytes)
    out: list[Extraction | None] = []
    missing: list[tuple[int, Path, str | None]] = []
    with gc_paused():
        for index, (path, key) in enumerate(zip(files, keys, strict=True)):
            found = store.get(key) if key is not None else None
            if found is None:
                missing.append((index, path, key))
                out.append(None)
                continue
            out.append(found)
            store.stats.hits += 1
            if progress:
                progress(1)
    store.stats.misses = len(missing)
    if missing:
        from claimcheck import api

        fresh = api.extract_all([m[1] for m in missing], catalog, options, progress)
        for (index, _, key), extraction in zip(missing, fresh, strict=True):
            out[index] = extraction
            if key is not None:
                store.put(key, extraction)
    return [ex for ex in out if ex is not None]
