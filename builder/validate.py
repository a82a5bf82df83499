"""Turn raw documents into the validated model: schema, ids, references and verbatim quotes."""
from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from datetime import date
from pathlib import Path

from builder import addresses, formatting, naming, page_markdown, schema, sentences, units
from builder.config import QUANTITIES
from builder.cache import Cache, digest
from builder.figures import ROUNDED, Measure, Rules
from builder.load import KINDS, RawDoc, taken
from builder.model import (ELLIPSIS, QUALIFIERS, Account, Dossier, Fact, Meeting, Page, Paragraph, Role, Source,
                           Speaker, Summit, Tolerance, Value)
from builder.passages import Indexes, pin
from builder.problems import Located, Problem, Problems, did_you_mean
from builder.quotes import Span, normalise
from builder.units import MAX_VALUE, MEASURES

ID = re.compile(schema.ID_PATTERN)
_PARAGRAPH = re.compile(r"(?:^[ \t]*\S.*(?:\n|$))+", re.M)
# Pages the builder makes itself (see builder/pages/), by the content kind whose ids share their paths: a
# content file with one of these ids would silently replace the generated page.
RESERVED = {
    "pages": {"index": "the home page (index.html)", "timeline": "the timeline (timeline.html)",
              "disagreements": "the disagreements page (disagreements.html)", "404": "the page-not-found page (404.html)"},
    "facts": {"index": "the list of all facts (facts/index.html)"},
    "sources": {"index": "the list of sources (sources/index.html)"},
    "speakers": {"index": "the list of speakers (speakers/index.html)"},
    "summits": {"index": "the list of summits (summits/index.html) and compare/index.html"},
}
_ALONE = {"exact", "approx", "nearly", "almost"}
_LOWER = {"min": False, "more_than": True}
_UPPER = {"max": False, "up_to": False, "less_than": True}


@dataclass(frozen=True)
class _Refs:
    """Checks references: ids that exist, and ids of files that exist but are broken (reported already)."""

    known: dict[str, dict]
    broken: dict[str, set]
    content: Path | None
    problems: Problems

    def check(self, doc: RawDoc, path: tuple, value: str, kind: str) -> bool:
        """True when ``value`` names a valid record of ``kind``; else report it (unless its file is broken)."""
        if value in self.known[kind]:
            return True
        if value not in self.broken[kind]:
            what = kind[:-1]
            hint = did_you_mean(value, self.known[kind].keys() | self.broken[kind])
            if not hint and self.content is not None:
                hint = f"; add {self.content / kind / (value + KINDS[kind])} or use an existing {what} id"
            self.problems.error(doc.at(*path), f"{what} '{value}' is unknown{hint}")
        return False


def validate(docs: list[RawDoc], problems: Problems, cache: Cache | None = None, min_words: int = 4) -> Dossier:
    """The dossier built from every document that passed its schema; problems collected on the way.

    A quote must pin one passage: at least ``min_words`` words, occurring once (or an explicit occurrence).

    With a ``cache``, each document's schema check and each quote's search run once per content. After a run with
    the same cache over the same files (``dossier serve`` after a save), when the documents that are not the very
    same objects are fact cards that built a fact then and do now, only those are checked again (``_updated``)."""
    last = _LAST[0]
    checked = None
    if cache is not None and last is not None and last.cache is cache and last.min_words == min_words:
        checked = _updated(last, docs, problems)
    if checked is None:
        checked = _all(docs, problems, cache, min_words)
    _LAST[0] = checked if cache is not None else None
    return checked.dossier


@dataclass(frozen=True)
class _Checked:
    """A run of ``validate``, as the next one updates it."""

    docs: list[RawDoc]
    dossier: Dossier
    cards: dict[str, RawDoc]  # the fact cards the schema accepted, by id
    own: dict[str, tuple[Problem, ...]]  # the problems of each of them (its schema's, its checks'), when any
    rest: tuple[Problem, ...]  # those of the other files and of the checks across files, but for:
    across_facts: tuple[Problem, ...]  # those of the checks across every fact (former ids, unused records)
    check: Callable[[RawDoc, Problems], Fact | None]  # a card's check against the other files, as in this run
    cache: Cache | None
    min_words: int


_LAST: list[_Checked | None] = [None]  # the last run with a cache: dossier serve


def _all(docs: list[RawDoc], problems: Problems, cache: Cache | None, min_words: int) -> _Checked:
    """Every document checked (each once per content with a ``cache``)."""
    kinds: dict[str, dict] = {kind: {} for kind in KINDS}
    broken: dict[str, set] = {kind: set() for kind in KINDS}
    refused = []  # the fact cards the schema refused, with what it found
    own: dict[str, tuple[Problem, ...]] = {}
    rest: list[Problem] = []
    for doc in docs:
        mark = len(problems.items)
        wrong = None if doc.broken else _id_problem(doc)
        if doc.broken or wrong:
            broken[doc.kind].add(doc.id)
            if wrong:
                problems.error(doc.where.at(1), wrong)
        elif cache.schema(doc, schema.check, problems) if cache else schema.check(doc, problems):
            kinds[doc.kind][doc.id] = doc
        else:
            broken[doc.kind].add(doc.id)
            if doc.kind == "facts":
                refused.append((doc, problems.items[mark:]))
        if len(problems.items) > mark:
            if doc.kind == "facts" and doc.id in kinds["facts"]:
                own[doc.id] = tuple(problems.items[mark:])
            else:
                rest += problems.items[mark:]
    def records(kind: str, make) -> dict:  # the same record while its file is unchanged (dossier serve)
        return {i: cache.record(d, make) if cache else make(d) for i, d in kinds[kind].items()}
    # what the cards are checked against, facts aside (``check`` keeps it for the next runs' updates)
    against = Dossier(sources=records("sources", _source), speakers=records("speakers", _speaker),
                      summits=records("summits", _summit), pages=records("pages", _page))
    content = docs[0].where.path.parent.parent if docs else None
    known = {"sources": against.sources, "speakers": against.speakers, "summits": against.summits}
    indexes = Indexes(against.sources, cache, min_words)
    around = _around(docs, broken, min_words, cache) if cache else b""
    keys = _record_keys(docs, broken, cache) if cache else {}

    def check(doc: RawDoc, found: Problems) -> Fact | None:
        def check_fact(found: Problems) -> Fact | None:
            _warn_placeholders(doc, doc.data, (), found)
            return _fact(doc, against, indexes, _Refs(known, broken, content, found))
        if cache is None:
            return check_fact(found)
        return cache.fact(doc, (_card_around(doc, keys, min_words) or around, around), check_fact, found)

    facts = {}
    for doc in kinds["facts"].values():
        mark = len(problems.items)
        fact = check(doc, problems)
        if fact is not None:
            facts[fact.id] = fact
        if len(problems.items) > mark:
            own[doc.id] = (*own.get(doc.id, ()), *problems.items[mark:])
    dossier, refs = dataclasses.replace(against, facts=facts), _Refs(known, broken, content, problems)
    mark = len(problems.items)
    for doc, found in refused:
        _check_sound_accounts(doc, found, dossier, indexes, refs)
    _check_page_links(kinds["pages"].values(), problems)
    _check_speakers(kinds["speakers"], dossier, refs)
    _check_source_names(kinds["sources"], dossier, problems)
    _check_summits(kinds["summits"], dossier, refs)
    rest += problems.items[mark:]
    across_facts = _across_facts(kinds["facts"], dossier)
    problems.items.extend(across_facts)
    return _Checked(docs, dossier, kinds["facts"], own, tuple(rest), across_facts, check, cache, min_words)


