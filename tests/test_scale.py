"""A fact's figures on one scale (builder/scale.py): what is drawn, where, and the ticks under it."""
import dataclasses

import pytest

from builder.compare import compare_fact
from builder import units
from builder.scale import figure_scale, span
from tests.test_compare import INF, account, fact, value


def _row(*accounts, quantity="duration"):
    return compare_fact(dataclasses.replace(fact(*accounts), quantity=quantity))


def test_one_figure_draws_nothing():
    assert figure_scale(_row(account("a", val=value(35)), account("b", val=value(35)))) is None
    assert figure_scale(_row(account("a", val=value(35)), account("b"))) is None


def test_two_figures_are_dots_on_a_scale_from_zero_past_the_largest():
    scale = figure_scale(_row(account("a", val=value(30)), account("b", val=value(35)), account("c", val=value(35))))
    assert [(m.givers, m.start, m.end, m.side) for m in scale.marks] == [((((), ("b", "c")),), 87.5, 87.5, 1),
                                                                          ((((), ("a",)),), 75.0, 75.0, 2)]
    assert [(at, tick.text) for at, tick in scale.ticks] == [(0, "0"), (25, "10"), (50, "20"), (75, "30"),
                                                             (100, "40")]


def test_a_duration_steps_by_hours_and_an_open_figure_runs_off_the_end():
    scale = figure_scale(_row(account("a", val=value(120, INF, low_open=True)), account("b", val=value(135))))
    assert [t.text for _, t in scale.ticks] == ["0", "60", "120", "180"]
    more, exact = sorted(scale.marks, key=lambda m: m.open_high, reverse=True)
    assert (more.start, more.end, more.open_high, more.open_low) == (66.67, 100, True, False)
    assert (exact.start, exact.open_high) == (75.0, False)
    assert all(m.side == 0 for m in scale.marks)  # they fit together: one side, no colours


@pytest.mark.parametrize("figures, labels", [
    ((30 * 1440, 45 * 1440), ("0 months", "1 month", "2 months")),  # not "0 min … 1 month"
    ((3 * 1440, 4 * 1440), ("0 days", "2 days", "4 days", "6 days")),
    ((30, 35), ("0 min", "10 min", "20 min", "30 min", "40 min")),
    ((812 * 60, 2000 * 60), ("0 h", "1,000 h", "2,000 h", "3,000 h")),  # a pilot's flying hours: not "0 months … 3
    # months" under "812 h" and "more than 2000 h" (the balloon trial)
    ((4 * 525_600 + 8 * 43_800, 7 * 525_600), ("0 years", "2 years", "4 years", "6 years", "8 years")),  # a fraud's
])  # "4 years 8 months" and "more than seven years", not "0 h … 80,000 h" (a court trial, session 73)
def test_a_durations_zero_is_worded_in_its_scales_unit(figures, labels):
    scale = figure_scale(_row(*(account(str(n), val=value(f)) for n, f in enumerate(figures))))
    assert scale.labels == labels


def test_a_range_is_a_bar_and_counts_step_by_round_numbers():
    scale = figure_scale(_row(account("a", val=value(3000, 5000)), account("b", val=value(10000)),
                              quantity="count"))
    assert [t.text for _, t in scale.ticks] == ["0", "5000", "10000", "15000"]
    ranged = next(m for m in scale.marks if m.givers == (((), ("a",)),))
    assert (ranged.start, ranged.end) == (20.0, 33.33)


def test_a_scale_word_is_written_once_at_the_axis_end():
    """"€0 €10 million €20 million €30 million €40 million" ran its labels into one another on a phone (the auction
    set's total): the scale word is written once, on the last tick."""
    scale = figure_scale(_row(account("a", val=value(37.2e6)), account("b", val=value(35.9e6)), quantity="count"))
    assert scale.labels == ("0", "10", "20", "30", "40 million")


def test_negative_figures_start_the_scale_below_zero():
    scale = figure_scale(_row(account("a", val=value(-4)), account("b", val=value(3)), quantity="percent"))
    assert [t.text for _, t in scale.ticks] == ["-4", "-2", "0", "2", "4"]


def test_whom_the_sources_report_giving_each_figure_is_named():
    """Each figure with the sources giving it in their own voice, then each person the others report giving it."""
    scale = figure_scale(_row(account("a", "attributes", ["minister"], val=value(10)),
                              account("b", "attributes", ["minister"], val=value(10)),
                              account("d", val=value(10)),
                              account("c", val=value(30))))
    assert {m.value.low: m.givers for m in scale.marks} == {10: (((), ("d",)), (("minister",), ("a", "b"))),
                                                            30: (((), ("c",)),)}


def test_verdicts_are_counted_in_their_order_and_absent_ones_left_out():
    from builder.pages import verdict_counts
    rows = [_row(account("a", val=value(30)), account("b", val=value(35))), _row(account("a"), account("b")),
            _row(account("a")), _row(account("c"))]
    assert verdict_counts(rows) == {"disputed": 1, "agree": 1, "single": 2}


