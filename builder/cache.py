"""The build cache: what earlier runs computed, reused when its inputs are unchanged.

Every entry is keyed by content, never by time, so an entry is never stale, only unused:
- the wording sources share (builder/independence.py), keyed by the sources' texts;
- rendered page bodies, with the digests of the records each looked up (see builder/depends.py);
- located quotes: (a source's text, a quote) → where the quote is, or None;
- the last site built: its folder, the id in its marker file, and a key per file (builder/write.py), so
  the next build links the files that did not change instead of writing them.
Parsed files, each checked fact card, its comparison row and each fact's part of the exports are kept in memory
only (``dossier serve``).

``dossier build`` and ``dossier check`` keep it in .dossier-cache/cache.json: plain data, never code (delete it
at any time). It is used only by the same builder code, Python and library versions, and templates; a cache
that cannot be read is ignored with a warning.
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from builder.problems import Problem, Problems

FILE_NAME = "cache.json"
_LIBRARIES = ("jinja2", "markupsafe", "markdown-it-py", "pyyaml", "jsonschema", "mkdocs", "mkdocs-material",
              "pagefind")
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
    fact: tuple[bytes, object, tuple[Problem, ...]] | None = None  # (what it was checked against, fact, problems)
    record: object = None  # the record made of the document (a source)


@dataclass
class Cache:
    """The memos of one project; ``used`` notes the quote entries this run needed, so the rest can go."""

    files: dict[str, _File] = field(default_factory=dict)
    spans: dict[tuple[bytes, str], tuple[Span, ...]] = field(default_factory=dict)  # every place a quote occurs
    pages: dict[str, object] = field(default_factory=dict)
    exports: dict[tuple, tuple] = field(default_factory=dict)  # each fact's part of the exports (export.py)
    site: dict | None = None  # {"folder", "build", "files"} of the last build (pipeline.build)
    shared: object = None  # the Independence found last (builder/independence.py)
    rows: dict[str, tuple] = field(default_factory=dict)  # each fact's comparison row (builder/compare.py)
    used: set = field(default_factory=set, repr=False)
    events: set[str] | None = None  # dossier serve: the files that file-system events named since they were parsed

    def unchanged(self, path: Path, problems: Problems):
        """The document of the file at ``path`` as last parsed, when ``events`` tell it is unchanged since (None:
        read it)."""
        entry = self.files.get(str(path))
        if self.events is None or entry is None or str(path) in self.events:
            return None
        problems.items.extend(entry.problems)
        return entry.doc

    def parsed(self, path: Path, data: bytes, parse, problems: Problems):
        """``parse(problems)``'s document for the file at ``path`` holding ``data``, parsed once per content."""
        key, name = digest(data), str(path)
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

    def file_key(self, path: Path) -> bytes:
        """The digest of the file at ``path`` as last parsed."""
        return self.files[str(path)].key

    def schema(self, doc, check, problems: Problems) -> bool:
        """``check(doc, problems)``, run once per parsed document."""
        entry = self.files.get(str(doc.where.path))
        if entry is None or entry.doc is not doc:
            return check(doc, problems)
        if entry.schema is None:
            mark = len(problems.items)
            entry.schema = check(doc, problems), tuple(problems.items[mark:])
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

    def fact(self, doc, around: bytes, check, problems: Problems):
        """``check(problems)``'s fact for the card ``doc``, checked again only when the card or ``around`` (a
        digest of every other file it is checked against) changed: ``dossier serve`` re-checks the card edited."""
        entry = self.files.get(str(doc.where.path))
        if entry is None or entry.doc is not doc:
            return check(problems)
        if entry.fact is None or entry.fact[0] != around:
            found = Problems()
            entry.fact = around, check(found), tuple(found.items)
        problems.items.extend(entry.fact[2])
        return entry.fact[1]

    def span(self, body_key: bytes, quote: str, locate):
        """``locate()`` for ``quote`` in the source text whose digest is ``body_key``, run once per pair."""
        key = body_key, quote
        self.used.add(key)
        if key not in self.spans:
            self.spans[key] = locate()
        return self.spans[key]

    def independence(self, key: bytes, find):
        """``find()``'s shared wording, found again only when ``key`` (the sources' texts) changed."""
        if self.shared is None or self.shared.key != key:
            self.shared = find()
        return self.shared

    def save(self, folder: Path, key: str) -> None:
        """Write the cache to ``folder`` atomically, dropping the quote entries this run did not use."""
        from builder import depends, independence
        self.spans = {k: v for k, v in self.spans.items() if k in self.used}
        data = {
            "key": key,
            "spans": [[k.hex(), quote, [[s.start, s.end] for s in found]] for (k, quote), found in self.spans.items()],
            "pages": {path: depends.to_data(kept) for path, kept in self.pages.items()},
            "site": self.site,
            "shared": independence.to_data(self.shared) if self.shared is not None else None,
        }
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f".{FILE_NAME}.partial"
        partial.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(partial, folder / FILE_NAME)


