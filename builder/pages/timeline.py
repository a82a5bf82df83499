"""The timeline: every dated event across summits in order, each linked to its facts and sources."""
import itertools
import math
from dataclasses import dataclass

from builder.formatting import date
from builder.link import own_figures
from builder.pages import Site, parts
from builder.pages.summit import ordered
from builder.render import PageSpec

PART_ROWS = 250  # entries per page of the timeline: past them, the next days are on the next part


@dataclass(frozen=True, slots=True)
class Entry:
    """One dated item: a summit, a meeting or a fact."""

    date: str
    kind: str
    title: str
    target: str
    anchor: str = ""
    fact: object = None
    minute: float = math.inf  # a card of a time of day: its time, by which the cards of one day are in order


def entries(site: Site) -> list[Entry]:
    items = []
    for summit in site.dossier.summits.values():
        if summit.start:
            items.append(Entry(summit.start, summit.kind, summit.name, f"summits/{summit.id}.md"))
        for meeting in summit.meetings:
            if meeting.date:
                items.append(Entry(meeting.date, "meeting", meeting.title, f"summits/{summit.id}.md", meeting.anchor))
    for fact in site.dossier.facts.values():
        if fact.day:
            times = [v.low for v in own_figures(fact) if math.isfinite(v.low)] if fact.quantity == "time" else []
            items.append(Entry(fact.day, "fact", fact.statement, f"facts/{fact.id}.md", fact=fact,
                               minute=min(times, default=math.inf)))
    order = {"summit": 0, "speech": 0, "event": 0, "meeting": 1, "fact": 2}
    return sorted(items, key=lambda e: (e.date, order.get(e.kind, 0), e.minute, e.title))


def pages(site: Site):
    """The timeline, by day; past ``PART_ROWS`` entries in parts (builder/pages/parts.py), days kept whole, the
    summits the sources give no date for on the last."""
    undated = [s for s in ordered(site.dossier) if not s.start]
    days = [(day, list(group)) for day, group in itertools.groupby(entries(site), key=lambda e: e.date)]
    found = parts.split("timeline.md", days, PART_ROWS, date) or [parts.Part("timeline.md", "", 0, ())]
    listed = parts.listed(found)
    for n, part in enumerate(found, 1):
        title = "Timeline" + (f": {part.label}" if len(found) > 1 else "")
        yield PageSpec(part.path, title, "timeline.md", {
            "days": part.groups, "undated": undated if n == len(found) else [],
            "parts": listed, "part": n},
            "Every dated summit, meeting and fact of the dossier in order, each linked to its page"
            + (f" (part {n} of {len(found)}: {part.label})." if len(found) > 1 else "."),
            structured_data=site.breadcrumbs(site.section("timeline.md"), *(((title, part.path),) if n > 1 else ())))
