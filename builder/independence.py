"""Find wording that articles share (wire copy, one outlet rewriting another) and count independent sources.

Every run of ``min_words`` words is hashed (a shingle); runs found in two sources are merged into the longest
common passages, so the work grows with the words and the matches, never with pairs of words. A passage that
is mostly words inside quotation marks is left out: outlets quoting the same speaker do not copy each other.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from builder import children
from builder.cache import digest
from builder.depends import identical
from builder.model import Account, Source
from builder.quotes import INVISIBLE, Span

_TOKEN = re.compile(rf"\w+(?:[{INVISIBLE}]+\w+)*")  # a word a site split with a soft hyphen is one word
_GONE = dict.fromkeys(map(ord, INVISIBLE))
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb]")
MAX_POSTINGS = 64  # a shingle found in more places than this is boilerplate, not copying


@dataclass(frozen=True, slots=True)
class Passage:
    """Words two sources share: where they are in each, how many, and the first source's text."""

    first: Span
    second: Span
    words: int
    text: str


@dataclass(frozen=True)
class Independence:
    """The passages each pair of sources shares, keyed by the pair in sorted order."""

    shared: dict[tuple[str, str], tuple[Passage, ...]] = field(default_factory=dict)
    key: bytes = b""  # a digest of what was compared (``sources_key``)
    _partners: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        found: dict[str, list[str]] = defaultdict(list)
        for x, y in self.shared:
            found[x].append(y)
            found[y].append(x)
        object.__setattr__(self, "_partners", {s: tuple(sorted(others)) for s, others in sorted(found.items())})

    @functools.cached_property
    def most_shared(self) -> list[tuple[tuple[str, str], tuple[Passage, ...]]]:
        """Every pair of sources sharing wording with the passages, the pairs sharing the most words first."""
        return sorted(self.shared.items(), key=lambda kv: (-sum(p.words for p in kv[1]), kv[0]))

    def between(self, source: str, other: str) -> tuple[Passage, ...]:
        """The passages ``source`` shares with ``other``, with ``first`` in ``source``."""
        if source <= other:
            return self.shared.get((source, other), ())
        return tuple(Passage(p.second, p.first, p.words, p.text) for p in self.shared.get((other, source), ()))

    def partners(self, source: str) -> dict[str, tuple[Passage, ...]]:
        """Every source sharing wording with ``source``, with the passages (``first`` in ``source``); the sources
        sharing the most words first."""
        found = {o: self.between(source, o) for o in self._partners.get(source, ())}
        return dict(sorted(found.items(), key=lambda kv: (-sum(p.words for p in kv[1]), kv[0])))

    def among(self, sources: tuple[str, ...]) -> tuple[tuple[Passage, ...], ...]:
        """The passages each pair of the sorted ``sources`` shares: all that comparing a fact of those sources reads
        of the shared wording (``clusters``)."""
        return tuple(self.shared.get(pair, ()) for pair in itertools.combinations(sources, 2))

    def independent(self, sources) -> int:
        """How many of ``sources`` are independent: sources linked by shared wording, directly or through
        another source, count once."""
        seen: set[str] = set()
        groups = 0
        for source in sources:
            if source in seen:
                continue
            groups += 1
            todo = [source]
            while todo:
                s = todo.pop()
                if s not in seen:
                    seen.add(s)
                    todo.extend(self._partners.get(s, ()))
        return groups

    def clusters(self, accounts: tuple[Account, ...]) -> list[set[str]]:
        """The accounts' sources grouped so that two sources whose cited passages are shared wording fall in one
        group: each group is one independent confirmation."""
        parent = {a.source: a.source for a in accounts}

        def root(s):
            while parent[s] != s:
                s = parent[s]
            return s

        for a in accounts:
            for b in accounts:
                if a.source < b.source and root(a.source) != root(b.source) and self._copied(a, b):
                    parent[root(b.source)] = root(a.source)
        groups: dict[str, set[str]] = defaultdict(set)
        for source in sorted(parent):
            groups[root(source)].add(source)
        return list(groups.values())

    def _copied(self, a: Account, b: Account) -> bool:
        return any(_meets(p.first, a.spans) and _meets(p.second, b.spans) for p in self.between(a.source, b.source))


def _meets(span: Span, spans: tuple[Span, ...]) -> bool:
    return any(s.start < span.end and span.start < s.end for s in spans)


def sources_key(sources: dict[str, Source], min_words: int) -> bytes:
    """A digest of everything ``find_shared`` reads: each source's id and text, and ``min_words``; the one made
    last while the sources are the very same records (``dossier serve``: every article's text, 30 ms at 2,000)."""
    records = list(sources.values())
    if _KEYED[0] is not None and _KEYED[0][0] == min_words and identical(_KEYED[0][1], records):
        return _KEYED[0][2]
    key = digest("\0".join([str(min_words), *(f"{sid}\0{s.body}" for sid, s in sorted(sources.items()))]).encode())
    _KEYED[0] = min_words, records, key
    return key


