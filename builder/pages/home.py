"""The home page: what the dossier covers, its counts, where sources disagree and what is contested, its
summits and sources."""
from builder.export import dataset
from builder.pages import Site, verdict_counts
from builder.pages.summit import ordered
from builder.render import PageSpec


def by_verdict(rows, verdict: str) -> list:
    """The rows with ``verdict``, in summit and id order."""
    return sorted((r for r in rows if r.verdict == verdict), key=lambda r: (r.fact.summit, r.fact.id))


def pages(site: Site):
    d = site.dossier
    rows = site.comparison.facts.values()
    counts = {"summits": len(d.summits), "speakers": len(d.speakers), "sources": len(d.sources),
              "facts": len(d.facts), "quotes": sum(len(f.accounts) for f in d.facts.values()),
              "independent": site.comparison.independence.independent(d.sources)}
    yield PageSpec("index.md", site.config.title, "home.md", {
        "counts": counts, "ordered_summits": ordered(d),
        "disputed": by_verdict(rows, "disputed"), "contested": by_verdict(rows, "contested"),
        "verdicts": verdict_counts(rows),
    }, site.config.description, structured_data=(dataset(d, site.config.title, site.config.description,
                                                         site.config.site_url, site.config.publisher,
                                                         site.config.license),))
