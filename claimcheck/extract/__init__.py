"""Per-document extraction: a Document in, raw claims out. Pure, so it runs per file in
parallel and can be mapped over a cluster."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, NamedTuple

from claimcheck.catalog import Catalog
from claimcheck.extract.prose import ProseReader, RawClaim
from claimcheck.extract.relations import RawRelation
from claimcheck.extract.segments import NODE_LINE, blocks, marker_spans
from claimcheck.extract.tables.place import VALUE_TOLERANCE

if TYPE_CHECKING:
    from claimcheck.extract.names import Names
    from claimcheck.extract.tables import PendingRow
    from claimcheck.ingest import Document


_READERS: dict[int, ProseReader] = {}


def reader_for(catalog: Catalog) -> ProseReader:
    """One reader per catalog: building its patterns costs more than reading an article."""
    reader = _READERS.get(id(catalog))
    if reader is None or reader.catalog is not catalog:
        reader = _READERS[id(catalog)] = ProseReader(catalog)
    return reader


class DocResult(NamedTuple):
    claims: list[RawClaim]
    pending: list[PendingRow]
    relations: list[RawRelation]
    stale_markers: list[int]  # lines of ignore markers that cover no claim


def extract_document(doc: Document, catalog: Catalog) -> DocResult:
    """Every claim one document makes, and the comparisons it states; rows whose columns
    cannot be placed yet are pending until the other documents are read
    (`tables.place_pending`)."""
    from claimcheck.extract import tables
    from claimcheck.extract.reported_modes import apply_reported_modes

    reader = reader_for(catalog)
    table_claims, pending, skip = tables.read_all_tables(doc, reader)
    if doc.kind != "html":
        skip = skip | fenced_lines(doc.text)
    found = blocks(doc.text, skip_line=skip.__contains__)
    prose_claims, relations, named = reader.read_all(found, doc.line_of)
    claims = prose_claims + table_claims
    _maker_left_out(claims, named, reader)
    _note_digit_on_model(claims, named)
    _one_version(claims, relations)
    _one_window(claims)
    _repeats_take_conditions(claims)
    _bare_family_one_member(claims, named, reader.names, doc.text)
    _bare_family_against_tables(claims, reader.names)
    if doc.kind != "html":
        apply_reported_modes(claims, doc.text, reader.finder, reader.vocab.conditions)
    for claim in claims:
        claim.source = doc.path
    for relation in relations:
        relation.source = doc.path
    return DocResult(claims, pending, relations, _stale_markers(doc, claims, pending))


def _maker_left_out(claims: list[RawClaim], named: set[str], reader: ProseReader) -> None:
    """A name that leaves out the start its document gives it is the document's model:
    "Small 3.1 24B Instruct" in a card whose text names Mistral-Small-3.1-24B-Instruct-2503
    gets its family word; "H Tiny MoE" in a card naming Granite-4.0-H-Tiny is that model
    (an architecture word dropped). Only when the document's full names give one match."""
    names = reader.names
    families = names.family_names
    full: dict[tuple[str, ...], str] = {}
    for name in sorted({*named, *(c.model for c in claims)}):
        if names.key(name).family in families:
            full.setdefault(names.tokens(name), name)
    architecture = names.architecture_words
    renamed: dict[str, str] = {}
    for claim in claims:
        model = claim.model
        if model in renamed or names.key(model).family in families:
            continue
        toks = names.tokens(model)
        makers = {
            name.split(" ")[0].split("-")[0]
            for t, name in full.items()
            if len(toks) > 1 and t[1 : 1 + len(toks)] == toks
        }
        if len(makers) == 1:
            renamed[model] = f"{makers.pop()} {model}"
            continue
        core = tuple(t for t in toks if t not in architecture)
        ends = {
            name
            for t, name in full.items()
            if core and len(t) > len(core) and t[-len(core) :] == core
        }
        if len(ends) == 1:
            renamed[model] = ends.pop()
        elif (
            _SIZE_START.match(model)
            and all(t in names.name_variants for t in toks[1:])
            and len(prefixes := _size_prefixes(full, names)) == 1
        ):
            # "E2B IT" in a card naming Gemma 3n E4B: the family's other size.
            renamed[model] = f"{next(iter(prefixes.values()))} {model}"
        else:
            renamed[model] = model
    for claim in claims:
        claim.model = renamed.get(claim.model, claim.model)


