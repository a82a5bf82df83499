"""An email saved as a file (.eml: its headers, then its body, as mail programs save a message): the text of its body,
decoded (quoted-printable, base64, any charset; its plain-text part, else its HTML part's article), and what its
headers say about it: the subject its title, the sender's name its outlet (a newsletter's story from a wire is the
wire's), the day it was sent (of a forwarded email, the forwarded message's); and the lines that sign it off."""
from __future__ import annotations

import email
import email.policy
import email.utils
import itertools
import re
from pathlib import Path

from builder import article, mail_html, mbox
from builder.article import Found
from builder.load import TooBig, read_bytes, read_start
from builder.problems import DossierError, Located, Problem
from builder.yaml_values import FORBIDDEN

MAX_BYTES = 20_000_000  # a message with its attachments


def read(path: Path, item: int | None = None) -> tuple[list[str], dict[str, Found], list[str], bool]:
    """The body's lines, the fields the headers give (title, outlet, published), notes for the editor, and whether
    the message is the whole file (not one of a mailbox's or a digest's, see mbox.py: ``item`` chooses it, from 1);
    refuses (DossierError) a file that cannot be read or holds no text part."""
    try:
        raw = read_bytes(path, MAX_BYTES)
        messages, holder = mbox.messages_in(path, raw)
        message, chosen = mbox.choose(path, messages, holder, item)
        part = message.get_body(preferencelist=("plain", "html"))
        html = message.get_body(preferencelist=("html",))
    except (OSError, TooBig, RecursionError) as exc:
        raise DossierError([Problem(Located(path), "cannot read the email (" + (
            "its parts nest in one another too deep" if isinstance(exc, RecursionError) else str(exc))
                                    + "); save it again from the mail program, or copy its text into a .txt "
                                      "file")]) from None
    if part is None:
        raise DossierError([Problem(Located(path), "the email has no text to import (no plain-text or HTML part); "
                                                   "copy its text into a .txt file")])
    text = _content(path, part)
    shown = mail_html.read(_content(path, html)) if html is not None else None
    notes = list(chosen)
    plain = len(_WORD.findall(_LINKS.sub("", text)))  # "View this email in your browser (https://…)": a stub
    if part is not html and shown and plain < SHORTER * len(_WORD.findall(" ".join(shown.paragraphs))):
        notes.append(f"its plain-text part holds {plain} word(s), far fewer than its HTML part: the HTML part is read")
        part = html
    notes.append(f"an email: its body's {part.get_content_type()} part imported, its headers left out")
    if part.get_content_type() == "text/plain" and str(part.get_param("format", "")).lower() == "flowed":
        text = _unflowed(text, str(part.get_param("delsp", "")).lower() == "yes")
        notes.append("its text is \"format=flowed\": the lines the mail program wrapped are joined again")
    if part is html:  # block by block: an extractor of web articles dropped a newsletter's headings and lists
        lines = "\n\n".join(shown.paragraphs).split("\n")
        text = "\n".join(lines)
        if shown.left_out:
            notes.append(f"a mailing's buttons and bars of links left out: “{'”, “'.join(shown.left_out)}”")
    else:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip().split("\n")
    if "\ufffd" in text:
        notes.append(f"{text.count(chr(0xfffd))} character(s) of the email could not be read in its charset and are "
                     "shown as �: check those words against the email")
    subject, sender, sent, origin = message["subject"], message["from"], _sent(message["date"]), "the email's"
    forwarded = _forwarded(lines)
    replying = bool(_REPLY.match(str(subject or "")))
    signer, forwarder = None, False
    if forwarded and replying and _ORIGINAL.fullmatch(lines[forwarded[0]]):  # "RE: …" over "-----Original
        lines = lines[:forwarded[0]]  # Message-----": the reply is the text, the message it answers is not
        signer = _signer(lines)
        notes.append("a reply: the message it answers, under its \"-----Original Message-----\", left out; the "
                     "reply's own text, with the questions it quotes, is the article, its outlet and author its "
                     "signature's")
    elif forwarded and (own := _own_words(lines[:forwarded[0]])) >= NOTE_WORDS:  # a note of the forwarder's own:
        forwarder = True  # the text, the message forwarded after it, under its headers (read for nothing)
        notes.append(f"a forwarded email whose forwarder writes {own} words of their own above it: that note is the "
                     "text, the forwarded message kept after it under its headers (read for nothing); its title, "
                     "author and date are the forwarding email's")
        if signed := _signer(lines[forwarded[1]:]):
            notes.append(f"the forwarded message's sign-off (“{signed[0]}” and the office under it) is kept in the "
                         "text: it alone says whose that message is; its contact details are page chrome")
    elif forwarded:  # the message forwarded is the text: its headers say whose it is, the forwarder's short note
        _, at, headers = forwarded  # ("FYI, see below") is not it
        lines, origin = lines[at:], "the forwarded message's"
        subject, sender = headers.get("subject", subject), headers.get("from", sender)
        sent = article.date_in(headers.get("date", headers.get("sent", ""))) or sent
        notes.append("a forwarded email: the forwarder's note and the forwarded headers left out; its title, outlet "
                     "and date are the forwarded message's")
    quoted = _quoted_below(lines)
    if quoted:  # a reply written above the message it answers: the reporter's questions are not the sender's words
        lines = lines[:quoted[0]] + lines[quoted[1]:]
        notes.append("a reply: the message it answers, quoted below it (\"On … wrote:\" and its \">\" lines), left out")
    fields = {}
    listed = _mailing_list(message["list-id"]) if holder == "digest" else None  # (a newsletter's List-Id names its
    # mailer's list, not a list its readers write to)
    if subject:
        written = _REPLYING.sub("", " ".join(str(subject).split()))
        fields["title"] = _title(_REPLYING.sub("", _LIST_TAG.sub("", written)) if listed else written, lines, origin)
    sender = _organisation(article.without_office(email.utils.parseaddr(str(sender or ""))[0].strip(' "')), lines)
    if body := _publisher(sender, str(subject or ""), lines):
        notes.append(f"the sender “{sender}” is a newsletter of {body}, whose initials open its name and which "
                     "the email names: the body is the outlet, the newsletter its product")
        sender = body
    if listed and not signer and article.names(sender) and not _body(sender, lines):  # a member's post to
        # a mailing list: the list is its outlet, the member its author (a body's post is the body's)
        fields["author"] = Found(sender, f"{origin} From, a post to a mailing list")
        sender = listed
    if not signer and not forwarder and (signer := _office_holder(sender, lines)):
        notes.append(f"the sender “{sender}” signs the message for {signer[1]}: its outlet, the sender its author")
    if signer:
        fields["author"] = Found(signer[0], "the message's signature")
    if forwarder and article.names(sender) and not _body(sender, lines):  # a person's own email: its
        fields["author"] = Found(sender, "the forwarding email's From, the note's writer")  # writer the author, no
        fields["outlet"] = Found("unknown", "none: a person's own email (write the one it reached you through, if "
                                            "any)")  # outlet
    elif signer and signer[1]:
        fields["outlet"] = Found(signer[1], "the organisation the message's signature names")
    elif wire := article.carried(lines):  # a newsletter's story that is a wire's: "VELDEN CROSS (CPW) — …"
        fields["outlet"] = Found(wire, "the wire whose story the email carries, as its dateline or source names it")
    elif sender:
        fields["outlet"] = Found(sender, "the mailing list's name (List-Id)" if sender == listed else f"{origin} From")
    outlet = fields["outlet"].value if "outlet" in fields else ""
    named = re.fullmatch(r"(?P<title>.+?)\s+[|–—]\s+(?P<name>[^|–—]+)", fields["title"].value) if "title" in fields \
        else None
    if named and outlet != "unknown" and len(outlet) > 3 and named["name"].casefold().startswith(outlet.casefold()):
        fields["title"] = Found(named["title"], f"{fields['title'].origin}, without the newsletter's name after it "
                                                f"(“{named['name']}”)")  # "… | Breathe Equal Bulletin"
    if sent:
        fields["published"] = Found(sent, f"{origin} Date")
    online = next((m["url"] for line in lines[:8] if (m := _IN_BROWSER.search(line))), None)
    if online:
        fields["url"] = Found(online, "the email's line giving its copy on the web (\"View this email in your browser\", "
                                      "\"View this statement online\")")
    return lines, fields, notes, holder is None


