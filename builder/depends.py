"""What each page depends on, so that a page is rendered again only when something it showed has changed.

While a page renders, the names every template can use (sources, speakers, summits, facts, links,
comparison) are wrapped so that each lookup is noted: ``sources['x']`` notes ('sources', 'x'),
``comparison.facts[i]`` notes ('comparison.facts', i), and looping over all sources notes ('sources', '*').
A rendered page is kept with a digest of its spec and one of every record it looked up; a later run reuses
it when none of them changed.

Digests are of values spelled out (``argument_key``), or pickled in memory when they cannot be (never stored or
read back), in which each record (source, speaker, summit, page, fact, account, a fact's comparison row, the shared
wording) stands as its key: the digest of its file and id, for facts and accounts also those of the sources they
quote, for a comparison row also the shared wording's key (the sources' texts; the rules come from the
configuration, part of every page's key). So they are cheap, and they hold across runs.
"""
from __future__ import annotations

import functools
import io
import operator
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from builder.cache import digest
from builder.model import Account, Dossier, Fact, Page, Source, Speaker, Summit

if TYPE_CHECKING:
    from builder.compare import Comparison

ALL = "*"  # the note for a lookup of a whole collection
Note = tuple[str, object]


class Lookups:
    """The notes of the page being rendered."""

    def __init__(self):
        self.notes: set[Note] = set()

    def start(self) -> None:
        """Begin a page."""
        self.notes = set()

    def note(self, name: str, key) -> None:
        self.notes.add((name, key))

    def wrap(self, shared: dict) -> dict:
        """``shared`` with its collections wrapped so that lookups are noted (``config`` is left alone: it is
        part of every page's key)."""
        return {name: value if name == "config" else _wrap(name, value, self) for name, value in shared.items()}


def _wrap(name: str, value, lookups: Lookups):
    return _NotedMapping(name, value, lookups) if isinstance(value, dict) else _NotedObject(name, value, lookups)


class _NotedMapping(Mapping):
    __slots__ = ("_name", "_data", "_lookups")

    def __init__(self, name: str, data: dict, lookups: Lookups):
        self._name, self._data, self._lookups = name, data, lookups

    def __getitem__(self, key):
        self._lookups.note(self._name, key)
        return self._data[key]

    def get(self, key, default=None):
        self._lookups.note(self._name, key)
        return self._data.get(key, default)

    def __contains__(self, key) -> bool:
        self._lookups.note(self._name, key)
        return key in self._data

    def _all(self) -> dict:
        self._lookups.note(self._name, ALL)
        return self._data

    def __iter__(self):
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def keys(self):
        return self._all().keys()

    def values(self):
        return self._all().values()

    def items(self):
        return self._all().items()


class _NotedObject:
    __slots__ = ("_name", "_obj", "_lookups")

    def __init__(self, name: str, obj, lookups: Lookups):
        self._name, self._obj, self._lookups = name, obj, lookups

    def __getattr__(self, attr: str):
        value = getattr(self._obj, attr)
        name = f"{self._name}.{attr}"
        if isinstance(value, dict):
            return _NotedMapping(name, value, self._lookups)
        self._lookups.note(name, ALL)
        return value


Keys = Callable[[object], "bytes | None"]  # a record → its key; None for anything else


