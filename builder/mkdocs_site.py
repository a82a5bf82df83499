"""The one adapter to MkDocs: Material's own templates frame each page, rendered once and whole.

This is MkDocs' per-page rendering without its build loop: the configuration (``load_config``), the theme's
Jinja environment, one ``Page`` per page with its HTML body and table of contents set, ``get_context`` and
the theme's ``main.html``. MkDocs never reads a docs tree or writes a file, and nothing it renders is changed
afterwards.
"""
from __future__ import annotations

import functools
import gzip
import html
import importlib.metadata
import importlib.util
import logging
import os
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
import yaml
from markupsafe import Markup

from builder import compiled, write
from builder.cache import folder_digest
from builder.config import Config
from builder.page_markdown import TITLE

EXTRA_CSS = "assets/dossier.css"
IFRAME_WORKER = "assets/vendor/iframe-worker-shim.js"  # lets Material's search run from file:// URLs
PAGEFIND_CLIENT = "assets/search.js"  # Pagefind's results in Material's search box (the hosted site)
TABLES = "assets/tables.js"  # sortable tables, and Tab in a scrolling one (templates/assets/tables.js)
NAVIGATION = "assets/navigation.js"  # what instant navigation leaves undone (templates/assets/navigation.js)
NO_TOC = "data-toc"  # a heading with data-toc="skip" stays out of the table of contents
VERSIONS = ("mkdocs", "mkdocs-material")
TEMPLATES = ("404.html", "sitemap.xml", "sitemap.xml.gz")  # the theme's own pages (Frame.templates)


def translation(language: str) -> str:
    """The language of Material's translation the site's words are taken from: the site's own, else its base
    language's ('de' for 'de-CH'), else English. The pages' lang attribute stays the site's (partials/language.html)."""
    folder = Path(importlib.util.find_spec("material").origin).parent / "templates" / "partials" / "languages"
    return next((code for code in (language, language.split("-")[0]) if (folder / f"{code}.html").is_file()), "en")


def mkdocs_yml(config: Config, nav: list[dict], theme_dir: Path, offline: bool = False) -> str:
    """The text of the MkDocs configuration; ``theme_dir`` holds Material overrides.

    The hosted site searches with Pagefind (builder/search.py) through Material's search box; ``offline``
    keeps Material's own search instead, with its offline plugin, as Pagefind cannot run from file:// URLs.
    """
    settings = {
        "site_name": config.title,
        "site_description": html.escape(config.description),  # Material prints it unescaped
        "docs_dir": "docs",
        "use_directory_urls": False,
        "theme": {
            "name": "material",
            "custom_dir": str(theme_dir),
            "language": translation(config.language),
            "font": False,
            "features": ["navigation.instant", "navigation.tabs", "navigation.top", "navigation.footer",
                         "search.suggest", "search.highlight"],  # not content.tooltips: Material copies an
            # element's title into its tooltip as HTML, and a title from content ran there
            "palette": [
                {"media": "(prefers-color-scheme: light)", "scheme": "default", "primary": "indigo",
                 "accent": "deep orange", "toggle": {"icon": "material/weather-night", "name": "Switch to dark mode"}},
                {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": "indigo",
                 "accent": "deep orange", "toggle": {"icon": "material/weather-sunny", "name": "Switch to light mode"}},
            ],
        },
        "plugins": ["search", "offline"] if offline else ["search"],
        "extra_css": [EXTRA_CSS],
        "extra_javascript": [{"path": TABLES, "defer": True}, {"path": NAVIGATION, "defer": True}],
        "nav": nav,
    }
    if offline:
        settings["extra"] = {"polyfills": [IFRAME_WORKER], "language": config.language}
    else:
        settings["extra"] = {"pagefind": True, "language": config.language}
        settings["extra_javascript"].append({"path": PAGEFIND_CLIENT, "defer": True})
    for key in ("site_url", "repo_url"):
        if getattr(config, key):
            settings[key] = getattr(config, key)
    if config.copyright:
        settings["copyright"] = html.escape(config.copyright)
    return yaml.safe_dump(settings, allow_unicode=True, sort_keys=False)


