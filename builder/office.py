"""An office document read as an article: a Word document (.docx) or an OpenDocument text (.odt, as LibreOffice
saves it). Its paragraphs in order (a table's rows as cells between tabs, a text box's paragraphs after the one that
holds it), never its page headers and footers (but the first header's letterhead, a body its text names, is its
outlet), comments, footnotes or deleted tracked changes; and what its document
properties say: the title when the text opens with it, the author when the property names a person and the text
signs with no other name (the outlet when it names a body: "Strand Hotels Press Office" is Strand Hotels), and the days
it was created and last saved, in a note (a template's date is no article's). A statement's head ("STATEMENT ON BEHALF
OF STRAND HOTELS LTD", "Statement from …", "… statement") and the company its signatory's office names at its end
("Ana Whitlow" / "Head of Communications, Strand Hotels Ltd") give its outlet, those lines its furniture."""
from __future__ import annotations

import itertools
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from builder import article, chrome
from builder.article import Found
from builder.load import read_start
from builder.naming import LEGAL_FORM
from builder.problems import DossierError, Located, Problem
from builder.yaml_values import FORBIDDEN

MAX_PART = 20_000_000  # bytes of a part unpacked at most: a zip bomb stops there
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_PROPERTIES = {"title": "{http://purl.org/dc/elements/1.1/}title",
               "creator": "{http://purl.org/dc/elements/1.1/}creator",
               "created": "{http://purl.org/dc/terms/}created", "modified": "{http://purl.org/dc/terms/}modified",
               "odt-created": "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}creation-date",
               "odt-modified": "{http://purl.org/dc/elements/1.1/}date",
               "odt-creator": "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}initial-creator",
               "company": "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Company"}
_LEAD = 3  # paragraphs atop the text among which a title property must stand to be the headline; or any of those
_TOP = 8  # before its first sentence, among so many (a letter's subject line under its letterhead, "To:" and "Our ref:")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s*$")
# A statement's head naming who issues it: "STATEMENT ON BEHALF OF FENWICK FINE CATERING LTD", "Press statement from
# Strand Hotels:", "Strand Hotels statement" (a line of its own, no sentence).
_HEAD = re.compile(r"(?:(?:press|media|news|joint)\s+)?(?:statement|release)\s+(?:issued\s+)?"
                   r"(?:on\s+behalf\s+of|from|by)\s+(?:the\s+)?(?P<body>[^\W\d_][^.!?]{1,80}?)"
                   r"(?:\s+(?:on|about|regarding|concerning|following)\s+.{1,120})?"  # "… by X on the fire"
                   r"|(?P<named>[^\W\d_][^.!?:]{1,80}?)\s+(?:press\s+|media\s+)?statement"
                   r"(?:\s+(?:on|about|regarding|concerning|following)\s+[^.!?]{1,120})?", re.I)  # "Corvane Logistics
# statement on DC4 Stenmoor"
# What a head's "… statement" says of it, not who issues it: "Joint statement", "Closing statement".
_NO_BODY = re.compile(r"(?:joint|official|opening|closing|final|full|public|written|further|updated|short|draft"
                      r"|press|media|news|the|a|an|our|my|this)(?:\s+(?:press|media|news))?", re.I)
# An office, not a body: "the Chief Executive", "Mayor of Orlby".
_ROLE = re.compile(r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:chief\s+executive|director|chair(?:man|woman|person)?"
                   r"|president|secretary|minister|mayor|manager|spokes(?:person|man|woman)|head|leader|officer"
                   r"|governor)\b", re.I)
_NAMED = re.compile(r"(?:[A-Z][\w&'’.-]*|&)(?:\s+(?:&|and|of|for|the|[A-Z][\w&'’.-]*)){0,7}")  # "Strand Hotels Ltd"
_SIGNATURE_LINES = 3  # the lines under a signatory's name: their office, the body, its address
_SIGNED_WITHIN = 8  # the last lines of a text among which its signatory's name stands
# What may follow a statement's signature: its end mark, its notes to editors, who to call; a letter's copies.
_AFTER = re.compile(r"\W*(?:ends|end|###|-30-)\W*$|notes?\s+(?:to|for)\s+editors|editors['’]?\s+notes?"
                    r"|about\s+(?-i:[A-Z])|(?:for\s+)?(?:further|more)\s+information"
                    r"|(?:press|media)\s+(?:enquiries|inquiries|contacts?)\b|cc\s*:", re.I)
