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
                yield ("\n" if j == 0 else ",\n") + _indented(_dumps(_plain(item)), "    ", True)
            yield "\n  ]"
        else:
            yield _indented(_dumps(_plain(value)), "  ", False)
    yield "\n}\n"


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def _dumps(value: Any) -> str:
    # allow_nan=False: a NaN that got this far is a bug to see, not invalid JSON to print.
    text = json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)
    return json_safe(text)


def _indented(text: str, prefix: str, first: bool) -> str:
    # JSON strings never hold a raw newline, so splitting on lines splits only the layout.
    lines = text.split("\n")
    head = prefix + lines[0] if first else lines[0]
    return "\n".join([head, *(prefix + line for line in lines[1:])])
