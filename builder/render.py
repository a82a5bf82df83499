"""Render page specs through the Jinja templates into Markdown pages; no disk writes."""
from __future__ import annotations

import functools
import html
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import yaml

from builder import formatting


@dataclass(frozen=True)
class PageSpec:
    """A page to render: where it goes in the docs tree, its title, template and context."""

    path: str
    title: str
    template: str
    context: dict = field(default_factory=dict)
    description: str = ""
    hide: tuple[str, ...] = ("navigation",)


@dataclass(frozen=True)
class RenderedPage:
    """A rendered page: its docs path, title, HTML body and the front matter MkDocs reads."""

    path: str
    title: str
    body: str
    meta: dict

    def markdown(self) -> str:
        """The page as a Markdown file with front matter, as MkDocs reads it."""
        front = yaml.safe_dump(self.meta, allow_unicode=True, sort_keys=False, width=10_000)
        return f"---\n{front}---\n\n{self.body}\n"


DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def environment(templates: Path) -> jinja2.Environment:
    """The Jinja environment: the project's templates over the defaults, autoescaping, strict about names."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(templates), str(DEFAULT_TEMPLATES)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["url"] = _url
    env.filters.update(formatting.FILTERS)
    return env


@jinja2.pass_context
def _url(context, target: str, anchor: str = "") -> str:
    """A link from the page being rendered to ``target`` (a docs path such as 'facts/x.md')."""
    html_path = target[:-3] + ".html" if target.endswith(".md") else target
    return relative(context["page_path"], html_path) + (f"#{anchor}" if anchor else "")


@functools.lru_cache(maxsize=4096)
def _folder_prefix(here: str, there: str) -> str:
    return posixpath.relpath(there or ".", here or ".") + "/" if here != there else ""


def relative(page: str, target: str) -> str:
    """``target`` (a path from the site root) as a link from ``page``; cached per pair of folders."""
    here, there = posixpath.dirname(page), posixpath.dirname(target)
    return _folder_prefix(here, there) + posixpath.basename(target)


def render(specs: list[PageSpec], env: jinja2.Environment, shared: dict) -> list[RenderedPage]:
    """Render every page; front matter carries the title, the template gives the HTML body."""
    pages = []
    for spec in specs:
        template = env.get_template(spec.template)
        body = template.render(**shared, **spec.context, page_path=spec.path, page_title=spec.title)
        meta = {"title": html.escape(spec.title)}  # Material prints meta values unescaped
        if spec.description:
            meta["description"] = html.escape(spec.description)
        if spec.hide:
            meta["hide"] = list(spec.hide)
        pages.append(RenderedPage(spec.path, spec.title, body.strip(), meta))
    return pages