def _updated(last: _Checked, docs: list[RawDoc], problems: Problems) -> _Checked | None:
    """``last`` with the fact cards that changed checked again; None when other documents changed, or a changed card
    built no fact then or now (or the schema refuses it now)."""
    if len(docs) != len(last.docs):
        return None
    found, cards, own, facts, redo = Problems(), last.cards, last.own, last.dossier.facts, False
    for doc, old in zip(docs, last.docs):
        if doc is old:
            continue
        if doc.kind != "facts" or doc.where.path != old.where.path or last.cards.get(doc.id) is not old or \
                doc.broken or old.id not in facts:
            return None
        mark = len(found.items)
        if not last.cache.schema(doc, schema.check, found):
            return None
        fact = last.check(doc, found)
        if fact is None:
            return None
        if cards is last.cards:
            cards, own, facts = dict(cards), dict(own), dict(facts)
        before, cards[doc.id], facts[doc.id] = facts[doc.id], doc, fact
        own.pop(doc.id, None)
        if len(found.items) > mark:
            own[doc.id] = tuple(found.items[mark:])
        redo = redo or bool(fact.formerly or before.formerly) or _uses(fact) != _uses(before)
    dossier = dataclasses.replace(last.dossier, facts=facts)
    across_facts = _across_facts(cards, dossier) if redo else last.across_facts
    problems.items.extend(last.rest)
    for found_in_card in own.values():
        problems.items.extend(found_in_card)
    problems.items.extend(across_facts)
    return dataclasses.replace(last, docs=docs, dossier=dossier, cards=cards, own=own, across_facts=across_facts)


def _id_problem(doc: RawDoc) -> str | None:
    """What is wrong with the document's id, its file's name, and what to do; None when nothing is."""
    if not ID.match(doc.id):
        right = doc.where.path.with_name(schema.slug(doc.id) + doc.where.path.suffix)
        return f"file name '{doc.where.path.name}' is not a valid id; " + (
            f"'{right.name}' is there too: keep one of the two" if taken(right, doc.where.path) else
            f"rename it to '{right.name}' (lowercase letters, digits and hyphens)")
    if len(doc.id) > schema.MAX_ID_LENGTH:
        return (f"the id '{doc.id[:20]}…' is {len(doc.id)} characters long, over the limit of {schema.MAX_ID_LENGTH} "
                "(its page's file name would be too long); rename the file (its name is its id)")
    if schema.device_name(doc.id):
        return f"{schema.device_name(doc.id)}; rename the file (its name is its id)"
    if doc.id in RESERVED[doc.kind]:
        return (f"the id '{doc.id}' would replace {RESERVED[doc.kind][doc.id]}, which the builder makes; rename the "
                "file (its name is its id)")
    return None


def _across_facts(cards: dict[str, RawDoc], dossier: Dossier) -> tuple[Problem, ...]:
    """The problems of the checks across every fact: former ids, and the sources and speakers no fact names."""
    found = Problems()
    _check_former_ids(cards, dossier, found)
    _warn_unused(dossier, found)
    return tuple(found.items)


def _check_sound_accounts(doc: RawDoc, found: list[Problem], dossier: Dossier, indexes: Indexes, refs: _Refs) -> None:
    """Check the accounts of a card the schema refused (``found``: its problems) for what is wrong inside others of
    its accounts alone, so that their problems come in the same run (a mistyped quote beside a value written without
    its unit)."""
    starts = sorted((line, key[1]) for key, (line, _) in doc.lines.items() if len(key) == 2 and key[0] == "accounts")
    wrong = {next((i for start, i in reversed(starts) if start <= (p.where.line or 0)), None) for p in found}
    if not starts or None in wrong:  # the card's own fields are wrong too
        return
    for _, i in starts:
        if i not in wrong:
            _account(doc, i, doc.data["accounts"][i], dossier, indexes, refs)


def _check_page_links(docs, problems: Problems) -> None:
    """A hand-written page's web links lead where they show: `[Reuters](https://www.reuters.com@evil.example/)`
    names a user before its host and leads to evil.example (content's addresses are checked the same way)."""
    for doc in docs:
        for line, href in page_markdown.links(doc.body or ""):
            if href.startswith(addresses.WEB) and (problem := addresses.host_problem(href)):
                problems.error(doc.where.at(doc.body_line + line), f"the link to '{href}': {problem}")


