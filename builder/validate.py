"""Turn raw documents into the validated model: schema, ids, references and verbatim quotes."""
from __future__ import annotations

import math
import re
from collections import Counter

from builder import schema
from builder.load import KINDS, RawDoc
from builder.model import Account, Dossier, Fact, Meeting, Page, Paragraph, Role, Source, Speaker, Summit, Value
from builder.problems import Problems, did_you_mean
from builder.quotes import closest, locate, normalise_with_map

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_PARAGRAPH = re.compile(r"(?:^[ \t]*\S.*(?:\n|$))+", re.M)
_LOWER = {"min": False, "more_than": True}
_UPPER = {"max": False, "less_than": True}


def validate(docs: list[RawDoc], problems: Problems) -> Dossier:
    """The dossier built from every document that passed its schema; problems collected on the way."""
    kinds: dict[str, dict] = {kind: {} for kind in KINDS}
    for doc in docs:
        if not ID.match(doc.id):
            problems.error(doc.where, f"file name '{doc.id}' is not a valid id; rename it to '{_slug(doc.id)}' "
                                      "(lowercase letters, digits and hyphens)")
        elif schema.check(doc, problems):
            kinds[doc.kind][doc.id] = doc
    dossier = Dossier(
        sources={i: _source(d) for i, d in kinds["sources"].items()},
        speakers={i: _speaker(d) for i, d in kinds["speakers"].items()},
        summits={i: _summit(d) for i, d in kinds["summits"].items()},
        pages={i: Page(i, d.data["title"], d.body or "", d.where, d.data.get("nav", True)) for i, d in kinds["pages"].items()},
    )
    indexes = {i: normalise_with_map(s.body) for i, s in dossier.sources.items()}
    for doc in kinds["facts"].values():
        fact = _fact(doc, dossier, indexes, problems)
        if fact is not None:
            dossier.facts[fact.id] = fact
    _check_speakers(kinds["speakers"], dossier, problems)
    _check_summits(kinds["summits"], dossier, problems)
    _warn_unused(dossier, problems)
    return dossier


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "item"


def _source(doc: RawDoc) -> Source:
    data, body = doc.data, doc.body or ""
    paragraphs = tuple(
        Paragraph(n, doc.body_line + body.count("\n", 0, m.start()), m.start(), m.end() - (m.group().endswith("\n")))
        for n, m in enumerate(_PARAGRAPH.finditer(body), 1))
    return Source(id=doc.id, body=body, paragraphs=paragraphs, where=doc.where, **data)


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


def _fact(doc: RawDoc, dossier: Dossier, indexes: dict, problems: Problems) -> Fact | None:
    """A fact with its accounts located in their sources, or None when it cannot be built."""
    data = dict(doc.data)
    _ref(doc, ("summit",), data["summit"], dossier.summits, "summit", problems)
    summit = dossier.summits.get(data["summit"])
    if "meeting" in data and summit is not None:
        _ref(doc, ("meeting",), data["meeting"], {m.id: m for m in summit.meetings}, f"meeting of '{summit.id}'", problems)
    for key in ("speaker",):
        if key in data:
            _ref(doc, (key,), data[key], dossier.speakers, "speaker", problems)
    for i, who in enumerate(data.get("about", ())):
        _ref(doc, ("about", i), who, dossier.speakers, "speaker", problems)
    accounts = []
    for i, raw in enumerate(data.pop("accounts")):
        account = _account(doc, i, raw, data.get("quantity"), dossier, indexes, problems)
        if account is not None:
            accounts.append(account)
    if len(accounts) < len(doc.data["accounts"]):
        return None
    if len({a.source for a in accounts}) == 1 and not data.pop("single_source", False):
        problems.warn(doc.at("accounts"), "only one source reports this fact; add an account from another source if one has it")
    data.pop("single_source", None)
    data.update(topics=tuple(data.get("topics", ())), about=tuple(data.get("about", ())))
    return Fact(id=doc.id, where=doc.where, accounts=tuple(accounts), **data)


def _account(doc: RawDoc, i: int, raw: dict, quantity, dossier: Dossier, indexes: dict, problems: Problems) -> Account | None:
    path = ("accounts", i)
    speakers = raw.get("speaker", ())
    speakers = (speakers,) if isinstance(speakers, str) else tuple(speakers)
    ok = _ref(doc, path + ("source",), raw["source"], dossier.sources, "source", problems)
    for j, who in enumerate(speakers):
        ok &= _ref(doc, path + ("speaker",) + ((j,) if "speaker" in raw and isinstance(raw["speaker"], list) else ()),
                   who, dossier.speakers, "speaker", problems)
    if raw["stance"] in ("attributes", "disputes") and not speakers:
        problems.error(doc.at(*path, "stance"), f"stance '{raw['stance']}' needs a 'speaker': who does the source say "
                                                f"{'said' if raw['stance'] == 'attributes' else 'denied'} it?")
        ok = False
    value = None
    if "value" in raw:
        value = _value(raw["value"], doc, path + ("value",), problems)
        if quantity is None:
            problems.error(doc.at(*path, "value"), "an account has a value but the fact has no 'quantity'; "
                                                   "add `quantity: duration` (or count, date, percent)")
            ok = False
        ok &= value is not None
    span = None
    if ok:
        source = dossier.sources[raw["source"]]
        span = locate(raw["quote"], source.body, indexes[source.id])
        if span is None:
            passage, difference = closest(raw["quote"], source.body)
            problems.error(doc.at(*path, "quote"), f"quote not found in source '{source.id}'; closest passage: "
                                                   f"\"{passage}\"; {difference}. Copy the words exactly from "
                                                   f"{source.where.path.name}")
    if not ok or span is None:
        return None
    excerpt = dossier.sources[raw["source"]].body[span.start:span.end]
    return Account(fact=doc.id, number=i + 1, source=raw["source"], quote=raw["quote"], excerpt=excerpt, stance=raw["stance"],
                   span=span, where=doc.at(*path), speakers=speakers, value=value, note=raw.get("note"))


