"""Pull quotes: words of an article set apart again as a display quote ("“We got this wrong, and I am sorry”" between
two paragraphs, a Markdown "> “…”", a print column's indented lines), which its own paragraph gives already."""
from __future__ import annotations

import re

from builder import article

MIN_WORDS = 5  # a quotation shorter than this ("“No”") may be said twice
MAX_LINES = 4  # a pull quote's lines, wrapped as a print column wraps them
INDENT = 4  # spaces more than the column's lines: a print page's pull quote set among them
_OPENING = "“\"‘'«„"
_CLOSING = "”\"’'»“"
# The quotation's words between their marks, a full stop after them, and who said them after a dash: "“An attack on our
# shared heritage” — Culture Minister Agata Wyss".
_QUOTATION = re.compile(rf"[{_OPENING}](?P<words>[^\n]+?)[{_CLOSING}][.,]?(?:\s*[—–-]{{1,2}}\s*[^{_OPENING}{_CLOSING}]{{2,80}})?")
_MARKS = re.compile(r"^(?:\s*>)+\s?|[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}", re.M)  # a Markdown quotation's ">", emphasis


def find(lines: list[str], displayed: set[str] = frozenset()) -> set[int]:
    """The 1-based lines of ``lines`` that are a pull quote: a block of at most MAX_LINES lines (between blank lines,
    or indented INDENT spaces more than the lines of the column around it) that is one quotation (or the words of one
    that a page's markup displays apart, ``displayed``, marks or none), of MIN_WORDS words
    or more, every sentence of which the rest of the text gives (however wrapped, hyphenated or punctuated), after the
    article's first paragraph; under a live blog's stamp, a whole sentence (not an entry's quoted headline, "Not on a
    pre-set path")."""
    begun = next((n for n, line in enumerate(lines) if len(line.split()) >= 10), len(lines))
    found: set[int] = set()
    for block in _blocks(lines):
        words = _quoted(" ".join(lines[n] for n in block), displayed)
        above = next((lines[n] for n in range(block[0] - 1, -1, -1) if lines[n].strip()), "")
        if block[0] <= begun or not words or article.banner(above) and not re.search(r"[.!?…]$", words):
            continue  # under a live blog's stamp, a quotation that is no sentence is its entry's headline
        if block[0] and not lines[block[0] - 1].strip() and _left_open(_paragraph_above(lines, block[0])):
            continue  # a quotation going on from the paragraph above, its mark opened again (British style)
        rest = _letters(" ".join(line for n, line in enumerate(lines) if n not in block and n + 1 not in found))
        pieces = [_letters(p) for p in re.split(r"[.!?…;:]+", words) if _letters(p)]
        if all(p in rest for p in pieces):
            found |= {n + 1 for n in block}
    return found


def _blocks(lines: list[str]) -> list[list[int]]:
    """The 0-based lines of each block that may be a pull quote: lines between blank lines, MAX_LINES at most; and a
    run of lines indented INDENT spaces more than the others of their block."""
    blocks, start = [], 0
    for n in range(len(lines) + 1):
        if n < len(lines) and lines[n].strip():
            continue
        block = list(range(start, n))
        if 0 < len(block) <= MAX_LINES:
            blocks.append(block)
        margin = min((_indent(lines[k]) for k in block), default=0)
        run: list[int] = []
        for k in block + [None]:
            if k is not None and _indent(lines[k]) >= margin + INDENT:
                run.append(k)
                continue
            if 0 < len(run) <= MAX_LINES and len(run) < len(block):
                blocks.append(run)
            run = []
        start = n + 1
    return blocks


def _paragraph_above(lines: list[str], start: int) -> str:
    """The lines of the paragraph above a paragraph's first 0-based line ``start``, past the blank lines between."""
    end = next((n + 1 for n in range(start - 1, -1, -1) if lines[n].strip()), 0)
    begin = next((n + 1 for n in range(end - 1, -1, -1) if not lines[n].strip()), 0)
    return " ".join(lines[begin:end])


def _left_open(text: str) -> bool:
    """Whether a paragraph ends inside a quotation it opens and does not close (“…, and I would urge anyone not to
    touch it.), which the next paragraph goes on with, opening its mark again: a speaker's words, no pull quote."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1 or text.count("«") > text.count("»")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _quoted(text: str, displayed: set[str]) -> str | None:
    """The words of ``text`` when it is one quotation and no more (or one of ``displayed``), MIN_WORDS or more of
    them; else None."""
    text = " ".join(_MARKS.sub("", text).split())
    match = _QUOTATION.fullmatch(text)
    words = match["words"] if match else text if text in displayed else ""
    return words if len(words.split()) >= MIN_WORDS and not re.search(r"[”\"»]\s", words) else None  # not two
    # quotations and words between them: “We will rebuild,” she said. “Every house.”


def _letters(text: str) -> str:
    """``text``'s letters and digits alone, in lower case: "mainte-\nnance" is "maintenance"."""
    return re.sub(r"[\W_]+", "", text.casefold())