SHORTER = 0.5  # a plain-text part with fewer words than this share of its HTML part's is a stub: the HTML part is read
_WORD = re.compile(r"[^\W_]+")
_LINKS = re.compile(r"\(?(?:https?://|mailto:)\S+")


def _content(path: Path, part) -> str:
    """The decoded text of a part, without the characters a source may not hold; refuses (DossierError) a charset
    that is no known encoding."""
    try:
        return FORBIDDEN.sub("", part.get_content())
    except LookupError:
        raise DossierError([Problem(Located(path), f"the email's text declares charset {part.get_content_charset()}, "
                                                   "which is not a known character encoding; copy its text into a "
                                                   ".txt file")]) from None


def _mailing_list(list_id) -> str | None:
    """The name of the mailing list a List-Id header names ("Seaforth residents <seaforth-residents.lists.example>",
    or its id's first part: "seaforth-residents"), None without one."""
    if not list_id:
        return None
    name, address = email.utils.parseaddr(str(list_id))
    return " ".join(name.split()) or (address or str(list_id)).strip("<> ").split(".")[0] or None


_LIST_TAG = re.compile(r"^\[[^\]\n]{1,40}\]\s*")  # a mailing list's tag before a post's Subject: "[Residents] "


def _unflowed(text: str, delsp: bool) -> str:
    """A text sent as "format=flowed" (RFC 3676) as it was written: a line ending in a space runs on into the next
    line of the same quotation depth (the space dropped too with "delsp=yes"), a space the sender added before a line
    taken off; "-- ", a signature's mark, ends its line."""
    written: list[str] = []
    joining = False
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        marks, words = line[:depth], line[depth:]
        words = words[1:] if words.startswith(" ") else words  # space-stuffed
        if joining and written and _depth(written[-1]) == depth:
            written[-1] += words
        else:
            written.append(f"{marks} {words}" if marks and words else marks + words)
        joining = line.endswith(" ") and words != "-- " and line.rstrip() != ""
        if joining and delsp:
            written[-1] = written[-1][:-1]
    return "\n".join(written)


