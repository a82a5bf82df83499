"""The validated dossier: frozen records, each remembering the file and line it came from."""
from __future__ import annotations

from dataclasses import dataclass, field

from builder.problems import Located
from builder.quotes import Span

AFFIRMING = ("states", "attributes")
DENYING = ("disputes", "contradicts")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of a source's text: its number, first line in the file and offsets in the body."""

    number: int
    line: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    outlet: str
    author: str
    published: str
    language: str
    body: str
    paragraphs: tuple[Paragraph, ...]
    where: Located
    reports_on: str | None = None
    translated: bool = False
    url: str | None = None
    seed: str | None = None
    notes: str | None = None
    short_name: str | None = None

    @property
    def label(self) -> str:
        """A short name for citations: the outlet, else the editor's short name, the author or the title."""
        known = [v for v in (self.outlet, self.short_name, self.author) if v and v != "unknown"]
        return known[0] if known else self.title


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    summit: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    id: str
    name: str
    kind: str
    where: Located
    spellings: tuple[str, ...] = ()
    country: str | None = None
    roles: tuple[Role, ...] = ()
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Meeting:
    id: str
    summit: str
    title: str
    where: Located
    date: str | None = None
    participants: tuple[str, ...] = ()
    present: tuple[str, ...] = ()
    note: str | None = None

    @property
    def anchor(self) -> str:
        return f"meeting-{self.id}"


@dataclass(frozen=True, slots=True)
class Summit:
    id: str
    name: str
    kind: str
    where: Located
    city: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    mentioned_only: bool = False
    description: str | None = None
    meetings: tuple[Meeting, ...] = ()


@dataclass(frozen=True, slots=True)
class Value:
    """A typed value as an interval; ``approx`` marks 'about N' (widened by the tolerance when compared)."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False
    approx: bool = False
    text: str = ""


@dataclass(frozen=True, slots=True)
class Account:
    """What one source says about a fact: its words, its stance and whom it reports.

    ``quote`` is what the editor typed; ``excerpt`` is the source's own text at ``span``, shown to readers.
    """

    fact: str
    number: int
    source: str
    quote: str
    excerpt: str
    stance: str
    span: Span
    where: Located
    speakers: tuple[str, ...] = ()
    value: Value | None = None
    note: str | None = None

    @property
    def anchor(self) -> str:
        return f"q-{self.fact}-{self.number}"

    @property
    def affirms(self) -> bool:
        return self.stance in AFFIRMING


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    summit: str
    statement: str
    accounts: tuple[Account, ...]
    where: Located
    meeting: str | None = None
    topics: tuple[str, ...] = ()
    date: str | None = None
    speaker: str | None = None
    about: tuple[str, ...] = ()
    quantity: str | None = None
    formerly: tuple[str, ...] = ()

    sources: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self):
        object.__setattr__(self, "sources", tuple(sorted({a.source for a in self.accounts})))


@dataclass(frozen=True, slots=True)
class Page:
    """A hand-written Markdown page from content/pages/."""

    id: str
    title: str
    markdown: str
    where: Located
    nav: bool = True


@dataclass(frozen=True)
class Dossier:
    """Every validated record, keyed by id in a stable order."""

    sources: dict[str, Source] = field(default_factory=dict)
    speakers: dict[str, Speaker] = field(default_factory=dict)
    summits: dict[str, Summit] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)
    pages: dict[str, Page] = field(default_factory=dict)
