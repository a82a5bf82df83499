"""Figures read from news prose: "two hours and 16 minutes" → 136 minutes, "six people" → 6, "40%" → 40.

Each figure keeps its qualifier word ("nearly", "more than", …) and is given in the fact schema's value
form: {exact: N}, {approx: N}, {more_than: N}, {min: N}, {less_than: N} or {max: N}.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(), 0)
         if w != "_"}
_WORD_NUMBER = (r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(list(_UNITS)[1:10]) + r"))?|"
                + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"|a dozen|dozens|a|an)")
_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_WORD_NUMBER})"
_FRACTION = r"(?:\s+and\s+(?:a\s+)?(?P<frac>half|a quarter|quarter|three quarters))?"

# Qualifier words → the value form they give; longest first so "no more than" wins over "more than".
QUALIFIERS = {
    "no more than": "max", "not more than": "max", "at most": "max", "up to": "max",
    "more than": "more_than", "over": "more_than", "longer than": "more_than", "well past": "more_than",
    "upwards of": "more_than", "in excess of": "more_than", "beyond": "more_than",
    "at least": "min", "no fewer than": "min", "no less than": "min",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "shorter than": "less_than", "do not reach": "less_than", "does not reach": "less_than",
    "did not reach": "less_than",
    "nearly": "approx", "almost": "approx", "about": "approx", "around": "approx", "roughly": "approx",
    "approximately": "approx", "some": "approx", "close to": "approx", "just over": "approx",
    "just under": "approx", "an estimated": "approx", "estimated": "approx",
}
_QUALIFIER = r"(?:(?P<qual>" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
_ARTICLE = r"(?:(?:the|a|an|only|just)\s+)?"

_HOURS = rf"(?P<h>{_NUMBER}){_FRACTION}[\s-]+hours?"
_MINUTES = rf"(?P<m>{_NUMBER})[\s-]+minutes?"
_DURATION = re.compile(
    rf"\b{_QUALIFIER}{_ARTICLE}(?:(?P<half>half an hour)|(?P<h2>an?)\s+hour(?:\s+and\s+a\s+(?P<frac2>half|quarter))?|"
    rf"{_HOURS}(?:,?\s+(?:and\s+)?{_MINUTES})?|(?P<m2>{_NUMBER})[\s-]+(?:minutes?|mins?)\b)",
    re.I)
_PERCENT = re.compile(rf"\b{_QUALIFIER}(?P<n>{_NUMBER})\s*(?:%|per ?cent\b)", re.I)
_COUNT = re.compile(rf"\b{_QUALIFIER}(?<![-/.])(?P<n>{_NUMBER})\s+(?P<noun>[a-z]+)", re.I)  # not "G-20 leaders"
_NOT_COUNTED = re.compile(r"(?:hours?|minutes?|mins?|seconds?|days?|weeks?|months?|years?|percent|per|times|"
                          r"of|and|or|to|in|on|at|by|a|an|the|p|pm|am)$", re.I)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure in a text: what it measures, its number, the qualifier word and where it is."""

    quantity: str  # duration (in minutes) | count | percent
    number: float
    qualifier: str | None
    text: str
    start: int

    @property
    def value(self) -> dict:
        """The fact schema's value form: {exact: N}, {approx: N}, {more_than: N}, …"""
        form = QUALIFIERS.get(self.qualifier.lower(), "exact") if self.qualifier else "exact"
        return {form: int(self.number) if float(self.number).is_integer() else self.number}


def number(word: str) -> float | None:
    """"16" → 16, "1,200" → 1200, "twenty-five" → 25, "a" → 1, "a dozen" → 12; None when not a number."""
    word = word.lower().strip()
    if re.fullmatch(r"\d{1,3}(,\d{3})+|\d+(\.\d+)?", word):
        return float(word.replace(",", ""))
    if word in ("a", "an"):
        return 1
    if word == "a dozen":
        return 12
    if word in _UNITS:
        return _UNITS[word]
    parts = re.split(r"[- ]", word)
    if parts[0] in _TENS and (len(parts) == 1 or parts[1] in _UNITS):
        return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0)
    return None


_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "quarter": 0.25, "three quarters": 0.75}


def figures(text: str) -> list[Figure]:
    """Every duration, percentage and count in ``text``, in order; a span is read once, as its first kind."""
    found: list[Figure] = []
    taken: list[range] = []

    def keep(quantity, value, match, qualifier):
        if value is None or any(match.start() in r or match.end() - 1 in r for r in taken):
            return
        taken.append(range(match.start(), match.end()))
        found.append(Figure(quantity, value, qualifier, match.group().strip(), match.start()))

    for m in _DURATION.finditer(text):
        keep("duration", _minutes(m), m, m.group("qual"))
    for m in _PERCENT.finditer(text):
        keep("percent", number(m.group("n")), m, m.group("qual"))
    for m in _COUNT.finditer(text):
        n = m.group("n")
        if m.group("noun") and _NOT_COUNTED.fullmatch(m.group("noun")) or _YEAR.fullmatch(n) or n.lower() in (
                "a", "an", "some"):
            continue
        if n.lower() == "one" or re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()], re.I):
            continue  # "one", and "the two leaders": a reference, not a figure
        keep("count", number(n), m, m.group("qual"))
    return sorted(found, key=lambda f: f.start)


def _minutes(m: re.Match) -> float | None:
    if m.group("half"):
        return 30
    if m.group("h2"):
        return 60 + 60 * _FRACTIONS.get((m.group("frac2") or "").lower(), 0)
    if m.group("m2"):
        return number(m.group("m2"))
    hours = number(m.group("h"))
    if hours is None:
        return None
    minutes = number(m.group("m")) if m.group("m") else 0
    return hours * 60 + 60 * _FRACTIONS.get((m.group("frac") or "").lower(), 0) + (minutes or 0)


def read(text: str, quantity: str, near: list[float] = ()) -> Figure | None:
    """The figure of kind ``quantity`` in ``text``; when several, the one nearest the ``near`` values."""
    candidates = [f for f in figures(text) if f.quantity == quantity]
    if not candidates:
        return None
    if near:
        return min(candidates, key=lambda f: min(abs(f.number - n) for n in near))
    return candidates[0]
