"""Jinja filters that turn model values into reader-facing words."""
from __future__ import annotations

import datetime as dt
import functools
import re
from calendar import monthrange
from urllib.parse import quote

from markupsafe import Markup, escape


STANCE_WORDS = {
    "states": "states it",
    "attributes": "reports someone saying it",
    "disputes": "reports someone denying it",
    "contradicts": "contradicts it",
}
STANCE_SHORT = {"states": "States it", "attributes": "Said by", "disputes": "Denied by", "contradicts": "Contradicts it"}
STANCE_MEANING = {
    "states": "The source says it in its own voice.",
    "attributes": "The source reports that person saying it; it does not say so itself.",
    "disputes": "The source reports that person denying it; it does not deny it itself.",
    "contradicts": "The source says the opposite in its own voice.",
}
VERDICT_WORDS = {"disputed": "Sources disagree", "contested": "Contested claim", "minor": "Minor discrepancy",
                 "agree": "Sources agree", "single": "One source"}
VERDICT_MEANING = {
    "disputed": "Two sources cannot both be right: their figures are incompatible, or they report the same "
                "person on opposite sides, or one says the opposite of the other.",
    "contested": "No two sources contradict each other, but people they quote take opposite positions, or deny what a "
                 "source says or give other figures.",
    "minor": "The sources' figures differ a little, within the tolerance for approximate figures.",
    "agree": "Several sources report it and none contradicts another.",
    "single": "Only one source reports it; no other confirms or contradicts it.",
}
CONFLICT_WORDS = {
    "value": "give incompatible figures",
    "speaker": "report the same person on opposite sides",
    "stance": "contradict each other",
    "claims": "quote people who contradict each other",
}


def date(value: str | None) -> str:
    """'2017-07-07' → '7 July 2017'; '2026-03-17 18:05' (an account's ``as_of``) → '17 March 2026, 18:05'."""
    if not value or value == "unknown":
        return "unknown"
    value, _, time = value.partition(" ")
    day = dt.date.fromisoformat(value)
    return f"{day.day} {day:%B %Y}" + (f", {time}" if time else "")


def summit_when(summit) -> str:
    """When a summit took place, in the words every page uses: '7–8 July 2017', '30 June – 1 July 2019', '31 December
    2019 – 1 January 2020' or 'date not given'."""
    if not summit.start:
        return "date not given"
    if not summit.end or summit.end == summit.start:
        return date(summit.start)
    start, end = dt.date.fromisoformat(summit.start), dt.date.fromisoformat(summit.end)
    if start.year != end.year:
        return f"{date(summit.start)} – {date(summit.end)}"
    if start.month != end.month:
        return f"{start.day} {start:%B} – {date(summit.end)}"
    return f"{start.day}–{date(summit.end)}"


def minutes(value, unit: str | None = None) -> str:
    """A typed duration in minutes as words: 'about 80 min', 'more than 2 h', '2 h 15 min', its thousands grouped as
    a count's are: 'more than 1,000 years' (not in ``duration``, which writes a card's values too); in weeks where
    its card's accounts write weeks (``unit``: ``time_unit``), 'at least 6 weeks', in days where they write days."""
    text = value.text
    words = text.split(" ")
    return " ".join(_THOUSANDS.sub(lambda m: f"{int(m.group()):,}", duration(float(w), unit)) if _is_number(w)
                    else w for w in words)


DAY, WEEK = 1440, 7 * 1440  # minutes
UNITS = {"day": DAY, "week": WEEK}  # the units of time ``time_unit`` finds, in minutes


def time_unit(fact) -> str | None:
    """The unit of time the quotes of a card of a length of time name more often, "week" or "day": its whole weeks
    are shown in weeks ("at least six weeks", not the school roof trial's "42 days to 56 days"), its whole days in
    days, and its scale ticked so (the lifts trial's "nine days" and "31 days" over "0 months 1 month 2 months");
    None when they name neither."""
    if fact.quantity != "duration":
        return None
    said = [w.lower().rstrip("s") for a in fact.accounts if a.value for w in _TIME_WORD.findall(" ".join(a.excerpts))]
    weeks, days = said.count("week"), said.count("day")
    return "week" if weeks > days else "day" if days else None


