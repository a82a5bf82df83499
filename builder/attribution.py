"""Who a news sentence quotes: "X said", "according to X", "X told reporters", "he added", a transcript's speaker
label ("MINISTER MEHRA:", "A:"); and the stance that gives.

A sentence with no attribution is the outlet's own statement (`states`); one that reports what someone said
`attributes` it to them; one that reports a denial `disputes` a card that does not itself report the denial.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from builder import sentences
from builder.model import Fact, Speaker
from builder.naming import DENIAL, SPEECH, key, spelled
from builder.words import tokens

# Calling reports something, as a denial does: "called the claims premature", "described the reports as…".
_CALLED = r"called|calls|described|describes|branded|brands|questioned|questions|challenged|challenges"
_CALLING = (rf"(?:{_CALLED})(?=\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:reports?"
            r"|claims?|allegations?|suggestions?|accounts?|stor(?:y|ies)|rumou?rs?)\b)")
_VERB = re.compile(rf"\b(?P<verb>{SPEECH}|{DENIAL}|{_CALLING})\b", re.I)
_ESTIMATE = re.compile(r"estimates?", re.I)  # a verb of speech that is also a figure's noun: "The airport's estimate is…"
_DENYING = re.compile(rf"{DENIAL}|{_CALLED}", re.I)  # a verb found that denies
# A denial in the passive voice, by whom: "were denied by both sides", "was flatly rejected by the ministry".
_DENIED_BY = re.compile(rf"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:{DENIAL})\s+by\s+"
                        r"(?P<who>[^,.;:]{2,80})", re.I)
# A figure or claim given in the passive voice, by a speaker: "has been quoted by the agency", "was given by IHRA".
_SAID_BY = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:quoted|reported|given"
                      r"|announced|cited|stated|confirmed|put\s+forward)\s+by\s+(?P<who>[^,.;:]{2,80})", re.I)
_AS_SAYING = re.compile(r"\bas\s+(?:saying|telling|stating|writing)\b", re.I)
# A denial of what others said, whoever denies it: "rejected the figure", "dismissed reports that…".
_DENIED_CLAIM = re.compile(rf"\b(?:{DENIAL})\s+(?:[\w'’-]+\s+){{0,3}}?(?:claims?|reports?|suggestions?|allegations?"
                           r"|figures?|accounts?|counts?|findings?|assertions?|theory|theories|version|estimates?"
                           r"|criticism|that)\b", re.I)
_DENIES = re.compile(rf"\b(?:{DENIAL}|denial)\b", re.I)
_ACCORDING = re.compile(r"\baccording to\b", re.I)
# "by the police's count", "by organisers' estimate", "on the board's count": whose figure it is (not "based on VarnGrid's
# own figures", the outlet's calculation from theirs).
_BY_COUNT = re.compile(r"(?<!\bbased\s)\b(?:by|on)\s+(?P<who>(?:(?!\b(?:by|on)\s)[^,.;:\"“”]){2,40}?)['’]s?\s+(?:own\s+)?"
                       r"(?:count|estimates?|tally|reckoning|figures?|calculations?|account)\b"
                       r"|^\s*(?P<owner>(?:the\s+)?[^,.;:\"“”]{2,40}?)['’]s?\s+(?:(?:own|official|latest|current|revised"
                       r"|new)\s+)?(?:count|tally|figure|total|estimate|forecast|projection)(?:\s+of\s+(?:the\s+)?[\w-]+)?"
                       r"\s+(?:is|was|stands\s+at|stood\s+at|has\s+been)\b",
                       re.I)  # ...and "The council's figure is a hundred and forty posts.", "The Council's current
# estimate of the cost is €455 million."
_OUR = re.compile(r"(?:this|our|my|the\s+(?:newspaper|paper|magazine|programme|station|site))\b", re.I)  # the outlet's own
# count: "by this newspaper's count"
_OUR_COUNT = re.compile(r"(?:our|my)\s+(?:own\s+)?(?:count|reckoning|calculations?|analysis|estimates?|tally)\b", re.I)
# A sentence opening with a figure someone promises or claims, as theirs: "Tidewell's promise of 350 permanent jobs at
# a Port Callan base would be welcome if…" (unless someone in it says so).
_CLAIM_OF = re.compile(r"^\s*(?P<owner>(?:the\s+)?[^,.;:\"“”]{2,40}?)['’]s?\s+(?:own\s+)?(?:promise|pledge|claim|estimate"
                       r"|forecast|projection|prediction)\s+of\s+(?=[^,.;:]{0,20}?(?:\d|\b(?:hundred|thousand|million"
                       r"|billion)\b))", re.I)
_PRONOUN = re.compile(r"\b(?:he|she|they)\s+(?:also\s+)?(?:" + SPEECH + "|" + DENIAL + r")\b"
                      r"|\bin\s+(?:his|her|their)\s+(?:own\s+)?words\b", re.I)  # "In his words, …"
# Data someone owns, which speaks for them: "Her analysis puts the area at…", "the service's latest map puts…".
_OWN_NOUN = (r"(?:[\w-]+\s+){0,2}(?:analysis|analyses|estimates?|counts?|calculations?|tally|figures?|data|maps?"
             r"|mapping|research|assessment|survey|study|modell?ing|models?|records?|statements?|releases?"
             r"|readouts?|reports?|notices?|pages?|website|site|blog|posts?|letters?|e-?mails?|messages?|newsletters?"
             r"|bulletins?|announcements?|updates?|appeals?|submissions?|responses?|replies|filings?)")
_OWN_DATA = _OWN_NOUN + r"\s+"  # "Corvane's
# statement puts lift-off at 06:14": the company's; "Dr Corvel's page still says…": hers; "Hallowmere Water's
# newsletter to its customers says…": the company's
_BY_PRONOUN = re.compile(rf"\b(?:(?:he|she)\s+|(?:his|her)\s+{_OWN_DATA})(?:also\s+|now\s+)?$", re.I)
_IT_SAID = re.compile(rf",\s+it\s+(?:also\s+)?(?:{SPEECH})\.?\s*$", re.I)  # closing a sentence: the body named before
_BY_IT = re.compile(r"\bit\s+(?:also\s+|now\s+)?$|\b(?:its|their)\s+" + _OWN_NOUN
                    + r",?\s+which\s+(?:also\s+|now\s+)?$", re.I)  # "It says: “…”", "pointed us to their
# statement, which says…": an institution's words
# Someone the dossier may not know, by a name or a noun phrase no other pattern reads, as the subject of a verb of
# speech: a name opening the sentence ("The Air Accident Investigation Branch said it had sent…", "The airline said…",
# not "Its estimated cost is…") or a noun phrase closing it ("…, the airline said.", "…, said the carrier.").
_OPENING = re.compile(r"^\s*(?P<who>(?:The|A|An)\s+(?:[\w.’'&-]+\s+){0,5}?[\w.’'&-]+"
                      r"|(?!(?:It|Its|This|That|These|Those|There|Here|He|She|They|We|I|You|His|Her|Their|Our|My|Your"
                      r"|Yesterday|Today|Later|Earlier|Meanwhile|However|But|And|So|Then|Now|When|While|As|If|After"
                      r"|Before|On|In|At|For|By|With|From)\b)[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|for|and|the|in|at))"
                      r"{0,8})"
                      r"\s+(?:also\s+|later\s+|now\s+)?$")
_FINITE_VERBS = r"(?:was|were|is|are|had|has|have|would|will|could|should|did|does|do|can|may|might|must|shall)\b"
# What a verb of speech opens: "said it had…", "said Geneva police were…" (a name, then its verb); not "cost".
_SAYING_WHAT = re.compile(r"\s*(?:[,:\"“«]|$|(?:that|it|its|he|she|they|we|there|this|these|those|the|a|an|on|in|at"
                          r"|to|of|for|by|late|early|yesterday|today|tonight|last|no|not|nothing|some|all|both|about"
                          r"|more|fewer|only|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
                          r"|thirty|forty|fifty|hundreds?|thousands?|dozens?|several|many|most|few|half|nearly|almost"
                          rf"|around|over|at\s+least)\b|(?-i:[A-Z])[\w.’'-]*\s+(?:[\w.’'-]+\s+){{0,2}}{_FINITE_VERBS})", re.I)
_CLOSING = re.compile(r",\s+(?P<who>(?:the|a|an)\s+(?:[\w.’'&-]+\s+){0,5}?[\w.’'&-]+)\s+(?:also\s+|later\s+)?$",
                      re.I)
# When and where a closing verb of saying was said: "…, the directorate said in its morning report.", "…on Tuesday."
_AFTERWARDS = re.compile(r"\s+(?:on|in|at|during|late|early|yesterday|today|tonight|last|this|overnight|after"
                         r"|following)\b[^,;:\"“”]{0,60}?[.!?]?[\"”’]?\s*", re.I)
_CLOSED_BY = re.compile(r"\s+(?P<who>(?:the|a|an)\s+(?:[\w.’'&-]+\s+){0,5}?[\w.’'&-]*\w)\s*[.!?]?[\"”’]?\s*$", re.I)
# A name closing a quotation, with what they are: "“…,” said Janet Moyle, 71, from Hillbrook."
_CLOSED_BY_NAME = re.compile(r"\s+(?P<who>(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:[A-Z][\w.’'-]+\s+){1,3}"
                             r"[A-Z][\w’'-]+)(?:,\s+[^,;:.!?\"“”]{1,60})*\s*[.!?]?[\"”’]?\s*$")
_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+(?:ed|ing)\b[^,;:\"“”]*,\s*")  # "Asked about his words to Mr Putin, he
# replied": the phrase opening the sentence names no one who speaks
_INTERRUPTING = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s*")  # a name opening "Trump, he said, …"
_PARTS = re.compile(r"(?:[^;\u2013\u2014]|[\u2013\u2014](?!\s))+")  # a sentence's parts between semicolons and dashes
# A verb of saying that is an act done: "declared a state of emergency", "declared war" (not "declared that…").
_ACT = re.compile(r"declare[ds]?\s+(?:a|an|the|war|martial|victory|independence|bankruptcy|itself)\b"
                  r"|add(?:ed|s)?\s+(?!(?:that|in|on|at|later|separately|afterwards|when|while|during|before|after"
                  r"|also|yesterday|today|tonight|this|last|without|with|but|and|then|only|quickly|however)\b)[a-z\d]"
                  r"|reported\s+(?:back\s+)?(?:to|for)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
                  r"(?:station|base|duty|work|hospital|camp|office|unit|barracks|headquarters|desk|control|clinic|site"
                  r"|training|practice)\b",
                  re.I)  # "added steel plating", "adds 300 jobs": a deed, not "added that…", "added in a statement";
# "reported to the doping control station", "reported for duty": went there, not told anyone
_RELATIVE = re.compile(r"\b(?:who|whom|which)\s+(?:also\s+|had\s+|has\s+|have\s+)?$", re.I)
# Words between a verb of saying and a name that make the name part of what was said: a figure, a preposition.
_WHAT_SAID = re.compile(r"\d|\b(?:from|of|in|to|at|for|with|about|on|over|near|into|by)\b", re.I)
# ...unless they are the name's office, "X of Y": "said head of operations Anna Lechner", "said the director of
# communications, Ines Varga".
_OFFICE_OF = re.compile(r"\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:head|director|chief|minister|secretary|spokes(?:man|woman|person)"
                        r"|president|chair(?:man|woman)?|commissioner|governor|leader|officer|manager|commander|editor)"
                        r"\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+,?\s+")
# A finite verb right after a name: the name is its subject ("said the government was using…", "told reporters
# Lavrov had left").
_FINITE = re.compile(rf"\s+{_FINITE_VERBS}", re.I)
# A verb after these is no one speaking: "did not deny", "never denied", "refused to deny", "wanted to say"; "was
# denied", "was told".
# A verb whose subject is the one speaking, not anyone named before it: "With respect to the Weather Service, who
# do good work, I do not accept that this was an EF3" (a transcript's turn, a statement's "we").
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\s+(?:also\s+|\w+ly\s+)?$")
_PROGRESSIVE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:also\s+|now\s+|still\s+|\w+ly\s+)?$", re.I)
_NOT_SAYING = re.compile(r"(?:\b(?:not|never|no longer|to)|n[’']t"
                         r"|\b(?:was|were|is|are|been|being|be)|\bthan(?:\s+[\w’'.-]+){0,4})"
                         r"\s+(?:also\s+|yet\s+|first\s+|now\s+|still\s+|\w+ly\s+)?$", re.I)  # "…earlier than the
# agency has said": no one says it; but "has been saying", "are saying" is someone saying it (_PROGRESSIVE); "The stranding was first reported on Saturday … by a fisherman": when, no one's
# claim; "How many were there on Saturday is now disputed: Brightfold says…": no one disputes it there
# A claim conceded, not reported: "Chlorine did leak, whatever the ministry's first statement claimed" is the outlet's
# own statement against the ministry's, not the ministry's.
_NOT_TRUE_THAT = re.compile(r"\b(?:not\s+(?:\w+ly\s+)?true|untrue|false|wrong)\s+(?:to\s+say\s+)?that\s+(?:[\w'’-]+\s+){1,6}$",
                            re.I)
_CONCEDED = re.compile(r"\b(?:whatever|despite\s+what|contrary\s+to\s+what|regardless\s+of\s+what|no\s+matter\s+what)"
                       r"\b[^,.;:]*$", re.I)
# A speaker rejecting what follows in their own words, quoted or in a transcript: "I would not say dairy is off the
# table", "it is not true that…".
_REJECTS = re.compile(r"\b(?:I|we)\s+(?:would|do|did|could|can)\s*(?:not|n['’]t)\s+(?:say|agree|accept|believe"
                      r"|recogni[sz]e"
                      r"|find\s+it\s+(?:credible|plausible|believable))\b"
                      r"|\b(?:nor|neither)\s+(?:do|did|can|could|would)\s+(?:I|we)\s+(?:accept|believe"
                      r"|find\s+it\s+(?:credible|plausible|believable))\b"  # "Nor do I find it credible that…"
                      r"|\b(?:I|we)\s+(?:(?:firmly|strongly|categorically|totally|completely|utterly|flatly)\s+)?"
                      r"(?:reject|deny|refute|dispute)\b"  # "We reject any suggestion that…"
                      r"|\b(?:it|that)\s+(?:is|was|['’]s)\s+(?:not true|untrue|false)\b", re.I)
# Reports rejected in so many words: "Reports that the delegation walked out are baseless and mischievous", "The
# union’s figure of a 19 per cent real-terms cut … is not one we recognise".
_UNTRUE = (r"(?:baseless|false|untrue|unfounded|fabricated|incorrect|wrong|fake|nonsense|mischievous|groundless"
           r"|premature|inaccurate|misleading|speculative|speculation|without\s+foundation"
           r"|not\s+(?:true|correct|accurate|credible)|implausible|wide\s+of\s+the\s+mark|fairy[\s-]?tales?|myths?"
           r"|fantasy|fiction|lies|lie|rubbish)")
_BASELESS = re.compile(r"\b(?:reports?|claims?|allegations?|suggestions?|accounts?|stor(?:y|ies)|rumou?rs?|theor(?:y|ies))"
                       rf"\b[^.;]*?\b(?:is|are|was|were)\s+[\"'“‘]?(?:\w+\s+)?{_UNTRUE}\b"
                       r"|\b(?:figures?|numbers?|estimates?|claims?)\b[^.;]*?\b(?:is|are|was|were)\s+not\s+(?:one|ones"
                       r"|a\s+figure|a\s+number)\s+(?:that\s+)?(?:I|we)\s+(?:recogni[sz]e|accept)\b"
                       rf"|\b(?:{_CALLED})\s+(?:the\s+|these\s+|such\s+)?(?:reports?"
                       r"|claims?|allegations?|suggestions?|accounts?|stor(?:y|ies)|rumou?rs?)\b[^.;]*?"
                       rf"\b(?:as\s+)?{_UNTRUE}\b", re.I)
# A quotation signed with a dash after it, as fact-checks and pull quotes print them: "“…” — Katrin Vahl, EU Trade
# Commissioner".
# A denial worded as a negation: a negated or empty subject ("Nobody walked out.", "No one left the room", "No sirens
# sounded", not "No doubt…", "There was no walkout.", "At no point did the delegation leave") opening a sentence, a quotation or what someone said; or a
# negated verb ("the delegation did not walk out", "never left").
_NEGATED = re.compile(r"(?:^|(?<=[.!?:;,])\s*|[\"“«]\s*|\b(?:that|said|says|with)\s+)(?:no[.,!]?\s+)?"
                      r"(?P<subject>nobody|no[\s-]one|none\s+of\s+(?:them|us|the\s+\w+)|not\s+(?:one|a\s+single)"
                      r"|(?P<determiner>no)\s+(?!(?:doubt|matter|wonder|sooner|less|more|fewer|longer|later|earlier)\b)"
                      r"(?=[a-z])"
                      r"|at\s+no\s+(?:point|time|stage|moment)|there\s+(?:was|were|is|are|has\s+been|have\s+been"
                      r"|had\s+been|will\s+be)\s+no)\b"
                      r"|\b(?P<verb>(?:did|does|do|has|have|had)\s*(?:not|n['’]t)|never"
                      r"|(?:was|were|is|are)\s*(?:not|n['’]t)(?:\s+been)?(?=\s+[a-z]+ed\b)"  # "the stage was not
                      r"(?!\s+(?:expected|scheduled|supposed|allowed|permitted|thought|believed|known|reported|said"
                      r"|confirmed|needed|required|used)\b))\s+", re.I)  # neutralised", a passive denied (not "is not
# expected to reopen until Friday", which says when)
_NEGATION = re.compile(r"\b(?:not|no|never|nobody|none|neither|nor|nothing)\b|n['’]t\b", re.I)
_SIGNED = re.compile(r"[\"”»][.,]?\s*[—–]\s*(?P<who>[^\"“”«»—–]{2,100})$")
_ASIDE = re.compile(r",\s*(?:who|whom|whose|which)\b(?:[^,;]|(?<=\d),(?=\d{3}))*,")  # a relative clause between
# commas (a figure's thousands, "1,100", are none)
_QUOTE_MARK = re.compile(r"[\"“”«»]")
_APPOSED = re.compile(r"(?<![\w’'-])(?!(?:The|A|An|This|That|Its|His|Her|Their|Our)\s)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})"
                      r"(?:,\s+(?:\d{1,3}|(?:(?:a|an|the|his|her|its|their)\s|[A-Z][\w.’'-]*['’]s\s"
                      r"|(?!(?:who|whom|whose|which|that|where|when)\b)[a-z][\w’'-]*\s)[^,;:.\"“”«»]{1,80}"
                      r"|(?:who|whose)\s[^,;:.\"“”«»]{1,80})){1,3},\s*(?:(?:now|also|later|still|then|\w+ly)\s+)?$")
# A person's name, then what they are between commas, just before the verb (an adverb may come between): "Fiona Hill, a former adviser on Russia,
# told", "Declan Moy, general secretary of the bakers' union, says", "Jarl Inders, 58, who lives on Ashby Lane, said",
# "Reza Oduya, the opposition lawmaker who has made the census his cause, now says"
_OWNED_NAME = re.compile(r"(?P<owner>.+?)['’]s\s+(?P<noun>[\w\s-]+)")  # a speaker named for its owner
# Someone a person owns, speaking: "His campaign said", "Her office said" (not "Her analysis puts", their own data).
_BY_OWNED = re.compile(r"\b(?:his|her|their)\s+(?P<noun>[a-z-]+(?:\s+[a-z-]+)?)\s+(?:also\s+|later\s+|now\s+)?$")
_AUXILIARIES = re.compile(r"(?:\s+(?:has|have|had|is|was|were|are|will|would|did|does|also|now|later|again|then|"
                          r"first|since|already|still))+\s*$", re.I)  # between a subject and its verb
_POSSESSIVE = re.compile(r"['’](?:s\b|(?=\s))")  # after a name: its owner's ("Lavrov's spokeswoman", "Reuters' …")
# A verb of speech that is a noun here: "Reports that the delegation walked out…", "the claims of…", "media reports"
_NOUN = re.compile(r"(?:reports?|claims?|estimates?|tweets?)\s+(?:that|of|in|about|from|by)\b", re.I)
_DETERMINER = re.compile(r"(?:^|\b(?:the|a|an|this|that|these|those|such|some|many|earlier|recent|media|press|news"
                         r"|its|their|his|her))[\s\"“«]*$", re.I)
# A verb's word as the noun of a phrase: after a possessive ("the contractor's claims for additional payment"; not "St
# Anselm's says"), or before "of" in a phrase a determiner opens ("The current cost estimate of €455 million").
_POSSESSED = re.compile(r"(?:\w['’]s?|\b(?:his|its|our|their|my|your))\s+$", re.I)
_NOUN_TOO = re.compile(r"claims?|reports?|estimates?|tweets?|comments|forecasts?", re.I)
_NOUN_OF = re.compile(r"(?:reports?|estimates?|forecasts?)\s+of\b", re.I)  # (not "The most serious claim of the week
# — that a tremor alarm sounded… —": what a claim says is someone's)
_OPENED = re.compile(r"\b(?i:the|a|an|this|that|these|those|such|its|their|his|her)(?:\s+[a-z][\w-]*){1,3}\s+$")
_QUALIFYING = re.compile(r"\b(?:an?|the|some)\s+$", re.I)  # a participle qualifying a figure: "An estimated 2,140
# people", "the reported 12 deaths", no one speaking
# Institutions as news names them, with the words of their trade: "the fire service", "the agency", "the company".
_BODIES = (r"services?|agency|agencies|department|company|companies|council|commission|board|union|utility|operator"
           r"|firm|committee|regulator|hospital|authority|court|tribunal|trust|association|federation|charity")
_BODY = re.compile(rf"(?:{_BODIES})$", re.I)
# The kinds of civic body a speaker's description may say it is: "The pilots' union that called the strike".
_CIVIC_KIND = re.compile(r"\b(?:unions?|councils?|boards?|committees?|commissions?|authority|authorities|agency"
                         r"|agencies|regulators?|tribunals?|ministry|ministries|department|associations?"
                         r"|federations?)\b", re.I)
# A business as news refers to it again: "the company says", "the firm said", "the carrier told…".
_FIRM = re.compile(r"(?:the|this)\s+(?:company|firm|group|carrier|airline|drugmaker|manufacturer|maker|operator"
                   r"|insurer|retailer|utility|developer|applicant|contractor|bidder|(?:auction|publishing|fashion)\s+house"
                   r"|(?:[\w-]+\s+)?(?:group|company|firm))", re.I)  # "the applicant", in a planning committee's
# minutes: the developer it names; "the auction house puts the total at…"
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")
# Words of a name that is no business's: "the company" is never the union, the ministry or the regulator.
# What a description says an institution is, when it is no business: "Environmental group.", "A residents'
# association", "The charity that runs the refuge".
_NO_BUSINESS = re.compile(r"\b(?:(?:environmental|campaign(?:ing)?|pressure|advocacy|residents['’]?|lobby|protest|community"
                          r"|conservation|consumer|patients['’]?|parents['’]?)\s+(?:group|organi[sz]ation|network)|charity"
                          r"|non-?profit|NGO|(?:trade\s+)?union|association|club|society|trust)\b", re.I)
_CIVIC = re.compile(r"\b(?:Union|Ministry|Minist(?:er|re)|Council|Government|Authority|Agency|Police|Court|Service|"
                    r"Association|Federation|Institute|University|Party|Commission|Department|Office|Directorate|"
                    r"Parliament|Senate|Assembly|Committee|Board|Guard|Coastguard|Army|Navy|Force|Hospital|School|Foundation|"
                    r"Society|Campaign|Coalition|League|Organi[sz]ation|Bureau|Administration|Embassy|Regulator|"
                    r"Centre|Center|Inspectorate|Fund|Bank|State|City|County|Republic|Kingdom|Nations|House|Palace|"
                    r"Kremlin|Cabinet|Presidency|Chancellery|Prosecutor|Tribunal|Municipality|Region|Province)\b")
# People the dossier may not know, as the subject of a verb of speech: "police estimate", "a U.N. official tells us",
# "said a diplomat"; someone speaks, whom the editor names.
_PEOPLE = (r"(?:police|officials?|spokes(?:man|woman|person|people)|diplomats?|sources?|aides?|negotiators?|analysts?"
           r"|experts?|witnesses|observers|organi[sz]ers|residents|activists|minist(?:er|ers|ry)|officers?"
           r"|authorities|government|delegates?|envoys?|mediators?|lawyers?|prosecutors?|investigators?"
           r"|politicians?|lawmakers?|legislators?|MPs|senators?|opposition|critics?|campaigners?|protesters?"
           r"|villagers|locals|neighbou?rs|survivors?|relatives|families|rescuers?|doctors?|scientists?|engineers?"
           r"|workers?|employees?|staff|executives?|insiders?|eyewitness(?:es)?|(?:fund\s+)?managers?|investors?"
           r"|traders?|economists?|shareholders?|bankers?|consultants?|airlines?|carriers?|insurers?|drugmakers?"
           r"|manufacturers?|retailers?|developers?|applicants?|contractors?|bidders?|(?:auction|publishing|fashion)\s+houses?"
           rf"|{_BODIES})")
_PEOPLE_BEFORE = re.compile(rf"(?P<who>(?:[\w.’'-]+\s+){{0,3}}?{_PEOPLE})\b[^.;:\"“”«»]{{0,40}}$", re.I)
_PEOPLE_AFTER = re.compile(rf"\s+(?P<who>(?:[\w.’'-]+\s+){{0,3}}?{_PEOPLE})\b", re.I)
# Data a sentence cites "according to", not people speaking: "according to E.U. figures", "according to a survey".
_DATA = re.compile(r"\s+(?:[\w.’'-]+\s+){0,4}?(?:figures|data|statistics|estimates|records|documents|polls?|surveys?"
                   r"|counts?|tall(?:y|ies)|totals?|readings|measurements"
                   r"|studies|study|census|calculations|files?|filings?|papers|minutes|logbooks?|logs?|ledgers?"
                   r"|manifests?|registers?|registry|archives?|timetables?|schedules?|spreadsheets?|sheets?"
                   r"|time\s?stamps?|metadata|footage|recordings?)\b", re.I)  # "according to the time stamp on the notice"
_OURS = re.compile(r"\s+(?:our|my)\s+(?!(?:own\s+)?(?:sources?|contacts?|informants?)\b)", re.I)  # "according to our
# estimate", not "according to our sources", people the outlet does not name
_OFFICIAL_DATA = re.compile(r"\s+(?:the\s+)?(?:latest\s+)?official\s+(?:figures|data|statistics|estimates|records|counts"
                           r"|tallies)\b", re.I)  # "according to official statistics": data, no official speaking
_COMPILED_FROM = re.compile(r"\s+(?:compiled|collated|gathered|put\s+together|based)\s+(?:from|on)\b", re.I)  # the
# outlet's own tally of what others gave: "according to a count compiled from hospital figures"
# A document someone keeps, which the outlet read: "according to the council's planning file" is the outlet's own.
_DOCUMENT = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}(?:files?|documents|records?|sheets?|filings?|papers|minutes|registers?"
                       r"|logbooks?|logs?|ledgers?|manifests?|archives?|timetables?|schedules?|time\s?stamps?"
                       r"|metadata|footage|recordings?)\b", re.I)
_PEOPLE_NOUN = re.compile(rf"{_PEOPLE}$", re.I)
# Whom a document cited "according to" went to, not whose account it is: "according to the operator's monthly reports
# to the council" (the council received them).
_ADDRESSED = re.compile(r"\b(?:reports?|reported|returns?|submissions?|submitted|sent|presented|filed|letters?"
                        r"|evidence|statements?)\s+to\s+(?:the\s+)?$", re.I)
_BELIEF = re.compile(r"believes?|believed|reckons?|reckoned", re.I)
# How news marks a person as "he" or "she": a title or a word for them right before the name ("Ms Varn", "Sir Keir",
# "spokeswoman Anna Lechner", "his daughter, Ella"), or one in apposition after it ("Anna Lechner, a spokeswoman for…").
_HIS_NOUNS = (r"spokesman|chairman|businessman|congressman|policeman|fireman|headmaster|father|husband|son|brother"
              r"|grandfather|uncle|nephew|boyfriend|widower|boy|man")
_HER_NOUNS = (r"spokeswoman|chairwoman|businesswoman|congresswoman|policewoman|firewoman|headmistress|mother|wife"
              r"|daughter|sister|grandmother|aunt|niece|girlfriend|widow|girl|woman")
_HIS_WORDS = rf"Mr|Mister|Sir|Lord|Herr|Monsieur|Señor|Signor|King|Prince|Duke|Baron|(?i:{_HIS_NOUNS})"
_HER_WORDS = rf"Mrs|Ms|Miss|Dame|Lady|Madam|Madame|Mme|Frau|Señora|Signora|Queen|Princess|Duchess|Baroness|(?i:{_HER_NOUNS})"
_MARKED_BEFORE = re.compile(rf"(?<![\w’'-])(?:(?P<he>{_HIS_WORDS})|(?P<she>{_HER_WORDS}))\.?,?\s+$")
_MARKED_AFTER = re.compile(rf",\s+(?:(?i:a|an|the|his|her|their)\s+)?(?:(?!(?i:who|whose|whom|which)\b)[\w-]+\s+){{0,3}}?"
                           rf"(?:(?P<he>{_HIS_WORDS})|(?P<she>{_HER_WORDS}))(?![\w’'-])")
_GENDERED = re.compile(rf"\b(?:(?P<he>{_HIS_NOUNS})|(?P<she>{_HER_NOUNS}))\b", re.I)  # in a speaker's file
_SPOKES = re.compile(r"spokes(?:man|woman|person|people)$", re.I)
_BEHALF = re.compile(rf"\s+(?:for|of|at)\s+(?P<body>(?:[\w.’'-]+\s+){{0,3}}?(?:{_BODIES}))\b", re.I)
_WRITTEN_TO = re.compile(r"\b(?:written|wrote|writes|write|sent|sends|send|complained|complains|appealed|appeals"
                         r"|spoke|speaks|talked|talks|turned|reported)\s+to\s+(?:the\s+)?", re.I)  # whom: "written to"
_WHICH = re.compile(r",\s+(?:which|who)\b", re.I)  # "spoke to the agency, which said…": the agency speaks
_TOLD = re.compile(r"told|tells?|assured|assures|urged|urges|warned|warns|informed|informs|notified|notifies", re.I)  # whom: "told investigators"
NEAR = 60  # characters between a name and its verb for the verb to be the name's


@dataclass(frozen=True, slots=True)
class Attribution:
    """Whom a sentence quotes (a speaker id, or None when the name is unknown), by which words, and whether
    what is reported is a denial."""

    speaker: str | None
    words: str
    denial: bool
    whole: bool = False  # the passage is all theirs (a transcript's turn, a publisher's release), not the outlet's
    part: tuple[int, int] | None = None  # "according to X", or a relative clause whose verb is the attribution's:
    # the part of the sentence that is X's account


@dataclass(frozen=True, slots=True)
class Turn:
    """A turn of a transcript or interview: where it is in the body, its label, who speaks (None when the label
    names no known speaker) and whether it is a question put to them."""

    start: int
    end: int
    label: str
    speaker: str | None
    asking: bool


_ANSWERING = re.compile(r"A|ANSWER")
_ADDRESS = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|(?:Minister|Secretary|President|Governor|Mayor|Senator)\s+)?"
                      r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},")  # a question put by name: "Mr. Lavrov, how…"
HEADING_WORDS = 8  # a labelled line this short, naming a person, heads their part: "PART TWO: FOREIGN MINISTER LAVROV"


def turns(body: str, names: Names) -> list[Turn]:
    """The turns of a transcript ("COMMISSIONER VAHL: …", "QUESTION (Le Soir): …") or of an interview printed as
    questions and answers, whose "A:" is the person the introduction names first, until a heading names another
    ("PART TWO: FOREIGN MINISTER LAVROV") or a question is put to another by name ("Q: Mr. Lavrov, …"); in a
    transcript whose turns name two speakers or more, an "A:" is no one's until a question or a heading says whose.
    The introduction names the person answering most often (first, at a tie), its mentions of someone as a thing's
    ("the Rennvald affair", "Rennvald's win") aside: a chief arbiter interviewed on a player's case; a label naming no
    one is the person a line of the introduction gives it to ("Guest: Nadia Kerrow, Artmetric" for "GUEST:")."""
    found = sentences.turns(body)
    intro = body[:found[0][0]] if found else ""
    cast = {m["label"].casefold(): who[0][2] for m in _CAST.finditer(intro)
            if (who := names.find(m["who"])) and who[0][0] == 0 and who[0][2] in names.persons}
    persons = [sid for start, end, sid in names.find(intro) if sid in names.persons
               and not _NAMING_A_THING.match(intro, end)]  # not "the Rennvald affair", "Rennvald's 47-move win"
    answering, out = max(persons, key=lambda sid: (persons.count(sid), -persons.index(sid)), default=None), []
    if len({sid for _, _, label, _ in found for _, _, sid in names.find(label)}) > 1:  # a press conference whose
        answering = None  # speakers are labelled by name: an "A:" among them answers for whom, it does not say
    for start, end, label, note in found:
        asking = sentences.asks(label, body[start:end])
        named = names.find(label) or ([] if asking else names.find(note or ""))  # "The Minister for Transport
        # (Jorun Vesk):"
        if not named and label.casefold() in cast:
            named = [(0, 0, cast[label.casefold()])]
        line = body[start:end].split("\n", 1)[0]
        head, _, tail = line.partition(":")
        rest = (tail if tail and head.strip(" *_").startswith(label) else line).strip(" *_")  # after the label; a
        # question in bold has none
        if asking and (address := _ADDRESS.match(rest)):
            whom = [sid for _, _, sid in names.find(address.group()) if sid in names.persons]
        elif not asking and not _ANSWERING.fullmatch(label) and not named and len(rest.split()) <= HEADING_WORDS:
            whom = [sid for _, _, sid in names.find(rest) if sid in names.persons][-1:]
        else:
            whom = []
        answering = whom[0] if whom else answering
        speaker = answering if _ANSWERING.fullmatch(label) else named[-1][2] if named else None
        out.append(Turn(start, _told_of(body, start, end, speaker, names), label, speaker, asking))
    return out


_CAST = re.compile(r"^[ \t]*(?P<label>[A-Za-z][A-Za-z ]{0,30}?)[ \t]*:[ \t]*(?P<who>\S[^\n]*)$", re.M)  # "Guest: Nadia
# Kerrow, Artmetric" atop a transcript
_NAMING_A_THING = re.compile(r"['’]s?\b|\s+(?:affair|case|saga|scandal|row|trial|verdict|ban|camp|team|family)\b")


def _told_of(body: str, start: int, end: int, speaker: str | None, names: Names) -> int:
    """Where a turn ends: at a later paragraph of it that opens with its speaker's name ("Kalinda Morvay was
    provisionally suspended… She denies any wrongdoing.", a magazine's closing note), told of them, not by them."""
    for paragraph in re.finditer(r"\n\s*\n(?=\S)", body[start:end]):
        at = start + paragraph.end()
        opening = names.find(body[at:at + 80])
        if speaker and opening and opening[0][0] == 0 and opening[0][2] == speaker:
            return at
    return end


