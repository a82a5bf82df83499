"""Fact pages (a permalink per card): the headline, who claims it, the verdict, the accounts side by side,
related facts, and the card's file and history for editors."""
import itertools

from builder.depends import identical
from builder.export import claim_review
from builder.formatting import VERDICT_WORDS, count, shortened
from builder.pages import Site, parts
from builder.render import PageSpec
from builder.renderings import variants

PART_ROWS = 250  # facts per page of the facts index: past it, the next summits are on the next part


def said_by(fact) -> str | None:
    """The card's speaker, when some source reports that person saying or denying it (narration is no one's)."""
    return fact.speaker if any(fact.speaker in a.speakers for a in fact.accounts) else None


def pages(site: Site):
    rows, by_summit = _ordered(site.comparison.facts)
    yield from index(site, by_summit)
    around, before, _AROUND[0] = _around(site), _AROUND[0], None  # None until every spec kept is made again
    alike = before is not None and identical(before, around)
    for row in rows:
        yield _page(row, site, alike)
    for gone in _KEPT.keys() - site.dossier.facts.keys():
        del _KEPT[gone]
    _AROUND[0] = around


def _order(row) -> tuple:
    return row.fact.summit, not row.disputed, row.fact.id


def _ordered(facts: dict) -> tuple[list, list]:
    """Every fact's row by summit, those disputed first, then by id, and the rows of each summit; the last build's
    order again, row by row, while the rows are those of the same facts and each changed row sorts where it did
    (``dossier serve``: an edited statement moves none; sorting 20,000 rows took 25 ms)."""
    last = _ORDERED[0]
    if last is not None and len(last[0]) == len(facts):
        rows = [facts.get(row.fact.id) for row in last[0]]
        if all(new is old or new is not None and _order(new) == _order(old) for new, old in zip(rows, last[0])):
            _ORDERED[0] = rows, last[1]
            return rows, _grouped(rows, last[1])
    rows = sorted(facts.values(), key=_order)
    sizes = [(summit, len(list(group))) for summit, group in itertools.groupby(rows, key=lambda c: c.fact.summit)]
    _ORDERED[0] = rows, sizes
    return rows, _grouped(rows, sizes)


def _grouped(rows: list, sizes: list[tuple[str, int]]) -> list[tuple[str, list]]:
    """``rows`` cut into each summit's, by the summits and their numbers of rows."""
    found, start = [], 0
    for summit, size in sizes:
        found.append((summit, rows[start:start + size]))
        start += size
    return found


_ORDERED: list = [None]  # (the rows in order, each summit and its number of rows) of the last build: dossier serve


def index(site: Site, by_summit: list):
    """The facts index, by summit; past ``PART_ROWS`` facts in parts (builder/pages/parts.py), the first listing
    every summit with a link to its part."""
    found = parts.split("facts/index.md", by_summit, PART_ROWS, lambda s: site.dossier.summits[s].name) or [
        parts.Part("facts/index.md", "", 0, ())]  # a dossier without facts yet: its tab leads to a page saying so
    total = sum(part.rows for part in found)
    listed = parts.listed(found)
    for n, part in enumerate(found, 1):
        title = "All facts" if n == 1 else f"Facts: {part.label}"
        trail = () if n == 1 else ((title, part.path),)
        yield PageSpec(part.path, title, "fact_index.md", {
            "by_summit": part.groups, "parts": listed, "part": n, "total": total,
            "directory": [(s, len(rows), sum(r.disputed for r in rows)) for s, rows in by_summit]
            if n == 1 and len(found) > 1 else [], "where": parts.where(found) if n == 1 else {}},
            f"All {count(total, 'fact')} of the dossier, each with its sources and whether they agree"
            + (f" (part {n} of {len(found)}: {part.label})." if len(found) > 1 else "."),
            structured_data=site.breadcrumbs(site.section("facts/index.md"), *trail))


_KEPT: dict[str, tuple] = {}  # fact id → (what of its own its page spec was made of, the rest, the spec): serve
_AROUND: list = [None]  # what every spec in _KEPT was made with besides its fact's own (``_around``): dossier serve


def _around(site: Site) -> tuple:
    """What a fact page shows besides its own records: the dossier's sources, speakers and summits, the site's
    address and its publisher."""
    d = site.dossier
    return (list(d.sources.values()), list(d.speakers.values()), list(d.summits.values()), site.config.site_url,
            site.config.publisher)


def description(row, headline: str) -> str:
    """What a search engine shows of a fact's page: the verdict, how many sources, and the statement as its
    headline gives it (led by who claims it, for a claim), cut after 160 characters (formatting.shortened)."""
    return shortened(f"{VERDICT_WORDS[row.verdict]} ({count(row.fact.sources, 'source')}): {headline}")


def _page(row, site: Site, alike: bool) -> PageSpec:
    """The fact's page spec, with its ClaimReview (export.claim_review) and breadcrumbs (Home › its summit › the
    fact); the one made before while everything it is made of (the fact's row, history, headline, claimants, related
    facts, address, publisher, the sources and speakers the ClaimReview names, and the summit's name the
    breadcrumbs show) is identical (depends.identical). When what every fact page is made of besides the fact's own
    is ``alike`` (see ``_around``), only the fact's own is compared."""
    fact, d = row.fact, site.dossier
    # (added, last changed); () when not committed yet, None when git's history is unavailable
    history = None if site.history is None else site.history.get(fact.where.path.name, ())
    own = (row, history, site.links.headlines[fact.id], site.links.claimants.get(fact.id, ()),
           site.links.related.get(fact.id, ()))
    kept = _KEPT.get(fact.id)
    if kept is not None and alike and identical(kept[0], own):
        return kept[2]
    path = f"facts/{fact.id}.md"
    url = site.address(path)
    names = {fact.speaker, *(s for a in fact.accounts for s in a.speakers)} - {None}
    rest = (url, site.config.publisher, [d.sources[a.source] for a in fact.accounts],
            sorted((i, d.speakers[i]) for i in names), d.summits[fact.summit].name)
    if kept is None or not (identical(kept[0], own) and identical(kept[1], rest)):
        ld = claim_review(row, d, url, site.config.publisher, history[0] if history else None)
        crumbs = site.breadcrumbs((rest[-1], f"summits/{fact.summit}.md"), (own[2], path))
        spec = PageSpec(path, own[2], "fact.md", {
            "row": row, "fact": fact, "history": history, "said_by": said_by(fact),
            "claimants": own[3], "related": own[4], "renderings": variants(fact, d.speakers.get(fact.speaker))}, description(row, own[2]), structured_data=(ld, *crumbs))
        kept = _KEPT[fact.id] = own, rest, spec
    return kept[2]
