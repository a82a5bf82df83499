"""How figures compare: each typed value as an interval, the gap between two of them graded against the
tolerance (a minor discrepancy or a disagreement), and a card's claim bound."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from builder.config import Config
from builder.formatting import DAY, MONTH
from builder.model import Fact, Tolerance, Value
from builder.units import MEASURES

TOLERANCES = {  # site defaults: figures this close are a minor discrepancy (see Tolerance)
    "duration": Tolerance(relative=0.02, absolute=1),  # minutes: rounding to the minute, 2% of long spans
    "count": Tolerance(relative=0.02, absolute=0),
    "percent": Tolerance(relative=0, absolute=1),  # one percentage point
    "date": Tolerance(relative=0, absolute=0),  # in days: a day apart is another day
    "time": Tolerance(relative=0, absolute=5),  # a time of day, in minutes since midnight: five minutes apart
    "temperature": Tolerance(relative=0, absolute=0.5),  # °C: no share of a figure whose zero is arbitrary
} | {measure: Tolerance(relative=0.02, absolute=0) for measure in MEASURES if measure != "temperature"}  # lengths,
# areas, masses, volumes, speeds, concentrations: as counts
REACH = {"time": 15,  # minutes either side of 'about 16:45' (a time on the quarter hour is rounded to it; one
         # off it, 'about twenty to three', to five minutes: TIME_OFF_QUARTER)
         "date": 2,  # days either side of 'around 2 April'; a moment's size says nothing of its precision
         "temperature": 1}  # °C either side of 'about 45 °C', nor does a temperature's
TIME_OFF_QUARTER = 5


@dataclass(frozen=True)
class Rules:
    """How figures are compared: the reach of 'about N' and the minor-discrepancy tolerance per quantity."""

    approximate: float = 0.1
    tolerances: dict[str, Tolerance] = field(default_factory=lambda: dict(TOLERANCES))

    def tolerance(self, fact: Fact) -> Tolerance:
        return fact.tolerance or self.tolerances.get(fact.quantity or "", Tolerance())


def rules(config: Config) -> Rules:
    """The comparison rules of a site: its approximate tolerance, and its minor tolerances over the defaults."""
    tolerances = dict(TOLERANCES)
    for quantity, limits in config.minor_tolerance.items():
        default = tolerances.get(quantity, Tolerance())
        tolerances[quantity] = Tolerance(limits.get("relative", default.relative), limits.get("absolute", default.absolute))
    return Rules(config.approximate_tolerance, tolerances)


SECOND = 1 / 60  # a duration's unit is the minute
_SECONDS = re.compile(r"\d\.(\d+) *(?:s|secs?|seconds?)\b")  # seconds written with decimals: "10.81 s"


def _step(value: Value) -> float:
    """The smallest step of seconds a duration is written to: 1, or 0.01 for '10.81 s'."""
    decimals = _SECONDS.search(value.text or "")
    return 10.0 ** -len(decimals[1]) if decimals else 1.0
_BELOW = ("nearly", "almost", "up_to")  # qualifiers of a figure that reach below it only: "up to 650" claims 650
ROUNDED = 10_000  # counts from here up, written with two significant digits or fewer, are rounded figures


class Measure:
    """Figures as intervals, and how far apart two of them (or one and the card's claim) are."""

    def __init__(self, approximate: float, tolerance: Tolerance, claim: Value | None, quantity: str | None = None,
                 as_written: bool = True):
        self.approximate, self.tolerance, self.claim, self.quantity = approximate, tolerance, claim, quantity
        self.as_written = as_written  # False: a card's own tolerance says how precise its figures are

    def interval(self, value: Value) -> tuple[float, float, bool, bool]:
        """(low, high, low open, high open): 'about N' reaches the approximate tolerance either side of N (a count no
        further than its ``spread``, five units of its last digit when its quote writes it with three significant
        digits or more: 'about €35.9m' is €35.4m to €36.4m),
        'nearly N' and 'almost N' as far below it; a duration in whole hours or half hours at least a quarter of
        that unit ('about two hours' is 1 h 45 min to 2 h 15 min, 'about half an hour' 22.5 to 37.5 min), since
        such figures are rounded so, and a length of an hour or more given as such a figure ('an hour and a half')
        reaches as far, and 'about N' with N of one significant digit a quarter of that digit's unit too ('about a
        million' is 750,000 to 1,250,000, as 'about two hours' is; 10 % is more from 'about 300' up; 'nearly ten
        thousand' keeps its 10 %); a count of
        ROUNDED or more written with two significant digits or fewer ('$1.2bn', '10,000') is rounded to its last
        one, so it reaches half a unit of it either side; 'about' a time of day reaches a quarter of an hour, 'around'
        a date two days; a length in whole months reaches 28 to 31 days a month ('a month' fits 30 days), in whole
        years 365 to 366 days a year; an exact measure or percentage reaches half a unit of its last digit written
        ('12 km' is 11.5 to 12.5 km, so it fits '7 miles', 6.5 to 7.5 miles; '97%' fits 96.8%), unless the card sets
        its own tolerance (``as_written`` False: where a tenth of a point is news, 2.5 % and 2.6 % are as given)."""
        low, high, low_open, high_open = value.low, value.high, value.low_open, value.high_open
        if value.spread and not value.approx and low == high and self.as_written:
            low, high, high_open = low - value.spread, high + value.spread, True
        if self.quantity == "count" and not value.approx and low == high and abs(low) >= ROUNDED \
                and float(low).is_integer():  # 'about N' reaches further (10 % ≥ half a unit of 2 digits)
            unit = 10 ** (len(str(int(abs(low)))) - 2)
            if low % unit == 0:  # [1.15bn, 1.25bn): the next rounded figure, $1.3bn, is only a minor discrepancy
                low, high, high_open = low - unit / 2, high + unit / 2, True
        if self.quantity == "duration" and not value.approx and low == high and low >= MONTH and low % MONTH == 0:
            months = low / MONTH  # 'a month' is 28 to 31 days, 'a year' 365 or 366: calendar lengths vary
            low, high = (months * 28 * DAY, months * 31 * DAY) if months % 12 else (
                months / 12 * 365 * DAY, months / 12 * 366 * DAY)
        elif self.quantity == "duration" and not value.approx and low == high and low >= 60 and low % 30 == 0:
            unit = 60 if low % 60 == 0 else 30  # 'two hours', 'an hour and a half': rounded to a quarter of that unit
            low, high = low - unit / 4, high + unit / 4  # so 'an hour and a half' fits 95 minutes
        if value.approx and self.quantity in REACH:  # 'about 16:45', 'around 2 April'
            reach = TIME_OFF_QUARTER if self.quantity == "time" and value.low % 15 else REACH[self.quantity]
            low -= reach
            high += 0 if value.qualifier in _BELOW else reach
        elif value.approx:
            reach = abs(value.low) * self.approximate
            if self.quantity == "count" and value.spread:  # 'about €35.9m' is near €35.9m, not anywhere from €32.3m
                reach = min(reach, value.spread)  # to €39.5m
            unit = next((u for u in (60, 30) if self.quantity == "duration" and value.low and value.low % u == 0), 0)
            rounded = value.spread if self.quantity in MEASURES else 0.0 if value.qualifier in _BELOW \
                else _last_digit(value.low) / 4  # "nearly ten thousand" is no 8,412, as "about ten thousand" may be
            reach = max(reach, unit / 4, rounded)
            low -= reach
            high += 0 if value.qualifier in _BELOW else reach
        return low, high, low_open, high_open

    def gap(self, a: Value, b: Value) -> tuple[float, float] | None:
        """None when both can be right, else (the distance between them, the size it is judged against)."""
        (alo, ahi, alo_open, ahi_open), (blo, bhi, blo_open, bhi_open) = self.interval(a), self.interval(b)
        low, high = max(alo, blo), min(ahi, bhi)
        if low < high:
            return None
        touching_open = (alo_open and alo == low) or (blo_open and blo == low) or \
                        (ahi_open and ahi == high) or (bhi_open and bhi == high)
        if low == high and not touching_open:
            return None
        size = max(abs(x) for x in (low, high) if math.isfinite(x))
        if low == high:  # rounded figures side by side: "$1.2bn" and "$1.3bn" (or 44 and 45 °C) are apart by
            # rounding, within the approximate tolerance of each other; "2 km" and "3 km" as far apart as written
            apart = max(a.low, b.low) - min(a.high, b.high)
            far = self.quantity != "temperature" and apart > self.approximate * size
            return (apart if far else 0.0), size
        return low - high, size

    def grade(self, a: Value, b: Value) -> str | None:
        """None when two figures fit together, 'minor' within the tolerance, else 'value'. Durations under a minute
        are given in seconds, so a minute of rounding is a second there ('about 10 seconds' and 'about 20 seconds'
        were a minor discrepancy), or the hundredth both figures are written to ('10.81 s' and '10.88 s', a sprint's
        times)."""
        gap = self.gap(a, b)
        if gap is None:
            return None
        tolerance = self.tolerance
        if self.quantity == "duration" and gap[1] < 1:
            step = max(map(_step, (a, b)))  # written to the hundredth: to the hundredth, whatever the share
            tolerance = Tolerance(tolerance.relative if step == 1 else 0, min(tolerance.absolute, SECOND * step))
        return "minor" if tolerance.allows(*gap) or self._rounded_near(a, b) or self._rounded_near(b, a) \
            else "value"

    def _rounded_near(self, a: Value, b: Value) -> bool:
        """Whether ``a`` is a round count as written ('300 troops', '2,000': see ``round_count``) and ``b`` lies
        within the approximate tolerance of it (312): then they are apart by rounding, a minor discrepancy. A count
        of two significant digits ('12,000', '£340,000') reaches only half a unit of its last one (``interval``): a
        trial's "three hundred and forty thousand pounds" had been a minor discrepancy with a salary of £312,000."""
        if self.quantity != "count" or not self.as_written or a.approx or a.low != a.high or not round_count(a.low):
            return False
        return b.low - abs(a.low) * self.approximate <= a.low <= b.high + abs(a.low) * self.approximate

    def inside_claim(self, value: Value) -> bool:
        """True when every figure the value allows satisfies the claim, or at least fits it."""
        return self.claim is not None and self.gap(value, self.claim) is None

    def relate(self, a: Value, b: Value) -> str | None:
        """How two accounts' figures relate: with a claim, figures inside it never conflict with each other."""
        if self.claim is None:
            return self.grade(a, b)
        inside_a, inside_b = self.inside_claim(a), self.inside_claim(b)
        if inside_a and inside_b:
            return None
        if inside_a or inside_b:
            return self.grade(b if inside_a else a, self.claim)
        return self.grade(a, b)


def round_count(n: float) -> bool:
    """Whether a count written as ``n`` reads as roughly so many: 100 or more with one significant digit (300,
    2,000)."""
    if n < 100 or not float(n).is_integer():
        return False
    return n % 10 ** (len(str(int(n))) - 1) == 0


def _last_digit(n: float) -> float:
    """The unit of ``n``'s only significant digit (100,000 for 300,000; 1 for 7), or 0 when it has more than one."""
    n = abs(n)
    if not n or not float(n).is_integer():
        return 0
    unit = 10 ** (len(str(int(n))) - 1)
    return unit if n % unit == 0 and unit >= 10 else 0


def overlaps(a: Value, b: Value, approximate: float) -> bool:
    """True when two values can both be right: their intervals (widened for 'about N') meet."""
    return Measure(approximate, Tolerance(), None).gap(a, b) is None
