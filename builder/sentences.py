"""The sentences of a source, with their offsets, and a transcript's turns: what suggest reads one at a time."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from builder.naming import DENIAL, SPEECH
from builder.quotes import normalise

ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jan|Feb|Mar|Apr|Aug|Sept|Sep|"
                           r"Oct|Nov|Dec|No|vs|etc|Jr|Sr|Prof|[Hh]on|[Aa]pprox|ca|Capt|Sgt|Insp|Supt|Det|Cllr|[Rr]ef|[Pp]ara)"
                           r")\.$"  # "the hon. Member", "Approx. 40 vehicles", "(ref. GB/2026/0412)"
                           r"|^\s*(?:#{1,6}\s+)?\d{1,3}\.$")  # a numbered item's or section's number: "### 4. Greyhaven…"


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence of a source (quotations spanning several sentences kept whole): offsets and text."""

    start: int
    end: int
    text: str


# A transcript's speaker label opening a paragraph: "Q:", "A:", "COMMISSIONER VAHL:", "QUESTION (Le Soir):" (names
# in capitals, an outlet or role in brackets after them), or "Vahl:" when the text opens two paragraphs or more with
# it; a parliament's record names a member with their seat and party ("Hedda Morn (Vassholm East) (Lib):") and a
# minister by office, then name ("The Minister for Transport (Jorun Vesk):"); a broadcast's transcript, a name with a
# role after a comma ("Joel Farkas, steward:"), after a timecode ("[00:01:45]"); in Markdown, in bold or italics with
# it ("**[01:33] DR PIETER HALLORAN:**"). It names who speaks, and is no part of what they say.
_LABEL = re.compile(r"(?:[*_]{1,2})?"
                    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\][ \t]*\n?[ \t]*|\d{1,2}(?:\.\d{1,2}){1,2}[ \t]+)?"  # after a
                    # timecode: "[00:01:12]"; after a paragraph's number in minutes: "3.6 Cllr Ida Marsh (Leader):";
                    # in brackets, as subtitles mark who speaks: "(KLETT):"
                    r"(?P<open>\()?(?P<label>[A-Z][\w.'’-]*(?: (?:(?:of|for|the|and) ){0,2}[A-Z][\w.'’-]*){0,5})(?(open)\))"
                    r"(?P<note>(?: \([^()\n]{1,60}\)){1,3}|,[ \t][^:*_()\n]{1,60})?(?:[*_]{1,2})?:(?:[*_]{1,2})?[ \t]+(?=\S)")
_OPENING = re.compile(r"(?:^|(?<=\n\n))[^\n]")


def _labels(body: str) -> set[str]:
    """The labels that open paragraphs of ``body`` as a transcript's do (in bold, only where two people or more speak
    so): in capitals (not before words in lower case where no label is repeated: a run-in head), or repeated; and in
    a body that has such labels, one with a note in brackets, a caller's once on a call ("Petra Annecke (Hallwyl
    Bank):"), or a name of two words or more, with its role after a comma or none ("Joel Farkas, steward:", "Sports
    Minister Ilse Varga:"), before no quotation mark."""
    opening = [m for p in _OPENING.finditer(body) for m in [_LABEL.match(body, p.start())] if m]
    marked = {m.group("label") for m in opening if m.group()[0] in "*_"}  # labels in bold: a transcript's when two
    if len(marked) < 2:  # people or more speak so, not a live blog's "**UPDATE:**", the minutes' "**RESOLVED:**"
        opening = [m for m in opening if m.group()[0] not in "*_"]
    found = Counter(m.group("label") for m in opening)
    headed = set() if any(n > 1 for n in found.values()) else {  # a newsletter's run-in heads, once each: "THE
        m.group("label") for m in opening if body[m.end()].islower()}  # PETITION: our petition now stands at…"
    labels = {label for label, n in found.items() if label.isupper() and label not in headed or n > 1}
    return labels | {m.group("label") for m in opening if m.group("label") not in headed and (
        m.group("note") and m.group("note")[0] == " " or " " in m.group("label") and body[m.end()] not in "\"“«‘'")
                     } if labels else labels  # not a
    # headline's quotation: 'Kalinda Morvay: "I didn't cheat."'


def label(text: str, labels: set[str], at: int = 0) -> re.Match | None:
    """The speaker label opening ``text`` (at offset ``at``), if it is one of ``labels``."""
    m = _LABEL.match(text, at)
    return m if m and m.group("label") in labels else None


# A dateline opening a story's first paragraph: "BRUSSELS — ", "BRUSSELS, March 3 (Continental Press) - ".
_DATELINE = re.compile(r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}(?:, [^\n—–/]{1,30}?)?"
                       r"(?:(?: \([^()\n]{1,40}\))? [-–—]{1,2}| /[^/\n]{1,40}/\.?) (?=\S)")  # "MOSCOW, June 28. /TASS/. "
