"""The hosted site's search index: Pagefind over the built pages, written to pagefind/."""
from __future__ import annotations

import contextlib
import gzip
import html
import importlib.metadata
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import cbor2
import orjson
from builder import children, search_parts, write
from builder.cache import cleared, digest, read_regular
from builder.problems import DossierError, Located, Problem

FOLDER = "pagefind"
_RUNNING: set[subprocess.Popen] = set()


def index(site: Path, lean: Lean | None = None, background: bool = False, reuse: Path | None = None) -> None:
    """(Re)index the built site at ``site`` into ``site/pagefind`` (see ``indexing``), and wait for it."""
    with indexing(site, lean, background, reuse):
        pass


@contextlib.contextmanager
def indexing(site: Path, lean: Lean | None = None, background: bool = False,
             reuse: Path | None = None) -> Iterator[None]:
    """Index the site at ``site`` into ``site/pagefind`` while the block runs (the build writes the rest of the
    site meanwhile), replacing any previous index whole once the block and Pagefind are done.

    Only Material's article (the page content: no header, navigation or footer) of pages that carry
    ``data-pagefind-body`` is indexed (see templates/theme/main.html); Pagefind reads it from the ``lean``
    copy (see ``lean_copy``) when there is one, else from ``site`` itself (then the block must not write pages).
    A lean copy of one part is indexed whole, into the index; one of several parts is indexed part by part, one
    after another (only the parts whose pages changed since their index was kept), and the parts' indexes merged
    (builder/search_parts.py). Pagefind writes beside the index, which is then swapped in; it is killed when the
    block fails or the build ends, even by kill -9. In the ``background`` (``dossier serve``), it runs at the lowest
    CPU priority, so that the rebuild of the next save comes first. With ``reuse`` (the current site's index),
    Pagefind writes only the page records that changed (see ``_prefill``).
    """
    binary = _executable()
    if binary is None:
        raise _failed(site, "Pagefind is not installed; install it with pip install 'pagefind[bin]'")
    partial = site / f".{FOLDER}.partial"
    write.remove(partial)
    try:
        if lean is None or len(lean.parts) < 2:
            if lean is not None:
                write.remove(lean.store)  # the parts' indexes of a dossier that had several
            with _indexed(binary, site if lean is None else lean.folder / next(iter(lean.parts), ""), partial,
                          background, site, reuse):
                yield
        else:
            with _parts_indexed(binary, lean, background, site, reuse, partial) as merged:
                yield
            if not merged():  # unreadable parts: made anew
                write.remove(lean.store)
                with _parts_indexed(binary, lean, background, site, None, partial) as merged:
                    pass
                if not merged():
                    raise _failed(site, "the parts of the search index could not be merged; run the build again, "
                                        "and if it fails again, report it with the build's output")
        if (site / FOLDER).exists():
            write.exchange(partial, site / FOLDER)
        else:
            os.rename(partial, site / FOLDER)
    finally:
        write.remove(partial)


def _executable() -> Path | None:
    """Pagefind's binary, as ``pagefind.service`` finds it; from the pinned ``pagefind_bin`` package itself unless
    PAGEFIND_BINARY_PATH names another (``pagefind.service`` imports asyncio and ssl: 35 ms of a small build)."""
    if "PAGEFIND_BINARY_PATH" not in os.environ:
        with contextlib.suppress(ImportError, OSError):
            from pagefind_bin import get_executable
            return get_executable()
    from pagefind.service import get_executable
    return get_executable()


@contextlib.contextmanager
def _indexed(binary: Path, pages: Path, output: Path, background: bool, site: Path,
             reuse: Path | None) -> Iterator[None]:
    """Pagefind over the pages in ``pages`` into the new folder ``output`` while the block runs, writing only the
    page records the index ``reuse`` lacks (see ``_prefill``)."""
    if reuse is not None and not _prefill(output, reuse):
        write.remove(output)
        reuse = None
    with _running(binary, pages, output, background, site):
        yield
    if reuse is not None and not _pruned(output):  # an index whose files cannot be told apart: made anew
        write.remove(output)
        with _running(binary, pages, output, background, site):
            pass