class RecordKeys:
    """The key of each record of ``dossier`` and row of ``comparison`` (None for anything else, a record of another
    run included), given ``files``: a path → the digest of the file's bytes. Each key is made when first asked for
    (a rebuild in ``dossier serve`` asks for few of them), then kept. A class, not a closure calling itself: that
    would be a reference cycle holding the build's records until a full collection."""

    def __init__(self, dossier: Dossier, files: Callable[[object], bytes], comparison: Comparison):
        from builder.compare import FactComparison  # builder.compare imports this module
        self.row = FactComparison
        self.dossier, self.files, self.comparison = dossier, files, comparison
        self.plain = {Source: dossier.sources, Speaker: dossier.speakers, Summit: dossier.summits, Page: dossier.pages}
        self.found = {id(comparison.independence): comparison.independence.key}

    def __call__(self, value) -> bytes | None:
        key = self.found.get(id(value))
        if key is None and (key := self._make(value)) is not None:
            self.found[id(value)] = key
        return key

    def _make(self, value) -> bytes | None:
        kind, dossier = type(value), self.dossier
        if kind in self.plain:
            return (digest(self.files(value.where.path) + value.id.encode())
                    if self.plain[kind].get(value.id) is value else None)
        if kind is Fact and dossier.facts.get(value.id) is value:
            cited = dict.fromkeys(self(dossier.sources[a.source]) for a in value.accounts)
            return digest(self.files(value.where.path) + value.id.encode() + b"".join(cited))
        if kind is Account and (fact := dossier.facts.get(value.fact)) and any(a is value for a in fact.accounts):
            return self(fact) + value.number.to_bytes(4, "big")
        if kind is self.row and self.comparison.facts.get(value.fact.id) is value:  # with the wording its sources
            shared = self.comparison.independence.among(value.fact.sources)  # share: a new article changes no other
            return digest(b"row" + self(value.fact) + repr(shared).encode())
        return None


def argument_key(value, keys: Keys) -> bytes | None:
    """What stands for a fragment's argument in its key without pickling: a record's key, a string's text, a number,
    None, or a list, tuple, dict or dataclass (its type and fields: a source's ``Article``) of such, each item
    self-delimiting; None for anything else (see ``value_digest``)."""
    kind = type(value)
    if kind is str:
        text = value.encode()
        return b"str%d:" % len(text) + text
    if kind is int or kind is bool or kind is float or value is None:
        return b"%r;" % value
    if kind is list or kind is tuple:
        items = [argument_key(item, keys) for item in value]
        return None if None in items else b"%s%d:" % (kind.__name__.encode(), len(items)) + b"".join(items)
    found = keys(value)
    if found is not None:
        return found
    if kind is dict:
        items = [argument_key(item, keys) for pair in value.items() for item in pair]
        return None if None in items else b"dict%d:" % len(value) + b"".join(items)
    names = _field_names(kind)
    if names is None:
        return None
    items = [argument_key(getattr(value, name), keys) for name in names]
    name = f"{kind.__module__}.{kind.__qualname__}".encode()
    return None if None in items else b"type%d:%s%d:" % (len(name), name, len(items)) + b"".join(items)


def value_digest(value, keys: Keys) -> bytes:
    """The digest of ``value`` pickled with each record replaced by its key."""
    out = io.BytesIO()
    _Pickler(out, keys).dump(value)
    return digest(out.getvalue())


def _digest(value, keys: Keys) -> bytes:
    """A noted value's digest: of its ``argument_key`` when it has one (records, strings, numbers, lists of them),
    else of it pickled (``value_digest``)."""
    found = argument_key(value, keys)
    return value_digest(value, keys) if found is None else digest(found)


class _Pickler(pickle.Pickler):
    def __init__(self, out, keys: Keys):
        super().__init__(out, pickle.HIGHEST_PROTOCOL)
        self.fast = True  # no memo: equal values give equal bytes, however they share objects (a card read back
        self.keys = keys  # from the cache shares fewer strings than one just checked)

    def reducer_override(self, obj):  # not called for str, int, list, dict...: cheaper than persistent_id
        key = self.keys(obj)
        return NotImplemented if key is None else (bytes, (key,))


_MISSING = object()


