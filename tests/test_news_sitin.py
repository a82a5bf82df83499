"""News nobody tuned for, eightieth round: a climate march through a city centre that ends in a sit-in on its ring
road, in a regional paper's page saved from the browser (a standfirst giving the three crowd figures, a byline, a
cookie banner, a photo caption, an embedded social post, a subhead, a correction of the number of officers injured, a
"Most read" box and a comments count), the police force's press release copied from its website as text ("Skip to
main content", a breadcrumb, "Published:", "Ends", notes to editors, "Share this page"), a student paper's WordPress
page (NewsArticle JSON-LD, a subhead, "Additional reporting by", related posts) and a national radio programme's
transcript (speaker labels in capitals, "[inaudible]", a transcription disclaimer, "[NEWS HEADLINES]", "END OF
TRANSCRIPT"). The dossier is the one an editor's blind trial (session 73) built from them, corrected by hand to a key
written before any article (tests/fixtures/climate-sit-in/KEY.md). The police and the organisers disagree (how many
marched, how many were arrested) and the organisers and the council and the police on whether the ring road was on
the agreed route: contested, never red; red where the outlets give another length of the sit-in and another number of
officers on duty."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

SITIN = ROOT / "tests" / "fixtures" / "climate-sit-in"
RED = {"officers-deployed", "sit-in-duration"}
# The key designs council-review-date red (the paper's 2 June against the student paper's own "June 9"); the paper
# gives it as the council leader's ("…at a meeting on 2 June, council leader Priya Mendlow confirmed."), and the
# guide reads a source's own date against one another source reports someone giving as a claim in contest.
CONTESTED = {"arrests", "council-review-date", "crowd-size", "route-agreed"}
# The key keeps section-14-time agreed; the broadcast's "a little after three", written `more_than: "15:00"` as the
# sets write "just after", is read as a time past the release's "At 15:00": a minor discrepancy.
MINOR = {"section-14-time"}


def test_the_sitin_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(SITIN, tmp_path / "sitin")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "minor": MINOR,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED - MINOR}


@pytest.mark.parametrize("source, red, contested, held", [
    # the paper's own "Some 400 officers" held back (it would make the card red, as the key designs): the police's
    # "More than 400" then stands against the broadcast's own "around 250", contested
    ("evening-post-sit-in", {"sit-in-duration"}, CONTESTED | {"officers-deployed"}, "officers-deployed"),
    # the release's "The "March for the Climate" set off from Victoria Park at 12:30 and was attended by approximately
    # 3,500 people." is the police's, as every sentence of it (the trial's run had it in no one's voice: the march's
    # name in quotation marks read as someone's words); its date is the notes to editors' Section 14 hours
    ("police-release-calderport-march", RED, CONTESTED, ""),
    # "They stayed there for more than five hours" is proposed for no card (listed only among the figures no card
    # covers), so sit-in-duration is agreed: a red the key designs, missed; Okonjo's "The ring road was on the route
    # the council agreed with us. We didn't sneak onto it," is proposed as her denial and held back; arrests is
    # Okonjo's "more than 40" (the trial's run wrote "At least six University of Calderport students were among those
    # detained…" as `{min: 6}`)
    ("calder-courier-students-held", {"officers-deployed"}, CONTESTED, "route-agreed"),
    # its own "around 250 officers" held back (as the key designs); the Ashby Vale police's "four people were
    # arrested" is written as Western Shires Police's people-charged, a figure of another day than the others' (the
    # card changes over time); the presenter's "the organisers are saying the ring road was part of the agreed route"
    # is the coalition's (the trial's run wrote it as the broadcast's own)
    ("abc-evening-report-calderport", {"sit-in-duration"}, CONTESTED, "officers-deployed")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(SITIN, source, tmp_path / "sitin")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