def _around(docs: list[RawDoc], broken: dict[str, set], min_words: int, cache: Cache) -> bytes:
    """A digest of everything a fact card is checked against: every file but the fact cards, the ids of broken
    files, and ``min_words``."""
    parts = [str(min_words).encode(), repr(sorted((k, sorted(v)) for k, v in broken.items())).encode()]
    parts += [cache.files[name].key for d in docs if d.kind != "facts" and (name := str(d.where.path)) in cache.files]
    parts += [str(d.where.path).encode() for d in docs if d.kind != "facts"]
    return digest(b"\0".join(parts))


def _record_keys(docs: list[RawDoc], broken: dict[str, set], cache: Cache) -> dict[tuple[str, str], bytes]:
    """The digest of the file of each record but the facts, by (kind, id); b"broken" for those that are."""
    keys = {(d.kind, d.id): cache.files[name].key for d in docs
            if d.kind != "facts" and (name := str(d.where.path)) in cache.files}
    keys.update(((kind, ident), b"broken") for kind, ids in broken.items() for ident in ids)
    return keys


def _card_around(doc: RawDoc, keys: dict[tuple[str, str], bytes], min_words: int) -> bytes | None:
    """A digest of what checking a sound fact card reads: the files of the records it names (its summit, its
    speakers, its accounts' sources and speakers) and ``min_words``; None when one of them has no file known."""
    data = doc.data
    named = [("summits", data["summit"]), *(("speakers", s) for s in (data.get("speaker"), *data.get("about", ())) if s)]
    for account in data["accounts"]:
        who = account.get("speaker") or ()
        named += [("sources", account["source"]), *(("speakers", w) for w in ([who] if isinstance(who, str) else who))]
    parts = [str(min_words).encode()]
    for kind, ident in named:
        key = keys.get((kind, ident))
        if key is None:
            return None
        parts += [f"{kind}/{ident}".encode(), key]
    return digest(b"\0".join(parts))


def _opinion(body: str, start: int, end: int) -> str | None:
    """The words of opinion ("I suspect", "in my view") in the sentence that holds ``body[start:end]``, up to its
    end (sentences.opinion)."""
    return sentences.opinion(body[max(body.rfind(stop, 0, start) for stop in ".!?\n") + 1:end])


_PLACEHOLDER = re.compile(r"\b(?:TODO|TBD|FIXME|XXX+)\b|(?i:\blorem ipsum\b)")


