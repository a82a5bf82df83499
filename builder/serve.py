"""dossier serve: build into a temporary folder, serve it on localhost, rebuild and reload the browser on change.

Changes are seen by file-system events (watchfiles), and only the files they name are read again. Every rebuild
is the build of ``dossier build`` (pipeline.build) with the cache kept in memory (at first, the one ``dossier build``
left in the project, read only: ``first_state``): only the changed pages are rendered, the site tree the last
rebuild swapped out is brought up to date (only the files that differ are replaced), and swapped in whole. The
search index is refreshed after that, in a thread of its own (``Indexer``), never holding up the reload or the
next rebuild; it is served from the indexer's folder, beside the site rather than in it. The exports are made
when first asked for (``Exports``), not by every rebuild."""
from __future__ import annotations

import contextlib
import dataclasses
import errno
import gc
import html
import io
import ipaddress
import json
import os
import posixpath
import queue
import shutil
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import watchfiles
from watchfiles._rust_notify import RustNotify  # watch()'s own watcher, stopped when the folders change

from builder import depends, pipeline, search, suggestions_page, write
from builder.cache import Cache, code_key, open_cache
from builder.config import CACHE_DIR, CONFIG_FILE, Config, load_config
from builder.independence import shingled
from builder.load import editors_own
from builder.problems import CHECK_ALL, SHOWN, DossierError, Problem, more, os_problem

VERSION_PATH = "/__dossier__/version"
STEP_MS = 20  # a batch of changes is built once no other change came for this long (a save may take several writes)
DEBOUNCE_MS = 500  # ... or once it has grown for this long
WAIT_FOR_BUILD = 5.0  # seconds a request made while a save is being built waits for it, at most
YOUNG_BUILDS = 8  # builds in a row without a quiet moment whose cycles wait (9,000 objects each at 5,000 facts)
TIDY_AFTER = 30.0  # seconds without a change after a build before a full collection (0.3–0.7 s at 5,000 facts)
LOCAL_NAMES = ("127.0.0.1", "localhost", "[::1]")
Report = Callable[[list[Problem]], None]


@dataclass(frozen=True)
class State:
    """One build as served: its folder (None before the first good build), its number and its errors (empty
    when it worked)."""

    config: Config
    folder: Path | None
    version: int = 0
    errors: tuple[str, ...] = ()
    cache: Cache = field(default_factory=lambda: Cache(events=set()))  # kept in memory for the whole session
    spare: write.Spare = field(default_factory=write.Spare)  # the site tree the next build brings up to date
    exports: Exports | None = None  # the exports of the build served


class Exports:
    """The exports of one build (builder/export.py), made when first asked for: a rebuild leaves them out of the
    site tree (at 5,000 facts, making and writing their 28 MB was a fifth of a rebuild after a one-fact edit)."""

    _making = threading.Lock()  # one at a time: they keep each fact's part in the session's cache

    def __init__(self, result: pipeline.Result, cache: Cache):
        self.result, self.cache = result, cache
        self.files: dict[str, bytes] | None = None

    def get(self, path: str) -> bytes | None:
        """The bytes of the export at ``path`` in the site (exports/dossier.json), None for no export."""
        with self._making:
            if self.files is None:
                self.files = dict(pipeline.exports(self.result.site, self.cache, self.result.keys))
        return self.files.get(path)


def first_state(config: Config, site: Path) -> State:
    """The state before the first build into ``site``, with the build cache ``dossier build`` keeps in the project,
    read only (the preview never writes it): the first build checks every file against it by its digest, as
    ``dossier build`` does, parses, checks and renders only what changed since, and links the other pages from the
    site ``dossier build`` made (see ``_seed``); once a build has worked, file-system events tell which files to
    read again (``rebuild``)."""
    cache = open_cache(config.root / CACHE_DIR, code_key(config.templates))
    cache.folder = None  # nothing is kept there
    _seed(cache, site, config.output.resolve())
    return State(config, None, cache=cache)


