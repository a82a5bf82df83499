"""The one adapter to MkDocs: a standard mkdocs.yml + docs tree in, a built site out.

Everything MkDocs-specific lives here, so the same generated project can be built by another tool that
reads mkdocs.yml (such as Zensical) by swapping this module.
"""
from __future__ import annotations

import gzip
import html
import itertools
import json
import logging
import os
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from builder.config import Config
from builder.render import RenderedPage

EXTRA_CSS = "assets/dossier.css"
IFRAME_WORKER = "assets/vendor/iframe-worker-shim.js"  # lets Material's search run from file:// URLs
PAGEFIND_CLIENT = "assets/search.js"  # Pagefind's results in Material's search box (the hosted site)
SORT_TABLES = "assets/sort.js"  # sortable tables (templates/assets/sort.js, branch reader)


def mkdocs_yml(config: Config, nav: list[dict], theme_dir: Path, offline: bool = False) -> str:
    """The text of mkdocs.yml for the generated docs tree; ``theme_dir`` holds Material overrides.

    The hosted site searches with Pagefind (builder/search.py) through Material's search box; ``offline``
    keeps Material's own search instead, with its offline plugin, as Pagefind cannot run from file:// URLs.
    """
    settings = {
        "site_name": html.escape(config.title),  # MkDocs and Material print these unescaped
        "site_description": html.escape(config.description),
        "docs_dir": "docs",
        "site_dir": "site",
        "use_directory_urls": False,
        "strict": False,
        "theme": {
            "name": "material",
            "custom_dir": str(theme_dir),
            "language": config.language,
            "font": False,
            "features": ["navigation.tabs", "navigation.top", "navigation.footer", "search.suggest",
                         "search.highlight", "content.tooltips"],
            "palette": [
                {"media": "(prefers-color-scheme: light)", "scheme": "default", "primary": "indigo",
                 "accent": "deep orange", "toggle": {"icon": "material/weather-night", "name": "Switch to dark mode"}},
                {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": "indigo",
                 "accent": "deep orange", "toggle": {"icon": "material/weather-sunny", "name": "Switch to light mode"}},
            ],
        },
        "plugins": ["search", "offline"] if offline else ["search"],
        "markdown_extensions": ["admonition", "attr_list", {"toc": {"permalink": False}}],
        "extra_css": [EXTRA_CSS],
        "extra_javascript": [{"path": SORT_TABLES, "defer": True}],
        "nav": nav,
    }
    if offline:
        settings["extra"] = {"polyfills": [IFRAME_WORKER]}
    else:
        settings["extra"] = {"pagefind": True}
        settings["extra_javascript"].append({"path": PAGEFIND_CLIENT, "defer": True})
    for key in ("site_url", "repo_url"):
        if getattr(config, key):
            settings[key] = getattr(config, key)
    if config.copyright:
        settings["copyright"] = html.escape(config.copyright)
    return yaml.safe_dump(settings, allow_unicode=True, sort_keys=False)


def build(project: Path, site_dir: Path) -> None:
    """Build the MkDocs project at ``project`` into ``site_dir`` with MkDocs' Python API."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    cfg = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir))
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "0"  # the sitemap's gzip header: byte-identical rebuilds
    try:
        mkdocs_build(cfg)
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


# Generated pages never go through MkDocs' Markdown conversion, which is slow on large HTML bodies:
# - a page of a bulk folder is its folder's prototype (Material's header, navigation and footer, the same for
#   every page of the folder: MkDocs renders it once) with the page's title and body put in;
# - any other page reaches MkDocs as a skeleton: its front matter and its headings (for Material's table of
#   contents), between two markers that its real body replaces after the build.
SHELL = "__shell__"
START = '<div class="dz-shell"><h1>__shell__</h1></div>'
END = '<div class="dz-shell-end"></div>'
_HEADING = re.compile(r'<h([23]) id="([^"]+)"([^>]*)>(.*?)</h\1>', re.S)
NO_TOC = 'data-toc="skip"'  # on a heading left out of the table of contents (so MkDocs never sees its text)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]#+!|<>])")


def prototypes(pages: list[RenderedPage]) -> dict[str, str]:
    """One prototype Markdown page per folder of ``pages``, with that folder's front matter."""
    protos = {}
    for page in pages:
        folder = posixpath.dirname(page.path)
        if f"{folder}/{SHELL}.md" not in protos:
            proto = RenderedPage(f"{folder}/{SHELL}.md", SHELL, f"{START}\n\n{END}", {**page.meta, "title": SHELL})
            protos[proto.path] = proto.markdown()
    return protos


def skeleton(page: RenderedPage) -> str:
    """The Markdown MkDocs reads for ``page``: its front matter and headings between the two markers."""
    headings = "\n\n".join(f"{'#' * int(level)} {_markdown_text(text)} {{#{anchor}}}"
                             for level, anchor, attributes, text in _HEADING.findall(page.body)
                             if NO_TOC not in attributes)
    return RenderedPage(page.path, page.title, f"{START}\n\n{headings}\n\n{END}", page.meta).markdown()