def test_dates_start_at_the_tick_before_the_earliest_and_read_as_dates():
    """2 April against 7 April: the scale steps by two days from 2 April, not from the first day of the calendar,
    and its ticks read as dates, without their year when they share one (a phone's width holds five)."""
    from datetime import date

    from builder.formatting import quantity
    day = date(2026, 4, 2).toordinal()
    scale = figure_scale(_row(account("a", val=value(day)), account("b", val=value(day + 5)), quantity="date"))
    assert [quantity(t, "date") for _, t in scale.ticks] == ["2 April 2026", "4 April 2026", "6 April 2026",
                                                            "8 April 2026"]
    assert scale.labels == ("2 April", "4 April", "6 April", "8 April")  # the caption gives the year
    assert sorted(m.start for m in scale.marks) == [0.0, 83.33]
    late = date(2024, 6, 14).toordinal()  # 14 June against "September 2024": by four weeks, whose labels had run
    scale = figure_scale(_row(account("a", val=value(late)), account("b", val=value(late + 79, late + 108)),  # into
                              quantity="date"))  # one another, "15 September13 October" (session 75's trial)
    assert scale.labels == ("26 May", "23 Jun", "21 Jul", "18 Aug", "15 Sep", "13 Oct")


@pytest.mark.parametrize("first, last, labels", [
    ("2016-11-08", "2019-06-28", ("2016", "2017", "2018", "2019", "2020")),
    ("2017-01-15", "2017-07-07", ("Jan", "Mar", "May", "Jul", "Sep")),  # one year, which the caption gives
    ("2017-03-01", "2017-12-20", ("Jan 2017", "Apr 2017", "Jul 2017", "Oct 2017", "Jan 2018")),
    ("0001-01-01", "9999-12-31", ("1", "5000", "9999")),  # the calendar's last day ends the scale: no year 10000
])
def test_dates_months_apart_are_ticked_on_the_first_of_a_month_or_of_a_year(first, last, labels):
    """Not every 40 weeks from 5 June 2016 ("12 March 2017", "17 December 2017"…), whose labels overprinted each
    other."""
    from datetime import date
    days = [date.fromisoformat(d).toordinal() for d in (first, last)]
    scale = figure_scale(_row(account("a", val=value(days[0])), account("b", val=value(days[1])), quantity="date"))
    assert scale.labels == labels
    assert scale.ticks[0][0] == 0 and scale.ticks[-1][0] == 100
    assert all(0 <= m.start <= 100 for m in scale.marks) and max(m.start for m in scale.marks) <= scale.ticks[-1][0]


def test_a_measure_steps_by_round_numbers_of_its_base_unit_shown_in_metric_units():
    """Figures of a length are drawn in metres and labelled as a reader reads them; an area in hectares."""
    scale = figure_scale(_row(account("a", val=value(12000)), account("b", val=value(11265.408)), quantity="length"))
    assert [t.text for _, t in scale.ticks] == ["0", "5 km", "10 km", "15 km"]
    scale = figure_scale(_row(account("a", val=value(1.24e8)), account("b", val=value(1.58e8)), quantity="area"))
    assert [t.text for _, t in scale.ticks][:3] == ["0", "5,000 ha", "10,000 ha"]
    scale = figure_scale(_row(account("a", val=value(0.12)), account("b", val=value(0.127)), quantity="length"))
    assert [t.text for _, t in scale.ticks] == ["0", "50 mm", "100 mm", "150 mm"]  # rainfall
    scale = figure_scale(_row(account("a", val=value(44)), account("b", val=value(47)), quantity="temperature"))
    assert [t.text for _, t in scale.ticks] == ["44 °C", "45 °C", "46 °C", "47 °C", "48 °C"]  # no zero to start from


def test_a_concentration_is_ticked_in_its_figures_unit():
    """A concentration in µg/L of water, in µg/m³ of air: what it is of decides the unit readers expect."""
    def ticks(low, high, unit):
        return [t.text for _, t in figure_scale(_row(
            account("a", val=dataclasses.replace(value(low), text=f"{low * (1000 if 'm³' in unit else 1):g} {unit}")),
            account("b", val=value(high)), quantity="concentration")).ticks]
    assert ticks(38, 83, "µg/L") == ["0", "50 µg/L", "100 µg/L"]
    assert ticks(0.035, 0.06, "µg/m³") == ["0", "20 µg/m³", "40 µg/m³", "60 µg/m³", "80 µg/m³"]
    assert ticks(38, 83, "µg/dL")[1] == "5 µg/dL"  # blood: 50 µg/L


def _measured(*figures: str, quantity="length"):
    """A row of one account per figure, each written with its unit ("12 nautical miles")."""
    def measure(text: str):
        number = float(text.split()[0].replace(",", ""))
        return dataclasses.replace(value(units.to_base(number, units.written_unit(text, quantity))), text=text)
    return _row(*(account(chr(97 + i), val=measure(text)) for i, text in enumerate(figures)), quantity=quantity)


