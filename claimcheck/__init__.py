"""claimcheck: catch sources that disagree on AI benchmark numbers.

Library use: `claimcheck.scan(paths) -> Report` (see `claimcheck.api`).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "scan"]


def __getattr__(name: str) -> Any:
    # Imported on first use, so `claimcheck --help` does not pay for the whole pipeline.
    if name == "scan":
        from claimcheck.api import scan

        return scan
    raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
