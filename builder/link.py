"""Indexes and backlinks between records: who is named where, who claims what, what each source supports."""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from builder import naming
from builder.depends import identical
from builder.formatting import apposed, in_sentence, opening
from builder.model import Account, Dossier, Fact, Speaker, Value


@dataclass(frozen=True)
class Links:
    """Lookups from each record to the facts and accounts that refer to it (ids in stable order).

    ``claimants``: for a fact no source states in its own voice, the speakers the sources report saying it;
    ``headlines``: each fact's statement as readers see it, led by its claimants' names when the statement
    does not name them; ``related``: other facts measuring the same quantity at the same meeting (the RELATED
    nearest).
    """

    facts_by_summit: dict[str, tuple[Fact, ...]]
    facts_by_meeting: dict[tuple[str, str], tuple[Fact, ...]]
    statements_by_speaker: dict[str, tuple[Fact, ...]]
    mentions_of_speaker: dict[str, tuple[Fact, ...]]
    accounts_by_source: dict[str, tuple[Account, ...]]
    summits_by_speaker: dict[str, tuple[str, ...]]
    summits_by_source: dict[str, tuple[str, ...]]
    claimants: dict[str, tuple[str, ...]]
    headlines: dict[str, str]
    related: dict[str, tuple[Fact, ...]]


@dataclass(frozen=True)
class _Own:
    """What one fact brings to the links: its claimants and headline, the speakers it has speaking (its speaker, and
    those the sources report saying or denying it), those it only mentions, and all it names."""

    claimants: tuple[str, ...]
    headline: str
    speaking: tuple[str, ...]
    mentioned: tuple[str, ...]
    named: frozenset[str]


# The lists of facts by key, each with the keys a fact (with what it brings) is listed under
_LISTS = {
    "facts_by_summit": lambda fact, own: (fact.summit,),
    "facts_by_meeting": lambda fact, own: ((fact.summit, fact.meeting),) if fact.meeting else (),
    "statements_by_speaker": lambda fact, own: own.speaking,
    "mentions_of_speaker": lambda fact, own: own.mentioned,
}
UPDATED_AT_MOST = 0.1  # the share of the facts changed since the last link past which all is linked again


def link(dossier: Dossier) -> Links:
    """Every backlink of the dossier. After a link of the same fact ids, speakers and summits (``dossier serve``
    after a save), only the entries that list a changed fact, before or now, are found again (``_updated``)."""
    last = _LAST[0]
    changed = changed_facts(last[1], dossier) if last is not None else None
    found = _all(dossier, last and last[0]) if changed is None else _updated(last[0], dossier, changed)
    _LAST[0] = found, dossier
    return found


_LAST: list[tuple[Links, Dossier] | None] = [None]  # the links found last, and of which dossier: dossier serve


def changed_facts(before: Dossier, now: Dossier) -> set[str] | None:
    """The ids of the facts that are not the very objects they were in ``before``; None when the fact ids, the
    speakers or the summits differ, or too many facts changed to update the links."""
    if now.facts.keys() != before.facts.keys() or not all(
            identical(list(getattr(now, kind).values()), list(getattr(before, kind).values()))
            for kind in ("speakers", "summits")):
        return None
    changed = {fact.id for fact, old in zip(now.facts.values(), before.facts.values()) if fact is not old}
    return changed if len(changed) <= UPDATED_AT_MOST * len(now.facts) else None


def _all(dossier: Dossier, before: Links | None) -> Links:
    """The links found fact by fact, each value identical to the one ``before`` held replaced by it (``_kept``)."""
    lists = {name: defaultdict(list) for name in _LISTS}
    accounts, speaker_summits, source_summits = defaultdict(list), _at_meetings(dossier), defaultdict(set)
    claims, headlines, by_quantity = {}, {}, defaultdict(list)
    for fact in dossier.facts.values():
        own = _own(fact, dossier.speakers)
        for name, keys in _LISTS.items():
            for key in keys(fact, own):
                lists[name][key].append(fact)
        if fact.meeting and fact.quantity:
            by_quantity[fact.summit, fact.meeting, fact.quantity].append(fact)
        claims[fact.id], headlines[fact.id] = own.claimants, own.headline
        for who in own.named:
            speaker_summits[who].add(fact.summit)
        for account in fact.accounts:
            accounts[account.source].append(account)
            source_summits[account.source].add(fact.summit)
    for gone in _OWN.keys() - dossier.facts.keys():
        del _OWN[gone]
    related = {f.id: _near(group, i) for group in by_quantity.values() for i, f in enumerate(group)}
    return _kept(Links(
        **{name: {k: tuple(v) for k, v in sorted(found.items())} for name, found in lists.items()},
        accounts_by_source={k: tuple(sorted(v, key=_place)) for k, v in accounts.items()},
        summits_by_speaker={k: tuple(sorted(v)) for k, v in speaker_summits.items()},
        summits_by_source={k: tuple(sorted(v)) for k, v in source_summits.items()},
        claimants={k: v for k, v in claims.items() if v},
        headlines=headlines,
        related={k: v for k, v in related.items() if v},
    ), before)