def _seed(cache: Cache, site: Path, built: Path) -> None:
    """Make ``site`` a copy of the site ``built`` (the configured output folder) when the cache remembers it, file
    by file linked, not its search index, and have the cache remember the copy: the first build then links its
    unchanged files from there. Nothing when the cache remembers another site, when ``built`` no longer holds the
    build it remembers, when it cannot be linked (another file system), or when a build swapped it meanwhile."""
    if not cache.site or cache.site.get("folder") != str(built) or write.site_id(built) != cache.site.get("build"):
        return
    try:
        shutil.copytree(built, site, symlinks=True, ignore=shutil.ignore_patterns(search.FOLDER),
                        copy_function=os.link)
    except (OSError, shutil.Error):
        write.remove(site)
        return
    if write.site_id(built) != cache.site["build"]:  # some files may be the new build's
        write.remove(site)
        return
    cache.site = {**cache.site, "folder": str(site)}


class Preview:
    """The state the server reads (the watcher replaces it whole after each build, so readers never see half of
    one), and the folder the search index is served from (``search``: the indexer's)."""

    def __init__(self, state: State, empty: Path, local_only: bool, search: Path | None = None):
        self.state, self.empty, self.local_only = state, empty, local_only
        self.search = search or empty
        self._suggesting, self._suggested = threading.Lock(), (None, b"")
        self.idle = threading.Event()  # set while no save is being built
        self.idle.set()

    @contextlib.contextmanager
    def building(self) -> Iterator[None]:
        """A save being built: meanwhile a request waits for it (WAIT_FOR_BUILD seconds at most) and is answered
        from the new build, so the editor's browser is not given the page the save replaces, and answering does
        not take turns with building (one interpreter lock)."""
        self.idle.clear()
        try:
            yield
        finally:
            self.idle.set()

    def suggestions(self, state: State) -> bytes:
        """The page of pending suggestions for this build, from the dossier it checked: made once (it takes seconds),
        however many ask at once."""
        with self._suggesting:
            if self._suggested[0] != state.version:
                checked = None if state.errors or state.exports is None else state.exports.result.site.dossier
                self._suggested = state.version, suggestions_page.html(checked)
            return self._suggested[1]


class Indexer:
    """Indexes the served pages again whenever asked, in a thread of its own: Pagefind reads what it indexes of each
    page (a lean copy kept in ``work``, where only the pages whose content changed are written again) at the lowest
    CPU priority, and the new index replaces the one in ``work/pagefind`` in one step (the server serves it from
    there)."""

    def __init__(self, work: Path):
        self.work = work
        self.stale, self.stopped = threading.Event(), False
        self.searched: tuple[list, str] | None = None  # the last build's pages (pipeline.Result.searched), language
        self.thread = threading.Thread(target=self._run, daemon=True)  # started by the first request: the first
        # build, in a process with no thread yet, may fork its render workers (builder/render.py)

    def request(self, searched: list, language: str) -> None:
        """Index these pages (``pipeline.Result.searched``) once the indexer is free; a later request replaces it."""
        self.searched = searched, language
        self.stale.set()
        if not self.thread.is_alive() and not self.stopped:
            self.thread.start()

    def _run(self) -> None:
        while True:
            self.stale.wait()
            self.stale.clear()
            if self.stopped:
                return
            try:
                self._index(*self.searched)
            except DossierError as exc:  # Pagefind failed: the last index stays; the preview goes on
                if not self.stopped:  # else stop() killed it
                    print("\n".join(f"warning: {p.message}" for p in exc.problems), file=sys.stderr,
                          flush=True)
            except Exception:
                if not self.stopped:
                    traceback.print_exc()

    def stop(self) -> None:
        """End the indexing under way, if any (its lean copy, its Pagefind), and wait until the indexer is done
        with its folders."""
        self.stopped = True
        self.stale.set()  # the thread ends instead of indexing again
        while self.thread.is_alive():
            search.stop()  # again until the thread has ended: a Pagefind may start after a first stop
            self.thread.join(0.05)

    def _index(self, searched: list, language: str) -> None:
        self.work.mkdir(parents=True, exist_ok=True)
        with search.lean_copy(self.work / "lean", searched, language, keep=True) as lean:
            if self.stopped:
                return
            search.index(self.work, lean, background=True, reuse=self.work / search.FOLDER)


