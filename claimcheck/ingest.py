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

from __future__ import annotations

import codecs
import contextlib
import fnmatch
import os
import re
import stat
import unicodedata
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from claimcheck.records import Skipped

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

BINARY_REASON = "binary file (not text)"
MISSING_REASON = "no such file or directory"
SNIFF_BYTES = 8 * 1024  # binary detection looks at this much of the start of a file

_KIND_BY_SUFFIX = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

# Signatures of common binary formats that may sit in an article folder under a text name.
_BINARY_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"%PDF-",
    b"PK\x03\x04",  # ZIP (also docx, xlsx, epub)
    b"PK\x05\x06",  # empty ZIP
    b"\x1f\x8b",  # gzip
    b"\x7fELF",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# C0 control bytes that never occur in text (tab, newline, CR, FF and ESC are allowed):
# a sample with many of them is binary even without NUL bytes.
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")

# Control characters are removed, except tab and newline. The ones that str.splitlines()
# treats as line breaks (VT, FF, FS..US, NEL, U+2028, U+2029) become a space instead, so a
# consumer that splits lines differently cannot shift the line numbers, and no two words
# are glued together.
_SPACE_CONTROLS = "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"
_REMOVED_CONTROLS = "".join(
    chr(c)
    for c in (*range(0x00, 0x09), *range(0x0E, 0x1C), *range(0x7F, 0xA0))
    if chr(c) not in _SPACE_CONTROLS
)
_CONTROL_CHARS = re.compile(f"[{re.escape(_REMOVED_CONTROLS + _SPACE_CONTROLS)}]")
_CONTROL_TABLE = str.maketrans(
    {**dict.fromkeys(_REMOVED_CONTROLS), **dict.fromkeys(_SPACE_CONTROLS, " ")}
)


@dataclass(slots=True)
class HtmlTable:
    """A data table of an HTML article, one entry per row in every list."""

    rows: list[list[str]]  # cell texts, whitespace-collapsed, colspan and rowspan expanded
    header: list[bool]  # per row: made of <th> cells, or inside <thead>
    lines: list[int]  # per row: 1-based source line where the row starts
    caption: str = ""


@dataclass(slots=True)
class Document:
    """One article as plain text, with the map back to the lines of the original file."""

    path: str  # as the user should see it: relative to cwd when under it, '/' separators
    text: str  # lines separated by "\n" only
    line_of: list[int]  # for each line of text.split("\n"), its 1-based source line
    tables: list[HtmlTable]  # HTML data tables; their content is not repeated in `text`
    notes: list[str]  # non-fatal notes ("not valid UTF-8: decoded as cp1252", ...)
    kind: str  # "txt" | "md" | "html"


# ---------------------------------------------------------------------------------------
# Discovery


@dataclass(slots=True)
class _Found:
    path: Path
    shown: str
    key: object  # identity of the file on disk, to drop a second path to the same file
    via_link: bool  # reached through a symbolic link (the real path is preferred)


@dataclass(slots=True)
class _Dir:
    path: Path
    rel: str  # posix path relative to the walked root; "" for the root itself
    key: object
    parent: _Dir | None
    via_link: bool


def display_path(path: Path | str) -> str:
    """The path as a user should see it: relative to cwd when under it, else as given."""
    p = Path(path)
    if p.is_absolute():
        try:
            return p.relative_to(Path.cwd()).as_posix()
        except (ValueError, OSError):
            pass
    return p.as_posix()


_NAME_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def source_name(path: Path | str) -> str:
    """`display_path` as reports show a source: bytes that are not UTF-8 and control
    characters written as `\\xff`, `\\x1b`, so a file name can neither break a UTF-8 writer
    (ids hash the name) nor reach a terminal or a log as an escape sequence."""
    shown = display_path(path)
    if shown.isprintable():
        return shown
    try:
        raw = shown.encode("utf-8", "surrogateescape")  # os.listdir's undecodable bytes
    except UnicodeEncodeError:
        raw = shown.encode("utf-8", "backslashreplace")
    shown = raw.decode("utf-8", "backslashreplace")
    return _NAME_CONTROLS.sub(lambda m: f"\\x{ord(m.group(0)):02x}", shown)