class Digests:
    """The digest of each noted record in this run's data, computed once. Given the run before's (``last``: note →
    (value, digest)), a value the same as then (see ``same``) keeps its digest: nothing is pickled again."""

    def __init__(self, shared: dict, keys: Keys, last: dict[Note, tuple] | None = None):
        self.shared, self.keys, self.last = shared, keys, last or {}
        self.memo: dict[Note, tuple] = {}
        self.collections: dict[str, object] = {}  # each name's collection (``_collection``)

    def of(self, note: Note) -> bytes:
        found = self.memo.get(note)
        if found is None:
            name, key = note
            value = self._collection(name)
            if key != ALL:
                value = value.get(key)
            before = self.last.get(note)
            known = before is not None and same(before[0], value)
            found = self.memo[note] = value, before[1] if known else _digest(value, self.keys)
        return found[1]

    def _collection(self, name: str):
        """What a note's name names: a shared collection, or an attribute of one ('links.headlines')."""
        value = self.collections.get(name, _MISSING)
        if value is _MISSING:
            first, *attrs = name.split(".")
            value = self.shared[first]
            for attr in attrs:
                value = getattr(value, attr)
            self.collections[name] = value
        return value

    def changed(self) -> set[Note]:
        """The notes of the run before whose digest differs now; a note whose value is the very object it was then
        keeps its digest at once."""
        found, memo = set(), self.memo
        for note, known in self.last.items():
            name, key = note
            collection = self._collection(name)
            if (collection if key == ALL else collection.get(key)) is known[0]:
                memo.setdefault(note, known)
            elif self.of(note) != known[1]:
                found.add(note)
        return found


@dataclass(frozen=True)
class Kept:
    """A rendered page, the digest of its spec, and the digest of every record it looked up; in memory also the
    spec and salt its key was made of (``made``); for a fragment, the keys of the fragments it was made of
    (``parts``)."""

    key: bytes
    needs: tuple[tuple[Note, bytes], ...]
    page: object
    made: tuple | None = field(default=None, compare=False)
    parts: tuple[bytes, ...] = ()

    def notes(self) -> Iterator[Note]:
        """The notes of the records it looked up."""
        return map(operator.itemgetter(0), self.needs)

    @functools.cached_property
    def noted(self) -> frozenset[Note]:
        """The notes, as a set: checked against the few notes an edit changed, a page costs as many lookups as
        those, not one per note it has."""
        return frozenset(self.notes())

    def fresh(self, key: bytes, digests: Digests, changed: set[Note] | None = None) -> bool:
        """Whether the page would render the same now. ``changed``: the notes whose digests changed since the run
        before, when this entry was checked (or made) in that run against the same digests."""
        if key != self.key:
            return False
        if changed is not None:
            return changed.isdisjoint(self.noted)
        return all(digests.of(note) == d for note, d in self.needs)


def ready(kept: Iterable[Kept]) -> None:
    """Make each entry's set of notes (``Kept.noted``) now rather than when it is first checked: ``dossier serve``
    after its first build, so that the first save costs what the next ones do (at 20,000 facts the sets took 0.1 s)."""
    for entry in kept:
        entry.noted  # noqa: B018 (made and kept by the property)


def spec_key(spec, salt: bytes, keys: Keys, memo: dict[int, bytes]) -> bytes:
    """A digest of a page spec (path, title, template, description, what it hides, its structured data: text; its
    context) and ``salt`` (the templates and config). Each context value stands for itself as in a fragment's key
    (``argument_key``), or by its digest, kept in ``memo`` by the value's id for the other pages of one run that show
    that very value (the parts of a page split in parts list every part)."""
    parts = [salt, orjson.dumps([spec.path, spec.title, spec.template, spec.description, spec.hide,
                                 spec.structured_data])]
    for name, value in spec.context.items():
        found = argument_key(value, keys)
        if found is None:
            found = memo.get(id(value))
            if found is None:
                found = memo[id(value)] = b"digest:" + value_digest(value, keys)
        parts += [b"%d:" % len(name), name.encode(), b"%d:" % len(found), found]
    return digest(b"".join(parts))