def _depth(line: str) -> int:
    """How many ">" a line of a flowed text is quoted at."""
    return len(line) - len(line.lstrip(">"))


# The address of a newsletter's copy on the web, atop it: "View this email in your browser: https://…/2026-14"
_IN_BROWSER = re.compile(r"view\s+(?:this|it|the)\s+(?:email|message|newsletter|bulletin|statement|release|update|notice)"
                         r"\s+(?:(?:in|on)\s+(?:your|a|the)\s+(?:web\s+)?browser|online|on\s+(?:the|our)\s+(?:web(?:site)?))"
                         r"\W{0,3}\s*(?P<url>https?://\S+[^\s.,;:)>\]])", re.I)  # or "View this statement online:
# https://…", a release's copy on its sender's site


_REPLY = re.compile(r"\s*(?:Re|AW|SV|VS)\s*:", re.I)  # a reply's Subject: "RE: …" (not "Fwd: RE: …", a forward)
_ORIGINAL = re.compile(r"\s*-{2,}\s*Original Message\s*-{2,}\s*", re.I)  # a mail program's mark over what it quotes
_REPLYING = re.compile(r"^(?:(?:Fwd?|FW|Re|AW|WG|TR)\s*:\s*)+", re.I)  # "Fwd: STATEMENT: …"
# The line that opens a forwarded message in a mail program's body ("---------- Forwarded message ---------", "Begin
# forwarded message:", "-----Original Message-----"), and a header line under it.
_FORWARD = re.compile(r"\s*(?:-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:|-{2,}\s*Original Message\s*-{2,})"
                      r"\s*", re.I)
