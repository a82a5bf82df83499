"""The build cache: what earlier runs computed, reused when its inputs are unchanged.

Every entry is keyed by content, never by time, so an entry is never stale, only unused:
- each content file as parsed (its data, the line and column of every value, what was wrong with it) and what
  its schema check found, keyed by the file's bytes;
- located quotes: (a source's text, a quote) → where the quote is, or None;
- the wording sources share (builder/independence.py), keyed by the sources' texts;
- rendered pages and the rows of the pages that list many facts, with the records each looked up (see
  builder/depends.py; each record's digest is kept once for all of them: ``notes``), and apart from them the
  pages' texts (body, search text), read only for the pages a build writes;
- each fact's part of the exports and the shared wording's, encoded, keyed by the records they show (export.py);
- the last site built: its folder, the id in its marker file, and a key per file (builder/write.py), so
  the next build links the files that did not change instead of writing them.
- each fact card as checked (its quotes located, its references resolved) and what was wrong with it, keyed by the
  card's bytes and a digest of the files of the records it names (of every other file, for a card with a problem).
Each fact's comparison row and each source's record are kept in memory only (``dossier serve``).

``dossier build`` and ``dossier check`` keep it in .dossier-cache/: plain data, never code (delete it at any time).
cache.json names the file of each part (large parts are split in shards of about 50 entries); a part is read when
first used, and only the shards that changed are written again. The parts a one-fact edit needs little of (pages'
texts, the rows of the lists of facts) are lazy: their files are checked by a forked child process while the build
reads the other parts, each shard is read when one of its entries is needed, and each entry decoded when it is
looked up. It is used only by the same builder code, Python and library versions, and templates; a part that cannot
be read is ignored with a warning.
"""
from __future__ import annotations

import base64
import contextlib
import dataclasses
import fcntl
import functools
import hashlib
import importlib.metadata
import math
import multiprocessing
import os
import shutil
import signal
import stat
import sys
import threading
import types
import typing
import zlib
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path

import orjson
from markupsafe import Markup

from builder import children
from builder.problems import Located, Problem, Problems

FILE_NAME = "cache.json"  # the key, and the file of each part
_LIBRARIES = ("jinja2", "markupsafe", "markdown-it-py", "mdit-py-plugins", "pyyaml", "jsonschema", "jsonschema-rs",
              "rapidfuzz", "mkdocs", "mkdocs-material", "pagefind", "orjson", "babel")  # headings' ids; closest
# passages; languages' names
_CODE = Path(__file__).resolve().parent


def digest(data: bytes) -> bytes:
    """A short digest of ``data``, the key of everything cached."""
    return hashlib.blake2b(data, digest_size=16).digest()


@dataclass
class _File:
    """One content file as last parsed: its bytes' digest, the document, and what was found in it."""

    key: bytes
    doc: object
    problems: tuple[Problem, ...]
    schema: tuple[bool, tuple[Problem, ...]] | None = None
    fact: tuple | None = None  # (what it was checked against, fact, problems, the quote entries it needed)
    record: object = None  # the record made of the document (a source)


@dataclass(frozen=True)
class _Part:
    """How a part is stored: a dict in ``shards`` files (0: one value in one file), each entry (a key and a value)
    encoded as plain data by ``encode`` (None: it cannot be stored) and read back by ``decode`` (given the cache);
    a ``lazy`` part is a ``_Lazy`` dict."""

    shards: int
    encode: Callable
    decode: Callable
    lazy: bool = False


class _Undecoded:
    """An entry of a lazy part as read from its shard's file (``[key, ...]``), decoded when first looked up."""

    __slots__ = ("data",)

    def __init__(self, data: list):
        self.data = data


def _path_key(entry: list) -> str:
    """The key of a lazy part's entry as read: a page's path."""
    if not isinstance(entry[0], str):
        raise TypeError(f"an entry's key is {entry[0]!r}, not a page's path")
    return entry[0]


