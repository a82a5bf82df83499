"""Hand-written pages from content/pages/*.md, rendered from their Markdown (builder/page_markdown.py)."""
from builder.page_markdown import MARKDOWN
from builder.pages import Site
from builder.render import PageSpec


def pages(site: Site):
    for page in site.dossier.pages.values():
        path = f"{page.id}.md"
        yield PageSpec(path, page.title, "page.md", {"html": MARKDOWN.render(page.markdown)},
                       structured_data=site.breadcrumbs((page.title, path)))
