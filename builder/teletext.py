"""Teletext pages saved as text: each page's header (its number, the service, the day and the clock), its subpage's
counter, its row of coloured-key links and its prompt to turn the page are furniture; the header names the service."""
from __future__ import annotations

import re

from builder import article

# "P104  WVText 104  Tue 10 Nov  20:14/37": the page, the service, the page again, the day without its year, the clock
_HEADER = re.compile(r"P(?P<page>\d{3})\s+(?P<service>\S(?:.*?\S)?)\s+(?P=page)\s+(?P<day>[A-Z][a-z]{2}\s+\d{1,2}\s+"
                    r"[A-Z][a-z]{2})\s+\d\d:\d\d(?:[/:]\d\d)?")
_COUNTER = re.compile(r"[^a-z]{0,40}\S\s{2,}\d{1,2}/\d{1,2}")  # a subpage's counter after its section: "WVT NEWS   1/5"
_KEYS = re.compile(r"\S+(?:\s\S+)?(?:\s{2,}\S+(?:\s\S+)?){2,4}")  # coloured keys: "Headlines  Local  Sport  Weather"
_INDEX = re.compile(r"(?:[A-Z][\w'’&]*(?:\s[\w'’&]+){0,2}\s+\d{3}\s*){1,4}")  # pages to key in: "Kestlebury news 160
# Travel 430"
_TURN = re.compile(r"(?:continued|more)\s+(?:on\s+)?(?:the\s+)?(?:next\s+page|overleaf|page\s+\d{3})\s*(?:>+|»)?", re.I)


def furniture(lines: list[str]) -> dict[int, str]:
    """The 1-based lines of teletext pages' furniture, in a text with two pages' headers or more, with why: each
    header and subpage counter, the prompt to turn the page ("Continued on next page >>>"), and the lines ending a
    page (before a header or the text's end) that give the coloured keys' links or pages to key in."""
    headers = [n for n, line in enumerate(lines, 1) if _HEADER.fullmatch(line.strip())]
    if len(headers) < 2:
        return {}
    found = dict.fromkeys(headers, "a teletext page's header")
    found |= {n + 1: "a teletext page's subpage counter" for n in headers
              if n < len(lines) and _COUNTER.fullmatch(lines[n].strip())}
    found |= {n: "a teletext page's prompt to turn the page" for n, line in enumerate(lines, 1)
              if _TURN.fullmatch(line.strip())}
    for end in [n - 1 for n in headers[1:]] + [len(lines)]:
        k = end
        while k > 0 and not lines[k - 1].strip():
            k -= 1
        while k > 0 and (_KEYS.fullmatch(lines[k - 1].strip()) and not re.search(r"[.!?,]", lines[k - 1])
                         or _INDEX.fullmatch(lines[k - 1].strip()) or k in found):
            found.setdefault(k, "a teletext page's links to other pages")
            k -= 1
    return found


def fields(lines: list[str]) -> dict[str, article.Found]:
    """What teletext pages give of the front matter: the service their headers name ("WVText") as the outlet, and the
    heading in capitals atop the first page ("HOSPITAL LOSES POWER AS" / "GENERATORS FAIL") as the title."""
    named = [m["service"] for line in lines if (m := _HEADER.fullmatch(line.strip()))]
    if len(named) < 2:
        return {}
    furnished = furniture(lines)
    text = [(n, line.strip()) for n, line in enumerate(lines, 1) if n not in furnished]
    start = next(k for k, (_, line) in enumerate(text) if line)
    heading = []
    for _, line in text[start:]:
        if not line or not line.isupper():
            break
        heading.append(line)
    return {"outlet": article.Found(max(named, key=named.count), "the teletext pages' headers"),
            **({"title": article.Found(" ".join(heading), "the heading atop the first teletext page")}
               if heading else {})}


def day(lines: list[str]) -> str | None:
    """The day the first page's header gives, without its year ("Tue 10 Nov")."""
    return next((m["day"] for line in lines if (m := _HEADER.fullmatch(line.strip()))), None)
