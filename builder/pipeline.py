"""The build, stage by stage: load → validate → link → compare → render → write, with the search index made alongside
→ PDFs → link check → swap. Every build writes a new tree beside the site and swaps it in whole (builder/write.py)."""
from __future__ import annotations

import contextlib
import dataclasses
import gc
import html
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from builder import depends, export, linkcheck, load, mkdocs_site, render, search, search_parts, write
from builder import pdf as pdfs  # build's argument is named pdf
from builder.cache import Cache, digest, files_under, folder_digest
from builder.compare import compare
from builder.config import Config
from builder.history import file_dates
from builder.link import link
from builder.pages import (Site, comparison, disagreements, fact, home, page, redirect, source, speaker,
                           summit, timeline)
from builder.problems import DossierError, Located, Problem, Problems, template_frame, template_problem
from builder.validate import validate

PAGE_KINDS = (home, summit, speaker, source, fact, comparison, disagreements, timeline, page, redirect)
TABS = {"summits/": "summits/index.md", "compare/": "compare/index.md", "speakers/": "speakers/index.md",
        "sources/": "sources/index.md", "facts/": "facts/index.md"}  # pages kept out of the navigation → their tab
THEME = render.DEFAULT_TEMPLATES / "theme"


@dataclass(frozen=True)
class Result:
    """What a run produced: the site (when checked cleanly), warnings, the pages built, the files written and the
    pages Pagefind reads ((path in the site, page, group) triples, see ``search.lean_copy``: ``dossier serve``
    indexes them after the build)."""

    site: Site
    warnings: list[Problem]
    pages: int = 0
    written: int = 0
    searched: list[tuple[str, render.RenderedPage, str | None]] = field(default_factory=list)
    keys: depends.Keys | None = None  # the records' keys (with a cache), for ``exports``


@contextlib.contextmanager
def _cycles_left_alone():
    """Pause Python's cycle collector while the dossier is checked: checking makes millions of objects but almost no
    reference cycles (about 650 at 5,000 facts), and each full collection scans every live object (0.3 s at 5,000
    facts, 13 % of a cold build). After it, the objects it left are moved out of the collector's sight
    (``gc.freeze``), so that resuming it sets off no full collection either, and the collector runs while pages are
    rendered: rendering leaves many cycles (Jinja's contexts and macros), which uncollected held 400 MB more in
    each forked render worker at 20,000 facts. Nothing of this when the caller paused the collector: ``dossier
    serve`` collects what each build leaves."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


@_cycles_left_alone()
def check(config: Config, strict: bool = False, cache: Cache | None = None) -> Result:
    """Load, validate, link and compare; raise DossierError with every problem found.

    A ``cache`` (see builder/cache.py) spares parsing and checking again what has not changed."""
    problems = Problems()
    dossier = validate(load.load(config.content, problems, cache, config.root), problems, cache,
                       config.quote_min_words)
    found = problems.sorted()
    failing = [p for p in found if strict or not p.warning]
    if failing:
        raise DossierError(failing)
    links = link(dossier)
    history = file_dates(config.root, config.content / "facts")
    site = Site(config, dossier, links, compare(dossier, links, config, cache), history)
    return Result(site, found)  # warnings only, by file and line


def render_site(site: Site, cache: Cache | None = None,
                keys: depends.Keys | None = None) -> list[render.RenderedPage]:
    """Every page's body; with a ``cache`` and the records' ``keys``, only the pages whose inputs changed are
    rendered again."""
    _check_templates(site.config.templates, site.config.root)
    specs = [spec for kind in PAGE_KINDS for spec in kind.pages(site)]
    env = render.environment(site.config.templates)
    try:
        return render.render(specs, env, site.shared(), cache.pages if cache else None, keys,
                             cache.fragments if cache else None)
    except Exception as exc:  # a Jinja error, or one a template's expression raised ({{ 1/0 }}); else a bug
        if not isinstance(exc, jinja2.TemplateError) and template_frame(exc) is None:
            raise
        raise DossierError([template_problem(exc)]) from None


def _check_templates(folder: Path, project: Path) -> None:
    """Raise DossierError when a project template (not an asset) is not a UTF-8 text file, with its line, or the
    templates hold a link out of the ``project``."""
    problems = Problems()
    load.links_out(folder, project, problems)
    for path in files_under(folder, project) if not problems.items else ():
        if not path.is_dir() and path.relative_to(folder).parts[0] != "assets":
            load.read_text(path, problems)
    if problems.items:
        raise DossierError(problems.sorted())


def navigation(site: Site) -> list[dict]:
    """Section-level navigation: index pages only, so it stays small however large the dossier grows."""
    nav = [{name: index} for index, name in site.sections.items()]
    nav += [{html.escape(p.title): f"{p.id}.md"} for p in site.dossier.pages.values() if p.nav]
    return nav


def frame(site: Site, pages: list[render.RenderedPage], offline: bool = False) -> mkdocs_site.Frame:
    """Material's frame for these pages: each detail page belongs to its folder's tab."""
    nav = navigation(site)
    in_nav = {path for item in nav for path in item.values()}
    entries = [mkdocs_site.Entry(p.path, _meta(p), None if p.path in in_nav else _tab(p.path))
               for p in pages if p.path.endswith(".md")]
    if offline:  # Material's search plugin gathers every page it frames: a frame of its own each time
        return mkdocs_site.Frame(site.config, nav, entries, THEME, offline)
    return mkdocs_site.frame(site.config, nav, entries, THEME)


def _meta(page: render.RenderedPage) -> dict:
    """The page's front matter; the home page's title is the site's (Material would print it twice)."""
    return {k: v for k, v in page.meta.items() if k != "title"} if page.path == "index.md" else page.meta


