"""A synthetic corpus of articles about AI model launches, for the speed and scale benchmark.

    python bench/generate_corpus.py OUT_DIR --articles N --seed S [--contradictions K]

Writes N articles (.md, .txt and .html, mixed) to OUT_DIR and `OUT_DIR/corpus.json`, a manifest
of what was planted (claimcheck reads .txt, .md and .html only, so the manifest is not scanned).

Shape of the corpus:

- Models and benchmarks are invented ("Zephyrine-4.2 Pro", "Kestrel 7B", "OrbitQA",
  "Lattice-Bench 2"), so no catalog knows them: the names are recognised by shape, as real
  unknown names would be.
- Articles are grouped in launches (cohorts): about 20 articles report on the same handful of
  models and benchmarks, each picking its own subject, rivals, benchmarks and layout, so a
  (model, benchmark) pair is reported by several sources and most figures are corroborated.
  The number of cohorts grows with N, so the claims per (model, benchmark) group stay about
  the same whatever N is: time should grow linearly with N.
- Each value is the pair's true value, written with its own wording, except for the planted
  contradictions: K pairs (reported by three sources or more) where one article gives another
  value, at least 3 points away.
- Claims come as prose ("X scored V% on B, ahead of Y's W%"), bullet lists ("B: V% (Y W%)"),
  pipe tables (Markdown), space-aligned tables (plain text) and HTML tables; around them,
  numbers that are not scores (dates, prices, token counts, users, funding, percentages of
  latency or price) and filler prose, to 2-6 KB an article.

Everything is drawn from `random.Random(seed)`: the same N and seed give the same bytes.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = "corpus.json"

_FIRST = (
    "Zeph", "Kes", "Orv", "Hal", "Vel", "Tam", "Quor", "Nyx", "Sil", "Bran", "Cor", "Fen",
    "Ith", "Mar", "Pel", "Ros", "Tyr", "Ulm", "Var", "Wex", "Dra", "Lum", "Sar", "Thal",
    "Ket", "Aur", "Bel", "Cal", "Dun", "Eld", "Gal", "Hes", "Jor", "Lir", "Mor", "Nev",
)  # fmt: skip
_SECOND = (
    "yrine", "trel", "ian", "cyon", "ora", "arin", "ix", "ent", "ada", "eth", "une", "ara",
    "ion", "wyn", "ello", "ith", "axa", "olin", "esta", "umbra", "ane", "ova", "iel", "ask",
)  # fmt: skip
_TIERS = ("Pro", "Mini", "Flash", "Ultra", "Max", "Lite", "Turbo", "Nano")
_BENCH_HEAD = (
    "Orbit", "Lattice", "Prism", "Forge", "Cinder", "Harbor", "Glyph", "Tessel", "Meridian",
    "Quarry", "Beacon", "Vertex", "Canopy", "Spindle", "Thicket", "Ember", "Cobalt", "Sable",
    "Delta", "Summit", "Marble", "Willow", "Anvil", "Pylon", "Relay", "Shoal", "Tundra",
)  # fmt: skip
_BENCH_TAIL = ("QA", "-Bench", "Eval", "Math", "Code", "Reason", "Vision", "Chart", "Med")
_BENCH_SUFFIX = ("", "", "", " 2", " Hard", " Pro", " Verified", " Lite", " 3")
_ORG_TAIL = ("Labs", "AI", "Research", "Systems", "Intelligence")
_HEADINGS = ("Background", "Availability", "Caveats", "What we know", "Pricing", "The rivals")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_OUTLETS = (
    "Model Notes", "The Inference Desk", "Benchmark Weekly", "AI Trends Daily", "Token Times",
    "The Gradient Post", "Frontier Review", "Compute Ledger", "Latent Space Review",
)  # fmt: skip
_FILLER = (
    "The launch comes at a busy moment for the industry, with several labs racing to ship "
    "models that are cheaper to run and easier to deploy.",
    "Independent evaluators have not yet reproduced every figure, and the company says a "
    "technical report with the full methodology will follow.",
    "Developers who tried the preview describe a model that is noticeably faster at long, "
    "multi-step tasks, although it still stumbles on some obscure questions.",
    "As always, headline scores tell only part of the story: real workloads mix short "
    "questions, long documents and messy tool calls.",
    "The release notes stress safety testing, red-teaming and a staged rollout, starting with "
    "enterprise customers and research partners.",
    "Critics point out that vendors pick the evaluations they publish, and that comparisons "
    "across labs rarely use identical prompts or settings.",
    "For teams choosing a model today, the practical questions remain cost, latency, "
    "reliability of structured output and the quality of the documentation.",
    "The company did not say how much compute went into training, nor whether the weights "
    "will be released.",
    "Analysts expect the rivals to answer within weeks, which has become the normal rhythm of "
    "the field.",
    "Several early users praised the tone of its answers and its willingness to say when it "
    "does not know something.",
    "Pricing pages were updated the same morning, and the model appeared in the public "
    "playground shortly after the announcement.",
    "The evaluation suite mixes knowledge questions, mathematics, code generation and visual "
    "reasoning over charts and diagrams.",
    "None of this settles which model is best in general; it does show where each one is "
    "strong and where it still lags.",
    "Support for function calling and structured output was extended, a change that matters "
    "more to builders than any single leaderboard.",
)

_NAMED = (
    "{org} has said little about the architecture of {s}, beyond calling it its most capable "
    "release so far.",
    "The comparison with {rival} is the one most readers will care about.",
    "{s} is available through the {org} API and in a chat app, with wider access promised.",
    "Early testers say {s} follows long instructions more faithfully than {rival} does.",
    "{org} describes {s} as built for agents that plan, call tools and check their own work.",
    "Whether {s} holds up outside the vendor's own evaluations is the open question.",
    "On several rows {rival} remains the stronger choice, and {org} does not hide it.",
    "{s} replaces the previous flagship in the {org} line-up.",
)


@dataclass(frozen=True, slots=True)
class Benchmark:
    name: str
    unit: str  # "%" or "elo"
    low: float
    high: float


@dataclass(slots=True)
class Cohort:
    """One launch: the models it compares and the benchmarks it is measured on."""

    models: list[str]
    orgs: dict[str, str]
    benchmarks: list[Benchmark]
    truth: dict[tuple[str, str], float] = field(default_factory=dict)


@dataclass(slots=True)
class Plan:
    """What one article says, before it is written."""

    index: int
    ext: str
    cohort: int
    subject: str
    rivals: list[str]
    benchmarks: list[Benchmark]
    values: dict[tuple[str, str], float]


@dataclass(slots=True)
class Planted:
    model: str
    benchmark: str
    true_value: float
    planted_value: float
    article: str
    sources: list[str]


@dataclass(slots=True)
class Manifest:
    seed: int
    articles: list[str]
    bytes: int
    claims_written: int
    contradictions: list[Planted]

    def as_json(self) -> str:
        data = {
            "seed": self.seed,
            "articles": len(self.articles),
            "bytes": self.bytes,
            "claims_written": self.claims_written,
            "contradictions": [
                {
                    "model": p.model,
                    "benchmark": p.benchmark,
                    "true_value": p.true_value,
                    "planted_value": p.planted_value,
                    "article": p.article,
                    "sources": p.sources,
                }
                for p in self.contradictions
            ],
        }
        return json.dumps(data, indent=2, sort_keys=True) + "\n"


class Names:
    """Unique invented names, drawn from one random stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.families: set[str] = set()

    def _family(self) -> str:
        # Two syllables while they last (864 families, about 8,000 articles), then three...
        for syllables in itertools.count(2):
            for _ in range(200):
                family = self.rng.choice(_FIRST) + "".join(
                    self.rng.choice(_SECOND) for _ in range(syllables - 1)
                )
                if family not in self.families:
                    self.families.add(family)
                    return family
        raise AssertionError("unreachable")

    def models(self, count: int) -> tuple[list[str], dict[str, str]]:
        """`count` models from one or two new families, as a launch compares them."""
        rng = self.rng
        out: list[str] = []
        orgs: dict[str, str] = {}
        while len(out) < count:
            family = self._family()
            org = f"{family} {rng.choice(_ORG_TAIL)}"
            major = rng.randint(1, 9)
            for _ in range(rng.randint(1, 3)):
                if len(out) >= count:
                    break
                style = rng.randrange(4)
                if style == 0:
                    name = f"{family}-{major}.{rng.randint(0, 9)} {rng.choice(_TIERS)}"
                elif style == 1:
                    name = f"{family} {rng.choice((3, 7, 8, 13, 34, 70, 120, 405))}B"
                elif style == 2:
                    name = f"{family} {major}.{rng.randint(0, 9)}"
                else:
                    name = f"{family} {major} {rng.choice(_TIERS)}"
                if name in self.used:
                    continue
                self.used.add(name)
                out.append(name)
                orgs[name] = org
        return out, orgs

    def benchmark(self) -> Benchmark:
        rng = self.rng
        for _ in range(10_000):
            head = rng.choice(_BENCH_HEAD)
            tail = rng.choice(_BENCH_TAIL)
            name = head + tail + rng.choice(_BENCH_SUFFIX)
            if name not in self.used:
                break
        else:
            name = f"{rng.choice(_BENCH_HEAD)}{rng.choice(_BENCH_TAIL)} {len(self.used)}"
        self.used.add(name)
        if rng.random() < 0.08:
            return Benchmark(name, "elo", 900.0, 1800.0)
        low = rng.uniform(10.0, 55.0)
        return Benchmark(name, "%", round(low, 1), round(min(low + rng.uniform(25, 45), 97.0), 1))


