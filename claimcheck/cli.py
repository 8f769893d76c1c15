"""The command line: a thin layer over `claimcheck.api`.

Heavy modules are imported inside the commands, so `claimcheck --help` and start-up stay
close to the cost of importing typer and rich themselves.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from claimcheck.api import Options
    from claimcheck.catalog import Catalog
    from claimcheck.config import Config
    from claimcheck.records import Report
    from claimcheck.resolutions import Entry

app = typer.Typer(
    name="claimcheck",
    help="Catch sources that disagree on AI benchmark numbers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _print_version(value: bool) -> None:
    if value:
        from claimcheck import __version__

        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Catch sources that disagree on AI benchmark numbers."""


class Format(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    markdown = "markdown"
    html = "html"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    from claimcheck.render.safe import no_commands, printable

    # Messages quote paths, ids and names: shown, never acted on by a terminal or a runner.
    typer.echo(no_commands(printable(f"claimcheck: {message}", keep_lines=True)), err=True)
    return typer.Exit(code)


def _console(stderr: bool = False):  # type: ignore[no-untyped-def]
    from rich.console import Console

    width = None if sys.stdout.isatty() else 100
    return Console(stderr=stderr, width=width, no_color=bool(os.environ.get("NO_COLOR")) or None)


def _claims_dir(paths: list[Path], claims: Path | None) -> Path:
    """claims/ sits beside the articles folder: `scan articles/` writes ./claims."""
    if claims is not None:
        return claims
    first = paths[0]
    base = (first if first.is_dir() else first.parent).resolve()
    return base / "claims" if base == Path.cwd().resolve() else base.parent / "claims"


def _exit_code(report, fail_on: FailOn) -> int:  # type: ignore[no-untyped-def]
    from claimcheck.records import SEVERITY_RANK

    if fail_on is FailOn.never:
        return EXIT_OK
    threshold = SEVERITY_RANK[fail_on.value]
    for k in report.conflicts:
        if k.status == "open" and SEVERITY_RANK[k.severity] >= threshold:
            return EXIT_FINDINGS
    return EXIT_OK


def _emit(report: Report, fmt: Format, output: Path | None, verbose: bool) -> None:
    from claimcheck.output import emit

    emit(report, fmt.value, output, verbose, _console())


PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(help="Article files or folders (.txt, .md, .html), read recursively."),
]


ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Configuration file (claimcheck.toml or pyproject.toml). Default: the nearest one "
        "at or above the scanned folder.",
    ),
]
ClaimsOpt = Annotated[
    Path | None,
    typer.Option(
        "--claims",
        help="The claims folder (default: config `claims`, else claims/ beside the articles).",
    ),
]
ExcludeOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--exclude", help="Glob of files to leave out (repeatable; replaces config `exclude`)."
    ),
]
CatalogOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--catalog", help="Extra catalog TOML file (repeatable; replaces config `catalog`)."
    ),
]
JobsOpt = Annotated[
    int,
    typer.Option("--jobs", "-j", min=0, help="Parallel extraction processes (0: one per core)."),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show Python tracebacks.")]


@app.command()
def scan(
    paths: PathsArg = None,
    format: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="Output format (default: config `format`, else text)."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to FILE (atomically).")
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help="Lowest open severity that makes the exit code 1 (default: config "
            "`fail-on`, else error).",
        ),
    ] = None,
    claims: ClaimsOpt = None,
    no_write: Annotated[
        bool, typer.Option("--no-write", help="Do not write claims/claims.jsonl.")
    ] = False,
    jobs: JobsOpt = 0,
    exclude: ExcludeOpt = None,
    catalog: CatalogOpt = None,
    config: ConfigOpt = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show every finding in full.")
    ] = False,
    debug: DebugOpt = False,
) -> None:
    """Read articles, reconcile their benchmark claims, report disagreements.

    With no PATHS, the `paths` of the configuration are scanned (\\[tool.claimcheck]
    in pyproject.toml, or claimcheck.toml, found by searching upward from the
    scanned folder). Resolutions in claims/resolutions.toml are applied.

    Exit 0 when nothing open is at or above --fail-on, 1 when something is,
    2 on bad usage, an unusable configuration or resolutions file, or no input.
    """
    flags = Flags(paths or [], claims, exclude, catalog, config)
    code = _guarded(lambda: _scan(flags, format, output, fail_on, no_write, jobs, verbose), debug)
    raise typer.Exit(code)


