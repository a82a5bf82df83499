"""Processes a build starts end with it: Pagefind, the forked render workers, the child finding shared wording and the
build cache's checker are killed when the build's process ends, even by kill -9, so none is left working, or holding
the build lock, after it."""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
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