def _warn_placeholders(doc: RawDoc, data, path: tuple, problems: Problems) -> None:
    """Warn (an error under --strict) about placeholder text left in a card; quotes are the article's own words,
    checked against it, so they are left alone."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key != "quote":
                _warn_placeholders(doc, value, path + (key,), problems)
    elif isinstance(data, list):
        for i, value in enumerate(data):
            _warn_placeholders(doc, value, path + (i,), problems)
    elif isinstance(data, str) and (found := _PLACEHOLDER.search(data)):
        problems.warn(doc.at(*path), f"'{path[-1] if isinstance(path[-1], str) else path[-2]}' holds the placeholder "
                                     f"'{found.group()}'; write the text, or remove it before publishing")


def _check_former_ids(docs: dict[str, RawDoc], dossier: Dossier, problems: Problems) -> None:
    """A former id names no current card and only one renamed card, so each old link has one target."""
    claimed: dict[str, str] = {}
    for fact in dossier.facts.values():
        for i, old in enumerate(fact.formerly):
            where = docs[fact.id].at("formerly", i)
            if schema.device_name(old):
                problems.error(where, f"{schema.device_name(old)}; remove it from `formerly`")
            elif old in RESERVED["facts"]:
                problems.error(where, f"a redirect from '{old}' would replace {RESERVED['facts'][old]}; remove it "
                                      "from `formerly`")
            elif old in dossier.facts:
                problems.error(where, f"'{old}' is a current fact id (facts/{old}.yml); a former id must be free")
            elif old in claimed:
                problems.error(where, f"'{old}' is also a former id of '{claimed[old]}'; keep it on one card")
            else:
                claimed[old] = fact.id


def _source(doc: RawDoc) -> Source:
    data, body = doc.data, doc.body or ""
    paragraphs, line, counted = [], doc.body_line, 0
    for n, m in enumerate(_PARAGRAPH.finditer(body), 1):
        line += body.count("\n", counted, m.start())  # from the paragraph before: 100,000 paragraphs in linear time
        counted = m.start()
        paragraphs.append(Paragraph(n, line, m.start(), m.end() - (m.group().endswith("\n"))))
    return Source(id=doc.id, body=body, paragraphs=tuple(paragraphs), where=doc.where, **data)


def _page(doc: RawDoc) -> Page:
    return Page(doc.id, doc.data["title"], doc.body or "", doc.where, doc.data.get("nav", True))


def _speaker(doc: RawDoc) -> Speaker:
    data = dict(doc.data)
    data["spellings"] = tuple(data.get("spellings", ()))
    data["roles"] = tuple(Role(**r) for r in data.get("roles", ()))
    return Speaker(id=doc.id, where=doc.where, **data)


def _summit(doc: RawDoc) -> Summit:
    data = dict(doc.data)
    meetings = tuple(
        Meeting(summit=doc.id, where=doc.at("meetings", i),
                **{**m, "participants": tuple(m.get("participants", ())), "present": tuple(m.get("present", ()))})
        for i, m in enumerate(data.pop("meetings", ())))
    return Summit(id=doc.id, where=doc.where, meetings=meetings, **data)


# An account `dossier suggest --apply` held back, as `check` lists it for the editor.
PENDING = ("this account waits for an editor: `dossier suggest --apply` held it back because it would make the "
           "sources disagree, and it counts for nothing until you read its passage; if it stands, delete "
           "`pending: true`, else delete the account")


def _fact(doc: RawDoc, dossier: Dossier, indexes: Indexes, refs: _Refs) -> Fact | None:
    """A fact with its accounts located in their sources, or None when it cannot be built."""
    data = dict(doc.data)
    refs.check(doc, ("summit",), data["summit"], "summits")
    summit = dossier.summits.get(data["summit"])
    if "meeting" in data and summit is not None:
        _meeting_ref(doc, data["meeting"], summit, refs.problems)
    if "speaker" in data:
        refs.check(doc, ("speaker",), data["speaker"], "speakers")
    for i, who in enumerate(data.get("about", ())):
        refs.check(doc, ("about", i), who, "speakers")
    accounts = []
    for i, raw in enumerate(data.pop("accounts")):
        account = _account(doc, i, raw, dossier, indexes, refs)
        if account is not None:
            accounts.append(account)
    valued = [i for i, raw in enumerate(doc.data["accounts"]) if "value" in raw]
    if valued and "quantity" not in data:
        refs.problems.error(doc.at("accounts", valued[0], "value"),
                            "accounts give values but the fact has no 'quantity'; add `quantity: duration` "
                            f"(or {', '.join(QUANTITIES[1:])}) to the fact")
        return None
    for key in ("claim", "tolerance"):
        if key in data and "quantity" not in data:
            refs.problems.error(doc.at(key), f"'{key}' needs a 'quantity' on the fact; add `quantity: duration` "
                                             f"(or {', '.join(QUANTITIES[1:])})")
            return None
    if "claim" in data:
        data["claim"] = _value(data["claim"], doc, ("claim",), refs.problems, data.get("quantity"))
        if data["claim"] is None:
            return None
    if "tolerance" in data:
        data["tolerance"] = Tolerance(**data["tolerance"])
    if "currency" in data and not _currency(doc, data, refs.problems):
        return None
    if len(accounts) < len(doc.data["accounts"]):
        return None
    confirmed = [a for a in accounts if not a.pending]
    if not confirmed:
        refs.problems.error(doc.at("accounts"), "every account is `pending: true`; read their passages and delete "
                                                "`pending: true` from those that stand")
        return None
    for a in accounts:
        if a.pending:
            refs.problems.warn(doc.at("accounts", a.number - 1, "pending"), PENDING)
    _check_repeated(doc, refs.problems)
    _check_single_source(doc, confirmed, refs.problems)
    _check_over_time(doc, accounts, dossier.sources, refs.problems)
    _check_quoted_figures(doc, accounts, data.get("quantity"), dossier.sources, refs.problems)
    _check_own_voice(doc, accounts, dossier, refs.problems)
    if data.get("quantity") == "count":
        _check_currencies(doc, accounts, data.get("currency"), refs.problems)
    data.pop("single_source", None)
    data.update(topics=tuple(data.get("topics", ())), about=tuple(data.get("about", ())),
                formerly=tuple(data.get("formerly", ())))
    return Fact(id=doc.id, where=doc.where, accounts=tuple(confirmed),
                pending=tuple(a for a in accounts if a.pending), **data)


def _check_repeated(doc: RawDoc, problems: Problems) -> None:
    """An account written twice on a card (two `suggest --apply` at once did it) counts its source's words twice:
    an error at the second, naming the first."""
    first: dict[str, int] = {}
    for i, raw in enumerate(doc.data["accounts"]):
        seen = first.setdefault(repr(sorted(raw.items())), i)
        if seen != i:
            problems.error(doc.at("accounts", i), f"account {i + 1} repeats account {seen + 1} word for word; delete one")


def _check_single_source(doc: RawDoc, accounts: list[Account], problems: Problems) -> None:
    """Warn about a fact only one source reports, and about a `single_source` flag the accounts contradict."""
    sources = sorted({a.source for a in accounts})
    flag = doc.data.get("single_source")
    if len(sources) == 1 and not flag:
        problems.warn(doc.at("accounts"), "only one source reports this fact; add an account from another "
                                          "source, or `single_source: true` once you have checked that none has it")
    elif len(sources) > 1 and flag:
        problems.warn(doc.at("single_source"), f"`single_source: true`, but {len(sources)} sources report this fact "
                                               f"({', '.join(sources)}); remove the line")


def _check_own_voice(doc: RawDoc, accounts: list[Account], dossier: Dossier, problems: Problems) -> None:
    """Warn about an account in a source's own voice (`states`, `contradicts`) where the source's outlet is a party
    the dossier has as a speaker (a ministry's press release, a company's notice): its sentences are its claims, as
    `suggest` reads them, not an outlet's report; unless the account's `note` says why."""
    parties = {name.casefold(): sid for sid, s in dossier.speakers.items() if s.kind != "person" and not naming.newsroom(s)
               for name in (s.name, *s.spellings)}
    for i, a in enumerate(accounts):
        party = parties.get(dossier.sources[a.source].outlet.casefold()) if a.stance in ("states", "contradicts") else None
        if party and not a.note:
            problems.warn(doc.at("accounts", i, "stance"),
                          f"the source is published by '{party}', a party the dossier quotes: what it says in its own "
                          f"name is its claim, not an outlet's report; write `stance: "
                          f"{'attributes' if a.stance == 'states' else 'disputes'}` with `speaker: {party}`, or say in "
                          "the account's `note` why it is another's report")


def _check_quoted_figures(doc: RawDoc, accounts: list[Account], quantity: str | None, sources: dict[str, Source],
                          problems: Problems) -> None:
    """Warn about an account without a value on a card with a quantity whose quote writes a figure of it in digits,
    read in its sentence ("instead of the planned 35" after "two hours and 15 minutes": it is compared as giving no
    figure); and about an account's value on a card
    of a count, a percentage or a time of day that no figure of its quote comes near, when the quote writes one in
    digits ("12:31 local time" typed as 10:31 UTC needs a note saying so): "186
    passengers" typed as `{exact: 168}` reads as a disagreement between sources. A figure that is not the card's, or a
    value derived from the quote ("all but 3 of the 31 economists": 28), says so in the account's `note`."""
    for i, a in enumerate(accounts):
        if a.value is None and quantity not in (None, "date") and not a.note and _DIGIT.search(a.excerpt):
            before = max(0, a.span.start - _CONTEXT)
            written = [f.text for f in _figures(sources[a.source].body[before:a.span.end])
                       if f.quantity == quantity and _DIGIT.search(f.text) and f.start >= a.span.start - before]
            if written:
                problems.warn(doc.at("accounts", i, "quote"),
                              f"the quote gives {', '.join(repr(' '.join(t.split())) for t in written)}, but the "
                              "account has no `value`: it counts as giving no figure; add its `value`, or say in the "
                              "account's `note` why the figure is not the card's")
    if quantity not in ("count", "percent", "time"):  # figures written without a unit, as typed, and times of day
        return
    for i, a in enumerate(accounts):
        if a.value is None or a.note or not _DIGIT.search(a.excerpt):
            continue
        plain = _SEPARATOR.sub("", a.excerpt)
        if any(re.search(rf"(?<![\d.]){re.escape(f'{n:.12g}')}(?!\d)", plain)
               for n in (a.value.low, a.value.high) if math.isfinite(n)):
            continue  # as the quote writes it
        found = [f for f in _figures(a.excerpt) if f.quantity == quantity]
        written = [f.text for f in found if _DIGIT.search(f.text)]
        if written and not any(_near(f.number, f.upper or f.number, a.value) for f in found):
            problems.warn(doc.at("accounts", i, "value"),
                          f"the value '{a.value.text}' is not a figure the quote gives "
                          f"({', '.join(repr(' '.join(t.split())) for t in written)}); correct it, or say in the "
                          "account's `note` how it comes from the quote")