def _guarded(run: Callable[[], int], debug: bool) -> int:
    try:
        return run()
    except KeyboardInterrupt:
        typer.echo("claimcheck: interrupted", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except typer.Exit:
        raise
    except BrokenPipeError:
        from claimcheck.output import die_of_sigpipe

        die_of_sigpipe()
    except Exception as exc:  # the last guard: a message, not a traceback
        if debug:
            raise
        raise _fail(
            f"internal error: {exc!r} (run with --debug for the traceback)", EXIT_USAGE
        ) from None


@dataclass(slots=True)
class Flags:
    """What the command line said about where to look; None where it said nothing."""

    paths: list[Path]
    claims: Path | None = None
    exclude: list[str] | None = None
    catalog: list[Path] | None = None
    config: Path | None = None


@dataclass(slots=True)
class Settings:
    """Flags merged over the configuration file: what a scan or a resolve uses."""

    paths: list[Path]
    claims_dir: Path
    exclude: list[str]
    catalog: list[Path]
    config: Config
    claims_from_config: bool = False

    @property
    def resolutions_file(self) -> Path:
        from claimcheck.resolutions import RESOLUTIONS_FILE

        return self.claims_dir / RESOLUTIONS_FILE


def _settings(flags: Flags, command: str) -> Settings:
    """Find and read the configuration; flags win. Exit 2 on a bad file or no paths."""
    from claimcheck import config as config_mod
    from claimcheck.ledger import MB, FileCheckError, regular_file

    try:
        if flags.config is not None:
            regular_file(flags.config, "configuration", MB)
            cfg = config_mod.load(flags.config)
        else:
            start = flags.paths[0] if flags.paths else Path.cwd()
            cfg = config_mod.discover(start if start.exists() else Path.cwd())
    except (config_mod.ConfigError, FileCheckError) as exc:
        raise _fail(str(exc)) from None
    paths = flags.paths or cfg.paths
    if not paths:
        where = f" ({cfg.file} has no `paths`)" if cfg.file else ""
        example = "scan articles/" if command == "scan" else f"{command} ID articles/ ..."
        raise _fail(
            f"no input{where}: give the article files or folders, e.g. `claimcheck {example}`, "
            'or set `paths = ["articles"]` under [tool.claimcheck] in pyproject.toml (or in '
            "claimcheck.toml)"
        )
    claims_dir = Path(_shown(flags.claims or cfg.claims or _claims_dir(paths, None)))
    exclude = flags.exclude if flags.exclude is not None else cfg.exclude
    catalog = flags.catalog if flags.catalog is not None else cfg.catalog
    from_config = flags.claims is None and cfg.claims is not None
    return Settings(paths, claims_dir, list(exclude), list(catalog), cfg, from_config)


def _report(
    settings: Settings, jobs: int, fmt: Format, apply: bool = True
) -> tuple[Report, list[Entry]]:
    """Scan and (unless told not to) apply the resolutions. Exit 2 for a bad catalog or
    resolutions file."""
    from claimcheck import api
    from claimcheck import resolutions as res
    from claimcheck.catalog import CatalogError
    from claimcheck.ledger import MB, FileCheckError, regular_file

    options = api.Options(
        exclude=settings.exclude,
        jobs=jobs or (os.cpu_count() or 1),
        catalog_files=settings.catalog,
    )
    try:
        for extra in settings.catalog:
            regular_file(extra, "catalog", 16 * MB)
        catalog = api.catalog_mod.build(settings.catalog) if settings.catalog else None
    except (CatalogError, FileCheckError) as exc:
        raise _fail(str(exc)) from None
    try:
        entries = res.load(settings.resolutions_file)
    except res.ResolutionError as exc:
        raise _fail(str(exc)) from None
    report = _run_scan(settings, options, catalog or api.catalog_mod.default(), fmt)
    if apply and entries:
        report = res.apply(
            report, entries, _shown(settings.resolutions_file), settings.claims_dir.parent
        )
    return report, entries


def _shown(path: Path) -> str:
    """A path as messages show it: relative to the current folder when under it."""
    from claimcheck.ingest import display_path

    return display_path(path.absolute())


def _scan(
    flags: Flags,
    fmt_flag: Format | None,
    output: Path | None,
    fail_on_flag: FailOn | None,
    no_write: bool,
    jobs: int,
    verbose: bool,
) -> int:
    from claimcheck.ledger import write_claims

    settings = _settings(flags, "scan")
    cfg = settings.config
    fmt = fmt_flag or (Format(cfg.format) if cfg.format else Format.text)
    fail_on = fail_on_flag or (FailOn(cfg.fail_on) if cfg.fail_on else FailOn.error)
    paths = settings.paths
    report, _ = _report(settings, jobs, fmt)
    if not report.sources and not report.skipped:
        raise _fail(f"no articles found under {', '.join(map(str, paths))} (.txt, .md, .html)")
    if not report.sources:
        _emit(report, fmt, output, verbose)
        shown = "; ".join(f"{s.path}: {s.reason}" for s in report.skipped[:3])
        more = f"; … {len(report.skipped) - 3} more" if len(report.skipped) > 3 else ""
        raise _fail(f"no readable articles: every file was skipped ({shown}{more})")
    if not no_write:
        try:
            write_claims(settings.claims_dir, report.claims)
        except OSError as exc:
            reason = (exc.strerror or str(exc)).lower()
            raise _fail(
                f"cannot write {settings.claims_dir}/claims.jsonl: {reason}; give another "
                "--claims folder, or --no-write"
            ) from None
    _emit(report, fmt, output, verbose)
    return _exit_code(report, fail_on)


@app.command()
def resolve(
    conflict_id: Annotated[
        str, typer.Argument(metavar="CONFLICT_ID", help="The finding's id, as a scan shows it.")
    ],
    paths: PathsArg = None,
    accept: Annotated[
        str | None,
        typer.Option("--accept", metavar="VALUE", help="Record VALUE as the right value."),
    ] = None,
    dismiss: Annotated[
        bool, typer.Option("--dismiss", help="Record that the finding is not a real conflict.")
    ] = False,
    reason: Annotated[
        str, typer.Option("--reason", help="Why (the primary source, the reviewer's check).")
    ] = "",
    by: Annotated[
        str | None, typer.Option("--by", help="Who decided (written into the resolution).")
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Record it even if no finding has this id (with a warning)."),
    ] = False,
    claims: ClaimsOpt = None,
    exclude: ExcludeOpt = None,
    catalog: CatalogOpt = None,
    config: ConfigOpt = None,
    jobs: JobsOpt = 0,
    debug: DebugOpt = False,
) -> None:
    """Record a decision on a finding in claims/resolutions.toml (appended).

    --accept VALUE makes VALUE the reference for the finding's model, benchmark
    and condition: the claims that disagree now are recorded as known, and an
    article that later gives another value reopens the finding.

    --dismiss records that the finding is not a real conflict; a value that no
    source gave before reopens it.

    The id must come out of a fresh scan of PATHS (default: the configuration's
    `paths`); --force records it anyway, with a warning.
    """
    flags = Flags(paths or [], claims, exclude, catalog, config)
    code = _guarded(
        lambda: _resolve(flags, conflict_id, accept, dismiss, reason, by, force, jobs), debug
    )
    raise typer.Exit(code)


def _resolve(
    flags: Flags,
    conflict_id: str,
    accept: str | None,
    dismiss: bool,
    reason: str,
    by: str | None,
    force: bool,
    jobs: int,
) -> int:
    from claimcheck import resolutions as res
    from claimcheck import resolutions_write as writer

    if (accept is None) == (not dismiss):
        raise _fail("say what was decided: --accept VALUE or --dismiss (one of them)")
    if not reason.strip():
        raise _fail("--reason TEXT is required: it is what a reviewer reads")
    accepted: tuple[float, int] | None = None
    if accept is not None:
        accepted = res.parse_value(accept)
        if accepted is None:
            raise _fail(f"--accept takes a number such as 89.5, not {accept!r}")
    conflict_id = conflict_id.strip()
    settings = _settings(flags, "resolve")
    raw, entries = _report(settings, jobs, Format.json, apply=False)
    shown = _shown(settings.resolutions_file)
    root = settings.claims_dir.parent
    report = res.apply(raw, entries, shown, root)
    target = res.find_conflict(report, conflict_id)
    if target is None and len(conflict_id) >= 6:
        # A unique prefix is enough, as with git commits; the full id is what gets written.
        matches = [k for k in report.conflicts if k.id.startswith(conflict_id)]
        if len(matches) == 1:
            target, conflict_id = matches[0], matches[0].id
    if target is not None and target.kind == "stale":
        raise _fail(f"{conflict_id} is a stale resolution: delete its table instead")
    known: list[res.Known] | None = None
    comment = None
    model = benchmark = None
    if target is None:
        if not force:
            raise _fail(_unknown_id(conflict_id, report, settings.paths))
        typer.echo(
            f"claimcheck: warning: no finding {conflict_id} in a scan of "
            f"{', '.join(map(str, settings.paths))}; recording it anyway (--force)",
            err=True,
        )
    else:
        model, benchmark = target.model, target.benchmark
        comment = target.message
        known = res.known_for(target, report.claims, root, accepted)
        if accepted is not None and not res.agreeing(target, report.claims, *accepted):
            typer.echo(
                f"claimcheck: warning: no source of {conflict_id} gives {accept}; every claim "
                "is recorded as known",
                err=True,
            )
        if target.status == "resolved":
            typer.echo(
                f"claimcheck: note: {conflict_id} is resolved already; this resolution "
                "supersedes the earlier one",
                err=True,
            )
    if accept is not None:
        units = {c.unit for c in report.claims if target and c.id in target.claims}
        problem = res.value_problem(accept, units.pop() if len(units) == 1 else None)
        if problem:
            raise _fail(f"--accept {accept.strip()}: {problem}")
    value_text = None
    if accepted is not None:
        value_text = fmt_value(*accepted)
    entry = writer.format_entry(
        conflict_id,
        "accept" if accepted is not None else "dismiss",
        reason.strip(),
        value=value_text,
        by=by,
        date=res.today(),
        model=model,
        benchmark=benchmark,
        known=known,
        comment=comment,
    )
    try:
        line = writer.append(settings.resolutions_file, entry)
    except res.ResolutionError as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"cannot write {settings.resolutions_file}: {exc}") from None
    what = f"accept {value_text}" if value_text else "dismiss"
    typer.echo(f"claimcheck: recorded {what} for {conflict_id} in {shown}:{line}")
    if target is not None:
        after = res.apply(raw, res.load(settings.resolutions_file), shown, root)
        now = res.find_conflict(after, conflict_id)
        if now is not None and now.status == "open":
            typer.echo(f"claimcheck: {conflict_id} is still open: {now.message}", err=True)
        elif now is not None:
            typer.echo(f"claimcheck: {conflict_id} is resolved")
    return EXIT_OK


