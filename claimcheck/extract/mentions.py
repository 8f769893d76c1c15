"""Finding model and benchmark mentions in a piece of text.

Two passes: catalog spellings (one compiled alternation, longest first), then names no
catalog holds, found by shape: runs of capitalised or digit-bearing words ("Nova 3 Pro",
"FooBench-Hard"). A shape match is kept as a model when its family is a known model family,
as a benchmark when it carries a benchmark cue word, and otherwise left for the sentence
reader to decide by position ("on X" is a benchmark, "X scored" a model).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimcheck.extract.names import Names, clean_mention

# Characters that may not touch a name on either side.
_LEFT = r"(?<![A-Za-z0-9])"
_RIGHT_BAD = re.compile(r"[A-Za-z0-9]|[-.][A-Za-z0-9]|\+")
_HYPHEN_WORD = re.compile(r"-([a-z]{3,})\b")
_ORDINAL = re.compile(r"\d+(?:\.\d+)?(?:st|nd|rd|th)", re.I)
_VERSION_TAIL = re.compile(r"[ \-_]?[vV]\d+(?:\.\d+)*(?![\w.])")

_SNAPSHOT = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d.])"  # "0513", "1022"
_SHAPE_TOKEN = (
    r"(?:[A-Z][A-Za-z0-9]*(?:[.+][A-Za-z0-9]+)*\+?"  # Capitalised, CamelCase, GPT, HLE, Qwen3
    r"|[a-z]{1,3}\d[A-Za-z0-9.]*"  # o1, o3, r1, k2, m2.7
    rf"|{_SNAPSHOT}"
    r"|\d{1,2}x\d{1,3}(?:\.\d)?[BbMm](?![A-Za-z0-9])"  # 8x7B, 8x22B: experts times size
    r"|\d{1,3}(?:\.\d{1,2})?[A-Za-z]{0,3}\+?(?!\d))"  # 4, 3.1, 235B, 4o
)
# Lower-case words a name goes on with after a space or a hyphen ("Gemini 2.5 pro",
# "o3-mini"); after a hyphen also the catalog's tier, variant and release words
# ("Phi-3.5-vision-instruct", `_shape_re`), which after a space are often plain English.
_SHAPE_WORDS = (
    "mini|pro|nano|lite|flash|plus|max|turbo|preview|instruct|chat|air|thinking|hard|verified|"
    "diamond|reasoning|bench|eval|exam"
)


def _shape_re(words: list[str]) -> re.Pattern[str]:
    """Runs of capitalised or digit-bearing words, and the lower-case name words after them:
    one pattern per catalog."""
    hyphened = "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))
    return re.compile(
        rf"{_LEFT}{_SHAPE_TOKEN}"
        # A dated snapshot first, so "-2024-05-13" is not read as "-202".
        r"(?:-(?:19|20)\d\d-?\d\d-?\d\d(?![\d.])"
        # A year-month release after a hyphen: "Mistral-Small-3.2-24B-Instruct-2506".
        r"|-2[3-9](?:0[1-9]|1[0-2])(?![\d.])"
        rf"|(?:[ \-]|-(?=[a-z]))(?:{_SHAPE_TOKEN}|(?:{_SHAPE_WORDS})\b)"
        rf"|-(?:{hyphened})\b)*"
    )


# A number after a name that reads as a score, not a version: "Nova 2 66.0", "Muse Spark 52".
_TRAILING_VALUE = re.compile(r"(?:[3-9]\d|\d{3,})(?:\.\d+)?|[1-9]\d\.\d+")
_LABEL_TAIL = re.compile(
    r"[ \-_]\(?(?:(?P<word>[A-Za-z]+)\b|(?:19|20)\d\d-?\d\d-?\d\d(?!\d)|0\d{3}(?!\d)"
    r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d.]|\s*%))"
)
# A release in brackets after a model's name in a sentence: a word or a date with its dashes
# ("(new)", "(05-13)"); "(2029)" there is a figure, not a snapshot.
_BRACKET_LABEL = re.compile(r" ?\(((?=[^()\n]*[A-Za-z-])[^()\n]{1,16})\)")
_VARIANT_TAIL = re.compile(r"([ \-_])([A-Za-z]{2,8})(?![\w.])")
_ZERO_SNAPSHOT = re.compile(r"0[1-9](?:0[1-9]|[12]\d|3[01])")
_POSSESSIVE = re.compile(r"^(?:'s|’s|'|’)")
_DIGIT = re.compile(r"\d")
_WORD_CHAR = re.compile(r"[A-Za-z0-9]")
_TUNED_DASH = re.compile(r" [-–—] ")
_LAST_WORD = re.compile(r"[ \-]*[^ \-]*$")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str  # as written (possessive stripped)
    kind: str  # "model" | "benchmark" | "org" | "other" | "?" (decided by position)
    canonical: str = ""
    known: bool = False
    bare_family: bool = False  # "Gemini" alone: resolved from context later
    possessive: bool = False
    label_only: bool = False  # a model only because it heads "X: V"; the document may overrule


class MentionFinder:
    def __init__(self, names: Names) -> None:
        self.names = names
        self._shapes: dict[str, _Shape | tuple[()]] = {}
        spellings: list[tuple[str, str]] = []
        for entry in [*names.catalog.models, *names.catalog.benchmarks]:
            for spelling in (entry.name, *entry.aliases):
                spellings.append((spelling, entry.kind))
        self.kind_of: dict[str, str] = {}
        # Alternatives grouped by first letter behind a lookahead: at each word start the
        # engine tries one group instead of every spelling in the catalog.
        groups: dict[str, list[str]] = {}
        for spelling, kind in sorted(spellings, key=lambda s: (-len(s[0]), s[0])):
            self.kind_of.setdefault(spelling.casefold(), kind)
            groups.setdefault(spelling[:1].casefold(), []).append(self._pattern(spelling))
        branches = [
            f"(?={re.escape(first)}|{re.escape(first.upper())})(?:{'|'.join(alts)})"
            for first, alts in sorted(groups.items())
        ]
        self.catalog_re = re.compile(rf"{_LEFT}(?:{'|'.join(branches)})")
        self.families = names.family_names
        self._shape = _shape_re(
            [
                w
                for w in (*names.tiers, *names.name_variants, *names.release)
                if len(w) > 1 and w.isalpha()
            ]
        )
        tails = "|".join(re.escape(w) for w in names.tier_tails)
        # "Grok 3 mini" after a catalog's "Grok 3": another model, read whole by its shape.
        self._tier_tail = re.compile(rf"[ \-](?:{tails})(?![\w.])", re.I) if tails else None
        # "C-Eval Hard", "C-EVAL HARD": written as a name's word, capitalised or in capitals.
        subsets = "|".join(f"{w.capitalize()}|{w.upper()}" for w in names.subset_tails)
        self._subset_tail = re.compile(rf"[ \-](?:{subsets})(?![\w]|[.-]\w)") if subsets else None
        # "Japanese MT-Bench": a language just before a catalog benchmark, capitalised.
        languages = "|".join(w.capitalize() for w in names.languages)
        self._language_before = (
            re.compile(rf"(?:^|(?<=[\s(|*_>]))(?:{languages})[ -]$") if languages else None
        )
        # Lower-case model ids built on a known family: "gpt-oss-120b", "llama-3.1-8b".
        fams = "|".join(sorted((re.escape(f) for f in self.families), key=len, reverse=True))
        self.lower_id_re = re.compile(
            rf"(?<![\w.-])(?:{fams})(?:[-.]?[a-z0-9]{{1,12}}){{1,6}}(?![\w-])" if fams else r"(?!)"
        )

    @staticmethod
    def _pattern(spelling: str) -> str:
        pieces = [re.escape(p) for p in re.split(r"[\s\-_]+", spelling.translate(_QUOTES))]
        body = r"[\s\-_]?".join(pieces).replace("'", "['’]?")
        # Short or plain-word spellings ("R1", "Scout", "MedQA") match their case exactly.
        insensitive = len(spelling) >= 4 and bool(re.search(r"[\d\s\-]", spelling))
        return f"(?i:{body})" if insensitive else body

    def find(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for m in self.catalog_re.finditer(text):
            if taken and m.start() < taken[-1][1]:
                continue  # inside the last name's tail: the "V3" of "BFCL-V3"
            at = m.start()
            if len(m.group(0)) <= 3 and at >= 2 and text[at - 1] == "-" and text[at - 2].isalnum():
                continue  # "Corvid-R1", "Pell-o1": a short name as the tail of another one
            end = m.end()
            tail = text[end : end + 12]
            kind = self._kind_for(m.group(0))
            released = self._release_end(text, end) if kind == "model" else end
            if released > end:
                end = released
                tail = text[end : end + 12]
            elif self._labelled(tail):
                continue  # "o1-preview", "GPT-4o 0513": another model than the catalog's
            if kind == "model" and self._tier_tail and self._tier_tail.match(tail):
                continue
            variant = _VARIANT_TAIL.match(tail)
            if (
                variant
                and kind == "model"
                and self._variant(variant.group(2), joined=variant.group(1) != " ")
            ):
                # "Gemma 3 27B IT", "Llama-3-8B-Instruct": the instruct model, not the base
                # one the catalog name alone would be (a lower-case " it" is a pronoun).
                end += variant.end()
                tail = text[end : end + 12]
            version = _VERSION_TAIL.match(tail)
            if version and self.kind_of.get(m.group(0).casefold()) == "benchmark":
                end += version.end()  # "BFCL v2", "BFCL-v3": that version, not the benchmark
                tail = text[end : end + 12]
            subset = self._subset_tail.match(tail) if self._subset_tail else None
            if subset and self.kind_of.get(m.group(0).casefold()) == "benchmark":
                end += subset.end()  # "C-Eval Hard": that subset, not the whole benchmark
                tail = text[end : end + 12]
            if _RIGHT_BAD.match(tail):
                hyphen = _HYPHEN_WORD.match(tail)
                if not (hyphen and hyphen.group(1) not in self.names.tiers):
                    continue
            begin = m.start()
            if kind == "benchmark" and self._language_before is not None:
                language = self._language_before.search(text, max(0, begin - 16), begin)
                if language:
                    begin = language.start()  # "Japanese MT-Bench": the translation's name
            written = text[begin:end]
            canonical, entry = self.names.resolve(written, kind)
            mention = Mention(begin, end, written, kind, canonical, entry is not None)
            self._possessive(text, mention)
            found.append(mention)
            taken.append((begin, end))
        # A lower-case id needs a hyphen and a digit: most sentences skip the scan.
        lower_ids = self.lower_id_re.finditer(text) if "-" in text and _DIGIT.search(text) else ()
        for m in lower_ids:
            written = m.group(0)
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if not (any(c.isdigit() for c in written) and "-" in written):
                continue  # needs a version or size to be a model id, not a word
            canonical, entry = self.names.resolve(written, "model")
            found.append(
                Mention(m.start(), m.end(), written, "model", canonical, entry is not None)
            )
            taken.append((m.start(), m.end()))
        for m in self._shape.finditer(text):
            run = m.group(0)
            if _WORD_CHAR.match(text, m.end()):
                # The run stops inside a longer token ("3bc" of a hash "3bcb5e49..."): its
                # last word is part of something else, not a name's end.
                run = _LAST_WORD.sub("", run)
                if not run:
                    continue
            for start, written in self._pieces(m.start(), run):
                if any(a < start + len(written) and start < b for a, b in taken):
                    continue  # a catalog name inside: the run is not a name of its own
                mention = self._shape_mention(text, start, written)
                if mention:
                    found.append(self._with_release(text, mention))
        found.sort(key=lambda x: x.start)
        return self._join_tuned(text, found)

    def _join_tuned(self, text: str, found: list[Mention]) -> list[Mention]:
        """ "OpenHermes 2.5 - Mistral 7B", "Nous Hermes 2 - Solar 10.7B": a fine-tune's name,
        a dash, then the base it was tuned from, as community cards title themselves. Both
        are the one model's name: its figures are the fine-tune's, never the base's."""
        out: list[Mention] = []
        i = 0
        while i < len(found):  # one pass: a line of many such names stays linear
            tuned = found[i]
            base = found[i + 1] if i + 1 < len(found) else None
            if (
                base is not None
                and tuned.kind == "?"
                and base.kind == "model"
                and _DIGIT.search(tuned.text)
                and _TUNED_DASH.fullmatch(text, tuned.end, base.start)
            ):
                written = f"{tuned.text} {base.text}"
                canonical, entry = self.names.resolve(written, "model")
                out.append(
                    Mention(tuned.start, base.end, written, "model", canonical, entry is not None)
                )
                i += 2
            else:
                out.append(tuned)
                i += 1
        return out

    def _pieces(self, start: int, written: str) -> list[tuple[int, str]]:
        """A capitalised run that holds two names with words between them ("Claude 3 Opus
        Edges Out GPT-4" in a headline), cut in two: the first name ends at its last
        version or tier word; the second opens with a known family. Words between a name
        and a family that belong to names ("Distill", "Nemotron") keep the run whole."""
        words = written.split(" ")
        names = self.names
        for j, word in enumerate(words[1:], 1):
            if word.istitle() and word.casefold() in names.run_breaks:
                # "Claude 4 Shatters ...", "Gemini 1.5 Pro And Claude ...": the name ends
                # before the verb; what follows it is read on its own. (In capitals, a
                # heading: "PERFORMANCE AND PRICE" is left to the caps rule.)
                cut = len(" ".join(words[: j + 1])) + 1
                head = [(start, " ".join(words[:j]))]
                return head + (
                    self._pieces(start + cut, written[cut:]) if cut < len(written) else []
                )
        seen_version = False
        for j, word in enumerate(words):
            folded = word.casefold()
            head = _FAMILY_HEAD.match(folded)
            if (
                j >= 2
                and seen_version
                and head is not None
                and head.group(0) in self.families
                and not _DIGIT.search(words[j - 1])
                and _plain_word(words[j - 1].casefold(), names)
            ):
                last = max(
                    k
                    for k in range(j)
                    if _DIGIT.search(words[k]) or words[k].casefold() in names.tiers
                )
                if last < j - 1:
                    cut = len(" ".join(words[:j])) + 1
                    first = " ".join(words[: last + 1])
                    return [(start, first), *self._pieces(start + cut, written[cut:])]
            seen_version = seen_version or bool(_DIGIT.search(word))
        return [(start, written)]

    def _with_release(self, text: str, mention: Mention) -> Mention:
        """A model's mention with the release its brackets name ("Claude 3.5 Sonnet (new)");
        one a release word opens ("Original Claude 3.5 Sonnet") is that release of it."""
        head, _, rest = mention.text.partition(" ")
        release = mention.kind == "?" and head.casefold() in self.names.bracketed
        if release and rest and self.names.looks_like_model(rest):
            canonical, _ = self.names.resolve(rest, "model")
            named = f"{canonical} ({head.casefold()})"
            return replace(mention, kind="model", canonical=named, known=False)
        end = self._release_end(text, mention.end) if mention.kind == "model" else mention.end
        if mention.kind in ("model", "?") and end == mention.end:
            end = self._size_end(text, mention)
        if end == mention.end:
            return mention
        written = text[mention.start : end]
        canonical, entry = self.names.resolve(written, "model")
        return replace(mention, end=end, text=written, canonical=canonical, known=entry is not None)

    def _release_end(self, text: str, end: int) -> int:
        """Where a model's name ends with the release its brackets name after `end`
        ("Claude 3.5 Sonnet (new)", "GPT-4o (05-13)": part of the name, in a sentence as in a
        table's header); `end` when no such bracket follows."""
        label = _BRACKET_LABEL.match(text, end)
        return label.end() if label and self.names.is_label(label.group(1)) else end

    def _size_end(self, text: str, mention: Mention) -> int:
        """Where a model's name ends with the size its brackets give after it ("LLaMA 3.1
        (405B) reaches 88.6": the 405B model, as in a table's header); its end when the
        name states a size already or none follows."""
        size = _BRACKET_SIZE.match(text, mention.end)
        if size is None or self.names.size_annotates(mention.text):
            return mention.end
        return size.end()

    def _labelled(self, tail: str) -> bool:
        """Whether a release label or a snapshot date follows a name ("-preview", " 0513",
        "-2024-05-13", " (1217)"): then the name is another model than the one it starts."""
        m = _LABEL_TAIL.match(tail)
        if m is None:
            return False
        word = m.group("word")
        return word is None or word.casefold() in self.names.release

    def _variant(self, word: str, joined: bool = False) -> bool:
        """ "IT" in "Gemma 3 27B IT" or "-it" in "gemma-3-27b-it" names the instruct model;
        "it" after a space is a pronoun."""
        folded = word.casefold()
        return (joined or not word.islower()) and (
            self.names.abbreviations.get(folded, folded) in self.names.name_variants
        )

    def _kind_for(self, written: str) -> str:
        kind = self.kind_of.get(written.casefold())
        if kind:
            return kind
        model, _ = self.names.resolve(written, "model")
        return "model" if any(model == e.name for e in self.names.catalog.models) else "benchmark"

    @staticmethod
    def _possessive(text: str, mention: Mention) -> None:
        pos = _POSSESSIVE.match(text[mention.end : mention.end + 2])
        if pos:
            mention.possessive = True

    def _shape_mention(self, text: str, start: int, written: str) -> Mention | None:
        shape = self._shapes.get(written)
        if shape is None:
            if len(self._shapes) > _SHAPE_CACHE_LIMIT:
                self._shapes.clear()
            shape = self._shapes[written] = self._read_shape(written)
        if not shape:
            return None
        shift, length, cleaned, kind, canonical, bare = shape
        start += shift
        if kind in ("org", "other"):
            return Mention(start, start + length, cleaned, kind, cleaned)
        mention = Mention(start, start + length, cleaned, kind, canonical, False, bare_family=bare)
        self._possessive(text, mention)
        return mention

    def _read_shape(self, written: str) -> _Shape | tuple[()]:
        """What a capitalised run names, from its words alone (the same run recurs across
        sentences and articles, so this is cached): (offset of the name in the run, its
        length, the mention, kind, canonical name, bare family), or () for no name."""
        names = self.names
        shift = 0
        if _ORDINAL.fullmatch(written):
            return ()  # "99.8th percentile", "3rd": a figure, never a name
        if names.not_a_model(written):
            # "Apache 2.0", "H100": kept as a span (its number is no score), named nothing.
            return (0, len(written), written, "other", written, False)
        words = written.split(" ")
        # Leading stop words ("On", "The") and trailing release labels are not part of names.
        while words and (
            _stopword(words[0], names.stopwords)
            or words[0].casefold() in names.orgs
            # A heading's verb ("Reproducing X Evals", "Introducing X") starts no name.
            or (
                len(words) > 1
                and _GERUND.fullmatch(words[0])
                and words[0].casefold() not in self.families
            )
        ):
            shift += len(words[0]) + 1
            words.pop(0)
        # In capitals a function word is capitalised too ("TECHNICAL REPORT OF KIMI K2"): no
        # name runs across one, so the name starts after the last.
        cut = max(
            (
                k
                for k, w in enumerate(words[:-1])
                if w.isupper() and w.casefold() in names.caps_breaks
            ),
            default=-1,
        )
        for word in words[: cut + 1]:
            shift += len(word) + 1
        words = words[cut + 1 :]
        # A bare number leading the run ("08:00 UTC ..." seen from "00") is not a name's start,
        # nor is a size before the name ("the 14B Phi-4-reasoning-plus").
        while len(words) > 1 and (
            _LEADING_NUMBER.fullmatch(words[0])
            or (_LEADING_FIGURE.fullmatch(words[0]) and words[1].casefold() in _FIGURE_UNITS)
            or (_LEADING_SIZE.fullmatch(words[0]) and names.looks_like_model(" ".join(words[1:])))
        ):
            shift += len(words[0]) + 1
            words.pop(0)
        while words and words[-1].casefold() in names.stopwords and not self._variant(words[-1]):
            words.pop()
        # A trailing bare number is a value, not a version, unless it looks like one (a
        # snapshot with its leading zero: "GPT-4o 0513").
        while (
            len(words) > 1
            and _TRAILING_VALUE.fullmatch(words[-1])
            and not _ZERO_SNAPSHOT.fullmatch(words[-1])
        ):
            words.pop()
        if not words:
            return ()
        written = " ".join(words)
        cleaned = clean_mention(written)
        # A name has a word of letters or a glued letter-digit token ("K2"): "235B" is a size.
        if not cleaned or not _NAME_LETTERS.search(cleaned) or _LEADING_NUMBER.fullmatch(cleaned):
            return ()
        folded = cleaned.casefold()
        if folded in names.orgs:
            return (shift, len(written), cleaned, "org", cleaned, False)
        if folded in names.stopwords or _SINGLE_LETTER.fullmatch(cleaned):
            return ()
        bare = (
            folded in self.families and " " not in cleaned and not any(c.isdigit() for c in cleaned)
        )
        if names.looks_like_model(cleaned):
            kind = "model"
        elif names.looks_like_benchmark(cleaned):
            kind = "benchmark"
        else:
            kind = "?"
        canonical = names.display(cleaned) if kind != "?" else cleaned
        if kind in ("model", "benchmark"):
            canonical, _ = names.resolve(cleaned, kind)
        return (shift, len(written), cleaned, kind, canonical, bare)


