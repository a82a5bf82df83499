"""A messaging app's export of a chat or channel as JSON (result.json: its name and type over its messages, each with
its date, sender and text, a string or a list of parts): read as messaging.py reads the app's HTML export, each
message opening with its full time stamp and its sender, its paragraphs kept, a forwarded one's words under
"Forwarded from …"; the app's notices (a pinned message, a member who joined), media without words and reactions left
out. Its title is the chat's name, its outlet the sender of most messages (a channel's name as it posts), its day its
first message's. A news channel, named as it posts (not for one story: "… – Rovers in administration"), holds the
news of many days: each story is an item (`--item N`), its title its first message's head (_stories).
A full export of the account (its chats under "chats") is a file of several items: each chat, but a news channel's
each story; `--item N` chooses one. And a
chat's text export ("[11/06/2026, 10:52] Gaz Holt: …", a phone's "11/06/2026, 10:52 - Gaz Holt: …"): a paragraph a
message, its lines under its stamp, titled by the file's name and dated by its last message."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from builder import article, items
from builder.article import Found
from builder.load import TooBig, read_bytes, read_start
from builder.office import Document
from builder.problems import DossierError, Located, Problem

MAX_BYTES = 20_000_000  # a channel's years of messages; its photos are files beside it
_EXPORT = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"(?:name|type|id|about|personal_information|profile_pictures|chats)"')
_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)T(?P<time>\d\d:\d\d:\d\d)")
# A text export's stamp opening a message or the app's notice ("[11/06/2026, 10:52] ", "11/06/2026, 10:52 - "), and a
# message's, its sender named ("[11/06/2026, 10:52] Gaz Holt: ", "11/06/2026, 10:52 - Gaz: ").
_STAMPED = re.compile(r"\[?(?P<stamp>\d{1,2}[/.]\d{1,2}[/.]\d{2,4}),?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?\]?"
                      r"(?:\s+-)?\s+", re.I)
_SAID = re.compile(_STAMPED.pattern + r"[^:\n]{1,60}:\s", re.I)
CARRIED = 0.3  # of a text export's lines at least open with a stamp, the others carrying a message on


def kind(path: Path) -> str | None:
    """'chat' for a messaging app's JSON export (an object opening with its name, type or id, holding "messages" or
    "chats"), None for any other file."""
    try:
        head = read_start(path, 4096)
    except OSError:
        return None
    return "chat" if _EXPORT.match(head) and re.search(rb'"(?:messages|chats)"\s*:', head) else None


def read(path: Path, item: int | None = None) -> Document:
    """The chat's messages as paragraphs (a news channel's story ``item``, see _stories), the fields its name and
    messages give and notes for the editor; refuses (DossierError) an export that cannot be read, or an item it does
    not hold."""
    try:
        data = json.loads(read_bytes(path, MAX_BYTES).decode("utf-8-sig"))
    except (OSError, TooBig, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DossierError([Problem(Located(path), "cannot read the chat's export (" + (
            "its values nest too deep" if isinstance(exc, RecursionError) else str(exc)) + "); export the chat again "
            "from the app, or copy its messages into a .txt file")]) from None
    chats, full = _chats(path, data, item)
    pieces = [piece for chat in chats for piece in _pieces(chat)]
    notes: list[str] = []
    if full or pieces[0].story:  # several chats, or a news channel's stories: one chosen
        what = "item" if any(piece.story for piece in pieces) else "chat"
        index, notes = items.choose(path, len(pieces), item, "export" if full else "channel", what,
                                    lambda n: pieces[n].label(full))
        chat, messages, story, most = pieces[index]
    else:
        items.one(path, item, "chat")
        chat, messages, story, most = pieces[0]
    if not messages:
        raise DossierError([Problem(Located(path), "the chat's export holds no message with words; export the chat "
                                                   "again with its messages, or copy them into a .txt file")])
    name = _name(chat)
    title = Found(_head(messages[0]), "its first message's head") if story else \
        Found(name, "the chat's name in its export") if name else None
    paragraphs = []
    for message in messages:
        said, sender, when = _text(message.get("text")), _sender(message), _when(str(message.get("date") or ""))
        if message.get("forwarded_from"):
            paragraphs += [f"Forwarded from {' '.join(str(message['forwarded_from']).split())}", said]
        else:
            paragraphs.append(f"[{when}] {sender}: {said}" if when and sender else said)
    document = Document(paragraphs, notes=notes + [
        "a messaging app's export: each message opening with its full time stamp and its sender, its paragraphs "
        "kept, a forwarded one naming whom it is from; the app's notices (pinned messages, members joining) and media "
        "without words left out"])
    if edited := sum(bool(m.get("edited")) for m in messages):
        document.notes.append(f"{edited} message(s) were edited after they were sent: the export gives their last "
                              "words only")
    day = next(filter(None, (_day(str(m.get("date") or "")) for m in messages)), None)
    document.fields |= {key: value for key, value in (
        ("title", title), ("outlet", Found(most, "the sender of most of the chat's messages") if most else None),
        ("published", Found(day, "the day of its first message") if day else None)) if value}
    return document


STORY_GAP = 12 * 3600  # seconds: a channel's update this soon after the message before it goes on with its story
# A message's head that goes on with the story before it: "UPDATE 11:40", "EVENING UPDATE", "Update:", "LATEST:".
_UPDATE = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}?(?:update|latest)\b(?!\s+on\b)", re.I)


def _stories(messages: list[dict]) -> list[list[dict]]:
    """A news channel's messages in stories: each message one, but for an update (its head "UPDATE 11:40",
    "EVENING UPDATE") posted within STORY_GAP of the message before it, which goes on with that one's story."""
    stories: list[list[dict]] = []
    for message in messages:
        before = stories[-1][-1] if stories else None
        gap = _seconds(message) - _seconds(before) if before else None
        if gap is not None and 0 <= gap <= STORY_GAP and _UPDATE.match(_head(message)):
            stories[-1].append(message)
        else:
            stories.append([message])
    return stories


