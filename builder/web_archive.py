"""A web archive, a page saved with its images in one file (a browser's "Webpage, Single File": MHTML, .mhtml or .mht;
Safari's .webarchive): its main page, read as a saved page is (webpage.py), at the address the archive gives it."""
from __future__ import annotations

import binascii
import email.utils
import plistlib
import quopri
import re
import struct
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from xml.parsers.expat import ExpatError

from builder import webpage
from builder.load import TooBig, read_bytes
from builder.problems import DossierError, Located, Problem

MAX_ARCHIVE_BYTES = 3 * webpage.MAX_PAGE_BYTES  # the page, and beside it its images and style sheets in base64
MAX_PARTS = 10_000  # a page's images, style sheets and frames: a news page's are a few hundred
MAX_DEPTH = 8  # multiparts within multiparts: a browser writes one, a mail program two or three
HTML_TYPES = ("text/html", "application/xhtml+xml")
_HEAD_WITHIN = 64 * 1024  # bytes: a part's headers, a few lines
_HEADER = re.compile(rb"[!-9;-~]+:")  # a MIME header's name and colon, "Content-Type:"
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_DECODERS = {"base64": lambda body: binascii.a2b_base64(bytes(body) + b"=="),  # its padding forgiven, as mail programs do
             "quoted-printable": quopri.decodestring, "7bit": bytes, "8bit": bytes, "binary": bytes, "": bytes}
_PLIST_ERRORS = (ValueError, TypeError, KeyError, IndexError, OverflowError, struct.error, RecursionError, ExpatError)


@dataclass(frozen=True)
class Main:
    """The archive's main page: its bytes, the charset the archive declares for them, the address it gives the page,
    and what kind of archive holds it (with the day it was saved) and beside what (a note for the editor)."""

    raw: bytes
    charset: str | None
    address: str | None
    note: str


def read(path: Path) -> webpage.Page:
    """The article of the web archive at ``path``, as webpage.read gives a saved page's, with a note on what the
    archive held; refuses (DossierError) a file too big, no archive, or one whose page cannot be read."""
    try:
        raw = read_bytes(path, MAX_ARCHIVE_BYTES)
    except OSError as exc:
        _fail(path, f"cannot read the file ({exc.strerror or exc}); check that it exists and is readable")
    except TooBig as exc:
        _fail(path, f"the web archive is {exc.size:,} bytes, over the limit of {MAX_ARCHIVE_BYTES:,} (a page's "
                    "and its images')")
    main = _webarchive(raw, path) if raw.startswith(b"bplist") or path.suffix.lower() == ".webarchive" \
        else _mhtml(raw, path)
    if len(main.raw) > webpage.MAX_PAGE_BYTES:
        _fail(path, f"the web archive's page is {len(main.raw):,} bytes, over the limit of {webpage.MAX_PAGE_BYTES:,}")
    page = webpage.read(path, main.raw, main.charset, main.address)
    return webpage.Page(page.paragraphs, page.fields, [main.note, *page.notes], page.displayed)


def _mhtml(raw: bytes, path: Path) -> Main:
    """The main page of an MHTML archive: the root part its multipart's ``start`` names, else its first HTML part."""
    if not _HEADER.match(raw):
        _fail(path, "the file is no web archive: it does not open with MIME headers (\"Content-Type: "
                    "multipart/related\"), as a page saved as \"Webpage, Single File\" does")
    message, body = _headed(memoryview(raw), path)  # its parts are views of it: nested parts copy nothing
    parts = list(_parts(message, body, path, 0, [0]))
    page = next(((part, content) for part, content in parts if part.get_content_type() in HTML_TYPES), None)
    if page is None:
        _fail(path, "the web archive holds no HTML page (no text/html part)")
    part, content = page
    encoding = (part.get("content-transfer-encoding") or "").strip().lower()
    if encoding not in _DECODERS:
        _fail(path, f"the web archive's page is encoded as {encoding}, which no browser writes")
    try:
        decoded = _DECODERS[encoding](content)
    except (binascii.Error, ValueError):
        _fail(path, f"the web archive's page is not valid {encoding}: it was cut or damaged")
    address = "".join(str(message.get("snapshot-content-location") or part.get("content-location") or "").split())
    others = sum(1 for p, _ in parts if p.get_content_maintype() != "multipart") - 1
    return Main(decoded, part.get_content_charset(), address or None,
                f"a web archive (MHTML{_saved(message.get('date'))}): its page read as a saved page is, its {others} "
                "other part(s) (images, style sheets, frames) left out")


