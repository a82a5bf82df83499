"""News nobody tuned for, from session 63's blind trials: a fireball that dropped meteorite stones on farms, in a
science magazine's blog post saved as a web page (an update box with a correction, image captions, a comments
section), an observatory's bulletin sent as email (multipart, quoted-printable, a signature and an unsubscribe
footer), a podcast's transcript (time codes, a host and guests, recorded clips, an ad read) and a news agency's wire
story ("UPDATE 2-", its "(Adds …)" note, a time in GMT, "(Reporting by …; Editing by …)"); the dossier an editor's
blind trial (session 63) built from them, corrected by hand to a key written before any article
(tests/fixtures/meteorite-fall/KEY.md). The fire service and the observatory disagree (the barn fire), the police
and the farmers' union (the hunters), a dealer and the farmer against the museum (who owns the stones): contested,
never red; red where the outlets give another duration of the fireball, another mass of the largest stone and
another length of the strewn field."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

METEOR = ROOT / "tests" / "fixtures" / "meteorite-fall"
RED = {"fireball-duration", "largest-fragment-mass", "strewn-field-length"}
CONTESTED = {"barn-fire-cause", "hunters-count", "landowner-owns-fragments"}


def test_the_meteorite_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(METEOR, tmp_path / "meteor")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("fireball-over-orlen-vale-stones-found", set(), CONTESTED | RED,
     "fireball-duration, largest-fragment-mass, strewn-field-length"),
    ("orlen-vale-fall-6-october-what", RED, CONTESTED, ""),
    ("deep-field-ep112", {"fireball-duration", "largest-fragment-mass"}, CONTESTED, "strewn-field-length"),
    ("meteorite-stones-found-kessary-farms-after", {"strewn-field-length"}, CONTESTED,
     "fireball-duration, largest-fragment-mass")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(METEOR, source, tmp_path / "meteor")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_it_said_is_the_body_the_sentence_before_names():
    """"The Castrew Observatory, which runs a network of all-sky cameras in the vale, said it had been flooded with
    messages. Some 400 eyewitness reports had come in by Wednesday afternoon, it said." is the observatory's 400 (the
    trial: someone the dossier does not know, left out)."""
    reports = news_sets.held_out(METEOR, "meteorite-stones-found-kessary-farms-after")["sighting-reports"]
    assert (reports.speaker, reports.value) == ("castrew-observatory", {"approx": 400})


def test_hearsay_and_a_heading_are_no_claim_and_the_denial_after_them_is():
    """The bulletin's "We have seen reports linking the fall to a barn fire at Greyholt Farm." is what the observatory
    heard, and "THE FIRE AT GREYHOLT FARM" its heading: neither the observatory's claim (the trial: the first written
    as the observatory affirming the fire); "There is no evidence that any fragment caused a fire" is its denial."""
    barn = news_sets.held_out(METEOR, "orlen-vale-fall-6-october-what")["barn-fire-cause"]
    assert (barn.stance, barn.speaker, barn.quote) == ("disputes", "castrew-observatory",
                                                       "There is no evidence that any fragment caused a fire")


def test_the_imports_a_podcasts_title_a_wires_agency_and_a_bulletins_address(tmp_path):
    """The podcast was titled by its disclaimer ("This transcript was generated automatically…"), the wire's outlet
    was "CPA" of its dateline where its copyright line spells out "Calder Press Agency", and the bulletin's address
    on its "View this email in your browser" line was left out."""
    podcast = news_sets.imported(METEOR / "articles" / "3-deep-field-podcast.txt", tmp_path)
    assert podcast["title"] == "Episode 112: Stones from the sky over the Orlen Vale"
    assert news_sets.imported(METEOR / "articles" / "4-cpa-wire-update2.txt", tmp_path)["outlet"] == \
        "Calder Press Agency"
    bulletin = news_sets.imported(METEOR / "articles" / "2-observatory-bulletin.eml", tmp_path)
    assert bulletin["url"] == "https://castrew-observatory.example/bulletin/2026-14"
