"""Speed and scale benchmark: figures and ratios from one run on one machine.

    python bench/run.py [--sizes 400,1000,10000] [--seed 0] [--workdir DIR] [--repeat N]

For each size it generates a corpus (bench/generate_corpus.py; not timed) and prints:

- scan throughput (MB/s, articles/s, ms per article) of `claimcheck.api.scan` in this process,
  after a warm-up scan, so start-up is excluded; with `jobs=1` (the figure compared with the
  regex pass, one core against one core) and with `jobs=2`, and whether both give the same
  JSON;
- the same bytes through a bare regex pass for numbers (read each file, `re.finditer` over its
  text): the near-limit for a Python scanner; the goal is claimcheck at 1/30 of it or better;
- a sample of the same articles through quantulum3's `parser.parse` (a published quantity
  extractor; bench-only, "not installed" when missing): the goal is claimcheck at 100x or
  better;
- peak memory (max RSS) of `claimcheck scan DIR --format json --no-write --jobs 1` in a child
  process, for the sizes up to 1,000: the goal is 300 MB or less at 400 articles, growing with
  the claims kept rather than the bytes read;
- how time grows with size: ms per article at each size, the least-squares slope over all
  sizes, and the exponent k of time ~ n^k between 1,000 (or the smallest size) and the largest
  (linear: k close to 1; the goal allows k <= 1.1);
- start-up of `claimcheck scan` on one small file (median wall time of 5 runs) against
  `python -c "import typer, rich.console, pydantic, rapidfuzz"` (median of 5), both with their
  bytecode cached (in the work folder): the goal is 2x or less;
- when dask is installed, the extract step as a dask.bag map (2 processes) then the reduce
  (`api.claims_from` + `api.reconcile_claims`), timed and compared with the plain scan.

With --phases it also times the scan's steps apart at each size (extract, the cross-document
`claims_from`, reconcile), to show which one stops growing linearly.

Ratios, not absolute times, are the figures: they hold from one machine to another.
Exit status 0 whatever the figures (it is a measurement, not a gate); 2 on bad usage.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
for entry in (str(ROOT), str(BENCH)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from generate_corpus import MANIFEST, generate  # noqa: E402

from claimcheck import api  # noqa: E402  (imported before any timing: start-up excluded)
from claimcheck.render.json import render as render_json  # noqa: E402

NUMBER = re.compile(r"\d+(?:\.\d+)?%?")
FLOOR_IMPORTS = "import typer, rich.console, pydantic, rapidfuzz"
MEMORY_MAX_SIZE = 1000  # peak memory is measured for the sizes up to this one
QUANTULUM_SAMPLE = 20

# Run a command as a child and print the largest resident set of its process tree: a fresh
# process, so that no earlier child of the benchmark counts.
_MAXRSS = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


@dataclass(slots=True)
class Size:
    articles: int
    folder: Path
    bytes: int
    planted: list[tuple[str, str]]
    claims: int = 0
    contradictions: int = 0
    planted_found: int = 0
    seconds: float = math.nan
    seconds_jobs2: float = math.nan
    identical: bool | None = None
    regex_seconds: float = math.nan
    regex_matches: int = 0
    peak_mb: float | None = None
    dask_seconds: float | None = None
    dask_equal: bool | None = None
    phases: dict[str, float] = field(default_factory=dict)

    @property
    def mb(self) -> float:
        return self.bytes / 1e6

    @property
    def mbps(self) -> float:
        return self.mb / self.seconds

    @property
    def regex_mbps(self) -> float:
        return self.mb / self.regex_seconds


def _timed(run: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The best wall time of `repeat` runs, and the last run's result."""
    best = math.inf
    result: Any = None
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def _median_wall(
    cmd: Sequence[str], env: dict[str, str] | None = None, runs: int = 5
) -> tuple[float, int]:
    """Median wall time of `runs` runs (after one unmeasured run that warms the file cache
    and the bytecode), and the exit code of the last one."""
    out = subprocess.DEVNULL
    subprocess.run(cmd, stdout=out, stderr=out, env=env)
    times = []
    code = 0
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, stdout=out, stderr=out, env=env)
        times.append(time.perf_counter() - start)
        code = done.returncode
    return statistics.median(times), code