@pytest.mark.parametrize("figures, quantity, labels, last", [
    (("12 nautical miles", "14 nautical miles"), "length", ["0", "5", "10", "15"], "15 nautical miles"),
    (("18 knots", "25 knots"), "speed", ["0", "10", "20", "30"], "30 knots"),
    (("95 °F", "104 °F"), "temperature", ["95", "100", "105"], "105 °F"),
    (("1,200 m", "850 m"), "length", ["0", "500", "1,000", "1,500"], "1,500 m"),
    (("7 miles", "12 km"), "length", ["0", "2", "4", "6", "8"], "8 mi"),  # two units, one each: the larger
    (("30 cm", "30 cm", "1 ft"), "length", ["0", "10", "20", "30", "40"], "40 cm"),  # the coin hoard's depth: not
    # "0 100 mm 200 mm", a unit no source wrote
    (("850 m", "1,200 m", "1 mile"), "length", ["0", "500", "1,000", "1,500", "2,000"], "2,000 m"),
])
def test_figures_are_ticked_in_the_unit_most_of_them_are_written_in(figures, quantity, labels, last):
    """A clash at sea given in nautical miles by every source is ticked in nautical miles, on round numbers of them,
    the ticks plain numbers, as the figures' labels and the caption name the unit (it was ticked in km, and "10
    nautical miles" ran into "15 nautical miles" on a phone); figures given in several units are ticked in the one
    most of them are written in, the largest of those at a tie (they were ticked in metric units, millimetres for
    the coin hoard's "about 30 cm" and "1 ft")."""
    scale = figure_scale(_measured(*figures, quantity=quantity))
    assert list(scale.labels) == labels
    assert scale.ticks[-1][1].text == last  # the caption's end: "from 0 to 15 nautical miles"
    if figures[0] == "12 nautical miles":
        assert [m.start for m in scale.marks] == [80, 93.33]  # of a scale from 0 to 15 nautical miles


def test_the_ends_of_a_span_of_measures_are_worded_in_their_own_figures_units():
    values = [dataclasses.replace(value(units.to_base(12, "nautical mile"), INF, high_open=True),
                                  text="at least 12 nautical miles"),
              dataclasses.replace(value(30_000, 40_000), text="30 to 40 km")]
    assert span(values, "length") == "12 nautical miles to 40 km"


def test_figures_a_rounding_apart_look_that_close():
    """31 and 31.25 °C, which agree, spread over a scale from 31 to 31.25 °C as far apart as any two figures: a
    moment's or a temperature's scale reaches at least four times the tolerance (0.5 °C: 2 °C)."""
    scale = figure_scale(_row(account("a", val=value(31)), account("b", val=value(31.25)), quantity="temperature"))
    assert [t.text for _, t in scale.ticks] == ["30 °C", "31 °C", "32 °C", "33 °C"]
    starts = sorted(m.start for m in scale.marks)
    assert starts[1] - starts[0] < 10  # percent of the scale's width


def test_lengths_of_time_written_in_weeks_are_ticked_and_worded_in_weeks():
    """The school roof trial's "6-8", "at least six weeks" and "about three weeks" read "42 days to 56 days", "at
    least 42 days", over "0 months 1 month 2 months": in the unit the accounts write, as lengths are (cm, not mm)."""
    from builder.formatting import figure_of
    from builder.model import Value
    row = _row(account("a", val=value(6 * 10080, 8 * 10080), quote="6-8"),
               account("b", val=value(42 * 1440, INF), quote="at least six weeks"),
               account("c", val=value(21 * 1440), quote="about three weeks"))
    scale = figure_scale(row)
    assert scale.labels == ("0 weeks", "5 weeks", "10 weeks")
    assert figure_of(Value(0, 0, text=f"at least {42 * 1440}"), row.fact) == "at least 6 weeks"
    assert figure_of(Value(0, 0, text=f"{10 * 1440}"), row.fact) == "10 days"  # not whole weeks: in days
    assert span([Value(21 * 1440, 21 * 1440, text=f"{21 * 1440}"), value(6 * 10080, 8 * 10080)], "duration",
                unit="week") == "3 weeks to 8 weeks"
    days = _row(account("a", val=value(42 * 1440), quote="42 days"),
                account("b", val=value(21 * 1440), quote="3 weeks"), account("c", val=value(20 * 1440), quote="20 days"))
    assert figure_of(Value(0, 0, text=f"{42 * 1440}"), days.fact) == "42 days"  # days, as most write them


def test_lengths_of_time_written_in_days_are_ticked_in_days():
    """The lifts trial's "nine days" and "31 days" were drawn over "0 months 1 month 2 months": days stay days."""
    row = _row(account("a", val=value(9 * 1440), quote="out of action for a total of nine days"),
               account("b", val=value(31 * 1440), quote="31 days without a single working lift"))
    assert figure_scale(row).labels == ("0 days", "10 days", "20 days", "30 days", "40 days")


def test_a_scale_by_the_hour_stays_in_hours_past_a_day():
    """The siege trial's axis "0 h 6 h 12 h 18 h 1 day" under 17 h to 21 h: one unit on one axis."""
    scale = figure_scale(_row(account("a", val=value(20 * 60 + 55)), account("b", val=value(17 * 60))))
    assert scale.labels == ("0 h", "6 h", "12 h", "18 h", "24 h")
