"""Summit pages: the bottom line, dates, place, meetings, the facts by topic with disagreements first, and an
index."""
from collections import defaultdict
from dataclasses import dataclass

from builder.formatting import count
from builder.pages import KeptSpecs, Site, summits_name, verdict_counts
from builder.render import PageSpec


@dataclass(frozen=True)
class BottomLine:
    """A summit in short, from the data: its facts, where sources disagree, what is contested, who covers it."""

    facts: tuple
    disputed: tuple
    contested: tuple
    minor: tuple
    sources: tuple[str, ...]
    verdicts: dict[str, int]  # how many facts stand under each verdict (pages.verdict_counts)


def ordered(dossier) -> list:
    """Summits with their own coverage first, each group by date."""
    return sorted(dossier.summits.values(), key=lambda s: (s.mentioned_only, s.start or "9999", s.id))


def bottom_line(site: Site, summit_id: str) -> BottomLine:
    rows = site.comparison.rows_by_summit[summit_id]
    kind = {v: tuple(r for r in rows if r.verdict == v) for v in ("disputed", "contested", "minor")}
    return BottomLine(rows, kind["disputed"], kind["contested"], kind["minor"],
                      site.comparison.sources_by_summit[summit_id], verdict_counts(rows))


def pages(site: Site):
    summits = ordered(site.dossier)
    lines = {s.id: bottom_line(site, s.id) for s in summits}
    name = summits_name(summits)
    yield PageSpec("summits/index.md", name, "summit_index.md", {
        # numbers only: an edited fact leaves the page as it is, unless its verdict changed
        "ordered": summits, "name": name, "counts": {i: (len(line.facts), len(line.disputed), len(line.contested))
                                                     for i, line in lines.items()}},
        f"The {name.lower()} of the dossier, each with its facts and where the sources disagree.",
        structured_data=site.breadcrumbs(site.section("summits/index.md")))
    tab = site.section("summits/index.md")  # in each page's breadcrumbs: "Events" when every record is one
    for summit in summits:
        line = lines[summit.id]
        path = f"summits/{summit.id}.md"
        yield _SPECS.spec(path, (summit, line.facts, line.sources, site.config.site_url, tab),
                         lambda: _page(site, summit, line, path))
    _SPECS.keep_only(f"summits/{s.id}.md" for s in summits)


_SPECS = KeptSpecs()


def _page(site: Site, summit, line: BottomLine, path: str) -> PageSpec:
    by_topic = defaultdict(list)
    for row in line.facts:
        by_topic[row.fact.topics[0] if row.fact.topics else "other"].append(row)
    return PageSpec(path, summit.name, "summit.md", {
        "summit": summit,
        "line": line,
        "topics": sorted(by_topic.items(), key=lambda kv: (not any(r.disputed for r in kv[1]), kv[0])),
    }, description(summit, line),
        structured_data=site.breadcrumbs(site.section("summits/index.md"), (summit.name, path)))


def description(summit, line: BottomLine) -> str:
    """What a search engine shows of a summit's page: its facts, sources and disagreements."""
    if not line.facts:
        return f"{summit.name}: no fact recorded yet."
    found = [f"{count(line.facts, 'fact')} from {count(line.sources, 'source')}",
             f"sources disagree on {count(line.disputed, 'fact')}" if line.disputed else "",
             count(line.contested, "contested claim") if line.contested else ""]
    return f"{summit.name}: {', '.join(filter(None, found))}."
