"""The build, stage by stage: load → validate → link → compare → render → write."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from builder import export, linkcheck, load, mkdocs_site, render, search, write
from builder.compare import compare
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


def check(config: Config, strict: bool = False) -> Result:
    """Load, validate, link and compare; raise DossierError with every problem found."""
    problems = Problems()
    dossier = validate(load.load(config.content, problems), problems)
    failing = [p for p in problems.sorted() if strict or not p.warning]
    if failing:
        raise DossierError(failing)
    links = link(dossier)
    history = file_dates(config.root, config.content / "facts")
    site = Site(config, dossier, links, compare(dossier, links, config.approximate_tolerance), history)
    return Result(site, problems.warnings)


def render_site(site: Site) -> list[render.RenderedPage]:
    """Every page of the site as Markdown text."""
    specs = [spec for kind in PAGE_KINDS for spec in kind.pages(site)]
    env = render.environment(site.config.templates)
    return render.render(specs, env, site.shared())


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


def _prepare(site: Site):
    """(all pages, shell pages, skeleton pages, the MkDocs project's files, the exports) for a site."""
    pages = render_site(site)
    shells = [p for p in pages if is_shell(p.path)]
    skeletons = [p for p in pages if p.path.endswith(".md") and not is_shell(p.path)]
    inputs = {p.path: mkdocs_site.skeleton(p) for p in skeletons}
    inputs.update({p.path: p.body for p in pages if not p.path.endswith(".md")})
    inputs.update(mkdocs_site.prototypes(shells))
    return pages, shells, skeletons, inputs, export.files(site.dossier, site.comparison, site.config.site_url)


def build(config: Config, out: Path | None = None, strict: bool = False, allow_outside: bool = False,
          offline_zip: Path | None = None, pdf: bool = False) -> Result:
    """Build the whole site into ``out`` (default: the configured output folder), atomically.

    With ``offline_zip``, also pack a copy that works from the file system into that zip file; with
    ``pdf``, print each covered summit's page to briefings/<summit>.pdf.
    """
    result = check(config, strict)
    site = result.site
    pages, shells, skeletons, inputs, exports = _prepare(site)
    theme = render.DEFAULT_TEMPLATES / "theme"
    nav = navigation(site)
    kept: list[Built] = []

    def finish(built: Path):
        files, frames = mkdocs_site.fill(built, skeletons, shells, config.site_url)
        outputs = _digests({**{n: t for n, t in files.items() if isinstance(t, str)}, **exports})
        kept.append(Built(inputs, tuple(p.path for p in shells), _templates(config), frames, outputs))
        write.apply(built, files)
        search.index(built)
        return briefings(built, [s for s in site.dossier.summits if site.links.facts_by_summit.get(s)]) if pdf else {}

    files = {**inputs, **exports}
    write.publish(files, config, mkdocs_site.mkdocs_yml(config, nav, theme), out or config.output, allow_outside,
                  finish, verify=linkcheck.check_site if strict else None)
    if offline_zip:
        write.package_offline(files, config, mkdocs_site.mkdocs_yml(config, nav, theme, offline=True),
                              offline_zip, lambda built: mkdocs_site.fill(built, skeletons, shells, config.site_url)[0])
    return Result(site, result.warnings, len(pages), kept[0])


def update(config: Config, folder: Path, built: Built) -> Result | None:
    """Bring the site in ``folder`` (made by ``built``) up to date by rewriting only the files that changed.

    The templates are fingerprinted rather than compared page by page: editing one means a full build.

    Returns None when the change reaches MkDocs' input (a page added or removed, a new title or heading of
    a page MkDocs renders, the navigation): that needs a full build.
    """
    result = check(config)
    site = result.site
    _, shells, skeletons, inputs, exports = _prepare(site)
    if (inputs, tuple(p.path for p in shells), _templates(config)) != (built.inputs, built.shells, built.templates):
        return None
    outputs = {**mkdocs_site.refill(built.frames, skeletons, shells), **exports}
    digests = _digests(outputs)
    changed = {name: text for name, text in outputs.items() if built.outputs.get(name) != digests[name]}
    write.replace_files(folder, changed)
    if any(name.endswith(".html") for name in changed):
        search.index(folder)
    return Result(site, result.warnings, len(changed),
                  Built(inputs, built.shells, built.templates, built.frames, digests))


def _digests(files: dict[str, str]) -> dict[str, bytes]:
    """A short digest of each file's text, to tell later which files an edit changed."""
    return {name: hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest() for name, text in files.items()}


def _templates(config: Config) -> tuple:
    """The names, sizes and times of every template, stylesheet and theme file: any change needs a full build."""
    folders = {render.DEFAULT_TEMPLATES, config.templates}
    return tuple(sorted((str(p), p.stat().st_size, p.stat().st_mtime_ns)
                        for folder in folders if folder.is_dir() for p in folder.rglob("*") if p.is_file()))
