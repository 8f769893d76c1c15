"""Which variant an open model's bare name means in a table: a caption or heading that says
the table is of pre-trained ("PT", base) or instruction-tuned ("IT", chat) models makes
"Gemma 3 27B" there Gemma 3 27B PT or IT, so a base figure never meets an instruct one."""

from __future__ import annotations

import re

from claimcheck.extract.names import Names
from claimcheck.extract.prose import RawClaim
from claimcheck.extract.tables.grid import Grid

_SIZE = re.compile(r"(?i)(?<![\w.])\d+(?:\.\d+)?\s?b\b")


def table_variant(grid: Grid, words: dict[str, re.Pattern[str]]) -> str:
    """The suffix the table's context gives its models ("IT", "Instruct", "PT"), or ""
    when it says nothing, says both, or names the base release of a family that leaves it
    bare."""
    text = " ".join((grid.caption, grid.context, grid.heading))
    folded = text.casefold()
    found = [kind for kind, pattern in words.items() if pattern.search(folded)]
    if len(found) != 1:
        return ""
    if found[0] == "instruct":
        return "IT" if re.search(r"\bIT\b", text) else "Instruct"
    # A bare open model's name is its base release already (Llama-3-8B, Yi-1.5-9B) unless the
    # family marks both ("PT" and "IT" checkpoints): then the table's word is kept.
    return "PT" if re.search(r"\bPT\b", text) else ""


def apply_variant(claims: list[RawClaim], suffix: str, names: Names) -> None:
    """Give the suffix to models named with a size and no variant ("Gemma 3 27B"); API
    models ("Gemini 1.5 Pro") have no base and instruct releases and are left alone."""
    if not suffix:
        return
    for claim in claims:
        tokens = set(names.tokens(claim.model))
        if tokens & names.variants or not _SIZE.search(claim.model):
            continue
        claim.model = f"{claim.model} {suffix}"
