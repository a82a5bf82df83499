"""The only module that writes the site: a new tree beside it, made visible in one step, under a lock."""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from builder.cache import digest
from builder.config import CACHE_DIR, Config
from builder.load import MARKER
from builder.problems import DossierError, Located, Problem

_RENAME_EXCHANGE = 2


class Stopped(KeyboardInterrupt):
    """Ctrl-C, SIGTERM (a process manager, a CI job cancelled) or SIGHUP (the terminal closed), by its number."""

    def __init__(self, number: int):
        super().__init__()
        self.signal = number


STOPS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)  # the signals that stop a command as Ctrl-C does
_stop: list[int] = []  # the signal that asked this process to stop (cli), kept even when its Stopped was lost


def stop(number: int) -> None:
    """Raise Stopped(number), and remember it: nothing is written or published after it, even where Python loses the
    exception (in a weakref callback, a library's bare ``except``), so that a build stopped that way publishes
    nothing rather than finish."""
    _stop[:] = [number]
    raise Stopped(number)


@contextlib.contextmanager
def stops_held() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP until the block ends, where they stop the command: a step done whole (a card
    written and noted, to be put back if the command stops; cards put back). They are held by their handlers, not
    by a signal mask: a mask holds them in this thread only, and the kernel gives them to any other."""
    held: list[int] = []
    previous = {number: signal.signal(number, lambda number, frame: held.append(number)) for number in STOPS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if held:
            handler = previous[held[0]]
            if callable(handler):
                handler(held[0], None)
            else:  # the default action, or ignored
                signal.raise_signal(held[0])


def unstopped() -> None:
    """Forget a stop (its command has ended)."""
    _stop.clear()


def stopped() -> int | None:
    """The signal that asked this process to stop, or None."""
    return _stop[0] if _stop else None


def stop_asked() -> None:
    """Raise Stopped again when a stop was asked for and its exception lost."""
    if _stop:
        raise Stopped(_stop[0])


_STAGED = re.compile(r"\.(.+)\.(partial|search|old)(?:\.\d+\.\d+)?")  # the names of what a build of the site
# <name> writes beside it: .<name>.partial (the new tree, and its spare), .<name>.search, .<name>.old (Staging,
# pipeline._indexed, exchange), and .<name>.partial of a zip (package)


def refuse_unsafe(out: Path, config: Config, allow_outside: bool) -> None:
    """Refuse to replace a folder dossier did not create, the project, its content, its build cache, a folder named
    as a build names its work beside a site, or anything outside."""
    root = config.root
    reason = None
    if out == root or out in root.parents:
        reason = "it is the project folder or contains it"
    elif any(out == folder or folder in out.parents or out in folder.parents
             for folder in (config.content, config.templates)):
        reason = "it holds the content or templates, or is inside them"
    elif staged := next(filter(None, map(_STAGED.fullmatch, (p.name for p in (out, *out.parents)))), None):
        reason = (f"the builder uses the name {staged.group()} for its own work beside the site {staged.group(1)} (a "
                  f"build of it deletes it); choose a name that does not end in .{staged.group(2)}")
    elif too_long := _too_long(out, ".search.parts"):  # the index of each search part of a build without the cache
        reason = too_long
    elif out.is_mount():
        reason = ("it is a mount point, which cannot be replaced in one step; build into a folder inside it "
                  f"(--out {out.name}/site) and publish that one")
    elif out == root / CACHE_DIR or root / CACHE_DIR in out.parents:
        reason = f"it is the build cache ({CACHE_DIR}); choose a folder of its own"
    elif root not in out.parents and not allow_outside:
        reason = "it is outside the project (pass --allow-outside to allow it)"
    elif out.exists() and not out.is_dir():
        reason = "it is a file, not a folder; remove it yourself, or choose another folder"
    elif out.exists() and any(out.iterdir()) and not (out / MARKER).is_file():
        reason = f"it exists and was not made by dossier (no {MARKER} file); empty or remove it yourself"
    if reason:
        raise DossierError([Problem(Located(out), f"refusing to write the site here: {reason}")])


def refuse_unsafe_archive(archive: Path, out: Path, config: Config) -> None:
    """Refuse to write the offline copy over a folder, a file that is not a zip (site_config.yml, say) or a zip the
    builder did not make (the editor's backup.zip), into the content or templates, or into the output folder (the
    build replaces it, and the zip with it)."""
    reason = None
    if archive.is_dir():
        reason = "it is a folder; name the zip file to write, e.g. dossier.zip"
    elif archive.exists() and not archive.is_file():  # a named pipe would be waited on for ever
        reason = "it exists and is not a regular file; remove it yourself or choose another name"
    elif archive.exists() and not zipfile.is_zipfile(archive):
        reason = "it exists and is not a zip file; remove it yourself or choose another name"
    elif archive.exists() and not _packed_here(archive):
        reason = ("it is a zip the builder did not make (its comment is not the builder's); remove it yourself or "
                  "choose another name")
    elif any(folder == archive or folder in archive.parents
             for folder in (config.content, config.templates, config.root / CACHE_DIR)):
        reason = "it is in the content or templates folder, or the build cache; write it elsewhere"
    elif archive == out or out in archive.parents:
        reason = "it is in the output folder, which the build replaces; write it elsewhere"
    elif too_long := _too_long(archive):
        reason = too_long
    if reason:
        raise DossierError([Problem(Located(archive), f"refusing to write the offline copy here: {reason}")])


def _too_long(path: Path, beside: str = ".partial") -> str | None:
    """Why the name of ``path`` is too long for the builder, which first writes it as .<name>.partial, and writes
    the longest name of its work beside it, .<name>``beside``; None when it is not (said before a build, rather than
    once it is done)."""
    room = 255 - len(beside) - 1  # the longest file name most file systems take
    if len(os.fsencode(path.name)) <= room:
        return None
    return f"its name is too long (the builder writes .<name>{beside} beside it); use at most {room} bytes"


@contextlib.contextmanager
def lock(*folders: Path) -> Iterator[None]:
    """Hold the build lock of each folder (a lock on the folder itself): the project's, and the one the site is
    written in, so that a second build of the project, or into the same place, waits, as does `dossier suggest
    --apply` writing the cards. Taken in the order of their paths, so that two builds never wait for each other."""
    fds, held = [], set()
    try:
        for folder in sorted(set(folders)):
            fds.append(os.open(folder, os.O_RDONLY))
            same = os.fstat(fds[-1])
            if (same.st_dev, same.st_ino) in held:  # the same folder by another path: locking it again would wait
                continue
            held.add((same.st_dev, same.st_ino))
            try:
                fcntl.flock(fds[-1], fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                print(f"Another dossier command is writing in {folder} (a build, suggest --apply); waiting for it to "
                      "finish.", file=sys.stderr, flush=True)
                fcntl.flock(fds[-1], fcntl.LOCK_EX)
        yield
    finally:
        for fd in fds:
            os.close(fd)  # releases its lock


def _named(function, path: str, info) -> None:
    """shutil.rmtree's error, with the whole path (its own names the file in its folder only)."""
    error = info[1]
    if isinstance(error, OSError):
        raise type(error)(error.errno, error.strerror, path) from error
    raise error


