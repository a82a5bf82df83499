"""Compute where sources agree and disagree, fact by fact, and summarise it per summit, source and pair.

A fact's verdict (see CONTRACT.md): ``single`` (one independent source), ``agree``, ``minor`` (figures apart
only within the tolerance), ``contested`` (only the people the sources quote take opposite positions) or
``disputed`` (the sources themselves disagree).
"""
from __future__ import annotations

import itertools
import operator
from collections import defaultdict
from dataclasses import dataclass, field, replace

from builder.config import Config
from builder.depends import identical, same
from builder.figures import Measure, Rules, rules
from builder.independence import Independence, find_shared
from builder.link import Links, changed_facts, own_figures
from builder.model import Account, Dossier, Fact, Tolerance, Value

SINGLE, AGREE, MINOR, CONTESTED, DISPUTED = "single", "agree", "minor", "contested", "disputed"
VERDICTS = (SINGLE, AGREE, MINOR, CONTESTED, DISPUTED)
MATERIAL = ("value", "speaker", "stance")  # conflict kinds that make a fact disputed
@dataclass(frozen=True, slots=True)
class Conflict:
    """Two accounts of one fact that do not fit together.

    kind: ``value`` (figures apart beyond the tolerance), ``minor`` (figures apart within it), ``speaker``
    (one speaker reported as saying and as denying it), ``stance`` (a source's own voice against another's), or
    ``claims`` (different speakers take opposite positions or give figures apart, or a source's own voice, or
    figure, is against what a speaker another source quotes says: the sources need not disagree).
    """

    kind: str
    first: Account
    second: Account

    @property
    def between_sources(self) -> bool:
        """True when the two sources' reports contradict each other, not merely the people they quote."""
        return self.kind in MATERIAL and self.first.source != self.second.source


