"""Hand-written pages from content/pages/*.md, rendered from Markdown with raw HTML escaped."""
from markdown_it import MarkdownIt

from builder.pages import Site
from builder.render import PageSpec

_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def pages(site: Site):
    for page in site.dossier.pages.values():
        yield PageSpec(f"{page.id}.md", page.title, "page.md", {"html": _MARKDOWN.render(page.markdown)})
