"""What a copied news page says about itself: its headline (past banners, datelines and timestamps; age notices
such as "This story is over 5 years old" are page chrome, see chrome.py), its byline and its publication date
(from a dateline or a dated address)."""
from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass

MONTHS = {m: n for n, m in enumerate("january february march april may june july august september october "
                                     "november december".split(), 1)}
MONTH_NAME = "(?:sept|" + "|".join(m[:3] + (m[3:] and f"(?:{m[3:]})?") for m in MONTHS) + r")\.?"  # "Sept. 14"
_MONTH = rf"(?P<month>{MONTH_NAME})"
_DATES = [re.compile(p, re.I) for p in (
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b",
    r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b",
    r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b",  # 08.07.2025: dotted dates are day first
    rf"\b(?P<day>\d{{1,2}})-{_MONTH}-(?P<year>(?:19|20)\d\d)\b",  # a wire's "08-Mar-2026"
)]
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)[/-]?(?P<month>[01]\d)[/-]?(?P<day>[0-3]\d)(?=[/_-]|\.|$)")
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:,?\s*[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d\d)?)?)?"  # "18:45, UK"
WEEKDAY = r"(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?"
_CHANGED = r"(?:updated|last (?:updated|modified)|modified)\b"  # when a page changed, not when it was published
_AIRED = r"(?:(?:first\s+)?(?:broadcast|aired|transmitted)\b|bulletin(?=\s*:))"  # when a programme went out: "Broadcast:
# 17 October 2026", a radio newsroom's script's "Bulletin: 0700 Thursday 12 March 2026"
_ORDINAL = r"(?:st|nd|rd|th)?"  # "3rd March"
_CAPITAL = "[" + "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper()) + "]"  # Latin: "É" of "Élise" too
_PLACE_NAME = rf"{_CAPITAL}[\w.'’-]+(?:\s+{_CAPITAL}[\w.'’-]+){{0,2}}"  # a dateline's place: "New Delhi, 4 March 2026"
_DATE_OF = r"date(?:\s+of\s+(?:issue|publication|release|decision|judg(?:e)?ment|(?:written\s+)?reasons|report|notice))?"
# the day of the text itself: "Date of written reasons: 1 April 2026", not "Date of hearing: 30 March 2026"
_REFERENCE = (r"(?:(?:our|your|case)\s+)?(?:ref(?:erence)?|rns\s+(?:no|number)|(?:press\s+)?release\s+(?:no|number)"
              r"|(?:case|file)\s+(?:no|number))\.?\s*:?\s*[A-Z]*(?:/[A-Z]+)*\s?[\d/.-]*\d[\w/.-]*(?:\s*[–—-].{0,60})?")
# a reference: "RNS Number : 4471K", "Our reference: GLC/ENF/2026/031", "Ref.: ST 2026/0412 – for immediate release"
_BANNERS = [re.compile(p, re.I) for p in (
    rf"(?=(?-i:[A-Z*_\d]))(?:(?:retraction|correction|article|first|originally)\s+)?(?:published|{_CHANGED}|posted"
    rf"|issued|released)"  # not a line a sentence runs on into: "…log" / "released 15 OCT 2026."
    rf"(?:\s+online)?\b:?(?=.*\d).{{0,50}}",  # "Issued: 15 October 2025, 11:00", atop a body's notice; a journal's
    # "Retraction published online: 3 February 2026"
    rf"(?:{_AIRED}|recorded|transcript)\s*:\s*(?=(?:{WEEKDAY},?\s+)?(?:\d|{MONTH_NAME}\s+\d)).{{0,50}}",  # a
    # programme's "Broadcast: Friday 13 March 2026, 07:30", "Transcript: Sunday 15 March 2026, 18:00"; not a title,
    # "TRANSCRIPT: Press briefing on the May 12 tornado"
    r"volume\s+\d+\s*:\s*debated\s+on\s+.{0,40}",  # a parliament's record: "Volume 781: debated on Monday 16…"
    r"[(\[](?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]",  # a recording's time code alone on its line: "(12:40)", "[1:02:33]"
    r"(?:date(?:\s+of\s+(?:issue|publication|release))?|dated|release\s+date|sent)\s*:(?=.*\d).{0,50}",  # "Date of issue:
    # 9 March 2026", an email's "Date: Thursday, 12 March 2026"
    r"(?:from|to|cc|reply-to)\s*:.{0,120}@.{0,120}|subject\s*:.{1,300}",  # an email's other headers
    r"\(\s*[\"“][^\"”]{1,40}[\"”](?:,?\s+or\s+(?:the\s+)?[\"“][^\"”]{1,40}[\"”])?\s*\)",  # a company's defined name:
    # ("Aurelis" or the "Company")
    _REFERENCE,
    rf"(?:{_CAPITAL}[\w.'’-]+(?:\s+{_CAPITAL}[\w.'’-]*){{0,4}},\s+){{0,2}}(?:{WEEKDAY},?\s+)?"  # "Tresk District Police
    # Headquarters, 10 March 2026, 11:00", "City Hall, Council Chamber B, Tuesday 13 January 2026, 14:30", "16 March
    # 2026, 09:30 (Kesterford time)"
    rf"(?:{MONTH_NAME}\s+\d{{1,2}}{_ORDINAL},?\s+\d{{4}}|\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?{MONTH_NAME},?\s+\d{{4}}"
    rf"|\d{{4}}-\d\d-\d\d"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})(?:\s*(?:at|,|-|\|)?\s*{_TIME})?"
    rf"(?:\s*\([^()]{{1,30}}\))?(?:\s*[|·•-]?\s*{_CHANGED}.{{0,40}})?",
    _TIME,
    r"(?:breaking|live|exclusive|opinion|analysis|updated|developing story|news|world|politics)\s*:?",
    r"\[?home\]?(?:\([^)]*\))?\s*[>›»]\s.{1,300}",  # a breadcrumb: "[Home](/) > [News and blog](/blog/) > …"
    r"[^>›»\n]{2,40}?(?:\s[>›»]\s[^>›»\n]{1,40}){1,5}",  # "RunMersholt Forum > Races & Events > Mersholt City Marathon"
    r"(?:(?:press|news|media)\s+release\s*[–—:|-]\s*)?(?:for\s+immediate\s+release|embargoed(?:\s+until)?)\b:?.{0,60}",
    # a press release's release line, "PRESS RELEASE – FOR IMMEDIATE RELEASE" too
    rf"(?:press|news|media)\s+(?:release|statement)\s*[–—:|,-]\s*(?:{WEEKDAY},?\s+)?(?:\d{{1,2}}{_ORDINAL}\s+{MONTH_NAME}"
    rf"|{MONTH_NAME}\s+\d{{1,2}}\b).{{0,60}}",  # its kind and its day: "Press statement – 16 June 2026 – for immediate use"
    r"not\s+for\s+(?:release|publication|distribution)\b.{0,400}",  # a listed company's announcement's legal lines
    r"this\s+announcement\s+contains\s+inside\s+information\b.{0,120}",
    r"this\s+announcement\s+is\s+an\s+advertisement\b.{0,400}",  # "… and not a prospectus. Investors should not…"
    r"\d+\s+(?:min(?:ute)?s?|hours?)\s+(?:read|ago)",
    rf"(?=\d{{1,3}}\s|.*\d{{4}}\s+(?:[A-Z]{{2,}}\s+)?\d{{1,3}}$)(?:\d{{1,3}}\s+)?(?-i:[A-Z][A-Z'’&.-]*(?:\s+(?:&|[A-Z][A-Z'’&.-]*)){{0,5}})"
    rf"\s+(?:{WEEKDAY},?\s+)?(?:{MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_NAME}\s+\d{{4}})"
    rf"(?:\s+(?-i:[A-Z]{{2,}}))?(?:\s+\d{{1,3}})?",  # a print page's running head, its page's number first or last
    # (after its section: "THE KILBREDE COURIER Thursday, June 18, 2026 SPORT 47"): "8 THE VALE COURIER
    # Thursday, October 8, 2026", "THE VALE COURIER Thursday, October 8, 2026 9", "14    CRANE & PLANT REVIEW    19
    # June 2026"
)]
_WORD = rf"{_CAPITAL}[\w.'’\u0300-\u036f-]+"  # a capitalised word, its accents written apart or not ("Françoise")
_NAME = rf"{_WORD}(?:\s+(?:{_WORD}|de|van|von|da|al))+"  # capitalised: "By midday thousands…" is none
_PLACE = rf"\s+in\s+{_WORD}(?:\s+{_WORD})?"  # "Jennifer Marsh in Helsinki"
# The outlet or the kind of piece before "by": "Trade Weekly | Interview by Jane Doe", "Reporting by …".
_CREDIT = (r"(?:[^|·•]{1,60}\s*[|·•]\s*)?(?:(?i:interview|interviewed|reporting|report|compiled|text|words|analysis"
           r"|story"
           r"|written|commentary|column|fact[\s-]?check(?:ed)?|answered)\s+)?")  # not "Edited by": an editor is no
# author; a minister's "Answered by Tobias Rennick, Minister for Health" under a written question
# A role before the name: "By Europe correspondent James Glenday", "By political editor Laura Kuenssberg".
_ROLE = r"(?:(?:[\w'’-]+\s+){0,3}?(?i:correspondent|editor|reporter|writer|columnist)\s+)?"
# "By Ana Dumbadze", a translation's "Of Giulia Marten" (the Italian "Di Giulia Marten"), a programme's "Hosts: Tom
# Cadwell and Ruth Imrie" (not a transcript's turn, "HOST: Dr. Velic, good morning.", "Host: Colin Aldersey, thank
# you.").
_BYLINE = re.compile(rf"{_CREDIT}(?:(?i:by)|Of|Hosts?:(?![^|·•(]*,)|Hosted\s+by)\s+{_ROLE}"
                     rf"(?P<name>{_NAME}(?:{_PLACE})?(?:\s+and\s+{_NAME}(?:{_PLACE})?)?)"
                     r"\s*(?:[,|(·•].*)?")
# A wire's credits in parentheses, its editors after a semicolon: the reporters' part.
_WIRE_CREDIT = re.compile(r"\((?=(?i:additional\s+)?(?i:reporting|compiled|writing)\s+by\s)([^;()]+)(?:;[^()]*)?\)\.?")
# A signature line without "By": "Conor Whelan, Political Correspondent".
_SIGNATURE = re.compile(rf"(?P<name>{_NAME}),\s+(?:[A-Z][\w'’-]*\s+){{0,3}}"
                        r"(?i:correspondent|editor|reporter|writer|columnist|journalist)")
# A wire's tag before its headline: "UPDATE 2-", "CORRECTED-", "REFILE-", "EXCLUSIVE-"; and its topic's, "HEALTH-",
# "Soccer-" (not "NATO-Russia talks").
_TOPIC = (r"(?i:health|soccer|football|tennis|golf|cricket|athletics|olympics|cycling|rugby|boxing|motor\s+racing"
          r"|basketball|baseball|global\s+markets|climate|environment|tech)-(?=[A-Z])")
WIRE_TAG = re.compile(rf"(?:(?:UPDATE\s?\d+|CORRECTED|REFILE|RPT|EXCLUSIVE|WRAPUP(?:\s?\d+)?|FACTBOX|ANALYSIS|INSIGHT)"
                      rf"\s?-(?=\S))+(?:{_TOPIC})?|{_TOPIC}")
# A date written with slashes, "15/03/2026": day first or month first, read only when one of them is above 12.
_SLASHED = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d\d)\b")
MIN_HEADLINE_WORDS = 3
SENTENCE_WORDS = 6  # words of a headline or a standfirst at least, over a byline without "By"
HEAD = 20  # datelines and bylines are looked for in the first lines only


@dataclass(frozen=True)
class Found:
    """A value a page or an email gives about itself and where in it it was found."""

    value: str
    origin: str


_HEADER = re.compile(r"(?P<field>from|to|cc|reply-to|subject|date|sent)\s*:\s*(?P<value>\S.*)", re.I)


def email(lines: list[str]) -> dict[str, str]:
    """The headers an email's text opens with ("From: …", "Subject: …", "Date: …"), by field in lower case, when two or
    more of them do; else none: a newsletter or a release sent by email, copied with its headers."""
    found = {}
    for line in lines[:HEAD]:
        if not line.strip():
            if found:
                break
            continue
        header = _HEADER.fullmatch(line.strip())
        if not header:
            break
        found[header["field"].lower()] = header["value"].strip()
    return found if len(found) > 1 else {}


def banner(line: str) -> bool:
    """A line around a headline that is not one: a dateline ("Published on 7 July 2025 at 19 h 02, modified on …"
    too), timestamp, section label or age notice; or a line of such parts and short ones between "|" ("The Current |
    15/03/2026 | Staff reporter", "Tuesday 15 September 2026 · Edition of the Corva valley"), or of four or more
    short ones, a site's navigation ("Markets | FX | Rates | Commodities | Sign in"), or a section label of two in
    capitals ("TRAVEL | ISLANDS"); not a timeline's row, a time and
    three words or more ("14:40 | Crowd pressure reported at turnstiles 1–12"). A Markdown heading's marks are no
    part of it ("### 09:15")."""
    text = _MARKDOWN_HEADING.sub("", line.strip())
    if any(p.fullmatch(text) for p in (*_BANNERS, *_STAMPS)) or bool(_STAMPED.match(text) and date_in(text)):
        return True
    columns = re.split(r"[ \t]{3,}", text)  # a record's "Tuesday 28 April 2026      Vol. 118, No. 61"; not a table's
    if len(columns) > 1 and any(not re.search(r"[^\W\d_]", c) for c in columns):  # row, "11 March 2026    250"
        return False
    if len(columns) == 2 and columns[0].endswith(":") and not re.match(rf"{_STAMPED.pattern}|{_AIRED}|date\b",
                                                                       columns[0], re.I):
        return False  # a table's row of a label and its day: "START DATE:             MAY 12 2026"
    parts = re.split(r"\s[|·•/]\s|[ \t]{3,}", text)
    if len(parts) == 2 and re.fullmatch(_TIME, parts[0]) and len(parts[1].split()) >= 3:
        return False  # a timeline's row: "14:40 | Crowd pressure reported at turnstiles 1–12"
    dated = len(parts) > 1 and any(banner(p) for p in parts)
    if len(parts) == 2 and "|" in text and all(_SECTION.fullmatch(p) for p in parts):
        return True  # a section and its part, in capitals: "TRAVEL | ISLANDS"
    return len(parts) > 1 and all(len(p.split()) <= (6 if dated else 4) or _TAGS.match(p) for p in parts) and (
        dated or len(parts) >= 4 and all(len(p.split()) <= 3 for p in parts))


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_TAGS = re.compile(r"(?:tags|tagged|filed under|categories|topics)\s*:", re.I)  # "Tags: ransomware, Mirefang, …"


