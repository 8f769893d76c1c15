"""Which model a table of one model's scores is about: the one model the nearest Markdown
heading above it names ("# Mistral Nemo Instruct 2407" over "| Benchmark | Score |")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimcheck.extract.tables.labels import Reader

_MAX_HEADING = 200  # longer "headings" are prose that starts with '#'
# A parameter count inside a name: "-7B", "4x7B", " 10.7B" (not the name's first word).
_SIZE_PART = re.compile(r"(?:\d{1,2}x)?\d{1,4}(?:\.\d)?[BbMm]")
_NAME_PARTS = re.compile(r"[-_ ]")
_TRAILING_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{1,24})\)\s*$")


def sized_name(text: str) -> bool:
    """ "Beyonder-4x7B-v2", "zephyr-7b-beta", "Nous Hermes 2 SOLAR 10.7B": a name no catalog
    holds that carries a parameter count after its first word is a model's name. Spaced
    words must each open with a capital or a digit ("7B results" names nothing)."""
    parts = _NAME_PARTS.split(text.strip())
    if len(parts) < 2 or len(parts) > 6 or not parts[0][:1].isalpha():
        return False
    if " " in text.strip() and not all(p[:1].isupper() or p[:1].isdigit() for p in parts):
        return False
    return any(_SIZE_PART.fullmatch(p) for p in parts[1:])


def models_named(reader: Reader, text: str) -> set[str]:
    """The models a heading or a paragraph names in full (no bare family)."""
    return {
        m.canonical for m in reader.finder.find(text) if m.kind == "model" and not m.bare_family
    }


class HeadingSubjects:
    """The headings of a document, read once, each with the one model it names (or "")."""

    def __init__(self, lines: Sequence[str], reader: Reader) -> None:
        self._lines, self._reader = lines, reader
        self._at: list[int] = []
        self._subject: list[str] = []
        self._text: list[str] = []
        self._outer: list[int] = []  # per heading: the nearest heading of a higher level, or -1
        self._nearest: list[str] = []  # per heading: the subject of the nearest naming one
        self._read = False  # read on first use: most documents have no table to ask for

    def _read_headings(self) -> None:
        self._read = True
        reader = self._reader
        open_: list[tuple[int, int]] = []  # (level, heading number) of the headings in force
        first = next((i for i, line in enumerate(self._lines) if line.strip()), -1)
        for i, line in enumerate(self._lines):
            text = line.strip()
            if i == first and self._title(text):
                text = "# " + text  # a page's title line, its "#" lost in the scrape
            if not text.startswith("#") or len(text) > _MAX_HEADING:
                continue
            level = len(text) - len(text.lstrip("#"))
            while open_ and open_[-1][0] >= level:
                open_.pop()
            self._outer.append(open_[-1][1] if open_ else -1)
            open_.append((level, len(self._at)))
            text = text.lstrip("#").strip()
            # "### Llama 4 Maverick (Apr 2025)": when the heading's model came out, not a
            # snapshot of it (in a table's row beside others it is one).
            bracket = _TRAILING_BRACKET.search(text)
            if bracket and reader.names.release_month(bracket["inner"]):
                text = text[: bracket.start()].rstrip()
            found = models_named(reader, text)
            whole = reader.label(text)  # a heading that is a name keeps all of it ("... 2407")
            # "RING-1T: Scaling RL for ..." is a title about Ring-1T, not a name that long.
            titled = ":" in text and len(found) == 1
            as_model = whole.kind == "model" or (whole.kind == "?" and sized_name(text))
            named = {whole.name} if as_model and len(found) <= 1 and not titled else found
            self._at.append(i)
            self._text.append(text)
            self._subject.append(named.pop() if len(named) == 1 else "" if not named else "-")
        # Looked up per table: kept per heading so a lookup is one bisect, never a walk back.
        last = ""
        for subject in self._subject:
            if subject:
                last = "" if subject == "-" else subject
            self._nearest.append(last)

    def _title(self, text: str) -> bool:
        """Whether a document's first line is only a model's name ("Claude 3.7 Sonnet" atop a
        scraped page): its title."""
        if text.startswith("#") or len(text) > 60 or len(text.split()) > 6:
            return False
        return (
            self._reader.label(text).kind == "model" and len(models_named(self._reader, text)) == 1
        )

    def above(self, index: int) -> str:
        """The model of the nearest heading above line `index` that names any; "" when that
        heading names several (a comparison) or none above does."""
        if not self._read:
            self._read_headings()
        k = bisect.bisect_left(self._at, index) - 1
        return self._nearest[k] if k >= 0 else ""

    def heading(self, index: int) -> str:
        """The text of the nearest heading above line `index` ("" when there is none)."""
        if not self._read:
            self._read_headings()
        k = bisect.bisect_left(self._at, index) - 1
        return self._text[k] if k >= 0 else ""

    def outer(self, index: int) -> str:
        """The headings above the nearest one, each of a higher level ("Base Pre-Trained
        Model" over "English benchmarks"), nearest first."""
        if not self._read:
            self._read_headings()
        k = bisect.bisect_left(self._at, index) - 1
        texts: list[str] = []
        k = self._outer[k] if k >= 0 else -1
        while k >= 0:
            texts.append(self._text[k])
            k = self._outer[k]
        return " / ".join(texts)
