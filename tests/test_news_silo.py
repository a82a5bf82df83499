"""News nobody tuned for, from session 64's blind trials: an explosion in a grain silo at a river port, in the fire
service's public incident log saved as a web page (entries by time and call sign over two days, a correction of an
earlier entry, a cookie banner), the operator's statement, a PDF saved as text (a letterhead, a reference line, words
broken at the lines' ends, a page's running head, a signature block), a regional television bulletin's subtitles (cues,
speaker dashes, sound tags, the reporter's piece to camera) and a national paper's AMP page (a live "Key points" box,
ads, "Most read", a correction at its foot); the dossier an editor's blind trial (session 64) built from them,
corrected by hand to a key written before any article (tests/fixtures/silo-explosion/KEY.md). The company disagrees
with the union (the people on site, the written warnings about dust), the inspectorate (the silo's last inspection)
and the fire service (a dust explosion, which it denies): contested, never red; red where the paper gives another time
of the blast ("2.25pm" against the television's "about twenty to three"), another height of the silo and another fine
of 2021 than the television."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

SILO = ROOT / "tests" / "fixtures" / "silo-explosion"
RED = {"explosion-time", "fine-2021", "silo-height"}
CONTESTED = {"cause-dust", "dust-warning", "last-inspection", "workers-on-site"}


def test_the_silo_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(SILO, tmp_path / "silo")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("explosion-fire-grain-silo-quay-4", RED, CONTESTED, ""),
    ("tallmere-statement-quay-4", RED, CONTESTED - {"cause-dust"}, ""),
    ("brenholt-silo-blast-union-says-workers", set(), CONTESTED, "explosion-time, fine-2021, silo-height"),
    ("vtv-vennshire-tonight-silo", set(), CONTESTED | {"explosion-time", "silo-height"},
     "explosion-time, fine-2021, silo-height")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(SILO, source, tmp_path / "silo")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_one_killed_is_a_toll_and_no_record_of_any_such_complaint_denies_it():
    """The bulletin's "One worker has been killed…" gave no figure ("one" is mostly a reference), and the paper's
    "Tallmere Grain Terminals says it has no record of them" / "…no record of any such complaint" did not read as the
    operator's denial of the union's warnings (session 64)."""
    assert news_sets.held_out(SILO, "vtv-vennshire-tonight-silo")["death-toll"].value == {"exact": 1}
    union = news_sets.held_out(SILO, "brenholt-silo-blast-union-says-workers")["dust-warning"]
    assert (union.stance, union.speaker) == ("disputes", "tallmere-grain-terminals")