def _updated(before: Links, dossier: Dossier, changed: set[str]) -> Links:
    """``before`` with the entries that list one of the ``changed`` facts, before or now, found again; the others
    are the very same objects."""
    olds = [(_OWN[fid][0], _OWN[fid][2]) for fid in changed]  # what each brought to ``before``
    news = [(fact, _own(fact, dossier.speakers)) for fact in map(dossier.facts.__getitem__, changed)]
    both = olds + news
    position = {fid: i for i, fid in enumerate(dossier.facts)}
    found = {name: _relisted(getattr(before, name), {k for f, own in both for k in keys(f, own)},
                             lambda key, keys=keys: [f for f, own in news if key in keys(f, own)],
                             lambda f: f.id in changed, lambda f: position[f.id])
             for name, keys in _LISTS.items()}
    sources = {a.source for f, _ in both for a in f.accounts}
    found["accounts_by_source"] = accounts = _relisted(
        before.accounts_by_source, sources,
        lambda source: [a for f, _ in news for a in f.accounts if a.source == source], lambda a: a.fact in changed,
        _place)
    found["summits_by_source"] = _replaced(before.summits_by_source, {
        s: tuple(sorted({dossier.facts[a.fact].summit for a in accounts.get(s, ())})) for s in sources})
    at_meetings, speaking = _at_meetings(dossier), found["statements_by_speaker"]
    mentioned = found["mentions_of_speaker"]
    found["summits_by_speaker"] = _replaced(before.summits_by_speaker, {
        w: tuple(sorted({f.summit for f in speaking.get(w, ())} | at_meetings.get(w, set()) | {
            f.summit for f in mentioned.get(w, ()) if w in _own(f, dossier.speakers).named}))
        for w in {w for _, own in both for w in own.named}})
    found["claimants"] = _replaced(before.claimants, {fact.id: own.claimants for fact, own in news})
    found["headlines"] = _replaced(before.headlines, {fact.id: own.headline for fact, own in news})
    groups = {(f.summit, f.meeting, f.quantity) for f, _ in both if f.meeting and f.quantity}
    related = {}
    for summit, meeting, quantity in groups:
        group = [f for f in found["facts_by_meeting"].get((summit, meeting), ()) if f.quantity == quantity]
        related.update({f.id: _near(group, i) for i, f in enumerate(group)})
    found["related"] = _replaced(before.related, {fid: () for fid in changed} | related)
    return Links(**found)


def _relisted(lists: dict, keys: set, listed_now, changed, order) -> dict:
    """``lists`` with the list under each of ``keys`` made again: its items but the ``changed`` ones, and those
    ``listed_now(key)`` gives, sorted by ``order``."""
    return _replaced(lists, {key: tuple(sorted([item for item in lists.get(key, ()) if not changed(item)]
                                               + listed_now(key), key=order)) for key in keys}, sort=True)


def _replaced(values: dict, new: dict, sort: bool = False) -> dict:
    """``values`` with ``new``'s, where they are not identical (``_kept``); an empty one leaves its key out, and a
    key added or left out puts the keys in sorted order when ``sort``."""
    found = dict(values)
    for key, value in new.items():
        if not value:
            found.pop(key, None)
        elif not identical(found.get(key), value):
            found[key] = value
    return dict(sorted(found.items())) if sort and found.keys() != values.keys() else found


def _at_meetings(dossier: Dossier) -> defaultdict[str, set[str]]:
    """The summits at which each speaker took part in, or was present at, a meeting."""
    found = defaultdict(set)
    for summit in dossier.summits.values():
        for meeting in summit.meetings:
            for who in (*meeting.participants, *meeting.present):
                found[who].add(summit.id)
    return found


def _place(account: Account) -> tuple:
    """Where an account's passage is in its source (its anchor, unique, after ties)."""
    return account.span.start, account.span.end, account.anchor


_OWN: dict[str, tuple] = {}  # fact id → (the fact, the speakers its accounts name, _Own): dossier serve


