"""A messaging app's export of a channel or chat as a web page (messages.html: a page header naming the channel, then
its history of the app's notices and messages): each message a paragraph, opening with its full time stamp and its
sender as a chat's text export does ("[04/10/2026, 06:15:40] Varnholm City Marathon: …"), a forwarded message's words
under "Forwarded from …" and its writer's name and time; the app's notices (its day lines, which each stamp gives, "… pinned «…»"), avatars'
initials and reaction counts left out."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass


_STAMP = re.compile(r"\s*(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4}),?\s+(?P<time>\d{1,2}:\d\d(?::\d\d)?)")


@dataclass(frozen=True)
class Export:
    """The channel's name, the paragraphs, who sent most messages and the day of the last."""

    channel: str
    paragraphs: list[str]
    sender: str | None
    last_day: str | None


def read(tree) -> Export | None:
    """The export the page is, when it holds a history (an element of class "history") of messages (class
    "message") under a page header naming the channel; None otherwise."""
    history = next(iter(tree.xpath('//*[contains(concat(" ", normalize-space(@class), " "), " history ")]')), None)
    header = next(iter(tree.xpath('//*[contains(concat(" ", normalize-space(@class), " "), " page_header ")]')), None)
    if history is None or header is None or not _words(header):
        return None
    paragraphs, senders, days, sender = [], [], [], None
    for message in (e for e in history.iter() if isinstance(e.tag, str) and "message" in _classes(e)):
        if "service" in _classes(message):  # the app's notice: a day line, "4 October 2026", which each message's
            continue  # stamp gives, or "… pinned «…»"
        named = _part(message, "from_name", outside="forwarded")
        sender = _words(named) if named is not None else sender  # a message joined to the one above: its sender's
        stamp = _part(message, "date", outside="forwarded")
        when = _when(stamp.get("title", "") if stamp is not None else "")
        text = _part(message, "text", outside="forwarded")
        forwarded = _part(message, "forwarded")
        said = _text(text) if text is not None else ""
        if forwarded is not None:  # its writer's words, under "Forwarded from …" as `suggest` reads them
            source, dated, inner = (_part(forwarded, name) for name in ("from_name", "date", "text"))
            origin = " ".join((source.text or "").split()) if source is not None else ""
            origin += f" ({_when(dated.get('title', ''))})" if dated is not None else ""
            paragraphs += [f"Forwarded from {origin}", *([_text(inner)] if inner is not None else [])]
        elif said:
            paragraphs.append(f"[{when}] {sender}: {said}" if when and sender else said)
        else:
            continue
        senders.append(sender)
        days.append(_day(when))
    if not paragraphs:
        return None
    most = Counter(s for s in senders if s).most_common(1)
    return Export(_words(header), paragraphs, most[0][0] if most else None, next(filter(None, reversed(days)), None))


def _classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def _part(element, name: str, outside: str | None = None):
    """The first element of class ``name`` in ``element``, not inside one of class ``outside``."""
    for e in element.iter():
        if isinstance(e.tag, str) and name in _classes(e) and e is not element and not (outside and any(
                outside in _classes(a) for a in e.iterancestors() if a is not element and element in set(
                    a.iterancestors()))):
            return e
    return None


def _when(title: str) -> str:
    """A message's full time stamp from its date's title, as a chat's text export writes it and `suggest` reads it
    ("04.10.2026 06:15:40 UTC+02:00" → "04/10/2026, 06:15:40")."""
    stamp = _STAMP.match(title)
    return f"{stamp['day']}/{stamp['month']}/{stamp['year']}, {stamp['time']}" if stamp else ""


def _day(when: str) -> str | None:
    """The day of a message's stamp, YYYY-MM-DD ("04.10.2026 06:15:40" → 2026-10-04: the app writes day first)."""
    stamp = _STAMP.match(when)
    return f"{stamp['year']}-{int(stamp['month']):02}-{int(stamp['day']):02}" if stamp else None


def _text(element) -> str:
    """A message's words, a line break where it has one (``<br>``)."""
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(" ".join(line.split()) for line in element.text_content().strip().split("\n"))


def _words(element) -> str:
    return " ".join(element.text_content().split())
