"""Bytes to text: binary files told apart, encodings guessed from BOMs (UTF-8, then
cp1252 or latin-1), control characters removed and compatibility forms folded one character
for one, so every offset keeps its column."""

from __future__ import annotations

import codecs
import re
import unicodedata

SNIFF_BYTES = 8 * 1024  # binary detection looks at this much of the start of a file

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


def decode(data: bytes, partial: bool, notes: list[str]) -> str | None:
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
