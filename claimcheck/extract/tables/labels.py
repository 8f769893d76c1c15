"""Row and column labels and value cells: what a label names (model, benchmark, a condition,
nothing) and what a cell holds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.catalog import Catalog, Entry
from claimcheck.extract.conditions import ConditionRules, window
from claimcheck.extract.mentions import MentionFinder
from claimcheck.extract.names import SIZE_IN_BRACKETS, Names
from claimcheck.extract.tables.cells import CellReader
from claimcheck.extract.tables.markup import _BREAK, clean
from claimcheck.extract.tables.words import words_of

# ---------------------------------------------------------------------------------------
# Label shapes


# A harness task id: lower case, words joined by underscores ("mmlu_pro_5shot_cot_instruct").
_EVAL_ID = re.compile(r"[a-z0-9@.]+(?:_[a-z0-9@.]+)+")
_GLUED_SHOTS = re.compile(r"(\d{1,2})-?shots?", re.I)
# A harness task id in colon-separated parts: "gsm8k::olmo3:n8:v2", "mmlu:mc",
# "codex_humaneval:3shot::olmo3:n32:v2:pass_at_16". The first part names the task.
_COLON_ID = re.compile(r"[a-z0-9_.+-]+(?::{1,2}[a-z0-9_.+-]+)+", re.I)
# Footnote numbers written after a label: "Verified1, 5", "MMMLU3", "AIME 20254, 5".
_NOTE_DIGIT = re.compile(r"(?<=[A-Za-z])\d$")
_GLUED_NOTE_NUMBERS = re.compile(r"(?:(?<=[A-Za-z])\d{1,2}|,\s?\d{1,2})$")
_SHORT_MONTHS = re.compile(r"(2\d)\.(\d{1,2})\s?[-–~]\s?(2\d)\.(\d{1,2})")
_PASS_AT = re.compile(r"pass_?at_?(\d{1,3})", re.I)


_PART_IN_BRACKETS = re.compile(r"(?P<name>[^()]+?)\s*\((?P<part>[^()\d]{3,20})\)")
# "MMLU (Pro COT)", "GPQA (Diamond, CoT)": the part's word first, then the conditions.
_PART_THEN_MORE = re.compile(
    r"(?P<name>[^()]+?)\s*\((?P<part>[A-Za-z][A-Za-z-]{2,19})[\s,;]+(?P<rest>[^()]+)\)"
)


# ---------------------------------------------------------------------------------------
# Label and cell shapes

_SPACES = re.compile(r"\s+")
_SIZED = re.compile(r"\d(?:\.\d+)?B\b")  # "Corvid-7B": a parameter count, a model's name
_PAREN = re.compile(r"\s*[(\[]([^()\[\]]{0,60})[)\]]")
_UNIT_PCT = re.compile(r"(?:^|[\s,;/(\[])%(?:$|[\s,;/)\]])|\bpercent(?:age)?s?\b", re.I)
_UNIT_ELO = re.compile(r"\belo\b", re.I)
_TRAILING_PCT = re.compile(r"\s*(?:,\s*|\bin\s+)?%\s*$", re.I)


# Bracket text that names a setting: words, or a date window ("8/1/24-2/1/25").
_SETTING = re.compile(r"[^\W\d_]|\d[/.]\d")


_WORDS = re.compile(r"[^\W\d_]+")


def _category_before(text: str) -> bool:
    """A category in front of a benchmark: two words or more ("Graduate-level reasoning"),
    or a CJK phrase ("研究生水平推理"); never one Latin word of the name ("Global MMLU")."""
    head = text.strip()
    return len(head.split()) >= 2 or (len(head) >= 2 and not head.isascii())


_CONDITION_ONLY = re.compile(
    r"(?:\d{1,2}|zero|one|few)[- ]shot(?:\s+cot)?|(?:pass|maj|cons)\s?[@^]\s?\d{1,4}"
)
_HEAD_SPLIT = re.compile(r"\s[—–-]\s|,\s")
_CJK_ONLY = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_VERSION_ONLY = re.compile(r"[vV]\d+(?:\.\d+)*")
_CONTEXT_TAIL = re.compile(r"\d{1,4}[kKmM]")


def both_settings(row: dict[str, str], column: dict[str, str]) -> dict[str, str]:
    """The row's and the column's conditions; where both state a setting, both hold
    ("GPT-4v (detail: low)" under "Overall (Val)": "detail: low; val"), so the value is never
    compared with the plain model's."""
    quals = {**row, **column}
    if "setting" in row and "setting" in column and row["setting"] != column["setting"]:
        quals["setting"] = f"{row['setting']}; {column['setting']}"
    return quals


