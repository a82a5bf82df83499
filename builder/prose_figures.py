"""Figures read from news prose: "two hours and 16 minutes" → 136 minutes, "six people" → 6, "40%" → 40,
"$1.2bn" → 1,200,000,000, "between 3,000 and 5,000 people" → 3,000 to 5,000.

Each figure keeps its qualifier word ("nearly", "more than", …) and is given in the fact schema's value
form: {exact: N}, {approx: N}, {nearly: N}, {almost: N}, {more_than: N}, {min: N}, {less_than: N}, {max: N},
{up_to: N} (the article's "up to", "as many as"), or {min: N, max: M}.
"""
from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import functools
import math
import re
from dataclasses import dataclass, replace

from builder import units, words
from builder.formatting import DAY, MONTH, YEAR, duration

_UNITS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(), 0)
         if w != "_"}
_CARDINAL = (r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(list(_UNITS)[1:10]) + r"))?|"
             + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")")  # "twenty-five", "twelve"
_WORD_NUMBER = rf"(?:{_CARDINAL}\s+dozen(?!s)|{_CARDINAL}|half a dozen|a dozen|dozens|a|an)"  # "two dozen"
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
           "trillion": 1e12, "tn": 1e12, "k": 1e3}
# Digits: thousands grouped by commas or (in text from other languages) by a non-breaking or thin space; a decimal
# comma ("43,5%", "1,2 billion", "6,8 metres") only before a percent sign, a scale word or a unit, where it cannot
# group thousands.
_NUMBER = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)"
           r"|\d{1,3}(?:\.\d{3}){2,}(?![.\d])|0,\d+(?![,\d])"  # "1.200.000" (points between thousands), "0,6"
           rf"|\d+,\d{{1,2}}(?=\s?(?:%|per ?cent|pc\b|percentage|bn\b|billion|million|trillion|(?:{units.PROSE})(?!\w)))"
           r"|\d+(?:\.\d+)?"
           rf"|(?<![Aa]t\s){_CARDINAL}[\s-]+point(?:[\s-]+(?:{'|'.join(list(_UNITS)[:10])}))+\b"  # spoken: "one point two" (not
           rf"|{_WORD_NUMBER})")  # "at one point two men…")
_FRACTION = r"(?:[\s-]+and[\s-]+(?:a[\s-]+)?(?P<frac>half|quarter|three[\s-]quarters?))?"
_AFTER_DIGIT = r"(?:[\s-]+|(?<=[\d\u00bd\u00bc\u00be]))"  # "2 hours", "2-hour"; "2hrs" only after a digit

# Qualifier words → the value form they give; longest first so "no more than" wins over "more than".
QUALIFIERS = {
    "no more than": "max", "not more than": "max", "at most": "max", "up to": "up_to",
    "more than": "more_than", "over": "more_than", "longer than": "more_than", "well past": "more_than",
    "past": "more_than",
    "upwards of": "more_than", "in excess of": "more_than", "beyond": "more_than",
    "at least": "min", "no fewer than": "min", "no less than": "min",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "shorter than": "less_than", "do not reach": "less_than", "does not reach": "less_than",
    "did not reach": "less_than",
    "nearly": "nearly", "almost": "almost", "about": "approx", "around": "approx", "roughly": "approx",
    "approximately": "approx", "some": "approx", "close to": "approx", "just over": "approx", "nearer": "approx",
    "nearer to": "approx", "closer to": "approx",  # "the real number is nearer two hundred"
    "something like": "approx", "in the region of": "approx", "as many as": "up_to", "as much as": "up_to",
    "as high as": "up_to", "as long as": "up_to", "as few as": "min", "as little as": "min", "as low as": "min",
    "just under": "nearly", "an estimated": "approx", "estimated": "approx", "within": "max",
    "barely": "approx", "scarcely": "approx", "little more than": "approx", "a little over": "approx",
    "a little under": "nearly", "more or less": "approx", "slightly more than": "more_than", "well over": "more_than",
    "well above": "more_than", "above": "more_than", "at or above": "min", "at or below": "max",
    "slightly less than": "less_than", "well under": "less_than", "well below": "less_than",
    "approx.": "approx", "approx": "approx", "exceeded": "more_than", "exceeding": "more_than",
    "exceeds": "more_than",  # an incident log's "Approx. 40 vehicles", "temperatures exceeded 1,000 °C"
}
# A bound denied is the other one: "did not fall below 31.2C" is at least 31.2, "never rose above 40%" at most 40,
# "has never exceeded 12 percent" at most 12.
QUALIFIERS.update({f"{no} {verb} {way}": form for no in ("not", "never") for way, form in (("below", "min"),
                                                                                          ("under", "min"),
                                                                                          ("above", "max"))
                   for verb in ("fall", "fell", "fallen", "drop", "dropped", "dip", "dipped", "go", "went", "gone",
                                "rise", "rose", "risen", "climb", "climbed")})
# "has never exceeded 12 percent", "did not exceed 12%", "a penalty not exceeding €2,000,000": at most 12.
QUALIFIERS.update({f"{no} {verb}": "max" for no in ("not", "never")
                   for verb in ("exceed", "exceeded", "exceeds", "exceeding", "surpass", "surpassed", "top", "topped")})
# A bound after a negation of its verb: "will not sell for less than £3" is at least £3, "did not pay more than £3" at
# most £3 (read as "not less than", "not more than").
_BOUNDS_DENIED = {"less than": "min", "fewer than": "min", "under": "min", "below": "min", "more than": "max",
                  "over": "max", "above": "max"}
QUALIFIERS.update({f"not {bound}": form for bound, form in _BOUNDS_DENIED.items()})
_VERB_DENIED = re.compile(r"(?:(?:\b(?:not|never)|n['’]t)\s+(?:[a-z]+\s+){1,3}|\b(?:at\s+no\s+(?:point|time|stage)|nobody"
                          r"|no\s+one)\s+(?:[a-z]+\s+){1,5})$", re.I)  # "At no point was contact lost for more than
# twenty minutes": at most twenty
# Qualifier words after a figure: "two hours or more", "90 minutes or so", "an hour and a half, perhaps a little more".
# A verb whose "over" is its own ("hand over", "turned over", "signed over"), no qualifier of the figure after it
# ("took over 40 hours" is more than 40).
_MARK = re.compile(r"[\s-]+(?:mark|limit|threshold|line|level|barrier)\b", re.I)  # a bound passed: "the two-hour mark"
_PLACED_BEYOND = re.compile(r"(?:beyond|over|past|above|below|under)\s+(?:a|an|the)\s", re.I)  # a place past a thing
_LONGER_THAN = re.compile(r"\b(?:for|last(?:s|ed|ing)?|t(?:ook|akes?|aking)|wait(?:s|ed|ing)?|spen[dt]s?|spending|after"
                          r"|in|within|of|be|been|is|was|are|were|delayed|late)\s+$", re.I)  # before "over" a length of
# time: more than it
_SPAN_BEFORE = re.compile(r"\b(?:the|these|those|its|their|his|her)\s+$", re.I)  # before "past two hours"
_HANDED = re.compile(r"\b(?:hand|turn|sign)(?:s|ed|ing)?\s+$", re.I)
# What "over" follows as "about": a dispute or a worry over something ("a strike looms over a £23.6m deficit", "a row
# over £2m", "fears over 300 jobs"), not "more than".
_ABOUT_WHAT = re.compile(r"\b(?:looms?|loomed|looming|row|rows|dispute|disputes|strike|strikes|anger|outrage|outcry"
                         r"|concerns?|fears?|worries|worry|clash(?:es)?|battle|fight|questions|protests?|talks"
                         r"|warning|warnings|furore|uproar)\s+$", re.I)
QUALIFIERS.update({"or more": "min", "or longer": "min", "or so": "approx", "or thereabouts": "approx",
                   "a little more": "min", "a bit more": "min", "a little longer": "min", "a bit longer": "min"})
_AFTER = re.compile(r",?\s+(?:(?:perhaps|maybe|possibly|or)\s+)?(?P<after>or more|or longer|or so|or thereabouts"
                    r"|a (?:little|bit) (?:more|longer))\b"
                    rf"|(?:\s+(?!or\b|at\b)[a-z]+){{0,2}},\s+(?P<postposed>at least|at most|or more)\b"
                    rf"(?![\s-]*(?:\d|{_CARDINAL}\b|an?\b))", re.I)  # and after what is counted: "Two thousand
# people, at least."
_QUALIFIER = r"(?:(?P<qual>" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
_ARTICLE = r"(?:(?:the|a|an|only|just)\s+)?"

_HOURS = rf"(?<!/)(?P<h>{_NUMBER})(?P<vulgar>[\u00bd\u00bc\u00be]|\s+[13]/[24](?!\d))?{_FRACTION}{_AFTER_DIGIT}(?:hours?|hrs?)\b"
_MINUTES = rf"(?P<m>{_NUMBER}){_AFTER_DIGIT}(?:minutes?|mins?)\b"
_DURATION = re.compile(  # not a speed's "an hour": "ninety kilometres an hour"
    rf"(?<!metres\s)(?<!meters\s)(?<!\bkm\s)(?<!miles\s)(?<!\bmile\s)\b{_QUALIFIER}{_ARTICLE}(?:(?P<half>half an hour|half[\s-]hour)|(?P<halfminute>half a minute)|(?P<part>(?:(?:one|two|three)[\s-]+)?"
    rf"(?:quarters?|thirds?))[\s-]+of[\s-]+an[\s-]+hour\b|(?P<h2>an?)\s+hour(?:\s+and\s+(?:a\s+)?(?P<frac2>half|quarter|three[\s-]quarters)|"
    rf",?\s+(?:and\s+)?(?P<m3>{_NUMBER})[\s-]+(?:minutes?|mins?)\b)?|"
    rf"{_HOURS}(?:\s+and\s+(?:a\s+)?(?P<frac3>half|quarter|three[\s-]quarters)\b|,?\s+(?:and\s+)?{_MINUTES})?"
    rf"|(?P<m2>{_NUMBER}){_AFTER_DIGIT}(?:minutes?|mins?)\b)(?!\s+ago\b)",  # "2 hours ago" is a time, not a length
    re.I)
# Longer spans: "up to 14 days", "two weeks", "a fortnight", "seven months", "nine years in prison" (not "two days
# ago", "a day later", "61 years old", "a 61-year-old", "once a year", "What a day for Varnholm!").
_DAYS = re.compile(rf"(?<!\bonce\s)(?<!\btwice\s)(?<!\btimes\s)(?<!\bper\s)(?<!\bwhat\s)\b{_QUALIFIER}{_ARTICLE}"
                   rf"(?:(?<!/)(?P<n>{_NUMBER})(?P<vulgar>[\u00bd\u00bc\u00be]|[\s-]+[13]/[24](?!\d))?"
                   rf"(?P<andhalf>[\s-]+and[\s-]+a[\s-]+half)?{_AFTER_DIGIT}"
                   rf"(?:(?:more|further|additional|extra)\s+)?(?:(?:working|business|calendar|school)[\s-]+)?"
                   rf"(?P<unit>days?|weeks?|months?|years?|decades?)|(?P<one>an?|another)\s+(?P<unit1>day|week|fortnight|month|year|decade))"
                   rf"(?P<half>\s+and\s+a\s+half)?\b(?:\s+(?:and\s+(?P<n2a>an?)|(?:and\s+)?(?!an?\s)(?P<n2>{_NUMBER}|one))\s+(?P<unit2>months?|weeks?|days?)\b)?"
                   rf"(?!\s+(?:ago|later|earlier|before|after|old)\b|-old\b)",
                   re.I)  # "18 months", "a year and a half", "two and a half years", "7½ years", "7-1/2 years", "three
# working days", "at least another week", "seven more days", "two years and four months", "4 years 8 months"
# A span by the count of its days (weeks…) so far, the one under way counted whole: "burning for a fourth day", "now
# into its third week", "the heatwave, now in its sixth day", "for a second straight night"; not a day of something
# ("on the third day", "into the third week of March") nor a time ("for the second time").
_NTH_SPAN = re.compile(r"\b(?:(?:for|into)\s+(?:a|the|its|their|his|her)|in\s+(?:its|their|his|her))\s+"
                       r"(?P<span>(?P<rank>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                       r"|(?<![\d,])\d{1,3}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive|full)\s+)?"
                       r"(?P<unit>day|night|week|month|year))\b(?!\s+of\b)", re.I)
# A verb that "about" follows as what is told of: "talk about 11 residents", "spoke about 40 jobs".
_TALKED = re.compile(r"\b(?:talk|talks|talked|talking|speak|speaks|spoke|speaking|write|writes|wrote|writing)\s+$", re.I)
# A time as a stopwatch gives it, hours (one digit) minutes and seconds ("won in 2:07:58") or minutes and seconds to
# a fraction ("3:43.13"); not a moment ("at 4:05:30", "09:15:00", "14:05:30").
_STOPWATCH = re.compile(rf"(?<!\bat\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!\bby\s)(?<![\d:.])\b{_QUALIFIER}"
                        r"(?:(?P<h>[1-9]):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<frac>\d{1,3}))?"
                        r"|(?P<m2>[0-5]?\d):(?P<s2>[0-5]\d)\.(?P<frac2>\d{1,3}))(?![\d:])")
# Seconds: "the shaking lasted about 40 seconds", "45 secs" (in minutes, as a duration is).
_SECONDS = re.compile(rf"\b{_QUALIFIER}{_ARTICLE}(?:(?P<min>{_NUMBER}|an?){_AFTER_DIGIT}(?:minutes?|mins?)\b,?\s+"
                      rf"(?:and\s+)?)?(?P<n>{_NUMBER}){_AFTER_DIGIT}(?:seconds?|secs?)\b(?!-\w)(?!\s+ago\b)",
                      re.I)  # and "two minutes and 22 seconds", "1 min 30 sec"; not "forty second-tier winners"
# A measure with its unit: "a depth of 10 km", "about 12 kilometres (7 miles)", "12,400 hectares", "winds of 150 km/h",
# "between 10 and 15 km", "highs of 45C (113F)", "minus 5 °C",
# "1.2 million litres", "1.2bn cubic metres"; "5m" in metres, as British news writes them ("420m below ground", "a
# 10m-high wall", "peaked at 6.8m on Wednesday", "the 6.21m recorded in 1998"), not in millions, after a currency
# ("£5m") or before what they count or are worth ("3m people", "5m euros", "2m in funding", "2m have signed").
_MEASURE = re.compile(rf"(?<![\w.,$\u00a3\u20ac\u00a5]){_QUALIFIER}{_ARTICLE}"
                      r"(?:(?P<part>half|quarter|three[\s-]quarters?)(?:\s+of)?\s+(?=an?\s))?"  # "half a kilometre"
                      rf"(?:(?P<between>between\s+)?(?P<lo>{_NUMBER})"
                      rf"\s*(?(between)and|(?:to|[-\u2013\u2014]))\s*)?(?P<minus>(?<![\w-])[-\u2212]|\bminus\s+)?"
                      rf"(?P<n>(?:{_CARDINAL}|an?)\s+hundred(?:\s+and\s+{_CARDINAL})?|{_NUMBER})"  # "nine hundred metres",
                      # "a hundred and eighty seven meters"
                      rf"(?P<half>\s+and\s+a\s+half)?(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|tn)\b)?(?:{_AFTER_DIGIT}(?:(?P<unit>{units.PROSE})(?!\w)"
                      r"|(?P<metres>m)(?=\s+(?:below|beneath|under|underground|deep|down|above|high|tall|long|wide"
                      r"|away|north|south|east|west|from|inside|into|along|across|beyond|upstream|downstream|offshore"
                      r"|inland)\b|[-\u2013](?:high|long|wide|deep|tall)\b|(?!\w|\s*(?:[-\u2013]|\w*s\b|people|men|women"
                      r"|children|yen|yuan|won|of|in|worth|to|a|an|per|each|more|fewer|new|extra|additional|have|had|were"
                      r"|are|will|would|could|can|may|might|did|do|and|or)\b))"
                      r"|(?P<bare>degrees)(?!\s+(?:Celsius|Fahrenheit|C|F)\b))"
                      r"|(?<=\d)(?P<degrees>(?-i:[CF]))(?!\w))(?:\s+and\s+(?:an?\s+)?(?P<after>half|quarter|three[\s-]quarters?)\b)?",
                      re.I)  # "a mile and a quarter"
