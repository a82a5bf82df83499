"""Page kinds: one module per kind, each paired with templates/<kind>.md, yielding PageSpecs."""
from __future__ import annotations

from dataclasses import dataclass, field

from builder.compare import Comparison
from builder.config import Config
from builder.link import Links
from builder.model import Dossier


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
