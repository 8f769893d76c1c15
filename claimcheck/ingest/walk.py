"""Finding article files: folders walked without recursion, links followed once, loops
and second paths to one file reported, names made safe to show."""

from __future__ import annotations

import contextlib
import fnmatch
import os
import re
import stat
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.ingest.document import ARTICLE_SUFFIXES, MISSING_REASON, os_reason
from claimcheck.records import Skipped


@dataclass(slots=True)
class _Found:
    path: Path
    shown: str
    key: object  # identity of the file on disk, to drop a second path to the same file
    via_link: bool  # reached through a symbolic link (the real path is preferred)


@dataclass(slots=True)
class _Dir:
    path: Path
    rel: str  # posix path relative to the walked root; "" for the root itself
    key: object
    parent: _Dir | None
    via_link: bool


def display_path(path: Path | str) -> str:
    """The path as a user should see it: relative to cwd when under it, else as given."""
    p = Path(path)
    if p.is_absolute():
        try:
            return p.relative_to(Path.cwd()).as_posix()
        except (ValueError, OSError):
            pass
    return p.as_posix()


_NAME_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def source_name(path: Path | str) -> str:
    """`display_path` as reports show a source: bytes that are not UTF-8 and control
    characters written as `\\xff`, `\\x1b`, so a file name can neither break a UTF-8 writer
    (ids hash the name) nor reach a terminal or a log as an escape sequence."""
    shown = display_path(path)
    if shown.isprintable():
        return shown
    try:
        raw = shown.encode("utf-8", "surrogateescape")  # os.listdir's undecodable bytes
    except UnicodeEncodeError:
        raw = shown.encode("utf-8", "backslashreplace")
    shown = raw.decode("utf-8", "backslashreplace")
    return _NAME_CONTROLS.sub(lambda m: f"\\x{ord(m.group(0)):02x}", shown)


def discover(
    paths: Sequence[Path | str],
    exclude: Sequence[str] = (),
    skip_dirs: Sequence[str] = (),
    skip_folders: Sequence[Path] = (),
) -> tuple[list[Path], list[Skipped]]:
    """The article files under `paths`, sorted by posix path, and the paths skipped.

    A file given explicitly is taken whatever its suffix; folders are walked for
    ARTICLE_SUFFIXES, skipping hidden entries, folders named `skip_dirs`, the folders
    `skip_folders` themselves (the project's claims folder: never a folder that merely has
    its name) and `exclude` globs (matched
    against the path relative to the walked folder, the name and the displayed path; an
    explicit file is matched on its name and displayed path). Symbolic links are followed;
    a link back to a folder being walked is reported once as a loop. Two paths to the same
    file keep the real one (or the first by path) and report the other.
    """
    patterns = _patterns(exclude)
    skip_names = frozenset(skip_dirs)
    skip_keys: set[object] = set()
    for folder in skip_folders:
        with contextlib.suppress(OSError):
            skip_keys.add(_key(folder, os.stat(folder)))
    found: list[_Found] = []
    skipped: list[Skipped] = []
    for given in paths:
        root = Path(given)
        shown = source_name(root)
        try:
            st = os.stat(root)
        except FileNotFoundError:
            reason = MISSING_REASON
            if os.path.lexists(root):
                reason += " (broken symbolic link)"
            skipped.append(Skipped(path=shown, reason=reason))
            continue
        except OSError as exc:
            skipped.append(Skipped(path=shown, reason=f"cannot read: {os_reason(exc)}"))
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(root, _key(root, st), patterns, (skip_names, skip_keys), found, skipped)
        elif stat.S_ISREG(st.st_mode):
            if not _excluded(patterns, root.name, shown):
                found.append(_Found(root, shown, _key(root, st), root.is_symlink()))
        else:
            skipped.append(Skipped(path=shown, reason="not a regular file or folder"))
    files = _dedupe(found, skipped)
    skipped.sort(key=lambda s: s.path)
    return files, skipped


