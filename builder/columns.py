"""A print page converted with `pdftotext -layout` whose text is set in columns side by side: its lines put in
reading order, each column read top to bottom, left to right, band by band (a headline across the columns parts two
bands), and another story set beside the article, under a headline of its own, left out and named in a note."""
from __future__ import annotations

import functools
import itertools
import operator
import re
from dataclasses import dataclass

GUTTER = 2  # spaces at the same places down a band of lines: the narrowest gap between two columns
MIN_LINES = 4  # lines of text in each column: fewer are a row of cells (a running head, a byline beside a dateline)
MIN_WIDTH = 20  # characters: a column of prose is wider than a table's column of labels or figures
FILLED = 0.6  # of a column's width: most lines of a column of prose reach past it, a table's cells do not
ALIGNED = 2 / 3  # of a column's lines start at its left edge (the others: a paragraph's indent, a centred heading)
_GAP = re.compile(f"0{{{GUTTER},}}")
_SENTENCE_END = re.compile(r"[.!?:][\"”’')\]»]*$")


@dataclass(frozen=True)
class Band:
    """Lines of a page between its ``first`` and ``last`` (0-based, both holding text), and the column each of their
    ``parts`` holds: (start, end) characters, cut at gutters no line of the band crosses."""

    first: int
    last: int
    parts: tuple[tuple[int, int], ...]

    def cut(self, rows: list[str], part: int) -> list[tuple[int, str]]:
        """The band's lines' text in column ``part`` (0-based line, text), from its leftmost letter, blank lines kept
        but those before and after its text."""
        start, end = self.parts[part]
        pieces = [(n, rows[n][start:end].rstrip()) for n in range(self.first, self.last + 1)]
        filled = [k for k, (_, text) in enumerate(pieces) if text.strip()]
        if not filled:
            return []
        left = min(len(text) - len(text.lstrip()) for _, text in pieces if text.strip())
        return [(n, text[left:]) for n, text in pieces[filled[0]:filled[-1] + 1]]

    def columns(self, rows: list[str]) -> bool:
        """Whether the band is set in columns of prose: two or more, each of MIN_LINES lines or more, MIN_WIDTH
        characters wide or more, most of its lines reaching past FILLED of its width and ALIGNED of them starting at
        its left edge (not comments aligned after values of different lengths, "outlet: X        # the publisher")."""
        if len(self.parts) < 2:
            return False
        for part in range(len(self.parts)):
            texts = [text for _, text in self.cut(rows, part) if text.strip()]
            width = max(map(len, texts), default=0)
            if len(texts) < MIN_LINES or width < MIN_WIDTH or \
                    sum(len(text) >= FILLED * width for text in texts) < len(texts) / 2 or \
                    sum(not text[:1].isspace() for text in texts) < ALIGNED * len(texts):
                return False
        return True

    def extent(self, rows: list[str], part: int) -> tuple[int, int]:
        """The characters from the leftmost letter of column ``part`` to past its rightmost."""
        pieces = [rows[n][self.parts[part][0]:self.parts[part][1]].rstrip() for n in range(self.first, self.last + 1)]
        texts = [self.parts[part][0] + len(p) - len(p.lstrip()) for p in pieces if p.strip()]
        return min(texts, default=0), self.parts[part][0] + max(map(len, pieces), default=0)


def read(lines: list[str], first: int = 1) -> tuple[list[str], list[int], list[tuple[int, str]]]:
    """``lines`` in reading order, each with its 0-based line in ``lines``, and notes (a 1-based line of the file,
    ``first`` being the file's line of ``lines[0]``, and what was done): each page (after a form feed) whose text is
    set in columns side by side is read column by column; a story beside the article under a headline of its own
    (the band over the columns cut by a gutter: "DUNE FIRE CUTS COAST ROAD        POOL TO REOPEN IN MAY") is left
    out, with a note naming its headline. A page set in no columns is kept as it is, every line."""
    out: list[tuple[int, str]] = []
    notes: list[tuple[int, str]] = []
    starts = [0] + [n for n, line in enumerate(lines) if n and line.startswith("\f")]
    for start, end in zip(starts, [*starts[1:], len(lines)]):
        read_page, told = _page([line.lstrip("\f").expandtabs() for line in lines[start:end]], start + first)
        feed = "\f" * (len(lines[start]) - len(lines[start].lstrip("\f")))
        out += [(start + n, lines[start + n] if text is None else (feed if k == 0 else "") + text)
                for k, (n, text) in enumerate(read_page)]
        notes += told
    return [text for _, text in out], [n for n, _ in out], notes