# What no outlet states: a question it asks, and what a correction says an earlier version of the story said.
_QUESTION = re.compile(r"\?[\"”’')»]*$|^\s*To\s+ask\s+(?:the|Her|His)\s")  # and a written question: "To ask the
# Minister for Health what assessment he has made of…; what ransom was demanded and whether any has been paid"
_WRITING = r"(?:story|article|report|post|entry|fact[- ]?check|piece|page|analysis|explainer|blog|live blog)"  # what is corrected
_RETRACTED = re.compile(rf"\b(?:earlier|previous|original)(?: (?:online|print|web|digital))? version of this {_WRITING}\b"
                        r"|\b[Aa]n? (?:earlier|previous|original) (?:entry|post|update|version)\b"
                        rf"(?: (?:in|of) this {_WRITING})?(?:\s+\([^()\n]{{1,40}}\)|\s+at\s+\d{{1,2}}[.:]\d\d)?\s+"
                        r"(?:said|stated|reported|gave|put|named|described)\b"  # "An earlier entry said…", "an earlier
                        # entry in this blog (14.02) said…"
                        rf"|\b[Aa]n? {_WRITING} (?:published|printed|posted) (?:on|in|at)\b[^.\n]{{0,200}}?"
                        r"\b(?:said|stated|reported|gave|put|named|described)\b"  # "An article published on 13
                        # October (…) said that 16 wagons…": a correction's account of it
                        rf"|\bThe same {_WRITING} (?:said|stated|reported|gave|put|named|described)\b"  # and its next
                        r"|\b[Aa]n? (?:caption|headline|graphic|chart|map) (?:in|on|of) (?:our|this)\b[^.\n]{0,80}?"
                        r" (?:said|stated|reported|gave|put|named|described)\b"  # "A caption in our print edition … said"
                        r"|\b[Ee]arlier (?:in|on) (?:the|this|today's|tonight's|our) (?:programme|program|bulletin|broadcast"
                        r"|show|newscast|edition|hour),? (?:we|I) (?:wrongly |incorrectly )?(?:said|stated|reported|gave"
                        r"|put|named|described)\b"  # a broadcast's: "Earlier in the programme we said the airport…"
                        r"|\b(?:in|on) (?:last|yesterday's|last (?:week|night)'s|(?:mon|tues|wednes|thurs|fri|satur|sun)day's"
                        r"|an earlier|a previous|our last) (?:programme|program|episode|bulletin|broadcast|show|edition"
                        r"|newsletter|issue|column),? (?:we|I) (?:wrongly |incorrectly )?(?:said|stated|reported|gave|put"
                        r"|named|described)\b"  # a podcast's: "in last week's episode I said the list had passed 90,000"
                        r"|\b(?:misstated|misreported|misidentified|incorrectly (?:said|stated|reported|gave))\b"
                        # someone's own correction, the sentence's (not a clause after a comma, "38 pupils…, confirmed
                        # the ministry, which first had communicated 42 and then corrected it"): "The ministry had first
                        # said 42 pupils, but corrected that figure"
                        r"|^[^,;:\n]{0,80}?\b(?:first|initially|originally)\s+(?:had\s+)?(?:said|put|gave|reported|stated|announced"
                        r"|communicated|spoke\s+of)\b[^.\n]{0,120}?\b(?:but|and)\s+(?:later\s+|then\s+|has\s+since\s+|since\s+)?"
                        r"(?:corrected|revised|withdrew|retracted|amended)\s+(?:it|this|that|the|its)\b(?![^.\n]{0,40}\bto\b)"
                        r"|\b(?:we|I) (?:said|wrote|reported|gave|put)\b[^.\n]{0,80}?[—–,;:-]\s*(?:that|this|which|it) was "
                        r"(?:wrong|incorrect|a mistake|an error|in error)\b"  # "We said £40m at 09:40 — that was wrong"
                        r"|\b(?:we|I) (?:originally|initially|mistakenly|wrongly) (?:said|wrote|reported|gave|put"
                        r"|stated)\b"  # a blogger's "(Edit, 11:40: I originally wrote that twelve people went…"
                        # a wire's note to editors: "(Corrects the number of farmers …)", "UPDATE 1: Adds comment"
                        r"|^\(?(?:UPDATE \d+:\s*)?(?:Corrects|Adds|Updates|Recasts|Refiles|Changes|Removes|Fixes)"
                        r"\b(?=[^.]*\b(?:paragraph|para|headline|byline|dateline|graf|comment|details?|quotes?|"
                        r"figures?|number|spelling|name|typo|throughout|background)\b)", re.I)

# A note on the writing itself: "This article was amended on 12 May 2026.", "This story has been updated."
_NOTE = re.compile(rf"\s*This {_WRITING} (?:was|has been|had been|is being|will be) (?:\w+ly )?(?:amended|updated"
                   r"|corrected|changed|revised|edited|expanded)\b"
                   r"|\W*(?:Translator|Translators|Editor|Editors)['’]?s?['’]?\s+note\b", re.I)  # "*Translator's note:
# Sarnovian uses a space as the thousands separator…*": the translation's, not the report's

# A live page's greeting, which tells nothing but what it covers: "Good morning, and welcome to our live coverage of the
# bird flu outbreak on Heddal's poultry farms.", "*Follow our live coverage of…" (not one that goes on to tell more:
# "…of the Harlow Ridge fire, which broke out on Friday afternoon", "…after a … cutter and a … patrol vessel collided").
_WELCOME = re.compile(r"[\W_]*(?:\d{1,2}[:.]\d\d\s+)?(?:Good\s+(?:morning|afternoon|evening|night),?\s+(?:and\s+)?)?"
                      r"(?:welcome\s+to|follow)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:coverage|updates|blog)\b"
                      r"(?![^,;:–—()]*\b(?:after|as|when|where|which|who|that|since|following|while|because)\b)"
                      r"[^,;:–—()]*$", re.I)
# A wire's exchange rate after a sum: "($1 = 0.9268 euros)"; an article's note on its conversions: "Currency
# conversions at $1.16 to the euro.", "Conversions at 1.16 dollars per euro."
_RATE = re.compile(r"\(\s*(?:US)?[$€£¥]\s?1\s*=\s*[^()]{1,40}\)$"
                   r"|(?:Currency\s+)?(?:conversions?|converted)\s+(?:are\s+|were\s+)?at\s+.{1,40}?"
                   r"\b(?:to|per|a|an)\s+(?:the\s+)?(?:euro|dollar|pound|yen|franc|US\s+dollar)s?\.?$", re.I)

# A broadcast's time check, the clock on air and no time of anything: "It's nine o'clock... no, it's twenty to ten.",
# "It's just gone half past seven."
_TIME_CHECK = re.compile(r"\s*(?:(?:and|so|well|now),?\s+)?it['’]s\s+(?:now\s+)?(?:just\s+)?(?:(?:gone|after|coming\s+up\s+to"
                         r"|approaching|nearly|almost)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?"
                         r"|[\w-]+\s+o['’]clock|(?:a\s+)?(?:quarter|half|\w+(?:-\w+)?)\s+(?:past|to)\s+\w+)[\s.,!…]*"
                         r"(?:(?:no|sorry|or\s+rather),?\s+it['’]s\s+[^.!?]*[.!?]*)?$", re.I)
# A live page's entry stamp on a line of its own, a time with its zone or day and nothing else: "6:30 AM CDT, May
# 13", "Updated 09:40 GMT", "14.05".
_STAMP = re.compile(r"\s*(?:(?i:updated|posted|published|last\s+updated)\s*:?\s*(?:at\s+)?)?\d{1,2}[:.]\d\d"
                    r"(?:\s*(?i:[ap]\.?\s?m\.?))?(?:\s+[A-Z]{2,4})?(?:,?\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?)?[\s.:,—–-]*$")
# A transcript's note of what is not speech: "[inaudible]", "[crosstalk]", "(Laughter)", "(laughs)", "[applause]".
_STAGE = (r"[\[(](?i:inaudible|unintelligible|indistinct|crosstalk|cross-talk|laughter|laughs|laughing|applause|pause"
          r"|audio[^\])]{0,20}|coughs?|sighs?|chuckles?)[\])]")
# A sentence's end (before a capital, a digit, an opening mark or a stage direction), with the footnote markers an
# encyclopedia puts after it ("…in Castrel.[1][6] It opened…"), or a quotation mark.
_END = re.compile(rf"[.!?][\"”’')»]*(?:\[\d{{1,3}}\])*(?=\s+(?:[\"“‘(«]?[A-Z0-9]|{_STAGE}))|[“”\"«»]")

# The line signing an embedded post, as news sites print one: "— Aoife Brennan (@AoifeBrennanGW) March 14, 2026".
SIGNED_POST = re.compile(r"[—–-]{1,2}\s*(?P<who>[^\n()]{2,60}?)\s*\((?P<handle>@\w{1,30})\)[^\n]{0,40}")

# A forum post's header: its poster's name in bold, alone or with a role in brackets and details after a "·"
# ("**AnaW_ORA** (Chair, Ostrey Residents' Association) · Posts: 1,204 · Joined: Mar 2019", "> **u/calvey_kettle** ·
# 842 points", "Posted by **u/IliasBrandt_VarnGrid** · 23 October 2025 · 1.4k points"); SCORED when it gives a score.
POSTER = re.compile(r"[>\s]*(?:Posted\s+by\s+)?(?:\*\*|__)(?P<who>[^*\n]{1,40}?)(?:\*\*|__)"
                    r"(?:\s*\((?P<role>[^()\n]{1,80})\))?(?P<details>\s*[·•|][^\n]*)?")
