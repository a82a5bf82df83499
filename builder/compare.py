"""Compute where sources agree and disagree, fact by fact, and summarise it per summit, source and pair."""
from __future__ import annotations

import difflib
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass

from builder.link import Links
from builder.model import Account, Dossier, Fact, Value
from builder.quotes import normalise

SINGLE, AGREE, DISPUTED = "single", "agree", "disputed"


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two accounts of one fact that cannot both hold.

    kind: ``value`` (incompatible numbers), ``speaker`` (one speaker reported as saying and as denying it),
    ``stance`` (a source's own voice against another account), or ``claims`` (different speakers take
    opposite positions; the sources reporting them need not disagree).
    """

    kind: str
    first: Account
    second: Account

    @property
    def between_sources(self) -> bool:
        """True when the two sources' reports contradict each other, not merely the people they quote."""
        return self.kind != "claims" and self.first.source != self.second.source


@dataclass(frozen=True, slots=True)
class Variant:
    """One rendering of a remark, as word segments ('same', 'added', 'removed') against the first rendering."""

    account: Account
    segments: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class FactComparison:
    fact: Fact
    verdict: str
    conflicts: tuple[Conflict, ...]
    outliers: tuple[str, ...]
    variants: tuple[Variant, ...]

    @property
    def disputed(self) -> bool:
        return self.verdict == DISPUTED

    @property
    def affirming(self) -> tuple[Account, ...]:
        """The accounts that affirm the fact, one per source and speakers."""
        return _one_each(a for a in self.fact.accounts if a.affirms)

    @property
    def denying(self) -> tuple[Account, ...]:
        """The accounts that deny the fact, one per source and speakers."""
        return _one_each(a for a in self.fact.accounts if not a.affirms)

    def conflicts_of(self, kind: str) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if c.kind == kind)

    def stance_of(self, source: str) -> tuple[Account, ...]:
        return tuple(a for a in self.fact.accounts if a.source == source)


def _one_each(accounts) -> tuple[Account, ...]:
    first: dict[tuple, Account] = {}
    for account in accounts:
        first.setdefault((account.source, account.speakers), account)
    return tuple(first.values())


@dataclass(frozen=True)
class SourceProfile:
    """What a source alone reports, where it is the outlier, where it conflicts, and what it leaves out."""

    unique: tuple[str, ...]
    outlier: tuple[str, ...]
    conflicts: tuple[str, ...]
    omitted: tuple[str, ...]


@dataclass(frozen=True)
class PairStats:
    first: str
    second: str
    shared: tuple[str, ...]
    agree: tuple[str, ...]
    disagree: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    facts: dict[str, FactComparison]
    rows_by_summit: dict[str, tuple[FactComparison, ...]]
    sources_by_summit: dict[str, tuple[str, ...]]
    profiles: dict[str, SourceProfile]
    pairs: tuple[PairStats, ...]

    @property
    def disputed(self) -> tuple[FactComparison, ...]:
        return tuple(c for c in self.facts.values() if c.disputed)


def compare(dossier: Dossier, links: Links, tolerance: float) -> Comparison:
    """Compare every fact's accounts, then derive the per-summit, per-source and per-pair views."""
    facts = {fid: compare_fact(fact, tolerance) for fid, fact in dossier.facts.items()}
    rows = {sid: tuple(sorted((facts[f.id] for f in links.facts_by_summit.get(sid, ())), key=_row_order))
            for sid in dossier.summits}
    covering = {sid: tuple(sorted({s for row in rs for s in row.fact.sources})) for sid, rs in rows.items()}
    return Comparison(facts, rows, covering, _profiles(dossier, facts, links), _pairs(facts))


def _row_order(row: FactComparison):
    return (not row.disputed, row.verdict == SINGLE, -len(row.fact.sources), row.fact.id)


def compare_fact(fact: Fact, tolerance: float) -> FactComparison:
    """The verdict on one fact: single source, agreement, or dispute with every conflicting pair."""
    conflicts = []
    for a, b in itertools.combinations(fact.accounts, 2):
        kind = _conflict(a, b, tolerance)
        if kind:
            conflicts.append(Conflict(kind, a, b))
    sources = fact.sources
    verdict = DISPUTED if conflicts else SINGLE if len(sources) == 1 else AGREE
    return FactComparison(fact, verdict, tuple(conflicts), _outliers(sources, conflicts), _variants(fact))


def _conflict(a: Account, b: Account, tolerance: float) -> str | None:
    """The kind of conflict between two accounts, or None when they are compatible."""
    if a.value and b.value and not overlaps(a.value, b.value, tolerance):
        return "value"
    if a.affirms == b.affirms:
        return None
    if set(a.speakers) & set(b.speakers):
        return "speaker"
    if a.stance in ("states", "contradicts") or b.stance in ("states", "contradicts"):
        return "stance"
    return "claims"