_HEADER_LINE = re.compile(r"\s*(?P<name>From|Date|Sent|Subject|To|Cc):\s*(?P<value>.*)", re.I)


def _forwarded(lines: list[str]) -> tuple[int, int, dict[str, str]] | None:
    """The line that opens the message a body forwards, where its text begins (after its header lines), and those
    headers by lower-case name."""
    opening = next((n for n, line in enumerate(lines) if _FORWARD.fullmatch(line)), None)
    if opening is None:
        return None
    headers, at = {}, opening + 1
    while at < len(lines) and (header := _HEADER_LINE.fullmatch(lines[at])):
        headers[header["name"].lower()] = header["value"].strip()
        at += 1
    while at < len(lines) and not lines[at].strip():
        at += 1
    return (opening, at, headers) if headers else None


NOTE_WORDS = 80  # words of sentences of the forwarder's own that make the note the text: a desk's or an agency's cover
# note ("Please find below the statement… Kindly attribute it to…") has fewer


def _own_words(note: list[str]) -> int:
    """The words of a forwarder's note that are sentences of its own: each paragraph's up to its last sentence's end,
    not its greeting ("Dear all,"), its sign-off ("Jonas", under its last sentence or not) or its signature."""
    return sum(len(said.group().split()) for paragraph in "\n".join(note).split("\n\n")
               if (said := _SAID.match(" ".join(paragraph.split()))))


_SAID = re.compile(r".*[.!?][\"”’')\]]*(?=\s|$)")  # words up to a sentence's end (not a dot in an address)


def _signer(lines: list[str]) -> tuple[str, str | None] | None:
    """The name a message is signed with, under its closing words, and the organisation a line of the signature
    under it names ("Kind regards," / "Callum Fraser" / "Chief Executive" / "Upland Keepers' Association"), or
    None."""
    block = sorted(n for n, why in signature(lines).items() if why)
    named = next((n for n in block if article.names(lines[n - 1].strip())), None)
    if named is None:
        return None
    body = next((line.strip() for line in (lines[n - 1] for n in block if n > named)
                 if article.publisher_heading(line.strip()) or _ORGANISATION_LINE.fullmatch(line.strip())
                 and article.issued_by_body(line)), None)
    return lines[named - 1].strip(), body


def _office_holder(sender: str, lines: list[str]) -> tuple[str, str] | None:
    """A From name that is a person's and an office ("Professor Ines Calloway, Vice-Chancellor") and the organisation
    the message's signature names under that person ("Professor Ines Calloway" / "Vice-Chancellor and Chief
    Executive" / "University of Harrowmere"): the author and the outlet; None otherwise."""
    parts = re.split(r"\s*,\s+|\s+[|–—-]\s+", sender)
    person = article.untitled(parts[0])
    if len(parts) != 2 or not article.names(person):
        return None
    signed = _signer(lines)
    return (person, signed[1]) if signed and signed[1] and article.untitled(signed[0]) == person else None


_ORGANISATION_LINE = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,7}")  # a signature's organisation, no number,
# address or link: "Upland Keepers' Association"