_STAMPED = re.compile(rf"(?:published|posted|first published|{_CHANGED})", re.I)


def byline(line: str) -> str | None:
    """"By Ana Dumbadze" → 'Ana Dumbadze'; "By Europe correspondent James Glenday" → 'James Glenday'; "By DAVID
    KEYES and LOTTA MAKINEN Associated Press" → 'David Keyes and Lotta Makinen': the names in capitals, written as
    names are, the news agency after them left out."""
    line = _WIRE_CREDIT.sub(r"\1", line.strip())  # "(Reporting by Lidia Marsk; Editing by Paul Heddon)"
    match = _BYLINE.fullmatch(line) or _SIGNATURE.fullmatch(line)
    if not match:
        return None
    name = re.sub(_PLACE, "", match.group("name"))
    words = name.split()
    if words[0].isupper():  # names in capitals: the words after them are not names
        kept = list(itertools.takewhile(lambda w: w.isupper() or w == "and", words))
        name = " ".join(re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), w) if w != "and" else w
                        for w in (kept[:-1] if kept[-1] == "and" else kept))  # "O'BRIEN" → "O'Brien"
    return name


def headline(lines: list[str], skip: set[int] = frozenset()) -> tuple[int, str] | None:
    """(1-based line, text) of the headline: an email's subject, else the first line of at least three words (a "|" is none: "NEWS |
    CONNEMARA" is a section label) that is not page chrome (``skip``), a banner or a byline, nor a short line before
    a section label (a masthead: "The Marrick Courier", "NEWS | FIRE"); else the first such line of any length;
    without a wire's tag before it ("UPDATE 2-")."""
    headers = email(lines)
    if "subject" in headers:
        return next((n, headers["subject"]) for n, line in enumerate(lines, 1) if _HEADER.fullmatch(line.strip())
                    and line.strip().lower().startswith("subject"))
    if titled := cover_field(lines, "title"):
        return titled  # a report's cover sheet: "Title:               Winter Performance and Patient Safety Report"
    posters = post_names(lines)
    usable = [(n, t) for n, t in _usable(lines, skip) if n not in posters]  # a thread's "Brenlow Cave Rescue" over
    # "@BrenlowCRO": who posts, no headline
    if product := next(((n, m["text"]) for n, t in usable if n <= HEAD and (m := _PRODUCT_HEADLINE.fullmatch(t))), None):
        return product  # a weather service's product: "...NWS DAMAGE SURVEY FOR THE 05/12/2026 VELDEN CROSS TORNADO...",
        # under its type ("PUBLIC INFORMATION STATEMENT") and its office
    if episode := next(((n, t) for n, t in usable if n <= HEAD and _EPISODE.match(t)), None):
        stamp = _STAMPED_IN.search(episode[1])  # a podcast's episode, 'Episode 112: "The pineapple boat"', under the
        return (episode[0], episode[1][:stamp.start()].rstrip()) if stamp and episode[1][stamp.start()] != "." \
            else episode  # show's name; without the day after it, "— released Friday 13 March 2026"
    if regarding := next(((n, m["what"]) for n, t in usable if n <= HEAD and (m := _REGARDING.fullmatch(t))
                          and 3 <= len(m["what"].split()) <= 20), None) if any(
            _SALUTATION.match(t.strip()) for _, t in usable[:HEAD]) else None:
        return regarding  # a letter's "Re: Measles at Harrowfield Academy – update and catch-up vaccination clinic"
    if subject := _subject(lines, usable):
        return subject  # a letter's subject under its salutation: "Dear Requester," / "FREEDOM OF INFORMATION ACT
        # REQUEST: SCHOOL ROOF CLOSURES, SEPTEMBER 2025"
    if caption := next(((n - 1, f"{lines[n - 2].strip()} v {lines[n].strip()}") for n, t in usable if 1 < n < HEAD
                        and n < len(lines) and VERSUS.fullmatch(t) and lines[n - 2].strip() and lines[n].strip()), None):
        return caption  # a decision's or a judgment's parties: "THE NATIONAL FOOTBALL COMBINATION" / "-v-" /
        # "CARNMERE ATHLETIC FOOTBALL CLUB", under its commission's name
    if topic := next(((n, t) for n, t in usable if n <= HEAD and _TOPIC_LINE.match(t)), None):
        return topic[0], _THREAD.sub("", topic[1])  # a forum thread's "Topic: Armed police at the post office - …",
        # under the forum's name
    titled = _titled(lines)
    dated = titled and _DAY_FIRST.match(re.sub(r"^\W*transcript\W*", "", lines[titled - 1].strip(), flags=re.I))
    label = (max(titled - 1, _label(lines, usable) or 0) if titled and not dated else None) or _label(lines, usable) \
        or _released(lines) or max(titled - 1, 0) or (_letterhead(lines, skip) or (None,))[0] or _atop(usable)[0]
    # (a transcript's title, "TRANSCRIPT: PRESS CONFERENCE, …", under its letterhead's lines; not its dateline)
    after_label = [(n, t) for n, t in usable if label and n > label]
    if after_label and not _SALUTATION.fullmatch(after_label[0][1].strip()):
        usable = after_label  # "The Marrick Courier", then "NEWS | FIRE": a masthead and a section label come before
        # the headline; a release's letterhead, before "PRESS RELEASE" (not a letter's title above "FOR IMMEDIATE
        # RELEASE" and its "Dear friends of the Philharmonic,")
    usable = [(n, t) for n, t in usable if not _RECORD.fullmatch(t) and not _ADDRESS_LINE.fullmatch(t)
              and not _ADDRESSED.match(t) and not _TRANSCRIPT_NOTE.match(t) and not _NUMBERED_REPORT.fullmatch(t)
              and not masthead_parts(t) and not _CREW.match(t) and not (_DAY_FIRST.match(t) and len(t.split()) <= 8)
              ] or usable  # a masthead's parts, "LATHMOOR SOUND NEWS -- 0700 BULLETIN -- …"; a programme's crew,
    # "READER: RHODRI QUENBY     PRODUCER: JAS", "Presenter: Gary Pellow"; its day, "Saturday 4 April 2026,
    # 17:00-19:00"; a report's number, "PRELIMINARY REPORT AASB-P-2026/031"; "Written Answers to
    # Questions"; a transcript's note ("Transcript prepared by the newsroom."); a letterhead's address,
    # "Harbour House, 4 Quay Street, Castel Brune"; a notice's addressee, "To: The Board of Directors, …"
    name = (outlet(lines, skip) or "").casefold()
    usable = [(n, t) for n, t in usable if not (name and (t.isupper() and name in t.casefold() and not
                                                           _LETTER_FROM.fullmatch(t) or t.casefold() == name))
              ] or usable  # a series' label under the masthead "STRIDE": "THE STRIDE INTERVIEW"; the issuer's name
    # again ("Aurelis Air plc" above its defined name, in an announcement to a stock exchange)
    found = next(((n, t) for n, t in usable if sum(bool(re.search(r"[^\W\d_]", w)) for w in t.split())
                  >= MIN_HEADLINE_WORDS), usable[0] if usable else None)
    after = next(((n, t) for n, t in usable if found and (n == found[0] + 1 or n > found[0] and ": " in t
                  and not any(line.strip() for line in lines[found[0]:n - 1]))), None)  # the next line; past blank
    # ones, a heading of a subject and what of it ("Sennet Quay Works: Chlorine Release"), not a tabloid's standfirst
    if found and found[1].isupper() and after and not after[1].isupper() and _TITLED_LINE.fullmatch(after[1]) \
            and not _DAY_FIRST.match(after[1]):  # (not a dateline under a title: "Friday 10 October 2025, 11:00, …")
        found = after  # a programme's name above its title: "THE MORNING LINE", then "Interview: Governor …"; a
        # record's subject, "ENVIRONMENT AND INDUSTRIAL SAFETY", then its heading, "Sennet Quay Works: Chlorine Release"
    if found:  # a headline wrapped onto the next line: "'We moved them ourselves': mayor" / "rejects governor's…",
        at, text = found  # "BALLOON CRASH: THE" / "QUESTIONS THAT REMAIN"; a word or two of capitals over a blank
        # line, "ANATOMY OF A" / "COLLAPSE", "HOARD GROWS TO 347 COINS AS" / "ROW OVER FIELD AND VALUE" / "DEEPENS"
        while at < len(lines) and lines[at].strip() and len(text) + len(lines[at]) < 200 and (
                len(lines[at].split()) > 1 and re.match(r"[a-z]", lines[at].strip()[:1]) or text.isupper()
                and lines[at].isupper() and (OPEN_END.search(text) or len(lines[at].split()) <= 2 and (
                    at + 1 == len(lines) or not lines[at + 1].strip()))):
            text, at = f"{text.rstrip()} {lines[at].strip()}", at + 1
        found = (found[0], text)
    found = found and (found[0], _THREAD.sub("", found[1]))
    if found and posters:  # a thread's first post: its opening sentence, without its number ("RESCUE UPDATE 1/7:")
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", found[1])
        found = (found[0], _POST_NUMBER.sub("", sentences[0].rstrip(".") if len(sentences) > 1 else sentences[0]))
    return found


_POST_NUMBER = re.compile(r"\s+\d{1,2}/\d{1,2}(?=:)")  # a thread's post's number before its words: "RESCUE UPDATE 1/7:"


def cover_field(lines: list[str], field: str) -> tuple[int, str] | None:
    """(1-based line, value) of a report's cover sheet's field among the first lines, its label and a run of spaces or
    a tab before its value, as a form sets them apart ("Title:               Winter Performance …", "Report author:
    Karl Wendover, Director of Operations"): ``field`` "title" or "author", the author's name without the office
    after it; None when the sheet gives none."""
    for n, line in enumerate(lines[:HEAD], 1):
        found = _COVER_FIELD.fullmatch(line.strip())
        if found and found["label"].lower().split()[-1] == field:
            value = found["value"].strip()
            if field == "author":
                value = names(_unsigned(value))
            if value:
                return n, untitled(value) if field == "author" else value
    return None


_COVER_FIELD = re.compile(r"(?P<label>(?i:(?:(?:report|paper|document)\s+)?(?:title|author)))\s*:(?:\t|[ ]{2,})\s*"
                          r"(?P<value>\S.{2,200})")


def _subject(lines: list[str], usable: list[tuple[int, str]]) -> tuple[int, str] | None:
    """(1-based line, text) of a letter's subject: the line after its salutation ("Dear Parents and Carers,"), set as a
    title (no full stop, 3 to 20 words)."""
    dear = next((n for n, t in usable if n <= HEAD and _SALUTATION.fullmatch(t.strip())), None)
    after = next(((n, t.strip()) for n, t in usable if dear and n > dear), None)
    return after if after and 3 <= len(after[1].split()) <= 20 and _TITLED_LINE.fullmatch(_EMPHASIS.sub("", after[1])) \
        else None


VERSUS = re.compile(r"-?\s*(?:v|vs|versus)\.?\s*-?", re.I)  # between a case's parties, alone on its line: "-v-"
_TOPIC_LINE = re.compile(r"(?:Topic|Thread)\s*:\s*\S")
_SALUTATION = re.compile(r"Dear\s+[^.!?]{1,60},")
_REGARDING = re.compile(r"(?:Re|RE|Subject|SUBJECT)\s*:\s*(?P<what>[^\n]+?)\s*")  # a letter's subject line
_CREW = re.compile(r"(?:reader|producer|presenter|newsreader|editor|director|studio|engineer)s?\s*:", re.I)
_EPISODE = re.compile(r"(?i:episode|ep\.)\s*\d+\s*[:.–—-]\s*\S")
_PRODUCT_HEADLINE = re.compile(r"\.\.\.(?P<text>[^.\s][^\n]*?[^.\s])\.\.\.")
_NUMBERED_REPORT = re.compile(r"(?:[A-Z]+\s+){1,4}[A-Z]*[A-Z0-9]+(?:[-/][A-Z0-9]+)*[-/]\d[\dA-Z/.-]*")
OPEN_END = re.compile(r"\b(?:THE|A|AN|OF|AND|OR|TO|IN|ON|AT|FOR|WITH|FROM|BY|AS|THAT|ITS|THEIR|HIS|HER)\s*$")  # a line
# of capitals a headline runs on from
_ADDRESSED = re.compile(r"(?:To|From|Attn|Attention|Cc|For the attention of)\s*:\s")  # whom a letter is to, from
# An address on a line of its own: "Harbour House, 4 Quay Street, Castel Brune", "12 Linden Row, Orvik".
_ADDRESS_LINE = re.compile(r"(?:[^,\n]{1,40},\s*)?\d{1,4}[a-z]?\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Road|Rd|Row|Avenue|Ave"
                           r"|Lane|Square|Place|Way|Drive|Court|Terrace|Quay|Walk|Boulevard|Parade|Embankment)\b[^.!?]{0,60}"
                           r"|[^.!?\n]{3,100}\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}")  # or ending with its postcode:
# "Kingsholm Road, Westmark WM1 4QT"
# A line set as a title, not a standfirst's sentence: it opens with a capital and ends with no full stop.
_TITLED_LINE = re.compile(r"[A-Z][^.!?\n]{10,120}[^.\s]")


# A forum thread's title line: "Thread: Sunday's marathon…" (not a post's "THREAD:"); a social thread's first post, its
# number and its sign: "1/9 Four days on from …, and what we still don't. A thread. 🧵".
_SIGN = "[\N{SPOOL OF THREAD}\N{WHITE DOWN POINTING BACKHAND INDEX}]"  # 🧵, 👇
_THREAD = re.compile(rf"^(?:(?-i:Thread|Topic)\s*:\s*|\d{{1,2}}/\d{{1,2}}\s+(?=.*\bthread\b|.*{_SIGN}))"
                     rf"|(?<=\w)\.?\s+(?:A\s+)?\(?thread\)?[.:!]?(?:\s*{_SIGN})*\s*$|(?<=\w)\.?\s*{_SIGN}\s*$", re.I)


