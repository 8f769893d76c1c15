"""The word lists the table reader takes from the catalog's lexicon (`[tables]`,
`[summaries]`), read once per catalog."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.catalog import Catalog


@dataclass(frozen=True, slots=True)
class SummaryWords:
    """Columns of evaluation pipelines' result summaries (see `skills`)."""

    mode_columns: frozenset[str]  # "evaluation_mode": the row's aggregation
    category_columns: frozenset[str]  # "category": the row is a sub-score
    score_suffixes: tuple[str, ...]  # "correct", "accuracy": the columns that are scores
    grading: frozenset[str]  # "symbolic", "judge": how a score column was graded
    overall_rows: frozenset[str]  # "overall_accuracy": the benchmark's own score

    @classmethod
    def of(cls, catalog: Catalog) -> SummaryWords:
        def words(key: str) -> list[str]:
            return [w.casefold() for w in catalog.words("summaries", key)]

        return cls(
            mode_columns=frozenset(words("mode_columns")),
            category_columns=frozenset(words("category_columns")),
            score_suffixes=tuple(words("score_suffixes")),
            grading=frozenset(words("grading_words")),
            overall_rows=frozenset(words("overall_rows")),
        )


@dataclass(frozen=True, slots=True)
class TableWords:
    empty_cells: frozenset[str]
    corner_benchmark: frozenset[str]
    corner_model: frozenset[str]
    non_score: frozenset[str]
    non_score_cjk: tuple[str, ...]  # parts of a CJK spec label, found inside it
    generic: frozenset[str]
    condition_columns: frozenset[str]
    rank_columns: frozenset[str]
    categories: frozenset[str]
    people: frozenset[str]  # "Human", "Expert": baselines, never a model's row
    task_id_noise: frozenset[str]  # words of a harness task id that name no benchmark
    # Caption words saying a table's models are base or instruct: one pattern a variant,
    # compiled once (every table is asked).
    variants: dict[str, re.Pattern[str]]
    summaries: SummaryWords  # result summaries of evaluation pipelines
    # Words that name a footnote mark in a note's text ("Starred rows ...", "带星号的一行").
    mark_words: tuple[str, ...] = ()
    # Condition columns whose every cell is a setting ("Stage": "Pretraining").
    setting_columns: frozenset[str] = frozenset()
    # Columns that give each row's parameter count ("Size", "Params").
    size_columns: frozenset[str] = frozenset()
    # Columns that name a part a model is built from ("Base LLM"): never the row's model.
    component_columns: frozenset[str] = frozenset()
    # Agent scaffolds and strategies a leaderboard runs models with ("TC (gpt-4o)").
    scaffolds: frozenset[str] = frozenset()
    # Columns that name a part of an exam benchmark ("STEM", "人文学科"): its setting.
    part_columns: frozenset[str] = frozenset()
    # Words of a note that says what the second of two figures in a cell is.
    second_figure: re.Pattern[str] | None = None
    # Words of a note that name another test set ("全集", "full set") -> the setting.
    note_settings: tuple[tuple[str, str], ...] = ()
    # Split words after a benchmark's name ("MMMU val") -> the setting they state.
    splits: dict[str, str] = field(default_factory=dict)
    # "(95% CI)", "(± std)": what comes with each value besides it, no setting.
    spreads: frozenset[str] = frozenset()
    # Label openings that make a column a count ("n_wins", "num_samples", "number of ...").
    count_prefixes: tuple[str, ...] = ()
    # The keys of a results record that name its model, its benchmark and its value.
    record_keys: tuple[frozenset[str], frozenset[str], frozenset[str]] = (
        frozenset(),
        frozenset(),
        frozenset(),
    )

    @classmethod
    def of(cls, catalog: Catalog) -> TableWords:
        def words(key: str) -> frozenset[str]:
            return frozenset(w.casefold() for w in catalog.words("tables", key))

        second = words("second_figure_words")
        return cls(
            empty_cells=words("empty_cells"),
            corner_benchmark=words("corner_benchmark_words"),
            corner_model=words("corner_model_words"),
            non_score=words("non_score_words"),
            non_score_cjk=tuple(sorted(words("non_score_cjk_parts"))),
            generic=words("generic_labels"),
            condition_columns=words("condition_columns"),
            setting_columns=words("setting_columns"),
            size_columns=words("size_columns"),
            component_columns=words("component_columns"),
            scaffolds=words("scaffolds"),
            part_columns=words("part_columns"),
            rank_columns=words("rank_columns"),
            categories=words("category_labels"),
            task_id_noise=words("task_id_noise"),
            summaries=SummaryWords.of(catalog),
            mark_words=tuple(sorted(words("asterisk_words"), key=len, reverse=True)),
            second_figure=_phrases_re(sorted(second)) if second else None,
            note_settings=tuple(
                sorted(
                    (
                        (str(k).casefold(), str(v))
                        for k, v in catalog.lexicon.get("tables", {})
                        .get("note_settings", {})
                        .items()
                    ),
                    key=lambda kv: -len(kv[0]),
                )
            ),
            splits={
                str(k).casefold(): str(v)
                for k, v in catalog.lexicon.get("tables", {}).get("split_words", {}).items()
            },
            spreads=words("spread_notes"),
            count_prefixes=tuple(sorted(words("count_prefixes"))),
            record_keys=(
                words("record_model_keys"),
                words("record_benchmark_keys"),
                words("record_value_keys"),
            ),
            variants={
                kind: _phrases_re(phrases)
                for kind, phrases in catalog.lexicon.get("tables", {}).get("variants", {}).items()
                if phrases
            },
            people=frozenset(
                w.casefold() for w in catalog.words("sentences", "non_model_referents")
            )
            | frozenset({"human", "human expert", "human experts", "human baseline", "humans"}),
        )


_WORDS: dict[int, tuple[Catalog, TableWords]] = {}


def words_of(catalog: Catalog) -> TableWords:
    cached = _WORDS.get(id(catalog))
    if cached is None or cached[0] is not catalog:
        cached = _WORDS[id(catalog)] = (catalog, TableWords.of(catalog))
    return cached[1]


def _phrases_re(phrases: list[str]) -> re.Pattern[str]:
    """Any of the phrases, as whole words; Chinese ones ("预训练") anywhere, since no space
    separates them from the next word."""
    words = "|".join(re.escape(p.casefold()) for p in phrases if p.isascii())
    glued = "|".join(re.escape(p) for p in phrases if not p.isascii())
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])" + (f"|(?:{glued})" if glued else ""))