def _figures(text: str) -> list:
    """The figures of ``text`` (builder/prose_figures.py, imported here: its patterns take 0.1 s to compile, and
    most builds read no figure)."""
    from builder.prose_figures import figures
    return figures(text)


_CONTEXT = 80  # characters before a quote read with it: the figure whose unit a number of the quote leaves out
_SEPARATOR = re.compile(r"(?<=\d)[,.\u202f\u00a0 ](?=\d{3}\b)")  # of thousands: 1,200 and 1.200 are found as 1200
_DIGIT = re.compile(r"\d")


def _near(low: float, high: float, value: Value) -> bool:
    """Whether a figure from ``low`` to ``high`` meets ``value``, 1 % either side (a unit converted, a rounding)."""
    slack = max(0.01 * max(abs(low), abs(high)), value.spread)
    return low - slack <= value.high and value.low <= high + slack


def _check_over_time(doc: RawDoc, accounts: list[Account], sources: dict[str, Source], problems: Problems) -> None:
    """Warn about a day no comparison reads: `changes_over_time` on a card of no quantity, an account's `as_of` on
    a card whose figure does not change over time or on an account without a figure; and about one speaker's figures
    that differ between sources of different days on a card whose figure does not change over time (a ministry's
    toll of 12 on Monday and 14 on Tuesday: likely an update, which would count as sources that disagree), unless
    either account's `note` says why (a paper misreporting the ministry)."""
    over_time = doc.data.get("changes_over_time")
    given: dict[str, tuple[int, Account]] = {}
    rules, quantity = Rules(), doc.data.get("quantity")
    measure = Measure(rules.approximate, rules.tolerances.get(quantity, Tolerance()), None, quantity)
    shown = formatting.minutes if quantity == "duration" else lambda value: value.text  # "14 days", not 20160
    for i, a in enumerate(accounts):
        for who in a.speakers if a.value and not over_time else ():
            j, b = given.setdefault(who, (i, a))
            days = sources[a.source].day, sources[b.source].day
            if measure.grade(a.value, b.value) == "value" and not {None, "unknown"} & set(days) \
                    and days[0] != days[1] and not (a.note or b.note):
                problems.warn(doc.at("accounts", i, "value"),
                              f"'{who}' gives another figure here ({shown(a.value)}, in a source of {days[0]}) than "
                              f"in account {j + 1} ({shown(b.value)}, of {days[1]}); if the figure changed over time, "
                              "add `changes_over_time: true` to the card; if not, one of the two passages may be about "
                              "something else: move or delete its account; if both are right (one source misreports "
                              "the speaker), say so in the account's `note`")
    if over_time and not quantity:  # (a card of a figure may have none yet: a toll that will grow)
        problems.warn(doc.at("changes_over_time"), "`changes_over_time: true`, but the card has no `quantity`, so "
                                                   "no account gives a figure; remove the line")
    for i, a in enumerate(accounts):
        if a.as_of and not over_time:
            problems.warn(doc.at("accounts", i, "as_of"), "'as_of' is read only on a card whose figure changes over "
                                                          "time; add `changes_over_time: true` to the card, or "
                                                          "remove it")
        elif a.as_of and not a.value:
            problems.warn(doc.at("accounts", i, "as_of"), "'as_of' dates the account's figure, and it gives none; "
                                                          "add its `value`, or remove it")


_CURRENCIES = {"$": r"US\$|\$|\bdollars?\b", "£": r"£|\bpounds?\b|\bsterling\b", "€": r"€|\beuros?\b",
               "¥": r"¥|\byen\b|\byuan\b", "₹": r"₹|\brupees?\b", "₽": r"₽|\broubles?\b|\brubles?\b"}


_UNSIGNED_SUM = re.compile(r"(?-i:\b[A-Z]{3})\s?\d|\d\s+(?:Swiss\s+)?francs?\b", re.I)  # a sum no sign above names


def _currency(doc: RawDoc, data: dict, problems: Problems) -> bool:
    """Whether the card's ``currency`` is an ISO 4217 code on a card of a count; else an error says what to write."""
    if data.get("quantity") != "count":
        problems.error(doc.at("currency"), "`currency` is for a card of a sum of money, which is a count; add "
                                           "`quantity: count` to the card, or remove `currency`")
        return False
    from babel.numbers import list_currencies  # here: only a card of a sum needs the list
    codes = list_currencies()
    if data["currency"] not in codes:
        money = [code for code in codes if not code.startswith("X")]  # not gold (XAU), nor units of account (XEU)
        problems.error(doc.at("currency"), f"'{data['currency']}' is no ISO 4217 currency code"
                                           f"{did_you_mean(data['currency'], money)}; write one such as "
                                           "GBP, USD or EUR")
        return False
    return True


