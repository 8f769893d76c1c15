"""Which variant an open model's bare name means in a table: a caption or heading that says
the table is of pre-trained ("PT", base) or instruction-tuned ("IT", chat) models makes
"Gemma 3 27B" there Gemma 3 27B PT or IT, so a base figure never meets an instruct one."""

from __future__ import annotations

import re

from claimcheck.extract.names import Names
from claimcheck.extract.prose import RawClaim
from claimcheck.extract.tables.grid import Grid

_SIZE = re.compile(r"(?i)(?<![\w.])\d+(?:\.\d+)?\s?b\b")


# "## Falcon-H1-7B-Instruct" over a table whose column says "Falcon-H1-7B".
_HEADING_VARIANT = re.compile(r"^\s*(?P<name>\S.*?)[\s_-](?P<v>Instruct|Base|Chat|IT|PT)\s*$", re.I)


def table_variant(grid: Grid, words: dict[str, re.Pattern[str]], names: Names) -> str:
    """The suffix the table's context gives its models ("IT", "Instruct", "PT", "Base"),
    or "" when it says nothing or says both. A heading naming a release of the model one
    column names bare says it outright; then the caption, the paragraph above and the
    nearest heading; the headings that one sits under only when they say nothing."""
    named = _HEADING_VARIANT.match(grid.heading)
    if named:
        bare = names.tokens(named["name"])
        if any(names.tokens(cell.text) == bare for cell in grid.header[1:]):
            variant = named["v"]
            return variant.upper() if variant.casefold() in ("it", "pt") else variant.title()
    for text in (" ".join((grid.caption, grid.context, grid.heading)), grid.outer):
        folded = text.casefold()
        found = [kind for kind, pattern in words.items() if pattern.search(folded)]
        if len(found) > 1:
            return ""
        if found:
            if found[0] == "instruct":
                return "IT" if re.search(r"\bIT\b", text) else "Instruct"
            return "PT" if re.search(r"\bPT\b", text) else "Base"
    return ""


def apply_variant(claims: list[RawClaim], suffix: str, names: Names) -> None:
    """Give the suffix to models named with a size and no variant ("Gemma 3 27B"); API
    models ("Gemini 1.5 Pro") have no base and instruct releases and are left alone. A bare
    open model's name is its base release already (Llama-3-8B, Qwen2.5-3B): "Base" is added
    only to families whose bare name is the post-trained model (SmolLM3-3B, Qwen3-4B), and
    those need no size in the name to take it (Kimi-K2, LongCat-Flash); they never take an
    instruct suffix, their bare name being that release."""
    if not suffix:
        return
    for claim in claims:
        tokens = names.tokens(claim.model)
        if set(tokens) & names.variants:
            continue
        # A family whose bare name is its post-trained model needs no size to be told
        # from its base release ("Kimi-K2" under a base-model heading).
        post_trained = names.bare_is_post_trained(claim.model)
        if not _SIZE.search(claim.model) and not (post_trained and suffix in ("Base", "PT")):
            continue
        if suffix == "Base" and not post_trained:
            continue
        if suffix in ("Instruct", "IT", "Chat") and post_trained:
            continue  # "Qwen3-8B" is the post-trained model already
        claim.model = f"{claim.model} {suffix}"
