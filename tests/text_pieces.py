"""Pieces of text the property tests build their inputs from: numbers with separators, units
and signs, names with versions and tiers, words of sentences about benchmarks, mixed with
arbitrary text (tests/test_properties.py, tests/test_record_properties.py)."""

from __future__ import annotations

from hypothesis import strategies as st

from claimcheck.catalog import default
from claimcheck.extract import reader_for
from claimcheck.extract.names import Names
from claimcheck.extract.prose import ProseReader

CATALOG = default()
READER: ProseReader = reader_for(CATALOG)
NAMES = Names(CATALOG)
RULES = READER.vocab.number_rules

UNITS = {"%", "points", "elo", "tokens", ""}
APPROX = {"exact", "about", "at_least", "at_most", "range"}

# ---------------------------------------------------------------------------------------
# Pieces of text


def _number() -> st.SearchStrategy[str]:
    plain = st.integers(0, 10**9).map(str)
    grouped = st.integers(1000, 10**12).map(lambda n: f"{n:,}")
    decimal = st.tuples(st.integers(0, 10**6), st.integers(0, 10**7)).map(
        lambda t: f"{t[0]}.{t[1]}"
    )
    padded = st.integers(0, 99).map(lambda n: f"{n:02d}")
    odd = st.sampled_from(["1,2,3", "1.2.3.4", "0.000001", "9" * 30, "1e9", "٣", "½", "1,23,456"])
    return st.one_of(plain, grouped, decimal, padded, odd)


NUMBER_PIECES = st.one_of(
    _number(),
    st.sampled_from(
        [
            "%",
            " %",
            "% ",
            "percent",
            "per cent",
            "points",
            "pts",
            "Elo",
            "+",
            "±",
            "+/-",
            "~",
            "≈",
            "-",
            "–",
            "—",
            " to ",
            " and ",
            "between ",
            "from ",
            "$",
            "€",
            "#",
            "x",
            "B",
            "M",
            "million",
            "billion",
            "tokens",
            "th",
            "st",
            "Jan ",
            "Q3 ",
            "in ",
            "about ",
            "nearly ",
            "over ",
            "at least ",
            "up to ",
            "more than ",
            "/",
            ":",
            ".",
            ",",
            " ",
            "(",
            ")",
            "[sic]",
            "year-old",
            "users",
            "cheaper",
            "higher",
            "ahead",
            "shot",
            "-shot",
            "GPT-5",
            "scored ",
            "on ",
            "\t",
            "\u00a0",
            "\u2009",
        ]
    ),
    st.text(max_size=4),
)
NUMBER_TEXT = st.lists(NUMBER_PIECES, max_size=25).map("".join)


MODEL_NAMES = [m.name for m in CATALOG.models]
BENCH_NAMES = [b.name for b in CATALOG.benchmarks]
TIERS = sorted(NAMES.tiers - {"+"})
FAMILIES = sorted(f for f in NAMES.model_families if f.isalpha())

NAME_PIECES = st.one_of(
    st.sampled_from(MODEL_NAMES + BENCH_NAMES + TIERS + FAMILIES),
    st.sampled_from(
        [
            "-",
            " ",
            ".",
            "+",
            "Plus",
            "(",
            ")",
            "'s",
            "’s",
            "/",
            "_",
            ",",
            ":",
            "Preview",
            "OpenAI",
            "v2",
            "3.1",
            "4o",
            "o1",
            "235B",
            "A22B",
            "qwen3",
            "Gemni",
            "MMMLU",
        ]
    ),
    st.text(max_size=5),
)
NAME_TEXT = st.lists(NAME_PIECES, max_size=8).map("".join)

# Words a sentence about benchmarks is made of; mixed with arbitrary text below.
PROSE_WORDS = [
    *MODEL_NAMES,
    *BENCH_NAMES,
    "Orbit-7",
    "Kestrel 3",
    "Nimbus-2 Pro",
    "FooBench",
    "OrbitQA",
    "Lattice-Bench 2",
    "scored",
    "scores",
    "reached",
    "posts",
    "on",
    "in",
    "for",
    "at",
    "and",
    "or",
    "vs.",
    "compared to",
    "ahead of",
    "behind",
    "trails",
    "beats",
    "outperforms",
    "respectively",
    "the model",
    "it",
    "its",
    "which",
    "with tools",
    "without tools",
    "thinking mode",
    "5-shot",
    "according to",
    "the same benchmark",
    "ranks",
    "fourth",
    "second behind",
    "about",
    "roughly",
    "nearly",
    "over",
    "at least",
    "up to",
    "[sic]",
    "released in",
    "2026",
    "March 3",
    "$14",
    "1,000 users",
    "58 million tokens",
    "20% cheaper",
    "89.5%",
    "89.50%",
    "78.4 %",
    "42.8",
    "0.623",
    "1,427 Elo",
    "76+",
    "60-70%",
    "±0.3",
    "between 60% and 70%",
    "from 61.0% to 74.4%",
    "(",
    ")",
    ",",
    ";",
    ":",
    ".",
    "!",
    "?",
    "*",
    "**",
    "_",
    "`",
    "|",
    "\t",
    "- ",
    "* ",
    "1. ",
    "# ",
    "> ",
    "<!-- claimcheck: ignore -->",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\x00",
    "\x0c",
    "\u2028",
]
PROSE_TEXT = st.lists(
    st.one_of(st.sampled_from(PROSE_WORDS), _number(), st.text(max_size=6)), max_size=40
).map(" ".join)