# ("420m below the surface", "900m from the North Portal", not "£5m"; "45C", "-5F", not "5c"; "46.1 degrees", Celsius or
# Fahrenheit)
_IN_MINUTES = {"day": DAY, "week": 7 * DAY, "fortnight": 14 * DAY, "month": MONTH, "year": YEAR, "decade": 10 * YEAR}
_TIME_UNIT = r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?)"
# A length of time between two figures: "30 to 35 minutes", "between two and three hours", "3-4 days" (not "rose from
# 30 to 35 minutes": the figure it came to).
_TIME_RANGE = re.compile(rf"(?<![\w.,])(?:(?P<between>between)\s+)?(?P<lo>{_NUMBER})\s*"
                         rf"(?P<sep>(?(between)and|(?:to|[-\u2013\u2014])))\s*(?P<hi>{_NUMBER}){_AFTER_DIGIT}"
                         rf"{_TIME_UNIT}\b(?!\s+(?:ago|old)\b|-old\b)", re.I)
# A number whose unit is that of the figure just before it, left out: "two hours and 15 minutes instead of the planned
# 35", "50 minutes, not the scheduled 30"; it ends its clause.
_ELIDED = re.compile(rf",?\s+(?:instead\s+of|rather\s+than|not|versus|vs\.?|against|compared\s+(?:with|to))\s+"
                     rf"(?:the\s+|an?\s+)?(?P<words>(?:[a-z]+\s+){{0,2}}?)(?P<n>{_NUMBER})(?=\s*(?:[.,;:!?)]|$))", re.I)
_LAST_UNIT = re.compile(rf"(?<![\w.,]){_NUMBER}{_AFTER_DIGIT}{_TIME_UNIT}$", re.I)  # "15 minutes", not "an hour"


def _in_minutes(unit: str) -> float:
    """One ``unit`` of time ("hours", "secs", "fortnight") in minutes."""
    unit = unit.lower().rstrip("s")
    return {"sec": 1 / 60, "second": 1 / 60, "min": 1, "minute": 1, "hr": 60, "hour": 60}.get(unit) or _IN_MINUTES[unit]
_PERCENT_SIGN = r"\s?(?:%|per ?cent\b|pc\b|percentage points?\b)"  # "40pc", as Irish and British papers print it
_PERCENT = re.compile(rf"\b{_QUALIFIER}(?P<n>{_NUMBER})(?P<half>\s+and\s+a\s+half)?{_PERCENT_SIGN}", re.I)
# A change of a rate in points: "25 basis points" (0.25), "a quarter-point", "a quarter of a percentage point", "half a
# point"; a percentage, as the card of the cut writes it.
_POINTS = re.compile(rf"\b{_QUALIFIER}(?:(?P<n>{_NUMBER})\s?(?:basis[\s-]points?|bps?)\b|(?:an?\s+)?(?P<part>quarter"
                     r"|half|three[\s-]quarters)(?:[\s-]+(?:of\s+)?an?)?[\s-]+(?:percentage[\s-]+)?point\b)", re.I)
_PART_OF_POINT = {"quarter": 0.25, "half": 0.5, "three quarters": 0.75}
# A share in words, a percentage: "one in five", "nine out of 10", "a third of", "two-thirds of", "three quarters of",
# "half of", "half the"; not "one in 2019", nor "a third term", nor "a third of a million" (a count).
_SHARE = re.compile(rf"\b{_QUALIFIER}(?:(?P<n>{_CARDINAL}|\d+)\s+(?:in|out\s+of)\s+(?P<d>{_CARDINAL}|\d{{1,3}}(?:,\d{{3}})+"
                    r"|\d+)(?![\w,.]?\d)|(?P<k>a|one|two|three|four|five|seven|nine)[\s-]+(?P<part>half|thirds?"
                    r"|quarters?|fifths?|sixths?|eighths?|tenths?)\s+of\b(?!\s+an?\s+(?:thousand|million|billion"
                    r"|trillion)\b)|(?<!first\s)(?<!second\s)(?P<half>half)(?=\s+(?:of|the|all|its|their)\b)"
                    r"|(?P<even>fifty[\s-]fifty|50[-/]50)(?![\w/-]))",
                    re.I)  # not "the first half of July", a part of a time; "fifty-fifty", an even split: half
# A change by a share in words: "fares went up by nearly a fifth", "cut by a third", "by half", where the clause ends
# or goes on with a preposition or a time (not "by a third of its staff", "by half an hour", "supplied by a third party").
_SHARE_BY = re.compile(rf"(?<=\bby\s){_QUALIFIER}(?:(?P<k>a|one|two|three)[\s-]+(?P<part>thirds?|quarters?|fifths?"
                       r"|tenths?)|(?P<half>half))\b(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?:in|on|at|to|from|since|over|"
                       r"between|compared|against|than|and|or|but|as|after|before|while|when|within|during|last|this|"
                       r"next|overall|year|a\s+year|per)\b)", re.I)  # "over its budget by nearly half"
_SHARE_OF_WHAT = re.compile(r"(?:\s+(?:of|the|all|its|their|his|her|our|these|those|this|that))*\s+(?P<what>[a-z]+)",
                            re.I)  # "half of all regional trains": "regional"
# What a mass measures per a volume of, between them: "310 micrograms of PM10 per cubic metre" is a concentration.
_OF_WHAT_PER = re.compile(r"\s+of\s+(?:[\w.,-]+\s+){1,3}?(?P<per>per\s+(?:cubic\s+met(?:re|er)|(?:deci|milli)?lit(?:re|er))"
                          r")\b", re.I)
_SHARE_OF = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
# A sum of money or a scaled figure: "$1.2bn", "£940m", "2 million"; "m" and "k" only after a currency sign.
_CODES = ("EUR", "USD", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "INR")  # ISO 4217
_AMOUNT = re.compile(rf"(?<!\w){_QUALIFIER}(?:(?P<cur>US\$|[$\u00a3\u20ac\u00a5]|(?-i:{'|'.join(_CODES)})\b)\s?)?"
                     r"(?:(?P<part>half|(?:a|one|two)[\s-]+thirds?|(?:a|one|three)[\s-]+quarters?)(?:\s+of)?\s+"
                     r"(?=an?\s+(?:thousand|million|billion|trillion)\b))?"  # "half a million", "a third of a million"
                     rf"(?P<n>{_NUMBER})(?P<half>\s+and\s+a\s+half(?=\s+(?:thousand|million|billion)\b))?"  # "eleven
                     # and a half thousand"
                     r"(?:\s?(?P<scale>hundred(?:\s+(?:thousand|million|billion))?|thousand|million|billion|trillion|mn|bn"
                     r"|tn)\b|(?P<short>[mk])\b)?"
                     rf"(?:(?<=hundred)\s+and\s+(?P<rest>{_CARDINAL})\b"  # "two hundred and twelve", "a hundred
                     r"(?:\s+(?P<of_rest>thousand|million|billion)\b)?"  # and eighty thousand"
                     rf"|(?<=thousand)(?:,\s+(?=[\w-]+\s+hundred\b)|\s+(?:and\s+)?)"
                     rf"(?P<hundreds>{_CARDINAL}(?:\s+hundred(?:\s+and\s+{_CARDINAL})?)?)\b)?",
                     re.I)  # "thirty-nine thousand eight hundred", "three thousand and fifty", "two thousand, one
# hundred and forty"
_SUMS_JOINED = re.compile(r"\s*(?:to|[-\u2013\u2014])\s*")  # "€18m to €25m", "€18m-€25m": a range
_CURRENCY_SIGN = {"£": "GBP", "\u20ac": "EUR", "US$": "USD", **{c: c for c in _CODES}}  # "$" alone: many
# dollars; a code before the sum as companies' reports write it, "EUR 450 million"
_CURRENCY_WORD = re.compile(r"[\s-]+((?:Swiss\s+)?francs?|pounds?|sterling|euros?)\b", re.I)  # "9 million pounds", "a
# 14.5 million pound …", "50,000 Swiss francs"
_CURRENCY_NAMED = {"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "euro": "EUR", "euros": "EUR", "franc": "CHF",
                   "francs": "CHF", "swiss franc": "CHF", "swiss francs": "CHF"}
# A sum in pence, in pounds: "265p a share", "265p-a-share", "160 pence"; not "3 p.m." nor a screen's "1080p".
_PENCE = re.compile(rf"(?<![\w.,]){_QUALIFIER}(?P<n>\d+(?:\.\d+)?)(?:p(?![\w.])|\s?pence\b)", re.I)
_SCREEN_LINES = {"480", "720", "1080", "1440", "2160"}
# A tally of votes, for first: "(17 for, 4 against, 2 abstentions)", "21 votes for and 3 against", a record's "In
# favour 27, Abstain 2, Against 31".
_TALLY = re.compile(rf"(?<![\w,.])(?P<n>{_NUMBER})\s+(?:votes?\s+)?(?:for|in\s+favou?r)\b,?\s+(?:and\s+)?{_NUMBER}\s+"
                    rf"(?:votes?\s+)?against\b|\b(?:for|in\s+favou?r)\s*:?\s+(?P<n2>{_NUMBER}),?\s+"
                    rf"(?:(?:abstain\w*|abstentions?)\s*:?\s+{_NUMBER},?\s+)?against\b", re.I)
# A vote's result, for and against: "voted 7-4", "voted seven to four", "passed by 52 votes to 48"; a motion
# "defeated by 31 votes to 24" had 24 for it.
_VOTE = re.compile(rf"\b(?:voted|passed|approved|carried|backed|adopted|(?P<lost>rejected|defeated))\s+(?:(?:it|the\s+[\w-]+)\s+)?(?:by\s+)?"
                   rf"(?P<n>{_NUMBER})(?:\s+votes?)?\s*(?:-|\u2013|to)\s*(?P<m>{_NUMBER})\b(?!\s*(?:%|per\s*cent|percent))",
                   re.I)
# "between 3,000 and 5,000", "3,000 to 5,000", "40-45%": a lower and an upper bound; "from 3 to 5" is a change.
_RANGE = re.compile(rf"(?<!\w)(?:(?P<between>between)\s+)?(?P<lo>{_NUMBER})(?:{_PERCENT_SIGN})?"
                    rf"\s*(?P<sep>(?(between)and|(?:to|[-\u2013\u2014])))\s*(?P<hi>{_NUMBER})(?P<pct>{_PERCENT_SIGN})?"
                    r"(?:\s+(?P<noun>[a-z]+))?", re.I)
# A vague count: "several hundred", "a few dozen", "a couple of thousand", "hundreds", "tens of thousands", "dozens".
# Read as the widest range the words allow, so that a precise figure that fits never disagrees with it: a scale word
# in the plural is from one to ten of its unit ("hundreds": 100 to 1,000; "dozens": 12 to 120; "tens of thousands":
# 10,000 to 100,000); "a few" and "several" are 2 to 9 of it ("several hundred": 200 to 900, so it still differs from
# "nearly 2,000"), "a couple of" 1.5 to 3.5.
_VAGUE_UNITS = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_VAGUE = re.compile(r"(?<![\w-])(?:(?P<few>a\s+couple\s+of|a\s+few|several)\s+(?P<unit>dozen|hundred|thousand|million"
                    r"|billion)(?!s)|(?P<many>tens|dozens|hundreds|thousands|millions|billions)"
                    r"(?:\s+of\s+(?P<of>thousands|millions|billions))?)\b(?!\s+of\s+(?:years|days|hours|minutes"
                    r"|miles|kilometres|kilometers|times)\b)", re.I)
_FEW = {"a couple of": (1.5, 3.5), "a few": (2, 9), "several": (2, 9)}
# A figure revised: "revising it to 212", "later corrected the figure to 212", "revised down from 221 to 212".
_REVISED = re.compile(rf"\b(?:revis|correct|updat|adjust|amend)\w*\s+(?:[\w']+\s+){{0,3}}?"
                      rf"(?:(?:up|down)(?:wards?)?\s+)?(?:from\s+{_NUMBER}{_PERCENT_SIGN}?\s+)?"
                      rf"(?<!\bup\s)to\s+(?P<n>{_NUMBER})(?P<pct>{_PERCENT_SIGN})?", re.I)
# A toll or a total that rose to a figure, which is then the figure: "The death toll rose to five last night after three
# more victims died" (5, not 3), "The number of guests who fell ill … has now risen to 61".
_RISEN = re.compile(rf"\b(?:toll|total|number|figure|count|tally)(?:\s+of(?:\s+[\w'’-]+){{1,12}}?)?\s+"
                    rf"(?:has\s+|had\s+|have\s+)?(?:now\s+|since\s+)?"
                    rf"(?:rose|risen|climbed|increased|grew|grown|jumped|reached)\s+(?:again\s+)?to\s+(?P<n>{_NUMBER})"
                    rf"(?P<pct>{_PERCENT_SIGN})?", re.I)
# A count someone puts at a figure, no noun after it: "puts the figure at 58", "put the death toll at 12", "puts the
# number of IT jobs cut at 140" (what it counts: "IT jobs").
_PUT_AT = re.compile(rf"\bput(?:s|ting)?\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:figure|number"
                     rf"|toll|total|count|tally)(?:\s+of(?P<of>(?:\s+[\w-]+){{1,4}}?))?\s+at\s+{_QUALIFIER}"
                     rf"(?P<n>{_NUMBER})(?P<pct>{_PERCENT_SIGN})?", re.I)
# A count that stood at a figure, no noun after it: "the number of households evacuated stood at 47 as of 8 March", "the
# toll stands at 12".
_STOOD_AT = re.compile(rf"\b(?:figure|number|toll|total|count|tally)(?:\s+of(?P<of>(?:\s+[\w-]+){{1,4}}?))?\s+(?:now\s+)?"
                       rf"(?:stood|stands|remained|remains)\s+at\s+{_QUALIFIER}(?P<n>{_NUMBER})(?P<pct>{_PERCENT_SIGN})?",
                       re.I)
_SCALE = re.compile(r"hundred|thousand|million|billion|trillion|bn|mn", re.I)
# Not "G-20 leaders", nor "GMT+3".
_COUNT = re.compile(rf"\b{_QUALIFIER}(?<![-/.+:])(?P<n>{_NUMBER})(?:(?:\s+|-(?=[a-z]))(?!{_CARDINAL}\b)(?P<noun>[a-z]+))?",
                    re.I)  # no number for a noun: "a seven-member board" is seven
# No one, as a count: 0 of those something befell ("No one aboard either vessel was injured", "nobody was killed",
# "none of the crew were hurt"), or none of what is reported ("No injuries were reported", "there were no deaths").
# All of a whole but some: "all but three of the 31 economists" is 28 of them.
_ALL_BUT = re.compile(rf"\ball\s+but\s+(?P<but>{_NUMBER})\s+of\s+(?:the|its|their)\s+(?P<n>{_NUMBER})\b", re.I)
_NONE = re.compile(r"\b(?P<n>no(?:\s+|-)one|nobody|none(?:\s+of\s+(?:the|them|those|these|its|their)\b)?)"
                   r"(?:\s+[\w'’-]+){0,5}?\s+(?P<verb>(?:was|were|has\s+been|have\s+been|had\s+been)"
                   r"(?:\s+(?:seriously|badly|critically|fatally))?\s+(?:[a-z]+ed|hurt|killed|slain|taken))\b"
                   r"|\b(?P<no>no)\s+(?P<noun>[a-z]+s)\s+(?:were|have\s+been|had\s+been)\s+"
                   r"(?:reported|recorded|found|made|confirmed)\b"
                   r"|\bthere\s+(?:were|have\s+been|had\s+been)\s+(?P<none>no)\s+(?P<what>[a-z]+s)\b", re.I)
# Words after a number that make it no count: units of time, a month ("7 July" is a date), a time zone ("18.55 BST").
_UNIT = re.compile(r"(?:hours?|minutes?|mins?|seconds?|days?|weeks?|months?|years?|percent|per|pc|times|p|pm|am|h"
                   r"|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
                   r"|august|september|october|november|december"
                   r"|gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|mst|mdt|pst|pdt)$", re.I)
# After "N times", a multiple ("three times as much", "three times higher", "three times the US price") or a rate
# ("three times a day"); else N occasions ("tested nine times this season").
_TIMES_OVER = re.compile(r"\s+(?:as|more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster|slower|longer"
                         r"|shorter|the|that|over|what|its|their|his|her|a|an|per|each|every|daily|weekly|[a-z]+er)\b",
                         re.I)
