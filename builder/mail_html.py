"""An email's HTML part as its reader sees it, block by block: each paragraph, heading, list item, quotation and a
layout cell's own words a paragraph, its line breaks kept, a data table's row its cells between tabs; what a mail
program never shows (its head, styles, a preheader its style hides) left out, and a mailing's buttons and bars of
links ("Back the petition", "Follow us: Facebook · Instagram"), named in a note. An extractor of web articles is no
reader of an email: it dropped a newsletter's headings, list items and sentences set in its layout's cells."""
from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
           "table", "tbody", "thead", "tfoot", "tr", "td", "th", "center", "section", "article", "header", "footer",
           "main", "nav", "aside", "address", "figure", "figcaption", "hr", "form"}
_UNSEEN = {"head", "title", "style", "script", "noscript", "template", "svg", "button", "select", "object"}
# A style hiding an element: a preheader, the summary an inbox lists beside the Subject ("display:none;max-height:0").
_HIDDEN = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|max-height\s*:\s*0"
                     r"(?:px)?\s*(?:!important)?\s*(?:;|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:!important)?\s*(?:;|$))", re.I)
_HIDDEN_CLASS = re.compile(r"\b(?:preheader|preview-?text|mcnPreviewText)\b", re.I)
_WHITE = re.compile(r"[ \t\n\r\f]+")  # what HTML collapses into a space (a no-break space stays)
# A link made a button: a background of its own or its cell's, or a class saying so ("btn", "mcnButton", "cta").
_BUTTON_STYLE = re.compile(r"(?:^|;)\s*background(?:-color)?\s*:", re.I)
_BUTTON_CLASS = re.compile(r"btn|button|\bcta\b", re.I)
BUTTON_WORDS = 6  # a button's words at most: "Back the petition"
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_SEPARATORS = re.compile(r"[\s|·•/,–—-]*")  # between a bar's links: "Facebook · X · Instagram"
_LABEL = re.compile(r"\s*(?:[\w'’&-]+\s+){0,3}[\w'’&-]+\s*:\s*")  # a bar's label before its links: "Follow us:"


@dataclass(frozen=True)
class Mailing:
    """The paragraphs of an email's HTML part (each may hold line breaks), and the words of the buttons and bars of
    links left out."""

    paragraphs: list[str]
    left_out: list[str]


def read(markup: str) -> Mailing:
    """The HTML part ``markup`` read block by block (no paragraph when it holds no markup that can be read)."""
    try:
        tree = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError):  # empty, or nothing but white space and comments
        return Mailing([], [])
    body = tree.find(".//body")
    for br in tree.iter("br"):  # a space between the words it parts, in a cell's or a link's words
        br.tail = " " + (br.tail or "")
    reading = _Reading()
    reading.visit(body if body is not None else tree)
    reading.close()
    return Mailing(reading.paragraphs, reading.left_out)


class _Reading:
    """The paragraphs read so far, the lines of the one being read, and what was left out."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.left_out: list[str] = []
        self.lines: list[str] = [""]

    def visit(self, element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag and tag not in _UNSEEN and not _hidden(element):
            if tag == "br":
                self.lines.append("")
            elif tag in _BLOCKS and (furniture := _furniture(element)):
                self.close()
                self.left_out.append(furniture)
            elif tag == "tr" and (cells := _cells(element)):
                self.close()
                furniture = [found for cell in cells if (found := _furniture(cell))]
                self.left_out += furniture
                self.paragraphs += filter(None, ["\t".join(words for cell in cells
                                                            if (words := _words(cell)) and words not in furniture)])
            else:
                if tag in _BLOCKS:
                    self.close()
                self.lines[-1] += _WHITE.sub(" ", element.text or "")
                for child in element:
                    self.visit(child)
                if tag in _BLOCKS:
                    self.close()
        self.lines[-1] += _WHITE.sub(" ", element.tail or "")

    def close(self) -> None:
        """End the paragraph being read."""
        lines = [line.strip(" ") for line in self.lines]
        if any(lines):
            self.paragraphs.append("\n".join(filter(None, lines)))
        self.lines = [""]


def _hidden(element) -> bool:
    return element.get("hidden") is not None or bool(_HIDDEN.search(element.get("style") or "")) \
        or bool(_HIDDEN_CLASS.search(element.get("class") or ""))


def _words(element) -> str:
    return " ".join(element.text_content().split())


def _furniture(block) -> str | None:
    """The words of a block that is a mailing's button (a link made one, the block's only words) or bar of links
    (two links or more and nothing else but separators and a short label: "Follow us: Facebook · Instagram")."""
    text = _words(block)
    links = [a for a in block.iter("a") if _words(a)]
    if not text or not links or any(e.tag in _BLOCKS for e in block.iterdescendants() if isinstance(e.tag, str)
                                    and e.tag != "br"):
        return None
    if len(links) == 1 and _words(links[0]) == text and len(text.split()) <= BUTTON_WORDS \
            and not _SENTENCE_END.search(text) and any(
                _BUTTON_STYLE.search(e.get("style") or "") or _BUTTON_CLASS.search(e.get("class") or "")
                for e in (links[0], block)):
        return text
    rest = text
    for a in links:
        rest = rest.replace(_words(a), " ", 1)
    bare = _LABEL.sub("", rest, count=1) if _LABEL.match(rest) else rest
    return text if len(links) >= 2 and _SEPARATORS.fullmatch(bare) else None


def _cells(row) -> list:
    """The cells of a data table's row, read as a paragraph of their words between tabs: two cells or more with words,
    none holding a block (a layout table's cells hold its paragraphs); none for a layout's row."""
    cells = [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th") and not _hidden(c)]
    if any(e.tag in _BLOCKS - {"td", "th"} for c in cells for e in c.iterdescendants() if isinstance(e.tag, str)):
        return []
    return cells if sum(1 for c in cells if _words(c)) >= 2 else []
