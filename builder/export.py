"""Machine-readable exports: the whole dossier as JSON, CSV tables, W3C Web Annotations, and the schema.org JSON-LD
of pages (ClaimReview, Dataset, BreadcrumbList)."""
from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields, is_dataclass
from importlib import resources

from builder.cache import digest
from builder.formatting import topic
from builder.compare import Comparison, FactComparison
from builder.depends import Keys
from builder.independence import Independence
from builder.model import Account, Dossier, Fact, Source, Speaker
from builder.problems import Located

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
SELECTOR_CONTEXT = 32


def files(dossier: Dossier, comparison: Comparison, site_url: str, memo: dict | None = None,
          keys: Keys | None = None) -> Iterator[tuple[str, bytes]]:
    """Every export: its path in the site and its bytes (UTF-8), one after another, each made as it is asked for
    from the facts' parts it shows (at 20,000 facts the exports are 115 MB; made all at once, they and the texts
    they were joined from took 400 MB).

    With a ``memo`` and the records' ``keys`` (builder/depends.py), each fact's parts of dossier.json, of the
    annotations and of the tables are made once per content of the fact and its sources, and kept in ``memo``.
    """
    parts = _fact_parts(dossier, comparison, site_url, memo, keys)
    records = {k: _dump(v) for k, v in records_json(dossier).items()}
    records["shared_wording"] = _shared_wording(comparison.independence, memo)
    records["facts"] = _object(zip(sorted(dossier.facts), parts(0)))
    yield "exports/dossier.json", _joined(_members(records), "\n")
    del records
    yield "exports/dossier.schema.json", resources.files("builder").joinpath(
        "export_schemas/dossier.schema.json").read_bytes()
    yield "exports/facts.csv", _joined(_csv(FACTS_CSV), parts(2))
    yield "exports/accounts.csv", _joined(_csv(ACCOUNTS_CSV), parts(3))
    collection = f"{site_url}exports/annotations.jsonld" if site_url else "urn:dossier:annotations"
    items = (item for annotations in parts(1) for item in annotations)
    yield "exports/annotations.jsonld", _joined(_members({
        "@context": _dump(CONTEXT), "id": _dump(collection), "type": _dump("AnnotationCollection"),
        "label": _dump("Quotes cited by the dossier"), "total": _dump(sum(len(f.accounts) for f in dossier.facts.values())),
        "first": _members({"id": _dump(f"{collection}#page-1"), "type": _dump("AnnotationPage"),
                           "items": ["[", _between(",", items), "]"]}),
    }), "\n")


FACTS_CSV = ["fact", "summit", "meeting", "statement", "verdict", "sources", "topics"]
ACCOUNTS_CSV = ["fact", "account", "source", "stance", "speakers", "value", "quote", "start", "end"]


def _fact_parts(dossier: Dossier, comparison: Comparison, site_url: str, memo: dict | None,
                keys: Keys | None) -> Callable[[int], Iterator]:
    """``parts(n)``: the n-th part of each fact, in the order of their ids: its entry in dossier.json (0), its accounts'
    annotations (1), its row of facts.csv (2), its accounts' rows of accounts.csv (3), encoded. Without a ``memo``,
    each is made when asked for (only one export's parts are held at a time); with one, a fact's four parts are
    made at once and kept, and taken from it while the fact and what was found of it are unchanged."""
    def made(f: Fact, found: tuple, n: int):
        if n == 0:
            return _dump(fact_json(f, found))
        if n == 1:
            return [_dump(annotation(a, dossier.sources[a.source], f, site_url)) for a in f.accounts]
        if n == 2:
            return _csv([f.id, f.summit, f.meeting or "", f.statement, found[0], " ".join(f.sources),
                         " ".join(f.topics)])
        return "".join(_csv([a.fact, a.number, a.source, a.stance, " ".join(a.speakers), a.value.text if a.value
                             else "", a.excerpt, a.span.start, a.span.end]) for a in f.accounts)

    if memo is None:
        return lambda n: (made(dossier.facts[i], _found(comparison.facts[i]), n) for i in sorted(dossier.facts))
    parts, keep = [], {_SHARED + comparison.independence.key.hex()}
    for i in sorted(dossier.facts):
        f = dossier.facts[i]
        found = _found(comparison.facts[i])
        key = digest(keys(f) + f"\0{site_url}\0{found!r}".encode()).hex()
        if key not in memo:
            memo[key] = tuple(made(f, found, n) for n in range(4))
        parts.append(memo[key])
        keep.add(key)
    for key in memo.keys() - keep:
        del memo[key]
    return lambda n: (part[n] for part in parts)


