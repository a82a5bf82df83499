"""Fact pages (a permalink per card): the headline, who claims it, the verdict, the accounts side by side,
related facts, and the card's file and history for editors."""
from builder.depends import same
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
        ld = _structured_data(fact, row.verdict, site, f"{base}{path[:-3]}.html" if base else "",
                              history[0] if history else None)
        yield PageSpec(path, site.links.headlines[fact.id], "fact.md", {
            "row": row, "fact": fact, "history": history, "said_by": said_by(fact),
            "claimants": site.links.claimants.get(fact.id, ()), "related": site.links.related.get(fact.id, ()),
        }, structured_data=ld)
    for gone in _KEPT.keys() - site.dossier.facts.keys():
        del _KEPT[gone]


_KEPT: dict[str, tuple] = {}  # fact id → (what its ClaimReview was made of, the ClaimReview): dossier serve


def _structured_data(fact, verdict: str, site: Site, url: str, reviewed: str | None) -> str:
    """The fact's ClaimReview (export.claim_review), made again only when the fact, its verdict, its address, the
    publisher, its date or the sources and speakers it names are not the same (depends.same) as last time."""
    d = site.dossier
    names = {fact.speaker, *(s for a in fact.accounts for s in a.speakers)} - {None}
    made_of = (fact, verdict, url, site.config.publisher, reviewed, [d.sources[a.source] for a in fact.accounts],
               sorted((i, d.speakers[i]) for i in names))
    kept = _KEPT.get(fact.id)
    if kept is None or not same(kept[0], made_of):
        kept = _KEPT[fact.id] = made_of, claim_review(fact, verdict, d, url, site.config.publisher, reviewed)
    return kept[1]
