"""News nobody tuned for: a hostage siege at a village post office, in a police force's press conference transcript as
plain text (a letterhead, a statement read first, then questions under time codes, speakers' labels in capitals,
"[inaudible]"), a local paper's developing story saved as an AMP page (a Friday "UPDATE" block over Thursday's report,
the hostage's son named only after his words, a union official's reported speech running over two sentences, a
correction), a village forum's thread saved as text (member lines, signatures, a post quoted in the next, an edited
post) and a TV news bulletin's subtitles (.srt, the voices told apart only by the colours of their lines, the son named
by the reporter after his words); the dossier an editor's blind trial (session 66) built from them, corrected by hand
to a key written before any article (tests/fixtures/post-office-siege/KEY.md). The police and the hostage's son
disagree (how many shots were fired, when officers went in, how long phone contact was lost), and the police and the
postal union (how often staff had reported the man): contested, never red; red where the bulletin, in its own voice,
gives another size of the cordon, another length of the siege and another time of the surrender."""
import pytest

from builder import prose_figures

from tests import news_sets
from tests.conftest import ROOT

SIEGE = ROOT / "tests" / "fixtures" / "post-office-siege"
RED = {"cordon-distance", "siege-duration", "surrender-time"}
CONTESTED = {"longest-contact-gap", "officers-entry-time", "prior-warnings-to-police", "shots-fired"}


def test_the_siege_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(SIEGE, tmp_path / "siege")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("dale-gazette-siege", set(), CONTESTED - {"shots-fired"} | RED, "cordon-distance, surrender-time"),
    ("harrowby-cross-village-forum", RED, CONTESTED, ""),
    ("wtv-westmark-tonight-siege", set(), CONTESTED - {"longest-contact-gap", "officers-entry-time"},
     "cordon-distance, hostages-taken, surrender-time")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red. (The police transcript's
    row is left out: its import splits "He will appear" from "before Westmark Magistrates' Court on Monday.", whose
    Monday then reads as the one gone, a false contest on the court date.)"""
    site = news_sets.applied(SIEGE, source, tmp_path / "siege")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


@pytest.mark.parametrize("text, quantity, today, value", [
    ("Police say one shot was fired inside the building.", "count", None, {"exact": 1}),
    ("At no point was contact lost for more than twenty minutes.", "duration", None, {"max": 20}),
    ("He'll appear before magistrates on Monday.", "date", "2025-10-10", {"exact": "2025-10-13"})])
def test_one_shot_a_denied_bound_and_a_day_to_come(text, quantity, today, value):
    """The bulletin's "one shot" gave no figure (the police's side of the shots was lost), the superintendent's "At
    no point was contact lost for more than twenty minutes" read as more than twenty (the contest built as agreed),
    and "He'll appear … on Monday" in a Friday bulletin as the Monday before (session 66)."""
    assert prose_figures.read(text, quantity, today=today).value == value


def test_whom_a_branch_reported_to_police_is_not_speaking():
    """"The branch had reported Colley to police three times since August." was the hostage-taker's account, and
    the postmistress's on the card: a false red held back (session 66)."""
    suggestion = news_sets.held_out(SIEGE, "dale-gazette-siege")["prior-warnings-to-police"]
    assert suggestion.speaker not in {"dean-colley", "helen-marrack"}