def run(config: Config, host: str, port: int, report: Report) -> int:
    """Serve a live preview of the project until Ctrl-C (or SIGTERM, SIGHUP): 0, as stopping is how it ends; 1 when
    the address cannot be used."""
    local_only = _is_loopback(host)
    with write.scratch("serve", background=True) as tmp:  # thousands of files: Ctrl-C need not wait
        write.clear_killed()  # what previews and builds killed meanwhile left
        site = tmp / "site"
        preview = Preview(first_state(config, site), tmp / "empty", local_only, tmp / "search")
        preview.empty.mkdir()
        try:
            address = host.strip("[]")
            server = (_IPv6Server if ":" in address else _Server)((address, port),
                                                                             partial(Handler, preview=preview))
        except OSError as exc:
            option = "--host" if isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL else "--port"  # a
            # name that cannot be looked up, an address not this machine's
            print(f"cannot serve on {host}:{port}: {exc.strerror or exc}; choose another {option}", file=sys.stderr)
            return 1
        server.daemon_threads = True
        indexer = Indexer(preview.search)
        previous = {sig: signal.signal(sig, _interrupt) for sig in write.STOPS}
        serving = threading.Thread(target=server.serve_forever, daemon=True)
        try:
            changes = events(preview)
            next(changes)  # watching from here on: a save during the first build triggers another
            gc.disable()
            preview.state = rebuild(preview.state, site, report, indexer)
            collect_young()
            serving.start()
            name = f"[{address}]" if ":" in address else address
            print(f"Serving http://{name}:{server.server_port}/ (Ctrl-C to stop); rebuilding on every change to "
                  f"{config.content_dir}/, {config.templates_dir}/ and {CONFIG_FILE}.", flush=True)
            if not local_only:
                print(f"warning: {host} is reachable from other machines; anyone who can reach it can read the "
                      "preview", file=sys.stderr)
            watch(preview, site, report, indexer, changes)
        except KeyboardInterrupt:
            pass
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            if serving.is_alive():
                server.shutdown()
            server.server_close()
            indexer.stop()  # before the temporary folder is deleted
    print("Stopped.", flush=True)
    return 0