_KEYED: list[tuple | None] = [None]  # (min_words, the sources, their key) made last


FORK_FROM = 100  # sources; from so many, the passages are found in a child process (children.forked)


def find_shared(sources: dict[str, Source], min_words: int, memo=None) -> Independence:
    """Every passage of at least ``min_words`` words that two sources share; with a ``memo`` (Cache.independence),
    found again only when a source's text changed. Among many sources, in a child process: the index of every run of
    words is 260 MB at 2,000 sources, which the build process would keep after it was freed."""
    found = sources_key(sources, min_words)

    def find() -> Independence:
        if len(sources) < FORK_FROM:
            return _find_shared(sources, min_words, found)
        return children.forked(lambda: _find_shared(sources, min_words, found))
    return memo(found, find) if memo is not None else find()


def _find_shared(sources: dict[str, Source], min_words: int, found: bytes) -> Independence:
    ids = list(sources)
    postings: dict[int, int | list[int]] = {}  # shingle → where it starts (source number << 32 | word number)
    for n, sid in enumerate(ids):
        texts = _words(sources[sid].body)
        for i in range(len(texts) - min_words + 1):
            shingle, place = hash(tuple(texts[i:i + min_words])), n << 32 | i
            seen = postings.setdefault(shingle, place)
            if seen is not place:
                if type(seen) is int:
                    postings[shingle] = [seen, place]
                else:
                    seen.append(place)
    diagonals: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for places in postings.values():
        if type(places) is int or len(places) > MAX_POSTINGS or len({p >> 32 for p in places}) < 2:
            continue
        places = [(ids[p >> 32], p & 0xFFFFFFFF) for p in places]
        for x, (s1, i) in enumerate(places):
            for s2, j in places[x + 1:]:
                if s1 < s2:
                    diagonals[s1, s2].add((i, j))
                elif s2 < s1:
                    diagonals[s2, s1].add((j, i))
    del postings
    tokens = functools.cache(lambda sid: _tokens(sources[sid].body))  # only the sources that share wording
    shared = {}
    for (s1, s2), starts in sorted(diagonals.items()):
        passages = tuple(p for p in _runs(sorted(starts), min_words, tokens(s1), tokens(s2), sources[s1].body)
                         if p is not None)
        if passages:
            shared[s1, s2] = passages
    return Independence(shared, found)


def _runs(starts, size, first, second, body):
    """Consecutive shingle matches on one diagonal merged into passages (None for mostly quoted ones)."""
    by_diagonal: dict[int, list[int]] = defaultdict(list)
    for i, j in starts:
        by_diagonal[i - j].append(i)
    for diagonal, rows in sorted(by_diagonal.items(), key=lambda kv: kv[1][0]):
        begin = prev = rows[0]
        for i in rows[1:] + [None]:
            if i is not None and i <= prev + 1:
                prev = i
                continue
            end = prev + size  # one past the last word
            a, b = first[begin:end], second[begin - diagonal:end - diagonal]
            quoted = max(sum(t[3] for t in a), sum(t[3] for t in b))  # in quotation marks in either source
            if [t[0] for t in a] == [t[0] for t in b] and 2 * quoted <= len(a):
                yield Passage(Span(a[0][1], a[-1][2]), Span(b[0][1], b[-1][2]), len(a), body[a[0][1]:a[-1][2]])
            if i is not None:
                begin = prev = i


def to_data(found: Independence) -> list:
    """``found`` as plain data for the cache file (JSON)."""
    return [found.key.hex(), [[s1, s2, [[p.first.start, p.first.end, p.second.start, p.second.end, p.words, p.text]
                                       for p in passages]] for (s1, s2), passages in found.shared.items()]]


def from_data(data: list) -> Independence:
    """The Independence ``to_data`` made."""
    found, shared = data
    return Independence({(s1, s2): tuple(Passage(Span(a, b), Span(c, d), words, text)
                                         for a, b, c, d, words, text in passages) for s1, s2, passages in shared},
                        bytes.fromhex(found))


def _words(body: str) -> list[str]:
    """The words of ``body``, casefolded, as ``_tokens`` gives them."""
    return [word.translate(_GONE).casefold() for word in _TOKEN.findall(body)]


def _tokens(body: str) -> list[tuple[str, int, int, bool]]:
    """(word casefolded, start, end, inside quotation marks) for each word of ``body``."""
    tokens = []
    for paragraph in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", body):
        quoted, offset = False, paragraph.start()
        marks = [(m.start() + offset, m.group()) for m in _QUOTE_MARKS.finditer(paragraph.group())]
        at = 0
        for word in _TOKEN.finditer(paragraph.group()):
            start = word.start() + offset
            while at < len(marks) and marks[at][0] < start:
                mark = marks[at][1]
                quoted = mark in "\u201c\u201e\u00ab" or (mark in "\"" and not quoted)
                at += 1
            tokens.append((word.group().translate(_GONE).casefold(), start, word.end() + offset, quoted))
    return tokens
