"""The fast paths of a warm run give what the generic code gives (issue 15)."""

from __future__ import annotations

import json
import random

from claimcheck.records import Claim, stable_id, trusted
from claimcheck.render.json import _encode


def _claim_values() -> dict[str, object]:
    return {
        "id": "c-0123456789",
        "model": "Velask 8B",
        "benchmark": "Cinder-Bench Hard",
        "value": 81.2,
        "value_high": None,
        "unit": "%",
        "metric": "pass@1",
        "approx": "exact",
        "decimals": 1,
        "qualifiers": {"shots": "5"},
        "source": "a.md",
        "line": 3,
        "column": 7,
        "text": "Velask 8B scored 81.2% on Cinder-Bench Hard.",
        "ambiguous": False,
        "model_mention": "Velask 8B",
        "benchmark_mention": "Cinder-Bench Hard",
        "extractor": "prose",
        "attribution": None,
        "first_party": False,
        "ignored": False,
    }


def test_trusted_claim_is_the_validated_claim():
    assert list(_claim_values()) == list(Claim.model_fields)
    fast, slow = trusted(Claim, _claim_values()), Claim(**_claim_values())  # type: ignore[arg-type]
    assert fast == slow
    assert fast.model_dump_json() == slow.model_dump_json()
    assert fast.model_fields_set == slow.model_fields_set


def test_claim_ids_are_stable_ids():
    from claimcheck.extract.numbers import Value
    from claimcheck.extract.prose import RawClaim
    from claimcheck.normalize import to_claims

    for quals in ({}, {"shots": "5", "cot": "yes"}):
        raw = RawClaim(
            model="Velask 8B",
            model_mention="Velask 8B",
            benchmark="Cinder-Bench Hard",
            benchmark_mention="Cinder-Bench Hard",
            bench_entry=None,
            value=Value(0, 5, 81.25, None, 2, "%", "exact", "81.25%"),
            qualifiers=dict(quals),
            line=4,
            column=9,
            text="t",
            source="dir/a.md",
        )
        (claim,) = to_claims([raw])
        parts = ("dir/a.md", 4, 9, "Velask 8B", "Cinder-Bench Hard", 81.25, "%")
        assert claim.id == stable_id("c", *parts, sorted(quals.items()))


def _random(rng: random.Random, depth: int = 0) -> object:
    roll = rng.random()
    if depth < 4 and roll < 0.2:
        keys = ["a", "b", "é", "k\n", "1", "##["]
        return {
            rng.choice(keys) + str(i): _random(rng, depth + 1) for i in range(rng.randint(0, 4))
        }
    if depth < 4 and roll < 0.4:
        return [_random(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if depth == 0 and roll < 0.6:
        return {f"k{i}": rng.choice([1, "x}", "{", "},"]) for i in range(rng.randint(1, 3))}
    return rng.choice([None, True, False, 0, -3, 1.5, 1e20, 0.1 + 0.2, "x", '\u2028"\\\x01é', ""])


def test_encode_is_json_dumps_indent_2():
    rng = random.Random(15)
    for _ in range(3000):
        value = _random(rng)
        expected = json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)
        assert _encode(value, "") == expected
        assert _encode(value, "    ") == expected.replace("\n", "\n    ")


def test_list_items_are_laid_out_as_one_by_one():
    from claimcheck.render.json import _items
    from claimcheck.render.safe import json_safe

    rng = random.Random(16)
    for _ in range(300):
        items = [_random(rng) for _ in range(rng.randint(1, 1200))]
        expected = ",\n    ".join(json_safe(_encode(item, "    ")) for item in items)
        assert ",\n    ".join(_items(items)) == expected


def test_a_record_of_json_fields_is_its_own_dump():
    # A claim validated from the wire and one built by `trusted` both dump as themselves;
    # a value of 81 given as an int is a float once validated, as the dump says.
    from claimcheck.records import Conflict, SourceSummary
    from claimcheck.render.json import _native, _plain

    values = {**_claim_values(), "value": 81, "value_high": 90.5, "attribution": "the lab"}
    for claim in (Claim(**values), trusted(Claim, _claim_values())):  # type: ignore[arg-type]
        assert _plain(claim) == claim.model_dump(mode="json")
        assert json.dumps(_plain(claim)) == json.dumps(claim.model_dump(mode="json"))
    assert _native(Claim) and _native(SourceSummary)
    assert not _native(Conflict)  # nested records: dumped by pydantic