def _tab(path: str) -> str | None:
    return TABS.get(path[:path.find("/") + 1])  # its top folder's (none for a page at the top)


def build(config: Config, out: Path | None = None, strict: bool = False, allow_outside: bool = False,
          offline_zip: Path | None = None, pdf: bool = False, cache: Cache | None = None,
          index: bool = True, spare: write.Spare | None = None, with_exports: bool = True) -> Result:
    """Build the whole site into ``out`` (default: the configured output folder): a new tree, swapped in whole.

    Files unchanged since the build the ``cache`` remembers are linked from the current site rather than
    rendered and written again; so is its search index when no page's indexed content changed. ``index=False``
    leaves the search index out (``dossier serve`` serves its own, made after the build); with a ``spare`` tree
    (``dossier serve``), the new tree is that one brought up to date (write.Staging); ``with_exports=False`` leaves
    the exports out (``dossier serve`` makes them when asked: ``exports``).
    With ``offline_zip``, also pack a copy that works from the file system into that zip file; with ``pdf``,
    print each covered summit's page to briefings/<summit>.pdf.
    """
    out = (out or config.output).resolve()
    write.refuse_unsafe(out, config, allow_outside)
    if offline_zip:
        write.refuse_unsafe_archive(offline_zip, out, config)
    if pdf:
        pdfs.require(out)
    checked = check(config, strict, cache)
    site = checked.site
    progress = _Progress()
    try:
        progress("render")
        keys = depends.RecordKeys(site.dossier, cache.file_keys(), site.comparison) if cache else None
        pages = render_site(site, cache, keys)
        previous = _previous(cache, out)
        groups = search_parts.groups(site.dossier)  # the pages an edit changes together, indexed in one part
        searched = [(path, p, groups.get(path)) for p in pages if p.path.endswith(".md")
                    for path in (p.path[:-3] + ".html",)]
        with write.Staging(out, previous, spare) as staging:
            with _indexed(config, out, staging, searched, cache, previous, index) as indexed:
                progress("write")  # Material's frame too, while Pagefind runs (a build then waited 0.3 s for it)
                _write_site(site, pages, frame(site, pages), staging, cache, keys, with_exports)
                if cache is not None:
                    cache.write()  # the build's last change to it but the site's, while Pagefind runs
                progress("search index")
            if pdf:
                progress("PDFs")
                covered = [s for s in site.dossier.summits if site.links.facts_by_summit.get(s)]
                for name, data in pdfs.briefings(staging.folder, covered, config.site_url, out).items():
                    staging.put(name, data)
            written = {f"{p.id}.html": p.where.path for p in site.dossier.pages.values()}
            if strict:
                progress("link check")
                problems = linkcheck.check_site(staging.folder, config.site_url, written)
                if problems:
                    raise DossierError(problems)
            links = [] if strict else linkcheck.check_written(staging.folder, config.site_url, written)
            if offline_zip:
                progress("offline copy")
                _offline(site, pages, offline_zip, cache, keys)
            progress("swap")
            staging.publish()
    finally:
        progress.done()
    if cache is not None:
        cache.site = {"folder": str(out), "build": staging.id, "files": staging.keys, "search": indexed}
    warnings = checked.warnings + links + ([_no_site_url(config)] if strict and not config.site_url else []) + (
        [_no_publisher(config)] if strict and not config.publisher else [])
    return Result(site, warnings, len(pages), staging.written, searched, keys)


@contextlib.contextmanager
def _indexed(config: Config, out: Path, staging: write.Staging, searched: list[tuple[str, render.RenderedPage, str | None]],
             cache: Cache | None, previous: dict[str, str] | None, index: bool) -> Iterator[str | None]:
    """The new site's search index, made while the block writes the rest of the site (Pagefind reads its lean copy
    of the pages, on the other core): yields the key of the lean copy, or None without ``index`` (no index). The
    current site's index is carried over when it was made of this very input."""
    if not index:
        yield None
        return
    keep = cache is not None and cache.folder is not None  # the lean copy is kept in the cache
    beside = out.with_name(f".{out.name}.search")  # without it: beside the site, deleted after
    if keep:
        search.discard(beside)  # left by a build without the cache that was killed
    with search.lean_copy(cache.folder / "search" if keep else beside, searched, config.language, keep) as lean:
        if previous is not None and cache.site.get("search") == lean.key:
            search.carry(out, staging)
            yield lean.key
        else:  # the files of the current site's index that did not change are linked
            try:
                with search.indexing(staging.folder, lean, reuse=None if previous is None else out / search.FOLDER):
                    yield lean.key
            except DossierError as exc:  # named at the site, not at the new tree it was made in (.site.partial)
                raise DossierError([dataclasses.replace(p, where=Located(out)) if p.where.path == staging.folder
                                    else p for p in exc.problems]) from None


