"""The build, stage by stage: load → validate → link → compare → render → write."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from builder import depends, export, linkcheck, load, mkdocs_site, render, search, write
from builder.compare import compare
from builder.cache import Cache, digest
from builder.config import Config
from builder.history import file_dates
from builder.pdf import briefings
from builder.link import link
from builder.pages import (Site, comparison, disagreements, fact, home, page, redirect, source, speaker, summit,
                           timeline)
from builder.problems import DossierError, Problem, Problems
from builder.validate import validate

SHELL_FOLDERS = ("facts/", "sources/", "speakers/")
PAGE_KINDS = (home, summit, speaker, source, fact, comparison, disagreements, timeline, page, redirect)


@dataclass(frozen=True)
class Result:
    """What a run produced: the site (when checked cleanly), warnings, and the built pages."""

    site: Site
    warnings: list[Problem]
    pages: int = 0
    built: "Built | None" = None
    in_place: bool = False  # an update: ``pages`` counts the files rewritten


def check(config: Config, strict: bool = False, cache: Cache | None = None) -> Result:
    """Load, validate, link and compare; raise DossierError with every problem found.

    A ``cache`` (see builder/cache.py) spares parsing and checking again what has not changed."""
    problems = Problems()
    dossier = validate(load.load(config.content, problems, cache), problems, cache, config.quote_min_words)
    failing = [p for p in problems.sorted() if strict or not p.warning]
    if failing:
        raise DossierError(failing)
    links = link(dossier)
    history = file_dates(config.root, config.content / "facts")
    site = Site(config, dossier, links, compare(dossier, links, config), history)
    return Result(site, problems.warnings)


def render_site(site: Site, cache: Cache | None = None,
                keys: depends.Keys | None = None) -> list[render.RenderedPage]:
    """Every page of the site as Markdown text; with a ``cache`` and the records' ``keys``, only the pages whose
    inputs changed are rendered again."""
    specs = [spec for kind in PAGE_KINDS for spec in kind.pages(site)]
    env = render.environment(site.config.templates)
    return render.render(specs, env, site.shared(), cache.pages if cache else None, keys)


def is_shell(path: str) -> bool:
    """Detail pages of the bulk folders, which skip MkDocs' per-page rendering (see mkdocs_site)."""
    return path.startswith(SHELL_FOLDERS) and path.endswith(".md") and not path.endswith("/index.md")


def navigation(site: Site) -> list[dict]:
    """Section-level navigation: index pages only, so it stays small however large the dossier grows."""
    nav = [{"Home": "index.md"}, {"Summits": "summits/index.md"}, {"Timeline": "timeline.md"},
           {"Disagreements": "disagreements.md"},
           {"Compare sources": "compare/index.md"}, {"Speakers": "speakers/index.md"},
           {"Sources": "sources/index.md"}, {"Facts": "facts/index.md"}]
    nav += [{p.title: f"{p.id}.md"} for p in site.dossier.pages.values() if p.nav]
    return nav


@dataclass(frozen=True)
class Built:
    """A full build, remembered so that edits which leave MkDocs' input alone can update the site in place."""

    inputs: dict[str, str]
    shells: tuple[str, ...]
    templates: tuple
    frames: mkdocs_site.Frames
    outputs: dict[str, bytes]
    bodies: dict[str, bytes]


def _prepare(site: Site, cache: Cache | None):
    """(all pages, shell pages, skeleton pages, the MkDocs project's files, the exports) for a site."""
    keys = depends.record_keys(site.dossier, cache.file_key) if cache else None
    pages = render_site(site, cache, keys)
    shells = [p for p in pages if is_shell(p.path)]
    skeletons = [p for p in pages if p.path.endswith(".md") and not is_shell(p.path)]
    inputs = {p.path: mkdocs_site.skeleton(p) for p in skeletons}
    inputs.update({p.path: p.body for p in pages if not p.path.endswith(".md")})
    inputs.update(mkdocs_site.prototypes(shells))
    exports = export.files(site.dossier, site.comparison, site.config.site_url, cache.exports if cache else None, keys)
    return pages, shells, skeletons, inputs, exports