# The sign of _CURRENCIES each currency is written with; a currency not listed is written with none of them.
_SIGNS = {**dict.fromkeys(("USD", "AUD", "CAD", "NZD", "HKD", "SGD", "MXN"), "$"), "GBP": "£", "EUR": "€",
          "JPY": "¥", "CNY": "¥", "INR": "₹", "RUB": "₽"}


def _check_currencies(doc: RawDoc, accounts: list[Account], currency: str | None, problems: Problems) -> None:
    """Warn, at the first account of another currency, when a count's accounts give sums in different currencies
    ("$140 billion" against "€130bn"), or in another than the card's ``currency``: the figures are compared as plain
    numbers, which would make them agree or disagree by the exchange rate. A sum in parentheses after one in another
    currency is its conversion ("3.2 million pounds (around 3.7 million euros)"), not the account's figure."""
    found: dict[str, list[tuple[int, str]]] = {}
    for i, a in enumerate(accounts):
        if a.value is None:
            continue
        text = " ".join(a.excerpts)
        outside = re.sub(r"\([^()]*\)", " ", text)  # without the conversions, when the sum outside names one
        signs = [sign for sign, pattern in _CURRENCIES.items() if re.search(pattern, outside, re.I)] or [
            sign for sign, pattern in _CURRENCIES.items() if re.search(pattern, text, re.I)
            and not _UNSIGNED_SUM.search(outside)]  # "CHF 50,000 (about €52,000)": francs, converted
        for sign in signs:
            found.setdefault(sign, []).append((i, a.source))

    def named(signs: dict) -> str:
        return "; ".join(f"{sign} in {', '.join(dict.fromkeys(s for _, s in given))}" for sign, given in signs.items())
    other = {sign: given for sign, given in found.items() if sign != _SIGNS.get(currency)}
    if currency and other:
        problems.warn(doc.at("accounts", min(i for given in other.values() for i, _ in given)),
                      f"the card's currency is {currency}, but accounts give sums in another ({named(other)}), which "
                      "are compared as plain numbers; give each currency a card of its own")
    elif len(found) > 1 and not currency:
        first = min(i for given in list(found.values())[1:] for i, _ in given)
        problems.warn(doc.at("accounts", first), f"the accounts give sums in different currencies ({named(found)}), "
                                                 "which are compared as plain numbers; give each currency a card of "
                                                 "its own")


def _meeting_ref(doc: RawDoc, meeting: str, summit: Summit, problems: Problems) -> None:
    ids = [m.id for m in summit.meetings]
    if meeting in ids:
        return
    if not ids:
        problems.error(doc.at("meeting"), f"meeting '{meeting}' is unknown: summit '{summit.id}' lists no meetings; "
                                          f"add it under `meetings:` in {summit.where.path}")
        return
    hint = did_you_mean(meeting, ids) or f"; its meetings are {', '.join(ids)}"
    problems.error(doc.at("meeting"), f"meeting '{meeting}' is not a meeting of summit '{summit.id}'{hint}")


def _account(doc: RawDoc, i: int, raw: dict, dossier: Dossier, indexes: Indexes, refs: _Refs) -> Account | None:
    path, problems = ("accounts", i), refs.problems
    speakers = raw.get("speaker", ())
    listed = isinstance(speakers, list)
    speakers = tuple(speakers) if listed else (speakers,) if speakers else ()
    ok = found = refs.check(doc, path + ("source",), raw["source"], "sources")  # ``found``: the quote can be looked
    # for, whatever else is wrong with the account (so that a wrong speaker and a mistyped quote come in one run)
    for j, who in enumerate(speakers):
        ok &= refs.check(doc, path + ("speaker",) + ((j,) if listed else ()), who, "speakers")
    if raw["stance"] in ("attributes", "disputes") and not speakers:
        verb = "said" if raw["stance"] == "attributes" else "denied"
        problems.error(doc.at(*path, "stance"), f"stance '{raw['stance']}' needs a 'speaker': add `speaker: <id>` "
                                                f"naming who the source says {verb} it")
        ok = False
    elif raw["stance"] in ("states", "contradicts") and speakers:
        instead, verb = ("attributes", "saying") if raw["stance"] == "states" else ("disputes", "denying")
        problems.warn(doc.at(*path, "speaker"), f"stance '{raw['stance']}' is the source's own voice, which names no "
                                                f"speaker: remove `speaker`, or write `stance: {instead}` if the "
                                                f"source reports {', '.join(speakers)} {verb} it")
    value = None
    listed_quote = isinstance(raw["quote"], list)
    pieces = raw["quote"] if listed_quote else [raw["quote"]]
    if "value" in raw:
        value = _value(raw["value"], doc, path + ("value",), problems, doc.data.get("quantity"))
        ok &= value is not None
        if value and doc.data.get("quantity") == "count" and value.low == value.high:
            value = replace(value, spread=(_precise_reach if value.approx else _rounded_reach)(
                value.low, " ".join(map(str, pieces))))
    where = [path + ("quote",) + ((j,) if listed_quote else ()) for j in range(len(pieces))]
    for j, piece in enumerate(pieces):
        if found and not normalise(piece):
            problems.error(doc.at(*where[j]), "'quote' holds no words; copy the passage from the source")
            found = False
    spans: list[Span] = []
    source = dossier.sources.get(raw["source"])
    for j, piece in enumerate(pieces):
        if not found:
            break
        span = pin(doc, where[j], piece, source, spans[-1].end if spans else 0,
                    raw.get("occurrence") if j == 0 else None, indexes, refs.problems, dossier)
        found = span is not None
        spans.append(span)
    if not (ok and found):
        return None
    if indexes.retraction_at(source, spans[0].start) and not raw.get("note"):
        problems.warn(doc.at(*where[0]), "this quotes a correction's account of what an earlier version of the story "
                                         "said (or a note to editors), which the source no longer reports; quote "
                                         "the corrected text instead, or, if this is the corrected text, say so in "
                                         "the account's `note`")
    if raw["stance"] in ("states", "contradicts") and (mine := _opinion(source.body, spans[0].start, spans[-1].end)):
        problems.warn(doc.at(*path, "stance"), f"the quote gives its writer's opinion ('{mine}'), not what happened: "
                                               f"stance '{raw['stance']}' makes it the source's account of the fact; "
                                               "add the writer as a speaker (`dossier new speaker`) and write `stance: "
                                               f"{'attributes' if raw['stance'] == 'states' else 'disputes'}` with "
                                               "`speaker: <their id>`, so that pages say who claims it")
    asking = indexes.question_at(source, spans[0].start)
    if asking and raw["stance"] in ("states", "contradicts"):
        problems.warn(doc.at(*path, "quote"), f"the quote is from a question ('{asking}:'), not what the source "
                                              "states: quote the answer, or cite the question as its asker's "
                                              "(`stance: attributes` with their `speaker`)")
    texts = tuple(source.body[s.start:s.end] for s in spans)
    return Account(fact=doc.id, number=i + 1, source=raw["source"], quote=ELLIPSIS.join(pieces),
                   excerpt=ELLIPSIS.join(texts), stance=raw["stance"], span=spans[0], where=doc.at(*path),
                   speakers=speakers, value=value, note=raw.get("note"),
                   pieces=tuple(spans) if listed_quote else (), piece_texts=texts if listed_quote else (),
                   as_of=raw.get("as_of"), pending=raw.get("pending") is True)