_TIME_WORD = re.compile(r"\b(weeks?|days?)\b", re.I)


def figure_of(value, fact) -> str:
    """A figure of ``fact`` in the words of its quantity (``quantity``), its currency and the unit of time its
    accounts write."""
    return quantity(value, fact.quantity, fact.currency, time_unit(fact))


_IN_TIME = {"more than": "after", "less than": "before", "at least": "from", "at most": "by", "up to": "by"}


def _in_time(text: str) -> str:
    """A moment's qualifiers as a reader says them: 'after 13:30', 'by 2026-04-02'."""
    for words, said in _IN_TIME.items():
        text = text.replace(words, said)
    return text


def clock(value) -> str:
    """A typed time of day as a reader says it: 'about 16:45', 'after 13:30', '13:30 to 14:00'; a figure in minutes
    since midnight (a scale's tick) by the clock too."""
    return " ".join(f"{int(float(w)) // 60:02d}:{int(float(w)) % 60:02d}" if _is_number(w) else w
                    for w in _in_time(value.text).split(" "))


def calendar(value) -> str:
    """A typed date as a reader says it: 'before 2 April 2026', '2 April 2026 to 7 April 2026', a whole month or year
    as one ('February 2024', '2024', not '1 February 2024 to 29 February 2024'); a day's number (a scale's tick,
    ``date.toordinal``) as a date too, within the calendar (a tick before 1 January of the year 1 is that day)."""
    whole = _SPAN.fullmatch(value.text)
    if whole:
        first, last = (dt.date.fromisoformat(d) for d in whole.groups())
        if first.day == 1 and (first.year, first.month) == (last.year, last.month) \
                and last.day == monthrange(last.year, last.month)[1]:
            return f"{first:%B %Y}"  # a month
        if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
            return str(first.year)
    return " ".join(date(w) if _ISO_DAY.fullmatch(w) else date(_day(float(w)).isoformat()) if _is_number(w) else w
                    for w in _in_time(value.text).split(" "))


def _day(n: float) -> dt.date:
    return dt.date.fromordinal(min(max(int(n), 1), dt.date.max.toordinal()))


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_SPAN = re.compile(r"(\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)")  # a value's text from its min to its max


YEAR, MONTH = 525_600, 43_800  # minutes: a year of 365 days, a month its twelfth (as `suggest` reads them)


