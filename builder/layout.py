"""Lines of a text laid out in columns with spaces (`pdftotext -layout`, a table typed in a plain-text file): which
run on from the line above, which head a table's columns."""
from __future__ import annotations

import re

from builder import article

_CELL = re.compile(r"(?:^|(?<=\S {2})|(?<=\t))\s*\S")  # where a cell begins: the text's first letter, or after a gap
_RUN_ON = re.compile(r"(?:,|\b(?i:a|an|the|of|on|at|in|to|by|for|from|with|and|or|as|than|until|since|between))\s*$")


def starts(line: str) -> set[int]:
    """The columns at which the cells of ``line`` begin: its first letter and each letter after two spaces or more."""
    return {m.end() - 1 for m in _CELL.finditer(line.expandtabs())}


def continued(lines: list[str]) -> set[int]:
    """The 1-based lines that run on from the line above, never a dateline or byline of their own: a table's cell
    wrapped under itself (the line set in deeper than the one above, at a column where a cell of that line begins:
    "Rainfall        61 mm in the 24 hours to 09:00 on" / "                12 September 2026 (gauge)"), or a line
    under one that ends on a comma or a word no sentence ends on ("… commenced at 07:40 on")."""
    found = set()
    for n in range(2, len(lines) + 1):
        above, line = lines[n - 2].expandtabs(), lines[n - 1].expandtabs()
        if not above.strip() or not line.strip():
            continue
        indent, above_indent = len(line) - len(line.lstrip()), len(above) - len(above.lstrip())
        if indent > above_indent and indent in starts(above) or _RUN_ON.search(above):
            found.add(n)
    return found


def column_days(line: str) -> bool:
    """Whether ``line`` is a table's header of days, two columns or more each a day ("30 Sept 2026        30 Sept
    2025"): what the figures under it are as of, no dateline."""
    cells = re.split(r"\s{3,}|\t+", line.strip())
    return len(cells) >= 2 and all(map(article.day_alone, cells))


def furniture(lines: list[str]) -> dict[int, str]:
    """The 1-based lines of a laid-out text's page furniture, with why: its page numbers alone on their lines (two or
    more, rising), the line opening each page after a form feed or a page number when pages repeat it or it is set
    in columns ("Enforcement Notice NQ/77          Brackwater Boats Ltd"), the lines ending two pages or more alike (a
    legal footer), a letterhead or address block atop the text, and a reply slip under its cut line ("- - - - -")
    or a form's blanks to fill in ("Name: ________"), a line of pointers to the paper's other pages ("Weather: page
    14   |   Letters: page 9"), a page's last line giving its number and the name opening its first ("5
    THE COAST HERALD" under "THE COAST HERALD        Monday 10 August 2026        5"), and the page's section, a word
    or three in capitals alone under such a running head ("ISLANDS", "LOCAL NEWS")."""
    found = dict.fromkeys(_page_numbers(lines), "a page number")
    pages = _pages(lines, set(found))
    openings = [next((n for n in page if lines[n - 1].strip(" \t\f")), None) for page in pages[1:]]
    masked = [_masked(lines[n - 1]) if n else None for n in openings]
    for n, text in zip(openings, masked):
        if n and (masked.count(text) > 1 or _columns(lines[n - 1])):
            found[n] = "a running head: it opens each page"
    feet = [[n for n in page if lines[n - 1].strip(" \t\f") and n not in found][-3:] for page in pages]
    ending = [{_masked(lines[n - 1]) for n in foot} for foot in feet]
    for foot in feet:
        found.update({n: "a running foot: it ends pages alike" for n in foot
                      if sum(_masked(lines[n - 1]) in end for end in ending) > 1})
    for page in pages:
        cut = next((n for n in page if _CUT.fullmatch(lines[n - 1].strip(" \t\f"))), None)
        found.update({n: "a reply slip, under its cut line" for n in page if cut and n >= cut and n not in found})
    found.update({n: "a form's blanks to fill in" for n, line in enumerate(lines, 1) if _BLANK.search(line)
                  and n not in found})
    found.update({n: "an index to the paper's other pages" for n, line in enumerate(lines, 1) if n not in found
                  and _index(line)})
    for page in pages:
        filled = [n for n in page if lines[n - 1].strip(" \t\f")]
        if len(filled) > 2 and filled[-1] not in found and _foot(lines[filled[-1] - 1], lines[filled[0] - 1]):
            found[filled[-1]] = "a running foot: the page's number and the running head's name"
        if len(filled) > 2 and filled[1] == filled[0] + 1 and _numbered_head(lines[filled[0] - 1]) \
                and re.fullmatch(r"[^\W\d_]+(?:[ &/-]+[^\W\d_]+){0,2}", text := lines[filled[1] - 1].strip(" \t\f")) \
                and text.isupper():
            found.setdefault(filled[1], "the page's section, under its running head")
    return (_letterhead(lines, pages[0]) if pages else {}) | found