def _publisher(sender: str, subject: str, lines: list[str]) -> str | None:
    """The body whose newsletter a From name is: the body's initials and the newsletter's name the Subject opens with
    ("KFA Tidings" over "Tidings: …"), the email spelling the initials out as an organisation's name ("Kessel
    Ferrymen's Association"); None otherwise (a branch's name, "ULAS Carrowmere Branch", is its own)."""
    named, words = _NEWSLETTER.match(subject), sender.split()
    initials = [word for word in words if re.fullmatch(r"[A-Z]{2,6}", word)]
    if not named or len(initials) != 1 or " ".join(w for w in words if w != initials[0]).casefold() \
            != named["name"].strip().casefold():
        return None
    body = article.spelled_out(initials[0], lines)
    return body if body and article.issued_by_body(body) else None


def _organisation(sender: str, lines: list[str]) -> str:
    """The organisation a From header's name gives after its sender's ("Dr Ailsa Brennan - Northern Raptor Trust" is
    the trust's; so is "Janet Rudd - Save Calderbrook Maternity" over a message whose masthead, its first line, is
    "SAVE CALDERBROOK MATERNITY"), else the name."""
    parts = re.split(r"\s+[|–—-]\s+|\s*,\s+", sender)
    if len(parts) == 2 and article.names(article.untitled(parts[0])) and _body(parts[1], lines):
        return parts[1]
    return sender


def _body(name: str, lines: list[str]) -> bool:
    """Whether ``name`` is an organisation's: its words say so, or it is the message's masthead, its first line
    ("SAVE CALDERBROOK MATERNITY"; not a sender's name signing a short message)."""
    return article.issued_by_body(name) or name.casefold() == next((line.strip().casefold() for line in lines
                                                                     if line.strip()), None)


_WROTE = re.compile(r"\s*On\s.{5,200}\swrote:\s*")  # "On Tue, 10 Nov 2026 at 19:32, Dan Irsek <…> wrote:"


def _quoted_below(lines: list[str]) -> tuple[int, int] | None:
    """The lines (first, past the last) of the message a reply quotes under it: its "On … wrote:" line and the ">"
    lines after it, up to the end or the sender's "--" footer; None when the reply answers between quoted lines."""
    opening = next((n for n in range(len(lines) - 1, -1, -1) if _WROTE.fullmatch(lines[n])), None)
    if opening is None:
        return None
    end = opening + 1
    while end < len(lines) and (lines[end].startswith(">") or not lines[end].strip()):
        end += 1
    rest = lines[end:]
    return (opening, end) if end > opening + 1 and (not rest or rest[0].strip() in ("--", "-- ", "__")) else None


def _title(subject: str, lines: list[str], origin: str) -> Found:
    """The email's title: its Subject, or the story's headline in its body that the Subject gives after a newsletter's
    name ("BPA Morning Brief: Heddal bird flu cull passes a third of a million birds" over the headline "Heddal bird
    flu cull passes a third of a million birds as farmers fight over compensation"), or the Subject after the name
    when a story's heading in the body begins it ("Fair Deal Weekly: Kestrel e-bike batteries recalled after 27
    fires" over "1. KESTREL E-BIKE BATTERIES RECALLED")."""
    named = _NEWSLETTER.match(subject)
    if named:
        rest, words = named["rest"].casefold(), _WORD.findall(named["rest"].casefold())
        headline = next((line.strip() for line in lines if _WORD.findall(line.casefold())[:len(words)] == words),
                        None)  # its punctuation aside: "Quay wall – the cracks…" of "Quay wall: the cracks…"
        if headline:
            return Found(headline, f"the story's headline in the email, which its Subject gives after "
                                   f"“{named['name']}:”")  # a newsletter's name, or a label: "PRESS RELEASE:"
        if any(len(heading.split()) >= 3 and rest.startswith(heading) for heading in (
                _NUMBERED.sub("", line.strip()).casefold() for line in lines)):  # "1. KESTREL E-BIKE BATTERIES
            return Found(named["rest"], f"the email's Subject after “{named['name']}:”, its story heading the "
                                        "text")  # RECALLED" under "Fair Deal Weekly: Kestrel e-bike batteries …"
    if kind := _KIND.match(subject):  # "PRESS RELEASE: Nurses say …": what the text is, no part of its title
        return Found(subject[kind.end():], f"{origin} Subject, without its label “{kind.group().strip()}”")
    return Found(subject, f"{origin} Subject")


