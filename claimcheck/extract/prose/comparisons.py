"""The comparisons and rankings a sentence states ("M beats X on B", "third on B"), with
the subject, benchmark and conditions its claims (or the context) give them; the shapes of
comparison are `extract.relations`."""

from __future__ import annotations

from claimcheck.extract.prose.state import SentenceState
from claimcheck.extract.relations import Named, RawRelation
from claimcheck.extract.relations import find as find_relations


def relations(s: SentenceState) -> list[RawRelation]:
    text, models, doc = s.text, s.models, s.doc
    if s.claims:
        first, first_id = s.claims[0]
        subject: str | None = first.model
        if first_id in s.objects and s.refs and doc.current_subject():
            # "That places it fifth, behind X (94.3%), Y (92.8%) ...": the first figure is
            # an object's; "it" is who is compared.
            subject = doc.current_subject()
        bench = first.benchmark
        quals = dict(first.qualifiers)
    else:
        firsts = [m for m in models if id(m) not in s.objects and id(m) not in s.ambiguous]
        first_ref = s.refs[0][0] if s.refs else len(text)
        if firsts and firsts[0].start < first_ref:
            subject = firsts[0].canonical
        else:
            subject = doc.current_subject() if s.refs else None
        names = {b.canonical for b in s.benches}
        if len(names) == 1:
            bench = s.benches[0].canonical
        elif not names and doc.prev_bench is not None:
            bench = doc.prev_bench.canonical
        else:
            return []
        quals = {}
    named = [Named(m.start, m.end, m.canonical) for m in models if id(m) not in s.ambiguous]
    found = find_relations(text, named, subject)
    if not found or subject is None:
        return []
    line, _ = s.block.position(s.sentence.offset, s.line_of)
    return [
        RawRelation(subject, relation, target, rank, bench, line, text.strip()[:500], quals)
        for relation, target, rank in found
    ]