_ORDINALS = {w: n for n, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                           "ninth", "tenth", "eleventh", "twelfth"), 1)}
# A rank before what it ranks ("its fourth flight", "the 5th launch"); not "first" or "second" alone, nor a date's
# "14th of March" or "March 14th" (read as dates first).
_ORDINAL = re.compile(r"(?<!January\s)(?<!February\s)(?<!March\s)(?<!April\s)(?<!May\s)(?<!June\s)(?<!July\s)"
                      r"(?<!August\s)(?<!September\s)(?<!October\s)(?<!November\s)(?<!December\s)"
                      r"\b(?:(?P<word>third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
                      r"|(?<![\d,])(?P<digits>\d{1,3}(?:,\d{3})*)(?:st|nd|rd|th))\b(?=(?:\s+|-(?=[a-z]))\w)(?!\s+of\s+[A-Z])", re.I)
# What a toll counts: "a sixth death" (the toll is six), "a third body".
_TOLL = re.compile(r"\s+(?:deaths?|victims?|fatalit(?:y|ies)|bod(?:y|ies)|casualt(?:y|ies))\b", re.I)
# A person's age: "a 58-year-old", "58 years old", "58-years-old", "aged 34", and, between commas or in brackets after
# a name, "Tomas Greer, 34, is serving…", "the driver (61)"; read as a count of years of age ("years old"), for a
# card whose statement gives one.
_AGE = re.compile(rf"(?<![\d,.])\b(?P<n>\d{{1,3}}(?:,\d{{3}})*|{_CARDINAL})[- ]years?[- ]old\b|\baged\s+(?P<aged>\d{{1,3}}|{_CARDINAL})\b"
                  r"|(?-i:\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
                  r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z'’-]+), (?P<named>\d{1,2})(?=,|\s+and\b)|(?-i:\b[a-z]+) \((?P<bracket>\d{2})\)",
                  re.I)
AGE = "years old"  # what an age counts
_AGE_STATEMENT = re.compile(rf"\b(?:aged|ages?|years?[- ]old)\b|^(?-i:(?!(?:The|This|That|Its|Their|His|Her|Our)\s)"
                            rf"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,3}})\s+(?:is|was)\s+(?:\d{{1,3}}|{_CARDINAL})\.?$",
                            re.I)  # and a person's name, then a number: "Tomas Greer is 34."
# A rank on a named scale: "danger level 4", "a Category 3 hurricane", "stage four restrictions"; read as a rank
# ("level"), for a card whose statement ranks by the same word (no length: "level 3.2 metres", "level 4 m").
_RANK = re.compile(r"\b(?P<word>level|category|stage|phase|tier|grade)\s+(?P<n>\d{1,2}|one|two|three|four|five|six"
                   r"|seven|eight|nine|ten)\b(?![.,]\d)(?!\s*(?:m|cm|mm|km|ft|metres?|meters?|feet|inch(?:es)?|%)\b)",
                   re.I)
# One of those something befell, a toll of one, or one thing done: "One worker has been killed", "one man died", "one
# shot was fired" (not "one day", "one of the…", "one in five").
_ONE_BEFALLEN = re.compile(r"\s+[a-z]+\s+(?:(?:has\s+been|had\s+been|was|is|were|have\s+been)?\s*(?:still\s+)?(?:killed|died|injured"
                           r"|hurt|missing|dead|drowned|rescued|arrested|charged|taken\s+to\s+hospital)"
                           r"|(?:has\s+been|had\s+been|was|were|is)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|shot|hit|struck|made"
                           r"|taken|found|seen|held|given|sent|thrown|brought|caught|stolen|broken|lost|won))\b", re.I)
_NOT_COUNTED = re.compile(r"(?:of|and|or|to|in|on|at|by|a|an|the|from|with|for|than|each|into|as|after|before|today"
                          r"|yesterday|tonight|tomorrow)$", re.I)
# A bare number in a list after a count, counting what it counts: "212 flights on Monday, 244 on Tuesday and 250
# today" (what comes between: the first one's day or place, then a comma or "and"; after it: its own, or the list's end).
_LISTED_BEFORE = re.compile(r"(?:\s+(?:on|in|at|during|by|for)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
_LISTED_AFTER = re.compile(r"\s+(?:on|in|at|during|by|for|today|yesterday|tonight|so\s+far)\b|\s*(?:[,;.]|$)|\s+and\b", re.I)
# Thousands grouped by a plain space ("240 000"), read as by a thin one; same length, so offsets stay.
_SPACED = re.compile(r"(?<![\d.,])(?<!\d )\d{1,3}(?: \d{3})+(?![\d]|[.,]\d| \d)")  # not a telephone number's groups
# ("0800 417 400": after another group)
_PHONE_BEFORE = re.compile(r"(?:\+\d{1,4}\s+|\b(?:tel|telephone|phone|fax|mobile|call)\b[.:]?\s*)$", re.I)  # "+381 55 201
# 447", "Tel. 11 400 2200"
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april"
                           r"|june|july|august|september|october|november|december)\.?\s+$", re.I)
# A number in words restated in digits: "fifty-eight (58)".
_RESTATED = re.compile(r"\b(?P<word>[a-z]+(?:-[a-z]+)?)(?P<digits>\s\(\d[\d,.]*\))(?=\s)", re.I)
# "three of our scrutineers", "two of the victims": a count of what follows.
_OF_THE = re.compile(r"\s+of\s+(?:our|the|their|its|his|her|these|those|my|your"
                     r"|(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?)\s+(?=[a-z])", re.I)  # "23 of Pellmark's branches"
_OF_TOTAL = re.compile(r"\s+of\s+(?:(?:the|its|their|our|his|her)\s+)?\d[\d,]*\s+(?=[a-z])", re.I)  # "28 of (the) 31
# economists": 28 economists; "43 of its 215 branches": 43 branches (it had been 215)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)(?![\w'’-])", re.I)  # "found lead at 44 of them"
# A count of some among a whole, told as one: "At least six University of Calderport students were among those
# detained" is no count of the detained.
_AMONG = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+(?:were|was|are|is|(?:had|have|has)\s+been)\s+(?:also\s+)?among\b", re.I)
# A whole, numbered: "a party of 11", "a crew of twelve", "a total of 40" (what the number after it counts; not a
# rule's "a minimum crew of 19").
_WHOLE = re.compile(r"(?<!minimum )(?<!maximum )\b(?P<what>party|group|team|crew|family|total|convoy|delegation"
                    r"|contingent|squad|fleet|cohort)\s+of\s+$", re.I)
# A broadcast's promise to come back to something shortly: "I want to come back to the median wait in a minute".
_LATER_ON = re.compile(r"\b(?:back|more|return|turn)\b[^.;:!?]{0,60}\bin\s+a\s+(?:minute|moment|second)$", re.I)
_GROUPED = re.compile(r"\d[,\u00a0\u202f\u2009]\d{3}")  # thousands grouped: a count whatever follows it
_ON = re.compile(r"\s+on(?:\s+from\s[^,.;]{1,60})?,")  # "Three weeks on, …", "Six months on from the fire, …"


def _time_on(text: str, m: re.Match) -> bool:
    """Whether the length ``m`` opens its sentence as the time gone by since ("Three weeks on, some students are still
    waiting"): when the sentence is set, no length of anything it tells."""
    before = text[:m.start()]
    return bool(_ON.match(text, m.end())) and (not before.strip(" \"“‘'") or bool(re.search(r"[.!?]\s+$", before)))
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_COUNTED = re.compile(r"(?:(?:\s+|(?<=\w)-(?=[a-z]))[A-Za-z][\w'’-]*){0,2}")  # the words after a count, what it
# counts ("a ninth-floor flat": floor flat)
_ADJECTIVE = re.compile(r"\s+[a-z]")  # a measure joined to its unit before a noun ("a 14-metre yacht"), not a name
# A number naming something, not counting it: "Route 9", "Article 5", "Flight 370", "Gate 3", "No. 10".
_NAMED_NUMBER = re.compile(r"(?<=[a-z,;] )(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w'’-]*(?<!['’]s)\s+$")  # a
# number in a name: "told Vantage 24", "France 24"; not after a day, "By Sunday 240 firefighters were on the island",
# nor a name's possessive, "the Trust's seven-member board"
_STREET = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}\s+(?:Street|St|Road|Rd|Row|Avenue|Ave|Lane|Square|Place|Way|Drive"
                     r"|Court|Terrace|Gardens|Crescent|Close|Boulevard|Parade|Quay|Walk|Mews|Embankment)\b")  # "12 Linden Row"
_LABEL = re.compile(r"\b(?:route|highway|motorway|interstate|freeway|flight|article|gate|terminal|platform|section"
                    r"|paragraph|chapter|clause|amendment|resolution|room|ward|block|pier|berth|runway|exit|junction"
                    r"|channel|level|stage|phase|category|tier|class|grade|vitamin|type|no\.|number"
                    r"|(?:paragraph|section|clause|chapter|article|page|item|junction|exit|gate|platform|terminal|runway"
                    r"|berth|pier|room|ward|route)s(?:\s+\d{1,4}[a-z]?\s*(?:,|and|or|to|&|-))*|pp?\.)\s+$", re.I)  # "paragraphs
# 3 to 5", "between junctions 7 and 8"


# A time of day: "2 p.m.", "1.30pm", "9:10 pm", "14:00", "16h45", "noon"; "14.00" only after "at" or a word of time
# (see _clock: "rose by 1.25", "3.50 metres" and "at 12.50 euros" are no times). Its qualifier words give its value form as a time's: "shortly before 4.45pm" is nearly
# 16:45, "after 10pm" more than 22:00.
MOMENT_QUALIFIERS = {"shortly before": "nearly", "just before": "nearly", "before": "less_than", "shortly after": "approx",
                    "just after": "approx", "after": "more_than", "around": "approx", "about": "approx",
                    "towards": "approx", "toward": "approx", "approximately": "approx", "by": "max", "until": "max",
                    "no later than": "max", "no earlier than": "min", "until at least": "min", "at least until": "min",
                    "within": "max", "from": "exact"}
_CLOCK = re.compile(
    r"\b(?:(?P<qual>" + "|".join(sorted(MOMENT_QUALIFIERS, key=len, reverse=True)) + r")\s+|(?P<at>at)\s+)?"
    r"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<half>[ap])\.?\s?m\b\.?"
    r"|(?P<h24>[01]?\d|2[0-3])(?P<sep>[:h.])(?P<m24>[0-5]\d)(?!\d|[.,]\d|\s?(?:%|per\s?cent))"
    r"|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)\s?(?=(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT)\b)"  # a wire's "1400 GMT"
    r"|(?P<h13>1[3-9]|2[0-3])\s+o['’]clock\b"  # a translation's 24-hour clock: "at 17 o'clock"
    r"|(?<!past )(?<!to )(?P<noon>noon|midday)\b)", re.I)  # (not "ten past noon": a spoken time, _SPOKEN)


_LATER_IN_DAY = re.compile(r"\s+(?:in\s+the\s+(?:afternoon|evening)|at\s+night|(?:this|that|on\s+\w+)\s+(?:afternoon|evening|night)"
                           r"|tonight)\b", re.I)  # the hours after noon, said so after a time: "at 8.47 in the evening"
TIMECODE = re.compile(r"\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]")  # where in a recording: "[00:01:12]"
# An emergency number: "the first 999 call", "911 dispatchers", "a 112 operator".
_EMERGENCY = re.compile(r"\b(?:999|911|112|000)(?=[\s-]+(?:calls?|callers?|operators?|services?|lines?|dispatch\w*"
                        r"|centres?|centers?|emergency)\b)", re.I)
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])"
# A time as it is spoken: "half past one", "a quarter past two", "twenty to three" (after a word of time: "five to ten
# people" is no time), "two o'clock"; and the part of the day it says, if any ("yesterday afternoon").
_SPOKEN = re.compile(
    r"\b(?:(?P<qual>" + "|".join(sorted(MOMENT_QUALIFIERS, key=len, reverse=True)) + r")\s+|(?P<at>at|from|since)\s+)"
    r"(?:(?P<near>around|about|roughly)\s+)?"
    rf"(?:(?P<mins>(?:a\s+)?quarter|half|{_CARDINAL}|[1-5]?\d)\s+(?:minutes?\s+)?(?P<dir>past|to|after)"
    rf"\s+(?P<hour>{_HOUR_WORD}|midnight|noon|midday)(?!\s*[-–]\w)|(?P<oc>{_HOUR_WORD})\s+o['’]clock)\b"
    r"(?:\s+(?:(?:yesterday|this|that|tomorrow|on\s+\w+day|on\s+the)\s+)?(?:in\s+the\s+|at\s+)?"
    r"(?P<part>morning|afternoon|evening|night|a\.?m\.?|p\.?m\.?)\b)?"
    r"|\b(?P<bare>{_HOUR_WORD})\s+o['’]clock\b".replace("{_HOUR_WORD}", _HOUR_WORD), re.I)


def _spoken(m: re.Match) -> list[float]:
    """Minutes since midnight of a spoken time ``_SPOKEN`` found: one when the words say the part of the day, else
    both readings, the afternoon's first from one to six o'clock ("half past one" at a match is 13:30; ``read`` takes
    the one nearest what other sources give)."""
    named = _NAMED_HOURS.get((m["hour"] or "").lower())  # "quarter to midnight": no two readings
    hour = named if named is not None else number(m["hour"] or m["oc"] or m["bare"]) % 12
    words = (m["mins"] or "").lower().replace("-", " ")
    mins = {"quarter": 15, "a quarter": 15, "half": 30, "twenty five": 25, "twenty": 20, "ten": 10, "five": 5}.get(
        " ".join(words.split()), number(words) or 0) if words else 0
    at = hour * 60 + (mins if (m["dir"] or "").lower() != "to" else -mins)
    if named is not None:
        return [at % DAY]
    part = (m["part"] or "").lower().replace(".", "")
    if part in ("afternoon", "evening", "pm") or part == "night" and hour < 12 and hour >= 6:
        return [(at + 720) % DAY]
    if part in ("morning", "am") or part == "night":
        return [at % DAY]
    return [(at + 720) % DAY, at % DAY] if 1 <= hour <= 6 else [at % DAY, (at + 720) % DAY]


_NAMED_HOURS = {"midnight": 0, "noon": 12, "midday": 12}
_DOTTED_AFTER = {"shortly before", "just before", "before", "shortly after", "just after", "after", "towards",
                 "toward", "until", "no later than"}  # the words a time written "14.00" may follow, besides "at"
_PRICE_OR_MEASURE = re.compile(r"\s*(?:%|per\s?cent|percentage|points?\b|euros?|dollars?|pounds?|pence|cents?|francs?"
                               r"|yen|yuan|r[uo]ubles?|rupees?|pesos?|kron[ae]r?|zloty|lira|metres?|meters?|km\b|miles?"
                               r"|kg\b|kilos?|grams?|tonnes?|tons?\b|litres?|liters?|million|billion|bn\b|mn\b)", re.I)


# A time set from another by a length of time: "30 minutes before the announced start at 14.00", "two hours after
# the polls closed at 8pm".
_SHIFTED = re.compile(r"\b(?:(?P<n>\d+|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|forty-five)"
                      r"\s+(?P<unit>minutes?|mins?|hours?)|(?P<halfhour>half\s+an\s+hour))\s+(?P<dir>before|after)\s+"
                      r"(?:[\w’'-]+\s+){0,4}?" + _CLOCK.pattern.removeprefix(r"\b"), re.I)


def _clock(m: re.Match, text: str) -> float | None:
    """Minutes since midnight of a time of day ``_CLOCK`` found in ``text``; None for "14.00" but after "at" or a
    word of time ("before", "towards"…), and for a price or a measure ("at 12.50 euros", "at $12.50")."""
    if m.group("noon"):
        return 720
    if m.group("h4"):
        return int(m.group("h4")) * 60 + int(m.group("m4"))
    if m.group("h13"):
        return int(m.group("h13")) * 60
    if m.group("half"):
        return int(m.group("h")) % 12 * 60 + (12 * 60 if m.group("half").lower() == "p" else 0) + int(m.group("m") or 0)
    if m.group("sep") == "." and (not (m.group("at") or (m.group("qual") or "").lower() in _DOTTED_AFTER)
                                  or _PRICE_OR_MEASURE.match(text, m.end()) or text[m.start("h24") - 1:m.start("h24")]
                                  in ("$", "€", "£", "¥")):
        return None
    return int(m.group("h24")) * 60 + int(m.group("m24"))


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
# A month's name, or its abbreviation as news agencies write it before a day: "Sept. 14", "Aug 3", "3 Dec".
_MONTH_WORD = rf"(?:(?:{'|'.join(_MONTH_NAMES)})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
_FIRST_NINE = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_DAY_ORDINALS = {word: n for n, word in enumerate(
    (*_FIRST_NINE, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
     "eighteenth", "nineteenth", "twentieth", *(f"twenty-{u}" for u in _FIRST_NINE), "thirtieth", "thirty-first"), 1)}
