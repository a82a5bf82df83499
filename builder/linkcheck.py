"""Check a built site: every internal link and #fragment resolves, and every page is reachable from home.

A broken link on a hand-written page is reported in its content file, at the line that holds it; any other is the
templates'. Redirect pages (a meta refresh) need not be reachable; their links are checked like any other. A link from the
site's root ("/dossier/facts/x.html", as Material writes the 404 page's links when the site's address is known) is
resolved against the path of that address.
"""
from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from builder.problems import Located, Problem


class _Page(HTMLParser):
    """Collects the ids and the link targets of one HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.redirect = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag in ("a", "link") and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.redirect = True


def check_site(site: Path, site_url: str = "", written: dict[str, Path] | None = None) -> list[Problem]:
    """Broken internal links, missing anchors and unreachable pages of the site at ``site``, published at
    ``site_url`` (its path is where links from the root start); ``written``: the content file of each hand-written
    page, by its path in the site."""
    root = urlsplit(site_url).path or "/"
    pages = {}
    for path in sorted(site.rglob("*.html")):
        parser = _Page()
        parser.feed(path.read_text("utf-8"))
        pages[path.relative_to(site).as_posix()] = parser
    problems, edges = [], {name: set() for name in pages}
    for name, page in pages.items():
        for href in page.links:
            target = _resolve(name, href, root)
            if target is None:
                continue
            file, fragment = target
            if not (site / file).exists():
                problems.append(_broken(name, href, f"{file} does not exist", (written or {}).get(name)))
            elif fragment and file in pages and fragment not in pages[file].ids:
                problems.append(_broken(name, href, f"no element with id '{fragment}' on {file}",
                                        (written or {}).get(name)))
            elif file in pages:
                edges[name].add(file)
    seen, todo = set(), ["index.html"] if "index.html" in pages else []
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(edges[name] - seen)
    redirects = {name for name, page in pages.items() if page.redirect}
    for name in sorted(set(pages) - seen - redirects - {"404.html"}):
        problems.append(Problem(Located(Path(name)), "page is not reachable from the home page; link to it"))
    return problems


def _broken(page: str, href: str, why: str, written: Path | None) -> Problem:
    """A broken link on the site's ``page``, in the content file it was ``written`` in when there is one."""
    if written is None:
        return Problem(Located(Path(page)), f"broken link to '{href}': {why}; the templates make this link: fix them")
    return Problem(Located(written, _line(written, href)), f"broken link to '{href}': {why}; fix the address (a "
                   "page of the site ends in .html; a place on a page is #its-id) or remove the link")


def _line(path: Path, href: str) -> int:
    """The first line of the file at ``path`` that holds ``href``, as Markdown wrote it or decoded; 0 for none."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeError):
        return 0
    for wanted in dict.fromkeys((href, unquote(href))):
        for number, line in enumerate(lines, 1):
            if wanted in line:
                return number
    return 0


def _resolve(page: str, href: str, root: str = "/") -> tuple[str, str] | None:
    """(file, fragment) an internal href points to, relative to the site's folder; None for external links, and for a
    path from the host's root outside the site's ``root`` path ("/" or "/dossier/")."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("//"):
        return None
    path = unquote(parts.path)
    if not path:
        return page, unquote(parts.fragment)
    if path.startswith("/"):
        if not (path + "/").startswith(root):
            return None
        path = path.removeprefix(root.rstrip("/"))
    base = "" if path.startswith("/") else posixpath.dirname(page)
    joined = posixpath.normpath(posixpath.join(base, path.lstrip("/")))
    if path.endswith("/") or joined == ".":
        joined = posixpath.join(joined, "index.html") if joined != "." else "index.html"
    return joined, unquote(parts.fragment)
