"""dossier suggest: read one source against every fact card and propose the accounts it gives.

Passage retrieval over the source's sentences (builder/sentences.py): for each card, the sentence whose words
(builder/words.py: stems, compounds) cover most of the card's words (its statement or any account's quote, each
word weighted by how rare it is across all sources and in English at large), or that repeats another source's
quotation nearly word for word (rapidfuzz); the card's speaker named near the words, and a figure of the card's
kind, raise the confidence; a figure missing, another speaker quoted, or the passage sitting among another
summit's events lower it. The quote is the clause that holds the match (builder/clauses.py). Stance and speaker
come from the wording (builder/attribution.py), the value from the words (builder/prose_figures.py).
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal

from rapidfuzz import fuzz

from builder import article, attribution, clauses, letters, naming, prose_figures, sentences, units
from builder.model import AFFIRMING, Dossier, Fact, Source
from builder.quotes import normalise, normalise_with_map, occurrences, rejoined, word_count
from builder.sentences import Passage, passages
from builder.words import Vocabulary, tokens

THRESHOLD = 0.6  # the default confidence to accept under --apply (chosen by benchmarks/suggest_eval.py)
OTHER_SIDE = 0.8  # the least confidence of a passage listed as the other side of a card that cites the source
ENOUGH = 10.0  # a card's words weigh at most this much: three or four telling words in common are a full match
ORDINARY, SPREAD = 5.0, 3.0  # a word as common in English as "president" (Zipf 5) weighs as its rarity in the
# sources says; each Zipf point rarer adds a third, each commoner takes a third off ("need", "able" tell little)
# Signals, added to or taken off the share of the card's words found (all round numbers, not fitted):
QUOTED, NAMED = 0.1, 0.05  # the card's speaker quoted in the passage, or only named there
OTHER_SPEAKER = 0.15  # taken off: the passage quotes someone else than the card's speaker
UNSAID = 0.15  # taken off: a card that is someone's remark, a passage that neither quotes nor names anyone
FIGURE, NO_FIGURE = 0.1, 0.2  # a card with a quantity: a figure of its kind in the passage, or none
COUNTED = 0.1  # a count of the same thing as the card's (the word after the figure: "firefighters", "hectares")
SAME_FIGURE = 0.2  # instead of FIGURE: a figure within a value another source gives the card (135 for "more than
# two hours", or 135 itself)
DENIED_FIGURE = 0.1  # added to SAME_FIGURE: the passage denies a figure another source gives the card ("six
# canvases, not five")
ELSEWHERE = 0.2  # taken off: the passage's figure is, to the letter, a value another card of its kind has and this
# one does not ("We think 265 pence is the right price." for the closing price of 202p)
NEVER_NAMED = 0.2  # taken off: the source never names the card's summit (its city or year), but others; and no
# more than UNSURE is left
AMID = 0.2  # taken off: the passage sits among another summit's events
EARLIER = 0.2  # taken off a figure's passage set in a year before the card's summit; and no more than UNSURE is left
WEEK = 7  # days
UNSURE = round(THRESHOLD - 0.01, 2)  # the most a suggestion whose stance the editor must choose is given
MIN_WORDS = 4  # quote_min_words unless the site sets another
ROW = 0.02  # taken off: a table's row ("Deaths\t2\tPolice"), a terser quote than a sentence saying the same
ALIKE = 0.5  # a quotation no card covers that reads this much as an existing card is listed for it, never written as a
# card of its own (benchmarks/suggest_eval.py --new: about half of them are the source's account on that card)
COUNTED_ALIKE = 0.35  # a count of what a card counts ("counts the same") reading this much as the card is listed for it,
# never written as a card of its own (--new: "Our staff counted six separate drones" beside the police's two drones)
NEAR_BOUND = 1.5  # an open-ended value ("up to eight", "more than two hours") gives the figures this near its bound
SHARED_QUOTE = 0.88  # a quote of another source found this closely (partial ratio) is the same passage
_ROW = re.compile(r"\S[ ]*(?:\t|\s\|\s)\s*\S")  # cells apart by a tab, or a pipe between spaces
_TOKEN = re.compile(r"\w+(?:['’-]\w+)*")  # a word as the editor reads it: "de-escalation", "Russia's"
_POSSESSIVE = re.compile(r"['’]s$")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Words saying that what follows is not known, or not told: a passage under them takes no side ("It is too early to
# say when the seatbelt sign was switched on", "It was not immediately clear whether…", "Police could not confirm
# reports that…", "declined to comment on the defence's…"; not "I would not say dairy is off the table")
# A clause of what may happen, its subject after its verb: "should she be minded to grant consent", "were the court to
# rule…", "in the event that…" (not any "if": "If in his speech … the president admitted…" reports what he did).
_SUPPOSED = re.compile(r"\b(?:should\s+(?:she|he|they|it|we|you|the\s+[\w-]+)\s+|were\s+(?:she|he|they|it|we|the\s+[\w-]+)"
                       r"\s+to\s+|in\s+the\s+event\s+(?:that|of)\s+|if\s+[^,;:.]{0,60}?\b(?:were\s+to|should)\s+)"
                       r"[^,;:.]*", re.I)
# What someone calls for, which has not happened: "We call on the Marine Casualty Board to open a full and
# independent investigation", "urged the council to close the road", "called for an inquiry" (what: its verb or noun).
_CALL = re.compile(r"\b(?:(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing))\s+[^,;:.]{1,60}?\s+to"
                   r"|call(?:s|ed|ing)?\s+for(?:\s+(?:an?|the))?(?:\s+[\w-]+){0,2}?)\s+(?P<what>[a-z]+)[^;:.]*", re.I)
# A word that names a moment: a day of the week, a month, a number, "morning", "today".
_MOMENT_WORD = re.compile(r"\d[\d.,:]*(?:st|nd|rd|th|am|pm|a\.m\.|p\.m\.)?|(?i:mondays?|tuesdays?|wednesdays?"
                          r"|thursdays?|fridays?|saturdays?|sundays?|january|february|march|april|may|june|july|august"
                          r"|september|october|november|december|morning|afternoon|evening|night|today|yesterday"
                          r"|tonight|tomorrow|am|pm)")
_RELATIVE_BETWEEN = re.compile(r"\b(?:who|which)\b")  # a relative clause's pronoun, between the commas of an aside
_UNKNOWN = re.compile(r"\btoo\s+early\s+to\s+(?:say|tell|know|determine|speculate)\b"
                      r"|\b(?:not\s+(?:yet\s+|immediately\s+)?(?:known|clear)|unclear)\s+(?:whether|if|how|when|why|what"
                      r"|who|exactly)\b|\b(?:declined|refused)\s+to\s+(?:comment|confirm|say|speculate)\b"
                      r"|\b(?:could|would|did)\s+not\s+(?:confirm|comment|say\s+(?:whether|if|how|when|why|what|who))\b"
                      r"|\bremains\s+to\s+be\s+seen\b", re.I)
_MONTHS = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
# The year a sentence opens by setting what it tells in: "In March 2023, another flight…", "In 2019, the company
# cut…", "On 3 March 2023 …", "In early 2024 …" (not "…, commissioned in 2018, is…" or "the record set in 2019": a year
# inside a sentence dates a thing it names, not the figure it gives)
_IN_YEAR = re.compile(rf"\s*[\"“]?(?:in|on)\s+(?:(?:early|late|mid)[\s-]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
                      rf"(?:{_MONTHS}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:1[89]|20)\d\d)\b", re.I)
# The last time something happened, which is another event: "Norvania last suffered a major outbreak of avian influenza
# in 2021, when more than 900,000 birds were culled".
_LAST_IN_YEAR = re.compile(r"\blast\s+(?:[a-z]+ed|saw|had|was|were|won|took|held|hit|struck|went|came|met|ran|rose|fell)"
                           r"\b[^.;,:]{0,80}?\bin\s+(?:[\w-]+\s+)?(?P<year>(?:1[89]|20)\d\d)\b"
                           r"|\bthe\s+last\s+(?!(?:few|two|three|four|five|\d+)\b)[a-z]+\s+(?:lost|sunk|wrecked|killed|to\s+\w+)\b"
                           r"[^.;:]{0,80}?\bin\s+(?P<then>(?:1[89]|20)\d\d)\b", re.I)  # (not "last season and helped us
# become champions in 2025"); "The last yacht lost in the Corrowan Cup, the Morwenna, went down in 2009"
# A passage set in the year before: "For comparison, during last year's pilot, …", "Last year, 38 colonies…".
_LAST_YEARS = re.compile(r"\s*(?:for\s+comparison,?\s+)?(?:(?:during|in|at|for|of)\s+)?(?:the\s+)?(?:last|previous)\s+"
                         r"(?:year(?:['’]s\b|\s*,)|(?:(?-i:January|February|March|April|May|June|July|August|September"
                         r"|October|November|December)|summer|winter|spring|autumn)['’]?s?\b)", re.I)  # "Last July, a
# shorter failure at the Tarnby approach centre lasted forty-seven minutes": another event's
# A time before the story's, as a card's statement sets its figure there: "By mid-October last winter, 690,000 doses had
# reached GP practices."
_PAST_PERIOD = re.compile(r"\b(?:last|previous|past)\s+(?:year|winter|summer|spring|autumn|fall|season)\b"
                          r"|\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b|\bthe\s+(?:year|winter|season)\s+before\b", re.I)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_INFORMING = re.compile(r"\b(?:informed|informs|notified|notifies)\b", re.I)  # an act of telling someone
_AND_WAS = re.compile(r"\band\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+$", re.I)
# A month as a date: "in May", "on 3 May", "May 2026", "early June" (not Theresa May).
_MONTH = re.compile(rf"\b(?:(?:in|on|by|from|to|until|since|of|between|early|late|mid|next|last|this)[\s-]+|\d{{1,2}}(?:st|nd|rd|th)?\s+)"
                    rf"{_MONTHS}\b|\b{_MONTHS}\s+\d{{1,4}}\b")

# A record the outlet read: "The council's own register … shows its last inspection in March", "…, according to the
# tank-level log".
_RECORD = r"register|records?|documents?|files?|data|minutes|filings?|forms|logs?|photographs|screenshots?|footage"
_DOCUMENTED = re.compile(rf"\b(?:{_RECORD}|figures)\b[^.;:\"“”]{{0,60}}?\b(?:shows?|showed|suggests?|suggested|puts?"
                         rf"|lists?|listed|records?|recorded|tells?|told|places?|placed)\b"
                         rf"|\baccording\s+to\s+the\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_RECORD})\b"
                         rf"(?!\s+(?:of|from|by|released|published|kept|compiled)\b)", re.I)  # not "the latest figures",
# someone's
# A sentence with a subject of its own, not the speaker of the sentence before: a record, or a turn ("But…", "Yet…",
# "In the end it did not reopen until 11.40am").
_OWN_SUBJECT = re.compile(rf"{_DOCUMENTED.pattern}|^\s*(?:But|However|Yet|In\s+(?:the\s+end|fact|reality|truth|practice)"
                          rf"|Actually|As\s+it\s+turned\s+out)\b|,\s*however,", re.I)
_HEADLINE_QUOTE = re.compile(r"[\"“”«»]|(?<!\w)['‘][^'’\n]{2,}['’](?!\w)")  # a heading's quoted words, in
# headline style single quotes too: "Strand: 'We will not be bullied'"
_HEADING = re.compile(r"\s*(?:[A-Z][^.!?\n]{2,80}?[\"”'’]?|#{1,6}\s+[^\n]{1,200}?)\s*")  # a short line with no
# sentence's end, or a line a Markdown text marks as one ("## Five questions for an engineer"): a heading
# Where the outlet's own journalists have been, no fact of the story: "Our North correspondent, Petter Lund, has spent
# the last three days at the airport.", "Our reporter Bea Lunn has been down to the river."
_RECORDING = re.compile(r"\b(?:recorded|records|counted|counts|measured|measures|registered|registers|detected"
                        r"|detects|logged|logs|estimated|estimates|reported|reports)\b", re.I)  # a body's data
_EVENT_RECORDING = re.compile(r"\s*(?:The|This|This\s+year's|Its)\s+(?P<what>[\w-]+)\s+(?:has\s+|have\s+)?"
                              r"(?:recorded|records|counted|counts|measured|measures|registered|registers)\b")  # the
# event the dossier is about as a subject ("The census counted…"): no one speaking
_OUR_STAFF = re.compile(r"(?:Our|My)\s+(?:[\w-]+\s+){0,3}?(?:correspondents?|reporters?|team|crew"
                        r"|producers?)\b(?:,?\s+[A-Z][^,.;]{0,40},?)?\s+(?:(?:has|have|had)\s+(?:spent|been\s+(?:at|in|to"
                        r"|down|up|out|on|there|here)\b)|spent|joins|joined|travelled|traveled|is\s+(?:at|in|on)\b)")
# An item of a listing of what is to come, a day and a time before a colon: "Thursday 26 March, 7pm: Hollinsby Water
# drop-in for residents, St Aldhelm's church hall" under "Dates for your diary"; no fact of the story.
_LISTING = re.compile(r"\s*(?:[-*•]\s*)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\d{1,2}(?:st|nd|rd|th)?\s+"
                      r"[A-Z][a-z]+,?\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*(?:to|-|–)\s*(?:\d{1,2}(?:[.:]\d\d)?\s*"
                      r"(?:[ap]\.?m\.?)?|noon|midnight))?:\s")
# A figure named by what it is to another figure told before, no fact of its own: "The correct figure is 3,100.",
# "That total stands at 41."
_FIGURE_AGAIN = re.compile(r"\s*(?:The|That|This|Its|Their)\s+(?:(?:correct|right|actual|real|true|new|revised|latest"
                           r"|official|final|accurate)\s+)?(?:figure|number|total|count|tally)\s+(?:is|was|stands\s+at"
                           r"|now\s+stands\s+at)\b", re.I)
# What may happen, not what did: "If you are thinking of buying now at around €30, I would wait", "Should the
# appeal fail, 140 jobs go": no fact to write a card of.
_HYPOTHETICAL = re.compile(r"\s*(?:If|Unless|Should\s+(?:the|a|an|you|we|they|it|this)|Were\s+(?:the|it|they|we))\b")
# A writer's own story in the first person: "I trained 16 weeks for this", "My watch said 37 degrees": theirs, whom
# no speaker file names.
_FIRST_PERSON = re.compile(r"\s*(?:I|My|I['’](?:ve|d|m))\s")
_AND = re.compile(r",?\s+and\s", re.I)  # a part of a sentence that "and" opens
_RELATIVE_REPORT = re.compile(r",\s+(?:which|who|that)\s+(?:[\w'’-]+\s+){0,2}$", re.I)  # ", which it says": a report
# in a relative clause
# A sentence about what the one before it tells: "This prohibition takes effect…", "These measures…" (not "This is…",
# "This week…").
_THIS_ONE = re.compile(r"\s*(?:This|These|Such)\s+(?!(?:is|was|are|were|has|have|had|will|would|could|can|may|might"
                       r"|must|should|means|meant|comes|came|follows|week|weekend|year|month|morning|afternoon|evening"
                       r"|time|summer|winter|spring|autumn|season)\b)[a-z][\w-]*\s")
# A quotation's closing mark and the verb of speech after it: '…not anybody's tip-off," said Dag Orheim, director…'.
_SAID_AFTER = re.compile(r"[\"”](?=\s*(?:said|says|added|adds|told|insisted|insists)\b)")
# A figure for what the sentence before counts: "Kovelski put the number at more than 1,100." (not "put the number of
# dead at 12", which names it).
_THE_NUMBER = re.compile(r"\b(?:puts?|putting|places?|placed)\s+(?:the|that|this|its|their|her|his)\s+(?P<what>number"
                         r"|figure|total|toll|count|tally)\s+(?:at|closer\s+to|nearer)\b", re.I)
_SECTION = re.compile(r"\s*#{1,6}\s")  # a Markdown heading's marks
_HEADED = re.compile(r"\s*(?P<who>[^\W\d](?:[\w.'’-]|\s(?=\S)){1,50}):(?=\s+\S)")  # a heading's speaker: "Minister:"
_WE = re.compile(r"[…\s]*(?:we|our|my)\b", re.I)  # the publisher speaking of itself, when it is a speaker ("We do not
# accept…", a minister's answer's "My department's current estimate…")
_THE_COMPANY = re.compile(r"[…\s]*the\s+company\b", re.I)  # a business's announcement speaking of itself
_OPENS_QUOTE = re.compile(r"\s*[\"“«]")  # a passage that opens with a quotation
MAX_QUOTED = 8  # paragraphs of one quotation set apart under "…, said:"
# A transcript's label for someone the outlet puts on air, never the outlet speaking: "CALLER (Bettina, Harlow Cross):",
# "WITNESS:", "UNIDENTIFIED MAN:".
_SOMEONE = re.compile(r"(?:UNIDENTIFIED\s+)?(?:CALLER|LISTENER|WITNESS|RESIDENT|PASSENGER|GUEST"
                      r"|VOICE|MAN|WOMAN|MALE|FEMALE|PROTESTER|DEMONSTRATOR|PARTICIPANT|AUDIENCE MEMBER|VOX POP"
                      r"|FAN|PARENT|STUDENT|WORKER|NEIGHBOU?R|SURVIVOR|EYEWITNESS|VOICE\s?MAIL|TEXT(?:\s+MESSAGE)?"
                      r"|MESSAGE|E-?MAIL)(?:\s+\d{1,2})?(?:\s*\([^()]*\))?", re.I)  # "VOICEMAIL (read by producer)"
# A sentence naming who spoke the quotation before it: "That was how Ilse Varno, Solvard's spokeswoman, put it last
# week", "Those were the words of the mayor", "So says the agency".
_PUT_IT = re.compile(r"\s*(?:(?:That|This|Those|These|Such)\s+(?:was|is|were|are)(?:\s+(?:how|what|the\s+words\s+of))?"
                     r"|So\s+(?:says|said))\s+(?P<who>[^.;:]{2,120}?)(?:\s+(?:put\s+it|said|told|wrote|described\s+it"
                     r"|called\s+it|speaking)\b|[.,;]|$)")  # "That was Dr Ansel Quayle, who is leading…"
_QUOTATION = re.compile(r"[\"“][^\"“”]{15,}[\"”]")  # a paragraph that is a quotation, whole
_CLOSES_QUOTE = re.compile(r"[\"”»]")  # where a quotation opened before ends
_OTHER_SIDE = re.compile(r",\s+(?:but|while|whereas)\s+|;\s+")  # where a sentence may turn to another speaker
_REPORTED = re.compile(r"\b(?:says|said|told|tells|added|adds)\b", re.I)  # reported speech that runs on
_PAST_SAID = re.compile(r"\b(?:said|told|added)\b", re.I)
_PRESENT = re.compile(r"\b(?:has|have|is|are)\b", re.I)  # a sentence in the present: "…have signed the petition"
_BACKSHIFTED = re.compile(r"\bhad\s+(?!(?:a|an|the|no|to|some|any|its|his|her|their|our|my)\b)\w+", re.I)  # "had gone"
# Words for one thing that a denial's "no such …" names in one and the claim in another ("no such commitment" after
# "promised to free him").
_KIN = ("promise commitment pledge undertaking assurance guarantee", "request demand appeal",
        "warning alert advice caution complaint concern", "agreement deal accord contract", "order instruction directive",
        "offer proposal")
# The moment a passage opens by saying its figures are of, in a story, not a live page's stamp on a line of its own:
# "Update, 17:45:", "UPDATED 9.10am —", "As of 18:00 on Wednesday 11 November, 287 guests…", "Update Sunday 09:10:"
# (in a thread begun on the Saturday: the Sunday after it).
_UPDATED_AT = re.compile(r"(?:(?:updated?|latest)\s*(?:at\s+)?,?|as\s+(?:of|at))\s*(?:(?P<weekday>(?:mon|tues|wednes|thurs|fri"
                         r"|satur|sun)day),?\s+)?(?P<hour>[01]?\d|2[0-3])[:.]"
                         r"(?P<minute>[0-5]\d)(?:\s*(?:[A-Z]{2,4}|[ap]\.?m\.?))?(?:\s+on\s+(?P<day>[^,:—–]{3,40}?))?"
                         r"\s*[:,—–-]\s", re.I)
# A sentence opening with the day its figure holds on: "As of 6 November 2026, the disease has been confirmed on eight
# premises", "At 31 March 2026, the claims totalled €38 million".
_AS_OF_DAY = re.compile(rf"\s*(?:\[\d+\]\s*)?(?:As\s+(?:of|at)|At|By|On)\s+(?P<day>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}|{_MONTHS}"
                        rf"\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)\d\d)?|(?P<weekday>(?:Monday|Tuesday|Wednesday|Thursday"
                        rf"|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?))(?:,\s|\s+(?=[A-Z])"
                        rf"|(?(weekday)\s+(?=[a-z])|(?!)))")  # ("[1] On 12 May 2026 Strand Civil Engineering informed the
# Office…", a footnote); "By Thursday evening it had passed 200 ships", the day before the article's
_AS_OF_AFTER = re.compile(rf"\s+as\s+(?:of|at)\s+(?P<day>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:,?\s+(?:19|20)\d\d)?"
                          rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?)\b"  # after the figure
                          rf"|(?:\s+[\w'’-]+)*?\s+(?:when\s+[^,.;:]{{1,60}}?\s+on|by|as\s+(?:of|at))\s+(?P<weekday>Monday"
                          rf"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")  # "1,486 signatures when it was
# handed in on Wednesday", in the figure's clause
_CORRECTED_TO = re.compile(r"\b(?:to|is|are|was|were)\s+(?:[\w-]+\s+)?$", re.I)  # a correction's right figure
# What a sentence tells is yet to happen: "will", "is due to", "is expected to", "has called a strike for Friday".
_AHEAD = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|set|going|scheduled)\s+to|plans?\s+to"
                    r"|scheduled\s+for|called\s+an?\s+(?:[\w-]+\s+){0,8}?for)\b", re.I)
_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b")


_BEING = frozenset({"be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "the", "a", "an"})  # no
# word of what a card says: "had not been on" denies "was on" by its "on"
COUNTS_SAME = "counts the same: "  # why a count is likelier: the words it counts are the card's
DENIES_FIGURE = "denies the figure other sources give"  # why a passage giving no figure is an account all the same
REBUTS = "denies the passage before it: "  # the why of a rebuttal (Retriever._rebuttal)


@dataclass(frozen=True)
class Reading:
    """What suggest reads in a passage once: its words, its attribution, its figures and its folded text."""

    passage: Passage
    words: set[str]
    said: attribution.Attribution | None
    figures: list[prose_figures.Figure]
    folded: str
    rating: tuple[str, str] | None = None  # a fact-check's claim: its rating's verdict and words (attribution.ratings)
    corrected: frozenset = frozenset()  # the figures the source's corrections say were wrong ("An earlier entry
    # said … 44 cases."), each with its kind and the words of what it counts (``Retriever._figure``): none of them is
    # a value, though a sentence the correction left in place gives it
    day: str | None = None  # the day it was written (its live blog entry's, else the source's): "on Monday" is read
    # from it
    stamp: prose_figures.Figure | None = None  # the time of the live blog entry it leads ("14:33 GMT" / "Dalvaar
    # begins" / "Governor Dalvaar has started his press conference…"): a time of day it happened by, when it gives none
    mentioned: frozenset[str] = frozenset()  # the speakers it names
    named: frozenset[str] = frozenset()  # of those, the ones it names as someone, not as a kind of thing: "an Aurel
    # Air flight", "a Velmoran coast guard cutter" name no one who may claim the card
    borrowed: frozenset[str] = frozenset()  # the words of the other accounts of its sentence, joined by semicolons,
    # that tell what it is about: "…took twenty-three runners to hospital; the organisers put the figure at eleven"
    turn: str | None = None  # the speaker whose turn of a transcript it is in


@dataclass(frozen=True)
class Suggestion:
    """A proposed account: which card, the passage, stance, speaker and value, how sure and why."""

    fact: str
    source: str
    quote: str
    start: int  # the passage's offsets in the source's body
    end: int
    stance: str
    confidence: float
    why: tuple[str, ...]
    speaker: str | None = None
    value: dict | None = None
    qualifier: str | None = None
    occurrence: int | None = None  # which of the quote's places in the source, when it has several (a pull quote)
    as_of: str | None = None  # the day a live blog's entry gave the figure, when not the source's own day
    figure: tuple[int, int] | None = None  # where the value is in the source's body, with a figure restating it in
    # parentheses ("16 nautical miles (about 30 km)"); None for none, or a live blog entry's time
    note: str = ""  # how the value comes from the quote, when it is not written there ("1130 GMT is 14:30 local time")

    @property
    def counts_same(self) -> bool:
        """Whether its figure counts what the card counts ("14 fishermen held" for the trawler's 14 crew)."""
        return any(w.startswith(COUNTS_SAME) for w in self.why)

    @property
    def rebutting(self) -> bool:
        """Whether it is a denial pointing back to the account before it, no question ("…, which the company
        denies.", "Mr Aldersey denies this.")."""
        return any(w.startswith(REBUTS) for w in self.why) and not self.quote.rstrip().endswith("?")

    @property
    def unnamed(self) -> bool:
        """Whether the stance needs a speaker the dossier does not know (check refuses the account until named)."""
        return self.stance in ("attributes", "disputes") and not self.speaker

    def account(self) -> dict:
        """The account as it is written into the card."""
        account = {"source": self.source, "quote": self.quote, "stance": self.stance}
        if self.occurrence:
            account["occurrence"] = self.occurrence
        if self.speaker and self.stance in ("attributes", "disputes"):  # the own voice names no one
            account["speaker"] = self.speaker
        if self.value:
            account["value"] = self.value
            if self.qualifier:
                account["qualifier"] = self.qualifier  # kept as a comment (builder/cards.py)
            if self.as_of:
                account["as_of"] = self.as_of
            if self.note:
                account["note"] = self.note
        return account


@dataclass(frozen=True)
class Uncovered:
    """A passage no card covers: a direct quotation of a named person (or of someone the dossier does not know: listed,
    never written), or a figure; ``summit`` is the one named last before it (else the one the source names most)."""

    kind: str  # quotation | figure
    source: str
    passage: Passage
    speaker: str | None
    summit: str | None
    unnamed: str = ""  # the words reporting someone no speaker file names saying it ("…, the company said.", a
    # writer's "I suspect"): no card
    denied: Suggestion | None = None  # its rebuttal (Retriever._rebuttal), the new card's other side
    card: str = ""  # the card whose figure it reads as giving, at the threshold, though not proposed for it (a
    # second figure, the outlet's own beside someone's), or that a quotation reads as at ALIKE or above: listed, never
    # written, as a card of its own would split the fact and hide where the sources disagree


@dataclass
class Report:
    suggestions: list[Suggestion] = field(default_factory=list)
    uncovered: list[Uncovered] = field(default_factory=list)
    rebuttals: list[Suggestion] = field(default_factory=list)  # the other side of an account the source gives (on
    # the card, or proposed), denied right after it by someone pointing back to it: "…, a claim Nordvik denied."
    other_sides: list[Suggestion] = field(default_factory=list)  # the other side it may give cards otherwise, by its
    # words alone: listed for the editor to read, never applied (precision about two in three: README)
    rivals: list[Suggestion] = field(default_factory=list)  # another speaker's figure on a card whose figure the
    # source gives (or is proposed for), apart from it: the organisers' 20,000 beside the police's 4,000
    updates: list[Suggestion] = field(default_factory=list)  # the figure at another moment, on a card whose figure
    # changes over time: a live blog's nine farms at 10:15 beside its eleven at 16:40

    def proposed(self, threshold: float = THRESHOLD) -> list[Suggestion]:
        """What the editor is asked about, and `--apply` writes: the suggestions at ``threshold`` or above, the
        rebuttals, the rivals and the updates."""
        return [s for s in self.suggestions if s.confidence >= threshold] + self.rebuttals + self.rivals \
            + self.updates


class Retriever:
    """Everything suggest needs from the dossier: word rarity, names, summits' places and years."""

    def __init__(self, dossier: Dossier, min_words: int = MIN_WORDS):
        self.dossier = dossier
        self.min_words = min_words  # the fewest words a quote pins its passage with (quote_min_words)
        self.names = attribution.Names(dossier.speakers)
        self.vocabulary = Vocabulary([*(s.body for s in dossier.sources.values()),
                                      *(t for f in dossier.facts.values()
                                        for t in (f.statement, *(a.excerpt for a in f.accounts)))])
        terms = self.vocabulary.terms
        self.name_terms = {t for s in dossier.speakers.values() for n in (s.name, *s.spellings) for t in terms(n)
                           if s.kind == "person"}
        self.named = {sid: set(terms(s.name)) for sid, s in dossier.speakers.items()}  # the words of each name
        self._roles: dict[tuple, frozenset[str]] = {}  # the words of the role a passage gives its speaker
        self.bodies: dict[str, set[str]] = defaultdict(set)  # each word of an institution's or group's name → them
        for sid, name in self.named.items():
            for t in name if sid not in self.names.persons else ():
                self.bodies[t].add(sid)
        counts: Counter = Counter()
        documents = 0
        for source in dossier.sources.values():
            for p in passages(source.body):
                counts.update(set(terms(p.text)))
                documents += 1
        self.counts, self.documents = counts, documents
        self.fewest = math.log(1 + (documents - 0.5) / 1.5)  # a card's words count as weighing at least as much as
        # one word of a single sentence: a card whose words are few and ordinary ("were present at the meeting") is
        # no full match for a passage that shares them ("the breakthrough it was presented as")
        self.in_cards = Counter(t for f in dossier.facts.values()
                                for t in set(terms(" ".join([f.statement, *(a.excerpt for a in f.accounts)]))))
        self.cards = max(1, len(dossier.facts))
        self._given_by: dict[tuple, set[str]] | None = None  # (quantity, currency, figure) → the cards giving it
        self.weights: dict[str, float] = {}
        self.statements: dict[str, set[str]] = {}
        self._cards: dict[str, tuple[Fact, tuple]] = {}  # each card as _card reads it, with the card it was read from
        self.publishers = {n.casefold(): sid for sid, s in dossier.speakers.items() if s.kind != "person"
                           for n in (s.name, *s.spellings)}
        self.authors = {n.casefold(): sid for sid, s in dossier.speakers.items() if s.kind == "person"
                        for n in (s.name, *s.spellings) if len(n.split()) > 1}  # a speaker writing: their full name
        self.newsrooms = {sid for sid, s in dossier.speakers.items() if naming.newsroom(s)}  # a paper
        self.spokespeople = {sid for sid, s in dossier.speakers.items()
                             if any(_SPEAKS_FOR.search(r.title) for r in s.roles)}  # who writes in a body's name
        self.events = {t for s in dossier.summits.values() for t in terms(s.name)}  # the words of the events' names
        self.summit_cue = {}
        for sid, s in dossier.summits.items():
            cues = [c for c in (s.city, (s.start or "")[:4]) if c]
            if cues:
                self.summit_cue[sid] = re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b", re.I)

    def weight(self, term: str) -> float:
        """How much a word in common tells: rare in the sources' sentences and in English at large (wordfreq),
        and in few cards (so telling them apart)."""
        if term not in self.weights:
            n = self.counts.get(term, 0)
            rare = math.log(1 + (self.documents - n + 0.5) / (n + 0.5))
            rare *= max(0.0, 1 + (ORDINARY - self.vocabulary.commonness(term)) / SPREAD)
            self.weights[term] = rare * math.log(1 + self.cards / (1 + self.in_cards.get(term, 0))) / math.log(
                1 + self.cards)
        return self.weights[term]

    def read(self, source: Source, threshold: float = THRESHOLD, cards: dict[str, Fact] | None = None) -> Report:
        """Suggestions for every card the source gives no account yet, best first; the denials pointing back to an
        account it gives or is proposed for (``rebuttals``); the other side it may give them otherwise
        (``other_side``); and what no card covers."""
        cards = self.dossier.facts if cards is None else cards
        source = replace(source, body=sentences.english_marks(source.body))  # read as quoted; quotes verify either way
        spoken, turn, voice = self._turns(source)
        examined = sentences.examined(source.body) + sentences.quoted_questions(source.body)
        retractions = sentences.retractions(source.body)
        found = [p for p, t in turn.items() if sentences.states(p.text) and not (t and t.asking)  # no questions,
                 and not sentences.pull_quote(p.text, source.body)  # no pull quotes, nor what an inquiry examines
                 # or a reply quotes as a question put to it
                 and not any(s <= p.start < e for s, e in (*examined, *retractions))]  # or what a correction retracts
        context = self._contexts(found)
        named = Counter({sid: len(cue.findall(source.body)) for sid, cue in self.summit_cue.items()})
        mentioned = {sid for sid, n in named.items() if n}
        main = named.most_common(1)[0][0] if mentioned else None
        rated = attribution.ratings(spoken, source.body)
        corrected = frozenset(self._figure(f)  # not the figure corrected
                              for s, e in retractions  # "to about 2,000, not 20,000"
                              for f in prose_figures.figures(source.body[s:e])
                              if not _CORRECTED_TO.search(source.body[s:s + f.start]))
        outlet = _outlet_name(source) if voice is None and source.outlet.casefold() not in self.publishers else None
        figures = {p: prose_figures.figures(p.text) for p in found}
        readings = [Reading(p, set(self.vocabulary.terms(outlet.sub(" ", p.text) if outlet else p.text))
                            - self._names(p.text) | self._units(figures[p]),
                            self._said(source, p, turn[p], voice),
                            [f for f in figures[p] if not self._among(f, corrected)],
                            normalise(p.text).lower(), rated.get(turn[p]), corrected,
                            (entry_day(source.body, p.start, source.published) or source.published)[:10],
                            entry_time(source.body, p, source.published),
                            *_mentions(self.names.find(p.text), p.text), turn=turn[p] and turn[p].speaker)
                    for p in found]
        start = 0  # the readings of one sentence's accounts, joined by semicolons (sentences.ACCOUNT_AFTER), from
        for i in range(1, len(readings) + 1):  # ``start``: each is read with the others' words too
            if i < len(readings) and source.body[readings[i - 1].passage.end:readings[i].passage.start].strip() == ";":
                continue
            words = set().union(*(r.words for r in readings[start:i]))
            for j in range(start, i) if i - start > 1 else ():
                readings[j] = replace(readings[j], borrowed=frozenset(words - readings[j].words))
            start = i
        for i in range(1, len(readings)):  # "This prohibition … shall remain in force for 21 days", "Kovelski put the
            before, this = readings[i - 1], readings[i]  # number at…": read with the words of the sentence before it,
            # in its paragraph (but a total put after a sentence giving its own figure is another: "The pre-sale
            # estimate was €18m to €25m. With the buyer's premium…, the auction house puts the total at €37.2m.")
            gap = source.body[before.passage.end:this.passage.start]
            put = _THE_NUMBER.search(this.passage.text)
            if (_THIS_ONE.match(this.passage.text) or put and not (put["what"].lower() == "total" and before.figures)) \
                    and not gap.strip() and "\n\n" not in gap:
                readings[i] = replace(this, borrowed=this.borrowed | (before.words - this.words))
        report = Report()
        repeats: set[Passage] = set()  # passages that give again a card the source gives (the lede's figure, again)
        figured: dict[Passage, tuple[float, str]] = {}  # passages reading as a card's figure: (score, the card)
        alike: dict[Passage, tuple[float, str]] = {}  # passages reading at ALIKE or above as a card: the likeliest
        for fact in cards.values():
            mine = [a for a in (*fact.accounts, *fact.pending) if a.source == source.id]  # the source's accounts
            # the card has, those waiting for an editor too
            card = self._read_card(fact)
            scored = [self._score(fact, card, r, context[i], mentioned) + (r,) for i, r in enumerate(readings)
                      if not any(r.passage.start < s.end and s.start < r.passage.end for a in mine for s in a.spans)]
            rank = {id(r): (r[0], math.fsum(map(self.weight, r[2]))) for r in scored}  # the score before it stops
            # at 1, then the card's words shared: not a lede's "failed on Tuesday … from the Brannock coast" for the
            # launch postponed from Monday, two words of another source's quote; then, among those alike, the more
            # precise figure: "61 operations were cancelled", not the lede's "forcing the cancellation of dozens of
            # operations"
            top = max(rank.values(), default=None)
            best = min((r for r in scored if rank[id(r)] == top), key=lambda r: _vagueness(r[3], fact), default=None)
            if best is None:
                continue
            score, why, matched, reading = best
            given = []  # the figure of the account proposed here, not in the card yet: (low, high)
            if mine:
                covering = [(a.speakers[0] if a.speakers else None, a.affirms) for a in mine]
                denied = next((d for a in mine if a.affirms and not attribution.reports_denial(fact)
                               for d in [self._rebuttal(fact.id, source, turn, voice, a.spans[-1].end - 1,
                                                        a.speakers[0] if a.speakers else None, 1.0)]
                               if d and not any(d.start < s.end and s.start < d.end for b in mine for s in b.spans)),
                              None)
                if denied:
                    self._rebutted(denied, source, report)
                elif score >= threshold and fact.quantity not in ("date", "time"):  # a day or time elsewhere in the
                    # source reads as one that contradicts the card's
                    other = self._suggestion(fact, source, reading, score, why, matched)
                    if _counterclaim(other, covering):
                        self._rebutted(other, source, report)
                    elif score >= OTHER_SIDE and other_side(other, mine):  # Varga's "Nobody should be planning
                        report.other_sides.append(other)  # around six weeks", by Pillai's six weeks the card cites
                        # the source for
                report.rivals += self._rivals(fact, source, scored, [(a.value.low, a.value.high) for a in mine if a.value],
                                              {s for s, _ in covering}, threshold)
                report.updates += self._updates(fact, source, scored, {a.as_of for a in mine if a.value},
                                                [(a.value.low, a.value.high) for a in mine if a.value], threshold)
            else:
                report.suggestions.append(suggestion := self._suggestion(fact, source, reading, score, why, matched))
                covering = [(suggestion.speaker, suggestion.stance in AFFIRMING)] \
                    if suggestion.confidence >= threshold else []
                figure = figure_in(reading.passage.text, fact, reading.day) if covering and suggestion.value else None
                if figure:  # the lede's "Fourteen people were taken to hospital after…", given again further down
                    given = [(figure.number, figure.number if figure.upper is None else figure.upper)]
                rest = max((r for r in scored if r[3] is not reading), key=lambda r: r[0], default=None)
                claims = [(reading, suggestion.speaker)] + [  # the passage, then the same claimant's other claims
                    (r, r.said.speaker) for s, *_, r in sorted(scored, key=lambda r: -r[0])  # of the card, denied in
                    # their own sentence ("…, which the association denies."), which says what it denies
                    if r is not reading and s >= threshold and r.said and r.said.speaker and not r.said.denial
                    and suggestion.speaker and self._one_voice(r.said.speaker, suggestion.speaker)]
                denied = next((d for r, claimant in claims for d in [self._rebuttal(
                    fact.id, source, turn, voice, r.passage.start, claimant, suggestion.confidence)]
                    if d and not (d.start < reading.passage.end and reading.passage.start < d.end)
                    and (r is reading or not re.search(r"[.!?\n]", source.body[r.passage.end:d.start]))), None) \
                    if covering and covering[0][1] and not attribution.reports_denial(fact) else None  # a card of a
                # denial ("Russia denied…"): what denies it is no rebuttal; the firm's director's quotation proposed,
                # "The firm says residents were properly warned, which the Residents' Association denies." further on
                if denied:
                    self._rebutted(denied, source, report)
                elif covering and rest and rest[0] >= threshold and fact.quantity not in ("date", "time"):
                    other = self._suggestion(fact, source, rest[3], *rest[:3])  # the same article's other side:
                    if _counterclaim(other, covering):
                        self._rebutted(other, source, report)
                    elif rest[0] >= OTHER_SIDE and (other.stance in AFFIRMING) != (suggestion.stance in AFFIRMING):
                        report.other_sides.append(other)  # "…, which the company denies"
                if figure:
                    report.rivals += self._rivals(fact, source, [r for r in scored if r[3] is not reading],
                                                  [figure.bounds], {suggestion.speaker}, threshold)
                    report.updates += self._updates(fact, source, [r for r in scored if r[3] is not reading],
                                                    {suggestion.as_of}, [figure.bounds], threshold)
            repeats |= {r.passage for s, *_, r in scored if s >= threshold and _again(fact, r, covering, given)}
            own = {n for a in mine if a.value for n in (a.value.low, a.value.high)} | {n for b in given for n in b}
            for s, why, _, r in scored:
                if s >= ALIKE and s > alike.get(r.passage, (0,))[0]:
                    alike[r.passage] = (s, fact.id)
                if fact.quantity and s > figured.get(r.passage, (0,))[0] and (
                        (s >= threshold or s >= COUNTED_ALIKE and any(w.startswith(COUNTS_SAME) for w in why))
                        and figure_in(r.passage.text, fact, r.day) or _gives_again(fact, r, own | _given(fact), why)):
                    figured[r.passage] = (s, fact.id)
        report.suggestions.sort(key=lambda s: -s.confidence)
        report.uncovered = [replace(u, denied=self._rebuttal("", source, turn, voice, u.passage.start, u.speaker, 1.0))
                            for u in self._uncovered(source, readings, [c or main for c in context],
                                                     report.proposed(threshold), repeats, figured, alike)]
        return report

    def _rebuttal(self, fact: str, source: Source, turn: dict[Passage, attribution.Turn | None], voice: str | None,
                  at: int, speaker: str | None, confidence: float) -> Suggestion | None:
        """The other side of the account (on card ``fact``, or on a new card: "") whose passage holds the offset
        ``at``, when the passage right after it denies it, by pointing back to it (attribution.rebuts: "…, a claim
        Nordvik denied.", "The company has denied that.", in its paragraph, or opening the next one, after the claimant's
        further quotations in paragraphs of their own, with no one's words after it but the denier's) or, in its
        paragraph or opening the next, in two of its words and one of the card's ("Corvane has denied that any part of
        the rocket fell on land.", "The trust denied that any shifts had been cut."), or by negating the card's words in the words of one the card tells of, or of their officer ('"No defect was
        ever reported to us," said Corran Brannagh', of the owners), and someone other than ``speaker`` says so: as a
        suggestion of ``confidence``: with its own figure of the card's quantity, if it gives one ("…disputed that
        figure, saying its own data showed an average handover of 58 minutes"), as that figure's account."""
        order = list(turn)
        i = bisect.bisect_right([p.start for p in order], at) - 1  # the passage holding it, or (a comma the quote
        # ends on, before a closing denial) ending just before it
        if i < 0 or i + 1 == len(order):
            return None

        def who(passage: Passage) -> str | None:
            said = self._said(source, passage, turn[passage], voice)
            return said.speaker if said else None

        claim, i = order[i], i + 1
        if speaker and i > 1 and claim.text[:1] in "\"“«" and who(order[i - 2]) == speaker \
                and "\n\n" in source.body[order[i - 2].end:claim.start] \
                and "\n\n" in source.body[claim.end:order[i].start]:
            return None  # the claimant's further quotation, after their account: a denial in the next paragraph
            # answers the account (below)
        while speaker and i + 1 < len(order) and "\n\n" in source.body[order[i - 1].end:order[i].start] \
                and order[i].text[:1] in "\"“«" and who(order[i]) == speaker:
            i += 1  # the claimant quoted further, in paragraphs of their own ("They chose not to look," he said.)
        p = order[i]
        said = self._said(source, p, turn[p], voice)
        if said is None or said.speaker == speaker:
            return None
        parts = _OTHER_SIDE.split(p.text)
        if len(parts) > 1 and attribution.rebuts(parts[-1]) and not attribution.rebuts(parts[0]):
            return None  # "The fire service says a … flue is the likely cause; the hotel group denies this.": it
            # denies its own first clause, not the passage before
        claimed = self._stated(self.dossier.facts[fact]) if fact in self.dossier.facts else set(
            self.vocabulary.terms(claim.text))
        accused = fact in self.dossier.facts and said.speaker and self._accused(
            said.speaker, self.dossier.facts[fact]) and attribution.negated(
            attribution.quoted(p.text), lambda text: bool(set(self.vocabulary.terms(text)) & claimed))
        shared = (set(self.vocabulary.terms(p.text)) - self._names(p.text)) & (
            set(self.vocabulary.terms(claim.text)) - self._names(claim.text))
        denies = said.denial and len(shared) >= 2 and (fact not in self.dossier.facts
                                                        or shared & self._stated(self.dossier.facts[fact]))
        if "\n\n" in source.body[order[i - 1].end:p.start]:
            rest = [q for q in order[i + 1:] if "\n\n" not in source.body[p.end:q.start]]  # the paragraph after it
            if not ((attribution.rebuts(p.text) or accused or denies)
                    and (not rest or said.speaker and all(who(q) == said.speaker for q in rest))):
                return None  # the next paragraph denies it only when it is that denial, with no one's words after it
                # but its speaker's ("Keltner rejected that account. “There was no such warning,” she said."), or the
                # words of the one it accuses, negating the card's ('"No defect was ever reported to us, not once,"
                # said Corran Brannagh', managing director of the owners the union says crew reported the pump to),
                # or a denial in the claim's words ("The trust denied that any shifts had been cut."): "Sollen
                # rejected that account. Henrik Dahlsen … said…" rejects more than the paragraph before
        if (thing := attribution.such(p.text)) and not any(t[:4] == c[:4] if min(len(t), len(c)) > 4 else t == c
                                                           for t in self._kin(thing) for c in claimed):
            return None  # "…there was no such warning." denies a warning: not the card of when he stepped down ("not
            # aware of any such advice" denies that the warden advised them: a word of one root; "no such commitment"
            # that Kalvosh promised)
        if not (attribution.rebuts(p.text) or accused or denies):
            return None
        card = self.dossier.facts.get(fact)
        figure = figure_in(p.text, card, source.published[:10]) if card and card.quantity else None
        claimed_figure = figure and figure_in(claim.text, card, source.published[:10])
        if claimed_figure and _overlap(_around(*claimed_figure.bounds), _around(*figure.bounds)):
            figure = None  # "…denied that 38 shifts had been cut": the figure it denies
        return Suggestion(fact, source.id, p.text, p.start, p.end, "attributes" if figure else "disputes", confidence,
                          (f"{REBUTS}{said.words}",), said.speaker,
                          figure and figure.value, figure and figure.qualifier,
                          occurrence=occurrence(p.text, source.body, p.start, self.min_words))

    def _kin(self, thing: str) -> set[str]:
        """The terms of ``thing`` and of the words news uses for it ("commitment": "promise", "pledge", …)."""
        terms = set(self.vocabulary.terms(thing))
        for family in _KIN:
            if terms & (kin := set(self.vocabulary.terms(family))):
                terms |= kin
        return terms

    def _updates(self, fact: Fact, source: Source, scored: list, moments: set[str | None],
                 taken: list[tuple[float, float]], threshold: float) -> list[Suggestion]:
        """On a card whose figure changes over time, the other figures the source's passages ``scored`` (score, why,
        matched words, reading) give it at moments other than ``moments`` (the as_of of the figures ``taken`` (low,
        high) it gives: None for its own day), one per moment, best first: a live blog's "Nine farms are now
        confirmed as infected" at 10:15 beside its eleven at 16:40, "As of 6 November 2026, … eight premises" beside
        the figure of the day (not its headline's "31 arrested", the figure it gives again)."""
        if fact.quantity is None or not fact.changes_over_time:
            return []
        moments, taken, updates = set(moments), list(taken), []
        for score, why, matched, reading in sorted(scored, key=lambda r: -r[0]):
            if score < threshold:
                break
            update = self._suggestion(fact, source, reading, score, why, matched)
            figure = figure_in(reading.passage.text, fact, reading.day)
            if update.confidence >= threshold and update.value and figure and update.as_of not in moments \
                    and figure.bounds not in taken:
                updates.append(update)
                moments.add(update.as_of)
                taken.append(figure.bounds)
        return updates

    def _rivals(self, fact: Fact, source: Source, scored: list, taken: list[tuple[float, float]],
                speakers: set[str | None], threshold: float) -> list[Suggestion]:
        """The figures other speakers the dossier knows give the card in the source's passages ``scored`` (score,
        why, matched words, reading), each apart from the figures ``taken`` (low, high) and from one
        another, one per speaker and best first, not by any of ``speakers``: "The interior ministry put the figure at
        48,000" and, further down, "The Confederation of Labour said 210,000 had marched"; and the outlet's own, beside
        someone's, when it says it contradicts them ("In fact, the laboratory first measured the impurity on 19
        January", "they took six canvases, not five") or reads it in a record ("ticketing data obtained by the Post
        shows that 44,650 tickets were sold", "…, according to the tank-level log"), on a card of a date or a time too
        ("The Environment Agency says it was issued at 2pm." beside the mayor's "half past five"). Not on a card whose
        figure changes over time (a toll of five on Tuesday is no rival of eight on Thursday)."""
        if fact.quantity is None or fact.changes_over_time:
            return []
        moment = fact.quantity in ("date", "time")
        apart = (lambda bounds: bounds) if moment else (lambda bounds: _around(*bounds))  # a day is a day
        taken, speakers, rivals = [apart(t) for t in taken], set(speakers), []
        for score, why, matched, reading in sorted(scored, key=lambda r: -r[0]):
            if score < threshold:
                break
            rival = self._suggestion(fact, source, reading, score, why, matched)
            figure = figure_in(reading.passage.text, fact, reading.day)
            contrary = rival.stance in ("states", "contradicts") and None not in speakers and (
                _CONTRARY.search(reading.passage.text) or _DOCUMENTED.search(reading.passage.text)
                or any(low <= n <= high for n in prose_figures.denied(reading.passage.text, reading.figures)
                       for low, high in taken))  # its own figure ("contradicts" on a card of another day),
            # against someone's, or read in its own records
            if not (contrary or rival.stance == "attributes" and score >= OTHER_SIDE) \
                    or rival.speaker in speakers or not rival.value or rival.confidence < threshold or figure is None:
                continue
            around = apart(figure.bounds)
            if not any(_overlap(t, around, touching=moment) for t in taken):
                rivals.append(replace(rival, stance="states") if contrary else rival)
                speakers.add(rival.speaker)
                taken.append(around)
        return rivals

    def _rebutted(self, rebuttal: Suggestion, source: Source, report: Report) -> None:
        """Propose ``rebuttal`` as an account when its speaker is known and its words pin one place in the source,
        else list it as an other side for the editor."""
        pinned = word_count(rebuttal.quote) >= self.min_words or rebuttal.occurrence
        (report.rebuttals if rebuttal.speaker and pinned else report.other_sides).append(rebuttal)

    def _turns(self, source: Source) -> tuple[list, dict[Passage, attribution.Turn | None], str | None]:
        """A source's transcript turns, each passage's turn (or None) and the publisher speaking in it, if any."""
        spoken = attribution.turns(source.body, self.names)
        turned = sorted([*spoken, *attribution.posts(source.body, self.names)], key=lambda t: t.start)
        voice = self._voice(source)
        starts = [t.start for t in turned]
        turn = {p: turned[i - 1] if (i := bisect.bisect_right(starts, p.start)) and p.start < turned[i - 1].end
                else None for p in passages(source.body)}
        return spoken, turn, voice

    def _voice(self, source: Source) -> str | None:
        """The speaker whose claims the source's own sentences are: the body publishing it (a ministry's release),
        unsigned or signed for it (by its editors, its press office, its solicitors, its head of communications or
        spokesperson, a part of it its signature names it in), or by someone the dossier does not know, unless the
        body is a news outlet (a bulletin's duty forecaster, not a paper's reporter), or its letter or notice
        whoever signs it; else the speaker signing it (a blog post, an opinion piece, a minister's speech the
        ministry publishes); else the body named as its author where its outlet is none of the dossier's speakers (a
        company's release a newswire carries); else none (an article signed by a journalist is its outlet's, even
        when the outlet is a speaker)."""
        publisher = self.publishers.get(source.outlet.casefold())
        author = self.authors.get(" ".join(source.author.split()).casefold())
        if publisher and (source.author == "unknown" or not author and publisher not in self.newsrooms
                          or _FOR_A_BODY.search(source.author)
                          or author in self.spokespeople
                          or publisher in {sid for _, _, sid in self.names.find(source.author)}
                          or letters.formal(source.body) or author and self._in_own_name(source.body, publisher)):
            return publisher  # "System Operations Directorate, VarnGrid" on VarnGrid's report: VarnGrid's; a letter
            # or a notice, whoever signs it: the regulator's, the electoral office's
        body = self.publishers.get(" ".join(source.author.split()).casefold())
        if not publisher and body and body not in self.newsrooms:
            return body  # a company's release on a newswire's page, its author the company ("SOURCE Halvern…")
        return author

    def _in_own_name(self, body: str, publisher: str) -> bool:
        """Whether ``body`` speaks of its ``publisher`` as the one who finds and says, twice or more ("the Office
        estimates…", "The Office has not re-estimated it"): a report its head signs, the body's writing, not theirs."""
        said = (attribution.attribute(p.text, self.names) for p in passages(body))
        return sum(1 for a in said if a and a.speaker == publisher) >= 2

    def said_at(self, source: Source, at: int) -> attribution.Attribution | None:
        """Who speaks in the passage of ``source`` holding the offset ``at``, as `read` takes it (`dossier new
        fact` proposes the stance and speaker of its quote so)."""
        _, turn, voice = self._turns(source)
        passage = next((p for p in turn if p.start <= at < p.end), None)
        return self._before_part(source, passage, self._said(source, passage, turn[passage], voice),
                                 at - passage.start + 1) if passage else None

    def _before_part(self, source: Source, passage: Passage, said: attribution.Attribution | None,
                     end: int) -> attribution.Attribution | None:
        """Who speaks in ``passage`` of ``source`` up to ``end``: ``said``, or when that ends before the part of the
        sentence that is ``said``'s, whoever speaks before it ("Parents said X, and the head teacher, Angela Moss, said
        Y": X is the parents', someone the dossier does not know), else the body publishing the source ("Solvane
        notified the authority on 4 May, …, and reported…" in Solvane's release), else no one."""
        if said and said.part and end <= said.part[0]:
            before = passage.text[:said.part[0]]
            first = attribution.attribute(before, self.names)
            if first is None and attribution.speaks(before, passives=False):  # someone the dossier does not know
                first = attribution.Attribution(None, " ".join(before.split()[:8]) + "…", False)
            elif first is None and (voice := self._voice(source)) is not None:
                first = attribution.Attribution(voice, f"published by {source.outlet}", False, whole=True)
            return first
        return said

    @staticmethod
    def passage_at(source: Source, at: int) -> Passage | None:
        """The passage of ``source`` holding the offset ``at``."""
        return next((p for p in passages(source.body) if p.start <= at < p.end), None)

    def _said(self, source: Source, passage: Passage, turn: attribution.Turn | None,
              voice: str | None) -> attribution.Attribution | None:
        """Who speaks in a passage: a transcript's turn, else the wording, else the publisher when it is a speaker."""
        if turn and (turn.speaker or sentences.SIGNED_POST.fullmatch(turn.label) or turn.label.startswith("@")
                     or voice and len(turn.label.split()) > 1 or _SOMEONE.fullmatch(turn.label)):
            # a post signed by someone or opening with a handle, a turn the label gives a name, or one of someone
            # the outlet puts on air ("CALLER (Bettina, Harlow Cross):"): theirs, known or not; in a body's own
            # release, a name the dossier does not know is someone else's ("Oliver Stein (Brandauer Securities):" on
            # a company's call is an analyst, never the company publishing it), where in an outlet's it may be its
            # own correspondent's ("LENA VOGT:")
            label = source.body.find(turn.label, turn.start, passage.start)
            before = source.body[label + len(turn.label):passage.start].lstrip(" :") if label >= 0 else \
                source.body[turn.start:passage.start]  # what the speaker said before, without their label
            return attribution.in_turn(passage.text, self.names, turn, before)
        opening = source.body.rfind("\n\n", 0, passage.start) + 1
        relayed = letters.relays(passage.text, source.body[opening:passage.start])
        addressee = relayed and letters.addressee(source.body, self.names, self.publishers.get(source.outlet.casefold()))
        if addressee:  # "Your report states that…" in a letter to VarnGrid: VarnGrid's
            return attribution.Attribution(addressee, relayed, False)
        if _OPENS_QUOTE.match(source.body, opening) and (introduced := self._introduced(source, passage)):
            return introduced  # a quotation set apart under "Imelda Castellane, Chief Executive of Halvergate, said:"
        if _own_finding(passage.text, source):  # "The Herald has established that…, not the 14 the company announced"
            return None
        since = max(source.body.rfind("\n\n", 0, max(0, passage.start - 400)) + 1, passage.start - 4000)  # from a
        said = attribution.attribute(passage.text, self.names, source.body[since:passage.start])  # paragraph's start:
        # a window starting inside a quotation would read its words as the narration's and the narration's as quoted
        if said is not None and said.speaker is None and (event := _EVENT_RECORDING.match(said.words)) \
                and set(self.vocabulary.terms(event["what"])) <= self.events:
            said = None  # "The census counted 5,912,300 households.": what the event found, no one speaking
        if said is None and "\t" in passage.text.strip():  # a table's row: its last cell, a source column, names
            said = attribution.credited(passage.text.strip().split("\t")[-1], self.names)  # whose figure it is
        if said is None and voice and not attribution.quotes(passage.text, least=3):  # its own words (a name in
            # quotation marks too: "buried piste 7 (\"Schattenhang\")"), unless reported speech runs on into them
            # ("The Chief Executive said… Some 40 people had gone into the water." in its minutes)
            return (None if self.names.find(passage.text) else self._reported(source, passage)) or \
                attribution.Attribution(voice, f"published by {source.outlet}", False, whole=True)
        if said is not None and said.speaker is None and voice and (
                _WE.match(said.words) or voice in self.names.firms and _THE_COMPANY.match(said.words)):
            return replace(said, speaker=voice)  # "We do not accept that…" in the association's own newsletter: the
            # association; "The Company rejects any suggestion…" in the company's own announcement: the company
        if said is not None and voice and said.speaker == voice and not said.denial:
            return replace(said, whole=True)  # "The Company has approximately 1,100 employees … and reported revenue
            # of …" in its own announcement: all of it the company's claim, not the outlet telling what it did
        if said is None and not attribution.quotes(passage.text) and not self.names.find(passage.text):
            said = self._reported(source, passage) or self._introduced(source, passage)
        if said is None and _OPENS_QUOTE.match(passage.text):
            said = self._named_after(source, passage) or self._quoting_on(source, passage)  # named beats run on
        if said is None and (head := _HEADED.match(passage.text)) and not _title(source, passage):
            # "Prefecture: 31 arrests", a live blog entry's heading, is the prefecture's claim (the headline is the
            # article's own)
            named = [sid for start, end, sid in self.names.find(head["who"]) if end == len(head["who"])]
            if named:
                return attribution.Attribution(named[-1], head.group().strip(), False)
        if said is None and _HEADING.fullmatch(passage.text) and _HEADLINE_QUOTE.search(passage.text) \
                and not _title(source, passage):
            return self._heading(source, passage)
        return said

    def _heading(self, source: Source, passage: Passage) -> attribution.Attribution | None:
        """Whose words a heading quotes over a paragraph (a live blog entry's "Water cannon 'for about 20 minutes'"
        over "The Tarsannian Maritime Guard says the Arvel fired its water cannon… for about 20 minutes"): whoever
        speaks in the paragraph's first sentence, the heading being its summary."""
        below = passages(source.body[passage.end:passage.end + 2000])
        if not below or "\n\n" not in source.body[passage.end:passage.end + below[0].start + 1]:
            return None
        first = below[0]
        said = attribution.attribute(first.text, self.names, source.body[max(0, passage.end - 400):passage.end])
        return replace(said, words=f"the paragraph below: {said.words}", part=None, whole=True) if said else None

    def _quoting_on(self, source: Source, passage: Passage) -> attribution.Attribution | None:
        """A quotation that names no one, after a sentence quoting someone (in its paragraph, or ending the paragraph
        before): '"We will be back on April 2," Kessel told reporters. "This is the biggest march…"' is Kessel's too,
        as a reader takes it; after one quoting someone the dossier does not know ("…," said one London-based fund
        manager.), theirs, never the outlet's own."""
        offset = max(0, passage.start - 2000)
        before = passages(source.body[offset:passage.start])
        if not before or not attribution.quotes(before[-1].text):
            return None
        said = attribution.attribute(before[-1].text, self.names, source.body[offset:offset + before[-1].start])
        if said and not said.denial:
            return replace(said, words=f"quoting on: {said.words}", part=None, whole=bool(said.speaker))  # (unnamed,
            # no part of it theirs)
        return None

    def _named_after(self, source: Source, passage: Passage) -> attribution.Attribution | None:
        """A quotation whose speaker the sentence after it names: '"We were hit by gusts of 45 knots…" That was how
        Ilse Varno, Solvard Shipping's spokeswoman, put it last week.', after the quotation's last sentence ('"The
        alarms did exactly what they are there to do. My night team got everyone out." That was the verdict of…')."""
        closing = _CLOSES_QUOTE.search(source.body, passage.start + 1, passage.start + 3000)
        end = max(passage.end, closing.end() if closing else 0)
        after = passages(source.body[end:end + 600])
        if not after or "\n\n" in source.body[end:end + after[0].start] and not _QUOTATION.fullmatch(
                source.body[passage.start:end].strip()):  # a quotation set as a paragraph of its own, its speaker
            return None  # named under it
        named = _PUT_IT.match(after[0].text)
        found = self.names.find(named["who"]) if named else []
        return attribution.Attribution(found[0][2], named.group(), False, whole=True) if found else None

    def _introduced(self, source: Source, passage: Passage) -> attribution.Attribution | None:
        """A paragraph a speaker's words introduce, the paragraph before ending in a colon: "Speaking at the rescue
        centre, she said:" and then the minister's words, set apart as a block quote; or a later paragraph of a
        quotation run on from there, each opening with a quotation mark whose quotation the one before left open."""
        start = source.body.rfind("\n\n", 0, passage.start) + 2 if "\n\n" in source.body[:passage.start] else 0
        for _ in range(MAX_QUOTED):
            offset = max(0, start - 2000)
            before = passages(source.body[offset:start])
            if not before or before[-1].text.rstrip().endswith(":"):
                break
            opening = source.body.rfind("\n\n", 0, start - 2) + 2 if "\n\n" in source.body[:start - 2] else 0
            previous = source.body[opening:start].strip()
            if not (_OPENS_QUOTE.match(source.body, start) and _OPENS_QUOTE.match(previous)
                    and not re.search(r"[\"”»][)\]]?$", previous)):
                return None
            start = opening  # "…whose call led to this morning's arrest." with no closing mark: the quotation runs on
        if not before or not before[-1].text.rstrip().endswith(":"):
            return None
        said = attribution.attribute(before[-1].text, self.names, source.body[offset:offset + before[-1].start])
        if said and said.speaker and not said.denial and _REPORTED.search(said.words):
            return replace(said, words=f"introducing: {said.words}", part=None, whole=True)
        return None

    def _reported(self, source: Source, passage: Passage) -> attribution.Attribution | None:
        """Reported speech running on in its paragraph: "St Anselm's Hospital says it has now treated nearly 60
        people… Nine are in intensive care." is the hospital's too (the sentence before, in the same paragraph,
        reports a known speaker saying something, not quoting them), and so are sentences in the past perfect after
        one that does ("He said the footbridge had collapsed…. Some 40 people had gone into the water. As of noon
        today, 29 people had been treated…")."""
        start = source.body.rfind("\n\n", 0, passage.start) + 1
        before = passages(source.body[start:passage.start])
        while before and not _OWN_SUBJECT.search(passage.text) and not attribution.speaks(passage.text):  # (not
            # "That study … estimated that…": someone else speaks)
            if attribution.quotes(before[-1].text) or sentences.retracted(before[-1].text):
                return None
            said = attribution.attribute(before[-1].text, self.names,
                                         source.body[max(0, start - 400):start + before[-1].start])
            first = len(before) - 1  # the whole sentence: its accounts joined by semicolons are passages apart
            while first and source.body[start + before[first - 1].end:start + before[first].start].strip() == ";":
                first -= 1
            parts = _OTHER_SIDE.split(source.body[start + before[first].start:start + before[-1].end])
            at = before[-1].text.find(said.words) if said else -1
            if said and said.speaker and not said.denial and _REPORTED.search(said.words) and not (
                    at > 0 and _RELATIVE_REPORT.search(before[-1].text, 0, at)) and not (  # "…, which it says will
                    # secure the site's future. The plant employs 1,240 people.": the aside is theirs, not the next
                    _PAST_SAID.search(said.words) and _PRESENT.search(passage.text)
                    and not _BACKSHIFTED.search(passage.text)) and not any(
                    (other := attribution.attribute(part, self.names)) and other.speaker not in (None, said.speaker)
                    for part in parts if len(parts) > 1):  # not after two speakers' accounts ("Renholm said
                # 42,000…, but Dravik put the number at around thirty thousand. The festival's licence allows
                # 40,000."; "Rennvald says the hearing lasted forty minutes; the federation says it lasted more than
                # three hours. Meanwhile an open letter…"): whose would it be? Nor in the present after "said"
                # ("Muir said volunteers had counted forty passengers. Nearly 2,100 people have signed…")
                return replace(said, words=f"continuing: {said.words}", part=None)
            if said or not (_BACKSHIFTED.search(passage.text) and _BACKSHIFTED.search(before[-1].text)):
                return None
            before.pop()  # "He said the footbridge had collapsed…. Some 40 people had gone into the water. As of
            # noon today, 29 people had been treated…": past perfect after "said" runs on
        return None

    def _units(self, figures: list[prose_figures.Figure]) -> set[str]:
        """The words of the units of the measures among ``figures``, spelt out: an article's "1,200MW" gives a card's
        "megawatts"."""
        return {t for f in figures if f.unit and f.unit in f.text and (found := units.unit(f.unit))
                and " " not in (spelt := units.spelt_out(found[1])) for t in self.vocabulary.terms(spelt)}  # not
        # "kilometres per hour", whose "hour" is a duration's word

    def _contexts(self, found: list[Passage]) -> list[str | None]:
        """The summit whose place or year was named last at or before each passage; one the dossier only mentions
        in passing is the context of the passage naming it alone ("their first meeting since Helsinki" does not
        move the rest of an article on Osaka to Helsinki)."""
        current, out = None, []
        for p in found:
            named = [(m.start(), sid) for sid, cue in self.summit_cue.items() for m in cue.finditer(p.text)]
            here = max(named)[1] if named else current
            if named and not self.dossier.summits[here].mentioned_only:
                current = here
            out.append(here)
        return out

    def _read_card(self, fact: Fact) -> tuple[list[tuple[set, float, set]], list[tuple[set, str]], set[str]]:
        """``_card(fact)``, made once for all the sources read (the preview's page of suggestions reads them all)."""
        kept = self._cards.get(fact.id)
        if kept is None or kept[0] is not fact:
            kept = self._cards[fact.id] = fact, self._card(fact)
        return kept[1]

    def _card(self, fact: Fact) -> tuple[list[tuple[set, float, set]], list[tuple[set, str]], set[str]]:
        """A card's phrasings (statement, each quote) as (words, their capped weight, the words of its figure of the
        card's quantity), its quotes of four words or more as (words, folded text) for the word-for-word comparison,
        and what its accounts' counts count."""
        variants = []
        dated = bool(_DATE.search(fact.statement))
        for text, remark, value in [(fact.statement, False, None),
                                    *((a.excerpt, bool(fact.speaker), a.value) for a in fact.accounts)]:
            if remark and attribution.quotes(text):  # a remark's quote: its words, not "she told reporters in
                text = attribution.quoted(text)  # Callow" around them
            words = set(self.vocabulary.terms(text)) - self._names(text)
            if text is not fact.statement:  # a body a quote names ("the Tessavian Civil Aviation Authority said…"):
                words -= {t for sid in {b for t in words for b in self.bodies.get(t, ())}  # who, not what
                          if self.named[sid] <= words for t in self.named[sid]} - self._stated(fact)  # ("Tessavian
                # aviation has an excellent safety record" shares no word with it)
            if fact.quantity and value:  # a quote's other figures ("48,906" in a table row giving a share of
                found = prose_figures.figures(text)  # 49.6%): about something else (not the other reading of "at
                its = {f.text for f in found if f.quantity == fact.quantity and value.low <= f.number <= value.high}
                words -= {t for f in found if f.text not in its  # 7.30", 19:30, where the value is 07:30)
                          for t in self.vocabulary.terms(f.text)}
            if not dated:  # "left Rosmore with 19 crew on March 14th": when, not what the card says
                words -= {t for m in _DATE.finditer(text) for t in self.vocabulary.terms(m.group())}
            if fact.quantity in ("date", "time") and text is not fact.statement:  # "…granted consent on Tuesday for
                when = {t for f in prose_figures.figures(text) if f.quantity == fact.quantity  # 64 turbines, down
                        for t in self.vocabulary.terms(f.text)}  # from the 80 first proposed", on the card of that
                words -= {t for t in words if any(c.isdigit() for c in t)} - when  # day: its counts are of
                # something else
            total = min(ENOUGH, math.fsum(self.weight(t) for t in words))
            figure = {t for f in prose_figures.figures(text) if f.quantity == fact.quantity  # "about 90 minutes":
                      for t in self.vocabulary.terms(f.text)} & words  # matched by its value, however written
            if len(words) >= 2 and total:
                variants.append((words, total, figure))
        quotes = [(set(self.vocabulary.terms(text)), normalise(text).lower()) for a in fact.accounts
                  for text in (a.excerpt, *_remark(a.excerpt, fact)) if len(text.split()) >= 4]
        counted = {t for a in fact.accounts if a.value and fact.quantity in ("count", *units.MEASURES)
                   for f in prose_figures.figures(a.excerpt) if f.quantity == fact.quantity  # "Five firefighters":
                   # firefighters; "along the nine-kilometre lake": lake
                   and a.value.low <= f.number <= a.value.high for t in self.vocabulary.terms(f.counted)}
        return variants, quotes, counted

    def _names(self, text: str) -> set[str]:
        """The words of people's names in ``text``, written with a capital: no word in common with a card ("Juri" is a
        name, "jury" is not)."""
        return set(self.vocabulary.terms(" ".join(t for t in _TOKEN.findall(text) if t[0].isupper()))) & self.name_terms

    def _stated(self, fact: Fact) -> set[str]:
        """The words of a card's statement."""
        if fact.id not in self.statements:
            self.statements[fact.id] = set(self.vocabulary.terms(fact.statement))
        return self.statements[fact.id]

    def _score(self, fact: Fact, card, reading: Reading, context: str | None,
               mentioned: set[str]) -> tuple[float, list[str], set[str]]:
        """The passage's score for the card (its confidence, before it stops at 1), why, and the card's words found
        in it."""
        words, said = reading.words, reading.said
        variants, quotes, counted = card
        words = words | reading.borrowed
        named = reading.named
        speaking = reading.mentioned | ({said.speaker} if said and said.speaker else set())
        for sid in speaking - self.names.persons:  # "Westmoor Power says…", a passage that names it ("The White
            # House has not issued a readout", "For media enquiries: press office, Tessavian Civil Aviation
            # Authority."): who it is, not what the passage shares with a card (a person's name is no word in common
            # at all), unless the card is about them
            words = words - (self.named[sid] - self._stated(fact))
        words = words - (self._role_said(reading) - self._stated(fact))
        why: list[str] = []
        kind, same = self._figures(fact, reading) if fact.quantity else ([], False)
        elsewhere = self._card_giving(fact, kind) if kind and not same else None
        best, matched = 0.0, set()
        for phrasing, total, figure in variants:
            hit = phrasing & words
            cover = min(1.0, math.fsum(self.weight(t) for t in hit) / max(total, self.fewest))
            if kind and figure and not elsewhere:  # "an hour and a half" for "about 90 minutes", "84%" for "89.2
                rest = min(ENOUGH, math.fsum(self.weight(t) for t in phrasing - figure))  # per cent": the figures are
                cover = max(cover, min(1.0, math.fsum(self.weight(t) for t in hit - figure)  # weighed apart (below),
                                       / max(rest, self.fewest)))  # and the card's other words may decide (not for
                # a figure another card gives to the letter: that card's)
            if cover > best:
                best, matched = cover, hit
        shared = max((fuzz.partial_ratio(quote, reading.folded) / 100
                      for quote_words, quote in quotes if len(quote_words & words) >= min(2, len(quote_words))),
                     default=0)  # a remark of common words ("It's an honor to be with you"): its one rare word
        if shared >= SHARED_QUOTE and shared > best:
            best, matched = shared, set().union(*(w for w, _ in quotes)) & words
            why.append(f"repeats another source's words ({shared:.0%})")
        score = best
        speakers = ({fact.speaker} | {s for a in fact.accounts for s in a.speakers}) - {None}
        if said and said.speaker in speakers:
            score += QUOTED
            why.append(f"speaker quoted: {said.speaker}")
        elif speakers & named:
            score += NAMED
            why.append("speaker named: " + ", ".join(sorted(speakers & named)))
        elif fact.speaker and said and said.speaker and said.speaker != fact.speaker \
                and all(a.affirms for a in fact.accounts):  # a claim someone denies: others may speak to it
            score -= OTHER_SPEAKER
            why.append(f"quotes {said.speaker}, not {fact.speaker}")
        elif fact.speaker and said is None and not attribution.quotes(reading.passage.text):
            score -= UNSAID  # "The guns may well fall silent on Friday.": the outlet's words, not the remark reported
            why.append(f"neither quotes nor names {fact.speaker}")
        counts = {t for f in kind for t in self.vocabulary.terms(f.counted)} & counted if fact.quantity else set()
        if fact.quantity:
            denies = kind and any(a.value.low <= n <= a.value.high for a in fact.accounts if a.value
                                  for n in prose_figures.denied(reading.passage.text, kind))  # "they took six
            # canvases, not five"
            if denies:
                score += SAME_FIGURE + DENIED_FIGURE
                why.append(f"denies a {fact.quantity} another source gives")
            elif same:
                score += SAME_FIGURE
                why.append(f"a {fact.quantity} another source gives")
            elif elsewhere:
                score -= ELSEWHERE
                why.append(f"a {fact.quantity} card {elsewhere} gives")
                theirs = {t for f in kind for t in self.vocabulary.terms(f.counted)} \
                    & self._read_card(self.dossier.facts[elsewhere])[2]
                if theirs and not counts:  # and it counts what that card counts, not this one: "said more than 70
                    score = min(score, UNSURE)  # sheep had been killed …, and accused the agency of counting "only the
                    # carcasses it can be bothered to swab"" for the carcasses swabbed, the 70 sheep killed's
            elif kind:
                score += FIGURE
                why.append(f"a {fact.quantity} figure")
            else:
                score -= NO_FIGURE
            if counts:  # "Five firefighters were treated for burns" for "Three firefighters were injured"
                score += COUNTED
                why.append(COUNTS_SAME + ", ".join(self._forms(reading.passage.text, counts)))
            if counts and matched <= counts and not same and not matched & self._stated(fact):  # "…with our pilot
                score = min(score, UNSURE)  # and twelve passengers on board" for the people still in hospital: what
                why.append("shares only what it counts")  # other accounts count, and no word of the statement
        told = set().union(*(phrasing for phrasing, _, _ in variants))
        apart = next((pair for pair in _APART if pair[0] in words - told and pair[1] in told - words), None)
        if apart and fact.quantity and not matched - counts:  # "Two of our passengers lost their lives." is no count
            score = min(score, UNSURE)  # of the injured still in hospital (but "Four people died…, and four others
            why.append(f"tells of the {apart[0]}, the card of the {apart[1]}")  # are still in hospital" may be)
        if fact.quantity == "date" and kind and not same and self._event_day(fact, kind):
            score = min(score, UNSURE)  # "on Saturday night, … the ceiling … came down" for the theatre's last
            why.append(f"the day of {fact.summit} itself, where the card's accounts give other days")  # inspection
        if fact.quantity and fact.quantity != "date" and (year := self._earlier(fact, reading.passage.text)):
            score = min(score - EARLIER, UNSURE)  # "In March 2023, another Aurel Air flight … injuring 12 people":
            why.append(f"set {'in ' * year.isdigit()}{year}, before {fact.summit}")  # a figure of another event;
            # never applied
        if fact.quantity and not same and _PAST_PERIOD.search(fact.statement) \
                and not _PAST_PERIOD.search(reading.passage.text) and not _A_YEAR.search(reading.passage.text):
            score = min(score, UNSURE)  # "The agency says just over 400,000 doses had reached GP practices…" for the
            why.append("the card tells of a time before, the passage of none")  # card of last winter's 690,000 (a
            # figure another source gives the card, "three million people a year" for last year's, is its own)
        if fact.summit in self.summit_cue:
            if mentioned and fact.summit not in mentioned:  # it names others: it is about another event, and a
                score = min(score - NEVER_NAMED, UNSURE)  # figure from there would turn this card red; never applied
                why.append(f"the source never names {fact.summit}'s place or year")
            elif context and context != fact.summit:
                score -= AMID
                why.append(f"amid {context}")
        if self._only_named(reading.passage.text, matched) and (len(matched) == 1 or not matched & self._stated(fact)) \
                and not (same and not all(prose_figures.bare(f) for f in kind if any(
                _gives(a.value, f, fact.quantity) for a in fact.accounts if a.value))):
            score = min(score, UNSURE)  # a place's or a thing's name alone in common ("…outside the agency's offices
            why.append("only a name in common: " + " ".join(self._forms(reading.passage.text, matched)))  # in
            # Vaskor."; or names alone that the statement does not write: "Full time at Brackwater Lane.", a painting's
            # title (but "In New Delhi, in May." for "…will be held in New Delhi in May."), and, a
            # bare number its figure, "…remains in hospital in Skelby; two were discharged" for the two helicopters
            # sent from Skelby; not "Kalvosh handed over thirteen people.")
        unknown = _UNKNOWN.search(reading.passage.text)
        if unknown and 0 < self._weight_in(reading.passage.text, matched) <= 2 * self._weight_in(
                reading.passage.text[unknown.end():], matched):  # the words in common are what it does not know
            score = min(score, UNSURE)
            why.append(f"says it is not known: {' '.join(unknown.group().split())}")
        given, day = _given(fact), _day_number(reading.day)
        if fact.quantity == "date" and kind and day and given and max(given) < day \
                and all(f.number > day for f in kind):  # "Tomorrow, thunderstorms are possible…" for the day the
            score = min(score, UNSURE)  # storm struck: a day to come, where the card's are gone
            why.append("a day to come")
        if fact.quantity in ("time", "date") and matched and not same \
                and all(_MOMENT_WORD.fullmatch(w) for w in self._forms(reading.passage.text, matched)):
            score = min(score, UNSURE)  # "A media briefing will be held … at 10am on Tuesday 15 September" for the
            why.append("only a day in common")  # time the leopard was darted on Tuesday: another moment that day
        supposed = _SUPPOSED.search(reading.passage.text) or next((
            call for call in _CALL.finditer(reading.passage.text) if not _CALL.search(fact.statement)
            and set(self.vocabulary.terms(call["what"])) & self._stated(fact)), None)  # calling for what the card
        # says was done (not "called on the authorities to let an aid convoy carrying more than 1,800 tonnes…")
        inside = self._weight_in(supposed.group(), matched) if supposed else 0
        if inside and inside >= math.fsum(  # the words in common outside it, but the names of what it is about
                self.weight(t) for t in matched - set(self.vocabulary.terms(supposed.group()))
                if not self._forms(reading.passage.text, {t})[0][:1].isupper()):
            score = min(score, UNSURE)  # "…asks the Minister, should she be minded to grant consent, to…", "We call
            why.append(f"what may happen: {' '.join(supposed.group().split()[:6])}…")  # on the Board to open…": what
            # may happen, not what did
        if _ROW.search(reading.passage.text):
            score -= ROW
            why.append("a table's row")
        text = reading.passage.text
        if (_SECTION.match(text) or text.isupper() and _HEADING.fullmatch(text) and not re.search(r"\d", text)) \
                and not reading.figures \
                and not attribution.quotes(text):  # "## The regulator's inquiry", "THE FIRE AT GREYHOLT FARM": what
            score = min(score, UNSURE)  # follows is about it, it says nothing
            why.append("a section's heading")
        return max(0.0, score), why, matched

    def _event_day(self, fact: Fact, kind: list[prose_figures.Figure]) -> bool:
        """Whether the days ``kind`` all fall within the card's summit, and every day the card's accounts give lies
        more than a week outside it: the passage dates the event, the card something else (a last inspection)."""
        summit = self.dossier.summits.get(fact.summit)
        try:
            first, last = (dt.date.fromisoformat(day).toordinal() for day in (summit.start, summit.end or summit.start))
        except (AttributeError, TypeError, ValueError):  # no summit, or no day of it
            return False
        given = [a.value for a in fact.accounts if a.value]
        return bool(given) and all(first <= f.number <= last for f in kind) and all(
            v.high < first - WEEK or v.low > last + WEEK for v in given)

    def _figures(self, fact: Fact, reading: Reading) -> tuple[list[prose_figures.Figure], bool]:
        """The passage's figures of the card's kind, and whether one is a value another source gives the card."""
        near = _given(fact)  # a figure ten times from every value given is of something else ("two hands short"
        found = reading.figures  # for 212 passengers); a date's year may come from theirs
        if fact.quantity == "date":
            found = prose_figures.dates(reading.passage.text, sorted(near), reading.day, fact.statement)
        elif fact.quantity == "time" and reading.stamp and not any(f.quantity == "time" for f in found):
            found = [*found, reading.stamp]
        elif fact.quantity == "duration" and prose_figures.of_age(fact.statement):
            found = [*found, *prose_figures.aged(reading.passage.text, found)]  # "17 years old": how long it stood
        kind = [f for f in found if f.quantity == fact.quantity and _of_size(f, near)
                and not (fact.currency and not f.currency and f.counted)  # "310,000 customers" for a sum in euros
                and (not f.bound or prose_figures.of_bound(fact.statement, fact.quantity))
                and not prose_figures.counts_other(f, fact.statement)
                and not prose_figures.on_other_day(reading.passage.text, f, fact.statement)
                and not prose_figures.away_or_not(reading.passage.text, f, fact.statement)]
        return kind, any(_gives(a.value, f, fact.quantity) for f in kind for a in fact.accounts if a.value)

    def _role_said(self, reading: Reading) -> frozenset[str]:
        """The words of the role a person speaking is given in the passage, and nowhere else in it: who speaks, not
        what is said ("…,” said Tobias Rennick, Chief Executive Officer of Halcyra Cruises.")."""
        said = reading.said
        key = reading.passage, said.speaker if said else None
        found = self._roles.get(key)
        if found is None:
            found = frozenset()
            for role in self.dossier.speakers[said.speaker].roles if said and said.speaker in self.names.persons else ():
                at = reading.folded.find(role.title.lower())
                if at >= 0:
                    rest = reading.folded[:at] + " " + reading.folded[at + len(role.title):]
                    found |= set(self.vocabulary.terms(role.title)) - set(self.vocabulary.terms(rest))
            self._roles[key] = found
        return found

    def _figure(self, figure: prose_figures.Figure) -> tuple:
        """A figure as ``_among`` compares it: its kind, its number and the words of what it counts."""
        return figure.quantity, figure.number, frozenset(self.vocabulary.terms(figure.counted))

    def _among(self, figure: prose_figures.Figure, figures) -> bool:
        """Whether ``figure`` is one of ``figures`` (``_figure``): of their kind and number, counting the same thing
        where both say what they count (a correction's "had freed 11 Tervanian prisoners" withdraws no "11 Kalvoshi
        prisoners")."""
        quantity, number, what = self._figure(figure)
        return any(q == quantity and n == number and (not counted or not what or counted <= what or what <= counted)
                   for q, n, counted in figures)

    def _heads(self, person: str, publisher: str) -> bool:
        """Whether ``person`` speaks for the body ``publisher`` in its own text: its officer, or a person no role of whom
        names another body of the dossier ("President Valk informed the Prime Minister that…" in the presidency's
        readout; not "Veltra's chief executive informed the Authority…" in the regulator's statement)."""
        speakers = self.dossier.speakers
        return speakers[person].kind == "person" and (self._officer(person, publisher) or not any(
            self._officer(person, body) for body, s in speakers.items() if s.kind != "person" and body != publisher))

    def _officer(self, person: str, body: str) -> bool:
        """Whether ``person``'s roles name the body ``body`` ("Chief Financial Officer of Brannock Group")."""
        return naming.officer_of(self.dossier.speakers[person], self.dossier.speakers[body])

    def _one_voice(self, a: str, b: str) -> bool:
        """Whether speakers ``a`` and ``b`` speak as one: the same, or a body and its officer."""
        return a == b or a in self.dossier.speakers and b in self.dossier.speakers and (
            self._officer(a, b) or self._officer(b, a))

    def _accused(self, speaker: str, fact: Fact) -> bool:
        """Whether ``speaker`` is one of those ``fact`` tells of, or an officer of one of them."""
        return speaker in fact.about or any(b in self.dossier.speakers and self._officer(speaker, b)
                                            for b in fact.about)

    def _card_giving(self, fact: Fact, kind: list[prose_figures.Figure]) -> str | None:
        """Another card of ``fact``'s kind that gives each of the figures ``kind`` to the letter (a bound of one of its
        values), the figures being none of ``fact``'s; None when there is none."""
        if self._given_by is None:
            self._given_by = defaultdict(set)
            for card in self.dossier.facts.values():
                for a in card.accounts:
                    if a.value:
                        for n in {a.value.low, a.value.high} - {-math.inf, math.inf}:
                            self._given_by[card.quantity, card.currency, n].add(card.id)
        found = [self._given_by.get((fact.quantity, fact.currency, f.number), set()) - {fact.id} for f in kind]
        shared = set.intersection(*found) if found else set()
        return min(shared) if shared else None

    def _earlier(self, fact: Fact, text: str) -> str | None:
        """The year ``text`` opens by setting what it tells in (or tells something last happened in), when it is
        before the card's summit, no summit's and not one the card's own words name ("the year before" for "last
        year's …", unless the card's words say it too); else None."""
        summit, opening = self.dossier.summits.get(fact.summit), _IN_YEAR.match(text) or _LAST_IN_YEAR.search(text)
        if opening and opening.re is _LAST_IN_YEAR and _AND_WAS.search(text, 0, opening.start()):
            return None  # "The main … is 62 years old and was last inspected in 2022": another clause's year
        if _LAST_YEARS.match(text) and not _LAST_YEARS.search(" ".join([fact.statement, *(a.excerpt for a in
                                                                                           fact.accounts)])):
            return "the year before"  # "For comparison, during last year's pilot, which ran in three car parks
            # with 52,000 users, …": another year's figure
        year = opening and (opening["year"] or opening.groupdict().get("then"))
        if not (summit and summit.start and year) or year >= summit.start[:4]:
            return None
        known = {s.start[:4] for s in self.dossier.summits.values() if s.start}
        known |= set(_YEAR.findall(" ".join([fact.statement, *(a.excerpt for a in fact.accounts)])))
        return None if year in known else year

    def _weight_in(self, text: str, matched: set[str]) -> float:
        """How much of the matched words' weight ``text`` holds."""
        return math.fsum(self.weight(t) for t in set(self.vocabulary.terms(text)) & matched)

    def _only_named(self, text: str, matched: set[str]) -> bool:
        """Whether ``text`` writes every one of the ``matched`` words with a capital, inside a sentence: a name."""
        found = set()
        for token in _TOKEN.finditer(text):
            terms = set(self.vocabulary.terms(token.group())) & matched
            if terms:
                if not token.group()[:1].isupper() or _SENTENCE_OPENS.search(text, 0, token.start()):
                    return False
                found |= terms
        return bool(matched) and found == matched

    def _forms(self, text: str, matched: set[str]) -> list[str]:
        """The matched words as ``text`` writes them ("July", "chemistry", "walked out"; not the stems "juli",
        "chemistri", "walkout"), in the order they come, each once."""
        tokens = list(_TOKEN.finditer(text))
        alone = [self.vocabulary.terms(t.group()) for t in tokens]
        forms: dict[str, str] = {}
        for i, (token, terms) in enumerate(zip(tokens, alone)):
            pair = text[token.start():tokens[i + 1].end()] if i + 1 < len(tokens) else ""
            joined = self.vocabulary.terms(pair) if pair else []
            if len(joined) == 1 and joined[0] in matched and joined[0] not in {*terms, *alone[i + 1]}:
                forms.setdefault(joined[0], " ".join(pair.split()))  # "walked out" for "walkout"
            for term in set(terms) & matched:
                forms.setdefault(term, _POSSESSIVE.sub("", token.group()))
        shown = dict.fromkeys([*forms.values(), *sorted(matched - set(forms))])  # a stem is shown if no word is
        return list(shown)

    def _runs_into(self, text: str, part: tuple[int, int], quote: tuple[int, int], matched: set[str]) -> bool:
        """Whether the ``quote`` (start, end) of ``text`` runs into the ``part`` of a speaker that "and" opens, and
        holds more of the ``matched`` words there than before it: "Dr Aske came along and confirmed that symptoms
        are…" quotes what she said, from her name on."""
        start, end = quote
        return start < part[0] < end <= part[1] + 1 and bool(_AND.match(text, part[0])) and self._weight_in(
            text[part[0]:end], matched) > self._weight_in(text[start:part[0]], matched)

    def _giver(self, text: str, said: attribution.Attribution, figure: tuple[int, int]) -> attribution.Attribution:
        """``said``, or the attribution of the words between it and the ``figure`` (start, end) of ``text`` when,
        after a clause that ``said`` ends, they name someone else giving it: "About 4,000 took part, police said,
        though organisers put the figure at 20,000" gives the 20,000 to the organisers, not to the police; "Gallagher
        said an affidavit by Hayes stated…" is still Gallagher's report."""
        at = text.find(said.words)
        if at < 0 or at + len(said.words) > figure[0] or not _CLAUSE_ENDS.match(text, at + len(said.words)):
            return said
        other = attribution.attribute(text[at + len(said.words):figure[1]], self.names, text[:at + len(said.words)])
        # (the words before it tell whom "it says" means)
        return replace(other, part=None) if other is not None and other.speaker != said.speaker else said  # the
        # figure is theirs, whatever the clause quoted

    def _suggestion(self, fact: Fact, source: Source, reading: Reading, score: float, why,
                    matched: set[str]) -> Suggestion:
        """The suggestion, quoting the clause of the passage that holds the matched words and the figure read."""
        passage, said = reading.passage, reading.said
        voice = self._voice(source) if said and _INFORMING.search(said.words.split()[-1]) else None
        if said and _INFORMING.search(said.words.split()[-1]) and (
                _INFORMING.search(fact.statement) or fact.quantity == "date" or fact.date
                or voice and said.speaker and self._heads(said.speaker, voice)):
            # "On 4 March Halvern Pharma notified the Agency that…" on the card "Halvern notified the … Agency on 4
            # March": the act, which the publisher records, not what was said; "President Valk informed the Prime
            # Minister that…" in the presidency's readout: the presidency's account of what its head told him; a day
            # on a card of a date, the act's
            said = attribution.Attribution(voice, f"published by {source.outlet}", False, whole=True) if voice \
                else None
        denied = attribution.denial_at(passage.text) if said and not said.denial else None
        if denied is not None and self._weight_in(passage.text[denied:], matched) > self._weight_in(
                passage.text[:denied], matched):  # "Orlov said A and dismissed B": the card is B, denied
            said = replace(said, denial=True)
        elif said and not said.denial and attribution.against(passage.text):  # "…, whatever the Bureau says."
            said = replace(said, denial=True)
        value = qualifier = None
        note, denied_figure = "", False
        if fact.quantity:
            figure = figure_in(passage.text, fact, reading.day) or (reading.stamp if fact.quantity == "time" else None)
            if figure and self._among(figure, reading.corrected):
                why = [*why, f"the source corrects its figure {figure.text!r}: read the correction"]
                figure = None
            elif figure and fact.quantity == "date" and _RELATIVE_BETWEEN.search(
                    passage.text, passage.text.rfind(",", 0, figure.start) + 1, figure.start) \
                    and "," in passage.text[figure.start:] and (other := self._card_giving(fact, [figure])):  # "Vesk,
                why = [*why, f"{figure.text!r} is the day of {other}"]  # the convicted murderer who escaped on
                figure = None  # Monday, has been arrested…" on the card of the arrest: Monday, in the relative clause
                # between commas, is the escape's day
            doubted = attribution.rejection_at(passage.text) if figure and said is None else None
            if doubted is not None and doubted <= figure.start:  # the outlet's "Nor do I find it credible that only
                score = min(score, UNSURE)  # 2,000 litres escaped": a figure it rejects, not the one it gives
                why = [*why, f"the source rejects its figure {figure.text!r}: which does it give?"]
            elif figure and any(prose_figures.set_aside(passage.text, f) for f in reading.figures
                                if f.number == figure.number) and all(
                    f.number == figure.number for f in reading.figures if f.quantity == figure.quantity) and any(
                    a.value and a.value.low <= figure.number <= a.value.high for a in fact.accounts) \
                    and matched - set(self.vocabulary.terms(figure.text)):  # (not "It was not nine days.", which
                # shares nothing but its figure with the card: whose nine days?)
                denied_figure = True  # "The real backlog is nowhere near £46 million," she said: she denies the
                figure = None  # card's figure, gives none
                why = [*why, DENIES_FIGURE]
            elif figure:
                value, qualifier = figure.value, figure.qualifier
                local = _local_time(passage.text, figure, fact)
                if local is not None:  # "sat down at 1130 GMT", where the others give 14:30: one moment
                    value = {next(iter(value)): f"{int(local) // 60:02d}:{int(local) % 60:02d}"}
                    note = f"{_TIME_WORDS.sub('', figure.text.strip())} in universal time is " \
                           f"{value[next(iter(value))]}, the local time the other sources give."
                    why = [*why, note]
        keep = (figure.start, figure.start + len(figure.text)) if value and figure is not reading.stamp else None
        wanted = {t: self.weight(t) for t in matched}
        start, end = clauses.clause(passage.text, wanted, self.vocabulary.terms, keep)
        part = said.part if said else None
        if part and part[0] <= start < part[1] < end and (keep is None or keep[1] <= part[1]) and 2 * self._weight_in(
                passage.text[start:part[1]], matched) >= self._weight_in(passage.text[start:end], matched):
            start, end = clauses.clause(passage.text[:part[1]], wanted, self.vocabulary.terms, keep)  # the quote
            # ends where someone else's account begins: "Velmora says the Sundar rammed its cutter…; Tarsanne says…"
        closed = max((m for m in _SAID_AFTER.finditer(passage.text, 0, start)), key=lambda m: m.start(), default=None)
        if closed and (keep is None or keep[1] <= closed.start()):  # not who the speaker is: '"This was our own
            start, end = clauses.clause(passage.text[:closed.start()], wanted, self.vocabulary.terms, keep)  # targeting
            # work, not anybody's tip-off," said Dag Orheim, director of border operations at the Lesgovian Customs
            # Service, when asked about the Calandran statement.': the quotation
        quote = " ".join(rejoined(passage.text[start:end]).split())  # a paragraph's line breaks: quotes are checked
        # space-blind, and "negotiations" is found where a line ends in "negoti-"
        if said and keep and not said.whole:
            said = self._giver(passage.text, said, keep)
            if said and _set_aside_by(passage.text, said, keep):  # "at 05:40, not at about 06:15 as the agency has
                said = None  # it": the outlet's own figure, the agency's the one set aside
        rejected = attribution.rejects(passage.text) and not attribution.reports_denial(fact)
        own = fact.speaker is not None and said is not None and said.speaker == fact.speaker  # the remark's own words
        negation = denied_figure or not fact.quantity and not own and not attribution.negative(fact.statement) \
            and not attribution.reports_denial(fact) and attribution.negated(  # "Nobody walked out.", but not the
            quote, lambda text: bool(set(self.vocabulary.terms(text)) & matched),  # "not" of a denial reported
            frozenset(tokens(fact.statement)) - _BEING)
        if said and (rejected or negation):  # "reports that … are baseless", the minister said
            said = replace(said, denial=True)
        if said and not said.whole and _said_after_semicolon(passage.text, said.words, end):
            voice = self._voice(source)  # "Two wards, Birch and Cedar, were evacuated; the trust says 38 patients
            said = attribution.Attribution(voice, f"published by {source.outlet}", False, whole=True) if voice \
                else None  # were moved.": the quote before the semicolon is the outlet's (or in a body's own release,
            # the body's), the trust's words come after it
        said = self._before_part(source, passage, said, end)
        outside = said and said.part and not said.whole and not (said.part[0] <= start and end <= said.part[1] + 1) \
            and not self._runs_into(passage.text, said.part, (start, end), matched)
        named = reading.named - ({sid for *_, sid in self.names.find(fact.statement)}  # those the card tells of
                                 if not fact.speaker and not attribution.attribute(fact.statement, self.names)
                                 and not _RECORDING.search(fact.statement) else set())  # acting ("Police arrested a
        # man…"; not "Putin denied…", a remark of theirs, nor "The Institute recorded 150 aftershocks", their data),
        # named as doing it, not saying it ("police arrested…")
        before = self._before_part(source, passage, said, said.part[0]) if outside and start < said.part[0] and not (
            keep and keep[0] >= said.part[0]) else None
        stance, speaker = attribution.stance(before if outside else said, fact, named)  # "according to X, …; the
        # talks ran two hours": the part after the semicolon is not X's account; a quote that begins before it, its
        # figure there if it has one, is whoever speaks there's (the publisher of a release: "…has today demanded a
        # full recount…, after the returning officer declared Tomas Reyll … elected" is the campaign's)
        if stance == "states" and value and said and said.speaker in fact.about and not outside and keep \
                and _reports_figure(passage.text, said, keep[0]) \
                and not attribution.attribute(fact.statement, self.names):
            stance, speaker = "attributes", said.speaker  # "The Public Services Union says 310 jobs will disappear":
            # a figure someone gives is theirs, on a card about them too (not on one telling of them saying it:
            # "Premier Tomas Reyes announced a $25 million relief fund." is the outlet's report of what he did)
        if stance == "states" and reading.turn:  # "The Board has confirmed that…" in the Minister's turn: a
            stance, speaker = "attributes", reading.turn  # transcript has no voice of its own
        verdict, rating = reading.rating or (None, None)
        if rejected and stance == "states" or verdict == "false" and not fact.speaker:  # the outlet's own "reports
            stance, speaker = "contradicts", None  # that … are baseless", or a fact-check's "CLAIM: …" rated false
        if verdict == "mixed" and stance in ("states", "contradicts"):  # rated "Misleading": the claimant's, whom
            score = min(score, UNSURE)  # the claim does not name; the editor writes the stance
            why = [*why, f"rated {rating!r}: the fact-check neither states nor contradicts the claim; who made it?"]
        if matched:  # first, or after "repeats another source's words"
            at = int(bool(why) and why[0].startswith("repeats"))
            why = [*why[:at], "words: " + ", ".join(self._forms(passage.text, matched)), *why[at:]]
        if said:
            why = [*why, f"attribution: {said.words}"]
        theirs = said and said.part and said.part[0] <= start and end <= said.part[1] + 1
        if said is None and not fact.speaker and attribution.in_aside(passage.text, *(keep or (start, end))) \
                or said and not said.whole and (attribution.in_aside(passage.text, start, end) and not theirs
                                                and not attribution.speaks(passage.text[start:end])
                                        or outside and attribution.in_aside(passage.text, *said.part)
                                        or not fact.speaker and (
                                            attribution.before_that(passage.text, *(keep or (start, end)))
                                            or fact.quantity == "date" and self._voice(source) is None
                                            and attribution.act_reported(passage.text, *(keep or (start, end)),
                                                                         fact.statement)  # (not in a body's own
                                            # release: its claim throughout)
                                            or attribution.after_report(passage.text, *(keep or (start, end)))
                                            or attribution.after_concession(passage.text, *(keep or (start, end)))
                                            or keep and attribution.instructed(passage.text, *keep)
                                            or keep and attribution.in_aside(passage.text, *keep, spoken=False))):
            voice = self._voice(source)  # (in a body's own release, the body's claim, as its other sentences are)
            stance, speaker = ("attributes", voice) if voice else ("states", None)
            # "Vahl, who met Mehra for 95 minutes, said…" (not "the cutter, which
            # she said was making 18 knots, …", an aside that says who speaks in it), "Zaitsev announced
            # after nearly seven hours that…" (the quote, or its figure, there), "The recount, which the board
            # estimates will cost €240,000, begins at 9am…" (the quote after the board's clause), "Mayor Dana
            # Halvorsen, who clung on by 312 votes, has called for calm" (no one quoted), "The council has told
            # about 1,200 homes to keep windows shut" (whom it told, the figure), "The ferry company, which
            # receives a £14.2m subsidy each year, says…" (the figure in the aside), "Although X announced that…,
            # the council's own checks found…": the outlet narrates
        elif stance == "states" and said and (attribution.inside_quotes(passage.text, start, end) or theirs):
            stance, speaker = "attributes", said.speaker  # words in quotation marks, or "according to X" in their
            # part of the sentence, are not the outlet's own
        if said is None and not fact.speaker and _DOCUMENTED.search(passage.text):  # "The council's own register
            stance, speaker = "states", None  # … shows its last inspection in March": the outlet read it
        if said is None and stance in _HEDGED and _QUOTED_ALONE.fullmatch(passage.text):  # a crosshead quoting
            stance, speaker = _HEDGED[stance], None  # someone: "'Finished flowering'", not the outlet's own words
            why = [*why, "a quotation alone (a crosshead?): someone's words, not the outlet's"]
        item = _own_item(passage.text, start, end, keep, fact.quantity)
        lo, (cs, ce) = passage.text.find(item), next(((s, e) for s, e in clauses.clauses(passage.text)
                                                       if keep and s <= keep[0] < e), (0, len(passage.text)))
        months = passage.text[max(lo, cs):min(lo + len(item), ce)] if lo >= 0 else item
        stance = other_day(other_month(stance, months, fact.statement), item, fact.statement,
                           next(iter(value.values())) if value and fact.quantity == "date" else None)  # the months of the
        # figure's clause of its item: not "…since half past five on Sunday afternoon, because night rounds were cut
        # in June", nor "9.4% more than a year before and 3.5% more than at the end of June" for the 9.4%
        if negation:  # the outlet's own negation, or one its speaker is reported making
            stance = _DENIED.get(stance, stance)
            if stance == "disputes" and not (said and said.speaker == speaker):  # the claimant others report, not
                speaker = min(attribution.deniers(fact) & named, default=None)  # quoted here: whom it names among
                # those who deny it ("In answer to a further question from Councillor Quilley, the Monitoring Officer
                # advised that no referral … had been made"), else no one the dossier knows
        hedged = attribution.hedge(passage.text[start:end]) or sentences.opinion(passage.text[:end]) \
            if stance in ("states", "contradicts") else None
        if hedged:  # "Halloran reportedly raised…", "I suspect the leak began…": someone's account, or opinion
            stance, speaker = _HEDGED[stance], None
            why = [*why, f"{hedged!r}: the outlet does not say it in its own voice"]
        if stance == "attributes" and speaker == fact.speaker and said and said.speaker in attribution.deniers(fact) \
                and not set(self.vocabulary.terms(attribution.quoted(quote))) & matched:  # one other sources report
            stance, speaker = "disputes", said.speaker  # denying the remark, in the outlet's words ("Ilona Marek
            # insists that … staffing played no role"), not quoted repeating it
        elif stance == "attributes" and speaker is not None and speaker == fact.speaker and said \
                and said.speaker not in (None, speaker) and (self._officer(said.speaker, speaker) or value and figure and _apart_from(fact, speaker, figure)
                     and not prose_figures.compared(passage.text, figure)):
            speaker = said.speaker  # the body's officer speaking to its claim: "SASKIA HOLLOWAY:" (Chief Financial
            # Officer of Brannock Group) on the card of Brannock's £180m of savings; someone's own figure, apart from
            # the claimant's: "Kovelski said the town's own inspectors had counted 64 destroyed homes." on the card of
            # the county's 41; not the Prime Minister's "falls far short of the 1.9 billion cubic metres that the
            # Ismar carried", on the card of the president's offer
        if stance in ("attributes", "disputes") and speaker is None:  # "…were denied by both sides": whom the
            score = min(score, UNSURE)  # dossier does not know; the editor names them
            why = [*why, "the person speaking is none of the dossier's speakers: name them"]
        elif stance == "attributes" and speaker == fact.speaker and said and said.speaker not in (None, speaker) \
                and speaker not in named and not outside:  # Smith's remark, in words this source gives Jones alone
            score = min(score, UNSURE)
            why = [*why, f"the source gives these words to {said.speaker}, not {speaker}: whose remark is it?"]
        day = entry_day(source.body, passage.start, source.published) if fact.changes_over_time and value else None
        own_day = source.day
        if fact.changes_over_time and value and (day or own_day) and len(day or own_day) == 10 and (
                stamp := _UPDATED_AT.match(passage.text)):  # "Update, 17:45: the ministry has now confirmed 21…"
            on = stamp["day"] and (article.date_in(stamp["day"]) or article.date_in(f"{stamp['day']} {own_day[:4]}"))
            if stamp["weekday"] and not on:  # the first such day from the source's own: an update comes after it
                posted = dt.date.fromisoformat(own_day if own_day and len(own_day) == 10 else day[:10])
                ahead = (_WEEKDAY_NAMES.index(stamp["weekday"].lower()) - posted.weekday()) % 7
                on = (posted + dt.timedelta(ahead)).isoformat()
            day = f"{on or day or own_day} {stamp['hour'].zfill(2)}:{stamp['minute']}"
        elif fact.changes_over_time and value and (opening := _AS_OF_DAY.match(passage.text) or figure and (
                _AS_OF_AFTER.match(passage.text, figure.start + len(figure.text)))):  # "By Thursday evening it had
            # passed 200 ships", "stood at 47 as of 8 March"
            named = prose_figures.dates(f"on {opening['weekday']}", today=own_day) if opening["weekday"] and own_day \
                else []  # the last such day up to the article's
            day = opening["day"] and (article.date_in(opening["day"]) or (
                own_day and article.date_in(f"{opening['day']} {own_day[:4]}"))) \
                or (named and next(iter(named[0].value.values()))) or day
        at = prose_figures.restated(passage.text, figure) if value and figure is not reading.stamp else None
        return Suggestion(fact.id, source.id, quote, passage.start + start, passage.start + end, stance,
                          round(min(1.0, score), 3), tuple(why), speaker, value, qualifier,
                          occurrence(quote, source.body, passage.start + start, self.min_words),
                          day if day != own_day else None,  # a live blog's entry: another day, or a time
                          (passage.start + at[0], passage.start + at[1]) if at else None, note)

    def _uncovered(self, source: Source, readings: list[Reading], context, proposed: list[Suggestion],
                   repeats: set[Passage], figured: dict[Passage, tuple[float, str]],
                   alike: dict[Passage, tuple[float, str]]) -> list[Uncovered]:
        """The passages of ``readings`` no card covers: neither ``proposed`` (at the threshold, or a rebuttal or a
        rival) nor an account of the source (one pending too), nor one of the ``repeats`` of a card the source gives,
        nor its headline or a stamp ("**Updated: 11 June 2026, 08:00**");
        each with the card it reads as giving a figure of, if any (``figured``), or for a quotation the card it reads
        as most (``alike``)."""
        taken = [*proposed, *(a.span for f in self.dossier.facts.values() for a in (*f.accounts, *f.pending)
                              if a.source == source.id)]  # an account waiting for an editor covers its passage too
        out, new = [], []  # the figures of the passages listed so far that `--new` writes as cards
        for reading, summit in zip(readings, context):
            passage, said = reading.passage, reading.said
            found = [f for f in reading.figures if not f.ordinal and f.counted != prose_figures.AGE]  # "the third
            # time", "Jonah Welby, 18," are no figure of a card
            if any(t.start < passage.end and passage.start < t.end for t in taken) or _title(source, passage) \
                    or article.banner(article.unmarked(passage.text)) or passage in repeats \
                    or _HEADING.fullmatch(passage.text) and not _ROW.search(passage.text) \
                    or _OUR_STAFF.match(passage.text) or _LISTING.match(passage.text):
                continue
            card = figured.get(passage, (0, ""))[1]
            if said and re.search(r"[\"“«][^\"”»]{15,}", passage.text) and (said.speaker or not said.whole):  # «» too
                out.append(Uncovered("quotation", source.id, passage, said.speaker, summit,
                                     "" if said.speaker else said.words, card=card or alike.get(passage, (0, ""))[1]))  # someone the dossier does not
                # know yet: listed, that the editor may add them
            elif found and not _HYPOTHETICAL.match(passage.text) and not (_FIGURE_AGAIN.match(passage.text) and not card):
                if said:
                    unnamed = said.words if not said.speaker and not said.whole else ""
                else:  # "I suspect…": the writer's, whom no speaker file names
                    unnamed = sentences.opinion(passage.text) or ""
                if not unnamed and _FIRST_PERSON.match(passage.text) and (
                        said is None or said.speaker not in self.names.persons):  # a poster's "I trained 16 weeks"
                    unnamed = " ".join(passage.text.split()[:4]) + "…"
                if not card and not unnamed and all(self._among(f, new) for f in found):
                    continue  # "Thirteen people crossed from the Kalvoshi side." after "Kalvosh handed over thirteen
                    # people.": its figure again, of what the card written for the first counts
                out.append(Uncovered("figure", source.id, passage, said.speaker if said else None, summit, unnamed,
                                     card=card))
                if not card and not unnamed:
                    new += map(self._figure, found)
        return out


def _reports_figure(text: str, said: attribution.Attribution, at: int) -> bool:
    """Whether the figure at offset ``at`` of ``text`` is in what ``said`` reports: after its words, which neither tell
    someone ("Governor Henrik Dalvaar told a news conference that began at 1430 GMT": the time is the outlet's) nor
    are a relative clause ("Mirefang, which claimed the attack on 9 May, threatens to publish the data on 16 May"),
    and inside the quotation marks where the sentence has some ("“…,” Dalvaar said at a press conference at
    2.30pm.")."""
    start = text.find(said.words)
    return 0 <= start and start + len(said.words) <= at and not _TELLING.search(said.words) and (
        not attribution.quotes(text) or attribution.inside_quotes(text, at, at + 1))


_TELLING = re.compile(r"\b(?:told|tells?|assured|urged|warned|which|who|that)\b", re.I)


def _counterclaim(suggestion: Suggestion, covering: list[tuple[str | None, bool]]) -> bool:
    """Whether ``suggestion`` is a named speaker's claim on a card of no figure against the source's account of it
    (``covering``: its speakers, and whether each affirms): Dolan's "The tyres were winter tyres" proposed, and Rolf's
    "Those were worn summer tyres, not winter tyres," further down, the other side, written as a rebuttal is."""
    return suggestion.speaker is not None and suggestion.value is None and all(
        speaker is not None and speaker != suggestion.speaker and affirms != (suggestion.stance in AFFIRMING)
        for speaker, affirms in covering) and bool(covering)


def other_side(suggestion: Suggestion, accounts: list) -> bool:
    """Whether ``suggestion`` takes the other side from the source's ``accounts`` on its card: a denial of what they
    affirm, or the reverse. (Another person or another figure on the same side was measured too, and proposed
    mostly passages about something else: `benchmarks/suggest_eval.py --second`.)"""
    affirms = suggestion.stance in ("states", "attributes")
    return any(a.affirms != affirms for a in accounts)


# The outlet's own words set against what it reports: "In fact, …", "the recall in fact reaches 16 batches", "Actually,
# …", "did not open until a quarter past two", what "the Herald has established".
_CONTRARY = re.compile(r"^\s*Actually\b|\bin\s+(?:fact|reality|truth)\b|\bnot\s+until\b"
                       r"|\b(?:has|have)\s+(?:learned|learnt|established)\b", re.I)


def _vagueness(reading: Reading, fact: Fact) -> float:
    """How wide the figure the passage gives the card is, against its size: 0 for "61", 9 for "dozens" (12 to 120);
    0 for a passage that gives none, or a card of no quantity."""
    figure = figure_in(reading.passage.text, fact, reading.day) if fact.quantity and reading.figures else None
    return 0.0 if figure is None or figure.upper is None else (figure.upper - figure.number) / max(abs(figure.number), 1)


def _around(low: float, high: float) -> tuple[float, float]:
    """A figure's interval widened by half the place of its last significant digit either side: the figures it may
    be rounded from (480 from 482, €455 million from nothing but 455 million; 12 farms from 12)."""
    return low - _rounding(low), high + _rounding(high)


def _gives(value, figure: prose_figures.Figure, quantity: str) -> bool:
    """Whether ``figure`` is within ``value``, or, both being one figure, either may be rounded from the other, each
    written with two significant digits or more (€212.4 million and €212 million, 89.2 and 89 per cent, 31,400 and
    some 31,000; not "almost €6 billion" and €5.6 billion; a day or a time is itself alone). An open-ended value
    gives only the figures near its bound, within half as much again: "more than two hours" 135 minutes, "up to eight"
    passengers not the two other lifts the company closed."""
    if value.low <= figure.number <= value.high:
        bound = value.high if math.isinf(value.low) else value.low
        return not math.isinf(value.low - value.high) or not math.isfinite(bound) or quantity in ("date", "time") \
            or bound / NEAR_BOUND <= abs(figure.number) <= bound * NEAR_BOUND if bound > 0 else True
    if value.low != value.high or quantity in ("date", "time"):
        return False
    return _overlap(*((n - _rounding(n), n + _rounding(n)) if _significant(n) > 1 else (n, n)
                      for n in (figure.number, value.low)))


def _significant(x: float) -> int:
    """How many significant digits ``x`` is written with: 2 for 31,000, 1 for 6 billion."""
    return len(Decimal(repr(float(x))).normalize().as_tuple().digits) if math.isfinite(x) else 0


def _overlap(a: tuple[float, float], b: tuple[float, float], touching: bool = False) -> bool:
    """Whether two intervals share more than an end (3 and 4 rounded, [2.5, 3.5] and [3.5, 4.5], only touch), or
    any point when ``touching`` (a day is a day)."""
    return a[0] <= b[1] and b[0] <= a[1] if touching or a == b else a[0] < b[1] and b[0] < a[1]


def _rounding(x: float) -> float:
    """Half the place of ``x``'s last significant digit: 5 for 480, 0.5 for 12, 0.05 for 2.4; 0 for 0 and the
    infinite."""
    if not math.isfinite(x) or x == 0:
        return 0.0
    return 10.0 ** Decimal(repr(float(x))).normalize().as_tuple().exponent / 2


def _again(fact: Fact, reading: Reading, covering: list[tuple[str | None, bool]],
           given: list[tuple[float, float]] = ()) -> bool:
    """Whether the passage gives the card again as one of the source's accounts on it does, ``covering`` ((speaker,
    affirms) of each): in the same voice and on the same side, with no figure the card's accounts (pending ones
    too), or the one proposed (``given``), do not give ("17,500 people slept in 212 emergency shelters" gives a card of 17,500 people
    and another fact; "I would not say the meeting lasted over two hours", Jones's, is no repeat of Smith's
    account)."""
    said = reading.said
    return any(affirms == (not (said and said.denial)) for _, affirms in covering) and all(
        f.quantity == fact.quantity and (any(a.value.low <= f.number <= a.value.high
                                             for a in (*fact.accounts, *fact.pending) if a.value)
                                         or any(low <= f.number <= high for low, high in given))
        for f in reading.figures if not f.ordinal)


def _gives_again(fact: Fact, reading: Reading, own: set[float], why: list[str]) -> bool:
    """Whether the passage gives a figure the card has (``own``, the bounds of its values there), of the same thing:
    a measure, a sum or a time to the letter ("They came at twenty to five in the morning" for the boarding another
    source puts at 04:40), a count counting the same ("Civil Protection says 3,400 people are now staying away from
    their homes" after "About 3,400 people have been evacuated"), however low it scores."""
    return any(f.quantity == fact.quantity and f.number in own and not f.ordinal and f.currency == (fact.currency or "")
               for f in reading.figures) and (
        fact.quantity != "count" or fact.currency or any(w.startswith(COUNTS_SAME) for w in why))


def _local_time(text: str, figure: prose_figures.Figure, fact: Fact) -> float | None:
    """The local time, as the card's other sources give it, of a time ``text`` gives in universal time ("1130 GMT",
    "0342 UTC"): the one given that is whole hours from it, but for a time given as it is."""
    given = _given(fact)
    if fact.quantity != "time" or not _IN_UTC.match(text, figure.start + len(figure.text)) or figure.number in given:
        return None
    return next((v for v in sorted(given) if (v - figure.number) % 60 == 0 and 0 < abs(v - figure.number) <= 720),
                None)


def _day_number(day: str | None) -> int | None:
    """A day ("2026-07-17", or with its time) as ``date.toordinal`` numbers it; None when unknown."""
    try:
        return dt.date.fromisoformat(day[:10]).toordinal() if day else None
    except ValueError:
        return None


def _given(fact: Fact) -> set[float]:
    """The finite bounds of the values other sources give ``fact``."""
    return {v for a in fact.accounts if a.value for v in (a.value.low, a.value.high) if math.isfinite(v)}


def _apart_from(fact: Fact, speaker: str, figure: prose_figures.Figure) -> bool:
    """Whether ``figure`` is apart from every figure the card's accounts give ``speaker``, by more than either may be
    rounded (a day or a time is itself alone); False when they give none."""
    moment = fact.quantity in ("date", "time")
    theirs = [(a.value.low, a.value.high) for a in fact.accounts if a.value and speaker in a.speakers]
    widen = (lambda low, high: (low, high)) if moment else _around
    return bool(theirs) and not any(_overlap(widen(*t), widen(*figure.bounds), touching=moment) for t in theirs)


def _of_size(figure: prose_figures.Figure, near) -> bool:
    """Whether ``figure`` can be a value of a card whose sources give the values ``near`` (prose_figures.of_size); no
    one (0) is a count of any size ("No one aboard was injured" against "Seven sailors were injured")."""
    return prose_figures.of_size(figure, near) or (figure.number == 0 and figure.quantity == "count")


def figure_in(text: str, fact: Fact, day: str | None = None,
              within: tuple[int, int] | None = None) -> prose_figures.Figure | None:
    """The figure of the card's kind ``text`` gives (``within`` a part of it, when given), the one nearest the values
    other sources give (none more than ten times from all of them); the plan's own
    on a card about the plan ("the 30 minutes scheduled"); a date named relative to ``day`` ("on Monday") too."""
    near = sorted(_given(fact))
    figure = prose_figures.read(text, fact.quantity, near, day, within, fact.statement)
    if figure and not _of_size(figure, near):
        return None  # 12 prisoners for a card on $1.2bn: a figure of something else, not a value
    if figure and fact.currency and figure.currency not in ("", fact.currency):
        return None  # "€130bn" on a card of dollars: the dossier converts no currency
    return figure and figure.of_plan(fact.statement)


def _remark(excerpt: str, fact: Fact) -> tuple[str, ...]:
    """The words a remark's quote holds in quotation marks, when the card is someone's remark and they are five words
    or more: another source quotes them with its own "Trump told Putin" around them."""
    words = attribution.quoted(excerpt) if fact.speaker and attribution.quotes(excerpt) else ""
    return (words,) if len(words.split()) >= 5 and words.strip() != excerpt.strip() else ()


def _title(source: Source, passage: Passage) -> bool:
    """Whether ``passage`` is the source's headline."""
    return " ".join(passage.text.split()) == " ".join(source.title.split())


def _said_after_semicolon(text: str, words: str, end: int) -> bool:
    """Whether the words saying who speaks (``words``) come only after a semicolon at or after the quote's ``end``."""
    semicolon = text.find(";", max(0, end - 1))
    return semicolon >= 0 and words not in text[:semicolon] and words in text[semicolon:]


def _set_aside_by(text: str, said: attribution.Attribution, figure: tuple[int, int]) -> bool:
    """Whether ``said`` gives the figure set aside after the ``figure`` (start, end) of ``text``, not that figure:
    "…at 05:40, not at about 06:15 as the agency has it"."""
    at = text.find(said.words)
    return at >= figure[1] and bool(_SET_ASIDE_AS.fullmatch(text, figure[1], at))


_SET_ASIDE_AS = re.compile(r"[^\"“”]*\b(?:not|rather\s+than|instead\s+of)\b[^\"“”]*\bas\b[^\"“”]*", re.I)  # "…, not at
# about 06:15 as the agency…", outside any quotation


# A news outlet by its name or its description ("The Velmora Herald", "Radio Norvessa 3"; "A regional newspaper.").
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\"“‘(\[\n–—-])\W*$")  # before a word that opens a sentence, a quote or a
# clause: its capital is no name's
_SPEAKS_FOR = re.compile(r"\b(?:communications?|press|media|spokes(?:wo)?(?:man|person)|public\s+(?:affairs|relations))\b",
                         re.I)  # a role whose holder writes for the body: "Head of Communications", "press officer"