class _Server(ThreadingHTTPServer):
    """The preview's server: a browser that drops a connection (a page load cancelled, a tab closed) is no error."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class _IPv6Server(_Server):
    address_family = socket.AF_INET6


_STOPPING = threading.Event()  # set by Ctrl-C, so that ``events`` stops even when its KeyboardInterrupt was lost


def _interrupt(signum, frame):
    """Ctrl-C, SIGTERM from a process manager (even where SIGINT was ignored) or SIGHUP (the terminal closed): stop
    and clean up. (Raised where Python cannot pass it on, in a weakref callback of an import, say, the exception is
    lost: ``events`` raises it again.)"""
    _STOPPING.set()
    raise KeyboardInterrupt


def _is_loopback(host: str) -> bool:
    try:
        return host == "localhost" or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def events(preview: Preview) -> Iterator[set[str]]:
    """The paths of each batch of changes to the watched files (file-system events), an empty batch every 0.1 s
    when nothing changed, the first once watching has begun.

    Only the content and templates folders are watched, each of their folders (not hidden ones, nor links out of
    the project), and the project folder itself without its subfolders: site_config.yml, even replaced by a rename,
    and a content or templates folder made, deleted or replaced. Not the whole project, whose .venv alone is 1,500
    folders to watch. When a watched folder is made, deleted or replaced, the folders are listed again and the batch
    names every file in them, so that files saved before the new ones were watched are read again too; the same
    when the configuration names other folders."""
    config = preview.state.config
    _STOPPING.clear()
    watching = _Watching(config)
    try:
        yield set()
        while True:
            if _STOPPING.is_set():  # Ctrl-C came, but its KeyboardInterrupt was lost
                raise KeyboardInterrupt
            if preview.state.config is not config:  # rebuilt with site_config.yml read again
                config = preview.state.config
                if watching.folders_of(config) != watching.roots:
                    watching = watching.renewed(config)
                    yield watching.files()
                    continue
            batch = watching.batch()
            if batch is None:
                yield set()
                continue
            changed = {path for _, path in batch if watched(config, Path(path))}
            if preview.state.errors:  # the folder the last error asked for (content_dir) may have been made
                changed |= {str(config.root / CONFIG_FILE) for change, path in batch
                            if change != watchfiles.Change.modified and os.path.dirname(path) == str(config.root)
                            and not os.path.basename(path).startswith(".")}
            if watching.moved(batch):
                watching = watching.renewed(config)
                changed |= watching.files()
            yield changed
    finally:
        watching.close()


class _Watching:
    """The folders ``events`` watches for a configuration, each on its own (not its subfolders), and their
    watcher."""

    def __init__(self, config: Config):
        self.config, self.roots = config, self.folders_of(config)
        self.folders = self._listed()
        self.notify = _notify(self.folders)
        for _ in range(5):  # a folder made while the watcher started (`cp -r` of a tree) was seen by neither
            listed = self._listed()
            if listed == self.folders:
                break
            self.notify.close()
            self.folders, self.notify = listed, _notify(listed)
        self._batches: queue.SimpleQueue[set[tuple[int, str]]] = queue.SimpleQueue()
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def batch(self) -> set[tuple[int, str]] | None:
        """The next batch of events, None when none came for 0.1 s. The thread that waits for them starts at the
        first call, after the first build (which may fork render workers, and a process with threads is never
        forked): the events meanwhile wait in the watcher."""
        if self._thread.ident is None:
            self._thread.start()
        try:
            return self._batches.get(timeout=0.1)
        except queue.Empty:
            return None

    def _watch(self) -> None:
        """Wait for events with no time limit: RustNotify's wait that times out empties the events that come as it
        ends (watchfiles 1.3), so that a save could be missed."""
        while isinstance(batch := self.notify.watch(DEBOUNCE_MS, STEP_MS, 0, self._closing), set):
            self._batches.put(batch)

    def close(self) -> None:
        self._closing.set()
        if self._thread.ident is not None:
            self._thread.join()
        self.notify.close()

    def _listed(self) -> list[str]:
        root = str(self.config.root)
        folders = {root: None}  # in order, without repeats
        for folder in self.roots:
            if os.path.isdir(folder):
                folders.update(dict.fromkeys(_tree(folder, root)))
            else:  # the nearest folder above it that exists: the event that makes it
                folders[next(str(p) for p in Path(folder).parents if p.is_dir())] = None
        return list(folders)

    @staticmethod
    def folders_of(config: Config) -> tuple[str, str]:
        return str(config.content), str(config.templates)

    def renewed(self, config: Config) -> _Watching:
        """A watcher of ``config``'s folders as they are now, watching before this one stops (no save is missed)."""
        new = _Watching(config)
        self.close()
        return new

    def moved(self, batch: set[tuple[int, str]]) -> bool:
        """Whether the ``batch`` of events made, deleted or replaced a folder: one watched, one under the content
        or templates folder, or one of these two or a folder above them."""
        inside, folders = tuple(folder + os.sep for folder in self.roots), set(self.folders)
        for change, path in batch:
            if change == watchfiles.Change.modified:
                continue
            if path in folders or any(folder == path or folder.startswith(path + os.sep) for folder in self.roots):
                return True
            if path.startswith(inside) and not os.path.basename(path).startswith(".") and os.path.isdir(path):
                return True
        return False

    def files(self) -> set[str]:
        """Every watched file there is now (its path as an event would name it)."""
        found = set()
        for folder in self.folders:
            with contextlib.suppress(OSError):
                found.update(entry.path for entry in os.scandir(folder) if not entry.is_dir())
        return {path for path in found if watched(self.config, Path(path))}


