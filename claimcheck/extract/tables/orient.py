"""Orientation and column roles: which axis holds models, which columns state conditions, what
header rows above the labels add."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from claimcheck.extract.tables.grid import Grid
from claimcheck.extract.tables.labels import _PAREN, _SPACES, Label, Reader, both_settings, clean
from claimcheck.extract.tables.roles import _header_word, _numeric, generic_header
from claimcheck.extract.tables.subjects import models_named

# ---------------------------------------------------------------------------------------
# Orientation

_FAMILY_WORD = re.compile(r"[^\W\d_]{3,}")
_NAMED_SIZE = re.compile(r"[^\W\d][\w.]*[\s-](?:[\w.]+[\s-])?\d+(?:\.\d+)?B\b")


@dataclass(slots=True)
class _Orientation:
    models_in_columns: bool
    corner: Label
    columns: list[Label]


def _orient(reader: Reader, grid: Grid) -> _Orientation | None:
    """Models as columns (benchmarks as rows) or the transpose, from the labels; None when
    the labels are neither (specs, prices) or do not say."""
    corner = reader.label(grid.header[0].text) if grid.header else Label("", "", "no")
    columns = [reader.label(c.text) for c in grid.header[1:]]
    for j, col in enumerate(columns):
        part = clean(grid.header[j + 1].text).casefold()
        if col.kind in ("?", "no") and part in reader.words.part_columns:
            # "STEM", "Humanities": a part of the benchmark the row or the heading names.
            columns[j] = Label(col.mention, col.name, "cond", None, {"setting": part}, col.unit)
    _group_qualifiers(reader, grid, columns)
    _spanned_parts(grid, columns)
    # Columns that name nothing the catalog knows may be settings of one benchmark ("4k",
    # "AST Summary"); a name with a parameter count ("Corvid-V 4B") is a model's all the same.
    splits = not any(
        c.kind in ("benchmark", "model") or (c.kind == "?" and _NAMED_SIZE.search(c.name))
        for c in columns
    )
    named = _caption_benchmark(reader, grid.caption, with_setting=True)
    if named is None and splits:
        # Columns that name nothing ("AST Summary", "Exec Summary") are sub-scores of the one
        # benchmark the sentence above names ("Measured on the Berkeley Function Calling
        # Leaderboard."); a sentence is read only for such a table, never over named columns.
        named = _caption_benchmark(reader, grid.context)
    if named is None and splits:
        # A table under its headings ("<h1>Humanity's Last Exam</h1>" ... "Score"; "###
        # SuperCLUE总排行榜" ... "总分"): the one benchmark the nearest heading, else the ones
        # above it, names. A Markdown heading names it from the catalog only: "### Benchmark
        # Commands" over a serving log's "Median TTFT (ms)" rows is no benchmark's name.
        named = _caption_benchmark(reader, grid.heading) or _part_heading(
            reader, grid.heading, _caption_benchmark(reader, grid.outer)
        )
        if named is not None and named.entry is None and grid.shape != "html":
            # ... or a release of a catalog benchmark ("### Arena-Hard-v2.0-Preview").
            named = named if _release_of_known(reader, named.mention) else None
        if named is not None and grid.caption:
            named = _captioned(reader, named, grid.caption)
    if named is not None:
        # "Score" under a caption that names one benchmark ("GPQA Diamond leaderboard"); and
        # under "#### RULER", columns "4k", "8k" or "easy", "hard" are settings of it.
        for j, col in enumerate(columns):
            if _header_word(reader, grid.header[j + 1].text) in reader.words.rank_columns:
                continue  # "Rank" beside "Score" under "### MMLU": the place, no score
            generic = _generic(reader, grid.header[j + 1].text)
            if not generic and reader.non_score(clean(grid.header[j + 1].text)):
                continue  # "Output throughput", "Params": a spec column of the board
            if col.kind == "cond" or generic or splits:
                quals = {**named.qualifiers, **col.qualifiers}
                if splits and not generic and col.kind != "cond":
                    text = clean(grid.header[j + 1].text)
                    found, recognised = reader.conditions.from_label(text)
                    if recognised:
                        quals.update(found)  # "128k": a context length the vocabulary knows
                    else:
                        quals["setting"] = text.casefold()
                elif splits and generic:
                    # "Avg." under a spanning "Reasoning": that group's average, not the board's.
                    group = _group_above(grid, j + 1)
                    if group:
                        quals["setting"] = group.casefold()
                elif col.kind == "cond" and not col.qualifiers and not generic:
                    # "coding", "math" under "## Japanese MT-Bench": a category of its
                    # questions, the column's sub-score (never the board's overall figure).
                    quals["setting"] = clean(grid.header[j + 1].text).casefold()
                columns[j] = Label(
                    named.mention, named.name, "benchmark", named.entry, quals, col.unit
                )
    rows = [reader.label(r.cells[0].text) for r in grid.rows if r.cells]
    if not columns or not rows:
        return None
    # "| Benchmark | Score |", or columns that are conditions only ("| Benchmark | Standard |
    # Extended Thinking |"): one model's table, the heading's.
    own = [
        _generic(reader, c.text) or columns[j].kind == "cond" for j, c in enumerate(grid.header[1:])
    ]
    generic_only = any(own) and all(
        own[j] or not _holds_values(reader, grid, j + 1) for j in range(len(own))
    )
    owner = grid.subject or (
        _one_model(reader, f"{grid.caption} {grid.context}") if generic_only else ""
    )
    if owner and generic_only and any(r.kind == "benchmark" for r in rows):
        # "| Benchmark | Score |" under "# Mistral Nemo Instruct 2407": the heading's model;
        # "| Test Set | WINT4 | WINT2 |" after "... on the ERNIE-4.5-300B-A47B model:", the
        # one model the paragraph above names.
        subject = reader.label(owner)
        columns = [
            Label(subject.mention, subject.name, "model", subject.entry, dict(c.qualifiers))
            for c in columns
        ]
    col_kinds = Counter("no" if c.kind == "cond" else c.kind for c in columns)
    row_kinds = Counter("no" if r.kind == "cond" else r.kind for r in rows)
    hint = reader.corner_hint(grid.header[0].text) if grid.header else ""
    cols_models = col_kinds["model"] + row_kinds["benchmark"] + (1 if hint == "benchmark" else 0)
    rows_models = col_kinds["benchmark"] + row_kinds["model"] + (1 if hint == "model" else 0)
    if cols_models == rows_models:
        return None
    models_in_columns = cols_models > rows_models
    model_axis, bench_axis = (col_kinds, row_kinds) if models_in_columns else (row_kinds, col_kinds)
    model_like = model_axis["model"] + model_axis["?"]
    bench_like = bench_axis["benchmark"] + bench_axis["?"]
    if model_axis["model"] + bench_axis["benchmark"] == 0:
        return None  # only a corner word: two axes of unknown names, no name of either kind
    if not model_like or not bench_like:
        return None
    if bench_axis["benchmark"] == 0 and bench_axis["?"] < bench_axis["no"] + bench_axis["model"]:
        return None
    if bench_axis["benchmark"] == 0 and models_in_columns and named is None and not hint:
        # "Top-K", "Head dim", "N_shared": a spec table's rows, no benchmark among them and
        # few that even look like one (a caption naming the benchmark, or a "Benchmark"
        # corner, is another matter).
        unknown = [x.name for x in rows if x.kind == "?"]
        if sum(map(reader.names.looks_like_benchmark, unknown)) * 2 < len(unknown):
            return None
    return _Orientation(models_in_columns, corner, columns)


def heading_parts(reader: Reader, grid: Grid) -> Label | None:
    """The catalog benchmark a heading names over a table of its parts ("### BLINK: ..."
    over rows "Art Style", "Counting", ..., "Overall"); None when the rows name other
    catalog benchmarks or fewer than two parts."""
    if not grid.heading:
        return None
    named = _caption_benchmark(reader, grid.heading)
    if named is None or named.entry is None:
        return None
    parts = 0
    for row in grid.rows:
        if not row.cells:
            continue
        label = reader.label(row.cells[0].text)
        if label.kind == "benchmark" and label.entry is not None:
            if label.name != named.name:
                return None
        elif label.kind == "?" or label.kind == "benchmark":
            parts += 1
    return named if parts >= 2 else None


def part_label(reader: Reader, whole: Label, raw: str, label: Label) -> Label:
    """A row of `whole`'s table of parts: "Overall" is the whole; "Art Style" is the part
    "BLINK Art Style"; "short (<2min)" is "Video-MME short" at "<2min"."""
    if _generic(reader, raw):
        return Label(whole.mention, whole.name, "benchmark", whole.entry, dict(whole.qualifiers))
    if label.entry is not None or label.kind not in ("?", "benchmark"):
        return label
    part = reader.label(f"{whole.mention} {clean(raw)}")
    if part.kind not in ("?", "benchmark") or part.name == whole.name:
        return label
    quals = {**whole.qualifiers, **part.qualifiers}
    return Label(part.mention, part.name, "benchmark", None, quals, part.unit or label.unit)


def _one_model(reader: Reader, text: str) -> str:
    """The one model a paragraph names, or "": none when it also names another family bare
    ("The first Claude to match GPT-4": the page is Claude's, GPT-4 the yardstick)."""
    found = models_named(reader, text)
    if len(found) != 1:
        return ""
    (model,) = found
    own = reader.names.key(model).family
    families = reader.names.family_names
    words = {w.casefold() for w in _FAMILY_WORD.findall(text)}
    return "" if any(w in families and w != own for w in words) else model


def _generic(reader: Reader, raw: str) -> bool:
    """A label such as "Score", "Accuracy (%)" or "%": a value column naming nothing."""
    return not _PAREN.sub(" ", clean(raw)).strip() or generic_header(reader, raw)


def _holds_values(reader: Reader, grid: Grid, j: int) -> bool:
    """Whether any cell of column `j` reads as a value ("Description" columns hold none)."""
    return any(j < len(row.cells) and _numeric(reader, row.cells[j].text) for row in grid.rows)


def _caption_benchmark(reader: Reader, caption: str, with_setting: bool = False) -> Label | None:
    """The one catalog benchmark a caption or heading names, if it names exactly one; with
    the setting in brackets after it when `with_setting` and the caption is only that
    ("**Arena-Hard-v0.1 (Style Control)**" over a printout)."""
    if not caption:
        return None
    with_setting = with_setting and not caption.lstrip().startswith("#")  # a heading: its name
    mentions = [m for m in reader.finder.find(caption) if m.kind == "benchmark"]
    found = {m.canonical: m for m in mentions if m.known}
    if any(not m.known and _release_of_known(reader, m.text) for m in mentions):
        # "... picked from C-Eval to make C-Eval Hard": the part is named too, so the
        # caption names two benchmarks, not the whole one alone.
        found = {}
    title = clean(caption.lstrip("#").strip())
    if not found and 0 < len(title.split()) <= 4:
        # A heading that is only the name, in other case: "#### Ruler" for RULER.
        canonical, entry = reader.names.resolve(title, "benchmark")
        if entry is not None:
            return Label(title, canonical, "benchmark", entry)
        # ... or a version of one ("### BFCL v2 Live"): a name by its shape alone is only
        # trusted when it is all the heading says.
        shaped = {m.canonical: m for m in reader.finder.find(title) if m.kind == "benchmark"}
        if len(shaped) == 1:
            (mention,) = shaped.values()
            own = _with_setting(reader, title, mention.canonical) if with_setting else None
            return own or Label(mention.text, mention.canonical, "benchmark", None)
    if len(found) != 1:
        return None
    (mention,) = found.values()
    _, entry = reader.names.resolve(mention.text, "benchmark")
    own = _with_setting(reader, title, mention.canonical) if with_setting else None
    return own or Label(mention.text, mention.canonical, "benchmark", entry)


def _part_heading(reader: Reader, heading: str, outer: Label | None) -> Label | None:
    """ "### Airline" under a page on tau-bench: the part of the outer heading's benchmark
    the catalog knows apart ("TAU-bench Airline"); else the outer benchmark itself."""
    if outer is None or not heading:
        return outer
    part = clean(heading.lstrip("#").strip())
    if not part or len(part.split()) > 3:
        return outer
    known = reader.named_part(outer.name, part)
    if known is None:
        return outer
    return Label(f"{outer.mention} {part}", known[0], "benchmark", known[1])


_CAPTION_TAIL = re.compile(r"[\s:*_]+$")


def _captioned(reader: Reader, named: Label, caption: str) -> Label:
    """The heading's benchmark with what the line above the table says of it ("Hard
    Prompt, Style Control, and GPT-4.1 as Judge:"): the conditions the vocabulary knows, else
    the line as the table's setting, so that tables of one heading under different setups
    are never taken for one."""
    if caption.lstrip().startswith("#"):
        return named  # the heading itself, right above the table
    text = _SPACES.sub(" ", _CAPTION_TAIL.sub("", clean(caption))).strip()
    if not text or len(text) > 120:
        return named
    found, recognised = reader.conditions.from_label(text)
    found.pop("metric", None)
    own = found if recognised and found else {"setting": text.casefold()}
    quals = both_settings(named.qualifiers, own)
    return Label(named.mention, named.name, named.kind, named.entry, quals, named.unit)


_RELEASE_TAIL = re.compile(r"[\s_-]+(?:v?\d+(?:\.\d+)+|v\d+|preview|beta|alpha)$", re.I)


def _release_of_known(reader: Reader, name: str) -> bool:
    """Whether `name` is a version, a preview or a subset of a catalog benchmark
    ("Arena-Hard-v2.0", "C-Eval Hard")."""
    shorter = name
    while (cut := _RELEASE_TAIL.sub("", shorter)) != shorter:
        shorter = cut
    words = shorter.split()
    if len(words) > 1 and words[-1].casefold() in reader.names.subset_tails:
        shorter = " ".join(words[:-1])
    return shorter != name and reader.names.resolve(shorter, "benchmark")[1] is not None


def _with_setting(reader: Reader, title: str, canonical: str) -> Label | None:
    """A caption that is the benchmark's name and its setting ("Arena-Hard-v0.1 (Style
    Control)") as a label: the setting holds for the table too."""
    whole = reader.label(title) if len(title) <= 80 else None
    return (
        whole
        if whole is not None and whole.kind == "benchmark" and whole.name == canonical
        else None
    )


def _spanned_parts(grid: Grid, columns: list[Label]) -> None:
    """Columns under one spanning label ("Video-MME" over "w/o subs" and "w subs") that a
    header row tells apart, and nothing else does: each takes its own text there as its
    setting, so two figures of one model are never one key."""
    same: dict[tuple[str, tuple[tuple[str, str], ...]], list[int]] = {}
    for j, col in enumerate(columns):
        if col.kind in ("benchmark", "model", "?"):
            same.setdefault((col.name, tuple(sorted(col.qualifiers.items()))), []).append(j)
    for js in same.values():
        if len(js) < 2:
            continue
        for row in grid.groups:
            texts = [clean(row[j + 1]) if j + 1 < len(row) else "" for j in js]
            if all(texts) and len(set(texts)) == len(texts):
                for j, text in zip(js, texts, strict=True):
                    own = {"setting": text.casefold()}
                    columns[j].qualifiers.update(both_settings(columns[j].qualifiers, own))
                break


def _labels_above(grid: Grid, j: int) -> list[str]:
    """The header rows' texts above column `j`, top first, blank ones left out."""
    return [row[j] for row in grid.groups if j < len(row) and row[j].strip()]


def _group_above(grid: Grid, j: int) -> str:
    """The nearest spanning label above column `j` that is not its own label again (a
    rowspan repeats it), or ""."""
    own = clean(grid.header[j].text)
    for raw in reversed(_labels_above(grid, j)):
        text = clean(raw)
        if text and text != own:
            return text
    return ""


def _group_qualifiers(reader: Reader, grid: Grid, columns: list[Label]) -> None:
    """Header rows above the labels ("Thinking" spanning two columns) add their conditions;
    a label that is only a condition ("Thinking" under a spanning "Qwen3") takes its name
    from the row above."""
    for j, label in enumerate(columns):
        above = _labels_above(grid, j + 1)
        if not above:
            continue
        own_quals, recognised = reader.conditions.from_label(clean(grid.header[j + 1].text))
        if recognised and own_quals and label.kind in ("?", "no", "cond"):
            for text in reversed(above):
                named = reader.label(text)
                if named.kind in ("model", "benchmark", "?"):
                    named.qualifiers.update(own_quals)
                    columns[j] = label = named
                    break
        for text in above:
            # "EM, 5-shot" in a settings row.
            for found in reader.conditions.in_parts(clean(text)):
                for key, value in found.items():
                    label.qualifiers.setdefault(key, value)
