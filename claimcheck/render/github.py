"""`--format github`: GitHub Actions workflow commands, one annotation per open finding.

    ::error file=articles/c.txt,line=3,col=14,title=claimcheck contradiction: Nova-3 / GPQA::...

Data is escaped as the Actions toolkit does (`%`, CR, LF), properties also `:` and `,`;
control characters are shown as `\\x1b` and `##[` is broken (`render.safe`), so article text
and file names never reach the log as terminal escapes or commands.
GitHub shows at most ten annotations of each level per step, so the command line also writes
the markdown report to the job summary when GITHUB_STEP_SUMMARY is set (see `cli`).
"""

from __future__ import annotations

from claimcheck.records import Report
from claimcheck.render.safe import no_commands, printable
from claimcheck.render.sarif import evidence, relpath

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return no_commands(printable(text))  # CR and LF are encoded above; a tab is shown


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str | int], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    head = f"{name} {props}" if props else name
    return f"::{head}::{escape_data(message)}"


def render(report: Report) -> str:
    from claimcheck.resolutions import stale_location

    claims = {c.id: c for c in report.claims}
    lines: list[str] = []
    for conflict in report.conflicts:
        if conflict.status != "open":
            continue
        title = f"claimcheck {conflict.kind}"
        if conflict.kind != "stale":
            title += f": {conflict.model} / {conflict.benchmark}"
        props: dict[str, str | int] = {}
        ordered = evidence(conflict, claims)
        if ordered:
            first = ordered[0]
            props = {"file": relpath(first.source), "line": first.line, "col": first.column}
        elif (where := stale_location(conflict)) is not None:
            props = {"file": relpath(where[0]), "line": where[1]}
        props["title"] = title
        message = f"{conflict.message} [{conflict.id}]"
        lines.append(command(COMMANDS[conflict.severity], props, message))
    s = report.summary
    lines.append(
        f"claimcheck: {s.conflicts['error']} error(s), {s.conflicts['warning']} warning(s), "
        f"{s.conflicts['info']} info, {s.resolved} resolved; {s.claims} claims from "
        f"{s.sources} sources"
    )
    return "\n".join(lines) + "\n"
