"""Problems found in content: collected through a run, printed together, numbered."""
from __future__ import annotations

import difflib
import errno
import os
import re
import traceback
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Located:
    """Where a record or value came from: a file, a 1-based line and column."""

    path: Path
    line: int = 0
    column: int = 0

    def at(self, line: int, column: int = 0) -> Located:
        return Located(self.path, line, column)

    def __str__(self) -> str:
        """``path:line:column`` (as much as is known); messages name other places this way."""
        place = self.path.as_posix()
        if self.line:
            place += f":{self.line}"
            if self.column:
                place += f":{self.column}"
        return place


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the content, with what to do about it."""

    where: Located
    message: str
    warning: bool = False

    def format(self, root: Path | None = None) -> str:
        """``path:line:column: message``, with paths (here and in the message) relative to ``root``."""
        place, message = str(self.where), self.message
        if root is not None:
            prefix = root.as_posix().rstrip("/") + "/"
            place, message = place.removeprefix(prefix), message.replace(prefix, "")
        return visible(f"{place}: {'warning: ' if self.warning else ''}{message}")


@dataclass
class Problems:
    """A collector of problems; stages add to it and carry on, the CLI fails once at the end."""

    items: list[Problem] = field(default_factory=list)

    def error(self, where: Located, message: str) -> None:
        self.items.append(Problem(where, message))

    def warn(self, where: Located, message: str) -> None:
        self.items.append(Problem(where, message, warning=True))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.warning]

    def sorted(self) -> list[Problem]:
        return sorted(self.items, key=lambda p: (p.warning, p.where.path.as_posix(), p.where.line, p.where.column, p.message))


_INVISIBLE = ("Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn", "Cs")  # control, format, spaces, line breaks, private,
# unassigned, and the bytes of a file name that are not UTF-8
_BLANK_LETTERS = "\u115f\u1160\u3164\uffa0"  # Hangul fillers: letters that show nothing


def visible(text: str) -> str:
    """``text`` with the characters a reader cannot see or tell from a space (control and format characters such
    as a zero-width space, line breaks, non-breaking spaces) written as escapes like ``\\u200b``; so are the letters
    of a word that are of another alphabet than most of its letters, where one looks like another (a Cyrillic о in
    "fоr": "f\\u043er"), which would otherwise show the same word where two differ."""
    if not text.isascii():
        text = _LETTERS.sub(_lookalikes_escaped, text)
    if text.isprintable() and not any(c in _BLANK_LETTERS for c in text):
        return text
    return "".join(_escape(c) if c != " " and (unicodedata.category(c) in _INVISIBLE or c in _BLANK_LETTERS) else c
                   for c in text)


_LETTERS = re.compile(r"[^\W\d_]{2,}")  # a word's letters
_ALIKE = ("LATIN", "CYRILLIC", "GREEK")  # the alphabets whose letters look like each other's (a, а, α; o, о, ο)


def _lookalikes_escaped(word: re.Match) -> str:
    """The word with its letters of a look-alike alphabet other than its main one (of most of its letters, Latin in
    a tie) escaped; unchanged when it is of one alphabet."""
    letters = word.group()
    alphabets = [_alphabet(c) for c in letters]
    mixed = set(alphabets) & set(_ALIKE)
    if len(mixed) < 2:
        return letters
    main = max(mixed, key=lambda a: (alphabets.count(a), a == "LATIN"))
    return "".join(_escape(c) if a in mixed and a != main else c for c, a in zip(letters, alphabets))


def _alphabet(letter: str) -> str:
    return unicodedata.name(letter, "").partition(" ")[0]


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


SHOWN = 200  # problems listed at most, unless asked for all: the first ones are those to fix first (100,000 took
# 20 s to print, burying the summary)


CHECK_ALL = "`dossier check --all-errors` lists every one"  # how, where no option can be added (dossier serve)


def more(hidden: int, how: str) -> str:
    """The line closing a list of problems cut at SHOWN: how many are not listed, and ``how`` to list them."""
    return f"... and {hidden:,} more not listed here; {how}"


class DossierError(Exception):
    """Raised when content has errors; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def template_problem(exc: Exception) -> Problem:
    """A Jinja template error (syntax, an undefined name, a missing include), or an error a template's own expression
    raised (``{{ 1/0 }}``, a template that includes itself), as a problem at the template's line: the line Jinja
    gives, else the innermost template frame of the traceback (a forked worker's, as text)."""
    place, line = getattr(exc, "filename", None), getattr(exc, "lineno", None) or 0
    if place is None:
        place, line = template_frame(exc) or ("templates", 0)
    kind = "template syntax error" if type(exc).__name__ == "TemplateSyntaxError" else "template error"
    message = getattr(exc, "message", None) or exc
    if isinstance(exc, RecursionError):
        message = f"{message} (a template that includes itself, or a macro that calls itself without end?)"
    return Problem(Located(Path(place), line), f"{kind}: {message}; fix the template")


def template_frame(exc: BaseException) -> tuple[str, int] | None:
    """(file, line) of the innermost template frame of ``exc``'s traceback (a forked worker's, as text), if any."""
    frames = [(f.filename, f.lineno) for f in traceback.extract_tb(exc.__traceback__)]
    frames += [(f, int(n)) for f, n in re.findall(r'File "(.+?)", line (\d+)', str(exc.__cause__ or ""))]
    return next(((f, n) for f, n in reversed(frames) if not f.endswith(".py") and Path(f).is_file()), None)


_TO_DO = {errno.ELOOP: "it is a link that leads back to itself: remove the link or point it at a folder",
          errno.ENOTDIR: "a part of the path is a file, not a folder: choose another path",
          errno.ENAMETOOLONG: "choose a shorter name"}


_WRITING = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS}  # what only a write fails with


def os_problem(exc: OSError, where: Path) -> Problem:
    """A file or folder that cannot be written or read (permissions, a full disk, a link that loops), at its path
    (else ``where``), with what to do. A copy that fails for want of room is the copy's, not its original's (a full
    disk was reported at a file of Material's, in .venv)."""
    path = exc.filename2 if exc.filename2 and exc.errno in _WRITING else exc.filename
    to_do = _TO_DO.get(exc.errno, "check its permissions and the room left on its disk")
    return Problem(Located(resolved(Path(path or where))), f"{exc.strerror or exc}; {to_do}")


def resolved(path: Path) -> Path:
    """``path`` made absolute with its links followed, as far as they lead (not round a link that loops)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a link that loops (RuntimeError until Python 3.13)
        return Path(os.path.abspath(path))


def loop_error(exc: RuntimeError) -> OSError | None:
    """The OSError for Python 3.11's RuntimeError 'Symlink loop from <path>' (Path.resolve; 3.13 raises OSError),
    None for another RuntimeError."""
    found = re.fullmatch(r"Symlink loop from '(.*)'", str(exc), re.S)
    return OSError(errno.ELOOP, os.strerror(errno.ELOOP), found.group(1)) if found else None


def did_you_mean(word: str, choices) -> str:
    """' did you mean 'x'?' for the closest choice, or the one id that starts with ``word`` ('nm418' for
    'nm418-emergency-landing'), or ''."""
    choices = sorted(map(str, choices))
    close = difflib.get_close_matches(str(word), choices, n=1, cutoff=0.6)
    longer = [c for c in choices if c.startswith(f"{word}-")]
    close = close or (longer if len(longer) == 1 else [])
    return f"; did you mean '{close[0]}'?" if close else ""
