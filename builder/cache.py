"""The build cache: what earlier runs computed, reused when its inputs are unchanged.

Every entry is keyed by content, never by time, so an entry is never stale, only unused:
- parsed files: a content file's bytes → its parsed document, its schema verdict and the problems found;
- located quotes: (a source's text, a quote) → where the quote is, or None;
- rendered pages: see builder/depends.py;
- each fact's part of the exports, keyed like the pages' records;
- the last site built, and a snapshot of its folder: when the folder is unchanged and an edit leaves MkDocs'
  input alone, the next build rewrites only the files that change (pipeline.update).

``dossier build`` and ``dossier check`` keep it in .dossier-cache/cache.pickle (delete it at any time); CI
restores that folder between runs. A cache written by other builder code is ignored.
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import os
import pickle
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from builder.problems import Problem, Problems

FILE_NAME = "cache.pickle"
_LIBRARIES = ("jinja2", "markupsafe", "pyyaml", "jsonschema")
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


@dataclass
class Cache:
    """The memos of one project; ``used`` notes the quote entries this run needed, so the rest can go."""

    files: dict[str, _File] = field(default_factory=dict)
    spans: dict[tuple[bytes, str], object] = field(default_factory=dict)
    pages: dict[str, object] = field(default_factory=dict)
    exports: dict[tuple, tuple] = field(default_factory=dict)  # each fact's part of the exports (export.py)
    site: tuple | None = None  # (output folder, pipeline.Built, write.snapshot of the folder) of the last build
    used: set = field(default_factory=set, repr=False)

    def parsed(self, path: Path, data: bytes, parse, problems: Problems):
        """``parse(problems)``'s document for the file at ``path`` holding ``data``, parsed once per content."""
        key, name = digest(data), str(path)
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

    def span(self, body_key: bytes, quote: str, locate):
        """``locate()`` for ``quote`` in the source text whose digest is ``body_key``, run once per pair."""
        key = body_key, quote
        self.used.add(key)
        if key not in self.spans:
            self.spans[key] = locate()
        return self.spans[key]

    def save(self, folder: Path) -> None:
        """Write the cache to ``folder`` atomically, dropping the quote entries this run did not use."""
        self.spans = {k: v for k, v in self.spans.items() if k in self.used}
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f".{FILE_NAME}.partial"
        with partial.open("wb") as out:
            pickle.dump((_code_key(), self.files, self.spans, self.pages, self.exports, self.site), out,
                        pickle.HIGHEST_PROTOCOL)
        os.replace(partial, folder / FILE_NAME)


@contextlib.contextmanager
def kept_in(folder: Path | None) -> Iterator[Cache | None]:
    """The cache saved in ``folder`` (None: no cache), saved back when the block ends, even by an error."""
    if folder is None:
        yield None
        return
    cache = open_cache(folder)
    try:
        yield cache
    finally:
        try:
            cache.save(folder)
        except OSError as exc:
            print(f"warning: the build cache could not be saved in {folder}: {exc.strerror or exc}", file=sys.stderr)


def open_cache(folder: Path) -> Cache:
    """The cache saved in ``folder``, or an empty one when there is none or it was written by other code."""
    try:
        with (folder / FILE_NAME).open("rb") as saved:
            code, *memos = pickle.load(saved)
    except Exception:  # missing, truncated or from another version: start afresh
        return Cache()
    return Cache(*memos) if code == _code_key() else Cache()


def _code_key() -> bytes:
    """A digest of the builder's code and schemas, Python's and the libraries' versions: what results depend on."""
    parts = [sys.version.encode(), *(importlib.metadata.version(lib).encode() for lib in _LIBRARIES)]
    for path in sorted(_CODE.rglob("*")):
        if path.suffix in (".py", ".json") and "__pycache__" not in path.parts:
            parts += [str(path.relative_to(_CODE)).encode(), path.read_bytes()]
    return digest(b"\0".join(parts))