def _tree(folder: str, project: str) -> list[str]:
    """``folder`` and the folders under it, not hidden ones (.git), each once (a link to one already listed is not
    listed again), not those out of the ``project`` through a link (a link to / would be the whole file system)."""
    found, seen, todo = [], set(), [folder]
    while todo:
        top = todo.pop()
        real = os.path.realpath(top)
        if real in seen or not (real == project or real.startswith(project + os.sep)):
            continue
        seen.add(real)
        found.append(top)
        with contextlib.suppress(OSError):
            todo.extend(entry.path for entry in os.scandir(top)
                        if not entry.name.startswith(".") and entry.is_dir())
    return found


def _notify(folders: list[str]) -> RustNotify:
    """A watcher of each of ``folders`` (not their subfolders); one that vanished meanwhile is left out. Where the
    system allows no more file-system watches, the folders are polled instead."""
    polling = False
    while True:
        try:
            return RustNotify(folders, False, polling, 300, False, True)
        except FileNotFoundError:
            there = [folder for folder in folders if os.path.isdir(folder)]
            if there == folders:  # not for a folder gone
                raise
            folders = there
        except OSError as exc:
            if polling:
                raise
            print(f"warning: cannot watch the project's folders for changes ({exc}); checking them every 0.3 s "
                  "instead", file=sys.stderr, flush=True)
            polling = True


def watched(config: Config, path: Path) -> bool:
    """Whether ``path`` is site_config.yml or a file under the content or templates folder (not hidden, nor an
    editor's backup~ or #auto-save#)."""
    if path == config.root / CONFIG_FILE:
        return True
    if path.name.startswith(".") or editors_own(path.name):
        return False
    return any(path == folder or folder in path.parents for folder in (config.content, config.templates))


def watch(preview: Preview, site: Path, report: Report, indexer: Indexer, changes: Iterator[set[str]]) -> None:
    """Rebuild after each batch of ``changes``; runs until interrupted. Changes made during a build come in the
    next batch. The cycle collector is off while a build runs; what the build leaves in reference cycles is
    collected at the first quiet moment after it (``collect_young``), once the editor has the page; when saves come
    without a pause, at the latest before the build after YOUNG_BUILDS builds. Once no change came for TIDY_AFTER
    seconds after a build, so are the cycles of what it replaced (a Jinja environment after a template was edited,
    Material's frame after the configuration was), by a full collection: long enough after the last save that the
    next one seldom waits for it."""
    untidy, young, built = True, 0, time.monotonic()  # young: the builds whose cycles are not collected yet
    try:
        for changed in changes:
            if changed:
                if young >= YOUNG_BUILDS:  # saves without a pause: the cycles of the builds before first
                    collect_young()
                    young = 0
                if preview.state.cache.events is not None:  # else every file is checked by its digest
                    preview.state.cache.events |= changed  # only these files are read again (builder/load.py)
                gc.disable()
                young += 1
                with search.paused(), preview.building():  # the index of the save before waits: the editor waits
                    preview.state = rebuild(preview.state, site, report, indexer)  # for this one
                untidy, built = True, time.monotonic()
            elif young:
                collect_young()
                young = 0
            elif untidy and time.monotonic() - built >= TIDY_AFTER:
                gc.unfreeze()
                gc.collect()
                gc.freeze()
                untidy = False
    finally:
        if young:
            collect_young()


def collect_young() -> None:
    """Collect the youngest generation, which holds every object the builds made since the collector was turned off
    (``gc.disable``): the reference cycles Jinja's rendering leaves, 9,000 objects a build at 5,000 facts, in 0.015 s;
    freeze what stays out of the collector's sight, so that no full collection of the kept cache comes on its own
    (builder/pipeline.py); turn the collector on again."""
    gc.collect(0)
    gc.freeze()
    gc.enable()


