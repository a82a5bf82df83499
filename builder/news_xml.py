"""A newsroom's XML file told by its content (its root element and namespace, whatever its name), parsed safely
and read as one story: a news feed (RSS, Atom: feeds.py), an agency's IPTC NewsML-G2 or NITF item or ninjs JSON
(newsml.py), a publishing platform's content item in JSON (content_item.py), or broadcast subtitles in TTML, DFXP or
EBU-TT (ttml.py). No entity is declared, none is fetched, no DTD is read; a
file too big, broken or in a charset its bytes are not is refused with where and what to do."""
from __future__ import annotations

import codecs
import datetime
import html
import importlib
import json
import re
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from html.entities import html5
from pathlib import Path

from builder.article import Found
from builder.load import TooBig, read_bytes
from builder.problems import DossierError, Located, Problem

MAX_BYTES = 20_000_000  # a feed of a hundred long items is a few megabytes
SUFFIXES = (".xml", ".rss", ".atom", ".ttml", ".dfxp")  # a file so named and not of a kind read here is refused
AGAIN = ("open the article's own page in the browser and save it as \"Webpage, HTML only\" (.html), or copy its text "
         "into a .txt file")
_ROOT = re.compile(r"\A(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)*<(?:(?P<prefix>[\w.-]+):)?"
                   r"(?P<name>[\w.-]+)(?P<rest>[^>]*)", re.S)
_KINDS = {  # a root element's name and the namespaces it is in: RSS 2.0's none, RSS 1.0's RDF (its items RSS 1.0's)
    "rss": ("feed", r""), "RDF": ("feed", r"http://www\.w3\.org/1999/02/22-rdf-syntax-ns#"),
    "feed": ("feed", r"http://www\.w3\.org/2005/Atom|http://purl\.org/atom/ns#"),
    "newsItem": ("newsml", r"http://iptc\.org/std/nar/2006-10-01/"),
    "newsMessage": ("newsml", r"http://iptc\.org/std/nar/2006-10-01/"),
    "nitf": ("nitf", r"|http://iptc\.org/std/NITF/[\d-]+/"),  # NITF 3.x: in a namespace or none
    "tt": ("ttml", r"http://www\.w3\.org/ns/ttml|http://www\.w3\.org/2006/(?:04|10)/ttaf1")}
_READERS = {"feed": "feeds", "newsml": "newsml", "nitf": "newsml", "ttml": "ttml"}
_NAMED = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")  # "&nbsp;", "&mdash;": HTML's, which no XML declares
_XML_NAMED = {b"amp", b"lt", b"gt", b"quot", b"apos"}


@dataclass
class Story:
    """What a file gives of one article: its paragraphs (or, for subtitles, the cues written as WebVTT, which the
    subtitle import reads), the fields it states, notes for the editor and the quotations its page displays apart."""

    paragraphs: list[str]
    fields: dict[str, Found] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    displayed: set[str] = field(default_factory=set)
    subtitles: str | None = None


def kind(path: Path) -> str | None:
    """'feed', 'newsml', 'nitf', 'ninjs', 'content_item' or 'ttml' for a file of such content; 'xml' for another XML file named as one of
    SUFFIXES or declared as XML; None for any other file (or one that cannot be read: reported when it is)."""
    try:
        raw = read_bytes(path, MAX_BYTES)
    except TooBig:
        return "xml" if path.suffix.lower() in SUFFIXES else None
    except OSError:
        return None
    head = _text(raw[:4096])
    if head.lstrip().startswith("{") and path.suffix.lower() in (".json", ".ninjs", ".txt", ""):
        data = _json(raw)  # ninjs: an item's headline and body at the top of one object
        keys = {key.lower() for key in data} if isinstance(data, dict) else set()
        if keys & {"body_html", "body_text", "bodies"} and keys & {"headline", "headlines"}:
            return "ninjs"
        return "content_item" if importlib.import_module("builder.content_item").matches(data) else None
    match = _ROOT.match(head)
    if match and match["name"] in _KINDS and _in(match, _KINDS[match["name"]][1]) \
            and (match["name"] != "RDF" or "purl.org/rss/1.0" in match["rest"]):
        return _KINDS[match["name"]][0]
    if match and match["name"].lower() == "html":
        return None
    return "xml" if path.suffix.lower() in SUFFIXES or head.lstrip("\ufeff \t\r\n").startswith("<?xml") else None


def read(path: Path, item: int | None) -> Story:
    """The story file ``path`` of kind ``kind(path)`` gives: its ``item``-th of several (1-based; default the
    first); refuses (DossierError) a file it cannot read, with what to do."""
    found = kind(path)
    if found == "ninjs":
        return importlib.import_module("builder.newsml").read_ninjs(path, _json(read_bytes(path, MAX_BYTES)), item)
    if found == "content_item":  # a publishing platform's API: GOV.UK's
        return importlib.import_module("builder.content_item").read(path, _json(read_bytes(path, MAX_BYTES)), item)
    root = parse(path)
    if found in _READERS:  # each reads the root parsed here, and imports this module
        reader = importlib.import_module(f"builder.{_READERS[found]}")
        return (reader.read_nitf if found == "nitf" else reader.read)(path, root, item)
    fail(path, f"the file is XML, but no kind of article read here (its root element is <{root.tag.rsplit('}')[-1]}>"
               ": not a news feed, RSS or Atom, nor a NewsML-G2 or NITF item, nor TTML subtitles); " + AGAIN)