def versions() -> dict[str, str]:
    """The versions of MkDocs and Material, which shape every page."""
    return {name: importlib.metadata.version(name) for name in VERSIONS}


@dataclass(frozen=True)
class Entry:
    """A page to frame: its docs path ('facts/x.md'), front matter (values escaped), and the index page of the
    navigation tab it belongs to (None: a page of the navigation, or of no tab)."""

    path: str
    meta: dict
    tab: str | None


class Frame:
    """Material's templates for one site: its configuration, its navigation, and a ``Page`` per page, made when the
    page is first framed (a one-fact edit frames a dozen pages of thousands)."""

    def __init__(self, config: Config, nav: list[dict], entries: list[Entry], theme_dir: Path, offline: bool = False):
        from mkdocs.commands.build import get_context
        from mkdocs.config import load_config
        from mkdocs.structure.files import File, Files
        from mkdocs.structure.nav import get_navigation
        from mkdocs.structure.pages import Page

        logging.getLogger("mkdocs").setLevel(logging.ERROR)
        self._get_context, self._file, self._page = get_context, File, Page
        self.yml = mkdocs_yml(config, nav, theme_dir, offline)
        with write.scratch("mkdocs") as tmp:  # deleted by the next build when this one is killed
            (tmp / "docs").mkdir()
            (tmp / "mkdocs.yml").write_text(self.yml, encoding="utf-8")
            cfg = load_config(config_file=str(tmp / "mkdocs.yml"), site_dir=str(tmp / "site"))
            compiled.keep_theme(cfg.theme)
            cfg = cfg.plugins.on_config(cfg)
        cfg.site_name = Markup(html.escape(config.title))  # printed as is, and never escaped twice
        self.cfg, self.env = cfg, _environment(cfg)
        self.entries = {entry.path: entry for entry in entries}
        listed = [File(path, cfg.docs_dir, cfg.site_dir, False) for path in _paths(nav) if path in self.entries]
        self.nav = get_navigation(Files(listed), cfg)
        self.pages = {}
        for file in listed:
            self._made(file.page)
        for page in self.nav.pages:  # titles escaped in the navigation: printed as is, and never escaped twice
            page.title = Markup(page.title)
        self.main = self.env.get_template("main.html")
        self.offline = offline
        self.shared: dict[tuple, str] = {}  # parts of the frame alike on many pages (``shared``), made once

    def use(self, entries: list[Entry]) -> None:
        """Frame these pages from now on, with the same navigation: each page's front matter set anew, a page gone
        forgotten, and the sitemap made again when pages came or went (a page's tab is its path's)."""
        before, self.entries = self.entries, {entry.path: entry for entry in entries}
        self.shared = {}
        for path in self.pages.keys() - self.entries.keys():
            del self.pages[path]
        for path, page in self.pages.items():
            page.meta = self.entries[path].meta
        if self.entries.keys() != before.keys():
            self.__dict__.pop("templates", None)

    def page(self, path: str):
        """The ``Page`` at docs ``path``, made on first use; a page out of the navigation has its tab's index page
        as its parent, which marks that tab as the current one."""
        page = self.pages.get(path)
        if page is None:
            file = self._file(path, self.cfg.docs_dir, self.cfg.site_dir, False)
            page = self._made(self._page(None, file, self.cfg))
            tab = self.entries[path].tab
            if tab is not None:
                page.parent = self.page(tab)
        return page

    def _made(self, page):
        page.markdown, page.update_date = "", None
        page.meta = self.entries[page.file.src_uri].meta
        self.pages[page.file.src_uri] = page
        return page

    def render(self, path: str, body: str) -> str:
        """The whole HTML page at docs ``path`` with ``body`` as its content and its headings as the contents."""
        page = self.page(path)
        page.content, page.toc = body, _toc(body)
        page.active = True
        try:
            context = self._get_context(self.nav, (), self.cfg, page)  # only the sitemap lists the pages
            if page not in self.nav.pages:  # a page of the navigation has its contents in it: shares nothing
                context[_PLACE] = self.shared, context["base_url"], page.parent and page.parent.url
            if self.offline:  # Material's search plugin indexes the page
                context = self.cfg.plugins.on_page_context(context, page=page, config=self.cfg, nav=self.nav)
            return self.main.render(context)
        finally:
            page.active = False  # the navigation is shared by every page
            page.content, page.toc = None, []

    @functools.cached_property
    def templates(self) -> dict[str, str | bytes]:
        """The theme's own pages: 404.html and the sitemap (listing every page, with ``site_url``); made once for
        the frame (``dossier serve`` keeps it while the pages and the configuration are the same). The 404 page's
        links start at the site's root, as a host serves it at any address; the offline copy's are relative, as its
        other pages' are (from the file system, a link from the root leads nowhere)."""
        files = [self.page(path).file for path in self.entries]
        out: dict[str, str | bytes] = {}
        for name in ("404.html", "sitemap.xml"):
            base = urlsplit(self.cfg.site_url or "/").path if name == "404.html" and not self.offline else "."
            context = self._get_context(self.nav, files, self.cfg, base_url=base)
            out[name] = self.env.get_template(name).render(context)
        out["sitemap.xml.gz"] = gzip.compress(out["sitemap.xml"].encode("utf-8"), mtime=0)
        return out

    def assets(self) -> dict[str, Path]:
        """The theme's static files (stylesheets, scripts, icons): their paths in the site and on disk."""
        if self.env not in _ASSETS:
            from mkdocs.structure.files import Files
            files = Files([])
            files.add_files_from_theme(_Listing(self.cfg.theme.dirs), self.cfg)
            _ASSETS.clear()
            _ASSETS[self.env] = {file.src_uri: Path(file.abs_src_path) for file in files}
        return _ASSETS[self.env]

    def search_index(self, site: Path) -> None:
        """Write Material's search index for the offline copy into ``site`` (after every page was rendered)."""
        self.cfg.site_dir = str(site)
        self.cfg.plugins.on_post_build(config=self.cfg)