def discover(
    paths: Sequence[Path | str],
    exclude: Sequence[str] = (),
    skip_dirs: Sequence[str] = (),
    skip_folders: Sequence[Path] = (),
) -> tuple[list[Path], list[Skipped]]:
    """The article files under `paths`, sorted by posix path, and the paths skipped.

    A file given explicitly is taken whatever its suffix; folders are walked for
    ARTICLE_SUFFIXES, skipping hidden entries, folders named `skip_dirs`, the folders
    `skip_folders` themselves (the project's claims folder: never a folder that merely has
    its name) and `exclude` globs (matched
    against the path relative to the walked folder, the name and the displayed path; an
    explicit file is matched on its name and displayed path). Symbolic links are followed;
    a link back to a folder being walked is reported once as a loop. Two paths to the same
    file keep the real one (or the first by path) and report the other.
    """
    patterns = _patterns(exclude)
    skip_names = frozenset(skip_dirs)
    skip_keys: set[object] = set()
    for folder in skip_folders:
        with contextlib.suppress(OSError):
            skip_keys.add(_key(folder, os.stat(folder)))
    found: list[_Found] = []
    skipped: list[Skipped] = []
    for given in paths:
        root = Path(given)
        shown = source_name(root)
        try:
            st = os.stat(root)
        except FileNotFoundError:
            reason = MISSING_REASON
            if os.path.lexists(root):
                reason += " (broken symbolic link)"
            skipped.append(Skipped(path=shown, reason=reason))
            continue
        except OSError as exc:
            skipped.append(Skipped(path=shown, reason=f"cannot read: {_os_reason(exc)}"))
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(root, _key(root, st), patterns, (skip_names, skip_keys), found, skipped)
        elif stat.S_ISREG(st.st_mode):
            if not _excluded(patterns, root.name, shown):
                found.append(_Found(root, shown, _key(root, st), root.is_symlink()))
        else:
            skipped.append(Skipped(path=shown, reason="not a regular file or folder"))
    files = _dedupe(found, skipped)
    skipped.sort(key=lambda s: s.path)
    return files, skipped


def _walk(
    root: Path,
    root_key: object,
    patterns: list[str],
    skip: tuple[frozenset[str], set[object]],
    found: list[_Found],
    skipped: list[Skipped],
) -> None:
    """Walk one folder with an explicit stack (no recursion limit on deep trees).

    Real folders are walked first and symbolic links to folders afterwards, so a link to a
    folder inside the tree never hides the folder's real path.
    """
    skip_names, skip_keys = skip
    visited: dict[object, str] = {root_key: source_name(root)}
    stack = [_Dir(root, "", root_key, None, False)]
    links: deque[_Dir] = deque()
    while stack or links:
        if not stack:
            link = links.popleft()
            shown = source_name(link.path)
            try:
                st = os.stat(link.path)
            except OSError as exc:
                skipped.append(Skipped(path=shown, reason=f"cannot read: {_os_reason(exc)}"))
                continue
            link.key = _key(link.path, st)
            if link.key in skip_keys:
                continue
            if link.key in visited:
                skipped.append(Skipped(path=shown, reason=_revisit_reason(link, visited)))
                continue
            visited[link.key] = shown
            stack.append(link)
        folder = stack.pop()
        try:
            with os.scandir(folder.path) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            reason = f"cannot read folder: {_os_reason(exc)}"
            skipped.append(Skipped(path=source_name(folder.path), reason=reason))
            continue
        subdirs: list[_Dir] = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            path = folder.path / name
            rel = f"{folder.rel}/{name}" if folder.rel else name
            shown = source_name(path)
            try:
                is_link = entry.is_symlink()
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError as exc:
                skipped.append(Skipped(path=shown, reason=f"cannot read: {_os_reason(exc)}"))
                continue
            if is_dir:
                if name in skip_names or _excluded(patterns, rel, name, shown):
                    continue
                if is_link:
                    links.append(_Dir(path, rel, None, folder, True))
                    continue
                try:
                    key = _key(path, entry.stat())
                except OSError as exc:
                    reason = f"cannot read folder: {_os_reason(exc)}"
                    skipped.append(Skipped(path=shown, reason=reason))
                    continue
                if key in visited or key in skip_keys:  # a bind mount: walk each folder once
                    continue
                visited[key] = shown
                subdirs.append(_Dir(path, rel, key, folder, folder.via_link))
                continue
            if not name.lower().endswith(ARTICLE_SUFFIXES) or _excluded(patterns, rel, name, shown):
                continue
            if is_file:
                try:
                    key = _key(path, entry.stat())
                except OSError as exc:
                    skipped.append(Skipped(path=shown, reason=f"cannot read: {_os_reason(exc)}"))
                    continue
                found.append(_Found(path, shown, key, folder.via_link or is_link))
            elif is_link and not os.path.exists(path):
                reason = f"{MISSING_REASON} (broken symbolic link)"
                skipped.append(Skipped(path=shown, reason=reason))
            else:
                skipped.append(Skipped(path=shown, reason="not a regular file"))
        stack.extend(reversed(subdirs))  # pop the first name first


