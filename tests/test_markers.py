"""In-article markers: an editor quoting a wrong figure on purpose keeps it out of the check."""

from __future__ import annotations

from pathlib import Path

from claimcheck import api

GOOD = "Nova-3 scored 89.5% on GPQA Diamond.\n"


def _scan(tmp_path: Path, article: str) -> api.Report:
    (tmp_path / "a.md").write_text(article, encoding="utf-8")
    (tmp_path / "b.md").write_text(GOOD, encoding="utf-8")
    return api.scan([tmp_path])


def _kinds(report: api.Report) -> list[str]:
    return sorted(k.kind for k in report.conflicts)


def test_without_a_marker_the_quoted_figure_contradicts(tmp_path: Path) -> None:
    report = _scan(tmp_path, GOOD + "\nSome outlets said Nova-3 scored 78.4% on GPQA Diamond.\n")
    assert "contradiction" in _kinds(report) or "internal" in _kinds(report)


def test_ignore_marker_hides_the_next_paragraph(tmp_path: Path) -> None:
    article = (
        GOOD + "\n<!-- claimcheck: ignore -->\n"
        "Some outlets said Nova-3 scored 78.4% on GPQA Diamond.\n\n"
        "Nova-3 also scored 70.1% on OrbitQA.\n"
    )
    report = _scan(tmp_path, article)
    ignored = {c.value for c in report.claims if c.ignored}
    assert ignored == {78.4}
    assert 70.1 in {c.value for c in report.claims if not c.ignored}
    assert [k for k in report.conflicts if k.severity != "info"] == []
    assert report.summary.ignored == 1


def test_sic_after_a_figure_ignores_it(tmp_path: Path) -> None:
    report = _scan(tmp_path, "One site claimed Nova-3 scored 78.4% [sic] on GPQA Diamond.\n")
    assert [c.value for c in report.claims if c.ignored] == [78.4]
    assert [k for k in report.conflicts if k.severity == "error"] == []


def test_a_marker_that_covers_nothing_is_stale(tmp_path: Path) -> None:
    report = _scan(tmp_path, GOOD + "\n<!-- claimcheck: ignore -->\nNo figure here.\n")
    stale = [k for k in report.conflicts if k.kind == "stale"]
    assert len(stale) == 1 and "a.md:3" in stale[0].message
    assert stale[0].severity == "info"


def test_a_marker_above_a_table_covers_the_table_only(tmp_path: Path) -> None:
    article = (
        "<!-- claimcheck: ignore -->\n"
        "| Model | GPQA Diamond |\n|---|---|\n| Nova-3 | 78.4 |\n\n"
        "Nova-3 scored 70.1% on OrbitQA.\n"
    )
    report = _scan(tmp_path, article)
    by_value = {c.value: c.ignored for c in report.claims if c.source.endswith("a.md")}
    assert by_value == {78.4: True, 70.1: False}
    assert not [k for k in report.conflicts if k.kind == "stale"]
