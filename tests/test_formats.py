"""The CI formats of `scan`: SARIF (validated against the official 2.1.0 schema), GitHub
workflow commands (checked line by line, escaping included) and the markdown summary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from claimcheck.cli import app
from claimcheck.render import github

# The OASIS SARIF 2.1.0 schema (errata 01), vendored: see tests/schemas/README.md.
SCHEMA = Path(__file__).resolve().parent / "schemas" / "sarif-schema-2.1.0.json"

ARTICLES = {
    "articles/a-launch.md": "# Nova-3 launch\n\nNova-3 scored 89.5% on GPQA Diamond.\n",
    "articles/b-wire.md": "Lab news.\n\nNova-3 scored 89.5% on GPQA Diamond, the lab said.\n",
    "articles/c-review.md": "A review.\n\nIn our test, Nova-3 scored 78.4% on GPQA Diamond.\n",
}


@pytest.fixture(autouse=True)
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    for name, text in ARTICLES.items():
        write(name, text)
    return tmp_path


def write(name: str, text: str) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def cc(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def report() -> dict[str, Any]:
    return dict(json.loads(cc("scan", "articles", "-f", "json", "--no-write").stdout))


def contradiction(data: dict[str, Any]) -> dict[str, Any]:
    return next(k for k in data["conflicts"] if k["kind"] == "contradiction")


def resolve(cid: str, *args: str) -> None:
    result = cc("resolve", cid, "articles", *args)
    assert result.exit_code == 0, result.stderr


def sarif(*args: str) -> dict[str, Any]:
    result = cc("scan", "articles", "--format", "sarif", "--no-write", *args)
    assert result.exit_code in (0, 1), result.stderr
    return dict(json.loads(result.stdout))


def validate(doc: dict[str, Any]) -> None:
    import jsonschema

    jsonschema.validate(doc, json.loads(SCHEMA.read_text(encoding="utf-8")))


# --- SARIF ----------------------------------------------------------------------------------


def test_sarif_is_valid_and_points_at_the_outlier() -> None:
    cid = contradiction(report())["id"]
    doc = sarif()
    validate(doc)
    assert doc["version"] == "2.1.0"
    assert doc["$schema"].startswith("https://")
    (run,) = doc["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "claimcheck"
    assert driver["version"]
    assert driver["informationUri"].startswith("https://")
    rule_ids = [r["id"] for r in driver["rules"]]
    assert {"contradiction", "uncorroborated", "condition", "internal", "stale"} <= set(rule_ids)
    for rule in driver["rules"]:
        assert rule["name"] and rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")

    (result,) = [r for r in run["results"] if r["ruleId"] == "contradiction"]
    assert result["level"] == "error"
    assert rule_ids[result["ruleIndex"]] == "contradiction"
    assert result["partialFingerprints"] == {"claimcheckConflictId/v1": cid}
    assert "Nova-3 / GPQA Diamond" in result["message"]["text"]
    (where,) = result["locations"]
    assert where["physicalLocation"]["artifactLocation"]["uri"] == "articles/c-review.md"
    region = where["physicalLocation"]["region"]
    assert region["startLine"] == 3
    line = ARTICLES["articles/c-review.md"].splitlines()[2]
    assert line[region["startColumn"] - 1 :].startswith("78.4")
    related = [
        (
            r["physicalLocation"]["artifactLocation"]["uri"],
            r["physicalLocation"]["region"]["startLine"],
        )
        for r in result["relatedLocations"]
    ]
    assert related == [("articles/a-launch.md", 3), ("articles/b-wire.md", 3)]
    assert all("89.5%" in r["message"]["text"] for r in result["relatedLocations"])
    assert "suppressions" not in result


def test_sarif_uris_are_relative_even_for_absolute_arguments(tmp_path: Path) -> None:
    result = cc("scan", str(tmp_path / "articles"), "-f", "sarif", "--no-write")
    doc = json.loads(result.stdout)
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in doc["runs"][0]["results"]
        for loc in r.get("locations", []) + r.get("relatedLocations", [])
    }
    assert uris == {"articles/a-launch.md", "articles/b-wire.md", "articles/c-review.md"}


def test_sarif_uris_are_percent_encoded() -> None:
    Path("articles/c-review.md").rename("articles/c review #2.md")
    doc = sarif()
    validate(doc)
    result = next(r for r in doc["runs"][0]["results"] if r["ruleId"] == "contradiction")
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "articles/c%20review%20%232.md"


def test_sarif_marks_resolved_findings_as_suppressed_and_places_stale_ones() -> None:
    cid = contradiction(report())["id"]
    resolve(cid, "--accept", "89.5", "--reason", "Model card.")
    doc = sarif()
    validate(doc)
    result = next(r for r in doc["runs"][0]["results"] if r["ruleId"] == "contradiction")
    assert result["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "accepted 89.5: Model card."}
    ]
    write("articles/c-review.md", "Nova-3 scored 89.5% on GPQA Diamond.\n")
    doc = sarif()
    validate(doc)
    (stale,) = [r for r in doc["runs"][0]["results"] if r["ruleId"] == "stale"]
    assert stale["level"] == "note"
    loc = stale["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "claims/resolutions.toml"
    text = Path("claims/resolutions.toml").read_text(encoding="utf-8").splitlines()
    assert text[loc["region"]["startLine"] - 1] == "[[resolution]]"


def test_output_file_is_written_whole() -> None:
    result = cc("scan", "articles", "-f", "sarif", "--no-write", "-o", "out/claimcheck.sarif")
    assert result.exit_code == 1
    assert result.stdout == ""
    doc = json.loads(Path("out/claimcheck.sarif").read_text(encoding="utf-8"))
    validate(doc)
    assert [p.name for p in Path("out").iterdir()] == ["claimcheck.sarif"]


# --- GitHub workflow commands -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("89.5%", "89.5%25", "89.5%25"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("x: 1, y: 2", "x: 1, y: 2", "x%3A 1%2C y%3A 2"),
        ("%0A", "%250A", "%250A"),
    ],
)
def test_escaping(text: str, data: str, prop: str) -> None:
    assert github.escape_data(text) == data
    assert github.escape_property(text) == prop


def esc(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def test_github_annotation_lines_exactly() -> None:
    data = report()
    k = contradiction(data)
    result = cc("scan", "articles", "-f", "github", "--no-write")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "::error file=articles/c-review.md,line=3,col=28,"
        "title=claimcheck contradiction%3A Nova-3 / GPQA Diamond::"
        f"{esc(k['message'])} [{k['id']}]"
    )
    assert "89.5%25" in lines[0]
    s = data["summary"]
    assert lines[-1] == (
        f"claimcheck: 1 error(s), {s['conflicts']['warning']} warning(s), "
        f"{s['conflicts']['info']} info, 0 resolved; 3 claims from 3 sources"
    )
    assert len(lines) == sum(s["conflicts"].values()) + 1  # open findings, then the tally


def test_github_escapes_properties_in_file_names() -> None:
    Path("articles/c-review.md").rename("articles/c,review: 2.md")
    lines = cc("scan", "articles", "-f", "github", "--no-write").stdout.splitlines()
    assert lines[0].startswith(
        "::error file=articles/c%2Creview%3A 2.md,line=3,col=28,title=claimcheck contradiction%3A"
    )


def test_github_leaves_resolved_findings_out_and_writes_the_job_summary(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cid = contradiction(report())["id"]
    resolve(cid, "--dismiss", "--reason", "Two settings.")
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = cc("scan", "articles", "-f", "github", "--no-write")
    assert result.exit_code == 0
    assert not [line for line in result.stdout.splitlines() if line.startswith("::error")]
    assert result.stdout.splitlines()[-1].startswith("claimcheck: 0 error(s)")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## ")
    assert "### Resolved" in text and cid in text


def test_no_job_summary_for_other_formats(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    summary = tmp_path / "step-summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    cc("scan", "articles", "-f", "json", "--no-write")
    assert not summary.exists()


# --- markdown -------------------------------------------------------------------------------


def test_markdown_summary_has_counts_and_the_findings_table() -> None:
    k = contradiction(report())
    result = cc("scan", "articles", "-f", "markdown", "--no-write")
    assert result.exit_code == 1
    text = result.stdout
    assert text.startswith("## ❌ claimcheck: 1 error, ")
    assert "3 sources, 3 claims." in text
    assert "| | Finding | Model / benchmark | Values (sources) | Outlier | Id |" in text
    row = next(line for line in text.splitlines() if f"`{k['id']}`" in line)
    assert row == (
        "| ❌ | Contradiction | Nova-3 / GPQA Diamond | "
        "**89.5%** (articles/a-launch.md:3, articles/b-wire.md:3) · 78.4% (articles/c-review.md:3)"
        f" | articles/c-review.md | `{k['id']}` |"
    )
    assert "| Source | Claims | Corroborated | Contradicted | Alone | Reliability |" in text
    assert "| articles/c-review.md | 1 | 0 | 1 | 0 | 0.00 |" in text


def test_markdown_lists_resolutions_with_their_reasons_escaped() -> None:
    cid = contradiction(report())["id"]
    resolve(cid, "--accept", "89.5", "--reason", "Card | p. 3", "--by", "desk")
    text = cc("scan", "articles", "-f", "markdown", "--no-write").stdout
    assert text.startswith("## ")
    assert ", 1 resolved" in text.splitlines()[0]
    assert "### Resolved" in text
    row = next(line for line in text.splitlines() if f"`{cid}`" in line)
    assert row.startswith("| Nova-3 / GPQA Diamond | accepted 89.5 | **89.5%**")
    assert "Card \\| p. 3 (desk, " in row
    assert "### Errors and warnings" not in text