def posts(body: str, names: Names) -> list[Turn]:
    """Embedded posts, each a turn of whoever the line after it signs ("— Aoife Brennan (@AoifeBrennanGW) March 14,
    2026"), or the handle opening it names ("> **@VerradoFC:** Agreement reached…"); None when the dossier does not
    know them: the post's words are theirs, never the outlet's."""
    out = _forum_posts(body, names) + _in_full(body, names) + _forwarded(body, names) + _threaded(body, names) \
        + _dashed(body, names) + _chatted(body, names) + _back_announced(body, names) + _replied(body, names)
    for line in re.finditer(r"[^\n]+", body):
        handled = _HANDLED.match(line.group())
        if handled:
            named = names.find(handled["who"]) if handled["who"] else []
            speaker = named[0][2] if named and named[0][:2] == (0, len(handled["who"])) else names.handle(
                handled["handle"])
            out.append(Turn(line.start(), line.end(), handled["handle"], speaker, False))
            continue
        signed = sentences.SIGNED_POST.fullmatch(line.group().strip())
        if not signed:
            continue
        start = max(body.rfind("\n\n", 0, line.start() - 1), -2) + 2  # the post: back to its paragraph's start
        named = names.find(signed.group("who") + " " + signed.group("handle"))
        speaker = named[0][2] if named else names.handle(signed.group("handle"))
        if body[start:line.start()].strip():
            out.append(Turn(start, line.start(), line.group().strip(), speaker, False))
    return out