def _note_digit_on_model(claims: list[RawClaim], named: set[str]) -> None:
    """A table's "Grok-11" where the text names Grok-1 and never Grok-11: the footnote
    number a scrape glued to the column's name. Only after a version number ("Qwen2" in a
    text that says "Qwen" stays Qwen2)."""
    for claim in claims:
        model = claim.model
        if claim.extractor != "table" or model in named or not model[-2:].isdigit():
            continue
        if model[:-1] in named:
            claim.model = model[:-1]


def _bare_family_against_tables(claims: list[RawClaim], names: Names) -> None:
    """ "Gemini (51.8)" in the text of a document whose table has a Gemini column of another
    name ("Gemini 2.5 Pro (06-05)"): which Gemini the text means is not settled, so the
    figure is kept unsure (recorded, never compared)."""
    in_tables: dict[str, set[str]] = {}
    for claim in claims:
        if claim.extractor == "table":
            in_tables.setdefault(names.key(claim.model).family, set()).add(claim.model)
    if not in_tables:
        return
    for claim in claims:
        mention = claim.model_mention
        if claim.extractor == "table" or claim.ambiguous or not mention:
            continue
        if names.key(mention).dist or not names.looks_like_model(mention):
            continue  # "Gemini 2.5 Pro" says which; "it" is read elsewhere
        if in_tables.get(names.key(claim.model).family, set()) - {claim.model}:
            claim.ambiguous = True


# A name run in the text: a word and its hyphened parts ("QwQ-32B-Preview") or a word and a
# number ("Corvid 32B").
_NAME_RUN = re.compile(r"(?<![\w.-])([A-Za-z][A-Za-z0-9.]*)(?:(?:[-_][A-Za-z0-9.]+)+| \d[\w.]*)")


def _bare_family_one_member(
    claims: list[RawClaim], named: set[str], names: Names, text: str
) -> None:
    """A table's column "QwQ" in a document whose only QwQ named in full is QwQ-32B-Preview:
    the bare family is the member the document names (DESIGN: a bare family resolves from
    context). Two members named anywhere in the text ("VAETKI-112B" in a caption the
    reader took for no claim, "VAETKI-7B-A1B") leave it bare; so does one the document
    scores differently from the bare name on the same benchmark and conditions."""
    bare = {
        c.model.casefold()
        for c in claims
        if c.extractor == "table" and not (k := names.key(c.model)).dist and not k.rest
    }
    if not bare:
        return
    # family -> distinguishing tokens -> the name read (None: only seen in the text)
    members: dict[str, dict[tuple[str, ...], str | None]] = {}
    for name in sorted({*named, *(c.model for c in claims)}):
        key = names.key(name)
        if key.dist:
            members.setdefault(key.family, {}).setdefault(key.dist, name)
    for m in _NAME_RUN.finditer(text):
        if m.group(1).casefold() in bare and (key := names.key(m.group(0))).dist:
            members.setdefault(key.family, {}).setdefault(key.dist, None)
    # model -> (benchmark, conditions) -> values
    scored: dict[str, dict[tuple[str, tuple[tuple[str, str], ...]], set[float]]] = {}
    for claim in claims:
        quals = tuple(sorted(claim.qualifiers.items()))
        scored.setdefault(claim.model, {}).setdefault((claim.benchmark, quals), set()).add(
            claim.value.value
        )
    renamed: dict[str, str | None] = {}
    for claim in claims:
        model = claim.model
        if claim.extractor != "table" or model in renamed:
            continue
        key = names.key(model)
        full = members.get(key.family, {})
        member = next(iter(full.values())) if len(full) == 1 else None
        if key.dist or key.rest or member is None:
            renamed[model] = None
            continue
        theirs = scored.get(member, {})
        clash = any(
            at in theirs and not theirs[at] & values for at, values in scored[model].items()
        )
        renamed[model] = None if clash else member
    for claim in claims:
        if claim.extractor == "table" and renamed.get(claim.model):
            claim.model = renamed[claim.model]  # type: ignore[assignment]


