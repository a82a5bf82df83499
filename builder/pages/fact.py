"""Fact pages (a permalink per card): the headline, who claims it, the verdict, the accounts side by side,
related facts, and the card's file and history for editors."""
from builder.export import claim_review
from builder.pages import Site
from builder.render import PageSpec


def said_by(fact) -> str | None:
    """The card's speaker, when some source reports that person saying or denying it (narration is no one's)."""
    return fact.speaker if any(fact.speaker in a.speakers for a in fact.accounts) else None


def pages(site: Site):
    rows = sorted(site.comparison.facts.values(), key=lambda c: (c.fact.summit, not c.disputed, c.fact.id))
    yield PageSpec("facts/index.md", "All facts", "fact_index.md", {"rows": rows})
    base = site.config.site_url
    for row in rows:
        fact = row.fact
        path = f"facts/{fact.id}.md"
        # (added, last changed); () when not committed yet, None when git's history is unavailable
        history = None if site.history is None else site.history.get(fact.where.path.name, ())
        ld = claim_review(fact, row.verdict, site.dossier, f"{base}{path[:-3]}.html" if base else "",
                          site.config.publisher, history[0] if history else None)
        yield PageSpec(path, site.links.headlines[fact.id], "fact.md", {
            "row": row, "fact": fact, "history": history, "said_by": said_by(fact),
            "claimants": site.links.claimants.get(fact.id, ()), "related": site.links.related.get(fact.id, ()),
        }, structured_data=ld)
