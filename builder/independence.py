"""Find wording that articles share (wire copy, one outlet rewriting another) and count independent sources.

Every run of ``min_words`` words is hashed (a shingle); runs found in two sources are merged into the longest
common passages, so the work grows with the words and the matches, never with pairs of words. A passage that
is mostly words inside quotation marks is left out: outlets quoting the same speaker do not copy each other.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from array import array
from collections import defaultdict
from dataclasses import dataclass, field

from builder import children
from builder.cache import digest
from builder.depends import identical
from builder.model import Account, Source
from builder.quotes import INVISIBLE, Span

_TOKEN = re.compile(rf"\w+(?:[{INVISIBLE}]+\w+)*")  # a word a site split with a soft hyphen is one word
_GONE = dict.fromkeys(map(ord, INVISIBLE))
_HIDDEN = re.compile(f"[{INVISIBLE}]")
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
    shingles: Shingles | None = field(default=None, repr=False, compare=False)  # None when read from the cache
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
    found again only when a source's text changed, and then only for the changed sources when the last passages
    have their ``Shingles`` (``shingled``: dossier serve). Among many sources, found whole in a child process: the
    index of every run of words is 260 MB at 2,000 sources, which the build process would keep after it was freed."""
    found = sources_key(sources, min_words)

    def find(before: Independence | None) -> Independence:
        changed = _changed(sources, min_words, before)
        if changed is not None and (again := _found_again(sources, min_words, found, before, changed)) is not None:
            return again
        if len(sources) < FORK_FROM:
            return _find_shared(sources, min_words, found)
        return children.forked(lambda: _find_shared(sources, min_words, found))
    return memo(found, find) if memo is not None else find(None)


@dataclass(frozen=True, slots=True)
class Shingles:
    """Each source's text and the hash of every run of ``size`` words in it, in order: what finding the passages
    again after some sources changed reads of the others (13 MB at 2,000 sources). Kept in memory only, as
    Python's hashes of text differ between processes."""

    size: int
    texts: dict[str, tuple[str, array]]


def shingled(found: Independence, sources: dict[str, Source], min_words: int) -> Independence:
    """``found`` (the passages of ``sources``) with their ``Shingles``, made if it has none (found whole, or read
    from the cache): ``dossier serve`` after a build, so that a new article's passages are found for it alone (0.2 s
    at 500 sources; a build keeps none, as it finds them again only from scratch)."""
    if found.shingles is not None:
        return found
    made = {sid: (s.body, _shingles(s.body, min_words)) for sid, s in sources.items()}
    return dataclasses.replace(found, shingles=Shingles(min_words, made))


def _shingles(body: str, size: int) -> array:
    words = _words(body)
    return array("q", [hash(tuple(words[i:i + size])) for i in range(len(words) - size + 1)])


def _find_shared(sources: dict[str, Source], min_words: int, found: bytes) -> Independence:
    ids = list(sources)
    postings: dict[int, int | list[int]] = {}  # shingle → where it starts (source number << 32 | word number)
    for n, sid in enumerate(ids):
        for i, shingle in enumerate(_shingles(sources[sid].body, min_words)):
            place = n << 32 | i
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
        _pair_up([(ids[p >> 32], p & 0xFFFFFFFF) for p in places], diagonals)
    del postings
    return Independence(_passages(sources, min_words, diagonals), found)


def _changed(sources: dict[str, Source], min_words: int, before: Independence | None) -> set[str] | None:
    """The ids of the sources added, removed or edited since ``before``, when few enough to find their passages
    alone; else None."""
    if before is None or before.shingles is None or before.shingles.size != min_words:
        return None
    kept = before.shingles.texts
    changed = {sid for sid, s in sources.items() if sid not in kept or kept[sid][0] != s.body}
    changed.update(kept.keys() - sources.keys())
    return changed if 2 * len(changed) <= len(sources) else None


def _found_again(sources: dict[str, Source], min_words: int, found: bytes, before: Independence,
                 changed: set[str]) -> Independence | None:
    """``_find_shared``'s passages, found for the ``changed`` sources alone and taken from ``before`` for every
    other pair; None (to be found whole) when a run of words in a changed source became boilerplate
    (``MAX_POSTINGS``), or stopped being, for two sources that did not change."""
    kept = before.shingles.texts
    texts = {sid: kept[sid] if sid not in changed else (s.body, _shingles(s.body, min_words))
             for sid, s in sources.items()}
    old = [(sid, kept[sid][1]) for sid in sorted(changed & kept.keys())]
    new = [(sid, texts[sid][1]) for sid in sorted(changed & sources.keys())]
    asked = set().union(*(shingles for _, shingles in old + new))
    places: dict[int, list[tuple[str, int]]] = defaultdict(list)  # each asked shingle in the unchanged sources
    for sid, (_, shingles) in texts.items():
        if sid not in changed:
            for i in [i for i, shingle in enumerate(shingles) if shingle in asked]:
                places[shingles[i]].append((sid, i))
    before_in, now_in = _where(old), _where(new)
    for shingle in asked:
        if (len({s for s, _ in places[shingle]}) > 1
                and _telling(places[shingle] + before_in[shingle]) != _telling(places[shingle] + now_in[shingle])):
            return None
    diagonals: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for shingle, mine in now_in.items():
        if _telling(places[shingle] + mine):
            _pair_up(places[shingle] + mine, diagonals, changed)
    shared = {pair: passages for pair, passages in before.shared.items() if not changed.intersection(pair)}
    shared.update(_passages(sources, min_words, diagonals))
    return Independence(dict(sorted(shared.items())), found, Shingles(min_words, texts))