_FRAMES: dict[tuple, Frame] = {}  # the last hosted site's frame, by its configuration and pages: dossier serve


def frame(config: Config, nav: list[dict], entries: list[Entry], theme_dir: Path) -> Frame:
    """The hosted site's Frame; the one made before when the configuration and the navigation (its pages and their
    tabs) are the same, set to frame ``entries`` (``Frame.use``: a new fact card adds a page to 24,000 at 20,000
    facts, and making them all again took 0.25 s)."""
    listed = set(_paths(nav))
    key = (mkdocs_yml(config, nav, theme_dir), tuple((e.path, e.tab) for e in entries if e.path in listed))
    found = _FRAMES.get(key)
    if found is None:
        _FRAMES.clear()
        found = _FRAMES[key] = Frame(config, nav, entries, theme_dir)
    else:
        found.use(entries)
    return found


def _paths(nav) -> list[str]:
    """The docs paths the navigation lists, in order."""
    if isinstance(nav, str):
        return [nav]
    items = nav.values() if isinstance(nav, dict) else nav
    return [path for item in items for path in _paths(item)]


_PLACE = "dossier_place"  # in a page's context: (the frame's shared parts, its folder, its navigation tab)


@jinja2.pass_context
def shared(context, name: str, caller) -> str:
    """The theme's template function ``{% call shared(name) %}…{% endcall %}``: what the block renders, rendered
    once per frame for every page out of the navigation in the same folder (relative links alike) and tab (the
    same one marked current). For the parts of Material's frame that show nothing of the page itself: its
    navigation, tabs, search box, footer, scripts; 5,000 fact pages share one."""
    place = context.get(_PLACE)
    if place is None:
        return caller()
    parts, key = place[0], (name, *place[1:])
    found = parts.get(key)
    if found is None:
        found = parts[key] = caller()
    return found