def beside(out: Path) -> Path:
    """The folder the site at ``out`` is written in, made when missing (so that every build into ``out`` locks this
    very folder): a build holds its lock."""
    if not os.path.lexists(out.parent):  # a file there is reported as the site is written
        out.parent.mkdir(parents=True, exist_ok=True)  # another build may make it meanwhile
    return out.parent


def site_id(out: Path) -> str | None:
    """The id of the build that made the site at ``out`` (from its marker file), None when there is none."""
    try:
        return (out / MARKER).read_text("utf-8").split()[-1]
    except (OSError, IndexError):
        return None


class Staging:
    """A new site tree beside ``out``: files are written into it, or linked from the current site when a key
    says they are unchanged (``previous``: the keys of the current site's files); ``publish`` swaps it in.

    With a ``spare`` (``dossier serve``), the tree is the spare one brought up to date rather than a new one, and
    the tree swapped out becomes the spare for the next build."""

    def __init__(self, out: Path, previous: dict[str, str] | None = None, spare: Spare | None = None):
        self.out, self.previous, self.spare = out, previous or {}, spare
        self.folder = out.with_name(f".{out.name}.partial")
        self.keys: dict[str, str] = {}
        self.id = ""
        remove(self.folder)  # left by a build that was killed
        self.old = spare.take(self.folder) if spare else {}  # the keys of the files the tree holds already
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # named at the site: the tree beside it is the builder's own
            exc.filename, exc.filename2 = str(out), None
            raise
        self.folders = {str(self.folder)}  # made in the new tree
        self.written = 0
        self.published = False

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc) -> None:
        """Delete the tree beside the site (after publish: the previous site), or with a ``spare``, move it aside
        under a name of its own, to be the spare when it holds a site whose keys are known (else deleted in the
        background). When there is no such tree but the new site is published (the first build of ``dossier
        serve``), the spare is a copy of the new site made of links, so that the next build (the first save)
        replaces a dozen files in it rather than linking every file into a new tree."""
        if self.spare is None:
            try:
                remove(self.folder)
            except OSError as exc:  # the new site is in place: the build worked, the old tree stays beside it
                if not self.published:
                    raise
                print(f"warning: the previous site, moved to {self.folder}, could not be deleted ({exc.strerror}: "
                      f"{exc.filename}); delete it yourself, or the next build stops there", file=sys.stderr)
            return
        keys = self.previous if self.published else None  # of the files of the tree set aside
        if self.folder.is_dir():
            aside = self._aside()
            os.rename(self.folder, aside)
            self.spare.give(aside, keys or None)
        if self.published and not keys:  # not known: the spare is a copy of the new site instead
            aside = self._aside()
            self.spare.give(aside, self.keys if _linked_copy(self.out, self.keys, aside) else None)

    def _aside(self) -> Path:
        """A new name beside the site for a tree set aside."""
        return self.folder.with_name(f"{self.folder.name}.{os.getpid()}.{time.monotonic_ns()}")

    def wants(self, rel: str, key: str) -> bool:
        """Whether the file ``rel`` with this ``key`` must be written: False when the tree holds it already, or it
        was linked from the site. A file the tree holds with another key is removed first (it may be a link to a
        file of another site: nothing is written through it)."""
        self.keys[rel] = key
        held = self.old.get(rel)
        if held == key:
            return False
        if held is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(os.path.join(self.folder, rel))
        return self.previous.get(rel) != key or not self.link(rel)

    def link(self, rel: str) -> bool:
        """Link the current site's file ``rel`` into the new tree; False when that cannot be done."""
        target = os.path.join(self.folder, rel)  # strings: thousands of files per build
        folder = os.path.dirname(target)
        if folder not in self.folders:
            os.makedirs(folder, exist_ok=True)
            self.folders.add(folder)
        try:
            os.link(os.path.join(self.out, rel), target)
            return True
        except OSError:
            return False

    def put(self, rel: str, content: str | bytes, key: str | None = None) -> None:
        """Write ``content`` to ``rel``, unless its ``key`` (or its digest) says the current file is the same."""
        stop_asked()
        data = content.encode("utf-8") if isinstance(content, str) else content
        if self.wants(rel, key or _digest(data)):
            self.write(rel, data)

    def write(self, rel: str, content: str | bytes) -> None:
        """Write ``content`` to ``rel``, which the tree ``wants``."""
        stop_asked()
        write_file(self.folder / rel, content)
        self.written += 1

    def copy(self, rel: str, source: Path, key: str) -> None:
        """Copy the file ``source`` to ``rel`` (linked from the site when ``key`` is unchanged)."""
        if self.wants(rel, key):
            (self.folder / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, self.folder / rel)

    def publish(self) -> None:
        """Make the new tree the site, in one step; the previous site is deleted after."""
        for rel in self.old.keys() - self.keys.keys():  # what the spare tree held that this build has not
            _unlink_up(self.folder, rel)
        self.id = _digest(repr(sorted(self.keys.items())).encode())  # what the cache remembers the site by
        (self.folder / MARKER).unlink(missing_ok=True)  # the spare tree's may be a link
        (self.folder / MARKER).write_text(f"Built by dossier. This folder is replaced on every build.\n{self.id}\n")
        stop_asked()
        exchange(self.folder, self.out)
        self.published = True