def parse(path: Path):
    """The root element of XML file ``path``; refused: a file over MAX_BYTES, one declaring entities (which can
    expand to gigabytes), one not well-formed or not in its declared charset. HTML's named entities ("&nbsp;", which
    feeds copy from pages) are read as their characters."""
    from lxml import etree  # 16 ms to import: only when an XML file is read

    try:
        raw = read_bytes(path, MAX_BYTES)
    except TooBig as exc:
        fail(path, f"the file is {exc.size:,} bytes, over the limit of {MAX_BYTES:,}; {AGAIN}")
    except OSError as exc:
        fail(path, f"cannot read the file ({exc.strerror or exc}); check that it exists and is readable")
    if re.search(rb"<!ENTITY|<\x00!\x00E\x00N\x00T\x00I\x00T\x00Y", raw):
        fail(path, "the file declares entities (a DOCTYPE's <!ENTITY …>), which no news file needs and which can "
                   f"expand to gigabytes; {AGAIN}")
    raw = _NAMED.sub(lambda m: m.group() if m[1] in _XML_NAMED or (m[1] + b";").decode() not in html5 else "".join(
        f"&#{ord(c)};" for c in html5[(m[1] + b";").decode()]).encode(), raw)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (exc.lineno or 0, 0)
        raise DossierError([Problem(Located(path, line or None, column or None),
                                    f"the file is not well-formed XML ({_why(exc)}); if it was cut short or edited, "
                                    f"save it again from where it came, or {AGAIN}")]) from None
    except (ValueError, LookupError) as exc:
        fail(path, f"the file cannot be read as XML ({exc}); {AGAIN}")
    if root is None:
        fail(path, f"the file holds no XML element; {AGAIN}")
    return root


def _why(exc) -> str:
    """lxml's message in an editor's words where it is about the charset or the depth."""
    message = str(exc.msg or exc).split(", line ")[0]
    if message.startswith("Excessive depth"):
        return "its elements nest more than 256 deep, as no news file's do"
    if re.search(r"not proper UTF-8|encoding|Char 0x|PCDATA invalid Char", message, re.I):
        return f"{message}: its bytes are not in the charset it declares (UTF-8 if it declares none)"
    return message


def fail(path: Path, message: str):
    raise DossierError([Problem(Located(path), message)])


def chosen(path: Path, items: list[tuple[str, str | None]], item: int | None, what: str) -> tuple[int, list[str]]:
    """The 0-based index of the ``item``-th (1-based) of a file's ``items`` (each its title and day) and a note naming
    the others and how to choose one; refuses an item past the last, listing them."""
    if not items:
        fail(path, f"the {what} holds no item; {AGAIN}")
    listed = [f"{n} “{title}”" + (f" ({day})" if day else "") for n, (title, day) in enumerate(items, 1)]
    if item is not None and item > len(items):
        fail(path, f"--item {item}: the {what} holds {len(items)} item(s): {'; '.join(listed[:20])}"
                   f"{'; …' if len(listed) > 20 else ''}")
    at = (item or 1) - 1
    if len(items) == 1:
        return at, []
    others = [line for n, line in enumerate(listed) if n != at]
    more = f"; and {len(others) - 12} more" if len(others) > 12 else ""
    return at, [f"the {what} holds {len(items)} items; imported: {listed[at]}; import another with --item N: "
                f"{'; '.join(others[:12])}{more}"]


def read_html(path: Path, title: str | None, body: str) -> Story:
    """An item's HTML ``body`` read as a saved page's article is (webpage.py), headed by its ``title``; a body of
    plain text (a feed's description without a tag) is its paragraphs."""
    from builder import webpage  # trafilatura takes 0.2 s to import

    if not re.search(r"<[A-Za-z][^>]*>", body):
        body = as_html(body)
    heading = f"<h1>{html.escape(title)}</h1>" if title else ""
    page = webpage.read(path, (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(title or '')}"
                               f"</title></head><body><article>{heading}{body}</article></body></html>").encode())
    return Story(page.paragraphs, {k: v for k, v in page.fields.items() if k != "title"}, page.notes, page.displayed)


def as_html(text: str) -> str:
    """Plain ``text`` as HTML: a <p> a paragraph."""
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in text_paragraphs(text))


def text_paragraphs(text: str) -> list[str]:
    """A plain text's paragraphs: its blocks between blank lines, each line as it is."""
    return [block.strip("\n") for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if block.strip()]


def day(value: str | None) -> str | None:
    """The day a feed's or an item's date gives as written, its own offset's: an ISO 8601 stamp
    ("2026-03-05T10:30:00+01:00") or RFC 822's ("Sun, 15 Nov 2026 08:30:00 +0000"); None for no date."""
    value = (value or "").strip()
    try:
        if re.match(r"\d{4}-\d{2}-\d{2}", value):
            return datetime.date.fromisoformat(value[:10]).isoformat()
        return parsedate_to_datetime(value).date().isoformat() if value else None
    except (ValueError, TypeError, IndexError, OverflowError):
        return None


def language(value: str | None) -> str | None:
    """A language tag's language: "en-GB" → 'en'."""
    match = re.fullmatch(r"\s*([a-zA-Z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*", value or "")
    return match.group(1).lower() if match else None


def _in(root: re.Match, namespace: str) -> bool:
    """Whether the root element ``root`` (_ROOT's match) is in a ``namespace`` (a pattern; "" for none)."""
    attribute = f"xmlns:{root['prefix']}" if root["prefix"] else "xmlns"
    declared = re.search(rf"(?:^|\s){re.escape(attribute)}\s*=\s*[\"']([^\"']*)", root["rest"])
    return bool(re.fullmatch(namespace, declared[1] if declared else ""))


def _text(raw: bytes) -> str:
    """The first bytes of a file as text, by its byte-order mark, else as UTF-8 (for a look at its root)."""
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom):].decode(codec, "replace")
    return raw.decode("utf-8", "replace").lstrip("\ufeff")


def _json(raw: bytes):
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