def _forum_posts(body: str, names: Names) -> list[Turn]:
    """A forum thread's posts, each a turn of its poster, from the header that names them in bold, with a date or time
    on the line under it or its score ("**u/calvey_kettle** · 842 points"), or a username alone on its line over
    "Posted 12 Jul 2026, 19:02" (a thread copied as text), to the next post or a rule ("---"): the
    poster's name (or handle), else the role it gives in brackets, names the speaker; None when the dossier knows
    neither (a post is never the forum's own words)."""
    lines = list(re.finditer(r"[^\n]+", body))
    heads = [(line, poster) for line, after in zip(lines, [*lines[1:], None])
             if (poster := sentences.POSTER.fullmatch(line.group().strip()))
             and (after and _STAMP.match(after.group()) or sentences.SCORED.search(line.group()))
             or (poster := _USERNAME.fullmatch(line.group())) and after and _POSTED.match(after.group())]
    out = []
    for (line, poster), following in itertools.zip_longest(heads, heads[1:], fillvalue=(None, None)):
        end = following[0].start() if following[0] else len(body)
        rule = re.search(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", body[line.end():end], re.M)
        named = [sid for _, _, sid in names.find(poster["who"]) or names.find(poster["role"] or "")]
        out.append(Turn(line.start(), line.end() + rule.start() if rule else end, poster["who"],
                        named[0] if named else names.handle(poster["who"].split("/")[-1]), False))
    return out


def _forwarded(body: str, names: Names) -> list[Turn]:
    """A messaging channel's forwarded posts, each a turn of whom "Forwarded from MFA Lindmark" names, the post being
    the paragraph holding that line, or the next one when the line is a paragraph alone (as an import writes a
    post's lines); None when the dossier does not know them (never the channel's own words)."""
    out = []
    for line in re.finditer(r"[^\n]+", body):
        forwarded = sentences.FORWARDED.fullmatch(line.group())
        if forwarded:
            named = names.find(forwarded["who"])
            start, end = body.rfind("\n\n", 0, line.start()) + 1, body.find("\n\n", line.end())
            if end == line.end():  # alone: the post is the paragraph after it
                end = body.find("\n\n", end + 2)
            out.append(Turn(start, len(body) if end < 0 else end, line.group().strip(),
                            named[0][2] if named else names.people(forwarded["who"]), False))
    return out


def _in_full(body: str, names: Names) -> list[Turn]:
    """A statement an article prints in full ("The Mountain Rescue Service issued the following statement…; Valdoria
    Today publishes it in full"), a turn of the speaker the paragraph introducing it names first, from the next
    paragraph to its end mark ("ENDS") or the end of the text; none when the dossier knows no one there."""
    found = _FOLLOWING.search(body)
    if not found:
        return []
    start = body.rfind("\n\n", 0, found.start()) + 2 if "\n\n" in body[:found.start()] else 0
    after = body.find("\n\n", found.end())
    named = names.find(body[start:found.end()])
    if after < 0 or not named:
        return []
    end = _END_MARK.search(body, after)
    return [Turn(after + 2, end.start() if end else len(body), found.group(), named[0][2], False)]


def _replied(body: str, names: Names) -> list[Turn]:
    """A reply an email prints whole after a paragraph introducing it ("Their reply, in full:"), paragraphs whose
    every line opens with ">" (not a post's handle, "> **@…"; not a line a forum's post quotes from another), a turn
    of whoever its last line signs ("> Customer Relations, Morrow Isles Ferries Ltd"), else of no one the dossier
    knows: its words are never the sender's own."""
    out = []
    for run in _QUOTED_RUN.finditer(body):
        lines = [line.lstrip("> ").strip() for line in run.group().split("\n") if line.lstrip("> ").strip()]
        if _HANDLED.match(run.group()) or len(lines) < 2 or not body[:run.start()].rstrip().endswith(":"):
            continue
        signed = names.find(lines[-1]) if lines and len(lines[-1].split()) <= 8 else []
        out.append(Turn(run.start(), run.end(), "a quoted reply", signed[-1][2] if signed else None, False))
    return out


_QUOTED_RUN = re.compile(r"(?:^|(?<=\n\n))>[^\n]*(?:\n>[^\n]*)*(?:\n\n>[^\n]*(?:\n>[^\n]*)*)*")  # paragraphs of ">" lines


# Words introducing a statement printed whole after them: "issued the following statement", "the statement in full".
_FOLLOWING = re.compile(r"\b(?:issued|released|published|sent|put\s+out|made)\s+the\s+following\s+statement\b"
                        r"|\b(?:the|its|their|his|her)\s+(?:full\s+statement|statement\s+in\s+full)\b"
                        r"|\bthe\s+(?:full\s+)?statement\s+reads\b", re.I)
_END_MARK = re.compile(r"^\s*(?:[-–—(#]*\s*(?:ENDS?|End of (?:the )?statement)\s*[-–—)#]*)\s*$", re.M | re.I)


# A date or time under a forum post's header (sentences.POSTER), unless the header gives its score.
_STAMP = re.compile(r"\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d-\d\d"
                    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d\d|(?:today|yesterday)\b)", re.I)

_USERNAME = re.compile(r"\s*(?P<who>[A-Za-z][\w.-]{1,29})(?P<role>)\s*")  # a forum's poster, one word: "hillrep_harri"
_POSTED = re.compile(rf"\s*Posted\s+(?:on\s+)?{_STAMP.pattern}", re.I)  # the line under it

def _threaded(body: str, names: Names) -> list[Turn]:
    """The posts of a thread saved as text whose handles the dossier knows: each under its header ("@ArdeniaLotto ·
    Mar 1", below the account's name) up to the next post's name line; the thread's own posts, by a handle no
    speaker has, are the text's."""
    headers = list(sentences.POST_HEADER.finditer(body))
    out = []
    for n, header in enumerate(headers):
        speaker = names.handle("@" + header["handle"])
        if speaker:
            end = body.rfind("\n\n", header.end(), headers[n + 1].start() - 1) if n + 1 < len(headers) else len(body)
            out.append(Turn(header.end(), max(end, header.end()), "@" + header["handle"], speaker, False))
    return out


def _back_announced(body: str, names: Names) -> list[Turn]:
    """A clip a broadcast names after it ("Orla Baine there, secretary of the Harrowmere Speleological Club.", "That
    was Tamsin Ollerenshaw of the nurses' union."): the paragraph before that line, cues' times aside, is a turn of
    the person it names."""
    paragraphs = [m for m in re.finditer(r"\S(?:[^\n]|\n(?![ \t]*\n))*", body) if not _CUE_TIME.fullmatch(m.group())]
    out = []
    for before, paragraph in zip(paragraphs, paragraphs[1:]):
        named = _BACK_ANNOUNCE.match(paragraph.group())
        who = [sid for start, _, sid in names.find(named["who"]) if sid in names.persons and not start] if named else []
        if who and not _BACK_ANNOUNCE.match(before.group()):
            out.append(Turn(before.start(), before.end(), "there", who[0], False))
    return out


_BACK_ANNOUNCE = re.compile(r"(?:>>\s*|[-\u2013\u2014]\s+)?(?P<that>(?:That|This)\s+was\s+)?"
                            r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)"
                            r"(?(that)(?:\s+there)?(?:[,.]|\s+(?:of|from|for|at|with)\s)|\s+there\b[,.])")  # "That
# was Tamsin Ollerenshaw of the Allied Nurses' Federation."


def _chatted(body: str, names: Names) -> list[Turn]:
    """A chat's messages exported as text, each a turn of its sender ("[11/06/2026, 11:06] Dev Ashworth (CATU): …"),
    to the next message; None when the dossier knows neither the sender nor whom the brackets after the name give. A
    paragraph of a message that opens with the name of a speaker the dossier knows, a forwarded post ("Velmouth
    Police: Please avoid the Tanner Street area…"), is theirs."""
    lines = [(m.start(), chat) for m in re.finditer(r"(?m)^.+$", body) if (chat := sentences.CHAT_LINE.match(m.group()))]
    out = []
    for (start, chat), following in itertools.zip_longest(lines, lines[1:]):
        end = following[0] if following else len(body)
        out.append(Turn(start, end, "chat", _sender(chat["who"], names), False))
        for post in re.finditer(r"(?m)^(?P<who>[A-Z][^:\n]{1,60}):\s+\S", body[start:end]):
            if post.start() and (sender := _sender(post["who"], names)) and names.find(post["who"])[0][:2] == (
                    0, len(post["who"])):
                out.append(Turn(start + post.start(), end, "forwarded", sender, False))
    return out


def _sender(who: str, names: Names) -> str | None:
    """The speaker a chat's sender names: a person, else a body ("Dev Ashworth (CATU)": Dev Ashworth)."""
    named = names.find(who)
    return ([sid for *_, sid in named if sid in names.persons] or [sid for *_, sid in named] or [None])[0]


def _dashed(body: str, names: Names) -> list[Turn]:
    """A broadcast interview's subtitles, each turn a paragraph opening with a speaker's dash: the presenter's and the
    guest's alternate, the presenter's those that ask ("- Has this gone to the police?", two or more, all on one
    side of the alternation), the guest's the others ("- My understanding is it's already with the police."), each
    a turn of the person the presenter addresses ("- Councillor Quilley, the mayor's gone. …") or else names last
    before them (the introduction's "With me is … Councillor Rhiannon Quilley."); None when the dossier knows no one
    there (the guest's words are never the programme's own)."""
    out, run, before = [], [], 0
    for paragraph in [*re.finditer(r"\S(?:[^\n]|\n(?![ \t]*\n))*", body), None]:
        if paragraph and _CUE_TIME.fullmatch(paragraph.group()):
            continue  # a cue's time between turns
        if paragraph and _DASH.match(paragraph.group()):
            run.append(paragraph)
            continue
        asks = [i for i, turn in enumerate(run) if turn.group().rstrip().endswith("?")]
        if len(asks) >= 2 and len({i % 2 for i in asks}) == 1:
            presenter = asks[0] % 2
            addressed = [sid for turn in run[presenter::2] if (vocative := _VOCATIVE.match(turn.group()))
                         for _, _, sid in names.find(vocative["who"]) if sid in names.persons]
            named = [sid for _, _, sid in names.find(body[before:run[0].start()]) if sid in names.persons]
            guest = (addressed or named[-1:] or [None])[0]
            out += [Turn(turn.start(), turn.end(), "-", guest, False) for turn in run[1 - presenter::2]]
        if paragraph:
            run, before = [], paragraph.start()
    return out