class Spare:
    """``dossier serve``'s spare site tree: the site a build swapped out, with the keys of its files. The next build
    brings it up to date, replacing only the files whose key differs, rather than linking every file into a new
    tree; a tree whose keys are not known is deleted in the background (the reload need not wait for it)."""

    def __init__(self):
        self.tree: Path | None = None
        self.keys: dict[str, str] = {}

    def take(self, folder: Path) -> dict[str, str]:
        """Move the spare tree to ``folder``; the keys of its files ({} when there is none)."""
        tree, keys, self.tree, self.keys = self.tree, self.keys, None, {}
        if tree is None:
            return {}
        try:
            os.rename(tree, folder)
        except OSError:
            _delete_in_background(tree)
            return {}
        return keys

    def give(self, tree: Path, keys: dict[str, str] | None) -> None:
        """Keep ``tree`` as the spare when its files' ``keys`` are known, else delete it."""
        if self.tree is not None:
            _delete_in_background(self.tree)
        self.tree, self.keys = (tree, keys) if keys is not None else (None, {})
        if keys is None:
            _delete_in_background(tree)


def _linked_copy(site: Path, names: Iterable[str], tree: Path) -> bool:
    """Link the files ``names`` of ``site`` into the new folder ``tree``; False when that cannot be done."""
    folders = set()
    try:
        for rel in names:
            folder = os.path.dirname(os.path.join(tree, rel))
            if folder not in folders:
                os.makedirs(folder, exist_ok=True)
                folders.add(folder)
            os.link(os.path.join(site, rel), os.path.join(tree, rel))
    except OSError:
        return False
    return True


