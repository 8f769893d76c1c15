"""`--format json`: the Report as stable JSON (keys sorted, lists in a fixed order)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import cache
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from claimcheck.records import Claim, Report
from claimcheck.render.safe import json_safe


def render(report: Report) -> str:
    return "".join(chunks(report))


# Every claim of one document, as text of the claims list: kept between runs by the cache.
ClaimTexts = Callable[[list[Claim]], list[bytes]]


def render_bytes(report: Report, claim_texts: ClaimTexts | None = None) -> bytes:
    """`render(report)` encoded as UTF-8, a chunk at a time: joining 150 MB of text whose
    chunks differ in width (one curly quote makes a chunk two bytes a character) and
    encoding it whole took a third of the rendering. `claim_texts` may give the claims'
    text, each document's claims as `claim_list_text` lays them out."""
    return b"".join(
        chunk if isinstance(chunk, bytes) else chunk.encode("utf-8")
        for chunk in _chunks(report, claim_texts)
    )


def chunks(report: Report) -> Iterator[str]:
    """The text of `json.dumps(report, sort_keys=True, indent=2)`, one list item at a time:
    dumping the whole report as one dict first held every claim twice more in memory (the
    peak of a 1,000-article scan was mostly that)."""
    for chunk in _chunks(report, None):
        assert isinstance(chunk, str)
        yield chunk


def _chunks(report: Report, claim_texts: ClaimTexts | None) -> Iterator[str | bytes]:
    yield "{"
    for i, name in enumerate(sorted(type(report).model_fields)):
        yield ("\n" if i == 0 else ",\n") + f"  {_dumps(name)}: "
        value = getattr(report, name)
        if isinstance(value, list) and value:
            if name == "claims" and claim_texts is not None:
                # Each document's text a chunk of its own: joined once, with the rest.
                yield b"[\n    "
                for j, text in enumerate(claim_texts(value)):
                    if j:
                        yield _ITEM_SEP
                    yield text
                yield b"\n  ]"
                continue
            yield "["
            for j, text in enumerate(_items(value)):
                yield ("\n    " if j == 0 else ",\n    ") + text
            yield "\n  ]"
        else:
            yield json_safe(_encode(_plain(value), "  "))
    yield "\n}\n"


_ITEM_SEP = b",\n    "


def claim_list_text(claims: list[Claim]) -> bytes:
    """Claims as items of the report's claims list, with the separators between them: the
    list's text is these texts joined by the same separator, however the claims are cut."""
    return _ITEM_SEP.join(text.encode("utf-8") for text in _items(claims))


_RUN = 500  # records encoded together: fewer calls, and never the whole list held twice


def _items(values: list[Any]) -> Iterator[str]:
    """The list's items as text at its indentation, several items to a string: a run of flat
    records (a claim, a source: no nested non-empty container) is one encoder call."""
    run: list[dict[str, Any]] = []
    for item in values:
        plain = _plain(item)
        if isinstance(item, BaseModel):
            flat = not any(getattr(item, name) for name in _nesting(type(item)))
        else:
            flat = isinstance(plain, dict) and _scalars(plain.values())
        if flat and plain:
            run.append(plain)
            if len(run) >= _RUN:
                yield _joined(run)
                run = []
            continue
        if run:
            yield _joined(run)
            run = []
        yield json_safe(_encode(plain, "    "))
    if run:
        yield _joined(run)


@cache
def _nesting(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a record that may hold a non-empty container once dumped: a record
    whose fields are all empty or scalar there is flat (a claim with no qualifiers)."""
    return tuple(name for name, f in cls.model_fields.items() if _may_nest(f.annotation))


def _may_nest(annotation: Any) -> bool:
    if annotation is Any or annotation in (dict, list, tuple, set, frozenset):
        return True
    if isinstance(annotation, type):
        return issubclass(annotation, BaseModel)
    origin = get_origin(annotation)
    if origin in (dict, list, tuple, set, frozenset):
        return True
    return origin is not None and any(_may_nest(a) for a in get_args(annotation))


def _joined(run: list[dict[str, Any]]) -> str:
    # '[{"a": 1,\n      "b": 2},\n      {"a": 3, ...}]': the item separator also stands
    # between the records, where it is the only place followed by "{" (inside a record a key
    # follows, and encoded strings hold no newline); laid out there as indent=2 would.
    text = _flat("      ").encode(run)[2:-2].replace("},\n      {", "\n    },\n    {\n      ")
    return json_safe("{\n      " + text + "\n    }")


def _plain(value: Any) -> Any:
    if not isinstance(value, BaseModel):
        return value
    # A record whose fields are all JSON already (a claim) is its own dump: pydantic's
    # serializer took a sixth of a large report's rendering to copy it.
    return value.__dict__ if _native(type(value)) else value.model_dump(mode="json")


@cache
def _native(cls: type[BaseModel]) -> bool:
    return all(_native_type(f.annotation) for f in cls.model_fields.values())


def _native_type(annotation: Any) -> bool:
    """str, int, float, bool, None, a Literal of those, their unions, dict[str, str]: what
    `model_dump(mode="json")` gives back as it is."""
    if annotation in (str, int, float, bool, type(None)):
        return True
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return all(isinstance(a, (str, int, bool)) for a in args)
    if origin in (Union, UnionType):
        return all(_native_type(a) for a in args)
    return origin is dict and args == (str, str)


def _dumps(value: Any) -> str:
    # allow_nan=False: a NaN that got this far is a bug to see, not invalid JSON to print.
    text = json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)
    return json_safe(text)


_FLAT: dict[str, json.JSONEncoder] = {}


def _flat(indent: str) -> json.JSONEncoder:
    """An encoder whose item separator carries the next line's indentation: a container of
    scalars comes out of the C encoder in one call, as `indent=2` would lay it out."""
    encoder = _FLAT.get(indent)
    if encoder is None:
        encoder = _FLAT[indent] = json.JSONEncoder(
            sort_keys=True,
            ensure_ascii=False,
            allow_nan=False,
            separators=(",\n" + indent, ": "),
        )
    return encoder


_CONTAINERS = (dict, list, tuple)


def _scalars(values: Any) -> bool:
    """True when no value is a non-empty container (`{}` and `[]` print alike either way)."""
    for v in values:  # noqa: SIM110 (a generator costs twice as much here)
        if isinstance(v, _CONTAINERS) and v:
            return False
    return True


def _encode(value: Any, indent: str) -> str:
    """`json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)`,
    its lines after the first indented by `indent`: the same text, without the pure-Python
    encoder that `indent` selects (most of the time of a large report)."""
    if isinstance(value, dict) and value:
        inner = indent + "  "
        if _scalars(value.values()):
            return "{\n" + inner + _flat(inner).encode(value)[1:-1] + "\n" + indent + "}"
        if not all(isinstance(k, str) for k in value):
            return _indented(_dumps(value), indent, False)
        items = [
            _flat(inner).encode(k) + ": " + _encode(v, inner) for k, v in sorted(value.items())
        ]
        return "{\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "}"
    if isinstance(value, (list, tuple)) and value:
        inner = indent + "  "
        if _scalars(value):
            return "[\n" + inner + _flat(inner).encode(list(value))[1:-1] + "\n" + indent + "]"
        items = [_encode(v, inner) for v in value]
        return "[\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "]"
    return _flat(indent).encode(value)


def _indented(text: str, prefix: str, first: bool) -> str:
    # JSON strings never hold a raw newline, so splitting on lines splits only the layout.
    lines = text.split("\n")
    head = prefix + lines[0] if first else lines[0]
    return "\n".join([head, *(prefix + line for line in lines[1:])])
