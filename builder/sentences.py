"""The sentences of a source, with their offsets: what suggest reads one at a time."""
from __future__ import annotations

import re
from dataclasses import dataclass

from builder import article, chrome

_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jan|Feb|Mar|Apr|Aug|Sept|Sep|"
                           r"Oct|Nov|Dec|No|vs|etc|Jr|Sr|Prof))\.$")


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence of a source (quotations spanning several sentences kept whole): offsets and text."""

    start: int
    end: int
    text: str


# A paragraph's lines are one text, but a bullet point starts a sentence of its own (a live blog's summary).
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n|\s*[•·▪‣◦*–—-]\s)[^\n]+)*")


def _blocks(body: str):
    """(text, offset) of each paragraph, without its lines that are datelines, timestamps, bylines or page chrome
    left in: a page's furniture is no sentence of the article."""
    for para in _PARAGRAPH.finditer(body):
        run: list[re.Match] = []
        for line in [*re.finditer(r"[^\n]+", para.group()), None]:
            if line is None or article.banner(line.group()) or article.byline(line.group()) \
                    or chrome.find([line.group()]):
                if run:
                    yield para.group()[run[0].start():run[-1].end()], para.start() + run[0].start()
                run = []
            else:
                run.append(line)


def passages(body: str) -> list[Passage]:
    """The sentences of ``body``, paragraph by paragraph (a bullet point is one; datelines, bylines and page chrome
    are left out); a quotation running over several sentences, in quotation marks or guillemets, is one."""
    found = []
    for text, offset in _blocks(body):
        start, depth = 0, 0
        for m in re.finditer(r"[.!?][\"”’')»]*(?=\s+[\"“‘(«]?[A-Z0-9])|[“”\"«»]", text):
            mark = m.group()
            if mark in "“«":
                depth += 1
                continue
            if mark in "”»":
                depth = max(0, depth - 1)
                continue
            if mark == '"':
                depth = 1 - depth
                continue
            if re.search(r"[\"”»]$", mark):
                depth = 0
            if depth or _ABBREVIATION.search(text[start:m.start() + 1]):
                continue
            found.append(_passage(text, offset, start, m.end()))
            start = m.end()
        if text[start:].strip():
            found.append(_passage(text, offset, start, len(text)))
    return [p for p in found if p.text]


def _passage(text: str, offset: int, start: int, end: int) -> Passage:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    return Passage(offset + start + lead, offset + end, chunk.strip())