def duration(n: float, unit: str | None = None) -> str:
    """Minutes as a reader says them: '80 min', '2 h 15 min'; seconds to the hundredth ('40 s', '1 min 30 s', '10.81
    s', a race time's '2 h 7 min 58 s'); whole days from a day up ('14 days', '1 day'), whole months and years ('7
    months', '9 years', '4 years 6 months'); with the ``unit`` "week" or "day" (``time_unit``), whole ones in it ('6
    weeks', '60 days')."""
    sign, (hours, mins) = "-" if n < 0 else "", divmod(int(abs(n)), 60)
    if unit in UNITS and abs(n) >= UNITS[unit] and not abs(n) % UNITS[unit]:
        k = int(abs(n) // UNITS[unit])
        return f"{sign}{k:,} {unit}{'s' if k > 1 else ''}"
    if abs(n) < 60 and round(abs(n) * 60, 2) % 60:
        mins, secs = divmod(round(abs(n) * 60, 2), 60)  # to the hundredth: a sprint's "10.81 s"
        return sign + (f"{int(mins)} min {round(secs, 2):g} s" if mins else f"{round(secs, 2):g} s")
    if abs(n) >= MONTH and not abs(n) % MONTH:
        years, months = divmod(int(abs(n) // MONTH), 12)
        return sign + " ".join(f"{k} {unit}{'s' if k > 1 else ''}" for k, unit in ((years, "year"), (months, "month"))
                               if k)
    if abs(n) >= DAY and not abs(n) % DAY:
        days = int(abs(n) // DAY)
        return f"{sign}{days} day{'s' if days > 1 else ''}"
    whole, secs = divmod(round(abs(n) * 60), 60)  # a race time's seconds, whole: "2 h 7 min 58 s"
    if secs and whole >= 60:
        return f"{sign}{whole // 60:,} h {whole % 60} min {secs} s"
    if not hours:
        return f"{sign}{mins} min"
    return f"{sign}{hours:,} h {mins} min" if mins else f"{sign}{hours:,} h"  # "2,000 h" of flying


def _is_number(word: str) -> bool:
    try:
        float(word)
    except ValueError:
        return False
    return True


def quantity(value, kind: str | None, currency: str | None = None, unit: str | None = None) -> str:
    """A typed value in the words of its quantity: a duration in hours and minutes, a time of day by the clock
    ('after 13:30'), a date as one ('before 2 April 2026'), a count as news prints it ('about 1.2 billion', '1,234,567':
    ``_count``), a sum with its ``currency``'s sign ('about £9 million', 'CHF 300,000'), a percentage with its sign
    ('more than 40%'); a duration in weeks with the ``unit`` "week" (``time_unit``)."""
    if kind == "duration":
        return minutes(value, unit)
    if kind == "time":
        return clock(value)
    if kind == "date":
        return calendar(value)
    if kind == "count":
        counted = _THOUSANDS.sub(_count, value.text)
        return _SUM.sub(lambda m: money(m.group(), currency), counted) if currency else counted
    if kind == "percent":
        return _NUMBER.sub(r"\g<0>%", value.text)
    return value.text


_THOUSANDS = re.compile(r"(?<![\d.])\d{4,}")
_SUM = re.compile(r"\d[\d,]*(?:\.\d+)?(?: (?:million|billion|trillion))?")  # a count as _count prints it


def money(figure: str, currency: str) -> str:
    """A figure as a sum of ``currency`` (an ISO 4217 code): '£14.5 million', 'A$300', 'CHF 300,000'."""
    sign = _sign(currency)
    return f"{sign}{figure}" if not sign[-1].isalpha() else f"{sign} {figure}"


@functools.lru_cache(maxsize=None)
def _sign(currency: str) -> str:
    from babel.numbers import get_currency_symbol  # here: only a sum needs it
    return get_currency_symbol(currency, "en")
_LARGE = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))


def _count(m: re.Match) -> str:
    """A whole number as news prints it: a round count of millions or more in words ('1.5 million', '140 billion'), its
    thousands grouped ('2,614 million'), else with its thousands grouped ('1,234,567', '1,500.5')."""
    n = int(m.group())
    if not m.string.startswith(".", m.end()):
        for size, word in _LARGE:
            if n >= size and not n % (size // 100):
                return f"{n / size:,g} {word}"
    return f"{n:,}"
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def count(items, noun: str, plural: str | None = None) -> str:
    """'1 fact', '2 facts': a count of ``items`` (or a number) with its noun (and its plural, unless +s)."""
    n = items if isinstance(items, int) else len(items)
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def text_fragment(url: str, text: str) -> str:
    """``url`` with a Text Fragment (#:~:text=) that makes browsers scroll to and highlight ``text``, written
    with the article's own characters (curly quotes, dashes) so that the browser finds them."""
    words = text.strip(" \"'\u201c\u201d\u2018\u2019\u00ab\u00bb").split()
    directive = _encode(words) if len(words) <= 8 else f"{_encode(words[:4])},{_encode(words[-4:])}"
    return f"{url.split('#')[0]}#:~:text={directive}"


def _encode(words: list[str]) -> str:
    """Percent-encode words for a text directive, including '-', ',' and '&'."""
    return quote(" ".join(words), safe="").replace("-", "%2D")


ACRONYMS = {"us", "uk", "eu", "un", "g20", "nato", "fbi", "cia", "dni"}


def topic(slug: str) -> str:
    """A topic slug as a heading: 'us-russia-relations' → 'US Russia Relations', 'finds-and-the-law' → 'Finds and
    the Law' (the small words of a title in lower case, but first)."""
    return " ".join(w.upper() if w in ACRONYMS else w if n and w in _SMALL_WORDS else w.capitalize()
                    for n, w in enumerate(slug.split("-")))


_SMALL_WORDS = frozenset("a an the and but or nor of in on at to for by with from as vs".split())


def quoted(title: str) -> str:
    """A title in double quotation marks, the quotation marks in it made single, as a quotation within a
    quotation is written: 'The “fantasies” of Hamburg' → '“The ‘fantasies’ of Hamburg”'; not an inch mark after a
    figure ('12" screens')."""
    inner = re.sub(r'(?<!\w)"([^"]*)"(?!\w)', "‘\\1’", title).replace("“", "‘").replace("”", "’")
    return f"“{inner}”"


def shortened(text: str, limit: int = 160) -> str:
    """``text`` cut at the last word that ends within ``limit`` characters, with "…" after it."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    return (cut.rsplit(None, 1)[0] if " " in cut.strip() else cut).rstrip(" ,;:") + "…"


_RIGHT_TO_LEFT = {"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}


def direction(language: str) -> str:
    """The writing direction of a language tag: "rtl" for Arabic, Hebrew, Persian, Urdu… and a language written
    in Arabic or Hebrew script ("ku-Arab"), else "ltr"."""
    first, *rest = language.casefold().split("-")
    return "rtl" if first in _RIGHT_TO_LEFT or {"arab", "hebr"} & set(rest) else "ltr"


@functools.cache
def language_name(language: str) -> str:
    """A language tag as readers name the language, in English ("de" → "German", "pt-BR" → "Portuguese (Brazil)"); the
    tag itself when Babel (CLDR's names) does not know it."""
    from babel import Locale, UnknownLocaleError  # here: only a source page names its language
    try:
        return Locale.parse(language, sep="-").get_display_name("en") or language
    except (ValueError, UnknownLocaleError):
        return language


def in_sentence(speaker) -> str:
    """A speaker's name as it reads inside a sentence: "the White House", "a Russian diplomat" (not "The White House",
    "A Russian diplomat"), "the Russian government" and "the Ministry of Transport" (an institution named by what it
    is, which the editor wrote without its article), "sources familiar with the talks" (a group named by a common
    word); a person's name as it is."""
    article = {"person": r"An?(?= [a-z])", "group": r"(?:An?|The)(?= \w)"}.get(
        speaker.kind, r"An?(?= [a-z])|The(?= \w)")  # "a Russian diplomat", but "A Team Consulting", "An Ha"
    name = re.sub(rf"^(?:{article})", lambda m: m.group().lower(), speaker.name)
    if speaker.kind == "group" and _COMMON_GROUP.match(name):
        return name[:1].lower() + name[1:]
    return f"the {name}" if speaker.kind == "institution" and _BODY_NAMED.search(name) \
        and not _LOCAL_COUNCIL.match(name) else name


def apposed(name: str) -> bool:
    """Whether a name holds an apposition ("Dave, a caller from Ashby"), which a comma closes where the sentence goes
    on: "reports Dave, a caller from Ashby, saying it"."""
    return ", " in name


def columns(text: str):
    """A quote of a table's row, its cells apart (a tab, or three spaces or more, between them: the school roof
    trial's "Fellgate Primary              412       18.0 …", which read "Fellgate Primary 412 18.0 6-8 Closed"
    once the spaces were run together) kept apart by a bar, read out as a pause; other text escaped, as it is."""
    cells = _COLUMN_GAP.split(text)
    if len(cells) < 2:
        return escape(text)
    return Markup('<span class="dz-column-gap"><span aria-hidden="true"> │ </span><span class="dz-sr-only">, </span>'
                  '</span>').join(map(escape, cells))


def tabular(text: str) -> bool:
    """Whether a paragraph is a table: two lines or more of it with cells apart (``columns``), whose lines a page
    keeps apart too."""
    return sum(bool(_COLUMN_GAP.search(line)) for line in text.splitlines()) >= 2


_COLUMN_GAP = re.compile(r"(?<=\S)(?:\t[\t ]*| {3,})(?=\S)")


def opening(name: str) -> str:
    """A name as it opens a sentence: "The Russian government"."""
    return name[:1].upper() + name[1:]


# A group named by who its people are, in common words: "Sources familiar with the talks", "Residents of Dolvan",
# "Unnamed police sources"; not "Westmoor officials", "Reform League scrutineers", "Hamas".
_COMMON_GROUP = re.compile(r"(?:sources|officials|residents|witnesses|people|aides|advisers|advisors|diplomats|analysts|"
                           r"critics|supporters|opponents|experts|members|investigators|rescuers|workers|doctors|"
                           r"nurses|families|relatives|parents|students|teachers|protesters|protestors|demonstrators|"
                           r"organisers|organizers|lawmakers|legislators|negotiators|observers|participants|employees|"
                           r"staff|passengers|survivors|victims|locals|local|unnamed|anonymous|several|some|many|"
                           r"other|others|two|three|four|five|police|security|health|government|military|intelligence|"
                           r"campaign|party|rescue|emergency|union|senior)(?!\S)", re.I)


# The common nouns that name a body, which takes "the": at the end of its name, "Russian government", "Trump
# administration", "Velmoran Coast Guard", "Fishermen's Association"; before "of" or "for", "Ministry of Transport",
# "Union of Lecturers and Academic Staff" (the ballot trial's "reports Union of Lecturers… saying it": "Union" was in
# the one list and not in the other)
_BODIES = ("government", "administration", "ministry", "department", "office", "service", "authority", "council",
           "commission", "court", "board", "agency", "army", "navy", "embassy", "parliament", "cabinet", "presidency",
           "directorate", "bureau", "committee", "inspectorate", "secretariat", "prosecutor's office", "guard",
           "federation", "association", "union", "organisation", "organization")
# ...and those that name one only before "of" or "for": "the National Museum of Natural History", "the Bank of
# England", "the Royal College of Nursing", but "Harvard University", "Imperial College"
_HEADS = ("museum", "institute", "university", "bank", "academy", "society", "centre", "center", "library", "college",
          "confederation", "league", "chamber", "church")
# An institution named by what it is, which takes "the"; not "Gazprom", "Solvane Health", nor one named with its
# article.
_BODY_NAMED = re.compile(rf"^(?i:(?!(?:the|a|an)\s)(?:.*\s)?(?:{'|'.join(_BODIES)}))$"
                         rf"|^(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{'|'.join(w.capitalize() for w in _BODIES + _HEADS)})"
                         r"\s+(?:of|for)\s")

# A council named by its place and its kind, a proper name that takes no "the": "Westminster City Council",
# "Wexcombe Borough Council" (the school roof trial's "The Wexcombe Borough Council: The five schools closed…")
_LOCAL_COUNCIL = re.compile(r"(?:[A-Z][\w'’-]*\s+)+(?:Borough|City|County|District|Town|Parish)\s+Council$")


FILTERS = {
    "apposed": apposed,
    "in_sentence": in_sentence,
    "opening": opening,
    "columns": columns,
    "tabular": tabular,
    "direction": direction,
    "language_name": language_name,
    "topic": topic,
    "quoted": quoted,
    "text_fragment": text_fragment,
    "count": count,
    "date": date,
    "quantity": quantity,
    "figure_of": figure_of,
    "time_unit": time_unit,
    "stance_words": STANCE_WORDS.get,
    "stance_short": STANCE_SHORT.get,
    "verdict_words": VERDICT_WORDS.get,
    "verdict_meaning": VERDICT_MEANING.get,
    "stance_meaning": STANCE_MEANING.get,
    "conflict_words": CONFLICT_WORDS.get,
    "summit_when": summit_when,
}