_ENVIRONMENTS: dict[tuple, object] = {}
_ASSETS: dict[object, dict[str, Path]] = {}  # the static files of the kept environment's theme


def _environment(cfg):
    """The theme's Jinja environment, kept (with its compiled templates) while the theme is unchanged."""
    key = (tuple(cfg.theme.dirs), str(cfg.theme.locale), *(folder_digest(Path(d)) for d in cfg.theme.dirs[:-2]))
    if key not in _ENVIRONMENTS:
        _ENVIRONMENTS.clear()
        env = _ENVIRONMENTS[key] = cfg.theme.get_env()
        material = jinja2.FileSystemLoader(cfg.theme.dirs[-2])  # "material/partials/nav.html": Material's own,
        env.loader = jinja2.ChoiceLoader([env.loader, jinja2.PrefixLoader({"material": material})])  # overridden
        env.globals["shared"] = shared
    return _ENVIRONMENTS[key]


class _Listing:
    """What MkDocs asks of the theme's Jinja environment to find its static files: the names of the files in the
    theme's folders, which it filters. Hidden folders are not walked: MkDocs' filter drops what they hold, and
    Material's hold its 14,000 icons (walking them took a tenth of the reference dossier's build)."""

    def __init__(self, dirs: list[str]):
        self.dirs = dirs

    def list_templates(self, filter_func) -> list[str]:
        names = set()
        for top in self.dirs:
            for folder, subfolders, files in os.walk(top):
                subfolders[:] = [name for name in subfolders if not name.startswith(".")]
                rel = os.path.relpath(folder, top)
                names.update(name if rel == "." else f"{rel}/{name}".replace(os.sep, "/") for name in files)
        return sorted(filter(filter_func, names))


class _Heading(HTMLParser):
    """One heading element: its level, id (None when left out of the contents, or an h1 without one) and text."""

    def __init__(self, element: str):
        super().__init__(convert_charrefs=True)
        self.level, self.id, self.text = 0, None, []
        self.feed(element)
        self.close()

    def handle_starttag(self, tag, attrs):
        if not self.level:
            attrs = dict(attrs)
            self.level = int(tag[1])
            if attrs.get(NO_TOC) != "skip":
                if not attrs.get("id") and tag != "h1":
                    raise ValueError(f"a <{tag}> without an id: give every heading an id for the table of contents")
                self.id = attrs.get("id")

    def handle_data(self, data):
        self.text.append(data)


def _headings(body: str):
    """(level, id, text) of each h2 and h3 of a page body that goes in the table of contents. Only the heading
    elements are parsed: the body is the templates' output, so a heading is never inside a comment or script."""
    start = 0
    while (start := body.find("<h", start)) >= 0:
        level = body[start + 2:start + 3]
        if level in ("2", "3") and body[start + 3:start + 4] in (" ", ">"):
            end = body.find(f"</h{level}>", start)
            heading = _Heading(body[start:end + 5])
            if heading.id is not None:
                yield heading.level, heading.id, " ".join("".join(heading.text).split())
            start = end
        start += 2


def _toc(body: str):
    """The table of contents of a body: its h2 headings, each with its h3 headings; under its h1 when that has the id
    TITLE (Material lists the h1's children, and its "Skip to content" leads to the h1: without it, to the first h2,
    past the page's title and what it says first, or nowhere on a page without one)."""
    from mkdocs.structure.toc import get_toc

    tokens: list[dict] = []
    for level, anchor, text in _headings(body):
        token = {"level": level, "id": anchor, "name": html.escape(text), "children": []}
        if level == 3 and tokens:
            tokens[-1]["children"].append(token)
        else:
            tokens.append(token)
    start = body.find("<h1")
    title = _Heading(body[start:body.find("</h1>", start) + 5]) if start >= 0 else None
    if title is not None and title.id == TITLE:
        tokens = [{"level": 1, "id": TITLE, "name": html.escape(" ".join("".join(title.text).split())),
                   "children": tokens}]
    return get_toc(tokens)