# What may stand between a letter's last sentence and its signatory's name: its close, the name signed by hand.
_CLOSE = re.compile(r"(?:yours\s+(?:faithfully|sincerely|truly)|(?:kind|best|warm)?\s*regards|sincerely)\s*,?"
                    r"|(?-i:[A-Z])\.\s*(?P<surname>[\w'’-]+)", re.I)
_ON_BEHALF = re.compile(r"(?:for\s+and\s+)?on\s+behalf\s+of\s+(?:the\s+)?", re.I)  # "for and on behalf of the …"


@dataclass
class Document:
    paragraphs: list[str]
    fields: dict[str, Found] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def kind(path: Path) -> str | None:
    """'Word' or 'OpenDocument' for a zip file holding such a text document, None for any other file."""
    try:
        read_start(path, 0)  # a regular file: telling whether a named pipe is a zip would wait for a writer for ever
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "Word"
            if "content.xml" in names and b"opendocument.text" in _part(archive, "mimetype"):
                return "OpenDocument"
    except (OSError, zipfile.BadZipFile):
        return None
    return None


def read(path: Path) -> Document:
    """The document's paragraphs, the fields its properties give and notes for the editor; refuses (DossierError) a
    document that cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            word = "word/document.xml" in archive.namelist()
            body = _xml(archive, "word/document.xml" if word else "content.xml")
            properties = [part for part in (_xml(archive, "docProps/core.xml" if word else "meta.xml"),
                                            _xml(archive, "docProps/app.xml") if word else None) if part is not None]
            header = _header(archive, word)
    except (OSError, zipfile.BadZipFile, ElementTree.ParseError) as exc:
        raise DossierError([Problem(Located(path), f"cannot read the document ({exc}); open it in a word processor "
                                                   "and save it again, or copy its text into a .txt file")]) from None
    paragraphs = [p for p in (clean(p) for p in (_word_blocks(body) if word else _odt_blocks(body))) if p.strip()] \
        if body is not None else []
    document = Document(paragraphs, notes=[f"a{'' if word else 'n'} {'Word' if word else 'OpenDocument'} document: its "
                                           "text imported, its page headers and footers, comments and footnotes "
                                           "left out"])
    body_lines = "\n\n".join(paragraphs).split("\n")
    if (name := header and article.publisher_heading(header)) and _named_in(name, paragraphs):  # a letterhead: the
        document.fields["outlet"] = Found(as_written(name, body_lines), "its page header's letterhead")  # body
    read_properties(document, {key: " ".join("".join(found.itertext()).split()) for key, tag in _PROPERTIES.items()
                               for part in properties if (found := part.find(f".//{tag}")) is not None})
    return document


def _header(archive: zipfile.ZipFile, word: bool) -> str:
    """The first line of the document's first page header (Word's word/header1.xml, OpenDocument's master page's
    style:header), or ''."""
    if word:
        part = _xml(archive, "word/header1.xml")
        lines = [line for p in (part.iter(f"{_W}p") if part is not None else ()) for line in _word_text(p).split("\n")]
    else:
        part = _xml(archive, "styles.xml")
        head = part.find(f".//{_STYLE}header") if part is not None else None
        lines = [line for p in (head.iter(f"{_TEXT}p") if head is not None else ()) for line in _odt_text(p).split("\n")]
    return next((" ".join(line.split()) for line in map(clean, lines) if line.strip()), "")


def _named_in(name: str, paragraphs: list[str]) -> bool:
    """Whether the document's text names ``name`` (in any case): a letterhead's body, not a template's."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", "\n".join(paragraphs), re.I) is not None


