"""Time and size of the HTML report (and the markdown comment) on a generated corpus.

    python bench/html_report.py [--articles 2000] [--seed 0] [--workdir DIR] [--jobs N]
                                [--browser]

Generates the corpus once (bench/generate_corpus.py; reused from --workdir), scans it with
`claimcheck.api.scan` (timed apart: the scan is not the report), then times
`render.html.render` plus the atomic write of report.html, best of 3, and prints its size.
Goals from issue 13: under 5 s and under 10 MB at 2,000 articles. The markdown comment's
size is printed against GitHub's 65,536-character limit. With --browser (Playwright and the
system chromium), also the time Chromium takes to load the page and to filter its claims
table. Exit 0 whatever the figures: a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
for entry in (str(ROOT), str(BENCH)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from generate_corpus import MANIFEST, generate  # noqa: E402

from claimcheck import api  # noqa: E402
from claimcheck.ledger import atomic_write  # noqa: E402
from claimcheck.render import html, markdown  # noqa: E402

GOAL_SECONDS = 5.0
GOAL_BYTES = 10 * 1024 * 1024


def _browser(path: Path) -> None:
    executable = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("browser: playwright not installed")
        return
    if executable is None:
        print("browser: chromium not installed")
        return
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        page = b.new_page()
        start = time.perf_counter()
        page.goto(path.resolve().as_uri(), wait_until="load")
        loaded = time.perf_counter() - start
        model = page.eval_on_selector("#claims-table tbody tr", "r => r.cells[0].textContent")
        before = page.text_content("#claims-count")
        start = time.perf_counter()
        page.fill("#claims-filter", model)
        page.wait_for_function(
            "t => document.getElementById('claims-count').textContent !== t", arg=before
        )
        filtered = time.perf_counter() - start
        count = page.text_content("#claims-count")
        page.fill("#claims-filter", "")
        start = time.perf_counter()
        page.click("#claims-table th.n >> nth=0")
        page.evaluate("() => document.body.offsetHeight")
        ordered = time.perf_counter() - start
        b.close()
    print(
        f"browser: load {loaded:.2f} s; filter to {model!r} {filtered:.2f} s ({count}); "
        f"sort by value {ordered:.2f} s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", "-n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/claimcheck-bench"))
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--browser", action="store_true", help="Also load it in chromium.")
    args = parser.parse_args(argv)

    folder = args.workdir / f"corpus-{args.articles}-seed{args.seed}"
    if not (folder / MANIFEST).exists():
        generate(folder, args.articles, args.seed)
    start = time.perf_counter()
    report = api.scan([folder], api.Options(jobs=args.jobs))
    scanned = time.perf_counter() - start
    print(
        f"corpus: {args.articles:,} articles, {report.summary.claims:,} claims, "
        f"{len(report.conflicts):,} findings; scan {scanned:.1f} s (jobs={args.jobs}, not counted)"
    )
    out = args.workdir / f"report-{args.articles}.html"
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        page = html.render(report)
        atomic_write(out, page)
        best = min(best, time.perf_counter() - start)
    size = out.stat().st_size
    ok_time = "PASS" if best < GOAL_SECONDS else "MISS"
    ok_size = "PASS" if size < GOAL_BYTES else "MISS"
    print(f"html: render + write {best:.2f} s (best of 3; goal < {GOAL_SECONDS:.0f} s: {ok_time})")
    print(f"html: {size / 1e6:.2f} MB ({size:,} bytes; goal < 10 MB: {ok_size}) -> {out}")
    start = time.perf_counter()
    comment = markdown.render(report)
    took = time.perf_counter() - start
    units = len(comment.encode("utf-16-le")) // 2
    print(f"markdown: {units:,} characters in {took:.2f} s (GitHub's limit 65,536)")
    if args.browser:
        _browser(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
