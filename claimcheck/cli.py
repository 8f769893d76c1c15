"""The command line: a thin layer over `claimcheck.api`. This module holds the app, what the
commands share (the options, the project and its settings, the output) and `scan`;
`cli_scan` the scan itself with its cache, `cli_resolve` `resolve`, `cli_more` the other
commands.

Heavy modules are imported inside the commands, so `claimcheck --help` and start-up stay
close to the cost of importing typer and rich themselves.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from claimcheck.cache import Cache
    from claimcheck.config import Config
    from claimcheck.project import Project
    from claimcheck.records import Report

app = typer.Typer(
    name="claimcheck",
    help="Catch sources that disagree on AI benchmark numbers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
FORMAT_ENV = "CLAIMCHECK_OUTPUT_FORMAT"


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
    concise = "concise"
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


def _exit_code(report, fail_on: FailOn) -> int:  # type: ignore[no-untyped-def]
    from claimcheck.records import SEVERITY_RANK

    if fail_on is FailOn.never:
        return EXIT_OK
    threshold = SEVERITY_RANK[fail_on.value]
    for k in report.conflicts:
        if k.status == "open" and SEVERITY_RANK[k.severity] >= threshold:
            return EXIT_FINDINGS
    return EXIT_OK


@dataclass(slots=True)
class View:
    """How much of a report to show."""

    verbose: bool = False
    quiet: bool = False
    statistics: bool = False


def _emit(
    report: Report,
    fmt: Format,
    output: Path | None,
    view: View,
    kept: tuple[Cache, str] | None = None,
) -> None:
    from claimcheck.output import emit

    # Formats whose text is the report's alone (no terminal, no view flags) are kept
    # rendered: JSON as each document's claims (claim_texts), SARIF whole.
    render_with = None
    if kept is not None and fmt.value == "json":
        from claimcheck import claim_texts

        store = kept[0]
        render_with = lambda render: claim_texts.render_json(store, report)  # noqa: E731
    elif kept is not None and fmt.value == "sarif":
        from claimcheck import report_cache

        store, report_key = kept
        key = report_cache.output_key(report_key, fmt.value, report)
        render_with = lambda render: report_cache.rendered(store, key, render)  # noqa: E731
    emit(
        report,
        fmt.value,
        output,
        view.verbose,
        _console(),
        view.quiet,
        view.statistics,
        render_with,
    )


PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="PATHS", help="Article files or folders (.txt, .md, .html), read recursively."
    ),
]
ConflictIdArg = Annotated[
    str, typer.Argument(metavar="CONFLICT_ID", help="A finding's id (or a unique prefix).")
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Configuration file (claimcheck.toml, .claimcheck.toml or pyproject.toml). "
        "Default: the nearest one at or above the current folder.",
    ),
]
ClaimsOpt = Annotated[
    Path | None,
    typer.Option(
        "--claims",
        help="The claims folder (default: config `claims`, else claims/ at the project root).",
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
NoCacheOpt = Annotated[
    bool,
    typer.Option(
        "--no-cache", help="Read every article afresh (the cache is neither read nor written)."
    ),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show Python tracebacks.")]
FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        envvar=FORMAT_ENV,
        show_envvar=True,
        help="Output format (default: config `format`, else text).",
    ),
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write the report to FILE (atomically).")
]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Show every finding in full.")]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="Text and concise: the open findings, nothing else.")
]
FailOnOpt = Annotated[
    FailOn | None,
    typer.Option(
        "--fail-on",
        help="Lowest open severity that makes the exit code 1 (default: config `fail-on`, "
        "else error).",
    ),
]
StatisticsOpt = Annotated[
    bool, typer.Option("--statistics", help="Counts of open findings by kind and severity.")
]


@app.command()
def scan(
    paths: PathsArg = None,
    format: FormatOpt = None,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    claims: ClaimsOpt = None,
    no_write: Annotated[
        bool, typer.Option("--no-write", help="Do not write claims/claims.jsonl.")
    ] = False,
    jobs: JobsOpt = 0,
    exclude: ExcludeOpt = None,
    catalog: CatalogOpt = None,
    config: ConfigOpt = None,
    no_cache: NoCacheOpt = False,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
    statistics: StatisticsOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Read articles, reconcile their benchmark claims, report disagreements.

    With no PATHS, the `paths` of the configuration are scanned (\\[tool.claimcheck]
    in pyproject.toml, or claimcheck.toml, found by searching upward from the
    current folder). Resolutions in claims/resolutions.toml are applied.

    Exit 0 when nothing open is at or above --fail-on, 1 when something is,
    2 on bad usage, an unusable configuration or resolutions file, or no input.
    """
    flags = Flags(paths or [], claims, exclude, catalog, config, not no_cache)
    view = View(verbose, quiet, statistics)
    out = _output_path(output)
    code = _guarded(lambda: _scan(flags, format, out, fail_on, no_write, jobs, view), debug)
    raise typer.Exit(code)


