"""Processes a build starts end with it: Pagefind and the forked render workers are killed when the build's process
ends, even by kill -9, so none is left working, or holding the build lock, after it."""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """In a child of the process ``parent``: be killed when that process ends (at once if it already has)."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it ended before the line above
        os.kill(os.getpid(), signal.SIGKILL)


def worker(parent: int) -> None:
    """In a forked worker of the process ``parent``: die with it, and end quietly on Ctrl-C, SIGTERM or SIGHUP (the
    build reports it)."""
    die_with_parent(parent)
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)
