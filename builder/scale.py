"""The figures a fact's sources give, placed on one scale: the picture in a fact page's verdict box
(templates/_scale.html). Positions are percentages of the scale's width."""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, replace

from builder import formatting, units
from builder.model import Value

# Tick steps: durations in minutes step by 10, 15 and 30 seconds, minutes, quarter hours, hours, days, weeks, months
# and years (then 1, 2 or 5 × 10^k years), times of day by minutes to a day, dates by days and weeks; other quantities
# by 1, 2 or 5 × 10^k.
_STEPS = {"duration": (1 / 6, 1 / 4, 1 / 2, 1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080,
                       formatting.MONTH, 3 * formatting.MONTH, 6 * formatting.MONTH, formatting.YEAR),
          "date": (1, 2, 7, 14, 28)}
_STEPS["time"] = tuple(s for s in _STEPS["duration"] if 1 <= s <= 1440)  # a time of day: by the minute at least
TICKS = 4  # the most tick intervals a scale is divided into
LABEL_LETTERS = 40  # the most letters a scale's labels hold in all before its months are shortened ("15 Sep")
_MONTH = re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b")


@dataclass(frozen=True)
class Mark:
    """One figure on the scale, with the sources giving it: a dot, or a bar for a range; ``open_low`` and
    ``open_high`` say it runs on past an end ("less than 40", "more than two hours")."""

    value: Value
    givers: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # (people, sources): compare.Group.givers
    side: int  # the side it is on, numbered from 1; 0 when the fact has one side
    minority: bool
    start: float
    end: float
    open_low: bool
    open_high: bool


@dataclass(frozen=True)
class Scale:
    marks: tuple[Mark, ...]
    ticks: tuple[tuple[float, Value], ...]  # (position, the figure there)
    labels: tuple[str, ...]  # each tick's, as figures are worded; dates of one year without it ("2 April")
    of_one_moment: bool = False  # only the figures given at the moments the sources disagree on (``figure_scale``)