def masthead(lines: list[str], skip: set[int] = frozenset()) -> str | None:
    """The outlet's name a copied page prints above a section label ("The Vale Echo" above "NEWS | BRACKLEY", "The
    Easterholt Herald" above "HEALTH"), when one short line is all there is before it, or before the section on its
    line ("LE COURRIER DE VALMONT – International"), or between the headline and the label ("The Daily Lantern"
    under "Hurricane Ysolde live: …", above "World | Live"); else None."""
    usable = _usable(lines, skip)
    label = _label(lines, usable)
    above = [t for n, t in usable if label and n < label]
    if label and not above and (name := masthead_line(lines[label - 1])):
        return name  # the masthead on the section label's line
    if label:
        return (masthead_line(above[0]) or above[0]) if len(above) == 1 else None
    if top := _atop(usable)[1]:
        return top
    below = next((n for n, line in enumerate(lines[:HEAD], 1) if _is_label(line)), None)
    above = [t for n, t in usable if below and n < below]
    if len(above) == 2 and len(above[0].split()) > MIN_HEADLINE_WORDS >= len(above[1].split()):
        return above[1]  # the headline, then the masthead
    return None


def masthead_line(line: str) -> str | None:
    """The masthead of a line of a masthead and a section ("LE COURRIER DE VALMONT – International", "Flightdeck
    Weekly | Safety"), a station's newsroom ("RADIO CARROWMERE 97.2 - NEWSROOM") or a tagline ("APOGEE LEDGER — Independent news and analysis of the launch industry"), else
    None."""
    if _STATION.fullmatch(station := _NEWSROOM.sub("", line.strip())) and station != line.strip():
        return station  # a radio station's newsroom: "RADIO CARROWMERE 97.2 - NEWSROOM"
    both, tagged = _MASTHEAD_SECTION.fullmatch(line.strip()), _TAGLINE.fullmatch(line.strip())
    name = both and (both["name"] or both["titled"]) or tagged and tagged["name"]
    return None if name and _SECTION_NAME.fullmatch(name.title()) else name  # "SPORT | ATHLETICS": two sections


def _atop(usable: list[tuple[int, str]]) -> tuple[int, str | None]:
    """(1-based line, name) of a masthead atop the headline: a first line of one to four capitalised words that a
    news outlet's name is made of ("Carrowmore Evening Post"), which the text names again ("She spoke to the Evening
    Post"), above a longer line that is no sentence; (0, None) when there is none."""
    if len(usable) < 2:
        return 0, None
    (n, name), headline = usable[0], usable[1][1]
    again = re.compile(r"\b" + re.escape(" ".join(name.split()[-2:])) + r"\b")
    if len(name.split()) <= 4 < len(headline.split()) and not re.search(r"[.!][\"”’']?$", headline) \
            and _OUTLET_NAME.fullmatch(name) and _OUTLET_WORD.search(name) and any(again.search(t) for _, t in usable[1:]):
        return n, name
    return 0, None


# A wire's dateline naming the agency: "BRACKLEY, Sept 17 (Meridian) - ", "LONDON (Reuters) — ", "MOSCOW, June 28.
# /TASS/. ".
_AGENCY = re.compile(r"[A-Z][A-Z.'’ -]{2,40}(?:,\s[^()/\n]{1,30}?)?(?:\s\((?P<agency>[A-Z][\w&.'’ -]{1,40})\)\s[-–—]{1,2}"
                     r"|\s/(?P<slashed>[A-Z][\w&.'’ -]{1,40})/\.?)\s")  # "MOSCOW, June 28. /TASS/. "

# A broadcaster's dateline, its initials run into the first word or before a dash: "Hamburg, Germany (CNN)President
# Donald Trump…", "Washington (CNN) — ".
TIGHT_DATELINE = re.compile(rf"{_PLACE_NAME}(?:,\s[^()/\n]{{1,30}}?)?\s?\((?P<agency>[A-Z]{{2,6}})\)"
                            r"(?:(?=[A-Z\"“])|\s[-–—]{1,2}\s)")

# The line closing a story that says whose it is: "SOURCE: Al Jazeera and news agencies", "SOURCE: AL JAZEERA"; not
# a chart's "Source: Ministry of Health" (neither in capitals nor with agencies).
_CREDITED_TO = re.compile(rf"(?:(?P<capitals>SOURCE)|(?i:source)):\s+(?P<name>{_CAPITAL}[\w&.'’-]*(?:\s+(?!(?i:and|with)\s)"
                          rf"(?:{_CAPITAL}[\w&.'’-]*|of|the|for|de))*)"
                          r"(?P<agencies>\s+(?i:and|with)\s+(?i:news\s+)?(?i:agencies|wires))?\.?")


def outlet(lines: list[str], skip: set[int] = frozenset()) -> str | None:
    """The outlet a copied article names itself: the sender of an email ("From: Carvath Blood Pressure Patients'
    Association <news@…>") or the wire whose story it carries (``carried``), its masthead, the agency in a wire's
    dateline, the closing credit ("SOURCE: Al Jazeera and news agencies"), the issuer a press release opens its first
    paragraph with, after its dateline ("HOLLINSBY, 5 March 2026 -- Hollinsby Water today gave…"), or describes at its
    end ("About Solvane" / "Solvane Health is Veldria's second-largest…"), names as its media contact ("Media contact:
    Press Office, Valbruck City Council") or prints atop its letterhead, or the name its copyright line gives
    ("© Delmarker Tagespost 2026"). A name in capitals is written as the text writes it elsewhere ("DELMARKER TAGESPOST", then "© Delmarker Tagespost"), else as names are
    written ("THE DOLVAN COURIER" → "The Dolvan Courier")."""
    sender = re.sub(r"\s*<[^>]*>$", "", email(lines).get("from", "")).strip(" \"'")
    released = ((_letterhead(lines, skip) or (0, None))[1] or _release_subject(lines)) if _released(lines) else None
    # a release's issuer, above its release line ("MINISTRY OF HEALTH AND SOCIAL CARE" over "Republic of Caldoria" and
    # "PRESS RELEASE"), or opening its first paragraph ("HOLLINSBY, 5 March 2026 -- Hollinsby Water today gave…")
    found = (sender and carried(lines)) or (sender if "@" not in sender else None) or released \
        or _issuing_office(lines) or _running_head(lines) or masthead(lines, skip) \
        or _agency(lines) \
        or _nameplate(lines, skip) or _staff(lines) or _credited(lines) or _issuer(lines) or _stated_by(lines) \
        or _contact(lines) \
        or next((found[0] for line in lines[:HEAD] if (found := _credit_line(line))), None) \
        or next((found for line in lines[:HEAD] if (found := _site_part(line))), None) \
        or next((site for line in lines[:HEAD] if (site := _crumbed(line))), None) \
        or next((m["name"] for line in lines[:HEAD] if (m := _LETTER_FROM.fullmatch(line.strip()))
                 and _ORGANISATION.search(m["name"])), None) \
        or next((m["name"] for line in lines[:HEAD] if (m := _FROM_BODY.fullmatch(line.strip()))
                 and _ORGANISATION.search(m["name"]) and any(_OPEN_LETTER.match(t.strip()) for t in lines[:HEAD])),
                None) \
        or next((m["name"] for line in lines[:HEAD] if (m := _ISSUER_HEADLINE.match(line.strip()))), None) \
        or next((found["name"] for line in lines[:HEAD] if (found := _NOTICE_LINE.fullmatch(_EMPHASIS.sub("", line)
                                                                                           .strip()))), None) \
        or (_letterhead(lines, skip) or (0, None))[1] or _thread_account(lines) \
        or next((m["name"] for line in [*lines[:HEAD], *lines[-5:]] if (m := _BLURB.fullmatch(line.strip()))), None) \
        or next((m["name"].split(". ")[0].rstrip(".") for line in reversed(lines) if (m := _COPYRIGHT.search(line))
                 and not _threaded_posts(lines)), None) \
        or next((m["name"] for line in lines[:HEAD] if (m := _SHOW.match(line.strip()))), None) \
        or next((parts[0] for line in lines[:2] if (parts := masthead_parts(line))), None)  # not the platform of a
    # saved thread ("© 2026 Flock Social"); a programme's name before its episode: "Under the Plough, episode 41: …"
    if found and re.fullmatch(r"[A-Z]{2,6}", found):
        found = spelled_out(found, lines) or found
    return _cased(_respelled(found, lines)) if found and found.isupper() else found


def masthead_parts(line: str) -> tuple[str, str | None] | None:
    """A masthead's line of parts between dashes, atop a bulletin, a digest or a programme's transcript: its name (the
    first part, or the station's after a programme's in capitals, "THE DIVISION BELL — Esterland Public Radio") and the
    day it gives, if any. "LATHMOOR SOUND NEWS -- 0700 BULLETIN -- TUESDAY 16 SEPTEMBER 2025",
    "Continental Press Agency -- Wednesday, October 15, 2025 -- 1430 GMT", "ELDSHIRE SOUND SPORT - THE FINAL
    WHISTLE" (a broadcaster's or an agency's name, then its programme); not a headline with a dash ("Storm hits the
    pass - live")."""
    parts = _MASTHEAD_PARTS.split(line.strip())
    if not 2 <= len(parts) <= 4 or len(parts[0].split()) > 6 or any(len(p.split()) > 6 for p in parts) \
            or not re.fullmatch(rf"{_CAPITAL}[\w&'’.]*(?:\s+(?:{_CAPITAL}[\w&'’.]*|\d+|of|the|and|&))*", parts[0]):
        return None  # (its name written as names are, or in capitals; no dateline's place: "HAVERSTAD, Veldria")
    day = next(filter(None, map(date_in, parts[1:])), None)
    station = next((p for p in parts[1:] if _MEDIA_NAME.search(p) and not p.isupper()
                    and re.fullmatch(rf"{_CAPITAL}[\w&'’.]*(?:\s+{_CAPITAL}[\w&'’.]*)+", p)), None)
    if station and parts[0].isupper():  # a programme's name, then its station's: "THE DIVISION BELL — Esterland
        return station, day  # Public Radio"
    if day or any(_ISSUE_PART.fullmatch(p) for p in parts[1:]) or line.isupper() and _MEDIA_NAME.search(parts[0]):
        return parts[0], day
    return None


_MASTHEAD_PARTS = re.compile(r"\s+(?:-{1,2}|–|—)\s+")
_ISSUE_PART = re.compile(r"\d{4}\s+(?:gmt|utc|bst|cet|lt|local|bulletin)|\d{4}\s+\w+\s+bulletin|(?:\w+\s+)?bulletin"
                         r"(?:\s+\d{4})?", re.I)  # "1430 GMT", "0700 BULLETIN"
_MEDIA_NAME = re.compile(r"\b(?:radio|sound|fm|tv|television|news|press|agency|wire|broadcasting)\b", re.I)


def _running_head(lines: list[str]) -> str | None:
    """The paper a print page's running head names, with its date and the page's number: "VARNHOLM COURIER
    Tuesday, March 10, 2026      5" (above "NEWS | COURTS", a section, no outlet)."""
    return next((m["name"] for line in lines[:HEAD] if (m := _RUNNING_HEAD.fullmatch(line.strip()))
                 and _OUTLET_WORD.search(m["name"])), None)


_RUNNING_HEAD = re.compile(rf"(?:\d{{1,3}}\s+)?(?P<name>(?-i:[A-Z][A-Z'’&.-]*(?:\s+(?:&|[A-Z][A-Z'’&.-]*)){{0,5}}))\s+"
                           rf"(?:{WEEKDAY},?\s+)?(?:{MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_NAME}\s+\d{{4}})"
                           r"(?:\s+(?-i:[A-Z]{2,}(?:\s?[|&/]\s?[A-Z]{2,})?))?(?:\s+\d{1,3})?", re.I)  # its
# section, its page's number, or both: "STENMOOR COURIER      Thursday, July 16, 2026      NEWS", "… 2026 SPORT 47"


def _issuing_office(lines: list[str]) -> str | None:
    """The office a weather service's product names above the time it was issued: "NATIONAL WEATHER SERVICE
    CASTLEBURY" over "542 PM CDT WED MAY 13 2026"."""
    return next((above.strip() for above, line in zip(lines[:HEAD], lines[1:HEAD]) if _ISSUED_AT.fullmatch(line.strip())
                 and re.fullmatch(r"[A-Z][A-Z .'&-]{5,80}", above.strip())), None)


_ISSUED_AT = re.compile(rf"\d{{3,4}}\s+[AP]M\s+[A-Z]{{3,4}}\s+{WEEKDAY}\s+{_MONTH}\s+\d{{1,2}}\s+(?:19|20)\d\d", re.I)


def spelled_out(initials: str, lines: list[str]) -> str | None:
    """The name whose initials ``initials`` are, where the text writes it out: "CPA", from the wire's dateline, is
    "Calder Press Agency" of its copyright line; a name with a word of news outlets' names first ("BPA" is "Baltica
    Press Agency", not its reporter "Piotr Alander" of "By Piotr Alander")."""
    found = [m.group() for line in lines for m in _CAPITALISED_RUN.finditer(line) if not m.group().isupper()
             and "".join(w[0] for w in m.group().split() if w.lower() not in ("of", "and", "the", "for", "&")) == initials]
    return next((name for name in found if _OUTLET_WORD.search(name)), found[0] if found else None)


_CAPITALISED_RUN = re.compile(rf"{_CAPITAL}[\w'’-]+(?:\s+(?:(?:of|and|for|the|&)\s+)?{_CAPITAL}[\w'’-]+){{1,5}}")


# A line (in italics, often) that says what its publisher is: "*Breathe Free Orlesia is the national charity for
# people with lung disease.*"
_BLURB = re.compile(rf"[*_]?(?P<name>{_CAPITAL}[\w&'’-]*(?:\s+{_CAPITAL}[\w&'’-]*){{0,5}})\s+is\s+(?:the|a|an)\s+[^*_]{{0,80}}?"
                    r"\b(?:charity|organi[sz]ation|company|agency|association|union|trust|foundation|network|campaign"
                    r"|institute|society|federation|group)\b[^*_]{0,120}[*_]?")
