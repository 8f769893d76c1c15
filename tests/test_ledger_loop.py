"""The CI loop end to end, in a temporary folder: a contradiction fails the scan, a resolution
closes it, a new article with another value reopens it; stale and malformed resolutions.

Every article is written here, at run time, in a few sentences of our own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from claimcheck.cli import app

MODEL, BENCH = "Nova-3", "GPQA Diamond"

ARTICLES = {
    "articles/a-launch.md": "# Nova-3 launch\n\nNova-3 scored 89.5% on GPQA Diamond.\n",
    "articles/b-wire.txt": "Lab news.\n\nNova-3 scored 89.5% on GPQA Diamond, the lab said.\n",
    "articles/c-review.md": "A quick review.\n\nNova-3 scored 78.4% on GPQA Diamond.\n",
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


def scan_json(*extra: str) -> tuple[int, dict[str, Any]]:
    result = cc("scan", "articles", "--format", "json", *extra)
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def finding(report: dict[str, Any], kind: str = "contradiction") -> dict[str, Any]:
    found = [
        k
        for k in report["conflicts"]
        if k["kind"] == kind and k["model"] == MODEL and k["benchmark"] == BENCH
    ]
    assert len(found) == 1, report["conflicts"]
    return found[0]


def contradiction_id() -> str:
    code, report = scan_json()
    assert code == 1
    return str(finding(report)["id"])


RESOLUTIONS = Path("claims/resolutions.toml")


# --- the loop -----------------------------------------------------------------------------


def test_accept_closes_the_contradiction_and_a_new_value_reopens_it() -> None:
    code, report = scan_json()
    assert code == 1
    k = finding(report)
    assert k["status"] == "open" and k["severity"] == "error"
    assert k["outliers"] == ["articles/c-review.md"]
    cid = k["id"]

    result = cc("resolve", cid, "articles", "--accept", "89.5", "--reason", "Model card: 89.5%.")
    assert result.exit_code == 0, result.stderr
    assert f"recorded accept 89.5 for {cid} in claims/resolutions.toml:" in result.stdout
    text = RESOLUTIONS.read_text(encoding="utf-8")
    assert f'conflict = "{cid}"' in text
    assert 'value = "89.5"' in text
    assert '{ source = "articles/c-review.md", value = "78.4%" }' in text

    code, report = scan_json()
    assert code == 0
    k = finding(report)
    assert k["status"] == "resolved"
    assert k["resolution"]["action"] == "accept"
    assert k["resolution"]["value"] == 89.5
    assert k["resolution"]["reason"] == "Model card: 89.5%."
    assert k["consensus"]["value"] == "89.5%"
    assert report["summary"]["resolved"] == 1
    assert report["summary"]["conflicts"]["error"] == 0

    text_report = cc("scan", "articles")
    assert text_report.exit_code == 0
    assert "Resolved (1)" in text_report.stdout
    assert "resolution: accepted 89.5: Model card: 89.5%." in text_report.stdout

    # A new article with another value for the same key: exit 1 again, same id.
    write("articles/d-blog.md", "Our take.\n\nNova-3 scored 91.0% on GPQA Diamond.\n")
    code, report = scan_json()
    assert code == 1
    k = finding(report)
    assert k["id"] == cid
    assert k["status"] == "open"
    assert k["outliers"] == ["articles/d-blog.md"]
    assert "disagrees with the accepted value 89.5%" in k["message"]
    assert "articles/d-blog.md:3" in k["message"]

    # Checking it and accepting again (the later table wins) closes it.
    result = cc("resolve", cid, "articles", "--accept", "89.5", "--reason", "91.0 is a typo.")
    assert result.exit_code == 0, result.stderr
    assert scan_json()[0] == 0


def test_a_new_source_repeating_the_rejected_value_reopens_too() -> None:
    cid = contradiction_id()
    assert cc("resolve", cid, "articles", "--accept", "89.5", "--reason", "card").exit_code == 0
    write("articles/e-copy.txt", "Nova-3 scored 78.4% on GPQA Diamond.\n")
    code, report = scan_json()
    assert code == 1
    assert finding(report)["outliers"] == ["articles/e-copy.txt"]


def test_claims_agreeing_with_the_accepted_value_at_their_precision_are_fine() -> None:
    cid = contradiction_id()
    assert cc("resolve", cid, "articles", "--accept", "89.50", "--reason", "card").exit_code == 0
    assert 'value = "89.50"' in RESOLUTIONS.read_text(encoding="utf-8")
    write("articles/f-round.md", "Nova-3 scored 89.50% on GPQA Diamond.\n")
    write("articles/g-round.md", "Nova-3 scored roughly 90% on GPQA Diamond.\n")
    assert scan_json()[0] == 0


def test_dismiss_closes_it_and_a_new_value_reopens_it() -> None:
    cid = contradiction_id()
    result = cc("resolve", cid, "articles", "--dismiss", "--reason", "Two evaluation settings.")
    assert result.exit_code == 0, result.stderr
    code, report = scan_json()
    assert code == 0
    k = finding(report)
    assert k["status"] == "resolved"
    assert k["resolution"]["action"] == "dismiss"
    assert k["resolution"]["value"] is None

    # Another source repeating a known value changes nothing...
    write("articles/h-echo.md", "Nova-3 scored 78.4% on GPQA Diamond.\n")
    assert scan_json()[0] == 0
    # ...a value nobody gave before reopens it.
    write("articles/d-blog.md", "Nova-3 scored 91.0% on GPQA Diamond.\n")
    code, report = scan_json()
    assert code == 1
    k = finding(report)
    assert k["status"] == "open"
    assert "new since the finding was dismissed" in k["message"]


def test_ids_survive_unrelated_changes() -> None:
    cid = contradiction_id()
    write("articles/z-other.md", "Orbit-2 scored 55.1% on SWE-Bench Pro.\n")
    Path("articles/b-wire.txt").write_text(
        "Preamble line.\n\nMore lab news.\n\nNova-3 scored 89.5% on GPQA Diamond.\n",
        encoding="utf-8",
    )
    assert contradiction_id() == cid


def test_a_resolution_whose_finding_is_gone_is_stale() -> None:
    cid = contradiction_id()
    assert cc("resolve", cid, "articles", "--accept", "89.5", "--reason", "card").exit_code == 0
    write("articles/c-review.md", "A quick review.\n\nNova-3 scored 89.5% on GPQA Diamond.\n")
    code, report = scan_json()
    assert code == 0
    stale = [k for k in report["conflicts"] if k["kind"] == "stale"]
    assert len(stale) == 1
    assert stale[0]["severity"] == "info"
    assert stale[0]["status"] == "open"
    assert stale[0]["model"] == MODEL
    assert stale[0]["message"].startswith("claims/resolutions.toml:")
    assert cid in stale[0]["message"]
    assert report["summary"]["conflicts"]["info"] >= 1
    assert cc("scan", "articles", "--fail-on", "info").exit_code == 1


def test_resolve_checks_the_id_against_a_fresh_scan() -> None:
    result = cc("resolve", "cont-0123456789", "articles", "--dismiss", "--reason", "x")
    assert result.exit_code == 2
    assert "no finding cont-0123456789" in result.stderr
    assert contradiction_id() in result.stderr  # the ids it did find are listed
    assert not RESOLUTIONS.exists()

    forced = cc("resolve", "cont-0123456789", "articles", "--dismiss", "--reason", "x", "--force")
    assert forced.exit_code == 0
    assert "warning" in forced.stderr
    assert 'conflict = "cont-0123456789"' in RESOLUTIONS.read_text(encoding="utf-8")


def test_resolve_takes_a_unique_prefix_and_writes_the_full_id() -> None:
    cid = contradiction_id()
    result = cc("resolve", cid[:8], "articles", "--dismiss", "--reason", "x")
    assert result.exit_code == 0, result.stderr
    assert f'conflict = "{cid}"' in RESOLUTIONS.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--reason", "x"], "--accept VALUE or --dismiss"),
        (["--accept", "89.5", "--dismiss", "--reason", "x"], "--accept VALUE or --dismiss"),
        (["--accept", "89.5"], "--reason TEXT is required"),
        (["--accept", "lots", "--reason", "x"], "--accept takes a number"),
    ],
)
def test_resolve_usage_errors(args: list[str], message: str) -> None:
    result = cc("resolve", "cont-0123456789", "articles", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert not RESOLUTIONS.exists()


def test_resolve_without_paths_or_config_is_a_usage_error() -> None:
    result = cc("resolve", "cont-0123456789", "--dismiss", "--reason", "x")
    assert result.exit_code == 2
    assert "no input" in result.stderr


# --- the file: appended, never rewritten --------------------------------------------------


def test_append_keeps_every_existing_byte() -> None:
    cid = contradiction_id()
    old = (
        b"# Reviewed by the desk.\r\n"
        b"[[resolution]]\r\n"
        b'conflict = "cont-0000000000"  # an old one\r\n'
        b'action = "dismiss"\r\n'
        b'reason = "kept as it is"'  # no newline at the end
    )
    RESOLUTIONS.parent.mkdir(parents=True, exist_ok=True)
    RESOLUTIONS.write_bytes(old)
    os.chmod(RESOLUTIONS, 0o644)
    assert cc("resolve", cid, "articles", "--accept", "89.5", "--reason", "card").exit_code == 0
    new = RESOLUTIONS.read_bytes()
    assert new.startswith(old)
    added = new[len(old) :]
    assert b"\n" not in added.replace(b"\r\n", b"")  # the file's line ends are kept
    assert f'conflict = "{cid}"'.encode() in added
    assert os.stat(RESOLUTIONS).st_mode & 0o777 == 0o644
    assert not [p for p in RESOLUTIONS.parent.iterdir() if p.name.endswith((".tmp", "-tmp"))]


def test_reasons_are_quoted_safely() -> None:
    cid = contradiction_id()
    reason = 'The "card" says 89.5% \\ see p. 3\nsecond line'
    assert cc("resolve", cid, "articles", "--accept", "89.5", "--reason", reason).exit_code == 0
    code, report = scan_json()
    assert code == 0
    assert finding(report)["resolution"]["reason"] == reason


def test_hand_written_resolution_with_a_date_and_a_number() -> None:
    cid = contradiction_id()
    write(
        str(RESOLUTIONS),
        "# by hand\n[[resolution]]\n"
        f'conflict = "{cid}"\naction = "accept"\nvalue = 89.5\n'
        'reason = "card"\nby = "desk"\ndate = 2025-06-02\n'
        'known = [{ source = "articles/c-review.md", value = "78.4%" }]\n',
    )
    code, report = scan_json()
    assert code == 0
    r = finding(report)["resolution"]
    assert (r["by"], r["date"], r["value"]) == ("desk", "2025-06-02", 89.5)


def test_hand_written_accept_without_known_keeps_disagreeing_claims_open() -> None:
    cid = contradiction_id()
    write(
        str(RESOLUTIONS),
        f'[[resolution]]\nconflict = "{cid}"\naction = "accept"\nvalue = "89.5"\nreason = "x"\n',
    )
    code, report = scan_json()
    assert code == 1
    assert "disagrees with the accepted value" in finding(report)["message"]


BAD_RESOLUTIONS = [
    # (text, line, words in the message)
    ('# comment\n[[resolution]]\nconflict = "cont-1"\naction = \n', 4, "invalid TOML"),
    ('[[resolution]]\nconflict = "c"\naction = "accept"\nreason = "r"\n', 1, "needs `value`"),
    ('[[resolution]]\nconflict = "c"\naction = "maybe"\nreason = "r"\n', 3, "`action` must be"),
    (
        '[[resolution]]\nconflict = "c"\naction = "dismiss"\nreason = "r"\n\n'
        '[[resolution]]\nconflict = "d"\naction = "dismiss"\nreason = "r"\ncolour = "red"\n',
        10,
        "unknown key `colour`",
    ),
    (
        '[[resolution]]\nconflict = "c"\naction = "accept"\nvalue = "a lot"\nreason = "r"\n',
        4,
        "`value` must be a number",
    ),
    ('title = "mine"\n', 1, "unknown key `title`"),
    ('[[resolution]]\nconflict = "c"\naction = "dismiss"\nreason = ""\n', 4, "`reason`"),
]


@pytest.mark.parametrize(("text", "line", "words"), BAD_RESOLUTIONS)
def test_malformed_resolutions_exit_2_with_file_and_line(text: str, line: int, words: str) -> None:
    write(str(RESOLUTIONS), text)
    before = RESOLUTIONS.read_bytes()
    for args in (
        ["scan", "articles"],
        ["resolve", "cont-x", "articles", "--dismiss", "--reason", "r", "--force"],
    ):
        result = cc(*args)
        assert result.exit_code == 2, (args, result.stdout, result.stderr)
        assert f"claims/resolutions.toml:{line}:" in result.stderr
        assert words in result.stderr
        assert RESOLUTIONS.read_bytes() == before


# --- in-article markers -------------------------------------------------------------------


def test_sic_keeps_a_quoted_figure_out() -> None:
    write(
        "articles/c-review.md",
        "A quick review.\n\nSome outlets said Nova-3 scored 78.4% [sic] on GPQA Diamond.\n",
    )
    code, report = scan_json()
    assert code == 0
    assert any(c["ignored"] for c in report["claims"])


def test_ignore_marker_keeps_the_next_paragraph_out() -> None:
    write(
        "articles/c-review.md",
        "A quick review.\n\n<!-- claimcheck: ignore -->\nNova-3 scored 78.4% on GPQA Diamond.\n",
    )
    assert scan_json()[0] == 0


# --- a real process -----------------------------------------------------------------------


def test_the_loop_through_a_real_process() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "claimcheck", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "NO_COLOR": "1"},
        )

    first = run("scan", "articles", "--format", "json")
    assert first.returncode == 1, first.stderr
    cid = finding(json.loads(first.stdout))["id"]
    assert Path("claims/claims.jsonl").is_file()
    resolved = run("resolve", cid, "articles", "--accept", "89.5", "--reason", "card")
    assert resolved.returncode == 0, resolved.stderr
    second = run("scan", "articles")
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Resolved (1)" in second.stdout
    bad = run("scan", "articles", "--fail-on", "sometimes")
    assert bad.returncode == 2
