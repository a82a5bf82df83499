"""Indexes and backlinks between records: who is named where, who claims what, what each source supports."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from builder import attribution
from builder.depends import same
from builder.model import Account, Dossier, Fact, Speaker


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
    facts_by_topic: dict[str, tuple[Fact, ...]]
    claimants: dict[str, tuple[str, ...]]
    headlines: dict[str, str]
    related: dict[str, tuple[Fact, ...]]


def link(dossier: Dossier) -> Links:
    """Every backlink of the dossier, computed once."""
    by_summit, by_meeting, statements, mentions, topics = (defaultdict(list) for _ in range(5))
    accounts, speaker_summits, source_summits = defaultdict(list), defaultdict(set), defaultdict(set)
    claims, by_quantity = {}, defaultdict(list)
    for fact in dossier.facts.values():
        by_summit[fact.summit].append(fact)
        if fact.meeting:
            by_meeting[fact.summit, fact.meeting].append(fact)
            if fact.quantity:
                by_quantity[fact.summit, fact.meeting, fact.quantity].append(fact)
        attributed = {w for a in fact.accounts for w in a.speakers}
        claims[fact.id] = claimants(fact)
        speaking = {fact.speaker} - {None} | set(claims[fact.id])
        for who in sorted(speaking):
            statements[who].append(fact)
        for who in sorted((attributed | set(fact.about)) - speaking):
            mentions[who].append(fact)
        for who in attributed | speaking:
            speaker_summits[who].add(fact.summit)
        for topic in fact.topics:
            topics[topic].append(fact)
        for account in fact.accounts:
            accounts[account.source].append(account)
            source_summits[account.source].add(fact.summit)
    for summit in dossier.summits.values():
        for meeting in summit.meetings:
            for who in (*meeting.participants, *meeting.present):
                speaker_summits[who].add(summit.id)
    related = {f.id: _near(group, i) for group in by_quantity.values() for i, f in enumerate(group)}
    found = _LAST[0] = _kept(Links(
        facts_by_summit=_freeze(by_summit),
        facts_by_meeting=_freeze(by_meeting),
        statements_by_speaker=_freeze(statements),
        mentions_of_speaker=_freeze(mentions),
        accounts_by_source={k: tuple(sorted(v, key=lambda a: (a.span.start, a.span.end, a.anchor)))
                            for k, v in accounts.items()},
        summits_by_speaker={k: tuple(sorted(v)) for k, v in speaker_summits.items()},
        summits_by_source={k: tuple(sorted(v)) for k, v in source_summits.items()},
        facts_by_topic=_freeze(topics),
        claimants={k: v for k, v in claims.items() if v},
        headlines={f.id: headline(f, claims[f.id], dossier.speakers) for f in dossier.facts.values()},
        related={k: v for k, v in related.items() if v},
    ), _LAST[0])
    return found


_LAST: list[Links | None] = [None]  # the links found last: dossier serve


def _kept(links: Links, before: Links | None) -> Links:
    """``links`` with each value the same as the one ``before`` held under its key (depends.same) replaced by that
    very object: the pages an edit leaves alone are then found unchanged by identity (``dossier serve``)."""
    if before is None:
        return links
    return Links(**{name: {k: old if same(old := getattr(before, name).get(k, v), v) else v for k, v in now.items()}
                    for name, now in vars(links).items()})


RELATED = 10  # related facts a fact's page lists at most: 600 facts of one meeting measuring its length listed
# each other on every page, a site of 158 MB (each fact is in its summit's comparison table)


def _near(group: list[Fact], i: int) -> tuple[Fact, ...]:
    """The facts of ``group`` next to its ``i``-th (in the group's order), RELATED at most, not it."""
    start = max(0, min(i - RELATED // 2, len(group) - RELATED - 1))
    return tuple(group[start:i] + group[i + 1:start + RELATED + 1])


def claimants(fact: Fact) -> tuple[str, ...]:
    """Who the sources report saying a fact that no source states in its own voice (one saying the opposite does
    not make it a fact: "That was, at best, optimistic" against the minister's "contained"); on a card that is
    someone's figure, not those reported giving a figure that does not meet theirs (an impact study's 600,000 against
    the minister's 1.5 million jobs)."""
    if any(a.stance == "states" for a in fact.accounts):
        return ()
    said = [a for a in fact.accounts if a.stance == "attributes"]
    theirs = [a.value for a in said if fact.speaker in a.speakers and a.value]
    if theirs:
        said = [a for a in said if not a.value or any(a.value.low <= v.high and v.low <= a.value.high for v in theirs)]
    return tuple(dict.fromkeys(w for a in said for w in a.speakers))


def headline(fact: Fact, claimed_by: tuple[str, ...], speakers: dict[str, Speaker]) -> str:
    """The statement, led by the claimants' names ('Sergey Lavrov: …') unless it already names one of them as its
    subject or speaker ("Lavrov said…"; not "…that Russia interfered", a claim of others about Russia)."""
    if not claimed_by or any(attribution.names_speaking(fact.statement, speakers[w]) for w in claimed_by):
        return fact.statement
    names = [speakers[w].name for w in claimed_by]
    who = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"{who}: {fact.statement}"


def _freeze(groups: dict) -> dict:
    return {k: tuple(v) for k, v in sorted(groups.items())}
