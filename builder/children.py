"""Processes a build starts end with it: Pagefind, the forked render workers and the build cache's checker are killed
when the build's process ends, even by kill -9, so none is left working, or holding the build lock, after it."""
from __future__ import annotations

import ctypes
import os
import signal

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
