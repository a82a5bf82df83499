"""Jinja's compiled templates, kept per user between runs (like Python's __pycache__), so that a new process
does not lex, parse and compile Material's and the project's templates again.

The folder is $XDG_CACHE_HOME/dossier/jinja (~/.cache/dossier/jinja), never the project: it holds code, and the
project's cache is restored from shared stores. A compiled template is used only when Jinja's checksum of its
source matches, under a subfolder per Python, Jinja and environment settings; the folder must be the user's own
and not writable by others. When it cannot be made, read or written, templates are compiled as without it.
"""
from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

SETTINGS = ("block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
            "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
            "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "optimized")


def keep(env: jinja2.Environment) -> jinja2.Environment:
    """``env`` with a bytecode cache in the user's cache folder, when there is one to use; returns ``env``."""
    folder = _folder(env)
    if folder is not None:
        env.bytecode_cache = _Cache(str(folder), "%s.jinja")
    return env


def keep_theme(theme) -> None:
    """Every environment MkDocs' ``theme`` makes keeps compiled templates (Material's search plugin makes its own)."""
    make = theme.get_env
    theme.get_env = lambda: keep(make())


def _folder(env: jinja2.Environment) -> Path | None:
    """The folder for ``env``'s compiled templates, the user's own and not writable by others; None if none."""
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg if os.path.isabs(xdg) else os.path.join(os.path.expanduser("~"), ".cache"), "dossier", "jinja")
    if not base.is_absolute():
        return None  # no home folder
    autoescape = env.autoescape if isinstance(env.autoescape, bool) else getattr(env.autoescape, "__qualname__", "?")
    shape = [sys.version, jinja2.__version__, autoescape, *(repr(getattr(env, s)) for s in SETTINGS),
             *sorted(env.extensions)]
    folder = base / hashlib.sha256("\n".join(map(str, shape)).encode()).hexdigest()[:16]
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = base.stat()
        if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) or not os.access(folder, os.W_OK):
            return None  # another user could put code there, or we cannot write
    except OSError:
        return None
    return folder


class _Cache(jinja2.FileSystemBytecodeCache):
    """Jinja's file cache, silent when a file cannot be read or written: the template is compiled instead."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a truncated or foreign file: compile the template
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass
