"""Machine-readable exports: the whole dossier as JSON, CSV tables, W3C Web Annotations and ClaimReview."""
from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import fields, is_dataclass
from importlib import resources

from builder.compare import Comparison, FactComparison
from builder.depends import Keys
from builder.model import Account, Dossier, Fact, Source
from builder.problems import Located

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
SELECTOR_CONTEXT = 32


def files(dossier: Dossier, comparison: Comparison, site_url: str, memo: dict | None = None,
          keys: Keys | None = None) -> dict[str, str]:
    """Every export, keyed by its path in the site.

    With a ``memo`` and the records' ``keys`` (builder/depends.py), each fact's part of dossier.json and of
    the annotations is made once per content of the fact and its sources, and kept in ``memo``.
    """
    parts = _fact_parts(dossier, comparison, site_url, memo, keys)
    return {
        "exports/dossier.json": _json(dossier_json(dossier, {i: part[0] for i, part in parts.items()})),
        "exports/dossier.schema.json": resources.files("builder").joinpath("export_schemas/dossier.schema.json").read_text("utf-8"),
        "exports/facts.csv": _csv(["fact", "summit", "meeting", "statement", "verdict", "sources", "topics"],
                                  ([f.id, f.summit, f.meeting or "", f.statement, comparison.facts[f.id].verdict,
                                    " ".join(f.sources), " ".join(f.topics)] for f in dossier.facts.values())),
        "exports/accounts.csv": _csv(["fact", "account", "source", "stance", "speakers", "value", "quote", "start", "end"],
                                     ([a.fact, a.number, a.source, a.stance, " ".join(a.speakers),
                                       a.value.text if a.value else "", a.excerpt, a.span.start, a.span.end]
                                      for f in dossier.facts.values() for a in f.accounts)),
        "exports/annotations.jsonld": _json({
            "@context": CONTEXT, "type": "AnnotationCollection", "label": "Quotes cited by the dossier",
            "total": sum(len(f.accounts) for f in dossier.facts.values()),
            "first": {"type": "AnnotationPage", "items": [item for part in parts.values() for item in part[1]]},
        }),
    }


def _fact_parts(dossier: Dossier, comparison: Comparison, site_url: str, memo: dict | None,
                keys: Keys | None) -> dict[str, tuple[dict, list[dict]]]:
    """Each fact's entry in dossier.json and its accounts' annotations, from ``memo`` where it has them."""
    parts, keep = {}, set()
    for i, f in dossier.facts.items():
        found = _found(comparison.facts[i])
        key = (keys(id(f)), site_url, found) if memo is not None else None
        part = memo.get(key) if key is not None else None
        if part is None:
            part = fact_json(f, found), [annotation(a, dossier.sources[a.source], f, site_url) for a in f.accounts]
            if key is not None:
                memo[key] = part
        parts[i] = part
        keep.add(key)
    if memo is not None:
        for key in memo.keys() - keep:
            del memo[key]
    return parts


def _found(row: FactComparison) -> tuple:
    """What the comparison found for a fact: (verdict, conflicts, outliers)."""
    conflicts = tuple((c.kind, c.first.number, c.second.number, c.between_sources) for c in row.conflicts)
    return row.verdict, conflicts, tuple(row.outliers)


def fact_json(f: Fact, found: tuple) -> dict:
    """A fact as plain data, with what the comparison ``found`` (see _found): verdict, conflicts, outliers."""
    verdict, conflicts, outliers = found
    data = _plain(f)
    data["verdict"] = verdict
    data["conflicts"] = [{"kind": kind, "accounts": [first, second], "between_sources": between}
                         for kind, first, second, between in conflicts]
    data["outliers"] = list(outliers)
    return data


def dossier_json(dossier: Dossier, facts: dict[str, dict]) -> dict:
    """The validated model as plain data, with each fact's entry (see fact_json)."""
    return {
        "sources": {i: {k: v for k, v in _plain(s).items() if k != "paragraphs"} for i, s in dossier.sources.items()},
        "speakers": {i: _plain(s) for i, s in dossier.speakers.items()},
        "summits": {i: _plain(s) for i, s in dossier.summits.items()},
        "facts": facts,
    }


def annotation(account: Account, source: Source, fact: Fact, site_url: str) -> dict:
    """A W3C Web Annotation of one quote: the source passage, selected by quote and by position."""
    body, span = source.body, account.span
    return {
        "id": f"{site_url}facts/{fact.id}.html#{account.anchor}" if site_url else f"urn:dossier:{account.anchor}",
        "type": "Annotation",
        "motivation": "describing" if account.stance == "states" else "assessing",
        "body": {"type": "TextualBody", "value": fact.statement, "format": "text/plain"},
        "target": {
            "source": source.url or (f"{site_url}sources/{source.id}.html" if site_url else f"urn:dossier:source:{source.id}"),
            "selector": [
                {"type": "TextQuoteSelector", "exact": account.excerpt,
                 "prefix": body[max(0, span.start - SELECTOR_CONTEXT):span.start],
                 "suffix": body[span.end:span.end + SELECTOR_CONTEXT]},
                {"type": "TextPositionSelector", "start": span.start, "end": span.end},
            ],
        },
    }


def claim_review(fact: Fact, verdict: str, dossier: Dossier, page_url: str) -> str:
    """schema.org ClaimReview JSON-LD for a fact page (the comparison itself stays ours)."""
    first = fact.accounts[0]
    author = dossier.speakers[fact.speaker].name if fact.speaker else dossier.sources[first.source].label
    data = {
        "@context": "https://schema.org", "@type": "ClaimReview", **({"url": page_url} if page_url else {}),
        "claimReviewed": fact.statement,
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person" if fact.speaker else "Organization", "name": author},
                         "appearance": [{"@type": "CreativeWork", "name": dossier.sources[s].title,
                                         **({"url": dossier.sources[s].url} if dossier.sources[s].url else {})}
                                        for s in fact.sources],
                         **({"datePublished": fact.date} if fact.date else {})},
        "reviewRating": {"@type": "Rating", "alternateName": {"single": "Single source", "agree": "Sources agree",
                                                              "minor": "Minor discrepancy", "contested": "Contested claim",
                                                              "disputed": "Disputed by sources"}[verdict]},
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")


def _plain(value):
    """A record as JSON-ready data: dataclasses become objects (without their file locations), tuples
    lists, and unbounded interval ends null."""
    if is_dataclass(value) and not isinstance(value, Located):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value) if f.name != "where"}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if isinstance(value, float) and math.isinf(value):
        return None
    return value


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def _csv(header: list[str], rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
