"""Reading one file into a `Document` (never raising: a bad file becomes a `Skipped`),
and `load`, which walks and reads."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path

from claimcheck.ingest.decode import decode, normalize_text
from claimcheck.ingest.document import (
    BINARY_REASON,
    DEFAULT_MAX_BYTES,
    Document,
    HtmlTable,
    describe,
    os_reason,
)
from claimcheck.ingest.html_text import html_to_text
from claimcheck.ingest.walk import discover, source_name
from claimcheck.records import Skipped

_KIND_BY_SUFFIX = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def load(
    paths: Sequence[Path | str],
    exclude: Sequence[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    skip_dirs: Sequence[str] = (),
) -> tuple[list[Document], list[Skipped]]:
    """Discover and read: the documents in path order, and every file skipped (by path)."""
    files, skipped = discover(paths, exclude, skip_dirs)
    documents: list[Document] = []
    for path in files:
        result = read_document(path, max_bytes)
        if isinstance(result, Skipped):
            skipped.append(result)
        else:
            documents.append(result)
    skipped.sort(key=lambda s: s.path)
    return documents, skipped


def read_document(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document | Skipped:
    """Read one file into a Document; never raises (failures become Skipped)."""
    try:
        shown = source_name(path)
    except Exception:
        shown = str(path)
    try:
        return _read(Path(path), shown, max(0, max_bytes))
    except OSError as exc:
        return Skipped(path=shown, reason=f"cannot read: {os_reason(exc)}")
    except Exception as exc:  # the file boundary: one bad file never stops a scan
        return Skipped(path=shown, reason=f"cannot read: {describe(exc)}")


def _read(path: Path, shown: str, max_bytes: int) -> Document | Skipped:
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        return Skipped(path=shown, reason="cannot read: is a directory")
    if not stat.S_ISREG(st.st_mode):  # a FIFO would block, a device never ends
        return Skipped(path=shown, reason="not a regular file")
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    notes: list[str] = []
    truncated = len(data) > max_bytes
    if truncated:
        data = data[:max_bytes]
    text = decode(data, truncated, notes)
    if text is None:
        return Skipped(path=shown, reason=BINARY_REASON)
    text = normalize_text(text)
    if truncated:
        cut = text.rfind("\n")
        if cut >= 0:
            text = text[:cut]
        notes.append(f"truncated at {_size(max_bytes)} (larger files are read in part)")
    kind = _KIND_BY_SUFFIX.get(path.suffix.lower(), "txt")
    if kind != "html" and _looks_like_html(text):
        kind = "html"
    if kind == "html":
        lines, line_of, tables = html_to_text(text, notes)
        return Document(shown, "\n".join(lines), line_of, tables, notes, kind)
    text, tables = embedded_tables(text, notes)
    return Document(shown, text, list(range(1, text.count("\n") + 2)), tables, notes, kind)


_TABLE_TAG = re.compile(r"<(/?)table\b[^>]*>", re.I)


def embedded_tables(text: str, notes: list[str]) -> tuple[str, list[HtmlTable]]:
    """HTML `<table>` blocks inside a Markdown or text file (READMEs carry them for colspan
    and rowspan), read as HTML tables; their lines are blanked in the text, so the prose
    reader does not read the cells again and every other line keeps its number."""
    if "<table" not in text and "<TABLE" not in text:
        return text, []
    tables: list[HtmlTable] = []
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for m in _TABLE_TAG.finditer(text):
        if not m.group(1):
            if depth == 0:
                start = text.rfind("\n", 0, m.start()) + 1
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                end = text.find("\n", m.end())
                spans.append((start, len(text) if end < 0 else end))
    if not spans:
        return text, []
    pieces: list[str] = []
    done = 0
    for a, b in spans:
        first_line = text.count("\n", 0, a) + 1
        _, _, found = html_to_text(text[a:b], notes)
        for table in found:
            table.lines = [first_line + line - 1 for line in table.lines]
            tables.append(table)
        pieces.append(text[done:a])
        pieces.append("\n" * text.count("\n", a, b))  # the block's lines, blank
        done = b
    pieces.append(text[done:])
    return "".join(pieces), tables


def _looks_like_html(text: str) -> bool:
    head = text[:512].lstrip("\ufeff \t\n").lower()
    return head.startswith(("<!doctype html", "<html"))


def _size(n: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"