@contextlib.contextmanager
def _parts_indexed(binary: Path, lean: Lean, background: bool, site: Path, reuse: Path | None,
                   into: Path) -> Iterator[Callable[[], bool]]:
    """Index the parts of ``lean`` whose pages changed since their index was kept (in ``lean.store``, each beside
    a file holding the key of the part it was made of), one after another, then merge the parts' indexes into
    ``into`` (``_merged``), in a thread of its own, while the block runs; waited for after it. Yields whether the
    merge could read the parts, once done. The merged index takes Pagefind's scripts from a part indexed now, else
    from the current site's index ``reuse`` (scripts are never taken from the cache, which may come from
    elsewhere), else from the first part, indexed again."""
    store = lean.store
    if store.is_symlink() or (store.exists() and not store.is_dir()):
        write.remove(store)
    store.mkdir(exist_ok=True)
    for entry in os.listdir(store):  # parts of another size of dossier, and whatever else
        if entry.removesuffix(_KEY) not in lean.parts or (store / entry).is_symlink():
            write.remove(store / entry)
    version = importlib.metadata.version("pagefind")
    keys = {part: f"{version} {key}" for part, key in lean.parts.items()}
    stale = [part for part in sorted(keys) if not _kept_part(store, part, keys[part])]
    if not stale and not _made_by(reuse, version):
        stale = sorted(keys)[:1]
    failed, stopping, merged = [], threading.Event(), []

    def run() -> None:
        try:
            for part in stale:
                if stopping.is_set():
                    return
                (store / f"{part}{_KEY}").unlink(missing_ok=True)
                output = store / f".{part}.partial"
                write.remove(output)
                kept = store / part if (store / part).is_dir() else None
                with _indexed(binary, lean.folder / part, output, background, site, kept):
                    pass
                if kept is not None:
                    write.exchange(output, store / part)
                    write.remove(output)
                else:
                    os.rename(output, store / part)
                (store / f"{part}{_KEY}").write_text(keys[part])
            if not stopping.is_set():
                merged.append(_merged(lean, into, store / stale[0] if stale else reuse, reuse, background, site))
        except BaseException as exc:  # noqa: BLE001 - raised again in the build's thread
            failed.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    try:
        yield lambda: merged[0]
        worker.join()
    except BaseException:  # the block failed, or the build was interrupted (Ctrl-C), maybe while waiting
        stopping.set()
        while worker.is_alive():
            stop()
            worker.join(0.05)
        raise
    if failed:
        raise failed[0]


def _merged(lean: Lean, output: Path, scripts: Path, reuse: Path | None, background: bool, site: Path) -> bool:
    """Merge the parts' indexes into ``output`` (see ``search_parts.merge``) in a process of its own, on the core
    Pagefind leaves free while the build writes the rest of the site; False when they cannot be read. In the
    ``background`` (``dossier serve``), at the lowest CPU priority, so that the merge never holds the preview's
    interpreter."""
    write.remove(output)
    parts = [lean.store / part for part in sorted(lean.parts)]
    command = [sys.executable, "-m", "builder.search_parts", str(output), str(scripts), str(reuse or ""),
               *map(str, parts)]
    with children.popen(command, background) as child:
        _RUNNING.add(child)
        try:
            if child.wait() not in (0, 3):
                raise _failed(site, f"merging the parts of the search index failed (exit {child.returncode})")
        finally:
            _RUNNING.discard(child)
            child.kill()
    return child.returncode == 0


_KEY = ".key"  # beside each part's index in the store: the key of the part's pages it was made of


def _made_by(index: Path | None, version: str) -> bool:
    """Whether ``index`` is a whole index that the Pagefind of this ``version`` made."""
    try:
        return index is not None and orjson.loads((index / search_parts.ENTRY).read_bytes())["version"] == version
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _kept_part(store: Path, part: str, key: str) -> bool:
    """Whether the store holds the index of ``part`` made of the pages of this ``key``."""
    try:
        return (store / part).is_dir() and (store / f"{part}{_KEY}").read_text() == key
    except (OSError, ValueError):
        return False