def _part(archive: zipfile.ZipFile, name: str) -> bytes:
    """The unpacked bytes of one part of the document (none when it has no such part), no more than MAX_PART."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return b""
    if info.file_size > MAX_PART:
        raise zipfile.BadZipFile(f"its part {name} unpacks to {info.file_size:,} bytes, over {MAX_PART:,}")
    with archive.open(info) as stream:
        return stream.read(MAX_PART + 1)[:MAX_PART]


def _xml(archive: zipfile.ZipFile, name: str) -> ElementTree.Element | None:
    raw = _part(archive, name)
    if not raw:
        return None
    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:  # an office document declares no entities
        raise ElementTree.ParseError(f"its part {name} declares entities")
    return ElementTree.fromstring(raw)


def _word_blocks(element: ElementTree.Element):
    """A Word body's paragraphs and table rows, in order; a text box's paragraphs after the paragraph holding it."""
    for child in element:
        if child.tag == f"{_W}p":
            yield _word_text(child)
            for box in _boxes(child):
                yield from _word_blocks(box)
        elif child.tag == f"{_W}tbl":
            yield from ("\t".join(" ".join(_word_text(p) for p in cell.iter(f"{_W}p")) for cell in row
                                  if cell.tag == f"{_W}tc") for row in child.iter(f"{_W}tr"))
        else:
            yield from _word_blocks(child)


def _boxes(element: ElementTree.Element):
    """The text boxes an element holds (w:txbxContent), not their fallback copies for older programs."""
    for child in element:
        if child.tag == f"{_W}txbxContent":
            yield child
        elif child.tag != f"{_MC}Fallback":
            yield from _boxes(child)


def _word_text(paragraph: ElementTree.Element) -> str:
    """A Word paragraph's own words: its runs' text, tabs and line breaks; not a deleted run's, a field's code, a
    footnote's mark, nor the paragraphs of a text box it holds (yielded on their own) or their fallback copy."""
    out = []

    def walk(element):
        for child in element:
            tag = child.tag
            if tag in (f"{_W}txbxContent", f"{_MC}Fallback", f"{_W}del", f"{_W}instrText", f"{_W}delText"):
                continue
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag == f"{_W}tab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
            else:
                walk(child)
    walk(paragraph)
    return "".join(out)


def _odt_blocks(root: ElementTree.Element):
    """An OpenDocument text's paragraphs and headings (in lists too) and table rows, in order."""
    text = root.find(f"{_OFFICE}body/{_OFFICE}text")
    yield from _odt_walk(text if text is not None else root)


def _odt_walk(element: ElementTree.Element):
    for child in element:
        if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            yield _odt_text(child)
        elif child.tag == f"{_TABLE}table-row":
            yield "\t".join(" ".join(_odt_text(p) for p in cell.iter(f"{_TEXT}p")) for cell in child
                            if cell.tag == f"{_TABLE}table-cell")
        elif child.tag not in (f"{_TEXT}tracked-changes", f"{_OFFICE}annotation", f"{_TEXT}note"):
            yield from _odt_walk(child)


def _odt_text(paragraph: ElementTree.Element) -> str:
    """An OpenDocument paragraph's words, its spaces (text:s), tabs and line breaks; not a comment's or a note's."""
    out = [paragraph.text or ""]
    for child in paragraph:
        if child.tag == f"{_TEXT}s":
            out.append(" " * int(child.get(f"{_TEXT}c", "1") or 1))
        elif child.tag == f"{_TEXT}tab":
            out.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            out.append("\n")
        elif child.tag not in (f"{_OFFICE}annotation", f"{_TEXT}note", f"{_OFFICE}annotation-end"):
            out.append(_odt_text(child))
        out.append(child.tail or "")
    return "".join(out)


def clean(text: str) -> str:
    """A paragraph's text without soft hyphens and control characters, its non-breaking spaces plain."""
    return FORBIDDEN.sub("", text.replace("\u00ad", "").replace("\u00a0", " ")).rstrip()


