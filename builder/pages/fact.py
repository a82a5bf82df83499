"""Fact pages (a permalink per card): the statement, the verdict and the accounts side by side."""
from builder.pages import Site
from builder.render import PageSpec


def pages(site: Site):
    rows = sorted(site.comparison.facts.values(), key=lambda c: (c.fact.summit, not c.disputed, c.fact.id))
    yield PageSpec("facts/index.md", "All facts", "fact_index.md", {"rows": rows})
    for row in rows:
        yield PageSpec(f"facts/{row.fact.id}.md", row.fact.statement, "fact.md", {"row": row, "fact": row.fact})
