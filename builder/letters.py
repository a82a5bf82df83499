"""Letters and notices: whether a text is a body's formal writing (a letter, "Dear Ms Toft," … "Yours sincerely,"; a
notice, "I, Dagny Holm, … do hereby give notice"), whom a letter is written to, and the sentences in which it says
what its addressee said ("Your report states that…", "you have announced…")."""
from __future__ import annotations

import functools
import re

from builder import naming
from builder.sentences import passages

_SALUTATION = re.compile(r"^[ \t]*Dear\s+(?P<whom>[^\n,:]{2,80})[,:]?[ \t]*$", re.M)
_CLOSING = re.compile(r"^[ \t]*(?:Yours\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|(?:With\s+)?(?:kind|best"
                      r"|warm)\s+regards)\b", re.M | re.I)
# The addressee as the subject of a verb of saying: "you state", "you have announced", "Your report states",
# "your letter of 3 May says".
_VERB = (rf"(?:also\s+)?(?:{naming.SPEECH}|states|attributes|attributed|records|recorded|describes|described|identifies"
         rf"|identified|shows|showed)\b")
_RELAYED = re.compile(rf"(?<![\w’'-])(?:[Yy]ou(?:\s+have|\s+had)?|[Yy]our\s+(?:[\w-]+\s+){{1,4}}?)\s*{_VERB}")
_IT = re.compile(rf"\s*It\s+{_VERB}")  # "It also records that…", after "Your report states…"


_HEREBY = re.compile(r"\bhereby\b|\bfor\s+and\s+on\s+behalf\s+of\b|\bthis\s+notice\s+(?:is|was)\s+(?:given|issued|served)\b",
                     re.I)  # a formal act: "do hereby give notice", "is hereby declared"; "This notice is given under
# section 14 of the Act", signed "For and on behalf of the Commission"


def formal(body: str) -> bool:
    """Whether ``body`` is a letter or a formal notice, writing a body publishes in its own name whoever signs it (a
    speech, a blog post, an opinion piece are their author's)."""
    return bool(salutation(body) or _HEREBY.search(body))


def salutation(body: str) -> re.Match | None:
    """The salutation of a letter ("Dear Ms Toft,") when ``body`` is one: it has a salutation and, after it, a closing
    ("Yours sincerely", "Kind regards"); None for any other text."""
    found = _SALUTATION.search(body)
    return found if found and _CLOSING.search(body, found.end()) else None


@functools.lru_cache(maxsize=16)
def addressee(body: str, names, publisher: str | None) -> str | None:
    """Whom a letter is written to: the last body other than its ``publisher`` its address names (the lines before
    the salutation: "Ms Maren Toft / Chief Executive / VarnGrid"), else the person it greets; None when it is no
    letter or names no speaker."""
    found = salutation(body)
    if found is None:
        return None
    named = [sid for _, _, sid in names.find(body[:found.start()]) if sid != publisher]
    bodies = [sid for sid in named if sid not in names.persons]
    greeted = [sid for _, _, sid in names.find(found["whom"])]
    return (bodies or greeted or [None])[-1]


def relays(sentence: str, before: str = "") -> str | None:
    """The words by which a letter's ``sentence`` says what its addressee said ("Your report states", "you state",
    or "It also records" after such sentences in its paragraph, ``before``), if it does."""
    found = _RELAYED.search(sentence)
    if found is None and _IT.match(sentence):
        earlier = [p.text for p in passages(before)]
        while earlier and _IT.match(earlier[-1]) and not _RELAYED.search(earlier[-1]):
            earlier.pop()
        found = _IT.match(sentence) if earlier and _RELAYED.search(earlier[-1]) else None
    return " ".join(found.group().split()) if found else None