def _markdown_text(heading_html: str) -> str:
    """A heading's text for Markdown: tags dropped, special characters backslash-escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.unescape(_text(heading_html)))


@dataclass(frozen=True)
class Frames:
    """What the built site keeps around the bodies: each skeleton page's HTML before and after its body,
    each bulk folder's prototype (still holding the title token), and Material's search index as MkDocs
    wrote it (offline copies only). Edits that leave MkDocs' input alone reuse them."""

    around: dict[str, tuple[str, str]]
    protos: dict[str, tuple[str, str]]
    index: str | None


def fill(site: Path, skeletons: list[RenderedPage], shells: list[RenderedPage],
         site_url: str = "") -> tuple[Iterator[tuple[str, str | bytes | None]], Frames]:
    """The built pages with their bodies put in, the sitemap completed, and Material's search index completed
    (offline copy) or deleted (hosted site, which Pagefind indexes once the pages are written).

    Returns the files to write under ``site`` as (name, content) pairs made one at a time, so that a large
    site is never held whole (None: delete the file), and the frames for later updates.
    """
    deleted: list[str] = []
    around: dict[str, tuple[str, str]] = {}
    for page in skeletons:
        name = page.path[:-3] + ".html"
        head, _, tail = _split((site / name).read_text("utf-8"))
        around[name] = head, tail
    protos: dict[str, tuple[str, str]] = {}
    for page in shells:
        folder = posixpath.dirname(page.path)
        if folder not in protos:
            head, _, tail = _split((site / folder / f"{SHELL}.html").read_text("utf-8"))
            protos[folder] = head, tail
            deleted.append(f"{folder}/{SHELL}.html")
    index = site / "search" / "search_index.json"
    offline = (site / "search" / "search_index.js").exists()
    frames = Frames(around, protos, index.read_text("utf-8") if offline else None)
    if not offline:
        deleted.append("search/search_index.json")
    sitemap = _sitemap(site, [f"{site_url}{p.path[:-3]}.html" for p in shells]) if site_url else {}
    return itertools.chain(((name, None) for name in deleted), refill(frames, skeletons, shells),
                           sitemap.items()), frames


def refill(frames: Frames, skeletons: list[RenderedPage], shells: list[RenderedPage],
           only: set[str] | None = None) -> Iterator[tuple[str, str]]:
    """The filled pages (``only`` those with these paths, when given) and then Material's search index (offline
    copy), from ``frames`` and the pages' current bodies, one (name, text) at a time."""
    for page in skeletons:
        if only is None or page.path in only:
            head, tail = frames.around[page.path[:-3] + ".html"]
            yield page.path[:-3] + ".html", head + page.body + tail
    for page in shells:
        if only is None or page.path in only:
            folder, name = posixpath.split(page.path[:-3] + ".html")
            head, tail = (part.replace(f"{SHELL}.html", name).replace(SHELL, html.escape(page.title))
                          for part in frames.protos[folder])
            yield f"{folder}/{name}", head + page.body + tail
    if frames.index is not None:
        yield from _search_index(frames.index, skeletons, shells).items()


def _split(built: str) -> tuple[str, str, str]:
    """(before the start marker, between the markers, after the end marker) of a built page."""
    head, rest = built.split(START, 1)
    middle, tail = rest.split(END, 1)
    return head, middle, tail


def _sitemap(site: Path, urls: list[str]) -> dict[str, str | bytes]:
    """sitemap.xml (and .gz) with the prototype's entry replaced by ``urls``."""
    text = (site / "sitemap.xml").read_text("utf-8")
    text = re.sub(r"\s*<url>\s*<loc>[^<]*__shell__[^<]*</loc>.*?</url>", "", text, flags=re.S)
    added = "".join(f"\n    <url>\n         <loc>{html.escape(url)}</loc>\n    </url>" for url in urls)
    text = text.replace("</urlset>", f"{added}\n</urlset>")
    return {"sitemap.xml": text, "sitemap.xml.gz": gzip.compress(text.encode("utf-8"), mtime=0)}


def _search_index(built: str, skeletons: list[RenderedPage], shells: list[RenderedPage]) -> dict[str, str]:
    """Material's search index as MkDocs ``built`` it, and its offline script, with the pages' texts put in."""
    index = json.loads(built)
    texts = {page.path[:-3] + ".html": _text(page.body) for page in skeletons}
    for doc in index["docs"]:
        doc["text"] = texts.get(doc["location"], doc["text"]).replace(START, "").replace(END, "")
    index["docs"] = [d for d in index["docs"] if SHELL not in d["location"]] + [
        {"location": page.path[:-3] + ".html", "title": html.escape(page.title), "text": _text(page.body)}
        for page in shells]
    text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    return {"search/search_index.json": text, "search/search_index.js": f"var __index = {text}"}


_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def _text(body: str) -> str:
    """A page's text for the search index; it stays HTML-escaped, as Material shows it as HTML."""
    return _SPACE.sub(" ", _TAG.sub(" ", body)).strip()
