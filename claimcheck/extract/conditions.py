"""Stated conditions (mode, tools, shots, pass@k) read from text and labels, normalised to a
small vocabulary so that "Thinking", "(think)" and "in thinking mode" compare equal."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.catalog import Catalog

_NUMBER_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|few"
_SHOTS = re.compile(
    rf"\b(\d{{1,2}}|{_NUMBER_WORDS})[- ](?:shots?|coups?|schuss|schüsse|disparos?|colpi|colpo)\b"
    # Machine translations write "shot" as "coup", "Schuss", "disparo"; Korean "5-샷".
    r"|(?<!\d)(\d{1,2})[- ]?샷"
    # "with five exemplars", "given 8 in-context examples"
    rf"|\b(?:with|given|using)\s+(\d{{1,2}}|{_NUMBER_WORDS})\s+(?:in-context\s+)?"
    r"(?:exemplars|examples|demonstrations|demos)\b",
    re.I,
)
_BUDGET_SIZE = re.compile(r"(?<![\w.])(\d{1,4})\s?[kK](?![\w])")
_CONTEXT = re.compile(r"(\d{1,4})\s?([kKmM])(?:\s*(?:tokens?|context|ctx))?")
_PASS = re.compile(r"\bpass\s?@\s?(\d{1,4})\b", re.I)
# "pass@8"; "pass^4" (tau-bench: all of k tries succeed, another metric than pass@4).
_AT_METRIC = re.compile(r"\b(pass|maj|cons|avg|mean|best|rm)\s?([@^])\s?(\d{1,4})\b", re.I)
_BEST_OF = re.compile(rf"\bbest[- ]of[- ](\d{{1,4}}|{_NUMBER_WORDS})\b", re.I)
_WORD_NUMBERS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "few": "few",
}  # fmt: skip


MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}  # fmt: skip
_TO = r"\s*(?:[-–—~]|to|until|through|and)\s*"
MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
# A benchmark's problem window, the dates its problems were published in: "2407-2501",
# "24/8~25/5", "2024.08-2025.05", "Aug 2024 - May 2025", "from 1 July 2024 to 1 January
# 2025". Scores on two windows are two test sets.
WINDOW = re.compile(
    rf"(?<![\w./-])(?P<a>2\d)(?P<am>0[1-9]|1[0-2]){_TO}(?P<b>2\d)(?P<bm>0[1-9]|1[0-2])(?![\w./-])"
    rf"|(?<![\w./-])(?P<c>\d{{1,4}})/(?P<cm>\d{{1,4}}){_TO}(?P<d>\d{{1,4}})/(?P<dm>\d{{1,4}})"
    r"(?![\w/%.-])"
    # With a point, months in two digits ("24.10-25.02"): "24.1-25.3%" is a range of scores.
    rf"|(?<![\w./-])(?P<g>(?:20)?2\d)\.(?P<gm>0[1-9]|1[0-2]){_TO}(?P<h>(?:20)?2\d)\.(?P<hm>0[1-9]|1[0-2])"
    r"(?![\w/%.-])"
    rf"|\b(?:\d{{1,2}}\s+)?(?P<e>{MONTH_NAME})\.?\s+(?:\d{{1,2}},?\s+)?(?P<ey>20\d\d){_TO}"
    rf"(?:\d{{1,2}}\s+)?(?P<f>{MONTH_NAME})\.?\s+(?:\d{{1,2}},?\s+)?(?P<fy>20\d\d)\b",
    re.I,
)


def _year_month(a: str, b: str) -> tuple[int, int] | None:
    """A year and a month written either way round ("24/8", "2024.08", "8/24")."""
    x, y = int(a), int(b)
    if len(a) == 4 and 1 <= y <= 12:
        return x, y
    if len(b) == 4 and 1 <= x <= 12:
        return y, x
    if 20 <= x <= 39 and 1 <= y <= 12:
        return 2000 + x, y
    if 1 <= x <= 12 and 20 <= y <= 39:
        return 2000 + y, x
    return None


def window(text: str) -> tuple[int, int, str] | None:
    """The first problem window in `text`: (start, end, "2024-07..2025-01"); None when the
    text states none, or its dates do not run forward."""
    for m in WINDOW.finditer(text):
        if m["a"]:
            start, end = (2000 + int(m["a"]), int(m["am"])), (2000 + int(m["b"]), int(m["bm"]))
        elif m["c"] or m["g"]:
            c, d = ("c", "d") if m["c"] else ("g", "h")
            first, last = _year_month(m[c], m[c + "m"]), _year_month(m[d], m[d + "m"])
            if first is None or last is None:
                continue
            start, end = first, last
        else:
            start = (int(m["ey"]), MONTHS[m["e"].casefold()])
            end = (int(m["fy"]), MONTHS[m["f"].casefold()])
        if end <= start or end[0] - start[0] > 3:
            continue
        return m.start(), m.end(), f"{start[0]}-{start[1]:02d}..{end[0]}-{end[1]:02d}"
    return None


_NEGATED = re.compile(r"(?:\bw/o|\bwithout|\bno|\bnon)[\s-]*(?:cot|chain)")


@dataclass
class ConditionRules:
    modes: dict[str, str]
    tools_with: list[str]
    tools_without: list[str]
    descriptors: frozenset[str]
    metrics: dict[str, str] = field(default_factory=dict)
    default_metrics: frozenset[str] = frozenset()
    scaffold_with: list[str] = field(default_factory=list)
    scaffold_without: list[str] = field(default_factory=list)
    compute_with: list[str] = field(default_factory=list)
    compute_without: list[str] = field(default_factory=list)
    budget_words: list[str] = field(default_factory=list)
    precisions: frozenset[str] = frozenset()
    standalone_modes: dict[str, str] = field(default_factory=dict)
    cot_words: list[str] = field(default_factory=list)
    mode_nouns: list[str] = field(
        default_factory=lambda: ["mode", "setting", "configuration", "variant", "effort"]
    )

    def __post_init__(self) -> None:
        cot = "|".join(re.escape(w) for w in sorted(self.cot_words, key=len, reverse=True))
        self._cot = re.compile(rf"(?<![\w/])(?:{cot})(?![\w-])") if cot else None
        words = "|".join(re.escape(w) for w in sorted(self.budget_words, key=len, reverse=True))
        self._budget_word = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I) if words else None
        spellings = sorted(self.metrics, key=len, reverse=True)
        self._metric = (
            re.compile(
                r"(?<![\w@-])(?:" + "|".join(re.escape(s) for s in spellings) + r")(?![\w@-])",
                re.I,
            )
            if spellings
            else None
        )
        spellings = sorted(self.modes, key=len, reverse=True)
        alternation = "|".join(re.escape(s) for s in spellings)
        # "mode", "setting", ...; a word edge after ASCII ones only ("non-reasoning 모드에서").
        nouns = "|".join(
            re.escape(n) + (r"\b" if n.isascii() else "")
            for n in sorted(self.mode_nouns, key=len, reverse=True)
        )
        standalone = "|".join(
            re.escape(w) for w in sorted(self.standalone_modes, key=len, reverse=True)
        )
        # Every phrase but a standalone mode word opens a word: one test at each position
        # skips the rest inside words (this pattern runs on every sentence).
        self._mode_phrase = re.compile(
            rf"(?<!\w)(?=\w)(?:(?<![\w-])(?P<m>{alternation})"
            rf"(?:[\s-]+(?:reasoning[\s-]+)?(?:{nouns}))"
            rf"|(?:\bin|\bwith|\busing|\bunder|\bat)\s+(?:its\s+|the\s+|a\s+)?(?P<m2>{alternation})"
            rf"\s+(?:mode|setting|effort)\b|\bwith\s+(?P<off>thinking|reasoning)\s+(?:turned\s+|switched\s+)?off\b"
            # "with extended thinking", "with its reasoning on"; "without extended thinking".
            rf"|\bwith\s+(?:extended\s+|its\s+)?(?P<on>thinking|reasoning)"
            r"(?:\s+(?:turned\s+|switched\s+)?on)?\b"
            r"(?!\s+(?:turned\s+|switched\s+)?off\b|\s+(?:disabled|mode|budget|effort|tokens?)\b)"
            rf"|(?<![\w-])(?P<non>non-thinking|no-thinking)\b"
            r"|\bwithout\s+(?:extended\s+|its\s+)?(?P<non2>thinking|reasoning)\b"
            # "Deliberation disabled, X gets V", "turn thinking off", "thinking switched on".
            r"|\b(?P<off2>thinking|reasoning|deliberation)\s+(?:disabled|(?:switched|turned)\s+off)\b"
            r"|\b(?:turn|switch)(?:ed|s)?\s+(?P<off3>thinking|reasoning|deliberation)\s+off\b"
            r"|\b(?P<on2>thinking|reasoning|deliberation)\s+(?:enabled|(?:switched|turned)\s+on)\b)"
            + (f"|(?P<alone>{standalone})" if standalone else ""),
            re.I,
        )
        self._scaffold = _with_without(self.scaffold_with, self.scaffold_without)
        self._compute = _with_without(self.compute_with, self.compute_without)
        # Tools: "with" before "without" at a position.
        self._tools = _with_without(self.tools_with, self.tools_without, with_first=True)

    @classmethod
    def of(cls, catalog: Catalog) -> ConditionRules:
        """The rules the catalog's lexicon states (its `[conditions]` table)."""
        cond = catalog.lexicon.get("conditions", {})
        return cls(
            modes={k.casefold(): v for k, v in cond.get("modes", {}).items()},
            tools_with=cond.get("tools_with", []),
            tools_without=cond.get("tools_without", []),
            descriptors=frozenset(w.casefold() for w in cond.get("label_descriptors", [])),
            metrics={k.casefold(): v for k, v in cond.get("metrics", {}).items()},
            scaffold_with=cond.get("scaffold_with", []),
            scaffold_without=cond.get("scaffold_without", []),
            compute_with=cond.get("compute_with", []),
            compute_without=cond.get("compute_without", []),
            default_metrics=frozenset(cond.get("default_metrics", [])),
            budget_words=cond.get("budget_words", []),
            precisions=frozenset(w.casefold() for w in cond.get("precisions", [])),
            standalone_modes=dict(cond.get("standalone_modes", {})),
            cot_words=[w.casefold() for w in cond.get("cot_words", [])],
            mode_nouns=cond.get("mode_nouns", ["mode"]),
        )

    def budgets(self, text: str) -> list[str]:
        """The token budgets a sentence that speaks of one names ("with a 32K thinking
        budget": ["32k"]); several when it compares budgets ("32K instead of 64K")."""
        if self._budget_word is None or not self._budget_word.search(text):
            return []
        return sorted({f"{m[1]}k" for m in _BUDGET_SIZE.finditer(text)})

    def metric(self, text: str) -> str | None:
        """The metric a label or cell names ("Pass@1", "EM", "Percentile"), normalised."""
        at = _AT_METRIC.search(text)
        if at:
            return f"{at[1].casefold()}{at[2]}{at[3]}"
        m = self._metric.search(text) if self._metric else None
        return self.metrics.get(m[0].casefold()) if m else None

    def named_metric(self, text: str) -> str | None:
        """The last metric `text` names in words ("Elo rating", "win rate"), not an @-metric
        (pass@k is read with the shots), normalised."""
        found = list(self._metric.finditer(text)) if self._metric else []
        named = [m for m in found if "@" not in m[0]]
        return self.metrics.get(named[-1][0].casefold()) if named else None

    def metric_key(self, metric: str) -> str:
        """The metric as part of a claim's grouping key: "" for the benchmark's default."""
        return "" if metric in self.default_metrics else metric

    def in_parts(self, text: str) -> Iterator[dict[str, str]]:
        """Conditions in each comma-, semicolon- or slash-separated part of a cell ("EM,
        5-shot", "32K thinking budget, no tools"), in order: the parts that are conditions
        count, the rest is ignored."""
        for part in re.split(r"[,;/]", text):
            found, _ = self.from_label(part)
            if found:
                yield found

    def mode_word(self, word: str) -> str | None:
        return self.modes.get(word.strip().casefold())

    def mode_phrases(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, normalised mode) for "Contemplating mode", "in thinking mode"..."""
        out = []
        for m in self._mode_phrase.finditer(text):
            if any(m.group(g) for g in ("off", "non", "non2", "off2", "off3")):
                out.append((m.start(), m.end(), "non-thinking"))
            elif m.group("on") or m.group("on2"):
                out.append((m.start(), m.end(), "thinking"))
            elif m.lastgroup == "alone":
                out.append((m.start(), m.end(), self.standalone_modes[m.group("alone")]))
            else:
                word = m.group("m") or m.group("m2")
                mode = self.mode_word(word)
                if mode:
                    out.append((m.start(), m.end(), mode))
        return out

    def scaffold(self, text: str) -> str | None:
        """ "custom" for a scaffold or harness of the vendor's around the model; None for the
        standard harness or no mention (the default reading); "parallel test-time compute"
        for several samples and a judge keeping one."""
        compute = self._compute.search(text) if self._compute else None
        if compute is not None and compute.lastgroup == "with":
            return PARALLEL
        m = self._scaffold.search(text) if self._scaffold else None
        if m is None and _NAMED_SCAFFOLD.search(text):
            return "custom"  # "with Halcyon's Loom scaffold", "through our Loom harness"
        return "custom" if m and m.lastgroup == "with" else None

    def tools(self, text: str) -> tuple[int, str] | None:
        """The first tools phrase in `text`: (offset, "with" | "without")."""
        span = self.tools_span(text)
        return None if span is None else (span[0], span[2])

    def tools_span(self, text: str) -> tuple[int, int, str] | None:
        """The first tools phrase in `text`: (start, end, "with" | "without")."""
        m = self._tools.search(text) if self._tools else None
        if m is None:
            return None
        return m.start(), m.end(), m.lastgroup or "with"

    def from_label(self, label: str) -> tuple[dict[str, str], bool]:
        """Qualifiers in a parenthetical label such as "Thinking", "5-shot", "pass@8", "no
        tools". Returns (qualifiers, recognised): unrecognised text is the caller's business."""
        text = label.strip().strip("()[]").strip()
        quals: dict[str, str] = {}
        if not text:
            return quals, True
        folded = text.casefold()
        if folded in self.precisions:
            return {"precision": text.upper()}, True  # "WINT4", "FP8": the weights' precision
        metric = self.metric(text)
        if metric:
            quals["metric"] = metric
        if self._cot is not None and self._cot.search(folded):
            # "(CoT)", "(8 shot, CoT)": asked for a chain of thought, a condition of the value
            # (as a "w/ CoT" sub-header row says).
            quals["cot"] = "without" if _NEGATED.search(folded) else "with"
        if folded in self.descriptors:
            quals.update(self.shots_and_pass(text))  # "0-shot CoT" still states its shots
            return quals, True
        mode = self.mode_word(folded) or self.mode_word(re.sub(r"\s*mode$", "", folded))
        if mode:
            quals["mode"] = mode
        for m in self.mode_phrases(text):
            quals["mode"] = m[2]
        tools = self.tools(text)
        if tools:
            quals["tools"] = tools[1]
        scaffold = self.scaffold(text)
        if scaffold:
            quals["scaffold"] = scaffold
        quals.update(self.shots_and_pass(text))
        span = window(text)
        if span:
            quals["window"] = span[2]
        context = _CONTEXT.fullmatch(text)
        if context:
            # "OpenAI-MRCR (128k)", "(1M)": the input length, a test set of its own.
            quals["context"] = f"{context[1]}{context[2].casefold()}"
        return quals, bool(quals)

    @staticmethod
    def one_shot_count(text: str) -> str | None:
        """The shot count a note states for a whole table ("zero-shot unless the row says
        otherwise"): None when it states none, or several."""
        counts = {
            _WORD_NUMBERS.get(n, n)
            for m in _SHOTS.finditer(text)
            for n in [(m.group(1) or m.group(2) or m.group(3)).casefold()]
        }
        return f"{counts.pop()}-shot" if len(counts) == 1 else None

    @staticmethod
    def shots_and_pass(text: str) -> dict[str, str]:
        quals: dict[str, str] = {}
        shots = _SHOTS.search(text)
        if shots:
            n = (shots.group(1) or shots.group(2) or shots.group(3)).casefold()
            quals["shots"] = f"{_WORD_NUMBERS.get(n, n)}-shot"
        k = _PASS.search(text)
        if k and k.group(1) != "1":
            quals["pass@k"] = k.group(1)
        best = _BEST_OF.search(text)
        if best:
            n = best.group(1).casefold()
            quals["best-of"] = _WORD_NUMBERS.get(n, n)
        return quals


