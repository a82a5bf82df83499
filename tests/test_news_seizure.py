"""News nobody tuned for, a round of session 64: a record cocaine seizure at a container port and the arrests and
hearing that followed, in the customs agency's press release saved as a web page (JSON-LD, notes to editors, a media
contact, a cookie banner), a regional daily's court report copied from its e-paper (running heads, words broken at the
lines' ends, a pull quote repeating a quotation, two columns run together, a neighbouring brief), a public radio
podcast's transcript (time codes, host and guest labels, a sponsor's read mid-episode) and a news agency's wire copy as
received (slug, priority and embargo lines, a "Corrects" line, the transmission trailer); the dossier an editor's
blind trial (session 64) built from them, corrected by hand to a key written before any article
(tests/fixtures/port-seizure/KEY.md). Customs and the prosecutor disagree with the defence (the street value, the
earlier consignments), the union with the terminal operator (how long the scanner was down) and the Calandran police
and the union with customs (the tip-off): contested, never red; red where the wire gives another number of packages
and another time of berthing than the daily, and the podcast's host another distance to where the lorry was stopped."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

SEIZURE = ROOT / "tests" / "fixtures" / "port-seizure"
RED = {"berth-time", "lorry-distance", "packages-count"}
CONTESTED = {"earlier-shipments", "scanner-outage", "street-value", "tip-off"}


def test_the_seizure_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(SEIZURE, tmp_path / "seizure")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("record-cocaine-haul-found-pineapple-containers", RED, CONTESTED, ""),
    ("undertow-lesgovia-public-radio-podcast", {"berth-time", "packages-count"}, CONTESTED, ""),
    ("cpa-lesgovia-arrests-seven", {"lorry-distance"}, CONTESTED, "packages-count"),
    ("three-court-over-record-cocaine-haul", set(), CONTESTED - {"earlier-shipments", "street-value"} | RED,
     "berth-time, lorry-distance, packages-count")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(SEIZURE, source, tmp_path / "seizure")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
