"""The library face of claimcheck: `scan(paths) -> Report`, and its two halves,
`extract` (per document, embarrassingly parallel) and `reconcile_claims` (the group-by)."""

from __future__ import annotations

import signal
from collections.abc import Callable, Sequence
from pathlib import Path

from claimcheck import catalog as catalog_mod
from claimcheck.catalog import Catalog
from claimcheck.comparisons import check as check_relations
from claimcheck.comparisons import to_relations
from claimcheck.extract import extract_document
from claimcheck.extract.names import Names
from claimcheck.extract.prose import RawClaim
from claimcheck.extraction import Extraction
from claimcheck.ingest import DEFAULT_MAX_BYTES, Document, discover, read_document
from claimcheck.normalize import to_claims, unify_unknown
from claimcheck.reconcile import conflict_order, reconcile
from claimcheck.records import Claim, Conflict, Relation, Report, Skipped, Summary, stable_id
from claimcheck.run_options import Options, gc_paused


def extract_path(path: Path, catalog: Catalog, max_bytes: int = DEFAULT_MAX_BYTES) -> Extraction:
    """Read and extract one file. Never raises for bad input: it comes back as `skipped`."""
    doc = read_document(path, max_bytes=max_bytes)
    if isinstance(doc, Skipped):
        return Extraction(path=doc.path, skipped=doc)
    return extract_doc(doc, catalog)


def extract_doc(doc: Document, catalog: Catalog) -> Extraction:
    result = extract_document(doc, catalog)
    return Extraction(
        path=doc.path,
        raws=result.claims,
        pending=result.pending,
        relations=result.relations,
        stale_markers=result.stale_markers,
        notes=list(doc.notes),
    )


_WORKER_CATALOG: Catalog | None = None


def _worker_init(files: Sequence[Path]) -> None:
    # Ctrl-C reaches every process of the terminal's group. Only the parent handles it: a
    # worker that died of KeyboardInterrupt mid-task left the parent waiting on the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _WORKER_CATALOG
    _WORKER_CATALOG = catalog_mod.build(files)


def _worker(args: tuple[Path, int]) -> Extraction:
    assert _WORKER_CATALOG is not None
    return extract_path(args[0], _WORKER_CATALOG, args[1])


def extract_all(
    files: Sequence[Path],
    catalog: Catalog,
    options: Options,
    progress: Callable[[int], None] | None = None,
) -> list[Extraction]:
    """Extraction of every file, in the order given, whatever the number of jobs."""
    if options.jobs <= 1 or len(files) < 8:
        out = []
        for f in files:
            out.append(extract_path(f, catalog, options.max_bytes))
            if progress:
                progress(1)
        return out
    # Imported here: a scan of a few files never starts a pool, and the import costs start-up.
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        max_workers=options.jobs, initializer=_worker_init, initargs=(tuple(options.catalog_files),)
    )
    try:
        results = []
        for result in pool.map(_worker, [(f, options.max_bytes) for f in files], chunksize=8):
            results.append(result)
            if progress:
                progress(1)
    except BaseException:
        # Interrupted (Ctrl-C) or failed: drop the queued work and end the workers now, rather
        # than waiting for them as leaving a `with` block would.
        pool.shutdown(wait=False, cancel_futures=True)
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
        raise
    pool.shutdown()
    return results


def claims_from(extractions: Sequence[Extraction], catalog: Catalog) -> list[Claim]:
    """The document-independent half of normalisation: table rows placed by the other
    sources' evidence, unknown names unified, units decided, ids given."""
    from claimcheck.extract.tables import place_pending

    raws: list[RawClaim] = [r for ex in extractions for r in ex.raws]
    pending = [p for ex in extractions for p in ex.pending]
    if pending:
        raws.extend(place_pending(pending, raws))
    unify_unknown(raws, Names(catalog), [r for ex in extractions for r in ex.relations])
    return to_claims(raws, {m.name: m.org for m in catalog.models if m.org})


def relations_from(extractions: Sequence[Extraction]) -> list[Relation]:
    return to_relations([r for ex in extractions for r in ex.relations])


