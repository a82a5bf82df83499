"""Source pages: metadata, the article with every cited passage highlighted and anchored, and an index."""
from dataclasses import dataclass

from builder.model import Account, Source
from builder.pages import Site
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
    yield PageSpec("sources/index.md", "Sources", "source_index.md", {"ordered": sources})
    for source in sources:
        accounts = site.links.accounts_by_source.get(source.id, ())
        yield PageSpec(f"sources/{source.id}.md", source.title, "source.md", {
            "source": source,
            "paragraphs": [segments(source, p.start, p.end, accounts) for p in source.paragraphs],
            "accounts": accounts,
            "profile": site.comparison.profiles[source.id],
        })


def segments(source: Source, start: int, end: int, accounts: tuple[Account, ...]) -> list[Segment]:
    """Split body[start:end] at every quote boundary, so each cited run can be marked."""
    inside = [a for a in accounts if a.span.start < end and a.span.end > start]
    cuts = sorted({start, end, *(max(start, a.span.start) for a in inside), *(min(end, a.span.end) for a in inside)})
    result = []
    for left, right in zip(cuts, cuts[1:]):
        cited = tuple(a for a in inside if a.span.start <= left and a.span.end >= right)
        starts = tuple(a for a in inside if max(start, a.span.start) == left)
        ends = tuple(dict.fromkeys(a.fact for a in inside if min(end, a.span.end) == right))
        result.append(Segment(source.body[left:right], cited, starts, ends))
    return result
