"""The Markdown of hand-written pages (content/pages/*.md): CommonMark with tables, raw HTML escaped, and an id on
each h2 and h3 heading (for the table of contents)."""
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from mdit_py_plugins.anchors.index import slugify


TITLE = "_title"  # the id of a page's h1, which Material's "Skip to content" leads to (builder/mkdocs_site.py)


def _anchors(state: StateCore) -> None:
    """An id on each h2 and h3, from its text, unique on the page: mdit-py-plugins' anchors, but a repeated heading
    takes its next free number at once (the plugin tries each number from 1: 20,000 headings took 47 s), and none
    begins with "_": Material's frame names its own elements so ("__search", "__toc"); the first h1's is TITLE."""
    taken: set[str] = set()
    numbers: dict[str, int] = {}  # a heading's slug → the next number to try
    titled = False
    for heading, inline in zip(state.tokens, state.tokens[1:]):
        if heading.type == "heading_open" and heading.tag == "h1" and not titled:
            heading.attrSet("id", TITLE)
            titled = True
        if heading.type == "heading_open" and heading.tag in ("h2", "h3"):
            slug = base = slugify("".join(c.content for c in inline.children or () if c.type in ("text", "code_inline"))
                                  ).lstrip("_") or "section"  # a heading of no letters ("## ?", "## "): an id all the same
            number = numbers.get(base, 1)
            while slug in taken:
                slug, number = f"{base}-{number}", number + 1
            numbers[base] = number
            taken.add(slug)
            heading.attrSet("id", slug)


MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
MARKDOWN.core.ruler.push("anchors", _anchors)


def links(markdown: str):
    """(line in the text, counted from 0; address) of each link of ``markdown``, as the page's HTML will have it."""
    for token in MARKDOWN.parse(markdown):
        for child in token.children or ():
            if child.type == "link_open" and child.attrGet("href"):
                yield (token.map[0] if token.map else 0), child.attrGet("href")