_POST_BY = re.compile(r"\s*(?P<name>[^@\n]{2,60}?)\s+@\w{1,30}\s*[·•|]\s*[^\n]{1,40}")  # "Halvard Sky Rides
# @HalvardSkyRides · Sep 13", a thread's post header


def post_names(lines: list[str]) -> dict[int, str]:
    """The names over the posts of a saved thread, by 1-based line, when two or more posts have them: a header "Name
    @handle · when", or the name on a line of its own over the handle alone on the next ("Brenlow Cave Rescue" /
    "@BrenlowCRO", as a platform's page is saved)."""
    found = {n: m["name"] for n, line in enumerate(lines, 1) if (m := _POST_BY.fullmatch(line))} | {
        n: name.strip() for n, (name, handle) in enumerate(zip(lines, lines[1:]), 1)
        if _HANDLE.fullmatch(handle) and _DISPLAY_NAME.fullmatch(name.strip())}
    return dict(sorted(found.items())) if len(found) > 1 else {}


_HANDLE = re.compile(r"\s*@\w{1,30}(?:\s*[·•|]\s*[^\n]{1,40})?\s*")  # "@BrenlowCRO", "@jonahpriel · Mar 4"
_DISPLAY_NAME = re.compile(r"[^@\s][^@\n]{0,58}[^@\s.!?:,;]")  # a name over a handle, no sentence


def _threaded_posts(lines: list[str]) -> list[str]:
    """The names over the posts of a saved thread (post_names), in order."""
    return list(post_names(lines).values())


def _thread_account(lines: list[str]) -> str | None:
    """The body whose account posted a saved thread: the name over most of its posts and its profile (others
    reposted or replying), when the text names it as a company or an organisation ("— Halvard Sky Rides Ltd,
    Orrendale", "Brenlow Cave Rescue") or its official account ("Official account of the Norvalia Coastguard"); a
    person's thread has no outlet."""
    names = _threaded_posts(lines)
    name = max(names, key=names.count) if names else None
    if not name or names.count(name) <= len(names) / 2:
        return None
    company = re.compile(rf"{re.escape(name)},?\s+(?:Ltd\.?|Limited|plc|PLC|Inc\.?|LLC|GmbH|AG|SA|S\.A\.)")
    return name if _ORGANISATION.search(name) or any(company.search(line) or re.match(r"\s*official\s+account\b", line, re.I)
                                                     for line in lines) else None


# A letter's heading naming who writes it: "OPEN LETTER TO THE MAYOR OF BRELLMOUTH FROM THE QUILLAN TOWER RESIDENTS'
# ASSOCIATION".
# An open letter's line of who sends it, under its title: "From the Board of the Halvarden Philharmonic Orchestra".
_OPEN_LETTER = re.compile(r"(?:an\s+)?open\s+letter\b", re.I)
_FROM_BODY = re.compile(r"(?i:from\s+(?:the\s+)?(?:(?:board|trustees|directors|governors|members|management|staff)\s+"
                        r"of\s+(?:the\s+)?)?)(?P<name>[A-Z][\w&'’-]*(?:\s+(?:of|for|the|and|&|[A-Z][\w&'’-]*)){0,7})[.:]?")
_LETTER_FROM = re.compile(r"(?i:(?:an\s+)?open\s+letter\s+.{0,120}?\bfrom\s+(?:the\s+)?)(?P<name>.{3,80}?)[.:]?")


def _site_part(line: str) -> str | None:
    """The publisher a byline's part names with what it publishes: "**By Neil Farraday** · 13 November 2026 · The
    Motorists' Guild blog" is the Motorists' Guild's."""
    parts = [p.strip() for p in re.split(r"\s[|·•–—]\s", _EMPHASIS.sub("", line).strip())]
    if len(parts) < 2 or not any(byline(p) or date_in(p) for p in parts) or re.match(r"\s*[>|]", line):  # not a
        # table's row, "| Date | Tuesday 14 July 2026 |"
        return None
    return next((m["name"] for p in parts if (m := _SITE.fullmatch(p))), None) or (next(
        (p for p in parts if not (byline(p) or date_in(p) or _ISSUE.fullmatch(p) or _SECTION_NAME.fullmatch(p)
                                  or _STAMPED.match(p) or _CODE.search(p)) and _OUTLET_NAME.fullmatch(p)
         and len(p.split()) <= 5), None)
        if len(parts) >= 3 and any(date_in(p) for p in parts) else None)  # "**By Jana Morávková** · Denní Hlas · 13
    # November 2026"; a masthead's line: "**EASTGATE VOICE** · The newsletter of … · Issue 112 · 16 March 2026"


_CODE = re.compile(r"\b[A-Z]{2,}[-/]?\d")  # a report's or a case's reference: "Report SWR-2026-07"
_ISSUE = re.compile(r"(?i:issue|no\.?|number|vol\.?|volume|episode)\s*\d+|\d+\s*(?i:min(?:ute)?s?|hours?)(?:\s+\w+)?")


_SITE = re.compile(rf"(?P<name>(?:The\s+)?{_CAPITAL}[\w'’&.-]*(?:\s+{_CAPITAL}[\w'’&.-]*){{0,4}})\s+"
                   r"(?i:blog|newsletter|podcast|website)")


def _crumbed(line: str) -> str | None:
    """The site a breadcrumb line starts with, "RunMersholt Forum > Races & Events > Mersholt City Marathon" (not
    "Home > News > World")."""
    parts = [p.strip() for p in re.split(r"\s[>›»]\s", line.strip())]
    return parts[0] if 2 <= len(parts) <= 6 and _OUTLET_NAME.fullmatch(parts[0]) and parts[0].casefold() != "home" \
        and all(len(p.split()) <= 5 for p in parts) else None


def _staff(lines: list[str]) -> str | None:
    """The outlet a byline's role names, under the journalist's name: "Sofie Alder" / "Business reporter, VBC News"."""
    filled = [line.strip() for line in lines[:HEAD] if line.strip()]
    return next((role["outlet"] for name, line in zip(filled, filled[1:])
                 if (role := _STAFF_ROLE.fullmatch(line)) and role["outlet"] and names(name)), None)


def _nameplate(lines: list[str], skip: set[int]) -> str | None:
    """The outlet's name on a line of its own by the byline, the date or a "Live" label, before the story begins
    ("Westmoor Herald" between the headline and "By Sam Whitlock", "City Weekly" under "Interview by Sara
    Lindqvist", "WBC News" above "Live"), or as the first part of such a line ("The Daily Herald | Report by Jane
    Doe", "The Current | 15/03/2026 | Staff reporter"): a name of one to five capitalised words that a news outlet's
    name is made of ("Herald", "News", "Radio"), or that stands next to a byline; a person's name next to a date is an
    author's (see ``author``)."""
    head = [(n, _EMPHASIS.sub("", line).strip()) for n, line in enumerate(lines[:HEAD], 1) if line.strip()]
    for k, (n, line) in enumerate(head):
        if len(line.split()) > 12 and re.search(r"[.!?:][\"”’']?$", line) and not any(
                byline(t) for _, t in head[k + 1:k + 3]):  # the story has begun (not a standfirst over the byline)
            return None
        if n in skip and not (byline(line) or banner(line)):  # page chrome, not the byline or date line it is on
            continue
        dated = re.fullmatch(r"(?P<name>[^,]{3,60}),\s+(?P<day>.+)", line)
        if dated and banner(dated["day"]) and _OUTLET_NAME.fullmatch(dated["name"]) and _OUTLET_WORD.search(
                dated["name"]):
            return dated["name"]  # "The Varnland Courier, 18 October 2025": its name on its date's line
        parts = re.split(r"\s[|·•]\s", line)
        if byline(parts[0]) and (named := next((p.strip() for p in parts[1:] if _OUTLET_NAME.fullmatch(p.strip())
                                                and not banner(p) and (_OUTLET_WORD.search(p) or not names(p.strip()))),
                                               None)):
            return named  # "By Lena Hartwig | MedWatch Weekly | 12 March 2026"
        rest = parts[1:]
        if rest and not (byline(" | ".join(rest)) or byline(rest[0]) or banner(line)):
            continue
        name = _NEWSROOM.sub("", parts[0].strip())
        station = _STATION.fullmatch(name)
        if not (_OUTLET_NAME.fullmatch(name) or station) or banner(name) or _is_label(name) \
                or DEPARTMENT.fullmatch(name) or _PART_OF_TEXT.fullmatch(name) or _STAFF_ROLE.fullmatch(name):
            continue  # ("Press Office · Press release No. 214/2026" under a ministry's letterhead: its office; "Chief
            # Reporter" under the byline: the writer's role)
        near = [t for _, t in head[max(0, k - 1):k] + head[k + 1:k + 2]]
        if _OUTLET_WORD.search(name) or rest and byline(" | ".join(rest)) or any(
                re.match(r"(?i:by|\w+\s+by)\s", t) and byline(t) for t in near):
            if rest or any(byline(t) or banner(t) for t in near) or station and k == 0 and any(
                    banner(t) for _, t in head[1:3]):  # "Radio Valbruck 96.4" / "Valbruck Drive — transcript" / date
                return name
    return None


DEPARTMENT = re.compile(r"(?i:(?:press|media|communications?|information|public\s+affairs|governance)"
                         r"(?:\s+(?:&|and)\s+(?:press|media|communications?|information|governance))?)"
                         r"\s+(?i:office|service|centre|center|team|desk|unit)")  # a body's "Media & Communications
# Office", "Information Governance Team": the body issues the text
_PART_OF_TEXT = re.compile(r"(?i:answer|question|transcript|summary|background)")  # "Answer" over "Answered by…"
_OUTLET_NAME = re.compile(rf"(?:The\s+)?{_CAPITAL}[\w&.'’-]*"
                          rf"(?:\s+(?:{_CAPITAL}[\w&.'’-]*|of|the|and|&|de|du|des|di|del|la|le)){{0,4}}")
_NEWSROOM = re.compile(r"\s+[-–—|]\s+(?i:newsroom|news\s*desk|news\s+room)$")  # "RADIO CARROWMERE 97.2 - NEWSROOM"
# A radio station's name with its frequency: "Radio Valbruck 96.4", "Harbour 102.7 FM".
_STATION = re.compile(rf"{_OUTLET_NAME.pattern}\s+\d{{2,3}}(?:[.,]\d)?(?:\s?FM)?")
# A listed company's announcement's headline, its name first: "Quillmark Systems ASA - Completion of Initial Public
# Offering…", "Aurelis Air plc: Trading update".
_ISSUER_HEADLINE = re.compile(rf"(?P<name>{_OUTLET_NAME.pattern}\s+(?:ASA|AS|plc|PLC|Ltd|Limited|AG|SA|S\.A\.|Inc\.?"
                              r"|N\.V\.|NV|AB|Oyj|S\.p\.A\.|SE|GmbH|LLC|Corp\.?|Corporation|Holdings))\s*[-–—:]\s+\S")
# The words news outlets' names are made of: "Westmoor Herald", "WBC News", "Eastern Broadcasting", "City Weekly".
_OUTLET_WORD = re.compile(r"\b(?:News|Times|Post|Herald|Courier|Gazette|Tribune|Journal|Chronicle|Standard|Observer|"
                          r"Express|Telegraph|Guardian|Independent|Mirror|Mail|Star|Ledger|Review|Weekly|Daily|Radio|"
                          r"Television|TV|Broadcasting|Network|Press|Wire|Agency|Magazine|Monitor|Record|Register|"
                          r"Bulletin|Dispatch|Examiner|Inquirer|Explained|Insider|Zeitung|Courrier|Corriere|Gazeta|"
                          r"Diario|Presse|Nachrichten|Tagespost|Nouvelles|Gazzetta|Giornale|Stampa|Corriere|Monde|"
                          r"Figaro|Kurier|Rundschau|Tageblatt|Posten|Dagblad|Krant|Noticias|Jornal|Folha|Periódico)\b",
                          re.I)


def programme_note(lines: list[str]) -> dict[str, str]:
    """What a broadcast's note of parts says of it ("Dales TV live stream -- Skellan Deep rescue -- Monday 9 March 2026,
    from 10:00 GMT."): its title, the parts but its day joined ("Dales TV live stream: Skellan Deep rescue"), its day,
    and the channel its first part names with what the broadcast is ("Dales TV"); of one part, a station's programme
    and its day ("Vale FM News at Five, Monday 15 June 2026"); a first cue in brackets of a programme, its channel and
    its day ("[Evening News, NBC Norvania, Friday 12 June 2026]"); none of them for a line of one part otherwise, or
    none giving a day."""
    for line in lines:
        bracketed = re.fullmatch(r"\[([^][]{5,120})\]", line.strip())  # a first cue's "[Evening News, NBC Norvania,
        parts = [part.strip(" .") for part in (bracketed[1].split(", ") if bracketed  # Friday 12 June 2026]"
                                               else _NOTE_PARTS.split(line.strip()))]
        days = [day for part in parts if (day := date_in(part))]
        if len(parts) == 1 and days and (named := _BEFORE_DAY.match(parts[0])["what"].strip(" ,")) \
                and len(named.split()) <= 8 and (station := _ON_AIR.match(named)):  # "Vale FM News at Five, Monday
            return {"title": named, "published": days[0], "outlet": station["name"]}  # 15 June 2026"
        if bracketed and len(parts) == 3 and days and date_in(parts[2]) and not any(map(date_in, parts[:2])):
            return {"title": parts[0], "outlet": parts[1], "published": days[0]}  # programme, channel, day
        named = [part if not date_in(part) else before for part in parts
                 if not date_in(part) or (before := _BEFORE_DAY.match(part)["what"])]  # "Sports Bulletin, Saturday 14
        # March 2026, 18:00": what the part names before its day
        if len(parts) > 1 and days and named:
            channel = _CHANNEL.fullmatch(named[0])
            station = len(named) > 1 and _KIND.search(named[1]) and _STATION.fullmatch(named[0])  # "Vale Sport
            # 104.2" over "Sports Bulletin": a station by its frequency, and what it broadcasts
            return {"title": ": ".join(named), "published": days[0],
                    **({"outlet": channel["name"]} if channel and _OUTLET_WORD.search(channel["name"])
                       else {"outlet": named[0]} if station else {})}
    return {}


