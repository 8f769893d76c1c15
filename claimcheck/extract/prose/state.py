"""What the prose steps hand each other: the claim they make, what the reader knows of the
document so far, and the reading of the one sentence at hand."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.catalog import Entry
from claimcheck.extract.mentions import Mention
from claimcheck.extract.numbers import Value
from claimcheck.extract.segments import Block, Sentence


@dataclass(slots=True)
class RawClaim:
    model: str
    model_mention: str
    benchmark: str
    benchmark_mention: str
    bench_entry: Entry | None
    value: Value
    qualifiers: dict[str, str]
    line: int
    column: int
    text: str
    ambiguous: bool = False
    extractor: str = "prose"
    attribution: str | None = None
    ignored: bool = False
    source: str = ""  # the document's path, set once the document is read
    metric: str = ""  # what was measured ("pass@1", "em"), where the text says

    def __post_init__(self) -> None:
        # Labels and condition columns read the metric along with the conditions; it is
        # kept apart from them here, where every reader's claims pass.
        metric = self.qualifiers.pop("metric", None)
        if metric:
            self.metric = metric
        elif not self.metric and "pass@k" in self.qualifiers:
            # "HumanEval Plus Pass@5 de 92,90 %": the metric a table's "(Pass@5)" gives too.
            self.metric = f"pass@{self.qualifiers['pass@k']}"


@dataclass(slots=True)
class Reading:
    """What the reader knows while it walks a document."""

    subject: str | None = None  # the article's main model
    family_latest: dict[str, str] = field(default_factory=dict)
    full_names: list[str] = field(default_factory=list)  # models named in full so far
    recent_subject: str | None = None  # the last sentence subject, within a paragraph
    section_subject: str | None = None  # the model a heading names, for its section
    item_subject: str | None = None  # the model a list item's label names ("`32B`: ...")
    item_mode: str | None = None  # and the mode it names ("`32B (REASONING)`: ...")
    item_label_end: int = 0  # where that label ends in the item's text
    list_mode: str | None = None  # the mode the line heading the list names
    list_subject: str | None = None  # the model the line heading the list is about
    section_level: int = 0  # the depth of that heading: a heading as high ends the section
    switch_named: bool = False  # a thinking switch was named: "without it" may mean it
    prev_bench: Mention | None = None
    last_bench: Mention | None = None  # the last benchmark named, for "the same index"
    title_bench: Mention | None = None  # the one benchmark a title names, for lists under it
    section_bench: Mention | None = None  # the one benchmark a heading names, for its items
    prev_block: Block | None = None
    progress_list: bool = False  # the list being read is headed by a training curve's line

    def current_subject(self) -> str | None:
        """Whom "it" and an unnamed subject stand for here."""
        return (
            self.item_subject
            or self.recent_subject
            or self.list_subject
            or self.section_subject
            or self.subject
        )


# What a value was given, in turn: the value, its model's mention (None for "it" or the
# subject) and the model's name (None: no model).
Assigned = tuple[Value, Mention | None, str | None]


@dataclass(slots=True)
class SentenceState:
    """One sentence being read: everything its steps (subjects, values, conditions,
    comparisons) share, so none of them takes a dozen arguments. Mentions are told apart by
    `id()` in the sets, as one name may stand twice in a sentence."""

    sentence: Sentence
    text: str  # sentence.text
    block: Block  # sentence.block
    line_of: list[int]  # the document's map from text lines to source lines
    doc: Reading
    models: list[Mention]
    benches: list[Mention]
    refs: list[tuple[int, int]]  # spans of "it", "the model": the subject, unnamed
    ambiguous: set[int]  # bare family names no full name came before ("Gemini")
    values: list[Value] = field(default_factory=list)  # the numbers that may be scores
    objects: set[int] = field(default_factory=set)  # compared models ("than X")
    appositive: set[int] = field(default_factory=set)  # models in an aside (", the base X,")
    # Filled value by value as the values are given their models.
    assigned: list[Assigned] = field(default_factory=list)
    right_attached: set[int] = field(default_factory=set)  # models hung right of a value
    claims: list[tuple[RawClaim, int]] = field(default_factory=list)  # with id(model) or 0

    def next_start(self, idx: int) -> int:
        """Where the value after values[idx] starts, or the sentence's end."""
        return self.values[idx + 1].start if idx + 1 < len(self.values) else len(self.text)

    def prev_end(self, idx: int, none: int = 0) -> int:
        """Where the value before values[idx] ends (`none` for the first)."""
        return self.values[idx - 1].end if idx else none