def figure_scale(row) -> Scale | None:
    """The figures of a fact's comparison row on one scale, side by side, the lowest first on a row of one side,
    from zero (or from the tick before the earliest, for times of day and dates); None when fewer than two different
    figures are given (there is nothing to see). Of a figure that changes over time whose sources disagree at some
    moment, only the figures given at such a moment: the others are not set against any."""
    groups = [(n, side, g) for n, side in enumerate(row.sides, 1) for g in side.groups if g.value]
    moments = {row.day_of(c.first) for c in row.conflicts_of("value")} if row.timeline else set()
    if moments:  # each figure as given at those moments, by those who gave it then
        groups = [(n, side, replace(g, accounts=kept)) for n, side, g in groups
                  if (kept := tuple(a for a in g.accounts if row.day_of(a) in moments))]
    if len(row.sides) == 1:  # a toll that rose from 12 to 19 to 31 reads in that order
        groups.sort(key=lambda item: (item[2].value.low, item[2].value.high))
    if len({(g.value.low, g.value.high) for _, _, g in groups}) < 2:
        return None
    ends = [x for _, _, g in groups for x in (g.value.low, g.value.high) if math.isfinite(x)]
    if not ends:
        return None
    no_zero = row.fact.quantity in ("time", "date", "temperature")  # a moment or a temperature: no zero to start
    # from, but the tick before the earliest
    like = _like([g for _, _, g in groups], row.fact.quantity)
    name = units.written_unit(like, row.fact.quantity) if row.fact.quantity in units.MEASURES else None
    into = (lambda x: x) if name is None else (lambda x: units.from_base(x, name))  # into the ticks' unit
    labels, hours, unit = None, False, formatting.time_unit(row.fact)
    if row.fact.quantity == "date" and max(ends) - min(ends) >= TICKS * _STEPS["date"][-1]:
        days, labels = _calendar(min(ends), max(ends))
        low, high = days[0], days[-1]
    else:
        first, last = into(min(ends)), into(max(ends))
        reach = TICKS * (into(row.tolerance.absolute) - into(0)) if no_zero else 0  # figures a rounding apart look
        if last - first < reach:  # that close: 31 and 31.25 °C spread over the whole scale looked as far apart as any
            first, last = (first + last - reach) / 2, (first + last + reach) / 2
        step = _step(first if no_zero else min(first, 0), last, row.fact.quantity)
        hours = _in_hours(ends, row.fact.quantity) and step >= formatting.DAY
        if hours:  # "812 h" and "2,000 h" of flying: ticks by hours, not months
            step = 60 * _step(min(first, 0) / 60, last / 60, None)
        elif unit and step >= formatting.DAY:  # "at least six weeks", "31 days": ticks by weeks or days, not months
            size = formatting.UNITS[unit]
            step = size * _step(min(first, 0) / size, last / size, None)
        low = 0.0 if first >= 0 and not no_zero else math.floor(first / step) * step
        high = (math.floor(last / step) + 1) * step  # room past the largest figure, for an arrow
        days = [low + i * step for i in range(round((high - low) / step) + 1)]
        hours = hours or row.fact.quantity == "duration" and 60 <= step < formatting.DAY and high >= formatting.DAY
        # ticks by the hour past a day by the hour still: "24 h", not "1 day" after "18 h"
    width = high - low

    def at(x: float) -> float:  # x in the ticks' unit
        return round(100 * (min(max(x, low), high) - low) / width, 2)

    marks = tuple(Mark(g.value, g.givers, n if len(row.sides) > 1 else 0, side.minority,
                       at(into(g.value.low)), at(into(g.value.high)),
                       not math.isfinite(g.value.low), not math.isfinite(g.value.high))
                  for n, side, g in groups)
    ticks = tuple((at(x), _figure(x if name is None else units.to_base(x, name), row.fact.quantity, like))
                  for x in days)
    if labels is None and hours:
        labels = tuple(f"{round(x / 60):,} h" for x in days)
    if labels is None:
        labels = tuple(formatting.figure_of(figure, row.fact) for _, figure in ticks)
    if name is not None:  # the figures' own unit, which their labels and the caption name: "0", "5", "10", "15"
        labels = tuple(label.split(" ")[0] for label in labels)
    if row.fact.quantity == "duration" and days[0] == 0:  # zero in the next tick's unit: "0 days … 1 month" read "0
        unit = labels[1].split()[-1]  # min … 1 month"
        labels = (f"0 {unit}{'s' if unit in ('day', 'month', 'year') else ''}", *labels[1:])
    scaled = {label.rpartition(" ")[2] for label in labels[1:]}
    if len(scaled) == 1 and scaled & {"thousand", "million", "billion", "trillion"}:  # the scale word once, at the
        labels = (*(label.removesuffix(" " + next(iter(scaled))) for label in labels[:-1]), labels[-1])  # end: "€0 €10
        # €20 €30 €40 million" (a phone's width holds no five "€30 million")
    if row.fact.quantity == "date" and len({label[-4:] for label in labels}) == 1:  # one year, which the caption
        labels = tuple(label[:-5] for label in labels)  # gives: "2 April" (a phone's width holds five of them)
    if row.fact.quantity == "date" and sum(map(len, labels)) > LABEL_LETTERS:  # "15 September" ran into "13 October"
        labels = tuple(_MONTH.sub(lambda m: m[0][:3], label) for label in labels)  # "15 Sep", "13 Oct"
    return Scale(marks, ticks, labels, bool(moments))


def _in_hours(ends: list[float], quantity: str | None) -> bool:
    """Whether figures of a duration are given in hours: all whole hours, not all whole days nor months (a month is
    the twelfth of a year, no whole number of days: "4 years 8 months" had been ticked "0 h … 80,000 h")."""
    return quantity == "duration" and all(x % 60 == 0 for x in ends) and any(
        x % formatting.DAY and x % formatting.MONTH for x in ends)