_NOTE_PARTS = re.compile(r"\s+(?:--|[–—|])\s+")
_ON_AIR_NAME = r"(?:[A-Z][\w'’&-]*\s+){1,3}(?:FM|AM|TV|Radio)|Radio(?:\s+[A-Z][\w'’&-]*){1,2}"  # "Vale FM", "Calder TV"
_ON_AIR = re.compile(rf"(?P<name>{_ON_AIR_NAME})\s+\S")  # a station's name opening its programme's: "Vale FM News at Five"
_BEFORE_DAY = re.compile(rf"(?P<what>.*?)[,\s]*(?:{WEEKDAY}\b|\d|{MONTH_NAME}\b)", re.I)
_KIND = re.compile(r"\b(?:bulletin|news|programme|program|show|podcast|hour|report|phone-in)\b", re.I)
_CHANNEL = re.compile(rf"(?P<name>{_OUTLET_NAME.pattern})\s+(?i:live\s*stream|live|stream|broadcast|bulletin|programme"
                      r"|podcast)")  # "Dales TV live stream"


def station_heading(line: str) -> str | None:
    """The station a broadcast's note names before a dash: "Calder TV - Calder Tonight, 18:30 bulletin" → 'Calder
    TV'."""
    parts = re.split(r"\s+(?:--|[—–|-])\s+", line.strip(), maxsplit=1)
    return parts[0] if len(parts) == 2 and re.fullmatch(_ON_AIR_NAME, parts[0]) else None


def _agency(lines: list[str]) -> str | None:
    """The agency a wire's dateline names: "LONDON (Reuters) - ", "MOSCOW, June 28. /TASS/. ", "Washington (CNN)"."""
    for line in lines[:HEAD]:
        if found := _AGENCY.match(line.strip()):
            return found["agency"] or found["slashed"]
        if found := TIGHT_DATELINE.match(line.strip()):
            return found["agency"]
    return None


def carried(lines: list[str]) -> str | None:
    """The wire whose story a newsletter carries first, as its item says: the agency its dateline names ("VELDEN CROSS
    (CPW) — "), or its "Source: …" line naming a news service ("Source: Continental Press Wire"), down to the rule
    that ends the item; written out where the text does ("CPW" is "Continental Press Wire" of its byline)."""
    item = list(itertools.takewhile(lambda line: not _ITEM_END.fullmatch(line.strip()), lines))
    for line in item:
        found = (_AGENCY.match(line.strip()) or TIGHT_DATELINE.match(line.strip())
                 or (m := _SOURCE_LINE.fullmatch(line.strip())) and _OUTLET_WORD.search(m["agency"]) and m)
        if found:
            name = found["agency"] or found.groupdict().get("slashed")
            return spelled_out(name, lines) or name if re.fullmatch(r"[A-Z]{2,6}", name) else name
    return None


_ITEM_END = re.compile(r"[=_~*-]{3,}")  # a newsletter's rule between its items
_SOURCE_LINE = re.compile(rf"(?i:source)\s*:\s*(?P<agency>{_OUTLET_NAME.pattern}|[A-Z]{{2,6}})\.?")


def _credited(lines: list[str]) -> str | None:
    """The name a credit closing the story gives: "SOURCE: Al Jazeera and news agencies"."""
    for line in lines[-5:]:
        found = _CREDITED_TO.fullmatch(line.strip())
        if found and (found["capitals"] or found["agencies"]):
            return found["name"]
    return None


def _cased(name: str) -> str:
    """A name in capitals the text never writes otherwise, as names are written: "GAZETA DE SANMARO" → "Gazeta de
    Sanmaro"; a word without a vowel is an abbreviation and stays ("KRT NEWS" → "KRT News"), and so does a name of one
    short word, an agency's or a broadcaster's initials ("AP", "AFP", "TASS")."""
    words = name.split()
    if not name.isupper() or len(words) == 1 and len(name) <= 5:
        return name
    return " ".join(w if not re.search(r"[AEIOUY]", w) else w.lower() if n and w.lower() in PARTICLES
                    else w.capitalize() for n, w in enumerate(words))


PARTICLES = {"de", "da", "del", "della", "di", "du", "des", "la", "le", "el", "van", "von", "of", "the", "and", "for",
              "on", "in", "y", "e", "und", "et"}


def _respelled(name: str, lines: list[str]) -> str:
    """A name in capitals as the text writes it elsewhere, if it does ("National Bank of Vessaria")."""
    return next((m.group() for line in lines for m in re.finditer(rf"(?<![\w@.-]){re.escape(name)}(?![\w@-]|\.\w)",
                                                                 line, re.I)
                 if not m.group().isupper()), name)  # not in an address: "(CPA)" in "ann.lee@cpa-wire.lg"


# A press release's own line: "PRESS RELEASE", "For immediate release", "NEWS RELEASE", "MEDIA STATEMENT", two of
# them on one line ("PRESS RELEASE — For immediate release").
_RELEASE = re.compile(r"(?=\S)(?:(?:press|news|media)\s+(?:release|statement)\s*(?:[|:/\u2013\u2014-]\s*|$))?"
                      r"(?:for\s+immediate\s+release\b.*|embargoed\b.*|$)"
                      r"|(?:stock\s+exchange|regulatory)\s+announcement|rns\s+number\s*:.*|released\s+\d{1,2}[:.]\d\d"
                      r"|(?:preliminary|interim|final)\s+report", re.I)  # an investigation's "PRELIMINARY REPORT"
# A name of capitalised words and the small ones between them: "Catch & Fleet", "Department of Archaeology".
_TITLED_NAME = (rf"{_CAPITAL}[\w&.'’-]*(?:\s+(?:(?:&|and|for|of|of\s+the|the|on|in|at|under)\s+)?"
                rf"{_CAPITAL}[\w&.'’-]*){{0,5}}")
# The copyright line of a page's foot: "© Delmarker Tagespost 2026 | Imprint", "Copyright 2026 The Vale Echo", "© 2025
# Department of Archaeology, University of Harnsford" (a body and, after a comma, the one it is part of).
_COPYRIGHT = re.compile(rf"(?<!image\s)(?<!photo\s)(?<!picture\s)(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s+)?"
                        rf"(?P<name>(?-i:(?:The\s+)?{_TITLED_NAME}(?:,\s+(?=[^,]*?\sof\s){_TITLED_NAME})?))",
                        re.I)  # "© Catch & Fleet 2025"; not
# a photograph's: "Image copyright Reuters"; nor a list's item "(c) to submit a full report"
# A programme's name before its episode's number: "Under the Plough, episode 41: …", "Pulse & Policy, episode 112".
_SHOW = re.compile(rf"(?P<name>{_TITLED_NAME})\s*[,–—|:-]\s*(?i:episode|ep\.?)\s*\d+\b")


def _release_subject(lines: list[str]) -> str | None:
    """Who a press release's first paragraph says acts, after its dateline: "HOLLINSBY, 5 March 2026 -- Hollinsby Water
    today gave a full update…" is Hollinsby Water's."""
    return next((m["name"] for line in lines[:HEAD] if (m := _DATELINE_SUBJECT.match(line))), None)


_DATELINE_SUBJECT = re.compile(rf"\s*[A-Z][A-Z .'’-]+,\s+\d{{1,2}}\s+(?i:{MONTH_NAME})\s+(?:19|20)\d\d\s*[-–—]{{1,2}}\s*"
                               rf"(?P<name>(?:The\s+)?{_CAPITAL}[\w&'’.-]*(?:\s+{_CAPITAL}[\w&'’.-]*){{0,4}})\s+"
                               r"(?:today|yesterday|has|have|is|was|will|announced|said|says|confirmed|gave|published)\b")


def _released(lines: list[str]) -> int | None:
    """The last release line among the first lines of a press release, which its headline follows."""
    return max((n for n, line in enumerate(lines[:HEAD], 1) if _RELEASE.fullmatch(line.strip())), default=None)


def _titled(lines: list[str]) -> int:
    """The 1-based line of a transcript's title among the first lines ("Transcript: Press conference on…", under the
    letterhead of who issued it; the line above a "Transcript" alone, "Possible Offer for … — Conference Call");
    0 when there is none."""
    n = next((n for n, line in enumerate(lines[:HEAD], 1) if _TRANSCRIPT.match(line.strip())
              and not _TRANSCRIPT_NOTE.match(line.strip())), 0)
    above = [k for k in range(n - 1, 0, -1) if lines[k - 1].strip() and not banner(lines[k - 1])][:1]  # past its
    # date: "Episode 212: Brackwater, two weeks on" / "Published 24 March 2026" / "Transcript"
    if above and _PROGRAMME_CREDIT.match(lines[above[0] - 1].strip()):
        return 0  # a programme's credits above "TRANSCRIPT" ("Guest: Councillor Priya Venn"): its title is further up
    return above[0] if above and _TRANSCRIPT.fullmatch(lines[n - 1].strip()) else n


_TRANSCRIPT = re.compile(r"(?:full\s+|official\s+|edited\s+)?transcript\b\.?", re.I)
_PROGRAMME_CREDIT = re.compile(r"(?:hosts?|guests?|presenters?|producers?|with|published|recorded|duration|running\s+time"
                               r"|length|released|broadcast|aired)\s*:", re.I)
# A note on a transcript, no title: "Transcript prepared by the Vale FM newsroom. Time codes run from…", "This
# transcript was generated automatically…"
_TRANSCRIPT_NOTE = re.compile(r"(?:this\s+|the\s+)?transcript\s+(?:was|is|has|prepared|produced|generated|provided"
                              r"|created|edited|ends|may)\b", re.I)


def _letterhead(lines: list[str], skip: set[int]) -> tuple[int, str] | None:
    """(1-based line, name) atop a letterhead: of the lines before a press release's release line (or a transcript's
    title), the last that names a public body, else the first ("National Civil Protection Directorate" under "REPUBLIC OF KESTRIA" and "MINISTRY
    OF THE INTERIOR"; "KOVEL & PARTNERS" above "Attorneys at Law", its address and "PRESS RELEASE"),
    or a first line naming an office of a government ("Office of the Prime Minister of Calvenia" atop its readout) or a
    parliament's record ("OFFICIAL REPORT OF THE TESSMARK ASSEMBLY", "Hansard"), or
    a first line in capitals that the text writes otherwise elsewhere, a name ("NATIONAL BANK OF VESSARIA", then
    "the National Bank of Vessaria…"), not a headline in capitals; or a body's name with its initials ("Morvanne
    Volcano Observatory (MVO)")."""
    top = (_released(lines) or _titled(lines)) - 1  # the lines above a release line, or a transcript's title
    heads = [(n, t.strip()) for n, t in enumerate(lines[:top], 1) if t.strip() and n not in skip and not
             _RELEASE.fullmatch(t.strip()) and t.count(" | ") < 2] if top > 0 else []  # not its address's line of
    # parts: "Harrowmere General Hospital | Kestlebury Road | Kestlebury KB4 7HG"
    if heads and all(len(t.split()) <= 6 for _, t in heads):  # a state above its ministry: the ministry issues it;
        local = any(_AUTHORITY.fullmatch(t) for _, t in heads)  # "TOWN OF VELDEN CROSS" over "Office of the Mayor"
        return next((h for h in reversed(heads) if _BODY.search(h[1]) and not DEPARTMENT.fullmatch(h[1])
                     and not (local and _ROLE_OFFICE.fullmatch(h[1]))),
                    heads[0])  # not a firm's tagline, nor the body's "Press Office" or its mayor's under its name
    n, first = next(((n, t.strip()) for n, t in enumerate(lines, 1) if n not in skip and re.search(r"[^\W\d_]", t)
                     and not banner(t)), (0, ""))  # not a reference above it ("RNS Number : 4471K"), nor a rule
    columns = _COLUMNS.split(first)
    if len(columns) > 1 and columns[0].isupper() and _ORGANISATION.search(columns[0]):  # a PDF's letterhead, its name
        while n < len(lines) and _ORGANISATION.search(lines[n]) and len(lines[n].split()) <= 5:  # and its
            n += 1  # reference in columns ("CALDORIAN ASSOCIATION OF HOSPITAL DOCTORS      BRIEFING NOTE 26/14"),
        return n, columns[0]  # with the part of it named under it ("Northmere Regional Committee")
    named = _INITIALS.sub("", first)
    if publisher_heading(named) and (first != named or first.isupper() and _ORGANISATION.fullmatch(first.split()[-1])):
        return n, named  # a bulletin's "**Morvanne Volcano Observatory (MVO)**", a notice's "GAMING AND LOTTERIES
        # COMMISSION" (not a headline in capitals: "POLICE COMMISSION RESIGNS")
    if _OFFICE_OF.fullmatch(first) or _RECORD.fullmatch(first) or _LISTED_COMPANY.fullmatch(first):  # "Office of the
        return n, first  # Prime Minister of Calvenia" atop its readout, "OFFICIAL REPORT OF THE TESSMARK ASSEMBLY" atop a
        # debate, "Aurelis Air plc" atop its announcement to the stock exchange
    if len(first.split()) <= 5 and first.isupper() and _respelled(first, lines[n:]) != first \
            and not _SECTION_NAME.fullmatch(first.title()):  # "HEALTH", then "the UK Health Security Agency"
        return n, first
    return None


_AUTHORITY = re.compile(r"(?:town|city|county|borough|village|municipality|district)\s+of\s+\S.{1,60}", re.I)  # a
# local authority's name: "TOWN OF VELDEN CROSS"; and the office of its head, no body of its own: "Office of the Mayor"
_ROLE_OFFICE = re.compile(r"(?:the\s+)?office\s+of\s+the\s+(?:mayor|governor|county\s+executive|city\s+manager)"
                          r"|(?:the\s+)?(?:mayor|governor)['’]s\s+office", re.I)
