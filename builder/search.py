"""The hosted site's search index: Pagefind over the built pages, written to pagefind/, in parts.

A dossier of more than FACTS_PER_PART facts is indexed in parts (at most MAX_PARTS, plus the main one), which
search.js merges in the browser (Pagefind's ``mergeIndex``: the parts share the main part's WebAssembly). A fact's
page, its summit's pages and the pages of the sources that report only on summits of the same part go to the part
of that summit; every other page to the main part. An edit re-indexes only the parts whose pages changed: each
part's key (a digest of what Pagefind reads of its pages, and of Pagefind's version) is written to
pagefind/parts.json, and a part whose key is the current site's is linked from it."""
from __future__ import annotations

import contextlib
import ctypes
import html
import ctypes.util
import importlib.metadata
import math
import os
import signal
import subprocess
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import orjson
from builder import write
from builder.cache import digest
from builder.model import Dossier

FOLDER = "pagefind"
PARTS_FILE = "parts.json"  # in FOLDER: each part's key, by name ("" is the main part, FOLDER itself)
FACTS_PER_PART = 1000  # a dossier is split once it has more facts than this
MAX_PARTS = 8  # ... into at most this many parts besides the main one: each is a request more per search
MAIN = "main"  # the main part's folder in the lean copy
_PR_SET_PDEATHSIG = 1
_RUNNING: set[subprocess.Popen] = set()


class Indexed(NamedTuple):
    """What Pagefind reads of one page: its path in the site, the part of the index it goes to, and its body."""

    path: str
    part: str
    body: str


class Lean(NamedTuple):
    """The lean copy (see ``lean_copy``): its folder, and each part's key."""

    folder: Path
    parts: dict[str, str]


def partition(dossier: Dossier) -> Callable[[str], str]:
    """The part of the index (see the module's docstring) of each page, by its path in the site."""
    count = min(MAX_PARTS, math.ceil(len(dossier.facts) / FACTS_PER_PART))
    if count < 2:
        return lambda path: ""

    def of_summit(summit: str) -> str:
        return f"part-{zlib.crc32(summit.encode()) % count}"
    of_source: dict[str, set[str]] = {}
    for fact in dossier.facts.values():
        for source in fact.sources:
            of_source.setdefault(source, set()).add(of_summit(fact.summit))

    def part(path: str) -> str:
        folder, _, name = path.partition("/")
        stem = name.removesuffix(".html")
        if folder == "facts" and stem in dossier.facts:
            return of_summit(dossier.facts[stem].summit)
        if folder in ("summits", "compare") and stem in dossier.summits:
            return of_summit(stem)
        if folder == "sources" and len(of_source.get(stem, ())) == 1:
            return next(iter(of_source[stem]))
        return ""
    return part


def index(site: Path, lean: Lean, current: Path | None = None, background: bool = False) -> None:
    """Index the ``lean`` copy into ``site/pagefind``, replacing any index there whole; each part whose key is the
    one in the ``current`` site's index is linked from it rather than indexed again.

    Only Material's article (the page content: no header, navigation or footer) of pages that carry
    ``data-pagefind-body`` is indexed (see templates/theme/main.html). Pagefind writes beside the index, which
    is then swapped in; it is killed when the build ends, even by kill -9. In the ``background`` (``dossier
    serve``), it runs at the lowest CPU priority, so that the rebuild of the next save comes first.
    """
    new, work = site / f".{FOLDER}.partial", site / f".{FOLDER}.part"
    kept = _read_keys(current / FOLDER / PARTS_FILE) if current else {}
    try:
        for folder in (new, work):
            write.remove(folder)
        for part, key in sorted(lean.parts.items()):  # the main part first: the others go into its folder
            target = new / part if part else new
            if kept.get(part) == key and _carry(current / FOLDER, part, target, kept):
                continue
            write.remove(target)  # what a failed link left
            pagefind(lean.folder / (part or MAIN), work, background)
            os.rename(work, target)
        (new / PARTS_FILE).write_bytes(orjson.dumps(lean.parts, option=orjson.OPT_SORT_KEYS))
        if (site / FOLDER).exists():
            write.exchange(new, site / FOLDER)
        else:
            os.rename(new, site / FOLDER)
    finally:
        for folder in (new, work):
            write.remove(folder)


