"""News nobody tuned for, from session 67's blind trials: a city marathon whose course proved short, in the athletics
federation's statement as a Markdown post (no front matter, a table of the measured segments, "## Update (14:20)"
sections, newest at the bottom, one correcting the first version's winning time, a link list), a newspaper article
saved from a web archive (the archive's toolbar and banner, rewritten links, a kicker, a correction at its foot), the
organiser's messaging-app channel exported as messages.html (day lines, times, reaction counts, a pinned message, a
forwarded post of the runners' association) and a running podcast's automatic subtitles in SubRip (">>" at each change
of speaker, no names, figures in words); the dossier an editor's blind trial built from them, corrected by hand to a
key written before any article (tests/fixtures/marathon-short-course/KEY.md). The federation and the organiser
disagree (how short the course was, who placed the turnaround cone), and the runners' association and the organiser
(refunds, qualifying times lost): contested, never red; red where the podcast gives another number of finishers
("nearly ten thousand" against the newspaper's 8,412), another day of the remeasurement and another men's winning
time."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

SHORTCOURSE = ROOT / "tests" / "fixtures" / "marathon-short-course"
RED = {"finishers", "men-winning-time", "remeasurement-date"}
CONTESTED = {"cone-misplaced-by-organiser", "course-shortfall", "qualifying-times-lost", "refunds-owed"}


def test_the_short_course_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(SHORTCOURSE, tmp_path / "shortcourse")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("courier-short-course", set(), CONTESTED | {"finishers", "men-winning-time", "remeasurement-date"},
     "finishers, men-winning-time, remeasurement-date"),
    ("eaf-statement", RED, CONTESTED, ""),
    ("longrun-podcast", set(), CONTESTED, "finishers, refunds-owed, remeasurement-date")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red. (The organiser's channel's
    row is left out: its "RACE DAY! ☀️ Bag drop on Old Harbour quay closes 07:45." is written as the organiser's time of
    the start, a false contest against 08:30, which `--apply` names as made contested.)"""
    site = news_sets.applied(SHORTCOURSE, source, tmp_path / "shortcourse")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_what_a_day_is_no_duration():
    """`--new` wrote the organiser's "What a day for Varnholm!" as a card of a duration of one day (session 67)."""
    from builder import prose_figures
    assert prose_figures.figures("What a day for Varnholm!") == []
    assert [f.number for f in prose_figures.figures("The clean-up took a day.")] == [1440]