def _walk(
    root: Path,
    root_key: object,
    patterns: list[str],
    skip: tuple[frozenset[str], set[object]],
    found: list[_Found],
    skipped: list[Skipped],
) -> None:
    """Walk one folder with an explicit stack (no recursion limit on deep trees).

    Real folders are walked first and symbolic links to folders afterwards, so a link to a
    folder inside the tree never hides the folder's real path.
    """
    skip_names, skip_keys = skip
    visited: dict[object, str] = {root_key: source_name(root)}
    stack = [_Dir(root, "", root_key, None, False)]
    links: deque[_Dir] = deque()
    while stack or links:
        if not stack:
            link = links.popleft()
            shown = source_name(link.path)
            try:
                st = os.stat(link.path)
            except OSError as exc:
                skipped.append(Skipped(path=shown, reason=f"cannot read: {os_reason(exc)}"))
                continue
            link.key = _key(link.path, st)
            if link.key in skip_keys:
                continue
            if link.key in visited:
                skipped.append(Skipped(path=shown, reason=_revisit_reason(link, visited)))
                continue
            visited[link.key] = shown
            stack.append(link)
        folder = stack.pop()
        try:
            with os.scandir(folder.path) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            reason = f"cannot read folder: {os_reason(exc)}"
            skipped.append(Skipped(path=source_name(folder.path), reason=reason))
            continue
        subdirs: list[_Dir] = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            path = folder.path / name
            rel = f"{folder.rel}/{name}" if folder.rel else name
            shown = source_name(path)
            try:
                is_link = entry.is_symlink()
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError as exc:
                skipped.append(Skipped(path=shown, reason=f"cannot read: {os_reason(exc)}"))
                continue
            if is_dir:
                if name in skip_names or _excluded(patterns, rel, name, shown):
                    continue
                if is_link:
                    links.append(_Dir(path, rel, None, folder, True))
                    continue
                try:
                    key = _key(path, entry.stat())
                except OSError as exc:
                    reason = f"cannot read folder: {os_reason(exc)}"
                    skipped.append(Skipped(path=shown, reason=reason))
                    continue
                if key in visited or key in skip_keys:  # a bind mount: walk each folder once
                    continue
                visited[key] = shown
                subdirs.append(_Dir(path, rel, key, folder, folder.via_link))
                continue
            if not name.lower().endswith(ARTICLE_SUFFIXES) or _excluded(patterns, rel, name, shown):
                continue
            if is_file:
                try:
                    key = _key(path, entry.stat())
                except OSError as exc:
                    skipped.append(Skipped(path=shown, reason=f"cannot read: {os_reason(exc)}"))
                    continue
                found.append(_Found(path, shown, key, folder.via_link or is_link))
            elif is_link and not os.path.exists(path):
                reason = f"{MISSING_REASON} (broken symbolic link)"
                skipped.append(Skipped(path=shown, reason=reason))
            else:
                skipped.append(Skipped(path=shown, reason="not a regular file"))
        stack.extend(reversed(subdirs))  # pop the first name first


def _revisit_reason(link: _Dir, visited: dict[object, str]) -> str:
    ancestor = link.parent
    while ancestor is not None:
        if ancestor.key == link.key:
            return f"symbolic link loop (points back to {visited[link.key]})"
        ancestor = ancestor.parent
    return f"same folder as {visited[link.key]} (already scanned)"


def _dedupe(found: list[_Found], skipped: list[Skipped]) -> list[Path]:
    first_of: dict[object, _Found] = {}
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: (f.via_link, f.shown)):
        first = first_of.setdefault(item.key, item)
        if first is item:
            kept.append(item)
        elif first.shown != item.shown:
            reason = f"same file as {first.shown} (already scanned)"
            skipped.append(Skipped(path=item.shown, reason=reason))
    kept.sort(key=lambda f: f.shown)
    return [f.path for f in kept]


def _key(path: Path, st: os.stat_result) -> object:
    if st.st_ino:
        return (st.st_dev, st.st_ino)
    return os.path.normcase(os.path.realpath(path))  # file systems without inode numbers


def _patterns(exclude: Sequence[str]) -> list[str]:
    patterns: list[str] = []
    for raw in exclude:
        pattern = raw.strip().replace("\\", "/").rstrip("/")
        pattern = pattern.removeprefix("./")
        if not pattern:
            continue
        patterns.append(pattern)
        if pattern.startswith("**/"):
            patterns.append(pattern[3:])  # "**/drafts" also matches a top-level "drafts"
    return patterns


def _excluded(patterns: list[str], *candidates: str) -> bool:
    return any(fnmatch.fnmatch(c, p) for p in patterns for c in candidates)