FORWARDED = re.compile(r"[ \t]*Forwarded from (?P<who>[^\n]{2,80})")  # a messaging channel's post of another's
# A message of a chat exported as text, stamped and signed: "[11/06/2026, 11:06] Dev Ashworth (CATU): …", or
# "11/06/2026, 11:06 - Dev Ashworth: …".
CHAT_LINE = re.compile(r"[ \t]*(?:\[\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s?[APap]\.?[Mm]\.?)?\]"
                       r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d\d(?:\s?[APap]\.?[Mm]\.?)?\s+[-\u2013])"
                       r"\s+(?P<who>[^:\n]{1,60}?):\s+")
SCORED = re.compile(r"[·•|]\s*[\d.,]+\s*[kK]?\s+(?:points?|votes?|upvotes?|likes?)\b")

# A wire's credits: "(Reporting by Niamh Corrigan in Galway; Editing by Tom Hale)".
_CREDITS = re.compile(r"\((?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Edited|Produced)\s+by\b[^()]*\)",
                      re.I)

# A paragraph's lines are one text, but a bullet point starts a sentence of its own (a live blog's summary), and a
# table's row is one ("14:40 | Crowd pressure reported at turnstiles 1–12", cells apart by a tab or a bar).
_ROW = r"[^\n]*(?:\t|[ \t]\|[ \t])[^\n]*"
_PARAGRAPH = re.compile(rf"{_ROW}|[^\n]+(?:\n(?!\s*\n|\s*[•·▪‣◦*–—-]\s|{_ROW})[^\n]+)*")


def _blocks(body: str):
    """(text, offset) of each paragraph, without its lines that are datelines, timestamps, bylines, a wire's credits,
    a post's signature or header ("Forwarded from …" too), or page chrome left in: a page's furniture is no sentence of the article."""
    from builder import article, chrome  # here, as in passages: a build reads sentences only in a corrected text
    for para in _PARAGRAPH.finditer(body):
        run: list[re.Match] = []
        for line in [*re.finditer(r"[^\n]+", para.group()), None]:
            if line is None or article.banner(line.group()) or article.byline(line.group()) \
                    or chrome.find([line.group()]) or SIGNED_POST.fullmatch(line.group().strip()) \
                    or _CREDITS.fullmatch(line.group().strip()) \
                    or (poster := POSTER.fullmatch(line.group().strip())) and poster["details"] \
                    or FORWARDED.fullmatch(line.group()):
                if run:
                    yield para.group()[run[0].start():run[-1].end()], para.start() + run[0].start()
                run = []
            else:
                run.append(line)


def passages(body: str) -> list[Passage]:
    """The sentences of ``body``, paragraph by paragraph (a bullet point is one; datelines, bylines and page chrome
    are left out); a quotation running over several sentences, in quotation marks or guillemets, is one; a closing
    clause denying the rest of its sentence is one of its own (CLOSING_DENIAL), and so is each speaker's account in
    one joined by a semicolon (ACCOUNT_AFTER)."""
    from builder import article  # here: what reads a page's furniture takes 0.05 s to import, a build seldom needs it
    found, labels = [], _labels(body)
    for text, offset in _blocks(body):
        opening = (label(text, labels) or _DATELINE.match(text) or article.TIGHT_DATELINE.match(text)
                   or article.WIRE_TAG.match(text) or CHAT_LINE.match(text))  # "UPDATE 2-", a chat's "[…] Name: "
        start, depth = (opening.end() if opening else 0), 0
        for m in _END.finditer(text, start):  # not the full stop of a label ("MS. NAUERT:")
            mark = m.group()
            if mark in "“«":
                depth += 1
                continue
            if mark in "”»":
                depth = max(0, depth - 1)
                continue
            if mark == '"':
                depth = 1 - depth
                continue
            if re.search(r"[\"”»]$", mark):
                depth = 0
            if depth or ABBREVIATION.search(text[start:m.start() + 1]):
                continue
            found.append(_passage(text, offset, start, m.end()))
            start = m.end()
        if text[start:].strip():
            found.append(_passage(text, offset, start, len(text)))
    return [part for p in found if p.text for piece in _pieces(p) for denied in _denied_apart(piece)
            for part in _accounts_apart(denied)]


