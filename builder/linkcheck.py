"""Check a built site: every internal link and #fragment resolves, and every page is reachable from home (--strict);
or only the links of the hand-written pages (a plain build, which warns).

A broken link on a hand-written page is reported in its content file, at the line that holds it; any other is the
templates'. Redirect pages (a meta refresh) need not be reachable; their links are checked like any other. A link
from the site's root ("/dossier/facts/x.html", as Material writes the 404 page's links when the site's address is known) is
resolved against the path of that address; one from the host's root outside it is another site's, unless it names a
page of this one ("/facts/x.html", written as if the site were at the host's root: broken).
"""
from __future__ import annotations

import bisect
import functools
import posixpath
import re
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
    pages = _Pages(site)
    for path in sorted(site.rglob("*.html")):
        pages[path.relative_to(site).as_posix()]
    problems, edges = [], {name: set() for name in pages.parsed}
    for name, page in list(pages.parsed.items()):
        for href in page.links:
            problem, file = _checked(pages, name, href, urlsplit(site_url).path or "/", (written or {}).get(name))
            if problem:
                problems.append(problem)
            elif file in pages.parsed:
                edges[name].add(file)
    seen, todo = set(), ["index.html"] if "index.html" in pages.parsed else []
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(edges[name] - seen)
    redirects = {name for name, page in pages.parsed.items() if page.redirect}
    for name in sorted(set(pages.parsed) - seen - redirects - {"404.html"}):
        problems.append(Problem(Located(Path(name)), "page is not reachable from the home page; link to it"))
    return problems


def check_written(site: Path, site_url: str, written: dict[str, Path]) -> list[Problem]:
    """Warnings for the broken links and anchors of the hand-written pages of the site at ``site`` (``written``: the
    content file of each, by its path in the site), each at its line in that file; reading only those pages and the
    ones their anchors are on, a plain build's share of what check_site does under --strict."""
    pages, problems = _Pages(site), []
    for name, file in sorted(written.items()):
        for href in pages[name].links:
            problem, _ = _checked(pages, name, href, urlsplit(site_url).path or "/", file)
            if problem:
                problems.append(Problem(problem.where, problem.message, warning=True))
    return problems


class _Pages:
    """The parsed pages of a site, each read when first asked for."""

    def __init__(self, site: Path):
        self.site = site
        self.parsed: dict[str, _Page] = {}

    def __getitem__(self, name: str) -> _Page:
        if name not in self.parsed:
            self.parsed[name] = page = _Page()
            page.feed((self.site / name).read_text("utf-8"))
        return self.parsed[name]


def _checked(pages: _Pages, name: str, href: str, root: str, written: Path | None) -> tuple[Problem | None, str | None]:
    """(the problem with the link ``href`` on page ``name``, or None; the file it leads to, None for an external
    one)."""
    target = _resolve(name, href, root)
    if target is None:
        return None, None
    file, fragment = target
    if file == ".." or file.startswith("../"):  # a file beside the site (or /etc/passwd) is none of its pages
        return _broken(name, href, "it leads out of the site", written), None
    if file.startswith("/"):  # from the host's root, outside the site: another site of the host, unless it names
        inside = _resolve("index.html", file.lstrip("/") + (f"#{fragment}" if fragment else ""))  # a page of this one
        if inside and _exists(pages.site / inside[0]):
            return _broken(name, href, f"the site is published at {root}, so this leads out of it; write "
                                       f"{root}{inside[0]}", written), None
        return None, None
    if not _exists(pages.site / file):
        return _broken(name, href, f"{file} does not exist", written), file
    if fragment and file.endswith(".html") and fragment not in pages[file].ids:
        return _broken(name, href, f"no element with id '{fragment}' on {file}", written), file
    return None, file


def _exists(path: Path) -> bool:
    """Whether ``path`` exists; False for a name no file may have (too long: a link's typo is not the output
    folder's fault)."""
    try:
        return path.exists()
    except OSError:
        return False


def _broken(page: str, href: str, why: str, written: Path | None) -> Problem:
    """A broken link on the site's ``page``, in the content file it was ``written`` in when there is one."""
    if written is None:
        return Problem(Located(Path(page)), f"broken link to '{href}': {why}; the templates make this link: fix them")
    return Problem(Located(written, _line(written, href)), f"broken link to '{href}': {why}; fix the address (a "
                   "page of the site ends in .html; a place on a page is #its-id) or remove the link")


def _line(path: Path, href: str) -> int:
    """The first line of the file at ``path`` that holds ``href``, as Markdown wrote it or decoded; 0 for none."""
    try:
        stat = path.stat()
        text, starts, targets = _read(path, stat.st_mtime_ns, stat.st_size)
    except (OSError, UnicodeError):
        return 0
    for wanted in dict.fromkeys((href, unquote(href))):
        at = targets.get(wanted, -1)
        if at < 0:
            at = text.find(wanted)
        if at >= 0:
            return bisect.bisect_right(starts, at)
    return 0


@functools.lru_cache(maxsize=8)
def _read(path: Path, mtime: int, size: int) -> tuple[str, list[int], dict[str, int]]:
    """The text of a file, where each of its lines starts and where each link's target (`](target)`) first is, read
    once for all its broken links (a page of 30,000 was read, and searched whole, for each); ``mtime`` and ``size``
    tell an edited file from the one read."""
    text = path.read_text("utf-8")
    starts = [0, *(m.end() for m in re.finditer(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]", text))]
    targets: dict[str, int] = {}
    for m in _TARGET.finditer(text):
        targets.setdefault(m.group(1), m.start(1))
    return text, starts, targets


_TARGET = re.compile(r"\]\(\s*<?([^\s)>]+)")  # a Markdown link's target: "[text](#place)"


def _resolve(page: str, href: str, root: str = "/") -> tuple[str, str] | None:
    """(file, fragment) an internal href points to, relative to the site's folder; None for external links; a path
    from the host's root outside the site's ``root`` path ("/" or "/dossier/") as it is, starting with "/"."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("//"):
        return None
    path = unquote(parts.path)
    if not path:
        return page, unquote(parts.fragment)
    if path.startswith("/"):
        if not (path + "/").startswith(root):
            return path, unquote(parts.fragment)  # from the host's root, outside the site
        path = path.removeprefix(root.rstrip("/"))
    base = "" if path.startswith("/") else posixpath.dirname(page)
    joined = posixpath.normpath(posixpath.join(base, path.lstrip("/")))
    if path.endswith("/") or joined == ".":
        joined = posixpath.join(joined, "index.html") if joined != "." else "index.html"
    return joined, unquote(parts.fragment)
