"""A PDF read as an article (PDFium, through pypdfium2): its text page by page, each line as PDFium places it, the
lines joined into the paragraphs their spacing shows (positioned.py, as for a PDF converted to a web page: each line
kept as it is, a word hyphenated at its end too, as quotes are matched across it), a page read by its blocks'
geometry (columns column by column, a letterhead's two sides each whole, a table's rows each a line, another story
beside the article left out); the page numbers, running heads and feet and a browser's printed header and footer left out, its footer's
address the url; and what its document information says: the title when its text shows it, the author when it names
a person, the days it was made in a note (see office.read_properties). A long PDF is read to MAX_PAGES pages or
MAX_TEXT characters."""
from __future__ import annotations

import bisect
import ctypes
import itertools
import math
import os
import re
from collections import Counter
from pathlib import Path

from builder import article, office, positioned, quotes
from builder.article import Found
from builder.naming import LEGAL_FORM
from builder.load import MAX_BYTES, read_start
from builder.problems import DossierError, Located, Problem

MAX_PAGES = 200  # pages read at most: a longer file is a report or a book, its article among its first pages
MAX_CHARS = 200_000  # characters of a page read at most
MAX_TEXT = 1_000_000  # characters of a document read at most (about 6 seconds): no page is read past them
PIECE_GAP = 1.5  # times the font's size: a wider gap within a line parts it in two (columns, a header's day and title)
_LEAD = 40  # paragraphs atop the text among which a title must stand to be the headline (a printed page's menus,
# cookie notices and adverts may come first)
MIN_LINES = 4  # lines of a column of prose at least: fewer are a table's, a letterhead's or a byline's
FILLED = 0.6  # of a column's width: most lines of a column of prose reach past it
CELL_WORDS = 4  # words of a table's cell on average at most: a column of prose's lines hold more
_DEPTH = 60  # blocks within blocks read at most: a page nesting more is read down as it stands
_RISE = 0.6  # times a line's type size: how far its letters rise above its baseline, in the page's points
_MAGIC = re.compile(rb"%PDF-\d\.\d")  # a PDF's header, among its first 1,024 bytes
_BYLINE_LINES = 8  # lines under the headline among which a byline's line gives the date
_TITLE_PARTS = re.compile(r"\s+[|–—•:-]\s+")  # "Headline | The Outlet", "The Outlet - Headline"
_CAPITALS = re.compile(r"[A-Z][A-Z&'’.-]*(?:\s+[A-Z&][A-Z&'’.-]*){0,5}")  # a letterhead's name, a logo's word
_DAY_LINE = re.compile(r"(?:.{0,60}[\s,:])?(?:date|dated|issued|published)(?:\s+on)?\s*:?\s+(?P<day>[\w ,.]{6,30})",
                       re.I)  # "Date: 5 November 2026", "TC/2026/11 — DRAFT, issued 19 November 2026"
_ADDRESS = re.compile(r"(?:https?|file)://\S+", re.I)
_PRINTED = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?", re.I)  # "12/7/26, 9:08 AM"


def kind(path: Path) -> str | None:
    """'PDF' for a file named .pdf or starting as one, None for any other file."""
    try:
        start = read_start(path, 1024)  # a regular file: a named pipe is no PDF
    except OSError:
        return None
    return "PDF" if path.suffix.lower() == ".pdf" or _MAGIC.search(start) else None


