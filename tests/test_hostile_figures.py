"""Figures at the edges of what a card may give, drawn on one scale (builder/scale.py): huge, tiny, negative, a
duration of years, the most accounts a card may hold. Never a hang, never an error: a scale of a few ticks."""
import math
import re
import subprocess
import sys
from types import SimpleNamespace

import pytest

from builder import scale
from builder.model import Tolerance, Value
from tests.test_update import _project


def _row(quantity, *figures, sides=1):
    """A comparison row as figure_scale reads it: each figure a group of one account, spread over ``sides``."""
    groups = [SimpleNamespace(value=Value(low, high), givers=(((), (f"s{n}",)),), accounts=())
              for n, (low, high) in enumerate(figures)]
    parts = [groups[n::sides] for n in range(sides)]
    return SimpleNamespace(sides=[SimpleNamespace(groups=g, minority=False) for g in parts],
                           fact=SimpleNamespace(quantity=quantity, currency=None, accounts=()),
                           timeline=(),  # a figure that does not change
                           tolerance=Tolerance(absolute=5))


@pytest.mark.parametrize("quantity, figures", [
    ("duration", [(5, 5), (10**12, 10**12)]),  # a duration of two million years, next to five minutes
    ("duration", [(-10**12, -10**12), (10**12, 10**12)]),
    ("duration", [(40_000, 40_000), (90_000, 90_000)]),  # weeks
    ("count", [(0, 0), (5e-324, 5e-324)]),  # the smallest float there is
    ("count", [(1e-300, 1e-300), (3e-300, 3e-300)]),
    ("count", [(-10**12, -10**12), (10**12, 10**12)]),
    ("percent", [(-7, -7), (-3, -3)]),  # only negative figures
    (None, [(0.1, 0.1), (0.1 + 1e-16, 0.1 + 1e-16)]),  # two figures a rounding apart
    ("count", [(-math.inf, 5), (7, math.inf)]),  # open-ended both ways
    ("count", [(n, n) for n in range(200)]),  # as many accounts as a card may hold
    ("date", [(1, 1), (5, 5)]),  # the calendar's first days: ticks before 1 January of the year 1 read as that day
    ("date", [(1, 1), (3652059, 3652059)]),  # 1 January of the year 1 and 31 December 9999
    ("time", [(0, 0), (1439, 1439)]),  # midnight to 23:59
])
def test_every_figure_is_drawn_on_a_scale_of_a_few_ticks(quantity, figures):
    drawn = scale.figure_scale(_row(quantity, *figures, sides=2))
    assert drawn is not None
    assert 2 <= len(drawn.ticks) <= scale.TICKS + 2
    assert len(drawn.labels) == len(drawn.ticks)  # each worded, even past the calendar's ends
    positions = [at for at, _ in drawn.ticks] + [x for mark in drawn.marks for x in (mark.start, mark.end)]
    assert all(0 <= x <= 100 for x in positions), positions
    assert len(drawn.marks) == len(figures)


def test_a_card_with_a_duration_of_a_trillion_minutes_builds_at_once(tmp_path):
    """It used to draw 99 million ticks (and never end)."""
    root = _project(tmp_path)
    card = root / "content" / "facts" / "actual-length.yml"
    card.write_text(card.read_text().replace("value: {exact: 135}", "value: {exact: 1000000000000}"))
    build = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build"], capture_output=True,
                           text=True, timeout=120)
    assert build.returncode == 0, build.stderr
    page = (root / "site" / "facts" / "actual-length.html").read_text()
    axis = re.search(r'<li class="dz-scale-axis".*?</li>', page, re.S).group()
    assert 2 <= axis.count("--at:") <= scale.TICKS + 2


@pytest.mark.parametrize("text, words", [("-30", "-30 min"), ("-90", "-1 h 30 min"), ("-120", "-2 h"),
                                         ("more than -1 and less than 5", "more than -1 min and less than 5 min")])
def test_a_negative_duration_is_worded_as_its_figure_with_a_minus(text, words):
    from builder.formatting import minutes
    assert minutes(Value(0, 0, text=text)) == words


@pytest.mark.parametrize("text, published", [
    ("Leaders met in Paris on Sunday.", "0001-01-01"),  # the Sunday before the calendar's first day
    ("The talks will resume tomorrow.", "9999-12-31"),  # the day after its last
    ("The works would be finished within 20,000 years.", "2026-03-01"),  # counted ahead past it
])
def test_a_day_named_past_the_calendars_ends_is_no_date(text, published):
    """A source the check accepts, dated at the calendar's edge, made `suggest` and `new fact` end in a traceback
    (OverflowError) where a day named from its date fell outside the calendar (session 53's hostile audit)."""
    from builder.prose_figures import dates
    assert dates(text, today=published) == []


def test_a_range_of_the_calendars_last_month_is_worded():
    """{min: 9999-12-01, max: 9999-12-31} is December 9999 (counting the day after it had failed the build, which
    blamed a template)."""
    from builder.formatting import calendar
    assert calendar(Value(0, 0, text="9999-12-01 to 9999-12-31")) == "December 9999"
    assert calendar(Value(0, 0, text="2024-02-01 to 2024-02-29")) == "February 2024"


def test_a_figure_no_card_may_give_is_not_read_and_a_tiny_one_is_written_as_a_number(tmp_path):
    """Past 10^15 in its base unit a figure is refused by the check, and a proposal of one had failed a whole
    `suggest --apply` run, every other account with it; 0.00003 had been written 3e-05, which YAML reads as text (the
    hostile audit of session 53)."""
    from builder import cards, prose_figures
    assert prose_figures.figures("10000000000000000000000 minutes and 99999999999999999999 people") == []
    assert [f.number for f in prose_figures.figures("It rose by 0.00003 percent.")] == [3e-05]
    text = cards.card("hamburg", "Radiation rose a little.", {"source": "alpha", "quote": "rose by 0.00003 percent",
                                                              "stance": "states", "value": {"exact": 3e-05}})
    assert "value: {exact: 0.00003}" in text