def reconcile_claims(
    claims: list[Claim],
    catalog: Catalog,
    skipped: Sequence[Skipped] = (),
    notes: Sequence[str] = (),
    sources: Sequence[str] = (),
    relations: Sequence[Relation] = (),
    extra: Sequence[Conflict] = (),
) -> Report:
    outcome = reconcile(claims, catalog)
    checked = [r.model_copy() for r in relations]
    conflicts = outcome.conflicts + check_relations(checked, claims) + list(extra)
    conflicts.sort(key=conflict_order)
    report = build_report(claims, conflicts, outcome.sources, skipped, notes, sources)
    report.relations = checked
    return report


def build_report(
    claims: list[Claim],
    conflicts: list[Conflict],
    source_summaries: list,
    skipped: Sequence[Skipped],
    notes: Sequence[str],
    sources: Sequence[str] = (),
) -> Report:
    from claimcheck.records import SourceSummary

    summaries = list(source_summaries)
    have = {s.path for s in summaries}
    for path in sorted(set(sources) - have):
        summaries.append(
            SourceSummary(
                path=path,
                claims=0,
                corroborated=0,
                contradicted=0,
                uncorroborated=0,
                reliability=0.0,
            )
        )
    open_counts = {"error": 0, "warning": 0, "info": 0}
    resolved = 0
    for k in conflicts:
        if k.status == "open":
            open_counts[k.severity] += 1
        else:
            resolved += 1
    return Report(
        sources=summaries,
        claims=claims,
        conflicts=conflicts,
        skipped=list(skipped),
        notes=list(notes),
        summary=Summary(
            sources=len(summaries),
            claims=len(claims),
            conflicts=open_counts,
            resolved=resolved,
            skipped=len(skipped),
            ignored=sum(c.ignored for c in claims),
        ),
    )


def scan(
    paths: Sequence[Path | str],
    options: Options | None = None,
    catalog: Catalog | None = None,
    progress: Callable[[int], None] | None = None,
) -> Report:
    """Read every article under `paths` and reconcile what they claim."""
    options = options or Options()
    catalog = catalog or (
        catalog_mod.build(options.catalog_files) if options.catalog_files else catalog_mod.default()
    )
    files, skipped = discover(list(paths), exclude=options.exclude)
    extractions = extract_all(files, catalog, options, progress)
    return reconcile_extractions(extractions, catalog, skipped)


def reconcile_extractions(
    extractions: Sequence[Extraction], catalog: Catalog, skipped: Sequence[Skipped] = ()
) -> Report:
    """The cross-document half of a scan over every document's extraction, in any order and
    from any number of shards: the report `scan` gives for the same files."""
    with gc_paused():
        return _reconcile_extractions(extractions, catalog, skipped)


def _reconcile_extractions(
    extractions: Sequence[Extraction], catalog: Catalog, skipped: Sequence[Skipped]
) -> Report:
    # A scan reads files sorted by path; shards come in any order, perhaps overlapping.
    by_path: dict[str, Extraction] = {}
    for ex in extractions:
        by_path.setdefault(ex.path, ex)
    ordered = [by_path[path] for path in sorted(by_path)]
    read = [ex for ex in ordered if not ex.skipped]
    all_skipped = sorted(
        {s.path: s for s in [*skipped, *(ex.skipped for ex in ordered if ex.skipped)]}.values(),
        key=lambda s: s.path,
    )
    notes = [f"{ex.path}: {note}" for ex in ordered for note in ex.notes]
    claims = claims_from(read, catalog)
    sources = [ex.path for ex in read]
    relations = relations_from(ordered)
    markers = stale_marker_findings(ordered)
    return reconcile_claims(claims, catalog, all_skipped, notes, sources, relations, markers)


def stale_marker_findings(extractions: Sequence[Extraction]) -> list[Conflict]:
    """An ignore marker that covers no claim any more: worth removing, never an error."""
    out = []
    for ex in extractions:
        for line in ex.stale_markers:
            out.append(
                Conflict(
                    id=stable_id("stal", "marker", ex.path, line),
                    kind="stale",
                    severity="info",
                    model="",
                    benchmark="",
                    claims=[],
                    message=(
                        f"{ex.path}:{line}: the `claimcheck: ignore` marker covers no claim; "
                        "remove it or move it above the figure it should hide"
                    ),
                    rule="stale: a marker or resolution that no longer applies",
                )
            )
    return out