def _delete_in_background(tree: Path) -> None:
    threading.Thread(target=shutil.rmtree, args=(tree,), kwargs={"ignore_errors": True}, daemon=True).start()


def _unlink_up(folder: Path, rel: str) -> None:
    """Delete the file ``rel`` under ``folder``, and the folders it leaves empty."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(os.path.join(folder, rel))
    parent = os.path.dirname(rel)
    while parent:
        try:
            os.rmdir(os.path.join(folder, parent))
        except OSError:  # not empty
            return
        parent = os.path.dirname(parent)


def exchange(new: Path, out: Path) -> None:
    """Put the folder ``new`` at ``out`` in one atomic step; what was at ``out`` ends up at ``new``. (Where the file
    system cannot exchange two names, three renames leave ``out`` missing for a moment.)"""
    if not out.exists():
        os.rename(new, out)
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    at_cwd = -100
    if libc.renameat2(at_cwd, os.fsencode(new), at_cwd, os.fsencode(out), _RENAME_EXCHANGE) == 0:
        return
    error = ctypes.get_errno()
    if error not in (errno.EINVAL, errno.ENOSYS):
        raise OSError(error, f"cannot swap {new} and {out}: {os.strerror(error)}")
    aside = _aside(out)  # a file system without the exchange: three renames
    remove(aside)
    os.rename(out, aside)
    os.rename(new, out)
    os.rename(aside, new)


def put_back(out: Path) -> None:
    """Put back the site a build killed between ``exchange``'s renames left aside (none is at ``out``)."""
    aside = _aside(out)
    if not os.path.lexists(out) and (aside / MARKER).is_file():
        os.rename(aside, out)


def _aside(out: Path) -> Path:
    """Where ``exchange`` puts the site at ``out`` for a moment, on a file system that cannot exchange two names."""
    return out.with_name(f".{out.name}.old")


def _digest(data: bytes) -> str:
    return digest(data).hex()


ARCHIVE_COMMENT = b"Built by dossier. This file is replaced on every build of it (dossier build --offline-zip)."


def _packed_here(archive: Path) -> bool:
    """Whether the zip ``archive`` is an offline copy the builder packed (its comment says so)."""
    try:
        with zipfile.ZipFile(archive) as bundle:
            return bundle.comment == ARCHIVE_COMMENT
    except (OSError, zipfile.BadZipFile):
        return False


def partial_archive(archive: Path) -> Path:
    """The file the zip ``archive`` is written to before it replaces it; a build killed meanwhile leaves it, and the
    next build of that zip deletes it as it starts (holding the lock of its folder)."""
    return archive.with_name(f".{archive.name}.partial")


