"""News nobody tuned for, from session 65's blind trials: a town mayor's resignation over his expenses, in the
council's draft minutes in Markdown (numbered items, "RESOLVED:", an attendance list, a table of recorded votes, a
post-meeting note), the mayor's resignation statement as plain text ("FOR IMMEDIATE RELEASE", "-ENDS-", notes to
editors, a media contact block), the local paper's web article (a byline with a photo, "Read more" links, a pull quote
repeating a quotation, a comments count, a correction at its foot) and a regional television interview's subtitles
(numbered cues, speaker dashes, "[INAUDIBLE]"); the dossier an editor's blind trial (session 65) built from them,
corrected by hand to a key written before any article (tests/fixtures/mayor-resigns/KEY.md). The mayor disagrees with
the auditors and the opposition leader (the sum unsupported, whether he knowingly claimed, when he was first warned),
and the opposition leader with the monitoring officer (a referral to the police): contested, never red; red where the
television gives another total claimed ("nearly £44,000" against £48,612) and the paper another number of claims
(241 against 214) and of votes for the motion (19 against 17)."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

MAYOR = ROOT / "tests" / "fixtures" / "mayor-resigns"
RED = {"claims-count", "no-confidence-votes", "total-claimed"}
CONTESTED = {"first-warned", "knowingly-claimed", "police-referral", "unsupported-sum"}


def test_the_mayor_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(MAYOR, tmp_path / "mayor")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("council-minutes", {"total-claimed"}, CONTESTED,
     "claims-count, complaints-received, meeting-start, no-confidence-votes, petition-signatures"),
    ("courier-farrant-quits", {"total-claimed"}, CONTESTED, "no-confidence-votes"),
    ("cresswold-tonight-quilley", RED - {"total-claimed"}, CONTESTED - {"first-warned"}, ""),
    ("farrant-statement", RED, CONTESTED - {"first-warned"}, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(MAYOR, source, tmp_path / "mayor")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_interviews_answers_after_speaker_dashes_are_the_guests_and_a_figure_keeps_the_day_it_names():
    """The subtitles' answers, each a paragraph opening with a speaker's dash after the presenter's ("- Has this gone
    to the police?" / "- My understanding is it's already with the police. Wessmere Constabulary have the file."),
    had been the programme's own words: the councillor's claims were the broadcaster's. The paper's "A petition …,
    which had 1,486 signatures when it was handed in on Wednesday, has since passed 2,000." was written as the count
    of its own day, Friday, a false contest against the later "nearly 2,500" (session 65)."""
    interview = news_sets.held_out(MAYOR, "cresswold-tonight-quilley")
    assert (interview["police-referral"].speaker, interview["petition-signatures"].speaker) == (
        "rhiannon-quilley", "rhiannon-quilley")
    petition = news_sets.held_out(MAYOR, "courier-farrant-quits")["petition-signatures"]
    assert (petition.value, petition.as_of) == ({"exact": 1486}, "2026-03-11")


def test_a_negation_reported_of_a_claim_is_whom_the_sentence_names_among_its_deniers():
    """The minutes' "the Monitoring Officer advised that no referral to Wessmere Constabulary had been made at this
    stage", on the card of Quilley's claim that the case is with the police, had been Quilley's own denial of it
    (held back as a red): it is the monitoring officer's, whom the sentence names by her office (session 65)."""
    referral = news_sets.held_out(MAYOR, "council-minutes")["police-referral"]
    assert (referral.stance, referral.speaker) == ("disputes", "priya-delacourt")
