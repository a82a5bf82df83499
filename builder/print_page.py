"""A print page's furniture set among its story's lines in blocks of their own (between blank lines), as an OCR'd page
gives them: a photograph's caption over its credit, and an advert; told from the story by general signs alone."""
from __future__ import annotations

import re

from builder import boxes

CAPTION_LINES = 5  # a caption's lines, its credit's among them: more are a paragraph that ends on a credit
AD_WORDS = 8  # an advert's lines are short: more words make a sentence of the story


def furniture(lines: list[str]) -> dict[int, str]:
    """The 1-based lines of the blocks that are a caption (its last line ends on a credit, "Picture:" and a name:
    "hoard. Picture: DAN HOLLIS", under "UNEARTHED: Colin Aldersey in the field" / "near Sedgeley Cross where he
    found the") or an advert, with why."""
    found: dict[int, str] = {}
    boxed = {n for box in boxes.boxes(lines) for n in box}  # a box's items are the outlet's own, figures too
    marked = False  # the block follows an "ADVERTISEMENT" label
    for start, end in _blocks(lines):
        block = [line.strip() for line in lines[start:end]]
        if len(block) <= CAPTION_LINES and _CREDIT.search(block[-1]):
            found.update(dict.fromkeys(range(start + _caption(block) + 1, end + 1),
                                       "a photograph's caption, over its credit"))
        elif not boxed & set(range(start, end)) and _advert(block, marked):
            found.update(dict.fromkeys(range(start + 1, end + 1), "an advert: prices, numbers to call, addresses"))
        marked = len(block) == 1 and bool(_MARKER.fullmatch(block[0]))
    return found


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, past the last) 0-based lines of each run of lines between blank ones."""
    found, start = [], None
    for n, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = n
        elif not line.strip() and start is not None:
            found.append((start, n))
            start = None
    return found


def _caption(block: list[str]) -> int:
    """Where in a block ending on a credit its caption begins: the lines that run on into the credit's line, none
    ending a sentence; not a sentence above a credit alone ("The leaders met." over "Photo: Ann Lee/AFP"), which may
    be the story's."""
    start = len(block) - 1
    while start > 0 and not _SENTENCE_END.search(block[start - 1]):
        start -= 1
    return start


def _advert(block: list[str], marked: bool) -> bool:
    """Whether a block is an advert: short lines, none a sentence, that give a price or an offer and a number to call
    or a web address ("UP TO 50% OFF ALL RUGS", "Call 01632 960 777", "www.harnsfordcarpets.co.uk"), or one of them
    under an "ADVERTISEMENT" label (a contact's number and address alone are no advert)."""
    if len(block) < 2 or any(len(line.split()) > AD_WORDS or _SENTENCE_END.search(line) for line in block):
        return False
    offer, reach = (any(sign.search(line) for line in block for sign in signs) for signs in ((_OFFER,), (_PHONE, _WEB)))
    return offer and reach or marked and (offer or reach)


_CREDIT = re.compile(r"\b(?i:picture|photo|photograph|image|illustration)(?:\s+credit)?\s*:\s+[A-Z][\w.'’&/-]*"
                     r"(?:\s+(?:[A-Z][\w.'’&/-]*|for|of))*\.?$")  # "Picture: DAN HOLLIS", "Photo: Ann Lee/Reuters"
_MARKER = re.compile(r"(?:advertisement|advert|sponsored|promotion|paid\s+(?:content|promotion))\s*:?", re.I)
_OFFER = re.compile(r"[£€$]\s?\d|\d+\s?%\s*off\b|\b(?:sale\s+now\s+on|special\s+offer|free\s+(?:delivery|fitting|quote"
                    r"|estimates?|parking|trial))\b", re.I)
_PHONE = re.compile(r"\b(?:call|tel|phone|ring)\b\.?:?\s*\+?\d[\d ()-]{6,}\d|\b0\d{3,4}\s\d{3}\s\d{3,4}\b", re.I)
_WEB = re.compile(r"\b(?:www\.|https?://)\S+|\b[\w-]+\.(?:co\.uk|com|org|net|org\.uk)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*$")
