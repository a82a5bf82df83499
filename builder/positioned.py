"""A PDF converted to a web page (pdftohtml and the like: each line of each page an element of its own, placed at its
place on the page): its lines rejoined into the paragraphs the page's spacing shows, each line kept as it is (a word
hyphenated at a line's end stays so, "Est-" / "mere", as quotes are matched across it), and its page numbers and
running heads left out."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

MIN_LINES = 8  # positioned lines of text: fewer are a page's decoration, no converted document
SHARE = 0.8  # of the elements holding text: a converted document places nearly all of them
MARGIN = 0.08  # of a page's height, at its top and its foot: where running heads and page numbers stand
GAP = 1.3  # times the usual step from one line to the next: a wider one parts paragraphs
_TOP = re.compile(r"(?:^|;)\s*top\s*:\s*(-?\d+(?:\.\d+)?)px", re.I)
_LEFT = re.compile(r"(?:^|;)\s*left\s*:\s*(-?\d+(?:\.\d+)?)px", re.I)
_HEIGHT = re.compile(r"(?:^|;)\s*height\s*:\s*(\d+(?:\.\d+)?)px", re.I)
_ABSOLUTE = re.compile(r"position\s*:\s*absolute", re.I)
_PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]"
                          r"|\d{1,3}\s*/\s*\d{1,3}", re.I)  # "Page 2 of 3", "- 2 -", a browser's "2/3"
_FOOT_PART = re.compile(r"\s+[·|•–—]\s+")  # "Page 5 · The Calder Courier · …": a foot of parts, its number one
_PLACEHOLDER = re.compile(r"\[(?:photo|image|picture|graphic|illustration|video|map|chart)\]", re.I)  # an image's
_CONTINUED = re.compile(r".{1,120}\((?:continued|cont['’]?d\.?)\)", re.I)  # a later page's running head
_SENTENCE_END = re.compile(r"[.!?:][\"”’')\]]*$")


@dataclass(frozen=True)
class Line:
    page: int
    top: float
    left: float
    kind: str  # its font's class, as the converter names it ("ft14"), or its size
    text: str
    right: float = 0.0  # where it ends, when known
    size: float = 0.0  # its font's size, when known


def paragraphs(tree) -> list[str] | None:
    """The converted document's paragraphs, each its lines joined by line breaks; None when the page is no converted
    document (fewer than MIN_LINES positioned lines, or most of its text not positioned)."""
    lines, unplaced, pages = _lines(tree)
    if len(lines) < MIN_LINES or len(lines) < SHARE * (len(lines) + unplaced):
        return None
    left_out = furniture(lines, _page_heights(pages, lines))
    return joined(sorted((line for line in lines if line not in left_out), key=lambda l: (l.page, l.top, l.left)))


def joined(kept: list[Line]) -> list[str]:
    """Lines in reading order joined into the paragraphs their spacing shows, each its lines joined by line breaks
    (two pieces of one line by a space); the usual step between lines (the most common, the smaller of two as
    common) grows with the type, when its size is known (a headline's two lines are one paragraph)."""
    steps = Counter(round(b.top - a.top) for a, b in zip(kept, kept[1:]) if a.page == b.page and b.top > a.top + 2)
    usual = min(steps, key=lambda step: (-steps[step], step)) if steps else 0  # a tie, the smaller: paragraphs of
    # two lines step down as often between as within them
    size = Counter(line.size for line in kept).most_common(1)[0][0] if kept else 0  # the text's usual type
    found: list[list[str]] = []
    for before, line in zip([None, *kept], kept):
        if before is not None and before.page == line.page and abs(line.top - before.top) <= 2:
            found[-1][-1] += " " + line.text  # the same line, set in two pieces
        elif before is None or _parted(before, line, usual * (line.size / size if size else 1), kept):
            found.append([line.text])
        else:
            found[-1].append(line.text)
    return ["\n".join(p) for p in found]


def wrapped(line: Line, below: Line, lines: list[Line]) -> bool:
    """Whether ``below`` goes on with ``line``, wrapped: its first word would not have fitted on it, in the width
    of the lines set under or over it."""
    within = [l for l in lines if l.left < line.right and l.right > line.left]
    word = (below.right - below.left) * (len(below.text.split()[0]) + 1) / len(below.text)
    return line.right - line.left + word > max(l.right for l in within) - min(l.left for l in within)


def _parted(before: Line, line: Line, usual: float, lines: list[Line]) -> bool:
    """Whether ``line`` opens a paragraph after ``before``: a wider step than the usual one between lines, another
    font (a heading's), a new page after a line ending a sentence (short of the text's width, when known: the next
    line's first word would have fitted on it), or, when the type's size is known, a line set in
    deeper than the one above by more than half of it (a first line's indent) under a line ending a sentence."""
    if before.page != line.page:  # a sentence ending a page's full last line may go on on the next
        return bool(_SENTENCE_END.search(before.text)) and not (before.right and wrapped(
            before, line, [l for l in lines if l.page == before.page]))
    return before.kind != line.kind or line.top - before.top > usual * GAP or bool(
        line.size and line.left - before.left > line.size / 2 and _SENTENCE_END.search(before.text))


def _lines(tree) -> tuple[list[Line], int, dict]:
    """The positioned elements holding text, as lines (a page is the element holding them), how many elements
    holding text are not positioned, and the pages' elements, each with its number."""
    lines, unplaced, pages = [], 0, {}
    for element in tree.iter("p", "div", "span"):
        text = " ".join(element.text_content().replace("\u00a0", " ").split())
        if not re.search(r"\w", text) or any(isinstance(e.tag, str) and e.tag in ("p", "div")
                                             for e in element.iterdescendants()):
            continue
        style = element.get("style") or ""
        top, left = _TOP.search(style), _LEFT.search(style)
        if not (_ABSOLUTE.search(style) and top):
            unplaced += element.tag != "span"
            continue
        holder = element.getparent()
        page = pages.setdefault(holder, len(pages))
        lines.append(Line(page, float(top.group(1)), float(left.group(1)) if left else 0.0,
                          element.get("class") or "", text))
    return lines, unplaced, pages


def _page_heights(pages: dict, lines: list[Line]) -> dict[int, float]:
    """Each page's height, as its element's style gives it, else its lowest line's place."""
    heights = {}
    for holder, page in pages.items():
        given = _HEIGHT.search(holder.get("style") or "")
        heights[page] = float(given.group(1)) if given else max(l.top for l in lines if l.page == page) + 1
    return heights


def _spaced(text: str) -> bool:
    """Whether a line is set letter by letter, a logo's or an ornament's ("A G G R E G A T E S · S I N C E"): six
    characters or more, four in five of them apart."""
    parts = text.split()
    return len(parts) >= 6 and sum(len(part) == 1 for part in parts) >= 0.8 * len(parts)


def furniture(lines: list[Line], heights: dict[int, float]) -> set[Line]:
    """The page numbers (a number alone, "Page 2 of 3", "2/3", at a page's foot or in its first or last row, or a part
    of a line there: "Page 5 · The Calder Courier"), an image's place ("[photo]"), a logo's letters set apart and the running heads and feet (one
    saying "(continued)" in a later page's top margin):
    lines in a page's top margin (after the first page, whose top is its letterhead) or foot, in a font no line of the
    text between the margins is set in, and lines in either margin that two pages or more repeat (their numbers
    aside) at the same height, the first page's too."""
    def marginal(line: Line) -> bool:
        height = heights.get(line.page, 0) or 1
        return line.top >= (1 - MARGIN) * height or line.page > 0 and line.top <= MARGIN * height

    def margins(line: Line) -> bool:
        height = heights.get(line.page, 0) or 1
        return not MARGIN * height < line.top < (1 - MARGIN) * height

    def place(line: Line) -> tuple[str, int]:
        return re.sub(r"\d+", "0", line.text), round(line.top)

    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    text_kinds = {line.kind for line in lines if not marginal(line)}
    ends = {line for page in pages.values() for line in page if abs(line.top - min(l.top for l in page)) <= 2
            or abs(line.top - max(l.top for l in page)) <= 2}  # a page's first and last rows

    def numbered(line: Line) -> bool:
        parts = _FOOT_PART.split(line.text)
        return bool(_PAGE_NUMBER.fullmatch(line.text) or len(parts) > 1 and any(
            part[:4].lower() == "page" and _PAGE_NUMBER.fullmatch(part) for part in parts))

    repeated = Counter(place for place, _ in {(place(line), line.page) for line in lines if margins(line)})
    return {line for line in lines if (marginal(line) or line in ends) and numbered(line)
            or _PLACEHOLDER.fullmatch(line.text) or _spaced(line.text) or marginal(line) and _CONTINUED.fullmatch(line.text)
            or marginal(line) and line.kind not in text_kinds or margins(line) and repeated[place(line)] > 1}