# A body's name opening a government's readout or statement, alone on its first line: "Office of the Prime Minister of
# Calvenia", "PRESS SERVICE OF THE PRESIDENT OF THE REPUBLIC OF ALDRETH", "Ministry of Foreign Affairs of Kestria",
# "PUBLIC PROSECUTOR'S OFFICE OF THE CANTON OF OBERRIED".
_OFFICE_OF = re.compile(r"(?:(?:Press|Information|Media|Communications?)\s+|(?:[\w-]+\s+){0,2}[\w-]+['’]s\s+(?=Office))?"
                        r"(?:Office|Ministry|Department|Service"
                        r"|Secretariat|Directorate|Bureau|Cabinet|Chancellery|Presidency|Embassy)\s+(?:of|for)\s+"
                        r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*)){0,12}", re.I)
_INITIALS = re.compile(r"\s+\([A-Z]{2,8}\)$")  # a body's initials after its name: "Morvanne Volcano Observatory (MVO)"
# A company's name with its legal form, as its announcements to a stock exchange open: "Aurelis Air plc".
_LISTED_COMPANY = re.compile(rf"{_CAPITAL}[\w&.'’-]*(?:\s+{_CAPITAL}[\w&.'’-]*){{0,4}}\s+(?:plc|PLC|Ltd\.?|Limited"
                             r"|Inc\.?|AG|SE|S\.A\.|N\.V\.|LLC|ASA|Oyj|GmbH)")
# A parliament's record of its debates, named atop it: "Official Report of the Tessmark Assembly", "HANSARD".
_RECORD = re.compile(r"(?:(?:the\s+)?Official\s+Report|Hansard|Parliamentary\s+Debates|Record\s+of\s+Proceedings"
                     r"|Verbatim\s+Record|(?:Written|Oral)\s+(?:Answers|Questions|Statements)"
                     r"|(?:the\s+)?(?:Parliament|National\s+Assembly|Senate)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*)\b[^.!?]{0,80}",
                     re.I)  # "PARLIAMENT OF VALDORIA" above "Written Answers to Questions"
# A public body's name: the last in a letterhead's hierarchy issues the release ("REPUBLIC OF KESTRIA", "MINISTRY OF
# THE INTERIOR", "National Civil Protection Directorate").
_BODY = re.compile(r"\b(?:ministry|department|directorate|service|agency|office|authority|commission|council|bureau"
                   r"|government"
                   r"|institute|administration|inspectorate|police|court|secretariat|board|centre|center|observatory"
                   r"|laboratory)\b", re.I)
_STAMPED_IN = re.compile(r"(?:[.!?]|\s[\u2013\u2014-])\s+(?P<stamp>(?:first\s+)?(?:published|posted|released)\s+(?:on\s+)?)"
                         r"(?=\d|[A-Z][a-z]+\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s)", re.I)  # an episode's
# title: "Episode 214: "Friends in high places" — released Friday 13 March 2026"
def publisher_heading(line: str) -> str | None:
    """The body's name when a heading is only that ("Harrowby County Council", "Ministry of Health"), no headline:
    capitalised words, one of them an organisation's, five at most; or that name and the office of it that publishes
    ("OSTREVIA MARITIME ADMINISTRATION — HYDROGRAPHIC OFFICE": the administration's)."""
    parts = re.split(r"\s+[—–-]\s+", line.strip())
    named = len(parts) <= 2 and all(_OUTLET_NAME.fullmatch(p) and _ORGANISATION.search(p) and len(p.split()) <= 5
                                    for p in parts)
    return parts[0] if named else None


# A document's kind over its headline, no headline itself: "Drug Safety Communication", "FIELD SAFETY NOTICE", "Press
# Release", "Public Health Advisory"; each of its words one of these.
_KIND_WORDS = re.compile(r"(?:(?:drug|medical|device|medicines?|product|patient|public|field|safety|health|press|media"
                         r"|news|regulatory|food|consumer|travel|official|alert|notice|communication|release|statement"
                         r"|bulletin|advisory|announcement|update|recall|circular)\s*)+", re.I)


def document_kind(line: str) -> bool:
    """Whether a heading only names its document's kind ("Drug Safety Communication"): no headline."""
    return bool(_KIND_WORDS.fullmatch(line.strip())) and len(line.split()) <= 4


_COLUMNS = re.compile(r"(?<=\S)[ \t]{4,}(?=\S)")  # the gap between a line's columns, in text taken from a PDF
_ORGANISATION = re.compile(rf"{_BODY.pattern}|\b(?:association|union|federation|society|committee|council|chamber"
                           r"|confederation|league|foundation|trust|club|group|rescue|coastguard|lifeboats?|guild|university|college"
                           r"|hospital|orchestra|choir|theatre|opera|museum|gallery)\b", re.I)
_ABOUT = re.compile(rf"About\s+(?:{_CAPITAL}[\w&.'’-]*\s*){{1,5}}")  # a press release's boilerplate heading
_ISSUER = re.compile(rf"(?P<name>{_CAPITAL}[\w&.'’-]*(?:\s+{_CAPITAL}[\w&.'’-]*){{0,4}})\s+(?:is|was)\s")


def court(outlet: str) -> bool:
    """Whether ``outlet`` is a court's or a tribunal's name, whose summary of its own ruling gives its findings: its
    own account, no claims of a speaker."""
    return bool(_COURT.search(outlet))


_COURT = re.compile(r"\b(?:court|tribunal|judiciary)\b", re.I)


def issued_by_body(outlet: str) -> bool:
    """Whether ``outlet`` is a public body's, a government office's or an organisation's name ("Office of the Prime
    Minister of Calvenia", "Ministry of the Interior", "Paramedics and Ambulance Crews Union"), whose unsigned texts
    are its own claims."""
    return bool(_OFFICE_OF.fullmatch(outlet) or _ORGANISATION.search(outlet))


def without_office(name: str) -> str:
    """A body's name without its press office's: "Tarvessa Canal Authority Press Office" is the authority."""
    return _PRESS_OFFICE.sub("", name)


_PRESS_OFFICE = re.compile(r"\s+(?:Press (?:Office|Team|Desk)|Media (?:Office|Relations|Team|Desk)|(?:Corporate "
                           r")?Communications(?: Team| Office| Desk)?|News ?(?:room|desk))$", re.I)  # "Hollin Corporate
# Communications" is Hollin's


def full_name(outlet: str) -> str:
    """An outlet's name as a site gives it with its initials, its full name ("PACU – Paramedics and Ambulance Crews
    Union" → "Paramedics and Ambulance Crews Union", "Kelstow Town Council (KTC)" → "Kelstow Town Council"); a
    body's name in capitals written as names are ("KELSTOW TOWN COUNCIL" → "Kelstow Town Council", see _cased; a
    paper's masthead, "DER BOTE", stays); a public body's name without the "the" a sentence gives it ("the
    Castermere County Council", "THE MINISTRY OF HEALTH": not "The Kelstow Courier", nor "The National Trust")."""
    for pattern in _WITH_INITIALS:
        match = pattern.fullmatch(outlet.strip())
        if match and "".join(w[0] for w in match["name"].split() if w.lower() not in PARTICLES | {"&"}).upper() \
                == match["initials"].upper():
            return match["name"]
    if _BODY.search(outlet) and not _OUTLET_WORD.search(outlet):
        outlet = re.sub(r"^the\s+(?=\S)", "", outlet, flags=re.I)  # "The Castermere County Council" is its council
    return _cased(outlet) if _ORGANISATION.search(outlet) else outlet


_WITH_INITIALS = [re.compile(p) for p in (r"(?P<initials>[A-Z][A-Za-z]{1,7})\s+[–—|:-]\s+(?P<name>.+)",
                                          r"(?P<name>.+?)\s+[–—|:-]\s+(?P<initials>[A-Z][A-Za-z]{1,7})",
                                          r"(?P<name>.+?)\s*\((?P<initials>[A-Z][A-Za-z]{1,7})\)")]


def _contact(lines: list[str]) -> str | None:
    """The body whose press office a press release's media contact line names: "Media contact: Press Office, Valbruck
    City Council, press@…", "For media enquiries: press office, Tessavian Civil Aviation Authority" (not a person's
    name given as the contact)."""
    found = (m["name"] for line in lines if (m := _CONTACT.match(_EMPHASIS.sub("", line).strip())))
    return next((name for name in found if _ORGANISATION.search(name)), None)


_CONTACT = re.compile(r"(?i:(?:for\s+)?(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|queries)\s*:\s*(?:the\s+)?"
                      r"(?:press|media|communications?|news)\s+(?:office|team|desk|unit|service)\s*(?:,|\bof\b|\bat\b)"
                      rf"\s*)(?P<name>{_OUTLET_NAME.pattern})")


def _stated_by(lines: list[str]) -> str | None:
    """The body whose statement a heading says the text is: "Avalanche on the Ossenfirn: statement by Val Dorna
    Mountain Rescue"."""
    return next((m["name"] for line in lines[:HEAD] if (m := _STATEMENT_BY.search(line.strip()))), None)


_STATEMENT_BY = re.compile(r"(?i:statement|press\s+release|announcement)\s+(?i:by|from)\s+(?P<name>(?:the\s+)?[A-Z][\w&'’.-]*"
                           r"(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|for)){0,6})$")


def _issuer(lines: list[str]) -> str | None:
    """The company a press release's closing "About X" paragraph describes: the name that opens it."""
    for n in range(len(lines) - 1, max(-1, len(lines) - 40), -1):
        if _ABOUT.fullmatch(lines[n].strip()):
            following = next((line.strip() for line in lines[n + 1:] if line.strip()), "")
            found = _ISSUER.match(following)
            return found["name"] if found else None
    return None


# A section label in capitals, of one or two words (or a word and a year), alone on its line: "HEALTH", "WORLD
# NEWS", "ELECTION 2026".
_SECTION = re.compile(r"[A-Z][A-Z&'’-]+(?:\s+(?:[A-Z][A-Z&'’-]+|(?:19|20)\d\d))?")
# A masthead in capitals and a section (or edition) of one or two words on one line: "LE COURRIER DE VALMONT –
# International", "DELMARKER TAGESPOST · English edition"; or a name in capitalised words and one after a bar:
# "Flightdeck Weekly | Safety".
_MASTHEAD_SECTION = re.compile(r"(?:(?P<name>[A-Z][A-Z&'’.]*(?:\s+[A-Z][A-Z&'’.]*){0,4})\s+[–—|·-]"
                               r"|(?P<titled>[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){0,3})\s+\|)\s+"
                               r"[A-Z][\w&'’-]*(?:\s+[\w&'’-]+)?(?:\s+[–—|·-]\s+[A-Z][\w&'’-]*(?:\s+[\w&'’-]+)?)*")


# A masthead in capitals and its tagline after a dash: "APOGEE LEDGER — Independent news and analysis of the launch
# industry".
_TAGLINE = re.compile(r"(?P<name>[A-Z][A-Z&'’.]*(?:\s+[A-Z][A-Z&'’.]*){0,4})\s+[–—]\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){2,12}")


def _usable(lines: list[str], skip: set[int]) -> list[tuple[int, str]]:
    """(1-based line, text without a wire's tag) of the lines that may be a headline or a masthead."""
    return [(n, WIRE_TAG.sub("", line.strip(), count=1)) for n, line in enumerate(lines, 1)
            if line.strip() and n not in skip and not banner(line) and not byline(line) and not _CREDITED.search(line)
            and not _NOTE.fullmatch(line.strip())]


_NOTE = re.compile(r"\[[^]]*\]|\([^)]*\)")  # an editor's note in brackets: "[Translated from Velmoran]"


def translation(lines: list[str]) -> str | None:
    """The note among an article's first or last five lines that says it is a translation ("This article was
    translated from the Russian edition…", "[Translated from Velmoran]", "Translation: Ana Ruiz", "(Translator's note:
    …)"); not a line of
    its prose ("…said in remarks translated from Russian")."""
    texts = [line.strip() for line in lines if line.strip()]
    return next((line for line in texts[:5] + texts[-5:] if len(line) <= 500 and _TRANSLATION.match(line)), None)


_TRANSLATION = re.compile(r"[\[(*_\s]*(?:translator['’]s\s+note\b"
                          r"|(?:this|the)\s+(?:article|story|report|piece|text|interview|column|commentary)"
                          r"\s+(?:was|has\s+been|is)\s+(?:(?:machine|automatically|originally)[\s-]+)?translated\b"
                          r"|(?:machine[\s-])?translated\s+(?:from|by)\b|translation\s*(?:from\b|by\b|:))", re.I)


_CREDITED = re.compile(rf",\s+by\s+{_NAME}\s*$")  # a blog's tagline: "Notes on breaches and bad passwords, by Tomas Brekke"


def _label(lines: list[str], usable: list[tuple[int, str]]) -> int | None:
    """The line of a section label ("NEWS | FIRE", "HEALTH") with only short lines (a masthead) before it, or a
    name of up to five capitalised words ("The Lancet Neurology Week", "The New York Times")."""
    label = next((n for n, line in enumerate(lines[:HEAD], 1) if _is_label(line)), None)
    if label and all(len(t.split()) <= MIN_HEADLINE_WORDS or len(t.split()) <= 5 and _OUTLET_NAME.fullmatch(t)
                     or _TAGLINE.fullmatch(t) for n, t in usable if n < label):
        return label
    return None


def _is_label(line: str) -> bool:
    """Whether ``line`` is a section label: "NEWS | FIRE", "HEALTH", "LE COURRIER DE VALMONT – International", a
    news site's section named as most name it ("World", "Politics")."""
    return bool(line.strip()) and bool(banner(line) and "|" in line or _SECTION.fullmatch(line.strip())
                                       or _MASTHEAD_SECTION.fullmatch(line.strip())
                                       or _SECTION_NAME.fullmatch(line.strip()))


_SECTION_NAME = re.compile(r"(?:World|UK|US|U\.S\.|Europe|Asia|Africa|Americas|Middle East|Politics|Business|Economy|"
                           r"Markets|Opinion|Sport|Sports|Science|Technology|Tech|Health|Local|National|International|"
                           r"Nation|Elections?|Climate|Environment|Culture|Analysis|Education|Crime|Transport|"
                           r"Housing|Energy|Travel|Lifestyle|Entertainment)(?: News)?")