def _revisit_reason(link: _Dir, visited: dict[object, str]) -> str:
    ancestor = link.parent
    while ancestor is not None:
        if ancestor.key == link.key:
            return f"symbolic link loop (points back to {visited[link.key]})"
        ancestor = ancestor.parent
    return f"same folder as {visited[link.key]} (already scanned)"


def _dedupe(found: list[_Found], skipped: list[Skipped]) -> list[Path]:
    first_of: dict[object, _Found] = {}
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: (f.via_link, f.shown)):
        first = first_of.setdefault(item.key, item)
        if first is item:
            kept.append(item)
        elif first.shown != item.shown:
            reason = f"same file as {first.shown} (already scanned)"
            skipped.append(Skipped(path=item.shown, reason=reason))
    kept.sort(key=lambda f: f.shown)
    return [f.path for f in kept]


def _key(path: Path, st: os.stat_result) -> object:
    if st.st_ino:
        return (st.st_dev, st.st_ino)
    return os.path.normcase(os.path.realpath(path))  # file systems without inode numbers


def _patterns(exclude: Sequence[str]) -> list[str]:
    patterns: list[str] = []
    for raw in exclude:
        pattern = raw.strip().replace("\\", "/").rstrip("/")
        pattern = pattern.removeprefix("./")
        if not pattern:
            continue
        patterns.append(pattern)
        if pattern.startswith("**/"):
            patterns.append(pattern[3:])  # "**/drafts" also matches a top-level "drafts"
    return patterns


def _excluded(patterns: list[str], *candidates: str) -> bool:
    return any(fnmatch.fnmatch(c, p) for p in patterns for c in candidates)


def _os_reason(exc: OSError) -> str:
    if exc.strerror:
        return exc.strerror.lower()
    return _describe(exc)


