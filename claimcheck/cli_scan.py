"""The scan behind `scan` and `resolve`: the catalog and resolutions the settings name, the
walk (without the project's own claims folder), the cache, the reconcile and the findings
the configuration turns off. `cli` holds the app and the settings; this module what a
command does with them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.cli import Format, Settings, _console, _fail, _shown

if TYPE_CHECKING:
    from claimcheck.cache import Cache
    from claimcheck.catalog import Catalog
    from claimcheck.config import Config
    from claimcheck.records import Report, Skipped
    from claimcheck.resolutions import Entry
    from claimcheck.run_options import Options


def report_of(
    settings: Settings, jobs: int, fmt: Format, apply: bool = True
) -> tuple[Report, list[Entry]]:
    """Scan and (unless told not to) apply the resolutions. Exit 2 for a bad catalog or
    resolutions file."""
    from claimcheck import resolutions as res
    from claimcheck.run_options import Options

    options = Options(
        exclude=settings.exclude,
        jobs=jobs or (os.cpu_count() or 1),
        catalog_files=settings.catalog,
    )
    # A file the settings name is checked now; the built-in catalog is built when a document
    # is read, and a scan whose report is kept reads none.
    catalog: Callable[[], Catalog] = _default_catalog
    if settings.catalog:
        built = build_catalog(settings)
        catalog = lambda: built  # noqa: E731
    entries = load_resolutions(settings)
    report = _run_scan(settings, options, catalog, fmt)
    if apply and entries:
        report = res.apply(
            report, entries, _shown(settings.resolutions_file), settings.claims_dir.parent
        )
    return report, entries


def build_catalog(settings: Settings) -> Catalog:
    """The built-in catalog with the settings' extra files; exit 2 for a bad one."""
    from claimcheck import catalog as catalog_mod
    from claimcheck.ledger import MB, FileCheckError, regular_file

    try:
        for extra in settings.catalog:
            regular_file(extra, "catalog", 16 * MB)
        return catalog_mod.build(settings.catalog) if settings.catalog else catalog_mod.default()
    except (catalog_mod.CatalogError, FileCheckError) as exc:
        raise _fail(str(exc)) from None


def _default_catalog() -> Catalog:
    from claimcheck import catalog as catalog_mod

    return catalog_mod.default()


def load_resolutions(settings: Settings) -> list[Entry]:
    from claimcheck import resolutions as res

    try:
        return res.load(settings.resolutions_file)
    except res.ResolutionError as exc:
        raise _fail(str(exc)) from None


def without_ignored(report: Report, cfg: Config) -> Report:
    """The report without the findings the configuration turns off: `ignore` (kinds) and
    `per-file-ignores` (a finding whose every source matches a glob listing its kind)."""
    if not cfg.ignore and not cfg.per_file_ignores:
        return report
    import fnmatch

    from claimcheck.resolutions import stale_location, summary_of

    by_id = {c.id: c for c in report.claims}

    def dropped(kind: str, sources: set[str]) -> bool:
        if kind in cfg.ignore:
            return True
        if not sources:
            return False
        return all(
            any(
                kind in kinds and fnmatch.fnmatch(s, g) for g, kinds in cfg.per_file_ignores.items()
            )
            for s in sources
        )

    kept = []
    for k in report.conflicts:
        sources = {by_id[i].source for i in k.claims if i in by_id}
        where = stale_location(k)
        if where:
            sources.add(where[0])
        if not dropped(k.kind, sources):
            kept.append(k)
    if len(kept) == len(report.conflicts):
        return report
    return report.model_copy(update={"conflicts": kept, "summary": summary_of(report, kept)})


def _run_scan(
    settings: Settings, options: Options, catalog: Callable[[], Catalog], fmt: Format
) -> Report:
    from claimcheck import project as project_mod
    from claimcheck import run_options
    from claimcheck.ingest import discover

    paths = settings.paths
    skip = _own_claims_folder(settings)
    files, skipped = discover(paths, exclude=options.exclude, skip_folders=skip)

    def extract(fs: list[Path], progress: Callable[[int], None] | None = None) -> list:
        from claimcheck import api

        return api.extract_all(fs, catalog(), options, progress=progress)

    report: Report | None = None
    kept_as: tuple[Cache, str] | None = None
    if settings.use_cache:
        from claimcheck import cache as cache_mod
        from claimcheck import report_cache

        store = cache_mod.open_cache(settings.project.root, settings.catalog, options.max_bytes)
        if store is not None:
            keys = cache_mod.document_keys(files, store, options.max_bytes)
            report_key = report_cache.key(store, files, keys, skipped)
            if report_key is not None:
                report = report_cache.load(store, report_key)
                kept_as = (store, report_key)
            extract = lambda fs, progress=None: cache_mod.extract_all(  # noqa: E731
                fs, catalog(), options, store, progress, keys
            )
    if report is None:
        report = _reconciled(files, skipped, extract, catalog(), fmt)
        if kept_as is not None:
            report_cache.save(*kept_as, report)
    settings.kept = kept_as
    if run_options.OWN_PROCESS:
        # What the run has built lives until the process ends: kept out of the collector's
        # passes, which otherwise walk every claim again while the report is written.
        import gc

        gc.freeze()
    notes = [
        f"{_shown(folder)}: the project's claims folder, not read as articles" for folder in skip
    ]
    notes += settings.notices
    notes += project_mod.configs_among(paths, files, settings.config.file)
    notes += project_mod.boundary_notes(settings.project, paths, files, settings.claims_dir)
    report.notes[:0] = list(dict.fromkeys(notes))
    return report


def _reconciled(
    files: list[Path],
    skipped: list[Skipped],
    extract: Callable[..., list],
    catalog: Catalog,
    fmt: Format,
) -> Report:
    from claimcheck import api

    # A progress bar is for a person, and only worth it for many files.
    if not (fmt is Format.text and sys.stderr.isatty()) or len(files) < 50:
        extractions = extract(files)
    else:
        from rich.progress import Progress

        with Progress(console=_console(stderr=True), transient=True) as progress:
            task = progress.add_task("reading articles", total=len(files))
            step = lambda n: progress.advance(task, n)  # noqa: E731
            extractions = extract(files, progress=step)
    return api.reconcile_extractions(extractions, catalog, skipped)


def _own_claims_folder(settings: Settings) -> list[Path]:
    """The claims folder, when it lies inside a scanned folder: skipped by the walk (and said
    so). Never one named by a configuration file among the articles: hiding a folder of
    articles would open the gate."""
    claims = settings.claims_dir.resolve()
    if not claims.is_dir():
        return []
    config = settings.config.file.resolve() if settings.config.file else None
    inside = False
    for given in settings.paths:
        root = given.resolve()
        if not root.is_dir() or claims == root or not claims.is_relative_to(root):
            continue
        if settings.claims_from_config and config is not None and config.is_relative_to(root):
            return []
        inside = True
    return [claims] if inside else []
