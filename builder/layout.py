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