# A size that starts a name or follows its family and version ("E2B", "8B", "1.2B").
_SIZE_WORD = r"(?<![A-Za-z0-9.])[Ee]?\d+(?:\.\d+)?[BM](?![A-Za-z0-9])"
_SIZE_START = re.compile(_SIZE_WORD)
_SIZE_IN = re.compile(_SIZE_WORD, re.I)


def _size_prefixes(full: dict[tuple[str, ...], str], names: Names) -> dict[tuple[str, ...], str]:
    """What the document's full names say before their size ("Gemma 3n" of "Gemma 3n
    E4B"), by tokens: one entry when every sized name is of one family and version."""
    prefixes: dict[tuple[str, ...], str] = {}
    for name in full.values():
        m = _SIZE_IN.search(name)
        prefix = name[: m.start()].rstrip(" -_") if m and m.start() else ""
        if prefix:
            prefixes.setdefault(names.tokens(prefix), prefix)
    return prefixes


_VERSIONED = re.compile(r"^(?P<base>.+?) (?:v\d+(?:\.\d+)*|(?:19|20)\d\d)$")


def _near(value: float, decimals: int, ordered: list[float]) -> bool:
    """Whether a value of sorted `ordered` is within rounding of `value`, written with
    `decimals` ("88 percent" is 88.1), by a bisect: one document may give a benchmark
    thousands of values."""
    tolerance = max(VALUE_TOLERANCE, 0.5 * 10.0**-decimals)
    at = bisect_left(ordered, value - tolerance)
    return at < len(ordered) and ordered[at] <= value + tolerance


def _one_version(claims: list[RawClaim], relations: list[RawRelation]) -> None:
    """A document that names one version or edition of a benchmark ("BFCL v2", "AIME
    2025") means it where it names the benchmark bare ("BFCL", "AIME"): its tables were run
    together. Two named leave the bare name alone. Prose that shortens an edition the
    catalog knows ("GPQA" for GPQA Diamond) means the one the document names."""
    versions: dict[str, set[str]] = {}
    # (model, benchmark, conditions) -> (value, decimals written)
    scored: dict[tuple[str, str, tuple[tuple[str, str], ...]], set[tuple[float, int]]] = {}
    shortened: dict[str, str] = {}  # "GPQA" -> "GPQA Diamond", named in this document
    for claim in claims:
        m = _VERSIONED.match(claim.benchmark)
        if m:
            versions.setdefault(m.group("base"), set()).add(claim.benchmark)
        if claim.bench_entry is not None and claim.bench_entry.bare:
            shortened.setdefault(claim.bench_entry.bare, claim.benchmark)
        key = (claim.model, claim.benchmark, tuple(sorted(claim.qualifiers.items())))
        scored.setdefault(key, set()).add((claim.value.value, claim.value.decimals))
    for (model, bench, quals), values in scored.items():
        named = versions.get(bench)
        if named and len(named) == 1:
            # One model scored under the bare name and the version, under the same
            # conditions, differently ("LiveCodeBench v5 18.6", "LiveCodeBench 13.2"):
            # two test sets.
            ordered = sorted(v for v, _ in scored.get((model, next(iter(named)), quals), ()))
            if ordered and not all(_near(v, d, ordered) for v, d in values):
                del versions[bench]
        edition = shortened.get(bench)
        if edition is not None:
            ordered = sorted(v for v, _ in scored.get((model, edition, quals), ()))
            if ordered and not all(_near(v, d, ordered) for v, d in values):
                del shortened[bench]  # "GPQA 60.1" and "GPQA Diamond 70.2": two tests
    for item in [*claims, *relations]:
        named = versions.get(item.benchmark)
        if named and len(named) == 1 and "window" not in getattr(item, "qualifiers", {}):
            # A stated problem window says more than the version named elsewhere.
            (item.benchmark,) = named
        elif item.benchmark in shortened and getattr(item, "extractor", "prose") != "table":
            # Prose shortens ("88 percent on GPQA"); a table's "GPQA" column is its own test.
            item.benchmark = shortened[item.benchmark]


