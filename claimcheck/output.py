"""Where a report goes: standard output, or `--output FILE` for scan, extract and reconcile.

A regular file (or a new one) is replaced atomically (`ledger.atomic_write`); a symbolic
link is followed and the file it points to is replaced, the link kept (as ruff's
`--output-file` does). A device, FIFO or socket, and `/dev/stdout`, `/dev/stderr`,
`/dev/fd/N`, are written through: renaming over them would replace `/dev/null` with a
regular file, or print nothing at all.

Standard output closed early (`claimcheck scan | head`) ends the process by SIGPIPE, as
`cat` and `grep` end, with no message.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import sys
from collections.abc import Callable
from io import StringIO
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from claimcheck.records import Report

EXIT_USAGE = 2
_FD_PATHS = ("/dev/fd/", "/proc/self/fd/")
_STD_PATHS = {"/dev/stdout": 1, "/dev/stderr": 2, "-": 1}


def die_of_sigpipe() -> NoReturn:
    """End as a standard tool ends when the reader of its output has gone."""
    with contextlib.suppress(OSError):
        # Nothing more can reach the reader; a flush at exit must not fail again.
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    sigpipe = getattr(signal, "SIGPIPE", None)
    if sigpipe is not None:
        signal.signal(sigpipe, signal.SIG_DFL)
        os.kill(os.getpid(), sigpipe)
    sys.exit(128 + 13)


def to_stdout(data: str | bytes) -> None:
    try:
        if isinstance(data, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
    except BrokenPipeError:
        die_of_sigpipe()


def _fd_of(path: Path) -> int | None:
    """The descriptor a path names directly (`/dev/stdout`, `/dev/fd/3`), if it does."""
    text = str(path)
    if text in _STD_PATHS:
        return _STD_PATHS[text]
    for prefix in _FD_PATHS:
        if text.startswith(prefix) and text[len(prefix) :].isdigit():
            return int(text[len(prefix) :])
    return None


def write_output(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` as the module docstring says. Raises OSError."""
    from claimcheck.ledger import atomic_write

    fd = _fd_of(path)
    if fd is not None:
        if fd == 1:
            to_stdout(data)
            return
        with _opened(fd, data, closefd=False) as handle:
            handle.write(data)
        return
    try:
        st: os.stat_result | None = os.stat(path)  # follows symbolic links
    except FileNotFoundError:
        st = None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder")
    if st is not None and not stat.S_ISREG(st.st_mode):
        # A device, FIFO or socket: written through, never replaced.
        with _opened(path, data) as handle:
            handle.write(data)
        return
    # A regular file, or none yet: the link (if any) stays, its target is replaced.
    atomic_write(Path(os.path.realpath(path)), data)


def _opened(target: Path | int, data: str | bytes, closefd: bool = True) -> IO[Any]:
    if isinstance(data, bytes):
        return open(target, "wb", closefd=closefd)
    return open(target, "w", encoding="utf-8", newline="\n", closefd=closefd)


def write_or_exit(path: Path, data: str | bytes) -> None:
    """`write_output`, with a message naming the file instead of a traceback."""
    try:
        write_output(path, data)
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        typer.echo(f"claimcheck: cannot write {path}: {reason}; give another --output", err=True)
        raise typer.Exit(EXIT_USAGE) from None


def show_text(draw: Callable[[Console], None], console: Console, output: Path | None) -> None:
    """Text for people, drawn on `console` (or a plain 100-column one for --output), with no
    line that a GitHub runner would take for a workflow command."""
    from claimcheck.render.safe import no_commands

    if output is None:
        with console.capture() as capture:
            draw(console)
        to_stdout(no_commands(capture.get()))
        return
    write_or_exit(output, render_text(draw))


def render_text(draw: Callable[[Console], None], width: int = 100) -> str:
    """What `draw` prints on a plain console, safe for a CI log (files, tests, fuzzing)."""
    from rich.console import Console

    from claimcheck.render.safe import no_commands

    buffer = StringIO()
    draw(Console(file=buffer, width=width, no_color=True))
    return no_commands(buffer.getvalue())


def emit(
    report: Report,
    fmt: str,
    output: Path | None,
    verbose: bool,
    console: Console,
    quiet: bool = False,
    statistics: bool = False,
    render_with: Callable[[Callable[[], bytes]], bytes] | None = None,
) -> None:
    """The report in format `fmt` to standard output or `output`. `statistics` (text and
    concise) gives counts instead of findings; `quiet` leaves out all but the findings.
    `render_with` may give the text of a machine format, encoded, without rendering it (the
    cache)."""
    import importlib

    data: str | bytes
    if statistics and fmt in ("text", "concise"):
        from claimcheck.render.concise import statistics as counts

        data = counts(report)
    elif fmt == "text":
        from claimcheck.render import console as text

        draw = lambda c: text.render(report, c, verbose=verbose, quiet=quiet)  # noqa: E731
        show_text(draw, console, output)
        return
    elif fmt == "concise":
        from claimcheck.render.concise import render as concise

        data = concise(report, quiet=quiet)
    else:
        module = importlib.import_module(f"claimcheck.render.{fmt}")
        if render_with is None:
            data = module.render(report)
        else:
            encoded = getattr(module, "render_bytes", None)
            data = render_with(
                lambda: encoded(report) if encoded else module.render(report).encode("utf-8")
            )
    if output is None:
        to_stdout(data)
    else:
        write_or_exit(output, data)
    if fmt == "github":
        step_summary(report)


def step_summary(report: Report) -> None:
    """GitHub shows ten annotations of a level per step: the whole report goes to the job
    summary (appended, as GitHub expects) when the runner says where that is."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from claimcheck.render.markdown import render

    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(render(report))
    except OSError as exc:
        typer.echo(f"claimcheck: warning: cannot write the job summary {target}: {exc}", err=True)