# A date: "2 April", "April 2", "Thursday 2 April", "the 2nd of April 2026", "the third of March", "April 2, 2026",
# "Sept. 14"; month names capitalised ("you may 5…" is none), "on" or "for" before it, or a qualifier ("until 2
# April").
_CALENDAR = re.compile(
    r"\b(?:(?P<qual>" + "|".join(sorted(MOMENT_QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:the\s+)?"
    rf"(?:(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+|(?P<dw>{'|'.join(sorted(_DAY_ORDINALS, key=len, reverse=True))})"
    rf"[\s-]+(?=of\s))(?:of\s+)?(?P<m>{_MONTH_WORD})"
    rf"|(?P<m2>{_MONTH_WORD})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*[.,]?\d))"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
    # day and month in figures, as translations from German or Nordic papers print them: "on 12.5.", "on 12.5.2026"
    r"|\b(?:(?P<qual2>" + "|".join(sorted(MOMENT_QUALIFIERS, key=len, reverse=True)) + r")\s+|on\s+)"
    r"(?P<d3>[0-3]?\d)\.(?P<m3>[01]?\d)\.(?P<y3>(?:19|20)\d\d)?(?!\d)"
    r"|(?<![\d.])(?P<d4>[0-3]?\d)\.(?P<m4>[01]?\d)\.(?P<y4>(?:19|20)\d\d)(?![\d.])")  # with its year, after any word:
# "on Tuesday, 14.04.2026"


# A month of a year, "in February 2024": every day of it (not after a qualifier, "by February 2024", nor a day's).
_MONTH_OF_YEAR = re.compile(rf"(?<!\b(?:by|to)\s)(?<!\b(?:from|till)\s)(?<!\b(?:until|since|after)\s)(?<!\bbefore\s)"
                           rf"\b(?:in\s+)?(?P<m>{'|'.join(_MONTH_NAMES)}),?\s+(?P<y>(?:19|20)\d\d)\b")


# The end of a year or of a month, "by the end of 2027", "at the end of March 2028", "end-2027": by its last day
# after a qualifier, else its last stretch (a year's December, a month's last ten days).
_END_OF = re.compile(rf"\b(?:(?P<qual>by|before|until|no later than)\s+)?(?:(?:at\s+)?the\s+)?end(?:\s+of\s+|-)"
                     rf"(?:(?P<m>{'|'.join(_MONTH_NAMES)})\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)


# Days of one month written once, "between 9 and 15 March", "9-15 March 2026", "from 9 to 15 March", "March 9-15":
# every day of them, not the last day alone.
_DAYS_OF_A_MONTH = re.compile(
    rf"\b(?:(?:between\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+and|(?:from\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s*"
    rf"(?:to|until|till|[-\u2013]))\s*(?P<last>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>{_MONTH_WORD})"
    rf"|(?P<m2>{_MONTH_WORD})\s+(?P<d3>[0-3]?\d)\s*(?:-|\u2013|to|through)\s*(?P<last2>[0-3]?\d)\b(?!\s*[.,]?\d))"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")


def month_number(name: str) -> int:
    """The number of a month written out or abbreviated: "Sept." is 9."""
    return next(n for n, month in enumerate(_MONTH_NAMES, 1) if month.lower().startswith(name[:3].lower()))


def dates(text: str, near: list[float] = (), today: str | None = None, statement: str = "") -> list[Figure]:
    """Every date in ``text``, as a day's number (``date.toordinal``); a date without its year ("2 April") takes the
    year that puts it nearest one of the days ``near`` (other sources' dates), and is left out when there are none.
    With ``today`` (the day the text was published, YYYY-MM-DD), days named relative to it too: "yesterday",
    "today", "last Friday", "on Monday" (the last Monday up to that day; the next one after it when the clause
    looks ahead: "will resume on Monday", "next Monday", "a deadline of midnight on Saturday"; a week on: "a week
    today", "on Thursday of next week"), and days counted ahead from it: "would be finished within 18 months" (by
    then); not the day someone spoke ("said on Tuesday"), unless the card's ``statement`` is of what was announced."""
    found, spans = [], list(_DAYS_OF_A_MONTH.finditer(text))
    for m in spans:
        first, last = int(m["d1"] or m["d2"] or m["d3"]), int(m["last"] or m["last2"])
        month = month_number(m["m"] or m["m2"])
        years = [int(m["y"])] if m["y"] else sorted({dt.date.fromordinal(int(n)).year + k for n in near for k in (-1, 0, 1)})
        spanned = [(a.toordinal(), b.toordinal()) for a, b in ((_day(y, month, first), _day(y, month, last))
                                                              for y in years) if a and b and a < b]
        if spanned:
            lo, hi = min(spanned, key=lambda d: min((abs(d[0] - n) for n in near), default=0))
            found.append(Figure("date", lo, None, m.group().strip(), m.start(), upper=hi))
    for m in _CALENDAR.finditer(text):
        if any(s.start() <= m.start("d2" if m["d2"] else "d") < s.end() for s in spans if m["d"] or m["d2"]):
            continue  # "15 March" of "between 9 and 15 March", which is read whole above
        day = _DAY_ORDINALS[m["dw"]] if m["dw"] else int(m["d"] or m["d2"] or m["d3"] or m["d4"])
        month = int(m["m3"] or m["m4"]) if m["m3"] or m["m4"] else month_number(m["m"] or m["m2"])
        year = m["y"] or m["y3"] or m["y4"]
        years = [int(year)] if year else sorted({dt.date.fromordinal(int(n)).year + k for n in near for k in (-1, 0, 1)})
        days = [d.toordinal() for d in (_day(y, month, day) for y in years) if d]
        if days:
            nearest = min(days, key=lambda d: min((abs(d - n) for n in near), default=0))
            found.append(Figure("date", nearest, _not_until(m["qual"] or m["qual2"], text, m.start()), m.group().strip(),
                                m.start()))
    for m in _END_OF.finditer(text):
        year, month = int(m["y"]), month_number(m["m"]) if m["m"] else 12
        last = (dt.date(year, month, 28) + dt.timedelta(4)).replace(day=1) - dt.timedelta(1)
        if m["qual"]:
            found.append(Figure("date", last.toordinal(), m["qual"], m.group().strip(), m.start()))
        else:
            first = last.replace(day=1) if not m["m"] else last - dt.timedelta(9)
            found.append(Figure("date", first.toordinal(), None, m.group().strip(), m.start(), upper=last.toordinal()))
    for m in _MONTH_OF_YEAR.finditer(text):
        if not any(f.start <= m.start("m") < f.start + len(f.text) for f in found):  # "14 February 2024": a day
            first = dt.date(int(m["y"]), month_number(m["m"]), 1)
            last = (first + dt.timedelta(31)).replace(day=1) - dt.timedelta(1)
            found.append(Figure("date", first.toordinal(), None, m.group().strip(), m.start(), upper=last.toordinal()))
    base = _iso_day(today)
    owned = [Figure("date", _relative(m, text, base).toordinal(), None, m.group("day"), m.start())
             for m in _POSSESSIVE_DAY.finditer(text) if base and _shares_a_word(m["thing"], statement)
             and not re.search(r"\bof\s+$", text[max(0, m.start() - 4):m.start()])]  # "today called for an inquiry
    # into Tuesday's power cut": on a card of the power cut, the day it owns is one it may give (not "the re-run of
    # Saturday's draw", the re-run's card)
    for m in _RELATIVE_DAY.finditer(text) if base else ():
        if any(f.start <= m.start("day") < f.start + len(f.text) for f in found) or SPOKEN_ON.search(
                text, max(0, m.start() - 60), m.start()) and not _ANNOUNCING.search(statement) \
                or m["day"][0].isupper() and m["day"].lower() in _OFFSETS \
                and _NAMED_PROGRAMME.search(text, max(0, m.start() - 40), m.start()) \
                or _NAMING_A_WEEKDAY.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Thursday 2 April": the date is given; "said on Tuesday": when it was said (unless the card is
            # of what was announced or confirmed that day: "OPSA announced on Tuesday a recall"); "Westmarch
            # Tonight", a programme's name; the "(Thursday)" of "tomorrow (Thursday)", read with it
        with contextlib.suppress(OverflowError):  # a day before the calendar's first or after its last: none
            day = _counted_on(m, text, _relative(m, text, base))
            if named := _WEEKDAY_NAMED.match(text, m.end()):  # "closed tomorrow (Thursday)": the weekday, as the
                day += dt.timedelta((_WEEKDAYS.index(named["day"].lower()) - day.weekday() + 3) % 7 - 3)  # day
                # nearest the one counted (a post edited the day after it was written)
            found.append(Figure("date", day.toordinal(), m["qual"], m.group().strip(), m.start()))
            back = _DAYS_AFTER_IT.match(text, m.end())  # "rose to 19 on Thursday, a day after a school bus slid off…":
            if back and (n := number(back["n"])) and n == int(n):  # the bus slid off the day before
                with contextlib.suppress(ValueError):
                    found.append(Figure("date", _ahead(dt.date.fromordinal(int(found[-1].number)), -int(n),
                                                       back["unit"]).toordinal(), None,
                                        text[m.start():back.end()].strip(), back.start("n")))
    found += owned
    for m in _DAYS_AFTER.finditer(text) if base else ():
        n = number(m["n"])
        if n and n == int(n):
            with contextlib.suppress(OverflowError, ValueError):
                found.append(Figure("date", _ahead(base, -int(n), m["unit"]).toordinal(), None, m.group().strip(),
                                    m.start("n")))
    for m in _WITHIN.finditer(text) if base else ():
        n = number(m["n"])
        if n and n == int(n) and _AHEAD.search(text, max(0, m.start() - 60), m.start()):
            with contextlib.suppress(OverflowError, ValueError):  # "within 20,000 years": past the calendar
                found.append(Figure("date", _ahead(base, int(n), m["unit"]).toordinal(), "within", m.group().strip(),
                                    m.start()))
    return sorted((f for f in found if not _TALLIED.search(text[max(0, f.start - 80):f.start] + (
        lead.group() if (lead := re.match(r"(?:by|as\s+of)\s+", f.text, re.I)) else ""))), key=lambda f: f.start)


# A count and the day it stood at, no date of anything the count tells of: "it had received 4,870 complaints by 17:00
# on 2 March 2026".
_TALLIED = re.compile(r"\b[a-z]+ed\s+(?:[a-z]+\s+){0,2}?\d[\d,.]*\s+(?:[a-z]+\s+){1,2}?(?:by|as\s+of)\s+"
                      r"(?:(?:\d{1,2}[:.]\d\d|noon|midnight)\s*(?:[ap]\.?m\.?\s*)?(?:on\s+)?)?$", re.I)


def _ahead(base: dt.date, n: int, unit: str) -> dt.date:
    """The day ``n`` days, weeks, months or years after ``base`` (a month on, from 31 January, is 28 or 29
    February)."""
    unit = unit.lower().rstrip("s")
    if unit in ("day", "week"):
        return base + dt.timedelta(n * (7 if unit == "week" else 1))
    year, month = divmod(base.month - 1 + n * (12 if unit == "year" else 1), 12)
    year += base.year
    return dt.date(year, month + 1, min(base.day, calendar.monthrange(year, month + 1)[1]))


def _not_until(qualifier: str | None, text: str, start: int) -> str | None:
    """``qualifier`` as a negation in its clause turns it: no qualifier for "until" ("did not notify them until 09:15"
    is at 09:15, not by then), "by" for "after" or "since" ("nobody looked at that crane after 14 April" is by 14
    April), at the earliest for "before" ("will not be before 1 September"); none for the "before" of "best before",
    a date on a label."""
    turned = {"until": None, "after": "by", "since": "by", "before": "no earlier than"}
    if (qualifier or "").lower() in turned and _NEGATION_BEFORE.search(text, max(0, start - 120), start):
        return turned[qualifier.lower()]
    if (qualifier or "").lower() == "before" and re.search(r"\bbest\s+$", text[max(0, start - 6):start], re.I):
        return None  # "best before 5 September 2027": a label's day, no bound (session 74: a recall's table)
    return qualifier


_NEGATION_BEFORE = re.compile(r"(?:\b(?:not|never|nobody|no\s+one|nothing)|n['’]t)\b[^.;!?]*$", re.I)


# A past participle of its own right before the day, not one with "be" ("will be reopened on Monday"): "The kitchen
# will be shut under a notice served on Monday" names a Monday gone.
_DONE_ON = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bstay\s)(?<!\bstays\s)(?<!\bremain\s)"
                      r"(?<!\bremains\s)\b(?!(?:need|scheduled|expected|planned|due|set)\b)"
                      r"[a-z]{3,}ed\s+(?:(?:on|last)\s+)?$", re.I)


def _relative(m: re.Match, text: str, base: dt.date) -> dt.date:
    """The day a mention ``_RELATIVE_DAY`` found names, counted from the text's own day ``base`` (its own weekday,
    "would reopen on Wednesday" written on a Wednesday, is that day, unless "next" or "last")."""
    word, when = m["day"].lower(), (m["when"] or "").lower()
    if word in _OFFSETS:
        return base + dt.timedelta(_OFFSETS[word])
    weekday = _WEEKDAYS.index(word)
    ahead = when == "next" or when != "last" and ((_AHEAD.search(text, max(0, m.start() - 60), m.start())
                                                    or _ARRANGED.search(text, max(0, m.start() - 120), m.start())
                                                    or _starts(m, text)) and not _DONE_ON.search(text, 0, m.start())
                                                   or _AHEAD_AFTER.match(text, m.end("day")))  # (whatever verb
    # comes before: "he hoped Friday's talks would…")
    before = text[max(0, m.start() - 120):m.start()]
    if ahead and when != "next" and (said := _SAID_ON.search(before)):  # the Friday after that Wednesday
        base -= dt.timedelta((base.weekday() - _WEEKDAYS.index(said["day"].lower())) % 7)
    elif ahead and when != "next" and _LOOKED_AHEAD.search(before):
        ahead = False  # an expectation of the past: its Friday has come
    if when == "this":  # the day of the text's own week: "reopens this Saturday" (written on a Wednesday) is to
        return base + dt.timedelta(weekday - base.weekday())  # come, "it happened this Monday" past
    if _OF_NEXT_WEEK.match(text, m.end()):  # "on Thursday of next week"
        return base + dt.timedelta(7 - base.weekday() + weekday)
    if ahead:
        return base + dt.timedelta((weekday - base.weekday()) % 7 or (7 if when == "next" else 0))  # "on Wednesday"
    return base - dt.timedelta((base.weekday() - weekday) % 7 or (7 if when == "last" else 0))


# A day named a week or two on from another, "a week today", "a fortnight on Monday", "two weeks tomorrow", or
# counted back from today or yesterday: "four weeks ago today", "a year ago yesterday".
_WEEKS_ON = re.compile(rf"\b(?P<n>{_NUMBER}|an?)\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+"
                       r"(?P<ago>ago\s+)?(?:on\s+)?$", re.I)
_OF_NEXT_WEEK = re.compile(r"\s+(?:of|in)\s+next\s+week\b", re.I)


def _counted_on(m: re.Match, text: str, day: dt.date) -> dt.date:
    """The ``day`` a mention ``_RELATIVE_DAY`` found names, counted on by the weeks before it ("a week today" is 7
    days on, "a fortnight on Monday" 14; no more than three weeks) or back by what came before it ("four weeks ago
    today" is 28 days back, "a year ago yesterday" a year)."""
    on = _WEEKS_ON.search(text, max(0, m.start() - 40), m.start())
    n = on and (1 if on["n"].lower() in ("a", "an") else number(on["n"]))
    unit = on["unit"].lower().rstrip("s") if n else ""
    if unit and on["ago"] and m["day"].lower() in _OFFSETS and n == int(n):
        return _ahead(day, -int(n) * (2 if unit == "fortnight" else 1), "week" if unit == "fortnight" else unit)
    if unit in ("week", "fortnight") and not on["ago"] and n <= 3 and n == int(n):
        return day + dt.timedelta(7 * int(n) * (2 if unit == "fortnight" else 1))
    return day


def _starts(m: re.Match, text: str) -> bool:
    """Whether the day is when something starts, to come: "water was being delivered from Wednesday" (not "from
    Monday to Friday", a span, nor "has been closed from Monday", begun)."""
    spans = re.match(r"\s*(?:(?:to|until|till|through)\b|[-–])", text[m.end():])
    begun = re.search(r"\b(?:has|have|had)\s+been\b(?!.*[.;])", text[max(0, m.start() - 60):m.start()], re.I)
    return (m.groupdict().get("qual") or "").lower() == "from" and not spans and not begun


def _iso_day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:  # "unknown"
        return None


# When someone spoke, not when what they said happened: "said on Thursday", "told MPs on Thursday", "called Tuesday
# 'the biggest march'".
_ANNOUNCING = re.compile(r"\b(?:announc|confirm|report)\w*\s+(?:[\w-]+\s+){0,3}?on\b", re.I)  # a statement of the day
# something was made known on: "The recall was announced on Tuesday 14 April 2026." (not "announced a second national
# strike for Thursday 2 April")
SPOKEN_ON = re.compile(r"\b(?:said|says|told|tells|added|announced|confirmed|reported|spoke|speaking|wrote|called)\b"
                       r"(?:\s+[\w’'-]+){0,2}\s+$", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# An expectation said on a day of its own, counted from that day: "had said on Wednesday that he expected the ship to
# be refloated by Friday" (the Friday after that Wednesday).
_SAID_ON = re.compile(r"\b(?:said|told\s+[\w’'-]+|announced|predicted|promised|forecast)\s+on\s+(?P<day>Monday"
                      r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![^.;!?]*\b(?:said|told)\b)[^.;!?]*$",
                      re.I)
# An expectation told in the past perfect, of a day now past: "The authority had initially said the ship would be free
# by Friday; it took another day and a half."
_LOOKED_AHEAD = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:said|expected|predicted|promised|forecast|hoped|estimated"
                           r"|told\s+[\w’'-]+)\b[^.;!?]*$", re.I)
_OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "night": -1, "morning": 0, "afternoon": 0,
            "evening": 0}  # "last night", "this morning"
# A day named relative to the text's own: "yesterday", "on Monday", "last Friday", "by Saturday", "late last night",
# "this morning" (not "Monday's talks", nor "Thursday 2 April", a date given).
_RELATIVE_DAY = re.compile(
    r"\b(?:(?P<qual>" + "|".join(sorted(MOMENT_QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
    r"(?:(?:on|(?P<when>last|next|this))\s+)?(?P<day>yesterday|today|tomorrow|tonight|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|(?<=\blast\s)(?<!\bthe\slast\s)night|(?<=\bthis\s)(?:morning|afternoon|evening))\b"
    r"(?!['’]s|,?\s+(?:the\s+)?[0-3]?\d\b)", re.I)
# A weekday in brackets after a day named relative to the text's, saying which it is: "closed tomorrow (Thursday)";
# and what comes before such a weekday.
_WEEKDAY_NAMED = re.compile(r"\s*\((?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\)", re.I)
_NAMING_A_WEEKDAY = re.compile(r"\b(?:yesterday|today|tomorrow|tonight)\s*\($", re.I)
# A capitalised word right before a capitalised "Today" or "Tonight": a programme's or paper's name ("documents seen
# by Westmarch Tonight", "told BBC Today"), no day.
_NAMED_PROGRAMME = re.compile(r"\b[A-Z][\w'’-]*\s$")
# A day named as the owner of a thing: "Tuesday's power cut", "yesterday's vote".
_POSSESSIVE_DAY = re.compile(r"\b(?:(?P<when>last|next|this)\s+)?(?P<day>yesterday|today|tomorrow|Monday|Tuesday|Wednesday"
                             r"|Thursday|Friday|Saturday|Sunday)['’]s\s+(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})",
                             re.I)


def _shares_a_word(thing: str, statement: str) -> bool:
    """Whether ``thing`` ("power cut") has a word of four letters or more whose first four the ``statement``'s words
    share ("lost its mains power"; "vote" and "voted")."""
    stems = {w[:4] for w in re.findall(r"[a-z]{4,}", statement.lower())}
    return any(w[:4] in stems for w in re.findall(r"[a-z]{4,}", thing.lower()))


# A day counted ahead from the text's own, the latest it names: "within 18 months", "within a week"; not "within
# 30 days of the ruling" (counted from something else). Read where the clause looks ahead (_AHEAD): "was rebuilt
# within six months" counts from when the work began.
_WITHIN = re.compile(rf"\bwithin\s+(?P<n>{_NUMBER})\s+(?P<unit>days?|weeks?|months?|years?)\b"
                     r"(?!\s+(?:of|after|from|since|before)\b)", re.I)
# A day counted back from the text's own, the moment it writes of: "…this morning, four days after they were seized"
# (the seizure's day: four days before), not "two days after the storm, the council met" (counted from the storm).
_DAYS_AFTER = re.compile(rf"\b(?:today|tonight|now|this\s+(?:morning|afternoon|evening|week)),\s+(?P<n>{_NUMBER})\s+"
                         r"(?P<unit>days?|weeks?)\s+(?:after|since)\b", re.I)
_DAYS_AFTER_IT = re.compile(rf",\s+(?P<n>{_NUMBER})\s+(?P<unit>days?|weeks?)\s+after\b", re.I)  # after a day named:
# "on Thursday, a day after…", counted back from that day
# What looks ahead in the words before a day: "will", "should" (not "should have"), "is due", "deadline", "until", a
# present tense of what is to come ("The new rate takes effect on Friday", "the trial begins on Monday", "the council
# votes on Wednesday", "when it meets on Monday"; not "won by 312 votes on Monday").
_AHEAD = re.compile(r"\b(?:['’]ll|will|shall|would|(?:should|could|(?-i:may)|might)(?!\s+have)|is\s+due|are\s+due|is\s+to|are\s+to"
                    r"|plans?\s+to|expected|scheduled|planned\s+for|pencilled\s+in"
                    r"|deadline|countdown|until|due\s+to|set\s+to|going\s+to"
                    r"|takes?\s+effect|comes?\s+into\s+force|begins|starts|resumes|expires|reopens|opens|closes"
                    r"|returns|(?<![\d,]\s)votes|meets|convenes)\b(?!.*[.;])", re.I)


# An arrangement in the present progressive, to come: "The group is holding a public meeting at Calderbrook Methodist
# Hall on Thursday at 7pm" (written on a Tuesday: the Thursday after it); and one told as there being one: "There is a
# public meeting on Thursday at 7pm in the village hall" (an anglers' forum post of a Monday).
_ARRANGED = re.compile(r"(?:\b(?:is|are|['’]re)\s+(?:holding|hosting|staging|organi[sz]ing)"
                       r"|\bthere\s+(?:is|['’]s)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|vigil|protest|march|rally"
                       r"|hearing|session|vote|event|service|memorial|match|game|concert|clinic|briefing|consultation"
                       r"|demonstration|drop-in))\b(?!.*[.;])", re.I)


# What the day owns is to come: "he hoped Friday's talks would produce…", "Monday's vote will decide…".
_AHEAD_AFTER = re.compile(r"['’]s(?:\s+[a-z][\w-]*){1,2}?\s+(?:will|would|shall|is\s+due|are\s+due|is\s+set\s+to"
                          r"|are\s+set\s+to|is\s+expected|are\s+expected)\b", re.I)


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # "31 April"
        return None


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure in a text: what it measures, its number, the qualifier word and where it is."""

    quantity: str  # duration (in minutes) | count | percent | time (of day, in minutes since midnight) | date (its
    # number, date.toordinal) | length, area, mass, volume, speed (in the base unit: builder/units.py)
    number: float
    qualifier: str | None
    text: str
    start: int
    upper: float | None = None  # a range's upper bound ("between 3,000 and 5,000"), whose lower bound is number
    revised: bool = False  # the figure a revision gives ("later revised it to 212"), which supersedes the one before
    counted: str = ""  # for a count, the two words after it: what it counts ("firefighters were", "homes destroyed");
    # for a share in words, the first word of what it is a share of ("half of regional trains": "regional"); for a
    # measure joined to its unit before a noun, what it measures ("the 14-kilometre lake": "lake")
    unit: str = ""  # for a measure (a length, an area, …), its unit's name: "mile", "ha", "°F"
    planned: str = ""  # the plan or forecast the figure is, compared with ("longer than the 30 minutes scheduled",
    # "above the 2.9% economists had expected"): its word's stem, "schedul", "expect"
    bound: bool = False  # the figure is a limit or a threshold the text names ("above the legal limit of 10
    # micrograms per litre", "a cap of 500"), not a measure of what it reports
    currency: str = ""  # a sum's, as an ISO 4217 code, where its sign or word names one ("£14.5m", "4.2 million
    # euros"); not "$", which many currencies write
    ordinal: bool = False  # a count by its rank: "its fourth flight", "the 5th launch", "level 4" (counted: "level")
    compound: bool = False  # a count joined by a hyphen to the word it counts, before what it describes: "a 47-move
    # win", "a 20-storey block" (a count of moves, of storeys; counted: "move win")

    def of_plan(self, statement: str) -> Figure:
        """The figure as the plan's own (exact, no qualifier) when ``statement`` is about that plan, in any word of
        its kind: "The meeting was scheduled for 30 minutes" reads "longer than the 30 minutes that had been planned"
        as 30, not more than 30 (a schedule's words, or a forecast's: "above the 2.9% economists had expected")."""
        family = next((stems for stems in _PLAN_WORDS if self.planned in stems), (self.planned,))
        return replace(self, qualifier=None) if self.planned and re.search(
            rf"\b(?:{'|'.join(family)})", statement, re.I) else self

    @property
    def value(self) -> dict:
        """The fact schema's value form: {exact: N}, {approx: N}, {more_than: N}, …, {min: N, max: M}"""
        if self.upper is not None:
            return {"min": self._written(self.number), "max": self._written(self.upper)}
        if self.quantity in ("time", "date"):
            return {MOMENT_QUALIFIERS.get((self.qualifier or "").lower(), "exact"): self._written(self.number)}
        form = QUALIFIERS.get(self.qualifier.lower(), "exact") if self.qualifier else "exact"
        return {form: self._written(self.number)}

    @property
    def bounds(self) -> tuple[float, float]:
        """The lowest and highest number it allows: (10000, inf) for "more than 10,000", (3000, 5000) for "between
        3,000 and 5,000", (12, 12) for "about 12"."""
        form = next(iter(self.value)) if self.upper is None else "range"
        if form in ("more_than", "min"):
            return self.number, math.inf
        if form in ("less_than", "max", "up_to"):
            return -math.inf, self.number
        return self.number, self.number if self.upper is None else self.upper

    def _written(self, n: float) -> int | float | str:
        """``n`` as a card writes it: a time "16:45", a date "2026-04-02", whole days, months or years with their
        units ("14 days", "9 years"), whole hours of a day or more in hours ("2000 h"), seconds too ("10 s", "1 min 30 s": not "0.166667" minutes), a number
        (durations in whole minutes) plainly."""
        if self.quantity == "time":
            return f"{int(n) // 60:02d}:{int(n) % 60:02d}"
        if self.quantity == "date":
            return dt.date.fromordinal(int(n)).isoformat()
        if self.unit:  # "12 km", "12,400 ha", "113 °F"
            return units.canonical(f"{_plain(round(units.from_base(n, self.unit), 4))} {self.unit}")
        spoken = n >= DAY and (n % DAY == 0 or n % MONTH == 0) or not float(n).is_integer()
        if self.quantity == "duration" and n >= DAY and not spoken and n % 60 == 0:
            return f"{int(n) // 60} h"  # "more than 2,000 hours" of flying: 2000 h, not 120000 minutes
        return duration(n) if self.quantity == "duration" and spoken else _plain(n)


_DENIED = re.compile(rf"\bnot\s+(?:the\s+)?(?P<n>{_NUMBER})(?![\w.,]*\d|[\s-]*(?:{'|'.join(_SCALES)})\b)", re.I)  # not
# "not 14.5 million", which is no 14.5


# Before "within" a length, a way of coming near, whose figure is a bound ("a drone flew within 300 metres of the
# runway"), not a zone's radius ("people living within 800 metres of the plant").
_CAME_WITHIN = re.compile(r"\b(?:came|come|comes|coming|flew|fly|flies|flying|got|gets|getting|passed|passes|landed"
                          r"|lands|fell|falls|strayed|drifted|ventured|approached|found|seen|spotted|sighted|struck"
                          r"|hit|crashed)(?:\s+\w+)?\s+$", re.I)


def denied(text: str, found: list[Figure]) -> list[float]:
    """The numbers ``text`` sets aside for others: of the figures ``found`` in it, those after "not", "rather than"
    or "instead of" ("at 05:40, not at about 06:15"), and a number alone after "not" ("six canvases, not five" → 5,
    "not the 14 the company announced" → 14; not "not one", which says none)."""
    return [f.number for f in found if _SET_ASIDE.search(text, 0, f.start)] + [
        n for m in _DENIED.finditer(text) if m["n"].lower() not in ("a", "an", "one") and (n := number(m["n"]))]


def set_aside(text: str, figure: Figure) -> bool:
    """Whether ``text`` sets ``figure`` aside ("The real backlog is nowhere near £46 million", "not the 14 the company
    announced"): a figure it denies, not one it gives."""
    return bool(_SET_ASIDE.search(text, 0, figure.start))


def _plain(n: float) -> int | float:
    return int(n) if float(n).is_integer() else n


def number(word: str) -> float | None:
    """"16" → 16, "1,200" → 1200, "2,148.30" → 2148.3, "4 000" → 4000, "1.200.000" → 1200000, "3.400" and "1.850" →
    3400 and 1850 (no English prose writes 3.4 or 1.85 so: a translation's thousands), "43,5" → 43.5, "0,125" →
    0.125, "twenty-five" → 25, "a" → 1, "a dozen" → 12, "two dozen" → 24; None when not a number."""
    word = word.lower().strip()
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d{1,3}([\u00a0\u202f\u2009]\d{3})+|\d+(\.\d+)?|\d{1,3}(\.\d{3}){2,}",
                    word):
        grouped = word.count(".") > 1 or re.fullmatch(r"[1-9]\d{0,2}\.\d\d0", word)  # not "2,148.30": pence
        return float(word.replace(".", "") if grouped else re.sub(r"[,\u00a0\u202f\u2009]", "", word))
    if re.fullmatch(r"\d+,\d{1,2}|0,\d+", word):  # a decimal comma
        return float(word.replace(",", "."))
    if word in ("a", "an"):
        return 1
    if word in ("a dozen", "half a dozen"):
        return 12 if word == "a dozen" else 6
    if word.endswith(" dozen") and (dozens := number(word.removesuffix(" dozen"))) is not None:
        return 12 * dozens  # "two dozen" → 24
    if word in _UNITS:
        return _UNITS[word]
    if re.search(r"\shundred\b", word):  # "nine hundred and fifty"
        return _hundreds(word) or None
    if re.search(r"[\s-]point[\s-]", word):  # "one point two five", "two-point-three" → 1.25, 2.3
        whole, decimals = re.split(r"[\s-]+point[\s-]+", word, maxsplit=1)
        decimals = decimals.replace("-", " ")
        digits = [_UNITS.get(d) for d in decimals.split()]
        if (head := number(whole)) is None or None in digits or max(digits) > 9:
            return None
        return float(f"{head:g}." + "".join(map(str, digits)))
    parts = re.split(r"[- ]", word)
    if parts[0] in _TENS and (len(parts) == 1 or parts[1] in _UNITS):
        return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0)
    return None


_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "quarter": 0.25, "three quarters": 0.75, "three quarter": 0.75}


def _part(words: str | None) -> float:
    """"half" → 0.5, "a third" → 1/3, "two-thirds" → 2/3, "three quarters" → 0.75; 1 for none."""
    if not words:
        return 1
    k, part = re.split(r"[\s-]+", words.lower()) if " " in words or "-" in words else ("a", words.lower())
    return (2 if k == "two" else 3 if k == "three" else 1) / _SHARE_OF[part.rstrip("s")]


def _hundreds(words: str | None) -> float:
    """"eight hundred" → 800, "five hundred and ten" → 510, "fifty" → 50; 0 for none."""
    if not words:
        return 0
    head, hundred, rest = re.fullmatch(r"(.+?)(?:\s+(hundred)(?:\s+and\s+(.+))?)?", words.strip()).groups()
    return (number(head) or 0) * (100 if hundred else 1) + ((number(rest) or 0) if rest else 0)


def _fraction(words: str | None) -> float:
    """"half" → 0.5, "three-quarters" → 0.75; 0 for none."""
    return _FRACTIONS.get(re.sub(r"[\s-]+", " ", (words or "").lower()), 0)