def overlaps(a: Value, b: Value, tolerance: float) -> bool:
    """True when two values can both be right: their intervals (widened for 'about') meet."""
    (alo, ahi), (blo, bhi) = _widen(a, tolerance), _widen(b, tolerance)
    low, high = max(alo, blo), min(ahi, bhi)
    if low < high:
        return True
    if low > high:
        return False
    low_open = (a.low_open and alo == low) or (b.low_open and blo == low)
    high_open = (a.high_open and ahi == high) or (b.high_open and bhi == high)
    return not (low_open or high_open)


def _widen(value: Value, tolerance: float) -> tuple[float, float]:
    if not value.approx:
        return value.low, value.high
    return value.low - abs(value.low) * tolerance, value.high + abs(value.high) * tolerance


def _outliers(sources: tuple[str, ...], conflicts: list[Conflict]) -> tuple[str, ...]:
    """Sources that conflict with every other source while those others agree among themselves."""
    if len(sources) < 3:
        return ()
    against = defaultdict(set)
    for c in conflicts:
        if c.between_sources:
            against[c.first.source].add(c.second.source)
            against[c.second.source].add(c.first.source)
    return tuple(s for s in sources
                 if against[s] == set(sources) - {s}
                 and not any(against[o] - {s} for o in sources if o != s))


_WORD = re.compile(r"\S+")


def _variants(fact: Fact) -> tuple[Variant, ...]:
    """Distinct renderings of a speaker's remark by different sources, each diffed word by word against the first.

    A source's first affirming account is its rendering; further quotes from the same source are other
    parts of its report, not other renderings.
    """
    if not fact.speaker:
        return ()
    renderings: dict[str, Account] = {}
    sources = set()
    for account in fact.accounts:
        if account.affirms and account.source not in sources:
            sources.add(account.source)
            renderings.setdefault(normalise(account.excerpt).strip(" \"'").casefold(), account)
    if len(renderings) < 2:
        return ()
    base, *others = renderings.values()
    base_words = _words(base.quote)
    variants = [Variant(base, (("same", " ".join(base_words)),))]
    for account in others:
        words = _words(account.quote)
        segments = []
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, [w.casefold() for w in base_words],
                                                          [w.casefold() for w in words]).get_opcodes():
            if op == "equal":
                segments.append(("same", " ".join(words[j1:j2])))
                continue
            if i2 > i1:
                segments.append(("removed", " ".join(base_words[i1:i2])))
            if j2 > j1:
                segments.append(("added", " ".join(words[j1:j2])))
        variants.append(Variant(account, tuple(segments)))
    return tuple(variants)


def _words(quote: str) -> list[str]:
    return _WORD.findall(normalise(quote).strip(" \"'"))


def _profiles(dossier: Dossier, facts: dict[str, FactComparison], links: Links) -> dict[str, SourceProfile]:
    by_source, by_summit = defaultdict(list), defaultdict(list)
    for row in facts.values():
        by_summit[row.fact.summit].append(row)
        for source in row.fact.sources:
            by_source[source].append(row)
    profiles = {}
    for sid in dossier.sources:
        mine = by_source[sid]
        covered = sorted(set(links.summits_by_source.get(sid, ())))
        profiles[sid] = SourceProfile(
            unique=tuple(c.fact.id for c in mine if c.fact.sources == (sid,)),
            outlier=tuple(c.fact.id for c in mine if sid in c.outliers),
            conflicts=tuple(c.fact.id for c in mine
                            if any(x.between_sources and sid in (x.first.source, x.second.source) for x in c.conflicts)),
            omitted=tuple(c.fact.id for summit in covered for c in by_summit[summit]
                          if sid not in c.fact.sources and len(c.fact.sources) >= 2),
        )
    return profiles


def _pairs(facts: dict[str, FactComparison]) -> tuple[PairStats, ...]:
    """Every pair of sources that report a fact in common, with the facts they agree and disagree on."""
    shared, clash = defaultdict(list), defaultdict(set)
    for row in facts.values():
        for pair in itertools.combinations(row.fact.sources, 2):
            shared[pair].append(row.fact.id)
        for conflict in row.conflicts:
            if conflict.between_sources:
                clash[tuple(sorted((conflict.first.source, conflict.second.source)))].add(row.fact.id)
    return tuple(PairStats(x, y, tuple(ids), tuple(i for i in ids if i not in clash[x, y]), tuple(sorted(clash[x, y])))
                 for (x, y), ids in sorted(shared.items()))
