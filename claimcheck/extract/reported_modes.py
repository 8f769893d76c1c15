"""A document's own note on which mode each benchmark was run in: the reporting list of a
launch post ("No extended thinking: SWE-bench Verified, Terminal-bench"; "Extended thinking:"
over items that each open with a benchmark). Its table and prose figures state no mode; the
note gives them one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.extract.conditions import ConditionRules
from claimcheck.extract.mentions import MentionFinder
from claimcheck.extract.prose import RawClaim

_ITEM = re.compile(r"^(?P<indent>\s*)(?:[-*+•]|\d{1,2}[.)])\s+(?P<body>\S.*)$")
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def reported_modes(
    lines: Iterable[str], finder: MentionFinder, rules: ConditionRules
) -> dict[str, str]:
    """Benchmark (folded canonical name) -> the mode the document's list says it was run in."""
    out: dict[str, str] = {}
    parent: tuple[int, str] | None = None  # a mode heading item: (its indentation, mode)
    for line in lines:
        m = _ITEM.match(line)
        if m is None:
            if line.strip():
                parent = None
            continue
        indent, body = len(m["indent"].expandtabs(4)), m["body"]
        if parent is not None and indent > parent[0]:
            first = _benchmarks(finder, body)[:1]
            if first and first[0][1] <= 2:  # the item opens with the benchmark
                out.setdefault(first[0][0], parent[1])
            continue
        parent = None
        head, colon, rest = body.partition(":")
        if not colon:
            continue
        mode = rules.mode_word(_BRACKETS.sub(" ", head).strip(" *_"))
        if mode is None:
            continue
        named = _benchmarks(finder, rest)
        if named:
            for name, _ in named:
                out.setdefault(name, mode)
        elif not rest.strip():
            parent = (indent, mode)
    return out


def _benchmarks(finder: MentionFinder, text: str) -> list[tuple[str, int]]:
    return [
        (m.canonical.casefold(), m.start)
        for m in finder.find(text)
        if m.kind == "benchmark"  # "AIME" too: the family, whichever year the table ran
    ]


def apply_reported_modes(
    claims: list[RawClaim], text: str, finder: MentionFinder, rules: ConditionRules
) -> None:
    """Give the note's mode to the figures that state none, of the models the document
    gives figures in a mode at all (hybrid models; a rival's column stays as written). A
    document with no such figure is not read for a note at all (most are not)."""
    moded = {c.model for c in claims if "mode" in c.qualifiers}
    if not moded:
        return
    modes = reported_modes(text.split("\n"), finder, rules)
    for claim in claims:
        if claim.model not in moded or "mode" in claim.qualifiers:
            continue
        bench = claim.benchmark.casefold()
        for name, mode in modes.items():
            if bench == name or bench.startswith(name + " "):  # "AIME" covers "AIME 2025"
                claim.qualifiers["mode"] = mode
                break