def _value(raw: dict, doc: RawDoc, path: tuple, problems: Problems) -> Value | None:
    """An interval from the editor's typed value, or None after saying what is wrong with it."""
    keys = set(raw)
    if keys & {"exact", "approx"}:
        if len(keys) > 1:
            problems.error(doc.at(*path), "'exact' and 'approx' stand alone; remove the other keys")
            return None
        (kind, n), = raw.items()
        return Value(n, n, approx=kind == "approx", text=f"{'about ' if kind == 'approx' else ''}{_num(n)}")
    lower, upper = keys & _LOWER.keys(), keys & _UPPER.keys()
    if len(lower) > 1 or len(upper) > 1:
        problems.error(doc.at(*path), "give at most one lower bound (min, more_than) and one upper bound (max, less_than)")
        return None
    low_key, high_key = next(iter(lower), None), next(iter(upper), None)
    low, high = raw.get(low_key, -math.inf), raw.get(high_key, math.inf)
    if low > high:
        problems.error(doc.at(*path), f"the lower bound {_num(low)} is above the upper bound {_num(high)}")
        return None
    words = {"min": "at least", "more_than": "more than", "max": "at most", "less_than": "less than"}
    text = " and ".join(f"{words[k]} {_num(raw[k])}" for k in (low_key, high_key) if k)
    return Value(low, high, _LOWER.get(low_key, False), _UPPER.get(high_key, False), text=text)


def _num(n) -> str:
    return f"{n:g}"


def _ref(doc: RawDoc, path: tuple, value: str, known: dict, what: str, problems: Problems) -> bool:
    """Report a reference to an unknown id, with the closest existing one."""
    if value in known:
        return True
    problems.error(doc.at(*path), f"{what} '{value}' is unknown{did_you_mean(value, known)}")
    return False


def _check_speakers(docs: dict[str, RawDoc], dossier: Dossier, problems: Problems) -> None:
    """Role summits exist, and no spelling names two speakers."""
    owners: dict[str, list] = {}
    for speaker in dossier.speakers.values():
        doc = docs[speaker.id]
        for i, role in enumerate(speaker.roles):
            if role.summit:
                _ref(doc, ("roles", i, "summit"), role.summit, dossier.summits, "summit", problems)
        for i, name in enumerate((speaker.name, *speaker.spellings)):
            owners.setdefault(name.casefold(), []).append(doc.at("spellings", i - 1) if i else doc.at("name"))
    for name, places in owners.items():
        for place in places[1:] if len(places) > 1 else ():
            problems.error(place, f"the name '{name}' is also used at {places[0].path.name}:{places[0].line}; "
                                  "one spelling names one speaker")


def _check_summits(docs: dict[str, RawDoc], dossier: Dossier, problems: Problems) -> None:
    """Meeting ids are unique within a summit and their people exist."""
    for summit in dossier.summits.values():
        doc = docs[summit.id]
        seen = Counter(m.id for m in summit.meetings)
        for i, meeting in enumerate(summit.meetings):
            if seen[meeting.id] > 1:
                first = next(m for m in summit.meetings if m.id == meeting.id)
                if first is not meeting:
                    problems.error(doc.at("meetings", i, "id"), f"meeting id '{meeting.id}' is used twice in this "
                                                               f"summit (first on line {first.where.line}); rename one")
            for key in ("participants", "present"):
                for j, who in enumerate(getattr(meeting, key)):
                    _ref(doc, ("meetings", i, key, j), who, dossier.speakers, "speaker", problems)


def _warn_unused(dossier: Dossier, problems: Problems) -> None:
    """Warn about speakers and sources that no fact refers to."""
    cited = {a.source for f in dossier.facts.values() for a in f.accounts}
    named = {s for f in dossier.facts.values() for s in (f.speaker, *f.about, *(w for a in f.accounts for w in a.speakers))}
    named |= {w for s in dossier.summits.values() for m in s.meetings for w in (*m.participants, *m.present)}
    for source in dossier.sources.values():
        if source.id not in cited:
            problems.warn(source.where.at(1), "no fact cites this source; add fact cards that quote it")
    for speaker in dossier.speakers.values():
        if speaker.id not in named:
            problems.warn(speaker.where.at(1), "no fact or meeting names this speaker; cite them or remove the file")