def rebuild(state: State, site: Path, report: Report, indexer: Indexer) -> State:
    """Build the site into ``site`` (see the module's docstring); on errors keep serving the last good build."""
    started = time.perf_counter()
    root, config = state.config.root, state.config
    try:
        config = load_config(root)  # watched from here on, even when the build fails
        result = pipeline.build(config, site, allow_outside=True, cache=state.cache, index=False, spare=state.spare,
                                with_exports=False)
    except (DossierError, OSError) as exc:  # OSError: a folder that cannot be written, a full disk
        problems = exc.problems if isinstance(exc, DossierError) else [os_problem(exc, site)]
        report(problems)
        errors = tuple(f"{n}. {p.format(root)}" for n, p in enumerate(problems, 1))
        return dataclasses.replace(state, config=config, version=state.version + 1, errors=errors)
    except Exception as exc:  # a bug must not stop the preview either
        traceback.print_exc()
        return dataclasses.replace(state, config=config, version=state.version + 1,
                                   errors=(f"{type(exc).__name__}: {exc}",))
    report(result.warnings)
    print(f"Built {result.pages} pages ({result.written} files written) in {time.perf_counter() - started:.2f} s "
          f"(build {state.version + 1}).", flush=True)
    if result.written or state.folder is None:  # pages changed, or the first build: no index yet
        indexer.request(result.searched, config.language)
    if state.cache.events is None:  # every file was read and checked: from here on, file-system events tell
        state.cache.events = set()
    if state.folder is None:  # the first build: the next ones check each page against the few records changed,
        depends.ready(state.cache.pages.values())  # and an edited card's quotes against their places
        state.cache.read_spans()
    # and find the wording a new or edited article shares for it alone, after a build that found it whole too
    state.cache.shared = shingled(state.cache.shared, result.site.dossier.sources, config.shared_wording_words)
    return dataclasses.replace(state, config=config, folder=site, version=state.version + 1, errors=(),
                               exports=Exports(result, state.cache))


class Handler(SimpleHTTPRequestHandler):
    """Serves the current build; adds the reload script to every HTML page, and the error overlay after a failure."""

    def __init__(self, *args, preview: Preview, **kwargs):
        preview.idle.wait(WAIT_FOR_BUILD)
        self.preview, self.state = preview, preview.state  # one state for the whole request
        super().__init__(*args, directory=str(self.state.folder or preview.empty), **kwargs)

    def log_message(self, format, *args):
        pass  # the terminal shows builds and problems, not every request

    def send_head(self):
        if self.preview.local_only and _host(self.headers.get("Host", "")) not in LOCAL_NAMES:
            self.send_error(403, "dossier serve answers only requests for 127.0.0.1 or localhost")
            return None
        route = unquote(urlsplit(self.path).path)
        if "\0" in route:  # no file name holds one (open() would raise)
            self.send_error(400, "the address holds a null character")
            return None
        if route == VERSION_PATH:
            return self._send(str(self.state.version).encode(), "text/plain; charset=utf-8")
        if route == suggestions_page.PATH:  # the suggest branch's page (builder/suggestions_page.py)
            page = self.preview.suggestions(self.state)
            return self._send(page_with_extras(page, self.state.version, ()), "text/html; charset=utf-8")
        path = posixpath.normpath(route).lstrip("/")
        export = self.state.exports.get(path) if self.state.exports and path.startswith("exports/") else None
        if export is not None:
            return self._send(export, self.guess_type(path))
        if path.startswith(f"{search.FOLDER}/"):  # the indexer's, beside the site
            self.directory = str(self.preview.search)
        file = Path(self.translate_path(self.path))
        try:
            folder = file.is_dir()
        except OSError:  # a name too long for any file (pathlib of Python 3.11 raises): no such page
            self.send_error(404, "no page at this address")
            return None
        if folder and route.endswith("/"):
            file = file / "index.html"
        if file.suffix != ".html" or not (file.is_file() or self.state.errors):
            return super().send_head()
        try:
            page = file.read_bytes() if file.is_file() else None
        except OSError:  # gone with the tree a rebuild swapped out meanwhile
            return super().send_head()
        return self._send(page_with_extras(page, self.state.version, self.state.errors), "text/html; charset=utf-8")

    def send_error(self, code, message=None, explain=None):
        """A page not found is the site's own 404 page, as the published site's host answers it."""
        missing = Path(self.state.folder) / "404.html" if code == 404 and self.state.folder else None
        try:
            page = missing.read_bytes() if missing is not None else None
        except OSError:  # none, or gone with the tree a rebuild swapped out meanwhile
            page = None
        if page is None:
            return super().send_error(code, message, explain)
        body = page_with_extras(page, self.state.version, self.state.errors)
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _send(self, body: bytes, content_type: str):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        return io.BytesIO(body)


