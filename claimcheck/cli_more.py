"""The commands around `scan`: explain, extract, reconcile, claims, clean."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli import (
    EXIT_OK,
    CatalogOpt,
    ClaimsOpt,
    ConfigOpt,
    ConflictIdArg,
    DebugOpt,
    ExcludeOpt,
    FailOn,
    FailOnOpt,
    Flags,
    Format,
    FormatOpt,
    JobsOpt,
    NoCacheOpt,
    OutputOpt,
    PathsArg,
    QuietOpt,
    StatisticsOpt,
    VerboseOpt,
    View,
    _console,
    _emit,
    _exit_code,
    _fail,
    _guarded,
    _output_path,
    _project,
    _shown,
    app,
    unknown_id,
)
from claimcheck.cli_scan import build_catalog, load_resolutions, report_of, without_ignored


@app.command()
def explain(
    conflict_id: ConflictIdArg,
    paths: PathsArg = None,
    claims: ClaimsOpt = None,
    exclude: ExcludeOpt = None,
    catalog: CatalogOpt = None,
    config: ConfigOpt = None,
    jobs: JobsOpt = 0,
    no_cache: NoCacheOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Show one finding in full, with its evidence and the rule that fired.

    Every claim, quote and file:line, the consensus, the rule and why; resolutions applied.
    """
    flags = Flags(paths or [], claims, exclude, catalog, config, not no_cache)
    raise typer.Exit(_guarded(lambda: _explain(conflict_id, flags, jobs), debug))


def _explain(conflict_id: str, flags: Flags, jobs: int) -> int:
    from claimcheck.output import show_text
    from claimcheck.render import explain as explain_view

    with _project(flags, "explain") as settings:
        report, _ = report_of(settings, jobs, Format.text)
        matches = [k for k in report.conflicts if k.id == conflict_id] or [
            k for k in report.conflicts if k.id.startswith(conflict_id)
        ]
        if len(matches) != 1:
            raise _fail(unknown_id(conflict_id, report, settings.paths, hint=""))
        show_text(
            lambda console: explain_view.render(matches[0], report, console), _console(), None
        )
        return EXIT_OK


@app.command()
def extract(
    paths: PathsArg = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the extractions as JSONL to FILE (atomically)."),
    ] = None,
    exclude: ExcludeOpt = None,
    catalog: CatalogOpt = None,
    config: ConfigOpt = None,
    jobs: JobsOpt = 0,
    no_cache: NoCacheOpt = False,
    debug: DebugOpt = False,
) -> None:
    """The per-document half of a scan: one JSON line per document, no reconciling.

    Run it over shards of a large corpus (in parallel, on many machines), then `reconcile`
    every output together: the report equals a scan of all the shards at once. With no
    PATHS, the configuration's `paths`.
    """
    flags = Flags(paths or [], None, exclude, catalog, config, not no_cache)
    out = _output_path(output)
    raise typer.Exit(_guarded(lambda: _extract(flags, out, jobs), debug))


def _extract(flags: Flags, output: Path | None, jobs: int) -> int:
    from claimcheck import api
    from claimcheck import cache as cache_mod
    from claimcheck.extraction import Extraction, extractions_jsonl
    from claimcheck.ingest import discover
    from claimcheck.output import to_stdout, write_or_exit
    from claimcheck.render.safe import no_commands, printable

    with _project(flags, "extract") as settings:
        options = api.Options(
            exclude=settings.exclude,
            jobs=jobs or (os.cpu_count() or 1),
            catalog_files=settings.catalog,
        )
        catalog = build_catalog(settings)
        paths = settings.paths
        files, skipped = discover(paths, exclude=settings.exclude)
        if not files:
            shown = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3])
            raise _fail(f"no articles found under {', '.join(map(str, paths))} ({shown or 'none'})")
        store = None
        if settings.use_cache:
            store = cache_mod.open_cache(settings.project.root, settings.catalog, options.max_bytes)
        if store is not None:
            extractions = cache_mod.extract_all(files, catalog, options, store)
        else:
            extractions = api.extract_all(files, catalog, options)
        for item in skipped + [ex.skipped for ex in extractions if ex.skipped]:
            line = printable(f"claimcheck: skipped {item.path}: {item.reason}")
            typer.echo(no_commands(line), err=True)
        # Files skipped before reading travel too, so `reconcile` reports them as `scan` does.
        found = extractions + [Extraction(path=item.path, skipped=item) for item in skipped]
        data = extractions_jsonl(sorted(found, key=lambda ex: ex.path))
        if output:
            write_or_exit(output, data)
        else:
            to_stdout(data)
        return EXIT_OK


@app.command()
def reconcile(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILES", help="JSONL files from `extract` (or a scan's claims.jsonl)."
        ),
    ],
    format: FormatOpt = None,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    claims: ClaimsOpt = None,
    catalog: CatalogOpt = None,
    config: ConfigOpt = None,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
    statistics: StatisticsOpt = False,
    debug: DebugOpt = False,
) -> None:
    """The group-by half of a scan: reconcile what `extract` wrote, from any number of shards.

    The project's configuration (catalog, format, fail-on, ignores) and resolutions apply, as
    in `scan`.
    """
    from claimcheck.project import absolute

    inputs = [absolute(f) for f in files]
    flags = Flags([], claims, None, catalog, config)
    view = View(verbose, quiet, statistics)
    out = _output_path(output)
    raise typer.Exit(_guarded(lambda: _reconcile(inputs, flags, format, out, fail_on, view), debug))


