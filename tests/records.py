"""The records a scan gives for one document, as the table tests compare them."""

from __future__ import annotations

from pathlib import Path

from claimcheck import api

Row = tuple[str, str, float, str, tuple[tuple[str, str], ...]]


def records(folder: Path, text: str, name: str = "card.md") -> set[Row]:
    """(model, benchmark, value, metric, sorted qualifiers) of every claim the scan of a
    folder holding only `text` (as `name`) gives and does not call ambiguous."""
    (folder / name).write_text(text, encoding="utf-8")
    return {
        (c.model, c.benchmark, c.value, c.metric, tuple(sorted(c.qualifiers.items())))
        for c in api.scan([folder]).claims
        if not c.ambiguous
    }
