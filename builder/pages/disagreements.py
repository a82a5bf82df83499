"""The disagreements overview: every fact on which sources disagree, then every contested claim, by summit."""
from builder.pages import Site, section
from builder.pages.home import by_verdict
from builder.render import PageSpec


def pages(site: Site):
    rows = site.comparison.facts.values()
    yield PageSpec("disagreements.md", "Sources disagree, contested claims", "disagreements.md", {
        "disputed": by_verdict(rows, "disputed"), "contested": by_verdict(rows, "contested")},
        "Every fact on which the sources disagree, and every claim the people they quote contest, by summit.",
        structured_data=site.breadcrumbs(section("disagreements.md")))
