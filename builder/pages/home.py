"""The home page: what the dossier covers, its summits, where sources disagree, and counts."""
from builder.pages import Site
from builder.pages.summit import ordered
from builder.render import PageSpec


def pages(site: Site):
    d = site.dossier
    counts = {"summits": len(d.summits), "speakers": len(d.speakers), "sources": len(d.sources),
              "facts": len(d.facts), "quotes": sum(len(f.accounts) for f in d.facts.values()),
              "disputed": len(site.comparison.disputed)}
    yield PageSpec("index.md", site.config.title, "home.md", {"counts": counts, "ordered_summits": ordered(d)},
                   site.config.description)