def _head(message: dict) -> str:
    """A message's head: its words in bold at its start ("BREAKING: Marrowfield towers are down"), when more than a
    label ("BREAKING:"), else its first line's first sentence."""
    parts = message.get("text")
    first = parts[0] if isinstance(parts, list) and parts else None
    bold = " ".join(str(first.get("text") or "").split()) if isinstance(first, dict) and first.get("type") == "bold" \
        else ""
    if len(bold.rstrip(":").split()) > 1:
        return bold
    return re.split(r"(?<=[.!?])\s+", _text(parts).split("\n")[0].strip())[0]


def _seconds(message: dict) -> float:
    """When ``message`` was sent, in seconds (its "date_unixtime"; 0 when it gives none)."""
    try:
        return float(message.get("date_unixtime") or 0)
    except (TypeError, ValueError):
        return 0.0


def _sender(message: dict) -> str:
    return " ".join(str(message.get("from") or "").split())


def _chats(path: Path, data, item: int | None) -> tuple[list[dict], bool]:
    """The chats the export holds (a full export's, under "chats", or the one it is), and whether it is a full
    export."""
    chats = data.get("chats", {}).get("list") if isinstance(data, dict) and isinstance(data.get("chats"), dict) \
        else None
    if not isinstance(chats, list):
        if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
            items.one(path, item, "chat")
            raise DossierError([Problem(Located(path), "the export holds no list of messages; export the chat again "
                                                       "from the app (as JSON), or copy its messages into a .txt "
                                                       "file")])
        return [data], False
    chats = [c for c in chats if isinstance(c, dict) and isinstance(c.get("messages"), list)]
    if not chats:
        raise DossierError([Problem(Located(path), "the export holds no chat; export the chat again from the app")])
    return chats, True


class _Piece(NamedTuple):
    """What an export gives to import: a chat's messages with words, or a news channel's story (``story``); and who
    sent most of the chat's messages (a channel's own name as it posts: its outlet)."""

    chat: dict
    messages: list[dict]
    story: bool
    sender: str | None

    def label(self, full: bool) -> str:
        """As the note naming the export's other items lists it: a chat by its name, a story by its head, its day and
        how many messages it holds (in a ``full`` export, after its channel's name)."""
        name = f"“{_name(self.chat) or '(no name)'}”"
        if not self.story:
            return name
        head, day = _head(self.messages[0]), _when(str(self.messages[0].get("date") or ""))[:10]
        told = f"“{head if len(head) <= 60 else head[:59].rstrip() + '…'}” ({day}" + (
            f", {len(self.messages)} messages)" if len(self.messages) > 1 else ")")
        return f"{name}: {told}" if full else told