def read(path: Path) -> office.Document:
    """The PDF's paragraphs, the fields its information and printed header and footer give, and notes for the
    editor; refuses (DossierError) a file that is no PDF, too big, damaged, locked with a password or without text."""
    import pypdfium2  # 30 ms to import: only when a PDF is imported

    def refuse(what: str):
        raise DossierError([Problem(Located(path), what)])

    if (size := os.stat(path).st_size) > MAX_BYTES:
        refuse(f"the PDF is {size:,} bytes, over the limit of {MAX_BYTES:,}; print the article's pages alone to a "
               "PDF, or copy its text into a .txt file")
    if not _MAGIC.search(read_start(path, 1024)):
        refuse("the file is named .pdf but is no PDF (it does not begin with %PDF-); open it to see what it is, or "
               "copy the article's text into a .txt file")
    try:
        with pypdfium2.PdfDocument(str(path)) as pdf:
            pages = len(pdf)
            lines, heights = [], {}
            for number in range(min(pages, MAX_PAGES)):
                if sum(len(line.text) for line in lines) > MAX_TEXT:
                    break
                page = pdf[number]
                heights[number] = page.get_height()
                lines += _lines(page, number, heights[number])
            information = pdf.get_metadata_dict(skip_empty=True)
    except pypdfium2.PdfiumError as exc:
        refuse("the PDF is locked with a password; open it with the password and print it to a new PDF, or copy its "
               "text into a .txt file" if getattr(exc, "err_code", None) == pypdfium2.raw.FPDF_ERR_PASSWORD else
               f"cannot read the PDF ({str(exc).rstrip('.')}; damaged or cut short?); open it in a PDF reader and "
               "print it to a new PDF, or copy its text into a .txt file")
    if not lines:
        refuse("the PDF holds no text: its pages are images (a scan?) or empty; run it through a text recognition "
               "(OCR) program, or copy the article's text into a .txt file")
    printed = _browser(lines, heights)
    furniture = printed | positioned.furniture([line for line in lines if line not in printed], heights)
    kept, set_in, others = [], [], []
    for number in heights:
        page, columns, beside = _reading_order([line for line in lines
                                                if line.page == number and line not in furniture])
        kept += page
        set_in += [f"{number + 1} in {columns}"] if columns > 1 else []
        others += beside
    if not kept:
        refuse("the PDF holds nothing but its page furniture (a browser's printed header and footer, page numbers): "
               "the page printed blank (its style hides the article from the printer?); save the page as \"Webpage, "
               "HTML only\" (.html), or copy the article's text into a .txt file")
    document = office.Document([office.clean(p) for p in positioned.joined(kept)], notes=[
        f"a PDF of {pages} {'page' if pages == 1 else 'pages'}: its text read page by page"
        + (f" (its first {len(heights)} only)" if len(heights) < pages else "")
        + ", its lines joined into the paragraphs their spacing shows"
        + (f"; set in columns, read column by column (page {', page '.join(set_in)})" if set_in else "")]
        + [f"another story set beside the article, \"{headline}\", left out with what stands under it"
           for headline in others])
    _printed(document, sorted(furniture, key=lambda l: (l.page, l.top, l.left)))
    _information(document, information, [line.text for line in furniture if line.page == 0])
    heading = _largest(kept, document.paragraphs)
    if "title" not in document.fields and heading:
        document.fields["title"] = Found(heading[0], "the first page's largest type")
    _letterhead(document, kept)
    if heading and "outlet" in document.fields and heading[1] is kept[0] \
            and _ORNAMENTS.sub("", heading[0]).casefold() in document.fields["outlet"].value.casefold():
        del document.fields["title"]  # the letterhead's name in its largest type is no headline: the text says what
        # the letter or the announcement is (its "Re:" line, its heading), as a copied article's does
    if "title" in document.fields:  # a printed page's menus and cookie notice above it: its dateline and byline
        _under_headline(document)  # are read under its headline; the headline one line, as the title
        title = document.fields["title"].value
        document.paragraphs = [title if _one_line(p) == title else p for p in document.paragraphs]
    _dated(document, kept[:kept.index(heading[1])] if heading else [])  # over a day under the headline
    return document


def _lines(page, number: int, height: float) -> list[positioned.Line]:
    """The page's lines as PDFium reads them, a line parted at a wide gap into pieces, each placed by its baseline
    from the page's top, its font's size its kind."""
    from pypdfium2 import raw

    text = page.get_textpage()
    found, chars = [], []  # a line's characters: each (character, left, baseline, right, font size)
    x, baseline = ctypes.c_double(), ctypes.c_double()

    def close():
        words = " ".join("".join(c[0] for c in chars).split())
        if words:
            size = max(c[4] for c in chars)
            found.append(positioned.Line(number, round(height - chars[0][2], 1), min(c[1] for c in chars),
                                         f"{size:.0f}", words, max(c[3] for c in chars), size))
        chars.clear()

    for n in range(min(text.count_chars(), MAX_CHARS)):
        char = chr(raw.FPDFText_GetUnicode(text, n))
        if char in "\r\n\x02":  # a line's end (PDFium's own), a hyphen it found at one
            if char == "\x02" and chars:
                chars.append(("-", *chars[-1][1:]))
            close()
        elif char.isspace():
            if chars:
                chars.append((" ", *chars[-1][1:]))
        else:
            left, _, right, _ = text.get_charbox(n)
            raw.FPDFText_GetCharOrigin(text, n, x, baseline)
            size = raw.FPDFText_GetFontSize(text, n)
            if chars and left - chars[-1][3] > PIECE_GAP * size:
                close()
            chars.append((char, left, baseline.value, right, size))
    close()
    return found