_FOR_A_BODY = re.compile(r"\b(?:editors?|editorial|board|office|team|desk|secretariat|LLP|Ltd|Limited|plc|Inc"
                         r"|solicitors|lawyers|communications|press)\b", re.I)  # who signs a body's text for it


def _own_finding(text: str, source: Source) -> bool:
    """Whether ``text`` opens with what the source's outlet found out: "The Herald has established that…" in The
    Dunmere Herald."""
    found = _FOUND_OUT.match(text)
    outlet = {w.casefold() for w in source.outlet.split()} - {"the"}
    return bool(found) and source.outlet != "unknown" and {w.casefold() for w in found["who"].split()} <= outlet


_FOUND_OUT = re.compile(r"\s*(?:The\s+)?(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:has|have)\s+"
                        r"(?:established|learned|learnt)\b")


def _outlet_name(source: Source) -> re.Pattern | None:
    """The source's outlet's name in its own text ("She told Kelder Valley Today: …"), whose words say nothing of
    what the passage reports, or None when the outlet is unknown."""
    if source.outlet == "unknown":
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, source.outlet.split())) + r"(?!\w)", re.I)


def entry_day(body: str, at: int, published: str = "unknown") -> str | None:
    """The day of the last line before ``at`` that is a dateline ("Thu 5 Nov 2026 09.10 GMT": a live blog's entry,
    or the article's own at its top), a stamp without its year in the year of the dateline before it or of the day
    the article was ``published`` ("10 March, 14:05"), or a time alone under one ("21.40"), as YYYY-MM-DD, with its
    time (YYYY-MM-DD HH:MM) when the body has datelines of several moments (a live blog's entries); None when no such
    line gives a whole date."""
    lines = _datelines(body, published)
    found = bisect.bisect_right(lines, (at, "\uffff")) - 1
    if found < 0:
        return None
    moment = lines[found][1]
    return moment if len({m for _, m in lines}) > 1 else moment[:10]