def _page(rows: list[str], first: int) -> tuple[list[tuple[int, str | None]], list[tuple[int, str]]]:
    """A page's lines in reading order (0-based line in the page, its text, None for a line kept whole) and notes,
    ``first`` the file's line of the page's first."""
    bands = _bands(rows)
    set_in = [band for band in bands if band.columns(rows)]
    if not set_in:
        return [(n, None) for n in range(len(rows))], []
    left_out, notes = _others(rows, bands, set_in, first)
    start, end = first + set_in[0].first, first + set_in[-1].last
    notes.insert(0, (start, f"the page is set in columns side by side (lines {start}–{end}): read column by column, "
                            "left to right, each column top to bottom, its wrapped lines joined"))
    out: list[tuple[int, str | None]] = []
    n = 0
    for band in bands:
        out += [(k, None) for k in range(n, band.first)]
        n = band.last + 1
        if band in set_in or left_out.get(band):
            if out and band in set_in and (rows[out[-1][0]] if out[-1][1] is None else out[-1][1]).strip():
                out.append((band.first, ""))  # the columns open a paragraph: a byline or dateline over them is none
            out += _read(rows, band, set_in, left_out.get(band, set()))
        else:
            out += [(k, None) for k in range(band.first, band.last + 1)]
    return out + [(k, None) for k in range(n, len(rows))], notes


def _others(rows: list[str], bands: list[Band], set_in: list[Band], first: int) -> tuple[dict[Band, set[int]],
                                                                                          list[tuple[int, str]]]:
    """The columns of each band (and the parts of each band over columns) that are another story's than the
    article's, with notes naming each such story's headline: under a band over the columns cut by a gutter, a column
    whose left edge no part but another story's headline spans (see _stories), and under a line across the article's
    columns, a column going on with such a column (see _carried)."""
    heads = {under: band for band, under in zip(bands, bands[1:]) if under in set_in and band not in set_in
             and len(band.parts) > 1 and under.first - band.last <= 2}  # a band over the columns, cut by a gutter
    left_out: dict[Band, set[int]] = {}
    notes: list[tuple[int, str]] = []
    for band, head in heads.items():
        stories = _stories(rows, band, head)
        left_out[band] = {k for k, story in enumerate(stories) if story is not None and story != 0}
        if left_out[band]:
            left_out[head] = {stories[k] for k in left_out[band]}
            for part in sorted(left_out[head]):
                at, headline = next((n, text.strip()) for n, text in head.cut(rows, part) if text.strip())
                column = band.parts[min(left_out[band])][0] + 1
                notes.append((first + at, f"another story set beside the article, \"{headline}\", its columns in lines "
                                          f"{first + at}–{first + band.last} (from character {column}), is left out: "
                                          "import it on its own, its text copied out"))
    for above, band in zip(set_in, set_in[1:]):
        if band not in heads and left_out.get(above) and (carried := _carried(rows, above, left_out[above], band)):
            left_out[band] = carried
            column = band.parts[min(carried)][0] + 1
            notes.append((first + band.first, f"the columns left out go on in lines {first + band.first}–"
                                              f"{first + band.last} (from character {column}), under a line across "
                                              "the article's columns: left out too"))
    return left_out, notes


def _read(rows: list[str], band: Band, set_in: list[Band], left_out: set[int]) -> list[tuple[int, str]]:
    """A band's columns but ``left_out`` one after the other; the next column's first line goes on with the last
    one's paragraph (no blank line between) unless that ends a sentence and the next begins one (no lower case). The
    parts of a band over columns (a headline, a standfirst, a byline) are lines of their own, each from its letter."""
    out: list[tuple[int, str]] = []
    for part in range(len(band.parts)):
        column = band.cut(rows, part) if part not in left_out else []
        column = column if band in set_in else [(n, text.lstrip()) for n, text in column]
        if column and out and (_SENTENCE_END.search(out[-1][1]) and not column[0][1].lstrip()[:1].islower()
                               or band not in set_in):
            out.append((out[-1][0], ""))
        out += column
    return out


def _carried(rows: list[str], above: Band, gone: set[int], band: Band) -> set[int]:
    """The columns of ``band`` that go on with a column of the band ``above`` it left out (``gone``): starting where
    it starts, the lines between the two bands leaving its place blank (another story's column running on beside a
    crosshead across the article's columns)."""
    between = rows[above.last + 1:band.first]
    return {k for k in range(len(band.parts)) for j in gone
            if abs(above.extent(rows, j)[0] - band.extent(rows, k)[0]) <= 2
            and not any(line[slice(*above.parts[j])].strip() for line in between)}


def _stories(rows: list[str], band: Band, head: Band) -> list[int | None]:
    """For each column of ``band``, the part of ``head`` (the band over it) whose story it carries: the part spanning
    the column's left edge (a headline over the columns it heads), else the story of the column to its left (None
    for the first column when no part spans it); and that story too when the column goes on with a sentence the
    column to its left leaves open (its first letter in lower case, whatever headline spans it)."""
    spans = [head.extent(rows, part) for part in range(len(head.parts))]
    stories: list[int | None] = []
    last = ""  # the column to the left's last line
    for part in range(len(band.parts)):
        texts = [text.strip() for _, text in band.cut(rows, part) if text.strip()]
        left = band.extent(rows, part)[0]
        runs_on = bool(stories) and not _SENTENCE_END.search(last) and texts[0][:1].islower()
        stories.append(stories[-1] if runs_on else next((k for k, (a, b) in enumerate(spans) if a <= left < b),
                                                        stories[-1] if stories else None))
        last = texts[-1]
    return stories