def _precise_reach(n: float, quote: str) -> float:
    """How far 'about N', a count, reaches when the quote writes N in digits to three significant digits or more: five
    units of its last ('about €35.9m': €0.5m); else 0 (a tenth of N: "a third of a million", typed 333000, is as
    rounded as its words)."""
    digits = Decimal(repr(abs(n))).normalize().as_tuple()
    written = "".join(str(d) for d in digits.digits)
    if len(written) < 3 or written not in re.sub(r"\D", "", quote):
        return 0.0
    return 5 * float(Decimal((0, (1,), digits.exponent)))


def _rounded_reach(n: float, quote: str) -> float:
    """How far an exact count of ROUNDED or more reaches when the quote writes it rounded to a thousand or coarser,
    with three significant digits or more: half a unit of its last ('£1.87m' is £1.865m to £1.875m, '£146,000'
    £145,500 to £146,500, so both fit the judge's £1,872,400 and £146,210); else 0."""
    digits = Decimal(repr(abs(n))).normalize().as_tuple()
    written = "".join(str(d) for d in digits.digits)
    if abs(n) < ROUNDED or digits.exponent < 3 or len(written) < 3 or written not in re.sub(r"\D", "", quote):
        return 0.0
    return 0.5 * 10 ** digits.exponent


def _value(raw: dict, doc: RawDoc, path: tuple, problems: Problems, quantity: str | None = None) -> Value | None:
    """An interval from the editor's typed value, or None after saying what is wrong with it.

    The key says how the article words the figure (see QUALIFIERS), and the value's text keeps those words. On a
    card of a time of day (``quantity`` time), a figure is a time in minutes since midnight, on a card of a date a day
    number (schema._typed_values); the text gives them as written, '16:45', '2026-04-02'. On a card of a length, an
    area, a mass, a volume or a speed, a figure is written with its unit and read in its quantity's base unit, as
    precise as written (builder/units.py); the text keeps its words, '7 miles'."""
    written = {}
    if quantity in MEASURES:
        written = {k: units.canonical(v) for k, v in raw.items()}
        raw = {k: units.parse(v, quantity)[0] for k, v in written.items()}
    keys = set(raw)
    bad = next((k for k, n in raw.items() if not abs(n) <= MAX_VALUE), None)  # also catches nan
    if bad:
        unit = f" {units.BASE[quantity]}" if quantity in MEASURES else ""
        problems.error(doc.at(*path, bad), f"'{bad}' is {_num(raw[bad])}{unit}; write a number between "
                                           f"-{MAX_VALUE:,}{unit} and {MAX_VALUE:,}{unit}")
        return None
    if quantity == "time" and (bad := next((k for k, n in raw.items() if not 0 <= n < formatting.DAY), None)):
        problems.error(doc.at(*path, bad), f"'{bad}' is {_num(raw[bad])}, which is no time of day; on a card of a time "
                                           "of day, write the time as HH:MM, 00:00 to 23:59 (e.g. 16:45)")
        return None
    if quantity in ("count", "duration") + MEASURES and quantity != "temperature" and (
            bad := next((k for k, n in raw.items() if n < 0), None)):
        problems.error(doc.at(*path, bad), f"'{bad}' is {_num(raw[bad])}, below zero; a {quantity} is never negative; "
                                           "write the figure as the article gives it")
        return None
    shown = (lambda n: next(w for k, w in written.items() if raw[k] == n)) if written else _SHOWN.get(quantity, _num)
    alone = sorted(keys & _ALONE)
    if alone and len(keys) > 1:
        others = ", ".join(f"'{k}'" for k in sorted(keys - {alone[0]}))
        problems.error(doc.at(*path), f"'{alone[0]}' cannot be combined with {others}; give either one figure "
                                      "(exact, approx, nearly, almost) or bounds (min, more_than, max, up_to, less_than)")
        return None
    if alone or keys == {"up_to"}:  # "up to 650 jobs", "as many as 450": a claim of that figure, reaching below it
        (kind, n), = raw.items()  # as "nearly" does; not a bound any lower figure meets ("at most" is one)
        spread = units.parse(written[kind], quantity, approx=kind != "exact")[1] if written else (
            _half_step(n) if quantity == "percent" else 0.0)
        return Value(n, n, approx=kind != "exact", text=_words(kind, shown(n)), qualifier=kind, spread=spread)
    lower, upper = sorted(keys & _LOWER.keys()), sorted(keys & _UPPER.keys())
    if len(lower) > 1 or len(upper) > 1:
        both = lower if len(lower) > 1 else upper
        problems.error(doc.at(*path), f"'{both[0]}' and '{both[1]}' are both {'lower' if both is lower else 'upper'} "
                                      "bounds; keep one (a value has at most one lower and one upper bound)")
        return None
    low_key, high_key = next(iter(lower), None), next(iter(upper), None)
    low, high = raw.get(low_key, -math.inf), raw.get(high_key, math.inf)
    if low > high:
        problems.error(doc.at(*path), f"the lower bound {low_key}: {shown(low)} is above the upper bound "
                                      f"{high_key}: {shown(high)}; swap them")
        return None
    closed = low_key == "min" and high_key in ("max", "up_to")  # "200 to 900", as "several hundred" is read
    text = f"{shown(low)} to {shown(high)}" if closed else " and ".join(_words(k, shown(raw[k]))
                                                                        for k in (low_key, high_key) if k)
    return Value(low, high, _LOWER.get(low_key, False), _UPPER.get(high_key, False), text=text,
                 qualifier=low_key or high_key)


