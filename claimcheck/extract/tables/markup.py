"""Cell and label text without its markup: HTML tags and entities, Markdown emphasis, links
and escapes, footnote marks, winners' badges and better-is-up arrows."""

from __future__ import annotations

import html
import re
import unicodedata

_NBSP = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})
_LINK = re.compile(r"\[([^\]]{1,200})\](?:\([^)]{0,500}\)|\[[^\]]{0,100}\])")  # inline or reference
_ARROWS = re.compile(r"\s*[(\[]?[↑↓⬆⬇▲▼][)\]]?")
_MARKUP = re.compile(r"\*\*|__|~~|`|</?(?:b|strong|em|i|u|ins|mark|sup|sub|span)>", re.I)
# Emphasis inside a label or cell ("Gemini-1.5 Flash 8B *(0827)*", "<ins>*68.6*</ins>"); a
# footnote star after a word ("55.6*", "GPT-4o*") opens none.
_INNER_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,80}?)(?<=[^\s*])\*(?![\w*])")
_BREAK = re.compile(r"<br\s*/?>", re.I)
# Any tag, for text read out of markup (a link's name in an array's cell, a title line in its
# <p>); no tag holds "<" or ">", so a run without ">" costs one pass.
TAG = re.compile(r"<[^<>]*>")
# A footnote mark set as a superscript ("AGIEval<sup>1</sup>"): kept as a mark ("^1"), never
# glued to the name as a digit ("AGIEval1").
_SUP_MARK = re.compile(r"<sup>\s*(\d{1,2}|[a-z])\s*</sup>", re.I)
_EMPHASIS = re.compile(r"^[*_]{1,3}(?=\S)(.{1,300}?)(?<=\S)[*_]{1,3}$")
# Possessive (++): a run of marks is one element, never split again. With {1,3} inside a
# repeated group, "*" * 30 + "x" tried every split of the run: exponential (28 stars: 9 s).
# The lookbehind starts no match inside a run (one from the run's start is always found
# first), so a long run costs linear time, not a search from every mark.
_FOOTNOTE_TAIL = re.compile(
    r"(?<![*†‡§¶¹²³⁴⁵⁶⁷⁸⁹⁰])(?:\s?(?:[*†‡§¶]++|[¹²³⁴⁵⁶⁷⁸⁹⁰]++|(?<![Pp]ass)(?<!PASS)\^\s?\d{1,2}|\^[a-z]|\[\d{1,2}\]|\[[a-z]\]"
    # "$^{1,5}$", "$^1$": LaTeX superscripts a converted report writes its marks with;
    # "Pass^4" is a metric (tau-bench), no mark.
    r"|\$\^\{?[\d,\s*†‡]{1,12}\}?\$))++$"
)
_SPACES = re.compile(r"\s+")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<!\w)_(?=\S)|(?<=\S)_(?!\w)")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+.!|~-])")


def sup_marks(text: str) -> str:
    """Superscript footnote marks written as marks: "AGIEval<sup>1</sup>" -> "AGIEval^1"."""
    return _SUP_MARK.sub(r"^\1", text) if "<" in text else text


def clean(text: str) -> str:
    """Cell or label text without markup, links, emphasis and footnote marks."""
    if "&" in text:
        text = html.unescape(text)  # "MMB&minus;CN", "Q&amp;A": entities a Markdown page keeps
    text = _BREAK.sub(" ", sup_marks(text.translate(_NBSP)))
    if _ARROWS.search(text):
        text = _ARROWS.sub("", text)  # "GSM8K ↑", "Perplexity (↓)": which way is better
    if "\\" in text:
        text = _ESCAPED.sub(r"\1", text)  # Markdown escapes: a footnote mark written "\*"
    if "_" in text:
        text = _UNDERSCORE_EMPHASIS.sub("", text)  # "IFEval _(avg)_"; "GPQA_diamond" stays
    text = _LINK.sub(r"\1", text)
    text = _MARKUP.sub("", text).strip()
    if "*" in text:
        text = _INNER_EMPHASIS.sub(r"\1", text)
    emphasis = _EMPHASIS.match(text)
    if emphasis:
        text = emphasis.group(1)
    text = _FOOTNOTE_TAIL.sub("", text.strip())
    if text and (not text[-1].isascii() or not text[0].isascii()):
        text = _without_badges(text)
    return _SPACES.sub(" ", text).strip()


_JOINERS = frozenset("\ufe0f\ufe0e\u200d")


def _without_badges(text: str) -> str:
    """Without the symbols a table marks its winners with at either end ("83.5 ✅",
    "81.5 👑", "🥇 GPT-5"): emoji and other symbols, not letters, digits or units."""
    end = len(text)
    while end and (text[end - 1] in _JOINERS or unicodedata.category(text[end - 1]) == "So"):
        end -= 1
    start = 0
    while start < end and (text[start] in _JOINERS or unicodedata.category(text[start]) == "So"):
        start += 1
    return text[start:end].strip()