def _bands(rows: list[str]) -> list[Band]:
    """The page's bands, top to bottom: runs of lines whose text leaves gutters at the same places. They are found
    from the page's foot up, so that a band of columns holds MIN_LINES lines before it meets the lines over it (a
    headline, a byline beside another story's): it ends at a line crossing one of its gutters, while a band of fewer
    lines only ends when no gutter is left (a running head's wide gaps are no columns' gutters); and a band ends at
    two blank lines (a column's paragraphs are set apart by one)."""
    masks = [int("".join("0" if c == " " else "1" for c in reversed(row)) or "0", 2) for row in rows]
    bands: list[Band] = []
    top, mask, count, bottom = None, 0, 0, 0
    for n in range(len(rows) - 1, -2, -1):
        row_mask = masks[n] if n >= 0 else -1
        if row_mask == 0:
            continue
        if top is not None and n >= 0 and top - n <= 2 and _joins(mask, row_mask, count >= MIN_LINES):
            mask, count, top = mask | row_mask, count + 1, n
            continue
        if top is not None:
            bands.insert(0, Band(top, bottom, _parts(_gutters(mask))))
        top, mask, count, bottom = n, row_mask, 1, n
    return _tails(rows, masks, bands)


def _tails(rows: list[str], masks: list[int], bands: list[Band]) -> list[Band]:
    """``bands`` with the lines atop a band that cross no gutter of the band of columns just over it moved into that
    one: a column's last lines, under the others' end, that a line across the page under them had taken."""
    for k in range(len(bands) - 1):
        above, below = bands[k], bands[k + 1]
        if below.first - above.last > 2 or not above.columns(rows):
            continue
        filled = [n for n in range(below.first, below.last + 1) if masks[n]]
        moved = list(itertools.takewhile(lambda n: not any(masks[n] >> a & ((1 << (b - a)) - 1)
                                                            for a, b in _between(above.parts)), filled))
        if moved and moved[0] - above.last <= 2:
            rest = filled[len(moved):]
            mask = functools.reduce(operator.or_, (masks[n] for n in rest), 0)
            bands[k] = Band(above.first, moved[-1], above.parts)
            bands[k + 1] = Band(rest[0], rest[-1], _parts(_gutters(mask))) if rest else None
    return [band for band in bands if band]


def _between(parts: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The gutters between a band's columns."""
    return [(end, start) for (_, end), (start, _) in zip(parts, parts[1:])]


def _joins(mask: int, row: int, grown: bool) -> bool:
    """Whether a line (of mask ``row``) goes on with a band (of ``mask``): a band of columns while the line crosses
    none of its gutters, or, before the band has MIN_LINES lines (``grown``), while some gutter is left and the
    band crosses none of the line's gaps; a band of one column while the line is one column too, in the same place,
    or where a gutter is left beside it (the lines under a column's end hold that column alone)."""
    gutters, left = _gutters(mask), _gutters(mask | row)
    if not grown and not all(_within(mask | row, gap) for gap in _gutters(row)):
        return False  # the band's lines cross the line's gaps: a line across columns, over or under them
    if not gutters:
        return bool(left) or not _gutters(row) and _aligned(mask, row)
    return bool(left) and (not grown or all(_within(mask | row, gutter) for gutter in gutters))


def _aligned(mask: int, row: int) -> bool:
    """Whether the text of two masks, each of one column, stands in the same place: the narrower is at least half
    within the other (a paragraph's lines, ragged or indented; not a line across the page over a column's last)."""
    spans = [(f"{m:b}"[::-1].find("1"), m.bit_length()) for m in (mask, row)]
    common = min(spans[0][1], spans[1][1]) - max(spans[0][0], spans[1][0])
    return common >= min(end - start for start, end in spans) / 2


def _gutters(mask: int) -> list[tuple[int, int]]:
    """The runs of GUTTER blank characters or more between the first and last a mask holds text at."""
    bits = f"{mask:b}"[::-1] if mask > 0 else ""
    return [m.span() for m in _GAP.finditer(bits, bits.find("1") + 1)]


def _within(mask: int, gutter: tuple[int, int]) -> bool:
    """Whether ``mask`` still leaves a gutter within ``gutter``."""
    return any(gutter[0] <= a and b <= gutter[1] for a, b in _gutters(mask))


def _parts(gutters: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """A band's columns, between its gutters: the last runs to the line's end."""
    edges = [0, *(edge for gutter in gutters for edge in gutter), 10 ** 6]
    return tuple(zip(edges[::2], edges[1::2]))