@contextlib.contextmanager
def kept_in(folder: Path | None, templates: Path | None = None) -> Iterator[Cache | None]:
    """The cache saved in ``folder`` (None: no cache), saved back when the block ends, even by an error.

    A ``folder`` that cannot hold the cache is reported and the run goes on without one."""
    if folder is None:
        yield None
        return
    if folder.exists() and not folder.is_dir():
        _warn(f"{folder} is not a folder, so the build cache is off; delete it to use the cache")
        yield None
        return
    key = code_key(templates)
    cache = open_cache(folder, key)
    try:
        yield cache
    finally:
        try:
            cache.save(folder, key)
        except OSError as exc:
            _warn(f"the build cache could not be saved in {folder}: {exc.strerror or exc}")


def open_cache(folder: Path, key: str | None = None) -> Cache:
    """The cache saved in ``folder``; an empty one when there is none, it was made by other code or versions,
    or it cannot be read (with a warning)."""
    from builder import depends, independence
    from builder.quotes import Span
    try:
        data = json.loads((folder / FILE_NAME).read_text("utf-8"))
    except FileNotFoundError:
        return Cache()
    except (OSError, ValueError) as exc:
        _warn(f"the build cache {folder / FILE_NAME} cannot be read ({exc}); building without it")
        return Cache()
    if not isinstance(data, dict) or data.get("key") != (key or code_key()):
        return Cache()
    try:
        spans = {(bytes.fromhex(k), quote): tuple(Span(*s) for s in found) for k, quote, found in data["spans"]}
        pages = {path: depends.from_data(entry) for path, entry in data["pages"].items()}
        shared = independence.from_data(data["shared"]) if data["shared"] is not None else None
        return Cache(spans=spans, pages=pages, site=data["site"], shared=shared)
    except (KeyError, TypeError, ValueError) as exc:
        _warn(f"the build cache {folder / FILE_NAME} is damaged ({exc!r}); building without it")
        return Cache()


def code_key(templates: Path | None = None) -> str:
    """A digest of the builder's code and schemas, the templates, Python's and the libraries' versions: what
    results depend on."""
    parts = [sys.version.encode(), *(importlib.metadata.version(lib).encode() for lib in _LIBRARIES)]
    parts += [folder_digest(f) for f in [_CODE, _CODE.parent / "templates"] + ([templates] if templates else [])]
    return digest(b"\0".join(parts)).hex()


def folder_digest(folder: Path) -> bytes:
    """A digest of the names and bytes of every file under ``folder`` (none when it does not exist)."""
    parts = []
    for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
        if path.is_file() and "__pycache__" not in path.parts:
            parts += [str(path.relative_to(folder)).encode(), path.read_bytes()]
    return digest(b"\0".join(parts))


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)