@contextlib.contextmanager
def _running(binary: Path, pages: Path, output: Path, background: bool, site: Path) -> Iterator[None]:
    """Pagefind over the pages in ``pages``, writing into ``output``, while the block runs; waited for after it."""
    with children.popen([str(binary), "--site", str(pages), "--output-path", str(output), "--keep-index-url",
                         "--quiet"], background, stdout=subprocess.DEVNULL) as child:  # Ctrl-C reaches the build,
        # which ends it
        _RUNNING.add(child)
        try:
            yield
            if child.wait() != 0:
                raise _failed(site, f"Pagefind failed (exit {child.returncode}) making the search index; "
                                    "run the build again, and if it fails again, report it with the build's output")
        finally:
            _RUNNING.discard(child)
            child.kill()  # when the block failed or the build was interrupted; a no-op once it has ended


FRAGMENTS = "fragment"  # the index's folder of page records, each named by a digest of its content
SIGNATURE = b"pagefind_dcd"  # what Pagefind's metadata starts with, once unzipped


def _prefill(partial: Path, reuse: Path) -> bool:
    """Link the page records of the index ``reuse`` into ``partial``. Pagefind writes no file named by a digest that
    already exists, so it then writes the records of the pages that changed only (a one-fact edit at 5,000 facts:
    a few files, not 6,000; writing them was half of Pagefind's time). It opens only its files of fixed names for
    writing (scripts, entry), and those are not linked: nothing is written through a link into the current site.
    The word lists are few and written anew: a new file named as a linked one the new index no longer uses would
    keep the old content, and only the records of the changed pages are such (odds about one in ten million an
    edit, the names being 28 bits of a digest). False when the records cannot be linked."""
    folder = reuse / FRAGMENTS
    if not folder.is_dir() or folder.is_symlink():
        return True
    try:
        os.makedirs(partial / FRAGMENTS)
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_file(follow_symlinks=False):
                    os.link(entry.path, partial / FRAGMENTS / entry.name)
    except OSError:
        return False
    return True


def _pruned(partial: Path) -> bool:
    """Delete the linked page records the new index does not use: its metadata (one per language) names every page
    record it uses. False when the metadata cannot be read."""
    try:
        entry = orjson.loads((partial / "pagefind-entry.json").read_bytes())
        used = set()
        for language in entry["languages"].values():
            data = gzip.decompress((partial / f"pagefind.{language['hash']}.pf_meta").read_bytes())
            _, pages, *_ = cbor2.loads(data.removeprefix(SIGNATURE))
            used.update(f"{page[0]}.pf_fragment" for page in pages)
    except (OSError, ValueError, KeyError, TypeError, IndexError, EOFError, cbor2.CBORDecodeError):
        return False
    for file in os.scandir(partial / FRAGMENTS) if (partial / FRAGMENTS).is_dir() else ():
        if file.name not in used:
            os.unlink(file.path)
    return True


def _failed(site: Path, message: str) -> DossierError:
    return DossierError([Problem(Located(site), message)])


class Lean(NamedTuple):
    """A lean copy (see ``lean_copy``): its folder, a digest of every page's path and content, and its parts (each a
    folder of the copy) with a digest of each part's pages."""

    folder: Path
    key: str
    parts: dict[str, str]

    @property
    def store(self) -> Path:
        """Where the index of each part is kept, when there are several (beside the copy)."""
        return self.folder.with_name(self.folder.name + ".parts")


@contextlib.contextmanager
def lean_copy(folder: Path, pages, language: str, keep: bool = False) -> Iterator[Lean]:
    """What Pagefind reads of each page, written into ``folder`` for the block: what the page has for the search
    index (``RenderedPage.searched``) as its content, at the page's path in the folder of its part
    (``search_parts.assign``), without Material's header, navigation and footer (about a third less for Pagefind to
    read). ``pages`` are (path in the site, page, group) triples (``search_parts.groups``: the pages an edit changes
    together; None for a page of no group). Yields the folder, a key of the whole copy and of each part.

    With ``keep`` (``folder`` in the build cache), the copy stays for the next build, which writes only the pages
    whose content changed (by their ``search_key``) and deletes those gone (and so does the index of each part:
    ``indexing``): a digest of each page's content is kept beside the folder, written once the copy is complete and
    removed while it changes, so a build killed half-way leaves no digests and the next build writes the copy
    anew."""
    keys_file = folder.with_name(folder.name + ".keys")
    before = _read_keys(keys_file) if keep and not folder.is_symlink() else {}  # a link: to a folder not ours
    if before:
        before = _kept(folder, before) if folder.is_dir() else {}
    if not before:
        write.remove(folder)  # left by a build that was killed, or kept without its digests
    cleared(keys_file).unlink(missing_ok=True)
    pages = list(pages)
    assigned = search_parts.assign((path, group) for path, _, group in pages)
    try:
        keys, parts = {}, {}
        for path, page, _ in pages:
            name = f"{assigned[path]}/{path}"
            keys[name] = key = digest(f"{language}\0".encode() + page.search_key).hex()
            parts.setdefault(assigned[path], {})[path] = key
            if before.get(name) != key:
                write.write_file(folder / name, _page(page.searched, language))
        for name in before.keys() - keys.keys():
            (folder / name).unlink(missing_ok=True)
        for name in os.listdir(folder) if folder.is_dir() else ():
            if name not in parts:  # a part of a dossier of another size
                write.remove(folder / name)
        if keep:
            partial = keys_file.with_name(f".{keys_file.name}.partial")
            partial.write_bytes(orjson.dumps(keys))
            os.replace(partial, keys_file)
        yield Lean(folder, _key(keys), {part: _key(held) for part, held in parts.items()})
    finally:
        if not keep:
            discard(folder)