def _reading_order(lines: list[positioned.Line]) -> tuple[list[positioned.Line], int, list[str]]:
    """A page's lines in reading order, how many columns of prose it sets side by side at most, and the headlines
    of the other stories set beside its article, left out. The page (and each part of it) is cut at the gutters that
    run down the whole of it (gaps between its lines' x ranges wider than half its text's type), its parts read
    left to right; a part with no such gutter is read down, row by row (lines side by side are one row), rows
    sharing their gutters one band (a row adding a gutter, a reference line under a letterhead, opens another),
    itself cut and read so: columns under a headline across them read column by column, a letterhead's name
    beside its address each whole. A band whose lines share their rows, short (see _table), is a table: each row
    one line, its cells apart by a tab. A part beside the page's headline, opening with a headline of its own in
    larger type than the text's at the height of the page's headline or above it, is another story's (a
    newspaper page's side story, an advert under it)."""
    if not lines:
        return [], 1, []
    usual = Counter(line.size for line in lines).most_common(1)[0][0]
    headline = max(lines, key=lambda l: l.size)
    others: list[str] = []
    widest = 1

    def story(part):
        first = min(part, key=lambda l: (l.top, l.left))
        return headline not in part and usual < first.size < headline.size and first.top <= headline.top \
            and len(part) >= MIN_LINES

    def read(part, depth=0):
        nonlocal widest
        if depth > _DEPTH:  # a page built to nest blocks without end: read down as it stands
            return sorted(part, key=lambda l: (l.top, l.left))
        if split := _gutters(_spans(part, usual / 2)):
            parts = [[l for l in part if low < (l.left + l.right) / 2 < high]
                     for low, high in zip([-math.inf, *split], [*split, math.inf])]
            if any(headline in p for p in parts):
                others.extend(_heading(p) for p in parts if story(p))
                parts = [p for p in parts if not story(p)]
            if sum(map(_prose, parts)) > 1:
                widest = max(widest, len(parts))
            return [line for p in parts for line in read(p, depth + 1)]
        ordered, band, spans, rows = [], [], [], 0
        for row in [*_rows(part), []]:
            joined = _spans(row, usual / 2, spans)
            if row and band and len(joined) > 1 and len(joined) == (len(spans) if len(spans) > 1 else len(joined)):
                band, spans, rows = band + row, joined, rows + 1  # the band's columns, or its first
                continue
            if rows > 1 and len(spans) > 1:
                ordered += _table(band, usual / 2) or read(band, depth + 1)
            else:
                ordered += [line for r in _rows(band) for line in sorted(r, key=lambda l: l.left)]
            band, spans, rows = row, _spans(row, usual / 2), 1
        return ordered

    return read(lines), widest, others


def _heading(lines: list[positioned.Line]) -> str:
    """The first lines of a part, in the type of its first: its headline."""
    ordered = sorted(lines, key=lambda l: (l.top, l.left))
    return " ".join(l.text for l in itertools.takewhile(lambda l: l.size == ordered[0].size, ordered))


def _rows(lines: list[positioned.Line]) -> list[list[positioned.Line]]:
    """Lines in rows down the page: lines whose type's heights (above their baselines) overlap one row."""
    found: list[list[positioned.Line]] = []
    bottom = -math.inf
    for line in sorted(lines, key=lambda l: l.top - _RISE * l.size):
        if found and line.top - _RISE * line.size < bottom:
            found[-1].append(line)
        else:
            found.append([line])
        bottom = max(bottom, line.top) if len(found[-1]) > 1 else line.top
    return found


def _spans(lines: list[positioned.Line], width: float, spans: list[list[float]] = ()) -> list[list[float]]:
    """The x ranges the lines (and ``spans``, such ranges already found) cover, those less than ``width`` apart one."""
    found: list[list[float]] = []
    for left, right in sorted([*map(tuple, spans), *((line.left, line.right) for line in lines)]):
        if found and left - found[-1][1] <= width:
            found[-1][1] = max(found[-1][1], right)
        else:
            found.append([left, right])
    return found