def _carry(index: Path, part: str, target: Path, parts: dict[str, str]) -> bool:
    """Link the files of the ``part`` of the current ``index`` into ``target`` (the main part: without the other
    ``parts`` and the parts file); False when that cannot be done."""
    source = index / part if part else index
    try:
        for folder, names, files in os.walk(source):
            rel = os.path.relpath(folder, source)
            if rel == ".":
                names[:] = [n for n in names if part or n not in parts]
                files = [f for f in files if part or f != PARTS_FILE]
            os.makedirs(os.path.join(target, rel), exist_ok=True)
            for name in files:
                os.link(os.path.join(folder, name), os.path.join(target, rel, name))
        return source.is_dir()
    except OSError:
        return False


def pagefind(site: Path, output: Path, background: bool = False) -> None:
    """Run Pagefind over the pages in ``site``, writing its index into ``output`` (see ``index``)."""
    from pagefind.service import get_executable  # imports asyncio: only for builds that index

    binary = get_executable()
    if binary is None:
        raise RuntimeError("Pagefind is not installed: pip install 'pagefind[bin]'")
    with subprocess.Popen([str(binary), "--site", str(site), "--output-path", str(output),
                           "--keep-index-url", "--quiet"], stdout=subprocess.DEVNULL,
                          preexec_fn=_yielding if background else _die_with_parent,
                          start_new_session=True) as child:  # Ctrl-C reaches the build, which ends it
        _RUNNING.add(child)
        try:
            if child.wait() != 0:
                raise RuntimeError(f"Pagefind failed (exit {child.returncode}) indexing {site}")
        finally:
            _RUNNING.discard(child)
            child.kill()  # when interrupted; a no-op once it has ended


@contextlib.contextmanager
def lean_copy(folder: Path, pages: list[Indexed], language: str, keep: bool = False) -> Iterator[Lean]:
    """What Pagefind reads of each page, written into ``folder`` for the block: the page's body as its content,
    at the page's path in its part's folder, without Material's header, navigation and footer (about a third
    less for Pagefind to read).

    With ``keep`` (``folder`` in the build cache), the copy stays for the next build, which writes only the pages
    whose content changed and deletes those gone: a digest of each page's content is kept beside the folder,
    written once the copy is complete and removed while it changes, so a build killed half-way leaves no
    digests and the next build writes the copy anew."""
    keys_file = folder.with_name(folder.name + ".keys")
    before = _read_keys(keys_file) if keep else {}
    if not before:
        write.remove(folder)  # left by a build that was killed, or kept without its digests
    keys_file.unlink(missing_ok=True)
    try:
        keys: dict[str, str] = {}
        for page in pages:
            text = (f'<!doctype html>\n<html lang="{html.escape(language)}">\n<head><meta charset="utf-8"></head>\n'
                    f"<body><div data-pagefind-body>{page.body}</div></body>\n</html>\n").encode()
            path = f"{page.part or MAIN}/{page.path}"
            keys[path] = key = digest(text).hex()
            if before.get(path) != key:
                write.write_file(folder / path, text)
        for path in before.keys() - keys.keys():
            (folder / path).unlink(missing_ok=True)
        if keep:
            partial = keys_file.with_name(f".{keys_file.name}.partial")
            partial.write_bytes(orjson.dumps(keys))
            os.replace(partial, keys_file)
        yield Lean(folder, _part_keys(keys))
    finally:
        if not keep:
            write.remove(folder)


def _part_keys(keys: dict[str, str]) -> dict[str, str]:
    """Each part's key: a digest of its pages' paths and digests, and of Pagefind's version."""
    parts: dict[str, list[str]] = {}
    for path, key in sorted(keys.items()):
        parts.setdefault(path.split("/", 1)[0], []).append(f"{path}\0{key}")
    version = importlib.metadata.version("pagefind")
    return {("" if name == MAIN else name): digest("\n".join([version, *lines]).encode()).hex()
            for name, lines in parts.items()}


def _read_keys(path: Path) -> dict[str, str]:
    """The keys in the JSON file ``path``: those ``lean_copy`` kept, or an index's parts ({} when there are none,
    or they cannot be read)."""
    try:
        keys = orjson.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return keys if isinstance(keys, dict) else {}


def stop() -> None:
    """Kill the Pagefind processes this process started that still run (``dossier serve`` stopping)."""
    for child in list(_RUNNING):
        child.kill()


def carry(site: Path, staging: write.Staging) -> None:
    """Link the search index of the current ``site`` into ``staging`` (refreshed later by ``index``)."""
    for path in sorted((site / FOLDER).rglob("*")) if (site / FOLDER).is_dir() else ():
        if path.is_file():
            staging.link(path.relative_to(site).as_posix())


def _yielding() -> None:
    """In the child: be killed when the build process ends, and yield the CPU to everything else."""
    _die_with_parent()
    os.nice(19)


def _die_with_parent() -> None:
    """In the child: be killed when the build process ends."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
