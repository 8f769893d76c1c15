"""What surrounds a table's cells: footnotes that state a condition for the marked labels
("<sup>*</sup> Scored in a 0-shot CoT setup."), and cells that stack several rows in one
("AIME 2024<br>AIME 2025" over "79.8<br>70")."""

from __future__ import annotations

import html
import re

from claimcheck.extract.tables.grid import Cell, Grid, GridRow
from claimcheck.extract.tables.labels import Reader
from claimcheck.extract.tables.markup import _BREAK, sup_marks

_TAGS = re.compile(r"</?(?:sup|sub|b|strong|em|i|span)>", re.I)
_MARK = r"(?:\\?\*{1,3}|[†‡§¶]|[¹²³⁴⁵⁶⁷⁸⁹]|\^\d{1,2}|\[\^?\w{1,3}\])"
# The mark after a name, at its end or before a bracket: "MMLU*", "GPQA* (diamond)".
_MARK_AT_END = re.compile(rf"(?<=[\w)])\s?({_MARK})(?=\s*_?(?:$|[(\[]))")
_NOTE = re.compile(rf"^\s*(?:[-*+]\s+)?({_MARK})\s*[:.)\-–]?\s*(\S.*)$")
# Several notes on one line ("* 表示结果取自技术报告。† 表示评测集为MBPP全集。"): each mark at the
# line's start or after a sentence's end, its text up to the next such mark.
_INLINE_NOTE = re.compile(
    rf"(?:^\s*(?:[-*+]\s+)?|(?<=[。；;.!?])\s*)({_MARK})\s*[:.)\-–]?\s*"
    rf"(\S(?:(?![。；;.!?]\s*{_MARK}).)*)"
)
_NOTE_LEAD = re.compile(r"^\s*(?:注|备注|说明|notes?)\s*[:：]\s*", re.I)
_NOTE_LINES = 8  # how far below a table its footnotes are looked for


def mark_of(raw: str) -> str:
    """The footnote mark a label or cell ends with ("MMLU<sup>*</sup>" -> "*"), or ""."""
    text = _TAGS.sub("", sup_marks(raw)).replace("**", "").strip()
    m = _MARK_AT_END.search(text)
    return _norm(m.group(1)) if m else ""


def _norm(mark: str) -> str:
    return mark.replace("\\", "").strip("[]^")


def footnotes(lines: list[str], last: int, reader: Reader) -> dict[str, dict[str, str]]:
    """Footnotes just below a table (its last line index `last`) that state conditions:
    mark -> qualifiers. Notes that state no condition ("* from the paper") are left out."""
    out: dict[str, dict[str, str]] = {}
    for k in range(last + 1, min(last + 1 + _NOTE_LINES, len(lines))):
        text = _NOTE_LEAD.sub("", html.unescape(_TAGS.sub("", lines[k])).replace("_", " "))
        notes = [(_norm(m.group(1)), m.group(2)) for m in _INLINE_NOTE.finditer(text)]
        if not notes and _names_asterisk(text, reader.words.mark_words):
            notes = [("*", text)]  # "Starred rows were run in ...": the note of "*"
        for mark, body in notes:
            quals = _note_conditions(body, reader)
            if not quals:
                setting = _note_setting(body, reader.words.note_settings)
                if setting:
                    quals["setting"] = setting  # "† 表示评测集为MBPP全集": another test set
            if quals:
                out.setdefault(mark, quals)
    return out


def _note_setting(body: str, settings: tuple[tuple[str, str], ...]) -> str:
    folded = body.casefold()
    return next((value for phrase, value in settings if phrase in folded), "")


def second_figure(lines: list[str], last: int, reader: Reader) -> dict[str, str] | None:
    """The conditions of the second figure in a two-figure cell ("72.5% / 79.4%"), when a
    note below the table says what it is ("the second figure uses parallel test-time
    compute"); None when no note says. Numbered notes may sit under a heading of their own,
    so a little further down than marked ones."""
    pattern = reader.words.second_figure
    if pattern is None:
        return None
    for k in range(last + 1, min(last + 1 + 2 * _NOTE_LINES, len(lines))):
        text = _TAGS.sub("", lines[k]).replace("\\_", "_")
        m = pattern.search(text.casefold())
        if m is None:
            continue
        quals = _note_conditions(text[m.start() :], reader)
        if quals:
            return quals
    return None


def _note_conditions(body: str, reader: Reader) -> dict[str, str]:
    """The conditions a note's text states; its wording names no metric."""
    quals: dict[str, str] = {}
    for found in reader.conditions.in_parts(body):
        quals.update(found)
    quals.pop("metric", None)
    return quals


def _names_asterisk(text: str, words: tuple[str, ...]) -> bool:
    """The note's opening words name the asterisk ("Starred rows", "带星号的一行")."""
    head = text.strip().lstrip(">").strip()[:40].casefold()
    return any(w in head for w in words)


def unstack(grid: Grid) -> Grid:
    """Rows whose cells stack several rows with `<br>` become those rows, when the label and
    at least one value split into the same number of parts and every other cell is one part
    (a category) or that many."""
    if not any(_BREAK.search(c.text) for row in grid.rows for c in row.cells):
        return grid
    rows: list[GridRow] = []
    for row in grid.rows:
        parts = [[p.strip() for p in _BREAK.split(c.text)] for c in row.cells]
        k = max((len(p) for p in parts), default=1)
        stacked = sum(len(p) == k for p in parts)
        if k < 2 or stacked < 2 or any(len(p) not in (1, k) for p in parts):
            rows.append(row)
            continue
        for i in range(k):
            cells = [
                Cell(p[i] if len(p) == k else (p[0] if i == 0 else ""), c.start)
                for p, c in zip(parts, row.cells, strict=True)
            ]
            rows.append(GridRow(cells, row.line, row.text, dict(row.qualifiers)))
    return Grid(
        grid.header,
        rows,
        grid.shape,
        grid.lines,
        grid.groups,
        grid.caption,
        grid.ignored,
        grid.notes,
    )
