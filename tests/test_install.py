"""What a user installs (issue 15, items 1, 6 and 8): the distribution name, the command set,
the metadata, and nothing of the test harness in the package."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import metadata
from pathlib import Path

from typer.testing import CliRunner

import claimcheck
from claimcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = {"scan", "resolve", "explain", "extract", "reconcile", "claims", "clean"}
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_command_set_and_every_command_has_help() -> None:
    names = {c.name or c.callback.__name__ for c in app.registered_commands}  # type: ignore[union-attr]
    assert names == COMMANDS
    top = CliRunner().invoke(app, ["--help"]).stdout
    for name in COMMANDS:
        assert re.search(rf"│ {name}\s+\S", top), name
        assert CliRunner().invoke(app, [name, "--help"]).exit_code == 0


def test_every_command_is_in_the_docs() -> None:
    docs = (ROOT / "README.md").read_text() + (ROOT / "docs" / "ci.md").read_text()
    for name in COMMANDS:
        assert f"claimcheck {name}" in docs, name


def test_distribution_name_and_metadata() -> None:
    project = PYPROJECT["project"]
    assert project["name"] == "claimcheck-cli"
    assert project["scripts"] == {"claimcheck": "claimcheck.cli:main"}
    assert project["license"] == "MIT" and (ROOT / "LICENSE").is_file()
    assert project["urls"]
    meta = metadata("claimcheck-cli")
    assert meta["Name"] == "claimcheck-cli"
    assert "pip install claimcheck-cli" in (ROOT / "docs" / "ci.md").read_text()


def test_base_dependencies_are_what_a_scan_needs() -> None:
    names = {re.split(r"[<>=\[ ]", d)[0] for d in PYPROJECT["project"]["dependencies"]}
    assert names == {"typer", "rich", "rapidfuzz", "pydantic"}
    pins = (ROOT / ".ci" / "minimum.txt").read_text()
    for dep in PYPROJECT["project"]["dependencies"]:
        name, low = re.match(r"([a-z]+)>=([\d.]+)", dep).groups()  # type: ignore[union-attr]
        assert f"{name}=={low}" in pins, dep


def test_the_package_is_typed_and_holds_no_test_harness() -> None:
    package = Path(claimcheck.__file__).parent
    assert (package / "py.typed").is_file()
    assert not (package / "scoring.py").exists()


def test_the_readme_gives_two_set_up_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    setup = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", setup)
    assert commands == [
        "python3 -m venv .venv && . .venv/bin/activate && pip install -e . && "
        "claimcheck scan articles/",
        "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && "
        "python -m pytest",
    ]
    assert "python -m pytest" in (ROOT / ".ci" / "run").read_text()
