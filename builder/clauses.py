"""The part of a sentence that carries a match: editors quote the clause ("was overshadowed by a sideline
meeting"), not the whole sentence around it.

A sentence is cut at commas, semicolons, colons and dashes outside quotation marks and brackets, and a quotation of
several sentences between them (a statement quoted whole is quoted by the sentence that matters); the shortest run of clauses
holding SHARE of the matched words' weight (and the figure read) is kept, widened to at least MIN_WORDS words.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from builder.sentences import ABBREVIATION as _ABBREVIATION

MIN_WORDS = 5  # a shorter run of clauses takes in its neighbours
LIST = 3  # words: a piece this short between two others is a list item or an aside (", Germany,"), not a clause
SHARE = 0.75  # of the matched words' weight: a common word matched far off ("meeting") does not widen the quote
_BREAK = re.compile(r"[,;:](?=\s)|\s[-–—]{1,2}\s")
_QUOTE = re.compile(r"[\"“”«»]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")  # between two sentences of a quotation
# A short piece that is an attribution ("…on Monday, election officials said, but her challenger…") closes the clause
# before it, not the one after it.
_TAG = re.compile(r"(?:\S+\s+){0,2}(?:said|says|say|added|adds|told\s+\S+|reported|announced|confirmed|noted)",
                  re.I)
# An aside between dashes that is a clause of its own ("— and I want to be very clear —") interrupts its sentence,
# which reads on through it; one that names again what comes before ("— the world's richest countries —") does not.
_INTERJECTED = re.compile(r"(?:and|but|or|as|if|I|we|you|he|she|they|it|which|who|let|nobody|no one)\b", re.I)


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of ``text``, punctuation between them left out; a quotation is cut only between
    its sentences, a pair of brackets not at all ("(Department of Conservation; Deepwater Whale Trust)"), and a list ("Russia, Turkey, and Iran") is not: a piece of LIST words or fewer between two others
    stays with them, and so does a clause interrupting the sentence between two dashes ("are not — and I want to be
    clear — a bargaining chip"); an attribution of LIST words or fewer ("police said") stays with the clause before
    it only."""
    opened = [m.start() for m in _QUOTE.finditer(text)]
    bracketed = _bracketed(text)
    pieces, start, dashes, semicolons = [], 0, [False], [False]  # dashes[n]: a dash opens piece n; semicolons[n]: a
    # semicolon does
    cuts = sorted([*_BREAK.finditer(text), *_SENTENCE.finditer(text)], key=lambda m: m.start())
    for m in cuts:
        inside = sum(1 for q in opened if q < m.start()) % 2
        if inside != (m.re is _SENTENCE) or m.re is _SENTENCE and _ABBREVIATION.search(text[start:m.start()]) \
                or any(s < m.start() < e for s, e in bracketed):
            continue  # a quotation is cut only between its sentences, a pair of brackets not at all
        pieces.append((start, m.start()))
        dashes.append(not re.search(r"[,;:]", m.group()))
        semicolons.append(";" in m.group())
        start = m.end()
    pieces.append((start, len(text)))
    dashes.append(False)
    out: list[tuple[int, int]] = []
    short = False  # the last piece was a list item
    for n, (s, e) in enumerate(pieces):
        item = 0 < n < len(pieces) - 1 and (
            len(text[s:e].split()) <= LIST or dashes[n] and dashes[n + 1] and _INTERJECTED.match(text, s))
        if out and (item or short) and not semicolons[n]:  # (a list's items never run across a semicolon: "Two
            out[-1] = (out[-1][0], e)  # wards, Birch and Cedar, were evacuated; the trust says…")
        else:
            out.append((s, e))
        short = item and not _TAG.fullmatch(text[s:e].strip())
    return [_strip(text, s, e) for s, e in out if text[s:e].strip()]


def _bracketed(text: str) -> list[tuple[int, int]]:
    """(start, end) of each pair of round brackets in ``text``; one never closed pairs with nothing."""
    pairs, opened = [], []
    for m in re.finditer(r"[()]", text):
        if m.group() == "(":
            opened.append(m.start())
        elif opened:
            pairs.append((opened.pop(), m.end()))
    return pairs


def clause(text: str, wanted: dict[str, float], terms: Callable[[str], list[str]],
           keep: tuple[int, int] | None = None) -> tuple[int, int]:
    """(start, end) in ``text`` of the shortest run of clauses holding SHARE of the weight of the ``wanted`` terms
    found in ``text``, and the span ``keep``; the whole text when nothing is wanted."""
    parts = clauses(text)
    found = [set(terms(text[s:e])) & set(wanted) for s, e in parts]
    total = sum(wanted[t] for t in set().union(*found))
    if not total and keep is None:
        return _strip(text, 0, len(text))
    runs = [(i, j) for i in range(len(parts)) for j in range(i, len(parts))
            if sum(wanted[t] for t in set().union(*found[i:j + 1])) >= SHARE * total
            and (keep is None or parts[i][0] <= keep[0] and keep[1] <= parts[j][1])]
    i, j = min(runs, key=lambda r: parts[r[1]][1] - parts[r[0]][0], default=(0, len(parts) - 1))
    while len(text[parts[i][0]:parts[j][1]].split()) < MIN_WORDS and (i > 0 or j < len(parts) - 1):
        if j < len(parts) - 1:
            j += 1
        else:
            i -= 1
    return parts[i][0], parts[j][1]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces, a dangling closing punctuation, and a quotation mark at either end that
    it does not pair (a quotation's last sentence quoted alone: 'Departures are cancelled until 28 March.')."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if len(_QUOTE.findall(text, start, end)) % 2:
        if text[start] in "\"“«":
            start += 1
        elif text[end - 1] in "\"”»":
            end -= 1
    return start, end
