"""Shared test settings: the hypothesis profiles.

- "ci" (chosen when the CI environment variable is set): a fixed number of examples per
  property, derandomized so a failure in CI is reproduced by rerunning the same commit.
- "dev" (otherwise): the same number of random examples; each run explores new inputs.

Choose another with HYPOTHESIS_PROFILE=ci|dev|long. Tests that set their own max_examples keep
it; the profile supplies everything they leave unset. No deadline: the machines running
the tests vary in speed, and the tests never time anything (DESIGN.md).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from claimcheck.extract.prose import ProseReader

# bench/ holds the gold-file scorer (bench/scoring.py): not part of the installed package, used
# by bench/accuracy.py and by the accuracy and scoring tests.
BENCH = str(Path(__file__).resolve().parents[1] / "bench")
if BENCH not in sys.path:
    sys.path.append(BENCH)

# The cache secret (claimcheck/cache.py) of the test run lives in a folder of its own, never
# in the user's ~/.cache; subprocesses inherit it.
if "CLAIMCHECK_TEST_CACHE_HOME" not in os.environ:
    import atexit
    import shutil
    import tempfile

    _CACHE_HOME = tempfile.mkdtemp(prefix="claimcheck-test-cache-")
    atexit.register(shutil.rmtree, _CACHE_HOME, True)
    os.environ["CLAIMCHECK_TEST_CACHE_HOME"] = os.environ["XDG_CACHE_HOME"] = _CACHE_HOME

EXAMPLES_PER_PROPERTY = 200

settings.register_profile(
    "ci",
    max_examples=EXAMPLES_PER_PROPERTY,
    derandomize=True,
    database=None,  # a fresh checkout every run: nothing to replay, nothing to store
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=EXAMPLES_PER_PROPERTY,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# A longer hunt, by hand: HYPOTHESIS_PROFILE=long python -m pytest tests/test_properties.py
settings.register_profile(
    "long",
    max_examples=20 * EXAMPLES_PER_PROPERTY,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


@pytest.fixture(scope="session")
def reader() -> ProseReader:
    """The prose reader of the built-in catalog, shared by every test that reads text."""
    # Imported here: the cache settings above come before anything of claimcheck loads.
    from claimcheck.catalog import default
    from claimcheck.extract import reader_for

    return reader_for(default())
