"""Load content files into raw documents that remember the file, line and column of every value."""
from __future__ import annotations

import codecs
import contextlib
import itertools
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from builder.cache import Cache, files_under
from builder.problems import Located, Problems
from builder.schema import required_fields
from builder.yaml_values import FORBIDDEN, clip, forbidden, parse_yaml, unclosed_direction

KINDS = {"sources": ".md", "speakers": ".yml", "summits": ".yml", "facts": ".yml", "pages": ".md"}
MISNAMED = {".yml": (".yaml", ".YML", ".YAML"), ".md": (".markdown", ".MD")}  # meant as content: an error
MAX_BYTES = 2_000_000
_FRONT_MATTER_END = re.compile(r"^---[ \t]*$", re.M)


@dataclass(frozen=True)
class RawDoc:
    """One content file: its kind, id, parsed YAML data, and where each value sits.

    A file that exists but could not be read or parsed is kept with ``broken=True`` and no data,
    so that references to it are not reported a second time as unknown ids.
    """

    kind: str
    id: str
    where: Located
    data: dict
    lines: Mapping[tuple, tuple[int, int]] = field(repr=False, default_factory=dict)
    body: str | None = None
    body_line: int = 0
    broken: bool = False

    def at(self, *path) -> Located:
        """The location of the value at ``path`` (or of its closest parent that has one)."""
        path = tuple(path)
        while path and path not in self.lines:
            path = path[:-1]
        line, column = self.lines.get(path, (1, 0))
        return self.where.at(line, column)


class TooBig(Exception):
    """A file over the size limit, left unread."""

    def __init__(self, size: int):
        super().__init__(f"{size:,} bytes")
        self.size = size


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """A regular file's bytes. Anything else raises OSError at once: reading a named pipe would wait for ever. A
    file of more than ``limit`` bytes raises TooBig, having read no more than that."""
    with _regular(path) as (file, size):
        if limit is not None and size > limit:
            raise TooBig(size)
        data = file.read() if limit is None else file.read(limit + 1)
    if limit is not None and len(data) > limit:  # it grew while read
        raise TooBig(len(data))
    return data


def read_start(path: Path, size: int) -> bytes:
    """A regular file's first ``size`` bytes (to tell what kind of file it is); anything else raises OSError at once,
    as read_bytes does."""
    with _regular(path) as (file, _):
        return file.read(size)