def read_properties(document: Document, value: dict[str, str]) -> None:
    """The fields and notes a document's properties give (``value`` by the keys of _PROPERTIES: an RTF's \\info too)."""
    title, creator = value.get("title"), value.get("creator") or value.get("odt-creator")
    lead = [" ".join(p.split()).casefold() for p in itertools.takewhile(
        lambda p: not _SENTENCE_END.search(p), document.paragraphs[:_TOP])] or [
        " ".join(p.split()).casefold() for p in document.paragraphs[:_LEAD]]
    lines = "\n\n".join(document.paragraphs).split("\n")
    signed, person = article.author(lines), creator and article.names(article.untitled(creator))
    if title and title.casefold() in lead:
        document.fields["title"] = Found(title, "the document's title property, its first lines' heading")
    elif title:
        document.notes.append(f"its title property, \"{title}\", is not among its first lines: left out")
    if creator and (article.issued_by_body(creator) or article.without_office(creator) != creator):  # "Strand
        # Hotels Press Office", "Tallisant CropScience Communications": the body that issues it
        document.fields["outlet"] = Found(article.without_office(creator), "the document's author property, a body's")
    elif person and signed not in (None, article.untitled(creator)):  # a solicitor who edited the draft, a secretary
        document.notes.append(f"its author property, \"{creator}\", the file's author, is not whom its text is signed "
                              f"by, {signed}: left out")
    elif person:
        document.fields["author"] = Found(article.untitled(creator), "the document's author property" + (
            ", the name its text is signed with" if signed else ": the file's author, whoever saved it (the text "
                                                                "names no writer): check it"))
    elif creator:
        document.notes.append(f"its author property, \"{creator}\", names no one: left out")
    company = LEGAL_FORM.sub("", value.get("company", ""))
    if company and re.search(rf"(?<!\w){re.escape(company)}(?!\w)", "\n".join(document.paragraphs), re.I):
        document.fields["outlet"] = Found(company, "the document's company property, which its text names")
    elif company:
        document.notes.append(f"its company property, \"{value['company']}\", is named nowhere in its text: left out")
    days = [(what, day) for what, keys in (("created", ("created", "odt-created")), ("last saved", ("modified",
                                                                                                    "odt-modified")))
            if (day := next((value[k][:10] for k in keys if re.match(r"\d{4}-\d{2}-\d{2}", value.get(k, ""))), None))]
    if days:
        document.notes.append("its properties say it was " + " and ".join(f"{what} on {day}" for what, day in days)
                              + ": the date the article gives is read from its text")
    issuer = _head(lines, signed) or _signature(lines, signed)
    if issuer and issuer[1]:  # the text's word over the properties'
        document.fields["outlet"] = Found(as_written(issuer[1], lines), issuer[2])


def furniture(lines: list[str]) -> list[chrome.Chrome]:
    """The lines of a document's text that are a statement's furniture: its head naming who issues it (the outlet; not
    one saying what it is on, the headline too) and its signature at its end (the author, and the outlet its office
    names)."""
    signed = article.author(lines)
    head, signature = _head(lines, signed), _signature(lines, signed)
    if head and _SUBJECT.search(lines[head[0]]):  # "Tallisant CropScience statement on reported bee losses…": its
        head = None  # headline too, kept
    return ([chrome.Chrome(head[0] + 1, lines[head[0]].strip(), "a statement's head naming who issues it, in the front "
                                                                "matter (outlet)")] if head else []) \
        + [chrome.Chrome(n + 1, lines[n].strip(), "a statement's signature, in the front matter (author)")
           for n in (signature[3] if signature else ())]


# What a statement's head says it is on: "… statement on the Seaforth fire" (not "on behalf of").
_SUBJECT = re.compile(r"\s(?:on(?!\s+behalf\b)|about|regarding|concerning|following)\s", re.I)


def _head(lines: list[str], signed: str | None) -> tuple[int, str, str] | None:
    """The 0-based line of a statement's head among its first lines, the body it names (not its signatory ``signed``:
    "Statement from Gavin Fenwick") and where that was read."""
    for n in [n for n, line in enumerate(lines) if line.strip()][:_LEAD]:
        found = _HEAD.fullmatch(lines[n].strip().rstrip(":–—- "))
        body = found and (found["body"] or found["named"]).strip()
        if body and not _NO_BODY.fullmatch(body) and not _ROLE.match(body) and _NAMED.fullmatch(
                LEGAL_FORM.sub("", body)) and body != signed:
            return n, body, "the statement's head, naming who issues it"
    return None


