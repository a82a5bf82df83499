"""Fact pages (a permalink per card): the statement, the verdict and the accounts side by side."""
from builder.export import claim_review
from builder.pages import Site
from builder.render import PageSpec


def pages(site: Site):
    rows = sorted(site.comparison.facts.values(), key=lambda c: (c.fact.summit, not c.disputed, c.fact.id))
    yield PageSpec("facts/index.md", "All facts", "fact_index.md", {"rows": rows})
    base = site.config.site_url
    for row in rows:
        path = f"facts/{row.fact.id}.md"
        ld = claim_review(row.fact, row.verdict, site.dossier, f"{base}{path[:-3]}.html" if base else "")
        history = site.history.get(row.fact.where.path.name)
        yield PageSpec(path, row.fact.statement, "fact.md",
                       {"row": row, "fact": row.fact, "history": history}, structured_data=ld)
