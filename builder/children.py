"""Processes a build starts end with it: Pagefind, the forked render workers, the child finding shared wording and the
build cache's checker are killed when the build's process ends, even by kill -9, so none is left working, or holding
the build lock, after it."""
from __future__ import annotations

import ctypes
import functools
import multiprocessing
import os
import shutil
import signal
import subprocess
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

_PR_SET_PDEATHSIG = 1
_LIBC = ctypes.CDLL(None, use_errno=True)  # the C library's functions, loaded in the parent: a child (forked, maybe
# from a process with threads) runs no `ldconfig`, as ctypes.util.find_library does, before it can die with it


def die_with_parent(parent: int) -> None:
    """In a child of the process ``parent``: be killed when that process ends (at once if it already has)."""
    _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it ended before the line above
        os.kill(os.getpid(), signal.SIGKILL)


def popen(command: list[str], background: bool = False, **options) -> subprocess.Popen:
    """Start ``command`` in a session of its own, killed when this process ends (even by kill -9); in the
    ``background``, at the lowest CPU priority. Started by ``setpriv`` (and ``nice``) where the system has them, not by
    a function run in a fork of this process: forking a process of hundreds of MB marks all its memory copy-on-write,
    and each page of it the process writes after faults once (a served rebuild at 5,000 facts took 40 ms longer after
    every refresh of the search index). With ``setpriv``, a child started in the millisecond before this process is
    killed may outlive it."""
    starters = _starters()
    if starters:
        setpriv, nice = starters
        prefix = [setpriv, "--pdeathsig", "KILL", "--", *([nice, "-n", "19"] if background else [])]
        return subprocess.Popen([*prefix, *command], start_new_session=True, **options)
    return subprocess.Popen(command, start_new_session=True, **options,
                            preexec_fn=functools.partial(_yielding if background else die_with_parent, os.getpid()))


@functools.cache
def _starters() -> tuple[str, str] | None:
    """The paths of ``setpriv`` and ``nice``, where this ``setpriv`` sets a death signal (util-linux 2.33 on: RHEL 8's
    2.32 does not); else None."""
    setpriv, nice = shutil.which("setpriv"), shutil.which("nice")
    if not (setpriv and nice):
        return None
    try:
        usage = subprocess.run([setpriv, "--help"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return (setpriv, nice) if "--pdeathsig" in usage else None


def _yielding(parent: int) -> None:
    """In the child: be killed when the process ``parent`` ends, and yield the CPU to everything else."""
    die_with_parent(parent)
    os.nice(19)


def worker(parent: int) -> None:
    """In a forked worker of the process ``parent``: die with it, and end quietly on Ctrl-C, SIGTERM or SIGHUP (the
    build reports it)."""
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)
    die_with_parent(parent)


def forkable() -> bool:
    """Whether this process may fork: never one with threads (a lock another thread held stays held in the child)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def forked(work: Callable[[], object]):
    """``work()``, done in a forked child process when this one may fork: for work that makes large temporary
    structures and returns little, whose memory goes back to the system with the child (a process keeps what it
    freed for its own later use). A child that is killed raises BrokenExecutor, as a render worker does."""
    if not forkable():
        return work()
    global _WORK
    _WORK = work  # inherited by the child, never pickled
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"), initializer=worker,
                                 initargs=(os.getpid(),)) as pool:
            return pool.submit(_work).result()
    finally:
        _WORK = None


_WORK = None


def _work():
    return _WORK()