def _signature(lines: list[str], signed: str | None) -> tuple[int, str, str, list[int]] | None:
    """A statement's signature at its end: the 0-based line of its signatory's name ``signed`` (under the text's last
    sentence, a letter's close, "Yours faithfully,", or the name signed by hand, "M. Feltham", between them), the body
    its office names ("Managing Director, Fenwick Fine Catering Ltd", or the body on a line of its own, "for and on
    behalf of the Calder Health Authority"; None when it names none), where that was read, and the signature's lines. None when the text is signed by
    no one."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    title = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Dame|Sir)\.?\s+)?"
    at = next((k for k in range(len(filled) - 1, max(len(filled) - _SIGNED_WITHIN, 0), -1) if signed and re.fullmatch(
        rf"{title}{re.escape(signed)}(?:,\s+.+)?", lines[filled[k]].strip())), None)
    above = next((k for k in range(at - 1, -1, -1) if not (found := _CLOSE.fullmatch(lines[filled[k]].strip()))
                  or found["surname"] and not signed.endswith(found["surname"])), -1) if at is not None else -1
    if above < 0 or not re.search(r"[.!?\"”’]$", lines[filled[above]].strip()):
        return None
    block = [filled[at]] + list(itertools.takewhile(lambda n: len(_ON_BEHALF.sub("", lines[n]).split()) <= 10 and "\t" not in lines[n]
                                                    and not re.search(r"[.!?:]$", lines[n].strip())
                                                    and not _AFTER.match(lines[n].strip()),
                                                    filled[at + 1:at + 1 + _SIGNATURE_LINES]))
    after = [n for n in filled if n > block[-1]]
    if after and not _AFTER.match(lines[after[0]].strip()):  # a table, a paragraph: no signature ends the text there
        return None
    offices = [_ON_BEHALF.sub("", part, count=1) for n in block
               for part in lines[n].strip().split(", ")[1 if n == block[0] else 0:]]
    body = next((part for part in offices[1:] if _NAMED.fullmatch(part) and not _ROLE.match(part)), None) \
        if len(offices) > 1 else None  # the first is the signatory's office: "Managing Director"
    return filled[at], body, "the body its signatory's office names, at its end", block


def as_written(body: str, lines: list[str]) -> str:
    """A body's name without its legal form, as its text writes it where a head gives it in capitals ("FENWICK FINE
    CATERING LTD" is "Fenwick Fine Catering" in "Fenwick Fine Catering is deeply sorry…"), or in full where it gives
    its initials ("MDAV" is the "Medicines and Devices Authority of Varnland" its text names; not an address's "mdav")."""
    name = LEGAL_FORM.sub("", body.strip())
    if not name.isupper():
        return name
    written = (m.group() for line in lines for m in re.finditer(rf"(?<![\w@./]){re.escape(name)}(?![\w@])", line, re.I))
    return next((w for w in written if not w.isupper() and w[:1].isupper()), None) or _spelt_out(name, lines) or name


def _spelt_out(initials: str, lines: list[str]) -> str | None:
    """The name whose capitalised words' initials are ``initials`` ("MDAV": "Medicines and Devices Authority of
    Varnland", its small words aside), the first its text gives; none for a name of words, or of fewer than three."""
    if not re.fullmatch(r"[A-Z]{3,8}", initials):
        return None
    small = r"(?:and|of|for|the|on|in|&)"
    run = rf"[A-Z][\w'’-]*(?:\s+(?:{small}\s+)*[A-Z][\w'’-]*){{{len(initials) - 1}}}"
    text = " ".join(" ".join(lines).split())  # a name a PDF's line breaks part: "Medicines and Devices" / "Authority"
    return next((m.group() for m in re.finditer(rf"(?<![\w'’-]){run}(?![\w'’-])", text)
                 if "".join(w[0] for w in m.group().split() if w[0].isupper()) == initials), None)
