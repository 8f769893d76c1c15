"""The words and shapes the prose steps share: the catalog's sentence vocabulary, compiled
once per catalog (building the patterns costs more than reading an article)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.catalog import Catalog
from claimcheck.extract.conditions import ConditionRules
from claimcheck.extract.mentions import Mention
from claimcheck.extract.names import Names
from claimcheck.extract.numbers import NumberRules

# A label and its value, parted by a colon or a spaced dash ("GPQA Diamond — 88.1%").
# "GPQA Diamond: **87.5%**": emphasis may wrap the value.
_LABEL_LINE = re.compile(
    r"^[^:=—–]{2,80}?(?::|\s?(?<![<>!])=(?!=)|\s[—–-])\s?(?:\*\*|__|[*_`])?[~≈]?\d"
)
# "78.9 on B"; "en B", "sur B", "auf B": the same in the languages launch coverage comes in.
ON = r"(?:on|in|at|for|en|sur|auf|bei|im|su|em|no|na)\s+"
VALUE_ON = re.compile(
    r"\d\s?(?:%|percent|points?|pts|prozent|punkte)?\s+(?:on|in|im|en|sur|auf|bei|su|em)\s", re.I
)
# A benchmark, then its value: "SWE-bench Verified 74.9 at pass@1", "AIME 2025 at ~91".
_BENCH_GAP = r"\s?(?::|at|of|=|is)?\s?(?:at\s+)?[~≈]?"
BENCH_VALUE_GAP = re.compile(_BENCH_GAP)
BENCH_THEN_VALUE = re.compile(_BENCH_GAP + r"\d")


@dataclass(slots=True, frozen=True)
class Vocabulary:
    """The catalog's words for reading sentences, as the steps use them."""

    catalog: Catalog
    names: Names
    number_rules: NumberRules
    conditions: ConditionRules
    score_verbs: re.Pattern[str]
    never_names: frozenset[str]  # verbs and such: a capitalised one opening a line is no name
    comparison: re.Pattern[str]  # "than", "outperforming": the model after it is an object
    refs: re.Pattern[str]  # "it", "the model": the subject, not named
    non_model: re.Pattern[str]  # "human physicians": a reference figure, not a model's
    retraction: re.Pattern[str]
    non_score_names: frozenset[str]
    measured: re.Pattern[str]  # "our run gave", "we saw": a subjectless measuring phrase
    verbs_after_count: frozenset[str]
    progress: re.Pattern[str]  # "during training": a curve's points, not scores
    setup: re.Pattern[str]  # "number of samples", "presence penalty": a run's settings
    # Benchmarks that are splits of one suite ("TAU-bench Retail", "TAU-bench Airline"):
    # the suite's name -> (its split words as one pattern, {split word, casefolded: the
    # benchmark's name}).
    splits: dict[str, tuple[re.Pattern[str], dict[str, str]]]

    @classmethod
    def of(cls, catalog: Catalog, names: Names) -> Vocabulary:
        lex = catalog.lexicon
        sent = lex.get("sentences", {})
        return cls(
            catalog=catalog,
            names=names,
            number_rules=NumberRules.of(
                count_nouns=sent.get("count_nouns", []),
                non_score_before=sent.get("non_score_before", []),
                about=sent.get("approx_about", []),
                at_least=sent.get("approx_at_least", []),
                at_most=sent.get("approx_at_most", []),
                particles=sent.get("particles_after_number", []),
                non_score_after=sent.get("non_score_after", []),
                links=sent.get("count_links", []),
            ),
            conditions=ConditionRules.of(catalog),
            score_verbs=words_re(sent.get("score_verbs", [])),
            comparison=words_re(sent.get("comparison_words", []), at_end=True),
            refs=words_re(sent.get("subject_refs", [])),
            non_model=words_re(sent.get("non_model_referents", [])),
            retraction=words_re(sent.get("retraction_cues", [])),
            non_score_names=frozenset(
                w.casefold() for w in lex.get("tables", {}).get("non_score_words", [])
            ),
            measured=words_re(sent.get("subjectless_score_phrases", [])),
            progress=words_re(sent.get("training_progress", [])),
            setup=words_re(sent.get("run_settings", [])),
            never_names=frozenset(
                w.casefold()
                for w in [
                    *sent.get("score_verbs", []),
                    *sent.get("comparison_words", []),
                    *sent.get("never_names", []),
                ]
            ),
            verbs_after_count=frozenset(
                w.casefold() for w in [*sent.get("score_verbs", []), *sent.get("not_counted", [])]
            ),
            splits=_splits(catalog),
        )


def _splits(catalog: Catalog) -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    by_suite: dict[str, dict[str, str]] = {}
    for entry in catalog.benchmarks:
        suite, _, last = entry.name.rpartition(" ")
        if suite and last.isalpha():
            by_suite.setdefault(suite, {})[last.casefold()] = entry.name
    return {
        suite: (
            re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, found))})(?![\w-])", re.I),
            found,
        )
        for suite, found in by_suite.items()
        if len(found) > 1
    }


def words_re(words: list[str], at_end: bool = False) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if at_end:
        # Chinese words ("与 X 持平", "逼近 X") follow other letters with no space between.
        cjk = "|".join(
            re.escape(w) for w in sorted(words, key=len, reverse=True) if not w.isascii()
        )
        return re.compile(
            rf"(?:(?:^|(?<=[\s(,;]))(?:{alternation})(?:\s+(?:the|both|only|even))?"
            + (rf"|(?:{cjk})" if cjk else "")
            + r")$",
            re.I,
        )
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w-])", re.I)


def is_label(text: str) -> bool:
    """ "MMLU-Pro: 91.2%", "GPQA Diamond — 88.1%", "AIME 2024 = 96.7%": a label, then its
    value."""
    return bool(_LABEL_LINE.match(text))


def in_brackets(text: str, m: Mention) -> bool:
    opened = text.rfind("(", 0, m.start)
    return opened >= 0 and text.find(")", opened) >= m.end
