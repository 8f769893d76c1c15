"""Squashed tables: rows whose cell separators were lost in a copy and paste (`GPQA
Diamond89.5%92.7%`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck.extract.names import Names
from claimcheck.extract.tables.grid import Cell, Grid, GridRow
from claimcheck.extract.tables.labels import Reader, clean

# -- squashed tables --------------------------------------------------------------------

_TAIL_TOKEN = re.compile(r"\d[\d.,]*|%|n/a|N/A|—|–|-|[*†‡§]|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\^\d{1,2}")
_EMPTY_TOKENS = frozenset({"n/a", "N/A", "—", "–", "-"})
_MARK_TOKENS = re.compile(r"[*†‡§]|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\^\d{1,2}")
_CASE_BREAK = re.compile(r"(?<=[a-z0-9)%.\]])(?=[A-Z])|(?<=[a-z)])(?=\d)(?!\d*\s)")


@dataclass(slots=True)
class _Squashed:
    label: str
    cells: list[Cell]  # values as written, and explicit empty markers


def _tail_tokens(line: str) -> list[re.Match[str]]:
    """The run of value tokens that ends the line, with nothing between them."""
    tokens = list(_TAIL_TOKEN.finditer(line))
    end = len(line)
    chain: list[re.Match[str]] = []
    for tok in reversed(tokens):
        if tok.end() != end:
            break
        chain.append(tok)
        end = tok.start()
    chain.reverse()
    return chain


def _split_run(run: str, decimals: int | None, pct: bool) -> list[tuple[int, int]] | None:
    """Spans of the values glued in a run of digits and dots, given the table's precision."""
    max_int = 3 if pct else 4
    if "," in run:
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", run):
            return [(0, len(run))]
        return None
    if run.endswith(".") or ".." in run:
        return None
    parts = run.split(".")
    if len(parts) == 1:
        return [(0, len(run))] if len(run) <= max_int and _int_ok(run) else None
    max_int = 3  # a value with decimals above 999 is not a score: "5289.5" is two values
    if len(parts) == 2:
        if len(parts[0]) <= max_int and _int_ok(parts[0]):
            return [(0, len(run))]
        return None
    if not decimals:
        return None
    if len(parts[-1]) != decimals or not (1 <= len(parts[0]) <= max_int) or not _int_ok(parts[0]):
        return None
    spans: list[tuple[int, int]] = []
    start = 0
    pos = len(parts[0])  # position of the first dot
    for middle in parts[1:-1]:
        int_len = len(middle) - decimals
        if not (1 <= int_len <= max_int) or not _int_ok(middle[decimals:]):
            return None
        end = pos + 1 + decimals
        spans.append((start, end))
        start = end
        pos = end + int_len
    spans.append((start, len(run)))
    return spans


def _int_ok(digits: str) -> bool:
    return digits.isdigit() and (len(digits) == 1 or digits[0] != "0")


def _parse_tail(line: str, start: int, decimals: int | None) -> tuple[list[Cell], bool] | None:
    """Cells of the value tail line[start:]; (cells, has_percent). None if it does not
    split into values at this precision."""
    tail = line[start:]
    toks = list(_TAIL_TOKEN.finditer(tail))
    if not toks or toks[0].start() != 0:
        return None
    pos = 0
    for tok in toks:
        if tok.start() != pos:
            return None
        pos = tok.end()
    if pos != len(tail):
        return None
    cells: list[Cell] = []
    has_pct = "%" in tail
    for idx, tok in enumerate(toks):
        text = tok.group(0)
        at = start + tok.start()
        if text == "%":
            if not cells or cells[-1].text.endswith("%") or not cells[-1].text[:1].isdigit():
                return None
            cells[-1].text += "%"
            continue
        if _MARK_TOKENS.fullmatch(text):
            continue
        if text in _EMPTY_TOKENS:
            cells.append(Cell("—", at))
            continue
        pct = idx + 1 < len(toks) and toks[idx + 1].group(0) == "%"
        spans = _split_run(text, decimals, pct or has_pct)
        if spans is None:
            return None
        for a, b in spans:
            cells.append(Cell(text[a:b], at + a))
    if not any(c.text[:1].isdigit() for c in cells):
        return None
    for cell in cells:
        if cell.text.endswith("%") and float(cell.text[:-1].replace(",", "")) > 100:
            return None
    return cells, has_pct