# After a figure compared with ("longer than the 30 minutes"): the plan or forecast it is, "that had been scheduled",
# "economists had expected"; a word or three between.
_PLAN_WORDS = (("schedul", "plan", "allot", "allocat", "budget"), ("expect", "forecast", "predict"))
_PLANNED = re.compile(r"(?:\s+(?:that|which|[\w'’-]+)){0,3}?\s+(?:had\s+been\s+|has\s+been\s+|was\s+|were\s+|had\s+)?"
                      r"(?:originally\s+|initially\s+|first\s+)?(?P<plan>schedul|plan|allot|allocat|expect|forecast"
                      r"|predict|budget)(?:ned|ted|ed)?\b", re.I)


# A limit or a threshold named just before its figure ("the legal limit of", "a cap of", "the threshold is", "a
# ceiling set at") or just after it ("a temporary 60km/h limit"); and the word of one in a card's statement.
_BOUND_WORDS = r"limit|threshold|cap|ceiling|guideline|benchmark|capacity"  # not "a maximum of 10 years": up to 10
_BOUND_BEFORE = re.compile(rf"\b(?:(?:{_BOUND_WORDS})s?\s+(?:of|at|is|was|were|are|set\s+at|stands\s+at)|capped\s+at"
                           r"|(?:can|could)\s+(?:take|hold|accommodate|seat|sleep|house))\s+$", re.I)  # a capacity:
# "the shelter can take 250 people", not how many it took
_BOUND_AFTER = re.compile(rf"[\s-]+(?:(?:speed|legal|safe|upper|lower|weight|noise|age|price|spending|pay)[\s-]+)?"
                          rf"(?:{_BOUND_WORDS})s?\b", re.I)  # "a 60km/h limit", "the 2% pay cap"
_BOUND_WORD = re.compile(rf"\b(?:{_BOUND_WORDS}|capped)s?\b", re.I)


def figures(text: str) -> list[Figure]:
    """Every time of day, duration, percentage, count and measure in ``text``, in order; a span is read once, as its
    first kind ("46.1 degrees" twice: Celsius and Fahrenheit)."""
    text = _SPACED.sub(lambda m: m.group() if _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())
                       or _PHONE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                       else m.group().replace(" ", "\u202f"), text)  # "240 000 euros", as translated reports print
    # it (not "May 12 500 people")
    text = _RESTATED.sub(lambda m: m["word"] + " " * len(m["digits"]) if number(m["word"]) else m.group(),
                         text)  # "fifty-eight (58) trucks" as "fifty-eight trucks": official prose restates a number
    # in digits
    found: list[Figure] = []
    taken = bytearray(len(text) + 1)  # 1 at each character a figure read already spans (a list of spans was
    # searched whole for each figure: 30,000 figures in one text took a minute)
    for code in (*TIMECODE.finditer(text), *_EMERGENCY.finditer(text)):  # a recording's "[00:01:12]" is no time
        taken[code.start():code.end()] = b"\1" * (code.end() - code.start())  # of day, "a 999 call" no count

    for m in _AGE.finditer(text):  # first: "a 58-year-old" is no length of time
        group = next(g for g in ("n", "aged", "named", "bracket") if m[g])
        start, end = m.span(group)
        if not any(taken[start:end]):
            found.append(Figure("count", number(m[group]), None, m[group], start, counted=AGE))
            taken[m.start():m.end()] = b"\1" * (m.end() - m.start())

    def keep(quantity, value, match, qualifier, upper=None, group=0, counts=None, unit="", revised=None):
        start, end = match.span(group)
        if value is None or taken[start] or taken[end - 1]:
            return
        taken[start:end] = b"\1" * (end - start)
        if not all(abs(n) <= units.MAX_VALUE for n in (value, value if upper is None else upper)):
            return  # "10^22 minutes", a number of 38 digits: no card may give it
        if (qualifier or "").lower() == "over" and (_HANDED.search(text, max(0, match.start() - 20), match.start())
                                                    or _ABOUT_WHAT.search(text, max(0, match.start() - 20),
                                                                          match.start())):
            qualifier = None  # "must hand over €4.2m", "strike looms over £23.6m deficit": the sum, not more than it
        if (qualifier or "").lower() == "about" and _TALKED.search(text, max(0, match.start() - 20), match.start()):
            qualifier = None  # "Westerly talk about 11 vulnerable residents": their 11, not about 11
        qualifier = _not_until(qualifier, text, match.start())
        if (qualifier or "").lower() in _BOUNDS_DENIED and _VERB_DENIED.search(text, max(0, match.start() - 60),
                                                                             match.start()):
            qualifier = f"not {qualifier}"
        if (qualifier or "").lower() == "past" and _SPAN_BEFORE.search(text, max(0, match.start() - 10), match.start()):
            qualifier = None  # "in the past two hours": a span of time, not more than it
        if quantity == "duration" and (qualifier or "").lower() == "over" \
                and re.search(r"\w\s+$", text[max(0, match.start() - 20):match.start()]) \
                and not _LONGER_THAN.search(text, max(0, match.start() - 20), match.start()):
            qualifier = None  # "the doses went on over four days", "50 mg over six days": across them, not more than
            # them ("for over four days", "lasted over four hours")
        if _PLACED_BEYOND.match(match.group(group)) and not _MARK.match(text, end):
            qualifier = None  # "beyond a 40-metre flooded passage": where, not more than it (but "went past the
            # two-hour mark" is more than two hours)
        if quantity == "length" and (qualifier or "").lower() == "within" \
                and not _CAME_WITHIN.search(text, max(0, match.start() - 30), match.start()):
            qualifier = None  # a zone's radius: "residents within 800 metres", "within a 1.5-kilometre radius"
        plan = _PLANNED.match(text, end) if qualifier and QUALIFIERS.get(qualifier.lower()) in (
            "more_than", "less_than") and re.match(rf"{re.escape(qualifier)}\s+the\s", match.group(group), re.I) else None
        after = _AFTER.match(text, end) if qualifier is None and upper is None else None
        qualifier = (after.group("after") or after.group("postposed")) if after else qualifier
        counted = " ".join(_COUNTED.match(text, counts or end).group().lstrip("-").split()) if quantity == "count" \
            or quantity in units.MEASURES and "-" in match.group(group) and _ADJECTIVE.match(text, end) else ""  # "the
        # 14-kilometre lake": what it measures
        bound = bool(_BOUND_BEFORE.search(text, max(0, match.start() - 40), match.start())
                     or _BOUND_AFTER.match(text, match.end()))
        found.append(Figure(quantity, value, qualifier, match.group(group).strip(), start, upper,
                            group != 0 if revised is None else revised, counted,
                            unit, plan.group("plan").lower() if plan else "", bound))

    for m in _SHIFTED.finditer(text):  # first: "30 minutes before the announced start at 14.00" is 13:30 (and
        at, clock = _clock(m, text), _CLOCK.search(text, m.end("dir"), m.end())  # "30 minutes" stays a length)
        if at is not None and clock.end() == m.end() and not taken[clock.start()]:
            shift = 30 if m["halfhour"] else (60 if m["unit"].lower().startswith("h") else 1) * (number(m["n"]) or 0)
            taken[clock.start():clock.end()] = b"\1" * (clock.end() - clock.start())
            found.append(Figure("time", (at - shift if m["dir"].lower() == "before" else at + shift) % DAY,
                                m["qual"], m.group().strip(), m.start()))
    for m in _STOPWATCH.finditer(text):  # a race time, "won in 2:07:58", is no 2:07 in the morning
        minutes, seconds = int(m["h"] or 0) * 60 + int(m["m"] or m["m2"]), float(m["s"] or m["s2"])
        keep("duration", round(minutes + (seconds + float(f"0.{m['frac'] or m['frac2'] or 0}")) / 60, 6), m, m["qual"])
    for m in _CLOCK.finditer(text):  # then: "at 2 p.m." is no count of two
        kept = len(found)
        keep("time", _clock(m, text), m, m.group("qual"))
        if len(found) > kept and m["h24"] and re.fullmatch(r"0?[1-9]|1[01]", m["h24"]) and _LATER_IN_DAY.match(text, m.end()):
            found[-1] = replace(found[-1], number=found[-1].number + 720)  # "at 8.47 in the evening": 20:47
        elif len(found) > kept and m["h24"] and m["sep"] == ":" and re.fullmatch(r"[1-9]|1[01]", m["h24"]) \
                and not re.match(r"\s*o['’]clock", text[m.end():]):
            found.append(replace(found[-1], number=found[-1].number + 720))  # "at 4:41": 04:41 or 16:41, by what
            # others say
    for m in _SPOKEN.finditer(text):  # "a quarter past two", "two o'clock": no count of two either
        first, *other = _spoken(m)
        kept = len(found)
        keep("time", first, m, m.group("qual") or m.group("near"))
        if len(found) > kept and other:  # "half past one": 13:30 or 01:30, by what others say
            found.append(replace(found[-1], number=other[0]))
    for m in (*_REVISED.finditer(text), *_RISEN.finditer(text)):  # the figure after "to" is one, however worded
        unit = re.match(r"[\s-]*([a-z]+)", text[m.end():], re.I)
        if not re.fullmatch(r"(?i:a|an)", m.group("n")) and not (unit and _UNIT.fullmatch(unit.group(1))):
            keep("percent" if m.group("pct") else "count", number(m.group("n")), m, None, group="n")

    for m in (*_PUT_AT.finditer(text), *_STOOD_AT.finditer(text)):
        unit = re.match(r"[\s-]*([a-z]+)", text[m.end():], re.I)
        if not (unit and (_UNIT.fullmatch(unit.group(1)) or _SCALE.fullmatch(unit.group(1)))):  # "at one thousand one
            # hundred and forty": a sum's words, read as one below
            keep("percent" if m.group("pct") else "count", number(m.group("n")), m, m.group("qual"), group="n",
                 counts=m.start("of") if m["of"] else None)
    for m in _TIME_RANGE.finditer(text):
        low, high, each = number(m.group("lo")), number(m.group("hi")), _in_minutes(m.group("unit"))
        if low is not None and high is not None and low < high \
                and not re.search(r"\b(?:from|by)\s+$", text[max(0, m.start() - 10):m.start()], re.I) \
                and (m.group("sep") not in "-\u2013\u2014" or (m.group("lo")[0] + m.group("hi")[0]).isdigit()):
            keep("duration", round(low * each, 6), m, None, round(high * each, 6))
    for m in _SECONDS.finditer(text):  # before minutes alone: "two minutes and 22 seconds" is 142 seconds
        seconds = number(m.group("n")) if m.group("n").lower() not in ("a", "an") else None  # "a second strike"
        minutes = (1 if m.group("min").lower() in ("a", "an") else number(m.group("min"))) if m.group("min") else 0
        keep("duration", None if seconds is None or minutes is None else round(minutes + seconds / 60, 6), m,
             m.group("qual"))
    for m in _DURATION.finditer(text):
        if not _LATER_ON.search(text, max(0, m.start() - 80), m.end()) and not _time_on(text, m):
            keep("duration", _minutes(m), m, m.group("qual"))
    for m in _NTH_SPAN.finditer(text):
        rank = _ORDINALS.get(m["rank"].lower()) or int(m["rank"][:-2])
        keep("duration", rank * _IN_MINUTES[m["unit"].lower().replace("night", "day")], m, None, group="span")
    for m in _DAYS.finditer(text):
        count = 1 if m.group("one") else number(m.group("n"))
        if count is not None and not _time_on(text, m):
            count += 0.5 if m.group("half") or m.group("andhalf") else _VULGAR.get(
                (m.group("vulgar") or "").strip(" -"), 0)
            minutes = count * _in_minutes(m.group("unit") or m.group("unit1"))
            more = 1 if m["n2a"] or m["n2"] and m["n2"].lower() == "one" else number(m["n2"]) if m["n2"] else None  # not
            # "seven days a week", a rate
            if more is not None and _in_minutes(m["unit2"]) < _in_minutes(m["unit"] or m["unit1"]):
                minutes += more * _in_minutes(m["unit2"])  # "two years and four months" is 28 months
            keep("duration", minutes, m, m.group("qual"))
    for f in [f for f in found if f.quantity == "duration" and f.upper is None]:
        unit, elided = _LAST_UNIT.search(f.text), _ELIDED.match(text, f.start + len(f.text))
        n = number(elided.group("n")) if unit and elided else None
        value = None if n is None else round(n * _in_minutes(unit.group("unit")), 6)
        if value and f.number / 10 <= value <= f.number * 10 and not taken[elided.start("n")]:
            taken[elided.start("n"):elided.end("n")] = b"\1" * len(elided.group("n"))  # "two hours rather than
            # 30" is no 30 hours
            plan = re.search(r"schedul|plan|allot|allocat|expect|forecast|predict|budget", elided.group("words"), re.I)
            found.append(Figure("duration", value, None, elided.group("n"), elided.start("n"),
                                planned=plan.group().lower() if plan else ""))
    for m in _MEASURE.finditer(text):
        unit = m.group("unit") or m.group("metres") or m.group("degrees") or ("°C" if m.group("bare") else None)
        n, low, (quantity, unit, _) = number(m.group("n")), number(m.group("lo") or ""), units.unit(unit)
        if quantity == "mass" and (per := _OF_WHAT_PER.match(text, m.end())):  # "310 micrograms of PM10 per cubic
            quantity, unit, _ = units.unit(f"{m.group('unit')} {per.group('per')}") or (quantity, unit, _)  # metre"
        if n is None or m.group("degrees") and _LABEL.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Class 5C", "Section 5F"
        if m.group("lo") and (compound := number(f"{m.group('lo')}-{m.group('n')}")):  # "a forty-two-metre span" is
            n, low = compound, None  # no range from forty to two
        n = (-n if m.group("minus") and quantity == "temperature" else n) + (0.5 if m.group("half") else 0)
        n = n * _fraction(m.group("part")) if m.group("part") else n + _fraction(m.group("after"))
        scale = units.SCALES.get((m.group("scale") or "").lower(), 1)
        if low is None:
            kept = len(found)
            keep(quantity, units.to_base(n * scale, unit), m, m.group("qual"), unit=unit)
            if m.group("bare") and len(found) > kept:  # "46.1 degrees" is Celsius or Fahrenheit: `read` takes the
                found.append(replace(found[-1], number=units.to_base(n, "°F"), unit="°F"))  # nearer one
        elif low is not None and low < n and not re.search(r"\bfrom\s+$", text[:m.start()], re.I):  # 10 to 15 km
            keep(quantity, units.to_base(low * scale, unit), m, None, units.to_base(n * scale, unit), unit=unit)
        else:  # "rose from 10 to 15 km": the figure it came to
            keep(quantity, units.to_base(n * scale, unit), m, None, group="n", unit=unit)
    for m in _VAGUE.finditer(text):
        low, high = _vague(m)
        if low:
            keep("count", low, m, " ".join(m.group().split()).lower(), high)
    for m in _POINTS.finditer(text):  # "25 basis points", "a quarter-point", "half a percentage point"
        n = number(m.group("n")) / 100 if m.group("n") else _PART_OF_POINT[m.group("part").lower().replace("-", " ")]
        keep("percent", n, m, m.group("qual"))
    for m in (*_SHARE.finditer(text), *_SHARE_BY.finditer(text)):
        kept = len(found)
        keep("percent", _share(m), m, m.group("qual"))
        of = _SHARE_OF_WHAT.match(text, m.end()) if m.group("part") or m.group("half") else None
        if of and len(found) > kept:
            found[-1] = replace(found[-1], counted=of.group("what"))
    for m in _TALLY.finditer(text):  # "(17 for, 4 against, 2 abstentions)": the votes for
        side = "n" if m["n"] else "n2"
        keep("count", number(m[side]), m, None, group=side)
        if found and found[-1].start == m.start(side):
            found[-1] = replace(found[-1], counted="votes")
    for m in _VOTE.finditer(text):  # "voted 7-4", "passed by seven votes to four": the votes for
        side = "m" if m["lost"] else "n"
        keep("count", number(m[side]), m, None, group=side)
        if found and found[-1].start == m.start(side):
            found[-1] = replace(found[-1], counted="votes")
    for m in _RANGE.finditer(text):
        low, high, noun = number(m.group("lo")), number(m.group("hi")), m.group("noun")
        if low is None or high is None or not low < high or _YEAR.fullmatch(m.group("lo")) \
                or m.group("lo").lower() in ("a", "an") \
                or _YEAR.fullmatch(m.group("hi")) or re.search(r"\b(?:from|by)\s+$", text[:m.start()], re.I) \
                or m.group("sep") in "-\u2013\u2014" and not (m.group("lo")[0] + m.group("hi")[0]).isdigit() \
                or _LABEL.search(text, max(0, m.start() - 12), m.start()):  # "paragraphs 3 to 5": references
            continue
        scale = _SCALES[noun.lower()] if noun and _SCALE.fullmatch(noun) else 1  # "eighteen to twenty-five million"
        if m.group("pct"):
            keep("percent", low, m, None, high)
        elif not (noun and _UNIT.fullmatch(noun)):
            keep("count", low * scale, m, None, high * scale)
    for m in _PERCENT.finditer(text):
        keep("percent", number(m.group("n")) + (0.5 if m.group("half") else 0), m, m.group("qual"))
    for m in _PENCE.finditer(text):
        if not (m["n"] in _SCREEN_LINES and m.group().lower().endswith("p")):
            kept = len(found)
            keep("count", round(float(m["n"]) / 100, 6), m, m.group("qual"))
            if len(found) > kept:
                found[-1] = replace(found[-1], currency="GBP")
    sum_before = None  # the sum kept last, and where it ends
    for m in _AMOUNT.finditer(text):
        scale = (m.group("scale") or m.group("short") or "").lower()
        if (m.group("short") and not m.group("cur")) or not (scale or m.group("cur")
                                                             or _CURRENCY_WORD.match(text, m.end())):
            continue  # "50,000 francs" is a sum, "50,000 fans" no
        n, noun = number(m.group("n")), re.match(r"\s+([a-z]+)", text[m.end():], re.I)
        if noun and _UNIT.fullmatch(noun.group(1)) and not m.group("cur"):
            continue  # "two hundred years" (but "$28,000 per year" is a sum)
        n = None if n is None else round(((n + 0.5 * bool(m.group("half"))) * _part(m.group("part"))
                                          * math.prod(_SCALES.get(w, 1) for w in scale.split())  # "one hundred
                                          + (number(m.group("rest") or "") or 0))  # thousand euros"
                                         * _SCALES.get((m.group("of_rest") or "").lower(), 1)
                                         + _hundreds(m.group("hundreds")), 6)
        n = float(round(n)) if n is not None and m.group("part") else n  # "a third of a million": 333,333
        kept = len(found)
        keep("count", n, m, m.group("qual"))
        named = _CURRENCY_WORD.match(text, m.end())
        currency = _CURRENCY_SIGN.get(m.group("cur") or "") or (named and _CURRENCY_NAMED[named.group(1).lower()])
        if currency and len(found) > kept:
            found[-1] = replace(found[-1], currency=currency)
        if len(found) > kept and sum_before and _SUMS_JOINED.fullmatch(text, sum_before[1], m.start()) \
                and sum_before[0].number < n and sum_before[0].currency == found[-1].currency \
                and not re.search(r"\b(?:from|by)\s+$", text[max(0, sum_before[0].start - 10):sum_before[0].start], re.I):  # "€18m to €25m": one
            first = sum_before[0]  # range, not two sums
            found.remove(first)
            found[-1] = replace(found[-1], number=first.number, upper=n, text=text[first.start:m.end()].strip(),
                                start=first.start, qualifier=first.qualifier)
        sum_before = (found[-1], m.end()) if len(found) > kept else None
    for m in _ALL_BUT.finditer(text):  # before the counts: its whole is no count of those it tells of
        whole, but = number(m["n"]), number(m["but"])
        if whole is not None and but is not None and but < whole:
            keep("count", whole - but, m, None, counts=m.end("n"))
    for m in _NONE.finditer(text):  # before the counts: "none of the 14 crew" is no count of 14
        if m.group("n"):
            keep("count", 0, m, None, group="n", counts=m.start("verb") - 1)  # what befell them: "was injured"
        else:
            keep("count", 0, m, None, group="no" if m.group("no") else "none")
    for m in _RANK.finditer(text):
        keep("count", number(m["n"]), m, None, group="n")
        if found and found[-1].start == m.start("n"):
            found[-1] = replace(found[-1], ordinal=True, counted=m["word"].lower())
    for m in _ORDINAL.finditer(text):  # "the rocket's fourth flight": a count, for a card that counts by rank
        rank = _ORDINALS.get(m["word"].lower()) if m["word"] else int(m["digits"].replace(",", ""))
        keep("count", rank, m, None)
        if found and found[-1].start == m.start() and found[-1].quantity == "count":  # (not "burning for a fourth
            # day": a span)
            toll = _TOLL.match(text, m.end()) and re.search(r"\ban?\s+$", text[max(0, m.start() - 4):m.start()], re.I)
            found[-1] = replace(found[-1], ordinal=not toll)  # "a sixth death": the toll, no rank
    listed = None  # (where the count kept last ends, where what it counts is named): a bare number listed after it
    # counts the same
    for m in _COUNT.finditer(text):
        n, noun = m.group("n"), m.group("noun")
        if listed is not None and (noun is None or _NOT_COUNTED.fullmatch(noun)) and not m.group("qual") \
                and _LISTED_BEFORE.fullmatch(text, listed[0], m.start("n")) and _LISTED_AFTER.match(text, m.end("n")) \
                and (value := number(n)) is not None:
            keep("count", value, m, None, group="n", counts=listed[1], revised=False)
            listed = m.end("n"), listed[1]
            continue
        if re.fullmatch(r"0\d+", n):
            continue  # "0800 555 0142": a telephone number's digits, never a count
        occasions = (noun or "").lower() == "times" and not _TIMES_OVER.match(text, m.end())  # "tested nine times"
        if noun and (_UNIT.fullmatch(noun) and not occasions or noun.lower() in _SCALES) or _YEAR.fullmatch(n) \
                or n.lower() in ("a", "an", "some"):  # "two hundred years" is no count of hundreds
            continue
        of = (_OF_THE.match(text, m.end("n")) or _OF_TOTAL.match(text, m.end("n"))
              or _OF_THEM.match(text, m.end("n"))) if noun and noun.lower() == "of" else None
        whole = _WHOLE.search(text, max(0, m.start() - 30), m.start()) if noun is None or _NOT_COUNTED.fullmatch(
            noun) else None  # "The party of 11 (two guides and nine clients)": the party, numbered
        if not _GROUPED.search(n) and (noun is None or _NOT_COUNTED.fullmatch(noun)) and not of and not whole:
            continue  # a number with no noun after it is a count only when its thousands are grouped, or a whole's
        if n.lower() == "one" and not (_ONE_BEFALLEN.match(text, m.end("n")) and not re.search(
                r"\bnot\s+$", text[max(0, m.start("n") - 5):m.start("n")], re.I)) or not m.group("qual") and re.search(
                    r"(?<!\bof\s)\bthe\s+$", text[max(0, m.start() - 8):m.start()], re.I) and not (
                    noun and text[m.end("n")] == "-") \
                or _LABEL.search(text, max(0, m.start() - 30), m.start()) \
                or _NAMED_NUMBER.search(text, max(0, m.start() - 40), m.start()) and not _GROUPED.search(n) \
                or re.search(rf"\b(?:{_CARDINAL}|\d+)\s+in\s+$", text[max(0, m.start() - 20):m.start()], re.I) \
                or not m.group("qual") and _STREET.match(text, m.end("n")) or _AMONG.match(text, m.end("n")):
            continue  # "one", "the two leaders": a reference, not a figure (but "the 612-seat theatre" describes it;
            # "the approximately 2,400 employees" is a
            # count, and so is a whole after "of the": "1,200 of the 2,400 jobs"); "one in five": a ratio; "Route 9",
            # "told Vantage 24": a name; "12 Linden Row": an address (not "some 300 Linden Row residents"); "six
            # students were among those detained": a part (_AMONG)
        kept = len(found)
        keep("count", number(n), m, m.group("qual"), counts=(of.end() if of.re is _OF_THEM else of.end() - 1) if of
             else whole.start("what") - 1 if whole else m.end("n"),
             group="n" if (noun or "").lower() == "or" else 0)  # "2,000 or more people": "or more" qualifies it
        if len(found) > kept and noun and text[m.end("n")] == "-":
            found[-1] = replace(found[-1], compound=True)
        listed = (m.end(), m.end("n")) if len(found) > kept and noun and not of else None
    found = [replace(f, qualifier="about") if f.qualifier is None and f.quantity == "count" and _DOZEN.search(f.text)
             else f for f in found]  # "two dozen ewes": a count of dozens is rounded, about 24 (23 fits it)
    found = [replace(f, qualifier="an estimated") if f.qualifier is None and _ESTIMATED.search(
        text, max(0, f.start - 60), f.start) else f for f in found]  # "an estimated street value of 180 million euros"
    found = [replace(f, qualifier=None) if (f.qualifier or "").lower() == "up to" and _RAISED.search(
        text, max(0, f.start - 60), f.start) else f for f in found]  # "put the toll up to £2.80": raised to it
    found = [replace(f, qualifier=m[1]) if f.qualifier is None and (m := _UP_TO_ABOUT.search(
        text, max(0, f.start - 40), f.start)) else f for f in found]  # "that adds up to about £320 a year": about
    return sorted((f for f in found if not _per(f, found, text)), key=lambda f: f.start)


