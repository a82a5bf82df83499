"""Hand-written pages from content/pages/*.md, rendered from Markdown with raw HTML escaped and an id on each
heading (for the table of contents)."""
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from mdit_py_plugins.anchors.index import slugify

from builder.pages import Site
from builder.render import PageSpec


def _anchors(state: StateCore) -> None:
    """An id on each h2 and h3, from its text, unique on the page: mdit-py-plugins' anchors, but a repeated heading
    takes its next free number at once (the plugin tries each number from 1: 20,000 headings took 47 s)."""
    taken: set[str] = set()
    numbers: dict[str, int] = {}  # a heading's slug → the next number to try
    for heading, inline in zip(state.tokens, state.tokens[1:]):
        if heading.type == "heading_open" and heading.tag in ("h2", "h3"):
            slug = base = slugify("".join(c.content for c in inline.children or () if c.type in ("text", "code_inline"))
                                  ) or "section"  # a heading of no letters ("## ?", "## "): an id all the same
            number = numbers.get(base, 1)
            while slug in taken:
                slug, number = f"{base}-{number}", number + 1
            numbers[base] = number
            taken.add(slug)
            heading.attrSet("id", slug)


_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
_MARKDOWN.core.ruler.push("anchors", _anchors)


def pages(site: Site):
    for page in site.dossier.pages.values():
        path = f"{page.id}.md"
        yield PageSpec(path, page.title, "page.md", {"html": _MARKDOWN.render(page.markdown)},
                       structured_data=site.breadcrumbs((page.title, path)))
