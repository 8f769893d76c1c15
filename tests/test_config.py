"""Configuration: `[tool.claimcheck]` in pyproject.toml or claimcheck.toml, found upward from
the current folder (never one among the articles); flags win; a bad file is exit 2 with
`file:line:` and is never touched."""

from __future__ import annotations

import contextlib
import json
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from claimcheck import config
from claimcheck.cli import app

ARTICLES = {
    "articles/a-launch.md": "Nova-3 scored 89.5% on GPQA Diamond.\n",
    "articles/b-wire.md": "Lab news.\n\nNova-3 scored 89.5% on GPQA Diamond, the lab said.\n",
    "articles/c-review.md": "A review.\n\nNova-3 scored 78.4% on GPQA Diamond.\n",
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


def pyproject(body: str) -> Path:
    return write("pyproject.toml", '[project]\nname = "desk"\n\n[tool.claimcheck]\n' + body)


# --- what the file says is used ------------------------------------------------------------


def test_scan_with_no_paths_uses_config_paths() -> None:
    pyproject('paths = ["articles"]\n')
    result = cc("scan", "--no-write")
    assert result.exit_code == 1, result.stderr
    assert "Nova-3 / GPQA Diamond" in result.stdout


def test_scan_with_no_paths_and_no_config_is_exit_2() -> None:
    result = cc("scan")
    assert result.exit_code == 2
    assert "no input" in result.stderr
    assert "[tool.claimcheck]" in result.stderr


def test_config_without_paths_names_the_file() -> None:
    pyproject('fail-on = "warning"\n')
    result = cc("scan")
    assert result.exit_code == 2
    assert "pyproject.toml has no `paths`" in result.stderr


def test_flags_win_over_the_file() -> None:
    pyproject('paths = ["articles"]\nfail-on = "never"\nformat = "json"\n')
    result = cc("scan", "--no-write")
    assert result.exit_code == 0  # fail-on = never
    assert json.loads(result.stdout)["summary"]["conflicts"]["error"] == 1  # format = json
    result = cc("scan", "--no-write", "--fail-on", "error", "--format", "text")
    assert result.exit_code == 1
    assert result.stdout.startswith("claimcheck ")


def test_exclude_from_the_file_and_from_the_flag() -> None:
    pyproject('paths = ["articles"]\nexclude = ["c-*"]\n')
    assert cc("scan", "--no-write").exit_code == 0
    assert cc("scan", "--no-write", "--exclude", "nothing-*").exit_code == 1


def test_claims_folder_from_the_file_holds_the_ledger_and_the_resolutions() -> None:
    pyproject('paths = ["articles"]\nclaims = "ledger"\n')
    result = cc("scan", "--format", "json")
    assert result.exit_code == 1
    assert Path("ledger/claims.jsonl").is_file()
    assert not Path("claims").exists()
    cid = next(
        k["id"] for k in json.loads(result.stdout)["conflicts"] if k["kind"] == "contradiction"
    )
    assert cc("resolve", cid, "--accept", "89.5", "--reason", "card").exit_code == 0
    assert Path("ledger/resolutions.toml").is_file()
    assert cc("scan").exit_code == 0


def test_catalog_files_are_relative_to_the_config_file() -> None:
    write("articles/c-review.md", "Stellar Sage scored 78.4% on GPQA Diamond.\n")
    write("desk/catalog/ours.toml", '[[model]]\nname = "Nova-3"\naliases = ["Stellar Sage"]\n')
    write("desk/claimcheck.toml", 'paths = ["../articles"]\ncatalog = ["catalog/ours.toml"]\n')
    assert cc("scan", "articles", "--no-write").exit_code == 0  # no config up from articles/
    result = cc("scan", "--no-write", "--config", "desk/claimcheck.toml")
    assert result.exit_code == 1, result.stderr
    assert "Nova-3 / GPQA Diamond" in result.stdout


def test_a_missing_catalog_file_is_exit_2() -> None:
    pyproject('paths = ["articles"]\ncatalog = ["nowhere.toml"]\n')
    result = cc("scan", "--no-write")
    assert result.exit_code == 2
    assert "nowhere.toml" in result.stderr


def test_found_by_searching_upward_from_the_scanned_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    write("claimcheck.toml", 'fail-on = "never"\n')
    write("articles/pyproject.toml", '[project]\nname = "no-section-here"\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    # From an unrelated folder: the config beside the scanned folder applies.
    assert cc("scan", str(tmp_path / "articles"), "--no-write").exit_code == 0
    monkeypatch.chdir(tmp_path)
    assert cc("scan", "articles", "--no-write").exit_code == 0


def test_claimcheck_toml_comes_before_pyproject_in_one_folder() -> None:
    pyproject('paths = ["articles"]\nfail-on = "error"\n')
    write("claimcheck.toml", 'paths = ["articles"]\nfail-on = "never"\n')
    assert cc("scan", "--no-write").exit_code == 0


def test_a_file_among_the_articles_is_reported_and_never_used() -> None:
    # Issue 12, item 8: the one nearest to the articles is inside them, written by whoever
    # writes the articles; the project's file (from the current folder up) is the one used.
    write("claimcheck.toml", 'fail-on = "never"\n')
    write("articles/claimcheck.toml", 'fail-on = "error"\n')
    result = cc("scan", "articles", "--no-write")
    assert result.exit_code == 0, result.stderr
    assert "articles/claimcheck.toml: a configuration file among the articles" in result.stdout


def test_nearest_file_wins() -> None:
    write("claimcheck.toml", 'paths = ["desk/articles"]\nfail-on = "never"\n')
    for name, text in ARTICLES.items():
        write("desk/" + name, text)
    write("desk/claimcheck.toml", 'paths = ["articles"]\nfail-on = "error"\n')
    with contextlib.chdir("desk"):
        assert cc("scan", "--no-write").exit_code == 1


# --- a bad file: exit 2, file:line, nothing rewritten -------------------------------------

BAD = [
    # (file, text, line, words)
    ("pyproject.toml", '[tool.claimcheck]\npaths = ["articles"\n', 2, "Unclosed array"),
    (
        "pyproject.toml",
        '[tool.claimcheck]\npaths = ["articles"]\nfail_on = "never"\n',
        3,
        "unknown key `fail_on` (did you mean `fail-on`?)",
    ),
    (
        "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.claimcheck]\n\n# the gate\nfail-on = 1\n',
        7,
        "`fail-on` must be a string",
    ),
    (
        "pyproject.toml",
        '[tool.claimcheck]\nfail-on = "sometimes"\n',
        2,
        "`fail-on` must be one of error, warning, info, never",
    ),
    (
        "pyproject.toml",
        '[tool.claimcheck]\npaths = "articles"\n',
        2,
        "`paths` must be a list of strings",
    ),
    ("pyproject.toml", '[tool.claimcheck]\nformat = "html"\n', 2, "`format` must be one of"),
    (
        "pyproject.toml",
        '[tool.claimcheck]\npaths = ["a"]\n\n[tool.claimcheck.rules]\nx = 1\n',
        4,
        "unknown key `rules`",
    ),
    ("pyproject.toml", 'tool.claimcheck.colour = "red"\n', 1, "unknown key `colour`"),
    (
        "claimcheck.toml",
        '# ours\npaths = ["articles"]\n\nverbose = true\n',
        4,
        "unknown key `verbose`",
    ),
    (
        "claimcheck.toml",
        'paths = ["articles"]\nclaims = ["ledger"]\n',
        2,
        "`claims` must be a string",
    ),
    ("claimcheck.toml", 'paths = ["articles"]\n[paths]\n', 2, "invalid TOML"),
    ("claimcheck.toml", "paths = [\n  'articles',\n", 2, "(at end of file)"),
]


@pytest.mark.parametrize(("name", "text", "line", "words"), BAD)
def test_a_bad_config_is_exit_2_with_file_and_line(
    name: str, text: str, line: int, words: str
) -> None:
    path = write(name, text)
    before = path.read_bytes()
    for args in (
        ["scan", "articles"],
        ["scan"],
        ["resolve", "x", "articles", "--dismiss", "--reason", "r"],
    ):
        result = cc(*args)
        assert result.exit_code == 2, (args, result.stdout)
        assert f"{name}:{line}: " in result.stderr, result.stderr
        assert words in result.stderr
        assert path.read_bytes() == before
    assert not Path("claims").exists()


def test_an_unreadable_config_is_exit_2() -> None:
    Path("claimcheck.toml").write_bytes(b'paths = ["articles"]\n\xff\xfe\n')
    result = cc("scan")
    assert result.exit_code == 2
    assert "claimcheck.toml:2: not UTF-8 text" in result.stderr


# --- the locating helpers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "table", "key", "occurrence", "line"),
    [
        ("a = 1\nb = 2\n", (), "b", 0, 2),
        ("[tool.other]\nx = 1\n[tool.claimcheck]\nx = 2\n", ("tool", "claimcheck"), "x", 0, 4),
        ('[ tool . "claimcheck" ]\n"x" = 2\n', ("tool", "claimcheck"), "x", 0, 2),
        ("[[r]]\nx = 1\n[[r]]\ny = 1\nx = 2\n", ("r",), "x", 1, 5),
        ("[[r]]\nx = 1\n[[r]]\ny = 1\n", ("r",), "z", 1, 3),
        ("[tool.claimcheck]\n# x = 0\nx = 1\n", ("tool", "claimcheck"), "x", 0, 3),
        ("nothing = 1\n", ("tool", "claimcheck"), "x", 0, 1),
    ],
)
def test_key_line(text: str, table: tuple[str, ...], key: str, occurrence: int, line: int) -> None:
    assert config.key_line(text, table, key, occurrence) == line


def test_decode_error_reads_tomllib_positions() -> None:
    text = "a = 1\nb = \n"
    with pytest.raises(tomllib.TOMLDecodeError) as info:
        tomllib.loads(text)
    err = config.decode_error("x.toml", text, info.value)
    assert (err.path, err.line) == ("x.toml", 2)
    assert str(err).startswith("x.toml:2: invalid TOML: ")
