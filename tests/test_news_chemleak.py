"""News nobody tuned for, from session 63's blind trials: a chlorine leak at a chemical works, in a news agency's
wire story in Markdown ("UPDATE 2-", its update and correction notes, a dateline, a related-links list), a listed
company's announcement to the stock exchange shown on a regulatory news service's web page (its RNS number, a
contacts block, forward-looking statements, "END"), a parliament's written question and the minister's answer as
plain text (the record's masthead and column marks, words broken at the lines' ends, a second question under it) and
a local paper's explainer in questions and answers saved as a web page (a correction at its foot); the dossier an
editor's blind trial (session 63) built from them, corrected by hand to a key written before any article
(tests/fixtures/chemical-leak/KEY.md). The company, the union, the Inspectorate and the minister, the fire service and
the residents' association disagree (the chlorine released, the gas detectors, the operators on duty, the time of
the alert): contested, never red; red where the local paper gives another radius of the shelter zone, another number
of homes in it and another time of the all-clear than the wire."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

CHEMLEAK = ROOT / "tests" / "fixtures" / "chemical-leak"
RED = {"homes-in-zone", "order-lifted-time", "shelter-zone-radius"}
CONTESTED = {"alert-sent-time", "chlorine-released", "detectors-out-of-service", "night-shift-operators"}


def test_the_chlorine_leak_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(CHEMLEAK, tmp_path / "chemleak")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("cpa-chlorine-leak-aldrane-plant", set(), CONTESTED | {"order-lifted-time", "shelter-zone-radius"},
     "homes-in-zone, order-lifted-time, shelter-zone-radius"),
    ("aldrane-rns-incident-update", RED, CONTESTED, ""),
    ("assembly-wq-2026-1187", RED, CONTESTED, ""),
    ("sennet-quay-chlorine-leak-your-questions", set(), CONTESTED - {"alert-sent-time"},
     "homes-in-zone, schools-closed, shelter-zone-radius")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(CHEMLEAK, source, tmp_path / "chemleak")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_zone_within_a_distance_is_of_that_size():
    """"…every street within a 1.5-kilometre radius of the works" and "people living within 800 metres of the plant"
    are zones of 1.5 km and 800 m (the trial: "up to" each, so that two zones could never disagree and the designed
    red was lost); a drone that "flew within 300 metres of the main runway" still came no nearer than that bound."""
    from builder import prose_figures
    assert news_sets.held_out(CHEMLEAK, "sennet-quay-chlorine-leak-your-questions")["shelter-zone-radius"].value \
        == {"exact": "1.5 km"}
    assert news_sets.held_out(CHEMLEAK, "cpa-chlorine-leak-aldrane-plant")["shelter-zone-radius"].value \
        == {"exact": "800 m"}
    assert [f.value for f in prose_figures.figures("At one point a drone flew within 300 metres of the main runway")] \
        == [{"max": "300 m"}]  # at most (`up_to` before session 74)


def test_the_imports_an_issuer_a_record_and_a_wire_in_markdown(tmp_path):
    """The stock-exchange announcement's outlet was the news service carrying it (its JSON-LD publisher), not the
    company its JSON-LD names as author; the written answer's title was its date and volume line and its day
    unknown; the Markdown wire kept "UPDATE 2-" in its title."""
    articles = CHEMLEAK / "articles"
    assert news_sets.imported(articles / "2-aldrane-rns.html", tmp_path)["outlet"] == "Aldrane Chemicals plc"
    answer = news_sets.imported(articles / "3-assembly-written-answer.txt", tmp_path)
    assert (answer["title"], str(answer["published"])) == ("Sennet Quay Works: Chlorine Release", "2026-04-28")
    assert news_sets.imported(articles / "1-cpa-wire.md", tmp_path)["title"] == \
        "Chlorine leak at Aldrane plant forces thousands indoors in Norvanian port town"