def _squashed_row(
    line: str, decimals: int | None, columns: int | None, names: Names
) -> _Squashed | None:
    """The best reading of a line as `label` + glued values, or None."""
    body = line.rstrip()
    chain = _tail_tokens(body)
    if not chain:
        return None
    chain_start = chain[0].start()
    candidates: list[tuple[float, _Squashed]] = []
    starts = [chain_start]
    first = chain[0]
    run_token = first if first.group(0)[:1].isdigit() else (chain[1] if len(chain) > 1 else None)
    if run_token is not None and run_token.group(0)[:1].isdigit():
        # The label may end in a number glued to the first value: "Terminal-Bench 2.0|59.0".
        run = run_token.group(0)
        before = body[: run_token.start()]
        # Not after a value and a space: "10-shot 72.2 78.6" is a row of spaced cells.
        spaced = re.search(r"\d%?\s$", before)
        if re.search(r"(?:[\s_-]|\sv)$", before) and re.search(r"[^\W\d_]", before) and not spaced:
            for cut in range(1, len(run)):
                head = run[:cut]
                if re.fullmatch(r"\d{1,4}(?:\.\d{1,2})?", head) and run[cut].isdigit():
                    starts.append(run_token.start() + cut)
    for start in starts:
        label = body[:start].rstrip()
        if not re.search(r"[^\W\d_]", label) or len(label) > 80:
            continue
        parsed = _parse_tail(body, start, decimals)
        if parsed is None:
            continue
        cells, _ = parsed
        if columns is not None and len(cells) > columns:
            continue
        glued = start == len(body[:start].rstrip()) if start else False
        if not glued and len(cells) < 2:
            continue  # "Score 52": an ordinary line, nothing ran together
        score = 0.0
        clean_label = clean(label)
        if names.resolve(clean_label, "benchmark")[1] or names.resolve(clean_label, "model")[1]:
            score += 10
        if not glued:
            score -= 3
        if start != chain_start:
            absorbed = body[chain_start:start] if start > chain_start else ""
            if re.search(r"\d\.\d|^\d{1,2}$|^(?:19|20)\d\d$", absorbed.lstrip("-")):
                score += 1
        if columns is not None and len(cells) == columns:
            score += 2
        if re.fullmatch(r"[1-9]\d(?:[.,]\d+)?%?", cells[0].text):
            score += 0.5  # most scores have two digits before the point
        candidates.append((score, _Squashed(clean_label, cells)))
    if not candidates:
        return None
    candidates.sort(key=lambda c: -c[0])
    if len(candidates) > 1 and candidates[0][0] == candidates[1][0]:
        return None  # two readings, equally good: not certain
    return candidates[0][1]


def _table_decimals(lines: Iterable[str]) -> list[int | None]:
    """The precision to split glued values with: what single values show, else each guess."""
    seen: Counter[int] = Counter()
    for line in lines:
        for tok in _tail_tokens(line.rstrip()):
            text = tok.group(0)
            if text.count(".") == 1 and text[:1].isdigit() and not text.endswith("."):
                seen[len(text.split(".")[1])] += 1
    if seen:
        top = seen.most_common(1)[0][0]
        return [top, *[d for d in (1, 2, 3) if d != top]]
    return [1, 2, 3, None]


def piece_score(reader: Reader, piece: str, first: bool) -> tuple[float, bool]:
    """How well a piece of a squashed header reads as one name: (score, is the corner)."""
    if first and reader.corner_hint(piece):
        return 6.0, True
    label = reader.label(piece)
    if label.entry is not None:
        return 10.0, False
    if label.kind in ("model", "benchmark"):
        return 4.0, False
    if label.kind == "?" and piece[:1].isupper():
        return 0.0, False
    return -4.0, False