def _no_site_url(config: Config) -> Problem:
    return Problem(Located(config.root / "site_config.yml"), "no site_url: the pages have no canonical link and "
                   "sitemap.xml lists no addresses; set site_url to the published site's address", warning=True)


def _no_publisher(config: Config) -> Problem:
    return Problem(Located(config.root / "site_config.yml"), "no publisher: the home page's Dataset has no creator nor "
                   "publisher and the fact pages' ClaimReviews no author (search engines ask for them); set publisher "
                   "to who publishes the dossier", warning=True)


def _previous(cache: Cache | None, out: Path) -> dict[str, str] | None:
    """The keys of the current site's files, when the cache remembers the build that made it."""
    if cache is None or not cache.site or cache.site.get("folder") != str(out):
        return None
    return cache.site["files"] if write.site_id(out) == cache.site.get("build") else None


def exports(site: Site, cache: Cache | None, keys: depends.Keys | None) -> Iterator[tuple[str, bytes]]:
    """The site's exports, (path, bytes) one after another (builder/export.py); with a ``cache`` and the records'
    ``keys``, each fact's part of them is kept in the cache."""
    return export.files(site.dossier, site.comparison, site.config.site_url, cache.exports if cache else None, keys)


def _write_site(site: Site, pages: list[render.RenderedPage], material: mkdocs_site.Frame,
                staging: write.Staging, cache: Cache | None, keys: depends.Keys | None,
                with_exports: bool = True) -> None:
    """Every file of the site into ``staging``: the pages in Material's frame, the exports (unless told not to),
    the assets."""
    frame_key = digest(material.yml.encode() + repr(sorted(mkdocs_site.versions().items())).encode()
                       + folder_digest(THEME))
    todo = []
    for page in pages:
        if page.path.endswith(".md"):
            name = page.path[:-3] + ".html"
            if staging.wants(name, digest(frame_key + page.key).hex()):  # Material's frame and the page
                todo.append(page)
        else:
            staging.put(page.path, page.body)
    try:
        staging.written += render.parallel(todo, lambda share: _frame_and_write(material, share, staging.folder),
                                          serial=material.offline)  # Material's search plugin reads each page
    except ValueError as exc:
        raise DossierError([Problem(Located(site.config.templates), str(exc))]) from None
    listed = digest(frame_key + "\n".join(material.entries).encode()).hex()  # the sitemap lists every page
    for name in mkdocs_site.TEMPLATES:  # made only when one of them is wanted
        if staging.wants(name, listed):
            staging.write(name, material.templates[name])
    versions = repr(sorted(mkdocs_site.versions().items()))
    for name, path in material.assets().items():
        staging.copy(name, path, digest(f"{versions}\0{name}".encode()).hex())
    assets = {}  # the project's assets over the builder's
    for folder in (render.DEFAULT_TEMPLATES / "assets", site.config.templates / "assets"):
        assets.update((p.relative_to(folder).as_posix(), p) for p in files_under(folder, site.config.root)
                      if p.is_file())
    for name, path in sorted(assets.items()):
        staging.put(f"assets/{name}", path.read_bytes())
    for name, text in write.schemas():
        staging.put(f"schemas/{name}", text)
    for name, data in exports(site, cache, keys) if with_exports else ():
        staging.put(name, data)


def _frame_and_write(material: mkdocs_site.Frame, pages: list[render.RenderedPage], folder: Path) -> int:
    for page in pages:
        try:
            html_text = material.render(page.path, page.body)
        except ValueError as exc:  # a heading the table of contents cannot link to
            raise ValueError(f"{exc} (on the page {page.path[:-3]}.html)") from None
        write.write_file(folder / (page.path[:-3] + ".html"), html_text)
    return len(pages)


def _offline(site: Site, pages: list[render.RenderedPage], archive: Path, cache: Cache | None,
             keys: depends.Keys | None) -> None:
    """The copy of the site that works from the file system, with Material's own search, packed into ``archive``."""
    material = frame(site, pages, offline=True)
    with write.scratch("offline") as tmp:  # deleted by the next build when this one is killed
        with write.Staging(tmp / "site") as staging:
            _write_site(site, pages, material, staging, cache, keys)
            material.search_index(staging.folder)
            write.package(staging.folder, archive)


class _Progress:
    """The stage a long build is in, shown on a terminal."""

    def __init__(self):
        self.shown = sys.stderr.isatty()

    def __call__(self, stage: str) -> None:
        if self.shown:
            print(f"\r\033[K{stage}…", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
