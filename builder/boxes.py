"""Boxes set in an article's text: a print page's "IN BRIEF" or "FACT FILE", a "Key facts" list, a Markdown "> **Fact
box**". Their words are the outlet's own, figures often, so they stay, set apart: their label and each item a
paragraph of its own, never run into a sentence of the article, and a box a print layout sets between the two halves
of a sentence moved after the paragraph that sentence ends."""
from __future__ import annotations

import re

# A box's label, alone on its line (past a Markdown quotation's ">", a heading's "#" and emphasis): "IN BRIEF", "FACT
# FILE: TOMAS ILVANE", "> **FACT BOX: Kestrel Dawn**", "### Key facts", "Key points (updated 16:50)".
_LABEL = re.compile(r"(?:(?:news\s+)?in\s+brief|briefly|fact\s*(?:file|box|sheet)s?|(?:key|fast|quick)\s+(?:facts|figures"
                    r"|points|numbers|dates)|at\s+a\s+glance|in\s+numbers|by\s+the\s+numbers|the\s+facts)"
                    r"(?:\s*[:–—-]\s*[^.!?]{1,60}|\s+\([^()]{1,40}\)|\s+(?:from|on|about|of)\s+[^.!?]{1,60}?:?)?:?", re.I)
_MARKS = re.compile(r"^(?:\s*>)*\s*(?:#{1,6}\s+)?[*_]{0,3}|[*_]{0,3}\s*$")
# An item of a box's list: a bullet or a number before it ("• Age: 23", "> - Crew: 11", "2. Lost at sea"), or a label
# and its value ("Born: Verrado, Lusmark").
_ITEM = re.compile(r"\s*(?:>\s*)*(?:(?:[-*•–·▪■]|\d{1,2}[.)])\s+\S|[A-Z][\w’'()/-]*(?:\s[\w’'()/-]+){0,3}:\s+\S.{0,80}$)")
_SENTENCE_END = re.compile(r"[.!?:][\"”’)\]]*\s*$")


def label(line: str) -> bool:
    """Whether ``line`` is a box's label."""
    return bool(line.strip()) and bool(_LABEL.fullmatch(_MARKS.sub("", line.strip())))


def boxes(lines: list[str]) -> list[range]:
    """The 0-based lines of each box: its label, the lines under it down to a blank line, and the items of its list
    past blank lines ("FACT FILE: TOMAS ILVANE", a blank line, "• Born: Verrado, Lusmark", …)."""
    found = []
    for start, line in enumerate(lines):
        if not label(line) or found and start in found[-1]:
            continue
        end = start + 1
        while end < len(lines) and (lines[end].strip() or _items_below(lines, end)):
            end += 1
        found.append(range(start, end))
    return found


def _items_below(lines: list[str], blank: int) -> bool:
    """Whether the next line with words after the blank line ``blank`` is an item of a list."""
    following = next((line for line in lines[blank:] if line.strip()), "")
    return bool(_ITEM.match(following))


def ends(lines: list[str]) -> set[int]:
    """The 0-based lines that end a paragraph however a text is wrapped, so that a box is set apart: the line above a
    box's label, the label, each item of its list, and each line of its text that does not run on into the next (see
    _runs_on); and where a Markdown quotation begins or ends ("> **Key figures**" under a paragraph)."""
    found = set()
    for box in boxes(lines):
        found |= {box.start - 1, box.start, box.stop - 1}
        found |= {n for n in box[1:-1] if not _runs_on(lines[n], lines[n + 1])}
    quoted = [bool(re.match(r"\s*>(?:\s|$)", line)) for line in lines]  # not a caption's ">>"
    found |= {n for n in range(len(lines) - 1) if quoted[n] != quoted[n + 1] and lines[n + 1].strip()}
    return {n for n in found if 0 <= n < len(lines) and lines[n].strip()}


def _runs_on(line: str, after: str) -> bool:
    """Whether a box's line runs on into the line after it, as a print column wraps a box's story ("The Varnholm Harbour
    Festival will run from" / "June 12 to 14, the city council confirmed. Tall" / "ships will berth…"), not an item
    of a list without bullets ("Fishing is banned off the Hallensea coast" / "All times are local"): the line ends no
    sentence, and it breaks a word, a sentence began in it goes on, it ends with a word that leads into more, or the
    next line begins in lower case; the next line is no item."""
    line, after = line.rstrip(), after.strip()
    if not after or _SENTENCE_END.search(line) or _ITEM.match(after) or label(after):
        return False
    return line.endswith("-") or after[:1].islower() or bool(_LEADING.search(line) or re.search(r"[.!?]\s+\S+$", line))


_LEADING = re.compile(r"\b(?:a|an|the|of|to|in|on|at|for|from|with|by|and|or|but|as|that|than|into|its|their|his|her)$",
                      re.I)  # a word that leads into more words: a line ending with it runs on


def order(lines: list[str]) -> list[int]:
    """The 0-based lines in the order they are read: a box set between the two halves of a sentence (the line above it
    ends no sentence, the line below runs on from it in lower case or after a hyphen) moved, with the blank lines above
    it, after the block of lines the sentence ends in; the blank lines under it are dropped."""
    at = list(range(len(lines)))
    for box in reversed(boxes(lines)):
        above = next((n for n in range(box.start - 1, -1, -1) if lines[n].strip()), None)
        below = next((n for n in range(box.stop, len(lines)) if lines[n].strip()), None)
        if above is None or below is None or _SENTENCE_END.search(lines[above]) or not (
                lines[below].lstrip()[:1].islower() or lines[above].rstrip().endswith("-")):
            continue
        resumed = next((n for n in range(below, len(lines)) if not lines[n].strip()), len(lines))
        i, j, k = at.index(above) + 1, at.index(below), at.index(resumed) if resumed < len(lines) else len(at)
        moved = [n for n in at[i:j] if n < box.stop]  # the blank lines above the box, and the box
        at = at[:i] + at[j:k] + moved + at[k:]
    return at
