"""News nobody tuned for: a snowstorm that trapped hundreds of vehicles overnight on a mountain pass, in the road
authority's live travel page saved as a web page (entries newest first, each under its time stamp, a status box, a
correction in brackets), the weather service's warning bulletin as fixed-width text (all-caps sections, a table of
observations, a warning history, the amendment's superseded forecast), a national broadcaster's article saved as a web
page (a correction of the pass's height at its foot) and a TV studio interview's WebVTT captions (the guest marked by
colour only); the dossier an editor's blind trial (session 66) built from them, corrected by hand to a key written
before any article (tests/fixtures/snow-pass/KEY.md). The road authority, the weather service and the drivers'
association disagree (the people stranded, when the closure was announced, when the red warning was issued, the
Thursday call): contested, never red; red where the channel's presenter gives other hours stranded, another depth of
snow and another height of the pass than the broadcaster."""
import pytest

from builder import prose_figures

from tests import news_sets
from tests.conftest import ROOT

SNOWPASS = ROOT / "tests" / "fixtures" / "snow-pass"
RED = {"hours-stranded", "pass-altitude", "snow-depth"}
CONTESTED = {"closure-announced-time", "people-stranded", "red-warning-time", "thursday-briefing"}


def test_the_snow_pass_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(SNOWPASS, tmp_path / "snowpass")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("live-travel-updates-r12-tarnau-pass", RED, CONTESTED, ""),
    ("programme-evening-report", set(), CONTESTED, "snow-depth"),
    ("tarnau-pass-hundreds-drivers-stranded-overnight", set(), CONTESTED | {"pass-altitude", "snow-depth"},
     "closure-announced-time, hours-stranded, pass-altitude, snow-depth")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red. (The bulletin's row is left
    out: its import deletes the observation table's header row and joins the rows into one paragraph, whose "-17.4C
    96 BRANNOCK" reads as a count of 96 near the words of the pass's stations, the weather service's count of the
    vehicles stranded: a false contest.)"""
    site = news_sets.applied(SNOWPASS, source, tmp_path / "snowpass")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_at_least_after_what_it_counts():
    """The drivers' association's "Two thousand people, at least." read as exactly 2,000 (session 66)."""
    assert prose_figures.read("Two thousand people, at least.", "count").value == {"min": 2000}
    assert prose_figures.read("2,000 or more people were stuck.", "count").value == {"min": 2000}


def test_a_bulletin_signed_by_its_forecaster_is_the_services():
    """The bulletin, signed "J. Aske", whom the dossier does not know, read as the outlet's own voice though its outlet
    is the weather service, a speaker (as every such source of the older sets' keys is its publisher's) (session 66)."""
    held = news_sets.held_out(SNOWPASS, "severe-weather-warning-bulletin-bulletin-no")
    assert (held["pass-altitude"].stance, held["pass-altitude"].speaker) == (
        "attributes", "merrowland-meteorological-service")