def _describe(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


# ---------------------------------------------------------------------------------------
# Reading


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
        return Skipped(path=shown, reason=f"cannot read: {_os_reason(exc)}")
    except Exception as exc:  # the file boundary: one bad file never stops a scan
        return Skipped(path=shown, reason=f"cannot read: {_describe(exc)}")


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
    text = _decode(data, truncated, notes)
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


def _decode(data: bytes, partial: bool, notes: list[str]) -> str | None:
    """Decoded text, or None for a binary file. `partial`: data was cut, maybe mid-character."""
    for bom, encoding, name in _BOMS:
        if data.startswith(bom):
            if encoding != "utf-8-sig":
                return _decode_wide(data, encoding, name, partial, notes)
            break
    if data.startswith(_BINARY_MAGIC):
        return None
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        return None
    controls = len(_CONTROL_BYTES.findall(sample))
    if controls > max(8, len(sample) // 20):
        return None
    nuls = data.count(b"\x00")
    if nuls:
        data = data.replace(b"\x00", b"")
        notes.append(f"removed {nuls} NUL byte{'s' if nuls > 1 else ''}")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=not partial)
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        notes.append("not valid UTF-8: decoded as cp1252")
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined
        text = data.decode("latin-1")
        notes.append("not valid UTF-8: decoded as latin-1")
    return text


def _decode_wide(data: bytes, encoding: str, name: str, partial: bool, notes: list[str]) -> str:
    try:
        return codecs.getincrementaldecoder(encoding)().decode(data, final=not partial)
    except UnicodeDecodeError:
        notes.append(f"not valid {name}: undecodable bytes replaced")
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        return decoder.decode(data, final=not partial)


def normalize_text(text: str) -> str:
    """CRLF and lone CR become "\\n"; control characters other than tab are removed;
    compatibility forms are folded one character for one (see `_Compat`)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL_CHARS.search(text):
        text = text.translate(_CONTROL_TABLE)
    if not text.isascii():
        text = text.translate(_COMPAT)
    return text


class _Compat(dict[int, str]):
    """NFKC, one character at a time and only where it gives one character, so every offset
    keeps its column: mathematical bold "𝗟𝗹𝗮𝗺𝗮 𝟯.𝟭" reads "Llama 3.1", full-width digits
    read as digits, and the hyphen characters U+2010/U+2011 as "-" ("GPT‐5.4" is not "GPT"
    and a score of 5.4). Superscripts and subscripts stay: they are footnote marks."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = "-" if code in (0x2010, 0x2011) else unicodedata.normalize("NFKC", char)
        decomposition = unicodedata.decomposition(char)
        if len(folded) != 1 or decomposition.startswith(("<super>", "<sub>")):
            folded = char
        self[code] = folded
        return folded


_COMPAT = _Compat()


def _looks_like_html(text: str) -> bool:
    head = text[:512].lstrip("\ufeff \t\n").lower()
    return head.startswith(("<!doctype html", "<html"))


def _size(n: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


# ---------------------------------------------------------------------------------------
# HTML

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
_HSPACE = re.compile(r"[ \t\r\n\xa0]+")
_MARKER = "claimcheck:"
# A line break written as a character reference would add a text line that is not a line of
# the source; in HTML text it is only whitespace, so it is read as a space.
_NEWLINE_REFS = re.compile(r"&#(?:0*1[03]|[xX]0*[aAdD])(?![0-9a-fA-F]);?|&NewLine;")


def _collapse(text: str) -> str:
    return _HSPACE.sub(" ", text).strip()


@dataclass(slots=True)
class _Lines:
    """Builds text lines and their source lines from a stream of text and breaks."""

    lines: list[str] = field(default_factory=list)
    line_of: list[int] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    start: int = 0  # source line of the current line's first visible text; 0: none yet
    pre: bool = False  # the current line is preformatted (keep its spaces)
    prefix: str = ""  # written before the next line that gets text ("- ", "## ")
    line_prefix: str = ""

    def text(self, data: str, line: int, pre: bool) -> None:
        for offset, chunk in enumerate(data.split("\n")):
            if offset:
                self.flush()  # a line break of the source ends the text line
            if not chunk:
                continue
            if not self.start and not chunk.isspace():
                self.start = line + offset
                self.pre = pre
                self.line_prefix, self.prefix = self.prefix, ""
            self.parts.append(chunk)

    def flush(self) -> None:
        if self.start:
            text = "".join(self.parts)
            text = text.rstrip() if self.pre else _collapse(text)
            self._append(self.line_prefix + text, self.start)
        self.parts.clear()
        self.start = 0
        self.line_prefix = ""

    def line(self, text: str, line: int) -> None:
        """A line of its own."""
        self.flush()
        self._append(text, line)

    def para(self, line: int) -> None:
        """End the line and leave one empty line, as between Markdown paragraphs."""
        self.flush()
        if self.lines and self.lines[-1]:
            self._append("", line)

    def _append(self, text: str, line: int) -> None:
        # Text can reach a builder out of source order (text written inside a table but
        # outside its cells shows before the table; a layout table's lines arrive at its
        # end): keep line_of non-decreasing, which consumers may rely on.
        if self.line_of and line < self.line_of[-1]:
            line = self.line_of[-1]
        self.lines.append(text)
        self.line_of.append(line)

    def finish(self) -> None:
        self.flush()
        while self.lines and not self.lines[-1]:
            self.lines.pop()
            self.line_of.pop()

    def extend(self, other: _Lines, start: int, end: int) -> None:
        other.finish()
        if not other.lines:
            return
        self.para(start)
        for text, line in zip(other.lines, other.line_of, strict=True):
            self._append(text, line)
        self.para(end)


@dataclass(slots=True)
class _Table:
    line: int
    seq: int
    text: _Lines = field(default_factory=_Lines)  # the table read as text, if it is layout
    rows: list[list[str]] = field(default_factory=list)
    header: list[bool] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    flat: list[str] = field(default_factory=list)  # cell texts once each, for flattening
    caption: str = ""
    caption_parts: list[str] | None = None
    row: list[str] | None = None
    row_line: int = 0
    row_th: bool = True
    cell: list[str] | None = None
    cell_th: bool = False
    cell_span: int = 1
    cell_rows: int = 1
    # column -> (text, rows still covered) of cells spanning rows below their own
    carry: dict[int, tuple[str, int]] = field(default_factory=dict)
    cell_paragraphs: int = 0
    cells: int = 0
    section: str = ""
    layout: bool = False
    nested: list[tuple[int, HtmlTable]] = field(default_factory=list)
    markers: list[tuple[str, int]] = field(default_factory=list)


class _HtmlToText(HTMLParser):
    def __init__(self, keep: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.dropped = _DROPPED - keep
        self.drop_header = "header" not in keep
        self.root = _Lines()
        self.tables: list[tuple[int, HtmlTable]] = []
        self.open_tables: list[_Table] = []
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
    def out(self) -> _Lines:
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
            self.open_tables.append(_Table(line, self.seq))
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
        content = _collapse(data)
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
        self, table: _Table, tag: str, attrs: list[tuple[str, str | None]], line: int
    ) -> None:
        if tag == "caption":
            self._close_row(table)
            table.caption_parts = []
            table.text.para(line)
            return
        self._close_caption(table)
        if tag in ("thead", "tbody", "tfoot"):
            self._close_row(table)
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

    def _table_end(self, table: _Table, tag: str, line: int) -> None:
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
        table.text.flush()

    def _close_caption(self, table: _Table) -> None:
        if table.caption_parts is not None:
            table.caption = _collapse(" ".join([table.caption, *table.caption_parts]))
            table.caption_parts = None

    def _close_cell(self, table: _Table) -> None:
        if table.cell is None or table.row is None:
            return
        text = _collapse("".join(table.cell))
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

    def _close_row(self, table: _Table) -> None:
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
        found = HtmlTable(table.rows, table.header, table.lines, table.caption)
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


def _fill_carried(table: _Table) -> None:
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
        parser = _HtmlToText(keep)
        try:
            parser.feed(text)
            parser.close()
        except Exception as exc:  # html.parser is lenient, but never trust it with a scan
            notes.append(f"HTML parser failed ({_describe(exc)}): tags stripped")
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

    lines = [_collapse(html.unescape(_TAG.sub(" ", line))) for line in text.split("\n")]
    return lines, list(range(1, len(lines) + 1)), []
