"""`--format json`: the Report as stable JSON (keys sorted, lists in a fixed order)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from claimcheck.records import Report
from claimcheck.render.safe import json_safe


def render(report: Report) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    """The text of `json.dumps(report, sort_keys=True, indent=2)`, one list item at a time:
    dumping the whole report as one dict first held every claim twice more in memory (the
    peak of a 1,000-article scan was mostly that)."""
    yield "{"
    for i, name in enumerate(sorted(type(report).model_fields)):
        yield ("\n" if i == 0 else ",\n") + f"  {_dumps(name)}: "
        value = getattr(report, name)
        if isinstance(value, list) and value:
            yield "["
            for j, item in enumerate(value):
                yield ("\n    " if j == 0 else ",\n    ") + json_safe(_encode(_plain(item), "    "))
            yield "\n  ]"
        else:
            yield json_safe(_encode(_plain(value), "  "))
    yield "\n}\n"


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


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