def _one_window(claims: list[RawClaim]) -> None:
    """A document that states one problem window for a benchmark ("LiveCodeBench
    (2407-2501)") ran it on that window wherever it names the benchmark bare; two windows
    stated leave the bare mentions alone."""
    windows: dict[str, set[str]] = {}
    for claim in claims:
        stated = claim.qualifiers.get("window")
        if stated:
            windows.setdefault(claim.benchmark, set()).add(stated)
    for claim in claims:
        named = windows.get(claim.benchmark)
        if named and len(named) == 1 and "window" not in claim.qualifiers:
            (claim.qualifiers["window"],) = named


def _repeats_take_conditions(claims: list[RawClaim]) -> None:
    """A figure the document states once with its conditions ("71.6% (using parallel
    test-time compute)") means them where it repeats the figure without ("reaches 71.6% on
    SWE-bench Verified", a table cell): prose repeating its own table's cell, a cell
    repeating the prose, a summary repeating a bullet. Only where every statement of the
    figure that states conditions states the same ones. Two cells are two statements: a
    model's row and its "+ Execution Feedback" row may well give one figure."""
    Key = tuple[str, str, str, float]
    stated: dict[Key, set[tuple[tuple[str, str], ...]]] = {}
    in_text: dict[Key, set[tuple[tuple[str, str], ...]]] = {}  # stated outside tables
    for claim in claims:
        if claim.qualifiers:
            key = (claim.model, claim.benchmark, claim.metric, claim.value.value)
            quals = tuple(sorted(claim.qualifiers.items()))
            stated.setdefault(key, set()).add(quals)
            if claim.extractor != "table":
                in_text.setdefault(key, set()).add(quals)
    for claim in claims:
        if claim.qualifiers:
            continue
        key = (claim.model, claim.benchmark, claim.metric, claim.value.value)
        found = (in_text if claim.extractor == "table" else stated).get(key)
        if found and len(found) == 1 and len(stated[key]) == 1:
            claim.qualifiers.update(next(iter(found)))


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)")
# Code blocks that hold a chart's data, not code: their labels are read as text.
_CHART_BLOCKS = frozenset({"mermaid"})


def fenced_lines(text: str) -> set[int]:
    """0-based indices of the lines inside fenced code blocks (``` or ~~~): commands and
    code, never prose ("lighteval ... |math_500|0|0" is no score); of a chart's block
    (Mermaid) all but its nodes' lines. Tables there are still read by the table reader."""
    out: set[int] = set()
    fence = ""
    chart = False
    for i, line in enumerate(text.split("\n")):
        m = _FENCE.match(line)
        if fence:
            if not chart or not NODE_LINE.match(line):
                out.add(i)  # code; in a chart, all but its nodes ("style ... fill:#f9f9f9")
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = ""
                out.add(i)
        elif m:
            fence = m.group(1)
            chart = m.group(2).casefold() in _CHART_BLOCKS
            out.add(i)
    return out


def _stale_markers(doc: Document, claims: list[RawClaim], pending: list[PendingRow]) -> list[int]:
    ignored_lines = {c.line for c in claims if c.ignored} | {p.line for p in pending if p.ignored}
    stale = []
    for marker, first, last in marker_spans(doc.text):
        lo, hi = doc.line_of[min(first, len(doc.line_of) - 1)], doc.line_of[last]
        if not any(lo <= line <= hi for line in ignored_lines):
            stale.append(doc.line_of[marker])
    return stale