def _found(row: FactComparison) -> tuple:
    """What the comparison found for a fact, as hashable data: (verdict, conflicts, outliers, independent
    sources, sides), accounts by number."""
    conflicts = tuple((c.kind, c.first.number, c.second.number, c.between_sources) for c in row.conflicts)
    sides = tuple((side.affirms, tuple((g.value, tuple(a.number for a in g.accounts), g.sources) for g in side.groups),
                   side.sources, side.independent, side.minority) for side in row.sides)
    return row.verdict, conflicts, tuple(row.outliers), row.independent, sides


def fact_json(f: Fact, found: tuple) -> dict:
    """A fact as plain data, with what the comparison ``found`` (see _found): verdict, conflicts, outliers,
    the number of sources and of independent ones, and the sides."""
    verdict, conflicts, outliers, independent, sides = found
    data = _plain(f)
    data["verdict"] = verdict
    data["conflicts"] = [{"kind": kind, "accounts": [first, second], "between_sources": between}
                         for kind, first, second, between in conflicts]
    data["outliers"] = list(outliers)
    data["source_count"] = len(f.sources)
    data["independent_count"] = independent
    data["sides"] = [{"affirms": affirms, "sources": list(sources), "independent_count": count, "minority": minority,
                      "groups": [{"value": _plain(value), "accounts": list(numbers), "sources": list(group_sources)}
                                 for value, numbers, group_sources in groups]}
                     for affirms, groups, sources, count, minority in sides]
    return data


def records_json(dossier: Dossier) -> dict:
    """The validated sources, speakers and summits as plain data (dossier.json beside the shared wording and the
    facts, see shared_json and fact_json)."""
    return {
        "sources": {i: _plain(s, skip="paragraphs") for i, s in dossier.sources.items()},
        "speakers": {i: _plain(s) for i, s in dossier.speakers.items()},
        "summits": {i: _plain(s) for i, s in dossier.summits.items()},
    }


_SHARED = "shared wording "  # the memo's key of the shared wording, before the Independence's key


def _shared_wording(independence: Independence, memo: dict | None) -> str:
    """dossier.json's shared_wording, encoded; kept in ``memo`` while the sources' texts are unchanged."""
    key = _SHARED + independence.key.hex()
    if memo is not None and key in memo:
        return memo[key]
    encoded = _dump([shared_json(pair, passages) for pair, passages in independence.shared.items()])
    if memo is not None:
        memo[key] = encoded
    return encoded


def shared_json(pair: tuple[str, str], passages) -> dict:
    """The passages two sources share: the words in all, and each passage's words, text and place in each."""
    first, second = pair
    return {"sources": [first, second], "words": sum(p.words for p in passages),
            "passages": [{"words": p.words, "text": p.text,
                          "spans": {first: {"start": p.first.start, "end": p.first.end},
                                    second: {"start": p.second.start, "end": p.second.end}}} for p in passages]}


def annotation(account: Account, source: Source, fact: Fact, site_url: str) -> dict:
    """A W3C Web Annotation of one quote: the source passage, selected by quote, and by position in the article's
    text when it targets the article's own URL. Else it targets the source's page on the site (without a
    ``site_url``, by a path relative to the annotations' own file in exports/, as JSON-LD resolves it), whose text
    holds the article's among the page's own, where positions in the article's would select other words."""
    body, span = source.body, account.span
    position = [{"type": "TextPositionSelector", "start": span.start, "end": span.end}] if source.url else []
    return {
        "id": f"{site_url}facts/{fact.id}.html#{account.anchor}" if site_url else f"urn:dossier:{account.anchor}",
        "type": "Annotation",
        "motivation": "describing" if account.stance == "states" else "assessing",
        "body": {"type": "TextualBody", "value": fact.statement, "format": "text/plain"},
        "target": {
            "source": source.url or f"{site_url or '../'}sources/{source.id}.html",
            "selector": [
                {"type": "TextQuoteSelector", "exact": account.excerpt,
                 "prefix": body[max(0, span.start - SELECTOR_CONTEXT):span.start],
                 "suffix": body[span.end:span.end + SELECTOR_CONTEXT]},
                *position,
            ],
        },
    }