def made_alike(kept: Kept | None, spec, salt: bytes) -> bool:
    """Whether ``kept`` was made of the same salt and a spec of the same objects (see ``same``; ``dossier serve``:
    records stay the same objects while their files are unchanged), so that its key is the spec's."""
    return kept is not None and kept.made is not None and kept.made[0] == salt and same(kept.made[1], spec)


_PLAIN = {str, int, bool, bytes, type(None), type(Path())}
_FIELDS: dict[type, tuple[str, ...]] = {}  # the field names of each dataclass met


def identical(a, b) -> bool:
    """Whether ``b`` can stand for ``a`` in what a build keeps for the next: one object, equal plain values of one
    type, or tuples and lists of such. Unlike ``same``, a record equal to another but not that very object is not
    identical: what is kept never brings in records of another build (they would have no key: ``RecordKeys``)."""
    if a is b:
        return True
    kind = type(a)
    if kind is not type(b):
        return False
    if kind is tuple or kind is list:
        return len(a) == len(b) and (all(map(operator.is_, a, b)) or all(map(identical, a, b)))
    return kind in _PLAIN and a == b


def same(a, b) -> bool:
    """Whether ``a`` and ``b`` are one object, or equal plain values of one type, or tuples, lists, dicts (in the
    same order) or dataclasses (field by field) of such: then a template renders them alike. Anything else not
    identical counts as different."""
    if a is b:
        return True
    kind = type(a)
    if kind is not type(b):
        return False
    if kind is float:
        return repr(a) == repr(b)  # -0.0 and 0.0 are equal, but print differently
    if kind in _PLAIN:
        return a == b
    if kind is tuple or kind is list:  # most often of the very same items: checked at C speed first
        return len(a) == len(b) and (all(map(operator.is_, a, b)) or all(map(same, a, b)))
    if kind is dict:
        return len(a) == len(b) and all(same(ka, kb) and same(va, vb)
                                        for (ka, va), (kb, vb) in zip(a.items(), b.items()))
    names = _field_names(kind)
    return names is not None and all(same(getattr(a, name), getattr(b, name)) for name in names)


def _field_names(kind: type) -> tuple[str, ...] | None:
    """The names of a dataclass's fields (None for another type)."""
    names = _FIELDS.get(kind)
    if names is None and is_dataclass(kind):
        names = _FIELDS[kind] = tuple(f.name for f in fields(kind))
    return names


def to_data(kept: Kept, page) -> list:
    """``kept`` as plain data for the cache file (JSON), with ``page``: what stands for its page (or fragment). Its
    notes are written as text (``note_text``), without their digests: the cache keeps one digest per note for every
    entry (they are all checked against one run's digests), so that reading an entry back is mostly looking its
    notes up (``from_data``)."""
    return [kept.key.hex(), [note_text(note) for note, _ in kept.needs], page, [part.hex() for part in kept.parts]]


def from_data(data: list, page: Callable, needs: Mapping[str, tuple[Note, bytes]]) -> Kept:
    """The Kept entry ``to_data`` made, its page made by ``page`` of what stood for it, each of its notes with its
    digest from ``needs`` (by the note's text); a note ``needs`` lacks has no digest (b""): the entry counts as
    changed."""
    key, notes, stored, parts = data
    found = tuple(map(needs.get, notes))
    if None in found:
        found = tuple(pair or (text_note(text), b"") for pair, text in zip(found, notes))
    return Kept(bytes.fromhex(key), found, page(stored), parts=tuple(map(bytes.fromhex, parts)))


def note_text(note: Note) -> str:
    """A note as text: its name, a space and its key as JSON."""
    return f"{note[0]} {orjson.dumps(note[1]).decode()}"


def text_note(text: str) -> Note:
    """The note ``note_text`` wrote."""
    name, key = text.split(" ", 1)
    return name, _hashable(orjson.loads(key))


def _hashable(value):
    return tuple(map(_hashable, value)) if isinstance(value, list) else value
