"""The home page: what the dossier covers, its counts, where sources disagree and what is contested, its
summits and sources."""
from builder.export import dataset
from builder.pages import Site, summits_name, verdict_counts
from builder.pages.summit import ordered
from builder.render import PageSpec


HOME_ROWS = 20  # facts listed under each kind of disagreement: past them, the home page lists those most sources report
HOME_SOURCES = 30  # sources listed: past them, the home page links to the sources index


def leading(rows: list) -> list:
    """The first ``HOME_ROWS`` of ``rows``: all of them when they are few, else those the most sources report."""
    if len(rows) <= HOME_ROWS:
        return rows
    return sorted(rows, key=lambda r: (-len(r.fact.sources), r.fact.summit, r.fact.id))[:HOME_ROWS]


def by_verdict(rows, verdict: str) -> list:
    """The rows with ``verdict``, in summit and id order."""
    return sorted((r for r in rows if r.verdict == verdict), key=lambda r: (r.fact.summit, r.fact.id))


def pages(site: Site):
    d = site.dossier
    rows = site.comparison.facts.values()
    counts = {"summits": len(d.summits), "speakers": len(d.speakers), "sources": len(d.sources),
              "facts": len(d.facts), "quotes": sum(len(f.accounts) for f in d.facts.values()),
              "independent": site.comparison.independence.independent(d.sources),
              "pending": sorted(fid for fid, f in d.facts.items() if f.pending)}
    found = {kind: by_verdict(rows, kind) for kind in ("disputed", "contested")}
    yield PageSpec("index.md", site.config.title, "home.md", {
        "counts": counts, "ordered_summits": ordered(d), "summits_name": summits_name(d.summits.values()),
        "disputed": leading(found["disputed"]), "contested": leading(found["contested"]),
        "totals": {kind: len(found[kind]) for kind in found},
        "listed_sources": list(d.sources.values()) if len(d.sources) <= HOME_SOURCES else [],
        "verdicts": verdict_counts(rows),
    }, site.config.description, structured_data=(dataset(d, site.config.title, site.config.description,
                                                         site.config.site_url, site.config.publisher,
                                                         site.config.license),))