@contextlib.contextmanager
def _regular(path: Path):
    """A regular file open for reading, and its size; OSError for anything else."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # opening a named pipe does not wait for a writer
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode):
            raise OSError(f"it is {not_regular(found.st_mode)}, not a regular file")
        with os.fdopen(os.dup(fd), "rb") as file:
            yield file, found.st_size
    finally:
        os.close(fd)


def taken(name: Path, path: Path) -> bool:
    """Whether another file than ``path`` is at ``name`` (the name an editor is told to rename ``path`` to): on a
    file system blind to case, "pay-offer.yml" is "Pay-Offer.yml" itself."""
    try:
        return name.exists() and not name.samefile(path)
    except OSError:
        return False


def not_regular(mode: int) -> str | None:
    """What a file that is not a regular file is ('a named pipe', ...), from its ``st_mode``; None for a file."""
    kinds = ((stat.S_ISREG, None), (stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"),
             (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))
    return next((kind for test, kind in kinds if test(mode)), "a special file")


def read_text(path: Path, problems: Problems, raw: bytes | None = None) -> str | None:
    """A file's text as UTF-8 with LF line endings, or None after reporting why it cannot be read; from ``raw``,
    its bytes as read already, when given."""
    where = Located(path)
    try:
        raw = read_bytes(path, MAX_BYTES) if raw is None else raw
    except OSError as exc:
        problems.error(where.at(1), f"cannot read the file ({exc.strerror or exc}); "
                                    "check that it exists and is readable")
        return None
    except TooBig as exc:
        problems.error(where.at(1), f"file is {exc.size:,} bytes, over the limit of {MAX_BYTES:,}; "
                                    "shorten it or split it in two")
        return None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # UTF-32's marks start as UTF-16's
        encoding = "UTF-32" if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) else "UTF-16"
        problems.error(where.at(1), f"the file is saved as {encoding} (it starts with its byte-order mark); save it "
                                    "with the UTF-8 encoding")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        line = raw[:exc.start].count(b"\n") + 1
        column = len(raw[line_start:exc.start].decode("utf-8", "replace")) + 1
        shown = raw[line_start:].split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        problems.error(where.at(line, column), f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}) in `{clip(shown)}`; "
                                               "save the file with the UTF-8 encoding")
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    controls = list(FORBIDDEN.finditer(text))
    if "\0" in text:
        controls = [next(c for c in controls if c.group() == "\0")]  # one is enough: the file is not text
    for control in controls:
        line = text.count("\n", 0, control.start()) + 1
        column = control.start() - (text.rfind("\n", 0, control.start()) + 1) + 1
        problems.error(where.at(line, column), "the file holds NUL characters, so it is not plain text; save it as "
                                               "text (UTF-8)" if control.group() == "\0" else
                       f"{forbidden(control.group())} is not allowed (no page can show it); remove it")
    return None if controls else text


def split_front_matter(text: str, where: Located, problems: Problems):
    """(front matter text, body, body's first line) of a Markdown file, or None if it has none."""
    opener = re.match(r"---[ \t]*\n", text)  # spaces after the dashes are as invisible as after the closing ones
    if opener is None:
        problems.error(where.at(1), "file has no front matter; start the file with a line '---', "
                                    "the metadata (title, ...), and another '---' before the text")
        return None
    end = _FRONT_MATTER_END.search(text, opener.end())
    if end is None:
        problems.error(where.at(1), "front matter is not closed; add a line '---' after the metadata")
        return None
    front = text[opener.end():end.start()]
    body_line = text.count("\n", 0, end.end()) + 2
    return front, text[end.end() + 1:], body_line


def load(content_dir: Path, problems: Problems, cache: Cache | None = None, project: Path | None = None
         ) -> list[RawDoc]:
    """Every content file under ``content_dir``, parsed (once per content with a ``cache``); problems are
    collected, not raised. A link out of the ``project`` folder (default: the one holding ``content_dir``) is
    refused unread."""
    if not content_dir.is_dir():
        problems.error(Located(content_dir), "the content folder does not exist; create it (with sources/, "
                                             "speakers/, summits/ and facts/) or fix content_dir in site_config.yml")
        return []
    docs = []
    project = (project or content_dir.parent).resolve()
    for kind, suffix in KINDS.items():
        folder = content_dir / kind
        if not _readable_folder(folder, project, problems):
            continue
        with os.scandir(folder) as listing:  # its entries know a regular file without a stat of their own
            entries = sorted(listing, key=lambda entry: entry.name)
        for entry in entries:
            if entry.name.startswith(".") or editors_own(entry.name):
                continue
            if cache is not None and (doc := cache.unchanged(entry.path, problems)) is not None:
                docs.append(doc)  # read and accepted before, and no event since
                continue
            path = folder / entry.name
            if _refused(entry, path, project, suffix, problems):
                continue
            if not entry.is_file() and _special(path, problems):
                continue
            if path.suffix in MISNAMED[suffix]:
                right = path.with_suffix(suffix)
                problems.error(Located(path, 1), f"{_SINGULAR[kind]} files end in '{suffix}'; " + (
                    f"'{right.name}' is there too: keep one of the two" if taken(right, path) else
                    f"rename it to '{right.name}'"))
                continue
            if path.suffix != suffix:
                problems.warn(Located(path, 1), f"ignored: {_SINGULAR[kind]} files end in '{suffix}'; "
                                                "move this file out of the content folder")
                continue
            docs.append(_parse(kind, path, problems, cache))
    return docs


def editors_own(name: str) -> bool:
    """Whether a file of this name is an editor's backup (``x.yml~``, Emacs and others), auto-save (``#x.yml#``)
    or lock file (``~$x.yml``, Microsoft Office), which is not content: left alone without a warning (every save
    would add one)."""
    return name.endswith("~") or name.startswith("~$") or (len(name) > 1 and name.startswith("#")
                                                            and name.endswith("#"))


def _parse(kind: str, path: Path, problems: Problems, cache: Cache | None) -> RawDoc:
    """The file's document, from ``cache`` when its bytes were parsed before; the bytes the cache knows it by are
    those parsed (read once: a save between two readings would have the cache keep one version's document under the
    other's bytes)."""
    try:
        data = read_bytes(path, MAX_BYTES) if cache else None
    except (OSError, TooBig):
        data = None  # _load_file reports why
    if data is None:
        return _load_file(kind, path, problems)
    return cache.parsed(path, kind.encode() + b"\0" + data, lambda found: _load_file(kind, path, found, data),
                        problems)


def _load_file(kind: str, path: Path, problems: Problems, raw: bytes | None = None) -> RawDoc:
    where = Located(path)
    broken = RawDoc(kind, path.stem, where, {}, broken=True)
    text = read_text(path, problems, raw)
    if text is None:
        return broken
    body, body_line, offset = None, 0, 0
    if KINDS[kind] == ".md":
        parts = split_front_matter(text, where, problems)
        if parts is None:
            return broken
        text, body, body_line = parts
        offset = 1
        _directions_closed(body, where, body_line, problems)
    reported = len(problems.items)
    data, lines = parse_yaml(text, where, problems, offset)
    if data is None:
        if len(problems.items) == reported:  # valid YAML, but nothing in it
            problems.error(where.at(1 + offset), _empty_message(kind, offset, text))
        return broken
    if not isinstance(data, dict):
        problems.error(where.at(*lines[()]), f"expected `key: value` lines here, not {_kind_of(data)}; "
                                             f"a {_SINGULAR[kind]} needs {_required(kind)}")
        return broken
    return RawDoc(kind, path.stem, where, data, lines, body, body_line)


def _directions_closed(body: str, where: Located, first_line: int, problems: Problems) -> None:
    """Report each paragraph of a Markdown body that leaves a direction control open: U+202E shows the rest of its
    paragraph right to left, so that a quote checked letter by letter would read otherwise on the page."""
    for paragraph in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", body):
        if (unclosed := unclosed_direction(paragraph.group())) is not None:
            at = paragraph.start() + unclosed
            line = first_line + body.count("\n", 0, at)
            problems.error(where.at(line, at - body.rfind("\n", 0, at)),
                           f"the direction control U+{ord(body[at]):04X} is not closed in this paragraph, so it would "
                           "turn the rest of it around on the page; remove it (or close it: U+202C, U+2069)")


def outside(path: Path, project: Path) -> Path | None:
    """Where ``path`` leads, through links, when that is out of the ``project`` folder; None when it stays in."""
    target = Path(os.path.realpath(path))
    return None if target == project or project in target.parents else target


def _unreadable_target(link: Path, project: Path) -> Path | None:
    """Where ``link`` leads when content and templates may not read it, else None: out of the project, into a
    hidden file or folder of it (.git, whose config may hold the password of a remote, .env) other than one the
    link is in, or into a site the builder made."""
    target = outside(link, project)
    if target is not None:
        return target
    target = Path(os.path.realpath(link))
    parts = target.relative_to(project).parts
    hidden = next((project.joinpath(*parts[:n]) for n, part in enumerate(parts, 1) if part.startswith(".")), None)
    if hidden is not None and hidden not in Path(os.path.abspath(link)).parents:
        return target
    return target if built_site(target, project) else None


MARKER = ".dossier-site"  # the file in every site the builder made (builder/write.py)


def built_site(path: Path, project: Path) -> Path | None:
    """The site the builder made that holds ``path`` (a folder of the ``project`` with its marker file), if any."""
    return next((folder for folder in (path, *path.parents) if (folder / MARKER).is_file()
                 and (folder == project or project in folder.parents)), None)


def _link_out(path: Path, target: Path, project: Path, problems: Problems) -> None:
    if built_site(target, project):  # published again inside the site it leads to, at every build
        problems.error(Located(path, 1), f"this is a link to {target}, in a site the builder made, which every build "
                                         "would publish again inside the new one; copy what it needs in place of "
                                         "the link")
    elif project in target.parents:  # a cloned project's `templates/assets/x → ../../.git/config` would publish it
        problems.error(Located(path, 1), f"this is a link to {target}, in a hidden part of the project (git's own "
                                         "files, or secrets such as .env), which the site could show; copy what it "
                                         "needs in place of the link")
    else:
        problems.error(Located(path, 1), f"this is a link to {target}, outside the project; the builder reads only "
                                         "the project: copy what it needs into it")


def links_out(folder: Path, project: Path, problems: Problems) -> None:
    """Report a link under ``folder`` (the templates) that leads out of ``project`` or into a hidden part of it: what
    is there would be read, or published as an asset (a cloned project's `templates/assets/key → ~/.ssh/id_rsa`).
    (The folder itself is checked with the configuration.)"""
    for path in files_under(folder):  # not into linked folders: each is checked as a link
        if path.is_symlink() and (target := _unreadable_target(path, project)):
            _link_out(path, target, project, problems)


def _readable_folder(folder: Path, project: Path, problems: Problems) -> bool:
    """Whether a kind's folder (content/facts, ...) is there to be read; a file or a link in its place, or a link
    out of the project, is reported."""
    if folder.is_dir():
        target = _unreadable_target(folder, project)
        if target is None:
            return True
        _link_out(folder, target, project, problems)
    elif os.path.lexists(folder):
        problems.error(Located(folder, 1), f"'{folder.name}' must be a folder of {folder.name}, not a file or a "
                                           "broken link; remove it and create the folder")
    return False


def _refused(entry: os.DirEntry, path: Path, project: Path, suffix: str, problems: Problems) -> bool:
    """Whether an entry of a kind's folder is left unread: a folder (reported when named as a content file, or when
    a link out of the project), a name that is not UTF-8, a link out of the project or that loops (reported)."""
    try:
        folder = entry.is_dir()
    except OSError as exc:  # a link that loops
        problems.error(Located(path, 1), f"cannot read the file ({exc.strerror}); remove the link or point it at a file")
        return True
    if folder:
        if path.suffix == suffix:
            problems.error(Located(path, 1), f"this is a folder, not a file, so it is not read; a content file is a "
                                             f"file ending in '{suffix}': remove or rename the folder")
        elif entry.is_symlink() and (target := _unreadable_target(path, project)):
            _link_out(path, target, project, problems)  # refused like a file's, though never read
        elif not entry.is_symlink() and (inside := _content_inside(path, suffix)) is not None:
            problems.warn(Located(inside, 1), f"ignored: content files are read only directly in "
                                              f"{path.parent.name}/, not in a folder inside it; move this file "
                                              f"to {path.parent.name}/, or the folder out of the content folder")
        return True
    try:
        entry.name.encode("utf-8")
    except UnicodeEncodeError:
        problems.error(Located(path, 1), "the file name is not valid UTF-8; rename it with lowercase letters, digits "
                                         "and hyphens")
        return True
    if entry.is_symlink() and (target := _unreadable_target(path, project)):
        _link_out(path, target, project, problems)
        return True
    return False


def _content_inside(folder: Path, suffix: str) -> Path | None:
    """The first file ending in ``suffix`` under ``folder`` (not through links, nor in hidden folders; in its first
    hundred folders), or None: an editor's facts sorted into folders (facts/hamburg/x.yml) were left out of the site
    without a word."""
    for parent, folders, files in itertools.islice(os.walk(folder), 100):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        found = sorted(f for f in files if f.endswith(suffix) and not f.startswith("."))
        if found:
            return Path(parent) / found[0]
    return None


def _special(path: Path, problems: Problems) -> bool:
    """Report a named pipe, socket or device in the content folder, which is never read (True when it is one)."""
    try:
        kind = not_regular(path.stat().st_mode)
    except OSError:
        return False  # a dangling link: reading it says why
    if kind:
        problems.error(Located(path, 1), f"this is {kind}, not a regular file, so it is not read; "
                                         "only regular files are read from the content folder: remove it")
    return bool(kind)


_SINGULAR = {"sources": "source", "speakers": "speaker", "summits": "summit", "facts": "fact", "pages": "page"}


def _empty_message(kind: str, offset: int, text: str) -> str:
    what = "the front matter" if offset else "the file"
    state = "is empty" if not text.strip() else "holds only comments"
    return f"{what} {state}; a {_SINGULAR[kind]} needs {_required(kind)}"


def _required(kind: str) -> str:
    names = [f"'{name}'" for name in required_fields(kind)]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def _kind_of(value) -> str:
    return "a list" if isinstance(value, list) else "a single value"