def _output_path(output: Path | None) -> Path | None:
    """--output as given from the current folder (a command may then work from the root)."""
    if output is None or str(output) == "-":
        return output
    from claimcheck.project import absolute

    return absolute(output)


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
    use_cache: bool = True


@dataclass(slots=True)
class Settings:
    """Flags merged over the configuration file: what a scan or a resolve uses."""

    paths: list[Path]
    claims_dir: Path
    exclude: list[str]
    catalog: list[Path]
    config: Config
    project: Project
    claims_from_config: bool = False
    claims_from_flag: bool = False
    use_cache: bool = True
    notices: list[str] = field(default_factory=list)
    # The cache and the key of the report this run kept or read back, once it has scanned.
    kept: tuple[Cache, str] | None = None

    @property
    def resolutions_file(self) -> Path:
        from claimcheck.resolutions import RESOLUTIONS_FILE

        return self.claims_dir / RESOLUTIONS_FILE

    def claims_write_problem(self) -> str | None:
        from claimcheck.project import outside_problem

        return outside_problem(self.project, self.claims_dir, self.claims_from_flag)


@contextlib.contextmanager
def _project(flags: Flags, command: str, need_paths: bool = True) -> Iterator[Settings]:
    """Find the project and read its configuration (flags win), and run the command from the
    project root when a configuration was found. Exit 2 on a bad file or no paths."""
    from claimcheck import config as config_mod
    from claimcheck import project as project_mod
    from claimcheck.ledger import MB, FileCheckError, regular_file

    absolute = project_mod.absolute
    given = [absolute(p) for p in flags.paths]
    try:
        explicit = absolute(flags.config) if flags.config is not None else None
        if explicit is not None:
            regular_file(explicit, "configuration", MB)
        found = project_mod.find(given, explicit)
    except (config_mod.ConfigError, FileCheckError) as exc:
        raise _fail(str(exc)) from None
    claims_flag = absolute(flags.claims) if flags.claims is not None else None
    catalog_flag = [absolute(c) for c in flags.catalog] if flags.catalog is not None else None
    root = found.root if found.has_config else None
    with project_mod.working_from(root):
        cfg = found.config
        if cfg.file is not None:
            try:  # again, from the root: the file's paths as the reports will show them
                cfg = config_mod.load(cfg.file)
            except config_mod.ConfigError as exc:
                raise _fail(str(exc)) from None
            found.config = cfg
        if root is not None:
            paths = [Path(_shown(p)) for p in given] or cfg.paths
        else:
            paths = list(flags.paths) or cfg.paths
        if need_paths and not paths:
            where = f" ({cfg.file} has no `paths`)" if cfg.file else ""
            example = "scan articles/" if command == "scan" else f"{command} ID articles/ ..."
            raise _fail(
                f"no input{where}: give the article files or folders, e.g. `claimcheck "
                f'{example}`, or set `paths = ["articles"]` under [tool.claimcheck] in '
                "pyproject.toml (or in claimcheck.toml)"
            )
        claims_dir = Path(_shown(project_mod.claims_dir(found, claims_flag)))
        exclude = flags.exclude if flags.exclude is not None else cfg.exclude
        catalog = (
            [Path(_shown(c)) for c in catalog_flag] if catalog_flag is not None else cfg.catalog
        )
        yield Settings(
            paths,
            claims_dir,
            list(exclude),
            list(catalog),
            cfg,
            found,
            claims_from_config=claims_flag is None and cfg.claims is not None,
            claims_from_flag=claims_flag is not None,
            use_cache=flags.use_cache,
            notices=list(found.notices),
        )


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
    view: View,
) -> int:
    from claimcheck.cli_scan import report_of, without_ignored
    from claimcheck.ledger import write_claims

    with _project(flags, "scan") as settings:
        cfg = settings.config
        fmt = fmt_flag or (Format(cfg.format) if cfg.format else Format.text)
        fail_on = fail_on_flag or (FailOn(cfg.fail_on) if cfg.fail_on else FailOn.error)
        paths = settings.paths
        if not no_write:
            problem = settings.claims_write_problem()
            if problem:
                raise _fail(problem)
        report, _ = report_of(settings, jobs, fmt)
        report = without_ignored(report, settings.config)
        if not report.sources and not report.skipped:
            raise _fail(f"no articles found under {', '.join(map(str, paths))} (.txt, .md, .html)")
        if not report.sources:
            _emit(report, fmt, output, view)
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
        _emit(report, fmt, output, view, settings.kept)
        return _exit_code(report, fail_on)


def unknown_id(
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


def main() -> None:
    from claimcheck import run_options
    from claimcheck.output import die_of_sigpipe

    run_options.OWN_PROCESS = True

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


# The other commands register themselves on `app` (their heavy imports stay inside them).
from claimcheck import cli_more, cli_resolve  # noqa: E402, F401

if __name__ == "__main__":
    main()
