"""A word processor's document saved as a web page (Google Docs' "Download as Web page", Word's or LibreOffice's
"Save as HTML"): its blocks in order, its headings among them (an extractor drops short ones), without its comments
or the markers that point to them ("[a]"); its <title> (the file's name when the document has none) the title only
when the text opens with it."""
from __future__ import annotations

import re
from dataclasses import dataclass

EXPORTED = re.compile(r"<body[^>]*\bclass=\"[^\"]*\bdoc-content\b|<meta\s+name=\"?generator\"?\s+content=\"?"
                      r"(?:Microsoft Word|LibreOffice|OpenOffice|Google Docs)", re.I)  # in its first 20,000 characters
LEAD = 3  # paragraphs atop the text among which its <title> must stand to be its title
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr")
# A comment's link back to its marker (Google Docs' "#cmnt_ref1", Word's "#_msoanchor_1"), and a marker's to it.
_BACK = re.compile(r"#(?:cmnt_ref|_msoanchor_)\d+$")
_MARKER = re.compile(r"#(?:cmnt|_msocom_)\d+$")
_WHITE = re.compile(r"[ \t\n\f\r]+")  # what HTML collapses into a space (a no-break space stays)


@dataclass(frozen=True)
class Document:
    paragraphs: list[str]
    title: str | None  # its <title>, when the text opens with it
    comments: int


def read(tree, text: str) -> Document | None:
    """The exported document ``tree`` (its markup ``text``), or None when the page is no such export; the markers of
    its comments are taken out of ``tree``."""
    body = tree.find(".//body")
    if body is None or not EXPORTED.search(text[:20000]):
        return None
    links = [a for a in body.iter("a") if a.get("href")]
    comments = {next(a.iterancestors("div"), a) for a in links if _BACK.match(a.get("href"))}
    labels = {a.text_content().strip() for a in links if _BACK.match(a.get("href")) and a.text_content().strip()}
    for marker in [a for a in links if _MARKER.match(a.get("href"))]:
        holder = next(marker.iterancestors("sup"), marker)
        if holder.getparent() is not None:
            holder.drop_tree()  # its tail stays
    hidden = {e for c in comments for e in c.iter()}
    paragraphs = []
    for block in body.iter(*_BLOCKS):
        if block in hidden or any(a.tag in _BLOCKS for a in block.iterancestors()):
            continue
        cells = [_text(c, labels) for c in block if c.tag in ("td", "th")] if block.tag == "tr" else [_text(block, labels)]
        paragraphs += filter(None, ["\t".join(filter(None, cells))])
    title = tree.find(".//title")
    title = _WHITE.sub(" ", title.text_content()).strip() if title is not None else ""
    lead = [p.casefold() for p in paragraphs[:LEAD]]
    return Document(paragraphs, title if title and title.casefold() in lead else None, len(comments))


def _text(element, labels: set[str]) -> str:
    """An element's text as a reader sees it: its line breaks kept, its spaces collapsed, without a comment's marker
    left as plain text ("… this town.[b] Season-ticket holders …")."""
    text = _shown(element)
    for label in labels:
        text = text.replace(label, "")
    return "\n".join(filter(None, (_WHITE.sub(" ", line).strip(" ") for line in text.split("\n"))))


def _shown(element) -> str:
    """An element's text, a line break (``<br>``) a new line."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append("\n" if child.tag == "br" else _shown(child))
        parts.append(child.tail or "")
    return "".join(parts)