def _gutters(spans: list[list[float]]) -> list[float]:
    """The middles of the gaps between x ranges: the gutters no line crosses."""
    return [(a[1] + b[0]) / 2 for a, b in zip(spans, spans[1:])]


def _prose(lines: list[positioned.Line]) -> bool:
    """Whether lines are a column of prose: MIN_LINES of them or more, most reaching past FILLED of its width."""
    widths = [line.right - line.left for line in lines]
    return len(lines) >= MIN_LINES and sum(w >= FILLED * max(widths) for w in widths) >= len(widths) / 2


def _table(lines: list[positioned.Line], width: float) -> list[positioned.Line] | None:
    """A table's rows, each one line of its cells apart by a tab, when lines set in columns share their rows (two
    rows or more running on, each of two cells or more on one baseline, one a column) and their cells are short
    (CELL_WORDS words or fewer on average: a column of prose's lines are longer), the band's other rows (a line
    above the table) read as they stand; else None."""
    split = _gutters(_spans(lines, width))
    rows = [sorted(row, key=lambda l: l.left) for row in _rows(lines)]
    cells = [len(row) > 1 and max(l.top for l in row) - min(l.top for l in row) <= 2
             and len({bisect.bisect(split, (l.left + l.right) / 2) for l in row}) == len(row) for row in rows]
    runs = {k for k in range(len(rows)) if cells[k] and (k and cells[k - 1] or k + 1 < len(rows) and cells[k + 1])}
    words = [len(line.text.split()) for k in runs for line in rows[k]]
    if not runs or sum(words) > CELL_WORDS * len(words):
        return None
    return [positioned.Line(row[0].page, row[0].top, row[0].left, row[0].kind, "\t".join(l.text for l in row),
                            row[-1].right, max(l.size for l in row)) if k in runs else line
            for k, row in enumerate(rows) for line in (row[:1] if k in runs else row)]


def _browser(lines: list[positioned.Line], heights: dict[int, float]) -> set[positioned.Line]:
    """A browser's printed header and footer: the lines in a page's margins beside the day and time it was printed
    ("12/7/26, 9:08 AM", the page's title) or its address ("https://…", the page's number: "1/3")."""
    marks = {(line.page, line.top) for line in lines if _PRINTED.match(line.text) or _ADDRESS.fullmatch(line.text)
             if not positioned.MARGIN * heights[line.page] < line.top < (1 - positioned.MARGIN) * heights[line.page]}
    return {line for line in lines if (line.page, line.top) in marks}


def _printed(document: office.Document, furniture: list[positioned.Line]) -> None:
    """What the furniture left out gives: the page's address in a browser's printed footer (its url), the day it was
    printed (no publication's); and a note of what was left out."""
    if not furniture:
        return
    address = next((m.group() for line in furniture if (m := _ADDRESS.fullmatch(line.text))), None)
    if address and address.lower().startswith("http"):
        document.fields["url"] = Found(address, "the browser's printed footer")
    elif address:
        document.notes.append(f"it was printed from a file on a computer ({address}): no url")
    printed = next((m.group() for line in furniture if (m := _PRINTED.match(line.text))), None)
    if printed:
        document.notes.append(f"its printed header gives the day it was printed, {printed}: no publication's")
    shown = list(dict.fromkeys(line.text for line in furniture))
    document.notes.append("left out of its text as page furniture (page numbers, running heads and feet, a browser's "
                          "printed header and footer): " + ", ".join(f"`{t[:60]}`" for t in shown[:6])
                          + (", …" if len(shown) > 6 else ""))


def _under_headline(document: office.Document) -> None:
    """The date and byline the text gives under its headline, read as a text's are from its first lines (a printed
    page's menus, cookie notice and breadcrumbs above the headline are more lines than those), or the date in a
    byline's line."""
    at = next((k for k, p in enumerate(document.paragraphs) if _one_line(p) == document.fields["title"].value), 0)
    lines = "\n\n".join(document.paragraphs[at:]).split("\n")
    day = article.published(lines) or next((article.date_in(line) for line in lines[:_BYLINE_LINES]  # a byline's
                                            if re.match(r"\s*by\s", line, re.I) and article.date_in(line)), None)
    # line of parts set side by side: "By Dagny Prell, Casualty Correspondent 16 October 2025"
    if at and day:
        document.fields["published"] = Found(day, "the date under its headline")
    if at and (name := article.author(lines)):
        document.fields["author"] = Found(name, "the byline under its headline")


