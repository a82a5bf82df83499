"""The validated dossier: frozen records, each remembering the file and line it came from."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from builder.problems import Located
from builder.quotes import Span, rejoined

AFFIRMING = ("states", "attributes")
ELLIPSIS = " … "  # joins the pieces of a quote in pieces
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
    def day(self) -> str | None:
        """The day it was published, else the day of the events it reports, when known."""
        return self.published if self.published != "unknown" else self.reports_on

    @property
    def label(self) -> str:
        """The name readers see: the editor's ``short_name``, else the outlet, else 'Author (outlet unknown)',
        else for a translation 'Translated report (outlet unknown)', else the title."""
        if self.short_name:
            return self.short_name
        if self.outlet != "unknown":
            return self.outlet
        if self.author != "unknown":
            return f"{self.author} (outlet unknown)"
        return "Translated report (outlet unknown)" if self.translated else self.title

    @property
    def label_after_in(self) -> str:
        """The ``label`` as read after "in" ("Rex Tillerson, in …"): a label made of the author or of the word
        translated names the report, "Ann Lee's report (outlet unknown)", "a translated report (outlet unknown)"."""
        if self.short_name or self.outlet != "unknown":
            return self.label
        if self.author != "unknown":
            return f"{self.author}’s report (outlet unknown)"
        return "a translated report (outlet unknown)" if self.translated else self.title


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


QUALIFIERS = {  # a value's key → the words the article uses; see Value
    "exact": "", "approx": "about", "nearly": "nearly", "almost": "almost", "min": "at least", "max": "at most",
    "up_to": "up to", "more_than": "more than", "less_than": "less than",
}


@dataclass(frozen=True, slots=True)
class Value:
    """A typed value as an interval; ``approx`` marks a figure the article qualifies as near N ('about', 'nearly',
    'almost'), widened by the approximate tolerance when compared; ``text`` is the figure as the article words it;
    ``spread`` is how far a measure reaches by the digits it is written with: an exact one half a unit of its last
    digit ('12 km' is 11.5 to 12.5 km), 'about' a figure of one significant digit a quarter of that digit's unit
    ('about 10 km' is 7.5 to 12.5 km; builder/units.py)."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False
    approx: bool = False
    text: str = ""
    qualifier: str = "exact"
    spread: float = 0.0

    @property
    def reach(self) -> tuple:
        """What the figure reaches, whatever its words: one account's "up to 22 min" (`up_to`) and another's "at most
        22 min" (`max`) reach alike, and a page names them once."""
        return self.low, self.high, self.low_open, self.high_open, self.approx


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far apart two figures may be and still be a minor discrepancy: within ``absolute`` or within
    ``relative`` × the larger figure, whichever is wider."""

    relative: float = 0.0
    absolute: float = 0.0

    def allows(self, gap: float, size: float) -> bool:
        return round(gap, 9) <= round(max(self.absolute, self.relative * abs(size)), 9)  # 41 s less 40 s is 1 s


@dataclass(frozen=True, slots=True)
class Account:
    """What one source says about a fact: its words, its stance and whom it reports.

    ``quote`` is what the editor typed; ``excerpt`` is the source's own text at ``span``, shown to readers.
    A quote in pieces has one span per piece in ``pieces`` (``span`` is the first); its quote and excerpt are the
    pieces joined by an ellipsis.
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
    pieces: tuple[Span, ...] = ()
    piece_texts: tuple[str, ...] = ()
    as_of: str | None = None  # the day the source gave the figure, when not its own day (a live blog's later entry)
    pending: bool = False  # held back by `dossier suggest --apply` (it would make the sources disagree) until an
    # editor reads it: it counts for nothing

    @property
    def anchor(self) -> str:
        return f"q-{self.fact}-{self.number}"

    @property
    def spans(self) -> tuple[Span, ...]:
        """Every passage the account cites: its pieces, or its one span."""
        return self.pieces or (self.span,)

    @property
    def excerpts(self) -> tuple[str, ...]:
        """The source's text of each piece, as a reader reads it: a word a hard-wrapped text split at a line's end
        joined ("conse-" / "quences", quotes.rejoined). ``excerpt`` is the text as printed."""
        return tuple(map(rejoined, self.piece_texts or (self.excerpt,)))

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
    currency: str | None = None  # a count's, when it is a sum of money: its ISO 4217 code
    formerly: tuple[str, ...] = ()
    claim: Value | None = None
    tolerance: Tolerance | None = None
    changes_over_time: bool = False  # figures given on different days are not set against each other
    pending: tuple[Account, ...] = ()  # the accounts that wait for an editor (``Account.pending``), apart from ``accounts``

    sources: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self):
        object.__setattr__(self, "sources", tuple(sorted({a.source for a in self.accounts})))

    @property
    def day(self) -> str | None:
        """The day the fact is dated: its ``date``, else on a card of a date the day it gives ("The red warning was
        issued on 18 July"), when every source giving one gives that very day (not other days, nor a span, a month)."""
        if self.date or self.quantity != "date":
            return self.date
        days = {(a.value.low, a.value.high) for a in self.accounts if a.value}
        if len(days) != 1:
            return None
        (low, high), = days
        return datetime.date.fromordinal(int(low)).isoformat() if low == high else None


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