def _value(rng: random.Random, bench: Benchmark) -> float:
    if bench.unit == "elo":
        return float(rng.randint(int(bench.low), int(bench.high)))
    return round(rng.uniform(bench.low, bench.high), 1)


def _shifted(rng: random.Random, bench: Benchmark, value: float) -> float:
    """A value that cannot agree with `value`: 3 to 9 points away (40-160 for Elo)."""
    elo = bench.unit == "elo"
    step = float(rng.randint(40, 160)) if elo else round(rng.uniform(3.0, 9.0), 1)
    up = value + step
    down = value - step
    limit = 2500.0 if bench.unit == "elo" else 99.9
    if down > 1.0 and (up > limit or rng.random() < 0.5):
        return round(down, 1)
    return round(up, 1)


def plan_corpus(
    articles: int, seed: int, contradictions: int | None = None
) -> tuple[list[Cohort], list[Plan], list[tuple[int, str, str, float]]]:
    """Decide every article's content; the planted contradictions are (article, model,
    benchmark, true value) and already applied to the plans' values."""
    rng = random.Random(seed)
    names = Names(rng)
    n_cohorts = max(1, math.ceil(articles / 20))
    pool = [names.benchmark() for _ in range(max(16, min(400, n_cohorts * 3)))]
    cohorts: list[Cohort] = []
    for _ in range(n_cohorts):
        models, orgs = names.models(rng.randint(4, 6))
        benches = rng.sample(pool, rng.randint(8, 12))
        cohort = Cohort(models, orgs, benches)
        for m in models:
            for b in benches:
                cohort.truth[(m, b.name)] = _value(rng, b)
        cohorts.append(cohort)
    exts = ("md", "txt", "html")
    plans: list[Plan] = []
    for i in range(articles):
        c = i % n_cohorts
        cohort = cohorts[c]
        subject = rng.choice(cohort.models)
        others = [m for m in cohort.models if m != subject]
        rivals = rng.sample(others, min(len(others), rng.randint(2, 3)))
        benches = rng.sample(cohort.benchmarks, rng.randint(4, 7))
        values: dict[tuple[str, str], float] = {}
        for b in benches:
            values[(subject, b.name)] = cohort.truth[(subject, b.name)]
            for r in rivals:
                if rng.random() < 0.75:
                    values[(r, b.name)] = cohort.truth[(r, b.name)]
        plans.append(Plan(i, exts[rng.randrange(3)], c, subject, rivals, benches, values))
    # Plant contradictions on pairs three articles or more report, one per pair.
    reporters: dict[tuple[int, str, str], list[int]] = {}
    for p in plans:
        for m, b in p.values:
            reporters.setdefault((p.cohort, m, b), []).append(p.index)
    candidates = sorted(k for k, v in reporters.items() if len(v) >= 3)
    wanted = max(1, articles // 25) if contradictions is None else contradictions
    wanted = min(wanted, len(candidates))
    planted: list[tuple[int, str, str, float]] = []
    used_articles: set[int] = set()
    for key in rng.sample(candidates, len(candidates)):
        if len(planted) >= wanted:
            break
        c, m, b = key
        choices = [i for i in reporters[key] if i not in used_articles]
        if not choices:
            continue
        target = rng.choice(choices)
        used_articles.add(target)
        bench = next(x for x in cohorts[c].benchmarks if x.name == b)
        true_value = cohorts[c].truth[(m, b)]
        plans[target].values[(m, b)] = _shifted(rng, bench, true_value)
        planted.append((target, m, b, true_value))
    return cohorts, plans, planted


# --- writing -------------------------------------------------------------------------------


def _num(value: float, bench: Benchmark, rng: random.Random, bare: bool = False) -> str:
    """The value as an article writes it: 81.2%, 81.2 percent, 81.20 (bare, in tables)."""
    if bench.unit == "elo":
        return f"{int(value):,}" if bare else f"{int(value):,} Elo"
    text = f"{value:.1f}"
    if bare:
        return text if rng.random() < 0.6 else text + "%"
    roll = rng.random()
    if roll < 0.85:
        return text + "%"
    if roll < 0.93:
        return text + " percent"
    return f"{value:.2f}%"


def _possessive(name: str) -> str:
    return name + "'"  if name.endswith("s") else name + "'s"  # fmt: skip


class Writer:
    """Writes one planned article in its format."""

    def __init__(self, plan: Plan, cohort: Cohort, rng: random.Random) -> None:
        self.p = plan
        self.c = cohort
        self.rng = rng
        self.deck: list[str] = []
        self.table: str | None = None

    # Sentences ------------------------------------------------------------------------------

    def _rival_value(self, bench: str) -> tuple[str, float] | None:
        found = [
            (r, self.p.values[(r, bench)]) for r in self.p.rivals if (r, bench) in self.p.values
        ]
        return self.rng.choice(found) if found else None

    def prose_claim(self, bench: Benchmark) -> str:
        rng = self.rng
        s = self.p.subject
        v = _num(self.p.values[(s, bench.name)], bench, rng)
        rival = self._rival_value(bench.name)
        if rival is None or rng.random() < 0.2:
            forms: list[Callable[[], str]] = [
                lambda: f"{s} scored {v} on {bench.name}.",
                lambda: f"On {bench.name}, {s} reaches {v}.",
                lambda: f"{s} achieves {v} on {bench.name}, according to the launch post.",
                lambda: f"The company reports {v} on {bench.name} for {s}.",
            ]
            return rng.choice(forms)()
        r, rv = rival
        w = _num(rv, bench, rng)
        subject_ahead = self.p.values[(s, bench.name)] >= rv
        if subject_ahead:
            forms = [
                lambda: f"{s} scored {v} on {bench.name}, ahead of {_possessive(r)} {w}.",
                lambda: f"On {bench.name}, {s} reaches {v}, compared with {w} for {r}.",
                lambda: f"{r} posts {w} on {bench.name}, while {s} gets to {v}.",
                lambda: f"With {v} on {bench.name}, {s} edges out {r} ({w}).",
            ]
        else:
            forms = [
                lambda: f"{s} scored {v} on {bench.name}, behind {_possessive(r)} {w}.",
                lambda: f"On {bench.name}, {s} reaches {v}, compared with {w} for {r}.",
                lambda: f"{r} posts {w} on {bench.name}, while {s} manages {v}.",
                lambda: f"With {v} on {bench.name}, {s} trails {r} ({w}).",
            ]
        return rng.choice(forms)()

    def bullet(self, bench: Benchmark) -> str:
        s = self.p.subject
        v = _num(self.p.values[(s, bench.name)], bench, self.rng)
        rival = self._rival_value(bench.name)
        if rival is None or self.rng.random() < 0.3:
            return f"{bench.name}: {v}"
        r, rv = rival
        return f"{bench.name}: {v} ({r} {_num(rv, bench, self.rng)})"

    def noise(self) -> str:
        rng = self.rng
        s = self.p.subject
        org = self.c.orgs[s]
        month = rng.choice(_MONTHS)
        forms: list[Callable[[], str]] = [
            lambda: (
                f"{org} released {s} on {month} {rng.randint(1, 28)}, {rng.randint(2025, 2027)}."
            ),
            lambda: (
                f"Pricing is ${rng.randint(1, 15)}.{rng.randint(0, 99):02d} per million input "
                f"tokens and ${rng.randint(5, 60)}.{rng.randint(0, 99):02d} per million output "
                "tokens."
            ),
            lambda: (
                f"{org} says the model was trained on {rng.randint(8, 40)} trillion tokens "
                f"in {rng.randint(20, 140)} languages."
            ),
            lambda: (
                f"The context window grows to {rng.choice((128, 200, 256, 400, 1000))}K tokens."
            ),
            lambda: (
                f"More than {rng.randint(2, 90)}.{rng.randint(1, 9)} million developers have "
                f"signed up since {month}."
            ),
            lambda: f"Latency fell by {rng.randint(12, 60)}% compared with last year's release.",
            lambda: (
                f"{org} raised ${rng.randint(2, 40)} billion in {rng.randint(2023, 2026)} and "
                f"employs about {rng.randint(3, 30) * 100} people."
            ),
            lambda: (
                f"The price is roughly {rng.randint(15, 45)}% lower than the previous "
                f"generation, and the rate limit is {rng.randint(2, 20) * 500} requests per minute."
            ),
            lambda: (
                f"A team of {rng.randint(40, 900)} researchers worked on it for "
                f"{rng.randint(6, 30)} months."
            ),
        ]
        return rng.choice(forms)()

    def filler(self) -> str:
        """A sentence without a score; no sentence twice in an article until all were used."""
        if not self.deck:
            s, org, rival = self.p.subject, self.c.orgs[self.p.subject], self.p.rivals[0]
            self.deck = [*_FILLER, *(form.format(s=s, org=org, rival=rival) for form in _NAMED)]
            self.rng.shuffle(self.deck)
        return self.deck.pop()

    def paragraph(self, extra: int = 0) -> str:
        parts = [self.filler() for _ in range(2 + extra)]
        parts.insert(self.rng.randrange(len(parts) + 1), self.noise())
        return " ".join(parts)

    # Blocks ---------------------------------------------------------------------------------

    def table_rows(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows, benchmarks down and models across, or the transpose."""
        models = [self.p.subject, *self.p.rivals]
        benches = self.p.benchmarks
        missing = self.rng.choice(("", "-", "n/a", "—"))

        def cell(m: str, b: Benchmark) -> str:
            v = self.p.values.get((m, b.name))
            return missing if v is None else _num(v, b, self.rng, bare=True)

        if self.rng.random() < 0.7:
            header = ["Benchmark", *models]
            rows = [[b.name, *(cell(m, b) for m in models)] for b in benches]
        else:
            header = ["Model", *(b.name for b in benches)]
            rows = [[m, *(cell(m, b) for b in benches)] for m in models]
        return header, rows

    def pipe_table(self) -> str:
        header, rows = self.table_rows()
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)

    def aligned_table(self) -> str:
        header, rows = self.table_rows()
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
        out = []
        for r in [header, *rows]:
            out.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
        return "\n".join(out)

    def html_table(self) -> str:
        header, rows = self.table_rows()
        lines = [
            "<table>",
            "<thead><tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr></thead>",
        ]
        lines.append("<tbody>")
        lines += ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows]
        lines += ["</tbody>", "</table>"]
        return "\n".join(lines)

    # Article --------------------------------------------------------------------------------

    def sections(self) -> tuple[str, str, list[tuple[str, list[str] | str]]]:
        """Title, byline and (heading, paragraphs or a block) in order; the format decides how
        a block is written."""
        rng = self.rng
        s = self.p.subject
        benches = list(self.p.benchmarks)
        rng.shuffle(benches)
        split = max(1, len(benches) // 2)
        in_prose, in_list = benches[:split], benches[split:]
        title = rng.choice(
            (
                f"{s} is here: what the benchmarks say",
                f"First look at {s}",
                f"{s} versus {self.p.rivals[0]}: the numbers",
                f"{self.c.orgs[s]} launches {s}",
            )
        )
        day = f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2025, 2027)}"
        byline = f"{day} · {rng.choice(_OUTLETS)} · {rng.randint(3, 12)} min read"
        out: list[tuple[str, list[str] | str]] = [("", [self.paragraph()])]
        prose = [self.prose_claim(b) for b in in_prose]
        out.append(("Results", [" ".join([*prose, self.filler()])]))
        if in_list:
            out.append(("Highlights", "list:" + "\n".join(self.bullet(b) for b in in_list)))
        out.append(("Context", [self.paragraph(1), self.paragraph()]))
        if rng.random() < 0.8:
            out.append(("The full table", "table"))
        out.append(("Our take", [self.paragraph(rng.randint(0, 2))]))
        return title, byline, out

    def render(self, target: int) -> str:
        title, byline, sections = self.sections()
        text = self._render(title, byline, sections)
        while len(text.encode()) < target:
            sections.insert(
                -1,
                (_HEADINGS[len(sections) % len(_HEADINGS)], [self.paragraph(2)]),
            )
            text = self._render(title, byline, sections)
        return text

    def _render(self, title: str, byline: str, sections: list[tuple[str, list[str] | str]]) -> str:
        ext = self.p.ext
        if ext == "md":
            parts = [f"# {title}", f"*{byline}*"]
        elif ext == "txt":
            parts = [f"{title}\n{'=' * len(title)}", byline]
        else:
            parts = [
                "<!DOCTYPE html>",
                f'<html><head><meta charset="utf-8"><title>{title}</title></head>',
                "<body><article>",
                f"<h1>{title}</h1>",
                f'<p class="byline">{byline}</p>',
            ]
        for heading, body in sections:
            if heading:
                parts.append(
                    f"## {heading}"
                    if ext == "md"
                    else f"<h2>{heading}</h2>"
                    if ext == "html"
                    else heading.upper()
                )
            if isinstance(body, list):
                parts += [f"<p>{p}</p>" if ext == "html" else p for p in body]
            elif body.startswith("list:"):
                items = body[5:].split("\n")
                if ext == "html":
                    parts.append("<ul>\n" + "\n".join(f"<li>{i}</li>" for i in items) + "\n</ul>")
                else:
                    parts.append("\n".join(f"- {i}" for i in items))
            else:
                if self.table is None:
                    self.table = (
                        self.pipe_table()
                        if ext == "md"
                        else self.aligned_table()
                        if ext == "txt"
                        else self.html_table()
                    )
                parts.append(self.table)
        if ext == "html":
            parts.append("</article></body></html>")
        return "\n\n".join(parts) + "\n"


def _slug(name: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")


def generate(
    out_dir: Path, articles: int, seed: int = 0, contradictions: int | None = None
) -> Manifest:
    """Write the corpus and its manifest; return the manifest."""
    cohorts, plans, planted = plan_corpus(articles, seed, contradictions)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"text-{seed}")
    names: list[str] = []
    total = 0
    claims = 0
    for p in plans:
        writer = Writer(p, cohorts[p.cohort], rng)
        text = writer.render(rng.randint(2200, 5600))
        name = f"{p.index:05d}-{_slug(p.subject)}.{p.ext}"
        (out_dir / name).write_text(text, encoding="utf-8", newline="\n")
        names.append(name)
        total += len(text.encode())
        claims += len(p.values)
    records: list[Planted] = []
    for target, model, bench, true_value in planted:
        cohort = plans[target].cohort
        sources = sorted(
            names[p.index] for p in plans if p.cohort == cohort and (model, bench) in p.values
        )
        records.append(
            Planted(
                model,
                bench,
                true_value,
                plans[target].values[(model, bench)],
                names[target],
                sources,
            )
        )
    manifest = Manifest(seed, names, total, claims, records)
    (out_dir / MANIFEST).write_text(manifest.as_json(), encoding="utf-8", newline="\n")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    parser.add_argument("--articles", "-n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--contradictions",
        type=int,
        default=None,
        help="Pairs given a conflicting value in one article (default: one per 25 articles).",
    )
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    manifest = generate(args.out_dir, args.articles, args.seed, args.contradictions)
    print(
        f"{len(manifest.articles)} articles, {manifest.bytes / 1e6:.2f} MB, "
        f"{manifest.claims_written} distinct claims, {len(manifest.contradictions)} planted "
        f"contradictions -> {args.out_dir}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