def _pieces(chat: dict) -> list[_Piece]:
    """What a chat gives to import: a news channel (named as it posts, not for one story: "… – Rovers in
    administration") the news of many days, each story a piece (_stories); any other chat its messages whole. Its
    messages are those with words: not the app's notices, nor a photo, a sticker, a poll."""
    messages = [m for m in chat.get("messages") or [] if isinstance(m, dict) and m.get("type", "message") == "message"
                and _text(m.get("text")).strip()]
    most = _most(messages)
    if messages and "channel" in str(chat.get("type") or "") and (not most or
                                                                   _name(chat).casefold() == most.casefold()):
        return [_Piece(chat, story, True, most) for story in _stories(messages)]
    return [_Piece(chat, messages, False, most)]


def _name(chat: dict) -> str:
    return " ".join(str(chat.get("name") or "").split())


def _most(messages: list[dict]) -> str | None:
    """Who sent most of ``messages``: a channel's own name as it posts."""
    most = Counter(s for s in map(_sender, messages) if s).most_common(1)
    return most[0][0] if most else None


def _text(text) -> str:
    """A message's words: its text, or its parts' ("Read ", {"type": "bold", "text": "this"}) joined; its lines and
    its paragraphs kept (one blank line between two)."""
    if isinstance(text, list):
        text = "".join(part if isinstance(part, str) else str(part.get("text") or "") if isinstance(part, dict)
                       else "" for part in text)
    return re.sub(r"\n\s*\n", "\n\n", text.strip()) if isinstance(text, str) else ""


def _when(date: str) -> str:
    """A message's full time stamp as a chat's text export writes it and `suggest` reads it ("2026-10-04T06:15:40"
    → "04/10/2026, 06:15:40")."""
    found = _DATE.match(date)
    return f"{found['day']}/{found['month']}/{found['year']}, {found['time']}" if found else ""


def _day(date: str) -> str | None:
    found = _DATE.match(date)
    return f"{found['year']}-{found['month']}-{found['day']}" if found else None


def text_fields(name: str, lines: list[str]) -> dict[str, Found]:
    """A chat's text export (three messages or more; most of its lines so, or its first line a stamp's and the lines
    under each a message's): titled by its file's name ``name`` (its first line is the app's notice, its first message
    no headline), dated by its last message's day; none for any other text."""
    said = [line for line in lines if _SAID.match(line)]
    filled = [line for line in lines if line.strip()]
    if len(said) < 3 or len(said) < 0.7 * len(filled) and not (
            _STAMPED.match(filled[0]) and sum(bool(_STAMPED.match(line)) for line in filled) >= CARRIED * len(filled)):
        return {}
    stamps = [_STAMPED.match(line)["stamp"] for line in said]
    day = _last_day(stamps) or next(filter(None, map(article.date_in, reversed(stamps))), None)
    return {"title": Found(name, "the file's name: a chat's export names no title"), **(
        {"published": Found(day, "the chat's last message")} if day else {})}


def _last_day(stamps: list[str]) -> str | None:
    """The day of the last of a chat's stamps, YYYY-MM-DD, read day first or month first as the phone wrote them all:
    "07/08/2025" is 7 August where another stamp is "13/08/2025", 8 July where one is "08/13/2025"; None when no
    stamp says which."""
    numbers = [[int(n) for n in re.split(r"[/.]", stamp)] for stamp in stamps]
    order = "dmy" if any(a > 12 for a, _, _ in numbers) else "mdy" if any(b > 12 for _, b, _ in numbers) else None
    if not order:
        return None
    first, second, year = numbers[-1]
    day, month = (first, second) if order == "dmy" else (second, first)
    return f"{year + 2000 if year < 100 else year:04}-{month:02}-{day:02}" if 1 <= month <= 12 and 1 <= day <= 31 \
        else None


def text_paragraphs(lines: list[str]) -> list[tuple[int | None, str]]:
    """A chat's text export's lines numbered from 1, a blank line (numbered None) before each message but the first:
    a message is a paragraph, the lines it runs over under its stamp."""
    out: list[tuple[int | None, str]] = []
    for n, line in enumerate(lines, 1):
        if _STAMPED.match(line) and out and out[-1][1].strip():
            out.append((None, ""))
        out.append((n, line))
    return out
