"""Accuracy harness: scan a corpus, score the report against its gold file, print the figures.

    python bench/accuracy.py [--gold FILE] [--json] [DIR ...]

Gold for a DIR: `--gold FILE`, else `DIR/gold.json`, else `tests/gold/articles.json` when DIR
is the repository's `articles/`. A DIR that holds its own `gold.json` is a development set:
only the article files its gold lists are scanned (its README and gold file are not
articles). With no DIR: `articles/` against `tests/gold/articles.json`, the probe sets under
`tests/corpora/`, and the shared development set (`../shared/devset` from the repository
root) when it exists.

Exit status: 0 when every corpus was scored, 2 on bad usage or a scan that produced no report.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/accuracy.py` puts bench/, not the root, first
    sys.path.insert(0, str(ROOT))

from scoring import Score, score  # noqa: E402  (bench/scoring.py, beside this script)

ARTICLES = ROOT / "articles"
ARTICLES_GOLD = ROOT / "tests" / "gold" / "articles.json"
DEVSET = ROOT.parent / "shared" / "devset"
# Probe sets: articles written to measure shapes the sample corpus lacks, with their gold.
PROBES = ROOT / "tests" / "corpora"


class HarnessError(Exception):
    pass


def _display(path: Path) -> str:
    """A path relative to the repository root ("articles/", "../shared/devset/") if close."""
    text = Path(os.path.relpath(path.resolve(), ROOT)).as_posix()
    if text.startswith("../.."):
        text = str(path.resolve())
    return text + "/" if path.is_dir() else text


def find_gold(directory: Path, explicit: Path | None) -> Path:
    if explicit is not None:
        return explicit
    candidate = directory / "gold.json"
    if candidate.is_file():
        return candidate
    if directory.resolve() == ARTICLES.resolve() and ARTICLES_GOLD.is_file():
        return ARTICLES_GOLD
    raise HarnessError(f"no gold file for {directory}: pass --gold or add {candidate}")


def scan_targets(directory: Path, gold: dict[str, Any], gold_path: Path) -> list[Path]:
    """The paths to scan: the gold's articles for a self-contained dev set, else the DIR."""
    if gold_path.resolve().parent != directory.resolve():
        return [directory]
    files = [directory / name for name in gold.get("articles") or {}]
    present = [f for f in files if f.is_file()]
    return present or [directory]


def run_scan(paths: list[Path]) -> dict[str, Any]:
    """The report as `scan --format json` prints it: via the library, else a subprocess."""
    try:
        from claimcheck.api import scan  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return _scan_subprocess(paths)
    report = scan(paths)
    if hasattr(report, "model_dump"):
        return dict(report.model_dump(mode="json"))
    return dict(report)


def _scan_subprocess(paths: list[Path]) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "claimcheck", "scan", *map(str, paths)]
    cmd += ["--format", "json", "--no-write"]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    # exit status 1 only means "unresolved conflicts": the report is still on stdout
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise HarnessError(
            f"`{' '.join(cmd)}` exited {proc.returncode} without a JSON report:\n"
            f"{proc.stderr.strip()[-2000:]}"
        ) from exc
    if not isinstance(data, dict):
        raise HarnessError(f"`{' '.join(cmd)}` printed JSON that is not a report")
    return data


def evaluate(directory: Path, gold_arg: Path | None) -> tuple[str, Path, Score]:
    if not directory.is_dir():
        raise HarnessError(f"not a directory: {directory}")
    gold_path = find_gold(directory, gold_arg)
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise HarnessError(f"cannot read gold file {gold_path}: {exc}") from exc
    report = run_scan(scan_targets(directory, gold, gold_path))
    return _display(directory), gold_path, score(report, gold)


def default_dirs() -> list[Path]:
    dirs = [ARTICLES] if ARTICLES.is_dir() and ARTICLES_GOLD.is_file() else []
    dirs += sorted(p.parent for p in PROBES.glob("*/gold.json"))
    if DEVSET.is_dir():
        dirs.append(DEVSET)
    return dirs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("dirs", nargs="*", type=Path, metavar="DIR", help="corpus folder(s)")
    parser.add_argument("--gold", type=Path, help="gold file (default: DIR/gold.json)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)

    dirs: list[Path] = args.dirs or default_dirs()
    if not dirs:
        parser.error(f"no DIR given and neither {ARTICLES_GOLD} nor {DEVSET} exists")

    results: list[tuple[str, Path, Score]] = []
    try:
        for directory in dirs:
            results.append(evaluate(directory, args.gold))
    except HarnessError as exc:
        print(f"accuracy: {exc}", file=sys.stderr)
        return 2

    if args.json:
        payload = [
            {"corpus": label, "gold": str(gold), "score": result.model_dump(mode="json")}
            for label, gold, result in results
        ]
        print(json.dumps(payload, indent=2))
        return 0
    for label, gold, result in results:
        print(f"== {label} (gold: {_display(gold)}) ==")
        print(result.to_text())
        print()
    for label, _, result in results:
        print(result.summary(label))
    return 0


if __name__ == "__main__":
    sys.exit(main())
