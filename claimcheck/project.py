"""The project: its configuration, its root and its claims folder (like ruff's project root).

- The configuration (`claimcheck.toml`, `.claimcheck.toml`, or `[tool.claimcheck]` in
  `pyproject.toml`) is found upward from the current folder; when none is there, upward from
  the folder that holds the scanned folder. A file inside a scanned folder is never used: it
  is written by whoever writes the articles. One found there is reported in the notes.
- The project root is the folder of the configuration. With no configuration it is the
  folder beside the articles: the parent of a scanned folder (the folder itself when it is
  the current folder or above it), the folder of a scanned file.
- The claims folder is the configuration's `claims`, else `claims/` at the root. Writing it
  outside the project is refused unless the configuration says `claims-outside-project =
  true` (or `--claims` names it).
- A command run with a configuration works from the root: paths given on the command line
  are taken from the current folder, then every path a report shows is relative to the root,
  so `claims/claims.jsonl`, the resolutions and the cache are the same from any subfolder.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck import config as config_mod

CLAIMS_DIR = "claims"


@dataclass(slots=True)
class Project:
    root: Path  # absolute
    config: config_mod.Config
    notices: list[str] = field(default_factory=list)

    @property
    def has_config(self) -> bool:
        return self.config.file is not None


def absolute(path: Path) -> Path:
    """`path` from the current folder, made absolute with `..` folded (never resolved: a link
    given on the command line stays the path the user wrote)."""
    return Path(os.path.normpath(os.path.abspath(path)))


def inside(path: Path, folder: Path) -> bool:
    """Is `path` (resolved) inside `folder` (resolved), or `folder` itself?"""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _scanned_folders(paths: Sequence[Path]) -> list[Path]:
    return [p.resolve() for p in paths if p.is_dir()]


def find(
    flag_paths: Sequence[Path], explicit: Path | None = None, start: Path | None = None
) -> Project:
    """The project for a command given `flag_paths` (absolute) and `--config` (absolute).
    Raises config_mod.ConfigError for a file that cannot be used."""
    notices: list[str] = []
    if explicit is not None:
        cfg = config_mod.load(explicit)
        return Project(explicit.resolve().parent, cfg, notices)
    here = (start or Path.cwd()).resolve()
    starts = [here]
    if flag_paths:
        starts.append(flag_paths[0].resolve().parent)  # outside the scanned folder itself
    for origin in starts:
        found = _all_upward(origin)
        for index, (path, cfg) in enumerate(found):
            if cfg is None:
                continue
            # Inside a folder that this file, or one farther up, would scan: among the articles.
            scanners = [c for _, c in found[index:] if c is not None]
            scanned = [
                f
                for c in scanners
                for f in _scanned_folders(flag_paths or [absolute(p) for p in c.paths])
            ]
            if any(inside(path.parent, f) for f in scanned):
                notices.append(
                    f"{_shown(path)}: a configuration file among the articles: reported, never "
                    "used (the project's configuration is found from the current folder "
                    "upward, outside the scanned folders)"
                )
                continue
            return Project(path.resolve().parent, cfg, notices)
    return Project(_beside(flag_paths, here), config_mod.Config(), notices)


def _all_upward(origin: Path) -> list[tuple[Path, config_mod.Config | None]]:
    """Every configuration at or above `origin`, nearest first, read. The nearest must read;
    one farther up that does not is passed over (None): it only says what is scanned."""
    out: list[tuple[Path, config_mod.Config | None]] = []
    found = config_mod.candidates(origin)
    while True:
        try:
            item = next(found, None)
            if item is None:
                return out
            out.append((item[0], config_mod.parse_found(*item)))
        except config_mod.ConfigError:
            if not out:
                raise
            return out


def _beside(paths: Sequence[Path], here: Path) -> Path:
    """The root without a configuration: the folder beside the articles."""
    if not paths:
        return here
    first = paths[0].resolve()
    if first.is_dir():
        return first if here.is_relative_to(first) else first.parent
    return first.parent


def claims_dir(project: Project, flag: Path | None) -> Path:
    """The claims folder (absolute): `--claims`, else the configuration's, else root/claims."""
    if flag is not None:
        return absolute(flag)
    if project.config.claims is not None:
        return absolute(project.config.claims)
    return project.root / CLAIMS_DIR


def outside_problem(project: Project, claims: Path, from_flag: bool) -> str | None:
    """Why the claims folder may not be written, or None when it may."""
    if from_flag or project.config.claims_outside_project or inside(claims, project.root):
        return None
    where = _shown(project.config.file) if project.config.file else "the configuration"
    return (
        f"the claims folder {_shown(claims)} is outside the project ({_shown(project.root)}): "
        f"set `claims-outside-project = true` in {where} to allow it, or give --claims DIR"
    )


def _shown(path: Path | None) -> str:
    from claimcheck.ingest import display_path

    return display_path(path) if path is not None else ""


@contextlib.contextmanager
def working_from(root: Path | None) -> Iterator[None]:
    """Run with `root` as the current folder (when given), and come back whatever happens."""
    if root is None:
        yield
        return
    before = os.getcwd()
    os.chdir(root)
    try:
        yield
    finally:
        os.chdir(before)


def boundary_notes(
    project: Project, paths: Sequence[Path], files: Sequence[Path], claims: Path
) -> list[str]:
    """What leaves the project or the scanned tree: said, never silently followed."""
    notes: list[str] = []
    root = project.root.resolve()
    for given in paths:
        if project.has_config and not inside(given, root):
            notes.append(f"{_shown(given)}: outside the project ({_shown(root)}), scanned as given")
    if project.has_config and not inside(claims, root):
        notes.append(f"{_shown(claims)}: the claims folder lies outside the project")
    folders = _scanned_folders(paths)
    if not folders:
        return notes
    real_parent: dict[str, str] = {}
    for file in files:
        text = os.fspath(file)
        parent = os.path.dirname(text)
        if os.path.islink(text):
            real = os.path.realpath(text)
        else:
            if parent not in real_parent:
                real_parent[parent] = os.path.realpath(parent or ".")
            real = os.path.join(real_parent[parent], os.path.basename(text))
        if not any(Path(real).is_relative_to(f) for f in folders):
            notes.append(
                f"{_shown(file)}: a symbolic link that leaves the scanned folders "
                f"(to {_shown(Path(real))}): read, but check it is meant"
            )
    return notes


CONFIG_NAMES = ("claimcheck.toml", ".claimcheck.toml")


def configs_among(paths: Sequence[Path], files: Sequence[Path], used: Path | None) -> list[str]:
    """Configuration files inside the scanned folders (beside an article, or at a scanned
    folder's top), other than the one in use: reported, never read for settings."""
    folders = {Path(os.path.dirname(os.fspath(f)) or ".") for f in files}
    folders.update(p for p in paths if p.is_dir())
    found: list[str] = []
    used_real = used.resolve() if used else None
    for folder in sorted(folders):
        for name in (*CONFIG_NAMES, "pyproject.toml"):
            candidate = folder / name
            if not candidate.is_file() or candidate.resolve() == used_real:
                continue
            if name == "pyproject.toml" and not _has_section(candidate):
                continue
            found.append(
                f"{_shown(candidate)}: a configuration file among the articles: reported, "
                "never used"
            )
    return found


def _has_section(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(1024 * 1024)
    except OSError:
        return False
    return b"tool.claimcheck" in head
