"""Fuzzing every output format with hostile text (issue 12, items 4-7).

A real report of a small corpus gets hostile strings in every field a person or a runner
reads (file names, quotes, names as written, messages, reasons, notes), then goes through
text, explain, json, sarif, github and markdown. The invariants: JSON and SARIF parse; no
line a GitHub runner takes for a command; no raw control character; Rich markup shown, not
read; no live mention or link in markdown. `bench/fuzz_outputs.py` runs more examples and
prints the count.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.output import render_text
from claimcheck.records import Report, Skipped
from claimcheck.render import console, explain, github, markdown, sarif
from claimcheck.render import json as json_format
from claimcheck.render.safe import printable

EXAMPLES = 60
TOKENS = [
    "::error::x", "::add-mask::", "##[error]", "\n", "\r", "\r\n", "\t", "\x1b[2J", "\x1b]8;;u\x07",
    "\x9b", "\x85", "\x00", "\x7f", "\u202e", "\u2028", "\u2029", "1\u2028::error::x",
    "[bold]", "[/]", "[/bold]",
    "[link=https://e.example]", "@octocat", "`", "``", "|", "<script>", "%0A", "%", ":", ",",
    "  ", "https://evil.example", "www.x.y", "\\", "*", "_", "[x](y)", "é", "🙂",
]  # fmt: skip
hostile = st.lists(
    st.sampled_from(TOKENS)
    | st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=3),
    min_size=1,
    max_size=8,
).map("".join)


@cache
def base() -> Report:
    import tempfile

    from claimcheck.api import scan

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "a.md").write_text("Orbit-7 scored 81.2% on FooBench, the lab said.\n")
        (folder / "b.md").write_text("In our test, Orbit-7 scored 74.0% on FooBench.\n")
        (folder / "c.md").write_text("Orbit-7 reached 81.2% on FooBench.\n")
        (folder / "d.md").write_text("Kestrel 3 scored 55.0% on MedQA.\n")
        return scan([folder])


def hostile_report(words: list[str]) -> Report:
    report = base()
    it = iter(words * 40)
    claims = [
        c.model_copy(
            update={
                "source": next(it),
                "text": next(it),
                "model_mention": next(it),
                "benchmark_mention": next(it),
                "model": next(it),
            }
        )
        for c in report.claims
    ]
    source_of = {c.id: c.source for c in claims}
    conflicts = []
    for k in report.conflicts:
        sources = sorted({source_of[i] for i in k.claims if i in source_of})
        conflicts.append(
            k.model_copy(
                update={
                    "message": next(it),
                    "model": next(it),
                    "benchmark": next(it),
                    "outliers": sources[:1],
                    "qualifiers": {"mode": next(it)},
                }
            )
        )
    if conflicts:
        from claimcheck.records import Resolution

        first = conflicts[0]
        resolution = Resolution(
            conflict=first.id, action="dismiss", reason=next(it), by=next(it), date=next(it)
        )
        conflicts.append(first.model_copy(update={"status": "resolved", "resolution": resolution}))
    sources = [s.model_copy(update={"path": next(it)}) for s in report.sources]
    return report.model_copy(
        update={
            "claims": claims,
            "conflicts": conflicts,
            "sources": sources,
            "skipped": [Skipped(path=next(it), reason=next(it))],
            "notes": [next(it)],
        }
    )


def _is_command(line: str) -> bool:
    return re.sub(r"\x1b\[[0-9;]*m", "", line).lstrip().startswith("::") or "##[" in line


def _raw_controls(text: str) -> list[str]:
    return [ch for ch in text if (ord(ch) < 0x20 and ch not in "\n") or 0x7F <= ord(ch) <= 0x9F]


def _flat(text: str) -> str:
    # White space, table borders and the zero-width space that breaks commands: what may
    # stand between the characters of a string when a table folds it.
    return "".join(ch for ch in text if not ch.isspace() and ch not in "│┃\u200b")


def _shown(text: str) -> str:
    """`text` as the text report must show it: escaped, never read as markup."""
    return _flat(printable(text))


def check_all_formats(report: Report) -> None:
    outputs = {
        "text": render_text(lambda c: console.render(report, c, verbose=True)),
        "explain": render_text(lambda c: explain.render(report.conflicts[0], report, c)),
        "json": json_format.render(report),
        "sarif": sarif.render(report),
        "github": github.render(report),
        "markdown": markdown.render(report),
    }
    json.loads(outputs["json"])
    json.loads(outputs["sarif"])
    for name, text in outputs.items():
        assert not _raw_controls(text), (name, _raw_controls(text))
        lines = text.split("\n")
        if name == "github":
            annotations = [x for x in lines if x.startswith("::")]
            assert len(annotations) == sum(k.status == "open" for k in report.conflicts)
            assert all(re.match(r"::(error|warning|notice) ", x) for x in annotations)
            assert not any(_is_command(x) for x in lines if x not in annotations)
            assert not any("##[" in x for x in lines)
        else:
            assert not any(_is_command(x) for x in lines), name
    # Rich markup in names and paths is printed as written, not read (wide: nothing folds).
    wide = render_text(lambda c: console.render(report, c, verbose=True), width=3000)
    flat = _flat(wide)
    for s in report.sources:
        assert _shown(s.path) in flat
    first = report.conflicts[0]
    text = render_text(lambda c: explain.render(first, report, c), width=3000)
    assert _shown(first.model) in _flat(text)
    _no_live_markdown(outputs["markdown"])


def _no_live_markdown(text: str) -> None:
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable("table").render(text)
    assert "<a " not in html and "<script" not in html
    outside_code = re.sub(r"<code>.*?</code>", "", html, flags=re.S)
    assert not re.search(r"@\w", outside_code)
    assert "https://" not in outside_code and "www." not in outside_code


@settings(max_examples=EXAMPLES)
@given(st.lists(hostile, min_size=1, max_size=12))
def test_hostile_text_in_every_format(words: list[str]) -> None:
    check_all_formats(hostile_report(words))