def _like(groups: list, quantity: str) -> str:
    """The figure whose unit the ticks are in: of a concentration the first (what it is of decides the unit); else
    one in the unit the most accounts write theirs in, the largest of those at a tie (all in nautical miles: ticks in
    nautical miles; "about 30 cm" twice and "1 ft": centimetres, not the millimetres no source wrote); none (metric
    units) when no figure names its unit."""
    if quantity == "concentration":
        return groups[0].value.text
    written = Counter(name for g in groups for a in g.accounts if a.value
                      if (name := units.written_unit(a.value.text, quantity)))
    if not written:
        return ""
    name = max(written, key=lambda n: (written[n], units.to_base(1, n)))
    return next(a.value.text for g in groups for a in g.accounts
                if a.value and units.written_unit(a.value.text, quantity) == name)


def _calendar(first: float, last: float) -> tuple[list[float], tuple[str, ...]]:
    """Ticks for dates months apart (day numbers, ``date.toordinal``) on the first of a month, every 1, 2, 3 or 6
    months, or of a year, every 1, 2 or 5 × 10^k years, from the one at or before ``first`` to the one after
    ``last`` (31 December 9999 where the calendar ends first), labelled "Jul 2017" or "2017"."""
    start, end = (dt.date.fromordinal(min(max(int(n), 1), dt.date.max.toordinal())) for n in (first, last))
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    step = next((m for m in (1, 2, 3, 6) if months / m < TICKS), None) or 12 * round(_step(0, months / 12, None))
    index = (start.year * 12 + start.month - 1) // step * step  # months since the year 0
    days: list[float] = []
    labels: list[str] = []
    while not days or days[-1] <= last:
        year, month = divmod(index, 12)
        day = dt.date.max if year > dt.MAXYEAR else dt.date(max(year, 1), month + 1, 1)
        days.append(day.toordinal())
        labels.append(str(day.year) if step % 12 == 0 else f"{day:%b} {day.year}")
        if day == dt.date.max:
            break
        index += step
    return days, tuple(labels)


def _step(low: float, high: float, quantity: str | None) -> float:
    """The smallest tick step that divides [low, high] into at most TICKS intervals (one more past ``high``): for a
    duration or a date longer than the steps above, a number of their last steps that does."""
    span = max(high - low or (1 if quantity in _STEPS else abs(high)) or 1, _SMALLEST)  # a moment: 1 minute or day
    if quantity in _STEPS:
        steps = _STEPS[quantity]
        return next((s for s in steps if span / s < TICKS), None) or steps[-1] * _step(0, span / steps[-1], None)
    power = 10 ** math.floor(math.log10(span / TICKS))
    return next(m * power for m in (1, 2, 5, 10) if span / (m * power) < TICKS)


_SMALLEST = 1e-300  # the narrowest span a scale is drawn over: a tenth of a narrower one is no float


def span(values: list[Value], quantity: str | None, currency: str | None = None, unit: str | None = None) -> str:
    """The reach of several figures, from the lowest number any of them gives to the highest, each end worded as
    its figure is ('about 80 to about 500'), or as a bare number where it is a bound of a range or of an open figure:
    '100 to 1,000' for '100 to 1,000' and 'about 300', '12 to 40' for 'at least 12' and 'up to 40' (a measure in its
    figure's unit: '12 mi to 40 km'); sums with their ``currency``'s sign, lengths of time in weeks with the ``unit``
    "week" (formatting.time_unit)."""
    ends = [(x, value.low == value.high, value) for value in values for x in (value.low, value.high)
            if math.isfinite(x)]  # at a tie, an end that is a figure of its own is worded as one
    worded = [formatting.quantity(value if point else _figure(x, quantity, value.text), quantity, currency, unit)
              for x, point, value in (min(ends, key=lambda end: (end[0], not end[1])),
                                      max(ends, key=lambda end: (end[0], end[1])))]
    return worded[0] if worded[0] == worded[1] else " to ".join(worded)


def _figure(x: float, quantity: str | None, like: str = "") -> Value:
    """A tick's figure, worded as figures are (formatting.quantity); a measure in the unit of the figure ``like``,
    or in metric units ('5 km': units.shown)."""
    if quantity in units.MEASURES:
        return Value(x, x, text=units.shown(x, quantity, like))
    return Value(x, x, text=f"{x:.0f}" if x == round(x) else f"{x:g}")
