"""The disagreements overview: every fact on which sources disagree, then every contested claim, by summit."""
import itertools

from builder.pages import Site, section
from builder.pages.home import by_verdict
from builder.render import PageSpec


def pages(site: Site):
    rows = site.comparison.facts.values()
    found = {verdict: by_verdict(rows, verdict) for verdict in ("disputed", "contested")}
    yield PageSpec("disagreements.md", "Sources disagree, contested claims", "disagreements.md", {
        "disputed": _by_summit(found["disputed"]), "contested": _by_summit(found["contested"]),
        "counts": {verdict: len(found[verdict]) for verdict in found}},
        "Every fact on which the sources disagree, and every claim the people they quote contest, by summit.",
        structured_data=site.breadcrumbs(section("disagreements.md")))


def _by_summit(rows: list) -> list[tuple[str, list]]:
    """(summit id, its rows) for rows in summit order."""
    return [(summit, list(group)) for summit, group in itertools.groupby(rows, key=lambda r: r.fact.summit)]
