"""Text from articles, file names and resolutions is data: it never becomes a terminal
escape, a GitHub workflow command or live Markdown (DESIGN.md, "Untrusted input").

- `printable`: C0 and C1 control characters (and the line separators and bidi overrides
  that break or reorder what a reader sees) shown as `\\x1b`, `\\u202e`; newlines too,
  unless kept.
- `no_commands`: GitHub runners read a line that starts, after white space, with `::` as a
  workflow command, and `##[` anywhere in a line as the old syntax; a zero-width space
  between the two marks breaks both and reads the same.
- `json_safe`: the same for JSON text, as JSON escapes (the values are unchanged).
"""

from __future__ import annotations

import re

# Tab and newline are left to the caller; everything else below 0x20, DEL, C1, the line and
# paragraph separators (Rich breaks lines there) and bidi.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[{_CONTROLS}]")
_UNSAFE_LINES = re.compile(f"[{_CONTROLS}\t\n]")
ZWSP = "\u200b"
# White space as the runner's TrimStart sees it, and colour codes a forced-colour console
# may put before the text.
_COMMAND_START = re.compile(r"^((?:\s|\x1b\[[0-9;]*m)*):(?=:)", re.M)
_OLD_COMMAND = re.compile(r"#(?=#\[)")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, keep_lines: bool = False) -> str:
    """`text` with control characters shown as escapes; one line unless `keep_lines`."""
    return (_UNSAFE if keep_lines else _UNSAFE_LINES).sub(_escape, text)


def no_commands(text: str) -> str:
    """`text` with no line a GitHub runner would read as a workflow command."""
    text = _COMMAND_START.sub(lambda m: m.group(1) + ":" + ZWSP, text)
    return _OLD_COMMAND.sub("#" + ZWSP, text) if "##[" in text else text


def json_safe(text: str) -> str:
    """JSON text with DEL, C1 and bidi controls and `##[` written as escapes: the same
    values, nothing a terminal or a runner acts on."""
    # ASCII text can hold only DEL of these: two scans in C instead of the regex's one in
    # Python's engine (most of the cost of a large report otherwise).
    if not text.isascii() or "\x7f" in text:
        text = _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
    return text.replace("##[", "\\u0023#[") if "##[" in text else text


def is_command_line(line: str) -> bool:
    """True when a runner would take `line` for a workflow command (tests and fuzzing)."""
    stripped = re.sub(r"\x1b\[[0-9;]*m", "", line).lstrip()
    return stripped.startswith("::") or "##[" in line
