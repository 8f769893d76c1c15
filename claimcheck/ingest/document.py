"""What ingest hands over (a `Document`, its HTML tables) and the words it uses for a file
it skips."""

from __future__ import annotations

from dataclasses import dataclass

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

BINARY_REASON = "binary file (not text)"
MISSING_REASON = "no such file or directory"


@dataclass(slots=True)
class HtmlTable:
    """A data table of an HTML article, one entry per row in every list."""

    rows: list[list[str]]  # cell texts, whitespace-collapsed, colspan and rowspan expanded
    header: list[bool]  # per row: made of <th> cells, or inside <thead>
    lines: list[int]  # per row: 1-based source line where the row starts
    caption: str = ""
    at: int = -1  # index of the first text line after the table (-1: not known)


@dataclass(slots=True)
class Document:
    """One article as plain text, with the map back to the lines of the original file."""

    path: str  # as the user should see it: relative to cwd when under it, '/' separators
    text: str  # lines separated by "\n" only
    line_of: list[int]  # for each line of text.split("\n"), its 1-based source line
    tables: list[HtmlTable]  # HTML data tables; their content is not repeated in `text`
    notes: list[str]  # non-fatal notes ("not valid UTF-8: decoded as cp1252", ...)
    kind: str  # "txt" | "md" | "html"


def os_reason(exc: OSError) -> str:
    if exc.strerror:
        return exc.strerror.lower()
    return describe(exc)


def describe(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
