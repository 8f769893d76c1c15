"""What scoring a report against a gold file gives (bench/scoring.py): per article, the
conflict checks, and the whole score with its text for a developer."""

from __future__ import annotations

from gold_refs import (  # bench/, beside this module
    ClaimRef,
    ConflictEntry,
    ConflictRef,
    GoldEntry,
    _fmt_ratio,
    _ratio,
    _truncate,
)
from pydantic import BaseModel, Field, computed_field

# --- results ------------------------------------------------------------------------------


class ArticleScore(BaseModel):
    article: str
    must_total: int
    must_matched: int
    correct: int
    wrong: int
    ambiguous: int = 0  # non-ignored ambiguous claims (recall only)
    skipped: int = 0  # rank-unit and ignored claims
    missed: list[GoldEntry] = Field(default_factory=list)
    forbidden: list[ClaimRef] = Field(default_factory=list)
    unexpected: list[ClaimRef] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return _ratio(self.must_matched, self.must_total)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return _ratio(self.correct, self.correct + self.wrong)

    def to_text(self) -> str:
        lines = [_article_row(self.article, self)]
        lines += [f"    missed  {entry.label()}" for entry in self.missed]
        for claim in self.forbidden:
            lines.append(f"    forbid  {claim.label()}")
            lines.append(f"              {_truncate(claim.text)!r}")
        for claim in self.unexpected:
            lines.append(f"    extra   {claim.label()}")
            lines.append(f"              {_truncate(claim.text)!r}")
        return "\n".join(lines)


class MustCheck(BaseModel):
    entry: ConflictEntry
    conflicts: list[ConflictRef] = Field(default_factory=list)  # the ones that satisfy it

    @computed_field  # type: ignore[prop-decorator]
    @property
    def found(self) -> bool:
        return bool(self.conflicts)


class Violation(BaseModel):
    entry: ConflictEntry
    conflicts: list[ConflictRef]


class ConflictScore(BaseModel):
    must: list[MustCheck] = Field(default_factory=list)
    must_not_total: int = 0
    must_not_violations: list[Violation] = Field(default_factory=list)
    errors_found: int = 0  # open conflicts with severity "error"
    max_errors: int | None = None
    false_alarms: list[ConflictRef] = Field(default_factory=list)  # open errors no must explains

    @computed_field  # type: ignore[prop-decorator]
    @property
    def must_found(self) -> int:
        return sum(check.found for check in self.must)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def must_total(self) -> int:
        return len(self.must)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def ok(self) -> bool:
        within = self.max_errors is None or self.errors_found <= self.max_errors
        return self.must_found == self.must_total and not self.must_not_violations and within

    def summary(self) -> str:
        limit = "" if self.max_errors is None else f" (max {self.max_errors})"
        return (
            f"conflicts must {self.must_found}/{self.must_total}, "
            f"must_not violations {len(self.must_not_violations)}, "
            f"errors {self.errors_found}{limit}"
        )

    def to_text(self) -> str:
        lines = [f"Conflicts: must {self.must_found}/{self.must_total} found"]
        for check in self.must:
            mark = "x" if check.found else " "
            ids = ", ".join(c.id for c in check.conflicts)
            lines.append(f"  [{mark}] {check.entry.label()}" + (f"  ({ids})" if ids else ""))
        lines.append(
            f"  must_not: {len(self.must_not_violations)} violation(s)"
            f" of {self.must_not_total} check(s)"
        )
        for violation in self.must_not_violations:
            lines.append(f"  [!] {violation.entry.label()}")
            for conflict in violation.conflicts:
                lines.append(f"        {conflict.label()}: {_truncate(conflict.message)}")
        limit = "no limit" if self.max_errors is None else f"max {self.max_errors}"
        lines.append(f"  errors: {self.errors_found} open ({limit})")
        for conflict in self.false_alarms:
            lines.append(f"  [?] false alarm {conflict.label()}: {_truncate(conflict.message)}")
        return "\n".join(lines)


class Score(BaseModel):
    articles: list[ArticleScore] = Field(default_factory=list)
    outside_gold_claims: int = 0  # claims of sources that the gold does not cover
    outside_gold_sources: list[str] = Field(default_factory=list)
    conflicts: ConflictScore | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def must_total(self) -> int:
        return sum(a.must_total for a in self.articles)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def must_matched(self) -> int:
        return sum(a.must_matched for a in self.articles)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def correct(self) -> int:
        return sum(a.correct for a in self.articles)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def wrong(self) -> int:
        return sum(a.wrong for a in self.articles)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return _ratio(self.must_matched, self.must_total)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return _ratio(self.correct, self.correct + self.wrong)

    def summary(self, label: str = "") -> str:
        """One line: `label: claims P=0.97 R=0.95 | conflicts must 2/2, ...`."""
        prefix = f"{label}: " if label else ""
        line = f"{prefix}claims P={_fmt_ratio(self.precision)} R={_fmt_ratio(self.recall)}"
        if self.conflicts is not None:
            line += f" | {self.conflicts.summary()}"
        return line

    def to_text(self) -> str:
        header = (
            f"{'article':<34} {'must':>5} {'hit':>5} {'R':>5}"
            f" {'ok':>5} {'wrong':>5} {'forbid':>6} {'P':>5} {'ambig':>5}"
        )
        lines = ["Claims", "  " + header]
        lines += ["  " + a.to_text() for a in self.articles]
        total = ArticleScore(
            article="total",
            must_total=self.must_total,
            must_matched=self.must_matched,
            correct=self.correct,
            wrong=self.wrong,
            ambiguous=sum(a.ambiguous for a in self.articles),
            forbidden=[c for a in self.articles for c in a.forbidden],
        )
        lines.append("  " + _article_row("total", total))
        if self.outside_gold_claims:
            sources = ", ".join(self.outside_gold_sources)
            lines.append(
                f"  outside gold: {self.outside_gold_claims} claim(s) from {sources} (not scored)"
            )
        if self.conflicts is not None:
            lines.append(self.conflicts.to_text())
        lines.append(self.summary())
        return "\n".join(lines)


def _article_row(name: str, a: ArticleScore) -> str:
    return (
        f"{_truncate(name, 34):<34} {a.must_total:>5} {a.must_matched:>5}"
        f" {_fmt_ratio(a.recall):>5} {a.correct:>5} {a.wrong:>5} {len(a.forbidden):>6}"
        f" {_fmt_ratio(a.precision):>5} {a.ambiguous:>5}"
    )