# A label saying what kind of text the email is, before its Subject's headline: "PRESS RELEASE:", "News release -".
_KIND = re.compile(r"(?:press|news|media)\s+(?:release|advisory)\s*[:|–—-]\s+(?=\S)", re.I)  # (a "STATEMENT:" its
# editors keep: "STATEMENT: Kestrel Dawn - all crew home")
_NEWSLETTER = re.compile(r"(?P<name>[^:]{2,60}):\s+(?P<rest>\S.{10,})")  # "BPA Morning Brief: Heddal bird flu cull…"
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")  # a newsletter's story's number before its heading: "1. "


def signature(lines: list[str], skip: set[int] = frozenset()) -> dict[int, str | None]:
    """The 1-based lines of an email's body that greet its reader or sign it off, not its message, with why: the
    lines below its last "-- " (the mark mail programs set above a signature; at most SIGNATURE_LINES of them), and a
    sign-off's block, its closing words and the sender's name, office and numbers under them ("Kind regards," / "Lina
    Brask" / "Head of Media Relations" / "Tel. 0555 010 233"), or a name and the lines under it that end the message,
    down to the next sentence (a "P.S." of the message's own), "-- " or the end, past the 1-based lines ``skip`` (a
    footer's, found as such); a mailing's greeting ("Hello Anna,", "Dear member,"), before its first sentence, where
    the email says it is one (an unsubscribe line, "View this email in your browser"): a letter's "Dear Mr Irsek," is
    its writer's. "Notes to editors" are the message's. Of a message forwarded under a note of its forwarder's own
    (kept so by read), the headers are the text's (None: no chrome, though they look like datelines), and so is a
    sign-off naming a person and an office ("Aldo Brenn" / "Chair of the Committee": it alone says whose that
    message is), its contact details and registration not."""
    found: dict[int, str | None] = {}
    forward = _forwarded(lines)
    if forward:
        found.update(dict.fromkeys(range(forward[0] + 2, forward[1] + 1)))
    opening = next((n for n, line in enumerate(lines) if n + 1 not in skip and _sentence(line)), len(lines))
    if any(map(_BULK.search, lines)):  # a mailing's greeting, its reader's name filled in: the mailer's
        found.update({n + 1: "a mailing's greeting" for n, line in enumerate(lines[:opening])
                      if _GREETING.fullmatch(line.strip())})
    filled = [n for n, line in enumerate(lines) if line.strip() and n + 1 not in skip]
    mark = next((n for n in reversed(filled) if lines[n].strip() == "--"), None)
    below = [n for n in filled if mark is not None and n > mark]
    if mark is not None and len(below) <= SIGNATURE_LINES and not any(_EDITORS.match(lines[n]) for n in below):
        found.update(dict.fromkeys([mark + 1, *(n + 1 for n in below)], "an email's signature, under its \"-- \""))
    message = [n for n in filled if mark is None or n < mark]
    for k, n in enumerate(message):
        before = lines[message[k - 1]].strip() if k else ""
        closing = bool(_SIGN_OFF.fullmatch(lines[n].strip())) and not _GREETING.fullmatch(lines[n].strip())
        if not (closing or article.names(lines[n].strip())) or before and not (_SENTENCE_END.search(before)
                                                                               or _LINK_END.search(before)):
            continue
        block = list(itertools.takewhile(lambda m: not (_sentence(lines[m]) or _EDITORS.match(lines[m])), message[k:]))
        signer = block[1:] if closing else block  # a name with no closing words over it: only at the message's end
        if signer and len(lines[signer[0]].split()) <= 6 and lines[signer[0]].strip()[:1].isupper() and (
                closing or len(block) <= SIGN_OFF_LINES and k + len(block) == len(message)):
            block = block[:SIGN_OFF_LINES]
            if forward and n > forward[0] and article.names(lines[signer[0]].strip()) and len(signer) > 1 \
                    and not _CONTACT.search(lines[signer[1]]):
                return found | {m + 1: "a forwarded message's sign-off: its contact details" for m in block
                                if _CONTACT.search(lines[m])}
            return found | dict.fromkeys((m + 1 for m in block), "an email's sign-off and its sender's details")
    return found