# A clause closing a sentence that denies the rest of it, pointing back to it: ", which the company denies", ", a
# claim Nordvik denied", ", an allegation the ministry rejects as baseless". Another speaker's account, and a passage
# of its own (the sentence's first part says what they deny).
CLOSING_DENIAL = re.compile(r"(?:which|a\s+(?:claim|charge|suggestion|version|story|report|reading|view|figure"
                            r"|characteri[sz]ation|description|conclusion|finding)|an\s+(?:allegation|accusation"
                            r"|assertion|account|interpretation|estimate|assessment)|claims|allegations|charges|reports"
                            r"|something)\s+(?:that\s+)?"
                            rf"(?P<who>(?:[\w.’'&-]+\s+){{1,6}}?)(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:also\s+)?(?:{DENIAL})"
                            r"(?:\s+as\s+[\w\s-]{1,40})?[.!?]?$", re.I)
_BEFORE_CLOSING = re.compile(r",\s+|\s+(?:--|[—–])\s+|(?<=\w)—")  # a comma or a dash: "…in June -- something
# the council denies."


def _denied_apart(passage: Passage) -> list[Passage]:
    """``passage``, or its part before a closing clause denying it (CLOSING_DENIAL, outside quotation marks) and
    that clause."""
    outside = unquoted(passage.text)
    for comma in _BEFORE_CLOSING.finditer(outside):
        if CLOSING_DENIAL.match(outside, comma.end()):
            return [Passage(passage.start, passage.start + comma.start(), passage.text[:comma.start()]),
                    Passage(passage.start + comma.end(), passage.end, passage.text[comma.end():])]
    return [passage]


# After a semicolon, another speaker's account: its speaker (six words at most, an apposition's commas too) and a verb
# of saying opening it ("The ambulance service says it took twenty-three runners to hospital; the organisers put the
# figure at eleven.", "…; the operator, Hestmark Container Line, put the number at nearly fifty.").
ACCOUNT_AFTER = re.compile(rf";\s+(?:[\w.’'&,-]+\s+){{1,6}}?(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:{SPEECH})\b",
                           re.I)
_SPEAKING = re.compile(rf"\b(?:{SPEECH})\b", re.I)


def _accounts_apart(passage: Passage) -> list[Passage]:
    """``passage``, or its accounts by two speakers, each with its verb of saying, joined by a semicolon outside
    quotation marks (ACCOUNT_AFTER): each its own passage, as two sentences would be."""
    outside = unquoted(passage.text)
    for joined in ACCOUNT_AFTER.finditer(outside):
        if _SPEAKING.search(outside, 0, joined.start()):
            after = joined.start() + 1 + len(outside[joined.start() + 1:]) - len(outside[joined.start() + 1:].lstrip())
            return [Passage(passage.start, passage.start + joined.start(), passage.text[:joined.start()]),
                    *_accounts_apart(Passage(passage.start + after, passage.end, passage.text[after:]))]
    return [passage]


LONGEST = 3000  # characters of a passage; a longer "sentence" (a text without full stops, a table run together) is
# read in pieces, split between words: suggest's work on a sentence grows faster than its length (a source of one
# 1.7 MB line took over five minutes)


def _pieces(passage: Passage) -> list[Passage]:
    """``passage``, or its pieces of at most LONGEST characters, split at a space where there is one."""
    if len(passage.text) <= LONGEST:
        return [passage]
    pieces, text, at = [], passage.text, 0
    while at < len(text):
        end = len(text) if len(text) - at <= LONGEST else (text.rfind(" ", at + 1, at + LONGEST) + 1 or at + LONGEST)
        chunk = text[at:end].strip()
        if chunk:
            lead = len(text[at:end]) - len(text[at:end].lstrip())
            pieces.append(Passage(passage.start + at + lead, passage.start + at + lead + len(chunk), chunk))
        at = end
    return pieces


# Opening a sentence, what its speaker has only heard others say: "We are aware of reports that…", "We have seen
# comments online suggesting that…", "The council said it was aware of claims…", "I have heard figures of five, six,
# eight hours.", "I have seen the organisers' figure of 42,000".
_HEARSAY = re.compile(r"\s*[\"“‘']?(?:[\w’'.-]+\s+){0,4}?(?:(?:is|are|am|was|were|have\s+been|has\s+been)\s+"
                      r"(?:\w+ly\s+)?(?:aware|conscious)\s+of|(?:has|have|had|['’]ve)\s+(?:\w+ly\s+)?(?:seen|heard"
                      r"|noticed))\s+"
                      r"(?:(?:[\w'’-]+\s+){0,3}?(?:(?:reports?|claims?|suggestions?|speculation|comments?|posts?|rumou?rs?"
                      r"|allegations?|stories)\s+(?:that|suggesting|claiming|saying|alleging|about|online|on\s+social"
                      r"|circulating|linking|blaming|connecting|tying)|(?:figures?|estimates?|numbers?)\s+of)"
                      r"|(?!(?:nothing|anything|little|much|no|back)\b)(?:[\w'’-]+\s+){1,3}?from\s+(?:the\s+)?[\w'’-]+)\b",
                      re.I)  # "We have seen reports linking the fall to a barn fire", "“We have heard ten days from the