class _Lazy(MutableMapping):
    """A dict part whose shards are read when one of their keys is first looked up or set, and whose entries are
    decoded when each is: a one-fact edit renders a few pages again, and needs the texts and rows of those pages
    alone (at 20,000 facts, a shard of rows takes 4 ms to read and 12 ms to decode whole). Its ``files`` (one per
    shard, open, checked: ``_Checks``; none when nothing was stored) are read only then."""

    def __init__(self, name: str, files: list, cache: Cache):
        self.name, self.part, self.files, self.cache = name, PARTS[name], files, cache
        self.count = len(files) or 1  # its shards (all entries are in memory when none was read)
        self.read: dict[int, dict] = {}  # shard → its entries as decoded
        self.now: dict[int, dict] = {}  # shard → its entries now

    def raw(self, index: int) -> bytes:
        """The shard's file as stored."""
        return _whole(self.files[index])

    def shard(self, index: int) -> dict:
        """The entries of the shard ``index`` (``_Undecoded`` until looked up), read when first asked for (none,
        with a warning, when it cannot be)."""
        entries = self.now.get(index)
        if entries is None:
            read = {}
            if self.files:
                try:
                    read = {_path_key(entry): _Undecoded(entry) for entry in orjson.loads(self.raw(index))}
                except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
                    self._cannot(exc, "a file")
                    read = {}
            self.read.setdefault(index, read)  # dossier serve reads pages' texts in a thread of its own too
            entries = self.now.setdefault(index, dict(read))
        return entries

    def _decoded(self, index: int, key, entry: _Undecoded):
        """The entry's value, decoded, in place of ``entry`` in the shard as read too (so that it counts as
        unchanged); a KeyError, with a warning, when it cannot be decoded: it is done again."""
        try:
            found, value = self.part.decode(entry.data, self.cache)
            if found != key:
                raise ValueError(f"it is stored under {key!r} but is {found!r}")
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
            self._cannot(exc, "an entry")
            self.now[index].pop(key, None)
            raise KeyError(key) from None
        self.now[index][key] = value
        if self.read[index].get(key) is entry:
            self.read[index][key] = value
        return value

    def _cannot(self, exc: Exception, what: str) -> None:
        _warn(f"{what} of the build cache's part {self.name} cannot be read ({exc!r}); doing its entries again")

    def close(self) -> None:
        for file in self.files:
            file.close()

    def __getitem__(self, key):
        index = _shard(key, self.count)
        value = self.shard(index)[key]
        return self._decoded(index, key, value) if isinstance(value, _Undecoded) else value

    def __setitem__(self, key, value) -> None:
        self.shard(_shard(key, self.count))[key] = value

    def __delitem__(self, key) -> None:
        del self.shard(_shard(key, self.count))[key]

    def __iter__(self):
        for index in range(self.count):
            yield from list(self.shard(index))

    def __len__(self) -> int:
        return sum(len(self.shard(index)) for index in range(self.count))

    def entries(self) -> dict:
        """Every entry, as decoded or as read."""
        return {k: v for index in range(self.count) for k, v in self.shard(index).items()}

    def estimate(self) -> float:
        """How many entries it holds, from the shards decoded (one at least)."""
        return sum(map(len, self.now.values())) * self.count / len(self.now)


class _Checks:
    """Whether the files of the lazy parts hold what was written (their checksums), found before the build relies on
    them: by a forked child process, which reads them while the build reads the other parts, on the core it leaves
    free (a one-fact edit at 5,000 facts decodes about 15 of their shards, and checking all 127 MB of them held the
    build 0.15–0.35 s); in this process when first asked, where it cannot fork (a process with threads) or when the
    run renders no page (``ahead`` false: ``dossier check``, which never reads them)."""

    def __init__(self, parts: dict[str, list], ahead: bool = True):
        self.parts, self.found, self.child = parts, None, None
        if ahead and parts and "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
            parent, (pipe, answer) = os.getpid(), os.pipe()
            try:
                pid = os.fork()
            except OSError:  # no process to spare: checked here
                os.close(pipe)
                os.close(answer)
                return
            if pid == 0:  # the child: reads the files where they are, never moving the build's position in them
                try:
                    os.close(pipe)
                    children.worker(parent)
                    os.write(answer, orjson.dumps(self._checked()))
                finally:
                    os._exit(0)
            os.close(answer)
            self.child = pid, pipe

    def _checked(self) -> dict[str, list | None]:
        """Each part's first file that cannot be read, with why ([path, why]); None when they all can."""
        found = {}
        for name, files in self.parts.items():
            found[name] = None
            for file_name, file in files:
                try:
                    _verified(file_name, _whole(file))
                except (OSError, ValueError) as exc:
                    found[name] = [file.name, repr(exc)]
                    break
        return found

    def problem(self, name: str) -> list | None:
        """The first of the part's files that cannot be read, with why; None when they all can."""
        if self.found is None:
            answer = b""
            if self.child is not None:
                pid, pipe = self.child
                while chunk := os.read(pipe, 65536):
                    answer += chunk
                self.stop()
            self.found = orjson.loads(answer) if answer else self._checked()  # the child was stopped: here then
        return self.found.get(name)

    def stop(self) -> None:
        """End the child, if it still runs."""
        if self.child is not None:
            pid, pipe = self.child
            self.child = None
            os.close(pipe)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def _whole(file) -> bytes:
    """The whole of an open file, read where it is (``os.pread``: the file's position, shared with a forked
    process, stays where it was)."""
    return os.pread(file.fileno(), os.fstat(file.fileno()).st_size, 0)