LETTERHEAD = "a letterhead or address block"
_CUT = re.compile(r"(?:-\s){12,}-?|.*(?:✂|\bcut here\b|\bdetach here\b).*", re.I)  # a tear-off line across the page
_BLANK = re.compile(r"_{4,}")  # a blank to fill in: "Name: ____________"


_POINTER = re.compile(r"[^\W\d_][^|]{0,30}?[:\s]\s*(?:page|p\.|pp\.|pages|seite|s\.|página|pág\.|pagina|sida|side|"
                      r"strona|str\.)\s*\d{1,3}", re.I)  # "Weather: page 14", "Sport p. 30", "Wetter: Seite 14"


def _index(line: str) -> bool:
    """Whether ``line`` is two pointers or more to other pages of the paper, and nothing else."""
    parts = [part for part in re.split(r"\s*[|•·]\s*|\s{3,}", line.strip(" \t\f")) if part]
    return len(parts) >= 2 and all(_POINTER.fullmatch(part) for part in parts)


def _numbered_head(line: str) -> bool:
    """Whether ``line`` is a running head: parts far apart, none a sentence, one of them the page's number."""
    return _columns(line) and any(re.fullmatch(r"\d{1,3}", part) for part in re.split(r"\s{10,}", line.strip(" \t\f")))


def _foot(line: str, head: str) -> bool:
    """Whether ``line`` is a page's number and words of the page's first line (``head``, its running head) far apart:
    "5          THE COAST HERALD" under "THE COAST HERALD      Monday 10 August 2026      5"."""
    parts = re.split(r"\s{10,}", line.strip(" \t\f"))
    words = [part for part in parts if not re.fullmatch(r"\d{1,3}", part)]
    numbers = [part for part in parts if re.fullmatch(r"\d{1,3}", part)]
    return len(parts) == 2 and len(numbers) == 1 and numbers[0] in head.split() and \
        " ".join(words[0].split()).casefold() in " ".join(head.split()).casefold()


def _page_numbers(lines: list[str]) -> set[int]:
    """The 1-based lines that are a page's number alone, between blank lines or last on its page (before a form
    feed), when two or more such lines number pages in order ("2", then "3")."""
    last = {n for n, line in enumerate(lines, 1) if n == len(lines) or lines[n].startswith("\f")}  # of a page
    numbered = [n for n, line in enumerate(lines, 1) if re.fullmatch(r"\f?\s*\d{1,3}\s*\f?", line)
                and (n == 1 or n in last or not lines[n - 2].strip(" \t\f")) and (n in last or not lines[n].strip())]
    values = [int(lines[n - 1].strip(" \t\f")) for n in numbered]
    rising = {n for k, n in enumerate(numbered) if any(values[j] == values[k] + 1 or values[j] == values[k] - 1
                                                       for j in (k - 1, k + 1) if 0 <= j < len(values))}
    return rising if len(rising) >= 2 else set()


def _pages(lines: list[str], numbers: set[int]) -> list[range]:
    """The 1-based lines of each page: pages end at a form feed or a page's number."""
    starts = sorted({1} | {n for n, line in enumerate(lines, 1) if line.startswith("\f")} | {n + 1 for n in numbers})
    ends = [*starts[1:], len(lines) + 1]
    return [range(start, end) for start, end in zip(starts, ends) if start < end]


def _masked(line: str) -> str:
    """``line`` without its spacing, its numbers all 0: a running head's or foot's words, whatever the page."""
    return re.sub(r"\d+", "0", " ".join(line.strip(" \t\f").split()))


def _columns(line: str) -> bool:
    """Whether ``line`` is laid out in parts far apart, none a sentence: "Calloway House           Ref HW/11"."""
    parts = re.split(r"\s{10,}", line.strip(" \t\f"))
    return len(parts) >= 2 and not any(re.search(r"[.!?]$", part) for part in parts)


