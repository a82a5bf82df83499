"""Page kinds: one module per kind, each paired with templates/<kind>.md, yielding PageSpecs."""
from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from builder.compare import Comparison
from builder.config import Config
from builder.depends import identical
from builder.export import breadcrumbs
from builder.formatting import VERDICT_WORDS
from builder.link import Links
from builder.model import Dossier

# The navigation's sections: each one's index page and the name the navigation and breadcrumbs give it
SECTIONS = {"index.md": "Home", "summits/index.md": "Summits", "timeline.md": "Timeline",
            "disagreements.md": "Disagreements", "compare/index.md": "Compare sources", "speakers/index.md": "Speakers",
            "sources/index.md": "Sources", "facts/index.md": "Facts"}


def verdict_counts(rows) -> dict[str, int]:
    """How many of the comparison ``rows`` stand under each verdict, in the verdicts' order (none: left out)."""
    found = Counter(row.verdict for row in rows)
    return {v: found[v] for v in VERDICT_WORDS if found[v]}


# What a summit record is called, by its kind: a meeting of leaders is among summits, a speech among events
_CALLED = {"summit": "Summits", "meeting": "Summits", "speech": "Events", "event": "Events"}


def summits_name(summits) -> str:
    """What the dossier's summit records are called, as the summits' index and the home page head them: "Events"
    when every one is an event or a speech (a shipwreck, a strike), "Summits" when every one is a summit or a
    meeting, else "Summits and events"."""
    names = {_CALLED[s.kind] for s in summits}
    return names.pop() if len(names) == 1 else "Summits and events"


@dataclass(frozen=True)
class Site:
    """Everything a page may show: the config, the validated records, their links and comparisons."""

    config: Config
    dossier: Dossier
    links: Links
    comparison: Comparison
    history: dict[str, tuple[str, str]] | None = field(default_factory=dict)  # None: unavailable (shallow clone)

    def shared(self) -> dict:
        """Names every template can use."""
        d = self.dossier
        return {"config": self.config, "sources": d.sources, "speakers": d.speakers, "summits": d.summits,
                "facts": d.facts, "links": self.links, "comparison": self.comparison}

    @functools.cached_property
    def sections(self) -> dict[str, str]:
        """``SECTIONS`` as this dossier's navigation names them: the summits' tab "Events" when every record is one
        (``summits_name``; "Summits" for a mix, short as a tab is)."""
        return {**SECTIONS, "summits/index.md": "Events" if summits_name(self.dossier.summits.values()) == "Events"
                else SECTIONS["summits/index.md"]}

    def section(self, index: str) -> tuple[str, str]:
        """A section's step in breadcrumbs (``breadcrumbs``): its name and index page."""
        return self.sections[index], index

    def address(self, path: str) -> str:
        """The full URL of the page at docs ``path`` ('facts/x.md'), as its canonical link gives it; "" without the
        site's address."""
        return f"{self.config.site_url}{path[:-3]}.html" if self.config.site_url else ""

    def breadcrumbs(self, *trail: tuple[str, str]) -> tuple[str, ...]:
        """A page's BreadcrumbList (export.breadcrumbs) as its structured data: the home page, then each (name, docs
        path) of ``trail``, the page itself last; none without the site's address (each step is a full URL)."""
        if not self.config.site_url:
            return ()
        return breadcrumbs([(name, self.address(path)) for name, path in (self.section("index.md"), *trail)]),


class KeptSpecs:
    """Page specs kept from one build to the next (``dossier serve``): a page's spec is made again only when what it
    is made of is not identical to what it was made of before (depends.identical), so that the renderer finds it
    unchanged by identity rather than field by field."""

    def __init__(self):
        self.specs: dict[str, tuple] = {}  # path → (what the spec was made of, the spec)

    def spec(self, path: str, made_of: tuple, make: Callable[[], object]):
        """``make()``'s spec for the page at ``path``, the one made before while ``made_of`` is identical."""
        kept = self.specs.get(path)
        if kept is None or not identical(kept[0], made_of):
            kept = self.specs[path] = made_of, make()
        return kept[1]

    def keep_only(self, paths) -> None:
        """Forget the pages not at these ``paths``."""
        for gone in self.specs.keys() - set(paths):
            del self.specs[gone]