# port and three weeks from Holtmark…”"; not "has read your preliminary report of 17 October"


def states(text: str) -> bool:
    """Whether a sentence can be an outlet's account: not a question ("Will the deal create 1.5 million jobs?"),
    nor a correction's account of what an earlier version of the story said, nor a note on the writing itself ("This
    article was amended on 12 May 2026."), nor a wire's exchange rate ("($1 = 0.9268 euros)"), nor what its speaker
    has only heard said (_HEARSAY), nor a live page's greeting (_WELCOME), nor a broadcast's time check
    (_TIME_CHECK), nor an entry's stamp alone (_STAMP)."""
    return not _QUESTION.search(text) and not retracted(text) and not _NOTE.match(text) and not _RATE.match(text) \
        and not _HEARSAY.match(text) and not _WELCOME.match(text) and not _TIME_CHECK.match(text) \
        and not _STAMP.match(text)


def opinion(text: str) -> str | None:
    """The words by which ``text``, outside quotation marks, gives its writer's opinion ("I suspect", "in my view",
    "I believe"): no report of what happened; None when there are none."""
    found = _OPINION.search(unquoted(text))
    return found.group() if found else None


def english_marks(text: str) -> str:
    """``text`` with German quotation marks written as English ones, the same length: „…“ (or „…", „…”) as “…”, so
    that what they enclose reads as quoted (the “ that closes a German quotation opens an English one)."""
    if "„" not in text:
        return text
    return re.sub(r"„([^“”\"„\n]*)[“”\"]", lambda m: f"“{m.group(1)}”", text)


def unquoted(text: str) -> str:
    """``text`` with what quotation marks enclose blanked out (same length, so offsets hold)."""
    return re.sub(r"“[^”]*”|«[^»]*»|\"[^\"]*\"", lambda m: " " * len(m.group()), text)


_OPINION = re.compile(r"\bI\s+(?:(?:strongly|firmly|still)\s+)?(?:suspect|think|believe|feel|doubt|fear|reckon|guess"
                      r"|would\s+argue|am\s+(?:sure|convinced|certain))\b|\bI['’]m\s+(?:sure|convinced|certain)\b"
                      r"|\b(?:in|to)\s+my\s+(?:view|opinion|mind|judge?ment|eyes)\b", re.I)


_PULL = re.compile(r"\s*[\"“«]\s*(?P<words>[^\"“”«»]{12,}?)[.,]?\s*[\"”»][.,]?"
                   r"(?:\s*[—–-]\s*[^\"“”«».!?]{2,80})?\s*")  # the credit a pull quote may carry: "— Culture Minister…"


def pull_quote(text: str, body: str) -> bool:
    """Whether a sentence is a pull quote: a quotation alone, no one said to say it, that the body prints again
    ("“My phone went off when the fence was already burning”" above "“My phone went off…,” he says.", "“An attack on
    our shared heritage” — Culture Minister Agata Wyss" below "she called the theft “an attack on our shared
    heritage”"): a display, not another account of it."""
    alone = _PULL.fullmatch(text)
    if not alone:
        return False
    words = " ".join(normalise(alone.group("words")).split()).casefold()
    return " ".join(normalise(body).split()).casefold().count(words) > 1


def retracted(text: str) -> bool:
    """Whether a sentence is a correction's account of what an earlier version of the story said ("An earlier
    version of this story misstated the number as 221"), or a wire's note to editors ("(Corrects paragraph 5…)")."""
    return bool(_RETRACTED.search(text))


# A lead-in naming what an inquiry examines, before a list of it: "Its inspectors are examining, among other things:"
_EXAMINING = re.compile(r"^[^\n]*\b(?:examin|investigat|inquir|enquir|look(?:s|ing)?\s+(?:at|into)"
                        r"|lines?\s+of\s+(?:inquiry|enquiry)|terms\s+of\s+reference)[^\n]*:[ \t]*$", re.I | re.M)
_ITEMS = [re.compile(rf"[ \t]*{marker}[ \t]+\S[^\n]*") for marker in (r"\(?[a-z]\)", r"\(?[ivx]{1,4}\)", r"[•·▪*–—-]",
                                                                   r"\d{1,2}[.)]")]  # "(b) the condition…", "- …"