_DOZEN = re.compile(r"\b(?!a\b)[\w-]+\s+dozen\b", re.I)  # "two dozen", not "a dozen" nor "half a dozen": 12 and 6
# A verb raising something "up to" a figure, which then is it: "put the toll up to £2.80", "pushed fares up to".
_RAISED = re.compile(r"\b(?:put|puts|putting|push(?:es|ed|ing)?|bring(?:s|ing)?|brought|rais(?:es|ed|e|ing)"
                     r"|driv(?:es|e|en|ing)|drove)\b(?:\s+[\w'’-]+){0,4}\s+$", re.I)  # (not "take up to 14 days")
# "Up to" a figure its writer rounds: "adds up to about £320", the sum about it.
_UP_TO_ABOUT = re.compile(r"\bup\s+to\s+(about|around|roughly|approximately|some|nearly|almost)\s+$", re.I)
# An estimate named before its figure: "an estimated street value of", "estimated losses of", "an estimated crowd of".
_ESTIMATED = re.compile(r"\b(?:an\s+)?estimated\s+(?:[a-z][\w-]*\s+){1,3}(?:of|at)\s+(?:[£$€]\s?)?$", re.I)
_PER = re.compile(r"(?:a|an|per|each|every)\s+(?:day|hour|week|month|year)", re.I)
_PER_AFTER = re.compile(rf"\s+{_PER.pattern}\b(?!\s+(?:ago|earlier|later|before|after|on)\b)", re.I)  # not "two days a
# year ago"


def _per(figure: Figure, found: list[Figure], text: str) -> bool:
    """Whether ``figure`` is the "a day" of a rate after another figure ("$9bn a day", "80 ships a day"), or a length
    of time a rate gives ("open 24 hours a day", "seven days a week"): no length of time of its own."""
    if figure.quantity == "duration" and _PER_AFTER.match(text, figure.start + len(figure.text)):
        return True
    return figure.quantity == "duration" and bool(_PER.fullmatch(figure.text)) and any(
        other.start < figure.start and _RATE_GAP.fullmatch(text[other.start + len(other.text):figure.start])
        for other in found if other is not figure)


_RATE_GAP = re.compile(r"(?:\s+(?!(?:in|for|within|over|after|during|than|by|on|at)\b)[\w'’-]+){0,2}\s+", re.I)  # not
# "He drove 90 kilometres in an hour."


def restated(text: str, figure: Figure) -> tuple[int, int]:
    """Where ``figure`` is in ``text``, with the figure of its kind that restates it in parentheses, after it or
    around it: "16 nautical miles (about 30 km)" for either figure, "240 km/h (150 mph)"."""
    start, end = figure.start, figure.start + len(figure.text)
    after = _PARENTHESIS.match(text, end)
    if after and any(f.quantity == figure.quantity for f in figures(after["inside"])):
        return start, after.end()
    opened = text.rfind("(", 0, start)
    closed = re.compile(r"\s*\)").match(text, end)
    if closed and opened >= 0 and not text[opened + 1:start].strip():
        before = [f for f in figures(text[:opened]) if f.quantity == figure.quantity
                  and not text[f.start + len(f.text):opened].strip()]
        if before:
            return before[-1].start, closed.end()
    return start, end


_PARENTHESIS = re.compile(r"\s*\((?P<inside>[^()\n]{1,40})\)")


def _share(m: re.Match) -> float | None:
    """A share in words as a percentage, to three digits ("a third" is 33.3); None for no share ("five in three")."""
    if m.groupdict().get("half") or m.groupdict().get("even"):
        return 50.0
    if m.group("part"):
        n, d = number(m.group("k")), _SHARE_OF[m.group("part").lower().rstrip("s")]
    else:
        n, d = number(m.group("n")), number(m.group("d"))
        if _YEAR.fullmatch(m.group("d")):
            return None
    return float(f"{100 * n / d:.3g}") if n and d and n < d else None


_MORE = re.compile(r"\b(?:more|further|additional|extra|another)\b", re.I)  # a statement of what was added
_SHORT = re.compile(r"\b(?:short|shortage|shortfall|vacan(?:t|cy|cies)|unfilled|missing|lacks?|lacking|understaffed)\b", re.I)


def counts_other(figure: Figure, statement: str) -> bool:
    """Whether ``figure`` counts what ``statement`` does not: a rank ("its fifth flight", "danger level 4") for a
    statement that ranks none by that word, and a count that is no rank for one that ranks; an age ("Tomas Greer, 34,") for a statement that gives none, and any other
    count for one that does; a share in words of something it does not name: "half of regional trains" for
    "About two-thirds of intercity trains were cancelled"; or a count of occasions ("raised it three times") for a
    statement that counts none ("Three cabin crew were injured"); a count joined to what it counts ("a 20-storey
    block") for a statement that does not count it; a sum of money for a statement whose counts are none; a
    shortfall ("120 paramedics short") for a statement of no shortage; what was added ("135 more pennies") for one
    of no addition."""
    if figure.ordinal:  # and of what it ranks: "the fifth Vireo 9 to leave the pad" for "the Vireo 9's fourth
        # flight", not "the fourth satellite in the network"
        what = figure.counted.split()[0].rstrip("sS") if figure.counted else ""
        return bool(statement) and not ((_ORDINAL.search(statement) or _RANK.search(statement)) and what
                                        and re.search(rf"\b{re.escape(what)}", statement, re.I))
    if figure.quantity == "count" and not figure.currency and statement and _ranks(statement):  # "More than 300
        return True  # residents fled" for "The fire started on the seventh floor"
    if figure.quantity == "count" and (figure.counted == AGE) != bool(_AGE_STATEMENT.search(statement or "")) \
            and statement:  # an age for a card that gives none, or a count of something else for one that does
        return True
    if figure.currency and statement and _counts_no_sum(statement):  # "We paid four hundred and twenty pound" for
        return True  # "The council had more than 1,400 complaints"
    if figure.compound and figure.counted:  # "a 20-storey block" for "Some 180 residents were led out"
        return bool(statement) and not re.search(rf"\b{re.escape(figure.counted.split()[0])}", statement, re.I)
    if figure.quantity == "count" and figure.counted.lower().split()[:1] == ["more"] \
            and figure.counted.lower().split()[1:2] != ["than"]:  # "finds 135 more pennies" (not a margin, "312 more
        # than Tomas Eyre")
        return bool(statement) and not _MORE.search(statement)  # for "The hoard comprises 212 pennies"
    if figure.quantity == "count" and figure.counted.lower().split()[1:2] == ["short"]:  # "120 paramedics short of
        return bool(statement) and not _SHORT.search(statement)  # its establishment" for "46 paramedics have joined"
    if figure.quantity == "count" and figure.counted.lower().startswith("times"):
        return bool(statement) and not re.search(r"\btimes\b", statement, re.I)
    return bool(figure.quantity == "percent" and figure.counted and statement
                and not re.search(rf"\b{re.escape(figure.counted.rstrip('sS'))}", statement, re.I))


@functools.lru_cache(maxsize=1024)
def _counts_no_sum(statement: str) -> bool:
    """Whether ``statement`` gives counts, none of them a sum of money ("More than 1,400 complaints were made."; not
    "The appeal requires $96.4 million", whose "$" names no one currency)."""
    own = [f for f in figures(statement) if f.quantity == "count"]
    return bool(own) and not any(f.currency for f in own) and not _MONEY.search(statement)


_MONEY = re.compile(r"[$€£¥₹]|\b(?:dollars?|euros?|pounds?|francs?|kron[aoe]r?|yen|rupees?|USD|EUR|GBP)\b", re.I)


@functools.lru_cache(maxsize=1024)
def _ranks(statement: str) -> bool:
    """Whether the counts ``statement`` gives are all ranks ("The fire started on the seventh floor.")."""
    own = [f for f in figures(statement) if f.quantity == "count"]
    return bool(own) and all(f.ordinal for f in own)  # (not "a third-quarter net loss of €1.2 billion")