def _own(fact: Fact, speakers: dict[str, Speaker]) -> _Own:
    """What ``fact`` brings to the links; the one found before while the fact and the speakers its accounts name are
    the very same objects."""
    kept = _OWN.get(fact.id)
    if kept is not None and kept[0] is fact and all(speakers.get(w) is s for w, s in kept[1]):
        return kept[2]
    attributed = {w for a in fact.accounts for w in a.speakers}
    claimed = claimants(fact, frozenset(w for w in attributed if speakers[w].kind == "group"))
    reported = {w for a in fact.accounts if a.stance in ("attributes", "disputes") for w in a.speakers}
    speaking = {fact.speaker} - {None} | set(claimed) | reported  # saying it or denying it
    found = _Own(claimed, headline(fact, claimed, speakers), tuple(sorted(speaking)),
                 tuple(sorted((attributed | set(fact.about)) - speaking)), frozenset(attributed | speaking))
    _OWN[fact.id] = fact, tuple((w, speakers.get(w)) for w in attributed), found
    return found


def _kept(links: Links, before: Links | None) -> Links:
    """``links`` with each value identical to the one ``before`` held under its key (depends.identical) replaced by
    that very object: the pages an edit leaves alone are then found unchanged by identity (``dossier serve``)."""
    if before is None:
        return links
    return Links(**{name: {k: old if identical(old := getattr(before, name).get(k, v), v) else v
                           for k, v in now.items()} for name, now in vars(links).items()})


RELATED = 10  # related facts a fact's page lists at most: 600 facts of one meeting measuring its length listed
# each other on every page, a site of 158 MB (each fact is in its summit's comparison table)