def examined(body: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each item of a list of what an inquiry examines ("(b) the condition and performance of the
    train's automatic warning system"), its items marked alike: the matters it looks into, none of them a claim."""
    found = []
    for lead in _EXAMINING.finditer(body):
        at = lead.end() + len(body[lead.end():]) - len(body[lead.end():].lstrip("\n"))
        item = next((m for pattern in _ITEMS if (m := pattern.match(body, at))), None)
        while item:
            found.append((item.start(), item.end()))
            at = item.end() + len(body[item.end():]) - len(body[item.end():].lstrip("\n"))
            item = item.re.match(body, at)
    return tuple(found)


# A paragraph a reply quotes, every line after ">", ending in a question: "> 1. Four birds … were found poisoned
# this week. What is the association's response?"
_QUOTED_QUESTION = re.compile(r"^(?:>[^\n]*\n)*>[^\n]*\?[\"”’')]*[ \t]*$", re.M)


def quoted_questions(body: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each question a reply quotes from the message it answers, with what it puts first: the asker's
    words (a journalist's "Four birds … were found poisoned this week."), none of them the replying source's."""
    return tuple((m.start(), m.end()) for m in _QUOTED_QUESTION.finditer(body)
                 if m.start() == 0 or body[m.start() - 1] == "\n")


def retractions(body: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of ``body`` that is a correction's or a wire note's (see ``retracted``), and of
    each text struck through in Markdown ("~~the fee is £40m~~", as a live page corrects an entry)."""
    struck = tuple((m.start(), m.end()) for m in _STRUCK.finditer(body))
    if not _CORRECTING.search(body.lower()):
        return struck  # most articles: no sentence to read
    found, previous, paragraph = [], None, []
    for p in passages(body):
        if retracted(p.text) or previous and _ALSO.match(p.text) and "\n\n" not in body[previous.end:p.start]:
            found.append((p.start, p.end))  # "An earlier version said … It also said …": both are the correction's
            previous = p
        else:
            previous = None
        paragraph = [q for q in paragraph if "\n\n" not in body[q.end:p.start]]
        if _WRONG.fullmatch(p.text):  # "We said four people had died. That was wrong.", "In our 11.42 entry we wrote
            # that Khalvek had been fined €570,000. The fine is €750,000. We apologise for the error."
            found += [(q.start, q.end) for q in paragraph[-2:] if _WE_SAID.match(q.text)]
        paragraph.append(p)
    return tuple(sorted(set((*found, *struck))))


_STRUCK = re.compile(r"~~[^~\n]+~~")
# Words a correction's or a wire note's sentence holds, searched for in the lowercased text (matching them with
# re.IGNORECASE took three times as long: most of checking a source's quotes).
_CORRECTING = re.compile(
    r"version of this|(?:earlier|previous|original) version|earlier entry|earlier post|earlier update|previous entry"
    r"|previous post|\b(?:episode|programme|program|bulletin|broadcast|show|edition|newsletter|email|issue"
    r"|column),? (?:we|i) "
    r"|\b(?:first|initially|originally)\b[^.\n]{0,140}?\b(?:corrected|revised|withdrew|retracted|amended)\b"
    r"|\b(?:we|i) (?:originally|initially|mistakenly|wrongly) (?:said|wrote|reported|gave|put|stated)\b"
    r"|previous update|misstated|misreported|misidentified|incorrectly|was wrong|was incorrect|was a mistake"
    r"|was an error|was our (?:mistake|error)|was in error|apologi[sz]e for"
    r"|^\(?(?:update|corrects|adds|updates|recasts|refiles|changes|removes|fixes)\b", re.M)
_WE_SAID = re.compile(r"(?:P\.?\s?S\.?\s+)?(?:(?:A\s+)?[Cc]orrection:\s+)?(?:[Ii]n\s+(?:[^.,\n]|\.(?=\d)){1,40}?,?\s+)?"
                      r"(?:We|we|I)\s+(?:said|wrote|reported|gave|put|stated)\b")  # ...a sentence that one of the next
# two retracts ("P.S. A correction: in Sunday night's email we said that…"):
_WRONG = re.compile(r"(?:That|This|It)\s+(?:was|is)\s+(?:wrong|incorrect|a mistake|an error|in error"
                    r"|(?:our|my)\s+(?:mistake|error)(?:,\s+and\s+we\s+are\s+sorry(?:\s+for\s+it)?)?)[.!]?"
                    r"|We\s+apologi[sz]e\s+for\s+(?:the|this|that|our|any)\s+(?:error|mistake|confusion)[.!]?", re.I)
_ALSO = re.compile(r"(?:It|The (?:earlier|previous|original) (?:version|entry|post))\s+also\s+"
                   r"(?:said|stated|reported|gave|put|named|described|misstated)\b", re.I)


def turns(body: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, label, note in brackets) of each turn of a transcript or an interview: from a paragraph opening
    with a speaker label to the next such paragraph (a turn may run over several paragraphs). A text with one such
    paragraph is no transcript ("PUTIN: THE INSIDE STORY" is a subheading), and has none."""
    labels = _labels(body)
    found = [(m.start(), m.group("label"), m.group("note"))
             for p in _OPENING.finditer(body) for m in [label(body, labels, p.start())] if m] or _bold_asked(body)
    if len(found) < 2:
        return []
    ends = [found[n + 1][0] if n + 1 < len(found) else len(body) for n in range(len(found))]
    return [(start, heading.start() if (heading := _SUBHEADING.search(body, start, end)) else end, label, note)
            for (start, label, note), end in zip(found, ends)]


def _bold_asked(body: str) -> list[tuple[int, str, None]]:
    """The turns of an interview printed with its questions as paragraphs in bold and its answers in plain text
    ("**Who gave that advice?**"), each question "Q" and the paragraph after it "A", in a text of two such questions
    or more (a bold paragraph there, though it asks nothing, puts the interviewer's point: "**The residents say the
    engines took much longer.**")."""
    bold = list(_BOLD_PARAGRAPH.finditer(body))
    if sum("?" in m.group() for m in bold) < 2:
        return []
    found = []
    for m in bold:
        found.append((m.start(), "Q", None))
        after = _OPENING.search(body, m.end())
        if after and not _BOLD_PARAGRAPH.match(body, after.start()):
            found.append((after.start(), "A", None))
    return found


_BOLD_PARAGRAPH = re.compile(r"(?:^|(?<=\n\n))(?:\*\*|__)(?=\S)[^\n]+?(?<=\S)(?:\*\*|__)[ \t]*(?=\n\n|\n?$)")


# A subheading, which ends the turn before it (an interview printed in a long read, then "What happens now" over the
# article's next part): a Markdown heading, or a line alone of two to eight words opening with a capital and
# ending with no punctuation.
_SUBHEADING = re.compile(r"(?<=\n\n)(?:#{1,6}[ \t][^\n]+|[A-Z][^\W\d_]*(?:[ \t]+[\w'’-]+){1,7}(?<=[^\W\d_]))[ \t]*(?=\n\n\S)")


# The label of a turn that puts a question; a reporter's asks none unless it is a short one with a question mark (a
# broadcast's correspondent reports: "(REPORTER): This is all that is left of Shed 7").
_ASKING = re.compile(r"Q|QUESTIONS?|INTERVIEWER|MODERATOR|(?P<reporter>REPORTER|JOURNALIST)")
QUESTION_WORDS = 60


def asks(label: str, turn: str) -> bool:
    """Whether the ``turn`` of a transcript labelled ``label`` puts a question ("Q:", "QUESTION (Le Soir):",
    "REPORTER: Minister, will you resign?"; not a correspondent's report ending "…and why was it allowed to stay
    there?", of more than QUESTION_WORDS)."""
    m = _ASKING.fullmatch(label)
    return bool(m) and (not m["reporter"] or "?" in turn and len(turn.split()) <= QUESTION_WORDS)



def questions(body: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, label) of each turn of ``body`` that puts a question."""
    return tuple((start, end, label) for start, end, label, _ in turns(body) if asks(label, body[start:end]))


# A post's header line in a thread saved as text: its handle and when it was posted ("@ArdeniaLotto · Mar 1").
POST_HEADER = re.compile(r"(?m)^[ \t]*@(?P<handle>\w{1,30})[ \t]*[·•|][ \t]*(?P<when>[^\n]{1,40}?)[ \t]*$")
_HANDLE = r"(?:\*\*|__)?@\w{1,30}(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*"  # a post's "**@VerradoFC:**"
_STAGED = re.compile(rf"^(?:\s*{_STAGE})+|(?:\s*{_STAGE})+\s*$|^\s*[•·▪‣◦*–—-]\s+|^\s*(?:>\s*)+(?:{_HANDLE})?"
                     rf"|^\s*{_HANDLE}|^\s*\d{{1,2}}(?:(?:\.\d{{1,2}}){{1,3}}|[.)])\s+(?=(?-i:[A-Z“\"]))(?!(?:million|billion|thousand|trillion)\b)", re.I)  # and a bullet,
# a Markdown quotation's ">", a post's handle, a paragraph's number ("1.2 This preliminary report…", "5. On the claim")


def _passage(text: str, offset: int, start: int, end: int) -> Passage:
    """The passage of ``text[start:end]`` without the spaces, a bullet and stage directions ("(Laughs)") around it, its lines
    joined by spaces (a wire's text wrapped at 65 characters: "…, according\nto the city transport authority."), but
    for a word split at a line's end ("negoti-\nations", joined when quoted: quotes.rejoined)."""
    chunk = re.sub(r"(?<!-)\n", " ", text[start:end])
    for m in reversed(list(_STAGED.finditer(chunk))):
        chunk = chunk[:m.start()] + " " * (m.end() - m.start()) + chunk[m.end():]
    lead = len(chunk) - len(chunk.lstrip())
    return Passage(offset + start + lead, offset + start + len(chunk.rstrip()), chunk.strip())