def package(site: Path, archive: Path) -> None:
    """Pack the folder ``site`` into the zip file ``archive`` (deterministically), replacing it in one step."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_archive(archive)
    remove(partial)  # a link there is not written through: the zip is a new file
    try:
        with zipfile.ZipFile(partial, "x", zipfile.ZIP_DEFLATED) as bundle:
            bundle.comment = ARCHIVE_COMMENT
            for path in sorted(p for p in site.rglob("*") if p.is_file()):
                info = zipfile.ZipInfo(f"{archive.stem}/{path.relative_to(site).as_posix()}", date_time=(2000, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                bundle.writestr(info, path.read_bytes())
        stop_asked()
        os.replace(partial, archive)
    finally:
        remove(partial)


SCRATCH = "dossier-build-"  # the prefix of the temporary folders of builds (the offline copy's tree) and previews


@contextlib.contextmanager
def scratch(kind: str, background: bool = False) -> Iterator[Path]:
    """A temporary folder for ``kind`` of work, deleted after (with ``background``, by a process of its own:
    ``_delete_detached``); it holds a lock for as long as its process lives, so that one a killed process left
    (kill -9, a machine switched off) is deleted by the next build (``clear_killed``)."""
    folder, fd = None, None
    try:
        folder = Path(tempfile.mkdtemp(prefix=f"{SCRATCH}{kind}-"))
        fd = os.open(folder / ".lock.partial", os.O_WRONLY | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.rename(folder / ".lock.partial", folder / ".lock")  # locked from the moment it has its name
        yield folder
    finally:
        if background and fd is not None:
            _delete_detached(folder, fd)
        elif folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        if fd is not None:
            os.close(fd)


UNLOCKED = 60  # seconds a temporary folder may stay without its lock: far longer than making and locking it takes


def clear_killed() -> None:
    """Delete the temporary folders of builds that were killed (those whose lock no process holds), in the
    background, and those never locked for UNLOCKED seconds (a build killed between making it and locking it)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{SCRATCH}*"):
        try:
            fd = os.open(folder / ".lock", os.O_RDONLY)
        except FileNotFoundError:  # not locked yet: its process has just made it, or was killed before it could
            with contextlib.suppress(OSError):
                if time.time() - folder.stat().st_mtime > UNLOCKED:
                    shutil.rmtree(folder)
            continue
        except OSError:  # another user's
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            _delete_detached(folder, fd)
        except OSError:  # held: its process runs, or its deleter
            pass
        finally:
            os.close(fd)


_DELETE = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"


def _delete_detached(folder: Path, lock: int) -> None:
    """Delete ``folder`` in a process of its own, which holds the folder's ``lock`` (an open file, locked) until it
    is done, so that no build deletes it meanwhile: the command need not wait for thousands of files to go (a
    preview of 20,000 facts took 20 s and more to stop). Killed, it leaves the rest to the next build."""
    try:
        subprocess.Popen([sys.executable, "-I", "-S", "-c", _DELETE, str(folder)], pass_fds=(lock,),
                         start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    except OSError:  # no process can be started: deleted here
        shutil.rmtree(folder, ignore_errors=True)


def copy_schemas(folder: Path) -> None:
    """Copy the content schemas into ``folder`` where missing, so editors' schema lines resolve; none into a folder
    that is a link (a cloned project's may lead anywhere)."""
    if folder.is_symlink():
        return
    for name, text in schemas():
        if not os.path.lexists(folder / name):  # a link, even to nothing, is left alone: nothing is written through
            create_new(folder / name, text)


def create_new(path: Path, text: str) -> None:
    """Write a new file in one step, never a part of one (stopped half-way, or on a full disk, there is none); raise
    FileExistsError rather than replace one, or write through a link left there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)  # left by a command killed while it wrote
    try:
        with partial.open("x", encoding="utf-8", newline="\n") as file:
            file.write(text)
        try:
            os.link(partial, path)  # FileExistsError when there is one, even a link
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.EOPNOTSUPP) or os.path.lexists(path):  # a disk without links
                raise
            os.rename(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def schemas():
    """(file name, text) of each content schema shipped with the builder."""
    for schema in sorted(resources.files("builder").joinpath("schemas").iterdir(), key=lambda p: p.name):
        if schema.name.endswith(".json"):
            yield schema.name, schema.read_text("utf-8")


def replace_text(path: Path, text: str) -> None:
    """Replace the file at ``path`` with ``text`` in one step: stopped half-way, it holds the old text or the new,
    never a part. An OSError names ``path``, not the temporary file it was written as (gone by then)."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.unlink(missing_ok=True)  # left by a command killed while it wrote
        with partial.open("x", encoding="utf-8", newline="") as file:
            file.write(text)
        os.replace(partial, path)
    except OSError as exc:
        exc.filename, exc.filename2 = str(path), None
        raise
    finally:
        partial.unlink(missing_ok=True)


def write_file(path: Path, content: str | bytes) -> None:
    """Write ``content`` to ``path``; an OSError names the file (a full disk's, raised by the write, names none)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    except OSError as exc:
        exc.filename = exc.filename or str(path)
        raise


def remove(path: Path) -> None:
    """Delete a file or a folder tree, if it exists; an OSError names the whole path of what could not be."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, onerror=_named)
    elif path.exists() or path.is_symlink():
        path.unlink()