# How far the sources bear a fact out, on ClaimReview's 1 (worst) to 5 (best) scale, with the verdict's
# reader-facing name (CONTRACT.md).
RATED = "how far the sources bear the claim out, not whether it is true"  # the ratings' reviewAspect: a tool
# reading the scale as fact-checks use it (1 false, 5 true) is told it is not that
RATINGS = {"disputed": (1, "Sources disagree"), "contested": (2, "Contested claim"), "single": (3, "One source"),
           "minor": (4, "Minor discrepancy"), "agree": (5, "Sources agree")}


def claim_review(row: FactComparison, dossier: Dossier, page_url: str, publisher: str = "",
                 reviewed: str | None = None) -> str:
    """schema.org ClaimReview JSON-LD for a fact page (the comparison itself stays ours): Google's properties
    where the dossier knows them. ``reviewed`` is the day the card was first committed. "" without the page's full
    address (``page_url``), which Google requires."""
    if not page_url:
        return ""
    fact = row.fact
    value, name = RATINGS[row.verdict]
    cited = [dossier.sources[s] for s in dict.fromkeys(a.source for a in fact.accounts)]
    first = min((s.published for s in cited if _known(s.published)), default=None)
    claim = {"@type": "Claim", "appearance": [_creative_work(s) for s in cited],
             **_maybe("author", _claimant(row, dossier)), **_maybe("datePublished", first)}
    data = {
        "@context": "https://schema.org", "@type": "ClaimReview", "url": page_url,
        **_maybe("author", publisher and {"@type": "Organization", "name": publisher}),
        **_maybe("datePublished", reviewed),
        "claimReviewed": fact.statement, "itemReviewed": claim,
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": max(v for v, _ in RATINGS.values()),
                         "worstRating": min(v for v, _ in RATINGS.values()), "alternateName": name, "name": name,
                         "reviewAspect": RATED},
    }
    return json_ld(data)


DOWNLOADS = {"exports/dossier.json": "application/json", "exports/facts.csv": "text/csv",
             "exports/accounts.csv": "text/csv", "exports/annotations.jsonld": "application/ld+json"}


def dataset(dossier: Dossier, title: str, description: str, site_url: str, publisher: str = "",
            license: str = "") -> str:
    """schema.org Dataset JSON-LD for the home page: the dossier as data (Google's Dataset Search), with its
    downloads (the exports) where the site's address is known, the topics as keywords, from the first to the
    last day the sources date (summits, meetings, facts) as its time, and the places of the events its facts are
    about as its place, the articles it is made of as what it is based on (each with its url, date and author where
    known); its ``publisher`` as its creator and publisher, its ``license`` (an address) where set."""
    counts = f"{len(dossier.facts)} facts from {len(dossier.sources)} news articles"
    about = (f"{counts}, each quote checked word for word against its article, and where the sources agree and "
             "disagree, fact by fact.")
    days = sorted({d for s in dossier.summits.values() for d in (s.start, s.end, *(m.date for m in s.meetings)) if d}
                  | {f.day for f in dossier.facts.values() if f.day})
    covered = [dossier.summits[i] for i in dict.fromkeys(f.summit for f in dossier.facts.values())]
    places = sorted({", ".join(filter(None, (s.city, s.country))) for s in covered} - {""})
    data = {
        "@context": "https://schema.org", "@type": "Dataset", "name": title,
        "description": f"{description} {about[0].upper()}{about[1:]}" if description else f"{title}: {about}",
        **_maybe("url", site_url and site_url + "index.html"), **_maybe("license", license),  # the page's canonical
        **{role: {"@type": "Organization", "name": publisher} for role in ("creator", "publisher") if publisher},
        **_maybe("keywords", sorted(set(map(topic, {t for f in dossier.facts.values() for t in f.topics})))),
        **_maybe("temporalCoverage", days and (days[0] if days[0] == days[-1] else f"{days[0]}/{days[-1]}")),
        **_maybe("spatialCoverage", places),
        "isAccessibleForFree": True,
        **_maybe("isBasedOn", [_creative_work(s) for s in dossier.sources.values()]),
        **_maybe("distribution", site_url and [{"@type": "DataDownload", "encodingFormat": kind,
                                                "contentUrl": site_url + name} for name, kind in DOWNLOADS.items()]),
    }
    return json_ld(data)


def breadcrumbs(trail: list[tuple[str, str]]) -> str:
    """schema.org BreadcrumbList JSON-LD: the trail to a page, each step a (name, full URL), the page last."""
    return json_ld({"@context": "https://schema.org", "@type": "BreadcrumbList",
                    "itemListElement": [{"@type": "ListItem", "position": number, "name": name, "item": url}
                                        for number, (name, url) in enumerate(trail, 1)]})


