"""An email saved as a file (.eml: its headers, then its body, as mail programs save a message): the text of its body,
decoded (quoted-printable, base64, any charset; its plain-text part, else its HTML part's article), and what its
headers say about it: the subject its title, the sender's name its outlet, the day it was sent."""
from __future__ import annotations

import email
import email.policy
import email.utils
import re
from pathlib import Path

from builder.article import Found
from builder.load import TooBig, read_bytes
from builder.problems import DossierError, Located, Problem
from builder.yaml_values import FORBIDDEN

MAX_BYTES = 20_000_000  # a message with its attachments


def read(path: Path) -> tuple[list[str], dict[str, Found], list[str]]:
    """The body's lines, the fields the headers give (title, outlet, published) and notes for the editor; refuses
    (DossierError) a file that cannot be read or holds no text part."""
    try:
        raw = read_bytes(path, MAX_BYTES)
    except (OSError, TooBig) as exc:
        raise DossierError([Problem(Located(path), f"cannot read the email ({exc}); save it again from the mail "
                                                   "program, or copy its text into a .txt file")]) from None
    message = email.message_from_bytes(raw, policy=email.policy.default)
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise DossierError([Problem(Located(path), "the email has no text to import (no plain-text or HTML part); "
                                                   "copy its text into a .txt file")])
    try:
        text = FORBIDDEN.sub("", part.get_content())
    except LookupError:
        raise DossierError([Problem(Located(path), f"the email's text declares charset {part.get_content_charset()}, "
                                                   "which is not a known character encoding; copy its text into a "
                                                   ".txt file")]) from None
    notes = [f"an email: its body's {part.get_content_type()} part imported, its headers left out"]
    if "\ufffd" in text:
        notes.append(f"{text.count(chr(0xfffd))} character(s) of the email could not be read in its charset and are "
                     "shown as �: check those words against the email")
    if part.get_content_type() == "text/html":
        from builder import webpage  # trafilatura takes 0.2 s to import: only for an email written in HTML
        page = webpage.read(path, text.encode("utf-8"))
        lines, notes = "\n\n".join(page.paragraphs).split("\n"), notes + page.notes
    else:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip().split("\n")
    fields = {}
    if message["subject"]:
        fields["title"] = _title(" ".join(str(message["subject"]).split()), lines)
    sender = email.utils.parseaddr(str(message["from"] or ""))[0].strip(' "')
    if sender:
        fields["outlet"] = Found(sender, "the email's From")
    sent = _sent(message["date"])
    if sent:
        fields["published"] = Found(sent, "the email's Date")
    return lines, fields, notes


def _title(subject: str, lines: list[str]) -> Found:
    """The email's title: its Subject, or the story's headline in its body that the Subject gives after a newsletter's
    name ("BPA Morning Brief: Heddal bird flu cull passes a third of a million birds" over the headline "Heddal bird
    flu cull passes a third of a million birds as farmers fight over compensation")."""
    named = _NEWSLETTER.match(subject)
    if named:
        rest = named["rest"].casefold()
        headline = next((line.strip() for line in lines if line.strip().casefold().startswith(rest)), None)
        if headline:
            return Found(headline, "the story's headline in the email, which its Subject gives after the newsletter's "
                                   "name")
    return Found(subject, "the email's Subject")


_NEWSLETTER = re.compile(r"(?P<name>[^:]{2,60}):\s+(?P<rest>\S.{10,})")  # "BPA Morning Brief: Heddal bird flu cull…"


def is_email(path: Path) -> bool:
    """Whether ``path`` is an email saved as a file: named .eml, or opening with a mail program's headers."""
    if path.suffix.lower() == ".eml":
        return True
    try:
        with path.open("rb") as file:
            head = file.read(2000)
    except OSError:
        return False
    return bool(_HEADERS.match(head)) and b"\nmime-version:" in head.lower()


_HEADERS = re.compile(rb"(?:[A-Za-z][A-Za-z0-9-]*:[ \t][^\n]*\n(?:[ \t][^\n]*\n)*){3,}")  # header lines, folded ones too


def _sent(date) -> str | None:
    """The day of a Date header, YYYY-MM-DD, as its writer's clock had it; None when there is none to read."""
    try:
        return email.utils.parsedate_to_datetime(str(date)).date().isoformat() if date else None
    except (TypeError, ValueError, IndexError):
        return None