_DASH = re.compile(r"[-\u2013\u2014]\s+\S")  # a subtitle's speaker dash
_CUE_TIME = re.compile(r"\[\d{1,2}:\d\d(?::\d\d)?\]")  # "[00:00:41]", as the import writes a cue's time
_VOCATIVE = re.compile(r"[-\u2013\u2014]\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+),")  # "- Councillor Quilley, …"


_HANDLED = re.compile(r"[>\s]*(?:\*\*|__)?(?:(?P<who>[A-Z][^()\n:]{1,60}?)\s+\()?(?P<handle>@\w{1,30})(?(who)\))"
                      r"(?:\*\*|__)?\s*:\s*(?:\*\*|__)?(?=\s*\S)")  # a post: "@VerradoFC: …", "Ruven Aldic
# (@GovAldic): …"


class Names:
    """The speakers' names, other spellings and (for persons) surnames, found in text, in any of the common
    transliterations of a name (see ``key``: "Zelensky", "Zelenskyy", "Zelenskiy"; "Lavrov", "Lawrow")."""

    def __init__(self, speakers: dict[str, Speaker]):
        aliases: dict[str, str] = {}
        spelt: set[str] = set()  # the aliases that are whole names, not a person's surname alone
        self.given: dict[str, set[str]] = {}  # each person's words before their surname, in all their spellings
        self.persons = {sid for sid, s in speakers.items() if s.kind == "person"}
        self.institutions = {sid for sid, s in speakers.items() if s.kind == "institution"}
        self.firms = {sid for sid in self.institutions if not _CIVIC.search(speakers[sid].name)
                      and not _NO_BUSINESS.search(speakers[sid].description or "")}  # "the company"
        self.governments = {sid for sid in self.institutions if re.search(r"\bGovernment\b", speakers[sid].name, re.I)}
        for sid, s in speakers.items():
            names, surnames = [s.name, *s.spellings], []
            if s.kind == "person":  # a surname, but not a description's last word ("A senior clinician at St
                surnames = [n.split()[-1] for n in names if len(n.split()) > 1  # Anselm's" is no "Anselm's")
                            and n.split()[0].casefold() not in _ARTICLES]
                self.given[sid] = {w.casefold() for n in names for w in n.split()[:-1]}
            for name in names + surnames:
                if len(name) > 2:
                    aliases.setdefault(key(name), sid)
                    if name not in surnames:
                        spelt.add(key(name))
        self.aliases, self.spelt = aliases, spelt
        self.handles = {re.sub(r"\W", "", n).casefold(): sid for sid, s in speakers.items()
                        for n in (s.name, *s.spellings)}  # "@VerradoFC" for Verrado FC
        holders: dict[str, set[str]] = {}
        for sid in self.persons:
            for role in speakers[sid].roles:
                for office in _offices(role.title):
                    holders.setdefault(office, set()).add(sid)
        self.titles = {" ".join(r.title.casefold().split()) for sid in self.persons for r in speakers[sid].roles}
        self.offices = {}  # an office one person holds: theirs, with the words of their titles and country
        for office, (sid, *others) in ((o, list(sids)) for o, sids in holders.items()):
            if office and not others:
                person = speakers[sid]
                said = " ".join([*(r.title for r in person.roles), person.country or ""])
                self.offices[office] = sid, {w.casefold()[:4] for w in re.findall(r"\w+", said)}
        self.office_pattern = re.compile(r"\b[Tt]he\s+(?:(?P<adjective>[A-Z][\w.-]*)\s+)?(?i:(?P<office>"
                                         + "|".join(map(re.escape, sorted(self.offices, key=len, reverse=True)))
                                         + r"))\b") if self.offices else None
        self.groups: dict[str, dict[str, set[str]]] = {}  # a word of a group's or institution's name: its holders,
        for sid, speaker in speakers.items():  # each with the words of all its names ("the mountain rescue service"
            if speaker.kind != "person":  # for Val Dorna Mountain Rescue, spelt "Val Dorna rescue service")
                names = (speaker.name, *speaker.spellings)
                said = {w.casefold()[:4] for name in names for w in re.findall(r"[\w.]+", name)}
                for word in {w for name in names for w in re.findall(r"\w+", name)}:
                    self.groups.setdefault(_singular(word), {})[sid] = said
        self.described: dict[str, set[str]] = {}  # a civic body's kind its description names, its holders: "union"
        for sid in self.institutions:  # for "The pilots' union that called the strike"
            for word in set(_CIVIC_KIND.findall(speakers[sid].description or "")):
                self.described.setdefault(_singular(word.casefold()), set()).add(sid)
        self.referred = {}  # a person their speaker file calls "he" or "she": a role ("Spokeswoman, …") or what
        for sid in self.persons:  # the description opens with ("Mother of one of the pupils", not "…the dead girl")
            said = [r.title for r in speakers[sid].roles] + re.split(r"\s+(?:of|for)\s|[,;(]",
                                                                   speakers[sid].description or "", maxsplit=1)[:1]
            kinds = {m.lastgroup for m in _GENDERED.finditer(" ".join(said))}
            if len(kinds) == 1:
                self.referred[sid] = kinds.pop()
        ordered = sorted(aliases, key=len, reverse=True)
        alternatives = "|".join(map(spelled, ordered))  # "(?<!\w)": a handle ("@KatrinVahlEU") starts with no letter
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I) if ordered else None
        self.bodies: dict[tuple[str, str], str] = {}  # (owner, noun): a speaker named for whom it belongs to
        for sid, speaker in speakers.items():  # ("Tomas Eyre's campaign")
            for name in (speaker.name, *speaker.spellings):
                owned = _OWNED_NAME.fullmatch(name.strip())
                owner = self.find(owned.group("owner")) if owned and speaker.kind != "person" else []
                if len(owner) == 1:
                    self.bodies.setdefault((owner[0][2], owned.group("noun").casefold()), sid)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, speaker id) of every name in ``text``."""
        if self.pattern is None:
            return []
        return [(m.start(), m.end(), self.aliases[key(m.group())]) for m in self.pattern.finditer(text)
                if not self._someone_else(text, m)]

    def _someone_else(self, text: str, match: re.Match) -> bool:
        """Whether a surname found alone is another person's, their given name before it ("His mother, Sarah Welby,
        said" is not Jonah Welby; "Ivanka Trump" is not Donald Trump), not a title or a word opening a sentence
        ("President Trump", "But Trump said")."""
        alias = key(match.group())
        if alias in self.spelt:
            return False
        given = _GIVEN.search(text, max(0, match.start() - 30), match.start())
        return bool(given) and given["word"].casefold() not in self.given.get(self.aliases[alias], set()) \
            and given["word"].casefold() not in _NOT_GIVEN

    def referred_to(self, text: str) -> dict[str, str]:
        """The persons ``text`` marks as "he" or "she" ("Ms Varn", "Anna Lechner, a spokeswoman"), and those the speaker
        files do; none where the marks disagree."""
        marks: dict[str, set[str]] = {sid: {kind} for sid, kind in self.referred.items()}
        for start, end, sid in self.find(text):
            if sid in self.persons:
                for mark in (_MARKED_BEFORE.search(text, max(0, start - 20), start), _MARKED_AFTER.match(text, end)):
                    if mark:
                        marks.setdefault(sid, set()).add(mark.lastgroup)
        return {sid: kinds.pop() for sid, kinds in marks.items() if len(kinds) == 1}

    def handle(self, handle: str) -> str | None:
        """The speaker a social media ``handle`` names ("@VerradoFC": Verrado FC), if any."""
        return self.handles.get(handle.lstrip("@").casefold())

    def owned(self, owner: str, noun: str) -> str | None:
        """The speaker named as ``owner``'s ``noun`` ("Eyre's campaign", "his campaign" after Eyre), if any: the owner
        itself when it is a body whose name holds every word of the noun ("Tervania's foreign ministry" for the
        Tervanian Ministry of Foreign Affairs, which "Tervania" names too)."""
        noun = _AUXILIARIES.sub("", noun)  # "Sellimar's foreign ministry has now confirmed"
        found = self.bodies.get((owner, " ".join(noun.casefold().split())))
        words = [_singular(w) for w in re.findall(r"\w+", noun)]
        if found is None and owner not in self.persons and words and all(owner in self.groups.get(w, ()) for w in words):
            return owner
        return found

    def people(self, phrase: str, rest: str = "", before: str = "") -> str | None:
        """The group or institution among the speakers that people named by ``phrase`` belong to ("police", "a U.N.
        official", "the organisers"): the one whose name holds the phrase's noun and every capitalised word before
        it ("Russian officials" are not "U.S. officials"), or, of several, the one whose name holds a capitalised word
        of ``rest``, the words after it ("sources quoted by The Guardian"), else the one named last in ``before``, the
        text before ("Sellimar's foreign ministry confirmed 21. At 15:30 the ministry had confirmed nine."); None when
        none or several do."""
        whole, phrase = phrase, _LAST_ARTICLE.split(phrase)[-1]  # "Its cost the board evaluates at…": the board
        noun = _PEOPLE_NOUN.search(phrase.strip())
        if not noun:
            return None
        qualifiers = [w.casefold()[:4] for w in re.findall(r"[\w.]+", phrase[:noun.start()])
                      if (w[0].isupper() or _BODY.match(noun.group())) and w.casefold() not in _ARTICLES
                      and w.casefold() not in _LINKING]  # "But the board also says", "which the board estimates"
        # (an institution's every word: "the fire service" is not the ambulance service)
        holders = [sid for sid, said in self.groups.get(_singular(noun.group()), {}).items()
                   if all(q in said for q in qualifiers) and (sid in self.firms or not _FIRM.fullmatch(f"the {noun.group()}"))]
        # ("the airline" is a business, never the Valdorian Airline Pilots' Association)
        if not holders and not qualifiers:  # "the union": the one body whose description says it is one
            described = self.described.get(_singular(noun.group().casefold()), set())
            return next(iter(described)) if len(described) == 1 else None
        if not holders and _SPOKES.fullmatch(noun.group()) and qualifiers:  # "a Norland spokeswoman": whom she
            # speaks for, when no speaker is a spokeswoman of theirs
            holders = list({sid for said in self.groups.values() for sid, words in said.items()
                            if all(q in words for q in qualifiers)})
            return holders[0] if len(holders) == 1 else None
        named = {w.casefold()[:4] for w in re.findall(r"[\w.]+", rest) if w[0].isupper()
                 and w.casefold() not in _ARTICLES}
        holders = [sid for sid in holders if named & self.groups[_singular(noun.group())][sid]] or holders
        return holders[0] if len(holders) == 1 else self._last_named(whole, holders, before)

    def _last_named(self, phrase: str, holders, before: str) -> str | None:
        """Of several ``holders``, the one named last in the last 400 characters of ``before``, outside quotations, when
        the ``phrase`` refers back to one ("the ministry", not "a police source"); else None."""
        articles = _LAST_ARTICLE.findall(phrase)
        if not articles or articles[-1].strip().casefold() != "the":
            return None
        named = [sid for _, _, sid in self.find(sentences.unquoted(before[-400:])) if sid in holders]
        return named[-1] if named else None

    def firm(self, text: str) -> str | None:
        """The business among the speakers that ``text`` names last ("Marlow Chemie confirmed…", before "…, the company
        says"; "Lower Ostra Water…" after Kelmar Chemicals, before "The utility has said…"), or when it names none the
        one business the dossier knows; None when it knows several and names none, or names two in its last sentence
        that names one ("Marlow Chemie and Brevik Industries both cut jobs")."""
        named = [(start, sid) for start, _, sid in self.find(text) if sid in self.firms]
        if not named:  # "the company denies that", in captions that last named it a minute before: the one the
            return next(iter(self.firms)) if len(self.firms) == 1 else None  # dossier knows, if only one
        sentence = max((m.end() for m in _SENTENCE_END.finditer(text, 0, named[-1][0])), default=0)
        return named[-1][1] if len({sid for start, sid in named if start >= sentence}) == 1 else None

    def institution(self, phrase: str, before: str = "") -> str | None:
        """The one institution among the speakers whose name holds every word of ``phrase`` but its articles ("the civil
        protection directorate", "Nordvik"; not a group: "The Guardian" is not "Sources quoted by The Guardian"), or,
        of several, the one named last in ``before``; None when none or several do."""
        words = [_singular(w) for w in re.findall(r"\w+", phrase) if w.casefold() not in _ARTICLES]
        holders = set.intersection(*(set(self.groups.get(w, ())) for w in words)) & self.institutions if words else set()
        if _FIRM.fullmatch(phrase.strip()):  # "the airline": a business
            holders &= self.firms
        if len(holders) > 1 and len(words) == 1 and phrase.strip()[:1].isupper():  # "Calvenia says": a country
            holders &= self.governments  # speaks by its government, not its prime minister's office
        return holders.pop() if len(holders) == 1 else self._last_named(phrase, holders, before)

    def mentions(self, text: str, before: str = "", offices: bool = False) -> list[tuple[int, int, str]]:
        """The names in ``text`` (see ``find``), and a person named in ``before`` or earlier in ``text`` referred
        to by their office ("the Russian foreign minister" for the one speaker whose role is Foreign Minister of
        Russia): the office one person holds among the speakers, its adjective, if any, a word of their title; their
        full title capitalised ("the Minister for Transport") needs no mention before, nor, with ``offices``, an office
        of two words or more ("the trade minister") that no name follows."""
        found = self.find(text)
        if self.office_pattern is None:
            return found
        named = self.find(before)
        for m in self.office_pattern.finditer(text):
            sid, words = self.offices[" ".join(m.group("office").casefold().split())]
            adjective = (m.group("adjective") or "").casefold()
            fits = not adjective or adjective[:4] in words  # "the Russian foreign minister": of Russia
            earlier = any(n[2] == sid for n in named) or any(n[2] == sid and n[1] <= m.start() for n in found)
            titled = m.group("office")[0].isupper() and m.group("office").casefold() in self.titles  # "the Minister
            # for Transport", as the dossier titles the one speaker holding it, needs no mention before
            named_so = offices and len(m.group("office").split()) > 1 and not _NAME_AFTER.match(text, m.end())
            if fits and (earlier or titled or named_so):
                found.append((m.start(), m.end(), sid))
        return sorted(found)


_NAME_AFTER = re.compile(r",?\s+(?:[A-Z][\w’'-]+\s+)+[A-Z]")  # "the trade minister, Dagny Orlo": whoever is named


_INITIALS = re.compile(r"[A-Z][A-Z&.]{1,9}s?")
_SOURCED = re.compile(r"\s*\((?P<who>[A-Z][^()\"“”]{1,80}?)(?P<reporting>\s+reporting)?\)[.]?\s*$")  # "(Caldrian
# Navy)", "(Tidewire reporting)" after a sentence


_LAST_ARTICLE = re.compile(r"\b(?:the|a|an)\s+(?=\S)", re.I)  # what comes before the noun phrase people() reads
_LINKING = {"but", "and", "or", "so", "yet", "also", "now", "then", "however", "which", "who", "whom", "that", "as",
            "while"}  # words that link a clause to the sentence, no part of a name
_GIVEN = re.compile(r"(?<![\w.’'-])(?P<word>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$")  # a capitalised word just before
# Capitalised words before a surname that are no given name: titles, the words that open a sentence, days and months.
_NOT_GIVEN = set("""mr mrs ms miss mx dr prof professor sir dame lord lady president vice prime minister chancellor
    secretary senator rep representative congressman congresswoman governor mayor judge justice general colonel captain
    major lieutenant sergeant admiral commander chief inspector detective superintendent constable officer councillor
    cllr alderman coach manager director chairman chairwoman chair speaker leader premier king queen prince princess
    emperor pope father sister brother reverend bishop archbishop rabbi imam sheikh ambassador commissioner deputy agent
    nurse doctor counsel attorney auditor envoy spokesman spokeswoman spokesperson sheriff marshal premier dean rector
    but and yet so then when while as after before if though although since because now later today yesterday tonight
    here there only even still also meanwhile instead asked where why how what who whom whose which that this these
    those did does do has have had was were is are will would could can should must may might until once unlike like
    for with without against to from by of on in at under over between among despite during within both neither either
    nor or not no yes last next first finally earlier however nevertheless moreover indeed thus perhaps whether
    whatever let says said told asks replied added according quoting monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december""".split())
_ARTICLES = {"a", "an", "the", "this", "that", "these", "those", "some", "many", "several", "two", "three"}


def _singular(word: str) -> str:
    """A noun as the people it names are matched: "officials", "official" → "official"; "police" stays."""
    word = word.casefold()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _offices(title: str) -> set[str]:
    """The words a role is referred to by, lower-cased: its title, and the last word and the last two words of it
    before "of", "for" or a comma ("Foreign Minister of Russia": "minister", "foreign minister"; "Minister for
    Transport": "minister"; "EU Trade Commissioner": "commissioner", "trade commissioner")."""
    head = re.split(r"\s+(?:of|for)\s+|[,(]", title, maxsplit=1)[0].split()
    return {" ".join(head[-n:]).casefold() for n in (1, 2)} | {" ".join(title.split()).casefold()} - {""}


# What a fact-check's rating says of the claim before it. "false": the outlet says the opposite in its own voice
# (False, Mostly false, Pants on fire…); "mixed": it neither states nor contradicts the claim (Misleading, Half true,
# Lacks context, Partly false, Unproven…), so the claim is its claimant's; "true" (True, Mostly true, Correct…): it
# bears it out.
_RATINGS = [(verdict, re.compile(rf"\W*(?:{words})\b", re.I)) for verdict, words in (
    ("mixed", r"misleading|half[\s-]*true|mixed|mixture|(?:lacks|missing|needs|out\s+of)\s+context|exaggerated"
              r"|unproven|unsupported|unsubstantiated|unverified|(?:partly|partially|half)[\s-]*(?:false|true|wrong)"
              r"|(?:two|three)\s+pinocchios"),
    ("false", r"false|mostly\s+false|pants\s+on\s+fire|incorrect|untrue|not\s+true|fake|wrong|fabricated|baseless"
              r"|four\s+pinocchios"),
    ("true", r"true|mostly\s+true|correct|accurate|one\s+pinocchio"),
)]


def ratings(turns: list[Turn], body: str) -> dict[Turn, tuple[str, str]]:
    """A fact-check's "CLAIM: …" turns rated by the "RATING:" (or "VERDICT:") after them, with the verdict ("false",
    "mixed" or "true", see _RATINGS) and the rating as printed."""
    out = {}
    for claim, rating in zip(turns, turns[1:]):
        if claim.label.casefold() == "claim" and rating.label.casefold() in ("rating", "verdict"):
            at = rating.start + len(rating.label) + 1
            found = next(((verdict, m) for verdict, p in _RATINGS if (m := p.match(body, at))), None)
            if found:
                out[claim] = (found[0], " ".join(found[1].group().split()))
    return out


def in_turn(sentence: str, names: Names, turn: Turn, before: str = "") -> Attribution:
    """The attribution of a sentence said in a transcript's ``turn``: its own ("Katrin said…", "The airline has told
    us…" after the turn's words before it, ``before``, named the airline), else the turn's speaker."""
    own = attribute(sentence, names, before)
    if own and own.speaker:
        return own
    words = turn.label if sentences.SIGNED_POST.fullmatch(turn.label) else turn.label + ":"
    return Attribution(turn.speaker, words, denial_at(sentence) is not None, whole=bool(turn.speaker))  # (unknown:
    # someone the editor names, listed, never written)


# A thread's post number before a post's first sentence: "4/9 The federation says…", "(2/5) …".
_POST_NUMBER = re.compile(r"\(?\d{1,3}/\d{0,3}\)?\s+(?=\S)")


def attribute(sentence: str, names: Names, before: str = "") -> Attribution | None:
    """The attribution of ``sentence``, if any; ``before`` (the preceding text) resolves "he said" and a
    quotation continued from a sentence that introduced it. The words inside quotation marks are the speaker's, so
    the names and verbs there ("“I told Minister Lavrov…,” she said") are not the attribution's. Accents written
    apart (a decomposed "ñ") are composed, as the speakers' names are written. A post's number before the sentence
    is no part of it."""
    sentence, before = unicodedata.normalize("NFC", sentence), unicodedata.normalize("NFC", before)
    if numbered := _POST_NUMBER.match(sentence):
        found = attribute(sentence[numbered.end():], names, before)
        shift = numbered.end()
        return found and replace(found, part=found.part and (found.part[0] + shift, found.part[1] + shift))
    outside = sentences.unquoted(sentence)
    closing = sentences.CLOSING_DENIAL.match(outside.strip())
    if closing:  # "which the company denies", split from the sentence before it
        return Attribution(_denier(closing["who"].strip(), names, before), sentence.strip(), True)
    it = _IT_SAID.search(outside)
    if it and (body := _antecedent(re.split(r"(?<=[.!?])\s+", before.strip())[-1], names, institutions=True) or (
            (said := _previous_said(before, names)) and said.speaker not in names.persons and said.speaker)):
        return Attribution(body, it.group().strip(", ."), False)  # the body the sentence before names: "The Castrew
        # Observatory … said it had been flooded with messages. Some 400 reports had come in…, it said."; or whom it
        # reads as speaking ("…will stay closed until 20 November, the group said. Guests will be offered…, it said.")
    sourced = _SOURCED.search(sentence)
    if sourced and not _INITIALS.fullmatch(sourced["who"]):  # a factbox's or a wire's source after its sentence:
        # "…came ashore (Department of Conservation)"; not initials naming what comes before: "…Office (NAPO)."
        said = attribute(sentence[:sourced.start()], names, before)
        who = names.find(sourced["who"]) if not sourced["reporting"] else []
        if len(who) == 1 and (who[0][0], who[0][1]) == (0, len(sourced["who"])) and (said is None or not said.speaker):
            return Attribution(who[0][2], sourced.group().strip(), bool(said and said.denial), whole=True)
        return said  # "(Tidewire reporting)": the outlet's own; "(Department of Conservation; Deepwater Whale
        # Trust)": whoever the sentence names
    found = names.mentions(outside, before)
    counted = _BY_COUNT.search(outside)
    if counted and counted.group("who") and _OUR_COUNT.match(counted.group("who")):
        counted = None  # "By our reckoning from the council's own figures, the app made…": the outlet's own sum
    owner = counted and (counted.group("who") or counted.group("owner"))
    whose = names.mentions(owner, before, offices=True) if counted else []  # "The trade minister's figure is…"
    firm = counted and _FIRM.fullmatch(owner.strip()) and names.firm(before + " " + outside[:counted.start()])
    if whose or counted and (names.people(owner) or firm):  # "by the police's count", "by the auction house's account"
        return Attribution(whose[0][2] if whose else names.people(owner) or firm, counted.group().strip(), False)
    if counted and counted.group("owner") and _PEOPLE_NOUN.search(owner.strip()) and not _OUR.match(owner.strip()):
        return Attribution(None, counted.group().strip(), False)  # "The trade minister's figure is close to ten
        # billion dollars": someone the dossier does not know, not the outlet
    claimed = _CLAIM_OF.match(outside)
    whose = names.find(claimed.group("owner")) if claimed and not _VERB.search(outside) else []
    if whose:
        return Attribution(whose[0][2], claimed.group().strip(), False)
    match = _ACCORDING.search(outside)
    if match:
        piece = next(p for p in _PARTS.finditer(sentence) if p.start() <= match.start() < p.end() + 1)
        joined = max(_JOINED.finditer(outside, piece.start(), match.start()), key=lambda m: m.start(), default=None)
        relative = _WHICH_ACCORDING.search(outside, piece.start(), match.start())
        conjunct = _AND_ACCORDING.search(outside, piece.start(), match.start())
        opens = max(joined.end() if joined else piece.start(), conjunct.start("and") if conjunct else piece.start())
        part = (relative.start("which") if relative else opens, piece.end())  # "X, and much of that, according to
        # people briefed, was…": their account is the clause "and" opens, not X (so in "after nearly a year of talks,
        # held in Veyra and, according to diplomats, at least once on a naval vessel"); "X, after a tender in which,
        # according to the council, several companies took part": the relative clause
        # Whose account: a name up to the next comma ("According to sources quoted by The Guardian, Trump…" is not
        # Trump's), or one in apposition ending the sentence ("…by the Secretary of State, Rex Tillerson.").
        stop = outside.find(",", match.end(), part[1])
        stop = part[1] if stop < 0 else stop
        after = [n for n in found if match.end() <= n[0] and n[1] <= stop and n[0] - match.end() < NEAR
                 and not _ADDRESSED.search(outside, match.end(), n[0])] or [
            n for n in found if stop < n[0] <= stop + 6 and not outside[n[1]:part[1]].strip(" .!?")]
        people = _PEOPLE_AFTER.match(outside, match.end(), stop)
        data = _DATA.match(outside, match.end())
        compiled = data and _COMPILED_FROM.match(outside, data.end())
        if (not after or compiled) and (not people and data or people and _DOCUMENT.match(outside, people.end())
                                        or _OFFICIAL_DATA.match(outside, match.end())) \
                or _OURS.match(outside, match.end()):
            return None  # "according to E.U. figures": the outlet's own statement, citing data; and "according to a
            # tally compiled from hospital and fire service figures", whoever gave them; "according to our estimate
            # from airline schedules", "according to our own checks": the outlet's (or, in a body's release, the
            # body's: "According to our current information, …" in a police thread)
        who = after[0][2] if after else names.people(people.group("who"), outside[people.end():stop]) if people \
            else None
        phrase = outside[match.end():stop]
        if who is None and not people and re.match(r"\s*the\s+\S+(?:\s+\S+){0,2}\s*$", phrase, re.I):
            who = names.institution(phrase, before)  # "according to the observatory": the one speaker it can be
        end = after[0][1] if after else min(stop, match.end() + NEAR)
        denial = bool(_DENIES.search(sentence[part[0]:part[1]]))  # "…; organisers rejected it" is not theirs
        return Attribution(who, _shown(sentence, match.start(), end), denial, part=part)
    passive = _DENIED_BY.search(outside)
    if passive:  # "Reports that the delegation walked out were denied by both sides"
        by = names.mentions(passive.group("who"), before + sentence[:passive.start("who")])
        return Attribution(by[0][2] if by else None, passive.group().strip(), True)
    passive = _SAID_BY.search(outside)
    if passive and not _VERB.search(outside, 0, passive.start()) and not _AS_SAYING.search(passive["who"]):  # "The
        # figure of 1,850 tonnes has been quoted by the agency" (not "Lavrov was quoted by Interfax as saying…": his)
        by = names.mentions(passive.group("who"), before + sentence[:passive.start("who")])
        words = passive.group("who").split()[:5]
        body = next(filter(None, (names.institution(" ".join(words[:n])) for n in range(len(words), 0, -1))), None)
        if by or body:  # "the agency": the one institution whose name holds the words (not "confirmed by tests")
            return Attribution(by[0][2] if by else body, passive.group().strip(), False)
    verbs = sorted(_VERB.finditer(outside), key=lambda v: (bool(_RELATIVE.search(outside[:v.start()])),
                                                           bool(_BELIEF.fullmatch(v.group()))))
    asides = [m.span() for m in _ASIDE.finditer(outside)]
    spoken = []  # the verbs someone speaks by
    for verb in verbs:  # a verb of a relative clause ("Belov, who denied the claim, said…") only when no other is,
        # and a belief ("Investigators believe…, Okafor said") only when no one says it
        lead = sentence[max(0, verb.start() - 30):verb.start()]
        if _NOT_SAYING.search(lead) and not (verb.group().lower().endswith("ing") and _PROGRESSIVE.search(lead)) \
                or _FIRST_PERSON.search(
                outside, 0, verb.start()) or _CONCEDED.search(
                outside, 0, verb.start()) or _NOUN.match(outside, verb.start()) \
                and _DETERMINER.search(outside[:verb.start()]) or _ACT.match(outside, verb.start()) \
                or _NOUN_TOO.fullmatch(verb.group()) and _POSSESSED.search(outside, 0, verb.start()) \
                or _NOUN_OF.match(outside, verb.start()) and _OPENED.search(outside, 0, verb.start()) \
                or _QUALIFYING.search(outside, 0, verb.start()):
            continue
        spoken.append(verb)
        pronoun = _BY_PRONOUN.search(sentence[:verb.start()])
        if pronoun:  # "…, as he said": the last person named before; "Trump, he said, …" puts what someone named
            # before this sentence said about Trump
            within = "" if _INTERRUPTING.fullmatch(sentence, 0, pronoun.start()) or _PARTICIPLE.fullmatch(
                sentence, 0, pronoun.start()) else sentence[:verb.start()]
            opens = not sentence[:pronoun.start()].strip(" \"“”'‘’")  # "He said…": the subject before
            previous = _previous_said(before, names)
            if not _antecedent(within, names, persons=True) and previous \
                    and previous.speaker not in names.persons and _SOMEONE.search(previous.words):
                return Attribution(previous.speaker, sentence[pronoun.start():verb.end()],  # "A Marlow spokesman
                                   bool(_DENYING.fullmatch(verb.group())))  # denied… '…,' he said": the company's
                # spokesman, not the mayor named before him
            he_or_she = _HE_OR_SHE[pronoun.group().split()[0].casefold()]
            earlier = _antecedent(within, names, persons=True, pronoun=he_or_she) or _previous_speaker(
                before, names, he_or_she, across=bool(_QUOTE_MARK.match(sentence.lstrip()))) or (
                opens and _subject(before, names, he_or_she)) or _antecedent(
                before + " " + within, names, persons=True, pronoun=he_or_she)
            if earlier:
                return Attribution(earlier, sentence[pronoun.start():verb.end()],
                                   bool(_DENYING.fullmatch(verb.group())))
            continue
        if _BY_IT.search(sentence[:verb.start()]):  # "It says: “…”", "…, it said": the group or institution named last
            earlier = _antecedent(sentence[:verb.start()], names, institutions=True) or _antecedent(
                before + " " + sentence[:verb.start()], names, institutions=True)
            return Attribution(earlier, sentence[_BY_IT.search(sentence[:verb.start()]).start():verb.end()],
                               bool(_DENYING.fullmatch(verb.group())))
        owned = _BY_OWNED.search(sentence[:verb.start()].casefold())
        if owned:  # "His campaign said…": not him; the speaker named as his campaign, if the dossier has one
            earlier = _antecedent(sentence[:verb.start()], names, persons=True) or _antecedent(
                before + " " + sentence[:verb.start()], names, persons=True)
            return Attribution(earlier and names.owned(earlier, owned.group("noun")),
                               sentence[owned.start():verb.end()], bool(_DENYING.fullmatch(verb.group())))
        apposed = _APPOSED.search(outside, 0, verb.start())
        if apposed:  # "Fiona Hill, a former adviser on Russia, told…": hers (someone the dossier does not know),
            # not Russia's; "Sergey Lavrov, Russia's foreign minister, said…": his
            who = [n[2] for n in found if apposed.start("name") <= n[0] and n[1] <= apposed.end("name")]
            return Attribution(who[0] if who else None, _shown(sentence, apposed.start("name"), verb.end()),
                               bool(_DENYING.fullmatch(verb.group())),
                               part=_own_clause(outside, spoken, apposed.start("name"), verbs, found))
        subject = next((n for n in found if n[0] < verb.start() and re.fullmatch(r"\s*(?:the\s+)?", outside[:n[0]], re.I)),
                       None) if re.search(r"ing$", verb.group(), re.I) and outside[:verb.start()].rstrip().endswith(
                           ",") else None
        if subject:  # "Halvergate Foods has rejected a proposal from its rival Brannock Group, saying…": the subject's
            # account is what follows (what it did, before, the outlet tells)
            return Attribution(subject[2], _shown(sentence, subject[0], verb.end()), bool(_DENYING.fullmatch(
                verb.group())), part=(verb.start(), len(sentence)))
        def after(n: tuple[int, int, str]) -> bool:  # "said Putin", not "admitted that the Kremlin…", "said about 60
            # boats from Tarsanne…" (what was said), nor "said the government was using…" (its subject), nor "We told
            # East Calder Health Authority…" (whom)
            office = _OFFICE_OF.fullmatch(outside, verb.end(), n[0])
            inverted = not outside[:verb.start()].strip(" ,")  # after a quotation alone: '"…," warned Lavrov.'
            return 0 <= n[0] - verb.end() < (45 if office else 25) and (inverted or not _TOLD.fullmatch(verb.group())) \
                and not _THAT.search(outside, verb.end(), n[0]) \
                and not (_WHAT_SAID.search(outside, verb.end(), n[0]) and not office) \
                and not _FINITE.match(outside, n[1]) \
                and not (not inverted and re.match(r"\s+to\b", outside[n[1]:])) \
                and not _POSSESSIVE.match(outside, n[1])  # "says Brannock's takeover would cost…": its subject; "had
            # reported Colley to police": whom
        found = [n for n in found if not any(m.end() == n[0] for m in _WRITTEN_TO.finditer(outside, 0, n[0]))
                 or _WHICH.match(outside, n[1])]  # "Lind has written to the agency
        # saying…": whom she wrote to is not who speaks
        owned = _ITS_OWN.search(outside, 0, verb.start())
        if owned and not _SUBORDINATE.match(outside):
            subject = next((n for n in found if n[1] <= owned.start() and _OPENER.fullmatch(outside, 0, n[0])), None)
            if subject:  # "The association also thinks the company was priced for perfection: its own model puts the
                # valuation at…": the association's model, the clause after the colon its account
                return Attribution(subject[2], _shown(sentence, owned.start("own"), verb.end()), bool(
                    _DENYING.fullmatch(verb.group())), part=(owned.start("own"), len(sentence)))
        found = [n for n in found if not (n[1] <= verb.start() and re.search(r"[:;]\s", outside[n[1]:verb.start()]))]
        # a name before a colon or a semicolon is no subject of a verb after it
        close = [n for n in found if not any(s <= n[0] < e for s, e in asides)  # "Vahl, who met Mehra, said": Vahl
                 and (0 <= _gap(asides, n[1], verb.start()) < NEAR or after(n))] \
            or [n for n in found if 0 <= verb.start() - n[1] < NEAR or after(n)]
        joined = _AND_SAYS.search(outside, 0, verb.start())
        opener = next((n for n in found if n[1] <= joined.start() and _OPENER.fullmatch(outside, 0, n[0])
                        and not _POSSESSIVE.match(outside, n[1])), None) if joined and not _SUBORDINATE.match(outside) \
            else None
        if opener:  # "Selvane points the finger at its supplier, Quorix Systems, and says…": the sentence's subject,
            # whose account is what the verb opens (what it did before, the outlet tells)
            return Attribution(opener[2], _shown(sentence, opener[0], verb.end()), bool(_DENYING.fullmatch(
                verb.group())), part=(joined.start(), len(sentence)))
        window = max(0, verb.start() - NEAR)
        near = outside[window:verb.start()]
        comma = near.rfind(",")  # "…flown to hospital, the rescue service says": the people after the last comma
        people = comma >= 0 and _PEOPLE_BEFORE.search(near, comma + 1) or _PEOPLE_BEFORE.search(near)
        if people and not _WHICH.match(outside, window + people.end("who")) and any(
                window + people.start("who") <= m.end() <= window + people.end("who")
                for m in _WRITTEN_TO.finditer(outside, 0, window + people.end("who"))):
            people = None  # "has written to the agency saying": not the agency
        people = people if people and all(n[0] >= verb.end() or n[1] <= window + people.start("who") and
                                          _ADVERBS.fullmatch(outside, window + people.end("who"), verb.start())
                                          for n in close) else None if close else \
            _after_verb(outside, verb.end()) if not _TOLD.fullmatch(verb.group()) else None
        if people and any(_AFFILIATION.match(people.group("who")) and not outside[n[1]:window + people.start("who")]
                          .strip() for n in close):  # "Dr Anselm Kreuger of Linden University Hospital said": his
            people = None
        aside = next(((s, e) for s, e in asides if s <= verb.start() < e), None)  # "The recount, which the board
        # estimates will cost €240,000, begins…": the board's account is the relative clause, not the rest (when
        # the clause names who speaks: "Putin, who has denied the charge, told reporters…" is all Putin's)
        comma = outside.rfind(",", 0, verb.start())
        trailing = (comma, len(sentence)) if not aside and comma >= 0 and _RELATIVE.search(
            outside[:verb.start()]) else None  # "The trial heard 40 witnesses, among them its auditor, who told the
        # court…": the auditor's account is the clause that ends the sentence, not the rest
        lead = max((*_AS.finditer(outside, 0, verb.start()), *(m for m in _WHEN.finditer(outside, 0, verb.start())
                                                                if "," not in outside[m.end():verb.start()])),
                   key=lambda m: m.start(), default=None)  # "The bank cut its
        # rate to 4.25%, but Governor Dalvaar warned…": his account is the clause after "but", not what leads to it

        remark = lead and lead.group().strip(" ,").lower() == "as" and len(outside[verb.end():].split()) <= 5

        def part(at: int) -> tuple[int, int] | None:
            """The part of the sentence that is the account of the one speaking, named at ``at``: not a closing "as"
            clause of their words alone ("…, as Colonel Fenn put it to us.": all of it is theirs); the clause a
            conjunction opens with their name ("The budget holds £18.4m, and the opposition's claim that…")."""
            joined = max((m for m in _JOINED.finditer(outside) if m.start() < at), key=lambda m: m.start(),
                         default=None)
            if joined and (at < joined.end() or re.fullmatch(r"(?:the\s+)?", outside[joined.end():at], re.I)):
                return joined.start(), len(sentence)
            return trailing or (aside if aside and aside[0] <= at < aside[1] else None) or (
                (lead.start(), len(sentence)) if lead and lead.start() < at and not remark else None)  # "…, though
                # officials" may be read with its "though"
        if people:  # "police estimate", "a U.N. official tells us", "officials say Lavrov left", "said a diplomat"
            who_at = people.start("who") + (0 if people.string is outside else window)
            window = people.string  # "a spokesman for the fire service": the service, whose word it is
            behalf = _BEHALF.match(window, people.end("who")) if _SPOKES.search(people.group("who")) else None
            who = names.people(behalf.group("body")) if behalf else None
            who = who or names.people(people.group("who"), before=before + " " + outside[:verb.start()]) or (
                names.firm(before + " " + outside[:verb.start()])
                                                                if _FIRM.fullmatch(people.group("who").strip()) else None)
            if window is outside and who_at > verb.start() and _ADDRESSEE.match(people.group("who")):
                who = None  # whom it was said to, not who speaks: someone the sentence may not name
            return Attribution(who,
                               _shown(sentence, max(0, verb.start() - 30), verb.end() + 25),
                               bool(_DENYING.fullmatch(verb.group())),
                               part=part(who_at))
        close = [n for n in close if not _OF.search(outside[:n[0]])] or close  # "Hayes of the union said": Hayes
        if close:
            subjects = [n for n in close if n[1] <= verb.start()]  # "Lavrov later confirmed Putin denied it": Lavrov
            speaker = min(subjects or close,
                          key=lambda n: min(abs(_gap(asides, n[1], verb.start())), abs(n[0] - verb.end())))
            words = " ".join(sentence[min(speaker[0], verb.start()):max(speaker[1], verb.end())].split())
            owner = _POSSESSIVE.match(sentence, speaker[1]) and speaker[1] < verb.start() and not re.fullmatch(
                r"['’]s?\s+" + _OWN_DATA + r"(?:(?:to|for)\s+(?:[\w-]+\s+){1,3}?)?(?:also\s+|now\s+|still\s+)?",
                outside[speaker[1]:verb.start()], re.I) \
                and not (_ESTIMATE.fullmatch(verb.group()) and re.fullmatch(r"['’]s?\s+(?:own\s+)?",
                                                                           outside[speaker[1]:verb.start()]))
            # "Lavrov's spokeswoman said": someone the dossier does not know speaks, not Lavrov ("Lavrov's own
            # estimate puts…", "The airport's own estimate is…", "Brightfold's email to ticket holders says…" are
            # his, its)
            noun = outside[speaker[1]:verb.start()].split(maxsplit=1)[1:] if owner else ()
            who = names.owned(speaker[2], noun[0]) if noun else None if owner else speaker[2]  # a speaker named as
            # theirs: "Eyre's campaign put the number at…" is Tomas Eyre's campaign
            return Attribution(who, words, bool(_DENYING.fullmatch(verb.group())),
                               part=part(speaker[0]) or _own_clause(outside, spoken, speaker[0], verbs, found))
    claim = _DENIED_CLAIM.search(outside)
    if claim and not _NOT_SAYING.search(outside[max(0, claim.start() - 30):claim.start()]):
        opening = _OPENING.fullmatch(outside, 0, claim.start())  # "The Coast Guard rejected … claims": the body its
        # subject names; "The Company rejects any suggestion…": the business named last
        who = _denier(opening["who"].strip(), names, before + " " + outside[:claim.start()]) if opening else None
        return Attribution(who, _shown(sentence, max(0, claim.start() - 30), claim.end()), True)
    signed = _SIGNED.search(sentence)
    found = names.find(signed.group("who")) if signed else []
    if found:
        return Attribution(found[0][2], signed.group().lstrip("\"”»., "), False)
    pronoun = _PRONOUN.search(outside)
    if pronoun or (_QUOTE_MARK.search(sentence) and before.rstrip().endswith(":")):
        words = pronoun.group().casefold().split() if pronoun else []  # "he said", "in her words"; "they" may be a body
        he_or_she = _HE_OR_SHE.get(words[words[0] == "in"]) if words else None
        earlier = _previous_speaker(before, names, he_or_she, across=bool(he_or_she and _QUOTE_MARK.match(
            sentence.lstrip()))) or _antecedent(before, names, persons=bool(he_or_she), pronoun=he_or_she)
        if earlier or pronoun and _QUOTE_MARK.search(sentence):  # "“…,” he said": someone speaks, if not known
            return Attribution(earlier, pronoun.group() if pronoun else "quotation continued",
                               bool(_DENIES.search(sentence)))
    for verb in spoken:  # someone no pattern above names: the one institution their words name, else whom the
        # editor names
        rest = sentence[verb.end():]
        who = (_OPENING.fullmatch(outside, 0, verb.start()) if _SAYING_WHAT.match(rest) else None) or (
            _CLOSING.search(outside, 0, verb.start()) if not rest.strip(" .!?\"”’") or _AFTERWARDS.fullmatch(rest)
            else None) or (
            _CLOSED_BY.fullmatch(sentence, verb.end()) if outside[:verb.start()].rstrip().endswith(",") else None) or (
            _CLOSED_BY_NAME.fullmatch(sentence, verb.end()) if not outside[:verb.start()].strip(" ,") else None)
        if who:
            start, end = (who.start("who"), verb.end()) if who.start("who") < verb.start() else (
                verb.start(), who.end("who"))
            earlier = before + " " + outside[:verb.start()]
            return Attribution(names.people(who.group("who"), before=earlier) or names.institution(who.group("who"),
                                                                                                 earlier),
                               _shown(sentence, start, end), bool(_DENYING.fullmatch(verb.group())))
    return None


def _denier(who: str, names: Names, before: str) -> str | None:
    """The speaker ``who`` names in a closing clause denying what comes before it: by name, as people of a group
    ("the court"), as the business named before ("the company") or the person named before ("he")."""
    named = {sid for _, _, sid in names.find(who)}
    if named:
        return named.pop() if len(named) == 1 else None
    if who.casefold() in ("he", "she"):
        return _antecedent(before, names, persons=True)
    return names.people(who, before=before) or names.institution(who, before) or (
        names.firm(before) if _FIRM.fullmatch(who) else None)


def _inside(text: str, at: int) -> bool:
    """Whether ``at`` falls inside a word of ``text``, a number's groups being one word ("1,200", "3.5")."""
    left, right = text[at - 1], text[at]
    return left.isalnum() and right.isalnum() or (left in ",." and right.isdigit() and text[at - 2:at - 1].isdigit()) \
        or (left.isdigit() and right in ",." and text[at + 1:at + 2].isdigit())


def _shown(sentence: str, start: int, end: int) -> str:
    """``sentence[start:end]`` as the editor is shown it: whole words only, with "…" on a side where the words go on
    (no punctuation between), and its spaces and line breaks as single spaces."""
    if 0 < start < end and _inside(sentence, start):  # mid-word: the next word
        start = next((m.end() for m in _SPACE.finditer(sentence, start, end)), end)
    if start < end < len(sentence) and _inside(sentence, end):
        end = max([start, *(m.start() for m in _SPACE.finditer(sentence, start, end))])
    before, after = sentence[:start].rstrip(), sentence[end:].lstrip()
    words = " ".join(sentence[start:end].split()).rstrip(",;:")
    if not words:
        return "…"
    return ("…" if before[-1:].isalnum() else "") + words + ("…" if after[:1].isalnum() else "")


_SPACE = re.compile(r"\s+")
_THAT = re.compile(r"\bthat\b", re.I)
_ADVERBS = re.compile(r"\s*(?:(?:later|also|since|then|now|again|privately|publicly|repeatedly|have|has|had)\s+)*",
                      re.I)  # between who speaks and the verb: "officials later insisted"
_JOINED = re.compile(r",\s+(?:and|but|yet|while|whereas)\s+", re.I)  # a clause joined to the sentence
_AND_ACCORDING = re.compile(r"\s(?P<and>and|but|yet|or)\s*,\s*$", re.I)  # "and, " before "according to"
_WHICH_ACCORDING = re.compile(r",\s+(?:[^,]{0,40}?\s)?(?P<which>which|whom|where)\s*,\s*$", re.I)  # "in which, " before
# "according to"
_AS = re.compile(r",\s+(?:even\s+as|as|while|whereas|amid|(?P<but>but|(?:al)?though)"
                 r"(?!\s+(?:that|also|added|said)\b))\s+", re.I)
# A clause after the one that opens the sentence, telling when or why: "The first case was confirmed on Tuesday 3
# November, after staff at the Bekk family's farm reported a sharp rise in deaths": theirs is the report, not the rest
# (when the verb is in that clause: not "…, when their tanker was caught by a change in the wind, the service said").
_WHEN = re.compile(r",\s+(?:after|before|when|since|because|until|once)\s+", re.I)
_CIRCUMSTANCE = re.compile(r"\s*(?:after|before|on|in|at|during|following|from|with|late|early|yesterday|today"
                           r"|tonight|last|this|overnight)\b", re.I)  # when or where someone said what follows
_WHOM = re.compile(r"\s*(?:[\w'’.-]+\s+){1,6}?(?=(?:after|before|on|in|at|during|following|late|early|yesterday"
                   r"|today|tonight|last|this|overnight)\b)", re.I)  # those told, before when they were told
_AFFILIATION = re.compile(r"(?:of|for|at|from)\s", re.I)  # a body after a person's name: where they are from
_OF = re.compile(r"\w,?\s+(?:of|for|from)\s+(?:the\s+)?$", re.I)  # a name after a person's "of", "for", "from": whom
# they belong to or act for ("Declan Hayes of the union", "Fiona Gallagher SC, for the union, told the court", "Dr Ines
# Marrow from the port health authority put it")


def _gap(asides: list[tuple[int, int]], start: int, end: int) -> int:
    """The characters from ``start`` to ``end``, less the relative clauses between them."""
    return end - start - sum(e - s for s, e in asides if start <= s and e <= end)


def _after_verb(outside: str, at: int) -> re.Match | None:
    """People named right after a verb of saying ("…, said a diplomat"), unless they are the subject of what was said
    ("said the government was using…")."""
    people = _PEOPLE_AFTER.match(outside, at)
    return people if people and not _FINITE.match(outside, people.end()) else None


# Whom something was said to, named after the verb: "42 beekeepers have reported losses to the association",
# "complained to the council" (not "said an adviser to the president").
_ADDRESSEE = re.compile(r"(?:(?!(?:an?|the)\s)[\w’'-]+\s+)?(?:to|at|with|about|towards?)\s", re.I)


def _previous_said(before: str, names: Names, across: bool = False) -> Attribution | None:
    """Who the sentence before says speaks, in its paragraph (or, ``across``, the paragraph before when this sentence
    opens its own), unless a pronoun speaks there."""
    paragraph = before[before.rfind("\n\n") + 1:]
    if across and not paragraph.strip():
        before = before.rstrip()
        paragraph = before[before.rfind("\n\n") + 1:]
    found = sentences.passages(paragraph)
    return attribute(found[-1].text, names) if found and not _PRONOUN.search(sentences.unquoted(found[-1].text)) \
        else None


def _previous_speaker(before: str, names: Names, pronoun: str | None = None, across: bool = False) -> str | None:
    """The person the sentence before says speaks, in its paragraph ("Lina Moravec said the minister was 'speaking
    too soon'. '…,' she said." is Moravec, not the minister named after her verb), or ``across`` in the paragraph
    before, unless the text marks them as not ``pronoun`` ("he" or "she")."""
    said = _previous_said(before, names, across)
    return said.speaker if said and said.speaker in names.persons and _fits(said.speaker, pronoun, before, names) \
        else None


def _fits(person: str, pronoun: str | None, text: str, names: Names) -> bool:
    """Whether ``pronoun`` ("he", "she" or None) may refer to ``person``, as ``text`` and the speaker files mark them."""
    return pronoun is None or names.referred_to(text).get(person, pronoun) == pronoun


_HE_OR_SHE = {"he": "he", "his": "he", "she": "she", "her": "she"}


# One person the dossier does not know, speaking, maybe for a body it knows: "A Marlow spokesman denied…", "an
# official said…".
_SOMEONE = re.compile(r"\b(?:spokes(?:man|woman|person)|official|diplomat|source"
                      r"|aide|negotiator|analyst|expert|witness|officer|lawyer|prosecutor|investigator|engineer"
                      r"|worker|employee|executive|insider|eyewitness|resident|doctor|man|woman)\b", re.I)


def speaks(text: str, passives: bool = True) -> bool:
    """Whether ``text`` holds a verb of saying or denying outside quotation marks ("Parents … said the school
    run…"); without ``passives``, one someone says by (not "The first case was confirmed on Tuesday")."""
    return any(passives or not _NOT_SAYING.search(text[max(0, v.start() - 30):v.start()])
               for v in _VERB.finditer(sentences.unquoted(text)))


def _own_clause(outside: str, spoken: list[re.Match], at: int, verbs: list[re.Match],
                found: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The clause of a sentence that is the account of the one named at ``at``, when someone else speaks before or
    after it, joined by ", and", ", while" or ";": "Parents said the school run took 25 minutes longer, and the head
    teacher, Angela Moss, said 31 pupils were late" (hers is the clause after ", and"), "Velmora says the Sundar
    rammed its cutter; Tarsanne says the Arvel struck its patrol vessel" (Velmora's is the clause before the
    semicolon); None when no one else does."""
    earlier = [v for v in spoken[:-1] if v.end() <= at]  # ``spoken``: the verbs of saying so far, this one's last
    joins = list(_JOIN.finditer(outside, earlier[-1].end(), at)) if earlier else []
    start, end = joins[-1].start() if joins else 0, len(outside)
    who = next((n[2] for n in found if n[0] == at), None)
    for verb in sorted((v for v in verbs if v.start() > max(at, spoken[-1].end())), key=lambda v: v.start()):
        joined = list(_JOIN.finditer(outside, spoken[-1].end(), verb.start()))
        if joined and any(joined[-1].end() <= n[0] < verb.start() and n[2] != who for n in found):
            end = joined[-1].start()  # someone else named, saying it, after the join
            break
    return (start, end) if (start, end) != (0, len(outside)) else None


_JOIN = re.compile(r",\s+(?:and|while|whereas)\s+|;\s*")


def _subject(before: str, names: Names, pronoun: str | None = None) -> str | None:
    """The person the sentence before opens with, in its paragraph: a sentence's subject is whom its next "He
    said…" refers to ("Tillerson, asked whether Trump had accepted Putin's word, did not answer. He said…")."""
    paragraph = before[before.rfind("\n\n") + 1:]
    found = sentences.passages(paragraph)
    text = sentences.unquoted(found[-1].text) if found else ""
    first = names.mentions(text)[:1]
    if first and first[0][2] in names.persons and _OPENER.fullmatch(text, 0, first[0][0]) \
            and not _POSSESSIVE.match(text, first[0][1]) and _fits(first[0][2], pronoun, before, names):
        return first[0][2]
    return None


_SUBORDINATE = re.compile(r"\s*(?:after|when|although|though|as|if|since|before|because|while|unlike|like|until|once"
                          r"|with|for|in|on|at|by)\b", re.I)  # a sentence that opens with what is not its subject
_AND_SAYS = re.compile(r",?\s+and\s+(?:also\s+|then\s+|now\s+)?$", re.I)  # a verb with the sentence's subject
_OPENER = re.compile(r"\s*(?:[\w.’'-]+\s+){0,4}")  # the words before a sentence's subject: "U.S. Secretary of State"
# After a colon, what the sentence's subject owns, as the subject of a verb of saying: ": its own model puts…"
_ITS_OWN = re.compile(r"[:;]\s+(?P<own>(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){1,2}?)(?:also\s+|now\s+)?$", re.I)


def _antecedent(text: str, names: Names, persons: bool = False, institutions: bool = False,
                pronoun: str | None = None) -> str | None:
    """Whom "he said" (a person, with ``persons``) or "it said" (a group or institution, with ``institutions``) refers
    to: the last speaker named (or referred to by their office) in ``text`` outside quotations (which name others) and
    not as an owner ("Belov denied Whitfield's account. He told reporters…" is Belov), nor one the text or the speaker
    files mark as not ``pronoun`` ("Mr Strand" for "she")."""
    unquoted = sentences.unquoted(text)
    found = [(end, sid) for start, end, sid in names.mentions(unquoted)  # the whole text, so that a window does
             if start >= len(text) - 400 and not _POSSESSIVE.match(text, end)  # not start inside a quotation
             and (sid in names.persons or not persons) and (sid not in names.persons or not institutions)]
    if pronoun:  # "she said" is not the man named last
        referred = names.referred_to(text)
        found = [(end, sid) for end, sid in found if referred.get(sid, pronoun) == pronoun]
    since = found[-1][0] if found else max(0, len(text) - 400)
    if not institutions and any(not names.mentions(m.group("name")) for m in _STRANGER.finditer(unquoted, since)):
        return None  # "Mr Pillai said…. Raymond Beck, who owns the hardware shop, said… 'If…,' he said": Beck,
        # whom the dossier does not know
    return found[-1][1] if found else None


# Someone named speaking, whom the dossier may not know: "Raymond Beck, who owns the hardware shop…, said".
_STRANGER = re.compile(rf"(?<![\w’'-])(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){{1,2}})"
                       rf"(?:,[^,.;]{{1,100}},)?\s+(?:{SPEECH}|{DENIAL})\b")


def _speakers(fact: Fact, affirming: bool) -> set[str]:
    return {s for a in fact.accounts if a.affirms == affirming for s in a.speakers}


def denial_at(sentence: str) -> int | None:
    """Where the first denial verb outside quotation marks ends ("…, and dismissed reports of a buildup"), unless it
    is negated or passive, or a speaker's own rejection, quoted or not ("I would not say…"); None when there is
    none."""
    outside = sentences.unquoted(sentence)
    verb = next((v.end() for v in _VERB.finditer(outside) if _DENYING.fullmatch(v.group())
                 and not _NOT_SAYING.search(outside[max(0, v.start() - 30):v.start()])), None)
    rejects = rejection_at(sentence)
    return min(n for n in (verb, rejects) if n is not None) if verb or rejects else None


# A clause setting the sentence against what someone says: ", whatever the Bureau says", "no matter what the
# minister has been told", "Despite what the company claims, …".
_AGAINST = re.compile(r"(?:^|[,;–—]\s*|\b(?:and|but)\s+)(?:whatever|no\s+matter\s+what|despite\s+what|contrary\s+to"
                      r"\s+what|regardless\s+of\s+what)\s+(?:[\w'’-]+\s+){1,6}?(?:says?|said|claims?|claimed"
                      r"|insists?|insisted|(?:has|have|had)\s+(?:been\s+told|said|claimed)|(?:was|were|is|are)\s+told"
                      r"|(?:may|might|will|would)\s+(?:say|claim|tell\s+you))\b", re.I)


def against(sentence: str) -> bool:
    """Whether the sentence, outside quotation marks, sets itself against what someone says ("Enumerators never
    reached large parts of Kestrel Hill, whatever the Bureau says."): a denial of their claim."""
    return bool(_AGAINST.search(sentences.unquoted(sentence)))


def rejection_at(sentence: str) -> int | None:
    """Where the first rejection in the first person ends ("I would not say…", "Nor do I find it credible that…",
    "We reject any suggestion…"); None when there is none."""
    found = _REJECTS.search(sentence)
    return found.end() if found else None


def in_aside(sentence: str, start: int, end: int, spoken: bool = True) -> bool:
    """Whether ``sentence[start:end]`` lies in a relative clause ("Vahl, who met Mehra for 95 minutes, said…"):
    the outlet's narration, not what the person after it says; without ``spoken``, in one that says no one speaks
    in it (not "the cutter, which she said was making 18 knots, …")."""
    outside = sentences.unquoted(sentence)
    return any(s <= start and end <= e and (spoken or not speaks(outside[s:e]))
               for s, e in (m.span() for m in _ASIDE.finditer(outside)))


def before_that(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` runs from a verb of speech to the "that" opening what was said, no further
    ("Zaitsev announced after nearly seven hours of talks that…"): when or where it was said, the outlet's
    narration, not what was said."""
    outside = sentences.unquoted(sentence)
    for verb in _VERB.finditer(outside):
        that = _THAT.search(outside, verb.end(), verb.end() + 2 * NEAR)
        if not that:
            continue
        between = outside[verb.end():that.start()]  # "after six hours of talks", "on Monday", "TDs"
        whom = _WHOM.match(between) if _TOLD.fullmatch(verb.group()) else None  # "told the transport committee on
        # Tuesday that…": whom, then when
        if not re.search(r"[.;:!?]|(?:,|\band|\bor|\bbut)\s*$", between) and verb.start() <= start \
                and (len(between.split()) <= 2 or _CIRCUMSTANCE.match(between[whom.end() if whom else 0:])) \
                and end <= that.start() + 1 and end > verb.end() and verb.end() < that.start() - 1:
            return True
    return False


def act_reported(sentence: str, start: int, end: int, statement: str) -> bool:
    """Whether ``sentence[start:end]`` (a day) comes after a verb of announcing that the card's ``statement`` uses for
    the act itself, no "that" after it, and none between ("North Wendmoor Hospitals NHS Trust announced the suspension,
    which began on 2 March, on Thursday 26 February", on the card "The trust announced the suspension on Wednesday 25
    February"): the card is about the act, and the day it was done is the outlet's narration, not what was said (not
    "The board estimates that the recount will cost…", nor "…said it had rejected 1,412 postal ballots", nor a verb of
    saying before it: "Onuoha says he only declared it on the 2nd of March")."""
    outside = sentences.unquoted(sentence)
    verb = max((v for v in _ANNOUNCED.finditer(outside) if v.end() <= start), key=lambda v: v.start(), default=None)
    if verb is None or _THAT.search(outside, verb.end(), start) or re.search(r"[.;:!?]", outside[verb.end():start]) \
            or _VERB.search(outside, 0, verb.start()):  # "Onuoha says he only declared it on the 2nd of March":
        return False  # the act in what someone says
    stem = verb.group()[:5].lower()
    return any(m.group()[:5].lower() == stem and not _THAT.match(statement, m.end() + 1)
               for m in _ANNOUNCED.finditer(statement))


_ANNOUNCED = re.compile(r"\b(?:announc|unveil|publish|releas|declar|launch|confirm)\w*", re.I)


# An instruction: a verb of telling or asking, whom it addresses (no verb of its own: not "told reporters 300 homes
# had been evacuated to…"), and "to" with what they are to do.
_INSTRUCTED = re.compile(r"\b(?:told|tells?|urged|urges|warned|warns|asked|asks|advised|advises|ordered|orders"
                         r"|instructed|instructs)\s+(?P<whom>(?:(?!(?:that|had|has|have|was|were|is|are|would|will|"
                         r"been|be|[a-z]+ed)\b)[^.;:!?\s]+\s+){1,12}?)to\s+[a-z]", re.I)


def instructed(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` lies among those an instruction addresses ("The council has told about 1,200
    homes to keep windows shut", "Police urged 300 residents to leave"): whom it was given to, which the outlet
    reports as done, not what was said."""
    outside = sentences.unquoted(sentence)
    return any(m.start("whom") <= start and end <= m.end("whom") for m in _INSTRUCTED.finditer(outside))


def after_report(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` lies in a clause that follows someone's report after ", as" or ", while"
    ("…told the Dáil that the ferry had passed its survey, as opposition TDs accused the Government of failing to
    police the €38 million contract"), or after ", but" with no verb of speech of its own ("…, election officials
    said, but her challenger refused to concede"; not "…, but added that…"): the outlet's narration, not what was
    reported."""
    outside = sentences.unquoted(sentence)
    verb = next((v for v in _VERB.finditer(outside) if v.end() <= start), None)
    return bool(verb) and any(verb.end() <= m.start() and (m.start("but") if m.group("but") else m.end()) <= start
                              and not (m.group("but") and any(  # "refused to concede" is no one speaking
                                  not _NOT_SAYING.search(outside[max(0, v.start() - 30):v.start()])
                                  for v in _VERB.finditer(outside, m.end(), end)))
                              for m in _AS.finditer(outside, 0, start + 6))


def after_concession(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` lies after the clause of someone's report that the sentence opens by conceding
    ("Although Halbrook Water announced … that supply had been restored to all customers, the council's own checks
    found that some households … were still without water until Thursday 12 March"): what the rest says is not
    theirs."""
    outside = sentences.unquoted(sentence)
    opened = _CONCEDING.match(outside)
    comma = opened and outside.find(", ", opened.end())
    return bool(opened) and comma > 0 and comma < start and any(v.end() <= comma for v in _VERB.finditer(outside))


_CONCEDING = re.compile(r"\s*(?:Although|Though|Even\s+though|While|Whilst|Whereas)\s+", re.I)


def inside_quotes(sentence: str, start: int, end: int) -> bool:
    """Whether most of ``sentence[start:end]`` is inside quotation marks: someone's words, not the outlet's."""
    blank = sentences.unquoted(sentence)[start:end]
    return end > start and sum(a != b for a, b in zip(blank, sentence[start:end])) * 2 > end - start


def quotes(sentence: str, least: int = 1) -> bool:
    """Whether ``sentence`` holds a quotation (someone's words, not its publisher's) of at least ``least`` words, or
    one its quotation mark leaves open (a name in quotation marks, "piste 7 (\"Schattenhang\")", is of one, and so is
    a title in capitals, "The \"March for the Climate\" set off…")."""
    if least == 1:
        return bool(_QUOTE_MARK.search(sentence))
    closed = _QUOTED.findall(sentence)
    return any(len(q.split()) >= least and not _TITLE.fullmatch(q) for q in closed) or \
        len(_QUOTE_MARK.findall(sentence)) > 2 * len(closed)


_TITLE = re.compile(r"(?:[A-Z][\w'’-]*|of|for|the|and|in|on|at|to|a|an)(?:\s+(?:[A-Z][\w'’-]*|of|for|the|and|in|on|at|to"
                    r"|a|an))*")  # "March for the Climate": a name, every word but the small ones capitalised


_QUOTED = re.compile(r"[\"“«]([^\"“”«»]*)[\"”»]")  # a quotation with its marks


_UNLESS = re.compile(r"\bif\s+(?:[\w'’-]+\s+){1,8}$", re.I)  # a condition's subject, before its "had not"
_EVEN_IF = re.compile(r"\b(?:even\s+(?:if|though|when)|whether\s+or\s+not)\s+(?:[\w'’-]+\s+){1,8}$", re.I)


def negated(text: str, holds: Callable[[str], bool], said: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` denies what ``holds`` finds in it by a negation: a negated or empty subject ("Nobody walked
    out.", "There was no walkout.", "At no point did…") with it later in the sentence, or a negated verb ("did not
    walk out", "never left") or noun ("No sirens sounded", "with no defects recorded", not "no new cases since the
    towers shut", nor "with no let-up and recorded") with it in the next three words, before an "and", "but" or "or";
    or a negated verb whose subject holds it and whose next words are the card's (``said``, the words of its
    statement): "the seatbelt sign had not been on" against "The seatbelt sign was on before…"; not a condition
    contrary to what happened ("If the government had not cut maintenance budgets, …") nor one conceded ("a full
    refund even if you haven't got the receipt"); or what a clause sets apart,
    in its next four words ("our own targeting work, not anybody's tip-off")."""
    for match in _NEGATED.finditer(text):
        if _UNLESS.search(text, max(0, match.start() - 80), match.start()) and match["verb"][:3].lower() == "had":
            continue  # "If the government had not cut maintenance, …": that it did, told as a condition
        if _EVEN_IF.search(text, max(0, match.start() - 80), match.start()):
            continue  # "…giving a full refund even if you haven't got the receipt": what holds all the same
        if _NOT_TRUE_THAT.search(text, max(0, match.start() - 80), match.start()):
            continue  # "it is simply not true that staff were not consulted": a denial denied
        after = re.split(r"[.!?;]|,\s+(?:and|but)\b", text[match.end():], maxsplit=1)[0]  # its clause
        if match["verb"] and _BE.match(match["verb"]) and said and not set(tokens(after)[:1]) & said:
            continue  # a passive denied denies the card's own verb ("the stage was not neutralised"), not another
            # ("the sample was not collected at the Grand Prix" is no denial that it held ostarine)
        near = list(itertools.takewhile(lambda w: w.lower() not in ("and", "but", "or"), [
            w for w in after.split() if not _ADVERB_WORD.fullmatch(w)][:3]))  # "No defect was ever reported"
        if holds(after if match.group("subject") and not match.group("determiner") else " ".join(near)):
            return True
        subject = re.split(r"[.!?;,:]|\b(?:and|but|or|that|said|says)\b", text[:match.start()])[-1]
        if match.group("verb") and holds(subject) and set(re.findall(r"\w+", " ".join(near).lower())) & said:
            return True
    return any(holds(" ".join(re.split(r"[.!?;,]", text[m.end():], maxsplit=1)[0].split()[:4]))
               for m in _NOT_THAT.finditer(text))


_BE = re.compile(r"(?:was|were|is|are)\b", re.I)  # a passive's verb
_ADVERB_WORD = re.compile(r"ever|even|yet|once|\w+ly", re.I)
# What a clause sets apart from what it says: "This was our own targeting work, not anybody's tip-off" (not ", not
# least…", ", not only…").
_NOT_THAT = re.compile(r"(?:,|;|—|–)\s*not\s+(?!(?:least|only|just|even|yet|always|all|necessarily|to|because|that"
                       r"|so|much|long|far|quite|enough)\b)", re.I)


def hedge(text: str) -> str | None:
    """The words by which ``text`` reports what it does not say in its own voice, and names no one for
    ("reportedly", "allegedly", "is believed to", "it is understood that", "did not deny"), or None."""
    found = _HEDGE.search(sentences.unquoted(text))
    return found.group() if found else None


_HEDGE = re.compile(r"\b(?:reportedly|allegedly|(?:is|are|was|were|has been|have been|had been)"
                    r"\s+(?:widely\s+)?(?:believed|said|thought|understood|reported|alleged|rumou?red)\s+to"
                    r"(?!\s+(?:the|a|an|this|that|these|those|its|his|her|their|our|police|officials)\b)"  # "were
                    # reported to the authority" is a deed
                    r"|it\s+(?:is|was|has\s+been)\s+(?:widely\s+)?(?:believed|said|thought|understood|reported|alleged"
                    r"|rumou?red)\s+that"
                    r"|(?:did|does|do|would|could)\s+not\s+deny|(?:didn|doesn|don|wouldn|couldn)['’]t\s+deny"
                    r"|(?:declined|refused)\s+to\s+(?:confirm\s+or\s+)?deny|neither\s+confirm(?:ed)?\s+nor\s+den(?:y|ied))\b",
                    re.I)  # "did not deny that…": someone's silence, neither their claim nor the outlet's


def negative(statement: str) -> bool:
    """Whether a card's statement is itself worded as a negation ("Nobody walked out"), which a negation affirms."""
    return bool(_NEGATION.search(statement))


# What a denial points back to: "denied that.", "rejected this", "disputes the figure", "refuting Lavrov's claim",
# "denied any such remark", "denied this was the case", "there was no such warning", "calls that a fairy tale".
_BACK = (r"(?:that|this|it|these|those|them|(?:the|that|this|those|these|his|her|their|its|[\w.’'-]+['’]s?)\s+"
         r"(?:claims?|allegations?|accusations?|charges?|reports?|suggestions?|assertions?|account|version|figures?"
         r"|numbers?|estimates?)|any\s+such\s+[\w-]+|such\s+(?:an?\s+)?[\w-]+)")
_DENYING_BACK = rf"(?:{DENIAL}|denying|rejecting|refuting|disputing|dismissing)"
_POINTS_BACK = re.compile(rf"\b{_DENYING_BACK}\s+{_BACK}\s*(?:[,.!?\"”]|$|\s+(?:immediately|outright|flatly|strongly"
                          r"|firmly|categorically|vehemently|again|in|on|at|as|during|when|through|via|after|before)\b)"
                          rf"|\b(?:{_CALLED})\s+(?:that|this|it)\s+(?:as\s+)?[\"'“‘]?(?:an?\s+|pure\s+|complete\s+)?[\"'“‘]?{_UNTRUE}\b"
                          rf"|\b{_DENYING_BACK}\s+(?:that\s+)?(?:this|that|it)\s+(?:is|was|had\s+been)\s+(?:the\s+case"
                          r"|true|so)\b"
                          r"|\b(?:that|this|it)\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:not|never)\s+(?:true|correct"
                          r"|accurate|the\s+case|what\s+happened)\b|\b(?:that|this|it)\s+(?:is|was)n['’]t\s+(?:true"
                          r"|correct|accurate|the\s+case|what\s+happened)\b"
                          r"|\b(?:there\s+(?:was|were|had\s+been|has\s+been)\s+no|never\s+(?:\w+\s+){1,2}?any"
                          r"|(?:not|never)\s+(?:been\s+)?aware\s+of\s+any"
                          rf"|{_DENYING_BACK}\s+(?:\w+ing\s+)?any|no\s+(?:record|knowledge|trace)\s+of\s+any)"
                          r"\s+such\s+(?!thing\b)[\w-]+"  # "There was no such warning.", "never received any such
                          # request", "it was not aware of any such advice", "The council denies giving any such
                          # instruction.", "it had no record of any such complaint"
                          r"|\b(?:(?:does|do|did)\s+not|(?:doesn|don|didn)['’]t)\s+buy\s+(?:that|this|it)\s*(?:[,.:;!?\"”]|$)"  # "The
                          # association does not buy that"
                          r"|\bno\s+such\s+(?!thing\b)[\w-]+\s+(?:exists?|existed|was\s+(?:ever\s+)?(?:made|given|sent"
                          r"|received|issued))\b"  # "no such commitment exists"
                          r"|\b(?:the|these|those|such)\s+(?:claims?|allegations?|accusations?|reports?|suggestions?)\s+"
                          rf"(?:is|are|was|were)\b[^.;]{{0,40}}?\b{_UNTRUE}", re.I)


def rebuts(sentence: str) -> bool:
    """Whether ``sentence`` denies what was said just before it, pointing back to it: "The company has denied that.",
    "A court spokeswoman rejected this.", "Dravgrid says that is not what happened.", the closing clause "which the
    court has denied" (sentences.CLOSING_DENIAL)."""
    return bool(sentences.CLOSING_DENIAL.match(sentences.unquoted(sentence).strip()) or _POINTS_BACK.search(sentence))


_SUCH = re.compile(rf"\b(?:no|never\s+(?:\w+\s+){{1,2}}?any|(?:not|never)\s+(?:been\s+)?aware\s+of\s+any"
                   rf"|{_DENYING_BACK}\s+(?:\w+ing\s+)?any|no\s+(?:record|knowledge|trace)\s+of\s+any)\s+such\s+"
                   r"(?:an?\s+)?(?!thing\b)([\w-]+)", re.I)


def such(sentence: str) -> str | None:
    """The thing ``sentence`` says there was no such one of ("There was no such warning.", "it never received any
    such warning", "it was not aware of any such advice"): what it denies; None when it says no such thing."""
    found = _SUCH.search(sentence)
    return found.group(1) if found else None


def rejects(sentence: str) -> bool:
    """Whether ``sentence`` calls reports or claims baseless, false or untrue."""
    return bool(_BASELESS.search(sentence))


def credited(cell: str, names: Names) -> Attribution | None:
    """The attribution a table's source column gives its row ("Fire service, 10 August", "Westmoor Power"): the one
    speaker the cell names, by name or as ``Names.people`` finds them; None when it names none the dossier knows."""
    who = cell.split(",")[0].strip()
    found = {sid for _, _, sid in names.find(who)} or {names.people(who)} - {None}
    return Attribution(found.pop(), cell, False) if len(found) == 1 else None


def quoted(text: str) -> str:
    """The words ``text`` holds inside quotation marks (a quotation left open at either end too)."""
    marks = re.sub(r"[“”«»]", '"', text)
    if marks.count('"') % 2:
        marks = marks + '"' if marks.lstrip().startswith('"') else '"' + marks
    return " ".join(re.findall(r'"([^"]*)"', marks))


def reports_denial(fact: Fact) -> bool:
    """Whether the card's statement itself reports a denial ("Russia denied…"), which a denial affirms."""
    return bool(_DENIES.search(fact.statement))


def deniers(fact: Fact) -> set[str]:
    """The speakers other sources report denying ``fact``, and never affirming it."""
    return _speakers(fact, affirming=False) - _speakers(fact, affirming=True)


def stance(said: Attribution | None, fact: Fact, named: frozenset = frozenset()) -> tuple[str, str | None]:
    """(stance, speaker id) of a passage for ``fact``.

    A card that is someone's remark is attributed to them, unless someone else denies it (`disputes`).
    Otherwise a denial disputes a card that does not itself report one, and so do the words of a person other
    sources report denying it; a passage all a speaker's own (a transcript's turn, a publisher's release) is theirs;
    a sentence quoting no one is the outlet's own when another source states the card, and one quoting a person
    other sources report saying it is that person's; then a known person quoted is the one speaking, unless the card
    is about them (the outlet reporting what they did); then the stance the other sources give the card decides,
    but a passage quoting no one has it only when it ``named`` the person it gives (else it is the outlet's own
    statement), and when they give it to several people alike, it is the one of them the passage named, else the
    outlet's own statement."""
    denial = said is not None and said.denial and not reports_denial(fact)
    if fact.speaker:
        if denial and said.speaker != fact.speaker:
            return "disputes", said.speaker  # someone else denies the remark (None: whom the editor names)
        return "attributes", fact.speaker
    if denial:
        return "disputes", said.speaker
    if said and said.speaker and said.speaker in deniers(fact):
        return "disputes", said.speaker  # the person other sources report denying it: their words here deny it too
    if said and said.whole:
        return "attributes", said.speaker
    if said and said.speaker is None and not said.denial:  # "police estimate…": someone the dossier does not know
        return "attributes", None  # speaks, whom the editor names
    others = Counter((a.stance, a.speakers[0] if a.speakers else None) for a in fact.accounts if a.affirms)
    if said is None and others[("states", None)]:  # no one quoted: the outlet's own, as another source states it
        return "states", None
    if said and ("attributes", said.speaker) in others:  # "police said", as other sources report the police
        return "attributes", said.speaker
    if said and said.speaker and said.speaker not in fact.about:
        return "attributes", said.speaker  # "according to the minister", "the coast guard said", whatever others say
    if others and (said or len(others) == 1 or others.most_common(1)[0][1] > others.most_common(2)[1][1]):
        top = others.most_common(1)[0][0]
        return top if said or top[1] is None or top[1] in named else ("states", None)
    top = [k for k, n in others.items() if n == max(others.values(), default=0) and k[1] in named]
    return top[0] if top else ("states", None)  # no one quoted, and other sources give the card to several people
    # alike: the one the passage names, else no one to give it to, so the outlet's own
