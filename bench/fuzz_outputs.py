"""Fuzz every output format with hostile file names, article text and reasons (issue 12).

    python bench/fuzz_outputs.py [--examples N]

Runs the invariants of `tests/test_fuzz_outputs.py` (valid JSON and SARIF, no line a GitHub
runner reads as a command, no raw control character, markup shown and not read, no live
mention or link in markdown) over N random examples (default 2000) and prints how many ran.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_fuzz_outputs import check_all_formats, hostile, hostile_report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--examples", type=int, default=2000)
    args = parser.parse_args()
    ran = 0

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.lists(hostile, min_size=1, max_size=12))
    def fuzz(words: list[str]) -> None:
        nonlocal ran
        ran += 1
        check_all_formats(hostile_report(words))

    start = time.perf_counter()
    fuzz()
    took = time.perf_counter() - start
    print(
        f"{ran} examples through text, explain, json, sarif, github and markdown: all "
        f"invariants held ({took:.0f} s)"
    )


if __name__ == "__main__":
    main()
