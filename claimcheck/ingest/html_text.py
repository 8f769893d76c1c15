"""HTML to Markdown-like text (see the package's notes): blocks to lines, data tables apart,
layout tables read as text, and every text line mapped to its source line."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from claimcheck.ingest.document import HtmlTable, describe
from claimcheck.ingest.html_lines import Lines, Table, collapse

_DROPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "iframe",
        "title",
    }
)
_RAW_TEXT = frozenset({"script", "style"})  # their content is never markup, even unclosed
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_PARA_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "blockquote",
        "pre",
        "dl",
        "main",
        "figure",
        "figcaption",
        "hr",
        "details",
        "summary",
        "address",
        "header",
        "center",
        "fieldset",
        "body",
        *_HEADINGS,
    }
)
_LINE_BLOCKS = frozenset({"br", "li", "dd", "dt", "tr", "td", "th", "caption"})
_TABLE_PARTS = frozenset({"caption", "tr", "td", "th", "thead", "tbody", "tfoot"})
# Inside a table cell these mean the table lays out a page rather than holding data.
_LAYOUT_SIGNS = frozenset({"ul", "ol", "blockquote", "pre", "article", "section", *_HEADINGS})
_LAYOUT_CELL_CHARS = 500  # a cell this long holds prose, not a value
_LAYOUT_PROSE_CHARS = 200  # ... and so does a shorter one made of several paragraphs
_MAX_COLSPAN = 1000  # the HTML limit
_MARKER = "claimcheck:"
# A line break written as a character reference would add a text line that is not a line of
# the source; in HTML text it is only whitespace, so it is read as a space.
_NEWLINE_REFS = re.compile(r"&#(?:0*1[03]|[xX]0*[aAdD])(?![0-9a-fA-F]);?|&NewLine;")


class HtmlToText(HTMLParser):
    def __init__(self, keep: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.dropped = _DROPPED - keep
        self.drop_header = "header" not in keep
        self.root = Lines()
        self.tables: list[tuple[int, HtmlTable]] = []
        self.open_tables: list[Table] = []
        self.skip_tag: str | None = None
        self.skip_depth = 0
        self.skip_line = 0
        self.kept_chars = 0
        self.dropped_chars: dict[str, int] = {}
        self.article_depth = 0  # inside <article> or <main>, where a <header> is content
        self.list_depth = 0
        self.pre_depth = 0
        self.in_sup = False
        self.seq = 0

    @property
    def out(self) -> Lines:
        return self.open_tables[-1].text if self.open_tables else self.root

    # -- parser callbacks ---------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        line = self.getpos()[0]
        if tag in self.dropped or (tag == "header" and self.drop_header and not self.article_depth):
            self.skip_tag, self.skip_depth, self.skip_line = tag, 1, line
            return
        table = self.open_tables[-1] if self.open_tables else None
        if table is not None and table.cell is not None:
            if tag in _LAYOUT_SIGNS:
                table.layout = True
            elif tag == "p":
                table.cell_paragraphs += 1
        if tag == "table":
            self.seq += 1
            self.out.para(line)
            at = len(self.out.lines) if not self.open_tables else -1
            self.open_tables.append(Table(line, self.seq, at))
        elif table is not None and tag in _TABLE_PARTS:
            self._table_start(table, tag, attrs, line)
        elif tag == "sup":
            self.in_sup = True
        elif tag == "li":
            self._break(line, para=False)
            self.out.prefix = "- "
        elif tag in ("ul", "ol"):
            self.list_depth += 1
            self._break(line, para=self.list_depth == 1)
        elif tag in _HEADINGS:
            self._break(line, para=True)
            self.out.prefix = "#" * _HEADINGS[tag] + " "
        elif tag in _PARA_BLOCKS:
            self._break(line, para=True)
            if tag in ("article", "main"):
                self.article_depth += 1
            elif tag == "pre":
                self.pre_depth += 1
        elif tag in _LINE_BLOCKS:
            self._break(line, para=False)

    def handle_endtag(self, tag: str) -> None:
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if not self.skip_depth:
                    self.skip_tag = None
            return
        line = self.getpos()[0]
        table = self.open_tables[-1] if self.open_tables else None
        if tag == "table":
            if table is not None:
                self._end_table(line)
        elif table is not None and tag in _TABLE_PARTS:
            self._table_end(table, tag, line)
        elif tag == "sup":
            self.in_sup = False
        elif tag == "li":
            self._break(line, para=False)
            self.out.prefix = ""
        elif tag in ("ul", "ol"):
            self.list_depth = max(0, self.list_depth - 1)
            self._break(line, para=not self.list_depth)
        elif tag in _HEADINGS:
            self._break(line, para=True)
            self.out.prefix = ""
        elif tag in _PARA_BLOCKS:
            self._break(line, para=True)
            if tag in ("article", "main"):
                self.article_depth = max(0, self.article_depth - 1)
            elif tag == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)
        elif tag in _LINE_BLOCKS:
            self._break(line, para=False)

    def handle_data(self, data: str) -> None:
        if self.skip_tag is not None:
            tag = self.skip_tag
            self.dropped_chars[tag] = self.dropped_chars.get(tag, 0) + len(data.strip())
            return
        if self.in_sup and not data.isspace():
            data = data.lstrip()
            if data[:1].isdigit():
                data = "^" + data  # "89.5<sup>1</sup>" must not read as 89.51
            self.in_sup = False
        self.kept_chars += len(data.strip())
        line = self.getpos()[0]
        pre = self.pre_depth > 0
        for table in reversed(self.open_tables):
            parts = table.cell if table.cell is not None else table.caption_parts
            if parts is not None:
                parts.append(data)
                table.text.text(data, line, pre)
                return
            if data.isspace():
                return  # whitespace between rows and cells
            # Stray text in a table outside any cell: browsers show it before the table.
        self.root.text(data, line, pre)

    def handle_comment(self, data: str) -> None:
        if self.skip_tag is not None:
            return
        content = collapse(data)
        if not content.lower().startswith(_MARKER):
            return
        marker = f"<!-- {content} -->"
        line = self.getpos()[0]
        self.out.line(marker, line)  # a line of its own: a marker applies to the next block
        if self.open_tables:
            self.open_tables[-1].markers.append((marker, line))

    # -- blocks and tables --------------------------------------------------------------

    def _break(self, line: int, *, para: bool) -> None:
        if self.open_tables:
            table = self.open_tables[-1]
            parts = table.cell if table.cell is not None else table.caption_parts
            if parts is not None:
                parts.append(" ")  # blocks inside a cell must not glue words together
        if para:
            self.out.para(line)
        else:
            self.out.flush()

    def _table_start(
        self, table: Table, tag: str, attrs: list[tuple[str, str | None]], line: int
    ) -> None:
        if tag == "caption":
            self._close_row(table)
            table.caption_parts = []
            table.text.para(line)
            return
        self._close_caption(table)
        if tag in ("thead", "tbody", "tfoot"):
            self._close_row(table)
            table.carry.clear()  # a rowspan ends with its row group, as browsers draw it
            table.section = tag
        elif tag == "tr":
            self._close_row(table)
            table.row, table.row_line, table.row_th = [], line, True
        else:  # td, th
            self._close_cell(table)
            if table.row is None:
                table.row, table.row_line, table.row_th = [], line, True
            table.cell, table.cell_th, table.cell_paragraphs = [], tag == "th", 0
            table.cell_span = _colspan(attrs)
            table.cell_rows = _span(attrs, "rowspan")
        table.text.flush()

    def _table_end(self, table: Table, tag: str, line: int) -> None:
        if tag == "caption":
            self._close_caption(table)
            table.text.para(line)
            return
        if tag in ("td", "th"):
            self._close_cell(table)
        else:
            self._close_row(table)
            if tag != "tr":
                table.section = ""
                table.carry.clear()
        table.text.flush()

    def _close_caption(self, table: Table) -> None:
        if table.caption_parts is not None:
            table.caption = collapse(" ".join([table.caption, *table.caption_parts]))
            table.caption_parts = None

    def _close_cell(self, table: Table) -> None:
        if table.cell is None or table.row is None:
            return
        text = collapse("".join(table.cell))
        _fill_carried(table)
        if table.cell_rows > 1:
            for col in range(len(table.row), len(table.row) + table.cell_span):
                table.carry[col] = (text, table.cell_rows - 1)
        table.row.extend([text] * table.cell_span)
        table.row_th = table.row_th and table.cell_th
        table.flat.append(text)
        table.cells += 1
        if len(text) > _LAYOUT_CELL_CHARS or (
            table.cell_paragraphs > 1 and len(text) > _LAYOUT_PROSE_CHARS
        ):
            table.layout = True
        table.cell = None

    def _close_row(self, table: Table) -> None:
        self._close_cell(table)
        if table.row is not None:
            _fill_carried(table)
        if table.row:
            table.rows.append(table.row)
            table.header.append(table.section == "thead" or table.row_th)
            table.lines.append(table.row_line)
        table.row = None

    def _end_table(self, line: int) -> None:
        table = self.open_tables.pop()
        self._close_caption(table)
        self._close_row(table)
        parent = self.open_tables[-1] if self.open_tables else None
        out = self.out
        if table.layout or table.cells == 1:
            text = table.text
            out.extend(text, table.line, line)
            if parent is None:
                self.tables.extend(table.nested)
            else:
                if parent.cell is not None:
                    parent.cell.append(" " + " ".join(text.lines) + " ")
                parent.layout = True  # a page laid out inside a cell: the parent is layout too
                parent.nested.extend(table.nested)
                parent.markers.extend(table.markers)
            return
        for marker, marker_line in table.markers:
            out.line(marker, marker_line)
            if parent is not None:
                parent.markers.append((marker, marker_line))
        if not table.rows:
            return
        found = HtmlTable(table.rows, table.header, table.lines, table.caption, table.at)
        if parent is None:
            self.tables.append((table.seq, found))
            return
        # A data table inside a cell is flattened into the cell's text; it is kept as a
        # table of its own only if the outer table turns out to be layout.
        if parent.cell is not None:
            parent.cell.append(" " + " ".join([table.caption, *table.flat]) + " ")
        parent.nested.append((table.seq, found))
        out.para(line)

    def finish(self) -> None:
        line = self.getpos()[0]
        while self.open_tables:
            self._end_table(line)
        self.root.finish()


def _colspan(attrs: list[tuple[str, str | None]]) -> int:
    return _span(attrs, "colspan")


def _span(attrs: list[tuple[str, str | None]], attr: str) -> int:
    for name, value in attrs:
        if name == attr and value:
            digits = re.match(r"\s*(\d+)", value)
            if digits:
                return min(max(int(digits.group(1)), 1), _MAX_COLSPAN)
    return 1


def _fill_carried(table: Table) -> None:
    """Put the cells of rows above that span down into this row, where they stand."""
    assert table.row is not None
    while len(table.row) in table.carry:
        col = len(table.row)
        text, left = table.carry[col]
        table.row.append(text)
        if left > 1:
            table.carry[col] = (text, left - 1)
        else:
            del table.carry[col]


def html_to_text(text: str, notes: list[str]) -> tuple[list[str], list[int], list[HtmlTable]]:
    """Text lines, their source lines and the data tables of an HTML page.

    `text` must already be normalised (see normalize_text). Notes about repairs go to
    `notes`.
    """
    text = _NEWLINE_REFS.sub(" ", text)
    keep: frozenset[str] = frozenset()
    for _ in range(4):  # each retry keeps one more element that swallowed the page
        parser = HtmlToText(keep)
        try:
            parser.feed(text)
            parser.close()
        except Exception as exc:  # html.parser is lenient, but never trust it with a scan
            notes.append(f"HTML parser failed ({describe(exc)}): tags stripped")
            return _strip_tags(text)
        parser.finish()
        retry = ""
        if parser.skip_tag is not None and parser.skip_tag not in _RAW_TEXT:
            retry = parser.skip_tag
            notes.append(f"<{retry}> on line {parser.skip_line} is never closed: content kept")
        elif "form" not in keep and parser.dropped_chars.get("form", 0) > parser.kept_chars:
            retry = "form"
            notes.append("<form> holds most of the page's text: content kept")
        if not retry:
            break
        keep = keep | {retry}
    lines = parser.root.lines or [""]
    line_of = parser.root.line_of or [1]
    tables = [table for _, table in sorted(parser.tables, key=lambda item: item[0])]
    return lines, line_of, tables


_TAG = re.compile(r"<[^>]*>")


def _strip_tags(text: str) -> tuple[list[str], list[int], list[HtmlTable]]:
    import html

    lines = [collapse(html.unescape(_TAG.sub(" ", line))) for line in text.split("\n")]
    return lines, list(range(1, len(lines) + 1)), []
