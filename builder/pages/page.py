"""Hand-written pages from content/pages/*.md, rendered from Markdown with raw HTML escaped and an id on each
heading (for the table of contents)."""
from markdown_it import MarkdownIt
from mdit_py_plugins.anchors import anchors_plugin

from builder.pages import Site
from builder.render import PageSpec

_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table").use(anchors_plugin, min_level=2, max_level=3)


def pages(site: Site):
    for page in site.dossier.pages.values():
        yield PageSpec(f"{page.id}.md", page.title, "page.md", {"html": _MARKDOWN.render(page.markdown)})