def _largest(kept: list[positioned.Line], paragraphs: list[str]) -> tuple[str, positioned.Line] | None:
    """The headline and its first line: the first paragraph set in the first page's largest type, larger than most
    of its text's, its lines in that type, under a body's name heading it (a letterhead's "Wendmoor Valley Hospitals
    Trust", a committee's name over its minutes' title), to a line that ended before the next one's first word
    (a venue's line under a meeting's title), or on to the next line in any type when it ends in a word that runs on
    ("OF", "THE", "AND"); of two words or more; under a line naming only the document's kind ("Drug Safety
    Communication"), the paragraph after it (not a labelled line, "Reference: …")."""
    first = [line for line in kept if line.page == kept[0].page]
    usual = Counter(line.size for line in first).most_common(1)[0][0]
    opening = {p.split("\n")[0]: p.split("\n") for p in reversed(paragraphs)}  # the first paragraph a line opens
    for line in sorted((line for line in first if line.size > usual and line.text in opening), key=lambda l: -l.size):
        at = first.index(line)
        run = [line] + [l for l, text in itertools.takewhile(lambda pair: pair[0].text == pair[1] and pair[0].size
                                                             == line.size, zip(first[at + 1:], opening[line.text][1:]))]
        if article.publisher_heading(run[0].text) and len(run) > 1:
            run = run[1:]
        title = run[:1] + [l for _, l in itertools.takewhile(lambda pair: positioned.wrapped(*pair, first), zip(run, run[1:]))]
        text = _one_line("\n".join(l.text for l in title))
        rest = opening[line.text][len(title):]
        if rest and article.OPEN_END.search(text):  # its last words run on in smaller type: "SENTENCING REMARKS OF" /
            text = f"{text} {rest[0].strip()}"  # "THE HONOURABLE MR JUSTICE CREWE"
        if article.document_kind(text) and len(text.split()) > 1:  # "Drug Safety Communication" over its title,
            after = first[at + len(title)] if at + len(title) < len(first) else None  # set in the text's type
            following = opening.get(after.text) if after is not None else None
            label = re.match(r"[\w ]+:\s+(.*)", following[0]) if following else None  # "Reference: MDAV/…"
            dated = following and len(following) == 1 and article.date_in(following[0]) \
                and len(following[0].split()) <= 6  # "Saturday 14 March 2026 – 5.30pm"
            if following and len(" ".join(following).split()) <= HEADLINE_WORDS and not dated \
                    and not (label and len(following) == 1 and len(label[1].split()) <= 4):
                return _one_line("\n".join(following)), after
        elif len(text.split()) > 1 and not article.publisher_heading(text):
            return text, title[0]
    return None


_DAY_WORD = rf"(?:{article.WEEKDAY}|{article.MONTH_NAME})"


HEADLINE_WORDS = 40  # the most a headline under its document's kind holds

_ORNAMENTS = re.compile(r"^[^\w(\"“‘'’]+|[^\w.)\"”’']+$")


