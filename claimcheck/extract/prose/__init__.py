"""Claims in sentences and list items: "M scored V on B", "V for M", "M's V", "B: V (M2 V2)".

For each number that could be a score, the reader finds its model and its benchmark from
the mentions around it, the way English ties them. One module a job, each working on the
sentence's `SentenceState`:
- `unknown`: what a name no catalog holds is where it stands, and which full name a short
  or bare family name ("Gemini") stands for;
- `values`: which numbers are scores (not counts, years, versions, reference figures);
- `subjects`: the model of a value ("V for M", the nearest model not compared against,
  "it" for the subject, lists read in order);
- `benchmarks`: the benchmark of a value ("V on B", the nearest one, the paragraph's);
- `conditions`: the conditions of a value, scoped to its clause;
- `comparisons`: the comparisons and rankings a sentence states;
- `reader`: `ProseReader`, which walks the document and drives the steps.
"""

from claimcheck.extract.prose.reader import ProseReader
from claimcheck.extract.prose.state import RawClaim

__all__ = ["ProseReader", "RawClaim"]