def date_in(text: str) -> str | None:
    """The first date written in ``text``, as YYYY-MM-DD; "15/03/2026" is 15 March, "03/15/2026" March 15, and
    "03/04/2026", either, is none."""
    for pattern in _DATES:
        for match in pattern.finditer(text):
            found = _iso(match)
            if found:
                return found
    for match in _SLASHED.finditer(text):
        a, b = int(match.group("a")), int(match.group("b"))
        if (a > 12) != (b > 12):
            day, month = max(a, b), min(a, b)
            return f"{match.group('year')}-{month:02d}-{day:02d}" if day <= 31 else None
    return None


_CLOCK = re.compile(r"(?<![\d.:])(?P<h>\d{1,2})[:.](?P<m>\d{2})(?![\d.:])(?:\s*(?P<half>[ap])\.?m\b\.?)?", re.I)


def day_alone(line: str) -> bool:
    """Whether ``line`` is a day alone, its weekday too ("Wednesday, 4 February 2026", "March 9, 2026")."""
    return bool(_DAY_ALONE.fullmatch(line.strip()))


_DAY_ALONE = re.compile(rf"(?:{WEEKDAY},?\s+)?(?:\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?{MONTH_NAME}"
                        rf"|{MONTH_NAME}\s+\d{{1,2}}{_ORDINAL},?)\s+(?:19|20)\d\d\.?", re.I)


def bare_time(line: str) -> bool:
    """Whether ``line`` is a time of day alone ("21.40", "9:10 pm GMT"), as a live blog stamps its entries."""
    return bool(re.fullmatch(_TIME, _MARKDOWN_HEADING.sub("", line.strip())))


def reference(line: str) -> bool:
    """Whether ``line`` gives a document's reference: "Our reference:   FOI/2025/1187", "RNS Number : 4471K"."""
    return bool(re.fullmatch(_REFERENCE, line.strip(), re.I))


def as_of(line: str) -> bool:
    """Whether ``line`` says when the text was updated or issued, to the minute: "Updated 18:25 🚨", "16:20, Thursday
    9 October 2025 | Updated 12:15, Friday 10 October 2025", "ISSUED:    0715 LOCAL  SAT 17 JAN 2026"; not "Updated
    16 July 2026", nor a sentence ("The figures were updated at 18:25 after the count.")."""
    return len(line.split()) <= 16 and not re.search(r"[.!?]\s+\S", line) and bool(_AS_OF.search(line)) \
        and bool(time_in(line) or _HOURS.search(line))


_AS_OF = re.compile(rf"(?:^|[\s|·•,(*_-])(?:{_CHANGED}|issued|amended)\s*(?::|\d|at\b|on\b|{WEEKDAY}|$)", re.I)
_HOURS = re.compile(r"(?<![\d/.:-])[0-2]\d[0-5]\d\s*(?:local|lt|utc|gmt|z|hrs?)\b", re.I)  # a bulletin's "0715 LOCAL"


def time_in(text: str) -> str | None:
    """The first time of day written in ``text``, as HH:MM (24-hour): "21.40 CET" → '21:40', "9:10 pm" → '21:10';
    not the "15.03" of "15.03.2026"."""
    for match in _CLOCK.finditer(text):
        hour, minute, half = int(match["h"]), int(match["m"]), (match["half"] or "").lower()
        if half and 1 <= hour <= 12:
            hour = hour % 12 + (12 if half == "p" else 0)
        if hour < 24 and minute < 60 and (not half or int(match["h"]) <= 12):
            return f"{hour:02d}:{minute:02d}"
    return None


def signed_day(block: list[str]) -> str | None:
    """The day a block of two to four lines says it was signed: a name, its office maybe, over a day alone ("Rhona
    Achterberg" / "Chair, Independent Disciplinary Commission" / "1 April 2026")."""
    return date_in(block[-1]) if 2 <= len(block) <= 4 and day_alone(block[-1]) \
        and re.fullmatch(_SIGNER, block[0].strip()) else None


_SIGNER = r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"  # "Rhona Achterberg"


def flashes(lines: list[str]) -> int:
    """How many lines the flashes atop a wire's story take: blocks each opening with its label alone ("URGENT",
    "FLASH"), over the alert in capitals, repeated or not, and its time ("0932 GMT 2 Dec 2026"); or, in a file of
    several takes each opening with its "ZCZC" line, the takes before the last, which supersedes them (an "URGENT"
    take, then "UPDATE 1", a write-through); 0 if none."""
    takes = [n for n, line in enumerate(lines) if _TAKE.match(line)]
    if len(takes) > 1:
        return takes[-1]
    end, n = 0, 0
    while n < len(lines) and _FLASH.fullmatch(lines[n].strip()):
        k = n + 1
        while k < len(lines) and lines[k].strip() and (not re.search(r"[a-z]", lines[k]) or wire_stamp(lines[k])):
            k += 1
        if k == n + 1 or k < len(lines) and lines[k].strip():
            break  # a label over the story's words, no flash
        end = n = k
        while n < len(lines) and not lines[n].strip():
            n += 1
    return end


_FLASH = re.compile(r"URGENT|FLASH|NEWSFLASH|BULLETIN|ALERT|NEWS ALERT|BREAKING")
_TAKE = re.compile(r"\s*ZCZC\b")  # the line opening a take of a wire's story


def _trailer_year(lines: list[str], day: str) -> str | None:
    """The year a wire take's trailer gives ("04-03-26 1904GMT", day, month and year, or month first) for ``day``,
    'YYYY-03-04', when its day and month are that day's."""
    month_day = day[5:]
    for line in lines:
        if (m := _TAKE_STAMP.fullmatch(line.strip())) and month_day in (f"{m['b']}-{m['a']}", f"{m['a']}-{m['b']}"):
            return f"20{m['y']}"
    return None


_TAKE_STAMP = re.compile(r"(?P<a>\d{2})-(?P<b>\d{2})-(?P<y>\d{2})\s+[0-2]\d[0-5]\d\s?(?:GMT|UTC)", re.I)


def wire_stamp(line: str) -> str | None:
    """The day of a wire's time stamp, its time first in four figures: "0932 GMT 2 Dec 2026"."""
    return date_in(line) if _WIRE_STAMP.fullmatch(line.strip()) else None


_WIRE_STAMP = re.compile(rf"[0-2]\d[0-5]\d\s+(?:GMT|UTC|[A-Z]{{2,4}})\s+\d{{1,2}}\s+{MONTH_NAME}\s+(?:19|20)\d\d", re.I)


def published(lines: list[str], url: str | None = None) -> str | None:
    """The publication date: from a dated address, else from a dateline among the first lines (a broadcast's
    "Broadcast: Saturday 17 October 2026, 18:00", a written answer's "Answered: 16 March 2026", a report's "Issued
    13 April 2026", minutes' "MINUTES of the meeting held on Monday 9 March 2026", a masthead's line too), one that does not
    say when the page was updated or modified
    before one that does, else from a "Dated:" line among the last."""
    if url:
        match = _URL_DATE.search(url)
        if match and _iso(match):
            return _iso(match)
    if first := _first_entry(lines):
        return first
    if stamped := next(filter(None, map(wire_stamp, lines[:HEAD])), None):  # a wire's "1148 GMT 2 Dec 2026"
        return stamped
    if (day := yearless(lines)) and (year := _trailer_year(lines, day)):  # "VALDERRA, March 4 (Calder) -" and its
        return year + day[4:]  # take's trailer, "04-03-26 1904GMT"
    datelines = [line for line in lines[:HEAD] if banner(line) or _credit_line(line) or _site_part(line)
                 or byline(_EMPHASIS.sub("", line)) and "·" in line  # "**By Dr Hanna Veskor, …** · 14 January 2026 · …"
                 or _TRANSCRIPT_NOTE.match(line.strip())  # "Transcript generated by … on 23 November 2026"
                 or re.match(rf"[\s*_|]*(?:published|posted|answered|issued|released|{_AIRED}|{_DATE_OF}\s*:|{_CHANGED})",
                             line, re.I)]  # "*Issued 13 April 2026 by …*", "**EASTGATE VOICE** · … · 16 March 2026"
    datelines += [line for line in lines[:2] if (parts := masthead_parts(line)) and parts[1]]  # "… -- TUESDAY 16
    # SEPTEMBER 2025"
    datelines += [line for line in lines[:HEAD] if re.match(r"[\s*_]*minutes\b", line, re.I)]  # "MINUTES (EXTRACT) of
    # the meeting held on Monday 9 March 2026", when no line says when they were published
    datelines += [line[m.start("stamp"):] for line in lines[:HEAD] if (m := _STAMPED_IN.search(line))]  # a podcast's
    # notes: "*Pulse & Policy is a weekly podcast on health. Published 21 October 2026. Host: Tess Aubry.*"
    datelines += [line for line in lines[:HEAD] if (m := _RUNNING_HEAD.fullmatch(line.strip()))
                  and _OUTLET_WORD.search(m["name"])]  # a print page's "THE LINDMARK HERALD Thursday 12 March 2026"
    for changed in (False, True):
        for line in datelines:
            found = date_in(line)
            if found and bool(re.match(rf"\s*{_CHANGED}", line, re.I)) == changed:
                return found
    for line in lines[:HEAD]:  # a paragraph that opens with its dateline: "HAVERSTAD, Veldria – 13 May 2026 – …",
        if masthead_parts(line):
            continue  # a masthead's parts, no dateline
        opening = _OPENING.match(line) or _OPENING_TITLED.match(line)  # "Varno, 3 June 2026 – Today, …"
        dated = next((m for p in _DATES[:2] if opening and (m := p.match(line, opening.end())) and _iso(m)), None)
        if dated and (opening.re is _OPENING or _DASH.match(line, dated.end())):
            return _iso(dated)
        if opening and opening.re is _OPENING:  # its dateline gives no date: no later line opening with a day is one
            break
    else:
        for line in lines[:HEAD]:  # a line opening with the day, alone or as a part: "Wed 3 Jun 2026. All times local."
            dated = _DAY_FIRST.match(line)
            if dated and _iso(dated) and re.match(r"\s*(?:$|[.,;|·•–—-])", line[dated.end():]):
                return _iso(dated)
    return next((found for line in lines[-HEAD:] if (_DATED.match(line) or _POSTED_AT.match(line)
                                                     or (m := _PLACE_DATED.match(line)) and day_alone(line[m.end():]))
                 and (found := date_in(line))
                 or (m := _TRAILER.fullmatch(line.strip())) and (found := _iso(m, "20" + m["year"]))), None) \
        or next(filter(None, map(signed_day, _blocks(lines))), None)  # a notice's "Dated: 15 May 2026" under its
    # signature, or a decision's "Lenhaven, 24 November 2026" where it was signed; a thread's last post's stamp: "12:41
    # PM · Mar 4, 2026 · 48.2K Views"; a wire's trailer; else the day a block of a name and an office over it was
    # signed (a report's foreword, "Helena Marrick" / "Chair" / "20 …")


def _blocks(lines: list[str]) -> list[list[str]]:
    """The runs of lines between blank ones."""
    return [block.split("\n") for block in re.split(r"\n\s*\n", "\n".join(lines)) if block.strip()]


_TRAILER = re.compile(rf"[A-Z]{{2,8}}\s+(?P<day>[0-3]\d)\d{{4}}\s+GMT\s+{_MONTH}\s+(?P<year>\d\d)", re.I)  # a wire's last
# line, its agency, the day, hour and minute it was sent, the month and the year: "CPA  061247 GMT MAR 26"


_DATED = re.compile(r"\s*(?:dated|date)\s*:", re.I)
_PLACE_DATED = re.compile(r"\s*(?-i:[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,2}),\s+")  # "Lenhaven, " before a day alone
_POST_HEADER = re.compile(r"\s*@\w{1,30}\s*[·•|]\s*[^\n]{1,40}")  # a post's handle and when: "@jonahpriel · Mar 4"
_POSTED_AT = re.compile(r"\s*\d{1,2}:\d\d\s*(?:[AP]M)?\s*[·•]\s*\w{3,9}\.?\s+\d{1,2},\s+\d{4}\b", re.I)


def _first_entry(lines: list[str]) -> str | None:
    """The day of a live page's first entry when its entries, each under its stamp with its day and time ("17 Jan
    2026, 11:30"), run newest first: the page began then, not on the day of its last entry."""
    stamps = []
    for line in lines:
        day, time = (date_in(line), time_in(line)) if len(line.split()) <= 8 and banner(line) \
            and not re.match(rf"\s*{_CHANGED}", line, re.I) else (None, None)
        if day and time:
            stamps.append(f"{day} {time}")
    ordered = len(stamps) >= 3 and all(a >= b for a, b in zip(stamps, stamps[1:])) and stamps[0] > stamps[-1]
    return stamps[-1][:10] if ordered else None


def yearless(lines: list[str]) -> str | None:
    """The day a wire's dateline gives without its year ("PORT ALDRIC, Velmora, Sept 14 (Harbourline) - …"), as
    YYYY-MM-DD with the year left to the editor: 'YYYY-09-14'. The text does not say the year, so neither does the
    import."""
    for line in lines[:HEAD]:
        opening = _OPENING.match(line)
        if opening:
            for pattern in _YEARLESS:
                dated = pattern.match(line, opening.end())
                if dated and (day := _iso(dated, year="2000")):  # any leap year: "Feb 29" is a day
                    return "YYYY" + day[4:]
            return None
    return None


# A live blog entry's stamp, a day and a month with no year, and a time: "10 March, 14:05", "Tue March 10, 2:05 pm".
_STAMPS = [re.compile(stamp, re.I) for day_month in (rf"{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL}",
                                                     rf"(?P<day>\d{{1,2}}){_ORDINAL}\s+{_MONTH}")
           for stamp in (rf"(?:{WEEKDAY},?\s+)?{day_month},?\s*(?:at|-|\|)?\s*(?P<time>{_TIME})",
                         rf"(?P<time>{_TIME}),?\s+(?:{WEEKDAY},?\s+)?{day_month}")]  # or the time first: "6:30 AM
# CDT, May 13"


def stamp_day(line: str, year: str) -> str | None:
    """The day and time of a live blog entry's stamp without its year ("10 March, 14:05") in ``year``, as
    'YYYY-MM-DD HH:MM'; None for any other line."""
    match = next((m for p in _STAMPS if (m := p.fullmatch(line.strip()))), None)
    day = _iso(match, year=year) if match else None
    return f"{day} {time_in(match['time'])}" if day else None


