"""Find article files and turn each one into plain text that keeps the source's line numbers.

`discover` walks the given paths, `read_document` reads one file into a `Document`, and
`load` does both. Nothing here raises for bad input: a file that cannot be read, is binary
or vanished becomes a `Skipped` record with a reason a user can act on.

Text is what the extractors read. For .txt and .md files it is the decoded file (line ends
normalised, control characters removed), so `line_of` is the identity. HTML is reduced to
Markdown-like text:

- each block element ends a line, and paragraph-level blocks (p, div, h1-h6, lists,
  tables...) are separated by one empty line, as paragraphs are in Markdown;
- a line break inside a paragraph of the source stays a line break, so every text line comes
  from exactly one source line and `line_of` is exact;
- list items start with "- ", headings with "# " ("## " for h2, and so on);
- data tables go to `Document.tables` and are not repeated in the text; a table used for page
  layout (a single cell, or cells holding headings, lists or prose, as in newsletter e-mails)
  is read as text instead;
- `<sup>` text starting with a digit is written "^1" so a footnote marker never fuses with
  the number before it ("89.5<sup>1</sup>" must not read as 89.51);
- comments are dropped except in-article markers (`<!-- claimcheck: ... -->`), each kept as
  a text line of its own where it was (a marker in a data table goes to the text after it).
"""

from claimcheck.ingest.decode import normalize_text
from claimcheck.ingest.document import (
    ARTICLE_SUFFIXES,
    BINARY_REASON,
    DEFAULT_MAX_BYTES,
    MISSING_REASON,
    Document,
    HtmlTable,
)
from claimcheck.ingest.html_text import html_to_text
from claimcheck.ingest.read import embedded_tables, load, read_document
from claimcheck.ingest.walk import discover, display_path, source_name

__all__ = [
    "ARTICLE_SUFFIXES",
    "BINARY_REASON",
    "DEFAULT_MAX_BYTES",
    "MISSING_REASON",
    "Document",
    "HtmlTable",
    "discover",
    "display_path",
    "embedded_tables",
    "html_to_text",
    "load",
    "normalize_text",
    "read_document",
    "source_name",
]