def _maxrss_mb(cmd: Sequence[str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _MAXRSS, *cmd], capture_output=True, text=True, check=True
    ).stdout
    value = int(out.strip().splitlines()[-1])
    # Linux reports kilobytes, macOS bytes.
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


def _claimcheck_cmd() -> list[str]:
    script = Path(sys.executable).parent / "claimcheck"
    if script.exists():
        return [str(script)]
    found = shutil.which("claimcheck")
    return [found] if found else [sys.executable, "-m", "claimcheck"]


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in {".md", ".txt", ".html"})


def regex_pass(files: Sequence[Path]) -> int:
    """The floor for a Python scanner: read each file, find every number in it."""
    count = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        for _ in NUMBER.finditer(text):
            count += 1
    return count


def quantulum_rate(files: Sequence[Path]) -> tuple[float, int, str] | None:
    """Bytes per second of quantulum3's parser over `files`; None when not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    try:
        import sklearn  # noqa: F401

        flavour = "with its classifier"
    except ImportError:
        flavour = "without its optional classifier"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse("warm-up: 81.2% on OrbitQA, $2.50 per million tokens")
        texts = [p.read_text(encoding="utf-8") for p in files]
        start = time.perf_counter()
        found = sum(len(parser.parse(t)) for t in texts)
        seconds = time.perf_counter() - start
    total = sum(len(t.encode()) for t in texts)
    return total / seconds, found, flavour


def dask_scan(folder: Path, catalog: Any) -> Any:
    """The extract step as a dask.bag map over two processes, then the reduce."""
    import dask.bag as db

    files, skipped = api.discover([folder])
    extractions = (
        db.from_sequence(files, npartitions=8)
        .map(api.extract_path, catalog=catalog)
        .compute(scheduler="processes", num_workers=2)
    )
    read = [ex for ex in extractions if not ex.skipped]
    return api.reconcile_claims(
        api.claims_from(read, catalog),
        catalog,
        skipped=[*skipped, *(ex.skipped for ex in extractions if ex.skipped)],
        notes=[f"{ex.path}: {note}" for ex in extractions for note in ex.notes],
        sources=[ex.path for ex in read],
        relations=api.relations_from(extractions),
        extra=api.stale_marker_findings(extractions),
    )


def _dask_available() -> bool:
    try:
        import dask.bag  # noqa: F401
    except ImportError:
        return False
    return True


def _fit(points: Sequence[tuple[int, float]]) -> tuple[float, float]:
    """Least-squares slope (seconds per article) and intercept (seconds)."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    slope = sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else math.nan
    return slope, my - slope * mx


def _ratio(value: float) -> str:
    if not math.isfinite(value) or value <= 0:
        return "n/a"
    return f"1/{1 / value:.0f}" if value < 1 else f"{value:.1f}x"


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else "PASS" if ok else "MISS"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="400,1000", help="Corpus sizes (default 400,1000).")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1, help="Best of N timed scans a size.")
    parser.add_argument(
        "--workdir", type=Path, default=None, help="Where corpora go (default: a temp folder)."
    )
    parser.add_argument("--no-dask", action="store_true", help="Skip the dask.bag timing.")
    parser.add_argument(
        "--phases",
        action="store_true",
        help="Also time the scan's steps apart (extract, claims_from, reconcile) at each size.",
    )
    args = parser.parse_args(argv)
    try:
        sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        parser.error(f"--sizes takes numbers separated by commas, not {args.sizes!r}")
    if not sizes or min(sizes) < 1:
        parser.error("--sizes needs at least one positive size")

    shown = sys.argv[1:] if argv is None else argv
    print("$ python bench/run.py " + " ".join(shown), flush=True)
    with contextlib.ExitStack() as stack:
        if args.workdir is None:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="cc-bench-")))
        else:
            work = args.workdir
            work.mkdir(parents=True, exist_ok=True)
        code = _run(sizes, args.seed, args.repeat, work, not args.no_dask, args.phases)
    return code