_CONTACT = re.compile(r"\d|@|https?://|www\.", re.I)  # a number to call, an address, a registration: no office's name
SIGNATURE_LINES = 15  # lines under a "-- ": more are no signature (a text set out with "--" between its parts)
SIGN_OFF_LINES = 8  # a sign-off's closing words, the sender's name and their office, company, numbers and address:
# no more (a footer's lines below them are read as such, see chrome.py)
# The closing words of an email: "Kind regards,", "Best wishes", "In solidarity,", "Clear skies," (a short line ending
# with a comma, or courtesy's words without one).
_SIGN_OFF = re.compile(r"(?:[\w'’!-]+\s+){0,5}[\w'’!-]+,|(?i:(?:with\s+)?(?:(?:kind|best|warm|warmest|many)\s+)?"
                       r"(?:regards|wishes|thanks)|thank\s+you|yours\s+(?:sincerely|faithfully|truly)|sincerely|cheers)")
_SENTENCE_END = re.compile(r"[.!?:;][\"”’')\]]*$")
_LINK_END = re.compile(r"https?://\S+$")  # a story's link under it, "See the results: https://…", over the sign-off
# What a mailing to many says of itself: "Unsubscribe: https://…", "You are receiving this email because…".
_BULK = re.compile(r"\b(?:unsubscribe|(?:update|manage)\s+your\s+(?:email\s+)?preferences|view\s+(?:this|it|the)\s+"
                   r"(?:email|message|newsletter)\s+in\s+your\s+browser|you\s+(?:are\s+receiving|received)\s+this\s+"
                   r"(?:email|newsletter))\b", re.I)
# A greeting opening a message: "Hello Anna,", "Dear member,", "Hi there!", "Good morning, everyone,".
_GREETING = re.compile(r"(?i:hello|hi|hey|dear|greetings|good\s+(?:morning|afternoon|evening))\b[^.!?:\n]{0,40}[,!]")
_EDITORS = re.compile(r"\s*(?:notes?\s+(?:to|for)\s+editors|editors['’]?\s+notes?)\b", re.I)


def _sentence(line: str) -> bool:
    """A line of the message's sentences (a P.S.), not of a signature: six words or more, the last ending a sentence."""
    return len(line.split()) >= 6 and bool(_SENTENCE_END.search(line.strip()))


def is_email(path: Path) -> bool:
    """Whether ``path`` is an email saved as a file (named .eml, or opening with a mail program's headers) or a mailbox
    of them (mbox.py)."""
    if path.suffix.lower() == ".eml":
        return True
    try:
        head = read_start(path, 2000)
    except OSError:  # a named pipe too: its text's reader says what it is
        return False
    return bool(_HEADERS.match(head)) and b"\nmime-version:" in head.lower() or mbox.is_mailbox(path, head)


_HEADERS = re.compile(rb"(?:[A-Za-z][A-Za-z0-9-]*:[ \t][^\n]*\n(?:[ \t][^\n]*\n)*){3,}")  # header lines, folded ones too


def _sent(date) -> str | None:
    """The day of a Date header, YYYY-MM-DD, as its writer's clock had it; None when there is none to read."""
    try:
        return email.utils.parsedate_to_datetime(str(date)).date().isoformat() if date else None
    except (TypeError, ValueError, IndexError):
        return None