def discard(folder: Path) -> None:
    """Remove a lean copy not kept in the cache, and the index of each part beside it."""
    write.remove(folder)
    write.remove(Lean(folder, "", {}).store)


def _key(keys: dict[str, str]) -> str:
    return digest(orjson.dumps(keys, option=orjson.OPT_SORT_KEYS)).hex()


def _page(body: str, language: str) -> bytes:
    """The page Pagefind reads: the body alone, as the content."""
    return (f'<!doctype html>\n<html lang="{html.escape(language)}">\n<head><meta charset="utf-8"></head>\n'
            f"<body><div data-pagefind-body>{body}</div></body>\n</html>\n").encode()


def _read_keys(path: Path) -> dict[str, str]:
    """The digests ``lean_copy`` kept beside its folder ({} when there are none, they cannot be read, or they name
    a path that is not a page's, such as ../../site_config.yml)."""
    try:
        keys = orjson.loads(read_regular(path))
    except (OSError, ValueError):
        return {}
    if not isinstance(keys, dict) or not all(isinstance(k, str) and _page_path(k) for k in keys):
        return {}
    return keys


def _kept(folder: Path, keys: dict[str, str]) -> dict[str, str]:
    """The digests of the pages ``folder`` holds as regular files; anything else in it is deleted: a named pipe
    (Pagefind would wait on it for ever), a link (it would index what that names), a file no digest names."""
    kept, todo, prefix = {}, [folder], len(str(folder)) + 1
    while todo:
        with os.scandir(todo.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    todo.append(entry.path)
                elif entry.is_file(follow_symlinks=False) and entry.path[prefix:] in keys:
                    kept[entry.path[prefix:]] = keys[entry.path[prefix:]]
                else:
                    os.unlink(entry.path)
    return kept


def _page_path(path: str) -> bool:
    """Whether ``path`` is a page's path in the site: relative, and going down only."""
    parts = path.split("/")
    return path.endswith(".html") and not path.startswith("/") and "" not in parts and ".." not in parts


def stop() -> None:
    """Kill the Pagefind processes this process started that still run (``dossier serve`` stopping)."""
    for child in list(_RUNNING):
        child.kill()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The indexing processes this process runs (Pagefind, the merge of the parts) stopped while the block runs, and
    continued after it: ``dossier serve`` rebuilding after a save while the index of the save before is refreshed.
    At the lowest CPU priority they still slowed the rebuild by a third to a half on a machine of two cores."""
    held = list(_RUNNING)
    for child in held:
        _signal(child, signal.SIGSTOP)
    try:
        yield
    finally:
        for child in held:
            _signal(child, signal.SIGCONT)


def _signal(child: subprocess.Popen, number: int) -> None:
    """Send ``number`` to the child's process group (its own session), unless it has ended and been waited for
    (its number may then be another process's)."""
    if child.returncode is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(child.pid, number)


def carry(site: Path, staging: write.Staging) -> None:
    """Link the search index of the current ``site`` into ``staging`` (refreshed later by ``index``)."""
    for folder, _, files in os.walk(site / FOLDER):  # thousands of files: strings, not Paths
        rel = os.path.relpath(folder, site)
        for name in files:
            staging.link(os.path.join(rel, name))
