"""A file of several emails: a mailbox (.mbox, as mail programs export a folder: each message under a "From " line)
or a mailing list's digest in one message (a plain-text digest's "Today's Topics:" over its messages between lines of
dashes, each under its own From, Subject and Date; a MIME digest's multipart/digest part). Its messages are the
items `--item N` chooses among, from 1; the first by default, the others listed in a note."""
from __future__ import annotations

import email
import email.policy
import mailbox
import re
from email.message import EmailMessage
from pathlib import Path

from builder import items

_FROM_LINE = re.compile(rb"From \S+ +(?:[A-Za-z]{3},? +){1,2}\d{1,2} +\d{1,2}:\d\d(?::\d\d)? +(?:\S+ +)?\d{4}\s*\n")
# a mailbox's separator: "From jane@example.org Tue Mar  3 10:00:00 2026" (not an article's "From Paris to Rome…")
_DASHES = re.compile(r"^-{20,}[ \t]*$", re.M)  # a plain-text digest's line between its messages
_TOPICS = re.compile(r"^Today's Topics:", re.M | re.I)
_NUMBER = re.compile(r"\AMessage: \d+[ \t]*\n")  # "Message: 2", over a digest's message's headers
_DIGEST_SUBJECT = re.compile(r"\s*(?P<name>.+?)\s+Digest\b", re.I)  # "Seaforth-residents Digest, Vol 12, Issue 3"
_SPLIT_DIGEST = re.compile(rb"^Today's Topics:.*?^-{20,}[ \t]*\r?\n(?:[ \t]*\r?\n)*From \S+ +\S", re.M | re.S | re.I)
# a plain-text digest whose messages open with a mailbox's "From " line: a mailbox would split it at each
_ESCAPED = re.compile(rb"^>(>*From )", re.M)  # a mailbox's ">From " in a message: the writer's "From " (mboxrd)


def is_mailbox(path: Path, head: bytes) -> bool:
    """Whether ``path`` (its first bytes ``head``) is a mailbox: named .mbox, or opening with a "From " line."""
    return path.suffix.lower() == ".mbox" or bool(_FROM_LINE.match(head))


def messages_in(path: Path, raw: bytes) -> tuple[list[EmailMessage], str | None]:
    """The messages of the file (its bytes ``raw``), and what holds them ("mailbox", "digest"; None for one email
    that is no digest, its one message)."""
    opens = _FROM_LINE.match(raw[:200])  # a mailbox's first line (a file named .mbox without it is one email)
    if opens and _SPLIT_DIGEST.search(raw):  # a digest saved as a mailbox, its messages' own "From " lines left
        message = email.message_from_bytes(raw, policy=email.policy.default)  # unescaped: one message
    elif opens:
        box = mailbox.mbox(path, create=False)
        try:
            messages = [email.message_from_bytes(_ESCAPED.sub(rb"\1", box.get_bytes(key)), policy=email.policy.default)
                        for key in box.keys()]
        finally:
            box.close()
        if len(messages) != 1:
            return messages, "mailbox"
        message = messages[0]
    else:
        message = email.message_from_bytes(raw, policy=email.policy.default)
    digest = _digest(message)
    named = message["list-id"] or (f"{m['name']} <>" if (m := _DIGEST_SUBJECT.match(str(message["subject"] or "")))
                                   else None)
    for inner in digest if named else ():  # each a post to the list the digest gathers: mail.py reads it so
        if not inner["list-id"]:
            inner["List-Id"] = named
    return (digest, "digest") if digest else ([message], None)


def _digest(message: EmailMessage) -> list[EmailMessage]:
    """The messages of a mailing list's digest, none when the message is no digest."""
    for part in message.walk():
        if part.get_content_type() == "multipart/digest":
            return [inner.get_content() for inner in part.iter_parts() if inner.get_content_type() == "message/rfc822"]
    body = message.get_body(preferencelist=("plain",))
    try:
        text = body.get_content() if body is not None else ""
    except LookupError:  # an unknown charset: mail.py says so of the message itself
        return []
    if not _TOPICS.search(text):
        return []
    found = []
    for chunk in _DASHES.split(text.replace("\r\n", "\n")):
        inner = email.message_from_string(_NUMBER.sub("", chunk.strip("\n") + "\n"), policy=email.policy.default)
        if inner["from"] and inner["subject"] and str(inner["subject"]).strip().casefold() != "digest footer":
            found.append(inner)
    return found


def choose(path: Path, messages: list[EmailMessage], holder: str | None, item: int | None) \
        -> tuple[EmailMessage, list[str]]:
    """The message ``item`` (from 1; None: the first) and a note listing the others, how to import them; refuses
    (DossierError) an item the file does not hold."""
    if holder is None:
        items.one(path, item, "message")
        return messages[0], []
    index, note = items.choose(path, len(messages), item, holder, "message", lambda n: _label(messages[n]))
    return messages[index], note


def _label(message: EmailMessage) -> str:
    """How a note names a message: its Subject, sender and Date, as a mail program lists them."""
    subject = " ".join(str(message["subject"] or "(no subject)").split())
    sender = " ".join(str(message["from"] or "").split())
    date = " ".join(str(message["date"] or "").split())
    return f"\u201c{subject}\u201d" + "".join(f", {part}" for part in (sender, date) if part)
