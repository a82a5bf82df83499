"""A web page as a text browser prints it (`lynx -dump`, `links -dump`): each link numbered where it stands ("visit
our [14]carbon monoxide safety page"), a "#[1]…" line for the page's own links atop it, and the addresses listed under
"References" at its end. The numbers, that line and the list are no part of the article; the page's address is the
one its "Skip to main content" link gives, without its fragment."""
from __future__ import annotations

import re

_HEADING = re.compile(r"\s*References\s*")
_PART = re.compile(r"\s*(?:Visible|Hidden)\s+links:\s*")  # lynx's parts of the list
_REFERENCE = re.compile(r"\s*(?P<n>\d{1,4})\.\s+(?P<address>\S+)\s*")
_MARKER = re.compile(r"\[(?P<n>\d{1,4})\]")
_SKIP = re.compile(r"\[(?P<n>\d{1,4})\]\s*Skip\s+to\s+(?:the\s+)?(?:main\s+)?content\b", re.I)
_PAGE_LINKS = re.compile(r"\s*#\[\d{1,4}\]")  # the page's <link>s: "#[1]News [2]RSS"
LEAST = 3  # references a dump's list holds at least


def read(lines: list[str]) -> tuple[list[str], str | None]:
    """``lines`` without a text browser's link numbers, its line of the page's links and its list of references
    (blank, so that every line keeps its number), and the page's address; ``lines`` as they are, and None, when they
    are no such dump: no list of references at their end whose numbers the text uses."""
    start = next((k for k in range(len(lines) - 1, -1, -1) if _HEADING.fullmatch(lines[k])), None)
    if start is None:
        return lines, None
    listed = [_REFERENCE.fullmatch(line) for line in lines[start + 1:] if line.strip() and not _PART.fullmatch(line)]
    if len(listed) < LEAST or not all(listed):
        return lines, None
    addresses = {int(m["n"]): m["address"] for m in listed}
    text = "\n".join(lines[:start])
    if not {int(n) for n in _MARKER.findall(text)} <= addresses.keys():
        return lines, None
    skip = _SKIP.search(text)
    page = addresses[int(skip["n"])].split("#")[0] if skip else None
    kept = ["" if _PAGE_LINKS.match(line) else _MARKER.sub("", line) for line in lines[:start]]
    return kept + [""] * (len(lines) - start), page if page and page.startswith(("http://", "https://")) else None