def entry_time(body: str, passage: Passage, published: str = "unknown") -> prose_figures.Figure | None:
    """The time of the live blog entry ``passage`` leads (its first sentence, after the entry's stamp and a heading),
    as a figure of a time of day, "by" it; None for any other passage, for one telling what is yet to happen, and in
    a body whose datelines give no times."""
    lines = _datelines(body, published)
    found = bisect.bisect_right(lines, (passage.start, "\uffff")) - 1
    if found < 0 or len({m for _, m in lines}) < 2 or len(lines[found][1]) < 16:
        return None
    offset, moment = lines[found]
    between = [line for line in body[offset:passage.start].split("\n")[1:] if line.strip()]
    if len(between) > 1 or any(line.rstrip().endswith((".", "!", "?", ":", "”", '"')) for line in between) \
            or _AHEAD.search(passage.text):  # "…has called a warning strike for Friday morning": yet to happen
        return None
    return prose_figures.Figure("time", int(moment[11:13]) * 60 + int(moment[14:16]), "by", moment[11:], -1)  # what
    # an entry reports had happened by the time it was posted


@functools.lru_cache(maxsize=4)
def _datelines(body: str, published: str) -> tuple[tuple[int, str], ...]:
    """(offset, moment) of each dateline of ``body`` that gives a whole date, in order: its day, and its time when
    the line gives one ("2026-11-05 09:10"), a stamp without its year taking the year of the day before it or of
    ``published``; of each line opening with its day ("Thursday 19 March 2026. All times GMT…"); and of each line
    that is a time alone ("21.40", a live blog's entry under the day's dateline), with the day of the dateline before
    it."""
    found, start, day = [], 0, None
    for line in body.split("\n"):
        if line.strip() and article.banner(line):
            year = (day or published)[:4]
            stamped = article.stamp_day(line, year) if year.isdigit() else None
            dated, time = article.date_in(line) or (stamped and stamped[:10]), article.time_in(line)
            day = dated or day
            if day and (dated or article.bare_time(line)):
                found.append((start, f"{day} {time}" if time else day))
        elif line.strip() and (opening := article.published([line])):  # "Thursday 19 March 2026. All times GMT…"
            day = opening
            found.append((start, day))
        elif (post := sentences.POST_HEADER.fullmatch(line)) and (posted := article.date_in(
                f"{post['when']} {(day or published)[:4]}")):  # a thread's post: "@ArdeniaLotto · Mar 1"
            day = posted
            found.append((start, day))
        start += len(line) + 1
    return tuple(found)


