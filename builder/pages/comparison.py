"""Source comparison: a facts × sources matrix per summit, and agreement between each pair of sources."""
from builder.pages import Site
from builder.render import PageSpec


def pages(site: Site):
    covered = [s for s in site.dossier.summits.values() if site.comparison.rows_by_summit[s.id]]
    yield PageSpec("compare/index.md", "Compare sources", "comparison_index.md", {"covered": covered})
    for summit in covered:
        yield PageSpec(f"compare/{summit.id}.md", f"Sources compared: {summit.name}", "comparison.md", {
            "summit": summit,
            "rows": site.comparison.rows_by_summit[summit.id],
            "columns": site.comparison.sources_by_summit[summit.id],
        })
