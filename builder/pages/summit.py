"""Summit pages: dates, place, meetings, the facts by topic with disagreements first, and an index."""
from collections import defaultdict

from builder.pages import Site
from builder.render import PageSpec


def ordered(dossier) -> list:
    """Summits with their own coverage first, each group by date."""
    return sorted(dossier.summits.values(), key=lambda s: (s.mentioned_only, s.start or "9999", s.id))


def pages(site: Site):
    summits = ordered(site.dossier)
    yield PageSpec("summits/index.md", "Summits and events", "summit_index.md", {"ordered": summits})
    for summit in summits:
        rows = site.comparison.rows_by_summit[summit.id]
        by_topic = defaultdict(list)
        for row in rows:
            by_topic[row.fact.topics[0] if row.fact.topics else "other"].append(row)
        yield PageSpec(f"summits/{summit.id}.md", summit.name, "summit.md", {
            "summit": summit,
            "disputed": [r for r in rows if r.disputed],
            "topics": sorted(by_topic.items(), key=lambda kv: (not any(r.disputed for r in kv[1]), kv[0])),
            "covering": site.comparison.sources_by_summit[summit.id],
        })
