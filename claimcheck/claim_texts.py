"""Each document's claims as the JSON report prints them, kept in the cache between runs
(issue 15): a warm scan with one article changed encodes that article's claims and reuses
every other document's text, instead of encoding 150 MB of JSON again.

A document's text is found by a digest of its claims' fields (every field, in order), so it
is reused exactly when the claims are the same, whatever changed elsewhere. The kept texts
are one entry under the run's salt (claimcheck's code and catalog included), signed like the
kept report: an entry this user's claimcheck did not write is never trusted.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from itertools import groupby
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.records import Claim

if TYPE_CHECKING:
    from claimcheck.cache import Cache
    from claimcheck.records import Report


def render_json(store: Cache, report: Report) -> bytes:
    """`render.json.render_bytes(report)`, each document's claims taken from the kept texts
    where they are the same claims; the texts kept again when any changed."""
    from claimcheck.render import json as json_render

    return json_render.render_bytes(report, lambda claims: _texts(store, claims))


def _texts(store: Cache, claims: list[Claim]) -> list[bytes]:
    from claimcheck.render.json import claim_list_text

    fields = itemgetter(*Claim.model_fields)
    kept = _load(store)
    texts: dict[str, bytes] = {}
    out: list[bytes] = []
    # Claims come sorted by source: each document's are one run.
    for _, run in groupby(claims, key=attrgetter("source")):
        group = list(run)
        digest = _digest([fields(c.__dict__) for c in group])
        text = kept.get(digest)
        if text is None:
            text = claim_list_text(group)
        texts[digest] = text
        out.append(text)
    fresh = len(texts.keys() - kept.keys())
    if fresh and fresh * _RESAVE_SHARE >= len(texts):
        # Kept again once a hundredth of the documents has new text: one changed article
        # costs its own encoding, not the rewriting of 140 MB (at 10,000 articles).
        _save(store, texts)
    return out


_RESAVE_SHARE = 100


def _digest(rows: list[tuple[object, ...]]) -> str:
    """A digest of the rows' values alone. The pickler's memo is off: with it, the same
    values pickle apart when their strings are shared objects in one run (claims made
    afresh) and not in another (claims read back from the kept report)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dump(rows)
    return hashlib.sha1(buffer.getvalue()).hexdigest()


def _key(store: Cache) -> str:
    return hashlib.sha256(f"{store.salt}\0claim-texts\0".encode()).hexdigest()


def _load(store: Cache) -> dict[str, bytes]:
    from claimcheck import report_cache

    key = _key(store)
    kept = report_cache.load_signed(store, _path(store, key), key)
    return kept if isinstance(kept, dict) else {}


def _save(store: Cache, texts: dict[str, bytes]) -> None:
    from claimcheck import report_cache

    key = _key(store)
    report_cache.save_signed(store, _path(store, key), key, lambda: texts)


def _path(store: Cache, key: str) -> Path:
    return store.folder / "texts" / f"{key}.pickle"