def _letterhead(lines: list[str], page: range) -> dict[int, str]:
    """The 1-based lines of a letterhead and an address block atop a letter, on its first ``page``: the blocks that
    open it laid out in columns (an address beside the letterhead, not a field's label and value: "Tel: 0300 …"
    over "Lindmere Road        Brennock BN3 7QL"), or set far right, when they give an address, a number to call or
    an email or web address (a bulletin's heading in columns gives none); each line but the first (the body's name,
    which gives the outlet) and those giving the letter's reference or date, which a reader needs ("Our ref:
    NQ/L/77", "Date:  3 March 2027")."""
    width = max((len(line.rstrip()) for line in lines), default=0)
    first = next((n for n in page if lines[n - 1].strip(" \t\f")), None)
    block: list[int] = []
    head: list[int] = []
    for n in [*page, page.stop]:
        if n in page and lines[n - 1].strip(" \t\f"):
            block.append(n)
            continue
        if block and not any(_columns(lines[k - 1]) and not re.match(r"[^:]{1,40}:\s", lines[k - 1].strip())
                             for k in block) and not all(_indent(lines[k - 1]) > 0.6 * width for k in block):
            break  # the letter's text, or a text of another kind
        head += block
        block = []
    if not any(_CONTACT.search(lines[k - 1]) for k in head):
        return {}
    return {k: LETTERHEAD for k in head if k != first and not _dated(lines[k - 1])}


_CONTACT = re.compile(r"@\w|\bwww\.|\b(?i:tel|telephone|phone|fax)\b|\b\d{3,5} ?\d{3} ?\d{3,4}\b"
                      r"|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")  # "propertyservices@…", "01632 960 418", "BN4 2HX"


def _dated(line: str) -> bool:
    """Whether ``line`` gives a letter's reference or date in one of its columns."""
    return any(article.reference(part) or re.match(r"date\s*:", part, re.I) or article.day_alone(part)
               for part in re.split(r"\s{6,}", line.strip()))


def table_rows(lines: list[str]) -> tuple[set[int], set[int]]:
    """The 0-based lines of the tables laid out with spaces that open a row, and those that carry on the row above (a
    cell wrapped under itself, see ``continued``): in a block (between blank lines) of two rows or more, a row a line
    of cells set apart by three spaces or more ("Rainfall        61 mm in the 24 hours to" /
    "                09:00 on 12 September 2026" / "Moorings lost   Three")."""
    opening, carried, start = set(), set(), 0
    for n in range(len(lines) + 1):
        if n < len(lines) and lines[n].strip():
            continue
        block = range(start, n)
        start = n + 1
        indent = min((_indent(lines[k]) for k in block), default=0)
        hanging = {k for k in block if k > block.start and _indent(lines[k]) > indent
                   and _indent(lines[k]) in starts(lines[k - 1])}
        rows = {k for k in block if k not in hanging and _CELLS.search(lines[k].strip())}
        if len(rows) >= 2:
            opening |= rows
            carried |= hanging
    return opening, carried


_CELLS = re.compile(r"\S(?: {3,}|\t)\S")  # a gap between two cells of a row


def _indent(line: str) -> int:
    return len(line.expandtabs()) - len(line.expandtabs().lstrip())


def dedented(lines: list[str]) -> list[str]:
    """``lines`` without the indent they all share (`pdftotext -layout` sets every line of a page in by a few
    spaces, teletext by one) and blank ones without their spaces, a page's form feed kept where it is."""
    shared = min((_indent(line.lstrip("\f")) for line in lines if line.strip(" \t\f")), default=0)
    return [line[:len(line) - len(line.lstrip("\f"))] + line.lstrip("\f")[shared:] if line.strip(" \t\f")
            else "\f" * line.count("\f") for line in lines]


def heading(lines: list[str], skip: set[int], after: int) -> tuple[int, str] | None:
    """(1-based line, text) of a laid-out letter's or notice's heading: the first line in capitals centred on the page
    ("ENFORCEMENT NOTICE", however few its words) below the line ``after`` (its letterhead's last), before any
    sentence, with the document's own reference after it when one is given ("Our ref:   RWA/EN/2026/0917"), so that
    notices of one kind have titles of their own."""
    width = max((len(line.rstrip()) for line in lines), default=0)
    for n, line in enumerate(lines, 1):
        text = line.strip(" \t\f")
        if n <= after or n in skip or not text:
            continue
        if re.search(r"\w[.!?]$", text) and len(text.split()) >= 6:
            return None
        indent = _indent(line.lstrip("\f"))
        if text.isupper() and len(text.split()) <= 10 and indent >= 0.2 * width \
                and abs(indent + len(text) / 2 - width / 2) <= 0.1 * width:
            own = next((m["ref"] for other in lines if (m := _OWN_REFERENCE.search(other))), None)
            return n, f"{text} {own}" if own else text
    return None


_OWN_REFERENCE = re.compile(r"(?:^|\s{2})(?i:our\s+ref(?:erence)?\.?)\s*:\s*(?P<ref>[A-Z0-9][\w/.-]*\d[\w/.-]*)")