def json_ld(data: dict) -> str:
    """JSON-LD for a page's <script>: nothing from content can end the script or open a comment in it (every "<"
    is escaped as \\u003c, which JSON reads back as "<")."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")


def _claimant(row: FactComparison, dossier: Dossier) -> dict | None:
    """Who made the claim: the card's speaker, else whom the first affirming account names as saying it (not one
    giving another figure: ``row.other_figures``), or the outlet (else the byline) that states it in its own voice;
    None when no source knows."""
    fact = row.fact
    if fact.speaker:
        return _speaker(dossier.speakers[fact.speaker])
    for account in fact.accounts:
        if account.stance == "attributes" and account.anchor not in row.other_figures:
            return _speaker(dossier.speakers[account.speakers[0]])
        if account.stance == "states" and _author(dossier.sources[account.source]):
            return _author(dossier.sources[account.source])
    return None


def _speaker(speaker: Speaker) -> dict:
    return {"@type": "Person" if speaker.kind == "person" else "Organization", "name": speaker.name}


def _creative_work(source: Source) -> dict:
    """An article the claim appears in: its headline, and its url, date and author where known."""
    return {"@type": "CreativeWork", "name": source.title, **_maybe("url", source.url),
            **_maybe("datePublished", source.published if _known(source.published) else None),
            **_maybe("author", _author(source))}


def _author(source: Source) -> dict | None:
    """An article's maker: its outlet, else its byline; None when neither is known."""
    if _known(source.outlet):
        return {"@type": "Organization", "name": source.outlet}
    return {"@type": "Person", "name": source.author} if _known(source.author) else None


def _known(value: str | None) -> bool:
    return bool(value) and value != "unknown"


def _maybe(key: str, value) -> dict:
    """{key: value}, or {} when the value is unknown."""
    return {key: value} if value else {}


def _plain(value, skip: str = "where"):
    """A record as JSON-ready data: dataclasses become objects (without their file locations, nor accounts waiting
    for an editor, which count for nothing, nor the field ``skip``), tuples lists, and unbounded interval ends
    null."""
    if is_dataclass(value) and not isinstance(value, Located):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)
                if f.name not in ("where", "pending", skip)}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if isinstance(value, float) and math.isinf(value):
        return None
    return value


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


Encoded = str | Iterable  # JSON text, or pieces of it (strings or such pieces) to be joined in order


def _members(encoded: dict[str, Encoded]) -> Encoded:
    """The JSON object of these members, each value already encoded, as pieces: what ``_dump`` gives for the
    decoded values once joined (each fact's part is encoded once, and kept; the whole is joined once)."""
    return _object(sorted(encoded.items()))


def _object(members: Iterable[tuple[str, Encoded]]) -> Iterator[Encoded]:
    """The JSON object of these members, in their order (sorted by name), as pieces made as they are joined."""
    yield "{"
    for n, (k, v) in enumerate(members):
        yield from ("," if n else "", _dump(k), ":", v)
    yield "}"


def _joined(*pieces: Encoded) -> bytes:
    """The pieces (see ``Encoded``) joined, as UTF-8; each is encoded on its own (joined as one str first, an export
    with a single “ in it took two bytes a character: 120 MB for dossier.json at 20,000 facts)."""
    out = io.BytesIO()
    for piece in _flat(pieces):
        out.write(piece.encode("utf-8"))
    return out.getvalue()


def _flat(pieces):
    for piece in pieces:
        if isinstance(piece, str):
            yield piece
        else:
            yield from _flat(piece)


def _between(separator: str, items: Iterator[str]) -> Iterator[str]:
    """The items with ``separator`` between each two."""
    for n, item in enumerate(items):
        if n:
            yield separator
        yield item


def _csv(row: list) -> str:
    """One CSV row, with its line end; a text a spreadsheet would run as a formula ('=HYPERLINK(…)', '@SUM(…)') starts
    with an apostrophe, which spreadsheets show as text (a number such as -5 is left as it is)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(
        "'" + cell if isinstance(cell, str) and _FORMULA.match(cell) and not _NUMBER.fullmatch(cell) else cell
        for cell in row)
    return out.getvalue()


_FORMULA = re.compile(r"[=+\-@\t\r]")
_NUMBER = re.compile(r"[+-]?\d[\d.,]*")