def _corpus(work: Path, n: int, seed: int) -> Size:
    folder = work / f"corpus-{n}-seed{seed}"
    manifest_file = folder / MANIFEST
    if not manifest_file.exists():
        generate(folder, n, seed)
    data = json.loads(manifest_file.read_text(encoding="utf-8"))
    planted = [(c["model"], c["benchmark"]) for c in data["contradictions"]]
    return Size(n, folder, data["bytes"], planted)


def phases(folder: Path, catalog: Any) -> dict[str, float]:
    """Seconds in each step of `api.scan` (jobs=1): where the time goes as the corpus grows."""
    out: dict[str, float] = {}
    start = time.perf_counter()
    files, skipped = api.discover([folder])
    extractions = api.extract_all(files, catalog, api.Options(jobs=1))
    out["extract"] = time.perf_counter() - start
    start = time.perf_counter()
    read = [ex for ex in extractions if not ex.skipped]
    claims = api.claims_from(read, catalog)
    out["claims_from"] = time.perf_counter() - start
    start = time.perf_counter()
    api.reconcile_claims(
        claims,
        catalog,
        skipped,
        sources=[ex.path for ex in read],
        relations=api.relations_from(extractions),
        extra=api.stale_marker_findings(extractions),
    )
    out["reconcile"] = time.perf_counter() - start
    return out


def _run(
    sizes: list[int], seed: int, repeat: int, work: Path, use_dask: bool, split: bool = False
) -> int:
    cores = os.cpu_count() or 1
    print(
        f"claimcheck speed and scale: python {platform.python_version()}, {cores} cores, "
        f"sizes {','.join(map(str, sizes))}, seed {seed}, best of {repeat}",
        flush=True,
    )
    catalog = api.catalog_mod.default()
    # Warm-up: a small scan loads every lazily imported module and the catalog.
    warm = _corpus(work, 20, seed + 1)
    api.scan([warm.folder], api.Options(jobs=1), catalog)

    results: list[Size] = []
    for n in sizes:
        size = _corpus(work, n, seed)
        files = _articles(size.folder)
        size.regex_seconds, size.regex_matches = _timed(lambda f=files: regex_pass(f), 3)
        size.seconds, report = _timed(
            lambda s=size: api.scan([s.folder], api.Options(jobs=1), catalog), repeat
        )
        size.claims = len(report.claims)
        found = {(k.model, k.benchmark) for k in report.conflicts if k.kind == "contradiction"}
        size.contradictions = len(found)
        size.planted_found = sum(p in found for p in size.planted)
        reference = render_json(report)
        del report
        size.seconds_jobs2, report2 = _timed(
            lambda s=size: api.scan([s.folder], api.Options(jobs=2), catalog), repeat
        )
        size.identical = render_json(report2) == reference
        del report2
        if n <= MEMORY_MAX_SIZE:
            cmd = [*_claimcheck_cmd(), "scan", str(size.folder), "--format", "json"]
            size.peak_mb = _maxrss_mb([*cmd, "--no-write", "--jobs", "1"])
        if use_dask and n == sizes[0] and _dask_available():
            size.dask_seconds, dreport = _timed(lambda s=size: dask_scan(s.folder, catalog), 1)
            size.dask_equal = render_json(dreport) == reference
        if split:
            size.phases = phases(size.folder, catalog)
        results.append(size)
        print(
            f"  {n} articles: scan {size.seconds:.2f} s (jobs 1), {size.seconds_jobs2:.2f} s "
            f"(jobs 2)",
            flush=True,
        )

    first = results[0]
    sample = _articles(first.folder)[:QUANTULUM_SAMPLE]
    quantulum = quantulum_rate(sample)

    small = sorted(_articles(warm.folder), key=lambda p: p.stat().st_size)[0]
    startup_cmd = [*_claimcheck_cmd(), "scan", str(small), "--no-write"]
    floor_cmd = [sys.executable, "-c", FLOOR_IMPORTS]
    # As an installed tool runs: with its bytecode cached. The cache goes to the work folder
    # (PYTHONPYCACHEPREFIX), not into the source tree, whatever PYTHONDONTWRITEBYTECODE says.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    startup, startup_code = _median_wall(startup_cmd, env)
    floor, _ = _median_wall(floor_cmd, env)
    startup_nocache: tuple[float, float] | None = None
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        startup_nocache = (_median_wall(startup_cmd)[0], _median_wall(floor_cmd)[0])
    floor_mb = _maxrss_mb([sys.executable, "-c", FLOOR_IMPORTS])

    _print_report(
        results, quantulum, startup, startup_code, floor, floor_mb, small, use_dask, startup_nocache
    )
    return 0


