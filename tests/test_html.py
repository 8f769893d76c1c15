"""`--format html`: one self-contained page; article text never becomes markup."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.records import Claim, Conflict, Consensus, Report, Resolution, Summary
from claimcheck.render import html

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

EVIL_MODEL = '<img src=x onerror="alert(1)">'
EVIL_QUOTE = "Nova scored 78.4% </blockquote><script>alert(2)</script> per the <b>lab</b>"
EVIL_PATH = 'articles/"><svg onload=alert(3)>.md'


def _claim(i: int, value: float, source: str, text: str = "x", model: str = "Nova-3") -> Claim:
    return Claim(
        id=f"c-{i}",
        model=model,
        benchmark="GPQA Diamond",
        value=value,
        decimals=1,
        source=source,
        line=i,
        column=1,
        text=text,
        model_mention=model,
        benchmark_mention="GPQA Diamond",
    )


def hostile_report(resolved: bool = False) -> Report:
    claims = [
        _claim(1, 89.5, "articles/a.md", model=EVIL_MODEL),
        _claim(2, 89.5, "articles/b.md", model=EVIL_MODEL),
        _claim(3, 78.4, EVIL_PATH, EVIL_QUOTE, model=EVIL_MODEL),
    ]
    conflict = Conflict(
        id="cont-0123456789",
        kind="contradiction",
        severity="error",
        model=EVIL_MODEL,
        benchmark="GPQA Diamond",
        claims=[c.id for c in claims],
        consensus=Consensus(value="89.5%", sources=["articles/a.md", "articles/b.md"]),
        outliers=[EVIL_PATH],
        message=f"Sources disagree on {EVIL_MODEL}: {EVIL_QUOTE}",
        status="resolved" if resolved else "open",
        resolution=Resolution(
            conflict="cont-0123456789",
            action="accept",
            value=89.5,
            reason="model card says 89.5% <script>alert(4)</script>",
        )
        if resolved
        else None,
    )
    summary = Summary(
        sources=3,
        claims=3,
        conflicts={"error": 0 if resolved else 1, "warning": 0, "info": 0},
        resolved=int(resolved),
        skipped=0,
    )
    return Report(sources=[], claims=claims, conflicts=[conflict], summary=summary)


def _markup(page: str) -> str:
    """The page less its own inline script and style, which are ours."""
    page = re.sub(r"<script>.*?</script>", "", page, flags=re.S)
    return re.sub(r"<style>.*?</style>", "", page, flags=re.S)


def test_article_text_never_becomes_markup() -> None:
    page = html.render(hostile_report())
    assert page.count("<script>") == 1, "only the report's own script"
    rest = _markup(page)
    for tag in ("<img", "<script", "<b>lab", "<svg onload", "</blockquote><script"):
        assert tag not in rest, tag
    assert "onerror=" not in rest.replace("onerror=&quot;", "")
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;svg onload=alert(3)&gt;.md" in page


def test_resolved_finding_shows_the_accepted_value_and_reason() -> None:
    page = html.render(hostile_report(resolved=True))
    assert 'data-status="resolved"' in page
    assert "Resolved: <b>accepted 89.5</b>" in page
    assert "model card says 89.5% &lt;script&gt;alert(4)&lt;/script&gt;" in page
    assert 'class="accepted"' in page, "the accepted value is drawn on the plot"
    assert "Gate: passes" in page


def test_page_is_self_contained() -> None:
    page = html.render(hostile_report())
    # Nothing to fetch: no src or href but in-page anchors, no url() in the styles.
    assert not re.search(r"\b(?:src|href)\s*=\s*\"(?!#)", _markup(page))
    assert "url(" not in page and "@import" not in page
    assert "default-src 'none'" in page
    assert '<meta name="viewport"' in page


def test_scan_format_html_writes_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "articles", tmp_path / "articles")
    result = runner.invoke(
        app, ["scan", "articles", "--format", "html", "--output", "report.html", "--no-write"]
    )
    assert result.exit_code == 1, result.output
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    plot = re.search(r'<svg class="strip"[^>]*data-finding="cont-5aa97d14ea".*?</svg>', page)
    assert plot is not None
    dots = re.findall(r'<circle class="(dot[^"]*)"[^>]*data-value="([^"]+)"', plot.group(0))
    assert sorted(dots) == [("dot", "89.5"), ("dot", "89.5"), ("dot outlier", "78.4")]
    assert "a-musespark-headlines.md:15" in plot.group(0)
    # Sources least reliable first.
    sources = re.findall(r"<tr><td>(articles/[^<]+)</td>", page)
    assert sources[0] == "articles/a-musespark-headlines.md"


HOSTILE_TABLE = """| Model | GPQA Diamond | MMLU-Pro |
|---|---|---|
| Nova <img src=x onerror=alert(1)> 3 | {v}% | 80.1% |
| Kestrel 7 | 70.2% | 71.0% |

Kestrel 7 scored 70.2% on GPQA Diamond <script>alert(2)</script>.
"""


def hostile_articles(root: Path) -> Path:
    """Three articles whose model name holds an <img onerror> and whose quotes hold a
    <script>; one gives another GPQA value, so there is a contradiction to draw."""
    art = root / "articles"
    art.mkdir()
    (art / "evil <b>x<i> onerror=y.md").write_text(HOSTILE_TABLE.format(v=78.4), "utf-8")
    (art / "b.md").write_text(HOSTILE_TABLE.format(v=89.5), encoding="utf-8")
    (art / "c.md").write_text(HOSTILE_TABLE.format(v=89.5), encoding="utf-8")
    return art


def test_hostile_article_through_a_scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    hostile_articles(tmp_path)
    result = runner.invoke(app, ["scan", "articles", "-f", "html", "-o", "r.html", "--no-write"])
    assert result.exit_code == 1, result.output
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    rest = _markup(page)
    assert "<script" not in rest and "<img" not in rest and "<b>x" not in rest
    # The extractor keeps the tag in the model's name: it shows as text, in the plot too.
    assert "Nova &lt;img src=x onerror=alert &gt; 3 / GPQA Diamond" in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert "evil &lt;b&gt;x&lt;i&gt; onerror=y.md" in page
    assert page.count('class="dot outlier"') == 1