def _half_step(n: float) -> float:
    """Half the unit of the last digit of a number as YAML read it: 97 → 0.5, 96.8 → 0.05 (a percentage is as
    precise as written: 97% is 96.5 to 97.5%)."""
    return 0.5 if isinstance(n, int) else 0.5 * 10 ** -len(repr(float(n)).partition(".")[2].rstrip("0"))


def _words(key: str, shown: str) -> str:
    """A figure, as ``shown``, with the article's qualifier: 'nearly 140'."""
    return f"{QUALIFIERS[key]} {shown}".strip()


_SHOWN = {"time": lambda n: f"{int(n) // 60:02d}:{int(n) % 60:02d}",  # a value's figure as its card writes it
          "date": lambda n: date.fromordinal(int(n)).isoformat()}


def _num(n) -> str:
    if isinstance(n, int):
        text = str(n)
        return text if len(text) <= 15 else f"{text[:6]}… ({len(text)} digits)"
    return f"{n:g}"


def _check_speakers(docs: dict[str, RawDoc], dossier: Dossier, refs: _Refs) -> None:
    """Role summits exist, and no spelling names two speakers."""
    owners: dict[str, tuple[str, Located]] = {}
    for speaker in dossier.speakers.values():
        doc = docs[speaker.id]
        for i, role in enumerate(speaker.roles):
            if role.summit:
                refs.check(doc, ("roles", i, "summit"), role.summit, "summits")
        composed = [unicodedata.normalize("NFC", n) for n in speaker.spellings]
        for i, name in enumerate(speaker.spellings):
            if composed.index(composed[i]) < i and name not in speaker.spellings[:i]:  # the same twice is the schema's
                refs.problems.error(doc.at("spellings", i), f"'spellings' lists '{composed[i]}' twice, its accents "
                                                            "written composed once and apart once; keep one")
        for i, name in enumerate((speaker.name, *speaker.spellings)):
            place = doc.at("spellings", i - 1) if i else doc.at("name")
            owner = owners.setdefault(naming.key(name), (speaker.id, place))
            if owner[0] != speaker.id:  # suggest finds a name in any of its common transliterations
                refs.problems.error(place, f"the name '{name}' also names speaker '{owner[0]}' ({owner[1]}), as "
                                           "written or transliterated otherwise ('Zelensky', 'Zelenskyy'); one "
                                           "spelling names one speaker, so remove it from one of them")


def _check_source_names(docs: dict[str, RawDoc], dossier: Dossier, problems: Problems) -> None:
    """Warn when two sources go by one name on every page (two articles of one outlet, say): readers could not
    tell them apart."""
    first: dict[str, str] = {}
    for sid, source in sorted(dossier.sources.items()):
        other = first.setdefault(source.label.casefold(), sid)
        if other != sid:
            key = next(k for k in ("short_name", "outlet", "author", "title") if k in docs[sid].data)
            problems.warn(docs[sid].at(key), f"source '{sid}' goes by '{source.label}', as source '{other}' does "
                                             f"({docs[other].where.at(1)}), so readers cannot tell them apart; give "
                                             "each a `short_name` that does (its kind, section or day: "
                                             f"'{source.label} live blog', '{source.label}, 7 July')")


def _check_summits(docs: dict[str, RawDoc], dossier: Dossier, refs: _Refs) -> None:
    """Meeting ids are unique within a summit and their people exist."""
    for summit in dossier.summits.values():
        doc = docs[summit.id]
        first: dict[str, Meeting] = {}
        for i, meeting in enumerate(summit.meetings):
            earlier = first.setdefault(meeting.id, meeting)
            if earlier is not meeting:
                refs.problems.error(doc.at("meetings", i, "id"),
                                    f"meeting id '{meeting.id}' is already used by the meeting at line "
                                    f"{earlier.where.line} ('{earlier.title}'); meeting ids are unique within "
                                    "a summit, so rename one")
            for key in ("participants", "present"):
                for j, who in enumerate(getattr(meeting, key)):
                    refs.check(doc, ("meetings", i, key, j), who, "speakers")


def _uses(fact: Fact) -> tuple[set[str], set[str]]:
    """The sources the fact cites and the speakers it names, in its pending accounts too."""
    accounts = (*fact.accounts, *fact.pending)
    return {a.source for a in accounts}, {fact.speaker, *fact.about, *(w for a in accounts for w in a.speakers)}


def _warn_unused(dossier: Dossier, problems: Problems) -> None:
    """Warn about speakers and sources that no fact refers to (``_uses``) and no meeting names."""
    cited, named = set(), set()
    for fact in dossier.facts.values():
        sources, speakers = _uses(fact)
        cited |= sources
        named |= speakers
    named |= {w for s in dossier.summits.values() for m in s.meetings for w in (*m.participants, *m.present)}
    for source in dossier.sources.values():
        if source.id not in cited:
            problems.warn(source.where.at(1), "no fact cites this source; add fact cards that quote it")
    for speaker in dossier.speakers.values():
        if speaker.id not in named:
            problems.warn(speaker.where.at(1), "no fact or meeting names this speaker; cite them or remove the file")