class _Stored:
    """A part of the cache, read from its files when first used."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, cache, owner=None):
        if cache is None:
            return self
        value = cache.__dict__[self.name] = cache._read(self.name)
        return value


class Cache:
    """The memos of one project; ``used`` and ``seen`` note the quote entries and files this run needed, so the rest
    can go.

    A cache opened from a folder (``open_cache``) reads each part when first used; ``Cache()`` starts empty. Its lazy
    parts' files are checked ahead by a child process (``_Checks``) unless the run renders no page (``renders``)."""

    files: dict[str, _File] = _Stored()
    spans: dict[tuple[bytes, str], tuple] = _Stored()  # every place a quote occurs
    pages: dict[str, object] = _Stored()
    texts: _Lazy = _Stored()  # each page's body and search text, packed, by its path (render.StoredPage)
    fragments: _Lazy = _Stored()  # rows of the pages that list many facts, by page (render.fragment_global)
    exports: dict[str, object] = _Stored()  # each fact's part of the exports, the shared wording's (export.py)
    site: dict | None = _Stored()  # {"folder", "build", "files"} of the last build (pipeline.build)
    shared: object = _Stored()  # the Independence found last (builder/independence.py)
    notes: dict[str, tuple] | None = _Stored()  # each note of the pages and rows kept: its text → (note, digest)

    def __init__(self, folder: Path | None = None, stored: dict | None = None, events: set[str] | None = None,
                 renders: bool = True):
        self.folder = folder  # where it is kept (None: nowhere): pipeline.build keeps the search input there too
        self._stored = stored or {}  # part → [(file name, open file)], one per shard, not read yet
        self._loaded: dict[str, object] = {}  # part → what was read, to tell which shards changed
        self._homes: dict[str, dict] = {}  # dict part → the shard each key read was in (``_by_shard``)
        self.rows: dict[str, tuple] = {}  # each fact's comparison row (builder/compare.py)
        self.used: set = set()  # the quote entries this run needed
        self.noting: list | None = None  # the quote entries the fact card being checked needs
        self.seen: set[str] = set()  # the files this run read
        self.events = events  # dossier serve: the files that file-system events named since they were parsed
        self.key: str | None = None  # the code key ``kept_in`` saves it under (None: it is not saved)
        self._written: dict[str, list[str]] | None = None  # the files of each part ``write`` wrote (all but site)
        self._lock: int | None = None  # the folder's lock, held from ``write`` to ``save``
        self._checks = _Checks({name: files for name, files in self._stored.items() if PARTS[name].lazy}, renders)

    def _read(self, name: str):
        part, files = PARTS[name], self._stored.pop(name, [])
        if part.lazy:
            return self._lazy(name, files)
        value = {} if part.shards else None
        homes = {}
        try:
            for index, (file_name, file) in enumerate(files):
                with file:
                    text = _verified(file_name, file.read())
                if part.shards:
                    entries = dict(part.decode(entry, self) for entry in orjson.loads(text))
                    value.update(entries)
                    homes.update(dict.fromkeys(entries, index))
                else:
                    value = part.decode(orjson.loads(text), self)
        except (OSError, ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
            _warn(f"the build cache file {file.name} cannot be read ({exc!r}); "
                  f"doing its part ({name}) again")
            for _, file in files:
                file.close()
            value, files, homes = {} if part.shards else None, [], {}
        self._homes[name] = homes
        self._loaded[name] = (dict(value) if part.shards else value), [n for n, _ in files]
        return value

    def _lazy(self, name: str, files: list) -> _Lazy:
        """A lazy part, once its files are checked (``_Checks``)."""
        problem = self._checks.problem(name) if files else None
        if problem is None and len(files) > PARTS[name].shards:
            problem = [files[0][1].name, f"it has {len(files)} files, more than {PARTS[name].shards}"]
        if problem is not None:
            _warn(f"the build cache file {problem[0]} cannot be read ({problem[1]}); doing its part ({name}) again")
            for _, file in files:
                file.close()
            files = []
        value = _Lazy(name, [file for _, file in files], self)
        self._homes[name] = {}
        self._loaded[name] = value, [n for n, _ in files]
        return value

    def unchanged(self, name: str, problems: Problems):
        """The document of the file at path ``name`` as last parsed, when ``events`` tell it is unchanged since
        (None: read it)."""
        if self.events is None or name in self.events:
            return None
        entry = self.files.get(name)
        if entry is None:
            return None
        self.seen.add(name)
        problems.items.extend(entry.problems)
        return entry.doc

    def parsed(self, path: Path, data: bytes, parse, problems: Problems):
        """``parse(problems)``'s document for the file at ``path`` holding ``data``, parsed once per content."""
        key, name = digest(data), str(path)
        self.seen.add(name)
        if self.events is not None:
            self.events.discard(name)
        entry = self.files.get(name)
        if entry is None or entry.key != key:
            mark = len(problems.items)
            doc = parse(problems)
            entry = self.files[name] = _File(key, doc, tuple(problems.items[mark:]))
        else:
            problems.items.extend(entry.problems)
        return entry.doc

    def read_spans(self) -> None:
        """Read now the places of the quotes (``spans``), which checking an edited card looks up: ``dossier serve``
        after its first build, so that the first save does not wait for them (45 ms at 5,000 facts)."""
        self.spans  # noqa: B018 (read from its files when first used: _Stored)

    def file_keys(self) -> Callable[[Path], bytes]:
        """The digest of each file as parsed now, by its path: later parses (``dossier serve``) leave them as they
        are."""
        files = dict(self.files)
        return lambda path: files[str(path)].key

    def schema(self, doc, check, problems: Problems) -> bool:
        """``check(doc, problems)``, run once per parsed document."""
        entry = self.files.get(str(doc.where.path))
        if entry is None or entry.doc is not doc:
            return check(doc, problems)
        if entry.schema is None:
            mark = len(problems.items)
            found = check(doc, problems), tuple(problems.items[mark:])
            entry = self.files[str(doc.where.path)] = dataclasses.replace(entry, schema=found)  # a new entry: saved
        else:
            problems.items.extend(entry.schema[1])
        return entry.schema[0]

    def record(self, doc, make):
        """``make(doc)``, made once per parsed document: the same record while its file is unchanged."""
        entry = self.files.get(str(doc.where.path))
        if entry is None or entry.doc is not doc:
            return make(doc)
        if entry.record is None:
            entry.record = make(doc)
        return entry.record

    def fact(self, doc, around: tuple[bytes, bytes], check, problems: Problems):
        """``check(problems)``'s fact for the card ``doc``, checked again only when the card changed or what it was
        checked against: ``around`` is (a digest of the files of the records it names, a digest of every other file
        it is checked against); a card checked with problems is checked again when any file changed (a problem may
        name others: "did you mean 'sergey-lavrov'?"), a sound one when a record it names did (``dossier serve``
        re-checks the card edited; a new article, none)."""
        entry = self.files.get(str(doc.where.path))
        if entry is None or entry.doc is not doc:
            return check(problems)
        if entry.fact is None or entry.fact[0] != around[bool(entry.fact[2])]:
            found, self.noting = Problems(), []
            fact = check(found)
            checked = around[bool(found.items)], fact, tuple(found.items), tuple(self.noting)
            self.noting = None
            entry = self.files[str(doc.where.path)] = dataclasses.replace(entry, fact=checked)
        self.used.update(entry.fact[3])  # the quotes it was checked with stay cached
        problems.items.extend(entry.fact[2])
        return entry.fact[1]

    def span(self, body_key: bytes, quote: str, locate):
        """``locate()`` for ``quote`` in the source text whose digest is ``body_key``, run once per pair."""
        key = body_key, quote
        self.used.add(key)
        if self.noting is not None:
            self.noting.append(key)
        if key not in self.spans:
            self.spans[key] = locate()
        return self.spans[key]

    def independence(self, key: bytes, find):
        """``find(the last found)``'s shared wording, found again only when ``key`` (the sources' texts) changed."""
        if self.shared is None or self.shared.key != key:
            self.shared = find(self.shared)
        return self.shared

    def write(self) -> None:
        """Write the parts that changed, all but ``site``, which must not change after (a build writes them while
        Pagefind indexes), and hold the folder's lock until ``save`` names them in cache.json: another run's save
        meanwhile would delete them. Nothing when the cache is not saved; a failure is left to ``save``, which
        writes them again."""
        if self.key is None or self.folder is None or self._written is not None:
            return
        if self._lock is None:
            self._lock = _lock(self.folder)
        with contextlib.suppress(OSError):
            self._written = self._write_parts(self.folder, self.key, [name for name in PARTS if name != "site"])

    def save(self, folder: Path, key: str) -> None:
        """Write the parts that changed to ``folder`` (those ``write`` did not), dropping the quote entries and files
        this run did not use, then cache.json naming every part's files, atomically; files no part names any longer
        are deleted."""
        folder.mkdir(parents=True, exist_ok=True)
        if self._lock is None:
            self._lock = _lock(folder)
        written = self._written or self._write_parts(folder, key, [name for name in PARTS if name != "site"])
        written = {**written, **self._write_parts(folder, key, ["site"])}
        parts = {name: written[name] for name in PARTS}
        _replace(folder / FILE_NAME, orjson.dumps({"key": key, "parts": parts}))
        named = {FILE_NAME} | {n for files in parts.values() for n in files if n}
        for path in [*folder.glob("*.json"), *folder.glob(".*.partial")]:
            if path.name not in named:
                cleared(path).unlink(missing_ok=True)
        self.close()

    def _write_parts(self, folder: Path, key: str, names: list[str]) -> dict[str, list[str]]:
        """Write those of the parts ``names`` that changed, dropping first the quote entries and files this run did
        not use; the files of each."""
        if "spans" in names and "spans" in self.__dict__:
            self.spans = {k: v for k, v in self.spans.items() if k in self.used}
        if "files" in names and "files" in self.__dict__ and self.seen:
            self.files = {k: v for k, v in self.files.items() if k in self.seen}
        if "pages" in names and "pages" in self.__dict__:
            self._keep_texts()
            self._keep_notes()
        index, parts = _index(folder, key), {}
        for name in names:
            part = PARTS[name]
            if name not in self.__dict__:  # never read: unchanged
                parts[name] = index.get(name, [])
            elif part.shards:
                parts[name] = self._save_shards(folder, name, part)
            elif self._unchanged(folder, name):
                parts[name] = self._loaded[name][1]
            else:
                value = self.__dict__[name]
                parts[name] = [] if value is None else [_write(folder, name, orjson.dumps(part.encode(value)))]
        return parts

    def _keep_texts(self) -> None:
        """The texts of the pages rendered this run (the others are those read), none of the pages gone."""
        from builder.render import StoredPage
        pages, texts = self.__dict__["pages"], self.texts
        for path in self._loaded.get("pages", ({}, []))[0].keys() - pages.keys():
            texts.pop(path, None)
        for path, kept in pages.items():
            if not isinstance(kept.page, StoredPage):
                texts[path] = kept.page.packed

    def _keep_notes(self) -> None:
        """The digest of each note of the pages kept, those they were all last checked against (a page notes what
        its rows note, so the rows' are there too); a note with two digests is left out, so its entries count as
        changed."""
        from builder import depends
        found, mixed = {}, set()
        for kept in self.pages.values():
            for note, d in kept.needs:
                if found.setdefault(note, d) != d:
                    mixed.add(note)
        known = {note: text for text, (note, _) in (self.notes or {}).items()}
        notes = {known.get(note) or depends.note_text(note): (note, d) for note, d in found.items() if note not in mixed}
        if notes != self.notes:
            self.notes = notes

    def _unchanged(self, folder: Path, name: str) -> bool:
        """Whether a one-value part is the value read, from files that are still there."""
        value, read = self._loaded.get(name, (_MISSING, []))
        return self.__dict__[name] is value and bool(read) and all((folder / n).is_file() for n in read)

    def _save_shards(self, folder: Path, name: str, part: _Part) -> list[str]:
        """The files of a dict part's shards (``_count`` of them): a shard's file as read when none of its entries
        changed (a lazy part's shard never decoded did not)."""
        value, (loaded, read) = self.__dict__[name], self._loaded.get(name, ({}, []))
        if part.lazy and not value.now:  # nothing decoded, so nothing changed
            count = value.count
        else:
            count = _count(part, value.estimate() if part.lazy else len(value), len(read))
        if part.lazy and count == value.count:
            now, before = value.now, value.read
        elif part.lazy:  # split anew: every shard read, every shard written
            now, before = _by_shard(value.entries(), count), {}
        elif len(read) == count:
            homes = self._homes.get(name, {})
            now, before = _by_shard(value, count, homes), _by_shard(loaded, count, homes)
        else:
            now, before = _by_shard(value, count), {}
        files = []
        for s in range(count):
            stem, entries, old = f"{name}-{s:02d}", now.get(s), before.get(s, {})
            if entries is None and len(read) == count:  # never decoded: its file as read
                files.append(read[s] if (folder / read[s]).is_file() else _write(folder, stem, value.raw(s)))
                continue
            entries = entries or {}
            same = len(read) == count and (folder / read[s]).exists() and len(entries) == len(old)
            if same and all(_equal(old.get(k, _MISSING), v) for k, v in entries.items()):
                files.append(read[s])
            else:
                files.append(_write(folder, stem, _dump_entries(part, entries.items())))
        return files

    def close(self) -> None:
        """Close the files of the parts never read and of the lazy parts; release the folder's lock."""
        self._checks.stop()
        for files in self._stored.values():
            for _, file in files:
                file.close()
        self._stored = {}
        for value in self.__dict__.values():
            if isinstance(value, _Lazy):
                value.close()
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    def emptied(self, why: BaseException) -> Cache:
        """The cache, every part forgotten, after its data broke a run (``why``): a cache restored from elsewhere may
        hold anything its files' checksums pass. Saved, it replaces the one it was."""
        _warn(f"the build cache's data do not fit this build ({why!r}); building again without it, and keeping the "
              "new build's")
        self.close()
        empty = Cache(self.folder)
        empty.key = self.key
        self.__dict__ = empty.__dict__
        return self


_MISSING = object()


def _equal(before, now) -> bool:
    """Whether an entry is the one read (or an equal one: a page kept with what it was made of, in memory only)."""
    return before is now or (before is not _MISSING and before == now)


SHARD_ENTRIES = 50  # the entries a shard holds, about: a small dossier's cache is a few files, a large one's many


def _count(part: _Part, entries: float, read: int) -> int:
    """How many shards to write a part of about ``entries`` entries in: a power of two for about ``SHARD_ENTRIES``
    entries each, at most the part's ``shards``; or the count ``read``, while it is within a factor of four of that
    (a part is split anew only once it has grown or shrunk a lot, not back and forth as a card comes and goes)."""
    aim = 1
    while aim < part.shards and aim * SHARD_ENTRIES < entries:
        aim *= 2
    return read if read and aim / 4 <= read <= aim * 4 else aim


def _by_shard(entries: dict, shards: int, homes: dict | None = None) -> dict[int, dict]:
    """``entries`` by the shard each goes in: for a key read from the cache's ``shards`` files, the shard it was read
    from (``homes``: not digested again)."""
    found = {s: {} for s in range(shards)}
    homes = homes or {}
    for k, v in entries.items():
        home = homes.get(k)
        found[_shard(k, shards) if home is None else home][k] = v
    return found


def _shard(key, shards: int) -> int:
    return zlib.crc32(repr(key).encode()) % shards


def _dump_entries(part: _Part, entries: list) -> bytes:
    """The shard's entries as a JSON list; an entry that JSON cannot hold (a lone surrogate, an integer of over 64
    bits) is left out, to be done again."""
    encoded = [e for e in (v.data if isinstance(v, _Undecoded) else part.encode(k, v) for k, v in entries)
               if e is not None]
    try:
        return orjson.dumps(encoded)
    except orjson.JSONEncodeError:
        kept = []
        for e in encoded:
            with contextlib.suppress(orjson.JSONEncodeError):
                kept.append(orjson.dumps(e))
        return b"[" + b",".join(kept) + b"]"


def _write(folder: Path, stem: str, data: bytes) -> str:
    """Write ``data`` to a file of ``folder`` named after ``stem`` and a checksum of ``data``; its name."""
    name = f"{stem}-{zlib.crc32(data):08x}.json"
    _replace(folder / name, data)
    return name


def _verified(name: str, data: bytes) -> bytes:
    """``data``, read from the file ``name``, when its checksum is the one in its name (what ``_write`` wrote)."""
    if f"{zlib.crc32(data):08x}.json" != name.rsplit("-", 1)[-1]:
        raise ValueError("its bytes are not those written: it was damaged or changed")
    return data


def _replace(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.partial")
    cleared(partial).write_bytes(data)
    os.replace(partial, cleared(path))


def open_regular(path: Path):
    """``path`` opened for reading, when it is a regular file (or a link to one); OSError for anything else: a named
    pipe would be waited on for ever, /dev/zero read for ever, in a cache restored from a shared store."""
    file = open(path, "rb", opener=lambda name, flags: os.open(name, flags | os.O_NONBLOCK))
    if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
        file.close()
        raise OSError(f"{path} is not a regular file")
    return file


def read_regular(path: Path) -> bytes:
    """The bytes of the regular file at ``path`` (see ``open_regular``)."""
    with open_regular(path) as file:
        return file.read()


def cleared(path: Path) -> Path:
    """``path``, with whatever is there and is no regular file (a folder, a named pipe) deleted: a file is written
    there next, or it is one no longer needed."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif os.path.lexists(path) and not path.is_file():
        path.unlink()
    return path


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold the cache folder's lock: a run reads cache.json and opens its files, or writes them, alone."""
    fd = _lock(folder)
    try:
        yield
    finally:
        os.close(fd)


def _lock(folder: Path) -> int:
    """The cache folder opened and locked (closing it releases the lock)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _index(folder: Path, key: str) -> dict:
    """The part → files of cache.json in ``folder``, when made by this code ({} otherwise; a part whose files are
    not a list of names is left out)."""
    try:
        data = orjson.loads(read_regular(folder / FILE_NAME))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("parts"), dict):
        return {}
    return {name: files for name, files in data["parts"].items()
            if isinstance(files, list) and all(isinstance(n, str) for n in files)}


# -- each part as plain data


def _encode_file(name: str, entry: _File):
    doc = entry.doc
    if not _storable(doc.data):
        return None
    lines = orjson.dumps([[list(path), line, column] for path, (line, column) in doc.lines.items()]).decode()
    schema = None if entry.schema is None else [entry.schema[0], [_problem(p) for p in entry.schema[1]]]
    fact = None
    if entry.fact is not None:
        around, checked, problems, quotes = entry.fact
        fact = [around.hex(), _record(checked), [_problem(p) for p in problems],
                [[body.hex(), quote] for body, quote in quotes]]
    return [name, entry.key.hex(), [doc.kind, doc.id, doc.data, lines, doc.body, doc.body_line, doc.broken],
            [_problem(p) for p in entry.problems], schema, fact]


def _decode_file(data, _cache):
    from builder.load import RawDoc
    from builder.model import Fact
    name, key, (kind, ident, values, lines, body, body_line, broken), problems, schema, fact = data
    doc = RawDoc(kind, ident, Located(_path(name)), values, _Lines(lines), body, body_line, broken)
    schema = None if schema is None else (schema[0], tuple(map(_from_problem, schema[1])))
    if fact is not None:
        checked = None if fact[1] is None else _reader(Fact)(fact[1])  # None: the card failed its check
        fact = (bytes.fromhex(fact[0]), checked, tuple(map(_from_problem, fact[2])),
                tuple((bytes.fromhex(body), quote) for body, quote in fact[3]))
    return name, _File(bytes.fromhex(key), doc, tuple(map(_from_problem, problems)), schema, fact)


class _Lines(Mapping):
    """A document's value → (line, column), as read back from the cache: made into a dict when first looked up
    (only a file's problems look it up, and most files read back have none)."""

    def __init__(self, data: str):
        self._data, self._lines = data, None  # the JSON text: read as one string, parsed when needed

    def _made(self) -> dict:
        if self._lines is None:
            self._lines = {tuple(path): (line, column) for path, line, column in orjson.loads(self._data)}
        return self._lines

    def __getitem__(self, path):
        return self._made()[path]

    def __iter__(self):
        return iter(self._made())

    def __len__(self) -> int:
        return len(self._made())


def _record(value):
    """A checked record (a fact, its accounts, their spans and values) as plain data: each dataclass as the list of
    its fields (its class is known where it is read back: ``_reader``), tuples as lists, infinite numbers as
    {"float": "inf"}."""
    if isinstance(value, float) and not math.isfinite(value):
        return {"float": repr(value)}
    if isinstance(value, tuple):
        return [_record(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "__dataclass_fields__"):
        return [_record(getattr(value, name)) for name in _names(type(value))]
    return value


@functools.cache
def _names(kind: type) -> tuple[str, ...]:
    """The names of a dataclass's fields given to its constructor."""
    return tuple(f.name for f in dataclasses.fields(kind) if f.init)


@functools.cache
def _reader(kind) -> Callable | None:
    """How a value of the type ``kind`` (a class or a type hint) is read back from what ``_record`` made: None for
    plain data, read as it is. A record's reader knows which of its fields hold more than plain data, so that
    only those are looked into (a fact card's 25 objects are read back from lists)."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is tuple:  # tuple[X, ...]
        item = _reader(args[0])
        return tuple if item is None else lambda data: tuple([item(v) for v in data])
    if origin is types.UnionType:  # X | None
        item = _reader(next(arg for arg in args if arg is not type(None)))
        return None if item is None else lambda data: None if data is None else item(data)
    if kind is float:
        return lambda data: float(data["float"]) if type(data) is dict else data
    if kind is Path:
        return _path
    if not dataclasses.is_dataclass(kind):
        return None
    hints = typing.get_type_hints(kind)
    fields = [(n, read) for n, name in enumerate(_names(kind)) if (read := _reader(hints[name])) is not None]

    def read(data: list):
        for n, field in fields:
            data[n] = field(data[n])
        return kind(*data)
    return read


def _problem(p: Problem) -> list:
    return [str(p.where.path), p.where.line, p.where.column, p.message, p.warning]


def _from_problem(data) -> Problem:
    path, line, column, message, warning = data
    return Problem(Located(_path(path), line, column), message, warning)


@functools.lru_cache(maxsize=4096)
def _path(name: str) -> Path:
    """``Path(name)``, made once for the many places in one file."""
    return Path(name)


def _storable(value) -> bool:
    """Whether JSON gives ``value`` back as it is: no infinite or NaN numbers (orjson would write null)."""
    if isinstance(value, dict):
        return all(_storable(v) for v in value.values())
    if isinstance(value, list):
        return all(_storable(v) for v in value)
    return not isinstance(value, float) or math.isfinite(value)


def _encode_span(key, found):
    return [key[0].hex(), key[1], None if found is None else [[s.start, s.end] for s in found]]


def _decode_span(data, _cache):
    from builder.quotes import Span
    body_key, quote, found = data
    return (bytes.fromhex(body_key), quote), None if found is None else tuple([Span(s, e) for s, e in found])


def _encode_page(path, kept):
    from builder import depends
    page = kept.page
    return [path, depends.to_data(kept, [page.title, page.meta, page.key.hex(), page.search_key.hex()])]


def _decode_page(data, cache: Cache):
    from builder import depends
    from builder.render import StoredPage
    path, kept = data
    texts = cache.texts
    if not texts.files:
        raise ValueError("the pages' texts are missing")
    return path, depends.from_data(kept, lambda page: StoredPage(path, page[0], page[1], bytes.fromhex(page[2]),
                                                                 bytes.fromhex(page[3]), texts), cache.notes or {})


def _packed(stored: str) -> bytes:
    """A page's text as the cache stores it (packed, in base64), checked to unpack, and to no more than any page's
    size: a file written with a checksum to match (by hand, or by a tool) may hold what does not, or a few MB that
    unpack to GBs."""
    packed = base64.b64decode(stored, validate=True)
    unpacking = zlib.decompressobj()
    try:
        unpacking.decompress(packed, _LARGEST_PAGE)
    except zlib.error as exc:
        raise ValueError(f"a page's text does not unpack ({exc})") from None
    if unpacking.unconsumed_tail:
        raise ValueError("a page's text unpacks to more than any page holds")
    return packed


_LARGEST_PAGE = 256 * 2 ** 20  # bytes; the largest page at 20,000 facts is a few MB


def _encode_fragments(path, kept):
    from builder import depends
    return [path, [[key.hex(), depends.to_data(entry, str(entry.page))] for key, entry in kept.items()]]


def _decode_fragments(data, cache: Cache):
    from builder import depends
    path, kept = data
    return path, {bytes.fromhex(key): depends.from_data(entry, Markup, cache.notes or {}) for key, entry in kept}


def _encode_notes(notes: dict):
    return [[text, found.hex()] for text, (_, found) in notes.items()]


def _decode_notes(data, _cache):
    from builder import depends
    return {text: (depends.text_note(text), bytes.fromhex(found)) for text, found in data}


def _encode_shared(found):
    from builder import independence
    return independence.to_data(found)


def _decode_shared(data, _cache):
    from builder import independence
    return independence.from_data(data)


PARTS = {
    "files": _Part(64, _encode_file, _decode_file),
    "spans": _Part(4, _encode_span, _decode_span),
    "pages": _Part(128, _encode_page, _decode_page),  # a one-fact edit changes about 15 pages: 15 shards rewritten
    "texts": _Part(128, lambda path, texts: [path, *(None if t is None else base64.b64encode(t).decode()
                                                     for t in texts)],
                   lambda data, _: (data[0], tuple(None if t is None else _packed(t) for t in data[1:])),
                   lazy=True),  # packed, as in memory (RenderedPage.packed)
    "fragments": _Part(64, _encode_fragments, _decode_fragments, lazy=True),
    "exports": _Part(8, lambda k, v: [k, v], lambda data, _: tuple(data)),
    "notes": _Part(0, _encode_notes, _decode_notes),
    "shared": _Part(0, _encode_shared, _decode_shared),
    "site": _Part(0, lambda site: site, lambda site, _: site),
}


@contextlib.contextmanager
def kept_in(folder: Path | None, templates: Path | None = None, renders: bool = True) -> Iterator[Cache | None]:
    """The cache saved in ``folder`` (None: no cache), saved back when the block ends, even by an error; ``renders``:
    whether the run renders pages (``Cache``).

    A ``folder`` that cannot hold the cache is reported and the run goes on without one."""
    if folder is None:
        yield None
        return
    if folder.exists() and not folder.is_dir():
        _warn(f"{folder} is not a folder, so the build cache is off; delete it to use the cache")
        yield None
        return
    key = code_key(templates)
    try:
        cache = open_cache(folder, key, renders)
    except OSError as exc:  # a folder that cannot be read (its permissions)
        _warn(f"the build cache in {folder} cannot be read ({exc.strerror or exc}), so it is off; fix its permissions, "
              "or delete it")
        yield None
        return
    unwritable = _unwritable(folder)
    if unwritable:
        _warn(f"the build cache in {folder} cannot be updated ({unwritable}); it is only read")
        cache.folder = None  # nothing is kept there (pipeline.build: the search input)
    else:
        cache.key = key
    try:
        yield cache
    finally:
        try:
            if not unwritable:
                cache.save(folder, key)
        except OSError as exc:
            _warn(f"the build cache could not be saved in {folder}: {exc.strerror or exc}")
        finally:
            cache.close()


def _unwritable(folder: Path) -> str | None:
    """Why files cannot be written in ``folder`` (made when missing); None when they can."""
    probe = folder / f".probe-{os.getpid()}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def open_cache(folder: Path, key: str | None = None, renders: bool = True) -> Cache:
    """The cache saved in ``folder``, its parts read when first used; an empty one when there is none, it was
    made by other code or versions, or it cannot be read (with a warning). ``renders``: see ``Cache``."""
    if not folder.is_dir():
        return Cache(folder)
    with _locked(folder):
        try:
            data = orjson.loads(read_regular(folder / FILE_NAME))
        except FileNotFoundError:
            return Cache(folder)
        except (OSError, ValueError) as exc:
            _warn(f"the build cache {folder / FILE_NAME} cannot be read ({exc}); building without it")
            return Cache(folder)
        if not isinstance(data, dict) or data.get("key") != (key or code_key()):
            return Cache(folder)
        parts = data.get("parts")
        if not isinstance(parts, dict):
            _warn(f"the build cache {folder / FILE_NAME} is damaged; building without it")
            return Cache(folder)
        stored = {name: _open_part(folder, name, files) for name, files in parts.items() if name in PARTS}
    return Cache(folder, stored, renders=renders)


def _open_part(folder: Path, name: str, files) -> list:
    """The part's files, opened now (so a run that replaces them later does not take them away); none, with a
    warning, when one cannot be opened."""
    opened = []
    try:
        for file_name in files:
            opened.append((file_name, open_regular(folder / Path(file_name).name)))
    except (OSError, TypeError) as exc:
        for _, file in opened:
            file.close()
        _warn(f"the build cache in {folder} lacks a file of its part {name} ({exc!r}); doing that part again")
        return []
    return opened


def code_key(templates: Path | None = None) -> str:
    """A digest of the builder's code and schemas, the templates, Python's and the libraries' versions: what
    results depend on."""
    parts = [sys.version.encode(), *(importlib.metadata.version(lib).encode() for lib in _LIBRARIES)]
    parts += [folder_digest(f) for f in [_CODE, _CODE.parent / "templates"] + ([templates] if templates else [])]
    return digest(b"\0".join(parts)).hex()


def folder_digest(folder: Path) -> bytes:
    """A digest of the names and bytes of every file under ``folder`` (none when it does not exist). A link that
    leads out of the folder's parent (the project, for its templates) is digested by where it leads, never read:
    the build refuses it (load.links_out), and it may name a file of any size."""
    project = folder.resolve().parent
    parts = []
    for path in files_under(folder, project):
        target = path.resolve()
        if "__pycache__" in path.parts:
            continue
        if project not in target.parents:
            parts += [str(path.relative_to(folder)).encode(), b"-> " + str(target).encode()]
        elif target.is_file():
            parts += [str(path.relative_to(folder)).encode(), target.read_bytes()]
    return digest(b"\0".join(parts))


def files_under(folder: Path, within: Path | None = None) -> list[Path]:
    """Every entry under ``folder`` that is not a folder (files, links, pipes…), sorted, however deep the folders go
    (walked without recursion: a thousand nested folders once raised Python's recursion limit). A linked folder is
    an entry, walked too only when it leads ``within`` that folder (once: links may loop)."""
    found, todo, seen = [], [folder] if folder.is_dir() else [], set()
    while todo:
        here = todo.pop()
        try:
            entries = list(os.scandir(here))
        except OSError:  # unreadable: what is in it is not digested, and the build reports it
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                todo.append(path)
            elif within is not None and entry.is_symlink() and path.is_dir():
                target = path.resolve()
                if within in target.parents and target not in seen:
                    seen.add(target)
                    todo.append(path)
            else:
                found.append(path)
    return sorted(found)


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)