def fmt_value(value: float, decimals: int) -> str:
    from claimcheck.values import fmt

    return fmt(value, decimals)


def _unknown_id(
    conflict_id: str,
    report: Report,
    paths: list[Path],
    hint: str = " (use --force to record it anyway)",
) -> str:
    listed = [k for k in report.conflicts if k.kind != "stale"]
    lines = [f"no finding {conflict_id} in a scan of {', '.join(map(str, paths))}{hint}"]
    if listed:
        from rapidfuzz import process

        close = process.extractOne(conflict_id, [k.id for k in listed], score_cutoff=60)
        if close:
            lines.append(f"did you mean {close[0]}?")
        lines.append("findings of this scan:")
        for k in listed[:20]:
            lines.append(f"  {k.id}  {k.kind} {k.model} / {k.benchmark} ({k.status})")
        if len(listed) > 20:
            lines.append(f"  … {len(listed) - 20} more (claimcheck scan --format json)")
    return "\n".join(lines)


def _run_scan(settings: Settings, options: Options, catalog: Catalog, fmt: Format) -> Report:
    from claimcheck import api
    from claimcheck.ingest import discover

    paths = settings.paths
    skip = _own_claims_folder(settings)
    files, skipped = discover(paths, exclude=options.exclude, skip_folders=skip)
    # A progress bar is for a person, and only worth it for many files.
    if not (fmt is Format.text and sys.stderr.isatty()) or len(files) < 50:
        extractions = api.extract_all(files, catalog, options)
    else:
        from rich.progress import Progress

        with Progress(console=_console(stderr=True), transient=True) as progress:
            task = progress.add_task("reading articles", total=len(files))
            step = lambda n: progress.advance(task, n)  # noqa: E731
            extractions = api.extract_all(files, catalog, options, progress=step)
    report = api.reconcile_extractions(extractions, catalog, skipped)
    for folder in skip:
        note = f"{_shown(folder)}: the project's claims folder, not read as articles"
        report.notes.insert(0, note)
    return report


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