def _where(shingles: list[tuple[str, array]]) -> dict[int, list[tuple[str, int]]]:
    found = defaultdict(list)
    for sid, hashes in shingles:
        for i, shingle in enumerate(hashes):
            found[shingle].append((sid, i))
    return found


def _telling(places: list[tuple[str, int]]) -> bool:
    """Whether a run of words found at ``places`` tells of copying: in two sources at least, and not boilerplate."""
    return len(places) <= MAX_POSTINGS and len({sid for sid, _ in places}) > 1


def _pair_up(places: list[tuple[str, int]], diagonals: dict, among: set[str] | None = None) -> None:
    """Add each pair of ``places`` in two sources to ``diagonals`` (of which one in ``among``, if given)."""
    for x, (s1, i) in enumerate(places):
        for s2, j in places[x + 1:]:
            if among is not None and s1 not in among and s2 not in among:
                continue
            if s1 < s2:
                diagonals[s1, s2].add((i, j))
            elif s2 < s1:
                diagonals[s2, s1].add((j, i))


def _passages(sources: dict[str, Source], min_words: int, diagonals: dict) -> dict:
    tokens = functools.cache(lambda sid: _tokens(sources[sid].body))  # only the sources that share wording
    shared = {}
    for (s1, s2), starts in sorted(diagonals.items()):
        passages = tuple(p for p in _runs(sorted(starts), min_words, tokens(s1), tokens(s2), sources[s1].body)
                         if p is not None)
        if passages:
            shared[s1, s2] = passages
    return shared


def _runs(starts, size, first, second, body):
    """Consecutive shingle matches on one diagonal merged into passages, mostly quoted ones left out (None for one
    whose words all stand in a bracket it cuts: ``_passage``)."""
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
                yield _passage(a, b, body)
            if i is not None:
                begin = prev = i


def _passage(a: list, b: list, body: str) -> Passage | None:
    """The passage of the words ``a`` of the first source (its text: ``body``) and ``b`` of the second, as the first
    words it, with no bracket left open nor closed unopened: a bracket the first closes (or opens) just beyond the
    words is taken in, else the words from it on (or up to it) are left out. NBS News's copy of a coastguard post
    ended "— Norvalia Coastguard (@NorvaliaCG", the coastguard's own page sharing the words up to its ")"."""
    start, end, lo, hi = a[0][1], a[-1][2], 0, len(a)
    opened, stray = _unmatched(body[start:end])
    if opened:
        closing = "".join(_BRACKETS[body[start + i]] for i in reversed(opened))
        after = _MARKS_AFTER.match(body, end).end()  # "said.)"
        if body.startswith(closing, after):
            end = after + len(closing)
        else:
            hi = bisect.bisect_left(a, start + opened[0], key=lambda t: t[1])
    if stray:
        opening = "".join(_OPENERS[body[start + i]] for i in reversed(stray))
        before = _MARKS_BEFORE.search(body, max(0, start - 20), start).start()  # "(@NorvaliaCG"
        if body.endswith(opening, 0, before):
            start = before - len(opening)
        else:
            lo = bisect.bisect_right(a, start + stray[-1], key=lambda t: t[1])
    if lo >= hi:
        return None
    start, end = start if lo == 0 else a[lo][1], end if hi == len(a) else a[hi - 1][2]
    return Passage(Span(start, end), Span(b[lo][1], b[hi - 1][2]), hi - lo, body[start:end])


_BRACKETS = {"(": ")", "[": "]"}
_OPENERS = {close: open_ for open_, close in _BRACKETS.items()}
_MARKS_AFTER = re.compile(r"[^\w\s()\[\]]*")  # punctuation between a passage's last word and its closing bracket
_MARKS_BEFORE = re.compile(r"[^\w\s()\[\]]*\Z")


def _unmatched(text: str) -> tuple[list[int], list[int]]:
    """Where ``text`` opens a bracket it does not close, and where it closes one it did not open."""
    opened, stray = [], []
    for m in re.finditer(r"[()\[\]]", text):
        if m.group() in _BRACKETS:
            opened.append(m.start())
        elif opened and _BRACKETS[text[opened[-1]]] == m.group():
            opened.pop()
        else:
            stray.append(m.start())
    return opened, stray


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
    fold = _fold(body)
    return [fold(word) for word in _TOKEN.findall(body)]


def _tokens(body: str) -> list[tuple[str, int, int, bool]]:
    """(word casefolded, start, end, inside quotation marks) for each word of ``body``."""
    tokens, fold = [], _fold(body)
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
            tokens.append((fold(word.group()), start, word.end() + offset, quoted))
    return tokens


def _fold(body: str):
    """How each word of ``body`` is compared: casefolded, without invisible characters where it has any."""
    return (lambda word: word.translate(_GONE).casefold()) if _HIDDEN.search(body) else str.casefold