def _reconcile(
    files: list[Path],
    flags: Flags,
    fmt_flag: Format | None,
    output: Path | None,
    fail_on_flag: FailOn | None,
    view: View,
) -> int:
    from claimcheck import api
    from claimcheck import resolutions as res
    from claimcheck.ledger import Records, read_records
    from claimcheck.normalize import dedupe, sort_claims

    with _project(flags, "reconcile", need_paths=False) as settings:
        cfg = settings.config
        fmt = fmt_flag or (Format(cfg.format) if cfg.format else Format.text)
        fail_on = fail_on_flag or (FailOn(cfg.fail_on) if cfg.fail_on else FailOn.error)
        every = Records()
        for f in files:
            try:
                found = read_records(f)
            except (OSError, ValueError) as exc:
                raise _fail(f"{exc}; give files that `claimcheck extract` wrote") from None
            every.claims.extend(found.claims)
            every.relations.extend(found.relations)
            every.extractions.extend(found.extractions)
        catalog = build_catalog(settings)
        if not (every.claims or every.relations):
            report = api.reconcile_extractions(every.extractions, catalog)
        else:
            # Finished claim records (a scan's claims.jsonl), with any extractions beside them.
            read = [ex for ex in every.extractions if not ex.skipped]
            claims = sort_claims(dedupe([*every.claims, *api.claims_from(read, catalog)]))
            relations = sorted(
                {r.id: r for r in [*every.relations, *api.relations_from(read)]}.values(),
                key=lambda r: (r.source, r.line, r.id),
            )
            sources = sorted({c.source for c in claims} | {ex.path for ex in read})
            report = api.reconcile_claims(claims, catalog, sources=sources, relations=relations)
        entries = load_resolutions(settings)
        if entries:
            report = res.apply(
                report, entries, _shown(settings.resolutions_file), settings.claims_dir.parent
            )
        report = without_ignored(report, cfg)
        _emit(report, fmt, output, view)
        return _exit_code(report, fail_on)


class ClaimsFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def claims(
    paths: PathsArg = None,
    model: Annotated[
        list[str] | None, typer.Option("--model", "-m", help="Only this model (repeatable).")
    ] = None,
    benchmark: Annotated[
        list[str] | None,
        typer.Option("--benchmark", "-b", help="Only this benchmark (repeatable)."),
    ] = None,
    source: Annotated[
        list[str] | None,
        typer.Option("--source", "-s", help="Only sources whose path contains TEXT (repeatable)."),
    ] = None,
    format: Annotated[
        ClaimsFormat,
        typer.Option("--format", "-f", help="table: the matrix; csv or json: one row a claim."),
    ] = ClaimsFormat.table,
    claims_dir: ClaimsOpt = None,
    exclude: ExcludeOpt = None,
    catalog: CatalogOpt = None,
    config: ConfigOpt = None,
    jobs: JobsOpt = 0,
    no_cache: NoCacheOpt = False,
    debug: DebugOpt = False,
) -> None:
    """List what the sources claim: a matrix of models by benchmarks, or one row a claim.

    Models down, benchmarks across, a value and its sources in each cell, disagreements
    marked (✗, the outlier arrowed). Runs the scan of PATHS (resolutions applied) and writes
    nothing. Names match the canonical model and benchmark names in any case, never as a
    substring: GPT-5 is not GPT-5.4.
    """
    flags = Flags(paths or [], claims_dir, exclude, catalog, config, not no_cache)
    wanted = (model or [], benchmark or [], source or [])
    raise typer.Exit(_guarded(lambda: _claims(flags, wanted, format, jobs), debug))


def _claims(
    flags: Flags,
    wanted: tuple[list[str], list[str], list[str]],
    fmt: ClaimsFormat,
    jobs: int,
) -> int:
    from claimcheck.render import claims as view

    with _project(flags, "claims") as settings:
        report, _ = report_of(settings, jobs, Format.json)
        found = view.select(report.claims, *wanted)
        if not found:
            typer.echo(f"claimcheck: {view.no_match(report.claims, *wanted[:2])}", err=True)
            return EXIT_OK
        if fmt is ClaimsFormat.table:
            view.matrix(report, found, _console())
        else:
            render = view.to_csv if fmt is ClaimsFormat.csv else view.to_json
            sys.stdout.write(render(report, found))
        return EXIT_OK


@app.command()
def clean(
    paths: PathsArg = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Remove the cache (.claimcheck_cache/ at the project root)."""
    flags = Flags(paths or [], None, None, None, config)
    raise typer.Exit(_guarded(lambda: _clean(flags), debug))


def _clean(flags: Flags) -> int:
    from claimcheck import cache as cache_mod

    with _project(flags, "clean", need_paths=False) as settings:
        folder = settings.project.root / cache_mod.CACHE_DIR
        try:
            removed = cache_mod.remove(settings.project.root)
        except OSError as exc:
            raise _fail(f"cannot remove {_shown(folder)}: {exc}") from None
        what = "removed" if removed else "no cache at"
        typer.echo(f"claimcheck: {what} {_shown(folder)}")
        return EXIT_OK