def build(config: Config, out: Path | None = None, strict: bool = False, allow_outside: bool = False,
          offline_zip: Path | None = None, pdf: bool = False, cache: Cache | None = None) -> Result:
    """Build the whole site into ``out`` (default: the configured output folder), atomically.

    With ``offline_zip``, also pack a copy that works from the file system into that zip file; with
    ``pdf``, print each covered summit's page to briefings/<summit>.pdf. A ``cache`` spares work done before.
    """
    out = (out or config.output).resolve()
    if cache is not None and cache.site is not None and not (strict or pdf or offline_zip):
        updated = _update_in_place(config, out, cache)
        if updated is not None:
            return updated
    result = check(config, strict, cache)
    site = result.site
    pages, shells, skeletons, inputs, exports = _prepare(site, cache)
    theme = render.DEFAULT_TEMPLATES / "theme"
    nav = navigation(site)
    frames: list[mkdocs_site.Frames] = []

    def finish(built: Path):
        files, made = mkdocs_site.fill(built, skeletons, shells, config.site_url)
        frames.append(made)
        yield from files  # each file is written as it comes,
        search.index(built)  # so Pagefind finds every page on disk
        if pdf:
            yield from briefings(built, [s for s in site.dossier.summits if site.links.facts_by_summit.get(s)]).items()

    files = {**inputs, **exports}
    written = write.publish(files, config, mkdocs_site.mkdocs_yml(config, nav, theme), out, allow_outside,
                            finish, verify=linkcheck.check_site if strict else None)
    built = Built(inputs, tuple(p.path for p in shells), _templates(config), frames[0],
                  {**written, **_digests(exports)}, _bodies(pages))
    if offline_zip:
        write.package_offline(files, config, mkdocs_site.mkdocs_yml(config, nav, theme, offline=True),
                              offline_zip, lambda built: mkdocs_site.fill(built, skeletons, shells, config.site_url)[0])
    if cache is not None:
        cache.site = str(out), built, write.snapshot(out)
    return Result(site, result.warnings, len(pages), built)


def _update_in_place(config: Config, out: Path, cache: Cache) -> Result | None:
    """``update`` the site the cached build wrote to ``out``, if that folder is still exactly as it left it."""
    where, built, snapshot = cache.site
    if where != str(out) or write.snapshot(out) != snapshot:
        return None
    updated = update(config, out, built, cache)
    if updated is not None:
        cache.site = where, updated.built, write.snapshot(out)
    return updated


def update(config: Config, folder: Path, built: Built, cache: Cache | None = None,
           reindex: bool = True) -> Result | None:
    """Bring the site in ``folder`` (made by ``built``) up to date by rewriting only the files that changed,
    then its search index (unless ``reindex`` is False: the caller then runs search.index itself).

    The templates are fingerprinted rather than compared page by page: editing one means a full build.

    Returns None when the change reaches MkDocs' input (a page added or removed, a new title or heading of
    a page MkDocs renders, the navigation): that needs a full build.
    """
    result = check(config, cache=cache)
    site = result.site
    pages, shells, skeletons, inputs, exports = _prepare(site, cache)
    if (inputs, tuple(p.path for p in shells), _templates(config)) != (built.inputs, built.shells, built.templates):
        return None
    bodies = _bodies(pages)
    edited = {path for path, body in bodies.items() if built.bodies.get(path) != body}
    outputs = {**dict(mkdocs_site.refill(built.frames, skeletons, shells, edited)), **exports}
    digests = _digests(outputs)
    changed = {name: text for name, text in outputs.items() if built.outputs.get(name) != digests[name]}
    write.replace_files(folder, changed)
    if reindex and any(name.endswith(".html") for name in changed):
        search.index(folder)
    kept = Built(inputs, built.shells, built.templates, built.frames, {**built.outputs, **digests}, bodies)
    return Result(site, result.warnings, len(changed), kept, True)


def _digests(files: dict[str, str]) -> dict[str, bytes]:
    """A short digest of each file's text, to tell later which files an edit changed."""
    return {name: digest(text.encode("utf-8")) for name, text in files.items()}


def _bodies(pages: list[render.RenderedPage]) -> dict[str, bytes]:
    """A digest of each page's title and body: the pages to fill again after an edit."""
    return {p.path: digest(f"{p.title}\0{p.body}".encode("utf-8")) for p in pages}


def _templates(config: Config) -> tuple:
    """The names, sizes and times of every template, stylesheet and theme file: any change needs a full build."""
    folders = {render.DEFAULT_TEMPLATES, config.templates}
    return tuple(sorted((str(p), p.stat().st_size, p.stat().st_mtime_ns)
                        for folder in folders if folder.is_dir() for p in folder.rglob("*") if p.is_file()))