def _near(group: list[Fact], i: int) -> tuple[Fact, ...]:
    """The facts of ``group`` next to its ``i``-th (in the group's order), RELATED at most, not it."""
    start = max(0, min(i - RELATED // 2, len(group) - RELATED - 1))
    return tuple(group[start:i] + group[i + 1:start + RELATED + 1])


def claimants(fact: Fact, groups: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Who the sources report saying a fact that no source states in its own voice (one saying the opposite does
    not make it a fact: "That was, at best, optimistic" against the minister's "contained"); on a card that is
    someone's figure, not those reported giving a figure that does not meet theirs (an impact study's 600,000 against
    the minister's 1.5 million jobs); nor someone a source reports denying it (one source has Tillerson confirming
    it, another disputing it: the sources disagree on where he stands), unless that is one of ``groups`` (the
    speakers of kind group: one official may claim what another denies). Without a card's speaker, the card's figure
    is its ``claim``, else one its statement writes ("killed 12 people": the ministry's 12, not the opposition's "at
    least 40"), when some of the figures reported are near it and others not."""
    if any(a.stance == "states" for a in fact.accounts):
        return ()
    said = [a for a in fact.accounts if a.stance == "attributes"]
    theirs = _claimed(fact, said)
    if theirs:
        said = [a for a in said if not a.value or any(_gives(a.value, v) for v in theirs)]
    denying = {w for a in fact.accounts if a.stance == "disputes" for w in a.speakers} - groups
    return tuple(w for w in dict.fromkeys(w for a in said for w in a.speakers) if w not in denying)


def own_figures(fact: Fact) -> list[Value]:
    """The figures that are the card's own: those its statement writes, when it tells whose figure it gives (the
    police's 05:02 in "Officers entered the post office at 05:02", not a report's "about 05:30"), else those its
    sources state in their own voice, else its claimants' as ``claimants`` finds them; none on a figure that changes
    over time (each day has its own)."""
    if fact.quantity is None or fact.changes_over_time:
        return []
    stated = [a.value for a in fact.accounts if a.stance == "states" and a.value]
    claimed = [a for a in fact.accounts if a.stance == "attributes"]
    if stated and fact.claim is None and any(a.value for a in claimed):  # (only then: a build reads no statement
        written = _written(fact.statement, fact.quantity, [a.value for a in fact.accounts if a.value])  # it need not)
        if written:
            return written
    return stated or _claimed(fact, claimed)


def _claimed(fact: Fact, said: list[Account]) -> list[Value]:
    """The figures a card no source states is someone's: its speaker's as ``said`` (its accounts reporting someone
    saying it) gives them; without a speaker, or when none of ``said`` gives the speaker's, its ``claim``, else the
    figures its statement writes (``_written``)."""
    theirs = [a.value for a in said if fact.speaker in a.speakers and a.value]
    if not theirs:  # no speaker, or one no account reports giving a figure (a hotel its manager speaks for)
        theirs = [fact.claim] if fact.claim else _written(fact.statement, fact.quantity,
                                                          [a.value for a in said if a.value])
    return theirs


_NUMBER = re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?")  # "12", "1,200", "2.5"; not "G20"
_NEAR = 0.1  # how far from a figure a statement's number may be and still write it ("some 60" for 58)


def _written(statement: str, quantity: str | None, figures: list[Value]) -> list[Value]:
    """The figures of the card's ``quantity`` ``statement`` writes, in its base unit ("30 days" for a length of time;
    a date "on 12 August 2025", its year from ``figures`` when it has none), else its numbers, each reaching _NEAR
    either side, when some of ``figures`` meet one of them and others none; else none: then the statement does not
    tell whose figure it gives."""
    if not figures:
        return []
    from builder.prose_figures import dates, figures as read_figures  # here: its patterns take 0.1 s to compile, and
    # most builds read no figure
    read = [_reach(f) for f in (dates(statement, [x for v in figures for x in (v.low, v.high) if math.isfinite(x)]) if quantity == "date" else
                                read_figures(statement)) if f.quantity == quantity]
    written = read or [Value(n * (1 - _NEAR), n * (1 + _NEAR))
                       for n in map(float, (n.replace(",", "") for n in _NUMBER.findall(statement)))]
    fitting = [any(_gives(v, w) for w in written) for v in figures]
    return written if any(fitting) and not all(fitting) else []


def _reach(figure) -> Value:
    """A figure a statement writes, as far as it reaches: "more than 10,000" from 10,000 on, "12" _NEAR either side; a
    time of day or a date as written ("19:10" is not the police's 19:52, a tenth of the minutes since midnight)."""
    low, high = figure.bounds
    if math.isinf(low) or math.isinf(high) or figure.quantity in ("time", "date"):
        return Value(low, high)
    return Value(low * (1 - _NEAR), high * (1 + _NEAR))


def _gives(a: Value, b: Value) -> bool:
    """Whether figure ``a`` gives ``b``: lies within it when ``b`` is open-ended (an "at least 9,000" is no "more than
    10,000"), else meets it (the regulator's "within 30 days" gives 30 days)."""
    if math.isinf(b.low) or math.isinf(b.high):
        return b.low <= a.low and a.high <= b.high
    return a.low <= b.high and b.low <= a.high


def headline(fact: Fact, claimed_by: tuple[str, ...], speakers: dict[str, Speaker]) -> str:
    """The statement, led by the claimants' names ('Sergey Lavrov: …') unless it already names one of them speaking
    ("Lavrov said…"; not "…that Russia interfered", a claim of others about Russia); a claimant the statement opens
    with as its subject is not named twice: "By its own account, Westmoor Power cut…". A statement no account
    affirms and some deny is led by who denies it ("Denied by Vessendale Police: Armed officers fired shots…"), or
    says that its sources say otherwise. A figure that changes over time that several claimants give, each a figure
    of their day, names none of them (the pension trial's "The Aldermere Pensions Authority, Tobias Quillan and Ines
    Kettleby: Members' complaints…" read as one claim of the three): its page lists who gave which, day by day. A
    claimant whose role is at another claimant, its officer, is left to the page's "Claimed by"."""
    if fact.accounts and not any(a.affirms for a in fact.accounts):
        deniers = [in_sentence(speakers[w]) for w in dict.fromkeys(
            w for a in fact.accounts if a.stance == "disputes" for w in a.speakers)]
        return f"Denied by {_listed(deniers)}: {fact.statement}" if deniers else f"Said to be untrue: {fact.statement}"
    if not claimed_by or fact.changes_over_time and len(claimed_by) > 1 \
            or any(naming.names_speaking(fact.statement, speakers[w]) for w in claimed_by):
        return fact.statement
    claimed_by = tuple(w for w in claimed_by if not any(naming.officer_of(speakers[w], speakers[body], spelt=False)
                                                        for body in claimed_by)) or claimed_by  # the body, not also
    # its officer: "Westerly Homes:", not "Westerly Homes and Gareth Selwyn:" (its director); but "Sergey Lavrov and
    # the Russian government:", a minister of a state named by its role only as a country
    if len(claimed_by) == 1 and naming.opening(fact.statement, speakers[claimed_by[0]]):  # not "X: X cut…"
        statement = "t" + fact.statement[1:] if fact.statement[:4] == "The " else fact.statement
        return f"By {_POSSESSIVE[speakers[claimed_by[0]].kind]} own account, {statement}"
    names = [in_sentence(speakers[w]) for w in claimed_by]  # "…and a Russian diplomat", "…the Russian government"
    return f"{opening(_listed(names))}: {fact.statement}"


def _listed(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'; as a page's lists are (templates/_macros.html, speaker_list), 'Dave, a caller
    from Ashby, and B', and 'A; Dave, a caller from Ashby; and C' (formatting.apposed)."""
    if len(names) == 1:
        return names[0]
    if len(names) > 2 and any(map(apposed, names)):
        return f"{'; '.join(names[:-1])}; and {names[-1]}"
    return f"{', '.join(names[:-1])}{',' if apposed(names[-2]) else ''} and {names[-1]}"


_POSSESSIVE = {"institution": "its", "group": "their", "person": "their"}  # "By its own account, Westmoor Power cut…"
