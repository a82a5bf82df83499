"""Find quotes in source texts, forgiving only typography: quote marks, dashes and white space."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_CHARS = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})
_SPACE = re.compile(r"\s+")
_DASHES = re.compile(r"-{2,}")


@dataclass(frozen=True, slots=True)
class Span:
    """A quote's place in a source body: character offsets [start, end)."""

    start: int
    end: int


def normalise(text: str) -> str:
    """Text with typographic variants folded: the form in which quotes are compared."""
    return normalise_with_map(text)[0]


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the offset of the original character."""
    out: list[str] = []
    where: list[int] = []
    folded = text.translate(_CHARS)
    i, n = 0, len(folded)
    while i < n:
        char = folded[i]
        if char.isspace():
            j = i
            while j < n and folded[j].isspace():
                j += 1
            if out and j < n:
                out.append(" ")
                where.append(i)
            i = j
            continue
        if char == "-":
            j = i
            while j < n and folded[j] == "-":
                j += 1
            out.append("-")
            where.append(i)
            i = j
            continue
        out.append(char)
        where.append(i)
        i += 1
    return "".join(out), where


def locate(quote: str, body: str, index: tuple[str, list[int]] | None = None) -> Span | None:
    """Where ``quote`` occurs in ``body`` (first occurrence), ignoring typographic variants."""
    norm_body, where = index or normalise_with_map(body)
    norm_quote = normalise(quote)
    if not norm_quote:
        return None
    start = norm_body.find(norm_quote)
    if start < 0:
        return None
    last = start + len(norm_quote) - 1
    end = where[last] + 1
    while end < len(body) and body[end - 1] == "-" and body[end] == "-":
        end += 1
    return Span(where[start], end)


def closest(quote: str, body: str) -> tuple[str, str]:
    """The passage of ``body`` most like ``quote`` and a description of where they first differ."""
    norm_body, norm_quote = normalise(body), normalise(quote)
    size = len(norm_quote)
    block = max(difflib.SequenceMatcher(None, norm_body, norm_quote, autojunk=False).get_matching_blocks(),
                key=lambda b: b.size)
    anchor = block.a - block.b
    starts = range(max(0, anchor - 12), max(1, min(len(norm_body) - 1, anchor + 12)))
    start = max(starts, key=lambda s: difflib.SequenceMatcher(None, norm_body[s:s + size], norm_quote).ratio())
    passage = norm_body[start:start + size]
    for op, q1, q2, p1, p2 in difflib.SequenceMatcher(None, norm_quote, passage, autojunk=False).get_opcodes():
        if op != "equal":
            return passage, (f"they differ at character {q1 + 1}: "
                             f"the quote has {norm_quote[q1:q2]!r}, the source {passage[p1:p2]!r}")
    return passage, "they differ only in spacing"
