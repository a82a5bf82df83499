"""The build, stage by stage: load → validate → link → compare → render → write."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from builder import export, linkcheck, load, mkdocs_site, render, write
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


def build(config: Config, out: Path | None = None, strict: bool = False, allow_outside: bool = False,
          offline_zip: Path | None = None, pdf: bool = False) -> Result:
    """Build the whole site into ``out`` (default: the configured output folder), atomically.

    With ``offline_zip``, also pack a copy that works from the file system into that zip file; with
    ``pdf``, print each covered summit's page to briefings/<summit>.pdf.
    """
    result = check(config, strict)
    site = result.site
    pages = render_site(site)
    shells = [p for p in pages if is_shell(p.path)]
    skeletons = [p for p in pages if p.path.endswith(".md") and not is_shell(p.path)]
    files = {p.path: mkdocs_site.skeleton(p) for p in skeletons}
    files.update({p.path: p.body for p in pages if not p.path.endswith(".md")})
    files.update(mkdocs_site.prototypes(shells))
    files.update(export.files(site.dossier, site.comparison, config.site_url))
    theme = render.DEFAULT_TEMPLATES / "theme"
    nav = navigation(site)

    def finish(built: Path):
        return mkdocs_site.fill(built, skeletons, shells, config.site_url)

    def finish_with_pdf(built: Path):
        files = finish(built)
        write.apply(built, files)
        return briefings(built, [s for s in site.dossier.summits if site.links.facts_by_summit.get(s)])

    write.publish(files, config, mkdocs_site.mkdocs_yml(config, nav, theme), out or config.output, allow_outside,
                  finish_with_pdf if pdf else finish, verify=linkcheck.check_site if strict else None)
    if offline_zip:
        write.package_offline(files, config, mkdocs_site.mkdocs_yml(config, nav, theme, offline=True),
                              offline_zip, finish)
    return Result(site, result.warnings, len(pages))