def _split_header(header: str, columns: int, reader: Reader) -> tuple[str, list[str]] | None:
    """(corner, names) of a header whose cells ran together, in at least `columns` names."""
    text = header.strip()
    cuts = [0, *[m.start() for m in _CASE_BREAK.finditer(text)], len(text)]
    cuts = sorted(set(cuts))
    n = len(cuts)
    if n - 1 < columns:
        return None

    scores: dict[tuple[int, int], tuple[float, bool]] = {}

    def scored(a: int, b: int, first: bool) -> tuple[float, bool]:
        got = scores.get((a, b))
        if got is None:
            got = scores[(a, b)] = piece_score(reader, text[cuts[a] : cuts[b]].strip(), first)
        return got

    # best[i][k]: best score splitting text[:cuts[i]] into k pieces (k names, corner apart)
    neg = float("-inf")
    best: list[dict[int, tuple[float, int, bool]]] = [{} for _ in range(n)]
    best[0][0] = (0.0, -1, False)
    for i in range(1, n):
        for a in range(i):
            for k, (score, _prev, _corner) in best[a].items():
                s, is_corner = scored(a, i, a == 0)
                kk = k if is_corner else k + 1
                total = score + s
                if total > best[i].get(kk, (neg, 0, False))[0]:
                    best[i][kk] = (total, a, is_corner)
    options = [(score, k) for k, (score, _a, _c) in best[n - 1].items() if k >= columns]
    if not options:
        return None
    top = max(s for s, _ in options)
    k = min(k for s, k in options if s == top)
    pieces: list[str] = []
    corner = ""
    i, kk = n - 1, k
    while i > 0:
        _score, a, is_corner = best[i][kk]
        piece = text[cuts[a] : cuts[i]].strip()
        if is_corner:
            corner = piece
        else:
            pieces.append(piece)
            kk -= 1
        i = a
    pieces.reverse()
    return corner, pieces


def _squashed_tables(lines: list[str], taken: set[int], reader: Reader) -> list[Grid]:
    grids: list[Grid] = []
    n = len(lines)
    i = 0
    while i < n:
        if (
            i in taken
            or not squash_candidate(lines[i])
            or not _any_squashed(lines[i], reader.names)
        ):
            i += 1
            continue
        j = i
        while (
            j < n
            and j not in taken
            and squash_candidate(lines[j])
            and (_any_squashed(lines[j], reader.names) or _looks_squashed(lines[j]))
        ):
            j += 1
        grid = None
        for header_at in (i - 1, i):
            if header_at < 0 or header_at in taken or not squash_candidate(lines[header_at]):
                continue
            rows_at = list(range(header_at + 1, j))
            if not rows_at:
                continue
            grid = _squashed_grid(lines, header_at, rows_at, reader)
            if grid is not None:
                break
        if grid is not None:
            grids.append(grid)
            taken.update(grid.lines)
            i = j
        else:
            i += 1
    return grids


def _looks_squashed(line: str) -> bool:
    """A label with digits glued to it, even if they do not split ("Codeforces20292061")."""
    body = line.rstrip()
    chain = _tail_tokens(body)
    return bool(chain) and chain[0].start() > 0 and not body[chain[0].start() - 1].isspace()


def _any_squashed(line: str, names: Names) -> bool:
    return any(_squashed_row(line, d, None, names) is not None for d in (1, 2, None))


def squash_candidate(line: str) -> bool:
    body = line.strip()
    return (
        bool(body)
        and len(body) <= 200
        and "|" not in body
        and "\t" not in body
        and "  " not in body
        and not body.startswith(("#", "-", "*", ">", "•", "·"))
        and not re.search(r"[.!?:]\s", body)
    )


def _squashed_grid(
    lines: list[str], header_at: int, rows_at: list[int], reader: Reader
) -> Grid | None:
    texts = [lines[k] for k in rows_at]
    options: list[tuple[int, int, int | None]] = []
    for order, decimals in enumerate(_table_decimals(texts)):
        parsed = sum(_squashed_row(t, decimals, None, reader.names) is not None for t in texts)
        options.append((-parsed, order, decimals))
    for minus_parsed, _order, decimals in sorted(options):
        if -minus_parsed * 2 < len(texts) or not minus_parsed:
            break
        parsed = [_squashed_row(t, decimals, None, reader.names) for t in texts]
        widest = max(len(p.cells) for p in parsed if p is not None)
        split = _split_header(lines[header_at], widest, reader)
        if split is None:
            continue
        corner, names = split
        labels = [reader.label(p) for p in names]
        known = sum(1 for lab in labels if lab.kind in ("model", "benchmark"))
        if -minus_parsed < 2 and known < 2:
            continue
        if not corner and known * 2 < len(labels):
            continue
        columns = len(names)
        body: list[GridRow] = []
        for k, text in zip(rows_at, texts, strict=True):
            row = _squashed_row(text, decimals, columns, reader.names)
            if row is None:
                continue  # a row whose values cannot be split with certainty: left out
            body.append(GridRow([Cell(row.label, 0), *row.cells], k, text.strip()))
        if not body:
            continue
        header = [Cell(corner, 0), *[Cell(p, -1) for p in names]]
        return Grid(header, body, "squashed", [header_at, *rows_at])
    return None
