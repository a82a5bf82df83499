"""The timeline: every dated event across summits in order, each linked to its facts and sources."""
import itertools
from dataclasses import dataclass

from builder.pages import Site, section
from builder.pages.summit import ordered
from builder.render import PageSpec


@dataclass(frozen=True, slots=True)
class Entry:
    """One dated item: a summit, a meeting or a fact."""

    date: str
    kind: str
    title: str
    target: str
    anchor: str = ""
    fact: object = None


def entries(site: Site) -> list[Entry]:
    items = []
    for summit in site.dossier.summits.values():
        if summit.start:
            items.append(Entry(summit.start, summit.kind, summit.name, f"summits/{summit.id}.md"))
        for meeting in summit.meetings:
            if meeting.date:
                items.append(Entry(meeting.date, "meeting", meeting.title, f"summits/{summit.id}.md", meeting.anchor))
    for fact in site.dossier.facts.values():
        if fact.date:
            items.append(Entry(fact.date, "fact", fact.statement, f"facts/{fact.id}.md", fact=fact))
    order = {"summit": 0, "speech": 0, "event": 0, "meeting": 1, "fact": 2}
    return sorted(items, key=lambda e: (e.date, order.get(e.kind, 0), e.title))


def pages(site: Site):
    undated = [s for s in ordered(site.dossier) if not s.start]
    days = [(date, list(day)) for date, day in itertools.groupby(entries(site), key=lambda e: e.date)]
    yield PageSpec("timeline.md", "Timeline", "timeline.md", {"days": days, "undated": undated},
                   "Every dated summit, meeting and fact of the dossier in order, each linked to its page.",
                   structured_data=site.breadcrumbs(section("timeline.md")))