def _print_report(
    results: list[Size],
    quantulum: tuple[float, int, str] | None,
    startup: float,
    startup_code: int,
    floor: float,
    floor_mb: float,
    small: Path,
    use_dask: bool,
    startup_nocache: tuple[float, float] | None = None,
) -> None:
    print()
    head = (
        f"{'articles':>8} {'MB':>6} {'claims':>7} {'scan s':>7} {'MB/s':>6} {'art/s':>6} "
        f"{'ms/art':>7} {'regex MB/s':>10} {'vs regex':>8} {'jobs2 s':>8} {'jobs2 MB/s':>10} "
        f"{'speedup':>7} {'same':>5} {'peak MB':>7}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        peak = f"{r.peak_mb:.0f}" if r.peak_mb is not None else "-"
        print(
            f"{r.articles:>8} {r.mb:>6.2f} {r.claims:>7} {r.seconds:>7.2f} {r.mbps:>6.2f} "
            f"{r.articles / r.seconds:>6.0f} {1000 * r.seconds / r.articles:>7.2f} "
            f"{r.regex_mbps:>10.1f} {_ratio(r.mbps / r.regex_mbps):>8} {r.seconds_jobs2:>8.2f} "
            f"{r.mb / r.seconds_jobs2:>10.2f} {r.seconds / r.seconds_jobs2:>6.2f}x "
            f"{'yes' if r.identical else 'NO':>5} {peak:>7}"
        )
    print()
    for r in results:
        print(
            f"contradictions at {r.articles}: {r.contradictions} reported, planted "
            f"{r.planted_found}/{len(r.planted)} found (the rest of the reported ones are "
            "not planted: the generator writes every other pair with one value)"
        )

    goals: list[tuple[str, str, bool | None]] = []
    if quantulum is None:
        print("quantulum3: not installed (pip install -r bench/requirements.txt)")
    else:
        rate, found, flavour = quantulum
        print(
            f"quantulum3 ({flavour}): {rate / 1e3:.1f} KB/s over {QUANTULUM_SAMPLE} articles of "
            f"the {results[0].articles} corpus ({found} quantities)"
        )
    for r in results:
        ratio = r.mbps / r.regex_mbps
        goals.append(
            (f"throughput >= 1/30 of regex pass ({r.articles})", _ratio(ratio), ratio >= 1 / 30)
        )
        if quantulum is not None:
            times = r.mbps * 1e6 / quantulum[0]
            goals.append(
                (f"throughput >= 100x quantulum3 ({r.articles})", _ratio(times), times >= 100)
            )
        else:
            goals.append((f"throughput >= 100x quantulum3 ({r.articles})", "not installed", None))

    # Growth with size.
    points = [(r.articles, r.seconds) for r in results]
    if len(points) >= 2:
        slope, intercept = _fit(points)
        base = next((r for r in results if r.articles >= 1000 and r is not results[-1]), results[0])
        last = results[-1]
        k = math.log(last.seconds / base.seconds) / math.log(last.articles / base.articles)
        per = ", ".join(f"{r.articles}: {1000 * r.seconds / r.articles:.2f}" for r in results)
        print(
            f"growth: ms per article {per}; least-squares slope {1000 * slope:.2f} ms/article "
            f"(intercept {intercept:.2f} s); time ~ n^{k:.2f} from {base.articles} to "
            f"{last.articles}"
        )
        goals.append(
            (f"linear growth {base.articles} -> {last.articles} (k <= 1.1)", f"k={k:.2f}", k <= 1.1)
        )
    else:
        print("growth: one size only (give --sizes 1000,10000 for the slope)")

    for r in results:
        if r.phases:
            parts = ", ".join(
                f"{name} {sec:.2f} s ({1000 * sec / r.articles:.2f} ms/art)"
                for name, sec in r.phases.items()
            )
            print(f"steps at {r.articles}: {parts}")

    # Memory.
    measured = [r for r in results if r.peak_mb is not None]
    if measured:
        parts = ", ".join(f"{r.articles}: {r.peak_mb:.0f} MB" for r in measured)
        line = (
            f"peak memory (claimcheck scan --jobs 1, max RSS): {parts}; "
            f"import floor {floor_mb:.0f} MB"
        )
        if len(measured) >= 2:
            a, b = measured[0], measured[-1]
            assert a.peak_mb is not None and b.peak_mb is not None
            grow = b.peak_mb - a.peak_mb
            line += (
                f"; growth {1024 * grow / max(1, b.claims - a.claims):.1f} KB per claim kept, "
                f"{grow / max(1e-9, b.mb - a.mb):.1f} MB per MB read"
            )
        print(line)
    at400 = next((r for r in results if r.articles == 400), None)
    if at400 is not None and at400.peak_mb is not None:
        goals.append(
            ("peak memory <= 300 MB (400)", f"{at400.peak_mb:.0f} MB", at400.peak_mb <= 300)
        )

    # Start-up.
    code = f" (exit {startup_code})" if startup_code not in (0, 1) else ""
    print(
        f"start-up: claimcheck scan {small.name} ({small.stat().st_size} B) {1000 * startup:.0f} ms"
        f'{code}; python -c "{FLOOR_IMPORTS}" {1000 * floor:.0f} ms (medians of 5, bytecode '
        "cached)"
    )
    if startup_nocache is not None:
        bare, bare_floor = startup_nocache
        print(
            "  as this environment runs them (PYTHONDONTWRITEBYTECODE set: claimcheck's own "
            f"modules compile at every start): {1000 * bare:.0f} ms vs {1000 * bare_floor:.0f} "
            f"ms, {bare / bare_floor:.2f}x"
        )
    goals.append(("start-up <= 2x import floor", f"{startup / floor:.2f}x", startup / floor <= 2))

    # Parallel and distributed.
    goals.append(
        (
            "--jobs 2 JSON identical to --jobs 1",
            "yes" if all(r.identical for r in results) else "no",
            all(r.identical for r in results),
        )
    )
    first = results[0]
    if not use_dask:
        print("dask: skipped (--no-dask)")
    elif first.dask_seconds is None:
        print("dask: not installed (pip install -r bench/requirements.txt)")
    else:
        print(
            f"dask.bag map (2 processes) + reduce at {first.articles}: {first.dask_seconds:.2f} s "
            f"({first.mb / first.dask_seconds:.2f} MB/s), same JSON as scan: "
            f"{'yes' if first.dask_equal else 'NO'}"
        )
        goals.append(
            (
                f"dask map + reconcile == scan ({first.articles})",
                "yes" if first.dask_equal else "no",
                first.dask_equal,
            )
        )

    print()
    width = max(len(g[0]) for g in goals)
    print(f"{'goal':<{width}}  {'measured':>13}  verdict")
    for name, measured_text, ok in goals:
        print(f"{name:<{width}}  {measured_text:>13}  {_verdict(ok)}")


if __name__ == "__main__":
    sys.exit(main())