def _letterhead(document: office.Document, kept: list[positioned.Line]) -> None:
    """The outlet a letterhead's name in capitals atop the first page gives ("CALDER HEALTH AND SAFETY AUTHORITY",
    "ARDMORRA REGIONAL GOVERNMENT", a body's name), as its text writes it, or the longer name its text gives a
    logo's word ("HALLINAN": "Hallinan Aggregates Ltd" in its text, its legal form aside); or a name in larger type
    over the line of its address that opens with it ("Wendmoor Water" over "Wendmoor Water Ltd, Harrowdale House, …");
    not over a signature's."""
    top = _ORNAMENTS.sub("", kept[0].text)  # a logo's marks aside: "✠ HARROWFIELD ACADEMY ✠", "▲ NORTHMOOR BANK"
    if "outlet" in document.fields or kept[0].page:
        return
    below = kept[1].text if len(kept) > 1 and not kept[1].page else ""
    registered = re.match(rf"{re.escape(top)}(?P<form>\s+(?:ltd\.?|limited|plc|llp|llc|inc\.?))?,\s+\S", below, re.I)
    if not _CAPITALS.fullmatch(top) and registered and (registered["form"] or article.publisher_heading(top)) \
            and kept[0].size > kept[1].size and len(top.split()) <= 5:  # a company's or a body's, not a person's
        document.fields["outlet"] = Found(top, "its letterhead's name, over its address")  # "Wendmoor Water" over
        return  # "Wendmoor Water Ltd, Harrowdale House, Mill Lane, …"
    if not _CAPITALS.fullmatch(top):
        return
    text = "\n".join(document.paragraphs)
    longer = [LEGAL_FORM.sub("", m.group()) for m in re.finditer(  # not a running head's date after it: "THE
        rf"(?<!\w){re.escape(top)}(?:[ \t]+(?!{_DAY_WORD}\b)(?-i:[A-Z])[\w&'’-]*)*(?!\w)", text, re.I)  # LINDMARK
              if not m.group().isupper() and all(w[:1].isupper() for w in m.group().split())]  # HERALD Thursday 12
    # March 2026"; the name alone as names are written, "Harrowfield Academy" under "HARROWFIELD ACADEMY"
    if longer:
        document.fields["outlet"] = Found(max(longer, key=len), "the name its text gives its letterhead's")
    elif article.publisher_heading(top):
        name = office.as_written(top, text.split("\n"))
        if name.isupper():  # written so nowhere else: its words capitalised, "and" and "of" not
            name = " ".join(w.lower() if k and w.lower() in ("and", "of", "for", "the", "on", "in") else w.capitalize()
                            for k, w in enumerate(name.split()))
        document.fields["outlet"] = Found(name, "its letterhead's name")


def _dated(document: office.Document, above: list[positioned.Line]) -> None:
    """The date a line over the headline gives, a letter's reference line's ("Date: 5 November 2026") or a running
    head's ("TC/2026/11 — DRAFT, issued 19 November 2026"): the day it was issued, over a day its text tells of."""
    day = next((article.date_in(found["day"]) for line in above if (found := _DAY_LINE.fullmatch(line.text))
                and article.date_in(found["day"])), None)
    if day:
        document.fields["published"] = Found(day, "the date over its headline")


def _one_line(paragraph: str) -> str:
    """A paragraph's lines as one: "fast-" / "track" is "fast-track", "negoti-" / "ations" "negotiations"."""
    return " ".join(quotes.rejoined(paragraph).split())


def _information(document: office.Document, information: dict[str, str], printed: list[str]) -> None:
    """The fields the document information gives (its title when its first paragraphs show it, whole or its longest
    part: "Ferry runs aground | The Clyde Courier", the other part the outlet when the text names it; else a browser's
    printed header's, in ``printed``), and the days in a note (office.read_properties)."""
    lead = {_one_line(p).casefold(): _one_line(p) for p in document.paragraphs[:_LEAD]}
    titles = [t for t in (information.get("Title"), *printed) if t]
    heading = next(((lead[part.casefold()], parts) for t in titles for parts in [_TITLE_PARTS.split(t)]
                    for part in (t, max(parts, key=len)) if part.casefold() in lead), None)  # never the outlet's
    # part alone: "The Valdmere Courier" of a title cut short
    if heading:
        document.fields["title"] = Found(heading[0], "the document's title, its first lines' heading")
        text = "\n".join(document.paragraphs[:_LEAD]).casefold()
        named = [part for part in heading[1] if part != heading[0] and part.casefold() in text]
        if len(named) == 1:  # "Ferry runs aground | The Clyde Courier", the masthead atop the text naming it
            document.fields["outlet"] = Found(named[0], "the document's title beside its heading, which its text "
                                                        "names")
    elif information.get("Title"):
        document.notes.append(f"its document information's title, \"{information['Title']}\", is not among its first "
                              "lines: not taken for its title")

    def day(key):
        found = re.match(r"D:(\d{4})(\d{2})(\d{2})", information.get(key, ""))
        return "-".join(found.groups()) if found else ""

    office.read_properties(document, {"creator": information.get("Author", ""), "created": day("CreationDate"),
                                      "modified": day("ModDate")})
