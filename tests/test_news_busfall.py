"""News nobody tuned for, from session 68's blind trials: a school bus that slid off an icy mountain pass, in a news
agency's wire copy as plain text (an URGENT take with the wrong number of pupils, then a write-through that corrects
it, with the wire's control lines, slugs and take numbers), a police media release as an IPTC NewsML-G2 item (.xml),
a school's letter to parents as a rich-text file (.rtf) and a regional paper's AMP page (a consent banner, ads, a
carousel of related stories); the dossier an editor's blind trial built from them, corrected by hand to a key written
before any article (tests/fixtures/school-bus-slide/KEY.md). The police and the bus company disagree on the closure of
the pass road, the company and the parents on the driver's hours and the tyres: contested, never red; red where the
paper gives another time of the crash, another speed of the bus and another distance down the slope."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

BUSFALL = ROOT / "tests" / "fixtures" / "school-bus-slide"
RED = {"bus-speed", "crash-time", "slide-distance"}
CONTESTED = {"driver-hours", "road-closed", "winter-tyres"}


def test_the_bus_crash_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(BUSFALL, tmp_path / "busfall")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("corvessa-pass-school-bus-accident-update", RED, CONTESTED, ""),
    ("valderra-lower-school", RED, CONTESTED, ""),
    ("corvessa-pass-bus-crash-injured-pupils", set(), {"road-closed", "winter-tyres"},
     "crash-time, pupils-airlifted, slide-distance"),
    ("school-bus-slides-off-mountain-road", set(), CONTESTED | {"crash-time", "slide-distance"},
     "bus-speed, crash-time, pupils-on-board")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red. (A row
    whose contested set holds a card the key makes red: the held-back account, or one unread, would have made it
    red; the accounts left make two speakers, or a speaker and an outlet, disagree.)"""
    site = news_sets.applied(BUSFALL, source, tmp_path / "busfall")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_day_after_a_day_named_is_the_day_before_it():
    """"The number of injured pupils rose to 19 on Thursday, a day after a school bus slid off the Corvessa Pass road"
    had given the crash Thursday, held back as a red against Wednesday: "on Thursday, a day after …" names the day
    before Thursday too, as "this morning, four days after …" names the day four days back (session 68)."""
    found = news_sets.held_out(BUSFALL, "corvessa-pass-bus-crash-injured-pupils")
    assert found["crash-date"].value == {"exact": "2026-03-04"}