@app.command()
def explain(
    conflict_id: Annotated[str, typer.Argument(help="A finding's id (or a unique prefix).")],
    paths: PathsArg = None,
    claims: ClaimsOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Show one finding in full: every claim, quote and file:line, the consensus, the rule
    that fired and why."""
    flags = Flags(paths or [], claims, None, None, config)
    raise typer.Exit(_guarded(lambda: _explain(conflict_id, flags), debug))


def _explain(conflict_id: str, flags: Flags) -> int:
    from claimcheck.render import explain as explain_view

    settings = _settings(flags, "explain")
    report, _ = _report(settings, 0, Format.text)
    matches = [k for k in report.conflicts if k.id == conflict_id] or [
        k for k in report.conflicts if k.id.startswith(conflict_id)
    ]
    if len(matches) != 1:
        raise _fail(_unknown_id(conflict_id, report, settings.paths, hint=""))
    from claimcheck.output import show_text

    show_text(lambda console: explain_view.render(matches[0], report, console), _console(), None)
    return EXIT_OK


@app.command()
def extract(
    paths: PathsArg = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the extractions as JSONL to FILE (atomically)."),
    ] = None,
    jobs: JobsOpt = 0,
) -> None:
    """The per-document half of a scan: one JSON line per document, no reconciling.

    Run it over shards of a large corpus (in parallel, on many machines), then `reconcile`
    every output together: the report equals a scan of all the shards at once.
    """
    from claimcheck import api
    from claimcheck.extraction import Extraction, extractions_jsonl
    from claimcheck.output import to_stdout, write_or_exit
    from claimcheck.render.safe import no_commands, printable

    if not paths:
        raise _fail("no input: give article files or folders")
    options = api.Options(jobs=jobs or (os.cpu_count() or 1))
    catalog = api.catalog_mod.default()
    files, skipped = api.discover(paths)
    if not files:
        shown = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3])
        raise _fail(f"no articles found under {', '.join(map(str, paths))} ({shown or 'none'})")
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


@app.command()
def reconcile(
    files: Annotated[
        list[Path], typer.Argument(help="JSONL files from `extract` (or a scan's claims.jsonl).")
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to FILE (atomically).")
    ] = None,
    fail_on: Annotated[
        FailOn,
        typer.Option("--fail-on", help="Lowest open severity that makes the exit code 1."),
    ] = FailOn.error,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show every finding in full.")
    ] = False,
) -> None:
    """The group-by half of a scan: reconcile what `extract` wrote, from any number of shards."""
    from claimcheck import api
    from claimcheck.ledger import Records, read_records
    from claimcheck.normalize import dedupe, sort_claims

    every = Records()
    for f in files:
        try:
            found = read_records(f)
        except (OSError, ValueError) as exc:
            raise _fail(f"{exc}; give files that `claimcheck extract` wrote") from None
        every.claims.extend(found.claims)
        every.relations.extend(found.relations)
        every.extractions.extend(found.extractions)
    catalog = api.catalog_mod.default()
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
    _emit(report, format, output, verbose)
    raise typer.Exit(_exit_code(report, fail_on))


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
    debug: DebugOpt = False,
) -> None:
    """List what the sources claim: models down, benchmarks across, a value and its sources
    in each cell, disagreements marked (✗, the outlier arrowed); or one row a claim.

    Runs the scan of PATHS (resolutions applied) and writes nothing. Names match the
    canonical model and benchmark names in any case, never as a substring: GPT-5 is not
    GPT-5.4.
    """
    flags = Flags(paths or [], claims_dir, exclude, catalog, config)
    wanted = (model or [], benchmark or [], source or [])
    raise typer.Exit(_guarded(lambda: _claims(flags, wanted, format, jobs), debug))


def _claims(
    flags: Flags,
    wanted: tuple[list[str], list[str], list[str]],
    fmt: ClaimsFormat,
    jobs: int,
) -> int:
    from claimcheck.render import claims as view

    settings = _settings(flags, "claims")
    report, _ = _report(settings, jobs, Format.json)
    found = view.select(report.claims, *wanted)
    if not found:
        typer.echo(f"claimcheck: {view.no_match(report.claims, *wanted[:2])}", err=True)
        return EXIT_OK
    if fmt is ClaimsFormat.table:
        view.matrix(report, found, _console())
    else:
        sys.stdout.write((view.to_csv if fmt is ClaimsFormat.csv else view.to_json)(report, found))
    return EXIT_OK


def main() -> None:
    from claimcheck.output import die_of_sigpipe

    try:
        try:
            app()
        finally:
            sys.stdout.flush()  # here, so a reader gone early is seen here, not at exit
    except KeyboardInterrupt:
        typer.echo("claimcheck: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        die_of_sigpipe()


if __name__ == "__main__":
    main()
