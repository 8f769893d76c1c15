"""`claimcheck resolve`: record a decision on a finding, or on every open one (a baseline)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimcheck.cli import (
    EXIT_OK,
    CatalogOpt,
    ClaimsOpt,
    ConfigOpt,
    DebugOpt,
    ExcludeOpt,
    Flags,
    Format,
    JobsOpt,
    NoCacheOpt,
    PathsArg,
    Settings,
    _fail,
    _guarded,
    _project,
    _shown,
    app,
    unknown_id,
)
from claimcheck.cli_scan import report_of, without_ignored

if TYPE_CHECKING:
    from claimcheck.records import Conflict, Report
    from claimcheck.resolutions import Entry


@app.command()
def resolve(
    conflict_id: Annotated[
        str | None,
        typer.Argument(
            metavar="CONFLICT_ID",
            help="The finding's id, as a scan shows it (not with --all-open).",
            show_default=False,
        ),
    ] = None,
    paths: PathsArg = None,
    accept: Annotated[
        str | None,
        typer.Option("--accept", metavar="VALUE", help="Record VALUE as the right value."),
    ] = None,
    dismiss: Annotated[
        bool, typer.Option("--dismiss", help="Record that the finding is not a real conflict.")
    ] = False,
    all_open: Annotated[
        bool,
        typer.Option(
            "--all-open",
            help="Baseline: dismiss every open finding at once, recording the values known "
            "now, so only new disagreements fail.",
        ),
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
    no_cache: NoCacheOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Record a decision on a finding in claims/resolutions.toml (appended).

    --accept VALUE makes VALUE the reference for the finding's model, benchmark
    and condition: the claims that disagree now are recorded as known, and an
    article that later gives another value reopens the finding.

    --dismiss records that the finding is not a real conflict; a value that no
    source gave before reopens it.

    --all-open (with --reason, and PATHS in place of CONFLICT_ID) dismisses every
    open finding at once: a baseline for adopting claimcheck on a corpus.

    The id must come out of a fresh scan of PATHS (default: the configuration's
    `paths`); --force records it anyway, with a warning.
    """
    if all_open:
        given = ([Path(conflict_id)] if conflict_id else []) + list(paths or [])
        flags = Flags(given, claims, exclude, catalog, config, not no_cache)
        if accept is not None or dismiss or force:
            raise _fail("--all-open records dismissals: leave out --accept, --dismiss, --force")
        raise typer.Exit(_guarded(lambda: _baseline(flags, reason, by, jobs), debug))
    if not conflict_id:
        raise _fail("give the finding's CONFLICT_ID (or --all-open for every open finding)")
    flags = Flags(paths or [], claims, exclude, catalog, config, not no_cache)
    code = _guarded(
        lambda: _resolve(flags, conflict_id, accept, dismiss, reason, by, force, jobs), debug
    )
    raise typer.Exit(code)


def _writable(settings: Settings) -> None:
    problem = settings.claims_write_problem()
    if problem:
        raise _fail(problem)


def _append(settings: Settings, text: str, tables: int = 1) -> int:
    from claimcheck import resolutions as res
    from claimcheck import resolutions_write as writer

    try:
        return writer.append(settings.resolutions_file, text, tables=tables)
    except res.ResolutionError as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"cannot write {settings.resolutions_file}: {exc}") from None


def _scanned(settings: Settings, jobs: int) -> tuple[Report, Report, list[Entry], Path]:
    """(the report before resolutions, after them, the resolutions, the `known` root)."""
    from claimcheck import resolutions as res

    raw, entries = report_of(settings, jobs, Format.json, apply=False)
    root = settings.claims_dir.parent
    report = res.apply(raw, entries, _shown(settings.resolutions_file), root)
    return raw, report, entries, root


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
    from claimcheck.values import fmt

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
    with _project(flags, "resolve") as settings:
        _writable(settings)
        raw, report, _, root = _scanned(settings, jobs)
        shown = _shown(settings.resolutions_file)
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
                raise _fail(unknown_id(conflict_id, report, settings.paths))
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
                    f"claimcheck: warning: no source of {conflict_id} gives {accept}; every "
                    "claim is recorded as known",
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
        value_text = fmt(*accepted) if accepted is not None else None
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
        line = _append(settings, entry)
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


def _baseline(flags: Flags, reason: str, by: str | None, jobs: int) -> int:
    """Dismiss every open finding (stale ones aside) in one append, under the writer's lock."""
    from claimcheck import resolutions as res
    from claimcheck import resolutions_write as writer

    if not reason.strip():
        raise _fail("--reason TEXT is required: it is what a reviewer reads")
    with _project(flags, "resolve") as settings:
        _writable(settings)
        _, report, _, root = _scanned(settings, jobs)
        report = without_ignored(report, settings.config)
        chosen: list[Conflict] = [
            k for k in report.conflicts if k.status == "open" and k.kind != "stale"
        ]
        shown = _shown(settings.resolutions_file)
        if not chosen:
            typer.echo("claimcheck: no open finding: nothing recorded")
            return EXIT_OK
        date = res.today()
        text = "\n".join(
            writer.format_entry(
                k.id,
                "dismiss",
                reason.strip(),
                by=by,
                date=date,
                model=k.model,
                benchmark=k.benchmark,
                known=res.known_for(k, report.claims, root, None),
                comment=k.message,
            )
            for k in chosen
        )
        line = _append(settings, text, tables=len(chosen))
        typer.echo(
            f"claimcheck: recorded {len(chosen)} dismissal(s) (a baseline) in {shown} from line "
            f"{line}; a value no source gave today reopens its finding"
        )
        return EXIT_OK