# (offset in the run, length, mention, kind, canonical name, bare family)
_Shape = tuple[int, int, str, str, str, bool]
_SHAPE_CACHE_LIMIT = 200_000
# "08:00 UTC ...", "2nd Head of ...": a number or an ordinal does not start a name.
_LEADING_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?\+?")
# "50.7 Percent Score Signals": a figure and its unit open a headline's run, not a name
# ("2.5 Pro" is one).
_LEADING_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_FIGURE_UNITS = frozenset({"percent", "percentage", "points", "pts"})
_GERUND = re.compile(r"[A-Z][a-z]{3,}ing")
_FAMILY_HEAD = re.compile(r"[a-z]+")
_BRACKET_SIZE = re.compile(r" ?\((?:\d{1,2}x)?\d{1,4}(?:\.\d)?\s?[BbMm]\)")


def _plain_word(folded: str, names: Names) -> bool:
    """A word of a headline, not of a name: no tier, release, variant or family."""
    return not (
        folded in names.tiers
        or folded in names.variants
        or folded in names.bracketed
        or folded in names.family_names
    )


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _stopword(word: str, stopwords: frozenset[str]) -> bool:
    """ "Today's", "Figures", "Still": a stop word, possessive or plural."""
    folded = _POSSESSIVE_END.sub("", word.casefold())
    return folded in stopwords or (folded.endswith("s") and folded[:-1] in stopwords)


_LEADING_SIZE = re.compile(r"\d+(?:\.\d+)?[BMK]", re.I)
_NAME_LETTERS = re.compile(r"[A-Za-z]{2,}|(?<![A-Za-z0-9])[A-Za-z]\d")
_SINGLE_LETTER = re.compile(r"[A-Z]\d?")
_QUOTES = str.maketrans({"’": "'", "‘": "'"})
