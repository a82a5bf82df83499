"""News nobody tuned for, from session 70's blind trials: an island ferry's fare rise and timetable cut, in a regional
government committee's minutes printed to PDF from a web page (a running head, Present and Apologies, numbered agenda
items, a table of fares old and new, the Minister's reported speech, "Signed: … Chair"), a local radio station's web
story saved as a page (a player bar, "Listen again", a cookie wall, an embedded post of the action group), the action
group's newsletter sent as a plain-text email (format=flowed, run-in heads in capitals, the company's reply quoted with
"> ", a signature with a mobile number, an unsubscribe footer) and a national paper's Travel story saved as PDF from
the browser (its printed header and footer, the site's navigation, a section label, related links); the dossier an
editor's blind trial built from them, corrected by hand to a key written before any article
(tests/fixtures/ferry-fare-rise/KEY.md). The company and the action group disagree (whether islanders were consulted,
how many passengers the sailings to be cut carry) and so do the minister and the company (whether the subsidy pays for
every sailing): contested, never red; red where the outlets give another new adult return fare, another number of
sailings cut and another day the cuts start."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

FERRY = ROOT / "tests" / "fixtures" / "ferry-fare-rise"
RED = {"cuts-start-date", "new-return-fare", "sailings-cut"}
CONTESTED = {"cuts-consulted", "passengers-per-cut-sailing", "subsidy-covers-timetable"}


def test_the_ferry_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(FERRY, tmp_path / "ferry")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("tc-minutes-2026-11-17", RED, CONTESTED, ""),
    ("morrowsound-fares-rise", {"cuts-start-date", "sailings-cut"}, CONTESTED, "new-return-fare"),
    ("ifag-bulletin-7", RED, CONTESTED, ""),
    ("courier-island-lifeline", {"new-return-fare"}, CONTESTED, "cuts-start-date, sailings-cut")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(FERRY, source, tmp_path / "ferry")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_newsletters_heads_are_no_speakers_and_its_quoted_reply_is_the_companys():
    """The trial's newsletter lost 9 of its 10 accounts: its run-in heads ("THE PETITION: our petition now stands at
    1,872 signatures.") were read as a transcript's labels of someone no speaker file names; and the company's reply,
    quoted with ">", was the group's own claim."""
    found = news_sets.held_out(FERRY, "ifag-bulletin-7")
    petition = found["petition-signatures"]
    assert (petition.quote, petition.value) == ("our petition now stands at 1,872 signatures.", {"exact": 1872})
    assert petition.speaker == "catriona-muir"  # its author, the group's chair (the key: the group)
    consulted = found["cuts-consulted"]
    assert (consulted.stance, consulted.speaker) == ("attributes", "morrow-isles-ferries")
    assert consulted.quote.startswith("The timetable changes were the subject of consultation")
