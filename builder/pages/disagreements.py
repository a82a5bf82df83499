"""The disagreements overview: every disputed fact across the dossier, with its sources."""
from builder.pages import Site
from builder.render import PageSpec


def pages(site: Site):
    rows = sorted(site.comparison.disputed, key=lambda c: (c.fact.summit, c.fact.id))
    yield PageSpec("disagreements.md", "Where sources disagree", "disagreements.md", {"rows": rows})
