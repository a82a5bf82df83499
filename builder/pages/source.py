"""Source pages: metadata, the article with every cited passage highlighted and anchored, and an index."""
import operator
from dataclasses import dataclass

from builder.formatting import count
from builder.model import Account, Source
from builder.quotes import rejoined
from builder.pages import KeptSpecs, Site
from builder.render import PageSpec


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of article text, the accounts citing it, those starting here, and the facts whose quotes end here."""

    text: str
    cited_by: tuple[Account, ...]
    starts: tuple[Account, ...]
    ends: tuple[str, ...]


def pages(site: Site):
    sources = sorted(site.dossier.sources.values(), key=lambda s: (s.reports_on or "9999", s.id))
    yield PageSpec("sources/index.md", "Sources", "source_index.md", {"ordered": sources},
                   f"The {count(sources, 'article')} the dossier cites, and what each reports.",
                   structured_data=site.breadcrumbs(site.section("sources/index.md")))
    for source in sources:
        accounts = site.links.accounts_by_source.get(source.id, ())
        profile = site.comparison.profiles[source.id]
        path = f"sources/{source.id}.md"
        yield _SPECS.spec(path, (source, accounts, profile, site.config.site_url), lambda: PageSpec(
            path, source.title, "source.md",
            {"source": source, "paragraphs": Article(source, accounts), "accounts": accounts, "profile": profile},
            f"{source.title} — {source.label}: the article, with the {count(accounts, 'quote')} the dossier "
            "cites marked.", structured_data=site.breadcrumbs(site.section("sources/index.md"), (source.title, path))))
    _SPECS.keep_only(f"sources/{s.id}.md" for s in sources)


_SPECS = KeptSpecs()


@dataclass(frozen=True)
class Article:
    """A source's paragraphs in segments (see ``paragraphs``), made when a template goes through them: a page's spec
    holds what they are made of, so a page that is not rendered again never makes them."""

    source: Source
    accounts: tuple[Account, ...]

    def __iter__(self):
        return iter(paragraphs(self.source, self.accounts))


_KEPT: dict[str, tuple] = {}  # source id → (source, accounts, paragraphs) of the last build: dossier serve


def paragraphs(source: Source, accounts: tuple[Account, ...]) -> list[list[Segment]]:
    """Each paragraph of ``source`` in segments; kept while the source and the accounts citing it are the same
    objects (records are immutable, and the cache hands back the same ones while their files are unchanged)."""
    kept = _KEPT.get(source.id)
    if kept and kept[0] is source and len(kept[1]) == len(accounts) and all(map(operator.is_, kept[1], accounts)):
        return kept[2]
    found = [segments(source, p.start, p.end, accounts) for p in source.paragraphs]
    _KEPT[source.id] = source, accounts, found
    return found


def segments(source: Source, start: int, end: int, accounts: tuple[Account, ...]) -> list[Segment]:
    """Split body[start:end] at every quote boundary, so each cited run (each piece of a quote in pieces) can be
    marked; an account's anchor is at its first piece, the arrow to its fact after its last (once, however many
    paragraphs the passage runs over)."""
    inside = [(a, s) for a in accounts for s in a.spans if s.start < end and s.end > start]
    cuts = sorted({start, end, *(max(start, s.start) for _, s in inside), *(min(end, s.end) for _, s in inside)})
    result = []
    for left, right in zip(cuts, cuts[1:]):
        cited = tuple(dict.fromkeys(a for a, s in inside if s.start <= left and s.end >= right))
        starts = tuple(a for a, s in inside if s is a.spans[0] and s.start == left)
        ends = tuple(dict.fromkeys(a.fact for a, s in inside if s is a.spans[-1] and s.end == right))
        result.append(Segment(rejoined(source.body[left:right]), cited, starts, ends))  # "negoti-\nations": one word
    return result
