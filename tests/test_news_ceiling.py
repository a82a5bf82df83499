"""News nobody tuned for: part of a theatre's plaster ceiling falls on the audience, in a local paper's live blog copied
from the browser as text (entries under their times, newest first, a correction of an earlier entry, "Sign in",
"Share" and "Most viewed" furniture), a regional assembly's official record of an urgent question saved as a web page
(speakers' names before their words, "[Interruption.]"), a theatre podcast's automatic transcript ("Speaker 1
00:00:04" turns, a guest named only later, "[inaudible]", figures in words) and a national paper's e-paper page saved
as a web page (soft hyphens, a kicker, gallery captions); the dossier an editor's blind trial built from them,
corrected by hand to a key written before any article (tests/fixtures/theatre-ceiling-collapse/KEY.md). The owner,
the city council and the actors' union disagree (when the building was last inspected, whether cracks were reported,
how many people were in the audience): contested, never red; red where the outlets give another time of the
collapse, another area of fallen ceiling and another number of seats."""
import pytest

from builder import prose_figures
from builder.suggest import THRESHOLD
from tests import news_sets
from tests.conftest import ROOT

CEILING = ROOT / "tests" / "fixtures" / "theatre-ceiling-collapse"
RED = {"ceiling-area", "collapse-time", "theatre-seats"}
CONTESTED = {"audience-count", "cracks-reported", "last-inspection-date"}


def test_the_ceiling_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(CEILING, tmp_path / "ceiling")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("assembly-urgent-question", RED, CONTESTED, ""),
    ("stageleft-episode-212", RED, CONTESTED, ""),
    ("courier-live-orrelin", {"collapse-time", "theatre-seats"}, CONTESTED | {"ceiling-area"},
     "audience-count, ceiling-area, last-inspection-date"),  # its own "Some forty square metres" held back as a red
    ("morningpost-epaper", set(), CONTESTED, "ceiling-area")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(CEILING, source, tmp_path / "ceiling")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


@pytest.mark.parametrize("text, quantity, figure", [
    ("A 25-square-metre section of plaster fell.", "area", 25),  # a unit of two words, joined as an adjective
    ("The 612-seat theatre, which opened in 1898, was almost full.", "count", 612),  # not "the two leaders"
    ("onto the stalls of the 850-seat auditorium", "count", 850),
])
def test_a_figure_joined_to_its_unit_or_noun_before_a_noun_is_read(text, quantity, figure):
    """The e-paper's "A 25-square-metre section of plaster" gave no area, and the trial's red on the ceiling's area
    was lost; "The 612-seat theatre" gave no count, as "the" before a number had made it a reference."""
    assert prose_figures.read(text, quantity).number == figure


def test_the_day_of_the_collapse_is_no_day_of_the_last_inspection():
    """The podcast's "on Saturday night, at about ten to nine, … a big chunk of the ceiling … came down" had been
    written as its own day of the theatre's last inspection (12 March 2024 in the others), a contest for the wrong
    reason: a day within the event, for a card whose accounts all give days more than a week away from it, is the
    event's, proposed below the threshold."""
    podcast = news_sets.held_out(CEILING, "stageleft-episode-212")["last-inspection-date"]
    assert podcast.confidence < THRESHOLD and any("the day of" in w for w in podcast.why)
    record = news_sets.held_out(CEILING, "assembly-urgent-question")["last-inspection-date"]
    assert record.value == {"min": "2017-10-01", "max": "2017-10-31"} and record.confidence >= THRESHOLD