def _parts(message: Message, body: memoryview, path: Path, depth: int, count: list[int]):
    """A MIME entity and, when it is a multipart, the parts it holds, depth first, the root part its ``start`` names
    before the others (``count``: the parts met so far, over the whole archive)."""
    yield message, body
    if message.get_content_maintype() != "multipart":
        return
    if depth >= MAX_DEPTH:
        _fail(path, f"the web archive's parts nest over {MAX_DEPTH} deep, as no browser writes them")
    boundary = message.get_boundary()
    if not boundary or not boundary.isascii():
        _fail(path, "the web archive's multipart names no boundary between its parts, so they cannot be told apart")
    children = []
    for begin, end in _spans(body, boundary.encode("ascii")):
        count[0] += 1
        if count[0] > MAX_PARTS:
            _fail(path, f"the web archive holds over {MAX_PARTS:,} parts, more than a page's images and frames")
        children.append(_headed(body[begin:end], path))
    root = (message.get_param("start") or "").strip(" <>")  # "<page@archive>", brackets or none
    children.sort(key=lambda child: not root or (child[0].get("content-id") or "").strip(" <>") != root)
    for child, content in children:
        yield from _parts(child, content, path, depth + 1, count)


def _spans(body: memoryview, boundary: bytes):
    """Where each part of a multipart's ``body`` starts and ends, between the lines of its ``boundary``; a multipart
    cut short (no closing line) has its last part run to the end, as mail programs read it."""
    start = None
    for match in re.finditer(rb"(?:\A|\r?\n)--" + re.escape(boundary) + rb"(--)?[ \t]*(?:\r?\n|\Z)", body):
        if start is not None:
            yield start, match.start()
        if match.group(1):  # the closing line
            return
        start = match.end()
    if start is not None:
        yield start, len(body)


def _headed(entity: memoryview, path: Path) -> tuple[Message, memoryview]:
    """A MIME entity's headers, parsed, and its body, as the entity holds it."""
    if (empty := re.match(rb"\r?\n", entity)):  # no headers: a text/plain part
        return Message(policy=compat32), entity[empty.end():]
    blank = _BLANK_LINE.search(entity, 0, _HEAD_WITHIN)
    if blank is None and len(entity) > _HEAD_WITHIN:
        _fail(path, f"a part of the web archive has headers over {_HEAD_WITHIN:,} bytes long, as no browser writes "
                    "them")
    head, body = (entity[:blank.start()], entity[blank.end():]) if blank else (entity, b"")
    return BytesHeaderParser(policy=compat32).parsebytes(bytes(head)), body


def _saved(date: str | None) -> str:
    """", saved on 2026-12-07, not the article's day": the day an MHTML archive's Date header gives; "" for none or
    one that is no date."""
    try:
        return f", saved on {email.utils.parsedate_to_datetime(date).date().isoformat()}, not the article's day"
    except (TypeError, ValueError, IndexError, OverflowError):
        return ""


def _webarchive(raw: bytes, path: Path) -> Main:
    """The main resource of a Safari web archive: a property list whose WebMainResource holds the page."""
    try:
        archive = plistlib.loads(raw)
    except _PLIST_ERRORS:
        archive = None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        _fail(path, "the file is no web archive Safari wrote: no property list holding the page (WebMainResource) "
                    "could be read from it")
    kind = main.get("WebResourceMIMEType")
    if kind not in HTML_TYPES:
        _fail(path, f"the web archive's main resource is no web page but {kind or 'of no stated type'} (an image or "
                    "a file opened in the browser)")
    charset, address = main.get("WebResourceTextEncodingName"), main.get("WebResourceURL")
    others = archive.get("WebSubresources")
    return Main(main["WebResourceData"], charset if isinstance(charset, str) else None,
                address if isinstance(address, str) else None,
                f"a web archive (Safari's): its page read as a saved page is, its "
                f"{len(others) if isinstance(others, list) else 0} other resource(s) (images, style sheets) and any "
                "frames left out")


def _fail(path: Path, message: str):
    raise DossierError([Problem(Located(path), f"{message}; {webpage.AGAIN}")])