# A scaffold someone owns and names: "Halcyon's Loom scaffold", "our Loom harness".
_NAMED_SCAFFOLD = re.compile(
    r"(?:['’]s|\b[Oo]ur|\b[Tt]heir|\b[Ii]ts)\s+(?:own\s+)?[A-Z][\w-]*\s+"
    r"(?:agent\s+)?(?:scaffold|scaffolding|harness)\b"
)


PARALLEL = "parallel test-time compute"


def _with_without(
    with_: list[str], without: list[str], with_first: bool = False
) -> re.Pattern[str] | None:
    """One search for either list (not one per phrase), longest phrase first, "without"
    winning at a position ("no custom scaffolding" is not "custom scaffolding") unless
    `with_first`."""
    lists = (("without", without), ("with", with_))
    branches = [
        f"(?P<{name}>{'|'.join(re.escape(p) for p in sorted(words, key=len, reverse=True))})"
        for name, words in (lists[::-1] if with_first else lists)
        if words
    ]
    # ASCII word edges: a Chinese phrase ("内部沙箱") sits between other CJK letters.
    edge = "A-Za-z0-9_-"
    return (
        re.compile(rf"(?<![{edge}])(?:{'|'.join(branches)})(?![{edge}])", re.I)
        if branches
        else None
    )