@dataclass(frozen=True, slots=True)
class Group:
    """Accounts giving one figure (or, without figures, taking one position), with their sources."""

    value: Value | None
    accounts: tuple[Account, ...]
    sources: tuple[str, ...]

    @property
    def givers(self) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
        """Who gives its figure, as (people, sources) pairs: the sources that give it in their own voice (no
        people) first, then each person or set of people the other sources report giving it, with those sources."""
        found: dict[tuple[str, ...], list[str]] = {(): []}
        for a in self.accounts:
            sources = found.setdefault(a.speakers if a.stance in ("attributes", "disputes") else (), [])
            if a.source not in sources:
                sources.append(a.source)
        return tuple((people, tuple(sorted(sources))) for people, sources in found.items() if sources)


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a fact: groups whose figures fit together, or the accounts affirming (or denying) it.

    ``independent`` counts its sources that do not share their wording; ``standing`` are its sources whose own
    report contradicts another source's (not those that only report someone taking the side), and
    ``standing_independent`` counts them as ``independent`` does; ``minority`` marks the side(s) fewer of them take
    on a disputed fact that three or more independent sources contradict, when no source stands on two sides.
    ``figured`` is False for the reports without a figure on a fact of figures: listed apart, on no side."""

    affirms: bool
    groups: tuple[Group, ...]
    sources: tuple[str, ...]
    independent: int
    minority: bool = False
    standing: tuple[str, ...] = ()
    standing_independent: int = 0
    figured: bool = True

    @property
    def people(self) -> tuple[str, ...]:
        """The people its sources report giving its figures, in the order first reported."""
        return tuple(dict.fromkeys(w for g in self.groups for people, _ in g.givers for w in people))


@dataclass(frozen=True)
class FactComparison:
    fact: Fact
    verdict: str
    conflicts: tuple[Conflict, ...]
    sides: tuple[Side, ...]
    independent: int
    supports: tuple[Account, ...] = ()  # accounts whose figures fall inside the card's claim
    tolerance: Tolerance = Tolerance()  # how far apart figures may be for a minor discrepancy
    timeline: tuple[tuple[str, tuple[Group, ...]], ...] = ()  # a figure that changes over time: its groups by day
    # (YYYY-MM-DD), or by day and time (YYYY-MM-DD HH:MM) for an account whose ``as_of`` gives one
    other_figures: tuple[str, ...] = ()  # the anchors of accounts reporting someone giving a figure apart from
    # every one of the card's own (link.own_figures): Carrow Water's "about £9m" on the council's £14.5 million

    @property
    def disputed(self) -> bool:
        return self.verdict == DISPUTED

    @property
    def contested(self) -> bool:
        return self.verdict == CONTESTED

    @property
    def minor(self) -> bool:
        return self.verdict == MINOR

    @property
    def outliers(self) -> tuple[str, ...]:
        """The sources of the minority side(s) that contradict another source."""
        return tuple(sorted({s for side in self.sides if side.minority for s in side.standing}))

    @property
    def standing_independent(self) -> int:
        """How many independent sources contradict one another on the fact."""
        return sum(side.standing_independent for side in self.sides)

    @property
    def standing(self) -> tuple[str, ...]:
        """The sources whose own report contradicts another source's, on any side."""
        return tuple(s for side in self.sides for s in side.standing)

    @property
    def uncounted(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The fact's sources not among those that contradict one another: those that only report what someone
        claims (a museum's own release giving the museum's figure too), then the others (a report without a figure)."""
        rest = [s for s in self.fact.sources if s not in self.standing]
        reporting = tuple(s for s in rest if all(a.speakers for a in self.fact.accounts if a.source == s))
        return reporting, tuple(s for s in rest if s not in reporting)

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

    @property
    def stated_against_quoted(self) -> tuple[tuple[Account, ...], tuple[Account, ...]]:
        """Where a source's own statement stands against what people another source quotes say (an outlet's "some
        5,000 farmers" against the police count another reports), rather than only quoted people: the accounts
        stating and those quoting, one per source and speakers, in the card's order; two empty tuples elsewhere."""
        pairs = [(x, y) for c in self.conflicts_of("claims") for x, y in ((c.first, c.second), (c.second, c.first))
                 if x.stance in ("states", "contradicts") and y.stance not in ("states", "contradicts")]
        stated, quoted = {id(x) for x, _ in pairs}, {id(y) for _, y in pairs}
        return (_one_each(a for a in self.fact.accounts if id(a) in stated),
                _one_each(a for a in self.fact.accounts if id(a) in quoted))

    def stance_of(self, source: str) -> tuple[Account, ...]:
        return tuple(a for a in self.fact.accounts if a.source == source)

    @property
    def accounts_by_side(self) -> tuple[Account, ...]:
        """The fact's accounts, side 1's first (in the card's order within a side), as its page lists them."""
        if len(self.sides) < 2:
            return self.fact.accounts
        return tuple(sorted(self.fact.accounts, key=lambda a: self.side_of(a) or len(self.sides)))

    def day_of(self, account: Account) -> str | None:
        """The day (and time, when given) ``account`` gave its figure, when the fact's figures are listed by day
        (``timeline``)."""
        return next((day for day, groups in self.timeline for g in groups if any(a is account for a in g.accounts)),
                    None)

    @property
    def timed(self) -> bool:
        """Whether a figure of the ``timeline`` was given at a time of day."""
        return any(" " in day for day, _ in self.timeline)

    def side_of(self, account: Account) -> int:
        """The 1-based number of the side ``account`` is on; 0 for a report without a figure (on no side)."""
        return next(i if side.figured else 0 for i, side in enumerate(self.sides, 1) for g in side.groups
                    if any(a is account for a in g.accounts))  # one of the fact's own accounts: no deep compare


def _one_each(accounts) -> tuple[Account, ...]:
    first: dict[tuple, Account] = {}
    for account in accounts:
        first.setdefault((account.source, account.speakers), account)
    return tuple(first.values())


@dataclass(frozen=True)
class SourceProfile:
    """What a source alone reports, where it is in the minority, where it conflicts, where it is on one side of
    other sources' disagreement (``sided``: a trust's own release giving the 17:52 one outlet states against another's
    18:35), and what it leaves out."""

    unique: tuple[str, ...]
    outlier: tuple[str, ...]
    conflicts: tuple[str, ...]
    omitted: tuple[str, ...]
    minor: tuple[str, ...] = ()
    sided: tuple[str, ...] = ()


@dataclass(frozen=True)
class PairStats:
    first: str
    second: str
    shared: tuple[str, ...]
    agree: tuple[str, ...]
    disagree: tuple[str, ...]
    minor: tuple[str, ...] = ()


@dataclass(frozen=True)
class Comparison:
    facts: dict[str, FactComparison]
    rows_by_summit: dict[str, tuple[FactComparison, ...]]
    sources_by_summit: dict[str, tuple[str, ...]]
    profiles: dict[str, SourceProfile]
    pairs: tuple[PairStats, ...]
    independence: Independence = field(default_factory=Independence)
    partners: dict[str, dict[str, tuple]] = field(default_factory=dict)  # each source's (Independence.partners),
    # looked up source by source: a source page is rendered again when its own partners change, not any source

    @property
    def disputed(self) -> tuple[FactComparison, ...]:
        return tuple(c for c in self.facts.values() if c.disputed)

    @property
    def contested(self) -> tuple[FactComparison, ...]:
        return tuple(c for c in self.facts.values() if c.contested)

    @property
    def minor(self) -> tuple[FactComparison, ...]:
        return tuple(c for c in self.facts.values() if c.minor)

    def agreement(self, limit: int, counts: dict[str, int]) -> tuple[tuple[str, ...],
                                                                    tuple[tuple[PairStats | None, ...], ...]]:
        """The sources × sources table of the ``limit`` sources reporting the most facts (``counts``: how many
        each source reports; in id order): each row's pair statistics with every other source, None on the
        diagonal and for pairs sharing no fact."""
        ids = tuple(sorted(sorted(counts, key=lambda s: (-counts[s], s))[:limit]))
        index = {(p.first, p.second): p for p in self.pairs}
        return ids, tuple(tuple(index.get(tuple(sorted((x, y)))) if x != y else None for y in ids) for x in ids)


def compare(dossier: Dossier, links: Links, config: Config, cache=None) -> Comparison:
    """Compare every fact's accounts, then derive the per-summit, per-source and per-pair views. With a ``cache``,
    the shared wording is found again only when a source's text changed, and a fact is compared again only when
    it, the rules or the shared wording changed."""
    shared = find_shared(dossier.sources, config.shared_wording_words, cache.independence if cache else None)
    return compare_with(dossier, links, rules(config), shared, cache.rows if cache else None)


def compare_with(dossier: Dossier, links: Links, rules: Rules, independence: Independence,
                 memo: dict | None = None) -> Comparison:
    """``compare`` with the rules and the shared wording given; ``memo`` keeps each fact's row between runs. After
    a comparison with the same rules, shared wording, sources and memo (``dossier serve`` after a save), only what
    the changed facts (link.changed_facts) are in is made again (``_updated``)."""
    last = _LAST[0]
    changed = None
    if (last is not None and last[2] == independence.key and last[3] == rules and last[4] is memo
            and identical(list(dossier.sources.values()), list(last[1].sources.values()))):
        changed = changed_facts(last[1], dossier)
    found = (_all(dossier, links, rules, independence, memo) if changed is None else
             _updated(last[0], dossier, links, rules, changed, memo))
    _LAST[0] = found, dossier, independence.key, rules, memo
    return found


_LAST: list[tuple | None] = [None]  # (the comparison made last, of which dossier, with which shared wording key,
# rules and memo): dossier serve


def _all(dossier: Dossier, links: Links, rules: Rules, independence: Independence, memo: dict | None) -> Comparison:
    """The comparison made fact by fact (a fact's row from ``memo`` while it, the rules, the wording its sources
    share, the days of its sources and the speakers that are groups are the same: a new article leaves the rows of
    the facts it is not in as they were)."""
    days, groups = _days(dossier), _groups(dossier)
    facts, dated, shared = {}, {}, {}
    for fid, fact in dossier.facts.items():
        dated[fid], shared[fid] = _dated(fact, days), independence.among(fact.sources)
        kept = memo.get(fid) if memo is not None else None
        if kept is not None and kept[0] is fact and kept[1] == shared[fid] and kept[2] == rules \
                and kept[4] == dated[fid] and kept[5] == groups:
            facts[fid] = kept[3]
        else:
            facts[fid] = compare_fact(fact, rules, independence, days, groups)
    if memo is not None:
        memo.clear()
        memo.update((fid, (dossier.facts[fid], shared[fid], rules, row, dated[fid], groups))
                    for fid, row in facts.items())
    rows, covering = {}, {}
    for sid in dossier.summits:
        rows[sid], covering[sid] = _summit_rows(sid, [facts[f.id] for f in links.facts_by_summit.get(sid, ())])
    for gone in _SUMMITS.keys() - rows.keys():
        del _SUMMITS[gone]
    return Comparison(facts, rows, covering, _profiles(dossier, facts, links), _pairs(facts), independence,
                      {sid: independence.partners(sid) for sid in dossier.sources})


def _updated(before: Comparison, dossier: Dossier, links: Links, rules: Rules, changed: set[str],
             memo: dict | None) -> Comparison:
    """``before`` with the ``changed`` facts compared again, and the rows of their summits, the profiles of the
    sources of those summits and the statistics of the pairs of their sources made again; what is equal to before
    (depends.same) is the very object it was."""
    days, groups = _days(dossier), _groups(dossier)
    facts, olds = dict(before.facts), [before.facts[fid] for fid in changed]
    for fid in changed:
        fact = dossier.facts[fid]
        facts[fid] = row = compare_fact(fact, rules, before.independence, days, groups)
        if memo is not None:
            memo[fid] = fact, before.independence.among(fact.sources), rules, row, _dated(fact, days), groups
    news = [facts[fid] for fid in changed]
    summits = {row.fact.summit for row in olds + news}
    rows, covering = dict(before.rows_by_summit), dict(before.sources_by_summit)
    for sid in summits:
        rows[sid], covering[sid] = _summit_rows(sid, [facts[f.id] for f in links.facts_by_summit.get(sid, ())])
    position = {fid: i for i, fid in enumerate(dossier.facts)}
    profiles = dict(before.profiles)
    for sid in {s for row in olds + news for s in row.fact.sources} | {
            s for summit in summits for s in before.sources_by_summit[summit] + covering[summit]}:
        cited = sorted({a.fact for a in links.accounts_by_source.get(sid, ())}, key=position.__getitem__)
        profile = _profile(sid, [facts[fid] for fid in cited], [
            [facts[f.id] for f in links.facts_by_summit.get(s, ())] for s in links.summits_by_source.get(sid, ())])
        profiles[sid] = before.profiles[sid] if same(before.profiles[sid], profile) else profile
    return Comparison(facts, rows, covering, profiles, _pairs_updated(before.pairs, olds, news, position),
                      before.independence, before.partners)


def _pairs_updated(before: tuple[PairStats, ...], olds: list[FactComparison], news: list[FactComparison],
                   position: dict[str, int]) -> tuple[PairStats, ...]:
    """``before`` with the statistics of each pair of sources reporting one of the changed facts, before (``olds``)
    or now (``news``), made again."""
    changed = {row.fact.id for row in news}
    found = {(p.first, p.second): p for p in before}
    brought, added = {row.fact.id: _row_pairs(row) for row in news}, False
    for pair in {p for row in olds for p in _row_pairs(row)[0]} | {p for made in brought.values() for p in made[0]}:
        stats = found.get(pair)
        ids = sorted([i for i in (stats.shared if stats else ()) if i not in changed]
                     + [fid for fid, made in brought.items() if pair in made[0]], key=position.__getitem__)
        clash = {i for i in (stats.disagree if stats else ()) if i not in changed} | {
            fid for fid, made in brought.items() if pair in made[1]}
        near = {i for i in (stats.minor if stats else ()) if i not in changed} | {
            fid for fid, made in brought.items() if pair in made[2]}
        if not ids:
            found.pop(pair, None)
        elif not same(stats, now := _pair_stats(pair, ids, clash, near)):
            found[pair], added = now, added or stats is None
    return tuple(found[pair] for pair in sorted(found)) if added else tuple(found.values())


def _days(dossier: Dossier) -> dict[str, str | None]:
    """Each source's day (of its publication, else of the events it reports)."""
    return {sid: s.day for sid, s in dossier.sources.items()}


def _groups(dossier: Dossier) -> frozenset[str]:
    """The speakers that are groups ("Estravian officials"), not one person."""
    return frozenset(sid for sid, s in dossier.speakers.items() if s.kind == "group")


def _dated(fact: Fact, days: dict[str, str | None]) -> tuple:
    """The days of a fact's sources when its figure changes over time (what its row depends on of them)."""
    return tuple(days.get(s) for s in fact.sources) if fact.changes_over_time else ()


def _summit_rows(sid: str, mine: list[FactComparison]) -> tuple[tuple[FactComparison, ...], tuple[str, ...]]:
    """A summit's rows (``mine``, in the facts' order) sorted, and the sources they cite; the ones made before while
    ``mine`` are the very same rows."""
    kept = _SUMMITS.get(sid)
    if kept is None or not (len(kept[0]) == len(mine) and all(map(operator.is_, kept[0], mine))):
        ordered = tuple(sorted(mine, key=_row_order))
        kept = _SUMMITS[sid] = mine, ordered, tuple(sorted({s for row in ordered for s in row.fact.sources}))
    return kept[1], kept[2]


_SUMMITS: dict[str, tuple] = {}  # summit id → (its rows, in the facts' order, sorted, its sources): dossier serve


_ORDER = {DISPUTED: 0, CONTESTED: 1, MINOR: 2, AGREE: 3, SINGLE: 4}


def _row_order(row: FactComparison):
    return (_ORDER[row.verdict], -row.independent, -len(row.fact.sources), row.fact.id)


def compare_fact(fact: Fact, rules: Rules = Rules(), independence: Independence | None = None,
                 days: dict[str, str | None] | None = None, groups: frozenset[str] = frozenset()) -> FactComparison:
    """The verdict on one fact, with every pair of accounts that do not fit together and the sides they form. A
    speaker of ``groups`` (the dossier's speakers of kind ``group``: "Estravian officials", "the organisers") is
    not one person: two sources reporting it on opposite sides may report two of its members. On a
    card whose figure changes over time, figures given on different days, or at different times of a day (an
    account's ``as_of``, a day or a day and time, else ``days``: each source's day, that of
    its publication, else of the events it reports) are not set against each other."""
    tolerance = rules.tolerance(fact)
    measure = Measure(rules.approximate, tolerance, fact.claim, fact.quantity, as_written=fact.tolerance is None)
    dated = {id(a): a.as_of or (days or {}).get(a.source) for a in fact.accounts} if fact.changes_over_time else {}
    conflicts, own = [], own_figures(fact)
    for a, b in itertools.combinations(fact.accounts, 2):
        day_a, day_b = dated.get(id(a)), dated.get(id(b))
        if a.value and b.value and a.affirms == b.affirms and day_a and day_b and day_a != day_b:
            continue  # two moments of a figure that changes: a toll of 7 on Wednesday and 8 on Thursday, or 12
            # arrests at 18:05 and 19 at 21:40
        kind = _conflict(a, b, measure, groups)
        if kind == "speaker" and _other_figure(a, b, fact.accounts, measure, own):
            continue
        if kind in ("value", "speaker") and a.source != b.source and _moved(a, b, fact.accounts, measure, groups):
            kind = "claims"
        if kind:
            conflicts.append(Conflict(kind, a, b))
    clusters = (independence or Independence()).clusters(fact.accounts)
    kinds = {c.kind for c in conflicts}
    if any(c.between_sources for c in conflicts):
        verdict = DISPUTED
    elif kinds - {"minor"}:  # people quoted against each other, or one source against the people it quotes
        verdict = CONTESTED
    elif "minor" in kinds:
        verdict = MINOR
    else:
        verdict = SINGLE if len(clusters) == 1 else AGREE
    other = tuple(a.anchor for a in fact.accounts if a.stance == "attributes" and a.value and own
                  and all(measure.grade(a.value, v) == "value" for v in own))  # apart as the verdict weighs them
    sides = _sides(fact, conflicts, measure, clusters, verdict, own, set(other))
    supports = tuple(a for a in fact.accounts if a.value and fact.claim and measure.inside_claim(a.value))
    return FactComparison(fact, verdict, tuple(conflicts), sides, len(clusters), supports, tolerance,
                          _timeline(fact, dated), other)


def _timeline(fact: Fact, dated: dict[int, str | None]) -> tuple[tuple[str, tuple[Group, ...]], ...]:
    """The figures of the accounts whose day is known (``dated``: by the account's id) grouped by day (or day and
    time), the earliest first (``_moment``), then by figure, the lowest first; none unless they were given at two
    moments or more."""
    by_day: dict[str, dict[Value, list[Account]]] = {}
    for a in fact.accounts:
        if a.value and dated.get(id(a)):
            by_day.setdefault(dated[id(a)], {}).setdefault(a.value, []).append(a)
    if len(by_day) < 2:
        return ()
    return tuple((day, tuple(Group(value, tuple(accounts), tuple(sorted({a.source for a in accounts})))
                             for value, accounts in sorted(groups.items(), key=lambda item: item[0].low)))
                 for day, groups in sorted(by_day.items(), key=lambda item: _moment(*item)))


def _moment(day: str, groups: dict[Value, list[Account]]) -> str:
    """Where the figures given on ``day`` (a day, or a day and time) stand in order. A day without its hour (an
    ``as_of`` day, or the day the source was published, whose hour no card records) stands at the hour its quotes
    say the figures held by (the wire's "arrested 12 people by 6 p.m.", before the live blog's 12 at 18:05), else at
    the day's end, after its timed figures, as it is known only to hold by then: NBS News's "All 11 crew were
    rescued", of 14 October, after the coastguard's 4 at 04:02 and 9 at 06:12, not before them."""
    if " " in day:
        return day
    from builder.prose_figures import figures  # here: its patterns take 0.1 s to compile, and few cards need it
    hours = [next((f.number for f in figures(a.quote) if f.quantity == "time" and f.qualifier == "by"), None)
             for accounts in groups.values() for a in accounts]
    if None in hours:
        return f"{day} 24:00"
    latest = int(max(hours))
    return f"{day} {latest // 60:02d}:{latest % 60:02d}"


def _conflict(a: Account, b: Account, measure: Measure, groups: frozenset[str]) -> str | None:
    """The kind of conflict between two accounts, or None when they fit together."""
    figures = measure.relate(a.value, b.value) if a.value and b.value else None
    one_voice = bool((set(a.speakers) & set(b.speakers)) - groups)  # both report one person or institution
    if figures == "value":  # figures apart: the sources' only when both state them, or both report one voice
        quoted = [x.stance in ("attributes", "disputes") for x in (a, b)]
        if all(quoted):
            return figures if one_voice else "claims"
        return "claims" if any(quoted) else figures  # an outlet's own figure against a police count another reports
    if a.affirms == b.affirms:
        return figures
    if one_voice:
        return "speaker"
    if a.stance in ("states", "contradicts") and b.stance in ("states", "contradicts"):
        return "stance"  # one source says the opposite of what another says
    return "claims"  # a source's own voice against a denial (or a claim) another reports: both can be right


def _other_figure(a: Account, b: Account, accounts: tuple[Account, ...], measure: Measure, own: list[Value]) -> bool:
    """Whether, of one speaker's two accounts, one affirming and one denying, the affirming one gives a figure apart
    from the card's ``own`` (link.own_figures), else from every figure others affirm: the speaker's own lower (or
    higher) figure and its denial of the card's are one position (Aldreth's "no more than 12%" and its "a fraction of
    that", against Calvenia's 40 %; the union's 310 jobs and its disputing the council's 140, though its branch
    secretary gives 310 too); so are a figure given once as the speaker's own and once in a denial of the card's
    (Ashworth's "the last time anyone looked at the crane itself was 14 April" and "nobody looked at that crane after
    14 April", against the council's 28 May)."""
    yes, no = (a, b) if a.affirms else (b, a)
    if not yes.value:
        return False
    if no.value:
        return measure.relate(yes.value, no.value) != "value"
    others = own or [c.value for c in accounts if c.affirms and c.value and not set(c.speakers) & set(yes.speakers)]
    return bool(others) and all(measure.relate(yes.value, v) == "value" for v in others)


def _moved(a: Account, b: Account, accounts: tuple[Account, ...], measure: Measure, groups: frozenset[str]) -> bool:
    """Whether one source reports a person whom ``a`` and ``b`` both quote in two positions or with two figures, the
    one ``a`` reports and the one ``b`` does (a count revised, a denial after a confirmation): the sources then agree
    that the person said both, and ``a`` and ``b`` report them at two moments rather than contradict each other."""
    shared = set(a.speakers) & set(b.speakers)

    def fits(c: Account, x: Account) -> bool:
        return c.affirms == x.affirms and not (c.value and x.value and measure.relate(c.value, x.value) == "value")

    quoting: dict[str, list[Account]] = {}
    for c in accounts:
        if shared & set(c.speakers):
            quoting.setdefault(c.source, []).append(c)
    return any(_conflict(c, d, measure, groups) in ("value", "speaker") and fits(c, a) and fits(d, b)
               for found in quoting.values() for c in found for d in found)


def _sides(fact: Fact, conflicts: list[Conflict], measure: Measure, clusters: list[set[str]],
           verdict: str, own: list[Value], other: set[str]) -> tuple[Side, ...]:
    """The fact's sides, the card's statement's first (the affirming side, or the one giving a figure of ``own``,
    the card's own figures: link.own_figures), then the biggest: by position when accounts affirm and deny it, else
    by figures that fit together (each side's figures grouped by value; the reports without a figure last, on no
    side's count for the minority); a side by position has its figures grouped too ("contradicts" giving 28 April).
    The auction trial's "Side 1: about €35.9 million" read before the statement's €37.2 million, "Side 1: Denied"
    before "Side 2: Said". By position, someone reported giving a figure apart from the card's (``other``: anchors)
    stands against the statement, with the denials: the landfill trial's operator, "never above 48 micrograms"
    against the agency's 212, had been listed under "Said"."""
    by_value = not any(not a.affirms for a in fact.accounts) and any(a.value for a in fact.accounts)
    if by_value:
        groups, positions = _value_sides(fact, conflicts), None
    else:
        parts = [(True, [a for a in fact.accounts if a.affirms and a.anchor not in other]),
                 (False, [a for a in fact.accounts if not a.affirms or a.anchor in other])]
        groups, positions = [_figures(part) for _, part in parts if part], [said for said, part in parts if part]
    cluster_of = {s: i for i, cluster in enumerate(clusters) for s in cluster}
    # The minority is counted among the sources that contradict one another, not those that only report people who
    # do: two outlets saying May against two saying June is no majority, however many report the minister's May.
    material = {id(a) for c in conflicts if c.between_sources for a in (c.first, c.second)}
    sides = []
    for n, side in enumerate(groups):
        accounts = [a for _, accts in side for a in accts]
        sources = tuple(sorted({a.source for a in accounts}))
        standing = tuple(sorted({a.source for a in accounts if id(a) in material}))
        built = tuple(Group(value, tuple(accts), tuple(sorted({a.source for a in accts}))) for value, accts in side)
        sides.append(Side(accounts[0].affirms if positions is None else positions[n], built, sources, len({cluster_of[s] for s in sources}),
                          standing=standing, standing_independent=len({cluster_of[s] for s in standing}),
                          figured=not by_value or side[0][0] is not None))
    def theirs(side: Side) -> bool:  # whether it is the side of the card's statement
        return any(g.value and measure.grade(g.value, v) != "value" for g in side.groups for v in own) \
            if by_value else side.affirms

    sides.sort(key=lambda s: (by_value and s.groups[0].value is None, not theirs(s), -s.independent))
    figured = [s for s in sides if s.groups[0].value] if by_value else sides  # reports without a figure: last
    apart = len({s for side in figured for s in side.sources}) == sum(len(side.sources) for side in figured)
    counts = [s.standing_independent for s in figured]
    top = max(counts, default=0)
    if verdict == DISPUTED and apart and len(figured) >= 2 and counts.count(top) == 1 \
            and len({cluster_of[a.source] for a in fact.accounts if id(a) in material}) >= 3:
        minor = {id(s) for s, n in zip(figured, counts) if 0 < n < top}
        sides = [replace(s, minority=id(s) in minor) for s in sides]
    return tuple(sides)


def _figures(accounts: list[Account]) -> list[tuple[Value | None, list[Account]]]:
    """Accounts grouped by figure, in the order first given; those without one last."""
    by_value: dict[Value | None, list[Account]] = {}
    for account in sorted(accounts, key=lambda a: a.value is None):
        by_value.setdefault(account.value, []).append(account)
    return list(by_value.items())


def _value_sides(fact: Fact, conflicts: list[Conflict]) -> list[list[tuple[Value | None, list[Account]]]]:
    """Accounts grouped by figure, and the groups joined into sides of figures none materially apart from another:
    the figures most sources give first, then the most precise, each joining the first side it fits entirely (the
    one most sources are on), or of those it fits, one where a source reports the same person giving a figure; so
    that an open-ended figure ("more than 2 h") never joins two that are apart (2 h 15 min and nearly 3 h), a range
    that fits both sides ("thousands") stands with the biggest, and "about 2,100" joins the 2,100 its speaker gives
    elsewhere, not the "about 2,400" it also meets."""
    by_value: dict[Value, list[Account]] = {}
    for account in fact.accounts:
        if account.value:
            by_value.setdefault(account.value, []).append(account)
    apart = {(c.first.value, c.second.value) for c in conflicts  # figures apart, the sources' or their speakers'
             if c.kind == "value" or c.kind == "claims" and c.first.value and c.second.value}
    apart |= {(b, a) for a, b in apart}
    sides: list[list] = []
    for value in sorted(by_value, key=lambda v: (-len({a.source for a in by_value[v]}), v.approx, v.high - v.low, v.low)):
        fitting = [s for s in sides if not any((value, other) in apart for other, _ in s)]
        givers = _givers(by_value[value])
        side = next((s for s in fitting if givers & _givers(a for _, accts in s for a in accts)),
                    fitting[0] if fitting else None)
        if side is None:
            side = []
            sides.append(side)
        side.append((value, by_value[value]))
    ordered = sorted(sides, key=lambda side: (-len({a.source for _, accts in side for a in accts}),
                                              min(value.low for value, _ in side)))
    for side in ordered:
        side.sort(key=lambda g: (-len({a.source for a in g[1]}), g[0].low))
    unvalued = [a for a in fact.accounts if not a.value]
    if unvalued and len(ordered) == 1:  # reports without a figure stand with the figures when all fit together
        ordered[0].append((None, unvalued))
    elif unvalued:  # else apart: "several hundred, according to police" is on neither side of 2,000 against 10,000
        ordered.append([(None, unvalued)])
    return ordered


def _givers(accounts) -> set[str]:
    """The people the ``accounts`` report giving their figures (none for a source's own figure)."""
    return {w for a in accounts if a.stance in ("attributes", "disputes") for w in a.speakers}


def _profiles(dossier: Dossier, facts: dict[str, FactComparison], links: Links) -> dict[str, SourceProfile]:
    """Each source's profile; the one made before while its rows and those of the summits it covers are the same
    (``dossier serve``: an edit changes one fact's row, and the profiles of the sources near it)."""
    by_source, by_summit = defaultdict(list), defaultdict(list)
    for row in facts.values():
        by_summit[row.fact.summit].append(row)
        for source in row.fact.sources:
            by_source[source].append(row)
    profiles = {}
    for sid in dossier.sources:
        made_of = by_source[sid], [by_summit[s] for s in sorted(set(links.summits_by_source.get(sid, ())))]
        kept = _PROFILES.get(sid)
        if kept is None or not same(kept[0], made_of):
            kept = _PROFILES[sid] = made_of, _profile(sid, *made_of)
        profiles[sid] = kept[1]
    for gone in _PROFILES.keys() - profiles.keys():
        del _PROFILES[gone]
    return profiles


_PROFILES: dict[str, tuple] = {}  # source id → (what its profile was made of, the profile)


def _profile(sid: str, mine: list[FactComparison], covered: list[list[FactComparison]]) -> SourceProfile:
    """The profile of the source ``sid``, given its rows and the rows of each summit it covers."""
    conflicts = tuple(c.fact.id for c in mine
                      if any(x.between_sources and sid in (x.first.source, x.second.source) for x in c.conflicts))
    return SourceProfile(
        unique=tuple(c.fact.id for c in mine if c.fact.sources == (sid,)),
        outlier=tuple(c.fact.id for c in mine if sid in c.outliers),
        conflicts=conflicts,
        sided=tuple(c.fact.id for c in mine if c.disputed and c.fact.id not in conflicts
                    and any(side.figured and sid in side.sources for side in c.sides)),
        omitted=tuple(c.fact.id for rows in covered for c in rows
                      if sid not in c.fact.sources and len(c.fact.sources) >= 2),
        minor=tuple(c.fact.id for c in mine if c.minor and any(
            x.kind == "minor" and sid in (x.first.source, x.second.source) for x in c.conflicts)),
    )


def _pairs(facts: dict[str, FactComparison]) -> tuple[PairStats, ...]:
    """Every pair of sources that report a fact in common: the facts they agree on, differ on only within the
    tolerance, and disagree on. What a row brings, and a pair's statistics, are those found before while the row,
    and the pair's facts, are the same (``dossier serve``)."""
    shared, clash, near = defaultdict(list), defaultdict(set), defaultdict(set)
    for fid, row in facts.items():
        kept = _ROW_PAIRS.get(fid)
        if kept is None or kept[0] is not row:
            kept = _ROW_PAIRS[fid] = row, *_row_pairs(row)
        for pair in kept[1]:
            shared[pair].append(fid)
        for pair in kept[2]:
            clash[pair].add(fid)
        for pair in kept[3]:
            near[pair].add(fid)
    for gone in _ROW_PAIRS.keys() - facts.keys():
        del _ROW_PAIRS[gone]
    found = []
    for (x, y), ids in sorted(shared.items()):
        made_of = ids, clash.get((x, y), set()), near.get((x, y), set())
        kept = _PAIRS.get((x, y))
        if kept is None or kept[0] != made_of:
            kept = _PAIRS[x, y] = made_of, _pair_stats((x, y), *made_of)
        found.append(kept[1])
    for gone in _PAIRS.keys() - shared.keys():
        del _PAIRS[gone]
    return tuple(found)


def _pair_stats(pair: tuple[str, str], ids: list[str], clash: set[str], near: set[str]) -> PairStats:
    """A pair's statistics from the facts both sources report (``ids``, in the facts' order), those on which they
    clash, and those on which they differ only within the tolerance."""
    return PairStats(*pair, tuple(ids), tuple(i for i in ids if i not in clash and i not in near),
                     tuple(sorted(clash)), tuple(sorted(near - clash)))


_ROW_PAIRS: dict[str, tuple] = {}  # fact id → (its row, the pairs of its sources, those clashing, those near)
_PAIRS: dict[tuple[str, str], tuple] = {}  # pair → ((its facts, those clashing, those near), its PairStats)


def _row_pairs(row: FactComparison) -> tuple[tuple, tuple, tuple]:
    """The pairs of sources reporting the row's fact, those whose accounts clash on it, and those that differ only
    within the tolerance."""
    clash, near = [], []
    for conflict in row.conflicts:
        pair = tuple(sorted((conflict.first.source, conflict.second.source)))
        if conflict.between_sources:
            clash.append(pair)
        elif conflict.kind == "minor" and pair[0] != pair[1]:
            near.append(pair)
    return tuple(itertools.combinations(row.fact.sources, 2)), tuple(clash), tuple(near)