@functools.lru_cache(maxsize=1024)
def of_bound(statement: str, quantity: str) -> bool:
    """Whether a card's ``statement`` is about a limit or a threshold, so that the figure a text names one ("above
    the legal limit of 10 micrograms per litre") may be its value: its own figure of ``quantity`` is one ("The
    legal limit is 10 micrograms per litre"), or it gives none and names one. "Lead above the legal limit was
    found at 44 schools" counts schools, not the limit."""
    own = [f for f in figures(statement) if f.quantity == quantity]
    return any(f.bound for f in own) if own else bool(_BOUND_WORD.search(statement))




def _vague(m: re.Match) -> tuple[float | None, float | None]:
    """The range a vague count spans (see _VAGUE), or (None, None) for "tens" alone."""
    if m.group("few"):
        low, high = _FEW[" ".join(m.group("few").lower().split())]
        unit = _VAGUE_UNITS[m.group("unit").lower()]
        return low * unit, high * unit
    many, of = m.group("many").lower(), (m.group("of") or "").lower()
    unit = 10 if many == "tens" else _VAGUE_UNITS[many.rstrip("s")]
    if of:
        unit *= _VAGUE_UNITS[of.rstrip("s")]
    elif many == "tens":
        return None, None
    return unit, 10 * unit


_VULGAR = {"\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75, "1/2": 0.5, "1/4": 0.25, "3/4": 0.75}
_PARTS = {"quarter": 15, "third": 20}


def _minutes(m: re.Match) -> float | None:
    if m.group("half"):
        return 30
    if m.group("halfminute"):  # "Half a minute later came the second blast"
        return 0.5
    if m.group("part"):  # "three-quarters of an hour", "a quarter of an hour"
        *count, part = re.split(r"[\s-]+", m.group("part").lower())
        return (number(count[0]) if count else 1) * _PARTS[part.rstrip("s")]
    if m.group("h2"):
        return 60 + 60 * _fraction(m.group("frac2")) + (number(m.group("m3") or "0") or 0)
    if m.group("m2"):
        return number(m.group("m2"))
    hours = number(m.group("h"))
    if hours is None:
        return None
    hours += _VULGAR.get((m.group("vulgar") or "").strip(), 0) + sum(
        _fraction(m.group(g)) for g in ("frac", "frac3"))
    minutes = number(m.group("m")) if m.group("m") else 0
    return hours * 60 + (minutes or 0)


_AS_PLANNED = re.compile(r"\s+as\s+(?:originally\s+|first\s+|initially\s+)?(?:planned|scheduled|announced)\b", re.I)
_SET_ASIDE = re.compile(r"\b(?:not|rather\s+than|instead\s+of|(?:nearer|closer)\b[^.;]{1,40}\bthan|nowhere\s+near"
                        r"|nothing\s+like|far\s+(?:from|short\s+of)"
                        r"|(?:more|less|higher|lower|greater|fewer|bigger|larger|smaller)\s+than(?=\s+(?:the|its|their)\s))"
                        r"\s+(?:(?:the|a|an|at"
                        r"|on|in|by|about|around|some|nearly|almost)\s+){0,3}$", re.I)  # before a figure another is
# given for: "at 05:40, not at about 06:15", "nearer £4 million than the £1.8 million quoted by the water company",
# "The debt is nowhere near £14.7m.", "€538,900 is missing, far more than the €412,600 identified by the court"


def of_size(figure: Figure, near: list[float]) -> bool:
    """Whether ``figure`` can be a value of a card whose sources give the values ``near``: none, or one ten times from
    it at most (not "two hands short" for 212 passengers)."""
    return not near or any(abs(n) / 10 <= abs(figure.number) <= abs(n) * 10 for n in near)


def away_or_not(text: str, figure: Figure, statement: str) -> bool:
    """Whether ``figure``, a length, is a distance away ("sixty kilometres from Skellan Beach", "40 km off the coast";
    not "6.1 metres from snout to fluke") where the length ``statement`` gives is an extent ("9 km long", "a stretch
    of about 9 km of sand"), or the other way round; or where something lies ("the road, which lies 180 metres from
    the quarry face") where the statement gives how far something went ("Fly-rock travelled about 310 metres")."""
    if figure.quantity != "length":
        return False
    own = next((f for f in figures(statement) if f.quantity == "length"), None)
    if own is None:
        return False
    at, there = own.start + len(own.text), figure.start + len(figure.text)
    return bool(_AWAY.match(statement, at) and _EXTENT.match(text, there)
                or _EXTENT.match(statement, at) and _AWAY.match(text, there)
                or _MOVED.search(statement, 0, own.start) and _LIES.search(text, 0, figure.start))


_AWAY = re.compile(r"\s+(?:away|off|from(?!\s+(?:[\w'’-]+\s+){1,3}?to\b)|offshore|inland|out\s+to\s+sea"
                   r"|(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+of)\b", re.I)
_MOVED = re.compile(r"\b(?:travel+ed|thrown|threw|flew|flown|hurled|carried|drifted|blown|landed|fell|spread|went"
                    r"|moved|rolled|swept)\b[^.;]{0,30}$", re.I)  # how far something went: "rock travelled about"
_LIES = re.compile(r"\b(?:lies|lie|lay|lying|stands?|stood|sits?|located|situated|set\s+back)\s+(?:(?:some|about|around"
                   r"|just|only|roughly|barely)\s+)?$", re.I)  # where something is: "the road, which lies 180 metres"
_EXTENT = re.compile(r"\s+(?:long|wide|deep|high|tall|across(?!\s+(?:the|a|an|its|their|this|that)\b)"
                     r"|in\s+(?:length|diameter|width|depth|height)"
                     r"|of\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+)\b", re.I)  # "a stretch of about 9 km of sand"


def of_age(statement: str) -> bool:
    """Whether a card's ``statement`` says how old something is ("The gas pipe … was more than 60 years old.") or how
    long ago it was ("The hoard was buried nearly 900 years ago.")."""
    return bool(_OLD.search(statement))


def aged(text: str, found: list[Figure]) -> list[Figure]:
    """The ages among ``found`` (the figures of ``text``) written "N years old", and the years "N years ago", as
    lengths of time: "the pipe … was therefore 17 years old" is 17 years, for a card of how old it was (one whose
    statement says "old", "age" or "ago"); "buried almost nine hundred years ago", 900 years."""
    out = []
    for f in found:
        if f.counted == AGE and f.number is not None and _YEARS_OLD.match(text, f.start + len(f.text)):
            qualified = _QUALIFIED.search(text, max(0, f.start - 30), f.start)  # "more than thirty years old"
            out.append(replace(f, quantity="duration", number=f.number * _YEAR_MINUTES, counted="",
                               qualifier=qualified["qual"] if qualified else f.qualifier))
    for m in _YEARS_AGO.finditer(text):
        if (n := number(m["n"])) is not None:
            out.append(Figure("duration", n * _YEAR_MINUTES, m["qual"], m.group().strip(), m.start()))
    return out


_YEARS_OLD = re.compile(r"[- ]years?[- ]old\b", re.I)
_YEARS_AGO = re.compile(rf"(?<![\w,.]){_QUALIFIER}(?P<n>{_CARDINAL}\s+hundred(?:\s+and\s+{_CARDINAL})?|{_NUMBER})"
                        r"[- ]years?\s+ago\b", re.I)
_OLD = re.compile(r"\b(?:old|age|aged|ages|ago)\b", re.I)  # a statement of how old something is, or how long ago
_QUALIFIED = re.compile(rf"\b{_QUALIFIER}$", re.I)
_YEAR_MINUTES = 365 * 24 * 60


def on_other_day(text: str, figure: Figure, statement: str) -> bool:
    """Whether ``figure``, a time, is given on a day its clause names, not the day of the card's ``statement``,
    which the text names outside that clause: "Saturday's draw was voided, and the re-run went out at quarter past
    eight on Sunday night" has no time of Saturday's draw."""
    day = _DAY_NAME.search(statement)
    if figure.quantity != "time" or not day:
        return False
    start = max(text.rfind(p, 0, figure.start) for p in ",;:.") + 1
    end = min((i for p in ",;." if (i := text.find(p, figure.start + len(figure.text))) >= 0), default=len(text))
    own = {m["day"].lower() for m in _DAY_NAME.finditer(text, start, end)}
    return bool(own) and day["day"].lower() not in own and any(
        m["day"].lower() == day["day"].lower() for m in _DAY_NAME.finditer(text) if not start <= m.start() < end)


_DAY_NAME = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)


def read(text: str, quantity: str, near: list[float] = (), today: str | None = None,
         within: tuple[int, int] | None = None, statement: str = "") -> Figure | None:
    """The figure of kind ``quantity`` in ``text`` (``within`` a part of it, when given: a quote, read in its
    sentence) that a card's ``statement`` may be given: the one a revision gives, if any ("put the number at 221
    before revising it to 212"); on a card about a limit, a limit the text names ("well above the temporary 60km/h
    limit"); of two counts of one thing in two clauses, the one whose clause says what the statement says
    (``_told_apart``); else, when several, the one nearest the ``near`` values, but never one set aside
    for another ("two years, not the four years reported", "rather than", "nearer £4m than the £1.8m"), a time of
    another day than the statement's (``on_other_day``), a distance away for an extent or the reverse (``away_or_not``).
    An age ("17 years old") is a length of time for a statement of how old something is (``aged``). A date named
    relative to the text's own day (``today``, YYYY-MM-DD: "on Monday") is read from it (``dates``)."""
    found = figures(text)
    candidates = dates(text, near, today, statement) if quantity == "date" else [
        f for f in found + (aged(text, found) if quantity == "duration" and of_age(statement) else [])
        if f.quantity == quantity and (not f.bound or of_bound(statement, quantity)) and not counts_other(f, statement)]
    if within:
        candidates = [f for f in candidates if within[0] <= f.start and f.start + len(f.text) <= within[1]]
    candidates = [f for f in candidates if not on_other_day(text, f, statement) and not away_or_not(text, f, statement)]
    if statement and quantity != "date" and of_bound(statement, quantity):  # the limit, not what went above it
        candidates = [f for f in candidates if f.bound] or candidates
    if statement and quantity == "count" and len(candidates) == 2:
        candidates = _told_apart(text, candidates, statement)
    candidates = [f for f in candidates if f.revised and of_size(f, near)] or candidates  # "221, later revised to 212":
    # 212; not "puts the number of eligible depositors at 265,000, and covered deposits at €2.1bn" for €2.4bn
    candidates = [f for f in candidates if not _SET_ASIDE.search(text, 0, f.start) or _AS_PLANNED.match(
        text, f.start + len(f.text))] or candidates  # "two years, not the four years reported earlier": 2; but "at 07:30,
    # rather than at 09:00 as originally planned" gives the plan too
    if not candidates and quantity == "count" and statement:
        candidates = _referred(text, statement, within)
    if not candidates:
        return None
    if near:
        return min(candidates, key=lambda f: min(abs(f.number - n) for n in near))
    return candidates[0]


_REFERENCE = re.compile(rf"\bthe\s+(?P<n>{_CARDINAL}|\d+)\s+(?:\d[\w.,]*\s+)?(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)", re.I)


def _referred(text: str, statement: str, within: tuple[int, int] | None) -> list[Figure]:
    """The counts ``figures`` takes for references, "the two cooling towers" ("the two 114m cooling towers"), where
    ``statement`` counts the same things with a figure ("Two cooling towers were brought down"): a text that names
    them so gives their number."""
    counted = {m["what"].lower().rstrip("s") for m in _COUNTED_THINGS.finditer(statement)}
    return [Figure("count", number(m["n"]), None, m["n"], m.start("n"), counted=m["what"].lower())
            for m in _REFERENCE.finditer(text)
            if m["what"].lower().rstrip("s") in counted and number(m["n"]) is not None
            and (not within or within[0] <= m.start("n") and m.end("n") <= within[1])]


_COUNTED_THINGS = re.compile(rf"(?:^|\b)(?:{_CARDINAL}|\d+)\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)", re.I)


_NOT_A_NOUN = {"and", "or", "but", "to", "of", "in", "on", "at", "by", "as", "since", "after", "before", "were", "was",
               "are", "is", "have", "has", "had", "the", "a", "an"}  # the word after a bare figure: "risen to 21 and…"


_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|against|than|up\s+from|down\s+from|from|short\s+of)\s+(?:the\s+)?$",
                       re.I)


def compared(text: str, figure: Figure) -> bool:
    """Whether ``figure`` is the other term of a comparison: "…falls far short of the 1.9 billion cubic metres that
    the Ismar carried", "compared with 53,110 in…"."""
    found = _COMPARED.search(text, max(0, figure.start - 25), figure.start)  # (not its own "more than")
    return bool(found) and not (figure.qualifier or "").lower().endswith(found.group().split()[0].lower())
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|remains?|remained|[a-z]{3,}ed)\b", re.I)  # a clause's verb
_APART = re.compile(r"[,;]|\b(?:and|but|while|whereas)\b")  # between two clauses
_MOMENT_WORD = re.compile(r"\b(?:now|tonight|today|yesterday|this\s+(?:morning|afternoon|evening)|(?:by|on|since|as\s+of)"
                          r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+))\b")


def bare(figure: Figure) -> bool:
    """Whether ``figure`` is a count with no noun after it, of what a sentence does not say: "two were discharged"."""
    return figure.quantity == "count" and not set(figure.counted.lower().split()[:1]) - _NOT_A_NOUN


_PLURAL = re.compile(r"(?i:people|children|men|women|staff|police|crew|[a-z]{3,}(?<!s)s)")  # a plural noun, near enough


def _told_apart(text: str, candidates: list[Figure], statement: str) -> list[Figure]:
    """Of two counts of the same thing, those whose own stretch of the text (its clause, from the figure before it to
    the one after) says most of what ``statement`` says, the thing counted left out: "twenty-one people are now
    confirmed dead, and about a dozen people are still missing" gives 21 to "People confirmed dead", 12 to "People
    missing", whatever the values near."""
    first, second = sorted(candidates, key=lambda f: f.start)
    stated = {words.stem(w) for w in words.words(statement) if w}
    named = [f for f in (first, second) if f.counted and words.stem(f.counted.split()[0].lower()) in stated]
    if any(f.currency for f in candidates):
        return candidates  # sums
    if len({w for f in candidates for w in f.counted.lower().split()[:1]} - _NOT_A_NOUN) > 1:  # counts of two things
        plain = not any(f.quantity == "count" for f in figures(statement)) and all(
            _PLURAL.fullmatch(f.counted.split()[0]) for f in candidates) and _APART.search(
            text, first.start + len(first.text), second.start) and not compared(text, second)
        return named if plain and len(named) == 1 else candidates  # "three cars were struck and two people were
        # hurt" gives "People on the road were injured" (a statement writing no count of its own) 2, whatever the
        # values near; "12 prisoners and 3 guards" both, to be told apart by the statement's own figure
    bare = [f for f in (first, second) if not set(f.counted.lower().split()[:1]) - _NOT_A_NOUN]
    if len(named) == 1 and bare and not bare[0].revised:
        return candidates  # "more than 900 students had missed the grades …, and that “dozens” were still without a
        # place": the count of what the statement counts, not a bare figure (but "The death toll has risen to 21")
    if not _APART.search(text, first.start + len(first.text), second.start) \
            or compared(text, second):
        return candidates  # "28 of 31 economists": a part and its whole, not two clauses; "54,760 dwellings were
        # completed, compared with 53,110 in…": the other term of a comparison
    if _MOMENT_WORD.search(text, first.start + len(first.text)):
        return candidates  # "By Thursday evening it had passed 200 ships; tonight more than 300 are waiting": one
        # count at two moments
    said = []
    for f, after in ((first, second.start), (second, len(text))):
        start = max([text.rfind(p, 0, f.start) + 1 for p in ",;:."] + [first.start + len(first.text)] * (f is second))
        end = min([i for p in ",;." if (i := text.find(p, f.start + len(f.text))) >= 0] + [after])
        own = text[start:f.start] + " " + text[f.start + len(f.text):end]
        if not _FINITE.search(own):
            return candidates  # "59 patients on corvalide and 95 on placebo had a second stroke": one verb for both
        counted = {words.stem(w) for w in words.words(f.counted) if w}
        said.append((len({words.stem(w) for w in words.words(own) if w} & stated - counted), f))
    (low, lower), (high, higher) = sorted(said, key=lambda s: s[0])
    return [higher] if high > low else candidates
