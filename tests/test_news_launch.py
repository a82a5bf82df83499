"""News nobody tuned for, twentieth round: a commercial rocket lost minutes after lift-off, in a wire story (times in
UTC), the launch company's own statement, the regulator's briefing (a transcript with reporters' questions), a
specialist site's analysis with its own tracking data and a regional paper's live page; the dossier an editor's
blind trial (session 46) built from them, corrected by hand to a key written before any article
(tests/fixtures/launch-failure/KEY.md). The company against the regulator, its customer and the residents is a
contested claim; red only where the analysis contradicts the others in its own voice (the lift-off time, the
flight's rank, the altitude when contact was lost)."""
import pytest

from builder import article, attribution, pipeline
from builder.config import load_config
from tests import news_sets
from tests.conftest import ROOT

LAUNCH = ROOT / "tests" / "fixtures" / "launch-failure"
RED = {"contact-altitude", "flight-number", "launch-time"}
CONTESTED = {"altaris-asked-delay", "debris-on-land", "ksa-notified", "ksa-warned-before", "residents-warned"}


def test_the_launch_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(LAUNCH, tmp_path / "launch")
    verdicts = news_sets.by_verdict(site)
    assert (verdicts["disputed"], verdicts["contested"]) == (RED, CONTESTED)
    assert set(verdicts) == {"disputed", "contested", "agree"}
    assert site.comparison.facts["satellite-mass"].verdict == "agree"  # "5200 pounds" on the card, a mass


@pytest.mark.parametrize("source, red, held", [
    ("northway-wire", RED, ""),  # not the lede's "failed on Tuesday … the Brannock coast" for "postponed from Monday"
    ("corvane-statement", RED, ""),
    ("ksa-briefing", RED, ""),
    ("apogee-analysis", set(), "contact-altitude, flight-number, launch-time"),  # its own 97 km, 06:23 and fifth
    # flight, for the editor
    ("gazette-live", RED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red; the analysis's three reds
    are held back for the editor (in the trial, two: its rank, "the fifth Vireo 9 to leave the pad", gave no
    figure)."""
    site = news_sets.applied(LAUNCH, source, tmp_path / "launch")
    assert {fid for fid, row in site.comparison.facts.items() if row.verdict == "disputed"} == red
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_transcripts_figures_and_the_analysis_masthead_are_read():
    """"at two minutes and 22 seconds after lift-off" is 142 seconds (the trial wrote two minutes, a false minor
    discrepancy); "APOGEE LEDGER — Independent news and analysis of the launch industry" is the outlet, not the
    title."""
    held = news_sets.held_out(LAUNCH, "ksa-briefing")
    assert held["anomaly-time"].value == {"exact": "2 min 22 s"}
    analysis = (LAUNCH / "articles" / "apogee-analysis.txt").read_text(encoding="utf-8").splitlines()
    assert article.outlet(analysis) == "Apogee Ledger"
    assert article.headline(analysis)[1] == "What our tracking shows about the last minutes of Vireo 9"


def test_a_companys_statement_putting_a_figure_is_the_companys():
    """"Corvane's statement puts lift-off at 06:14 local time." is the company's account, not the analysis' own (a
    statement, a release, a readout or a report of someone's speaks for them, as their figures do); held out, the
    analysis gives the card its own 06:23, the red the key has."""
    dossier = pipeline.check(load_config(LAUNCH)).site.dossier
    said = attribution.attribute("Corvane's statement puts lift-off at 06:14 local time.",
                                 attribution.Names(dossier.speakers))
    assert said.speaker == "corvane-aerospace"
    found = news_sets.held_out(LAUNCH, "apogee-analysis")["launch-time"]
    assert (found.stance, found.speaker, found.value) == ("states", None, {"exact": "06:23"})


def test_the_launch_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.94, precision 0.88, stance right 0.95, stance and speaker 0.91, values right 0.92)."""
    found = news_sets.figures(LAUNCH)
    assert found["recall"] >= 0.93 and found["precision"] >= 0.87
    assert found["stance"] >= 0.94 and found["speaker"] >= 0.9 and found["values"] >= 0.91
