"""Indexes and backlinks between records: who is named where, what each source supports."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from builder.model import Account, Dossier, Fact


@dataclass(frozen=True)
class Links:
    """Lookups from each record to the facts and accounts that refer to it (ids in stable order)."""

    facts_by_summit: dict[str, tuple[Fact, ...]]
    facts_by_meeting: dict[tuple[str, str], tuple[Fact, ...]]
    statements_by_speaker: dict[str, tuple[Fact, ...]]
    mentions_of_speaker: dict[str, tuple[Fact, ...]]
    accounts_by_source: dict[str, tuple[Account, ...]]
    summits_by_speaker: dict[str, tuple[str, ...]]
    summits_by_source: dict[str, tuple[str, ...]]
    facts_by_topic: dict[str, tuple[Fact, ...]]


def link(dossier: Dossier) -> Links:
    """Every backlink of the dossier, computed once."""
    by_summit, by_meeting, statements, mentions, topics = (defaultdict(list) for _ in range(5))
    accounts, speaker_summits, source_summits = defaultdict(list), defaultdict(set), defaultdict(set)
    for fact in dossier.facts.values():
        by_summit[fact.summit].append(fact)
        if fact.meeting:
            by_meeting[fact.summit, fact.meeting].append(fact)
        attributed = {w for a in fact.accounts for w in a.speakers}
        if fact.speaker:
            statements[fact.speaker].append(fact)
        for who in sorted((attributed | set(fact.about)) - {fact.speaker}):
            mentions[who].append(fact)
        for who in attributed | {fact.speaker} - {None}:
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
    return Links(
        facts_by_summit=_freeze(by_summit),
        facts_by_meeting=_freeze(by_meeting),
        statements_by_speaker=_freeze(statements),
        mentions_of_speaker=_freeze(mentions),
        accounts_by_source={k: tuple(sorted(v, key=lambda a: (a.span.start, a.span.end, a.anchor)))
                            for k, v in accounts.items()},
        summits_by_speaker={k: tuple(sorted(v)) for k, v in speaker_summits.items()},
        summits_by_source={k: tuple(sorted(v)) for k, v in source_summits.items()},
        facts_by_topic=_freeze(topics),
    )


def _freeze(groups: dict) -> dict:
    return {k: tuple(v) for k, v in sorted(groups.items())}