def unmarked(line: str) -> str:
    """A line of a Markdown article without its heading marks and the emphasis around it: "# Title" → "Title",
    "**By Sofie Lind, Environment Correspondent**" → "By Sofie Lind, Environment Correspondent"."""
    line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
    emphasised = re.fullmatch(r"\s*(\*{1,3}|_{1,3})(?P<text>\S.*?)\1\s*", line)
    return emphasised["text"] if emphasised else line


# A day and a month with no year after them: "Sept 14 (Harbourline)", "9 August (Meridian)".
_YEARLESS = [re.compile(p, re.I) for p in (rf"{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL}\b(?![,.]?\s*\d)",
                                            rf"(?P<day>\d{{1,2}}){_ORDINAL}\s+{_MONTH}(?!\w)(?![,.]?\s*\d)")]

# The place a paragraph's dateline opens with, in capitals, and its region: "HAVERSTAD, Veldria – ", "NEW YORK, ".
_OPENING = re.compile(r"\s*[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,2}(?:,\s+[A-Z][A-Za-z.'’ -]{1,30}?)?\s*[,–—-]\s+")
_OPENING_TITLED = re.compile(rf"\s*{_PLACE_NAME},\s+")  # "Varno, " before a date and a dash
_DASH = re.compile(r"\s*[–—-]\s")
_DAY_FIRST = re.compile(rf"\s*(?:{WEEKDAY},?\s+)?(?P<day>\d{{1,2}}){_ORDINAL}\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b",
                        re.I)


def author(lines: list[str]) -> str | None:
    """The name of whoever wrote the text (``_written_by``), else of the person whose account posted a saved thread
    ("Oskar Rennvald ✓ @oskar_rennvald · 4 Nov" over each post), without a title: "Dr Ines Corvel" is Ines Corvel."""
    posted = set(_threaded_posts(lines))
    name = _written_by(lines) or (names(re.sub(r"[^\w\s.'’-]", "", posted.pop()).strip()) if len(posted) == 1
                                  and not _thread_account(lines) else None)
    return _spelled_in_full(untitled(name), lines) if name else None


def _spelled_in_full(name: str, lines: list[str]) -> str:
    """``name`` as a line of the text alone spells it in full when it gives an initial ("I. Falkner", signed, over
    "Idris Falkner", typed under the signature)."""
    initial = re.fullmatch(r"(?P<initial>[A-Z])\.?\s+(?P<surname>[A-Z][\w'’-]+)", name)
    full = initial and next((line.strip() for line in lines if re.fullmatch(
        rf"{initial['initial']}[a-z]+\s+{re.escape(initial['surname'])}", line.strip())), None)
    return full or name


def untitled(name: str) -> str:
    """A person's name without the title before it: "Dr Ines Corvel" is Ines Corvel (a single name keeps it)."""
    return _TITLE.sub("", name)


_TITLE = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Dame|Sir)\.?\s+(?=\S+\s)")  # not before a single name


def _written_by(lines: list[str]) -> str | None:
    """The byline's name among the first lines, or at the end of the article; or the name between the parts of a
    blog's stamp ("Posted 12 May 2026, 08:15 · Tomas Brekke · 9 min read"); or a name with where it writes from
    next to the date ("Julian Borger in Hamburg" above "Fri 7 Jul 2017 19.03 BST"); or the names under an "Author"
    label, or over their role ("Sofie Alder" over "Business reporter, VBC News"), among the first lines or under a
    newsletter's closing words ("Safe travels," / "Pia Hallam" / "Editor, The Layover"), or with their office on the
    last line ("Dr Helena Quist, Director, Morvanne Volcano Observatory"). Not a wire's credit ("(Reporting by Ivo
    Marsk; Editing by Mira Kolb)") in a digest of stories with two credits or more: whose story is whose is not said."""
    if signed := cover_field(lines, "author"):
        return signed[1]  # a report's cover sheet: "Report author:       Karl Wendover, Director of Operations"
    digest = sum(bool(_WIRE_CREDIT.fullmatch(line.strip())) for line in lines) > 1
    for line in lines[:HEAD] + lines[-3:]:
        if digest and _WIRE_CREDIT.fullmatch(line.strip()):
            continue
        line = _EMPHASIS.sub("", line)  # Markdown's "**By Ilse Marrow** · 6 February 2026"
        name = byline(line) or _stamped(line) or (_credit_line(line) or (None, None))[1] or (
            (hosted := _HOSTED.search(line)) and names(hosted["name"]))
        if name:
            return name
    filled = [line.strip() for line in lines if line.strip()]
    top = len([line for line in lines[:HEAD] if line.strip()])
    for n, line in enumerate(filled):
        if n + 1 < len(filled) and _STAFF_ROLE.fullmatch(filled[n + 1]) and (n < top or n and _CLOSING_WORDS.fullmatch(
                filled[n - 1])) and (named := names(line)):
            return named  # "Sofie Alder" over "Business reporter, VBC News"
        if n < top and n + 1 < len(filled) and _POST_HEADER.fullmatch(filled[n + 1]) and (named := names(line)):
            return named  # a thread's first post: "Jonah Priel" over "@jonahpriel · Mar 4"
        if n and (_CLOSING_WORDS.fullmatch(filled[n - 1]) or _signed_by_hand(filled[n - 1], _unsigned(line))
                  or n + 1 < len(filled) and n >= len(filled) - 4
                  and _SIGNED_ROLE.fullmatch(filled[n + 1]) and _ENDS.search(filled[n - 1])) \
                and (named := names(_unsigned(line))) and not _ORGANISATION.search(named):
            return named  # a letter's "With best wishes," / "Dervla Quinn" (or "Dr Maren Quillfeather, Branch
            # President", or under the name signed by hand: "M. Feltham" / "Marion Feltham"); a statement's "Tomas Feldary" / "Mayor of Meruna" under its last paragraph (not "Veterinary
            # Services Directorate" over its ministry)
        about = _ABOUT_WRITER.fullmatch(_EMPHASIS.sub("", line).strip("*_ ")) if n >= len(filled) - 2 and n >= top \
            else None
        if about and (named := names(about["name"])):
            return named  # the writer's note at the foot: "Renata Szell is our trade correspondent."
        signed = _SIGNED.fullmatch(_EMPHASIS.sub("", line)) if n == len(filled) - 1 and n >= top else None
        if signed and _SIGNED_ROLE.fullmatch(signed["role"]) and (named := names(signed["name"])) \
                and not _ORGANISATION.search(named):
            return named  # a bulletin's last line: "Dr Helena Quist, Director, Morvanne Volcano Observatory"
        if n >= top:
            continue
        if n and _AUTHOR_LABEL.fullmatch(filled[n - 1]) and (named := names(line)):
            return named
        found = _WRITES_FROM.fullmatch(line)
        if found and any(banner(filled[k]) for k in (n - 1, n + 1) if 0 <= k < len(filled)):
            return re.sub(_PLACE, "", found.group())
        if n and n + 1 < len(filled) and names(line) and not line.isupper() and not _ORGANISATION.search(line) \
                and len(filled[n - 1].split()) >= SENTENCE_WORDS and banner(filled[n + 1]) and date_in(filled[n + 1]):
            return line  # people's names alone, no "By", under a headline or a standfirst and over the day:
            # "Nadia Oster and Ferris Kell" over "Sat 21 Nov 2026 23.44 CET" (not a label in capitals, nor a body)
    return None


def _signed_by_hand(above: str, name: str) -> bool:
    """Whether ``above`` is ``name`` as signed by hand over it, its initial and surname: "M. Feltham" over "Marion
    Feltham"."""
    words = name.split()
    return len(words) > 1 and bool(re.fullmatch(rf"{re.escape(words[0][0])}\.\s*{re.escape(words[-1])}", above))


def _unsigned(line: str) -> str:
    """A signature's name without the office after it: "Dr Maren Quillfeather, Branch President" → "Dr Maren
    Quillfeather"."""
    signed = _SIGNED.fullmatch(line)
    return signed["name"] if signed and _SIGNED_ROLE.fullmatch(signed["role"]) else line


# A journalist's role on the line under their name, with the outlet after a comma: "Business reporter, VBC News".
_STAFF_ROLE = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?i:correspondent|editor|reporter|writer|columnist|journalist|presenter)"
                         r"(?:,\s+(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}))?")
# A signatory's office under their name: "Mayor of Meruna", "General Secretary", "Chief Executive, Halcyra Cruises".
_SIGNED_ROLE = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:of|for)\s+[A-Z][\w'’ &-]{1,60}"
                          r"|(?i:secretary|director|president|chair(?:man|woman|person)?|chief\s+executive|executive"
                          r"|officer|minister|mayor|manager|spokes(?:person|man|woman)|head|leader|governor"
                          r"|commissioner)(?:,\s+.{1,60})?)")
_ENDS = re.compile(r"[.!?\"”’]\s*$")  # a paragraph's last sentence ends there
# A note on the writer under the text: "Renata Szell is our trade correspondent.", "Ana Ruiz is The Ledger's editor."
_ABOUT_WRITER = re.compile(r"(?P<name>[^,.]{3,60}?)\s+is\s+(?:our|(?:the\s+)?[A-Z][\w'’ ]{1,40}['’]s)\s+(?:[\w'’-]+\s+){0,4}"
                           r"(?i:correspondent|editor|reporter|writer|columnist|journalist|analyst)\b[^.]{0,60}\.?")
_SIGNED = re.compile(r"(?P<name>[^,]{3,60}),\s+(?P<role>.+)")  # a name and its office on one line
_CLOSING_WORDS = re.compile(r"(?:[\w'’!-]+\s+){0,5}[\w'’!-]+,|(?i:signed|signature)\s*:?")  # a letter's closing words:
# "Safe travels,"; a notice's "Signed" over its signatory
_HOSTED = re.compile(rf"(?:^|(?<=[.;|])\s)\s*(?:Hosts?|Presenters?|Presented\s+by|Hosted\s+by)\s*:?\s*(?P<name>{_NAME})"
                     r"\s*[.;|]")  # a podcast's notes: "Host: Sam Kettering. Guest: Dr Ansel Brodie, geologist",
# "Published Thursday 30 October 2025. Host: Nell Ambrose." (not a turn: "Host: Colin Aldersey, thank you.")
_AUTHOR_LABEL = re.compile(r"(?i:authors?|written by|words by)\s*:?")  # a page's label above the author's name
_EMPHASIS = re.compile(r"\*\*|__")


def names(text: str) -> str | None:
    """``text`` when it is people's names and nothing else, as a byline's element holds them without "By": "Margaret
    Talev and Ilya Arkhipov"."""
    return text if _NAMES.fullmatch(text) and not text.startswith("The ") else None  # "The Frugal Fox" is no one


_NAMES = re.compile(rf"{_NAME}(?:(?:,\s+|\s+and\s+){_NAME})*")
_WRITES_FROM = re.compile(rf"{_NAME}{_PLACE}(?:\s+and\s+{_NAME}{_PLACE})?")


def _credit_line(line: str) -> tuple[str, str | None] | None:
    """(issuer, author or None) of a line of parts naming who issued the text and what it is, or when and by whom it
    was posted: "Calderwick City Council – Press release – 25 February 2027", "Port Vasselin Health Authority —
    Department of Port Health", "Maggie Overboard — posted 13 November 2026 by Maggie Tull", a body's name beside a
    stamp ("Brackwater Valley Health Group · Patient information · Last updated 20 March 2026"); None for any other."""
    parts = [p.strip() for p in re.split(r"\s[|·•–—]\s", _EMPHASIS.sub("", line).strip())]
    if len(parts) < 2 or not _OUTLET_NAME.fullmatch(parts[0]) or banner(parts[0]):
        return None
    posted = next((m for p in parts[1:] if (m := _POSTED_BY.fullmatch(p))), None)
    if posted or any(_CREDIT_PART.fullmatch(p) for p in parts[1:]) or _ORGANISATION.search(parts[0]) and any(
            banner(p) and date_in(p) for p in parts[1:]):  # "Brackwater Valley Health Group · … · Last updated 20 March 2026"
        return parts[0], posted["name"] if posted else None
    return None


_CREDIT_PART = re.compile(r"(?i:(?:press|media|news)\s+release|statement|(?:department|directorate|division|office|unit)"
                          r"\s+(?:of|for)\s+.+)")
# A line naming who issues the text and what it is, in lower case (not a title: "Monetary Policy Statement"):
# "Selvane Airways customer notice", "Harbour Board statement".
_NOTICE_LINE = re.compile(rf"(?!(?i:customer|passenger|public|service|travel|press|news|media|latest|important"
                          rf"|official|joint|final)\b)(?P<name>{_OUTLET_NAME.pattern})\s+"
                          r"(?:(?:customer|passenger|public|service|travel)\s+)?"
                          r"(?:notice|statement|update|advisory|(?:press|news|media)\s+release)")
_POSTED_BY = re.compile(rf"(?i:posted|published)\s+(?:on\s+)?.{{4,40}}?\s+(?i:by)\s+(?P<name>{_NAME})")


def _stamped(line: str) -> str | None:
    """The name (or two, "Kira Wendell and Tom Acheson") a stamp of parts gives, when one part says when it was posted
    or how long it takes to read."""
    parts = [p.strip() for p in re.split(r"\s[|·•]\s", line.strip())]
    if len(parts) < 2 or not any(_STAMPED.match(p) or _READ_TIME.fullmatch(p) for p in parts):
        return None
    return next((byline(p) or p for p in parts if byline(p) or re.fullmatch(rf"{_NAME}(?:\s+and\s+{_NAME})?", p)
                 and not banner(p) and not _ORGANISATION.search(p)), None)  # not "Brackwater Valley Health Group"


_READ_TIME = re.compile(r"\d+\s+min(?:ute)?s?\s+read", re.I)


def _iso(match: re.Match, year: str | None = None) -> str | None:
    """The date a match of one of the patterns above reads, as YYYY-MM-DD; ``year`` for a match without one."""
    month = match.group("month")
    month = int(month) if month.isdigit() else next(n for m, n in MONTHS.items() if m.startswith(month.lower()[:3]))
    try:
        return datetime.date(int(year or match.group("year")), month, int(match.group("day"))).isoformat()
    except ValueError:  # no such day: "31 June"
        return None
