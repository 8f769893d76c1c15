"""What a scan is given (`Options`) and how its bulk steps run (`gc_paused`). Apart from
`api`, so that a scan whose report is kept imports neither the extractors nor reconcile."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from claimcheck.ingest.document import DEFAULT_MAX_BYTES


@dataclass(slots=True)
class Options:
    exclude: Sequence[str] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int = 1
    catalog_files: Sequence[Path] = ()


# True when the process is the `claimcheck` command (`cli.main`), not a caller of `app` or
# `api` (tests, scripts): only then may a run change what the whole process does, such as
# taking what a bulk step built out of the collector's passes for good.
OWN_PROCESS = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """The collector paused for a bulk step. The cross-document step builds hundreds of
    thousands of records and frees almost none: the collector's passes over them, each longer
    as the heap grows, found nothing and took a third of the step at 10,000 articles. In the
    command's own process they are then frozen: the first pass after the step walked them
    all once more (0.3 s at 10,000 articles); refcounting still frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if OWN_PROCESS:
            gc.freeze()
        if enabled:
            gc.enable()