def _host(header: str) -> str:
    """The host name of a Host header, without the port: '127.0.0.1:8000' → '127.0.0.1', '[::1]:80' → '[::1]'."""
    header = header.lower()
    return header.split("]")[0] + "]" if header.startswith("[") else header.split(":")[0]


def page_with_extras(page: bytes | None, version: int, errors: tuple[str, ...]) -> bytes:
    """``page`` with the reload script and, after a failed build, the error overlay (a page of its own if none)."""
    extras = (overlay(errors, page is not None) if errors else "") + reload_script(version)
    if page is None:
        return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>dossier: the build failed'
                f"</title></head><body>{extras}</body></html>\n").encode()
    end = page.lower().rfind(b"</body>")
    end = len(page) if end < 0 else end
    return page[:end] + extras.encode() + page[end:]


def reload_script(version: int) -> str:
    """A script that polls the build number and reloads the page when it changes."""
    return ("<script>(() => { const built = %s; const poll = () => fetch(%s, {cache: 'no-store'})"
            ".then(r => r.text()).then(v => v === built ? setTimeout(poll, 100) : location.reload(),"
            " () => setTimeout(poll, 1000)); poll(); })();</script>"
            % (json.dumps(str(version)), json.dumps(VERSION_PATH)))


def overlay(errors: tuple[str, ...], below: bool = True) -> str:
    """The errors of the last build as a box over the top of the page (the last good build, ``below`` it, unless no
    build has worked yet), which a button hides, the first SHOWN of them; every text escaped."""
    listed = errors[:SHOWN] + ((more(len(errors) - SHOWN, CHECK_ALL),) if len(errors) > SHOWN else ())
    items = "".join(f"<li>{html.escape(e)}</li>" for e in listed)
    return ('<div id="dossier-errors" role="alert" style="position:fixed;top:0;left:0;right:0;max-height:70vh;'
            "z-index:2147483647;overflow:auto;background:#fff;color:#1b1b1b;padding:1.25rem 2rem;"
            "border-bottom:.3rem solid #a4161a;box-shadow:0 .5rem 1.5rem rgba(0,0,0,.35);"
            'font:16px/1.5 system-ui,sans-serif">'
            '<button type="button" onclick="this.parentElement.remove()" style="float:right;font:inherit;'
            'padding:2px 12px;border:1px solid #767676;border-radius:4px;background:#f3f3f3;color:inherit;'
            'cursor:pointer">Hide</button>'
            '<h1 style="color:#a4161a;margin:0 0 8px;font:700 22px/1.3 system-ui,sans-serif">The dossier has errors</h1>'
            f"<p>{'The page below is the last good build.' if below else 'No build has worked yet.'} Fix the files "
            "listed here; the page reloads as soon as they are fixed.</p>"
            f'<ol style="list-style:none;padding:0;font-family:monospace;white-space:pre-wrap">{items}</ol></div>')