def occurrence(quote: str, body: str, at: int, min_words: int = MIN_WORDS) -> int | None:
    """Which of the places ``quote`` occurs in ``body`` is the one at ``at`` (1 for the first), when there are
    several ("It moved faster than anything we had modelled." in the body and in a pull quote), or when the quote is
    too short to pin one without it ("Two people died."); else None."""
    found = occurrences(quote, body, lambda: _normalised(body))
    if len(found) < 2 and (word_count(quote) >= min_words or not found):
        return None
    return 1 + min(range(len(found)), key=lambda i: abs(found[i].start - at))


def _mentions(found: list[tuple[int, int, str]], text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The speakers ``found`` in ``text``, and those of them named as someone who may speak: not as a kind of thing
    (after "a" or "an", or before what is theirs: "police officers took part", "Kestrel's Strada"), nor as where something went or is
    ("the first emergency call reached the fire service", "police have been called", "found 3.2km from the zoo"), nor
    as whom those acting work for ("surveyors working for the council found…")."""
    return frozenset(sid for _, _, sid in found), frozenset(
        sid for start, end, sid in found if not _INDEFINITE.search(text, max(0, start - 4), start)
        and not _REACHED.search(text, max(0, start - 16), start) and not _PLACED.search(text, max(0, start - 12), start)
        and not _EMPLOYING.search(text, max(0, start - 32), start)
        and not _AS_THING.match(text, end))


_INDEFINITE = re.compile(r"\ban?\s+$", re.I)
_REACHED = re.compile(r"\b(?:reached|reaching|reaches|alerted|contacted|called|rang|phoned|(?:went|sent|passed|handed"
                      r"|made|put\s+through)\s+to)\s+(?:the\s+)?$", re.I)
_EMPLOYING = re.compile(r"\b(?:working|employed|hired|engaged|contracted|commissioned|retained|acting)\s+"
                        r"(?:for|by|on\s+behalf\s+of)\s+(?:the\s+)?$", re.I)
_PLACED = re.compile(r"\b(?:from|at|in|into|inside|outside|near|off|around|within|beyond|behind|past|through|across"
                     r"|towards?|back\s+to)\s+(?:the\s+)?$", re.I)  # "escaped from Kelvaston Zoo", "in the zoo"
_AS_THING = re.compile(r"\s+(?:(?:has|have|had)\s+been|were|was)\s+(?:called|alerted|contacted|informed|notified|sent"
                       r"|deployed|summoned)\b|\s+(?:officers?|cars?|vans?|vehicles?|dogs?|helicopters?|cordons?"
                       r"|stations?|tape|units?|boats?|staff|keepers?|grounds?|enclosures?|gates?|premises)\b"
                       r"|['’]s\s+(?-i:[A-Z])", re.I)  # and before the name of what is theirs: "fitted to Kestrel's
# Strada and Trekka models"


@functools.lru_cache(maxsize=4)
def _normalised(body: str) -> tuple[str, list[int]]:
    """``normalise_with_map(body)``, made once for the many quotes suggest places in one source."""
    return normalise_with_map(body)


_CLAUSE_ENDS = re.compile(r"\s*[,;:–—]")  # after the words of an attribution ("…, police said, though…")
_QUOTED_ALONE = re.compile(r"\s*['‘\"“][^'‘’\"“”]{1,80}['’\"”]\s*")  # a passage that is a quotation alone: "'Finished
# flowering'" (a page's crosshead)
_DENIED = {"states": "contradicts", "attributes": "disputes"}  # an affirming stance, and the denying one in its voice
_HEDGED = {"states": "attributes", "contradicts": "disputes"}  # the outlet's own stance, and the one reporting it


def other_month(stance: str, quote: str, statement: str) -> str:
    """A quote naming months, none of them the one the card states ("the next round is due in June" for "…in
    May"), says otherwise: it contradicts the card, or the person quoted disputes it; unless both name years, none
    the same ("July 7, 2017" for "…in September 2015" is another time, not another account of it), and not a month
    that opens a span up to now ("received a dozen complaints … since June and that inspectors would visit on
    Wednesday": another thing's)."""
    stated, named = ({a or b for a, b in _MONTH.findall(text)} for text in (statement, _SINCE_MONTH.sub("", quote)))
    years = [set(_YEAR.findall(text)) for text in (statement, quote)]
    if all(years) and not years[0] & years[1]:
        return stance
    if len(stated) == 1 and named and not named & stated:
        return _DENIED.get(stance, stance)
    return stance


_SINCE_MONTH = re.compile(rf"\bsince\s+(?:(?:early|late|mid)[\s-]+)?{_MONTHS}\b", re.I)
_WEEKDAYS = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A day something happened on, as the card's statement or a quote gives it: "on Monday 14 September", "on 14
# September", "on the afternoon of 6 August", "on September 14", "on the Sunday night", "(on) Friday 7 August".
_DAY = re.compile(rf"\b(?:(?:on|of)\s+(?:the\s+)?(?:(?:morning|afternoon|evening|night)\s+of\s+)?)?"
                  rf"(?:(?P<weekday>{_WEEKDAYS})\b,?\s*)?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                  rf"(?P<month>{_MONTHS})\b|(?P<month2>{_MONTHS})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)?", re.I)
_ON_DAY = re.compile(r"\b(?:on|of)\s", re.I)


def _days(text: str, spoken: bool = False) -> list[tuple[str | None, int | None, str | None]]:
    """The days ``text`` names as (weekday, day of the month, month), lowercased; in a quote (``spoken``) only a day
    after "on" (or "the afternoon of") that does not date a verb of speech ("a July 8 news conference", "said on
    Thursday" are no day the quote says its fact happened on); never a day's own thing ("Sunday's final day was
    cancelled" on Saturday)."""
    out = []
    for m in _DAY.finditer(text):
        weekday, day, month = m["weekday"], m["day"] or m["day2"], m["month"] or m["month2"]
        if not (weekday or day) or re.match(r"['’]s\b", text[m.end():]) or spoken and not (
                _ON_DAY.match(m.group()) and not prose_figures.SPOKEN_ON.search(
                text[:m.start()]) and not attribution.in_aside(text, m.start(), m.end())):
            continue  # (nor one in a relative clause: "The talks, which began on Monday 3 March, ended…")
        out.append((weekday and weekday.lower(), day and int(day), month and month.lower()))
    return out


def _own_item(text: str, start: int, end: int, figure: tuple[int, int] | None, quantity: str | None) -> str:
    """The quote ``text[start:end]``; with the ``figure`` read (start, end), the sentence of it holding that figure
    (not "Night rounds were cut back in June," after "Nobody had been near that enclosure since half past five on
    Sunday afternoon."), and, when it lists several figures of the card's kind, the item of the list holding it:
    "250 today" of "244 on Tuesday and 250 today", whose Tuesday is the 244's, not the day of the card of the 250."""
    if figure is None or not quantity:
        return text[start:end]
    start = max([start, *(m.end() for m in _NEXT_SENTENCE.finditer(text, start, figure[0]))])
    end = min([end, *(m.start() + 1 for m in _NEXT_SENTENCE.finditer(text, figure[1], end))])
    others = [(f.start, f.start + len(f.text)) for f in prose_figures.figures(text)  # read in the whole text: "244"
              if f.quantity == quantity and start <= f.start < end and f.start != figure[0]]  # counts flights there
    low = max((e for s, e in others if e <= figure[0]), default=start)
    high = min((s for s, e in others if s >= figure[1]), default=end)
    before = re.search(r"(?:,|\band\b|;)\s*$", text[low:figure[0]]) if low > start else None
    return text[low + before.start() if before else low:high] if others else text[start:end]


_TIME_WORDS = re.compile(r"^(?:at|by|around|about|from|until|after|before)\s+", re.I)  # before a time: "at 2047"
_IN_UTC = re.compile(r"\s*(?:UTC|GMT|Z)\b")  # after a time of day: in universal time, not the local time others give
_APART = (("die", "injur"), ("injur", "die"))  # words of two things a passage tells of one of and not the other (the
# stems of words.py's families: the dead are not the injured)
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘]?[A-Z])")  # between two sentences of a quote


def other_day(stance: str, quote: str, statement: str, given: str | None = None) -> str:
    """A quote saying its fact happened on another day than the card's statement says ("was admitted on Sunday
    13 September" for "…on Monday 14 September", "on the afternoon of 6 August" for "…on Friday 7 August", "on the
    Sunday night" for "…on Monday…") says otherwise: it contradicts the card, or the person quoted disputes it.
    The same day written otherwise ("on 14 September", "on Monday") does not, nor a day that dates when someone
    spoke ("said on Thursday"), nor a quote that names a thing by the card's day ("Saturday's draw was voided, and
    the re-run went out on Sunday night": the other day is another thing's), nor one whose day read, ``given``
    (YYYY-MM-DD), is the card's ("has today opened a formal investigation … into the failure … on 10 March 2026",
    published on the 11th, for "…opened a formal investigation into Veltra on 11 March 2026": the failure's day)."""
    stated = _days(statement)
    if len(stated) != 1 or given and stated[0][1] == int(given[8:10]) and stated[0][2] \
            and prose_figures.month_number(stated[0][2]) == int(given[5:7]):
        return stance
    weekday, day, month = stated[0]
    if weekday and re.search(rf"\b{weekday}['’]s\b", quote, re.I):
        return stance
    said = _days(quote, spoken=True)
    def other(w, d, m) -> bool:
        if d and day and (m or month) == (month or m):
            return d != day
        return bool(w and weekday and not d and w != weekday)
    if said and all(other(*s) for s in said):
        return _DENIED.get(stance, stance)
    return stance