@dataclass(slots=True)
class Label:
    """A row or column label: the name as written, what it resolved to, its conditions."""

    mention: str
    name: str  # canonical (catalog name, or the mention as shown when no catalog holds it)
    kind: str  # "model" | "benchmark" | "?" (unknown kind) | "cond" (only a condition) | "no"
    entry: Entry | None = None
    qualifiers: dict[str, str] = field(default_factory=dict)
    unit: str = ""  # "%" or "elo" when the label says so
    # "AIME 2024 (pass@1 / cons@64)": the conditions of each value of a "72.1 / 90.0" cell.
    pair: tuple[dict[str, str], dict[str, str]] | None = None


_LABEL_CACHE_LIMIT = 100_000  # distinct labels kept across documents; then start afresh


def _counted(label: str, prefixes: tuple[str, ...]) -> bool:
    """ "n draws", "num samples", "number of tasks": a count; "n shot" is the shots."""
    for prefix in prefixes:
        if label.startswith(prefix + " "):
            rest = label[len(prefix) + 1 :].split(" ")[0]
            return rest.isalpha() and rest not in ("shot", "shots")
    return False


class Reader(CellReader):
    """The per-table machinery: labels, cells, claims. Built from a ProseReader's parts."""

    def __init__(
        self,
        names: Names,
        conditions: ConditionRules,
        catalog: Catalog,
        finder: MentionFinder | None = None,
    ) -> None:
        self.names = names
        self.finder = finder or MentionFinder(names)
        self.conditions = conditions
        self.catalog = catalog
        self.words = words_of(catalog)
        badges = catalog.words("tables", "badge_words")
        self._badges = (
            re.compile(
                r"(?<=[a-z0-9.)])(?:" + "|".join(re.escape(b) for b in badges) + r")(?=\s|$)"
            )
            if badges
            else None
        )
        self._labels: dict[str, Label] = {}
        self._bracketed = frozenset(
            spelling.casefold()
            for entry in [*catalog.models, *catalog.benchmarks]
            for spelling in (entry.name, *entry.aliases)
            if "(" in spelling
        )

    # -- labels -----------------------------------------------------------------------
    def label(self, raw: str) -> Label:
        cached = self._labels.get(raw)
        if cached is None:
            if len(self._labels) > _LABEL_CACHE_LIMIT:
                self._labels.clear()
            cached = self._labels[raw] = self._label(raw)
        return Label(
            cached.mention,
            cached.name,
            cached.kind,
            cached.entry,
            dict(cached.qualifiers),
            cached.unit,
            cached.pair,
        )

    def _label(self, raw: str) -> Label:
        text = clean(self._tier_above(raw))
        if self._badges is not None:
            # "GPT-5API OpenAI", "DeepSeek-R1Open Source": a leaderboard's badge glued on.
            text = self._badges.sub("", text).strip()
        words = text.split(" ")
        if len(words) > 1 and words[-1].casefold() in self.names.orgs:
            text = " ".join(words[:-1])  # "o1 OpenAI", "DeepSeek-R1 DeepSeek": the maker
        quals: dict[str, str] = {}
        unit = ""
        if _COLON_ID.fullmatch(text):
            text = self._colon_id(text, quals)
        task_id = _EVAL_ID.fullmatch(text) is not None
        if task_id:
            text = self._eval_id(text, quals)
        part = _PART_IN_BRACKETS.fullmatch(text)
        known = self.named_part(part["name"], part["part"]) if part else None
        if known is not None:
            # "TAU-bench (airline)", "SWE-bench (Verified)": the brackets name a part of the
            # benchmark the catalog knows apart, a test set of its own.
            return Label(text, known[0], "benchmark", known[1], quals, unit)
        part = _PART_THEN_MORE.fullmatch(text)
        if part and self.named_part(part["name"], part["part"]) is not None:
            return self._label(f"{part['name']} {part['part']} ({part['rest']})")
        if "(" in text and text.casefold() in self._bracketed:
            kind, canonical, entry = self._kind(text)  # "MedQA (USMLE)": a catalog spelling
            return Label(text, canonical, kind, entry, quals, unit)
        settings: list[str] = []
        other_names: list[str] = []  # "chatglm-turbo(智谱清言)": the product's other name
        spec: list[str] = []
        category_modes: list[str] = []  # "(Reasoning)": a category, or a model's mode
        pair: list[dict[str, str]] = []
        bracketed: list[str] = []  # settings as written: "(gpt-4o)" after a strategy

        def paren(m: re.Match[str]) -> str:
            nonlocal unit
            inner = m.group(1).strip()
            halves = [h.strip() for h in inner.split("/")]
            if len(halves) == 2 and all(halves) and "w/" not in inner.casefold():
                # "(pass@1 / cons@64)", "(ours / reported)": what each of two values is.
                pair[:] = [self._half(h) for h in halves]
                return " "
            if _CJK_ONLY.fullmatch(inner) and not self.conditions.from_label(inner)[1]:
                # A name, or a setting if no model's (see below); "(非思考)" is a mode.
                other_names.append(inner)
                return " "
            # "LiveCodeBench (24.8-25.5)": months in one digit, in a label's brackets only (in a
            # cell "24.1-25.3" is a range of scores).
            short = _SHORT_MONTHS.fullmatch(inner)
            if short:
                inner = f"{short[1]}.{int(short[2]):02d}-{short[3]}.{int(short[4]):02d}"
            span = window(inner)
            if span and span[0] == 0:
                # "LCB (2407-2501)": the problems' dates, not a snapshot of the name.
                found, _ = self.conditions.from_label(inner)
                quals.update(found)
                return " "
            if self.names.is_label(inner) or self.names.release_month(inner):
                return f" ({inner})"  # "(05-20)", "(preview)": part of the name
            if _VERSION_ONLY.fullmatch(inner):
                return f" {inner}"  # "Livecodebench (v5)": the benchmark's version
            if SIZE_IN_BRACKETS.fullmatch(inner):
                # "Llama 3 (70B)": the size is part of the name; after "mini", a note.
                return " " if self.names.size_annotates(m.string[: m.start()]) else f" {inner}"
            size, _, release = inner.partition(" ")
            if (
                release
                and SIZE_IN_BRACKETS.fullmatch(size)
                and all(w in self.names.variants for w in release.casefold().split())
            ):
                return f" {inner}"  # "Qwen 2.5 (14B instruct)": size and release of the name
            folded = inner.casefold()
            if folded in self.words.spreads:
                return " "  # "(95% CI)": what the cells give after each value
            if folded in self.words.non_score:
                spec.append(folded)  # "Raw bf16 (GB)": memory, no score
                return " "
            if folded in self.words.categories and not inner.isupper():
                mode = self.conditions.mode_word(folded)
                if mode:
                    category_modes.append(mode)
                # "MMMLU (Multilingual)", "(Coding)": what it covers, no setting ("(MATH)" is
                # the benchmark)
                return " "
            if folded in self.names.tiers and folded not in self.conditions.descriptors:
                return f" {inner}"  # "GPQA (diamond)": a tier word of the name
            if _UNIT_PCT.search(inner):
                unit = "%"
            elif _UNIT_ELO.search(inner):
                unit = "elo"
            if self.names.resolve(inner, "benchmark")[1] is not None:
                settings.append(folded)  # "Math Problems (MATH)": the benchmark, read below
                return " "
            found, recognised = self.conditions.from_label(inner)
            quals.update(found)
            attributed = inner.casefold().endswith("reported")  # "(DeepSeek reported)": who
            if not recognised and not unit and not attributed and _SETTING.search(inner):
                # "(Agentic Coding)", "(LightEval)", "(ours)": a setting no vocabulary holds;
                # values under different settings are never compared.
                settings.append(_SPACES.sub(" ", inner.casefold()))
                bracketed.append(inner)
            return " "

        name = _PAREN.sub(paren, text)
        if spec:
            return Label(text, _SPACES.sub(" ", name).strip(), "no", None, quals, unit)
        if settings:
            quals["setting"] = "; ".join(settings)
        if _TRAILING_PCT.search(name):
            unit = "%"
            name = _TRAILING_PCT.sub("", name)
        name = _SPACES.sub(" ", name).strip(" -–—:,;/")
        name = self._strip_trailing_conditions(name, quals)
        span = window(name)
        if span and span[0] > 0 and span[1] >= len(name.rstrip()):
            # "LiveCodeBench 2408-2502": the problems' dates, as in brackets, not the name.
            quals["window"] = span[2]
            name = name[: span[0]].strip(" -–—:,;/(")
        tools = self.conditions.tools(name)
        if tools is not None and tools[0] > 0 and self._embedded_benchmark(name) is None:
            # Unless a benchmark ends the label: "Agentic tool use TAU-bench" is a category.
            quals["tools"] = tools[1]
            name = name[: tools[0]].strip(" -–—:,;/(")
        for start, _end, mode in self.conditions.mode_phrases(name):
            if start > 0:
                quals["mode"] = mode
                name = name[:start].strip(" -–—:,;/(")
                break
        kind, canonical, entry = self._kind(name)
        if entry is None and len(bracketed) == 1 and self._strategy(name):
            inner_kind, inner_name, inner_entry = self._kind(bracketed[0])
            if inner_kind == "model":
                # "TC (gpt-4o)", "ReAct (claude-3-5-sonnet-20241022)": an agent strategy run
                # on the model in brackets; the strategy is the setting.
                quals["setting"] = name.casefold()
                return Label(text, inner_name, "model", inner_entry, quals, unit)
        if entry is None and kind != "model":
            # A task id's words are its name ("agieval_sat_en_without_passage"), never a
            # description after a benchmark.
            described = None if task_id else self._described_benchmark(name)
            inner = self._embedded_benchmark(name) or described
            if inner is not None:
                # "Agentic coding SWE-bench Verified1, 5": the benchmark after its category,
                # footnote numbers glued to it.
                name, (kind, canonical, entry) = inner, self._kind(inner)
            elif kind in ("?", "no", "benchmark") and "setting" in quals:
                # "Python coding <br> (HumanEval)": what it tests, then the benchmark.
                bracketed, b_entry = self.names.resolve(quals["setting"], "benchmark")
                if b_entry is not None:
                    del quals["setting"]
                    if self._only_condition(name):
                        quals.update(self.conditions.from_label(name)[0])  # "Pass @ 1"
                    name, kind, canonical, entry = bracketed, "benchmark", bracketed, b_entry
        named_model = kind == "model" or (kind == "?" and self.names.looks_like_model(name))
        if other_names and not named_model:
            # "MMLU（中文）": the Chinese version, a setting; after a model, its other name.
            quals["setting"] = "; ".join([*filter(None, [quals.get("setting")]), *other_names])
        if kind in ("model", "?") and category_modes:
            quals.setdefault("mode", category_modes[0])  # "EXAONE 4.0 1.2B (Reasoning)"
        if entry is None and kind != "model" and self._only_condition(name):
            found, _ = self.conditions.from_label(name)
            quals.update(found)
            return Label(name, name, "cond", None, quals, unit)
        if kind != "benchmark" and entry is None:
            # "Claude Opus 4.6 Thinking": a known model and a mode word after it.
            words = name.split(" ")
            if len(words) > 1:
                mode = self.conditions.mode_word(words[-1])
                shorter = " ".join(words[:-1])
                dashed = shorter.endswith((" -", " –", " —"))  # "ERINE4.5 - thinking"
                shorter = shorter.rstrip(" -–—")
                if words[-1].casefold() in self.names.tiers_not_modes:
                    mode = None  # "Magistral Medium": the model's tier
                versioned = dashed and any(c.isdigit() for c in shorter)
                if mode and (self.names.looks_like_model(shorter) or versioned):
                    s_kind, s_canonical, s_entry = self._kind(shorter)
                    if s_kind == "model" or (s_kind == "?" and versioned):
                        quals.setdefault("mode", mode)
                        name, kind, canonical, entry = shorter, s_kind, s_canonical, s_entry
        halves = (pair[0], pair[1]) if pair else None
        return Label(name, canonical, kind, entry, quals, unit, halves)

    def _tier_above(self, raw: str) -> str:
        """ "mini<br>GPT-4o", "Pro<br>Gemini-1.5": a report's header printed the tier on the
        line above the family; the name is "GPT-4o mini", "Gemini-1.5 Pro"."""
        parts = _BREAK.split(raw)
        if len(parts) != 2:
            return raw
        tier, name = clean(parts[0]), clean(parts[1])
        if tier.casefold() in self.names.tiers and " " not in tier and self._is_model(name):
            return f"{name} {tier}"
        return raw

    def _described_benchmark(self, name: str) -> str | None:
        """ "HellaSwag Common sense reasoning about everyday situations": a catalog benchmark
        and a sentence describing it, as a model's page on a leaderboard site lists them."""
        found = [m for m in self.finder.find(name) if m.kind == "benchmark" and m.known]
        if not found or found[0].start != 0:
            return None
        rest = name[found[0].end :].split()
        if len(rest) < 4 or sum(w[:1].islower() for w in rest) * 2 < len(rest):
            return None
        return found[0].canonical

    def _embedded_benchmark(self, name: str) -> str | None:
        """The catalog benchmark that ends a longer label ("Graduate-level reasoning GPQA
        Diamond5"), once footnote numbers glued to its end are taken off; None unless
        exactly one is found there."""
        candidates = [name]
        stripped = name
        while (m := _GLUED_NOTE_NUMBERS.search(stripped)) is not None and m.start() > 0:
            stripped = stripped[: m.start()].rstrip()
            candidates.append(stripped)
        listed = re.search(r",\s?\d{1,2}$", name) is not None
        if listed and stripped and stripped[-1].isdigit():
            candidates.append(stripped[:-1].rstrip())  # "AIME 20254, 5": the year, then "4"
        # Notes first: "Terminal-bench2, 5" is Terminal-bench with notes 2 and 5.
        for text in reversed(candidates):
            found = [
                m
                for m in self.finder.find(text)
                if m.kind == "benchmark" and m.known and m.end == len(text.rstrip())
            ]
            # After a category of two words or more ("Graduate-level reasoning"), never a
            # word of the name itself ("Global-MMLU", "Global MMLU" are benchmarks of their own).
            if (
                len(found) == 1
                and found[0].start > 0
                and text[found[0].start - 1] == " "
                and _category_before(text[: found[0].start])
            ):
                return found[0].canonical
        return None

    def _half(self, text: str) -> dict[str, str]:
        found, recognised = self.conditions.from_label(text)
        if found:
            return found
        return {} if recognised else {"setting": _SPACES.sub(" ", text.casefold())}

    def _colon_id(self, text: str, quals: dict[str, str]) -> str:
        """The task a colon-separated harness id names, with the shots and pass@k its other
        parts state and the rest as its setting; the id as written when its first part is no
        benchmark (a suite's aggregate, "olmo3:dev:7b:mcqa:stem")."""
        head, *rest = [part for part in text.split(":") if part]
        task = self._eval_id(head, {}) if _EVAL_ID.fullmatch(head) else head
        if self.names.resolve(task, "benchmark")[1] is None:
            return text
        setup: list[str] = []
        for part in rest:
            shots = _GLUED_SHOTS.fullmatch(part)
            passes = _PASS_AT.fullmatch(part)
            if shots:
                quals.setdefault("shots", f"{int(shots.group(1))}-shot")
            elif passes:
                quals.setdefault("pass@k", passes.group(1))
            else:
                setup.append(part.casefold())
        if setup:
            # The harness's own task setup ("mc", "olmo3:n8:v2"): never compared with a
            # figure that states none.
            quals.setdefault("setting", ":".join(setup))
        return head

    def _eval_id(self, text: str, quals: dict[str, str]) -> str:
        """A harness task id ("mmlu_pro_5shot_cot_instruct", "gpqa_main_cot_5shot_instruct")
        read as words: its shot count a condition, its harness words dropped."""
        words: list[str] = []
        for word in text.split("_"):
            shots = _GLUED_SHOTS.fullmatch(word)
            if shots:
                quals.setdefault("shots", f"{int(shots.group(1))}-shot")
            elif word.casefold() not in self.words.task_id_noise:
                words.append(word)
        return " ".join(words) or text

    def _strip_trailing_conditions(self, name: str, quals: dict[str, str]) -> str:
        """Conditions written after a label without brackets ("MMLU 5-shot", "GSM8K CoT
        8-shot", "AIME 2024 pass@1", often from a `<br>` in the cell) go to `quals`."""
        words = name.split(" ")
        split = self.words.splits.get(words[-1].casefold()) if len(words) > 1 else None
        if split and self.names.resolve(" ".join(words[:-1]), "benchmark")[1] is not None:
            # "MMMU val", "MathVista testmini", "DocVQA test": the split the benchmark's
            # figure is on, as in brackets.
            quals.setdefault("setting", split)
            words = words[:-1]
        if len(words) > 1 and _CONTEXT_TAIL.fullmatch(words[-1]):
            head = " ".join(words[:-1])
            if self.names.resolve(head, "benchmark")[1] is not None:
                # "RULER 32K", "Ruler 128k": the context length the benchmark was run at.
                quals.setdefault("context", words[-1].casefold())
                words = words[:-1]
        while len(words) > 1:
            if " ".join(words).casefold() in self.conditions.metrics:
                break  # "LC win rate", "Length-controlled win rate": a metric's whole name
            for k in (3, 2, 1):
                tail = " ".join(words[-k:]).rstrip(",;")  # "HumanEval 0-Shot, pass@1"
                if len(words) > k and self._shots_or_metric(tail):
                    folded = tail.casefold()
                    head = " ".join(words[:-k])
                    found, _ = self.conditions.from_label(tail)
                    if self._is_model(head):
                        named = (
                            folded in self.names.tiers or folded in self.names.variants
                        ) and not self.conditions.mode_word(folded)
                        if named:
                            # "Phi-3 Vision", "Corvid-7B Math": a word that makes a model
                            # another is part of its name, after a model never a descriptor.
                            return " ".join(words)
                    elif (
                        not found
                        and folded in self.words.categories
                        and self.names.resolve(head, "benchmark")[1] is None
                    ):
                        # "Multi-View Reasoning": a topic word ends a name the catalog does
                        # not know ("MMMU vision" is MMMU; "AIME 分数" is AIME's score).
                        return " ".join(words)
                    for key, value in found.items():
                        quals.setdefault(key, value)
                    words = words[:-k]
                    break
            else:
                break
        return self._without_note_digit(" ".join(words))

    def _without_note_digit(self, name: str) -> str:
        """A footnote number glued to a catalog benchmark's name ("HumanEval5", "MMLU3" on a
        blog whose notes are numbered) is no part of it; a name the catalog knows with the
        digit ("GSM8K") keeps it."""
        m = _NOTE_DIGIT.search(name)
        if m is None or self.names.resolve(name, "benchmark")[1] is not None:
            return name
        base = name[: m.start()]
        return base if self.names.resolve(base, "benchmark")[1] is not None else name

    def _is_model(self, name: str) -> bool:
        return (
            self.names.looks_like_model(name)
            or _SIZED.search(name) is not None
            or self._kind(name)[0] == "model"
        )

    def _shots_or_metric(self, text: str) -> bool:
        """Only shots, a metric or a prompting word ("5-shot", "CoT", "pass@1", "EM"): not a
        mode, which after a label is as often a split of the benchmark ("LCBv2 Medium")."""
        folded = text.casefold().strip()
        if re.fullmatch(_CONDITION_ONLY, folded) or folded in self.conditions.descriptors:
            return True
        metric = self.conditions.metric(folded)
        return metric is not None and (folded in self.conditions.metrics or folded == metric)

    def named_part(self, name: str, part: str) -> tuple[str, Entry] | None:
        """(canonical name, entry) of a benchmark's part the catalog holds apart from the
        whole ("TAU-bench" and "airline": TAU-bench Airline), or None."""
        whole, entry = self.names.resolve(f"{name} {part}", "benchmark")
        if entry is None or entry is self.names.resolve(name, "benchmark")[1]:
            return None
        return whole, entry

    def _strategy(self, name: str) -> bool:
        """An agent scaffold or prompting strategy ("TC", "ReAct", "SWE-agent"; data), whose
        model follows in brackets: "FoFo (gpt-4-turbo)" is a benchmark and its judge."""
        return name.casefold() in self.words.scaffolds

    def _only_condition(self, name: str) -> bool:
        """Whether a label is only a condition or a category ("Pass@8", "5-shot",
        "Thinking", "No tools", "Math"), not the name of a model or a benchmark."""
        folded = name.casefold().strip()
        if not folded:
            return False
        if folded in self.conditions.descriptors or self.conditions.mode_word(folded):
            return True
        if folded in self.conditions.precisions:  # "WINT4", "FP8": the weights' precision
            return True
        if folded in self.conditions.metrics:  # "Strict:Prompt", "EM": a metric column
            return True
        if re.fullmatch(_CONDITION_ONLY, folded):
            return True
        tools = self.conditions.tools(name)
        return tools is not None and tools[0] == 0 and len(folded.split()) <= 4

    def _kind(self, name: str) -> tuple[str, str, Entry | None]:
        if not name or not re.search(r"[^\W\d_]", name) or len(name.strip()) < 2:
            return "no", name, None  # "o" of a header cut short names no model
        folded = name.casefold()
        if folded in self.words.generic or len(name) > 70 or len(name.split()) > 8:
            return "no", name, None
        if folded in self.words.people:
            return "no", name, None  # a human baseline row
        if folded.rstrip(".") in self.words.categories and not name.isupper():
            # "Language understanding", "Math", "Math.": an aggregate, no benchmark ("MATH"
            # is one).
            return "no", name, None
        canonical, entry = self.names.resolve(name, "model")
        if entry is not None:
            return "model", canonical, entry
        b_canonical, b_entry = self.names.resolve(name, "benchmark")
        if b_entry is not None:
            return "benchmark", b_canonical, b_entry
        if self.non_score(name):
            return "no", name, None
        if self.names.is_org(name) or folded in self.names.stopwords:
            return "no", name, None
        model, bench = self.names.looks_like_model(name), self.names.looks_like_benchmark(name)
        if model and not bench:
            return "model", canonical, None
        if bench and not model:
            return "benchmark", b_canonical, None
        shown = self.names.display(name)
        if len(shown.strip()) < 2:
            return "no", name, None  # "OpenAI o": a header cut short after its maker
        return "?", shown, None

    def non_score(self, name: str) -> bool:
        """A spec label: "Context length", "Price (input)", "Output throughput". Only the
        name before a dash or a comma counts: "Kitab — no context, precision" is a
        benchmark's setting."""
        head = _HEAD_SPLIT.split(name, maxsplit=1)[0]
        folded_head = head.casefold()
        # Words alone too: "FLOP×10²³" is the word "flop" and a power of ten.
        words = _WORDS.findall(folded_head)  # letters only: "_" and digits split words
        tokens = set(self.names.tokens(head)) | set(folded_head.split()) | set(words)
        spaced = " ".join(words)
        if spaced in self.conditions.metrics:
            return False  # "length_controlled_winrate": a metric, though "length" is a spec
        counted = _counted(" ".join(re.split(r"[\s_]+", folded_head)), self.words.count_prefixes)
        if tokens & self.words.non_score or counted or spaced in self.words.non_score:
            return True  # a word, or a phrase of the list: "No answer", "training data"
        if any(part in folded_head for part in self.words.non_score_cjk):
            return True  # "输出token上限": no spaces part a Chinese label's words
        # "lc_standard_error", "Std": the spread that comes with a value.
        return any(spaced == s or spaced.endswith(" " + s) for s in self.words.spreads)

    def corner_hint(self, corner: str) -> str:
        """What the corner cell says the rows are: "benchmark", "model" or ""."""
        folded = clean(corner).casefold()
        words = set(re.findall(r"[\w@.-]+", folded)) | {folded}
        bench = bool(words & self.words.corner_benchmark)
        model = bool(words & self.words.corner_model)
        if bench and not model:
            return "benchmark"
        if model and not bench:
            return "model"
        return ""
